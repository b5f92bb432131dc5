//! The other languages of trainee-facing texts: saving a version (with the rules of the original field and
//! an audit entry), and reading a cohort's versions for its timetable.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::audit::{AuditObject, FieldChange};
use crate::domain::ids::{CohortId, SessionId};
use crate::domain::input::{NAME_MAX, TEXT_MAX, optional_multiline, optional_text};
use crate::domain::translation::{SessionText, Versions};
use crate::error::AppResult;
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::session::Session;
use crate::models::translation::Translation;
use crate::services::audit::{self, Subject};

/// The text of a session's field, in its original language.
fn original(session: &Session, field: SessionText) -> &str {
    match field {
        SessionText::Title => &session.title,
        SessionText::Description => &session.description,
        SessionText::Room => &session.room,
        SessionText::Address => &session.address,
        SessionText::DeparturePoint => &session.departure_point,
        SessionText::WhatToBring => &session.what_to_bring,
    }
}

/// Reads a version as its field reads the original: one line or several, and no longer.
fn parse(field: SessionText, raw: &str) -> Result<String, Msg> {
    match field {
        SessionText::Description => optional_multiline(raw, TEXT_MAX),
        SessionText::WhatToBring => optional_text(raw, TEXT_MAX),
        SessionText::Title
        | SessionText::Room
        | SessionText::Address
        | SessionText::DeparturePoint => optional_text(raw, NAME_MAX),
    }
}

/// Saves the version in `lang` of a session's text (empty: removes it). A text with no original has
/// nothing to translate; the original's own language is changed on the session's form.
pub fn save_session_text(
    conn: &mut DbConnection,
    cohort: CohortId,
    id: SessionId,
    field: SessionText,
    lang: Lang,
    raw: &str,
    now: NaiveDateTime,
) -> AppResult<()> {
    let text = parse(field, raw).map_err(|msg| FormErrors::single("text", msg))?;
    conn.write(|conn| {
        let session = Session::find(conn, cohort, id)?;
        let refuse = |key| Err(FormErrors::single("text", Msg::new(key)).into());
        if original(&session, field).trim().is_empty() {
            return refuse("error-translation-no-original");
        }
        if lang == session.original_lang {
            return refuse("error-translation-original-language");
        }
        let before = Translation::of_objects(conn, AuditObject::Session, &[id.0])?
            .into_iter()
            .find(|t| t.field == field.as_str() && t.lang == lang)
            .map(|t| t.text)
            .unwrap_or_default();
        if before == text {
            return Ok(());
        }
        Translation::save(
            conn,
            AuditObject::Session,
            id.0,
            field.as_str(),
            lang,
            &text,
            now,
        )?;
        Session::revised(conn, id, now)?;
        let subject = Subject {
            object: AuditObject::Session,
            id: id.0,
            cohort: Some(cohort),
            label: session.title.clone(),
        };
        let labelled = |text: &str| match text {
            "" => String::new(),
            text => format!("[{lang}] {text}"),
        };
        let change = FieldChange {
            field: field.label_key().to_owned(),
            before: labelled(&before),
            after: labelled(&text),
        };
        Ok(audit::changes(conn, now, &subject, vec![change])?)
    })
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
                            Versions::original(original(session, *field), session.original_lang),
                            |versions, t| versions.with(t.lang, &t.text),
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
