//! Delivering the outbox: claim what is due, hand each message to the transport, record the outcome —
//! sent, tried again later (1 min, 2, 4 … at most an hour apart, ten tries) or failed (a 5xx answer).
//!
//! A message is recorded right after its own attempt. If the process dies between the server accepting
//! a message and that record, the claim runs out after ten minutes and the message is sent once more,
//! with the same `Message-ID`: at least once, never lost.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use futures_util::StreamExt;
use tokio::sync::Notify;

use crate::clock::Clock;
use crate::db::Pool;
use crate::domain::outbox::{Next, SendFailure, after_attempt};
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::mail::{CONNECTIONS, Mailer};
use crate::models::outbox::OutboxMessage;

/// Messages claimed at a time.
const BATCH: i64 = 200;
/// How often the worker looks for due messages when nobody wakes it.
const POLL: Duration = Duration::from_secs(30);

/// What one round of delivery did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

impl Report {
    pub fn tried(&self) -> usize {
        self.sent + self.retrying + self.failed
    }
}

/// Who sends: the pool, the transport, the sender address, and the vault that opens queued messages.
#[derive(Clone)]
pub struct Courier {
    pub pool: Pool,
    pub mailer: Mailer,
    pub from: String,
    pub vault: Vault,
}

impl Courier {
    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut crate::db::DbConnection) -> AppResult<T> + Send + 'static,
    ) -> AppResult<T> {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || f(&mut *pool.get()?))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
    }

    /// Sends everything due at `now` (claiming and sending batch after batch until none is left).
    pub async fn deliver_due(&self, now: NaiveDateTime) -> AppResult<Report> {
        let mut report = Report::default();
        loop {
            let batch = self
                .blocking(move |conn| Ok(OutboxMessage::claim_due(conn, now, BATCH)?))
                .await?;
            if batch.is_empty() {
                return Ok(report);
            }
            let outcomes: Vec<AppResult<Next>> = futures_util::stream::iter(batch)
                .map(|message| self.attempt(message, now))
                .buffer_unordered(CONNECTIONS as usize)
                .collect()
                .await;
            for outcome in outcomes {
                match outcome? {
                    Next::Sent => report.sent += 1,
                    Next::Retry(_) => report.retrying += 1,
                    Next::Failed => report.failed += 1,
                }
            }
        }
    }

    async fn attempt(&self, message: OutboxMessage, now: NaiveDateTime) -> AppResult<Next> {
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
            Next::Sent => tracing::debug!(id = message.id, to = %message.recipient, "mail sent"),
            _ => {
                tracing::warn!(id = message.id, to = %message.recipient, attempts, %error, "mail not sent")
            }
        }
        let recorded = next.clone();
        self.blocking(move |conn| {
            Ok(OutboxMessage::record(
                conn, message.id, attempts, &recorded, &error, now,
            )?)
        })
        .await?;
        Ok(next)
    }

    /// Runs until the process ends: delivers what is due, then waits to be woken (a message was
    /// queued) or for the next poll.
    pub fn spawn(self, clock: Clock, wake: Arc<Notify>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
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
