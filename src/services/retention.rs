//! Passport data leaves when it is no longer needed: a trainee's passport number and expiry date are
//! erased once `COHORTDESK_PASSPORT_RETENTION_DAYS` (90 unless set) have passed after the last course they
//! take part in. `serve` does it daily, `cohortdesk purge-expired` at once; each cohort whose trainees
//! lost their data gets an entry in the audit log.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::{DbConnection, Pool};
use crate::domain::audit::AuditAction;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::retention::Retention;
use crate::error::AppResult;
use crate::models::cohort::Cohort;
use crate::models::trainee::Trainee;
use crate::services::audit::{self, Audited};
use crate::services::periodic;

/// How often `serve` looks for expired passport data.
const DAILY: Duration = Duration::from_secs(24 * 60 * 60);

/// What a purge erased.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Purged {
    /// Trainees whose passport data was erased.
    pub trainees: usize,
    /// How many of them by the cohort that was their last.
    pub by_cohort: Vec<(CohortId, usize)>,
}

/// How long this installation keeps passport data (`COHORTDESK_PASSPORT_RETENTION_DAYS`).
pub fn policy(settings: &Settings) -> Retention {
    Retention {
        days: settings.passport_retention_days,
    }
}

/// Erases the passport data of everyone whose last course ended more than `retention` ago on `today`.
pub fn purge_expired(
    conn: &mut DbConnection,
    retention: Retention,
    today: NaiveDate,
    now: NaiveDateTime,
) -> AppResult<Purged> {
    conn.write(|conn| {
        let mut last: HashMap<TraineeId, (NaiveDate, CohortId)> = HashMap::new();
        for (trainee, cohort, ends_on) in Trainee::passport_holders_courses(conn)? {
            let latest = last.entry(trainee).or_insert((ends_on, cohort));
            if ends_on > latest.0 {
                *latest = (ends_on, cohort);
            }
        }
        let mut ids = Vec::new();
        let mut counts: BTreeMap<CohortId, usize> = BTreeMap::new();
        for (trainee, (ends_on, cohort)) in last {
            if retention.expired(ends_on, today) {
                ids.push(trainee);
                *counts.entry(cohort).or_default() += 1;
            }
        }
        let trainees = Trainee::erase_passports(conn, &ids)?;
        let by_cohort: Vec<(CohortId, usize)> = counts.into_iter().collect();
        let cohorts: Vec<CohortId> = by_cohort.iter().map(|(c, _)| *c).collect();
        Cohort::roster_changed(conn, &cohorts)?;
        for (cohort, count) in &by_cohort {
            let subject = Cohort::find(conn, *cohort)?.cohort.subject();
            let details = vec![("audit-field-erased", count.to_string())];
            audit::event(conn, now, AuditAction::Purged, &subject, details)?;
        }
        Ok(Purged {
            trainees,
            by_cohort,
        })
    })
}

/// Runs [`purge_expired`] now and then once a day until the process ends, logging what it erased.
pub fn spawn_daily(pool: Pool, clock: Clock, retention: Retention) -> tokio::task::JoinHandle<()> {
    let job = move |conn: &mut DbConnection, now: NaiveDateTime| {
        purge_expired(conn, retention, now.date(), now)
    };
    periodic::spawn_every(pool, clock, DAILY, job, |outcome| match outcome {
        Ok(purged) if purged.trainees > 0 => tracing::info!(
            trainees = purged.trainees,
            cohorts = purged.by_cohort.len(),
            "passport data erased after the retention period"
        ),
        Ok(_) => {}
        Err(e) => tracing::error!(error = %e, "erasing expired passport data failed"),
    })
}
