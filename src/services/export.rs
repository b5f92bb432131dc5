//! CSV files for download: UTF-8 with a byte-order mark, so that Excel shows Chinese and Cyrillic text.

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
