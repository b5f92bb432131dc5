//! iCalendar (RFC 5545) feeds: events on the cohort's clock with a `VTIMEZONE` for its zone, stable UIDs,
//! a `SEQUENCE` that grows with each change, and cancelled sessions kept as `STATUS:CANCELLED` so that
//! calendars remove them instead of keeping a stale copy.

use chrono::{Duration, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// One calendar: a name, the zone its times are written in, and its events.
pub struct Calendar {
    pub name: String,
    pub zone: Tz,
    pub events: Vec<Event>,
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
    pub cancelled: bool,
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
        if let (Some(first), Some(last)) = (first, last) {
            vtimezone(&mut out, self.zone, first, last);
        }
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
        let status = if event.cancelled {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        line(out, &format!("STATUS:{status}"));
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

/// The zone's `VTIMEZONE` for events between `first` and `last`: each change of offset from a year before
/// to a year after, or one `STANDARD` block for zones that keep one offset then (most of Asia).
fn vtimezone(out: &mut String, zone: Tz, first: NaiveDate, last: NaiveDate) {
    let from = (first - Duration::days(366))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    let to = (last + Duration::days(366))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{}", zone.name()));
    let changes = transitions(zone, from, to);
    let (mut previous, ..) = offset_at(zone, from);
    if changes.is_empty() {
        let (offset, _, name) = offset_at(zone, from);
        observance(out, "STANDARD", "19700101T000000", offset, offset, &name);
    }
    for at in changes {
        let (offset, dst, name) = offset_at(zone, at);
        let local_start = (at + Duration::seconds(i64::from(previous)))
            .format("%Y%m%dT%H%M%S")
            .to_string();
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        observance(out, kind, &local_start, previous, offset, &name);
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

/// Text values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Writes one content line, folded so that no line is longer than 75 octets (never inside a character).
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn event(cancelled: bool) -> Event {
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
            cancelled,
        }
    }

    fn calendar(zone: Tz, events: Vec<Event>) -> String {
        Calendar {
            name: "Course".into(),
            zone,
            events,
        }
        .to_ics()
    }

    #[test]
    fn events_are_written_on_the_cohort_clock_with_their_version() {
        let ics = calendar(chrono_tz::Asia::Shanghai, vec![event(false)]);
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
    fn a_zone_without_daylight_saving_has_one_standard_observance() {
        let ics = calendar(chrono_tz::Asia::Shanghai, vec![event(false)]);
        assert!(ics.contains("TZID:Asia/Shanghai\r\n"));
        assert_eq!(ics.matches("BEGIN:STANDARD").count(), 1);
        assert!(ics.contains("TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\n"));
        assert!(!ics.contains("DAYLIGHT"));
    }

    #[test]
    fn a_zone_with_daylight_saving_lists_its_changes_around_the_course() {
        let ics = calendar(chrono_tz::Europe::Berlin, vec![event(false)]);
        // A year either side of June 2023: October 2022, March and October 2023, March 2024.
        assert_eq!(ics.matches("BEGIN:DAYLIGHT").count(), 2, "{ics}");
        assert_eq!(ics.matches("BEGIN:STANDARD").count(), 2, "{ics}");
        assert!(ics.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
        ));
        assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20230612T030000\r\n"));
    }

    #[test]
    fn cancelled_events_stay_in_the_feed_as_cancelled() {
        let ics = calendar(chrono_tz::Asia::Shanghai, vec![event(true)]);
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains("UID:session-7@example.org\r\n"));
    }

    #[test]
    fn long_lines_are_folded_without_splitting_a_character() {
        let mut long = event(false);
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
    }

    #[test]
    fn feed_links_open_in_calendar_apps() {
        assert_eq!(
            webcal("https://example.org/my/abc/calendar.ics"),
            "webcal://example.org/my/abc/calendar.ics"
        );
    }
}
