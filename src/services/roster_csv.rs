//! The roster as a CSV file, both ways. The export is UTF-8 with a byte-order mark so that Excel shows
//! Chinese and Cyrillic names; the import reads what the export writes (and what ministries send:
//! comma or semicolon separated, with or without the mark), and is all or nothing.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use chrono_tz::Tz;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, UserId};
use crate::domain::trainee::{
    COLUMNS, EnrollmentDraft, PASSPORT_COLUMNS, REQUIRED_COLUMNS, TraineeDraft, TraineeInput,
    local_text,
};
use crate::error::AppResult;
use crate::i18n::{Lang, Msg};
use crate::models::cohort::Cohort;
use crate::models::enrollment::RosterEntry;
use crate::services::export::{BOM, csv_writer};
use crate::services::roster::{self, Match, Matcher, Setting, check_capacity};

/// Largest file accepted.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Most rows accepted in one file.
pub const MAX_ROWS: usize = 5_000;

/// The roster as CSV: a header of column names, then one line per trainee. Passport columns only when
/// `with_passport`.
pub fn export(entries: &[RosterEntry], zone: Tz, with_passport: bool) -> Vec<u8> {
    let columns: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| with_passport || !PASSPORT_COLUMNS.contains(c))
        .collect();
    let mut writer = csv_writer();
    // Writing to a Vec cannot fail, so the results below carry no information.
    let _ = writer.write_record(&columns);
    for entry in entries {
        let values = row_of(entry, zone);
        let _ = writer.write_record(
            columns
                .iter()
                .map(|c| values.get(c).map_or("", String::as_str)),
        );
    }
    writer.into_inner().unwrap_or_default()
}

fn row_of(entry: &RosterEntry, zone: Tz) -> HashMap<&'static str, String> {
    let (t, e) = (&entry.trainee, &entry.enrollment);
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    HashMap::from([
        ("family_name", t.family_name.clone()),
        ("given_name", t.given_name.clone()),
        ("native_name", t.native_name.clone()),
        ("gender", t.gender.as_str().to_owned()),
        ("date_of_birth", date(t.date_of_birth)),
        ("country", t.country_code.clone()),
        ("organization", t.organization.clone()),
        ("position", t.position.clone()),
        ("email", t.email.clone().unwrap_or_default()),
        ("phone", t.phone.clone()),
        ("preferred_language", t.language.as_str().to_owned()),
        ("dietary_requirements", t.dietary.clone()),
        ("accessibility_needs", t.accessibility.clone()),
        (
            "passport_number",
            t.passport_number.clone().unwrap_or_default(),
        ),
        ("passport_expiry", date(t.passport_expiry)),
        ("notes", t.notes.clone()),
        ("status", e.status.as_str().to_owned()),
        ("arrival", local_text(e.arrival_at, zone)),
        ("arrival_flight", e.arrival_flight.clone()),
        ("arrival_airport", e.arrival_airport.clone()),
        ("departure", local_text(e.departure_at, zone)),
        ("departure_flight", e.departure_flight.clone()),
        ("departure_airport", e.departure_airport.clone()),
        ("hotel", e.hotel.clone()),
        ("room", e.room.clone()),
    ])
}

/// A template to fill in: the header and one example line.
pub fn template() -> Vec<u8> {
    let mut writer = csv_writer();
    let _ = writer.write_record(COLUMNS);
    let _ = writer.write_record([
        "Abenov",
        "Nurlan",
        "Абенов Нурлан",
        "male",
        "1980-03-14",
        "KZ",
        "Ministry of Agriculture",
        "Head of Division",
        "n.abenov@example.kz",
        "+7 701 000 0000",
        "ru",
        "halal",
        "",
        "N1234567",
        "2030-01-31",
        "",
        "nominated",
        "2023-06-14 22:40",
        "CZ6094",
        "Qingdao Jiaodong",
        "2023-06-22 09:15",
        "CZ6093",
        "Qingdao Jiaodong",
        "Qingdao Hotel",
        "1203",
    ]);
    writer.into_inner().unwrap_or_default()
}

/// Something wrong (or worth a warning) in an imported file, where it is, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The row as a spreadsheet numbers it (the header is row 1).
    pub row: Option<usize>,
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

    /// "row 12, column passport_expiry: …" in the reader's language.
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
    pub rows: Vec<PlannedRow>,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// The rows of a file, before any rule that needs the database, and the rows that could not be read.
struct CsvRows {
    rows: Vec<(usize, TraineeInput)>,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

/// Decodes and splits a file: size, encoding, separator, header and field counts.
fn read(bytes: &[u8]) -> Result<CsvRows, Vec<Problem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![Problem::file(
            Msg::new("import-too-large").with("max", (MAX_BYTES / 1024 / 1024) as i64),
        )]);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(vec![Problem::file(Msg::new("import-workbook"))]);
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| vec![Problem::file(Msg::new("import-not-utf8"))])?;
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![Problem::file(Msg::new("import-empty"))]);
    }
    let first_line = text.lines().next().unwrap_or_default();
    let separator = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: csv::StringRecord = reader
        .headers()
        .map_err(|_| vec![Problem::file(Msg::new("import-not-csv"))])?
        .iter()
        .map(|h| h.trim().to_lowercase().replace([' ', '-'], "_"))
        .collect();

    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for required in REQUIRED_COLUMNS {
        if !headers.iter().any(|h| h == required) {
            errors.push(Problem::file(
                Msg::new("import-missing-column").with("column", required),
            ));
        }
    }
    for (i, header) in headers.iter().enumerate() {
        if headers.iter().take(i).any(|h| h == header) {
            errors.push(Problem::file(
                Msg::new("import-repeated-column").with("column", header),
            ));
        } else if !COLUMNS.contains(&header) {
            warnings.push(Problem::file(
                Msg::new("import-unknown-column").with("column", header),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let row = e.position().map_or(0, |p| p.line() as usize);
                errors.push(Problem {
                    row: Some(row),
                    column: None,
                    msg: Msg::new("import-not-csv"),
                });
                continue;
            }
        };
        let row = record
            .position()
            .map_or(rows.len() + 2, |p| p.line() as usize);
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if record.len() != headers.len() {
            errors.push(Problem {
                row: Some(row),
                column: None,
                msg: Msg::new("import-field-count")
                    .with("found", record.len() as i64)
                    .with("expected", headers.len() as i64),
            });
            continue;
        }
        match record.deserialize::<TraineeInput>(Some(&headers)) {
            Ok(input) => rows.push((row, input)),
            Err(_) => errors.push(Problem {
                row: Some(row),
                column: None,
                msg: Msg::new("import-not-csv"),
            }),
        }
        if rows.len() > MAX_ROWS {
            return Err(vec![Problem::file(
                Msg::new("import-too-many-rows").with("max", MAX_ROWS as i64),
            )]);
        }
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(vec![Problem::file(Msg::new("import-no-rows"))]);
    }
    Ok(CsvRows {
        rows,
        errors,
        warnings,
    })
}

/// Checks a file against every rule, without changing anything. `progress` hears how many rows were
/// checked so far.
pub fn check(
    conn: &mut DbConnection,
    setting: &Setting,
    bytes: &[u8],
    progress: &dyn Fn(usize),
) -> AppResult<Report> {
    let file = match read(bytes) {
        Ok(file) => file,
        Err(errors) => {
            return Ok(Report {
                errors,
                ..Report::default()
            });
        }
    };
    let mut report = Report {
        errors: file.errors,
        warnings: file.warnings,
        ..Report::default()
    };
    let context = setting.context();
    let mut parsed = Vec::new();
    for (i, (row, input)) in file.rows.iter().enumerate() {
        match input.parse(&context) {
            Ok(drafts) => parsed.push((*row, drafts)),
            Err(errors) => report.errors.extend(
                errors
                    .iter()
                    .map(|(field, msg)| Problem::at(*row, field, msg.clone())),
            ),
        }
        progress(i + 1);
    }

    let matcher = Matcher::load(
        conn,
        setting.cohort.cohort.id,
        parsed.iter().map(|(_, (t, _))| t),
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
                        column,
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
                "passport_expiry",
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
            Err((column, msg)) => report.errors.push(Problem::at(row, column, msg)),
        }
    }

    let more = report
        .rows
        .iter()
        .filter(|r| r.enrollment.status.holds_place())
        .count() as i64;
    if let Err(msg) = check_capacity(conn, &setting.cohort.cohort, more)? {
        report.errors.push(Problem::file(msg));
    }
    report.errors.sort_by_key(|p| p.row);
    report.warnings.sort_by_key(|p| p.row);
    Ok(report)
}

/// What an import did.
pub struct Imported {
    pub count: usize,
    pub warnings: Vec<Problem>,
}

/// Imports a file into a cohort in one transaction: every row, or — if any rule is broken — nothing,
/// with the report saying why. `progress` hears how many rows were checked, then written.
pub fn import(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    bytes: &[u8],
    by: Option<UserId>,
    now: NaiveDateTime,
    progress: &dyn Fn(usize),
) -> AppResult<Result<Imported, Report>> {
    conn.write(|conn| {
        Cohort::lock(conn, cohort_id)?;
        let setting = Setting::load(conn, cohort_id, now.date())?;
        let report = check(conn, &setting, bytes, progress)?;
        if !report.is_ok() {
            return Ok(Err(report));
        }
        let count = report.rows.len();
        for (i, row) in report.rows.into_iter().enumerate() {
            roster::enrol(
                conn,
                cohort_id,
                row.found,
                &row.trainee,
                &row.enrollment,
                by,
                now,
            )?;
            progress(count + i + 1);
        }
        Ok(Ok(Imported {
            count,
            warnings: report.warnings,
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(bytes: &[u8]) -> Vec<String> {
        let errors = match read(bytes) {
            Ok(file) => file.errors,
            Err(errors) => errors,
        };
        errors.iter().map(|p| p.describe(Lang::En)).collect()
    }

    #[test]
    fn semicolons_and_a_byte_order_mark_are_understood() {
        let file = "\u{feff}Family name;Given name;Gender;Country;Extra\nAbenov;Nurlan;m;KZ;x\n";
        let rows = read(file.as_bytes()).ok().unwrap();
        assert_eq!(rows.rows.len(), 1);
        assert_eq!(rows.rows[0].0, 2, "the first data row is row 2");
        assert_eq!(rows.rows[0].1.family_name, "Abenov");
        assert_eq!(rows.warnings.len(), 1, "the unknown column is a warning");
    }

    #[test]
    fn broken_files_are_refused_with_a_reason() {
        assert_eq!(
            problems(&[0xff, 0xfe, 0x00, 0x41]),
            ["The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (comma delimited)”."]
        );
        assert_eq!(problems(b"   \n"), ["The file is empty."]);
        assert_eq!(
            problems(b"family_name,given_name,gender,country\n"),
            ["The file has a header but no rows."]
        );
        assert_eq!(
            problems(b"family_name,given_name,country\nA,B,KZ\n"),
            ["The column “gender” is missing."]
        );
        assert_eq!(
            problems(b"family_name,given_name,gender,country\nA,B,m\n"),
            ["row 2: it has 3 values where the header has 4."]
        );
    }
}
