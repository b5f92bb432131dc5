//! The session form: a day and times on the cohort's clock, read into a draft that passed every rule that
//! needs no database.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::{GroupId, InterpreterId, SpeakerId, VehicleId, VenueId};
use crate::domain::input::{
    NAME_MAX, TEXT_MAX, link, optional_multiline, optional_text, required_text,
};
use crate::domain::resources::{
    InterpreterDraft, InterpreterInput, LanguagePair, SpeakerDraft, SpeakerInput, VehicleDraft,
    VehicleInput, VenueDraft, VenueInput, VenueKind,
};
use crate::domain::schedule::clash::{SESSION_MAX, Slot};
use crate::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use crate::domain::time::to_utc;
use crate::form_errors::FormErrors;
use crate::i18n::Msg;

/// The session form as the browser sends it: a day and times on the cohort's clock.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SessionInput {
    /// The version of the session the form was loaded at (`services::editing`); empty for a new one.
    pub version: String,
    /// A `SessionKind` by its stored name (`lecture`, `site_visit`…).
    pub kind: String,
    pub title: String,
    pub description: String,
    /// A `Theme` by its stored name; empty: other.
    pub theme: String,
    /// The local date, as a date input sends it or written `DD.MM.YYYY`.
    pub day: String,
    /// `HH:MM` on the cohort's clock.
    pub start: String,
    pub end: String,
    /// A venue's id; empty: none yet.
    pub venue: String,
    pub room: String,
    /// Working languages by code (`zh`, `ru`…) and interpretation pairs (`zh-ru`).
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    /// A `SessionStatus` by its stored name; empty: planned.
    pub status: String,
    /// Ids of the speakers, interpreters, buses, case-study groups and delegations chosen; no groups and
    /// no delegations: the whole cohort.
    pub speakers: Vec<String>,
    pub interpreters: Vec<String>,
    pub vehicles: Vec<String>,
    pub groups: Vec<String>,
    pub delegations: Vec<String>,
    /// Where a site visit goes and who receives the group there.
    pub host_organization: String,
    pub host_contact: String,
    pub address: String,
    /// Where the bus leaves from, and when it leaves and is back (`HH:MM` on the cohort's clock, same
    /// day).
    pub departure_point: String,
    pub departs: String,
    pub returns: String,
    pub what_to_bring: String,
    /// An `https://` address of the session's slides or reading.
    pub materials_link: String,
    /// Set when the organizer has seen the warnings and saves anyway.
    pub accept_warnings: String,
    /// The language its texts are written in (`en`, `zh`, `ru`); their other languages are inputs named
    /// `{field}-{lang}` beside them.
    pub original_lang: String,
    /// A venue, speaker, interpreter and bus not in the lists yet, typed into the form to be added with
    /// the session and chosen for it (`NewResources`): `new_venue` is the venue's name, `new_venue_kind`,
    /// `new_venue_address`, `new_venue_capacity` the rest of it, and so on.
    pub new_venue: String,
    pub new_venue_kind: String,
    pub new_venue_address: String,
    pub new_venue_capacity: String,
    pub new_speaker: String,
    pub new_speaker_organization: String,
    pub new_interpreter: String,
    pub new_interpreter_contact: String,
    pub new_vehicle: String,
    pub new_vehicle_seats: String,
    pub new_vehicle_driver_contact: String,
}

/// What the session form adds to the shared lists before saving the session, each chosen for it: the
/// organizer found it missing while planning and typed it in place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewResources {
    pub venue: Option<VenueDraft>,
    pub speaker: Option<SpeakerDraft>,
    pub interpreter: Option<InterpreterDraft>,
    pub vehicle: Option<VehicleDraft>,
}

impl NewResources {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Reads one of the form's new resources when any of its inputs (`typed`) holds something, its problems
/// named after the form's inputs (`{prefix}` for its name, `{prefix}_{field}` for the rest).
fn new_one<T>(
    typed: &[&str],
    prefix: &str,
    parse: impl FnOnce() -> Result<T, FormErrors>,
) -> Result<Option<T>, FormErrors> {
    if typed.iter().all(|t| t.trim().is_empty()) {
        return Ok(None);
    }
    parse().map(Some).map_err(|e| e.prefixed(prefix, "name"))
}

/// A session whose fields passed every rule that needs no database.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionDraft {
    pub kind: SessionKind,
    pub title: String,
    pub description: String,
    pub theme: Theme,
    /// The local date; `slot` is the same session in UTC.
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
    /// When the bus leaves and is back, in UTC.
    pub departs_at: Option<NaiveDateTime>,
    pub returns_at: Option<NaiveDateTime>,
    pub what_to_bring: String,
    pub materials_link: String,
    /// Save even with warnings.
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
    /// The venue, speaker, interpreter and bus typed in as new; a new interpreter works in the session's
    /// interpretation pairs.
    pub fn parse_new(&self) -> Result<NewResources, FormErrors> {
        let venue = new_one(
            &[
                &self.new_venue,
                &self.new_venue_address,
                &self.new_venue_capacity,
            ],
            "new_venue",
            || {
                VenueInput {
                    name: self.new_venue.clone(),
                    address: self.new_venue_address.clone(),
                    kind: match self.new_venue_kind.trim() {
                        "" => VenueKind::Other.as_str().to_owned(),
                        kind => kind.to_owned(),
                    },
                    capacity: self.new_venue_capacity.clone(),
                    map_link: String::new(),
                }
                .parse()
            },
        );
        let speaker = new_one(
            &[&self.new_speaker, &self.new_speaker_organization],
            "new_speaker",
            || {
                SpeakerInput {
                    name: self.new_speaker.clone(),
                    organization: self.new_speaker_organization.clone(),
                    ..SpeakerInput::default()
                }
                .parse()
            },
        );
        let interpreter = new_one(
            &[&self.new_interpreter, &self.new_interpreter_contact],
            "new_interpreter",
            || {
                InterpreterInput {
                    name: self.new_interpreter.clone(),
                    language_pairs: self.interpretation.clone(),
                    contact: self.new_interpreter_contact.clone(),
                }
                .parse()
            },
        );
        let vehicle = new_one(
            &[
                &self.new_vehicle,
                &self.new_vehicle_seats,
                &self.new_vehicle_driver_contact,
            ],
            "new_vehicle",
            || {
                VehicleInput {
                    name: self.new_vehicle.clone(),
                    seats: self.new_vehicle_seats.clone(),
                    driver_contact: self.new_vehicle_driver_contact.clone(),
                    ..VehicleInput::default()
                }
                .parse()
            },
        );
        let people = FormErrors::both(speaker, interpreter);
        let places = FormErrors::both(venue, vehicle);
        FormErrors::both(places, people).map(|((venue, vehicle), (speaker, interpreter))| {
            NewResources {
                venue,
                speaker,
                interpreter,
                vehicle,
            }
        })
    }

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
        errors.finish(draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Asia::Shanghai;

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
}
