//! Who and what can be in one place at a time (clashes, which block saving) and what makes a day hard to
//! live (warnings, which an organizer may accept).

use std::collections::HashSet;

use chrono::{Duration, NaiveDateTime};

use crate::domain::ids::{
    CohortId, InterpreterId, SessionId, SpeakerId, TraineeId, VehicleId, VenueId,
};
use crate::domain::schedule::kinds::SessionKind;

/// A session may not last longer than this (and a clash check looks this far back for overlaps).
pub const SESSION_MAX: Duration = Duration::hours(16);
/// Less time than this between a site visit's return and the next session is worth a warning.
pub const RETURN_GAP_MIN: Duration = Duration::minutes(30);
/// A session longer than this, without a break, is worth a warning.
pub const LONG_SESSION: Duration = Duration::hours(4);
/// A day from the first start to the last end longer than this is worth a warning.
pub const LONG_DAY: Duration = Duration::hours(10);

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

/// The minutes `slots` cover together: sessions held at the same time for different groups count once
/// (a programme's hours, or one trainee's).
pub fn covered_minutes(slots: impl IntoIterator<Item = Slot>) -> i64 {
    let mut slots: Vec<Slot> = slots.into_iter().filter(|s| s.end > s.start).collect();
    slots.sort_by_key(|s| s.start);
    let mut minutes = 0;
    let mut open: Option<Slot> = None;
    for slot in slots {
        open = match open {
            Some(current) if slot.start <= current.end => Some(Slot {
                start: current.start,
                end: current.end.max(slot.end),
            }),
            Some(current) => {
                minutes += current.length().num_minutes();
                Some(slot)
            }
            None => Some(slot),
        };
    }
    minutes + open.map_or(0, |s| s.length().num_minutes())
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
    /// The session's id once saved (a session never clashes with itself).
    pub session: Option<SessionId>,
    pub kind: SessionKind,
    pub slot: Slot,
    /// When a site visit's buses are back, if later than the session's end.
    pub returns_at: Option<NaiveDateTime>,
    pub speakers: Vec<SpeakerId>,
    pub venue: Option<VenueId>,
    pub interpreters: Vec<InterpreterId>,
    pub vehicles: Vec<VehicleId>,
    /// Who attends: the cohort, or some of its trainees.
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
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
    fn covered_minutes_count_parallel_and_overlapping_sessions_once() {
        let at = |h: u32, m: u32| {
            chrono::NaiveDate::from_ymd_opt(2023, 6, 20)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap()
        };
        let slot = |from: (u32, u32), to: (u32, u32)| Slot {
            start: at(from.0, from.1),
            end: at(to.0, to.1),
        };
        let four_groups = (0..4).map(|_| slot((8, 30), (11, 30)));
        assert_eq!(
            covered_minutes(four_groups),
            180,
            "four parallel case studies: 3 hours"
        );
        let day = [
            slot((14, 0), (15, 30)),
            slot((8, 30), (11, 30)),
            slot((11, 0), (12, 0)),
            slot((15, 30), (16, 0)),
        ];
        assert_eq!(
            covered_minutes(day),
            210 + 120,
            "08:30–12:00 overlapping, 14:00–16:00 touching"
        );
        assert_eq!(covered_minutes([slot((9, 0), (9, 0))]), 0, "an empty slot");
        assert_eq!(covered_minutes([]), 0);
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
