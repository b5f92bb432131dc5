//! A table to download, written as CSV or as an `.xlsx` workbook from the same rows, so the two files
//! always agree.
//!
//! CSV files are UTF-8 with a byte-order mark (so Excel shows Chinese and Cyrillic), ISO dates, plain
//! numbers and text cells protected against formulas. Workbooks have typed cells (numbers as numbers,
//! dates as dates in the reader's format, percentages as percentages), a bold header row that stays in
//! view, an autofilter, column widths that fit the content, and the sheet named after the table. Text is
//! always written as a string cell, never as a formula.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use serde::Deserialize;

use crate::i18n::{Lang, decimal_hours, hour_tenths};
use crate::sheet::formula;

/// The byte-order mark CSV files start with.
pub const BOM: &str = "\u{feff}";

/// The two ways a table downloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    Csv,
    Xlsx,
}

impl FileFormat {
    pub const ALL: [FileFormat; 2] = [FileFormat::Csv, FileFormat::Xlsx];

    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            FileFormat::Csv => "text/csv; charset=utf-8",
            FileFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// One cell's value, with its type.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Int(i64),
    /// A duration in minutes, shown as hours with one decimal (rounded as on every page).
    Hours(i64),
    /// Whole percent.
    Percent(u32),
    Date(NaiveDate),
    /// A wall-clock date and time (the column's title says which clock).
    DateTime(NaiveDateTime),
    Time(NaiveTime),
}

impl Value {
    /// Text, or nothing for an empty string.
    pub fn text(text: impl Into<String>) -> Value {
        let text = text.into();
        if text.is_empty() {
            Value::Empty
        } else {
            Value::Text(text)
        }
    }

    /// The value as a CSV cell: ISO dates, a dot before the hours' decimal, formulas disarmed.
    pub fn to_csv(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(text) => formula::protect(text).into_owned(),
            Value::Int(n) => n.to_string(),
            Value::Hours(minutes) => {
                let tenths = hour_tenths(*minutes);
                format!("{}.{}", tenths / 10, tenths % 10)
            }
            Value::Percent(p) => p.to_string(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
            Value::DateTime(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            Value::Time(t) => t.format("%H:%M").to_string(),
        }
    }

    /// About how many characters wide the value shows (wide for Chinese characters), for column widths.
    fn width(&self) -> usize {
        match self {
            Value::Text(text) => text.lines().map(display_width).max().unwrap_or(0),
            Value::Date(_) => 11,
            Value::DateTime(_) => 17,
            other => other.to_csv().len(),
        }
    }
}

/// Characters as a spreadsheet lays them out: East Asian characters take two columns.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

/// A table with its title (the sheet's name), column titles and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    pub fn new(title: impl Into<String>, columns: Vec<String>) -> Table {
        Table {
            title: title.into(),
            columns,
            rows: Vec::new(),
        }
    }

    /// Column titles given as translation keys, in `lang`.
    pub fn translated(title_key: &str, column_keys: &[&str], lang: Lang) -> Table {
        Table::new(
            lang.t(title_key),
            column_keys.iter().map(|key| lang.t(key)).collect(),
        )
    }

    pub fn push(&mut self, row: Vec<Value>) {
        self.rows.push(row);
    }

    /// The file in `format`, dates and numbers in a workbook formatted for `lang`.
    pub fn write(&self, format: FileFormat, lang: Lang) -> Result<Vec<u8>, XlsxError> {
        match format {
            FileFormat::Csv => Ok(self.to_csv()),
            FileFormat::Xlsx => self.to_xlsx(lang),
        }
    }

    pub fn to_csv(&self) -> Vec<u8> {
        let mut writer = CsvWriter::new(&self.columns);
        for row in &self.rows {
            writer.row(row);
        }
        writer.take()
    }

    pub fn to_xlsx(&self, lang: Lang) -> Result<Vec<u8>, XlsxError> {
        let mut writer = XlsxWriter::new(&self.title, &self.columns, &self.rows, lang, false)?;
        for row in &self.rows {
            writer.row(row)?;
        }
        writer.finish()
    }
}

/// A CSV file written a row at a time, for tables too long to hold (the writer's buffer can be taken
/// and sent between rows).
pub struct CsvWriter {
    writer: csv::Writer<Vec<u8>>,
}

impl CsvWriter {
    /// A file that starts with the byte-order mark and the header.
    pub fn new(columns: &[String]) -> CsvWriter {
        let mut writer = CsvWriter {
            writer: csv::Writer::from_writer(BOM.as_bytes().to_vec()),
        };
        writer.cells(columns.iter().map(|c| formula::protect(c).into_owned()));
        writer
    }

    pub fn row(&mut self, row: &[Value]) {
        self.cells(row.iter().map(Value::to_csv));
    }

    fn cells(&mut self, cells: impl Iterator<Item = String>) {
        // Writing into a Vec cannot fail.
        let _ = self.writer.write_record(cells);
    }

    /// What was written since the last call.
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::replace(&mut self.writer, csv::Writer::from_writer(Vec::new()))
            .into_inner()
            .unwrap_or_default()
    }
}

/// Formats of a workbook's cells.
struct Formats {
    header: Format,
    date: Format,
    date_time: Format,
    time: Format,
    hours: Format,
    percent: Format,
}

impl Formats {
    fn new(lang: Lang) -> Formats {
        let (date, date_time) = match lang {
            Lang::En => ("d mmm yyyy", "d mmm yyyy hh:mm"),
            Lang::Zh => ("yyyy\"年\"m\"月\"d\"日\"", "yyyy\"年\"m\"月\"d\"日\" hh:mm"),
            Lang::Ru => ("dd.mm.yyyy", "dd.mm.yyyy hh:mm"),
        };
        Formats {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format(date),
            date_time: Format::new().set_num_format(date_time),
            time: Format::new().set_num_format("hh:mm"),
            hours: Format::new().set_num_format("0.0"),
            percent: Format::new().set_num_format("0%"),
        }
    }
}

/// A name Excel accepts for a sheet: at most 31 characters, none of `[]:*?/\`, no apostrophe at
/// either end, and not the reserved "History".
fn sheet_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .collect();
    let name: String = cleaned.trim().trim_matches('\'').chars().take(31).collect();
    let name = name.trim().to_owned();
    if name.is_empty() {
        "Sheet1".to_owned()
    } else if name.eq_ignore_ascii_case("history") {
        format!("{name} 1")
    } else {
        name
    }
}

/// An `.xlsx` workbook of one sheet, written a row at a time. In constant-memory mode the rows go to a
/// temporary file as they are written, so a table of any length takes the same memory.
pub struct XlsxWriter {
    workbook: Workbook,
    formats: Formats,
    next_row: u32,
    columns: u16,
}

impl XlsxWriter {
    /// A workbook whose sheet is named after `title`, with the header row; `sample` rows decide the
    /// column widths.
    pub fn new(
        title: &str,
        columns: &[String],
        sample: &[Vec<Value>],
        lang: Lang,
        constant_memory: bool,
    ) -> Result<XlsxWriter, XlsxError> {
        let mut workbook = Workbook::new();
        // The same table is the same file, byte for byte (a HEAD request announces the GET's length):
        // no creation time in its properties.
        workbook.set_properties(
            &DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1)?),
        );
        let formats = Formats::new(lang);
        let sheet = if constant_memory {
            workbook.add_worksheet_with_constant_memory()?
        } else {
            workbook.add_worksheet()
        };
        sheet.set_name(sheet_name(title))?;
        for (i, column) in columns.iter().enumerate() {
            let widest = sample
                .iter()
                .filter_map(|row| row.get(i))
                .map(Value::width)
                .chain([display_width(column)])
                .max()
                .unwrap_or(0);
            sheet.set_column_width(i as u16, (widest + 2).clamp(6, 60) as f64)?;
            sheet.write_string_with_format(0, i as u16, column, &formats.header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(XlsxWriter {
            workbook,
            formats,
            next_row: 1,
            columns: columns.len() as u16,
        })
    }

    pub fn row(&mut self, row: &[Value]) -> Result<(), XlsxError> {
        let r = self.next_row;
        self.next_row += 1;
        let XlsxWriter {
            workbook, formats, ..
        } = self;
        let sheet = workbook.worksheet_from_index(0)?;
        for (c, value) in row.iter().enumerate() {
            let c = c as u16;
            match value {
                Value::Empty => {}
                Value::Text(text) => {
                    sheet.write_string(r, c, text)?;
                }
                Value::Int(n) => {
                    sheet.write_number(r, c, *n as f64)?;
                }
                Value::Hours(minutes) => {
                    let hours = decimal_hours(*minutes);
                    sheet.write_number_with_format(r, c, hours, &formats.hours)?;
                }
                Value::Percent(p) => {
                    let share = f64::from(*p) / 100.0;
                    sheet.write_number_with_format(r, c, share, &formats.percent)?;
                }
                Value::Date(d) => {
                    sheet.write_datetime_with_format(r, c, d, &formats.date)?;
                }
                Value::DateTime(t) => {
                    sheet.write_datetime_with_format(r, c, t, &formats.date_time)?;
                }
                Value::Time(t) => {
                    sheet.write_datetime_with_format(r, c, t, &formats.time)?;
                }
            }
        }
        Ok(())
    }

    /// The workbook's bytes, with the autofilter over every row written.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.filter()?;
        self.workbook.save_to_buffer()
    }

    /// Writes the workbook into `out` (a temporary file, for a table too long to hold as bytes).
    pub fn finish_into(mut self, out: impl std::io::Write + Send) -> Result<(), XlsxError> {
        self.filter()?;
        self.workbook.save_to_writer(out)
    }

    /// The autofilter over every row written.
    fn filter(&mut self) -> Result<(), XlsxError> {
        let (last_row, last_column) = (self.next_row - 1, self.columns.saturating_sub(1));
        self.workbook
            .worksheet_from_index(0)?
            .autofilter(0, 0, last_row, last_column)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, DataType, Reader, Xlsx};

    fn sample() -> Table {
        let mut table = Table::new(
            "Участники: группа [1]",
            vec!["Name".into(), "Born".into(), "Hours".into(), "Rate".into()],
        );
        table.push(vec![
            Value::text("=HYPERLINK(\"http://evil.example\")"),
            Value::Date(NaiveDate::from_ymd_opt(1985, 3, 12).unwrap()),
            Value::Hours(15),
            Value::Percent(85),
        ]);
        table.push(vec![
            Value::text("王磊"),
            Value::Empty,
            Value::Hours(45),
            Value::Empty,
        ]);
        table
    }

    #[test]
    fn the_same_table_is_the_same_file_whenever_it_is_written() {
        let first = sample().to_xlsx(Lang::Ru).unwrap();
        // Across a second's boundary, where a creation time would differ.
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert!(first == sample().to_xlsx(Lang::Ru).unwrap());
    }

    #[test]
    fn csv_cells_are_plain_and_disarmed() {
        let csv = String::from_utf8(sample().to_csv()).unwrap();
        assert_eq!(
            csv,
            "\u{feff}Name,Born,Hours,Rate\n\"'=HYPERLINK(\"\"http://evil.example\"\")\",1985-03-12,0.3,85\n王磊,,0.8,\n"
        );
    }

    #[test]
    fn workbooks_have_typed_cells_and_string_cells_never_formulas() {
        let bytes = sample().to_xlsx(Lang::Ru).unwrap();
        let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(workbook.sheet_names(), ["Участники  группа  1"]);
        let range = workbook.worksheet_range_at(0).unwrap().unwrap();
        assert_eq!(
            range.get((1, 0)),
            Some(&Data::String("=HYPERLINK(\"http://evil.example\")".into()))
        );
        assert_eq!(
            range.get((1, 1)).and_then(|d| d.as_datetime()),
            NaiveDate::from_ymd_opt(1985, 3, 12).and_then(|d| d.and_hms_opt(0, 0, 0))
        );
        assert_eq!(range.get((1, 2)), Some(&Data::Float(0.3)));
        assert_eq!(range.get((1, 3)), Some(&Data::Float(0.85)));
        assert_eq!(range.get((2, 0)), Some(&Data::String("王磊".into())));
        let formulas = workbook.worksheet_formula("Участники  группа  1").unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    }

    #[test]
    fn sheet_names_follow_excels_rules() {
        assert_eq!(sheet_name("By host city / year"), "By host city   year");
        assert_eq!(sheet_name("'quoted'"), "quoted");
        assert_eq!(sheet_name(""), "Sheet1");
        assert_eq!(sheet_name("History"), "History 1");
        assert_eq!(sheet_name(&"я".repeat(40)).chars().count(), 31);
    }
}
