//! The audit log as people read it: entries as lines in the reader's language, and the history of an
//! object shown on its page.

use crate::db::DbConnection;
use crate::domain::audit::{AuditAction, AuditObject, field_name, readable};
use crate::domain::ids::CohortId;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::models::audit::AuditEntry;
use crate::models::country::Country;

/// Entries shown on an object's page, and per page of the log.
pub const SHOWN: i64 = 100;

/// One entry as the pages show it, in the reader's language.
pub struct Line {
    pub at: String,
    pub who: String,
    pub action: AuditAction,
    pub object: AuditObject,
    pub object_id: i32,
    pub cohort: Option<CohortId>,
    pub label: String,
    /// (field, before, after)
    pub changes: Vec<(String, String, String)>,
}

impl Line {
    /// The page of the thing changed, where there is one to go to.
    pub fn href(&self) -> Option<String> {
        match (self.object, self.cohort) {
            (AuditObject::Commitment, _) => Some(format!("/commitments/{}", self.object_id)),
            (AuditObject::Cohort, _) => Some(format!("/cohorts/{}", self.object_id)),
            (AuditObject::Duty, _) => Some(format!("/cohorts/{}/duty", self.object_id)),
            (AuditObject::Session | AuditObject::Attendance, Some(cohort)) => {
                Some(format!("/cohorts/{cohort}/sessions/{}", self.object_id))
            }
            _ => None,
        }
    }
}

/// An object's history, newest first.
pub struct History(pub Vec<Line>);

impl History {
    /// The lines of `entries` for a reader of `lang` (countries named from `countries`).
    pub fn of(entries: Vec<AuditEntry>, lang: Lang, countries: &[Country]) -> History {
        History(
            entries
                .into_iter()
                .map(|e| line(e, lang, countries))
                .collect(),
        )
    }
}

fn line(entry: AuditEntry, lang: Lang, countries: &[Country]) -> Line {
    let changes = entry
        .changes()
        .into_iter()
        .map(|c| {
            let shown = |value: &str| match c.field.as_str() {
                "audit-field-country" if !value.is_empty() => {
                    Country::name_of(countries, value, lang)
                }
                _ => readable(entry.object_type, &c.field, value, lang),
            };
            let (before, after) = (shown(&c.before), shown(&c.after));
            let field = field_name(entry.object_type, &c.field, lang);
            (field, before, after)
        })
        .collect();
    Line {
        at: entry.at.format("%Y-%m-%d %H:%M UTC").to_string(),
        who: match entry.user_name.as_str() {
            "" => lang.t("audit-system"),
            name => name.to_owned(),
        },
        action: entry.action,
        object: entry.object_type,
        object_id: entry.object_id,
        cohort: entry.cohort_id,
        label: entry.label,
        changes,
    }
}

/// The history of objects of one kind (e.g. a trainee and, separately, their enrollments).
pub fn history_of(
    conn: &mut DbConnection,
    parts: &[(AuditObject, &[i32])],
    lang: Lang,
) -> AppResult<History> {
    let mut entries = Vec::new();
    for (object, ids) in parts {
        entries.extend(AuditEntry::of_objects(conn, *object, ids, SHOWN)?);
    }
    entries.sort_by_key(|e| std::cmp::Reverse((e.at, e.id)));
    entries.truncate(SHOWN as usize);
    Ok(History::of(entries, lang, &Country::all(conn)?))
}
