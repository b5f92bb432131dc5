//! The other languages of trainee-facing texts: saving a version (with the rules of the original field and
//! an audit entry), and reading a cohort's versions for its timetable.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::audit::{AuditObject, FieldChange};
use crate::domain::ids::{CohortId, SessionId};
use crate::domain::schedule::kinds::SessionStatus;
use crate::domain::translation::{SessionText, VersionInput, Versions};
use crate::error::AppResult;
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::enrollment::RosterEntry;
use crate::models::session::Session;
use crate::models::translation::Translation;
use crate::services::audit::{self, Subject};
use crate::services::timetable::Timetable;

/// Saves versions of a session's texts, all or none (an empty one removes the version). A text with no
/// original has nothing to translate, and the original's own language is changed on the session's form;
/// either refuses the whole form, the message under the version's input. Answers how many changed.
pub fn save_session_texts(
    conn: &mut DbConnection,
    cohort: CohortId,
    id: SessionId,
    versions: &[VersionInput],
    now: NaiveDateTime,
) -> AppResult<usize> {
    conn.write(|conn| {
        let session = Session::find(conn, cohort, id)?;
        let mut errors = FormErrors::new();
        for (field, lang, _) in versions {
            let name = field.input_name(*lang);
            if session.text(*field).trim().is_empty() {
                errors.add(name, Msg::new("error-translation-no-original"));
            } else if *lang == session.original_lang {
                errors.add(name, Msg::new("error-translation-original-language"));
            }
        }
        errors.into_result()?;
        let saved = Translation::of_objects(conn, AuditObject::Session, &[id.0])?;
        let mut changes = Vec::new();
        for (field, lang, text) in versions {
            let existing = saved
                .iter()
                .find(|t| t.field == field.as_str() && t.lang == *lang);
            let before = existing.map_or("", |t| t.text.as_str());
            if before == text {
                if existing.is_some_and(|t| t.stale) {
                    // Kept as it was after the original changed: confirmed, no longer out of date.
                    let object = AuditObject::Session;
                    Translation::save(conn, object, id.0, field.as_str(), *lang, text, now)?;
                }
                continue;
            }
            let object = AuditObject::Session;
            Translation::save(conn, object, id.0, field.as_str(), *lang, text, now)?;
            let labelled = |text: &str| match text {
                "" => String::new(),
                text => format!("[{lang}] {text}"),
            };
            changes.push(FieldChange {
                field: field.label_key().to_owned(),
                before: labelled(before),
                after: labelled(text),
            });
        }
        if changes.is_empty() {
            return Ok(0);
        }
        Session::revised(conn, id, now)?;
        let subject = Subject {
            object: AuditObject::Session,
            id: id.0,
            cohort: Some(cohort),
            label: session.title.clone(),
        };
        let changed = changes.len();
        audit::changes(conn, now, &subject, changes)?;
        Ok(changed)
    })
}

/// After an edit, marks the versions of every text whose original changed as possibly out of date.
pub fn originals_changed(
    conn: &mut DbConnection,
    before: &Session,
    after: &Session,
) -> AppResult<()> {
    for field in SessionText::ALL {
        if before.text(*field) != after.text(*field) {
            Translation::mark_stale(conn, AuditObject::Session, after.id.0, field.as_str())?;
        }
    }
    Ok(())
}

/// Gives a copied session the versions and the original language of the one it was copied from.
pub fn copy_session_texts(conn: &mut DbConnection, from: &Session, to: SessionId) -> AppResult<()> {
    Session::set_original_lang(conn, to, from.original_lang)?;
    Ok(Translation::copy(
        conn,
        AuditObject::Session,
        from.id.0,
        to.0,
    )?)
}

/// Every text of these sessions in every language it exists in.
pub fn session_texts(
    conn: &mut DbConnection,
    sessions: &[Session],
) -> AppResult<HashMap<SessionId, SessionTexts>> {
    let ids: Vec<i32> = sessions.iter().map(|s| s.id.0).collect();
    let mut found: HashMap<i32, Vec<Translation>> = HashMap::new();
    for t in Translation::of_objects(conn, AuditObject::Session, &ids)? {
        found.entry(t.object_id).or_default().push(t);
    }
    Ok(sessions
        .iter()
        .map(|s| {
            let theirs = found.remove(&s.id.0).unwrap_or_default();
            (s.id, SessionTexts::new(s, &theirs))
        })
        .collect())
}

/// A session's texts, each in every language it exists in.
#[derive(Debug, Clone, Default)]
pub struct SessionTexts(HashMap<SessionText, Versions>);

impl SessionTexts {
    fn new(session: &Session, translations: &[Translation]) -> SessionTexts {
        SessionTexts(
            SessionText::ALL
                .iter()
                .map(|field| {
                    let versions = translations
                        .iter()
                        .filter(|t| t.field == field.as_str())
                        .fold(
                            Versions::original(session.text(*field), session.original_lang),
                            |versions, t| match t.stale {
                                true => versions.with(t.lang, &t.text).outdated(t.lang),
                                false => versions.with(t.lang, &t.text),
                            },
                        );
                    (*field, versions)
                })
                .collect(),
        )
    }

    /// A field in every language it exists in.
    pub fn get(&self, field: SessionText) -> Option<&Versions> {
        self.0.get(&field)
    }
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
                v.texts
                    .get(SessionText::Title)
                    .is_none_or(|t| t.get(lang).is_none())
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
