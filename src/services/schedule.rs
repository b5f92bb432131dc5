//! Changing a cohort's timetable: saving a session with every clash caught (across all cohorts) and its
//! warnings offered for confirmation, and cancelling one. Who attends a session (`Audience`) and the
//! names behind every id (`Directory`) are read here for the rules, and shared with the reading side
//! (`crate::services::timetable`).

use std::collections::{HashMap, HashSet};

use chrono::{Days, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use crate::db::DbConnection;
use crate::domain::audit::Fields;
use crate::domain::ids::{
    CohortId, DelegationId, GroupId, InterpreterId, SessionId, SpeakerId, TraineeId, VehicleId,
    VenueId,
};
use crate::domain::schedule::clash::{
    Attendees, Booking, Resource, SESSION_MAX, Slot, Warning, clashes, seats_short, warnings,
};
use crate::domain::schedule::form::{NewResources, SessionDraft};
use crate::domain::schedule::kinds::{SessionKind, SessionStatus};
use crate::domain::time::{clock, local_day};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::cohort::Cohort;
use crate::models::delegation::Delegation;
use crate::models::enrollment::{Enrollment, RosterLine};
use crate::models::group::CohortGroup;
use crate::models::interpreter::{Interpreter, InterpreterFields};
use crate::models::session::{Session, SessionFields, SessionInCohort, SessionLinks};
use crate::models::setting::Setting;
use crate::models::speaker::{Speaker, SpeakerFields};
use crate::models::vehicle::{Vehicle, VehicleFields};
use crate::models::venue::{Venue, VenueFields};
use crate::services::audit::{self, SessionRecord};

/// The key of the row whose lock serialises saving sessions (see the `schedule_lock` migration).
const SCHEDULE_LOCK: &str = "schedule_lock";

/// Who is in a cohort, by group and by delegation, for working out who attends a session.
pub struct Audience {
    cohort: CohortId,
    groups: HashMap<GroupId, HashSet<TraineeId>>,
    delegations: HashMap<DelegationId, HashSet<TraineeId>>,
    /// Trainees who will be there (not withdrawn, not a no-show).
    present: HashSet<TraineeId>,
}

impl Audience {
    /// The cohort's trainees, with the members of the groups and delegations in `directory`.
    pub fn load(
        conn: &mut DbConnection,
        cohort: CohortId,
        directory: &Directory,
    ) -> AppResult<Audience> {
        let lines = Enrollment::roster_lines(conn, cohort)?;
        Self::of_roster(conn, cohort, directory, &lines)
    }

    /// The same, from the cohort's roster lines already read.
    pub fn of_roster(
        conn: &mut DbConnection,
        cohort: CohortId,
        directory: &Directory,
        lines: &[RosterLine],
    ) -> AppResult<Audience> {
        let present: HashSet<TraineeId> = lines
            .iter()
            .filter(|l| l.status.takes_part())
            .map(|l| l.trainee_id)
            .collect();
        let mut groups: HashMap<GroupId, HashSet<TraineeId>> = directory
            .groups
            .keys()
            .map(|id| (*id, HashSet::new()))
            .collect();
        for (group, trainee) in CohortGroup::memberships(conn, cohort)? {
            groups.entry(group).or_default().insert(trainee);
        }
        let delegations = directory
            .delegations
            .iter()
            .map(|(id, country)| {
                let members = lines
                    .iter()
                    .filter(|l| l.country_code == *country)
                    .map(|l| l.trainee_id)
                    .collect();
                (*id, members)
            })
            .collect();
        Ok(Audience {
            cohort,
            groups,
            delegations,
            present,
        })
    }

    /// Who attends a session for these groups and delegations (none: the whole cohort).
    pub fn attendees(&self, groups: &[GroupId], delegations: &[DelegationId]) -> Attendees {
        if groups.is_empty() && delegations.is_empty() {
            return Attendees::Cohort(self.cohort);
        }
        let members = groups
            .iter()
            .filter_map(|g| self.groups.get(g))
            .chain(delegations.iter().filter_map(|d| self.delegations.get(d)))
            .flatten()
            .copied()
            .collect();
        Attendees::Some(self.cohort, members)
    }

    /// How many will be there.
    pub fn count(&self, attendees: &Attendees) -> usize {
        match attendees {
            Attendees::Cohort(_) => self.present.len(),
            Attendees::Some(_, members) => members.intersection(&self.present).count(),
        }
    }

    /// Whether `trainee` is expected among `attendees`: in the audience and not withdrawn or a no-show.
    pub fn expects(&self, attendees: &Attendees, trainee: TraineeId) -> bool {
        self.present.contains(&trainee)
            && match attendees {
                Attendees::Cohort(_) => true,
                Attendees::Some(_, members) => members.contains(&trainee),
            }
    }

    fn has_group(&self, id: &GroupId) -> bool {
        self.groups.contains_key(id)
    }

    fn has_delegation(&self, id: &DelegationId) -> bool {
        self.delegations.contains_key(id)
    }
}

/// A saved session as a booking; `audience` is its cohort's (other cohorts' sessions never meet ours).
fn booking_of(session: &Session, links: &SessionLinks, audience: Option<&Audience>) -> Booking {
    Booking {
        session: Some(session.id),
        kind: session.kind,
        slot: Slot {
            start: session.starts_at,
            end: session.ends_at,
        },
        returns_at: session.returns_at,
        speakers: links.speakers.clone(),
        venue: session.venue_id,
        interpreters: links.interpreters.clone(),
        vehicles: links.vehicles.clone(),
        attendees: match audience {
            Some(audience) => audience.attendees(&links.groups, &links.delegations),
            None => Attendees::Cohort(session.cohort_id),
        },
    }
}

fn draft_booking(draft: &SessionDraft, editing: Option<SessionId>, audience: &Audience) -> Booking {
    Booking {
        session: editing,
        kind: draft.kind,
        slot: draft.slot,
        returns_at: draft.returns_at,
        speakers: draft.speakers.clone(),
        venue: draft.venue,
        interpreters: draft.interpreters.clone(),
        vehicles: draft.vehicles.clone(),
        attendees: audience.attendees(&draft.groups, &draft.delegations),
    }
}

/// Names for the ids a cohort's sessions use.
pub struct Directory {
    pub venues: HashMap<VenueId, Venue>,
    pub speakers: HashMap<SpeakerId, Speaker>,
    pub interpreters: HashMap<InterpreterId, Interpreter>,
    pub vehicles: HashMap<VehicleId, Vehicle>,
    pub groups: HashMap<GroupId, CohortGroup>,
    /// Delegations with their country's code.
    pub delegations: HashMap<DelegationId, String>,
}

impl Directory {
    /// The shared resources, and the cohort's own vehicles, groups and delegations.
    pub fn load(conn: &mut DbConnection, cohort: CohortId) -> AppResult<Directory> {
        Ok(Directory {
            venues: Venue::all(conn)?.into_iter().map(|v| (v.id, v)).collect(),
            speakers: Speaker::all(conn)?.into_iter().map(|s| (s.id, s)).collect(),
            interpreters: Interpreter::all(conn)?
                .into_iter()
                .map(|i| (i.id, i))
                .collect(),
            vehicles: Vehicle::for_cohort(conn, cohort)?
                .into_iter()
                .map(|v| (v.id, v))
                .collect(),
            groups: CohortGroup::for_cohort(conn, cohort)?
                .into_iter()
                .map(|g| (g.id, g))
                .collect(),
            delegations: Delegation::list_for_cohort(conn, cohort)?
                .into_iter()
                .map(|d| (d.id, d.country_code))
                .collect(),
        })
    }

    fn speaker(&self, id: &SpeakerId) -> String {
        self.speakers
            .get(id)
            .map(|s| s.name.clone())
            .unwrap_or_default()
    }

    /// An interpreter's name (nothing for an unknown id).
    pub fn interpreter(&self, id: &InterpreterId) -> String {
        self.interpreters
            .get(id)
            .map(|i| i.name.clone())
            .unwrap_or_default()
    }

    fn venue(&self, id: &VenueId) -> String {
        self.venues
            .get(id)
            .map(|v| v.name.clone())
            .unwrap_or_default()
    }

    fn vehicle(&self, id: &VehicleId) -> String {
        self.vehicles
            .get(id)
            .map(|v| v.name.clone())
            .unwrap_or_default()
    }
}

/// What went wrong, field by field, with the ids a draft refers to.
fn check_ids(
    draft: &SessionDraft,
    directory: &Directory,
    audience: &Audience,
    errors: &mut FormErrors,
) {
    let unknown = || Msg::new("error-choose-one");
    if draft
        .venue
        .is_some_and(|v| !directory.venues.contains_key(&v))
    {
        errors.add("venue", unknown());
    }
    if draft
        .speakers
        .iter()
        .any(|s| !directory.speakers.contains_key(s))
    {
        errors.add("speakers", unknown());
    }
    if draft
        .interpreters
        .iter()
        .any(|i| !directory.interpreters.contains_key(i))
    {
        errors.add("interpreters", unknown());
    }
    if draft
        .vehicles
        .iter()
        .any(|v| !directory.vehicles.contains_key(v))
    {
        errors.add("vehicles", unknown());
    }
    if draft.groups.iter().any(|g| !audience.has_group(g)) {
        errors.add("groups", unknown());
    }
    if draft
        .delegations
        .iter()
        .any(|d| !audience.has_delegation(d))
    {
        errors.add("delegations", unknown());
    }
}

/// The message for a clash, naming both sides: who or what, where else, and when (on `zone`'s clock).
fn clash_message(
    clash: Resource,
    other: &SessionInCohort,
    directory: &Directory,
    zone: Tz,
) -> (&'static str, Msg) {
    let s = &other.session;
    let when = |msg: Msg| {
        msg.with("cohort", other.cohort_name.as_str())
            .with("title", s.title.as_str())
            .with("start", clock(s.starts_at, zone))
            .with(
                "end",
                clock(s.returns_at.unwrap_or(s.ends_at).max(s.ends_at), zone),
            )
            .with("date", local_day(s.starts_at, zone))
    };
    match clash {
        Resource::Speaker(id) => (
            "speakers",
            when(Msg::new("clash-speaker").with("name", directory.speaker(&id))),
        ),
        Resource::Venue(id) => (
            "venue",
            when(Msg::new("clash-venue").with("name", directory.venue(&id))),
        ),
        Resource::Interpreter(id) => (
            "interpreters",
            when(Msg::new("clash-interpreter").with("name", directory.interpreter(&id))),
        ),
        Resource::Vehicle(id) => (
            "vehicles",
            when(Msg::new("clash-vehicle").with("name", directory.vehicle(&id))),
        ),
        Resource::Trainees => ("groups", when(Msg::new("clash-trainees"))),
    }
}

/// Every clash of `planned`, as messages by field. Sessions in `also` (being placed in the same
/// transaction, e.g. by a clone) count as booked too.
fn find_clashes(
    conn: &mut DbConnection,
    planned: &Booking,
    audience: &Audience,
    directory: &Directory,
    zone: Tz,
    also: &[(SessionInCohort, Booking)],
) -> AppResult<Vec<(&'static str, Msg)>> {
    let candidates = Session::starting_between(
        conn,
        planned.slot.start - SESSION_MAX,
        planned
            .returns_at
            .unwrap_or(planned.slot.end)
            .max(planned.slot.end),
    )?;
    let ids: Vec<SessionId> = candidates.iter().map(|c| c.session.id).collect();
    let links = SessionLinks::load(conn, &ids)?;
    let none = SessionLinks::default();
    let mut others: Vec<&SessionInCohort> = Vec::new();
    let mut booked: Vec<Booking> = Vec::new();
    for candidate in &candidates {
        let own = (candidate.session.cohort_id == audience.cohort).then_some(audience);
        let links = links.get(&candidate.session.id).unwrap_or(&none);
        booked.push(booking_of(&candidate.session, links, own));
        others.push(candidate);
    }
    for (other, booking) in also {
        booked.push(booking.clone());
        others.push(other);
    }
    Ok(clashes(planned, &booked)
        .into_iter()
        .map(|c| clash_message(c.resource, others[c.other], directory, zone))
        .collect())
}

/// The warnings for `planned`, as messages.
fn find_warnings(
    conn: &mut DbConnection,
    planned: &Booking,
    draft: &SessionDraft,
    audience: &Audience,
    zone: Tz,
) -> AppResult<Vec<Msg>> {
    // Every UTC offset lies within a day either side of the local date.
    let (from, until) = (
        (draft.day - Days::new(1)).and_time(NaiveTime::MIN),
        (draft.day + Days::new(2)).and_time(NaiveTime::MIN),
    );
    let same_day: Vec<Session> = Session::for_cohort_between(conn, audience.cohort, from, until)?
        .into_iter()
        .filter(|s| {
            s.status != SessionStatus::Cancelled && local_day(s.starts_at, zone) == draft.day
        })
        .collect();
    let ids: Vec<SessionId> = same_day.iter().map(|s| s.id).collect();
    let links = SessionLinks::load(conn, &ids)?;
    let none = SessionLinks::default();
    let bookings: Vec<Booking> = same_day
        .iter()
        .map(|s| booking_of(s, links.get(&s.id).unwrap_or(&none), Some(audience)))
        .collect();
    let needs_interpretation =
        draft.kind == SessionKind::Lecture && !draft.interpretation.is_empty();
    Ok(warnings(planned, needs_interpretation, &bookings)
        .into_iter()
        .map(|w| match w {
            Warning::ShortReturn { other } => {
                Msg::new("warning-short-return").with("title", same_day[other].title.as_str())
            }
            Warning::NoInterpreter => Msg::new("warning-no-interpreter"),
            Warning::LongSession => Msg::new("warning-long-session"),
            Warning::LongDay { hours } => Msg::new("warning-long-day").with("hours", hours),
        })
        .collect())
}

/// What a session uses, by name, as its audit log entries show it.
fn uses(session: &Session, links: &SessionLinks, directory: &Directory) -> Fields {
    fn names<K: Eq + std::hash::Hash, V>(
        ids: &[K],
        map: &HashMap<K, V>,
        name: impl Fn(&V) -> &str,
    ) -> String {
        let mut names: Vec<&str> = ids.iter().filter_map(|id| map.get(id)).map(name).collect();
        names.sort_unstable();
        names.join(", ")
    }
    let venue = session
        .venue_id
        .and_then(|v| directory.venues.get(&v))
        .map(|v| v.name.clone())
        .unwrap_or_default();
    vec![
        ("audit-field-venue", venue),
        (
            "audit-field-speakers",
            names(&links.speakers, &directory.speakers, |s| &s.name),
        ),
        (
            "audit-field-interpreters",
            names(&links.interpreters, &directory.interpreters, |i| &i.name),
        ),
        (
            "audit-field-vehicles",
            names(&links.vehicles, &directory.vehicles, |v| &v.name),
        ),
        (
            "audit-field-groups",
            names(&links.groups, &directory.groups, |g| &g.name),
        ),
        (
            "audit-field-delegations",
            names(&links.delegations, &directory.delegations, |d| d),
        ),
    ]
}

/// What saving a session did.
#[derive(Debug)]
pub enum Saved {
    Session(SessionId),
    /// Not saved: the warnings the organizer has not accepted yet.
    NeedsAcceptance(Vec<Msg>),
}

/// Why a session saved with new resources was undone whole.
enum Undone {
    Warned(Vec<Msg>),
    Failed(AppError),
}

impl From<diesel::result::Error> for Undone {
    fn from(error: diesel::result::Error) -> Self {
        Undone::Failed(error.into())
    }
}

/// Saves a session as `save` does after adding the venue, speaker, interpreter and bus typed into its
/// form as new (`new`, each in the audit log) and choosing them for it. Nothing is added unless the
/// session is saved: a refused form or warnings to accept undo them, so saving again adds them once.
pub fn save_with_new(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    editing: Option<SessionId>,
    draft: &SessionDraft,
    new: &NewResources,
    now: NaiveDateTime,
) -> AppResult<Saved> {
    let outcome = conn.write(|conn| {
        let mut draft = draft.clone();
        add_new(conn, cohort_id, &mut draft, new, now).map_err(Undone::Failed)?;
        match save(conn, cohort_id, editing, &draft, now) {
            Ok(Saved::NeedsAcceptance(warnings)) => Err(Undone::Warned(warnings)),
            Ok(saved) => Ok(saved),
            Err(error) => Err(Undone::Failed(error)),
        }
    });
    match outcome {
        Ok(saved) => Ok(saved),
        Err(Undone::Warned(warnings)) => Ok(Saved::NeedsAcceptance(warnings)),
        Err(Undone::Failed(error)) => Err(error),
    }
}

/// Adds the new resources and puts them in `draft`: a new venue replaces the one chosen, the others
/// join those chosen.
fn add_new(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    draft: &mut SessionDraft,
    new: &NewResources,
    now: NaiveDateTime,
) -> AppResult<()> {
    if let Some(venue) = &new.venue {
        let id = VenueFields::from_draft(venue).insert(conn, now)?;
        logged(conn, now, |conn| Venue::find(conn, id))?;
        draft.venue = Some(id);
    }
    if let Some(speaker) = &new.speaker {
        let id = SpeakerFields::from_draft(speaker).insert(conn, now)?;
        logged(conn, now, |conn| Speaker::find(conn, id))?;
        draft.speakers.push(id);
    }
    if let Some(interpreter) = &new.interpreter {
        let id = InterpreterFields::from_draft(interpreter).insert(conn, now)?;
        logged(conn, now, |conn| Interpreter::find(conn, id))?;
        draft.interpreters.push(id);
    }
    if let Some(vehicle) = &new.vehicle {
        let id = VehicleFields::from_draft(vehicle, cohort_id).insert(conn, now)?;
        logged(conn, now, |conn| Vehicle::find(conn, id))?;
        draft.vehicles.push(id);
    }
    Ok(())
}

/// Records in the audit log that the row `find` reads was added.
fn logged<R: audit::Audited>(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    find: impl FnOnce(&mut DbConnection) -> diesel::QueryResult<R>,
) -> AppResult<()> {
    let row = find(conn)?;
    Ok(audit::created(conn, now, &row)?)
}

/// Saves a session (new, or `editing`): refused with every clash by field, or — when there are warnings
/// the organizer has not accepted yet — not saved, with the warnings.
pub fn save(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    editing: Option<SessionId>,
    draft: &SessionDraft,
    now: NaiveDateTime,
) -> AppResult<Saved> {
    conn.write(|conn| {
        Setting::lock(conn, SCHEDULE_LOCK)?;
        let cohort = Cohort::find(conn, cohort_id)?.cohort;
        let before = match editing {
            Some(id) => Some(Session::find(conn, cohort_id, id)?),
            None => None,
        };
        let zone = cohort.zone();
        let directory = Directory::load(conn, cohort_id)?;
        let audience = Audience::load(conn, cohort_id, &directory)?;
        let mut errors = FormErrors::new();
        if draft.day < cohort.starts_on || draft.day > cohort.ends_on {
            errors.add(
                "day",
                Msg::new("error-outside-course")
                    .with("start", cohort.starts_on)
                    .with("end", cohort.ends_on),
            );
        }
        check_ids(draft, &directory, &audience, &mut errors);
        errors.into_result()?;

        let planned = draft_booking(draft, editing, &audience);
        if draft.status != SessionStatus::Cancelled {
            let mut errors = FormErrors::new();
            for (field, msg) in find_clashes(conn, &planned, &audience, &directory, zone, &[])? {
                errors.add(field, msg);
            }
            let attendees = audience.count(&planned.attendees);
            let venue_seats = draft
                .venue
                .and_then(|v| directory.venues.get(&v))
                .and_then(|v| v.capacity)
                .map(i64::from);
            if let Some(seats) = seats_short(attendees, venue_seats) {
                errors.add(
                    "venue",
                    Msg::new("error-venue-seats")
                        .with("seats", seats)
                        .with("count", attendees as i64),
                );
            }
            let bus_seats = (!draft.vehicles.is_empty()).then(|| {
                draft
                    .vehicles
                    .iter()
                    .filter_map(|v| directory.vehicles.get(v))
                    .map(|v| i64::from(v.seats))
                    .sum()
            });
            if let Some(seats) = seats_short(attendees, bus_seats) {
                errors.add(
                    "vehicles",
                    Msg::new("error-vehicle-seats")
                        .with("seats", seats)
                        .with("count", attendees as i64),
                );
            }
            errors.into_result()?;
            let warnings = find_warnings(conn, &planned, draft, &audience, zone)?;
            if !warnings.is_empty() && !draft.accept_warnings {
                return Ok(Saved::NeedsAcceptance(warnings));
            }
        }

        let fields = SessionFields::from_draft(draft, cohort_id, now);
        let id = match editing {
            Some(id) => {
                fields.update(conn, id)?;
                id
            }
            None => fields.insert(conn)?,
        };
        let links_before = match editing {
            Some(id) => SessionLinks::load(conn, &[id])?.remove(&id),
            None => None,
        }
        .unwrap_or_default();
        let links = SessionLinks::from_draft(draft);
        links.save(conn, id)?;
        let after = Session::find(conn, cohort_id, id)?;
        let record = |session, links| SessionRecord {
            session,
            zone,
            uses: uses(session, links, &directory),
        };
        match &before {
            Some(before) => audit::updated(
                conn,
                now,
                &record(before, &links_before),
                &record(&after, &links),
            )?,
            None => audit::created(conn, now, &record(&after, &links))?,
        }
        Ok(Saved::Session(id))
    })
}

/// Cancels a session (it stays on the timetable, struck through, and books nothing).
pub fn cancel(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    id: SessionId,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        let session = Session::find(conn, cohort_id, id)?;
        if session.status == SessionStatus::Cancelled {
            return Ok(());
        }
        Session::set_status(conn, id, SessionStatus::Cancelled, now)?;
        let zone = Cohort::find(conn, cohort_id)?.cohort.zone();
        let after = Session::find(conn, cohort_id, id)?;
        let record = |session| SessionRecord {
            session,
            zone,
            uses: Vec::new(),
        };
        audit::updated(conn, now, &record(&session), &record(&after))?;
        Ok(())
    })
}
