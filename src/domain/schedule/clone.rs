//! The form that clones another cohort's timetable into this one.

use serde::Deserialize;

use crate::domain::ids::CohortId;
use crate::domain::input::whole_number;
use crate::form_errors::FormErrors;
use crate::i18n::Msg;

/// At most this many days forward or back: ten years.
pub const SHIFT_MAX: i32 = 3660;

/// The clone form as the browser sends it.
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(default)]
pub struct CloneInput {
    pub source: String,
    pub shift: String,
    pub confirm: String,
}

/// What to clone: from which cohort, by how many days (`None`: by the days between the two courses'
/// first days), and whether to save or only try.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CloneRequest {
    pub source: CohortId,
    pub shift: Option<i64>,
    pub confirm: bool,
}

impl CloneInput {
    pub fn parse(&self) -> Result<CloneRequest, FormErrors> {
        let mut errors = FormErrors::new();
        let source = errors.check(
            "source",
            self.source
                .trim()
                .parse()
                .map_err(|_| Msg::new("error-choose-one")),
        );
        let shift = match self.shift.trim() {
            "" => Some(None),
            raw => errors
                .check("shift", whole_number(raw, -SHIFT_MAX, SHIFT_MAX))
                .map(|days| Some(i64::from(days))),
        };
        let request = source.zip(shift).map(|(source, shift)| CloneRequest {
            source,
            shift,
            confirm: !self.confirm.is_empty(),
        });
        errors.finish(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_form_reads_the_source_and_an_optional_shift() {
        let input = |source: &str, shift: &str| CloneInput {
            source: source.into(),
            shift: shift.into(),
            confirm: String::new(),
        };
        assert_eq!(
            input("3", "").parse().unwrap(),
            CloneRequest {
                source: CohortId(3),
                shift: None,
                confirm: false
            }
        );
        assert_eq!(input("3", "-7").parse().unwrap().shift, Some(-7));
        let wrong = input("", "99999").parse().unwrap_err();
        assert_eq!(wrong.get("source").unwrap().key, "error-choose-one");
        assert!(wrong.get("shift").is_some());
    }
}
