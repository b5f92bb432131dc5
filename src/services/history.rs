//! The audit log as people read it: entries as lines in the reader's language, and the history of an
//! object shown on its page.

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::audit::{AuditAction, AuditObject, field_name, readable};
use crate::domain::ids::CohortId;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::models::audit::AuditEntry;
use crate::models::country::Country;
use crate::sheet::{Table, Value};

/// Entries shown on an object's page, and per page of the log.
pub const SHOWN: i64 = 100;

/// One entry as the pages show it, in the reader's language.
pub struct Line {
    /// When, in UTC (pages show it on the reader's clock, `m::instant`).
    pub at: NaiveDateTime,
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
    /// The lines as a table to download: a line per field changed (one for an entry without fields),
    /// times in UTC, everything else as the page shows it in `lang`.
    pub fn table(&self, lang: Lang) -> Table {
        let mut table = Table::translated(
            "audit-title",
            &[
                "audit-when-utc",
                "audit-who",
                "audit-what",
                "audit-kind",
                "audit-object-number",
                "audit-object",
                "audit-field",
                "audit-before",
                "audit-after",
            ],
            lang,
        );
        for line in &self.0 {
            let leading = [
                Value::DateTime(line.at),
                Value::text(&line.who),
                Value::text(lang.t(line.action.label_key())),
                Value::text(lang.t(line.object.label_key())),
                Value::Int(line.object_id.into()),
                Value::text(&line.label),
            ];
            let changes: Vec<[Value; 3]> = if line.changes.is_empty() {
                vec![[Value::Empty, Value::Empty, Value::Empty]]
            } else {
                line.changes
                    .iter()
                    .map(|(field, before, after)| {
                        [Value::text(field), Value::text(before), Value::text(after)]
                    })
                    .collect()
            };
            for change in changes {
                table.push(leading.iter().cloned().chain(change).collect());
            }
        }
        table
    }

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
        at: entry.at,
        who: match entry.user_name.as_str() {
            "" => lang.t("audit-system"),
            name => name.to_owned(),
        },
        action: entry.action,
        object: entry.object_type,
        object_id: entry.object_id,
        cohort: entry.cohort_id,
        // A delegation is named by its country's code when logged: shown, it is the country's name.
        label: match entry.object_type {
            AuditObject::Delegation => Country::name_of(countries, &entry.label, lang),
            _ => entry.label,
        },
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
