//! Cohorts: one run of a course in a host city, and the rules that need no database.

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;
use serde::Deserialize;

use diesel::deserialize::FromSqlRow;
use diesel::expression::AsExpression;

use crate::domain::commitment::{AllocationDraft, AllocationInput};
use crate::domain::ids::{AllocationId, CommitmentId};
use crate::domain::input::{
    NAME_MAX, TEXT_MAX, date, optional_multiline, optional_text, required_text, whole_number,
};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;

/// Longest course, in calendar days (first and last day included).
pub const COURSE_DAYS_MAX: i64 = 60;
/// Largest cohort.
pub const CAPACITY_MAX: i32 = 1_000;
/// The zone a new cohort starts with.
pub const DEFAULT_TIME_ZONE: &str = "Asia/Shanghai";
/// Zones offered first in the form (any IANA zone is accepted).
pub const SUGGESTED_TIME_ZONES: [&str; 12] = [
    "Asia/Shanghai",
    "Asia/Urumqi",
    "Asia/Almaty",
    "Asia/Bishkek",
    "Asia/Dushanbe",
    "Asia/Tashkent",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Tehran",
    "Asia/Ulaanbaatar",
    "Europe/Minsk",
    "Europe/Moscow",
];

/// Where a cohort is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, AsExpression, FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum CohortStatus {
    Planning,
    Open,
    Running,
    Completed,
    Cancelled,
}

impl CohortStatus {
    pub const ALL: [CohortStatus; 5] = [
        CohortStatus::Planning,
        CohortStatus::Open,
        CohortStatus::Running,
        CohortStatus::Completed,
        CohortStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CohortStatus::Planning => "planning",
            CohortStatus::Open => "open",
            CohortStatus::Running => "running",
            CohortStatus::Completed => "completed",
            CohortStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<CohortStatus> {
        CohortStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == text.trim())
    }

    pub fn label_key(self) -> &'static str {
        match self {
            CohortStatus::Planning => "cohort-status-planning",
            CohortStatus::Open => "cohort-status-open",
            CohortStatus::Running => "cohort-status-running",
            CohortStatus::Completed => "cohort-status-completed",
            CohortStatus::Cancelled => "cohort-status-cancelled",
        }
    }

    /// Whether the cohort's places count against its allocation.
    pub fn holds_places(self) -> bool {
        self != CohortStatus::Cancelled
    }

    /// The statuses a cohort in this status may be moved to: one step forward or back along
    /// planning → open → running → completed, cancellation from any but completed, and a cancelled
    /// cohort back to planning.
    pub fn can_become(self, next: CohortStatus) -> bool {
        use CohortStatus::*;
        self == next
            || matches!(
                (self, next),
                (Planning, Open)
                    | (Open, Planning | Running)
                    | (Running, Open | Completed)
                    | (Completed, Running)
                    | (Planning | Open | Running, Cancelled)
                    | (Cancelled, Planning)
            )
    }

    /// The status the calendar gives a course in this status on `today` (on the course's clock): one
    /// still planned or open for enrollment is running from its first day. Completing it stays the
    /// organizers' step (`awaits_completion`), because it decides who completed.
    pub fn on(self, starts_on: NaiveDate, today: NaiveDate) -> CohortStatus {
        match self {
            CohortStatus::Planning | CohortStatus::Open if today >= starts_on => {
                CohortStatus::Running
            }
            other => other,
        }
    }

    /// Whether a course in this status that ends on `ends_on` waits, on `today`, to be completed.
    pub fn awaits_completion(self, ends_on: NaiveDate, today: NaiveDate) -> bool {
        today > ends_on
            && matches!(
                self,
                CohortStatus::Planning | CohortStatus::Open | CohortStatus::Running
            )
    }
}

crate::db::stored_as_text!(CohortStatus);
crate::domain::ids::serialized_as_text!(CohortStatus);

/// A language a course can be taught or interpreted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WorkingLanguage {
    Zh,
    Ru,
    En,
    Kk,
    Ky,
    Tg,
    Uz,
    Ur,
    Fa,
    Hi,
}

impl WorkingLanguage {
    pub const ALL: [WorkingLanguage; 10] = [
        WorkingLanguage::Zh,
        WorkingLanguage::Ru,
        WorkingLanguage::En,
        WorkingLanguage::Kk,
        WorkingLanguage::Ky,
        WorkingLanguage::Tg,
        WorkingLanguage::Uz,
        WorkingLanguage::Ur,
        WorkingLanguage::Fa,
        WorkingLanguage::Hi,
    ];

    pub fn code(self) -> &'static str {
        match self {
            WorkingLanguage::Zh => "zh",
            WorkingLanguage::Ru => "ru",
            WorkingLanguage::En => "en",
            WorkingLanguage::Kk => "kk",
            WorkingLanguage::Ky => "ky",
            WorkingLanguage::Tg => "tg",
            WorkingLanguage::Uz => "uz",
            WorkingLanguage::Ur => "ur",
            WorkingLanguage::Fa => "fa",
            WorkingLanguage::Hi => "hi",
        }
    }

    pub fn parse(code: &str) -> Option<WorkingLanguage> {
        WorkingLanguage::ALL
            .into_iter()
            .find(|l| l.code() == code.trim())
    }

    pub fn label_key(self) -> &'static str {
        match self {
            WorkingLanguage::Zh => "language-zh",
            WorkingLanguage::Ru => "language-ru",
            WorkingLanguage::En => "language-en",
            WorkingLanguage::Kk => "language-kk",
            WorkingLanguage::Ky => "language-ky",
            WorkingLanguage::Tg => "language-tg",
            WorkingLanguage::Uz => "language-uz",
            WorkingLanguage::Ur => "language-ur",
            WorkingLanguage::Fa => "language-fa",
            WorkingLanguage::Hi => "language-hi",
        }
    }

    /// Reads the stored comma-separated list, skipping anything unknown.
    pub fn list_from_db(stored: &str) -> Vec<WorkingLanguage> {
        stored
            .split(',')
            .filter_map(WorkingLanguage::parse)
            .collect()
    }

    pub fn list_to_db(languages: &[WorkingLanguage]) -> String {
        languages
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The cohort form as the browser sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CohortInput {
    /// The version of what the form edits, as loaded (`services::editing`); empty on a new one.
    pub version: String,
    pub allocation_id: String,
    pub name: String,
    pub venue: String,
    pub starts_on: String,
    pub ends_on: String,
    pub time_zone: String,
    pub capacity: String,
    pub languages: Vec<String>,
    pub status: String,
    pub notes: String,
    /// A host city not allocated places yet, typed into the new-cohort form (`NewHostCity`): its name,
    /// its places and the commitment (by id) they come from.
    pub new_host_city: String,
    pub new_host_city_places: String,
    pub new_host_city_commitment: String,
}

/// A host city given places of a commitment from inside the new-cohort form, to hold the cohort: the
/// organizer found it missing while setting the cohort up.
#[derive(Debug, Clone, PartialEq)]
pub struct NewHostCity {
    pub commitment: CommitmentId,
    pub allocation: AllocationDraft,
}

impl CohortInput {
    /// The host city typed in as new, if any; its problems are named after the form's inputs.
    pub fn parse_new_host_city(&self) -> Result<Option<NewHostCity>, FormErrors> {
        if self.new_host_city.trim().is_empty() && self.new_host_city_places.trim().is_empty() {
            return Ok(None);
        }
        let commitment =
            CommitmentId::from_str(self.new_host_city_commitment.trim()).map_err(|_| {
                FormErrors::single("new_host_city_commitment", Msg::new("error-choose-one"))
            });
        let input = AllocationInput {
            host_city: self.new_host_city.clone(),
            places: self.new_host_city_places.clone(),
            ..AllocationInput::default()
        };
        let allocation = AllocationDraft::parse(&input, &[])
            .map_err(|e| e.prefixed("new_host_city", "host_city"));
        FormErrors::both(commitment, allocation).map(|(commitment, allocation)| {
            Some(NewHostCity {
                commitment,
                allocation,
            })
        })
    }
}

/// A cohort whose fields passed every rule that needs no database.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortDraft {
    pub allocation_id: AllocationId,
    pub name: String,
    pub venue: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub time_zone: Tz,
    pub capacity: i32,
    pub languages: Vec<WorkingLanguage>,
    pub status: CohortStatus,
    pub notes: String,
}

impl CohortDraft {
    /// The new-cohort form read whole: the cohort and the host city it adds, if any. A cohort in a new
    /// host city goes there whatever the list of allocations says: its `allocation_id` is set when
    /// `services::cohorts::create` has added the city.
    pub fn parse_new(input: &CohortInput) -> Result<(Self, Option<NewHostCity>), FormErrors> {
        match input.parse_new_host_city() {
            Ok(None) => Self::parse(input).map(|draft| (draft, None)),
            new => {
                let placed = CohortInput {
                    allocation_id: "0".to_owned(),
                    ..input.clone()
                };
                FormErrors::both(Self::parse(&placed), new)
            }
        }
    }

    pub fn parse(input: &CohortInput) -> Result<Self, FormErrors> {
        let mut errors = FormErrors::new();
        let allocation_id = errors.check(
            "allocation_id",
            AllocationId::from_str(&input.allocation_id).map_err(|_| Msg::new("error-choose-one")),
        );
        let name = errors.check("name", required_text(&input.name, NAME_MAX));
        let venue = errors.check("venue", optional_text(&input.venue, NAME_MAX));
        let starts_on = errors.check("starts_on", date(&input.starts_on));
        let ends_on = errors.check("ends_on", date(&input.ends_on));
        if let (Some(start), Some(end)) = (starts_on, ends_on) {
            let days = (end - start).num_days() + 1;
            if end < start {
                errors.add("ends_on", Msg::new("error-end-before-start"));
            } else if days > COURSE_DAYS_MAX {
                errors.add(
                    "ends_on",
                    Msg::new("error-course-too-long")
                        .with("max", COURSE_DAYS_MAX)
                        .with("days", days),
                );
            }
        }
        let time_zone = errors.check("time_zone", parse_time_zone(&input.time_zone));
        let capacity = errors.check("capacity", whole_number(&input.capacity, 1, CAPACITY_MAX));
        let mut languages = Vec::new();
        for code in &input.languages {
            match WorkingLanguage::parse(code) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => errors.add("languages", Msg::new("error-choose-one")),
            }
        }
        let status = errors.check(
            "status",
            CohortStatus::parse(&input.status).ok_or_else(|| Msg::new("error-choose-one")),
        );
        let notes = errors.check("notes", optional_multiline(&input.notes, TEXT_MAX));
        let draft = (|| {
            Some(Self {
                allocation_id: allocation_id?,
                name: name?,
                venue: venue?,
                starts_on: starts_on?,
                ends_on: ends_on?,
                time_zone: time_zone?,
                capacity: capacity?,
                languages,
                status: status?,
                notes: notes?,
            })
        })();
        errors.finish(draft)
    }
}

/// An IANA time zone name such as `Asia/Shanghai`.
pub fn parse_time_zone(raw: &str) -> Result<Tz, Msg> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Msg::new("error-required"));
    }
    Tz::from_str(text).map_err(|_| Msg::new("error-time-zone").with("value", text))
}

/// The name of a file about a cohort: its host city, its year and what the file holds
/// (`qingdao-2023-attendance-sessions`), in lower case, words joined by `-`; letters of any script stay.
pub fn file_stem(host_city: &str, starts_on: NaiveDate, what: &str) -> String {
    let words = format!("{host_city} {} {what}", starts_on.year()).to_lowercase();
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_after_their_city_year_and_contents() {
        let day = NaiveDate::from_ymd_opt(2023, 6, 15).unwrap();
        assert_eq!(
            file_stem("Qingdao", day, "attendance-sessions"),
            "qingdao-2023-attendance-sessions"
        );
        assert_eq!(file_stem("Xi'an", day, "trainees"), "xi-an-2023-trainees");
        assert_eq!(file_stem("青岛 ", day, "report"), "青岛-2023-report");
    }

    fn input() -> CohortInput {
        CohortInput {
            version: String::new(),
            allocation_id: "1".into(),
            name: "2023 SCO Poverty Reduction Training — Qingdao".into(),
            venue: "Qingdao Agricultural University".into(),
            starts_on: "2023-06-15".into(),
            ends_on: "2023-06-21".into(),
            time_zone: "Asia/Shanghai".into(),
            capacity: "70".into(),
            languages: vec!["zh".into(), "ru".into(), "en".into()],
            status: "planning".into(),
            notes: String::new(),
            ..CohortInput::default()
        }
    }

    #[test]
    fn a_course_runs_from_its_first_day_and_waits_to_be_completed_after_its_last() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2023, 6, d).unwrap();
        let (first, last) = (day(15), day(21));
        use CohortStatus::*;
        for status in [Planning, Open] {
            assert_eq!(status.on(first, day(14)), status, "before the first day");
            assert_eq!(status.on(first, day(15)), Running, "on the first day");
            assert_eq!(
                status.on(first, day(30)),
                Running,
                "a course never opened ran all the same"
            );
        }
        for status in [Running, Completed, Cancelled] {
            assert_eq!(status.on(first, day(16)), status);
        }
        assert!(
            !Running.awaits_completion(last, day(21)),
            "not on its last day"
        );
        assert!(Running.awaits_completion(last, day(22)));
        assert!(Open.awaits_completion(last, day(22)));
        assert!(!Completed.awaits_completion(last, day(22)));
        assert!(!Cancelled.awaits_completion(last, day(22)));
    }

    #[test]
    fn a_new_host_city_places_the_cohort_whatever_the_allocation_chosen() {
        let plain = CohortDraft::parse_new(&input()).unwrap();
        assert_eq!((plain.0.allocation_id, plain.1), (AllocationId(1), None));

        let kashgar = CohortInput {
            allocation_id: String::new(),
            new_host_city: " Kashgar ".into(),
            new_host_city_places: "40".into(),
            new_host_city_commitment: "3".into(),
            ..input()
        };
        let (_, new) = CohortDraft::parse_new(&kashgar).unwrap();
        let new = new.unwrap();
        assert_eq!(
            (
                new.commitment,
                new.allocation.host_city.as_str(),
                new.allocation.places
            ),
            (CommitmentId(3), "Kashgar", 40)
        );

        let wrong = CohortInput {
            new_host_city: String::new(),
            new_host_city_places: "forty".into(),
            new_host_city_commitment: String::new(),
            name: String::new(),
            ..kashgar
        };
        let errors = CohortDraft::parse_new(&wrong).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(field, _)| field).collect();
        assert_eq!(
            fields,
            [
                "name",
                "new_host_city",
                "new_host_city_commitment",
                "new_host_city_places"
            ],
            "every problem, named after the form's inputs; none about the allocation left empty"
        );
    }

    #[test]
    fn a_complete_cohort_parses() {
        let draft = CohortDraft::parse(&input()).unwrap();
        assert_eq!(draft.capacity, 70);
        assert_eq!(draft.time_zone, chrono_tz::Asia::Shanghai);
        assert_eq!(WorkingLanguage::list_to_db(&draft.languages), "zh,ru,en");
    }

    #[test]
    fn a_course_lasts_at_most_sixty_days() {
        let sixty = CohortInput {
            ends_on: "2023-08-13".into(),
            ..input()
        };
        assert!(CohortDraft::parse(&sixty).is_ok());
        let sixty_one = CohortInput {
            ends_on: "2023-08-14".into(),
            ..input()
        };
        let errors = CohortDraft::parse(&sixty_one).unwrap_err();
        assert_eq!(errors.get("ends_on").unwrap().key, "error-course-too-long");
    }

    #[test]
    fn capacity_zone_and_status_are_checked() {
        let bad = CohortInput {
            capacity: "1001".into(),
            time_zone: "Asia/Qingdao".into(),
            status: "finished".into(),
            ..input()
        };
        let errors = CohortDraft::parse(&bad).unwrap_err();
        assert_eq!(errors.get("capacity").unwrap().key, "error-out-of-range");
        assert_eq!(errors.get("time_zone").unwrap().key, "error-time-zone");
        assert_eq!(errors.get("status").unwrap().key, "error-choose-one");
    }

    #[test]
    fn status_moves_one_step_at_a_time_and_completed_courses_are_not_cancelled() {
        use CohortStatus::*;
        assert!(Planning.can_become(Open));
        assert!(!Planning.can_become(Completed));
        assert!(Running.can_become(Completed));
        assert!(!Completed.can_become(Cancelled));
        assert!(Cancelled.can_become(Planning));
        assert!(!Cancelled.can_become(Running));
    }
}
