//! Whether the installation works: the database answers a read and takes a write (a heartbeat row in
//! the settings), and how long the oldest e-mail due has been waiting. `/health` and start-up ask here.

use chrono::NaiveDateTime;
use diesel::connection::SimpleConnection;
use serde::Serialize;

use crate::db::DbConnection;
use crate::domain::outbox::OutboxStatus;
use crate::models::outbox::OutboxMessage;
use crate::models::setting::Setting;

/// The settings row written by every check.
const HEARTBEAT: &str = "heartbeat";

/// What a check found: `None` where all is well, the database's own words where not.
#[derive(Debug, Serialize)]
pub struct Health {
    pub read: Option<String>,
    pub write: Option<String>,
    pub outbox: Option<Outbox>,
}

/// The outbox as a monitor wants it.
#[derive(Debug, Serialize)]
pub struct Outbox {
    /// Messages waiting to be sent or being sent.
    pub waiting: i64,
    pub failed: i64,
    /// How long the longest-waiting message that is due has waited, in seconds (0 when none is due).
    pub oldest_due_seconds: i64,
}

impl Health {
    /// The first problem, in one line.
    pub fn problem(&self) -> Option<String> {
        let read = self
            .read
            .as_ref()
            .map(|e| format!("database read failed: {e}"));
        read.or_else(|| {
            self.write
                .as_ref()
                .map(|e| format!("database write failed: {e}"))
        })
    }
}

/// Writes the heartbeat: whether the database takes a write now.
pub fn heartbeat(conn: &mut DbConnection, now: NaiveDateTime) -> Result<(), String> {
    Setting::set(conn, HEARTBEAT, &now.and_utc().to_rfc3339()).map_err(|e| e.to_string())
}

/// Reads, writes the heartbeat and looks at the outbox.
pub fn check(conn: &mut DbConnection, now: NaiveDateTime) -> Health {
    let read = conn.batch_execute("SELECT 1").err().map(|e| e.to_string());
    let write = match read {
        Some(_) => None,
        None => heartbeat(conn, now).err(),
    };
    let outbox = read.is_none().then(|| outbox(conn, now).ok()).flatten();
    Health {
        read,
        write,
        outbox,
    }
}

fn outbox(conn: &mut DbConnection, now: NaiveDateTime) -> diesel::QueryResult<Outbox> {
    let counts = OutboxMessage::counts(conn, None)?;
    let count = |wanted: &[OutboxStatus]| {
        counts
            .iter()
            .filter(|(status, _)| wanted.contains(status))
            .map(|(_, n)| n)
            .sum()
    };
    let oldest = OutboxMessage::oldest_due(conn, now)?;
    Ok(Outbox {
        waiting: count(&[OutboxStatus::Queued, OutboxStatus::Sending]),
        failed: count(&[OutboxStatus::Failed]),
        oldest_due_seconds: oldest.map_or(0, |at| (now - at).num_seconds().max(0)),
    })
}
