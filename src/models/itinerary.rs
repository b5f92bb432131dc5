//! Personal links (the token in an enrollment) and the record of what each trainee was last sent.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::attendance::Mark;
use crate::domain::ids::{CohortId, EnrollmentId, SessionId, TraineeId};
use crate::domain::login::digest;
use crate::domain::vault::Vault;
use crate::models::enrollment::{Enrollment, RosterEntry};
use crate::models::trainee::Trainee;
use crate::models::{Stored, opened};
use crate::schema::{
    attendance, cohort_groups, enrollments, group_members, itineraries_sent, sessions, trainees,
};

/// What a trainee was last sent, by enrollment.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = itineraries_sent)]
pub struct SentItinerary {
    pub enrollment_id: EnrollmentId,
    pub digest: String,
    pub snapshot: String,
    pub sent_at: NaiveDateTime,
}

impl SentItinerary {
    pub fn for_cohort(
        conn: &mut DbConnection,
        cohort: CohortId,
    ) -> QueryResult<Vec<SentItinerary>> {
        itineraries_sent::table
            .inner_join(enrollments::table)
            .filter(enrollments::cohort_id.eq(cohort))
            .select(SentItinerary::as_select())
            .load(conn)
    }

    /// Records what was sent, replacing the previous record.
    pub fn save(&self, conn: &mut DbConnection) -> QueryResult<()> {
        diesel::delete(itineraries_sent::table.find(self.enrollment_id)).execute(conn)?;
        diesel::insert_into(itineraries_sent::table)
            .values(self)
            .execute(conn)
            .map(drop)
    }
}

impl Enrollment {
    /// The enrollment whose personal link carries `token`, with its trainee.
    pub fn by_token(conn: &mut DbConnection, token: &str) -> QueryResult<RosterEntry> {
        Self::by_link_digest(conn, &digest(token))
    }

    /// The enrollment whose personal link's token has `digest`, with its trainee.
    pub fn by_link_digest(conn: &mut DbConnection, digest: &str) -> QueryResult<RosterEntry> {
        enrollments::table
            .inner_join(trainees::table)
            .filter(enrollments::itinerary_digest.eq(digest))
            .select((Enrollment::as_select(), Trainee::as_select()))
            .first(conn)
    }

    /// Sets (or, with `None`, revokes) the token of a personal link: kept sealed, found by its digest.
    pub fn set_itinerary_token(
        conn: &mut DbConnection,
        id: EnrollmentId,
        token: Option<&str>,
        vault: &Vault,
    ) -> QueryResult<()> {
        diesel::update(enrollments::table.find(id))
            .set((
                enrollments::itinerary_token.eq(token.map(|t| vault.seal_text(t))),
                enrollments::itinerary_digest.eq(token.map(digest)),
            ))
            .execute(conn)
            .map(drop)
    }

    /// The personal-link tokens as stored (sealed or, from before sealing, plain), by enrollment.
    pub fn stored_tokens(
        conn: &mut DbConnection,
        which: Stored,
    ) -> QueryResult<Vec<(EnrollmentId, String)>> {
        let rows: Vec<(EnrollmentId, Option<String>)> = enrollments::table
            .filter(enrollments::itinerary_token.is_not_null())
            .filter(enrollments::itinerary_token.not_like(which.excluded()))
            .select((enrollments::id, enrollments::itinerary_token))
            .load(conn)?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, token)| Some((id, token?)))
            .collect())
    }

    /// The token of the personal link, opened with the key it was sealed with.
    pub fn personal_token(&self, vault: &Vault) -> QueryResult<Option<String>> {
        opened(vault, self.sealed_token.as_deref())
    }

    /// The names of the groups a trainee belongs to in a cohort.
    pub fn groups_of(
        conn: &mut DbConnection,
        cohort: CohortId,
        trainee: TraineeId,
    ) -> QueryResult<Vec<String>> {
        group_members::table
            .inner_join(cohort_groups::table)
            .filter(cohort_groups::cohort_id.eq(cohort))
            .filter(group_members::trainee_id.eq(trainee))
            .select(cohort_groups::name)
            .load(conn)
    }

    /// Every group membership of a cohort: trainee and group name.
    pub fn group_names(
        conn: &mut DbConnection,
        cohort: CohortId,
    ) -> QueryResult<Vec<(TraineeId, String)>> {
        group_members::table
            .inner_join(cohort_groups::table)
            .filter(cohort_groups::cohort_id.eq(cohort))
            .select((group_members::trainee_id, cohort_groups::name))
            .load(conn)
    }
}

/// A trainee's attendance marks in a cohort.
pub fn marks_of(
    conn: &mut DbConnection,
    cohort: CohortId,
    trainee: TraineeId,
) -> QueryResult<Vec<(SessionId, Mark)>> {
    attendance::table
        .inner_join(sessions::table)
        .filter(sessions::cohort_id.eq(cohort))
        .filter(attendance::trainee_id.eq(trainee))
        .select((attendance::session_id, attendance::status))
        .load(conn)
}
