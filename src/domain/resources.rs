//! What sessions use: venues, speakers and interpreters (shared by every cohort) and vehicles (a cohort's
//! own, or shared). Their forms and rules.

use serde::Deserialize;

use crate::domain::account::Email;
use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::text_enum;
use crate::domain::input::{NAME_MAX, link, optional_text, required_text, whole_number};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};

/// Most seats a venue or a vehicle can have.
const SEATS_MAX: i32 = 10_000;

/// An e-mail address if one is given.
fn optional_email(raw: &str) -> Result<String, Msg> {
    match raw.trim() {
        "" => Ok(String::new()),
        text => Email::parse(text).map(|e| e.as_str().to_owned()),
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VenueInput {
    pub name: String,
    pub address: String,
    pub kind: String,
    pub capacity: String,
    pub map_link: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VenueDraft {
    pub name: String,
    pub address: String,
    pub kind: VenueKind,
    pub capacity: Option<i32>,
    pub map_link: String,
}

impl VenueInput {
    pub fn parse(&self) -> Result<VenueDraft, FormErrors> {
        let mut errors = FormErrors::new();
        let name = errors.check("name", required_text(&self.name, NAME_MAX));
        let address = errors.check("address", optional_text(&self.address, NAME_MAX));
        let kind = errors.check(
            "kind",
            VenueKind::parse(&self.kind).ok_or_else(|| Msg::new("error-choose-one")),
        );
        let capacity = errors.check(
            "capacity",
            match self.capacity.trim() {
                "" => Ok(None),
                text => whole_number(text, 1, SEATS_MAX).map(Some),
            },
        );
        let map_link = errors.check("map_link", link(&self.map_link));
        let draft = (|| {
            Some(VenueDraft {
                name: name?,
                address: address?,
                kind: kind?,
                capacity: capacity?,
                map_link: map_link?,
            })
        })();
        errors.finish(draft)
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SpeakerInput {
    pub name: String,
    pub title: String,
    pub organization: String,
    pub email: String,
    pub phone: String,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerDraft {
    pub name: String,
    pub title: String,
    pub organization: String,
    pub email: String,
    pub phone: String,
    pub languages: Vec<WorkingLanguage>,
}

impl SpeakerInput {
    pub fn parse(&self) -> Result<SpeakerDraft, FormErrors> {
        let mut errors = FormErrors::new();
        let name = errors.check("name", required_text(&self.name, NAME_MAX));
        let title = errors.check("title", optional_text(&self.title, NAME_MAX));
        let organization =
            errors.check("organization", optional_text(&self.organization, NAME_MAX));
        let email = errors.check("email", optional_email(&self.email));
        let phone = errors.check("phone", optional_text(&self.phone, 60));
        let languages = errors.check(
            "languages",
            self.languages
                .iter()
                .map(|l| WorkingLanguage::parse(l).ok_or_else(|| Msg::new("error-choose-one")))
                .collect::<Result<Vec<_>, _>>(),
        );
        let draft = (|| {
            Some(SpeakerDraft {
                name: name?,
                title: title?,
                organization: organization?,
                email: email?,
                phone: phone?,
                languages: languages?,
            })
        })();
        errors.finish(draft)
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InterpreterInput {
    pub name: String,
    pub language_pairs: Vec<String>,
    pub contact: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InterpreterDraft {
    pub name: String,
    pub language_pairs: Vec<LanguagePair>,
    pub contact: String,
}

impl InterpreterInput {
    pub fn parse(&self) -> Result<InterpreterDraft, FormErrors> {
        let mut errors = FormErrors::new();
        let name = errors.check("name", required_text(&self.name, NAME_MAX));
        let language_pairs = errors.check(
            "language_pairs",
            self.language_pairs
                .iter()
                .map(|p| LanguagePair::parse(p).ok_or_else(|| Msg::new("error-choose-one")))
                .collect::<Result<Vec<_>, _>>(),
        );
        let contact = errors.check("contact", optional_text(&self.contact, NAME_MAX));
        let draft = (|| {
            Some(InterpreterDraft {
                name: name?,
                language_pairs: language_pairs?,
                contact: contact?,
            })
        })();
        errors.finish(draft)
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VehicleInput {
    /// The version of what the form edits, as loaded (`services::editing`); empty on a new one.
    pub version: String,
    pub name: String,
    pub seats: String,
    pub driver_contact: String,
    /// Set when the vehicle serves every cohort, not only this one.
    pub shared: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VehicleDraft {
    pub name: String,
    pub seats: i32,
    pub driver_contact: String,
    pub shared: bool,
}

impl VehicleInput {
    pub fn parse(&self) -> Result<VehicleDraft, FormErrors> {
        let mut errors = FormErrors::new();
        let name = errors.check("name", required_text(&self.name, NAME_MAX));
        let seats = errors.check("seats", whole_number(&self.seats, 1, SEATS_MAX));
        let driver_contact = errors.check(
            "driver_contact",
            optional_text(&self.driver_contact, NAME_MAX),
        );
        let draft = (|| {
            Some(VehicleDraft {
                name: name?,
                seats: seats?,
                driver_contact: driver_contact?,
                shared: !self.shared.trim().is_empty(),
            })
        })();
        errors.finish(draft)
    }
}

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
        Airport => "airport", "venue-kind-airport",
        Other => "other", "venue-kind-other",
    }
);

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

    /// `zh → ru`, as pages show it.
    /// "Chinese → Russian", in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        format!(
            "{} → {}",
            lang.t(self.from.label_key()),
            lang.t(self.to.label_key())
        )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vehicle_needs_at_least_one_seat() {
        for seats in ["0", "-5", ""] {
            let input = VehicleInput {
                name: "Bus 1 (鲁B·12345)".into(),
                seats: seats.into(),
                ..VehicleInput::default()
            };
            assert!(
                input.parse().unwrap_err().get("seats").is_some(),
                "{seats:?}"
            );
        }
        let ok = VehicleInput {
            name: "Bus 1".into(),
            seats: "45".into(),
            shared: "1".into(),
            ..VehicleInput::default()
        };
        assert_eq!(ok.parse().unwrap().seats, 45);
        assert!(ok.parse().unwrap().shared);
    }

    #[test]
    fn venues_and_people_are_checked() {
        let venue = VenueInput {
            name: "Zhujiagou village".into(),
            kind: "village".into(),
            map_link: "javascript:alert(1)".into(),
            ..VenueInput::default()
        };
        assert_eq!(
            venue.parse().unwrap_err().get("map_link").unwrap().key,
            "error-link"
        );
        let speaker = SpeakerInput {
            name: "Prof. Wang Lei".into(),
            email: "wang@".into(),
            ..SpeakerInput::default()
        };
        assert_eq!(
            speaker.parse().unwrap_err().get("email").unwrap().key,
            "error-email"
        );
        let interpreter = InterpreterInput {
            name: "Anna Li".into(),
            language_pairs: vec!["zh-ru".into(), "ru-zh".into()],
            ..InterpreterInput::default()
        };
        assert_eq!(interpreter.parse().unwrap().language_pairs.len(), 2);
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
}
