//! Enrollments: a trainee in a cohort, one training place, with travel and lodging and the history of its
//! status.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, CommitmentId, EnrollmentId, TraineeId, UserId};
use crate::domain::role::Scope;
use crate::domain::trainee::{EnrollmentDraft, EnrollmentStatus, Gender};
use crate::i18n::Lang;
use crate::models::cohort::Cohort;
use crate::models::touched;
use crate::models::trainee::Trainee;
use crate::schema::{
    allocations, cohorts, commitments, enrollment_events, enrollments, trainees, users,
};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = enrollments)]
pub struct Enrollment {
    pub id: EnrollmentId,
    pub cohort_id: CohortId,
    pub trainee_id: TraineeId,
    pub status: EnrollmentStatus,
    pub status_changed_at: NaiveDateTime,
    pub arrival_at: Option<NaiveDateTime>,
    pub arrival_flight: String,
    pub arrival_airport: String,
    pub departure_at: Option<NaiveDateTime>,
    pub departure_flight: String,
    pub departure_airport: String,
    pub hotel: String,
    pub room: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The secret in the trainee's personal link, sealed with the server's key; `None` until issued, and
    /// after it is revoked. Read it with [`Enrollment::personal_token`].
    #[diesel(column_name = itinerary_token)]
    pub sealed_token: Option<String>,
    /// The token's digest, by which a personal link finds its enrollment.
    pub itinerary_digest: Option<String>,
}

/// Travel and lodging, as the trainee form sets them (an emptied time becomes NULL).
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = enrollments, treat_none_as_null = true)]
pub struct Logistics<'a> {
    pub arrival_at: Option<NaiveDateTime>,
    pub arrival_flight: &'a str,
    pub arrival_airport: &'a str,
    pub departure_at: Option<NaiveDateTime>,
    pub departure_flight: &'a str,
    pub departure_airport: &'a str,
    pub hotel: &'a str,
    pub room: &'a str,
    pub updated_at: NaiveDateTime,
}

impl<'a> Logistics<'a> {
    pub fn from_draft(draft: &'a EnrollmentDraft, now: NaiveDateTime) -> Self {
        Self {
            arrival_at: draft.arrival_at,
            arrival_flight: &draft.arrival_flight,
            arrival_airport: &draft.arrival_airport,
            departure_at: draft.departure_at,
            departure_flight: &draft.departure_flight,
            departure_airport: &draft.departure_airport,
            hotel: &draft.hotel,
            room: &draft.room,
            updated_at: now,
        }
    }

    /// Enrols `trainee_id` in `cohort_id` with `status`.
    pub fn insert(
        &self,
        conn: &mut DbConnection,
        cohort_id: CohortId,
        trainee_id: TraineeId,
        status: EnrollmentStatus,
    ) -> QueryResult<EnrollmentId> {
        Cohort::roster_changed(conn, &[cohort_id])?;
        diesel::insert_into(enrollments::table)
            .values((
                self,
                enrollments::cohort_id.eq(cohort_id),
                enrollments::trainee_id.eq(trainee_id),
                enrollments::status.eq(status),
                enrollments::status_changed_at.eq(self.updated_at),
                enrollments::created_at.eq(self.updated_at),
            ))
            .returning(enrollments::id)
            .get_result(conn)
    }

    pub fn update(&self, conn: &mut DbConnection, id: EnrollmentId) -> QueryResult<()> {
        touched(
            diesel::update(enrollments::table.find(id))
                .set(self)
                .execute(conn)?,
        )
    }
}

/// One change of an enrollment's status, and who made it.
#[derive(Debug, Clone, Queryable)]
pub struct StatusChange {
    pub status: EnrollmentStatus,
    pub changed_at: NaiveDateTime,
    pub changed_by: Option<String>,
}

/// A trainee with their enrollment in one cohort: a line of the roster.
#[derive(Debug, Clone, Queryable)]
pub struct RosterEntry {
    pub enrollment: Enrollment,
    pub trainee: Trainee,
}

/// What a line of the roster page shows: a trainee's names, group and status, nothing more (the page
/// lists up to a thousand of them, so it reads only these columns).
#[derive(Debug, Clone, Queryable)]
pub struct RosterLine {
    pub trainee_id: TraineeId,
    pub family_name: String,
    pub given_name: String,
    pub native_name: String,
    pub gender: Gender,
    pub country_code: String,
    pub organization: String,
    pub position: String,
    /// The language the trainee reads.
    pub language: Lang,
    pub status: EnrollmentStatus,
}

impl RosterLine {
    /// "ABENOV Nurlan", as `Trainee::passport_name`.
    pub fn passport_name(&self) -> String {
        format!("{} {}", self.family_name.to_uppercase(), self.given_name)
    }
}

impl Enrollment {
    /// The enrollment of `trainee_id` in `cohort_id`, with the trainee.
    pub fn find(
        conn: &mut DbConnection,
        cohort_id: CohortId,
        trainee_id: TraineeId,
    ) -> QueryResult<RosterEntry> {
        enrollments::table
            .inner_join(trainees::table)
            .filter(enrollments::cohort_id.eq(cohort_id))
            .filter(enrollments::trainee_id.eq(trainee_id))
            .select((Enrollment::as_select(), Trainee::as_select()))
            .first(conn)
    }

    /// The trainees enrolled in a cohort.
    pub fn trainee_ids(
        conn: &mut DbConnection,
        cohort_id: CohortId,
    ) -> QueryResult<Vec<TraineeId>> {
        enrollments::table
            .filter(enrollments::cohort_id.eq(cohort_id))
            .select(enrollments::trainee_id)
            .load(conn)
    }

    /// Each trainee enrolled in a cohort with their enrollment.
    pub fn ids_by_trainee(
        conn: &mut DbConnection,
        cohort_id: CohortId,
    ) -> QueryResult<Vec<(TraineeId, EnrollmentId)>> {
        enrollments::table
            .filter(enrollments::cohort_id.eq(cohort_id))
            .select((enrollments::trainee_id, enrollments::id))
            .load(conn)
    }

    /// Everyone enrolled in a cohort, by country, then family and given name.
    pub fn roster(conn: &mut DbConnection, cohort_id: CohortId) -> QueryResult<Vec<RosterEntry>> {
        in_roster_order(cohort_id)
            .select((Enrollment::as_select(), Trainee::as_select()))
            .load(conn)
    }

    /// The roster page's lines for a cohort, in the order of `roster`.
    pub fn roster_lines(
        conn: &mut DbConnection,
        cohort_id: CohortId,
    ) -> QueryResult<Vec<RosterLine>> {
        in_roster_order(cohort_id)
            .select((
                trainees::id,
                trainees::family_name,
                trainees::given_name,
                trainees::native_name,
                trainees::gender,
                trainees::country_code,
                trainees::organization,
                trainees::position,
                trainees::language,
                enrollments::status,
            ))
            .load(conn)
    }

    /// How many of a cohort's places are taken (confirmed, arrived, completed).
    pub fn places_taken(conn: &mut DbConnection, cohort_id: CohortId) -> QueryResult<i64> {
        enrollments::table
            .filter(enrollments::cohort_id.eq(cohort_id))
            .filter(enrollments::status.eq_any(taking_places()))
            .select(count_star())
            .first(conn)
    }

    pub fn set_status(
        conn: &mut DbConnection,
        id: EnrollmentId,
        status: EnrollmentStatus,
        at: NaiveDateTime,
        by: Option<UserId>,
    ) -> QueryResult<()> {
        let cohort_id: CohortId = diesel::update(enrollments::table.find(id))
            .set((
                enrollments::status.eq(status),
                enrollments::status_changed_at.eq(at),
                enrollments::updated_at.eq(at),
            ))
            .returning(enrollments::cohort_id)
            .get_result(conn)?;
        Cohort::roster_changed(conn, &[cohort_id])?;
        Self::record_status(conn, id, status, at, by)
    }

    /// Adds a line to the enrollment's history.
    pub fn record_status(
        conn: &mut DbConnection,
        id: EnrollmentId,
        status: EnrollmentStatus,
        at: NaiveDateTime,
        by: Option<UserId>,
    ) -> QueryResult<()> {
        diesel::insert_into(enrollment_events::table)
            .values((
                enrollment_events::enrollment_id.eq(id),
                enrollment_events::status.eq(status),
                enrollment_events::changed_at.eq(at),
                enrollment_events::changed_by.eq(by),
            ))
            .execute(conn)
            .map(drop)
    }

    /// The enrollment's statuses, oldest first, with the names of who set them.
    pub fn history(conn: &mut DbConnection, id: EnrollmentId) -> QueryResult<Vec<StatusChange>> {
        enrollment_events::table
            .left_join(users::table)
            .filter(enrollment_events::enrollment_id.eq(id))
            .order((enrollment_events::changed_at, enrollment_events::id))
            .select((
                enrollment_events::status,
                enrollment_events::changed_at,
                users::name.nullable(),
            ))
            .load(conn)
    }

    /// The cohorts a trainee is or was enrolled in, newest first.
    pub fn cohorts_of(
        conn: &mut DbConnection,
        trainee_id: TraineeId,
    ) -> QueryResult<Vec<(Cohort, EnrollmentStatus)>> {
        enrollments::table
            .inner_join(cohorts::table)
            .filter(enrollments::trainee_id.eq(trainee_id))
            .order(cohorts::starts_on.desc())
            .select((Cohort::as_select(), enrollments::status))
            .load(conn)
    }
}

/// A cohort's enrollments with their trainees, by country, then family and given name.
#[diesel::dsl::auto_type]
fn in_roster_order(cohort_id: CohortId) -> _ {
    enrollments::table
        .inner_join(trainees::table)
        .filter(enrollments::cohort_id.eq(cohort_id))
        .order((
            trainees::country_code,
            trainees::family_name,
            trainees::given_name,
            trainees::id,
        ))
}

/// The statuses that take a place, for queries.
fn taking_places() -> Vec<EnrollmentStatus> {
    EnrollmentStatus::ALL
        .into_iter()
        .filter(|s| s.holds_place())
        .collect()
}

/// One enrollment under a commitment, reduced to what the progress figures count.
#[derive(Debug, Clone, Queryable)]
pub struct EnrollmentLine {
    pub cohort_id: CohortId,
    pub trainee_id: TraineeId,
    pub country_code: String,
    pub status: EnrollmentStatus,
}

/// One enrollment as the full export lists it.
#[derive(Debug, Clone, Queryable)]
pub struct ExportRow {
    pub id: EnrollmentId,
    pub commitment: String,
    pub host_city: String,
    pub cohort_id: CohortId,
    pub cohort: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub trainee_id: TraineeId,
    pub family_name: String,
    pub given_name: String,
    pub native_name: String,
    pub gender: Gender,
    pub country_code: String,
    pub organization: String,
    pub position: String,
    pub status: EnrollmentStatus,
}

/// Queries for the progress reports and the full export: every enrollment under commitments, read in as
/// few queries as a commitment with hundreds of cohorts and tens of thousands of trainees allows.
impl Enrollment {
    /// Every enrollment under a commitment, in one query (counting in the database as well as fetching
    /// the people who completed took two joins with `trainees`, each as slow as this one).
    pub fn lines_under(
        conn: &mut DbConnection,
        commitment: CommitmentId,
    ) -> QueryResult<Vec<EnrollmentLine>> {
        enrollments::table
            .inner_join(trainees::table)
            .inner_join(cohorts::table.inner_join(allocations::table))
            .filter(allocations::commitment_id.eq(commitment))
            .select((
                enrollments::cohort_id,
                enrollments::trainee_id,
                trainees::country_code,
                enrollments::status,
            ))
            .load(conn)
    }

    /// Places delivered (completed enrollments) under each commitment that has any, or only under
    /// `only`.
    pub fn delivered_by_commitment(
        conn: &mut DbConnection,
        only: Option<CommitmentId>,
    ) -> QueryResult<Vec<(CommitmentId, i64)>> {
        let mut query = enrollments::table
            .inner_join(cohorts::table.inner_join(allocations::table))
            .filter(enrollments::status.eq(EnrollmentStatus::Completed))
            .group_by(allocations::commitment_id)
            .select((allocations::commitment_id, count_star()))
            .into_boxed();
        if let Some(id) = only {
            query = query.filter(allocations::commitment_id.eq(id));
        }
        query.load(conn)
    }

    /// Up to `limit` enrollments in courses of `scope` after `after`, by id: the export reads them a page
    /// at a time, so that its memory does not grow with the number of enrollments.
    pub fn export_page(
        conn: &mut DbConnection,
        scope: Scope,
        after: EnrollmentId,
        limit: i64,
    ) -> QueryResult<Vec<ExportRow>> {
        let mut query = enrollments::table
            .inner_join(trainees::table)
            .inner_join(
                cohorts::table.inner_join(allocations::table.inner_join(commitments::table)),
            )
            .filter(enrollments::id.gt(after))
            .into_boxed();
        if let Some(commitment) = scope.commitment() {
            query = query.filter(commitments::id.eq(commitment));
        }
        if let Some(allocation) = scope.allocation() {
            query = query.filter(allocations::id.eq(allocation));
        }
        query
            .order(enrollments::id)
            .limit(limit)
            .select((
                enrollments::id,
                commitments::name,
                allocations::host_city,
                cohorts::id,
                cohorts::name,
                cohorts::starts_on,
                cohorts::ends_on,
                trainees::id,
                trainees::family_name,
                trainees::given_name,
                trainees::native_name,
                trainees::gender,
                trainees::country_code,
                trainees::organization,
                trainees::position,
                enrollments::status,
            ))
            .load(conn)
    }
}
