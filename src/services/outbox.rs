//! Delivering the outbox: claim what is due, hand each message to the transport, record the outcome —
//! sent, tried again later (1 min, 2, 4 … at most an hour apart, ten tries) or failed (a 5xx answer).
//!
//! Each worker (a `serve`, a `send-pending`) has its own id and claims only what it is about to send —
//! as many messages as it keeps SMTP connections — for two minutes, renewed every 30 seconds while it
//! works. Before each send it checks that it still holds the claim, and it records an outcome only under
//! its own claim, so a claim taken over by another worker (this one stalled past its claim) is never
//! sent twice from the queue. A message is recorded right after its own attempt; if the process dies
//! between the server accepting a message and that record, the claim runs out after two minutes and that
//! message — only the ones in flight, at most one per connection — is sent once more, with the same
//! `Message-ID`: at least once, never lost. A worker that stops (SIGTERM) finishes what is in flight and
//! gives back its claims.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use futures_util::StreamExt;
use tokio::sync::Notify;

use crate::clock::Clock;
use crate::db::Pool;
use crate::domain::outbox::{Next, RENEW_SECONDS, SendFailure, after_attempt};
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::mail::{CONNECTIONS, Mailer};
use crate::models::outbox::OutboxMessage;

/// How often the worker looks for due messages when nobody wakes it.
const POLL: Duration = Duration::from_secs(30);

/// What one round of delivery did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
    /// Claimed, but taken over by another worker (or released) before this one sent it.
    pub taken_over: usize,
}

impl Report {
    pub fn tried(&self) -> usize {
        self.sent + self.retrying + self.failed
    }
}

/// Who sends: the pool, the transport, the sender address, the vault that opens queued messages, and
/// the worker's own id (on its claims; shown on the outbox page).
#[derive(Clone)]
pub struct Courier {
    pool: Pool,
    mailer: Mailer,
    from: String,
    vault: Vault,
    worker: String,
    stopping: Arc<AtomicBool>,
}

/// What became of one claimed message.
enum Attempted {
    Done(Next),
    TakenOver,
}

impl Courier {
    /// A worker with a new id: the host, the process and a random part (two workers of one process
    /// differ too).
    pub fn new(pool: Pool, mailer: Mailer, from: String, vault: Vault) -> Courier {
        let host = std::fs::read_to_string("/etc/hostname")
            .map(|h| h.trim().to_owned())
            .unwrap_or_default();
        let worker = format!(
            "{}:{}:{:04x}",
            if host.is_empty() { "cohortdesk" } else { &host },
            std::process::id(),
            rand::random::<u16>()
        );
        Courier {
            pool,
            mailer,
            from,
            vault,
            worker,
            stopping: Arc::default(),
        }
    }

    /// This worker's id, as its claims carry it.
    pub fn worker(&self) -> &str {
        &self.worker
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut crate::db::DbConnection) -> AppResult<T> + Send + 'static,
    ) -> AppResult<T> {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || f(&mut *pool.get()?))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
    }

    /// Sends everything due at `now`, a claim of `CONNECTIONS` messages at a time, until none is left or
    /// the worker is stopping.
    pub async fn deliver_due(&self, now: NaiveDateTime) -> AppResult<Report> {
        let started = Instant::now();
        // Claims are renewed from `now` moved on by how long this has run (tests give a fixed `now`).
        let later = move || now + chrono::Duration::from_std(started.elapsed()).unwrap_or_default();
        let mut report = Report::default();
        while !self.stopping.load(Ordering::SeqCst) {
            let worker = self.worker.clone();
            let batch = self
                .blocking(move |conn| {
                    Ok(OutboxMessage::claim_due(
                        conn,
                        &worker,
                        now,
                        i64::from(CONNECTIONS),
                    )?)
                })
                .await?;
            if batch.is_empty() {
                break;
            }
            let sending = futures_util::stream::iter(batch)
                .map(|message| self.attempt(message, now))
                .buffer_unordered(CONNECTIONS as usize)
                .collect::<Vec<AppResult<Attempted>>>();
            tokio::pin!(sending);
            let mut renewal = tokio::time::interval(Duration::from_secs(RENEW_SECONDS));
            renewal.tick().await;
            let outcomes = loop {
                tokio::select! {
                    outcomes = &mut sending => break outcomes,
                    _ = renewal.tick() => {
                        let worker = self.worker.clone();
                        self.blocking(move |conn| Ok(OutboxMessage::renew(conn, &worker, later())?))
                            .await?;
                    }
                }
            };
            for outcome in outcomes {
                match outcome? {
                    Attempted::Done(Next::Sent) => report.sent += 1,
                    Attempted::Done(Next::Retry(_)) => report.retrying += 1,
                    Attempted::Done(Next::Failed) => report.failed += 1,
                    Attempted::TakenOver => report.taken_over += 1,
                }
            }
        }
        Ok(report)
    }

    async fn attempt(&self, message: OutboxMessage, now: NaiveDateTime) -> AppResult<Attempted> {
        let (id, worker) = (message.id, self.worker.clone());
        let held = self
            .blocking(move |conn| Ok(OutboxMessage::still_claimed(conn, id, &worker)?))
            .await?;
        if !held {
            tracing::info!(
                id,
                "mail not sent here: its claim was taken over or released"
            );
            return Ok(Attempted::TakenOver);
        }
        let result = match message.body(&self.vault) {
            Ok(body) => {
                self.mailer
                    .send(&self.from, &message.recipient, &body)
                    .await
            }
            Err(e) => Err(SendFailure {
                permanent: true,
                reason: e.to_string(),
            }),
        };
        let attempts = message.attempts + 1;
        let next = after_attempt(attempts, &result, now);
        let error = result.err().map(|f| f.reason).unwrap_or_default();
        match &next {
            Next::Sent => tracing::debug!(id, to = %message.recipient, "mail sent"),
            _ => {
                tracing::warn!(id, to = %message.recipient, attempts, %error, "mail not sent")
            }
        }
        let (recorded, worker) = (next.clone(), self.worker.clone());
        self.blocking(move |conn| {
            Ok(OutboxMessage::record(
                conn, id, &worker, attempts, &recorded, &error, now,
            )?)
        })
        .await?;
        Ok(Attempted::Done(next))
    }

    /// Stops the worker: no new claim is made; what is in flight finishes.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
    }

    /// Gives back every claim this worker still holds (after stopping); how many.
    pub async fn release_claims(&self, now: NaiveDateTime) -> AppResult<usize> {
        let worker = self.worker.clone();
        self.blocking(move |conn| Ok(OutboxMessage::release_claims(conn, &worker, now)?))
            .await
    }

    /// Runs until stopped: delivers what is due, then waits to be woken (a message was queued) or for
    /// the next poll.
    pub fn spawn(self, clock: Clock, wake: Arc<Notify>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            while !self.stopping.load(Ordering::SeqCst) {
                match self.deliver_due(clock.now()).await {
                    Ok(report) if report.tried() > 0 => {
                        tracing::info!(
                            sent = report.sent,
                            retrying = report.retrying,
                            failed = report.failed,
                            "outbox delivered"
                        );
                    }
                    Ok(_) => {}
                    Err(e) => tracing::error!("outbox: {e}"),
                }
                tokio::select! {
                    () = wake.notified() => {}
                    () = tokio::time::sleep(POLL) => {}
                }
            }
        })
    }
}
