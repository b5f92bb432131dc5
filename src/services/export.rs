//! CSV files for download: UTF-8 with a byte-order mark, so that Excel shows Chinese and Cyrillic text.

use crate::db::DbConnection;
use crate::domain::ids::EnrollmentId;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::models::progress;

pub const BOM: &str = "\u{feff}";

/// A CSV writer into memory that starts with the byte-order mark.
pub fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::Writer::from_writer(BOM.as_bytes().to_vec())
}

/// A whole CSV file: the header, then the rows.
pub fn csv_file(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv_writer();
    // Writing to a Vec cannot fail, so the results below carry no information.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(&row);
    }
    writer.into_inner().unwrap_or_default()
}

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

/// Every enrollment as CSV, written a page at a time to `send` (which may block while the reader
/// catches up): the header in `lang`, then a line per enrollment by id. Stops early when `send` says
/// the reader has gone.
pub fn enrollments_csv(
    conn: &mut DbConnection,
    lang: Lang,
    send: &mut dyn FnMut(Vec<u8>) -> bool,
) -> AppResult<()> {
    let mut writer = csv_writer();
    let _ = writer.write_record(ENROLLMENT_COLUMNS.iter().map(|key| lang.t(key)));
    let mut after = EnrollmentId(0);
    loop {
        let rows = progress::export_page(conn, after, PAGE)?;
        for r in &rows {
            let _ = writer.write_record([
                &r.id.to_string(),
                &r.commitment,
                &r.host_city,
                &r.cohort_id.to_string(),
                &r.cohort,
                &r.starts_on.to_string(),
                &r.ends_on.to_string(),
                &r.trainee_id.to_string(),
                &r.family_name,
                &r.given_name,
                &r.native_name,
                &lang.t(r.gender.label_key()),
                &r.country_code,
                &r.organization,
                &r.position,
                &lang.t(r.status.label_key()),
            ]);
        }
        let chunk = std::mem::replace(&mut writer, csv::Writer::from_writer(Vec::new()))
            .into_inner()
            .unwrap_or_default();
        if !send(chunk) {
            return Ok(());
        }
        match rows.last() {
            Some(last) if rows.len() as i64 == PAGE => after = last.id,
            _ => return Ok(()),
        }
    }
}
