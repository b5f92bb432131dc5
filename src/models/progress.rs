//! What the progress reports are counted from, read in as few queries as a commitment with hundreds of
//! cohorts and tens of thousands of trainees allows.

use chrono::NaiveDate;
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, CommitmentId, EnrollmentId, TraineeId};
use crate::domain::trainee::{EnrollmentStatus, Gender};
use crate::schema::{allocations, cohorts, commitments, enrollments, trainees};

/// One enrollment under a commitment, reduced to what the progress figures count.
#[derive(Debug, Clone, Queryable)]
pub struct EnrollmentLine {
    pub cohort_id: CohortId,
    pub trainee_id: TraineeId,
    pub country_code: String,
    pub status: EnrollmentStatus,
}

/// Every enrollment under a commitment, in one query (counting in the database as well as fetching the
/// people who completed took two joins with `trainees`, each as slow as this one).
pub fn lines(
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

/// Places delivered (completed enrollments) under each commitment that has any, or only under `only`.
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

/// Up to `limit` enrollments after `after`, by id: the export reads them a page at a time, so that its
/// memory does not grow with the number of enrollments.
pub fn export_page(
    conn: &mut DbConnection,
    after: EnrollmentId,
    limit: i64,
) -> QueryResult<Vec<ExportRow>> {
    enrollments::table
        .inner_join(trainees::table)
        .inner_join(cohorts::table.inner_join(allocations::table.inner_join(commitments::table)))
        .filter(enrollments::id.gt(after))
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
