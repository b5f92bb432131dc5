//! The roster as a file, both ways. The export is a table (CSV or `.xlsx`) whose headings are in the
//! reader's language; the import reads what the export writes and what ministries send — workbooks,
//! CSV or tab-separated text in the usual encodings, headings in English, Russian or Chinese, dates as
//! people write them — and is all or nothing, every problem named by the row the spreadsheet shows and
//! the column's heading as written in the file.

use std::collections::HashMap;

use chrono::{NaiveDateTime, Timelike};
use chrono_tz::Tz;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, ImportId};
use crate::domain::trainee::{
    COLUMN_HEADINGS, COLUMNS, EnrollmentDraft, EnrollmentStatus, Headings, PASSPORT_COLUMNS,
    REQUIRED_COLUMNS, TraineeDraft, TraineeInput,
};
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::form_errors::WHOLE_FORM;
use crate::i18n::{Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::enrollment::RosterEntry;
use crate::models::trainee_import::NewTraineeImport;
use crate::services::roster::{self, Match, Matcher, Setting, Writer, check_capacity};
use crate::sheet::read::{self, Cell, Layout, ReadError, Row, TextEncoding};
use crate::sheet::{Table, Value};

pub use crate::sheet::read::MAX_BYTES;

/// Most rows accepted in one file.
pub const MAX_ROWS: usize = 5_000;

/// The heading of each column in `lang`.
fn headings(lang: Lang) -> HashMap<&'static str, String> {
    COLUMN_HEADINGS
        .iter()
        .map(|(column, key, _)| (*column, lang.t(key)))
        .collect()
}

/// The roster as a table: a line per trainee, headings in `lang`, times on the cohort's clock, and the
/// passport columns only when `with_passport`.
pub fn export(
    entries: &[RosterEntry],
    zone: Tz,
    passports: Option<&Vault>,
    lang: Lang,
) -> AppResult<Table> {
    let columns: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| passports.is_some() || !PASSPORT_COLUMNS.contains(c))
        .collect();
    let names = headings(lang);
    let mut table = Table::new(
        lang.t("roster-title"),
        columns.iter().map(|c| names[c].clone()).collect(),
    );
    for entry in entries {
        let mut values = row_of(entry, zone, passports)?;
        table.push(
            columns
                .iter()
                .map(|c| values.remove(c).unwrap_or(Value::Empty))
                .collect(),
        );
    }
    Ok(table)
}

/// A trainee's values by column; the passport number only when `passports` opens it.
fn row_of(
    entry: &RosterEntry,
    zone: Tz,
    passports: Option<&Vault>,
) -> AppResult<HashMap<&'static str, Value>> {
    use chrono::TimeZone;
    let (t, e) = (&entry.trainee, &entry.enrollment);
    let date = |d: Option<chrono::NaiveDate>| d.map_or(Value::Empty, Value::Date);
    let local = |at: Option<NaiveDateTime>| {
        at.map_or(Value::Empty, |at| {
            Value::DateTime(zone.from_utc_datetime(&at).naive_local())
        })
    };
    let text = |s: &str| Value::text(s);
    let passport = match passports {
        Some(vault) => t.passport_number(vault)?.unwrap_or_default(),
        None => String::new(),
    };
    Ok(HashMap::from([
        ("family_name", text(&t.family_name)),
        ("given_name", text(&t.given_name)),
        ("native_name", text(&t.native_name)),
        ("gender", text(t.gender.as_str())),
        ("date_of_birth", date(t.date_of_birth)),
        ("country", text(&t.country_code)),
        ("organization", text(&t.organization)),
        ("position", text(&t.position)),
        ("email", text(t.email.as_deref().unwrap_or_default())),
        ("phone", text(&t.phone)),
        ("preferred_language", text(t.language.as_str())),
        ("dietary_requirements", text(&t.dietary)),
        ("accessibility_needs", text(&t.accessibility)),
        ("passport_number", text(&passport)),
        ("passport_expiry", date(t.passport_expiry)),
        ("notes", text(&t.notes)),
        ("status", text(e.status.as_str())),
        ("arrival", local(e.arrival_at)),
        ("arrival_flight", text(&e.arrival_flight)),
        ("arrival_airport", text(&e.arrival_airport)),
        ("departure", local(e.departure_at)),
        ("departure_flight", text(&e.departure_flight)),
        ("departure_airport", text(&e.departure_airport)),
        ("hotel", text(&e.hotel)),
        ("room", text(&e.room)),
    ]))
}

/// A template to fill in: every column headed in `lang`, and one example line.
pub fn template(lang: Lang) -> Table {
    let names = headings(lang);
    let mut table = Table::new(
        lang.t("import-template-sheet"),
        COLUMNS.iter().map(|c| names[c].clone()).collect(),
    );
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let at = |y, m, d, h, min| {
        day(y, m, d)
            .and_hms_opt(h, min, 0)
            .map_or(Value::Empty, Value::DateTime)
    };
    table.push(vec![
        Value::text("Abenov"),
        Value::text("Nurlan"),
        Value::text("Абенов Нурлан"),
        Value::text("male"),
        Value::Date(day(1980, 3, 14)),
        Value::text("KZ"),
        Value::text("Ministry of Agriculture"),
        Value::text("Head of Division"),
        Value::text("n.abenov@example.kz"),
        Value::text("+7 701 000 0000"),
        Value::text("ru"),
        Value::text("halal"),
        Value::Empty,
        Value::text("N1234567"),
        Value::Date(day(2030, 1, 31)),
        Value::Empty,
        Value::text("nominated"),
        at(2023, 6, 14, 22, 40),
        Value::text("CZ6094"),
        Value::text("Qingdao Jiaodong"),
        at(2023, 6, 22, 9, 15),
        Value::text("CZ6093"),
        Value::text("Qingdao Jiaodong"),
        Value::text("Qingdao Hotel"),
        Value::text("1203"),
    ]);
    table
}

/// How to read an uploaded file and what to do with its statuses: the organizer's choices in the
/// preview.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    pub read: read::Options,
    /// Take every row as nominated, whatever its status (a past roster into a new cohort).
    pub all_nominated: bool,
}

/// Something wrong (or worth a warning) in an imported file, where it is, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The row as a spreadsheet numbers it (the header is row 1).
    pub row: Option<usize>,
    /// The column's heading as written in the file.
    pub column: Option<String>,
    pub msg: Msg,
}

impl Problem {
    fn file(msg: Msg) -> Self {
        Self {
            row: None,
            column: None,
            msg,
        }
    }

    fn at(row: usize, column: &str, msg: Msg) -> Self {
        Self {
            row: Some(row),
            column: Some(column.to_owned()),
            msg,
        }
    }

    fn row(row: usize, msg: Msg) -> Self {
        Self {
            row: Some(row),
            column: None,
            msg,
        }
    }

    /// "row 12, column Passport expiry: …" in the reader's language.
    pub fn describe(&self, lang: Lang) -> String {
        let text = lang.msg(&self.msg);
        match (self.row, &self.column) {
            (Some(row), Some(column)) => lang.msg(
                &Msg::new("import-at-cell")
                    .with("row", row as i64)
                    .with("column", column.as_str())
                    .with("message", text),
            ),
            (Some(row), None) => lang.msg(
                &Msg::new("import-at-row")
                    .with("row", row as i64)
                    .with("message", text),
            ),
            _ => text,
        }
    }
}

/// One line of the file that will become an enrollment.
pub struct PlannedRow {
    pub row: usize,
    pub trainee: TraineeDraft,
    pub enrollment: EnrollmentDraft,
    /// Whether the person is already known (from another cohort) and will be updated, not created.
    pub known: bool,
    found: Match,
}

/// What an import would do: the rows, or every reason it cannot.
#[derive(Default)]
pub struct Report {
    /// How the file was read; `None` when it could not be read at all.
    pub layout: Option<Layout>,
    /// The rows of data the file holds (its header and empty rows left out).
    pub data_rows: usize,
    pub rows: Vec<PlannedRow>,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
    /// The file is not a table this import can read in any way (empty, damaged, locked…): the upload
    /// page says why instead of a preview.
    pub unreadable: bool,
    /// The encoding could not be decided: the first lines read in each likely encoding.
    pub undecided: Vec<(TextEncoding, String)>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    fn refused(problem: Problem, unreadable: bool) -> Report {
        Report {
            errors: vec![problem],
            unreadable,
            ..Report::default()
        }
    }
}

/// Why a file cannot be read, for the reader.
pub fn read_error(error: ReadError) -> (Msg, bool) {
    let lines = |lines: &[usize]| {
        let shown: Vec<String> = lines.iter().take(5).map(usize::to_string).collect();
        shown.join(", ") + if lines.len() > 5 { ", …" } else { "" }
    };
    match error {
        ReadError::TooLarge => (
            Msg::new("import-too-large").with("max", (MAX_BYTES >> 20) as i64),
            true,
        ),
        ReadError::Empty => (Msg::new("import-empty"), true),
        ReadError::PasswordProtected => (Msg::new("import-password"), true),
        ReadError::Corrupt => (Msg::new("import-corrupt"), true),
        ReadError::NotText => (Msg::new("import-not-a-table"), true),
        ReadError::NoData => (Msg::new("import-empty-workbook"), true),
        ReadError::NoSuchSheet => (Msg::new("import-no-such-sheet"), false),
        ReadError::Undecided(_) => (Msg::new("import-choose-encoding"), false),
        ReadError::MixedEncodings { utf8, other } => (
            Msg::new("import-mixed-encodings")
                .with("utf8", lines(&utf8))
                .with("other", lines(&other)),
            true,
        ),
        ReadError::BadBytes {
            encoding,
            lines: bad,
        } => (
            Msg::new("import-bad-bytes")
                .with("encoding", encoding.slug())
                .with("lines", lines(&bad)),
            false,
        ),
    }
}

/// A workbook column's letters: A, B, …, Z, AA, …
fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|b| char::from(*b)).collect()
}

/// The columns that hold a date and a time of day (a date cell there at 00:00 is midnight, not a day).
const DATE_TIME_COLUMNS: [&str; 2] = ["arrival", "departure"];

/// A cell as the text a form field would hold: numbers without a needless `.0`, dates as `YYYY-MM-DD`,
/// with `HH:MM` when they have a time or `with_time` says the column always has one.
pub fn cell_text(cell: &Cell, with_time: bool) -> Result<String, Msg> {
    Ok(match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => text.clone(),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string(),
        Cell::DateTime(at) if at.num_seconds_from_midnight() == 0 && !with_time => {
            at.format("%Y-%m-%d").to_string()
        }
        Cell::DateTime(at) => at.format("%Y-%m-%d %H:%M").to_string(),
        Cell::Bool(b) => b.to_string(),
        Cell::Error(code) => return Err(Msg::new("import-cell-error").with("value", code.as_str())),
    })
}

/// The rows of a file, before any rule that needs the database, and the rows that could not be read.
#[derive(Debug)]
struct FileRows {
    layout: Layout,
    /// Data rows with their number, as the trainee form's input.
    rows: Vec<(usize, TraineeInput)>,
    /// Each column's heading as written in the file.
    headings: HashMap<&'static str, String>,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

/// The rows with any value in them.
fn filled(rows: &[Row]) -> impl Iterator<Item = &Row> {
    rows.iter()
        .filter(|row| row.cells.iter().any(|c| !c.is_empty()))
}

/// Finds the header, maps its headings to columns, and turns every row below it into form input.
fn rows_of(sheet: read::Sheet) -> Result<FileRows, Vec<Problem>> {
    let known = Headings::new();
    let recognised = |row: &Row| {
        row.cells
            .iter()
            .filter(|c| matches!(c, Cell::Text(t) if known.find(t).is_some()))
            .count()
    };
    let Some(first) = filled(&sheet.rows).next() else {
        return Err(vec![Problem::file(Msg::new("import-no-rows"))]);
    };
    let best = filled(&sheet.rows)
        .take(20)
        .max_by_key(|row| (recognised(row), std::cmp::Reverse(row.number)));
    if let Some(best) = best
        && recognised(best) >= 2
        && best.number != 1
    {
        return Err(vec![Problem::file(
            Msg::new("import-header-not-first").with("row", best.number as i64),
        )]);
    }
    let header = first;

    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut columns: Vec<Option<&'static str>> = Vec::with_capacity(header.cells.len());
    let mut written: HashMap<&'static str, String> = HashMap::new();
    for cell in &header.cells {
        let text = match cell_text(cell, false) {
            Ok(text) => text.trim().to_owned(),
            Err(_) => String::new(),
        };
        let column = known.find(&text);
        match column {
            Some(column) if written.contains_key(column) => errors.push(Problem::file(
                Msg::new("import-repeated-column").with("column", text.as_str()),
            )),
            Some(column) => {
                written.insert(column, text);
            }
            None if !text.is_empty() => warnings.push(Problem::file(
                Msg::new("import-unknown-column").with("column", text.as_str()),
            )),
            None => {}
        }
        columns.push(column);
    }
    for required in REQUIRED_COLUMNS {
        if !written.contains_key(required) {
            errors.push(Problem::file(
                Msg::new("import-missing-column").with("column", required),
            ));
        }
    }
    let data: Vec<&Row> = filled(&sheet.rows)
        .filter(|row| row.number > header.number)
        .collect();
    let is_text = matches!(sheet.layout, Layout::Text { .. });
    // A column with values but no heading: merged heading cells, or a value beyond the last heading.
    let widest = data.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let named = |i: usize| matches!(header.cells.get(i), Some(c) if !c.is_empty());
    for i in 0..widest {
        let beyond_header = i >= header.cells.len();
        // Text files say the same with a count of values per row, below.
        let checked_elsewhere = is_text && beyond_header;
        if !(named(i) || checked_elsewhere)
            && data
                .iter()
                .any(|r| r.cells.get(i).is_some_and(|c| !c.is_empty()))
        {
            errors.push(Problem::file(
                Msg::new("import-unnamed-column").with("column", column_letters(i)),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if data.len() > MAX_ROWS {
        return Err(vec![Problem::file(
            Msg::new("import-too-many-rows").with("max", MAX_ROWS as i64),
        )]);
    }

    let mut rows = Vec::with_capacity(data.len());
    for row in data {
        if is_text && row.cells.len() != header.cells.len() {
            errors.push(Problem::row(
                row.number,
                Msg::new("import-field-count")
                    .with("found", row.cells.len() as i64)
                    .with("expected", header.cells.len() as i64),
            ));
            continue;
        }
        let mut input = TraineeInput::default();
        let mut fine = true;
        for (cell, column) in row.cells.iter().zip(&columns) {
            let Some(column) = column else { continue };
            match cell_text(cell, DATE_TIME_COLUMNS.contains(column)) {
                Ok(text) => {
                    if let Some(field) = input.field_mut(column) {
                        *field = text;
                    }
                }
                Err(msg) => {
                    errors.push(Problem::at(row.number, &written[column], msg));
                    fine = false;
                }
            }
        }
        if fine {
            rows.push((row.number, input));
        }
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(vec![Problem::file(Msg::new("import-no-rows"))]);
    }
    Ok(FileRows {
        layout: sheet.layout,
        rows,
        headings: written,
        errors,
        warnings,
    })
}

/// How a file was read, in the reader's language: "Windows-1251, semicolons, 72 rows" or "Excel
/// workbook (.xlsx), sheet “Участники”, 72 rows".
pub fn describe_layout(layout: &Layout, rows: usize, lang: Lang) -> String {
    match layout {
        Layout::Text {
            encoding,
            separator,
        } => lang.msg(
            &Msg::new("import-read-text")
                .with("encoding", lang.t(encoding.label_key()))
                .with("separator", lang.t(separator.label_key()))
                .with("rows", rows as i64),
        ),
        Layout::Workbook {
            kind,
            sheets,
            sheet,
        } => lang.msg(
            &Msg::new("import-read-workbook")
                .with("kind", lang.t(kind.label_key()))
                .with("sheet", sheets.get(*sheet).map_or("", String::as_str))
                .with("rows", rows as i64),
        ),
    }
}

/// What became of an uploaded file.
pub enum Kept {
    /// Read as a table and kept for its preview.
    Stored(ImportId),
    /// It cannot be read as a table: why, and the cohort to show the upload form again for.
    Unreadable {
        cohort: Box<CohortListing>,
        problems: Vec<Problem>,
    },
}

/// Keeps an uploaded file for its preview, if it can be read as a table (its rows' problems are the
/// preview's to show); one that cannot be read is not kept.
pub fn keep(
    conn: &mut DbConnection,
    cohort: CohortId,
    file_name: &str,
    bytes: &[u8],
    writer: Writer<'_>,
) -> AppResult<Kept> {
    let setting = Setting::load(conn, cohort, writer.now.date())?;
    let options = ImportOptions::default();
    let report = check(conn, &setting, bytes, &options, writer.vault, &|_, _| ())?;
    if report.unreadable {
        return Ok(Kept::Unreadable {
            cohort: Box::new(setting.cohort),
            problems: report.errors,
        });
    }
    let stored = NewTraineeImport {
        cohort_id: cohort,
        created_by: writer.by,
        file_name,
        data: bytes,
        created_at: writer.now,
    }
    .insert(conn, writer.vault)?;
    Ok(Kept::Stored(stored))
}

/// Checks a file against every rule, without changing anything. `progress` hears how many of how many
/// steps are done (a row checked is one step).
pub fn check(
    conn: &mut DbConnection,
    setting: &Setting,
    bytes: &[u8],
    options: &ImportOptions,
    vault: &Vault,
    progress: &dyn Fn(usize, usize),
) -> AppResult<Report> {
    let sheet = match read::read(bytes, &options.read) {
        Ok(sheet) => sheet,
        Err(ReadError::Undecided(samples)) => {
            return Ok(Report {
                undecided: samples,
                ..Report::refused(Problem::file(Msg::new("import-choose-encoding")), false)
            });
        }
        Err(error) => {
            let (msg, unreadable) = read_error(error);
            return Ok(Report::refused(Problem::file(msg), unreadable));
        }
    };
    let layout = sheet.layout.clone();
    // Every row with a value but the first: what the reader sees as rows, however they turn out.
    let data_rows = filled(&sheet.rows).count().saturating_sub(1);
    let file = match rows_of(sheet) {
        Ok(file) => file,
        Err(errors) => {
            return Ok(Report {
                layout: Some(layout),
                data_rows,
                errors,
                ..Report::default()
            });
        }
    };
    let mut report = Report {
        layout: Some(file.layout),
        data_rows,
        errors: file.errors,
        warnings: file.warnings,
        ..Report::default()
    };
    let heading = |column: &str| {
        file.headings
            .get(column)
            .cloned()
            .unwrap_or_else(|| column.to_owned())
    };
    let context = setting.context();
    let started = setting.cohort.cohort.starts_on <= setting.today;
    let mut parsed = Vec::new();
    for (i, (row, input)) in file.rows.iter().enumerate() {
        match input.parse(&context) {
            Ok((trainee, mut enrollment)) => {
                let history = matches!(
                    enrollment.status,
                    EnrollmentStatus::Arrived
                        | EnrollmentStatus::Completed
                        | EnrollmentStatus::NoShow
                );
                if options.all_nominated {
                    enrollment.status = EnrollmentStatus::Nominated;
                } else if history && !started {
                    report.errors.push(Problem::at(
                        *row,
                        &heading("status"),
                        Msg::new("import-status-before-start").with("value", input.status.trim()),
                    ));
                    continue;
                }
                parsed.push((*row, (trainee, enrollment)));
            }
            Err(errors) => report.errors.extend(
                errors
                    .iter()
                    .map(|(field, msg)| Problem::at(*row, &heading(field), msg.clone())),
            ),
        }
        progress(i + 1, 2 * file.rows.len());
    }

    let matcher = Matcher::load(
        conn,
        setting.cohort.cohort.id,
        parsed.iter().map(|(_, (t, _))| t),
        vault,
    )?;
    let mut seen_passports: HashMap<String, usize> = HashMap::new();
    let mut seen_emails: HashMap<String, usize> = HashMap::new();
    let course_ends = setting.cohort.cohort.ends_on;
    for (row, (trainee, enrollment)) in parsed {
        let mut fine = true;
        for (column, value, seen) in [
            (
                "passport_number",
                &trainee.passport_number,
                &mut seen_passports,
            ),
            ("email", &trainee.email, &mut seen_emails),
        ] {
            if let Some(value) = value {
                if let Some(first) = seen.get(value) {
                    report.errors.push(Problem::at(
                        row,
                        &heading(column),
                        Msg::new("import-duplicate").with("row", *first as i64),
                    ));
                    fine = false;
                } else {
                    seen.insert(value.clone(), row);
                }
            }
        }
        if let Some(expiry) = trainee.passport_expiry
            && expiry < course_ends
        {
            report.warnings.push(Problem::at(
                row,
                &heading("passport_expiry"),
                Msg::new("import-passport-expires").with("date", expiry),
            ));
        }
        match matcher.resolve(&trainee, None) {
            Ok(found) if fine => report.rows.push(PlannedRow {
                row,
                known: matches!(found, Match::Existing(_)),
                found,
                trainee,
                enrollment,
            }),
            Ok(_) => {}
            Err((column, msg)) => report.errors.push(Problem::at(row, &heading(column), msg)),
        }
    }

    let more = report
        .rows
        .iter()
        .filter(|r| r.enrollment.status.holds_place())
        .count() as i64;
    match check_capacity(conn, &setting.cohort.cohort, more, WHOLE_FORM) {
        Err(AppError::Invalid(full)) => report
            .errors
            .extend(full.first().cloned().map(Problem::file)),
        other => other?,
    }
    report.errors.sort_by_key(|p| p.row);
    report.warnings.sort_by_key(|p| p.row);
    Ok(report)
}

/// What an import did.
pub struct Imported {
    pub count: usize,
    pub warnings: Vec<Problem>,
    /// How the file was read.
    pub layout: Layout,
}

/// Imports a file into a cohort in one transaction: every row, or — if any rule is broken — nothing,
/// with the report saying why. `progress` hears how many of how many steps are done: each row is
/// checked, then written.
pub fn import(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    bytes: &[u8],
    options: &ImportOptions,
    writer: Writer<'_>,
    progress: &dyn Fn(usize, usize),
) -> AppResult<Result<Imported, Report>> {
    conn.write(|conn| {
        Cohort::lock(conn, cohort_id)?;
        let setting = Setting::load(conn, cohort_id, writer.now.date())?;
        let report = check(conn, &setting, bytes, options, writer.vault, progress)?;
        let layout = match &report.layout {
            Some(layout) if report.is_ok() => layout.clone(),
            _ => return Ok(Err(report)),
        };
        let count = report.rows.len();
        for (i, row) in report.rows.into_iter().enumerate() {
            roster::enrol(
                conn,
                cohort_id,
                row.found,
                &row.trainee,
                &row.enrollment,
                writer,
            )?;
            progress(count + i + 1, 2 * count);
        }
        Ok(Ok(Imported {
            count,
            warnings: report.warnings,
            layout,
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(bytes: &[u8]) -> Vec<String> {
        let errors = match read::read(bytes, &read::Options::default()) {
            Ok(sheet) => match rows_of(sheet) {
                Ok(file) => file.errors,
                Err(errors) => errors,
            },
            Err(error) => vec![Problem::file(read_error(error).0)],
        };
        errors.iter().map(|p| p.describe(Lang::En)).collect()
    }

    fn rows(bytes: &[u8]) -> FileRows {
        rows_of(read::read(bytes, &read::Options::default()).unwrap()).unwrap()
    }

    #[test]
    fn headings_in_russian_and_chinese_name_the_columns() {
        let file = "\u{feff}Фамилия;Имя;Пол;Страна;Дата рождения (ДД.ММ.ГГГГ);Номер паспорта;Extra\n\
                    Абенов;Нурлан;м;KZ;12.03.1985;N1234567;x\n";
        let file = rows(file.as_bytes());
        assert_eq!(file.rows[0].0, 2, "the first data row is row 2");
        let input = &file.rows[0].1;
        assert_eq!(input.family_name, "Абенов");
        assert_eq!(input.date_of_birth, "12.03.1985");
        assert_eq!(input.passport_number, "N1234567");
        assert_eq!(file.headings["date_of_birth"], "Дата рождения (ДД.ММ.ГГГГ)");
        assert_eq!(file.warnings.len(), 1, "the unknown column is a warning");
        let chinese = rows(
            "姓,名,性别,国家,出生日期,护照号码\n王,芳,女,中国,1985/3/12,E12345678\n".as_bytes(),
        );
        assert_eq!(chinese.rows[0].1.given_name, "芳");
        assert_eq!(chinese.rows[0].1.passport_number, "E12345678");
    }

    #[test]
    fn broken_files_are_refused_with_a_reason() {
        assert_eq!(problems(b"   \n"), ["The file is empty."]);
        assert_eq!(
            problems(b"family_name,given_name,gender,country\n"),
            ["The file has a header but no rows."]
        );
        assert_eq!(
            problems(b"family_name,given_name,country\nA,B,KZ\n"),
            ["The column \u{201c}gender\u{201d} is missing."]
        );
        assert_eq!(
            problems(b"family_name,given_name,gender,country\nA,B,m\n"),
            ["row 2: it has 3 values where the header has 4."]
        );
        assert_eq!(
            problems(b"Roster of the seminar\n\nfamily_name,given_name,gender,country\nA,B,m,KZ\n"),
            [
                "The column names must be in row 1, but they are in row 3: delete the rows above them."
            ]
        );
    }

    #[test]
    fn workbook_columns_are_named_by_their_letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }

    mod round_trip {
        use super::*;
        use crate::domain::ids::{EnrollmentId, TraineeId};
        use crate::domain::trainee::{CountryIndex, Gender, ParseContext};
        use crate::models::enrollment::Enrollment;
        use crate::models::trainee::Trainee;
        use chrono::{Datelike, NaiveDate, TimeZone};
        use proptest::prelude::*;

        /// One line of text as people type it (and as it is stored: trimmed): Latin, Cyrillic and
        /// Chinese, quotes, separators, and starts a spreadsheet would take for a formula.
        fn line() -> impl Strategy<Value = String> {
            (
                prop::sample::select(vec!["", "=", "+", "-", "@", "'", "'=", "\""]),
                "[A-Za-zА-Яа-яЁё王李芳磊 ,;\"'()=+-]{0,12}",
                "[A-Za-zА-яЁё王李芳磊.)\"]",
            )
                .prop_map(|(start, middle, end)| format!("{start}{middle}{end}").trim().to_owned())
        }

        fn optional_line() -> impl Strategy<Value = String> {
            prop_oneof![Just(String::new()), line()]
        }

        /// Several lines, as in notes.
        fn lines() -> impl Strategy<Value = String> {
            prop::collection::vec(line(), 0..3).prop_map(|lines| lines.join("\n"))
        }

        fn date() -> impl Strategy<Value = NaiveDate> {
            (1950i32..2030, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
        }

        /// A moment on the cohort's clock (China kept summer time in 1986–1991: a time skipped then
        /// is not drawn, a repeated one is the earlier, as the form reads it).
        fn time() -> impl Strategy<Value = Option<NaiveDateTime>> {
            let hour = prop_oneof![Just(0u32), 0u32..24];
            prop::option::of((date(), hour, 0u32..60).prop_filter_map(
                "a time the clock shows",
                |(d, h, m)| {
                    let local = d.and_hms_opt(h, m, 0)?;
                    chrono_tz::Asia::Shanghai
                        .from_local_datetime(&local)
                        .earliest()
                        .map(|at| at.naive_utc())
                },
            ))
        }

        prop_compose! {
            fn entry(i: usize)(
                family_name in line(),
                given_name in line(),
                native_name in optional_line(),
                female in any::<bool>(),
                born in prop::option::of(date().prop_filter("in the past", |d| d.year() < 2020)),
                country in prop::sample::select(vec!["KZ", "CN", "RU", "PK"]),
                organization in optional_line(),
                phone in prop::sample::select(vec!["", "+7 701 000 0000", "-", "=1+1", "8 (701) 123-45-67"]),
                lang in prop::sample::select(Lang::ALL.to_vec()),
                passport in prop::option::of("[A-Z][0-9]{7}"),
                expiry in prop::option::of(date()),
                notes in lines(),
                status in prop::sample::select(EnrollmentStatus::ALL.to_vec()),
                arrival in time(),
                hotel in optional_line(),
            ) -> RosterEntry {
                let at = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap();
                RosterEntry {
                    trainee: Trainee {
                        id: TraineeId(i as i32 + 1),
                        family_name,
                        given_name,
                        native_name,
                        gender: if female { Gender::Female } else { Gender::Male },
                        date_of_birth: born,
                        country_code: country.to_owned(),
                        organization,
                        position: String::new(),
                        email: Some(format!("t{i}@example.org")),
                        phone: phone.to_owned(),
                        language: lang,
                        dietary: String::new(),
                        accessibility: String::new(),
                        sealed_passport: passport.map(|p| vault().seal_text(&format!("{p}{i}"))),
                        passport_expiry: expiry,
                        notes,
                        created_at: at,
                        updated_at: at,
                        passport_digest: None,
                    },
                    enrollment: Enrollment {
                        id: EnrollmentId(i as i32 + 1),
                        cohort_id: CohortId(1),
                        trainee_id: TraineeId(i as i32 + 1),
                        status,
                        status_changed_at: at,
                        arrival_at: arrival,
                        arrival_flight: "CZ6094".into(),
                        arrival_airport: String::new(),
                        departure_at: None,
                        departure_flight: String::new(),
                        departure_airport: String::new(),
                        hotel,
                        room: "1203".into(),
                        created_at: at,
                        updated_at: at,
                        sealed_token: None,
                        itinerary_digest: None,
                    },
                }
            }
        }

        fn vault() -> Vault {
            Vault::derive(b"the key of these tests")
        }

        fn roster() -> impl Strategy<Value = Vec<RosterEntry>> {
            (1usize..6).prop_flat_map(|n| (0..n).map(entry).collect::<Vec<_>>())
        }

        /// The roster read back from `bytes` as the import reads it, parsed as the trainee form parses.
        fn read_back(bytes: &[u8]) -> Vec<(TraineeDraft, EnrollmentDraft)> {
            let countries = CountryIndex::new([
                ("KZ", ["Kazakhstan", "哈萨克斯坦", "Казахстан"]),
                ("CN", ["China", "中国", "Китай"]),
                ("RU", ["Russia", "俄罗斯", "Россия"]),
                ("PK", ["Pakistan", "巴基斯坦", "Пакистан"]),
            ]);
            let context = ParseContext {
                countries: &countries,
                time_zone: chrono_tz::Asia::Shanghai,
                today: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            };
            let sheet = read::read(bytes, &read::Options::default()).expect("the export reads");
            let file = rows_of(sheet).expect("the export has the import's columns");
            assert!(file.errors.is_empty(), "{:?}", file.errors);
            file.rows
                .iter()
                .map(|(row, input)| {
                    input
                        .parse(&context)
                        .unwrap_or_else(|e| panic!("row {row}: {e:?} in {input:?}"))
                })
                .collect()
        }

        fn drafts(entry: &RosterEntry) -> (TraineeDraft, EnrollmentDraft) {
            let (t, e) = (&entry.trainee, &entry.enrollment);
            (
                TraineeDraft {
                    family_name: t.family_name.clone(),
                    given_name: t.given_name.clone(),
                    native_name: t.native_name.clone(),
                    gender: t.gender,
                    date_of_birth: t.date_of_birth,
                    country_code: t.country_code.clone(),
                    organization: t.organization.clone(),
                    position: t.position.clone(),
                    email: t.email.clone(),
                    phone: t.phone.clone(),
                    language: t.language,
                    dietary: t.dietary.clone(),
                    accessibility: t.accessibility.clone(),
                    passport_number: t.passport_number(&vault()).unwrap(),
                    passport_expiry: t.passport_expiry,
                    notes: t.notes.clone(),
                },
                EnrollmentDraft {
                    status: e.status,
                    arrival_at: e.arrival_at,
                    arrival_flight: e.arrival_flight.clone(),
                    arrival_airport: e.arrival_airport.clone(),
                    departure_at: e.departure_at,
                    departure_flight: e.departure_flight.clone(),
                    departure_airport: e.departure_airport.clone(),
                    hotel: e.hotel.clone(),
                    room: e.room.clone(),
                },
            )
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(200))]

            /// Whatever the roster holds — formula-like names and phone numbers, quotes, commas,
            /// semicolons, line breaks in notes, Chinese and Cyrillic — exporting it as CSV or `.xlsx`
            /// (headings in any language) and importing the file gives back the same data.
            #[test]
            fn an_exported_roster_imports_unchanged(
                entries in roster(),
                lang in prop::sample::select(Lang::ALL.to_vec()),
            ) {
                let table = export(&entries, chrono_tz::Asia::Shanghai, Some(&vault()), lang).unwrap();
                let expected: Vec<_> = entries.iter().map(drafts).collect();
                prop_assert_eq!(&read_back(&table.to_csv()), &expected, "CSV");
                let workbook = table.to_xlsx(lang).unwrap();
                prop_assert_eq!(&read_back(&workbook), &expected, ".xlsx");
            }
        }
    }
}
