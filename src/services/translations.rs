//! The other languages of trainee-facing texts: a cohort's texts in every language they exist in (its
//! catalog: its name, host city, sessions and the venues, speakers, interpreters and buses they use),
//! saving versions (each by its text's rules, with an audit entry; a version whose original changed since
//! is shown as out of date), and copying them with a timetable.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::audit::{AuditObject, FieldChange};
use crate::domain::ids::{AllocationId, CohortId, SessionId};
use crate::domain::resources::VenueKind;
use crate::domain::schedule::kinds::SessionStatus;
use crate::domain::translation::{
    Catalog, Owner, ReadingOrder, StringId, Text, VersionInput, Versions, guess_language,
};
use crate::error::AppResult;
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::enrollment::RosterEntry;
use crate::models::interpreter::Interpreter;
use crate::models::session::{Session, SessionLinks};
use crate::models::speaker::Speaker;
use crate::models::translation::{NewVersion, Translation};
use crate::models::vehicle::Vehicle;
use crate::models::venue::Venue;
use crate::services::audit::{self, Subject};
use crate::services::schedule::Directory;
use crate::services::timetable::Timetable;

/// The languages a reader of `lang` finds a cohort's texts in: theirs, then the cohort's first working
/// language (then the original).
pub fn reading_order(cohort: &Cohort, lang: Lang) -> ReadingOrder {
    let first = cohort
        .languages()
        .first()
        .and_then(|l| Lang::parse(l.code()));
    ReadingOrder::of(lang, first)
}

/// A text as its object holds it: which one, the language it was written in, and the text.
pub type Original = (StringId, Lang, String);

/// A session's texts, in the language its form says they are written in.
pub fn session_originals(session: &Session) -> Vec<Original> {
    Text::of_owner(Owner::Session)
        .map(|text| {
            let id = StringId::new(text, session.id.0);
            (id, session.original_lang, session.text(text).to_owned())
        })
        .collect()
}

/// A text of a thing whose form has no language of its own: the language is read from its letters.
pub fn guessed(text: Text, id: i32, original: &str) -> Original {
    let lang = guess_language(original);
    (StringId::new(text, id), lang, original.to_owned())
}

pub fn venue_originals(venue: &Venue) -> Vec<Original> {
    vec![
        guessed(Text::VenueName, venue.id.0, &venue.name),
        guessed(Text::VenueAddress, venue.id.0, &venue.address),
    ]
}

pub fn speaker_originals(speaker: &Speaker) -> Vec<Original> {
    vec![
        guessed(Text::SpeakerName, speaker.id.0, &speaker.name),
        guessed(Text::SpeakerTitle, speaker.id.0, &speaker.title),
        guessed(
            Text::SpeakerOrganization,
            speaker.id.0,
            &speaker.organization,
        ),
    ]
}

pub fn interpreter_originals(interpreter: &Interpreter) -> Vec<Original> {
    vec![guessed(
        Text::InterpreterName,
        interpreter.id.0,
        &interpreter.name,
    )]
}

pub fn vehicle_originals(vehicle: &Vehicle) -> Vec<Original> {
    vec![guessed(Text::VehicleName, vehicle.id.0, &vehicle.name)]
}

/// A host city's name, as its allocation holds it.
pub fn host_city_originals(allocation: AllocationId, host_city: &str) -> Vec<Original> {
    vec![guessed(Text::HostCity, allocation.0, host_city)]
}

/// A cohort's name and its host city's.
pub fn cohort_originals(cohort: &CohortListing) -> Vec<Original> {
    let c = &cohort.cohort;
    let mut originals = vec![guessed(Text::CohortName, c.id.0, &c.name)];
    originals.extend(host_city_originals(c.allocation_id, &cohort.host_city));
    originals
}

/// Every text a cohort's trainees read: its name and host city, its sessions' texts, the venues,
/// speakers, interpreters and buses of its sessions (each once, in the order the timetable first uses it),
/// and the hotels and airports among the venues (a trainee's hotel and airports are shown by the names
/// of their venues).
pub fn timetable_originals(
    cohort: &CohortListing,
    sessions: &[Session],
    links: &HashMap<SessionId, SessionLinks>,
    directory: &Directory,
) -> Vec<Original> {
    let mut originals = cohort_originals(cohort);
    let mut seen = HashSet::new();
    let mut used = Vec::new();
    for session in sessions {
        originals.extend(session_originals(session));
        let links = links.get(&session.id);
        let venues = session.venue_id.and_then(|v| directory.venues.get(&v));
        used.extend(venues.into_iter().map(venue_originals));
        let speakers = links.into_iter().flat_map(|l| &l.speakers);
        used.extend(speakers.filter_map(|s| directory.speakers.get(s).map(speaker_originals)));
        let interpreters = links.into_iter().flat_map(|l| &l.interpreters);
        used.extend(
            interpreters.filter_map(|i| directory.interpreters.get(i).map(interpreter_originals)),
        );
        let vehicles = links.into_iter().flat_map(|l| &l.vehicles);
        used.extend(vehicles.filter_map(|v| directory.vehicles.get(v).map(vehicle_originals)));
    }
    let mut hotels: Vec<&Venue> = directory
        .venues
        .values()
        .filter(|v| matches!(v.kind, VenueKind::Hotel | VenueKind::Airport))
        .collect();
    hotels.sort_by_key(|v| v.id.0);
    used.extend(hotels.into_iter().map(venue_originals));
    let mut things: Vec<Original> = used
        .into_iter()
        .flatten()
        .filter(|(id, _, _)| seen.insert(*id))
        .collect();
    // Sessions first, then what they use, grouped by kind.
    things.sort_by_key(|(id, _, _)| id.text.owner() as usize);
    originals.extend(things);
    originals
}

/// The versions of these texts in every language (texts without an original have nothing to translate
/// and are left out).
pub fn catalog(conn: &mut DbConnection, originals: Vec<Original>) -> AppResult<Catalog> {
    let originals: Vec<Original> = originals
        .into_iter()
        .filter(|(_, _, text)| !text.trim().is_empty())
        .collect();
    let mut found: HashMap<(Owner, i32, String), Vec<Translation>> = HashMap::new();
    for owner in Owner::ALL {
        let ids: Vec<i32> = originals
            .iter()
            .filter(|(id, _, _)| id.text.owner() == *owner)
            .map(|(id, _, _)| id.id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        for t in Translation::of_objects(conn, *owner, &ids)? {
            found
                .entry((*owner, t.object_id, t.field.clone()))
                .or_default()
                .push(t);
        }
    }
    let mut catalog = Catalog::default();
    for (id, lang, text) in originals {
        let key = (id.text.owner(), id.id, id.text.field().to_owned());
        let versions = found.remove(&key).unwrap_or_default().into_iter().fold(
            Versions::original(&text, lang),
            |versions, t| match t.source == text {
                true => versions.with(t.lang, &t.text),
                false => versions.with(t.lang, &t.text).outdated(t.lang),
            },
        );
        catalog.insert(id, versions);
    }
    Ok(catalog)
}

/// The versions of these texts as a form's inputs hold them: (`{field}-{lang}`, text).
pub fn form_versions(
    conn: &mut DbConnection,
    originals: Vec<Original>,
) -> AppResult<Vec<(String, String)>> {
    Ok(catalog(conn, originals)?
        .entries()
        .iter()
        .flat_map(|(id, v)| {
            Lang::ALL
                .into_iter()
                .filter(|lang| *lang != v.original_lang())
                .filter_map(|lang| Some((id.text.input_name(lang), v.get(lang)?.to_owned())))
                .collect::<Vec<_>>()
        })
        .collect())
}

/// Every text a cohort's trainees read, in every language.
pub fn cohort_catalog(conn: &mut DbConnection, cohort: CohortId) -> AppResult<Catalog> {
    let listing = Cohort::find(conn, cohort)?;
    let sessions = Session::for_cohort(conn, cohort)?;
    let ids: Vec<SessionId> = sessions.iter().map(|s| s.id).collect();
    let links = SessionLinks::load(conn, &ids)?;
    let directory = Directory::load(conn, cohort)?;
    let originals = timetable_originals(&listing, &sessions, &links, &directory);
    catalog(conn, originals)
}

/// Whether a version sent unchanged is taken as checked against its original (on the pages that show
/// which versions are out of date), or left as it was (on an object's own form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    Yes,
    No,
}

/// Saves versions of a cohort's texts, all or none (an empty one removes the version). A text that is
/// not one of the cohort's, or has no original, has nothing to translate, and an original is changed on
/// its own form; either refuses the whole form, the message under the input `input_name` names. Each
/// change is in the audit log (under its session, else the cohort). Answers how many versions changed.
pub fn save_versions(
    conn: &mut DbConnection,
    cohort: CohortId,
    versions: &[VersionInput],
    input_name: impl Fn(StringId, Lang) -> String,
    confirm: Confirm,
    now: NaiveDateTime,
) -> AppResult<usize> {
    conn.write(|conn| {
        let listing = Cohort::find(conn, cohort)?;
        let catalog = cohort_catalog(conn, cohort)?;
        let written = write_versions(conn, &catalog, versions, input_name, confirm, now)?;
        let mut changes: Vec<(Subject, Vec<FieldChange>)> = Vec::new();
        for (id, change) in &written {
            let subject = subject_of(&listing, &catalog, *id);
            match changes
                .iter_mut()
                .find(|(s, _)| s.object == subject.object && s.id == subject.id)
            {
                Some((_, list)) => list.push(change.clone()),
                None => changes.push((subject, vec![change.clone()])),
            }
        }
        for (subject, list) in changes {
            if subject.object == AuditObject::Session {
                Session::revised(conn, SessionId(subject.id), now)?;
            }
            audit::changes(conn, now, &subject, list)?;
        }
        if !written.is_empty() {
            // Venues, speakers and interpreters are shared: every timetable showing them is read again.
            Cohort::all_timetables_changed(conn)?;
        }
        Ok(written.len())
    })
}

/// Saves the versions a shared thing's own form sends (a venue, speaker, interpreter, bus or host city):
/// `originals` are its texts as saved, the versions' inputs are named `{field}-{lang}`. A text left
/// without an original while a version remains refuses the form, as does any version its text's rules
/// refuse. Each change is in the audit log under `subject`.
pub fn save_form_versions(
    conn: &mut DbConnection,
    subject: &Subject,
    originals: Vec<Original>,
    versions: &[VersionInput],
    now: NaiveDateTime,
) -> AppResult<usize> {
    left_without_original(conn, &originals, versions)?;
    let catalog = catalog(conn, originals)?;
    let input_name = |id: StringId, lang| id.text.input_name(lang);
    let written = write_versions(conn, &catalog, versions, input_name, Confirm::No, now)?;
    if !written.is_empty() {
        Cohort::all_timetables_changed(conn)?;
    }
    let count = written.len();
    audit::changes(
        conn,
        now,
        subject,
        written.into_iter().map(|(_, change)| change).collect(),
    )?;
    Ok(count)
}

/// Refuses a form that leaves a text without an original while a version of it remains (typed on the
/// form, or saved and not sent); the message is under the original's field.
fn left_without_original(
    conn: &mut DbConnection,
    originals: &[Original],
    versions: &[VersionInput],
) -> AppResult<()> {
    let mut errors = FormErrors::new();
    let mut saved_of: HashMap<(Owner, i32), Vec<Translation>> = HashMap::new();
    for (id, original_lang, _) in originals.iter().filter(|(_, _, t)| t.trim().is_empty()) {
        let object = (id.text.owner(), id.id);
        if let std::collections::hash_map::Entry::Vacant(slot) = saved_of.entry(object) {
            slot.insert(Translation::of_objects(conn, object.0, &[object.1])?);
        }
        let saved = &saved_of[&object];
        let remains = |lang: Lang| match versions.iter().find(|(v, l, _)| v == id && *l == lang) {
            Some((_, _, typed)) => !typed.is_empty(),
            None => saved
                .iter()
                .any(|t| t.field == id.text.field() && t.lang == lang),
        };
        if Lang::ALL
            .into_iter()
            .filter(|l| l != original_lang)
            .any(remains)
        {
            errors.add(id.text.field(), Msg::new("error-original-has-versions"));
        }
    }
    Ok(errors.into_result()?)
}

/// Checks versions against the texts they may translate and writes those that changed, all or none;
/// answers each change.
fn write_versions(
    conn: &mut DbConnection,
    catalog: &Catalog,
    versions: &[VersionInput],
    input_name: impl Fn(StringId, Lang) -> String,
    confirm: Confirm,
    now: NaiveDateTime,
) -> AppResult<Vec<(StringId, FieldChange)>> {
    let mut errors = FormErrors::new();
    for (id, lang, text) in versions {
        match catalog.get(*id) {
            // An empty input beside an empty original: nothing to save.
            None if text.is_empty() => {}
            None => errors.add(
                input_name(*id, *lang),
                Msg::new("error-translation-no-original"),
            ),
            Some(v)
                if v.original_lang() == *lang && !text.is_empty() && text != v.original_text() =>
            {
                errors.add(
                    input_name(*id, *lang),
                    Msg::new("error-translation-original-language"),
                )
            }
            Some(_) => {}
        }
    }
    errors.into_result()?;
    let mut changes = Vec::new();
    for (id, lang, text) in versions {
        let Some(current) = catalog.get(*id).filter(|v| v.original_lang() != *lang) else {
            continue;
        };
        let before = current.get(*lang).unwrap_or_default();
        if before == text && (confirm == Confirm::No || !current.is_stale(*lang)) {
            continue;
        }
        let version = NewVersion {
            object_type: id.text.owner(),
            object_id: id.id,
            field: id.text.field(),
            lang: *lang,
            text,
            source: current.original_text(),
            updated_at: now,
        };
        version.save(conn)?;
        if before == text {
            // Kept as it was after the original changed: confirmed, no longer out of date.
            continue;
        }
        let labelled = |text: &str| match text {
            "" => String::new(),
            text => format!("[{lang}] {text}"),
        };
        let change = FieldChange {
            field: id.text.label_key().to_owned(),
            before: labelled(before),
            after: labelled(text),
        };
        changes.push((*id, change));
    }
    Ok(changes)
}

/// What the audit log files a change of a version under: the session it belongs to, else the cohort.
fn subject_of(cohort: &CohortListing, catalog: &Catalog, id: StringId) -> Subject {
    let label = |id: StringId| {
        catalog
            .get(id)
            .map_or(String::new(), |v| v.original_text().to_owned())
    };
    match id.text.owner() {
        Owner::Session => Subject {
            object: AuditObject::Session,
            id: id.id,
            cohort: Some(cohort.cohort.id),
            label: label(StringId::new(Text::SessionTitle, id.id)),
        },
        _ => Subject {
            object: AuditObject::Cohort,
            id: cohort.cohort.id.0,
            cohort: Some(cohort.cohort.id),
            label: cohort.cohort.name.clone(),
        },
    }
}

/// Saves the languages part of a session's form, after the session itself: the language its texts are
/// written in, and the versions beside them (an unchanged one is not taken as checked against a changed
/// original). A text the form leaves without an original while a version of it remains (typed on the form,
/// or saved and not sent) refuses the form, the message under the original's field.
pub fn save_session_form(
    conn: &mut DbConnection,
    cohort: CohortId,
    session: SessionId,
    original_lang: Lang,
    versions: &[VersionInput],
    now: NaiveDateTime,
) -> AppResult<usize> {
    Session::set_original_lang(conn, session, original_lang)?;
    let saved = Session::find(conn, cohort, session)?;
    left_without_original(conn, &session_originals(&saved), versions)?;
    let input_name = |id: StringId, lang| id.text.input_name(lang);
    save_versions(conn, cohort, versions, input_name, Confirm::No, now)
}

/// Gives a copied session the versions and the original language of the one it was copied from.
pub fn copy_session_texts(conn: &mut DbConnection, from: &Session, to: SessionId) -> AppResult<()> {
    Session::set_original_lang(conn, to, from.original_lang)?;
    Ok(Translation::copy(conn, Owner::Session, from.id.0, to.0)?)
}

/// Session titles a group of readers will not find in their language.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub lang: Lang,
    /// Sessions (not cancelled) whose title has no version in `lang`.
    pub titles: usize,
    /// Trainees who read `lang` and get itineraries.
    pub readers: usize,
}

/// For each language some of the cohort's trainees read, how many session titles they will not find in
/// it (languages with nothing missing, or nobody reading them, left out).
pub fn missing_titles(timetable: &Timetable, roster: &[RosterEntry]) -> Vec<Gap> {
    let readers = |lang: Lang| {
        roster
            .iter()
            .filter(|e| e.trainee.language == lang)
            .filter(|e| e.enrollment.status.takes_part())
            .count()
    };
    let titles = |lang: Lang| {
        timetable
            .days
            .iter()
            .flat_map(|d| &d.sessions)
            .filter(|v| v.session.status != SessionStatus::Cancelled)
            .filter(|v| {
                let title = StringId::new(Text::SessionTitle, v.session.id.0);
                timetable.texts.get(title).is_none_or(|t| !t.has(lang))
            })
            .count()
    };
    Lang::ALL
        .into_iter()
        .map(|lang| Gap {
            lang,
            titles: titles(lang),
            readers: readers(lang),
        })
        .filter(|g| g.titles > 0 && g.readers > 0)
        .collect()
}

/// One text of a cohort as its Translations page and a translator's file show it.
pub struct Entry {
    pub id: StringId,
    /// What it belongs to, for a reader of the page's language: "Tue 13 Jun 08:30 · Site visit: …".
    pub what: String,
    pub versions: Versions,
}

impl Entry {
    /// Whether a reader of `lang` misses it in their language.
    pub fn missing(&self, lang: Lang) -> bool {
        !self.versions.has(lang)
    }
}

/// Every text of a cohort's timetable, each with what it belongs to as a reader of `lang` names it.
pub fn entries(timetable: &Timetable, lang: Lang) -> Vec<Entry> {
    let order = timetable.reading_order(lang);
    let sessions: HashMap<i32, String> = timetable
        .days
        .iter()
        .flat_map(|d| &d.sessions)
        .map(|v| {
            let when = format!("{} {}", lang.date(v.date), v.start);
            (v.session.id.0, format!("{when} · {}", v.title_for(&order)))
        })
        .collect();
    timetable
        .texts
        .entries()
        .iter()
        .map(|(id, versions)| {
            let owner = id.text.owner();
            let name = StringId::new(owner.name_text(), id.id);
            let what = match owner {
                Owner::Session => sessions.get(&id.id).cloned().unwrap_or_default(),
                _ => timetable.texts.pick(name, &order, "").to_owned(),
            };
            Entry {
                id: *id,
                what: format!("{} · {what}", lang.t(owner.label_key())),
                versions: versions.clone(),
            }
        })
        .collect()
}
