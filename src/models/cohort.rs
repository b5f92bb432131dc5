//! Cohorts: one run of a course, placed under a host city's allocation.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::sum;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::attendance::AttendanceRules;
use crate::domain::cohort::{CohortDraft, CohortStatus, WorkingLanguage};
use crate::domain::ids::{AllocationId, CohortId, CommitmentId};
use crate::domain::role::Scope;
use crate::domain::time::Zone;
use crate::models::touched;
use crate::schema::{allocations, cohorts, commitments};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cohorts)]
pub struct Cohort {
    pub id: CohortId,
    pub allocation_id: AllocationId,
    pub name: String,
    pub venue: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub time_zone: Zone,
    pub capacity: i32,
    pub languages: String,
    pub status: CohortStatus,
    pub notes: String,
    pub archived_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Grows with every change to the cohort's roster (see `Cohort::roster_changed`).
    pub roster_version: i32,
    /// Grows with every change to what the cohort's timetable shows (see `Cohort::timetable_changed`).
    pub timetable_version: i32,
    /// The share of required sessions a trainee must attend to complete the course, in percent.
    pub completion_threshold: i32,
    /// Minutes a self check-in opens before a session starts.
    pub checkin_opens_before: i32,
    /// Minutes a self check-in stays open after a session starts.
    pub checkin_closes_after: i32,
    /// Minutes after the start from which a self check-in counts as late.
    pub late_after: i32,
    /// When an organizer last confirmed who completed the course.
    pub completions_confirmed_at: Option<NaiveDateTime>,
}

impl Cohort {
    /// The days of the course, first to last.
    pub fn days(&self) -> Vec<NaiveDate> {
        self.starts_on
            .iter_days()
            .take_while(|d| *d <= self.ends_on)
            .collect()
    }

    /// The languages the course is taught in, the first the main one.
    pub fn languages(&self) -> Vec<WorkingLanguage> {
        WorkingLanguage::list_from_db(&self.languages)
    }

    /// The clock the cohort's times are typed and shown on.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.0
    }

    /// The completion threshold and the self check-in window, as the attendance settings show them.
    pub fn attendance_rules(&self) -> AttendanceRules {
        AttendanceRules {
            completion_threshold: self.completion_threshold,
            checkin_opens_before: self.checkin_opens_before,
            checkin_closes_after: self.checkin_closes_after,
            late_after: self.late_after,
        }
    }
}

/// The columns a cohort form sets, for both insert and update.
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = cohorts)]
pub struct CohortFields<'a> {
    pub allocation_id: AllocationId,
    pub name: &'a str,
    pub venue: &'a str,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub time_zone: Zone,
    pub capacity: i32,
    pub languages: String,
    pub status: CohortStatus,
    pub notes: &'a str,
    pub updated_at: NaiveDateTime,
}

impl<'a> CohortFields<'a> {
    pub fn from_draft(draft: &'a CohortDraft, now: NaiveDateTime) -> Self {
        Self {
            allocation_id: draft.allocation_id,
            name: &draft.name,
            venue: &draft.venue,
            starts_on: draft.starts_on,
            ends_on: draft.ends_on,
            time_zone: Zone(draft.time_zone),
            capacity: draft.capacity,
            languages: WorkingLanguage::list_to_db(&draft.languages),
            status: draft.status,
            notes: &draft.notes,
            updated_at: now,
        }
    }

    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<CohortId> {
        diesel::insert_into(cohorts::table)
            .values((self, cohorts::created_at.eq(self.updated_at)))
            .returning(cohorts::id)
            .get_result(conn)
    }

    /// Saves the changes; the timetable is read again, as its dates or clock may have changed.
    pub fn update(&self, conn: &mut DbConnection, id: CohortId) -> QueryResult<()> {
        diesel::update(cohorts::table.find(id))
            .set((
                self,
                cohorts::timetable_version.eq(cohorts::timetable_version + 1),
            ))
            .execute(conn)
            .map(drop)
    }
}

/// A cohort with where it belongs: its host city and commitment.
#[derive(Debug, Clone, Queryable)]
pub struct CohortListing {
    pub cohort: Cohort,
    pub host_city: String,
    pub commitment_id: CommitmentId,
    pub commitment_name: String,
}

/// What the cohort list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CohortFilter {
    /// The asking account's courses.
    pub scope: Scope,
    pub commitment_id: Option<CommitmentId>,
    pub allocation_id: Option<AllocationId>,
    pub year: Option<i32>,
    pub status: Option<CohortStatus>,
    pub include_archived: bool,
}

impl Cohort {
    pub fn find(conn: &mut DbConnection, id: CohortId) -> QueryResult<CohortListing> {
        cohorts::table
            .inner_join(allocations::table.inner_join(commitments::table))
            .filter(cohorts::id.eq(id))
            .select((
                Cohort::as_select(),
                allocations::host_city,
                commitments::id,
                commitments::name,
            ))
            .first(conn)
    }

    /// What tells whether a cohort's timetable changed: when the cohort was created (ids are reused after
    /// a demo reload) and its timetable version.
    pub fn timetable_stamp(
        conn: &mut DbConnection,
        id: CohortId,
    ) -> QueryResult<(NaiveDateTime, i32)> {
        cohorts::table
            .find(id)
            .select((cohorts::created_at, cohorts::timetable_version))
            .first(conn)
    }

    /// Cohorts matching `filter`, by start date (newest first).
    /// Every cohort under a commitment, archived ones included.
    pub fn of_commitment(
        conn: &mut DbConnection,
        commitment: CommitmentId,
    ) -> QueryResult<Vec<CohortListing>> {
        let filter = CohortFilter {
            commitment_id: Some(commitment),
            include_archived: true,
            ..CohortFilter::default()
        };
        Cohort::list(conn, &filter)
    }

    pub fn list(conn: &mut DbConnection, filter: &CohortFilter) -> QueryResult<Vec<CohortListing>> {
        let mut query = cohorts::table
            .inner_join(allocations::table.inner_join(commitments::table))
            .select((
                Cohort::as_select(),
                allocations::host_city,
                commitments::id,
                commitments::name,
            ))
            .order((cohorts::starts_on.desc(), cohorts::id.desc()))
            .into_boxed();
        if let Some(commitment) = filter.scope.commitment() {
            query = query.filter(commitments::id.eq(commitment));
        }
        if let Some(allocation) = filter.scope.allocation() {
            query = query.filter(cohorts::allocation_id.eq(allocation));
        }
        if let Some(id) = filter.commitment_id {
            query = query.filter(commitments::id.eq(id));
        }
        if let Some(id) = filter.allocation_id {
            query = query.filter(cohorts::allocation_id.eq(id));
        }
        if let Some(year) = filter.year
            && let (Some(first), Some(last)) = (
                NaiveDate::from_ymd_opt(year, 1, 1),
                NaiveDate::from_ymd_opt(year, 12, 31),
            )
        {
            query = query
                .filter(cohorts::starts_on.le(last))
                .filter(cohorts::ends_on.ge(first));
        }
        if let Some(status) = filter.status {
            query = query.filter(cohorts::status.eq(status));
        }
        if !filter.include_archived {
            query = query.filter(cohorts::archived_at.is_null());
        }
        query.load(conn)
    }

    /// The ids of every cohort of a limited `scope`, archived ones too; `None` for every course.
    pub fn within(conn: &mut DbConnection, scope: Scope) -> QueryResult<Option<Vec<CohortId>>> {
        if scope.is_all() {
            return Ok(None);
        }
        let filter = CohortFilter {
            scope,
            include_archived: true,
            ..CohortFilter::default()
        };
        let cohorts = Cohort::list(conn, &filter)?;
        Ok(Some(cohorts.into_iter().map(|l| l.cohort.id).collect()))
    }

    /// The years in which any cohort runs, newest first (for the list's year filter).
    pub fn years(conn: &mut DbConnection) -> QueryResult<Vec<i32>> {
        use chrono::Datelike;
        let starts: Vec<NaiveDate> = cohorts::table.select(cohorts::starts_on).load(conn)?;
        let mut years: Vec<i32> = starts.iter().map(|d| d.year()).collect();
        years.sort_unstable_by(|a, b| b.cmp(a));
        years.dedup();
        Ok(years)
    }

    /// Places held by the cohorts of an allocation (all but cancelled ones), leaving out `except`.
    pub fn planned_places(
        conn: &mut DbConnection,
        allocation_id: AllocationId,
        except: Option<CohortId>,
    ) -> QueryResult<i64> {
        let total: Option<i64> = cohorts::table
            .filter(cohorts::allocation_id.eq(allocation_id))
            .filter(cohorts::status.ne(CohortStatus::Cancelled))
            .filter(cohorts::id.ne(except.unwrap_or(CohortId(0))))
            .select(sum(cohorts::capacity))
            .first(conn)?;
        Ok(total.unwrap_or(0))
    }

    /// Places held per allocation (all but cancelled cohorts), for every allocation that has any.
    pub fn planned_by_allocation(conn: &mut DbConnection) -> QueryResult<Vec<(AllocationId, i64)>> {
        let rows: Vec<(AllocationId, Option<i64>)> = cohorts::table
            .filter(cohorts::status.ne(CohortStatus::Cancelled))
            .group_by(cohorts::allocation_id)
            .select((cohorts::allocation_id, sum(cohorts::capacity)))
            .load(conn)?;
        Ok(rows
            .into_iter()
            .map(|(id, total)| (id, total.unwrap_or(0)))
            .collect())
    }

    /// The earliest start and latest end of the cohorts under a commitment, if it has any.
    pub fn date_span(
        conn: &mut DbConnection,
        commitment_id: CommitmentId,
    ) -> QueryResult<Option<(NaiveDate, NaiveDate)>> {
        use diesel::dsl::{max, min};
        let (first, last): (Option<NaiveDate>, Option<NaiveDate>) = cohorts::table
            .inner_join(allocations::table)
            .filter(allocations::commitment_id.eq(commitment_id))
            .select((min(cohorts::starts_on), max(cohorts::ends_on)))
            .first(conn)?;
        Ok(first.zip(last))
    }

    pub fn set_archived(
        conn: &mut DbConnection,
        id: CohortId,
        archived_at: Option<NaiveDateTime>,
    ) -> QueryResult<()> {
        touched(
            diesel::update(cohorts::table.find(id))
                .set(cohorts::archived_at.eq(archived_at))
                .execute(conn)?,
        )
    }

    /// Takes the row's write lock for the rest of the transaction, so that checks of its places cannot
    /// race with another writer (see `Commitment::lock`).
    pub fn lock(conn: &mut DbConnection, id: CohortId) -> QueryResult<()> {
        touched(
            diesel::update(cohorts::table.find(id))
                .set(cohorts::id.eq(cohorts::id))
                .execute(conn)?,
        )
    }

    /// Records that the roster of these cohorts changed (an enrollment, its status, or a trainee's
    /// details), so that rosters kept in memory are read again.
    pub fn roster_changed(conn: &mut DbConnection, ids: &[CohortId]) -> QueryResult<()> {
        diesel::update(cohorts::table.filter(cohorts::id.eq_any(ids)))
            .set(cohorts::roster_version.eq(cohorts::roster_version + 1))
            .execute(conn)
            .map(drop)
    }

    /// Records that a cohort's timetable changed (a session, its links, a group), so that timetables kept
    /// in memory are read again.
    pub fn timetable_changed(conn: &mut DbConnection, id: CohortId) -> QueryResult<()> {
        diesel::update(cohorts::table.find(id))
            .set(cohorts::timetable_version.eq(cohorts::timetable_version + 1))
            .execute(conn)
            .map(drop)
    }

    /// Sets the completion threshold and the self check-in window.
    pub fn set_attendance_rules(
        conn: &mut DbConnection,
        id: CohortId,
        rules: AttendanceRules,
    ) -> QueryResult<()> {
        touched(
            diesel::update(cohorts::table.find(id))
                .set((
                    cohorts::completion_threshold.eq(rules.completion_threshold),
                    cohorts::checkin_opens_before.eq(rules.checkin_opens_before),
                    cohorts::checkin_closes_after.eq(rules.checkin_closes_after),
                    cohorts::late_after.eq(rules.late_after),
                ))
                .execute(conn)?,
        )
    }

    /// The cohorts whose status may follow the calendar (planned or open, not archived).
    pub fn not_started(conn: &mut DbConnection) -> QueryResult<Vec<Cohort>> {
        cohorts::table
            .filter(cohorts::status.eq_any([CohortStatus::Planning, CohortStatus::Open]))
            .filter(cohorts::archived_at.is_null())
            .select(Cohort::as_select())
            .load(conn)
    }

    /// Moves a cohort from status `from` to `to`; false when it was no longer in `from` (someone else
    /// moved it first).
    pub fn move_status(
        conn: &mut DbConnection,
        id: CohortId,
        from: CohortStatus,
        to: CohortStatus,
        now: NaiveDateTime,
    ) -> QueryResult<bool> {
        let moved = diesel::update(cohorts::table.find(id).filter(cohorts::status.eq(from)))
            .set((cohorts::status.eq(to), cohorts::updated_at.eq(now)))
            .execute(conn)?;
        Ok(moved == 1)
    }

    /// Records when an organizer confirmed who completed the course.
    pub fn completions_confirmed(
        conn: &mut DbConnection,
        id: CohortId,
        at: NaiveDateTime,
    ) -> QueryResult<()> {
        touched(
            diesel::update(cohorts::table.find(id))
                .set(cohorts::completions_confirmed_at.eq(at))
                .execute(conn)?,
        )
    }

    /// Records that every cohort's timetable may have changed: a shared venue, speaker, interpreter or bus
    /// was added or edited.
    pub fn all_timetables_changed(conn: &mut DbConnection) -> QueryResult<()> {
        diesel::update(cohorts::table)
            .set(cohorts::timetable_version.eq(cohorts::timetable_version + 1))
            .execute(conn)
            .map(drop)
    }

    pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
        cohorts::table.count().get_result(conn)
    }
}
