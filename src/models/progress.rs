//! The counts the progress reports are made of, read in two grouped queries so that a commitment with
//! hundreds of cohorts and tens of thousands of trainees costs two round trips.

use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, CommitmentId, TraineeId};
use crate::domain::trainee::EnrollmentStatus;
use crate::schema::{allocations, cohorts, enrollments, trainees};

/// How many enrollments of one cohort, from one country, are in one status.
#[derive(Debug, Clone, Queryable)]
pub struct StatusCount {
    pub cohort_id: CohortId,
    pub country_code: String,
    pub status: EnrollmentStatus,
    pub count: i64,
}

/// Enrollments under a commitment, counted by cohort, trainee's country and status.
pub fn status_counts(
    conn: &mut DbConnection,
    commitment: CommitmentId,
) -> QueryResult<Vec<StatusCount>> {
    enrollments::table
        .inner_join(trainees::table)
        .inner_join(cohorts::table.inner_join(allocations::table))
        .filter(allocations::commitment_id.eq(commitment))
        .group_by((
            enrollments::cohort_id,
            trainees::country_code,
            enrollments::status,
        ))
        .select((
            enrollments::cohort_id,
            trainees::country_code,
            enrollments::status,
            count_star(),
        ))
        .load(conn)
}

/// Who completed which cohort under a commitment, with their country (to count people, not places).
pub fn completions(
    conn: &mut DbConnection,
    commitment: CommitmentId,
) -> QueryResult<Vec<(CohortId, TraineeId, String)>> {
    enrollments::table
        .inner_join(trainees::table)
        .inner_join(cohorts::table.inner_join(allocations::table))
        .filter(allocations::commitment_id.eq(commitment))
        .filter(enrollments::status.eq(EnrollmentStatus::Completed))
        .select((
            enrollments::cohort_id,
            enrollments::trainee_id,
            trainees::country_code,
        ))
        .load(conn)
}

/// Places delivered (completed enrollments) under each commitment that has any.
pub fn delivered_by_commitment(conn: &mut DbConnection) -> QueryResult<Vec<(CommitmentId, i64)>> {
    enrollments::table
        .inner_join(cohorts::table.inner_join(allocations::table))
        .filter(enrollments::status.eq(EnrollmentStatus::Completed))
        .group_by(allocations::commitment_id)
        .select((allocations::commitment_id, count_star()))
        .load(conn)
}
