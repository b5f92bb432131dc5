//! A cohort's texts as a file for a translator (CSV or `.xlsx`: the string's id, what it belongs to, the
//! original and a column per language), and the translator's file read back: every row checked against
//! the cohort's texts, and the versions it changes — all of them, or the problems row by row.

use std::collections::HashMap;

use crate::domain::translation::{StringId, VersionInput};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::services::roster_file::cell_text;
use crate::services::translations::Entry;
use crate::sheet::formula::unprotect;
use crate::sheet::read::Sheet;
use crate::sheet::table::{Table, Value};

/// The heading of the first column, the same in every language so that any file reads back.
const ID: &str = "id";

/// The texts as a table, headings in `lang` except the id and the languages' codes.
pub fn table(entries: &[Entry], lang: Lang) -> Table {
    let mut columns = vec![
        ID.to_owned(),
        lang.t("translations-column-what"),
        lang.t("translations-column-field"),
        lang.t("translations-column-original-lang"),
        lang.t("translations-column-original"),
    ];
    columns.extend(Lang::ALL.iter().map(|l| l.as_str().to_owned()));
    let mut table = Table::new(lang.t("translations-file-title"), columns);
    for entry in entries {
        let v = &entry.versions;
        let mut row = vec![
            Value::text(entry.id.to_string()),
            Value::text(entry.what.clone()),
            Value::text(lang.t(entry.id.text.label_key())),
            Value::text(v.original_lang().as_str()),
            Value::text(v.original_text()),
        ];
        row.extend(Lang::ALL.iter().map(|l| match *l == v.original_lang() {
            true => Value::Empty,
            false => Value::text(v.get(*l).unwrap_or_default()),
        }));
        table.push(row);
    }
    table
}

/// One version a file changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub id: StringId,
    pub what: String,
    pub lang: Lang,
    pub before: String,
    pub after: String,
}

impl Change {
    /// The name of the grid's input for this version.
    pub fn input_name(&self) -> String {
        self.id.input_name(self.lang)
    }

    /// The version as a form sends it.
    pub fn input(&self) -> VersionInput {
        (self.id, self.lang, self.after.clone())
    }
}

/// Where the file's problems are filed: under `row`, one line per row of the file.
pub const ROWS: &str = "row";

/// The argument of a row's message that names the language column at fault.
pub const COLUMN: &str = "column";

/// Reads a translator's file against the cohort's texts: the versions it changes (an empty cell changes
/// nothing), or the problem of every row that cannot be taken.
pub fn changes(sheet: &Sheet, entries: &[Entry]) -> Result<Vec<Change>, FormErrors> {
    let mut errors = FormErrors::new();
    let mut rows = sheet
        .rows
        .iter()
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()));
    let Some(heading) = rows.next() else {
        return Err(FormErrors::whole(Msg::new("import-empty")));
    };
    let headings: Vec<String> = heading
        .cells
        .iter()
        .map(|c| {
            cell_text(c, false)
                .unwrap_or_default()
                .trim()
                .to_lowercase()
        })
        .collect();
    let column = |name: &str| headings.iter().position(|h| h == name);
    // The original's heading is in the language of whoever downloaded the file.
    let original_heading = |h: &String| {
        Lang::ALL
            .iter()
            .any(|l| l.t("translations-column-original").to_lowercase() == *h)
    };
    let original_column = headings.iter().position(original_heading);
    let (Some(id_column), Some(original_column)) = (column(ID), original_column) else {
        return Err(FormErrors::whole(Msg::new("error-translation-file-layout")));
    };
    let languages: Vec<(Lang, usize)> = Lang::ALL
        .iter()
        .filter_map(|l| Some((*l, column(l.as_str())?)))
        .collect();
    if languages.is_empty() {
        return Err(FormErrors::whole(Msg::new("error-translation-file-layout")));
    }
    let known: HashMap<StringId, &Entry> = entries.iter().map(|e| (e.id, e)).collect();
    let mut seen: HashMap<StringId, usize> = HashMap::new();
    let mut changes = Vec::new();
    for row in rows {
        let cell = |at: usize| -> Result<String, Msg> {
            let text = row.cells.get(at).map(|c| cell_text(c, false)).transpose()?;
            Ok(unprotect(&text.unwrap_or_default()).to_owned())
        };
        let mut refuse = |msg: Msg| errors.add_line(ROWS, row.number, msg);
        let raw_id = cell(id_column).unwrap_or_default();
        let Some(id) = StringId::parse(&raw_id) else {
            refuse(Msg::new("error-translation-row-id").with("id", raw_id));
            continue;
        };
        let Some(entry) = known.get(&id) else {
            refuse(Msg::new("error-translation-row-other").with("id", raw_id));
            continue;
        };
        if let Some(first) = seen.insert(id, row.number) {
            refuse(Msg::new("error-translation-row-duplicate").with("row", first as i64));
            continue;
        }
        let versions = &entry.versions;
        let original = cell(original_column).unwrap_or_default();
        if original.trim() != versions.original_text().trim() {
            refuse(Msg::new("error-translation-row-original"));
            continue;
        }
        for (lang, at) in &languages {
            let parsed = cell(*at).and_then(|raw| id.text.parse_version(&raw));
            let text = match parsed {
                Ok(text) => text,
                Err(msg) => {
                    refuse(msg.with(COLUMN, lang.as_str()));
                    continue;
                }
            };
            let before = versions.get(*lang).unwrap_or_default();
            if text.is_empty() || text == before {
                continue;
            }
            if *lang == versions.original_lang() {
                refuse(Msg::new("error-translation-row-original"));
                continue;
            }
            changes.push(Change {
                id,
                what: entry.what.clone(),
                lang: *lang,
                before: before.to_owned(),
                after: text,
            });
        }
    }
    errors.into_result().map(|()| changes)
}
