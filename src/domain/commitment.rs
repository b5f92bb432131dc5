//! Commitments (a promise of N training places over a period) and their host-city allocations.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::domain::input::{
    NAME_MAX, TEXT_MAX, date, optional_multiline, required_text, whole_number,
};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;

/// Most places one commitment can promise.
pub const PLACES_MAX: i32 = 100_000;

/// The commitment form as the browser sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CommitmentInput {
    /// The version of what the form edits, as loaded (`services::editing`); empty on a new one.
    pub version: String,
    pub name: String,
    pub description: String,
    pub places: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// A commitment whose fields passed every rule that needs no database.
#[derive(Debug, Clone, PartialEq)]
pub struct CommitmentDraft {
    pub name: String,
    pub description: String,
    pub places: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl CommitmentDraft {
    pub fn parse(input: &CommitmentInput) -> Result<Self, FormErrors> {
        let mut errors = FormErrors::new();
        let name = errors.check("name", required_text(&input.name, NAME_MAX));
        let description = errors.check(
            "description",
            optional_multiline(&input.description, TEXT_MAX),
        );
        let places = errors.check("places", whole_number(&input.places, 1, PLACES_MAX));
        let starts_on = errors.check("starts_on", date(&input.starts_on));
        let ends_on = errors.check("ends_on", date(&input.ends_on));
        if let (Some(start), Some(end)) = (starts_on, ends_on)
            && end < start
        {
            errors.add("ends_on", Msg::new("error-end-before-start"));
        }
        match (name, description, places, starts_on, ends_on) {
            (Some(name), Some(description), Some(places), Some(starts_on), Some(ends_on))
                if errors.is_empty() =>
            {
                Ok(Self {
                    name,
                    description,
                    places,
                    starts_on,
                    ends_on,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The allocation form: a host city, its places, and optional targets for each year of the period.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AllocationInput {
    /// The version of what the form edits, as loaded (`services::editing`); empty on a new one.
    pub version: String,
    pub host_city: String,
    pub places: String,
    /// The years of the commitment's period, in the same order as `target_places`.
    pub target_year: Vec<String>,
    pub target_places: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AllocationDraft {
    pub host_city: String,
    pub places: i32,
    /// (year, places) for the years that have a target.
    pub targets: Vec<(i32, i32)>,
}

impl AllocationDraft {
    /// `years` are the calendar years the commitment spans; targets outside them are refused.
    pub fn parse(input: &AllocationInput, years: &[i32]) -> Result<Self, FormErrors> {
        let mut errors = FormErrors::new();
        let host_city = errors.check("host_city", required_text(&input.host_city, NAME_MAX));
        let places = errors.check("places", whole_number(&input.places, 1, PLACES_MAX));
        let mut targets = Vec::new();
        for (year, raw) in input.target_year.iter().zip(&input.target_places) {
            if raw.trim().is_empty() {
                continue;
            }
            let Some(year) = year
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|y| years.contains(y))
            else {
                errors.add(
                    "targets",
                    Msg::new("error-target-year").with("year", year.as_str()),
                );
                continue;
            };
            match whole_number(raw, 0, PLACES_MAX) {
                Ok(n) => targets.push((year, n)),
                Err(msg) => errors.add("targets", msg),
            }
        }
        let target_sum: i64 = targets.iter().map(|(_, n)| i64::from(*n)).sum();
        if let Some(places) = places
            && target_sum > i64::from(places)
        {
            errors.add(
                "targets",
                Msg::new("error-targets-exceed")
                    .with("total", target_sum)
                    .with("places", places),
            );
        }
        let draft = host_city.zip(places).map(|(host_city, places)| Self {
            host_city,
            places,
            targets,
        });
        errors.finish(draft)
    }
}

/// The calendar years a period touches, e.g. 2023-01-01…2025-12-31 → [2023, 2024, 2025].
pub fn years_of(starts_on: NaiveDate, ends_on: NaiveDate) -> Vec<i32> {
    (starts_on.year()..=ends_on.year()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commitment(places: &str, start: &str, end: &str) -> CommitmentInput {
        CommitmentInput {
            version: String::new(),
            name: "SCO poverty-reduction training".into(),
            description: String::new(),
            places: places.into(),
            starts_on: start.into(),
            ends_on: end.into(),
        }
    }

    #[test]
    fn a_commitment_needs_a_name_places_and_a_period_that_does_not_end_before_it_starts() {
        let ok = CommitmentDraft::parse(&commitment("1,000", "2023-01-01", "2025-12-31")).unwrap();
        assert_eq!(ok.places, 1000);
        let errors =
            CommitmentDraft::parse(&commitment("0", "2025-01-01", "2023-12-31")).unwrap_err();
        assert_eq!(errors.get("places").unwrap().key, "error-out-of-range");
        assert_eq!(errors.get("ends_on").unwrap().key, "error-end-before-start");
        let errors = CommitmentDraft::parse(&CommitmentInput::default()).unwrap_err();
        for field in ["name", "places", "starts_on", "ends_on"] {
            assert_eq!(errors.get(field).unwrap().key, "error-required", "{field}");
        }
        assert_eq!(errors.len(), 4);
    }

    #[test]
    fn yearly_targets_must_fit_in_the_allocation_and_the_period() {
        let input = AllocationInput {
            version: String::new(),
            host_city: "Qingdao".into(),
            places: "200".into(),
            target_year: vec!["2023".into(), "2024".into(), "2025".into()],
            target_places: vec!["70".into(), "".into(), "65".into()],
        };
        let draft = AllocationDraft::parse(&input, &[2023, 2024, 2025]).unwrap();
        assert_eq!(draft.targets, [(2023, 70), (2025, 65)]);

        let too_many = AllocationInput {
            target_places: vec!["150".into(), "60".into(), "".into()],
            ..input.clone()
        };
        let errors = AllocationDraft::parse(&too_many, &[2023, 2024, 2025]).unwrap_err();
        assert_eq!(errors.get("targets").unwrap().key, "error-targets-exceed");

        let errors = AllocationDraft::parse(&input, &[2024, 2025]).unwrap_err();
        assert_eq!(errors.get("targets").unwrap().key, "error-target-year");
    }
}
