//! A trainee's itinerary: their sessions (the whole cohort's, their groups' and their delegation's) on the
//! cohort's clock, their travel and lodging, contacts and attendance; opened by a secret personal link, and
//! written out as a calendar feed and as the snapshot that change notices compare against.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use diesel::OptionalExtension;
use rand::RngCore;

use crate::db::DbConnection;
use crate::domain::attendance::{Mark, Tally};
use crate::domain::audit::AuditAction;
use crate::domain::calendar::{Calendar, Event, EventStatus};
use crate::domain::duty::{DutyContact, DutyRoster};
use crate::domain::ids::{CohortId, EnrollmentId, SessionId, TraineeId, hex};
use crate::domain::itinerary::{Change, Entry, Snapshot};
use crate::domain::schedule::kinds::SessionStatus;
use crate::domain::time::{clock, local_day, utc_offset};
use crate::domain::translation::ReadingOrder;
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::models::cohort::Cohort;
use crate::models::delegation::Delegation;
use crate::models::duty_contact;
use crate::models::enrollment::{Enrollment, RosterEntry};
use crate::models::itinerary::marks_of;
use crate::services::audit::{self, Audited};
use crate::services::cache::Cache;
use crate::services::timetable::{SessionView, Timetable, TimetableCache};

/// Bytes of randomness in a personal link's token (128 bits).
const TOKEN_BYTES: usize = 16;

/// A fresh token for a personal link: 128 random bits as 32 lowercase hex digits.
pub fn new_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Whether `text` could be a token at all (a cheap check before asking the database).
fn looks_like_token(text: &str) -> bool {
    text.len() == TOKEN_BYTES * 2 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// What an organizer does to a trainee's personal link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkChange {
    /// A new link; the old one, if any, stops working.
    Issue,
    /// No link: the old one answers "not found" from now on.
    Revoke,
}

/// Issues or revokes the personal link of a trainee of a cohort.
pub fn change_link(
    conn: &mut DbConnection,
    cohort: CohortId,
    trainee: TraineeId,
    change: LinkChange,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<()> {
    let entry = Enrollment::find(conn, cohort, trainee)?;
    let token = (change == LinkChange::Issue).then(new_token);
    Enrollment::set_itinerary_token(conn, entry.enrollment.id, token.as_deref(), vault)?;
    let action = match change {
        LinkChange::Issue => AuditAction::LinkIssued,
        LinkChange::Revoke => AuditAction::LinkRevoked,
    };
    audit::event(conn, now, action, &entry.subject(), Vec::new())?;
    Ok(())
}

/// A trainee's token, issued now if they have none (itinerary e-mails need one).
pub fn token_of(
    conn: &mut DbConnection,
    entry: &mut RosterEntry,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<String> {
    if let Some(token) = entry.enrollment.personal_token(vault)? {
        return Ok(token);
    }
    let token = new_token();
    Enrollment::set_itinerary_token(conn, entry.enrollment.id, Some(&token), vault)?;
    audit::event(
        conn,
        now,
        AuditAction::LinkIssued,
        &entry.subject(),
        Vec::new(),
    )?;
    entry.enrollment =
        Enrollment::find(conn, entry.enrollment.cohort_id, entry.trainee.id)?.enrollment;
    Ok(token)
}

/// Calendar feeds kept in memory. Trainees of one delegation and groups read the same feed, so a feed is
/// kept per cohort, timetable version, country, groups and language.
pub struct FeedCache(Cache<FeedKey, Arc<String>>);

impl Default for FeedCache {
    fn default() -> Self {
        Self(Cache::new(CACHED_FEEDS))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct FeedKey {
    cohort: CohortId,
    version: (NaiveDateTime, i32),
    country: String,
    groups: Vec<String>,
    lang: Lang,
}

/// Feeds kept at most (old timetable versions are the first to make room).
const CACHED_FEEDS: usize = 1_000;

impl FeedCache {
    /// The trainee's calendar (`.ics`) behind a personal link, in their language.
    pub fn feed(
        &self,
        conn: &mut DbConnection,
        timetables: &TimetableCache,
        token: &str,
        uid_domain: &str,
    ) -> AppResult<Arc<String>> {
        let entry = entry_by_token(conn, token)?;
        let (cohort, trainee) = (entry.enrollment.cohort_id, &entry.trainee);
        let timetable = timetables.timetable(conn, cohort)?;
        let c = &timetable.cohort.cohort;
        let key = FeedKey {
            cohort,
            version: (c.created_at, c.timetable_version),
            country: trainee.country_code.clone(),
            groups: Enrollment::groups_of(conn, cohort, trainee.id)?,
            lang: trainee.language,
        };
        if let Some(hit) = self.0.get(&key) {
            return Ok(hit);
        }
        let picks = picks(&timetable, &key.country, &key.groups);
        let it = Itinerary {
            timetable,
            entry,
            picks,
            delegation: None,
            duty: DutyRoster::default(),
            marks: HashMap::new(),
        };
        let ics = Arc::new(it.calendar(key.lang, uid_domain).to_ics());
        self.0.insert(key, ics.clone());
        Ok(ics)
    }
}

/// What a phone that opened a personal link is shown after checking in: the way back to that page.
pub struct Linked {
    /// The personal page (`/my/{token}`).
    pub programme: String,
    /// Whom to call today.
    pub duty: Option<DutyContact>,
}

/// The personal page of the link whose token has `digest` — what a phone that opened it remembers —
/// and today's duty contact, while that link holds; `None` once it was revoked or replaced.
pub fn linked(
    conn: &mut DbConnection,
    digest: &str,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<Option<Linked>> {
    let Some(entry) = Enrollment::by_link_digest(conn, digest).optional()? else {
        return Ok(None);
    };
    let Some(token) = entry.enrollment.personal_token(vault)? else {
        return Ok(None);
    };
    let cohort = entry.enrollment.cohort_id;
    let today = local_day(now, Cohort::find(conn, cohort)?.cohort.zone());
    Ok(Some(Linked {
        programme: format!("/my/{token}"),
        duty: duty_contact::roster(conn, cohort)?.on(today).cloned(),
    }))
}

/// The enrollment behind a personal link; a malformed, unknown or revoked token is "not found".
pub fn entry_by_token(conn: &mut DbConnection, token: &str) -> AppResult<RosterEntry> {
    if !looks_like_token(token) {
        return Err(AppError::NotFound);
    }
    Ok(Enrollment::by_token(conn, token)?)
}

/// One trainee's view of the course.
pub struct Itinerary {
    pub timetable: Arc<Timetable>,
    pub entry: RosterEntry,
    /// For each day of the timetable, which of its sessions this trainee attends.
    picks: Vec<Vec<usize>>,
    /// Their delegation, for its focal person.
    pub delegation: Option<Delegation>,
    /// Whom to call, by day.
    pub duty: DutyRoster,
    /// Their attendance marks, by session.
    pub marks: HashMap<SessionId, Mark>,
}

impl Itinerary {
    /// The itinerary behind a personal link; a malformed, unknown or revoked token is "not found".
    pub fn by_token(
        conn: &mut DbConnection,
        timetables: &TimetableCache,
        token: &str,
    ) -> AppResult<Itinerary> {
        let entry = entry_by_token(conn, token)?;
        Self::of(conn, timetables, entry)
    }

    /// A trainee's itinerary in a cohort, as organizers preview it.
    pub fn of(
        conn: &mut DbConnection,
        timetables: &TimetableCache,
        entry: RosterEntry,
    ) -> AppResult<Itinerary> {
        let cohort = entry.enrollment.cohort_id;
        let trainee = &entry.trainee;
        let timetable = timetables.timetable(conn, cohort)?;
        let groups = Enrollment::groups_of(conn, cohort, trainee.id)?;
        let picks = picks(&timetable, &trainee.country_code, &groups);
        let delegation = Delegation::list_for_cohort(conn, cohort)?
            .into_iter()
            .find(|d| d.country_code == trainee.country_code);
        let marks = marks_of(conn, cohort, trainee.id)?.into_iter().collect();
        Ok(Itinerary {
            timetable,
            entry,
            picks,
            delegation,
            duty: duty_contact::roster(conn, cohort)?,
            marks,
        })
    }

    pub fn zone(&self) -> Tz {
        self.timetable.zone
    }

    /// "All times are Qingdao time (UTC+8).": the host city's clock with its offset during the course.
    pub fn zone_note(&self, order: &ReadingOrder) -> Msg {
        let cohort = &self.timetable.cohort;
        Msg::new("itinerary-times-local")
            .with("city", self.timetable.host_city(order))
            .with("offset", utc_offset(self.zone(), cohort.cohort.starts_on))
    }

    /// "14 June 2023 21:15" on the cohort's clock, as `lang` writes dates; "—" when not known.
    pub fn local(&self, at: Option<NaiveDateTime>, lang: Lang) -> String {
        at.map_or_else(
            || "—".to_owned(),
            |at| {
                format!(
                    "{} {}",
                    lang.date(local_day(at, self.zone())),
                    clock(at, self.zone())
                )
            },
        )
    }

    /// The course days, each with this trainee's sessions only.
    pub fn days(&self) -> Vec<TraineeDay<'_>> {
        self.timetable
            .days
            .iter()
            .zip(&self.picks)
            .map(|(day, picked)| TraineeDay {
                date: day.date,
                sessions: picked.iter().map(|i| &day.sessions[*i]).collect(),
            })
            .collect()
    }

    pub fn sessions(&self) -> impl Iterator<Item = &SessionView> {
        self.timetable
            .days
            .iter()
            .zip(&self.picks)
            .flat_map(|(day, picked)| picked.iter().map(|i| &day.sessions[*i]))
    }

    /// This trainee's sessions on `date` (on the cohort's clock), if they have any that day.
    pub fn day(&self, date: NaiveDate) -> Option<TraineeDay<'_>> {
        self.days()
            .into_iter()
            .find(|d| d.date == date && !d.sessions.is_empty())
    }

    /// The duty contacts over the course's days: each with the first and last day it covers.
    pub fn duty_spans(&self) -> Vec<(NaiveDate, NaiveDate, &DutyContact)> {
        let days: Vec<NaiveDate> = self.timetable.days.iter().map(|d| d.date).collect();
        self.duty.spans(&days)
    }

    /// Today's date on the cohort's clock.
    pub fn today(&self, now: NaiveDateTime) -> NaiveDate {
        local_day(now, self.zone())
    }

    /// Their attendance so far: marks given, and teaching sessions that ended without one.
    pub fn tally(&self, now: NaiveDateTime) -> Tally {
        let mut tally = Tally::default();
        for v in self.sessions() {
            let s = &v.session;
            if !s.kind.takes_attendance() || s.status == SessionStatus::Cancelled {
                continue;
            }
            match self.marks.get(&s.id) {
                Some(mark) => tally.add(*mark, 1),
                None if s.ends_at <= now => tally.unmarked += 1,
                None => {}
            }
        }
        tally
    }

    /// The itinerary as the trainee reads it, for change notices.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            entries: self.sessions().map(entry_of).collect(),
        }
    }

    /// The languages this trainee's texts are looked for in, when reading in `lang`.
    pub fn reading_order(&self, lang: Lang) -> ReadingOrder {
        self.timetable.reading_order(lang)
    }

    /// Their sessions as a calendar in their language.
    pub fn calendar(&self, lang: Lang, uid_domain: &str) -> Calendar {
        // Named after the course, not the trainee: trainees of one delegation share a cached feed.
        let order = self.reading_order(lang);
        let events = self
            .sessions()
            .map(|v| event_of(v, lang, &order, uid_domain));
        calendar(self.calendar_name(lang), &self.timetable, events.collect())
    }

    fn calendar_name(&self, lang: Lang) -> String {
        let order = self.reading_order(lang);
        format!(
            "{} · {}",
            self.timetable.cohort_name(&order),
            lang.t("itinerary-title")
        )
    }

    /// What changed, as a calendar to bring the trainee's copy up to date: sessions added, moved or
    /// cancelled as they are now, and sessions no longer on their programme as cancelled (one version
    /// later, so calendars take it).
    pub fn change_calendar(&self, changes: &[Change], lang: Lang, uid_domain: &str) -> Calendar {
        let order = self.reading_order(lang);
        let mut events = Vec::new();
        for change in changes {
            let id = change.entry().session;
            let Some(v) = self
                .timetable
                .days
                .iter()
                .flat_map(|d| d.sessions.iter())
                .find(|v| v.session.id == id)
            else {
                continue;
            };
            let mut event = event_of(v, lang, &order, uid_domain);
            if matches!(change, Change::Removed(_)) {
                event.status = EventStatus::Cancelled;
                event.sequence += 1;
            }
            events.push(event);
        }
        calendar(self.calendar_name(lang), &self.timetable, events)
    }
}

/// One day of a trainee's itinerary: their sessions, borrowed from the cohort's timetable.
pub struct TraineeDay<'a> {
    pub date: NaiveDate,
    pub sessions: Vec<&'a SessionView>,
}

/// For each timetable day, the sessions a trainee of `country` in `groups` attends: the whole cohort's,
/// their delegation's and their groups'.
fn picks(timetable: &Timetable, country: &str, groups: &[String]) -> Vec<Vec<usize>> {
    let attends = |v: &SessionView| {
        v.for_everyone()
            || v.delegations.iter().any(|d| d == country)
            || v.groups.iter().any(|g| groups.contains(g))
    };
    timetable
        .days
        .iter()
        .map(|day| {
            (0..day.sessions.len())
                .filter(|i| attends(&day.sessions[*i]))
                .collect()
        })
        .collect()
}

/// Every trainee's itinerary snapshot in a cohort, from four queries (for counting out-of-date ones).
pub fn snapshots(
    conn: &mut DbConnection,
    timetables: &TimetableCache,
    cohort: CohortId,
) -> AppResult<HashMap<EnrollmentId, Snapshot>> {
    let timetable = timetables.timetable(conn, cohort)?;
    let mut groups: HashMap<TraineeId, Vec<String>> = HashMap::new();
    for (trainee, name) in Enrollment::group_names(conn, cohort)? {
        groups.entry(trainee).or_default().push(name);
    }
    // The roster's short lines (no timestamps to parse): the cohort page asks this on every view.
    let countries: HashMap<TraineeId, String> = Enrollment::roster_lines(conn, cohort)?
        .into_iter()
        .map(|l| (l.trainee_id, l.country_code))
        .collect();
    Ok(Enrollment::ids_by_trainee(conn, cohort)?
        .into_iter()
        .map(|(trainee, enrollment)| {
            let mine = groups.get(&trainee).map_or(&[][..], Vec::as_slice);
            let country = countries.get(&trainee).map_or("", String::as_str);
            let entries = timetable
                .days
                .iter()
                .zip(picks(&timetable, country, mine))
                .flat_map(|(day, picked)| picked.into_iter().map(|i| entry_of(&day.sessions[i])))
                .collect();
            (enrollment, Snapshot { entries })
        })
        .collect())
}

/// Where a session takes place, for a reader of `order`: its venue and room, else the address of a site
/// visit.
pub fn place(v: &SessionView, order: &ReadingOrder) -> String {
    let room = v.room_for(order);
    match v.venue_name(order) {
        Some(venue) if room.is_empty() => venue.to_owned(),
        Some(venue) => format!("{venue}, {room}"),
        None => [v.host_for(order), v.address_for(order)]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "08:00 · Hotel lobby": when and where the bus leaves, for a reader of `order`, or empty.
pub fn bus(v: &SessionView, order: &ReadingOrder) -> String {
    let point = v.departure_point_for(order);
    match (v.departs.is_empty(), point.is_empty()) {
        (true, _) => String::new(),
        (false, true) => v.departs.clone(),
        (false, false) => format!("{} · {point}", v.departs),
    }
}

/// A session as a change notice remembers it: in its original texts, so that a new translation is not
/// taken for a change of programme.
fn entry_of(v: &SessionView) -> Entry {
    let original = ReadingOrder::original();
    Entry {
        session: v.session.id,
        title: v.session.title.clone(),
        date: v.date,
        start: v.start.clone(),
        end: v.end.clone(),
        place: place(v, &original),
        bus: bus(v, &original),
        cancelled: v.session.status == SessionStatus::Cancelled,
    }
}

/// One session as a calendar event: its revision as `SEQUENCE`, labels in `lang`. The UID is the
/// session's id at this installation's own domain (`uid_domain`), never the public host name, so that a
/// new `COHORTDESK_BASE_URL` does not duplicate subscribed events.
fn event_of(v: &SessionView, lang: Lang, order: &ReadingOrder, uid_domain: &str) -> Event {
    let s = &v.session;
    let mut location = place(v, order);
    if let Some(venue) = &v.venue
        && !venue.address.is_empty()
    {
        location = format!("{location}, {}", venue.address);
    }
    Event {
        uid: format!("session-{}@{uid_domain}", s.id),
        sequence: s.revision,
        stamp: s.updated_at,
        start: s.starts_at,
        end: s.ends_at,
        summary: v.title_for(order).to_owned(),
        location,
        description: description(v, lang, order),
        url: String::new(),
        status: match s.status {
            SessionStatus::Planned => EventStatus::Tentative,
            SessionStatus::Confirmed => EventStatus::Confirmed,
            SessionStatus::Cancelled => EventStatus::Cancelled,
        },
    }
}

/// Events of `timetable`'s cohort as a calendar named `name`, its zone described around the course.
fn calendar(name: String, timetable: &Timetable, events: Vec<Event>) -> Calendar {
    let cohort = &timetable.cohort.cohort;
    Calendar {
        name,
        zone: timetable.zone,
        first_day: cohort.starts_on,
        last_day: cohort.ends_on,
        events,
    }
}

/// What a calendar event says beyond its title, in the reader's language.
fn description(v: &SessionView, lang: Lang, order: &ReadingOrder) -> String {
    let s = &v.session;
    let mut lines = vec![lang.t(s.kind.label_key())];
    if !v.speakers.is_empty() {
        lines.push(format!(
            "{}: {}",
            lang.t("itinerary-speakers"),
            v.speaker_names(order).join(", ")
        ));
    }
    let bus = bus(v, order);
    if !bus.is_empty() {
        lines.push(lang.msg(&Msg::new("itinerary-bus-line").with("bus", bus)));
    }
    if !v.returns.is_empty() {
        lines.push(format!("{} {}", lang.t("session-bus-returns"), v.returns));
    }
    let bring = v.what_to_bring_for(order);
    if !bring.is_empty() {
        lines.push(format!("{}: {bring}", lang.t("itinerary-bring")));
    }
    let about = v.description_for(order);
    if !about.is_empty() {
        lines.push(about.to_owned());
    }
    lines.join("\n")
}

/// The whole cohort's timetable as one calendar.
pub fn cohort_calendar(timetable: &Timetable, lang: Lang, uid_domain: &str) -> Calendar {
    let order = timetable.reading_order(lang);
    let events = timetable
        .days
        .iter()
        .flat_map(|d| d.sessions.iter())
        .map(|v| event_of(v, lang, &order, uid_domain));
    calendar(
        timetable.cohort_name(&order).to_owned(),
        timetable,
        events.collect(),
    )
}
