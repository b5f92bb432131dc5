//! iCalendar (RFC 5545) feeds: events on the cohort's clock with a `VTIMEZONE` for its zone, stable UIDs,
//! a `SEQUENCE` that grows with each change, planned sessions as `STATUS:TENTATIVE` and confirmed ones as
//! `CONFIRMED`, and cancelled sessions kept as `STATUS:CANCELLED` so that calendars remove them instead
//! of keeping a stale copy.
//!
//! The `VTIMEZONE` starts with the offset in force a year before the course and lists every change of
//! offset from then to a year after, so that a client reads the same offsets as chrono-tz whether the
//! zone has daylight saving time or changed once for good (Asia/Almaty in 2024, Europe/Moscow in 2011 and
//! 2014, Europe/Volgograd in 2020). A calendar without events still has it, and is still valid.

use chrono::{Duration, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// One calendar: a name, the zone its times are written in, the days it is about, and its events.
pub struct Calendar {
    pub name: String,
    pub zone: Tz,
    /// The course's first and last days: the time zone is described around them even without events.
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub events: Vec<Event>,
}

/// Whether an event will happen as planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    Tentative,
    Confirmed,
    Cancelled,
}

impl EventStatus {
    fn as_str(self) -> &'static str {
        match self {
            EventStatus::Tentative => "TENTATIVE",
            EventStatus::Confirmed => "CONFIRMED",
            EventStatus::Cancelled => "CANCELLED",
        }
    }
}

/// One session as a calendar event. Times are UTC, as the database keeps them.
pub struct Event {
    /// Stable for the life of the session, e.g. `session-12@example.org`.
    pub uid: String,
    pub sequence: i32,
    /// When this version of the event was made.
    pub stamp: NaiveDateTime,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub summary: String,
    pub location: String,
    pub description: String,
    pub url: String,
    pub status: EventStatus,
}

impl Calendar {
    /// The calendar as an `.ics` file: CRLF line ends, long lines folded at 75 octets.
    pub fn to_ics(&self) -> String {
        let mut out = String::with_capacity(1024 + self.events.len() * 600);
        line(&mut out, "BEGIN:VCALENDAR");
        line(&mut out, "VERSION:2.0");
        line(&mut out, "PRODID:-//cohortdesk//cohortdesk//EN");
        line(&mut out, "CALSCALE:GREGORIAN");
        line(&mut out, "METHOD:PUBLISH");
        line(&mut out, &format!("X-WR-CALNAME:{}", escape(&self.name)));
        line(&mut out, &format!("X-WR-TIMEZONE:{}", self.zone.name()));
        let first = self.events.iter().map(|e| e.start.date()).min();
        let last = self.events.iter().map(|e| e.end.date()).max();
        vtimezone(
            &mut out,
            self.zone,
            first.map_or(self.first_day, |d| d.min(self.first_day)),
            last.map_or(self.last_day, |d| d.max(self.last_day)),
        );
        for event in &self.events {
            self.event(&mut out, event);
        }
        line(&mut out, "END:VCALENDAR");
        out
    }

    fn event(&self, out: &mut String, event: &Event) {
        let local = |at: NaiveDateTime| {
            self.zone
                .from_utc_datetime(&at)
                .naive_local()
                .format("%Y%m%dT%H%M%S")
                .to_string()
        };
        let zone = self.zone.name();
        line(out, "BEGIN:VEVENT");
        line(out, &format!("UID:{}", escape(&event.uid)));
        line(out, &format!("DTSTAMP:{}", utc(event.stamp)));
        line(out, &format!("LAST-MODIFIED:{}", utc(event.stamp)));
        line(out, &format!("SEQUENCE:{}", event.sequence));
        line(out, &format!("DTSTART;TZID={zone}:{}", local(event.start)));
        line(out, &format!("DTEND;TZID={zone}:{}", local(event.end)));
        line(out, &format!("SUMMARY:{}", escape(&event.summary)));
        if !event.location.is_empty() {
            line(out, &format!("LOCATION:{}", escape(&event.location)));
        }
        if !event.description.is_empty() {
            line(out, &format!("DESCRIPTION:{}", escape(&event.description)));
        }
        if !event.url.is_empty() {
            line(out, &format!("URL:{}", event.url));
        }
        line(out, &format!("STATUS:{}", event.status.as_str()));
        line(out, "END:VEVENT");
    }
}

fn utc(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A zone's offset at a UTC moment: the offset, whether it is daylight-saving time, and its short name.
fn offset_at(zone: Tz, at: NaiveDateTime) -> (i32, bool, String) {
    let offset = zone.offset_from_utc_datetime(&at);
    let name = offset.abbreviation().map_or_else(
        || offset_text(offset.fix().local_minus_utc()),
        str::to_owned,
    );
    (
        offset.fix().local_minus_utc(),
        offset.dst_offset() != Duration::zero(),
        name,
    )
}

/// `+0800`, `-0430`, as `TZOFFSETFROM` and `TZOFFSETTO` want it.
fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The moments in `[from, to)` when the zone's offset changes, found week by week (no zone changes
/// twice in a week) and then to the minute.
fn transitions(zone: Tz, from: NaiveDateTime, to: NaiveDateTime) -> Vec<NaiveDateTime> {
    const WEEK: i64 = 7 * 24 * 60;
    let offset = |at| zone.offset_from_utc_datetime(&at).fix().local_minus_utc();
    let mut found = Vec::new();
    let mut start = from;
    while start < to {
        let next = start + Duration::minutes(WEEK);
        if offset(start) != offset(next) {
            let (mut before, mut after) = (0, WEEK);
            while after - before > 1 {
                let middle = (before + after) / 2;
                if offset(start + Duration::minutes(middle)) == offset(start) {
                    before = middle;
                } else {
                    after = middle;
                }
            }
            found.push(start + Duration::minutes(after));
        }
        start = next;
    }
    found
}

/// The zone's `VTIMEZONE` for events between `first` and `last`: the offset in force a year before, then
/// each change of offset until a year after.
fn vtimezone(out: &mut String, zone: Tz, first: NaiveDate, last: NaiveDate) {
    let from = (first - Duration::days(366))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    let to = (last + Duration::days(366))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{}", zone.name()));
    let local = |at: NaiveDateTime, offset: i32| {
        (at + Duration::seconds(i64::from(offset)))
            .format("%Y%m%dT%H%M%S")
            .to_string()
    };
    let (mut previous, dst, name) = offset_at(zone, from);
    let kind = |dst: bool| if dst { "DAYLIGHT" } else { "STANDARD" };
    observance(
        out,
        kind(dst),
        &local(from, previous),
        previous,
        previous,
        &name,
    );
    for at in transitions(zone, from, to) {
        let (offset, dst, name) = offset_at(zone, at);
        observance(
            out,
            kind(dst),
            &local(at, previous),
            previous,
            offset,
            &name,
        );
        previous = offset;
    }
    line(out, "END:VTIMEZONE");
}

fn observance(out: &mut String, kind: &str, start: &str, from: i32, to: i32, name: &str) {
    line(out, &format!("BEGIN:{kind}"));
    line(out, &format!("DTSTART:{start}"));
    line(out, &format!("TZOFFSETFROM:{}", offset_text(from)));
    line(out, &format!("TZOFFSETTO:{}", offset_text(to)));
    line(out, &format!("TZNAME:{}", escape(name)));
    line(out, &format!("END:{kind}"));
}

/// Text values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11); other control
/// characters, which the format does not allow, are left out.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Writes one content line, folded so that no line is longer than 75 octets (never inside a character,
/// and never beside a space: some readers trim the spaces around a fold, which would join two words). Control characters never reach the file.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars().filter(|c| !c.is_control()) {
        if width + c.len_utf8() > 75 {
            // Move the fold back past any space beside it (a few characters at most).
            let mut carried = Vec::new();
            let mut next = c;
            while let Some(last) = out.chars().last().filter(|_| carried.len() < 8) {
                if last == '\n' || (next != ' ' && last != ' ') {
                    break;
                }
                out.pop();
                carried.push(last);
                next = last;
            }
            out.push_str("\r\n ");
            width = 1;
            for last in carried.into_iter().rev() {
                out.push(last);
                width += last.len_utf8();
            }
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// `webcal://…` for an `http(s)://…` feed address, which phones open in their calendar app.
pub fn webcal(link: &str) -> String {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .unwrap_or(link);
    format!("webcal://{rest}")
}

/// The link that subscribes Google Calendar (what Android phones use) to the feed at `link`.
pub fn google_subscription(link: &str) -> String {
    let feed: String = url::form_urlencoded::byte_serialize(webcal(link).as_bytes()).collect();
    format!("https://calendar.google.com/calendar/render?cid={feed}")
}

/// A phone number as a `tel:` URI (RFC 3966): its leading `+` and digits, groups joined by `-`, an
/// extension ("ext. 12", "доб. 12", "转12") as `;ext=12`; `None` when it holds no digits.
pub fn tel_uri(phone: &str) -> Option<String> {
    let lower = phone.to_lowercase();
    // An extension's mark counts only after the number has begun ("Alex" is not one).
    let begins = lower.find(|c: char| c.is_ascii_digit())?;
    let (number, extension) = ["ext", "доб", "вн", "转", "x"]
        .iter()
        .find_map(|mark| lower[begins..].find(mark).map(|at| begins + at))
        .map_or((lower.as_str(), ""), |at| lower.split_at(at));
    let groups: Vec<String> = number
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .map(str::to_owned)
        .collect();
    if groups.is_empty() {
        return None;
    }
    let plus = if lower[..begins].trim_end().ends_with('+') {
        "+"
    } else {
        ""
    };
    let extension: String = extension.chars().filter(char::is_ascii_digit).collect();
    let extension = if extension.is_empty() {
        String::new()
    } else {
        format!(";ext={extension}")
    };
    Some(format!("tel:{plus}{}{extension}", groups.join("-")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn phone_numbers_become_valid_tel_uris() {
        for (phone, uri) in [
            ("+996 312 000 000", Some("tel:+996-312-000-000")),
            ("+7 (727) 250-00-00", Some("tel:+7-727-250-00-00")),
            (
                "8 (727) 250 00 00 доб. 12",
                Some("tel:8-727-250-00-00;ext=12"),
            ),
            (
                "+86 532 8888 1234 转 305",
                Some("tel:+86-532-8888-1234;ext=305"),
            ),
            ("+1 212 555 0100 ext. 7", Some("tel:+1-212-555-0100;ext=7")),
            ("Alex, +7 701 000 0000", Some("tel:+7-701-000-0000")),
            ("Mr Liu", None),
            ("", None),
        ] {
            assert_eq!(tel_uri(phone).as_deref(), uri, "{phone}");
        }
    }

    #[test]
    fn google_calendar_subscribes_to_the_webcal_address() {
        assert_eq!(
            google_subscription("https://training.example.org/my/abc/calendar.ics"),
            "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Ftraining.example.org%2Fmy%2Fabc%2Fcalendar.ics"
        );
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn event(status: EventStatus) -> Event {
        Event {
            uid: "session-7@example.org".into(),
            sequence: 3,
            stamp: at("2023-06-01 08:00"),
            start: at("2023-06-12 01:00"),
            end: at("2023-06-12 02:30"),
            summary: "Rural governance, lecture; part 1".into(),
            location: "Qingdao Agricultural University".into(),
            description: "Line one\nline two".into(),
            url: String::new(),
            status,
        }
    }

    fn calendar(zone: Tz, events: Vec<Event>) -> String {
        Calendar {
            name: "Course".into(),
            zone,
            first_day: NaiveDate::from_ymd_opt(2023, 6, 12).unwrap(),
            last_day: NaiveDate::from_ymd_opt(2023, 6, 18).unwrap(),
            events,
        }
        .to_ics()
    }

    /// What a calendar client makes of a `VTIMEZONE`: each observance's onset (in UTC) and the offset it
    /// brings, read back with the `ical` crate.
    fn observances(ics: &str) -> Vec<(NaiveDateTime, i32)> {
        let parsed = ical::IcalParser::new(ics.as_bytes())
            .next()
            .expect("a calendar")
            .expect("the calendar parses");
        let offset = |text: &str| {
            let sign = if text.starts_with('-') { -1 } else { 1 };
            let digits = &text[1..];
            sign * (digits[..2].parse::<i32>().unwrap() * 3600
                + digits[2..4].parse::<i32>().unwrap() * 60)
        };
        let mut found = Vec::new();
        for zone in &parsed.timezones {
            for transition in &zone.transitions {
                let value = |name: &str| {
                    transition
                        .properties
                        .iter()
                        .find(|p| p.name == name)
                        .and_then(|p| p.value.clone())
                        .unwrap_or_else(|| panic!("{name} in every observance"))
                };
                let from = offset(&value("TZOFFSETFROM"));
                let onset = NaiveDateTime::parse_from_str(&value("DTSTART"), "%Y%m%dT%H%M%S")
                    .expect("a local DTSTART")
                    - Duration::seconds(from.into());
                found.push((onset, offset(&value("TZOFFSETTO"))));
            }
        }
        found.sort();
        found
    }

    /// The offset a client reads for the UTC moment `at`: the latest observance begun by then.
    fn client_offset(observances: &[(NaiveDateTime, i32)], at: NaiveDateTime) -> Option<i32> {
        observances
            .iter()
            .rev()
            .find(|(onset, _)| *onset <= at)
            .map(|(_, offset)| *offset)
    }

    #[test]
    fn events_are_written_on_the_cohort_clock_with_their_version() {
        let ics = calendar(
            chrono_tz::Asia::Shanghai,
            vec![event(EventStatus::Confirmed)],
        );
        assert!(
            ics.contains("DTSTART;TZID=Asia/Shanghai:20230612T090000\r\n"),
            "{ics}"
        );
        assert!(ics.contains("DTEND;TZID=Asia/Shanghai:20230612T103000\r\n"));
        assert!(ics.contains("SEQUENCE:3\r\n"));
        assert!(ics.contains("STATUS:CONFIRMED\r\n"));
        assert!(ics.contains("SUMMARY:Rural governance\\, lecture\\; part 1\r\n"));
        assert!(ics.contains("DESCRIPTION:Line one\\nline two\r\n"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn planned_sessions_are_tentative_and_cancelled_ones_stay_as_cancelled() {
        let ics = calendar(
            chrono_tz::Asia::Shanghai,
            vec![event(EventStatus::Tentative), event(EventStatus::Cancelled)],
        );
        assert!(ics.contains("STATUS:TENTATIVE\r\n"));
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains("UID:session-7@example.org\r\n"));
    }

    #[test]
    fn a_zone_without_daylight_saving_has_one_standard_observance() {
        let ics = calendar(
            chrono_tz::Asia::Shanghai,
            vec![event(EventStatus::Confirmed)],
        );
        assert!(ics.contains("TZID:Asia/Shanghai\r\n"));
        assert_eq!(ics.matches("BEGIN:STANDARD").count(), 1);
        assert!(ics.contains("TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\n"));
        assert!(!ics.contains("DAYLIGHT"));
    }

    #[test]
    fn a_zone_with_daylight_saving_lists_its_changes_around_the_course() {
        let ics = calendar(
            chrono_tz::Europe::Berlin,
            vec![event(EventStatus::Confirmed)],
        );
        // Summer time in force in June 2022, then October 2022, March and October 2023, March 2024.
        assert_eq!(ics.matches("BEGIN:DAYLIGHT").count(), 3, "{ics}");
        assert_eq!(ics.matches("BEGIN:STANDARD").count(), 2, "{ics}");
        assert!(ics.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
        ));
        assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20230612T030000\r\n"));
    }

    #[test]
    fn a_one_off_change_starts_from_the_offset_in_force_before_it() {
        // Almaty moved from UTC+6 to UTC+5 on 1 March 2024; a course in June 2024 is read at +5, and a
        // client asked about January 2024 (before the change) finds +6.
        let events = vec![Event {
            start: at("2024-06-10 04:00"),
            end: at("2024-06-10 05:30"),
            ..event(EventStatus::Confirmed)
        }];
        let ics = calendar(chrono_tz::Asia::Almaty, events);
        let found = observances(&ics);
        assert_eq!(
            client_offset(&found, at("2024-01-15 12:00")),
            Some(6 * 3600)
        );
        assert_eq!(
            client_offset(&found, at("2024-06-10 04:00")),
            Some(5 * 3600)
        );
        assert!(
            ics.contains("DTSTART;TZID=Asia/Almaty:20240610T090000\r\n"),
            "{ics}"
        );
    }

    #[test]
    fn a_calendar_without_events_is_still_valid() {
        let ics = calendar(chrono_tz::Asia::Tashkent, Vec::new());
        let parsed = ical::IcalParser::new(ics.as_bytes())
            .next()
            .unwrap()
            .unwrap();
        assert!(parsed.events.is_empty());
        assert_eq!(
            parsed.timezones.len(),
            1,
            "one component at least, as RFC 5545 asks"
        );
    }

    #[test]
    fn control_characters_never_reach_the_feed() {
        let mut dirty = event(EventStatus::Confirmed);
        dirty.summary = "Visit\u{7} to the farm\u{0}\r".into();
        dirty.location = "Hall\u{1b}[31m".into();
        let ics = calendar(chrono_tz::Asia::Shanghai, vec![dirty]);
        assert!(ics.contains("SUMMARY:Visit to the farm\r\n"));
        assert!(ics.contains("LOCATION:Hall[31m\r\n"));
        assert!(
            !ics.chars()
                .any(|c| c.is_control() && c != '\r' && c != '\n')
        );
    }

    #[test]
    fn long_lines_are_folded_without_splitting_a_character() {
        let mut long = event(EventStatus::Confirmed);
        long.summary = "Сельское управление и развитие деревни: опыт провинции Шаньдун".repeat(3);
        let ics = calendar(chrono_tz::Asia::Shanghai, vec![long]);
        for physical in ics.split("\r\n") {
            assert!(
                physical.len() <= 75,
                "{physical:?} is {} octets",
                physical.len()
            );
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains(
                &"Сельское управление и развитие деревни: опыт провинции Шаньдун".repeat(3)
            )
        );
        // A reader that trims the spaces around a fold still reads every word apart, wherever it falls.
        for shift in 0..8 {
            let words = format!(
                "{}{}",
                "x".repeat(shift),
                " как связать хозяйства и гостей".repeat(4)
            );
            let mut folded = event(EventStatus::Confirmed);
            folded.summary = words.clone();
            let ics = calendar(chrono_tz::Asia::Shanghai, vec![folded]);
            let trimmed: String = ics.split("\r\n").map(str::trim).collect();
            assert!(trimmed.contains(&words), "shifted by {shift}");
        }
    }

    #[test]
    fn feed_links_open_in_calendar_apps() {
        assert_eq!(
            webcal("https://example.org/my/abc/calendar.ics"),
            "webcal://example.org/my/abc/calendar.ics"
        );
    }

    fn zones() -> Vec<Tz> {
        crate::domain::cohort::SUGGESTED_TIME_ZONES
            .iter()
            .chain(&[
                "Asia/Almaty",
                "Europe/Moscow",
                "Europe/Volgograd",
                "America/New_York",
                "Australia/Lord_Howe",
            ])
            .map(|name| name.parse().unwrap())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// For a course at any moment of 2010–2030 in any zone the cohort form offers (and zones with
        /// one-off changes, daylight saving or half-hour shifts), the offset a client reads from our
        /// VTIMEZONE is chrono-tz's, for the session itself and for every moment a year either side.
        #[test]
        fn clients_read_the_offsets_chrono_tz_knows(
            zone in proptest::sample::select(zones()),
            minutes in 0i64..(21 * 365 * 24 * 60),
            probe in -(360i64 * 24 * 60)..(360 * 24 * 60),
        ) {
            let start = at("2010-01-01 00:00") + Duration::minutes(minutes);
            let session = Event { start, end: start + Duration::minutes(90), ..event(EventStatus::Confirmed) };
            let ics = Calendar {
                name: "Course".into(),
                zone,
                first_day: start.date(),
                last_day: start.date(),
                events: vec![session],
            }
            .to_ics();
            let found = observances(&ics);
            for moment in [start, start + Duration::minutes(probe)] {
                let expected = zone.offset_from_utc_datetime(&moment).fix().local_minus_utc();
                prop_assert_eq!(client_offset(&found, moment), Some(expected), "{} at {}", zone, moment);
            }
        }
    }
}
