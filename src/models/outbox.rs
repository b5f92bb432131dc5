//! The outbox table: every e-mail, queued in the transaction that caused it, claimed by a worker, and
//! marked sent, retried or failed.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::outbox::{CLAIM_SECONDS, MailKind, Next, OutboxStatus};
use crate::domain::vault::Vault;
use crate::models::{Stored, touched, unsealable};
use crate::schema::{outbox, trainees};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxMessage {
    pub id: i32,
    pub idempotency_key: String,
    pub kind: MailKind,
    pub cohort_id: Option<CohortId>,
    pub trainee_id: Option<TraineeId>,
    pub recipient: String,
    pub subject: String,
    /// The whole message as it goes over SMTP (RFC 5322, ASCII), sealed with the server's key (it holds
    /// personal links and travel details): read it with [`OutboxMessage::body`].
    pub message: String,
    pub status: OutboxStatus,
    pub attempts: i32,
    /// When it is due (queued), or until when a worker holds it (sending).
    pub next_attempt_at: NaiveDateTime,
    pub last_error: String,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    /// The worker that holds the message while it is being sent.
    pub claimed_by: Option<String>,
}

/// A message to queue.
#[derive(Debug, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewMessage {
    pub idempotency_key: String,
    pub kind: MailKind,
    pub cohort_id: Option<CohortId>,
    pub trainee_id: Option<TraineeId>,
    pub recipient: String,
    pub subject: String,
    /// The message in plain text; [`NewMessage::queue`] seals it.
    pub message: String,
    pub status: OutboxStatus,
    pub next_attempt_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

/// A line of the outbox page: the message without its body, with the trainee's name.
#[derive(Debug, Clone, Queryable)]
pub struct OutboxLine {
    pub id: i32,
    pub kind: MailKind,
    pub cohort_id: Option<CohortId>,
    pub recipient: String,
    pub subject: String,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: String,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub claimed_by: Option<String>,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
}

impl NewMessage {
    /// Queues the message, sealed with `vault`, unless one with the same idempotency key exists; `false`
    /// when it did.
    pub fn queue(mut self, conn: &mut DbConnection, vault: &Vault) -> QueryResult<bool> {
        self.message = vault.seal_text(&self.message);
        let insert = || {
            diesel::insert_into(outbox::table)
                .values(&self)
                .on_conflict(outbox::idempotency_key)
                .do_nothing()
        };
        // MultiConnection cannot pass ON CONFLICT on; both backends run it.
        let inserted = match conn {
            DbConnection::Sqlite(conn) => insert().execute(conn)?,
            DbConnection::Postgres(conn) => insert().execute(conn)?,
        };
        Ok(inserted == 1)
    }
}

impl OutboxMessage {
    /// The message as it goes over SMTP, opened with the key it was sealed with.
    pub fn body(&self, vault: &Vault) -> QueryResult<String> {
        vault.open_text(&self.message).map_err(unsealable)
    }

    /// The messages as stored (sealed or, from before sealing, plain), by id.
    pub fn stored_messages(
        conn: &mut DbConnection,
        which: Stored,
    ) -> QueryResult<Vec<(i32, String)>> {
        outbox::table
            .filter(outbox::message.not_like(which.excluded()))
            .select((outbox::id, outbox::message))
            .load(conn)
    }

    /// Stores a message sealed with `vault`.
    pub fn set_message(
        conn: &mut DbConnection,
        id: i32,
        message: &str,
        vault: &Vault,
    ) -> QueryResult<()> {
        diesel::update(outbox::table.find(id))
            .set(outbox::message.eq(vault.seal_text(message)))
            .execute(conn)
            .map(drop)
    }

    /// When the longest-waiting message that is due became due (queued and its time has come, or claimed
    /// by a worker whose claim ran out), if any is.
    pub fn oldest_due(
        conn: &mut DbConnection,
        now: NaiveDateTime,
    ) -> QueryResult<Option<NaiveDateTime>> {
        outbox::table
            .filter(outbox::status.eq_any([OutboxStatus::Queued, OutboxStatus::Sending]))
            .filter(outbox::next_attempt_at.le(now))
            .select(diesel::dsl::min(outbox::next_attempt_at))
            .first(conn)
    }

    /// Claims up to `limit` messages that are due for `worker` — queued ones whose time has come, and ones
    /// whose claim ran out (their worker died or stalled) — for `CLAIM_SECONDS`. On PostgreSQL rows
    /// another worker is claiming at the same moment are skipped (`FOR UPDATE SKIP LOCKED`); SQLite has
    /// one writer.
    pub fn claim_due(
        conn: &mut DbConnection,
        worker: &str,
        now: NaiveDateTime,
        limit: i64,
    ) -> QueryResult<Vec<OutboxMessage>> {
        conn.write(|conn| {
            let due = || {
                outbox::table
                    .filter(outbox::status.eq_any([OutboxStatus::Queued, OutboxStatus::Sending]))
                    .filter(outbox::next_attempt_at.le(now))
                    .order(outbox::id)
                    .limit(limit)
                    .select(outbox::all_columns)
            };
            let mut claimed: Vec<OutboxMessage> = match conn {
                DbConnection::Sqlite(conn) => due().load(conn)?,
                DbConnection::Postgres(conn) => due().for_update().skip_locked().load(conn)?,
            };
            let until = now + Duration::seconds(CLAIM_SECONDS);
            let ids: Vec<i32> = claimed.iter().map(|m| m.id).collect();
            diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
                .set((
                    outbox::status.eq(OutboxStatus::Sending),
                    outbox::next_attempt_at.eq(until),
                    outbox::claimed_by.eq(worker),
                ))
                .execute(conn)?;
            for message in &mut claimed {
                message.status = OutboxStatus::Sending;
                message.next_attempt_at = until;
                message.claimed_by = Some(worker.to_owned());
            }
            Ok(claimed)
        })
    }

    /// Whether `worker` still holds its claim on the message (checked before each send): not taken over
    /// by another worker after it ran out, nor released, nor cancelled.
    pub fn still_claimed(conn: &mut DbConnection, id: i32, worker: &str) -> QueryResult<bool> {
        let held: i64 = Self::claimed_by(worker)
            .filter(outbox::id.eq(id))
            .count()
            .get_result(conn)?;
        Ok(held == 1)
    }

    /// Extends every claim `worker` holds to `CLAIM_SECONDS` from `now`; how many.
    pub fn renew(conn: &mut DbConnection, worker: &str, now: NaiveDateTime) -> QueryResult<usize> {
        diesel::update(Self::claimed_by(worker))
            .set(outbox::next_attempt_at.eq(now + Duration::seconds(CLAIM_SECONDS)))
            .execute(conn)
    }

    /// Gives back every claim `worker` holds (it is stopping): the messages are due again at `now`, for
    /// any worker; how many.
    pub fn release_claims(
        conn: &mut DbConnection,
        worker: &str,
        now: NaiveDateTime,
    ) -> QueryResult<usize> {
        diesel::update(Self::claimed_by(worker))
            .set(Self::given_back(now))
            .execute(conn)
    }

    /// Gives back the claim on one message (an organizer releasing a stuck send); `NotFound` when the
    /// message is not being sent.
    pub fn release(conn: &mut DbConnection, id: i32, now: NaiveDateTime) -> QueryResult<()> {
        diesel::update(
            outbox::table
                .filter(outbox::id.eq(id))
                .filter(outbox::status.eq(OutboxStatus::Sending)),
        )
        .set(Self::given_back(now))
        .execute(conn)
        .and_then(touched)
    }

    /// Queues every failed message of these cohorts (`None`: every failed message) again now, with ten
    /// fresh tries; how many.
    pub fn retry_failed(
        conn: &mut DbConnection,
        cohorts: Option<&[CohortId]>,
        now: NaiveDateTime,
    ) -> QueryResult<usize> {
        let mut failed = outbox::table
            .filter(outbox::status.eq(OutboxStatus::Failed))
            .select(outbox::id)
            .into_boxed();
        if let Some(cohorts) = cohorts {
            failed = failed.filter(outbox::cohort_id.eq_any(cohorts.to_vec()));
        }
        let ids: Vec<i32> = failed.load(conn)?;
        diesel::update(
            outbox::table
                .filter(outbox::id.eq_any(&ids))
                .filter(outbox::status.eq(OutboxStatus::Failed)),
        )
        .set(Self::fresh(now))
        .execute(conn)
    }

    /// The messages `worker` holds.
    fn claimed_by(
        worker: &str,
    ) -> diesel::dsl::Filter<
        diesel::dsl::Filter<outbox::table, diesel::dsl::Eq<outbox::status, OutboxStatus>>,
        diesel::dsl::Eq<outbox::claimed_by, String>,
    > {
        outbox::table
            .filter(outbox::status.eq(OutboxStatus::Sending))
            .filter(outbox::claimed_by.eq(worker.to_owned()))
    }

    /// Queued again at `now` with ten fresh tries and no error.
    #[allow(clippy::type_complexity)]
    fn fresh(
        now: NaiveDateTime,
    ) -> (
        diesel::dsl::Eq<outbox::status, OutboxStatus>,
        diesel::dsl::Eq<outbox::attempts, i32>,
        diesel::dsl::Eq<outbox::next_attempt_at, NaiveDateTime>,
        diesel::dsl::Eq<outbox::last_error, &'static str>,
    ) {
        (
            outbox::status.eq(OutboxStatus::Queued),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now),
            outbox::last_error.eq(""),
        )
    }

    /// A claim given back: due again at `now`, held by nobody.
    #[allow(clippy::type_complexity)]
    fn given_back(
        now: NaiveDateTime,
    ) -> (
        diesel::dsl::Eq<outbox::status, OutboxStatus>,
        diesel::dsl::Eq<outbox::next_attempt_at, NaiveDateTime>,
        diesel::dsl::Eq<outbox::claimed_by, Option<String>>,
    ) {
        (
            outbox::status.eq(OutboxStatus::Queued),
            outbox::next_attempt_at.eq(now),
            outbox::claimed_by.eq(None::<String>),
        )
    }

    /// Records an attempt's outcome, only under `worker`'s own claim (a message cancelled, released or
    /// taken over by another worker meanwhile is left as it is).
    pub fn record(
        conn: &mut DbConnection,
        id: i32,
        worker: &str,
        attempts: i32,
        next: &Next,
        error: &str,
        now: NaiveDateTime,
    ) -> QueryResult<()> {
        let row = Self::claimed_by(worker).filter(outbox::id.eq(id));
        let (status, at, sent_at) = match next {
            Next::Sent => (OutboxStatus::Sent, now, Some(now)),
            Next::Retry(at) => (OutboxStatus::Queued, *at, None),
            Next::Failed => (OutboxStatus::Failed, now, None),
        };
        diesel::update(row)
            .set((
                outbox::status.eq(status),
                outbox::attempts.eq(attempts),
                outbox::next_attempt_at.eq(at),
                outbox::last_error.eq(error),
                outbox::sent_at.eq(sent_at),
                outbox::claimed_by.eq(None::<String>),
            ))
            .execute(conn)
            .map(drop)
    }

    /// Sends a message again now, with ten fresh tries (a failed or cancelled one, or a sent one the
    /// trainee lost).
    pub fn retry(conn: &mut DbConnection, id: i32, now: NaiveDateTime) -> QueryResult<()> {
        diesel::update(
            outbox::table
                .filter(outbox::id.eq(id))
                .filter(outbox::status.ne(OutboxStatus::Sending)),
        )
        .set(Self::fresh(now))
        .execute(conn)
        .and_then(touched)
    }

    /// Cancels a message not yet sent.
    pub fn cancel(conn: &mut DbConnection, id: i32) -> QueryResult<()> {
        diesel::update(
            outbox::table
                .filter(outbox::id.eq(id))
                .filter(outbox::status.eq_any([OutboxStatus::Queued, OutboxStatus::Failed])),
        )
        .set(outbox::status.eq(OutboxStatus::Cancelled))
        .execute(conn)
        .and_then(touched)
    }

    pub fn find(conn: &mut DbConnection, id: i32) -> QueryResult<OutboxMessage> {
        outbox::table
            .find(id)
            .select(OutboxMessage::as_select())
            .first(conn)
    }

    /// The newest messages first, of these cohorts (`None`: every message), in one state or any.
    pub fn lines(
        conn: &mut DbConnection,
        cohorts: Option<&[CohortId]>,
        status: Option<OutboxStatus>,
        limit: i64,
    ) -> QueryResult<Vec<OutboxLine>> {
        let mut query = outbox::table
            .left_join(trainees::table)
            .order(outbox::id.desc())
            .limit(limit)
            .select((
                outbox::id,
                outbox::kind,
                outbox::cohort_id,
                outbox::recipient,
                outbox::subject,
                outbox::status,
                outbox::attempts,
                outbox::next_attempt_at,
                outbox::last_error,
                outbox::created_at,
                outbox::sent_at,
                outbox::claimed_by,
                trainees::family_name.nullable(),
                trainees::given_name.nullable(),
            ))
            .into_boxed();
        if let Some(cohorts) = cohorts {
            query = query.filter(outbox::cohort_id.eq_any(cohorts.to_vec()));
        }
        if let Some(status) = status {
            query = query.filter(outbox::status.eq(status));
        }
        query.load(conn)
    }

    /// How many messages are in each state (of one cohort, or all).
    pub fn counts(
        conn: &mut DbConnection,
        cohorts: Option<&[CohortId]>,
    ) -> QueryResult<Vec<(OutboxStatus, i64)>> {
        let mut query = outbox::table
            .group_by(outbox::status)
            .select((outbox::status, diesel::dsl::count_star()))
            .into_boxed();
        if let Some(cohorts) = cohorts {
            query = query.filter(outbox::cohort_id.eq_any(cohorts.to_vec()));
        }
        query.load(conn)
    }
}
