//! Saving an edit form safely when two people edit the same thing.
//!
//! A form carries the version of what it edits as it was loaded: the id of the newest audit-log entry
//! creating or changing it (every save logs what it changed, in the same transaction). A save checks that
//! version under a lock on the object: when someone else saved meanwhile, nothing is written and the form
//! comes back (409) with its input and what they changed, at the new version, so that saving it again
//! puts its values on top. A save that changes nothing logs nothing, and is then undone whole, so that it
//! writes nothing at all (no `updated_at`, no session revision, no calendar `SEQUENCE`).

use std::collections::BTreeMap;

use crate::db::DbConnection;
use crate::domain::audit::AuditObject;
use crate::error::{AppError, AppResult};
use crate::form_errors::{ChangedField, Conflict, FormErrors};
use crate::models::audit::AuditEntry;

/// What an edit form edits: one object, or several saved together (a trainee and their enrollment).
pub type Objects = [(AuditObject, i32)];

/// The version of `objects` to put in their edit form.
pub fn version(conn: &mut DbConnection, objects: &Objects) -> AppResult<String> {
    Ok(AuditEntry::version(conn, objects)?.to_string())
}

/// The version an edit form sent back; `None` when it sent none (a client that does not load the
/// form first), which saves without the check. A version that is not a number checks against 0: anything
/// ever changed counts as changed since.
pub fn sent_version(sent: &str) -> Option<i32> {
    let sent = sent.trim();
    (!sent.is_empty()).then(|| sent.parse().unwrap_or(0))
}

/// How a save ended inside its transaction: written, refused, or without a change (undone).
enum Outcome<T> {
    Failed(AppError),
    Unchanged(T),
}

impl<T> From<diesel::result::Error> for Outcome<T> {
    fn from(error: diesel::result::Error) -> Self {
        Outcome::Failed(error.into())
    }
}

/// Runs `save` on `objects` if nobody changed them since `seen` (see the module's notes); a save that
/// changed nothing is undone and still answers its value. Without `objects` (a form creating something)
/// `save` is simply written.
pub fn save<T>(
    conn: &mut DbConnection,
    objects: &Objects,
    seen: Option<i32>,
    save: impl FnOnce(&mut DbConnection) -> AppResult<T>,
) -> AppResult<T> {
    if objects.is_empty() {
        return conn.write(save);
    }
    let outcome = conn.write(|conn| {
        for (object, id) in objects {
            conn.lock_object(object.as_str(), *id)?;
        }
        let current = AuditEntry::version(conn, objects)?;
        if let Some(seen) = seen.filter(|seen| *seen < current) {
            let changed = AuditEntry::edits_since(conn, objects, seen)?;
            return Err(Outcome::Failed(AppError::Conflict(
                FormErrors::conflicting(conflict(current, &changed)),
            )));
        }
        let value = save(conn).map_err(Outcome::Failed)?;
        if AuditEntry::version(conn, objects)? == current {
            return Err(Outcome::Unchanged(value));
        }
        Ok(value)
    });
    match outcome {
        Ok(value) | Err(Outcome::Unchanged(value)) => Ok(value),
        Err(Outcome::Failed(error)) => Err(error),
    }
}

/// What the entries after a form's version changed: each field once, with its newest value and who set
/// it, in the order the fields were first changed.
fn conflict(version: i32, entries: &[AuditEntry]) -> Conflict {
    let mut order: Vec<String> = Vec::new();
    let mut newest: BTreeMap<String, ChangedField> = BTreeMap::new();
    for entry in entries {
        for change in entry.changes() {
            if !newest.contains_key(&change.field) {
                order.push(change.field.clone());
            }
            let field = ChangedField {
                object: entry.object_type.as_str(),
                field: change.field.clone(),
                value: change.after,
                by: entry.user_name.clone(),
                at: entry.at,
            };
            newest.insert(change.field, field);
        }
    }
    Conflict {
        version,
        changes: order
            .into_iter()
            .filter_map(|field| newest.remove(&field))
            .collect(),
    }
}
