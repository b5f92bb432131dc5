//! Attendance marks and the rules that turn them into rates and completions. Everything here is pure.
//!
//! The rate rule, as the pages state it: late counts as present, excused is left out of the count, and a
//! session with no mark yet is not counted. A trainee completes the course when they attended at least the
//! cohort's threshold (80 % unless set otherwise) of the required sessions they were expected at, excused
//! ones left out; at the end of the course a required session without a mark counts as missed.

use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::domain::ids::{TraineeId, text_enum};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;

text_enum!(
    /// A trainee's attendance at one session.
    Mark {
        Present => "present", "attendance-present",
        Late => "late", "attendance-late",
        Excused => "excused", "attendance-excused",
        Absent => "absent", "attendance-absent",
    }
);

text_enum!(
    /// How a mark was taken.
    Method {
        RollCall => "roll_call", "attendance-method-roll-call",
        Qr => "qr", "attendance-method-qr",
        Bus => "bus", "attendance-method-bus",
        Bulk => "bulk", "attendance-method-bulk",
    }
);

text_enum!(
    /// Which way a site visit's bus is going.
    Leg {
        Out => "out", "boarding-out",
        Back => "back", "boarding-back",
    }
);

/// How many marks of each kind, and how many expected marks are still missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    pub present: u32,
    pub late: u32,
    pub excused: u32,
    pub absent: u32,
    /// Expected at a session that has ended, but not marked.
    pub unmarked: u32,
}

impl Tally {
    pub fn add(&mut self, mark: Mark, count: u32) {
        match mark {
            Mark::Present => self.present += count,
            Mark::Late => self.late += count,
            Mark::Excused => self.excused += count,
            Mark::Absent => self.absent += count,
        }
    }

    pub fn merge(&mut self, other: &Tally) {
        self.present += other.present;
        self.late += other.late;
        self.excused += other.excused;
        self.absent += other.absent;
        self.unmarked += other.unmarked;
    }

    /// Sessions attended: present or late.
    pub fn attended(&self) -> u32 {
        self.present + self.late
    }

    /// The attendance rate in whole percent (rounded down), or `None` while nothing counts yet.
    pub fn rate(&self) -> Option<u32> {
        let counted = self.attended() + self.absent;
        (counted > 0).then(|| self.attended() * 100 / counted)
    }

    /// Whether this record meets `threshold` percent once the course is over: sessions without a mark
    /// count as missed. Nothing to attend (everything excused) meets any threshold.
    pub fn completes(&self, threshold: i32) -> bool {
        let required = self.attended() + self.absent + self.unmarked;
        required == 0
            || i64::from(self.attended()) * 100 >= i64::from(threshold) * i64::from(required)
    }

    /// Whether the rate so far is below `threshold`: the trainee is at risk of not completing.
    pub fn at_risk(&self, threshold: i32) -> bool {
        self.rate()
            .is_some_and(|rate| i64::from(rate) < i64::from(threshold))
    }
}

/// The attendance rules of a cohort: its completion threshold (percent) and, in minutes, when a self
/// check-in opens before a session starts, when it closes after the start, and from when it counts as late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttendanceRules {
    pub completion_threshold: i32,
    pub checkin_opens_before: i32,
    pub checkin_closes_after: i32,
    pub late_after: i32,
}

/// The attendance settings form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RulesInput {
    /// The version of the cohort, as loaded (`services::editing`).
    pub version: String,
    pub completion_threshold: String,
    pub checkin_opens_before: String,
    pub checkin_closes_after: String,
    pub late_after: String,
}

impl RulesInput {
    pub fn of(rules: AttendanceRules, version: String) -> Self {
        Self {
            version,
            completion_threshold: rules.completion_threshold.to_string(),
            checkin_opens_before: rules.checkin_opens_before.to_string(),
            checkin_closes_after: rules.checkin_closes_after.to_string(),
            late_after: rules.late_after.to_string(),
        }
    }

    /// Every field checked; late must come before the check-in closes.
    pub fn parse(&self) -> Result<AttendanceRules, FormErrors> {
        let mut errors = FormErrors::new();
        let threshold = errors.check(
            "completion_threshold",
            parse_threshold(&self.completion_threshold),
        );
        let opens = errors.check(
            "checkin_opens_before",
            parse_minutes(&self.checkin_opens_before),
        );
        let closes = errors.check(
            "checkin_closes_after",
            parse_minutes(&self.checkin_closes_after),
        );
        let late = errors.check("late_after", parse_minutes(&self.late_after));
        if let (Some(late), Some(closes)) = (late, closes)
            && late > closes
        {
            errors.add("late_after", Msg::new("error-late-after-close"));
        }
        errors.into_result()?;
        match (threshold, opens, closes, late) {
            (
                Some(completion_threshold),
                Some(checkin_opens_before),
                Some(checkin_closes_after),
                Some(late_after),
            ) => Ok(AttendanceRules {
                completion_threshold,
                checkin_opens_before,
                checkin_closes_after,
                late_after,
            }),
            _ => Err(FormErrors::new()),
        }
    }
}

/// A completion threshold typed into the settings form: a whole percentage from 0 to 100.
pub fn parse_threshold(text: &str) -> Result<i32, Msg> {
    parse_whole(text, 0, 100, "error-threshold-range")
}

/// Minutes typed into the check-in settings: a whole number from 0 to 240.
pub fn parse_minutes(text: &str) -> Result<i32, Msg> {
    parse_whole(text, 0, 240, "error-minutes-range")
}

fn parse_whole(text: &str, min: i32, max: i32, key: &'static str) -> Result<i32, Msg> {
    text.trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| Msg::new(key))
}

/// A note on a mark: at most this many characters.
pub const NOTE_MAX: usize = 200;

/// A note typed next to a mark, trimmed; too long is refused.
pub fn parse_note(text: &str) -> Result<String, Msg> {
    let note = text.trim();
    if note.chars().count() > NOTE_MAX {
        return Err(Msg::new("error-note-too-long").with("max", NOTE_MAX as i64));
    }
    Ok(note.to_owned())
}

/// One typed line of bulk entry: who (a row number of the sign-in sheet, or a name), the mark, and a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkLine {
    /// The line's number in the text, from 1.
    pub number: usize,
    pub who: String,
    pub mark: Mark,
    pub note: String,
}

/// Bulk entry text as read: the lines understood, and the number of each line that was not, with why.
#[derive(Debug, Default)]
pub struct BulkText {
    pub lines: Vec<BulkLine>,
    pub errors: Vec<(usize, Msg)>,
}

/// Reads bulk entry text, one trainee a line: `12 late`, `ABENOV Nurlan absent ill`, `7 e official duty`.
/// A mark is the first word that names one (`marks` turns a word into a mark, in any language); blank
/// lines are skipped.
pub fn parse_bulk(text: &str, marks: impl Fn(&str) -> Option<Mark>) -> BulkText {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        let at = words
            .iter()
            .enumerate()
            .skip(1)
            .find_map(|(i, w)| marks(w).map(|m| (i, m)));
        let Some((at, mark)) = at else {
            errors.push((number, Msg::new("error-bulk-no-mark")));
            continue;
        };
        let note = words[at + 1..].join(" ");
        match parse_note(&note) {
            Ok(note) => lines.push(BulkLine {
                number,
                who: words[..at].join(" "),
                mark,
                note,
            }),
            Err(msg) => errors.push((number, msg)),
        }
    }
    BulkText { lines, errors }
}

/// One line of a roll call form: the mark and note chosen, and those the page showed when loaded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MarkInput {
    pub status: String,
    pub note: String,
    pub was_status: String,
    pub was_note: String,
}

impl MarkInput {
    /// Whether the line says something new: a mark chosen that differs from the one shown, or a new note.
    pub fn changed(&self) -> bool {
        !self.status.is_empty()
            && (self.status != self.was_status || self.note.trim() != self.was_note.trim())
    }
}

/// The roll call form as sent: when its page was loaded, and a line per trainee (`trainee` fields, each
/// with `mark-{id}`, `note-{id}`, `was-{id}` and `was-note-{id}`).
#[derive(Debug, Clone, PartialEq)]
pub struct RollCallForm {
    pub loaded_at: NaiveDateTime,
    pub lines: Vec<(TraineeId, MarkInput)>,
}

/// How the page's load time travels in the form.
pub const LOADED_AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.6f";

impl RollCallForm {
    /// Reads the form's fields; `None` for a form no page of ours sends (no load time, a trainee id that
    /// is not a number).
    pub fn parse(fields: &[(String, String)]) -> Option<RollCallForm> {
        let field = |name: &str| -> String {
            fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let loaded_at =
            NaiveDateTime::parse_from_str(&field("loaded_at"), LOADED_AT_FORMAT).ok()?;
        let mut lines = Vec::new();
        for (_, value) in fields.iter().filter(|(n, _)| n == "trainee") {
            let trainee: TraineeId = value.parse().ok()?;
            let input = MarkInput {
                status: field(&Self::mark_field(trainee)),
                note: field(&format!("note-{trainee}")),
                was_status: field(&format!("was-{trainee}")),
                was_note: field(&format!("was-note-{trainee}")),
            };
            lines.push((trainee, input));
        }
        Some(RollCallForm { loaded_at, lines })
    }

    /// The name of a trainee's mark field, under which its message is kept.
    pub fn mark_field(trainee: TraineeId) -> String {
        format!("mark-{trainee}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(present: u32, late: u32, excused: u32, absent: u32, unmarked: u32) -> Tally {
        Tally {
            present,
            late,
            excused,
            absent,
            unmarked,
        }
    }

    #[test]
    fn late_counts_as_present_and_excused_is_left_out() {
        assert_eq!(tally(6, 2, 2, 0, 0).rate(), Some(100));
        assert_eq!(tally(3, 1, 5, 4, 0).rate(), Some(50));
        assert_eq!(tally(0, 0, 3, 0, 0).rate(), None, "nothing counts yet");
        assert_eq!(tally(2, 0, 0, 1, 0).rate(), Some(66), "rounded down");
    }

    #[test]
    fn sessions_not_yet_marked_do_not_lower_the_rate_but_count_as_missed_at_the_end() {
        let record = tally(8, 0, 0, 0, 2);
        assert_eq!(record.rate(), Some(100));
        assert!(!record.at_risk(80));
        assert!(record.completes(80), "8 of 10 is 80 %");
        assert!(!record.completes(81));
        assert!(!tally(7, 0, 0, 0, 3).completes(80));
    }

    #[test]
    fn the_threshold_is_met_exactly_and_excused_sessions_shrink_what_is_required() {
        assert!(tally(4, 0, 0, 1, 0).completes(80));
        assert!(!tally(3, 0, 0, 2, 0).completes(80));
        assert!(tally(3, 0, 2, 1, 0).completes(75));
        assert!(tally(0, 0, 4, 0, 0).completes(100));
        assert!(tally(0, 0, 0, 5, 0).completes(0));
        assert!(tally(3, 0, 0, 2, 0).at_risk(80));
    }

    #[test]
    fn thresholds_are_whole_percentages() {
        assert_eq!(parse_threshold(" 75 "), Ok(75));
        assert_eq!(parse_threshold("0"), Ok(0));
        assert_eq!(parse_threshold("100"), Ok(100));
        for bad in ["101", "-1", "80.5", "", "eighty"] {
            assert_eq!(
                parse_threshold(bad),
                Err(Msg::new("error-threshold-range")),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_settings_form_checks_every_field() {
        let input = RulesInput {
            version: String::new(),
            completion_threshold: "75".into(),
            checkin_opens_before: "15".into(),
            checkin_closes_after: "30".into(),
            late_after: "10".into(),
        };
        let rules = input.parse().unwrap();
        assert_eq!(rules.completion_threshold, 75);
        assert_eq!(RulesInput::of(rules, String::new()).late_after, "10");
        let bad = RulesInput {
            completion_threshold: "120".into(),
            late_after: "45".into(),
            ..input
        };
        let errors = bad.parse().unwrap_err();
        assert_eq!(
            errors.get("completion_threshold"),
            Some(&Msg::new("error-threshold-range"))
        );
        assert_eq!(
            errors.get("late_after"),
            Some(&Msg::new("error-late-after-close"))
        );
    }

    #[test]
    fn marks_and_methods_have_stable_names() {
        for mark in Mark::ALL {
            assert_eq!(Mark::parse(mark.as_str()), Some(*mark));
        }
        assert_eq!(Mark::parse("here"), None);
        assert_eq!(Method::parse("roll_call"), Some(Method::RollCall));
    }

    fn english(word: &str) -> Option<Mark> {
        match word.to_lowercase().as_str() {
            "p" | "present" => Some(Mark::Present),
            "l" | "late" => Some(Mark::Late),
            "e" | "excused" => Some(Mark::Excused),
            "a" | "absent" => Some(Mark::Absent),
            _ => None,
        }
    }

    #[test]
    fn bulk_lines_name_someone_then_a_mark_then_a_note() {
        let read = parse_bulk(
            "12 late\n\nABENOV Nurlan a\n7 E official duty, consulate",
            english,
        );
        assert!(read.errors.is_empty());
        let lines = read.lines;
        assert_eq!(lines.len(), 3);
        assert_eq!((lines[0].who.as_str(), lines[0].mark), ("12", Mark::Late));
        assert_eq!(
            (lines[1].number, lines[1].who.as_str()),
            (3, "ABENOV Nurlan")
        );
        assert_eq!(lines[1].mark, Mark::Absent);
        assert_eq!(lines[2].note, "official duty, consulate");
    }

    #[test]
    fn a_bulk_line_without_a_mark_is_refused_by_number() {
        let read = parse_bulk("12 late\nABENOV Nurlan\nlate", english);
        assert_eq!(read.lines.len(), 1);
        assert_eq!(
            read.errors,
            [
                (2, Msg::new("error-bulk-no-mark")),
                (3, Msg::new("error-bulk-no-mark"))
            ]
        );
    }

    #[test]
    fn long_notes_are_refused() {
        assert_eq!(
            parse_note("  official duty "),
            Ok("official duty".to_owned())
        );
        assert!(parse_note(&"x".repeat(NOTE_MAX + 1)).is_err());
    }

    #[test]
    fn a_roll_call_form_is_read_line_by_line() {
        let fields: Vec<(String, String)> = [
            ("loaded_at", "2023-06-16T01:30:00.000000"),
            ("trainee", "7"),
            ("mark-7", "late"),
            ("note-7", "bus"),
            ("was-7", "present"),
            ("trainee", "8"),
            ("mark-8", ""),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        let form = RollCallForm::parse(&fields).unwrap();
        assert_eq!(form.lines.len(), 2);
        let (trainee, line) = &form.lines[0];
        assert_eq!(*trainee, TraineeId(7));
        assert_eq!((line.status.as_str(), line.note.as_str()), ("late", "bus"));
        assert!(line.changed());
        assert!(!form.lines[1].1.changed());
        let no_time = &fields[1..];
        assert_eq!(RollCallForm::parse(no_time), None);
        let mut bad_id = fields.clone();
        bad_id.push(("trainee".into(), "x".into()));
        assert_eq!(RollCallForm::parse(&bad_id), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Whatever is pasted into bulk entry or posted as a roll call, it is read without a panic.
        #[test]
        fn bulk_entry_and_roll_calls_read_anything(
            text in "\\PC{0,200}",
            lines in proptest::collection::vec("[0-9A-Za-zА-я ,;\t:-]{0,30}", 0..20),
            fields in proptest::collection::vec(("\\PC{0,20}", "\\PC{0,20}"), 0..30),
        ) {
            let _ = parse_bulk(&text, Mark::parse);
            let _ = parse_bulk(&lines.join("\n"), Mark::parse);
            let _ = RollCallForm::parse(&fields);
        }
    }
}
