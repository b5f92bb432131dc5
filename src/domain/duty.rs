//! Duty contacts: whom trainees call on each day of a course. A day without a contact of its own keeps
//! the day before's, so one contact typed on the first day covers the whole course; before the course
//! (arrivals) trainees see the first day's.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::domain::calendar::tel_uri;
use crate::domain::input::optional_text;
use crate::form_errors::{FormErrors, WHOLE_FORM};
use crate::i18n::Msg;

/// One day's duty contact: a name (may be empty: "the duty phone") and a phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DutyContact {
    pub day: NaiveDate,
    pub name: String,
    pub phone: String,
}

impl DutyContact {
    /// "Wang Lei, +86 139 0000 1111", as the audit log and the e-mails' text part show it.
    pub fn line(&self) -> String {
        if self.name.is_empty() {
            self.phone.clone()
        } else {
            format!("{}, {}", self.name, self.phone)
        }
    }

    /// The phone as a link that dials it.
    pub fn tel(&self) -> Option<String> {
        tel_uri(&self.phone)
    }
}

/// A course's duty contacts, by day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DutyRoster(Vec<DutyContact>);

impl DutyRoster {
    pub fn new(mut contacts: Vec<DutyContact>) -> Self {
        contacts.sort_by_key(|c| c.day);
        DutyRoster(contacts)
    }

    /// The contact typed for `day` itself.
    pub fn own(&self, day: NaiveDate) -> Option<&DutyContact> {
        self.0.iter().find(|c| c.day == day)
    }

    /// Whom to call on `day`: its own contact, else the latest before it, else (before the course) the
    /// first.
    pub fn on(&self, day: NaiveDate) -> Option<&DutyContact> {
        self.0
            .iter()
            .rev()
            .find(|c| c.day <= day)
            .or_else(|| self.0.first())
    }

    /// The days among `days` (a course's, in order) each contact covers, first and last: "19–21 June:
    /// Wang Lei".
    pub fn spans(&self, days: &[NaiveDate]) -> Vec<(NaiveDate, NaiveDate, &DutyContact)> {
        let mut spans: Vec<(NaiveDate, NaiveDate, &DutyContact)> = Vec::new();
        for &day in days {
            let Some(contact) = self.on(day) else {
                continue;
            };
            match spans.last_mut() {
                Some((_, until, last)) if std::ptr::eq(*last, contact) => *until = day,
                _ => spans.push((day, day, contact)),
            }
        }
        spans
    }
}

/// The duty contacts form: one row per day of the course, in the course's order (`day`, `name`, `phone`
/// repeated).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DutyInput {
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub day: Vec<String>,
    #[serde(default)]
    pub name: Vec<String>,
    #[serde(default)]
    pub phone: Vec<String>,
}

impl DutyInput {
    /// The form filled in with `roster`'s own contacts for `days`.
    pub fn from_roster(roster: &DutyRoster, days: &[NaiveDate], version: String) -> Self {
        let own = |day: &NaiveDate, f: fn(&DutyContact) -> &String| {
            roster.own(*day).map(f).cloned().unwrap_or_default()
        };
        DutyInput {
            version,
            day: days.iter().map(ToString::to_string).collect(),
            name: days.iter().map(|d| own(d, |c| &c.name)).collect(),
            phone: days.iter().map(|d| own(d, |c| &c.phone)).collect(),
        }
    }

    /// What was typed for `day`: (name, phone).
    pub fn typed<'a>(&'a self, day: NaiveDate) -> (&'a str, &'a str) {
        let day = day.to_string();
        let at = self.day.iter().position(|d| *d == day);
        let field =
            |values: &'a [String]| at.and_then(|i| values.get(i)).map_or("", String::as_str);
        (field(&self.name), field(&self.phone))
    }

    /// The contacts typed, for days among `days`; a day left empty has none of its own. Errors are named
    /// `name-{day}` and `phone-{day}`.
    pub fn parse(&self, days: &[NaiveDate]) -> Result<Vec<DutyContact>, FormErrors> {
        let mut errors = FormErrors::new();
        let mut contacts = Vec::new();
        for (i, raw_day) in self.day.iter().enumerate() {
            let Some(day) = NaiveDate::parse_from_str(raw_day.trim(), "%Y-%m-%d")
                .ok()
                .filter(|d| days.contains(d))
            else {
                errors.add(
                    WHOLE_FORM,
                    Msg::new("duty-day-outside").with("day", raw_day.clone()),
                );
                continue;
            };
            let typed = |values: &Vec<String>| values.get(i).cloned().unwrap_or_default();
            let name = errors.check(
                format!("name-{day}"),
                optional_text(&typed(&self.name), 100),
            );
            let phone = errors.check(format!("phone-{day}"), phone(&typed(&self.phone)));
            match (name, phone) {
                (Some(name), Some(phone)) if phone.is_empty() && !name.is_empty() => {
                    errors.add(format!("phone-{day}"), Msg::new("duty-phone-needed"));
                }
                (Some(name), Some(phone)) if !phone.is_empty() => {
                    contacts.push(DutyContact { day, name, phone });
                }
                _ => {}
            }
        }
        errors.into_result().map(|()| contacts)
    }
}

/// A phone number someone can dial from the link: empty, or holding digits.
fn phone(raw: &str) -> Result<String, Msg> {
    let phone = optional_text(raw, 40)?;
    if phone.is_empty() || tel_uri(&phone).is_some() {
        Ok(phone)
    } else {
        Err(Msg::new("duty-phone-invalid"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 6, d).unwrap()
    }

    fn contact(d: u32, name: &str) -> DutyContact {
        DutyContact {
            day: day(d),
            name: name.into(),
            phone: "+86 139 0000 1111".into(),
        }
    }

    #[test]
    fn a_day_without_its_own_contact_keeps_the_one_before() {
        let roster = DutyRoster::new(vec![contact(21, "Li Na"), contact(19, "Wang Lei")]);
        let name = |d| roster.on(day(d)).map(|c| c.name.as_str());
        assert_eq!(
            name(17),
            Some("Wang Lei"),
            "before the course: the first day's"
        );
        assert_eq!(name(19), Some("Wang Lei"));
        assert_eq!(name(20), Some("Wang Lei"));
        assert_eq!(name(21), Some("Li Na"));
        assert_eq!(name(25), Some("Li Na"));
        assert_eq!(DutyRoster::default().on(day(19)), None);
        let days: Vec<NaiveDate> = (19..=23).map(day).collect();
        let spans: Vec<(NaiveDate, NaiveDate, &str)> = roster
            .spans(&days)
            .into_iter()
            .map(|(from, until, c)| (from, until, c.name.as_str()))
            .collect();
        assert_eq!(
            spans,
            [(day(19), day(20), "Wang Lei"), (day(21), day(23), "Li Na")]
        );
    }

    #[test]
    fn the_form_keeps_filled_days_and_names_each_wrong_one() {
        let days: Vec<NaiveDate> = (19..=21).map(day).collect();
        let input = |names: [&str; 3], phones: [&str; 3]| DutyInput {
            version: String::new(),
            day: days.iter().map(ToString::to_string).collect(),
            name: names.map(String::from).to_vec(),
            phone: phones.map(String::from).to_vec(),
        };
        let ok = input(
            ["Wang Lei", "", ""],
            ["+86 139 0000 1111", "", "8 (800) 555-35-35"],
        );
        let contacts = ok.parse(&days).unwrap();
        assert_eq!(contacts.len(), 2, "an empty day has no contact of its own");
        assert_eq!(
            contacts[1].name, "",
            "a phone without a name is the duty phone"
        );
        assert_eq!(ok.typed(day(21)), ("", "8 (800) 555-35-35"));

        let wrong = input(["Wang Lei", "", ""], ["", "call Li", ""]);
        let errors = wrong.parse(&days).unwrap_err();
        assert_eq!(
            errors.get("phone-2023-06-19").map(|m| m.key),
            Some("duty-phone-needed")
        );
        assert_eq!(
            errors.get("phone-2023-06-20").map(|m| m.key),
            Some("duty-phone-invalid")
        );
        assert_eq!(errors.len(), 2);

        let stale = DutyInput {
            day: vec!["2023-06-18".into()],
            name: vec!["Wang Lei".into()],
            phone: vec!["+86 139".into()],
            ..DutyInput::default()
        };
        assert_eq!(
            stale
                .parse(&days)
                .unwrap_err()
                .get(WHOLE_FORM)
                .map(|m| m.key),
            Some("duty-day-outside"),
            "a day the course no longer has (its dates changed meanwhile)"
        );
    }
}
