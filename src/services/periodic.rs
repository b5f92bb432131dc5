//! Work `serve` does on its own, now and then again at an interval until the process ends.

use std::time::Duration;

use chrono::NaiveDateTime;

use crate::clock::Clock;
use crate::db::{DbConnection, Pool};
use crate::error::AppResult;

/// Runs `job` on a pooled connection now and then every `every`, telling `report` each outcome; a
/// failed run is reported and the next one comes all the same.
pub fn spawn_every<T: Send + 'static>(
    pool: Pool,
    clock: Clock,
    every: Duration,
    job: impl Fn(&mut DbConnection, NaiveDateTime) -> AppResult<T> + Clone + Send + 'static,
    report: impl Fn(Result<T, String>) + Send + 'static,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let (pool, job, now) = (pool.clone(), job.clone(), clock.now());
            let outcome = tokio::task::spawn_blocking(move || {
                let mut conn = pool.get()?;
                job(&mut conn, now)
            })
            .await;
            report(match outcome {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(e)) => Err(e.to_string()),
                Err(e) => Err(format!("stopped: {e}")),
            });
            tokio::time::sleep(every).await;
        }
    })
}
