//! Writing the audit log. Every service that creates, changes or deletes a commitment, allocation,
//! cohort, trainee, enrollment, session, attendance mark or account records it here, in the same
//! transaction as the change.
//!
//! Who did it: the thread that runs a change knows its actor (`acting_as`), and `write` reads it. Whoever
//! starts the work names the actor (for a web request, the logged-in user); work started outside a
//! request — the command line, the demo loader — has no actor and is logged as done by the system.

use std::cell::RefCell;

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::db::DbConnection;
use crate::domain::account::ScopeChoice;
use crate::domain::audit::{AuditAction, AuditObject, FieldChange, Fields, diff, passport_mark};
use crate::domain::ids::{CohortId, UserId};
use crate::domain::itinerary::fingerprint;
use crate::models::allocation::Allocation;
use crate::models::audit::NewEntry;
use crate::models::cohort::Cohort;
use crate::models::commitment::Commitment;
use crate::models::enrollment::RosterEntry;
use crate::models::group::CohortGroup;
use crate::models::interpreter::Interpreter;
use crate::models::session::Session;
use crate::models::speaker::Speaker;
use crate::models::trainee::Trainee;
use crate::models::user::User;
use crate::models::vehicle::Vehicle;
use crate::models::venue::Venue;
use crate::services::roster::DelegationView;

/// Who is making a change: a user, or someone without an account (a trainee checking in).
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: Option<UserId>,
    pub name: String,
}

impl Actor {
    pub fn user(user: &User) -> Actor {
        Actor {
            id: Some(user.id),
            name: user.name.clone(),
        }
    }
}

thread_local! {
    static ACTOR: RefCell<Option<Actor>> = const { RefCell::new(None) };
}

/// Runs `f` with `actor` as the one whose changes are recorded (on this thread).
///
/// The previous actor comes back when `f` returns or panics, so a worker thread never keeps a request's
/// actor for the next job.
pub fn acting_as<T>(actor: Option<Actor>, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Actor>);
    impl Drop for Restore {
        fn drop(&mut self) {
            ACTOR.with(|a| a.replace(self.0.take()));
        }
    }
    let _restore = Restore(ACTOR.with(|a| a.replace(actor)));
    f()
}

/// What a log entry is about.
pub struct Subject {
    pub object: AuditObject,
    pub id: i32,
    pub cohort: Option<CohortId>,
    /// A name to show for it ("Qingdao", "ABENOV Nurlan").
    pub label: String,
}

/// A thing whose changes are logged: what it is, and its fields as the log shows them.
pub trait Audited {
    fn subject(&self) -> Subject;
    fn fields(&self) -> Fields;
}

fn write(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    action: AuditAction,
    subject: &Subject,
    changes: Vec<FieldChange>,
) -> diesel::QueryResult<()> {
    let actor = ACTOR.with(|a| a.borrow().clone());
    NewEntry {
        at: now,
        user_id: actor.as_ref().and_then(|a| a.id),
        user_name: actor.as_ref().map_or("", |a| a.name.as_str()),
        action,
        object_type: subject.object,
        object_id: subject.id,
        cohort_id: subject.cohort,
        label: &subject.label,
        changes: serde_json::to_string(&changes).unwrap_or_default(),
    }
    .insert(conn)
}

impl Subject {
    /// The installation itself (its secret key, its stored data as a whole).
    pub fn installation() -> Subject {
        Subject {
            object: AuditObject::Installation,
            id: 0,
            cohort: None,
            label: String::new(),
        }
    }
}

/// Records a security event about `subject`, with its details (each a field's translation key and value).
pub fn event(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    action: AuditAction,
    subject: &Subject,
    details: Vec<(&'static str, String)>,
) -> diesel::QueryResult<()> {
    let changes = diff(&Vec::new(), &details);
    write(conn, now, action, subject, changes)
}

/// Records that a file with the passport numbers of a cohort's `count` trainees left the system.
pub fn passports_exported(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    cohort: &Cohort,
    count: usize,
) -> diesel::QueryResult<()> {
    let details = vec![("audit-field-passports", count.to_string())];
    event(
        conn,
        now,
        AuditAction::PassportsExported,
        &cohort.subject(),
        details,
    )
}

/// Records that `thing` was created, with all its fields.
pub fn created(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    thing: &impl Audited,
) -> diesel::QueryResult<()> {
    let changes = diff(&Vec::new(), &thing.fields());
    write(conn, now, AuditAction::Create, &thing.subject(), changes)
}

/// Records what changed between `before` and `after`; nothing when nothing did.
pub fn updated<T: Audited>(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    before: &T,
    after: &T,
) -> diesel::QueryResult<()> {
    let changed = diff(&before.fields(), &after.fields());
    changes(conn, now, &after.subject(), changed)
}

/// Records changes already worked out (a roll call's marks, named by trainee); nothing when empty.
pub fn changes(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    subject: &Subject,
    changes: Vec<FieldChange>,
) -> diesel::QueryResult<()> {
    if changes.is_empty() {
        return Ok(());
    }
    write(conn, now, AuditAction::Update, subject, changes)
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn minutes(at: &Option<NaiveDateTime>) -> String {
    at.map(|at| at.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

impl Audited for Commitment {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Commitment,
            id: self.id.0,
            cohort: None,
            label: self.name.clone(),
        }
    }

    fn fields(&self) -> Fields {
        vec![
            ("audit-field-name", self.name.clone()),
            ("audit-field-description", self.description.clone()),
            ("audit-field-places", self.places.to_string()),
            ("audit-field-starts_on", self.starts_on.to_string()),
            ("audit-field-ends_on", self.ends_on.to_string()),
            ("audit-field-archived", minutes(&self.archived_at)),
        ]
    }
}

/// An allocation with its yearly targets, as "2023: 70, 2024: 65".
pub struct AllocationRecord<'a> {
    pub allocation: &'a Allocation,
    pub targets: String,
}

impl Audited for AllocationRecord<'_> {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Allocation,
            id: self.allocation.id.0,
            cohort: None,
            label: self.allocation.host_city.clone(),
        }
    }

    fn fields(&self) -> Fields {
        vec![
            (
                "audit-field-commitment",
                self.allocation.commitment_id.to_string(),
            ),
            ("audit-field-host_city", self.allocation.host_city.clone()),
            ("audit-field-places", self.allocation.places.to_string()),
            ("audit-field-targets", self.targets.clone()),
        ]
    }
}

impl Audited for Cohort {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Cohort,
            id: self.id.0,
            cohort: Some(self.id),
            label: self.name.clone(),
        }
    }

    fn fields(&self) -> Fields {
        vec![
            ("audit-field-name", self.name.clone()),
            ("audit-field-allocation", self.allocation_id.to_string()),
            ("audit-field-venue", self.venue.clone()),
            ("audit-field-starts_on", self.starts_on.to_string()),
            ("audit-field-ends_on", self.ends_on.to_string()),
            ("audit-field-time_zone", self.time_zone.to_string()),
            ("audit-field-capacity", self.capacity.to_string()),
            ("audit-field-languages", self.languages.clone()),
            ("audit-field-status", self.status.as_str().to_owned()),
            ("audit-field-notes", self.notes.clone()),
            ("audit-field-archived", minutes(&self.archived_at)),
            (
                "audit-field-completion_threshold",
                self.completion_threshold.to_string(),
            ),
            (
                "audit-field-checkin_opens_before",
                self.checkin_opens_before.to_string(),
            ),
            (
                "audit-field-checkin_closes_after",
                self.checkin_closes_after.to_string(),
            ),
            ("audit-field-late_after", self.late_after.to_string()),
        ]
    }
}

impl Audited for Trainee {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Trainee,
            id: self.id.0,
            cohort: None,
            label: self.passport_name(),
        }
    }

    /// Passport numbers never appear: a mark made from the number's keyed digest shows that it changed.
    fn fields(&self) -> Fields {
        vec![
            ("audit-field-family_name", self.family_name.clone()),
            ("audit-field-given_name", self.given_name.clone()),
            ("audit-field-native_name", self.native_name.clone()),
            ("audit-field-gender", self.gender.as_str().to_owned()),
            ("audit-field-date_of_birth", opt(&self.date_of_birth)),
            ("audit-field-country", self.country_code.clone()),
            ("audit-field-organization", self.organization.clone()),
            ("audit-field-position", self.position.clone()),
            ("audit-field-email", opt(&self.email)),
            ("audit-field-phone", self.phone.clone()),
            ("audit-field-language", self.language.as_str().to_owned()),
            ("audit-field-dietary", self.dietary.clone()),
            ("audit-field-accessibility", self.accessibility.clone()),
            (
                "audit-field-passport_number",
                self.passport_digest
                    .as_deref()
                    .map(passport_mark)
                    .unwrap_or_default(),
            ),
            ("audit-field-passport_expiry", opt(&self.passport_expiry)),
            ("audit-field-notes", self.notes.clone()),
        ]
    }
}

impl Audited for RosterEntry {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Enrollment,
            id: self.enrollment.id.0,
            cohort: Some(self.enrollment.cohort_id),
            label: self.trainee.passport_name(),
        }
    }

    fn fields(&self) -> Fields {
        let e = &self.enrollment;
        vec![
            ("audit-field-trainee", e.trainee_id.to_string()),
            ("audit-field-status", e.status.as_str().to_owned()),
            ("audit-field-arrival_at", minutes(&e.arrival_at)),
            ("audit-field-arrival_flight", e.arrival_flight.clone()),
            ("audit-field-arrival_airport", e.arrival_airport.clone()),
            ("audit-field-departure_at", minutes(&e.departure_at)),
            ("audit-field-departure_flight", e.departure_flight.clone()),
            ("audit-field-departure_airport", e.departure_airport.clone()),
            ("audit-field-hotel", e.hotel.clone()),
            ("audit-field-room", e.room.clone()),
        ]
    }
}

/// A thing of no cohort's (a venue, speaker, interpreter) named `label`.
fn shared(object: AuditObject, id: i32, label: &str) -> Subject {
    Subject {
        object,
        id,
        cohort: None,
        label: label.to_owned(),
    }
}

impl Audited for Venue {
    fn subject(&self) -> Subject {
        shared(AuditObject::Venue, self.id.0, &self.name)
    }

    fn fields(&self) -> Fields {
        vec![
            ("audit-field-name", self.name.clone()),
            ("audit-field-address", self.address.clone()),
            ("audit-field-kind", self.kind.as_str().to_owned()),
            ("audit-field-capacity", opt(&self.capacity)),
            ("audit-field-map_link", self.map_link.clone()),
        ]
    }
}

impl Audited for Speaker {
    fn subject(&self) -> Subject {
        shared(AuditObject::Speaker, self.id.0, &self.name)
    }

    fn fields(&self) -> Fields {
        vec![
            ("audit-field-name", self.name.clone()),
            ("audit-field-title", self.title.clone()),
            ("audit-field-organization", self.organization.clone()),
            ("audit-field-email", self.email.clone()),
            ("audit-field-phone", self.phone.clone()),
            ("audit-field-languages", self.languages.clone()),
        ]
    }
}

impl Audited for Interpreter {
    fn subject(&self) -> Subject {
        shared(AuditObject::Interpreter, self.id.0, &self.name)
    }

    fn fields(&self) -> Fields {
        vec![
            ("audit-field-name", self.name.clone()),
            ("audit-field-interpretation", self.language_pairs.clone()),
            ("audit-field-contact", self.contact.clone()),
        ]
    }
}

impl Audited for Vehicle {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Vehicle,
            id: self.id.0,
            cohort: self.cohort_id,
            label: self.name.clone(),
        }
    }

    fn fields(&self) -> Fields {
        vec![
            ("audit-field-name", self.name.clone()),
            ("audit-field-seats", self.seats.to_string()),
            ("audit-field-driver_contact", self.driver_contact.clone()),
            ("audit-field-shared", self.cohort_id.is_none().to_string()),
        ]
    }
}

impl Audited for DelegationView {
    fn subject(&self) -> Subject {
        let d = &self.delegation;
        Subject {
            object: AuditObject::Delegation,
            id: d.id.0,
            cohort: Some(d.cohort_id),
            label: d.country_code.clone(),
        }
    }

    fn fields(&self) -> Fields {
        let d = &self.delegation;
        let leader = self.leader().map(|l| l.passport_name()).unwrap_or_default();
        vec![
            ("audit-field-leader", leader),
            ("audit-field-focal_name", d.focal_name.clone()),
            ("audit-field-focal_email", d.focal_email.clone()),
            ("audit-field-focal_phone", d.focal_phone.clone()),
        ]
    }
}

/// A group with its members' names.
pub struct GroupRecord {
    pub group: CohortGroup,
    pub members: Vec<String>,
}

impl Audited for GroupRecord {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Group,
            id: self.group.id.0,
            cohort: Some(self.group.cohort_id),
            label: self.group.name.clone(),
        }
    }

    fn fields(&self) -> Fields {
        vec![
            ("audit-field-name", self.group.name.clone()),
            ("audit-field-members", self.members.join(", ")),
        ]
    }
}

/// A session with its cohort's clock, so that times read as the timetable shows them, and what it uses
/// by name (its venue, speakers, interpreters, buses, groups and delegations).
pub struct SessionRecord<'a> {
    pub session: &'a Session,
    pub zone: Tz,
    pub uses: Fields,
}

impl Audited for SessionRecord<'_> {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::Session,
            id: self.session.id.0,
            cohort: Some(self.session.cohort_id),
            label: self.session.title.clone(),
        }
    }

    fn fields(&self) -> Fields {
        let s = self.session;
        let local = |at: NaiveDateTime| {
            self.zone
                .from_utc_datetime(&at)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        };
        let mut fields = vec![
            ("audit-field-title", s.title.clone()),
            ("audit-field-kind", s.kind.as_str().to_owned()),
            ("audit-field-theme", s.theme.as_str().to_owned()),
            ("audit-field-starts_at", local(s.starts_at)),
            ("audit-field-ends_at", local(s.ends_at)),
            ("audit-field-room", s.room.clone()),
            ("audit-field-status", s.status.as_str().to_owned()),
            ("audit-field-description", s.description.clone()),
            ("audit-field-host_organization", s.host_organization.clone()),
            ("audit-field-address", s.address.clone()),
            ("audit-field-departure_point", s.departure_point.clone()),
            (
                "audit-field-departs_at",
                s.departs_at.map(local).unwrap_or_default(),
            ),
            (
                "audit-field-returns_at",
                s.returns_at.map(local).unwrap_or_default(),
            ),
            ("audit-field-languages", s.languages.clone()),
            ("audit-field-interpretation", s.interpretation.clone()),
            ("audit-field-host_contact", s.host_contact.clone()),
            ("audit-field-what_to_bring", s.what_to_bring.clone()),
            ("audit-field-materials_link", s.materials_link.clone()),
            (
                "audit-field-original_lang",
                s.original_lang.as_str().to_owned(),
            ),
        ];
        fields.extend(self.uses.iter().cloned());
        fields
    }
}

impl Audited for User {
    fn subject(&self) -> Subject {
        Subject {
            object: AuditObject::User,
            id: self.id.0,
            cohort: None,
            label: self.name.clone(),
        }
    }

    /// Never the password: whether one is set, with a short fingerprint of its hash that changes when
    /// the password does.
    fn fields(&self) -> Fields {
        let password = self.password_hash.as_deref().map_or(String::new(), |hash| {
            format!("•••••• ({})", &fingerprint(hash.as_bytes())[..6])
        });
        vec![
            ("audit-field-email", self.email.clone()),
            ("audit-field-name", self.name.clone()),
            ("audit-field-role", self.role.as_str().to_owned()),
            ("audit-field-scope", ScopeChoice::of(self.scope()).value()),
            ("audit-field-password", password),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> Option<String> {
        ACTOR.with(|a| a.borrow().as_ref().map(|a| a.name.clone()))
    }

    fn actor(name: &str) -> Option<Actor> {
        Some(Actor {
            id: None,
            name: name.to_owned(),
        })
    }

    #[test]
    fn the_previous_actor_comes_back_even_when_the_work_panics() {
        acting_as(actor("outer"), || {
            let inner = std::panic::catch_unwind(|| {
                acting_as(actor("inner"), || {
                    assert_eq!(current().as_deref(), Some("inner"));
                    panic!("the work failed");
                })
            });
            assert!(inner.is_err());
            assert_eq!(current().as_deref(), Some("outer"));
        });
        assert_eq!(current(), None);
    }
}
