//! Sessions of a timetable and the rules that keep a timetable possible: who and what can be in one place
//! at a time (clashes, which block saving) and what makes a day hard to live (warnings, which an organizer
//! may accept). Everything here is pure: the services hand in the sessions that matter.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::domain::cohort::WorkingLanguage;
use crate::domain::commitment::{NAME_MAX, TEXT_MAX};
use crate::domain::ids::{
    CohortId, GroupId, InterpreterId, SessionId, SpeakerId, TraineeId, VehicleId, VenueId,
};
use crate::domain::input::{optional_multiline, optional_text, required_text};
use crate::domain::resources::link;
use crate::error::FormErrors;
use crate::i18n::Msg;

/// A session may not last longer than this (and a clash check looks this far back for overlaps).
pub const SESSION_MAX: Duration = Duration::hours(16);
/// Less time than this between a site visit's return and the next session is worth a warning.
pub const RETURN_GAP_MIN: Duration = Duration::minutes(30);
/// A session longer than this, without a break, is worth a warning.
pub const LONG_SESSION: Duration = Duration::hours(4);
/// A day from the first start to the last end longer than this is worth a warning.
pub const LONG_DAY: Duration = Duration::hours(10);

macro_rules! text_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal, $key:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash,
            diesel::expression::AsExpression, diesel::deserialize::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text.trim() { $($text => Some($name::$variant),)* _ => None }
            }

            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }
        }

        crate::domain::ids::stored_as_text!($name);
        crate::domain::ids::serialized_as_text!($name);
    };
}
pub(crate) use text_enum;

text_enum!(
    /// How a session teaches (or what it is, when it does not).
    SessionKind {
        Lecture => "lecture", "session-kind-lecture",
        SiteVisit => "site_visit", "session-kind-site-visit",
        CaseStudy => "case_study", "session-kind-case-study",
        Ceremony => "ceremony", "session-kind-ceremony",
        Meal => "meal", "session-kind-meal",
        Break => "break", "session-kind-break",
        FreeTime => "free_time", "session-kind-free-time",
    }
);

text_enum!(
    /// The course's themes.
    Theme {
        Governance => "governance", "theme-governance",
        Construction => "construction", "theme-construction",
        Industry => "industry", "theme-industry",
        Mechanization => "mechanization", "theme-mechanization",
        Tourism => "tourism", "theme-tourism",
        Other => "other", "theme-other",
    }
);

text_enum!(
    /// Whether a session will happen.
    SessionStatus {
        Planned => "planned", "session-status-planned",
        Confirmed => "confirmed", "session-status-confirmed",
        Cancelled => "cancelled", "session-status-cancelled",
    }
);

text_enum!(
    /// What kind of place a venue is.
    VenueKind {
        Classroom => "classroom", "venue-kind-classroom",
        Hall => "hall", "venue-kind-hall",
        Village => "village", "venue-kind-village",
        Cooperative => "cooperative", "venue-kind-cooperative",
        Farm => "farm", "venue-kind-farm",
        Enterprise => "enterprise", "venue-kind-enterprise",
        Hotel => "hotel", "venue-kind-hotel",
        Other => "other", "venue-kind-other",
    }
);

impl SessionKind {
    /// Whether attendance is taken: the teaching (lectures, site visits, case studies), which is also what
    /// counts towards completing the course.
    pub fn takes_attendance(self) -> bool {
        matches!(
            self,
            SessionKind::Lecture | SessionKind::SiteVisit | SessionKind::CaseStudy
        )
    }

    /// Whether the session is rest rather than work (no "long session" warning, and a break in a day).
    pub fn is_rest(self) -> bool {
        matches!(
            self,
            SessionKind::Meal | SessionKind::Break | SessionKind::FreeTime
        )
    }
}

/// Interpretation from one language into another, such as zh→ru.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguagePair {
    pub from: WorkingLanguage,
    pub to: WorkingLanguage,
}

impl LanguagePair {
    /// Reads `zh-ru`, `zh>ru` or `zh→ru`.
    pub fn parse(text: &str) -> Option<LanguagePair> {
        let (from, to) = text.trim().split_once(['-', '>', '→'])?;
        let pair = LanguagePair {
            from: WorkingLanguage::parse(from.trim())?,
            to: WorkingLanguage::parse(to.trim())?,
        };
        (pair.from != pair.to).then_some(pair)
    }

    /// `zh-ru`, as stored.
    pub fn code(&self) -> String {
        format!("{}-{}", self.from.code(), self.to.code())
    }

    /// Reads a stored comma-separated list, skipping anything unknown.
    pub fn list_from_db(stored: &str) -> Vec<LanguagePair> {
        stored.split(',').filter_map(LanguagePair::parse).collect()
    }

    pub fn list_to_db(pairs: &[LanguagePair]) -> String {
        pairs
            .iter()
            .map(LanguagePair::code)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The pairs a course in these languages may need, for the form: from Chinese into each other language,
/// and from each into Chinese.
pub fn usual_pairs() -> Vec<LanguagePair> {
    let zh = WorkingLanguage::Zh;
    WorkingLanguage::ALL
        .iter()
        .filter(|l| **l != zh)
        .flat_map(|l| {
            [
                LanguagePair { from: zh, to: *l },
                LanguagePair { from: *l, to: zh },
            ]
        })
        .collect()
}

/// A span of time, in UTC, that includes its start and excludes its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

impl Slot {
    pub fn overlaps(&self, other: &Slot) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn length(&self) -> Duration {
        self.end - self.start
    }
}

/// Who attends a session: a whole cohort, or some of its trainees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attendees {
    Cohort(CohortId),
    Some(CohortId, HashSet<TraineeId>),
}

impl Attendees {
    fn cohort(&self) -> CohortId {
        match self {
            Attendees::Cohort(id) | Attendees::Some(id, _) => *id,
        }
    }

    /// Whether somebody would have to be in both sessions at once.
    pub fn meet(&self, other: &Attendees) -> bool {
        if self.cohort() != other.cohort() {
            return false;
        }
        match (self, other) {
            (Attendees::Some(_, a), Attendees::Some(_, b)) => !a.is_disjoint(b),
            _ => true,
        }
    }
}

/// What a session needs at its time: who teaches, where, who interprets, which buses, and for whom.
#[derive(Debug, Clone, PartialEq)]
pub struct Booking {
    pub session: Option<SessionId>,
    pub kind: SessionKind,
    pub slot: Slot,
    /// When a site visit's buses are back, if later than the session's end.
    pub returns_at: Option<NaiveDateTime>,
    pub speakers: Vec<SpeakerId>,
    pub venue: Option<VenueId>,
    pub interpreters: Vec<InterpreterId>,
    pub vehicles: Vec<VehicleId>,
    pub attendees: Attendees,
}

impl Booking {
    /// The time the session occupies its people and buses: until the buses are back.
    fn occupied(&self) -> Slot {
        Slot {
            start: self.slot.start,
            end: self
                .returns_at
                .map_or(self.slot.end, |r| r.max(self.slot.end)),
        }
    }
}

/// A thing two sessions cannot share at the same time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    Speaker(SpeakerId),
    Venue(VenueId),
    Interpreter(InterpreterId),
    Vehicle(VehicleId),
    /// Some of the same trainees.
    Trainees,
}

/// `session` cannot be saved because `resource` is taken by the existing session `other`.
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    pub resource: Resource,
    /// Index of the other session in the list the check was given.
    pub other: usize,
}

/// Every clash between `planned` and the `booked` sessions (which may be anywhere, in any cohort).
pub fn clashes(planned: &Booking, booked: &[Booking]) -> Vec<Clash> {
    let mut found = Vec::new();
    for (i, other) in booked.iter().enumerate() {
        if other.session.is_some() && other.session == planned.session {
            continue;
        }
        if !planned.occupied().overlaps(&other.occupied()) {
            continue;
        }
        let mut clash = |resource| found.push(Clash { resource, other: i });
        for s in planned
            .speakers
            .iter()
            .filter(|s| other.speakers.contains(s))
        {
            clash(Resource::Speaker(*s));
        }
        if let Some(v) = planned.venue.filter(|v| other.venue == Some(*v))
            && planned.slot.overlaps(&other.slot)
        {
            clash(Resource::Venue(v));
        }
        for i in planned
            .interpreters
            .iter()
            .filter(|i| other.interpreters.contains(i))
        {
            clash(Resource::Interpreter(*i));
        }
        for v in planned
            .vehicles
            .iter()
            .filter(|v| other.vehicles.contains(v))
        {
            clash(Resource::Vehicle(*v));
        }
        if planned.attendees.meet(&other.attendees) {
            clash(Resource::Trainees);
        }
    }
    found
}

/// Something an organizer should look at, but may accept.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// The session starts less than 30 minutes after a site visit's return (or a site visit returns
    /// less than 30 minutes before a session), for the same trainees; `other` is that session's index.
    ShortReturn { other: usize },
    /// Interpretation is needed but no interpreter is assigned.
    NoInterpreter,
    /// The session lasts longer than 4 hours.
    LongSession,
    /// The day, for these trainees, lasts longer than 10 hours (first start to last end).
    LongDay { hours: i64 },
}

/// The warnings for `planned`, given the other sessions of its cohort on the same day.
pub fn warnings(
    planned: &Booking,
    needs_interpretation: bool,
    same_day: &[Booking],
) -> Vec<Warning> {
    let mut found = Vec::new();
    let sharing: Vec<(usize, &Booking)> = same_day
        .iter()
        .enumerate()
        .filter(|(_, b)| b.session.is_none() || b.session != planned.session)
        .filter(|(_, b)| planned.attendees.meet(&b.attendees))
        .collect();
    for (i, other) in &sharing {
        let gap_after = |first: &Booking, second: &Booking| {
            first.kind == SessionKind::SiteVisit
                && second.slot.start >= first.occupied().end
                && second.slot.start - first.occupied().end < RETURN_GAP_MIN
        };
        if gap_after(other, planned) || gap_after(planned, other) {
            found.push(Warning::ShortReturn { other: *i });
        }
    }
    if needs_interpretation && planned.interpreters.is_empty() {
        found.push(Warning::NoInterpreter);
    }
    if !planned.kind.is_rest() && planned.slot.length() > LONG_SESSION {
        found.push(Warning::LongSession);
    }
    let first = sharing
        .iter()
        .map(|(_, b)| b.slot.start)
        .chain([planned.slot.start])
        .min();
    let last = sharing
        .iter()
        .map(|(_, b)| b.occupied().end)
        .chain([planned.occupied().end])
        .max();
    if let (Some(first), Some(last)) = (first, last)
        && last - first > LONG_DAY
    {
        found.push(Warning::LongDay {
            hours: (last - first).num_hours(),
        });
    }
    found
}

/// Whether a room or the buses hold everyone: `None` when they do (or nothing is known).
pub fn seats_short(attendees: usize, seats: Option<i64>) -> Option<i64> {
    let seats = seats?;
    (i64::try_from(attendees).unwrap_or(i64::MAX) > seats).then_some(seats)
}

/// A time on the cohort's clock turned into UTC; a time the clocks skip or repeat is refused.
pub fn to_utc(day: NaiveDate, time: NaiveTime, zone: Tz) -> Result<NaiveDateTime, Msg> {
    let local = day.and_time(time);
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => Ok(t.naive_utc()),
        chrono::LocalResult::None => Err(Msg::new("error-time-skipped")
            .with("time", local.format("%H:%M").to_string())
            .with("zone", zone.name())),
        chrono::LocalResult::Ambiguous(..) => Err(Msg::new("error-time-repeated")
            .with("time", local.format("%H:%M").to_string())
            .with("zone", zone.name())),
    }
}

/// `HH:MM` on the cohort's clock.
pub fn clock(at: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&at).format("%H:%M").to_string()
}

/// The day, on the cohort's clock.
pub fn local_day(at: NaiveDateTime, zone: Tz) -> NaiveDate {
    zone.from_utc_datetime(&at).date_naive()
}

/// Minutes since local midnight, for placing a session in the week grid.
pub fn minute_of_day(at: NaiveDateTime, zone: Tz) -> u32 {
    let local = zone.from_utc_datetime(&at);
    local.hour() * 60 + local.minute()
}

/// The session form as the browser sends it: a day and times on the cohort's clock.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SessionInput {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub theme: String,
    pub day: String,
    pub start: String,
    pub end: String,
    pub venue: String,
    pub room: String,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub status: String,
    pub speakers: Vec<String>,
    pub interpreters: Vec<String>,
    pub vehicles: Vec<String>,
    pub groups: Vec<String>,
    pub delegations: Vec<String>,
    pub host_organization: String,
    pub host_contact: String,
    pub address: String,
    pub departure_point: String,
    pub departs: String,
    pub returns: String,
    pub what_to_bring: String,
    pub materials_link: String,
    /// Set when the organizer has seen the warnings and saves anyway.
    pub accept_warnings: String,
}

/// A session whose fields passed every rule that needs no database.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionDraft {
    pub kind: SessionKind,
    pub title: String,
    pub description: String,
    pub theme: Theme,
    pub day: NaiveDate,
    pub slot: Slot,
    pub venue: Option<VenueId>,
    pub room: String,
    pub languages: Vec<WorkingLanguage>,
    pub interpretation: Vec<LanguagePair>,
    pub status: SessionStatus,
    pub speakers: Vec<SpeakerId>,
    pub interpreters: Vec<InterpreterId>,
    pub vehicles: Vec<VehicleId>,
    pub groups: Vec<GroupId>,
    pub delegations: Vec<crate::domain::ids::DelegationId>,
    pub host_organization: String,
    pub host_contact: String,
    pub address: String,
    pub departure_point: String,
    pub departs_at: Option<NaiveDateTime>,
    pub returns_at: Option<NaiveDateTime>,
    pub what_to_bring: String,
    pub materials_link: String,
    pub accept_warnings: bool,
}

fn time(raw: &str) -> Result<NaiveTime, Msg> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Msg::new("error-required"));
    }
    ["%H:%M", "%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(text, f).ok())
        .ok_or_else(|| Msg::new("error-not-a-clock-time").with("value", text))
}

/// Ids chosen in a list of checkboxes or a multiple select; anything that is not a number is refused.
fn ids<T: std::str::FromStr>(raw: &[String]) -> Result<Vec<T>, Msg> {
    let mut out = Vec::new();
    for text in raw.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        out.push(text.parse().map_err(|_| Msg::new("error-choose-one"))?);
    }
    Ok(out)
}

impl SessionInput {
    /// Parses the form; times are read on the cohort's clock (`zone`).
    pub fn parse(&self, zone: Tz) -> Result<SessionDraft, FormErrors> {
        let mut errors = FormErrors::new();
        let kind = errors.check(
            "kind",
            SessionKind::parse(&self.kind).ok_or_else(|| Msg::new("error-choose-one")),
        );
        let title = errors.check("title", required_text(&self.title, NAME_MAX));
        let description = errors.check(
            "description",
            optional_multiline(&self.description, TEXT_MAX),
        );
        let theme = errors.check(
            "theme",
            match self.theme.trim() {
                "" => Ok(Theme::Other),
                text => Theme::parse(text).ok_or_else(|| Msg::new("error-choose-one")),
            },
        );
        let status = errors.check(
            "status",
            match self.status.trim() {
                "" => Ok(SessionStatus::Planned),
                text => SessionStatus::parse(text).ok_or_else(|| Msg::new("error-choose-one")),
            },
        );
        let day = errors.check("day", crate::domain::input::date(&self.day));
        let start = errors.check("start", time(&self.start));
        let end = errors.check("end", time(&self.end));
        let at = |errors: &mut FormErrors, field, t: Option<NaiveTime>| match (day, t) {
            (Some(day), Some(t)) => errors.check(field, to_utc(day, t, zone)),
            _ => None,
        };
        let starts_at = at(&mut errors, "start", start);
        let ends_at = at(&mut errors, "end", end);
        if let (Some(s), Some(e)) = (starts_at, ends_at) {
            if e <= s {
                errors.add("end", Msg::new("error-end-not-after-start"));
            } else if e - s > SESSION_MAX {
                errors.add("end", Msg::new("error-session-too-long"));
            }
        }
        let optional_time = |errors: &mut FormErrors, field, raw: &str| match raw.trim() {
            "" => Some(None),
            _ => {
                let t = errors.check(field, time(raw));
                at(errors, field, t).map(Some)
            }
        };
        let departs_at = optional_time(&mut errors, "departs", &self.departs);
        let returns_at = optional_time(&mut errors, "returns", &self.returns);
        if let (Some(Some(departs)), Some(s)) = (departs_at, starts_at)
            && departs > s
        {
            errors.add("departs", Msg::new("error-departs-after-start"));
        }
        if let (Some(Some(returns)), Some(e)) = (returns_at, ends_at)
            && returns < e
        {
            errors.add("returns", Msg::new("error-returns-before-end"));
        }
        let venue = errors.check(
            "venue",
            match self.venue.trim() {
                "" => Ok(None),
                text => text
                    .parse()
                    .map(Some)
                    .map_err(|_| Msg::new("error-choose-one")),
            },
        );
        let languages = errors.check(
            "languages",
            self.languages
                .iter()
                .map(|l| WorkingLanguage::parse(l).ok_or_else(|| Msg::new("error-choose-one")))
                .collect::<Result<Vec<_>, _>>(),
        );
        let interpretation = errors.check(
            "interpretation",
            self.interpretation
                .iter()
                .map(|p| LanguagePair::parse(p).ok_or_else(|| Msg::new("error-choose-one")))
                .collect::<Result<Vec<_>, _>>(),
        );
        let speakers = errors.check("speakers", ids(&self.speakers));
        let interpreters = errors.check("interpreters", ids(&self.interpreters));
        let vehicles = errors.check("vehicles", ids(&self.vehicles));
        let groups = errors.check("groups", ids(&self.groups));
        let delegations = errors.check("delegations", ids(&self.delegations));
        let text = |errors: &mut FormErrors, field, raw: &str, max| {
            errors.check(field, optional_text(raw, max))
        };
        let room = text(&mut errors, "room", &self.room, NAME_MAX);
        let host_organization = text(
            &mut errors,
            "host_organization",
            &self.host_organization,
            NAME_MAX,
        );
        let host_contact = text(&mut errors, "host_contact", &self.host_contact, NAME_MAX);
        let address = text(&mut errors, "address", &self.address, NAME_MAX);
        let departure_point = text(
            &mut errors,
            "departure_point",
            &self.departure_point,
            NAME_MAX,
        );
        let what_to_bring = text(&mut errors, "what_to_bring", &self.what_to_bring, TEXT_MAX);
        let materials_link = errors.check("materials_link", link(&self.materials_link));
        let draft = (|| {
            Some(SessionDraft {
                kind: kind?,
                title: title?,
                description: description?,
                theme: theme?,
                day: day?,
                slot: Slot {
                    start: starts_at?,
                    end: ends_at?,
                },
                venue: venue?,
                room: room?,
                languages: languages?,
                interpretation: interpretation?,
                status: status?,
                speakers: speakers?,
                interpreters: interpreters?,
                vehicles: vehicles?,
                groups: groups?,
                delegations: delegations?,
                host_organization: host_organization?,
                host_contact: host_contact?,
                address: address?,
                departure_point: departure_point?,
                departs_at: departs_at?,
                returns_at: returns_at?,
                what_to_bring: what_to_bring?,
                materials_link: materials_link?,
                accept_warnings: !self.accept_warnings.trim().is_empty(),
            })
        })();
        match draft {
            Some(draft) if errors.is_empty() => Ok(draft),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{Asia::Shanghai, Europe::Berlin};
    use proptest::prelude::*;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 6, 16)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    fn booking(start: NaiveDateTime, end: NaiveDateTime) -> Booking {
        Booking {
            session: None,
            kind: SessionKind::Lecture,
            slot: Slot { start, end },
            returns_at: None,
            speakers: Vec::new(),
            venue: None,
            interpreters: Vec::new(),
            vehicles: Vec::new(),
            attendees: Attendees::Cohort(CohortId(1)),
        }
    }

    fn elsewhere(mut b: Booking) -> Booking {
        b.attendees = Attendees::Cohort(CohortId(2));
        b
    }

    #[test]
    fn a_speaker_cannot_be_in_two_sessions_at_once_even_in_another_cohort() {
        let mut wang = elsewhere(booking(at(1, 0), at(2, 30)));
        wang.speakers = vec![SpeakerId(7)];
        let mut planned = booking(at(2, 0), at(3, 0));
        planned.speakers = vec![SpeakerId(7), SpeakerId(8)];
        assert_eq!(
            clashes(&planned, &[wang.clone()]),
            [Clash {
                resource: Resource::Speaker(SpeakerId(7)),
                other: 0
            }]
        );
        let back_to_back = booking(at(2, 30), at(3, 30));
        let mut next = back_to_back.clone();
        next.speakers = vec![SpeakerId(7)];
        assert!(
            clashes(&next, &[wang]).is_empty(),
            "ending at 02:30 and starting at 02:30 is fine"
        );
    }

    #[test]
    fn buses_are_busy_until_they_are_back() {
        let mut visit = elsewhere(booking(at(1, 0), at(5, 0)));
        visit.kind = SessionKind::SiteVisit;
        visit.vehicles = vec![VehicleId(1)];
        visit.returns_at = Some(at(6, 0));
        let mut planned = elsewhere(booking(at(5, 30), at(7, 0)));
        planned.attendees = Attendees::Cohort(CohortId(3));
        planned.vehicles = vec![VehicleId(1)];
        assert_eq!(
            clashes(&planned, &[visit])[0].resource,
            Resource::Vehicle(VehicleId(1))
        );
    }

    #[test]
    fn parallel_case_studies_need_different_trainees() {
        let group =
            |ids: &[i32]| Attendees::Some(CohortId(1), ids.iter().map(|i| TraineeId(*i)).collect());
        let mut a = booking(at(1, 0), at(3, 0));
        a.attendees = group(&[1, 2, 3]);
        let mut b = booking(at(1, 0), at(3, 0));
        b.attendees = group(&[4, 5]);
        assert!(clashes(&b, std::slice::from_ref(&a)).is_empty());
        b.attendees = group(&[3, 4]);
        assert_eq!(
            clashes(&b, std::slice::from_ref(&a))[0].resource,
            Resource::Trainees
        );
        let whole = booking(at(2, 0), at(4, 0));
        assert_eq!(clashes(&whole, &[a])[0].resource, Resource::Trainees);
    }

    #[test]
    fn a_session_never_clashes_with_itself() {
        let mut saved = booking(at(1, 0), at(2, 0));
        saved.session = Some(SessionId(5));
        saved.speakers = vec![SpeakerId(1)];
        let mut moved = saved.clone();
        moved.slot.start = at(1, 30);
        assert!(clashes(&moved, &[saved]).is_empty());
    }

    #[test]
    fn warnings_for_a_hard_day() {
        let mut visit = booking(at(0, 0), at(4, 0));
        visit.kind = SessionKind::SiteVisit;
        visit.returns_at = Some(at(5, 0));
        let next = booking(at(5, 15), at(11, 30));
        let found = warnings(&next, true, &[visit]);
        assert!(found.contains(&Warning::ShortReturn { other: 0 }));
        assert!(found.contains(&Warning::NoInterpreter));
        assert!(found.contains(&Warning::LongSession));
        assert!(found.contains(&Warning::LongDay { hours: 11 }));
        let calm = booking(at(6, 0), at(7, 0));
        assert!(warnings(&calm, false, &[]).is_empty());
    }

    #[test]
    fn times_the_clocks_skip_or_repeat_are_refused() {
        let spring = NaiveDate::from_ymd_opt(2025, 3, 30).unwrap();
        let autumn = NaiveDate::from_ymd_opt(2025, 10, 26).unwrap();
        let half_past_two = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            to_utc(spring, half_past_two, Berlin).unwrap_err().key,
            "error-time-skipped"
        );
        assert_eq!(
            to_utc(autumn, half_past_two, Berlin).unwrap_err().key,
            "error-time-repeated"
        );
        assert_eq!(
            to_utc(spring, half_past_two, Shanghai).unwrap().to_string(),
            "2025-03-29 18:30:00"
        );
    }

    #[test]
    fn language_pairs_read_the_usual_ways() {
        let zh_ru = LanguagePair {
            from: WorkingLanguage::Zh,
            to: WorkingLanguage::Ru,
        };
        assert_eq!(LanguagePair::parse("zh-ru"), Some(zh_ru));
        assert_eq!(LanguagePair::parse("zh→ru"), Some(zh_ru));
        assert_eq!(LanguagePair::parse("zh-zh"), None);
        assert_eq!(
            LanguagePair::list_to_db(&LanguagePair::list_from_db("zh-ru,xx-yy,zh-en")),
            "zh-ru,zh-en"
        );
    }

    fn form() -> SessionInput {
        SessionInput {
            kind: "lecture".into(),
            title: "Rural governance in Shandong".into(),
            day: "2023-06-16".into(),
            start: "09:00".into(),
            end: "10:30".into(),
            ..SessionInput::default()
        }
    }

    #[test]
    fn a_form_is_read_on_the_cohorts_clock() {
        let draft = form().parse(Shanghai).unwrap();
        assert_eq!(draft.slot.start.to_string(), "2023-06-16 01:00:00");
        assert_eq!(draft.theme, Theme::Other);
        assert_eq!(draft.status, SessionStatus::Planned);
        let backwards = SessionInput {
            end: "08:00".into(),
            ..form()
        };
        assert_eq!(
            backwards
                .parse(Shanghai)
                .unwrap_err()
                .get("end")
                .unwrap()
                .key,
            "error-end-not-after-start"
        );
        let bad_ids = SessionInput {
            speakers: vec!["abc".into()],
            ..form()
        };
        assert_eq!(
            bad_ids
                .parse(Shanghai)
                .unwrap_err()
                .get("speakers")
                .unwrap()
                .key,
            "error-choose-one"
        );
    }

    /// A random session: one of 4 speakers, 3 venues, 3 interpreters, 2 buses, in one of 3 cohorts,
    /// some time within two days.
    fn any_booking() -> impl Strategy<Value = Booking> {
        (
            0i64..(48 * 4),
            1i64..12,
            prop::option::of(1i32..5),
            prop::option::of(1i32..4),
            prop::option::of(1i32..4),
            prop::option::of(1i32..3),
            1i32..4,
        )
            .prop_map(
                |(quarter, length, speaker, venue, interpreter, vehicle, cohort)| {
                    let start = at(0, 0) + Duration::minutes(15 * quarter);
                    let mut b = booking(start, start + Duration::minutes(15 * length));
                    b.speakers = speaker.map(SpeakerId).into_iter().collect();
                    b.venue = venue.map(VenueId);
                    b.interpreters = interpreter.map(InterpreterId).into_iter().collect();
                    b.vehicles = vehicle.map(VehicleId).into_iter().collect();
                    b.attendees = Attendees::Cohort(CohortId(cohort));
                    b
                },
            )
    }

    proptest! {
        /// Saving sessions one by one, refusing every one with a clash, never leaves two sessions sharing
        /// a speaker, venue, interpreter, bus or cohort at overlapping times.
        #[test]
        fn no_accepted_timetable_double_books_anything(candidates in prop::collection::vec(any_booking(), 1..60)) {
            let mut accepted: Vec<Booking> = Vec::new();
            for candidate in candidates {
                if clashes(&candidate, &accepted).is_empty() {
                    accepted.push(candidate);
                }
            }
            for (i, a) in accepted.iter().enumerate() {
                for b in &accepted[i + 1..] {
                    if !a.slot.overlaps(&b.slot) {
                        continue;
                    }
                    prop_assert!(a.speakers.iter().all(|s| !b.speakers.contains(s)));
                    prop_assert!(a.venue.is_none() || a.venue != b.venue);
                    prop_assert!(a.interpreters.iter().all(|s| !b.interpreters.contains(s)));
                    prop_assert!(a.vehicles.iter().all(|s| !b.vehicles.contains(s)));
                    prop_assert!(!a.attendees.meet(&b.attendees));
                }
            }
        }
    }
}
