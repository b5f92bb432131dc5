//! The organizer's and coordinator's first page: commitments at a glance and the cohorts that matter now.

use chrono::NaiveDate;

use crate::db::DbConnection;
use crate::domain::cohort::CohortStatus;
use crate::domain::role::Scope;
use crate::error::AppResult;
use crate::models::cohort::{Cohort, CohortFilter, CohortListing};
use crate::services::commitments::{self, CommitmentSummary};

/// How many current and upcoming cohorts the dashboard lists.
const CURRENT_COHORTS_SHOWN: usize = 8;

pub struct Dashboard {
    pub commitments: Vec<CommitmentSummary>,
    /// Cohorts running or starting from `today` on, soonest first.
    pub current: Vec<CohortListing>,
    /// The most recently finished cohorts, latest first.
    pub recent: Vec<CohortListing>,
    /// Number of cohorts (not archived) in each status.
    pub by_status: Vec<(CohortStatus, usize)>,
}

/// The dashboard of an account that sees `scope`.
pub fn load(conn: &mut DbConnection, today: NaiveDate, scope: Scope) -> AppResult<Dashboard> {
    let commitments = commitments::summaries(conn, false, scope)?;
    let filter = CohortFilter {
        scope,
        ..CohortFilter::default()
    };
    let cohorts = Cohort::list(conn, &filter)?;
    let by_status = CohortStatus::ALL
        .into_iter()
        .map(|status| {
            let n = cohorts.iter().filter(|c| c.cohort.status == status).count();
            (status, n)
        })
        .collect();
    let (mut current, recent): (Vec<CohortListing>, Vec<CohortListing>) = cohorts
        .into_iter()
        .filter(|c| c.cohort.status != CohortStatus::Cancelled)
        .partition(|c| c.cohort.ends_on >= today);
    current.sort_by_key(|c| c.cohort.starts_on);
    current.truncate(CURRENT_COHORTS_SHOWN);
    Ok(Dashboard {
        commitments,
        current,
        recent: recent.into_iter().take(CURRENT_COHORTS_SHOWN).collect(),
        by_status,
    })
}
