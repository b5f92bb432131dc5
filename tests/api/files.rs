//! Files as the world makes them, made here rather than checked in: workbooks written with
//! rust_xlsxwriter (as Excel, WPS and LibreOffice save them: date cells, numbers, formulas with their
//! computed values, merged cells, several sheets), a password-protected one (the compound-file container
//! Office encrypts into), and text in legacy encodings produced with encoding_rs. Also readers for what
//! cohortdesk sends out: CSV and `.xlsx` downloads as a spreadsheet program sees them.

use std::io::{Cursor, Read, Write};

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Formula, Workbook};

use crate::helpers::Page;

/// One cell of a workbook to write.
#[derive(Clone)]
pub enum Cell {
    Text(&'static str),
    Owned(String),
    Number(f64),
    /// A date cell, shown as DD.MM.YYYY.
    Date(i32, u32, u32),
    /// A formula and the value the spreadsheet last computed for it.
    Formula(&'static str, &'static str),
    /// Text in a cell merged with the one to its right.
    Merged(&'static str),
    Blank,
}

pub use Cell::{Blank, Date, Formula as F, Number as N, Text as T};

/// A workbook with these sheets, each a name and its rows from row 1.
pub fn workbook(sheets: &[(&str, Vec<Vec<Cell>>)]) -> Vec<u8> {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Cell::Text(text) => {
                        sheet.write_string(r, c, *text).unwrap();
                    }
                    Cell::Owned(text) => {
                        sheet.write_string(r, c, text).unwrap();
                    }
                    Cell::Number(n) => {
                        sheet.write_number(r, c, *n).unwrap();
                    }
                    Cell::Date(y, m, d) => {
                        let day = NaiveDate::from_ymd_opt(*y, *m, *d).unwrap();
                        sheet.write_datetime_with_format(r, c, day, &date).unwrap();
                    }
                    Cell::Formula(formula, value) => {
                        sheet
                            .write_formula(r, c, Formula::new(*formula).set_result(*value))
                            .unwrap();
                    }
                    Cell::Merged(text) => {
                        sheet
                            .merge_range(r, c, r, c + 1, text, &Format::new())
                            .unwrap();
                    }
                    Cell::Blank => {}
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// A workbook locked with a password, as Office saves it: a compound file holding the encryption
/// header and the encrypted package (which nobody without the password can read).
pub fn encrypted_workbook() -> Vec<u8> {
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    file.create_stream("/EncryptionInfo")
        .unwrap()
        .write_all(&[4, 0, 4, 0, 0x40, 0, 0, 0])
        .unwrap();
    file.create_stream("/EncryptedPackage")
        .unwrap()
        .write_all(&[0x5a; 4096])
        .unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

/// `text` as Russian Excel saves "CSV": Windows-1251.
pub fn windows_1251(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1251.encode(text).0.into_owned()
}

/// `text` as Excel saves "Unicode text": UTF-16 little-endian with a byte-order mark.
pub fn utf16le(text: &str) -> Vec<u8> {
    [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

/// `text` as WPS or Excel in a Chinese locale saves CSV: GB18030 (GBK).
pub fn gb18030(text: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(text).0.into_owned()
}

/// The bytes of a download (the test client reads bodies as text; workbooks need their bytes).
pub async fn bytes(visitor: &crate::helpers::Visitor, path: &str) -> (u16, Vec<u8>) {
    let response = visitor
        .client
        .get(format!("{}{path}", visitor.base))
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    (status, response.bytes().await.expect("a body").to_vec())
}

/// The first sheet of a workbook as calamine reads it: its name and cells.
pub fn sheet(bytes: &[u8]) -> (String, Vec<Vec<Data>>) {
    let mut book = Xlsx::new(Cursor::new(bytes.to_vec())).expect("a workbook");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    (name, range.rows().map(<[Data]>::to_vec).collect())
}

/// The XML of a workbook's first sheet, to check what a spreadsheet shows of it (frozen header,
/// autofilter, formulas).
pub fn sheet_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).expect("a zip");
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .expect("a first sheet")
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// A CSV download's rows, header first, as a spreadsheet shows them (the byte-order mark checked and
/// the apostrophe that disarms formulas taken off).
pub fn csv_table(page: &Page) -> Vec<Vec<String>> {
    let text = page
        .body
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(|cell| cohortdesk::sheet::formula::unprotect(cell).to_owned())
                .collect()
        })
        .collect()
}

/// One cell of an OpenDocument sheet: text, or a date cell (`YYYY-MM-DD`) shown as DD.MM.YYYY.
pub enum OdsCell {
    Text(&'static str),
    Date(&'static str),
}

/// A spreadsheet as LibreOffice saves `.ods`: a zip whose first entry names its type, a manifest, and the
/// sheet in `content.xml`, date cells with their ISO value.
pub fn opendocument(sheet: &str, rows: &[Vec<OdsCell>]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in row {
            match cell {
                OdsCell::Text(text) => table.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                    escape(text)
                )),
                OdsCell::Date(iso) => {
                    let shown: Vec<&str> = iso.split('-').rev().collect();
                    table.push_str(&format!(
                        "<table:table-cell office:value-type=\"date\" office:date-value=\"{iso}\"><text:p>{}</text:p></table:table-cell>",
                        shown.join(".")
                    ));
                }
            }
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">\
         <office:body><office:spreadsheet><table:table table:name=\"{}\">{table}</table:table>\
         </office:spreadsheet></office:body></office:document-content>",
        escape(sheet)
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\
        <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
        <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
        </manifest:manifest>";
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}
