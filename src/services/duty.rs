//! A course's duty contacts: read for trainees' pages and e-mails, saved from the organizers' form with
//! an audit entry per day changed.

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::audit::{AuditObject, FieldChange};
use crate::domain::duty::{DutyContact, DutyRoster};
use crate::domain::ids::CohortId;
use crate::error::AppResult;
use crate::models::cohort::Cohort;
use crate::models::duty_contact;
use crate::services::audit::{self, Subject};

pub use crate::models::duty_contact::roster;

/// The course's duty contacts as one thing edited (by `editing::save`).
pub fn object(cohort: CohortId) -> (AuditObject, i32) {
    (AuditObject::Duty, cohort.0)
}

/// What the log is about: the course's duty contacts.
fn subject(cohort: &Cohort) -> Subject {
    Subject {
        object: AuditObject::Duty,
        id: cohort.id.0,
        cohort: Some(cohort.id),
        label: cohort.name.clone(),
    }
}

/// Makes `contacts` the own contacts of the course's days (a day among them absent has none), logging
/// each day changed as a field named by its date.
pub fn save(
    conn: &mut DbConnection,
    cohort: &Cohort,
    contacts: &[DutyContact],
    now: NaiveDateTime,
) -> AppResult<()> {
    let before = roster(conn, cohort.id)?;
    let after = DutyRoster::new(contacts.to_vec());
    let mut changes = Vec::new();
    for day in cohort.days() {
        let (old, new) = (before.own(day), after.own(day));
        if old != new {
            duty_contact::set(conn, cohort.id, day, new)?;
            changes.push(FieldChange {
                field: day.to_string(),
                before: old.map(DutyContact::line).unwrap_or_default(),
                after: new.map(DutyContact::line).unwrap_or_default(),
            });
        }
    }
    audit::changes(conn, now, &subject(cohort), changes)?;
    Ok(())
}
