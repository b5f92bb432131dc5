//! Every enrollment of every cohort as one file, CSV or `.xlsx`, read a page at a time so that the
//! server's memory does not grow with the number of enrollments.

use std::io::{Read, Seek, SeekFrom};

use crate::db::DbConnection;
use crate::domain::ids::EnrollmentId;
use crate::domain::role::Scope;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::models::enrollment::{Enrollment, ExportRow};
use crate::sheet::table::{CsvWriter, XlsxWriter};
use crate::sheet::{FileFormat, Value};

/// Enrollments per page of the full export.
const PAGE: i64 = 2_000;

/// The columns of the full export, as translation keys.
const ENROLLMENT_COLUMNS: [&str; 16] = [
    "export-enrollment",
    "progress-commitment",
    "progress-host-city",
    "export-cohort-id",
    "progress-cohort",
    "progress-starts-on",
    "progress-ends-on",
    "export-trainee-id",
    "audit-field-family_name",
    "audit-field-given_name",
    "audit-field-native_name",
    "audit-field-gender",
    "audit-field-country",
    "audit-field-organization",
    "audit-field-position",
    "progress-status",
];

fn cells(r: &ExportRow, lang: Lang) -> Vec<Value> {
    vec![
        Value::Int(r.id.0.into()),
        Value::text(&r.commitment),
        Value::text(&r.host_city),
        Value::Int(r.cohort_id.0.into()),
        Value::text(&r.cohort),
        Value::Date(r.starts_on),
        Value::Date(r.ends_on),
        Value::Int(r.trainee_id.0.into()),
        Value::text(&r.family_name),
        Value::text(&r.given_name),
        Value::text(&r.native_name),
        Value::text(lang.t(r.gender.label_key())),
        Value::text(&r.country_code),
        Value::text(&r.organization),
        Value::text(&r.position),
        Value::text(lang.t(r.status.label_key())),
    ]
}

/// Calls `each` with every page of enrollments, by id, until there are no more or `each` says stop.
fn pages(
    conn: &mut DbConnection,
    scope: Scope,
    each: &mut dyn FnMut(Vec<ExportRow>) -> AppResult<bool>,
) -> AppResult<()> {
    let mut after = EnrollmentId(0);
    loop {
        let rows = Enrollment::export_page(conn, scope, after, PAGE)?;
        let last = rows.last().map(|r| r.id);
        let full = rows.len() as i64 == PAGE;
        if !each(rows)? {
            return Ok(());
        }
        match last {
            Some(last) if full => after = last,
            _ => return Ok(()),
        }
    }
}

/// Every enrollment in the courses of `scope`, in `format`, headers in `lang`, handed to `send` in pieces (which may block while the
/// reader catches up; it answers `false` when the reader has gone). A CSV file goes out a page at a time
/// as it is read; a workbook's rows go to a temporary file as they are read (constant memory), the
/// finished workbook to another, which is then sent a piece at a time: memory stays the same whatever
/// the number of enrollments.
pub fn enrollments(
    conn: &mut DbConnection,
    scope: Scope,
    lang: Lang,
    format: FileFormat,
    send: &mut dyn FnMut(Vec<u8>) -> bool,
) -> AppResult<()> {
    let columns: Vec<String> = ENROLLMENT_COLUMNS.iter().map(|key| lang.t(key)).collect();
    match format {
        FileFormat::Csv => {
            let mut writer = CsvWriter::new(&columns);
            pages(conn, scope, &mut |rows| {
                for row in &rows {
                    writer.row(&cells(row, lang));
                }
                Ok(send(writer.take()))
            })
        }
        FileFormat::Xlsx => {
            let xlsx = |e: rust_xlsxwriter::XlsxError| AppError::Internal(format!("xlsx: {e}"));
            let title = lang.t("export-enrollments");
            // The workbook starts with the first page, whose rows decide the column widths.
            let open = |sample: &[Vec<Value>]| {
                XlsxWriter::new(&title, &columns, sample, lang, true).map_err(xlsx)
            };
            let mut writer: Option<XlsxWriter> = None;
            pages(conn, scope, &mut |rows| {
                let rows: Vec<Vec<Value>> = rows.iter().map(|r| cells(r, lang)).collect();
                let sheet = match &mut writer {
                    Some(sheet) => sheet,
                    None => writer.insert(open(&rows)?),
                };
                for row in &rows {
                    sheet.row(row).map_err(xlsx)?;
                }
                Ok(true)
            })?;
            let writer = match writer {
                Some(writer) => writer,
                None => open(&[])?,
            };
            let file = |e: std::io::Error| AppError::Internal(format!("xlsx file: {e}"));
            let mut out = tempfile::tempfile().map_err(file)?;
            writer.finish_into(&mut out).map_err(xlsx)?;
            out.seek(SeekFrom::Start(0)).map_err(file)?;
            let mut chunk = vec![0; 64 * 1024];
            loop {
                let read = out.read(&mut chunk).map_err(file)?;
                if read == 0 || !send(chunk[..read].to_vec()) {
                    return Ok(());
                }
            }
        }
    }
}
