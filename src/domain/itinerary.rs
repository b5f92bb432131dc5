//! A trainee's itinerary as it was sent, and what changed since: the record behind "your schedule changed"
//! e-mails. Everything here is compared without a database.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::domain::ids::{SessionId, hex};

/// One session of an itinerary, as the trainee read it: what a change notice compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub session: SessionId,
    pub title: String,
    pub date: NaiveDate,
    pub start: String,
    pub end: String,
    pub place: String,
    /// "08:00 · Hotel lobby" for a bus, else empty.
    pub bus: String,
    pub cancelled: bool,
}

impl Entry {
    /// "Mon 12 Jun 09:00–10:30", the day as the reader's language writes it.
    pub fn when(&self, date: impl Fn(NaiveDate) -> String) -> String {
        format!("{} {}–{}", date(self.date), self.start, self.end)
    }
}

/// A whole itinerary, in order, with a digest that changes when anything a trainee reads changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snapshot {
    pub entries: Vec<Entry>,
}

impl Snapshot {
    /// A short fingerprint of the content, used in idempotency keys and to find out-of-date itineraries.
    pub fn digest(&self) -> String {
        fingerprint(&serde_json::to_vec(&self.entries).unwrap_or_default())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.entries).unwrap_or_default()
    }

    /// A snapshot as stored; an unreadable one counts as empty (every session then reads as new).
    pub fn from_json(text: &str) -> Snapshot {
        Snapshot {
            entries: serde_json::from_str(text).unwrap_or_default(),
        }
    }
}

/// A short fingerprint of some content (96 bits of its SHA-256), for versions and idempotency keys.
pub fn fingerprint(content: &[u8]) -> String {
    hex(&Sha256::digest(content)[..12])
}

/// One difference between the itinerary sent and the one now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added(Entry),
    /// Taken out of the trainee's itinerary (deleted, or moved to other groups).
    Removed(Entry),
    Cancelled(Entry),
    /// The same session with a different time, place, bus or title.
    Moved {
        before: Entry,
        after: Entry,
    },
}

impl Change {
    pub fn entry(&self) -> &Entry {
        match self {
            Change::Added(e) | Change::Removed(e) | Change::Cancelled(e) => e,
            Change::Moved { after, .. } => after,
        }
    }
}

/// What changed between two itineraries, in the order of the new one (removed sessions where they were).
pub fn changes(sent: &Snapshot, now: &Snapshot) -> Vec<Change> {
    let mut found = Vec::new();
    for after in &now.entries {
        match sent.entries.iter().find(|e| e.session == after.session) {
            None => found.push(Change::Added(after.clone())),
            Some(before) if before == after => {}
            Some(before) if after.cancelled && !before.cancelled => {
                found.push(Change::Cancelled(after.clone()));
            }
            Some(before) => found.push(Change::Moved {
                before: before.clone(),
                after: after.clone(),
            }),
        }
    }
    for before in &sent.entries {
        if !now.entries.iter().any(|e| e.session == before.session) {
            found.push(Change::Removed(before.clone()));
        }
    }
    found.sort_by(|a, b| {
        let (a, b) = (a.entry(), b.entry());
        (a.date, &a.start).cmp(&(b.date, &b.start))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(session: i32, day: u32, start: &str) -> Entry {
        Entry {
            session: SessionId(session),
            title: format!("Session {session}"),
            date: NaiveDate::from_ymd_opt(2023, 6, day).unwrap(),
            start: start.into(),
            end: "12:00".into(),
            place: "Hall".into(),
            bus: String::new(),
            cancelled: false,
        }
    }

    fn snapshot(entries: Vec<Entry>) -> Snapshot {
        Snapshot { entries }
    }

    #[test]
    fn an_unchanged_itinerary_has_no_changes_and_the_same_digest() {
        let a = snapshot(vec![entry(1, 12, "09:00"), entry(2, 13, "09:00")]);
        assert!(changes(&a, &a.clone()).is_empty());
        assert_eq!(a.digest(), a.clone().digest());
        assert_eq!(Snapshot::from_json(&a.to_json()), a);
    }

    #[test]
    fn each_kind_of_change_is_named_once_in_time_order() {
        let sent = snapshot(vec![
            entry(1, 12, "09:00"),
            entry(2, 13, "09:00"),
            entry(3, 14, "09:00"),
        ]);
        let mut cancelled = entry(3, 14, "09:00");
        cancelled.cancelled = true;
        let now = snapshot(vec![
            entry(2, 13, "10:00"),
            cancelled.clone(),
            entry(4, 15, "09:00"),
        ]);
        assert_ne!(sent.digest(), now.digest());
        assert_eq!(
            changes(&sent, &now),
            vec![
                Change::Removed(entry(1, 12, "09:00")),
                Change::Moved {
                    before: entry(2, 13, "09:00"),
                    after: entry(2, 13, "10:00")
                },
                Change::Cancelled(cancelled),
                Change::Added(entry(4, 15, "09:00")),
            ]
        );
    }

    #[test]
    fn ten_edits_of_one_session_make_one_change() {
        let sent = snapshot(vec![entry(1, 12, "09:00")]);
        let mut now = entry(1, 12, "09:00");
        for minute in 1..=10 {
            now.start = format!("09:{minute:02}");
            now.place = format!("Room {minute}");
        }
        let found = changes(&sent, &snapshot(vec![now.clone()]));
        assert_eq!(
            found,
            vec![Change::Moved {
                before: entry(1, 12, "09:00"),
                after: now
            }]
        );
    }
}
