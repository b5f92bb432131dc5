//! Reading a file of rows exactly as it came: an Excel, WPS or LibreOffice workbook (`.xlsx`, `.xls`,
//! `.ods`, read with calamine), or CSV and tab-separated text in UTF-8 (with or without a byte-order
//! mark), UTF-16 (Excel's "Unicode text"), Windows-1251, GB18030/GBK and a few other encodings
//! (decoded with encoding_rs, guessed with chardetng when the file does not say).
//!
//! Every row keeps the number a spreadsheet shows for it (the first row is 1), whatever the line endings
//! and however many line breaks its cells hold, and blank lines count as rows as they do on screen.
//! What was detected (encoding, separator, sheet) is reported with the rows, and each can be chosen
//! instead when the guess is wrong. A formula in a workbook is never run: its value as last computed by
//! the spreadsheet is read.

use std::io::{Cursor, Read, Seek};

use calamine::{
    Data, DataType, Ods, Range, Reader, Xls, XlsError, Xlsx, XlsxError, open_workbook_from_rs,
};
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use chrono::NaiveDateTime;
use encoding_rs::Encoding;

use crate::sheet::formula;

/// The largest file accepted.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Text encodings a file may be read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1251,
    Koi8R,
    Gb18030,
    Big5,
    Windows1252,
}

impl TextEncoding {
    pub const ALL: [TextEncoding; 8] = [
        TextEncoding::Utf8,
        TextEncoding::Utf16Le,
        TextEncoding::Utf16Be,
        TextEncoding::Windows1251,
        TextEncoding::Koi8R,
        TextEncoding::Gb18030,
        TextEncoding::Big5,
        TextEncoding::Windows1252,
    ];

    /// The name in a form's field and on the command line.
    pub fn slug(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1251 => "windows-1251",
            TextEncoding::Koi8R => "koi8-r",
            TextEncoding::Gb18030 => "gb18030",
            TextEncoding::Big5 => "big5",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }

    /// Also accepts the usual other names (`cp1251`, `gbk`, `utf8`…).
    pub fn parse(text: &str) -> Option<TextEncoding> {
        TextEncoding::of(Encoding::for_label(text.trim().as_bytes())?)
    }

    /// One of these for an encoding_rs encoding (GBK is read as GB18030, which includes it).
    fn of(encoding: &'static Encoding) -> Option<TextEncoding> {
        let wanted = if encoding == encoding_rs::GBK {
            encoding_rs::GB18030
        } else {
            encoding
        };
        TextEncoding::ALL
            .into_iter()
            .find(|e| e.encoding() == wanted)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "encoding-utf-8",
            TextEncoding::Utf16Le => "encoding-utf-16le",
            TextEncoding::Utf16Be => "encoding-utf-16be",
            TextEncoding::Windows1251 => "encoding-windows-1251",
            TextEncoding::Koi8R => "encoding-koi8-r",
            TextEncoding::Gb18030 => "encoding-gb18030",
            TextEncoding::Big5 => "encoding-big5",
            TextEncoding::Windows1252 => "encoding-windows-1252",
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => encoding_rs::UTF_8,
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
            TextEncoding::Windows1251 => encoding_rs::WINDOWS_1251,
            TextEncoding::Koi8R => encoding_rs::KOI8_R,
            TextEncoding::Gb18030 => encoding_rs::GB18030,
            TextEncoding::Big5 => encoding_rs::BIG5,
            TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
        }
    }

    /// The encoding a byte-order mark at the start of `bytes` names, and the mark's length.
    fn from_bom(bytes: &[u8]) -> Option<(TextEncoding, usize)> {
        match Encoding::for_bom(bytes)? {
            (e, len) if e == encoding_rs::UTF_8 => Some((TextEncoding::Utf8, len)),
            (e, len) if e == encoding_rs::UTF_16LE => Some((TextEncoding::Utf16Le, len)),
            (_, len) => Some((TextEncoding::Utf16Be, len)),
        }
    }
}

/// What separates the values of a line of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
    Pipe,
}

impl Separator {
    pub const ALL: [Separator; 4] = [
        Separator::Comma,
        Separator::Semicolon,
        Separator::Tab,
        Separator::Pipe,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Separator::Comma => "comma",
            Separator::Semicolon => "semicolon",
            Separator::Tab => "tab",
            Separator::Pipe => "pipe",
        }
    }

    pub fn parse(text: &str) -> Option<Separator> {
        let text = text.trim().to_lowercase();
        Separator::ALL.into_iter().find(|s| {
            s.slug() == text || (text.chars().count() == 1 && text.as_bytes()[0] == s.byte())
        })
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Separator::Comma => "separator-comma",
            Separator::Semicolon => "separator-semicolon",
            Separator::Tab => "separator-tab",
            Separator::Pipe => "separator-pipe",
        }
    }

    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
            Separator::Pipe => b'|',
        }
    }
}

/// The kinds of workbook read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookKind {
    Xlsx,
    Xls,
    Ods,
}

impl WorkbookKind {
    pub fn label_key(self) -> &'static str {
        match self {
            WorkbookKind::Xlsx => "workbook-xlsx",
            WorkbookKind::Xls => "workbook-xls",
            WorkbookKind::Ods => "workbook-ods",
        }
    }
}

/// How a file was read: detected, or as the reader chose.
#[derive(Debug, Clone, PartialEq)]
pub enum Layout {
    Workbook {
        kind: WorkbookKind,
        /// Every sheet's name, in the workbook's order.
        sheets: Vec<String>,
        /// The sheet read (0-based).
        sheet: usize,
    },
    Text {
        encoding: TextEncoding,
        separator: Separator,
    },
}

/// Choices that override what would be detected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    pub encoding: Option<TextEncoding>,
    pub separator: Option<Separator>,
    /// The sheet of a workbook, 0-based.
    pub sheet: Option<usize>,
}

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A date (time 00:00) or date and time cell of a workbook.
    DateTime(NaiveDateTime),
    Bool(bool),
    /// A spreadsheet error value such as `#N/A`.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// A row and the number a spreadsheet shows for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
}

/// The rows of a file and how they were read.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub layout: Layout,
    pub rows: Vec<Row>,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    TooLarge,
    Empty,
    /// A workbook that needs a password to open.
    PasswordProtected,
    /// A workbook that is damaged or not a workbook after all.
    Corrupt,
    /// Neither a workbook nor text (an image, a PDF…).
    NotText,
    /// A workbook in which every sheet is empty.
    NoData,
    /// A sheet asked for that the workbook does not have.
    NoSuchSheet,
    /// Text whose encoding could not be decided: the first lines read in each likely encoding, for the
    /// reader to choose.
    Undecided(Vec<(TextEncoding, String)>),
    /// Some lines are UTF-8 and others are not: the lines (1-based) in each group.
    MixedEncodings {
        utf8: Vec<usize>,
        other: Vec<usize>,
    },
    /// Lines (1-based) with bytes that mean nothing in the chosen encoding.
    BadBytes {
        encoding: TextEncoding,
        lines: Vec<usize>,
    },
}

/// Reads a workbook or a text file, as `options` say where they say anything.
pub fn read(bytes: &[u8], options: &Options) -> Result<Sheet, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    match workbook_kind(bytes) {
        Some(kind) => read_workbook(bytes, kind, options.sheet),
        None => read_text(bytes, options),
    }
}

const ZIP: &[u8] = b"PK\x03\x04";
/// Compound File Binary, the container of `.xls` files and of password-protected `.xlsx` files.
const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// What kind of workbook the bytes are, from their first bytes; `None` for anything else.
fn workbook_kind(bytes: &[u8]) -> Option<WorkbookKind> {
    if bytes.starts_with(ZIP) {
        // An OpenDocument file starts with an uncompressed `mimetype` entry naming its type.
        let head = &bytes[..bytes.len().min(100)];
        let ods = head
            .windows(b"opendocument.spreadsheet".len())
            .any(|w| w == b"opendocument.spreadsheet");
        Some(if ods {
            WorkbookKind::Ods
        } else {
            WorkbookKind::Xlsx
        })
    } else if bytes.starts_with(CFB) {
        Some(WorkbookKind::Xls)
    } else {
        None
    }
}

fn read_workbook(
    bytes: &[u8],
    kind: WorkbookKind,
    chosen: Option<usize>,
) -> Result<Sheet, ReadError> {
    let cursor = Cursor::new(bytes);
    let (kind, (sheets, ranges)) = match kind {
        WorkbookKind::Xlsx => match open_workbook_from_rs::<Xlsx<_>, _>(cursor) {
            Ok(book) => (kind, sheets_of(book)?),
            Err(XlsxError::Password) => return Err(ReadError::PasswordProtected),
            Err(_) => return Err(ReadError::Corrupt),
        },
        WorkbookKind::Ods => match open_workbook_from_rs::<Ods<_>, _>(cursor) {
            Ok(book) => (kind, sheets_of(book)?),
            Err(_) => return Err(ReadError::Corrupt),
        },
        // A compound file is either an old `.xls` workbook or an encrypted `.xlsx` one.
        WorkbookKind::Xls => match open_workbook_from_rs::<Xlsx<_>, _>(cursor.clone()) {
            Err(XlsxError::Password) => return Err(ReadError::PasswordProtected),
            Ok(book) => (WorkbookKind::Xlsx, sheets_of(book)?),
            Err(_) => match open_workbook_from_rs::<Xls<_>, _>(cursor) {
                Ok(book) => (kind, sheets_of(book)?),
                Err(XlsError::Password) => return Err(ReadError::PasswordProtected),
                Err(_) => return Err(ReadError::Corrupt),
            },
        },
    };
    let sheet = match chosen {
        Some(index) if index < ranges.len() => index,
        Some(_) => return Err(ReadError::NoSuchSheet),
        None => ranges
            .iter()
            .position(|range| range.used_cells().any(|(_, _, d)| !is_blank(d)))
            .ok_or(ReadError::NoData)?,
    };
    let range = &ranges[sheet];
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row {
            number: first_row as usize + i + 1,
            cells: std::iter::repeat_n(Cell::Empty, first_column as usize)
                .chain(cells.iter().map(cell_of))
                .collect(),
        })
        .collect();
    Ok(Sheet {
        layout: Layout::Workbook {
            kind,
            sheets,
            sheet,
        },
        rows,
    })
}

/// Every sheet's name and cells.
fn sheets_of<RS: Read + Seek, R: Reader<RS>>(
    mut book: R,
) -> Result<(Vec<String>, Vec<Range<Data>>), ReadError> {
    let names = book.sheet_names();
    let ranges = (0..names.len())
        .map(|index| match book.worksheet_range_at(index) {
            Some(Ok(range)) => Ok(range),
            _ => Err(ReadError::Corrupt),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((names, ranges))
}

fn is_blank(data: &Data) -> bool {
    match data {
        Data::Empty => true,
        Data::String(text) => text.trim().is_empty(),
        _ => false,
    }
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) => Cell::Text(text.clone()),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(at) => at
            .as_datetime()
            .map_or_else(|| Cell::Number(at.as_f64()), Cell::DateTime),
        // OpenDocument date cells: a date and time, or (which calamine does not read) a bare date.
        Data::DateTimeIso(text) => data
            .as_datetime()
            .or_else(|| {
                chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .ok()
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
            })
            .map_or_else(|| Cell::Text(text.clone()), Cell::DateTime),
        Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Error(error.to_string()),
    }
}

fn read_text(bytes: &[u8], options: &Options) -> Result<Sheet, ReadError> {
    let (text, encoding) = decode(bytes, options.encoding)?;
    let separator = options.separator.unwrap_or_else(|| detect_separator(&text));
    Ok(Sheet {
        layout: Layout::Text {
            encoding,
            separator,
        },
        rows: split(&text, separator),
    })
}

/// The text of the file and the encoding it was read in: the one chosen, the one its byte-order mark
/// names, UTF-8 when it is valid UTF-8, or the legacy encoding that fits.
fn decode(bytes: &[u8], chosen: Option<TextEncoding>) -> Result<(String, TextEncoding), ReadError> {
    let bom = TextEncoding::from_bom(bytes);
    let encoding = match (chosen, bom) {
        (Some(encoding), _) => encoding,
        (None, Some((encoding, _))) => encoding,
        (None, None) => detect_encoding(bytes)?,
    };
    let body = match bom {
        Some((found, len)) if found == encoding => &bytes[len..],
        _ => bytes,
    };
    let (text, malformed) = encoding.encoding().decode_without_bom_handling(body);
    if malformed {
        let lines = text
            .split('\n')
            .enumerate()
            .filter(|(_, line)| line.contains('\u{FFFD}'))
            .map(|(i, _)| i + 1)
            .collect();
        return Err(ReadError::BadBytes { encoding, lines });
    }
    if looks_binary(&text) {
        return Err(ReadError::NotText);
    }
    Ok((text.into_owned(), encoding))
}

/// Control characters other than tabs and line breaks in more than a few places: an image, a PDF…
fn looks_binary(text: &str) -> bool {
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    controls > 8 && controls * 100 > text.chars().count()
}

/// The encoding of text without a byte-order mark.
fn detect_encoding(bytes: &[u8]) -> Result<TextEncoding, ReadError> {
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(TextEncoding::Utf8);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(encoding);
    }
    mixed_encodings(bytes)?;
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Deny);
    // chardetng reads Cyrillic and Chinese spreadsheets reliably once they hold a few words; with less to
    // go on it may guess a Western encoding, and then the likely ones are tried for plausibility.
    let guessed = TextEncoding::of(guess);
    if let Some(encoding) = guessed
        && matches!(
            encoding,
            TextEncoding::Windows1251 | TextEncoding::Gb18030 | TextEncoding::Big5
        )
        && plausible(bytes, encoding)
    {
        return Ok(encoding);
    }
    let plausible: Vec<TextEncoding> = [TextEncoding::Windows1251, TextEncoding::Gb18030]
        .into_iter()
        .filter(|e| plausible(bytes, *e))
        .collect();
    match plausible[..] {
        [one] => Ok(one),
        _ => Err(ReadError::Undecided(samples(bytes))),
    }
}

/// UTF-16 written without its byte-order mark: zero bytes in every other position of ASCII text.
fn utf16_without_bom(bytes: &[u8]) -> Option<TextEncoding> {
    let pairs = bytes.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |offset: usize| {
        bytes
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    if zeros_at(1) * 10 > pairs * 3 && zeros_at(0) * 10 < pairs {
        Some(TextEncoding::Utf16Le)
    } else if zeros_at(0) * 10 > pairs * 3 && zeros_at(1) * 10 < pairs {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

/// Refuses a file in which some lines are UTF-8 (with several non-ASCII letters each) and others are
/// not: a file pasted together from two sources, which no single encoding reads right.
fn mixed_encodings(bytes: &[u8]) -> Result<(), ReadError> {
    let (mut utf8, mut other) = (Vec::new(), Vec::new());
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        match std::str::from_utf8(line) {
            Ok(text) if text.chars().filter(|c| !c.is_ascii()).count() >= 3 => utf8.push(i + 1),
            Ok(_) => {}
            Err(_) => other.push(i + 1),
        }
    }
    if utf8.is_empty() || other.is_empty() {
        Ok(())
    } else {
        Err(ReadError::MixedEncodings { utf8, other })
    }
}

/// Whether `bytes` read in `encoding` look like text in the language it is for: no malformed sequences,
/// and letters of the script (Cyrillic, or Chinese characters) for what is not ASCII.
fn plausible(bytes: &[u8], encoding: TextEncoding) -> bool {
    let Some(text) = encoding
        .encoding()
        .decode_without_bom_handling_and_without_replacement(bytes)
    else {
        return false;
    };
    let others: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
    let fitting = others
        .iter()
        .filter(|c| match encoding {
            TextEncoding::Windows1251 | TextEncoding::Koi8R => {
                matches!(**c, '\u{400}'..='\u{4FF}' | '№' | '«' | '»' | '—' | '–')
            }
            _ => matches!(**c, '\u{4E00}'..='\u{9FFF}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}'),
        })
        .count();
    !others.is_empty() && fitting * 100 >= others.len() * 95
}

/// The first lines of the file read in each encoding a spreadsheet in the region would have used.
fn samples(bytes: &[u8]) -> Vec<(TextEncoding, String)> {
    let head: Vec<u8> = bytes
        .split(|b| *b == b'\n')
        .take(3)
        .collect::<Vec<_>>()
        .join(&b'\n');
    [
        TextEncoding::Windows1251,
        TextEncoding::Gb18030,
        TextEncoding::Koi8R,
        TextEncoding::Big5,
        TextEncoding::Windows1252,
    ]
    .into_iter()
    .map(|e| {
        let (text, _) = e.encoding().decode_without_bom_handling(&head);
        (e, text.trim_end().to_owned())
    })
    .collect()
}

/// The separator that splits the first line (quotes respected) into the most values; commas when none
/// does better.
fn detect_separator(text: &str) -> Separator {
    let first_line_fields = |separator: Separator| {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator.byte())
            .from_reader(text.as_bytes())
            .records()
            .next()
            .and_then(Result::ok)
            .map_or(0, |record| record.len())
    };
    let mut best = (Separator::Comma, first_line_fields(Separator::Comma));
    for separator in [Separator::Semicolon, Separator::Tab, Separator::Pipe] {
        let fields = first_line_fields(separator);
        if fields > best.1 {
            best = (separator, fields);
        }
    }
    best.0
}

/// Splits text into rows numbered as a spreadsheet numbers them: each record is a row however many lines
/// its quoted cells span, and each blank line is an (empty) row. Line ends may be LF, CRLF or CR.
fn split(text: &str, separator: Separator) -> Vec<Row> {
    let bytes = text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator.byte())
        .from_reader(bytes);
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut number = 0;
    loop {
        // The reader's position before a record is where the previous one ended: blank lines the reader
        // skips lie between there and the record's first character.
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => {
                // Only an unterminated quote gets here; what is left is one last row.
                number += 1;
                rows.push(Row {
                    number,
                    cells: vec![Cell::Text(text[start.min(text.len())..].to_owned())],
                });
                break;
            }
        }
        number += blank_lines(bytes, start) + 1;
        rows.push(Row {
            number,
            cells: record
                .iter()
                .map(|field| Cell::Text(formula::unprotect(field).to_owned()))
                .collect(),
        });
    }
    rows
}

/// The blank lines at `start`: line ends before any other character, where a `\n` right after the
/// previous line's `\r` is part of that line's end.
fn blank_lines(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    if i > 0 && bytes.get(i) == Some(&b'\n') && bytes[i - 1] == b'\r' {
        i += 1;
    }
    let mut blank = 0;
    while let Some(b) = bytes.get(i) {
        match b {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'\r' | b'\n' => i += 1,
            _ => break,
        }
        blank += 1;
    }
    blank
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sheet: &Sheet) -> Vec<(usize, Vec<String>)> {
        sheet
            .rows
            .iter()
            .map(|row| {
                let cells = row
                    .cells
                    .iter()
                    .map(|c| match c {
                        Cell::Text(t) => t.clone(),
                        other => format!("{other:?}"),
                    })
                    .collect();
                (row.number, cells)
            })
            .collect()
    }

    fn layout(bytes: &[u8]) -> Layout {
        read(bytes, &Options::default()).unwrap().layout
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them_whatever_the_line_ends() {
        for end in ["\n", "\r\n", "\r"] {
            let file = ["a,b", "1,\"two", "lines\"", "", "3,4", ""].join(end);
            let sheet = read(file.as_bytes(), &Options::default()).unwrap();
            let rows = texts(&sheet);
            assert_eq!(rows[0], (1, vec!["a".into(), "b".into()]), "{end:?}");
            assert_eq!(rows[1], (2, vec!["1".into(), format!("two{end}lines")]));
            assert_eq!(rows[2].0, 4, "the blank line is row 3 ({end:?})");
            assert_eq!(rows[2].1, ["3", "4"]);
        }
    }

    #[test]
    fn encodings_are_recognised_by_their_mark_or_their_bytes() {
        let russian = "Фамилия;Имя;Пол;Страна\nИванова;Ольга;ж;Россия\nПетров;Фёдор;м;Казахстан\n";
        let chinese = "姓,名,性别,国家\n王,芳,女,中国\n李,明,男,哈萨克斯坦\n";
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(russian.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(chinese.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        let cases: Vec<(Vec<u8>, TextEncoding, Separator)> = vec![
            (russian.into(), TextEncoding::Utf8, Separator::Semicolon),
            (
                [b"\xEF\xBB\xBF".as_slice(), chinese.as_bytes()].concat(),
                TextEncoding::Utf8,
                Separator::Comma,
            ),
            (utf16le, TextEncoding::Utf16Le, Separator::Semicolon),
            (utf16be, TextEncoding::Utf16Be, Separator::Comma),
            (
                encoding_rs::WINDOWS_1251.encode(russian).0.into_owned(),
                TextEncoding::Windows1251,
                Separator::Semicolon,
            ),
            (
                encoding_rs::GBK.encode(chinese).0.into_owned(),
                TextEncoding::Gb18030,
                Separator::Comma,
            ),
        ];
        for (bytes, encoding, separator) in cases {
            assert_eq!(
                layout(&bytes),
                Layout::Text {
                    encoding,
                    separator
                }
            );
            let sheet = read(&bytes, &Options::default()).unwrap();
            let first = &texts(&sheet)[1].1[0];
            assert!(first == "Иванова" || first == "王", "{encoding:?}: {first}");
        }
    }

    #[test]
    fn tab_separated_unicode_text_is_read() {
        let text = "family_name\tgiven_name\nAbenov\tNurlan\n";
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let sheet = read(&bytes, &Options::default()).unwrap();
        assert_eq!(
            sheet.layout,
            Layout::Text {
                encoding: TextEncoding::Utf16Le,
                separator: Separator::Tab
            }
        );
        assert_eq!(texts(&sheet)[1].1, ["Abenov", "Nurlan"]);
    }

    #[test]
    fn a_file_too_short_to_tell_asks_and_a_choice_reads_it() {
        let bytes = encoding_rs::WINDOWS_1251
            .encode("family_name,given_name\nIvanov,Иван\n")
            .0
            .into_owned();
        let Err(ReadError::Undecided(samples)) = read(&bytes, &Options::default()) else {
            panic!("four letters are not enough to tell Cyrillic from Chinese");
        };
        assert!(
            samples
                .iter()
                .any(|(e, text)| *e == TextEncoding::Windows1251 && text.contains("Иван"))
        );
        let chosen = Options {
            encoding: Some(TextEncoding::Windows1251),
            ..Options::default()
        };
        assert_eq!(
            texts(&read(&bytes, &chosen).unwrap())[1].1,
            ["Ivanov", "Иван"]
        );
    }

    #[test]
    fn lines_in_two_encodings_are_refused_with_their_line_numbers() {
        let mut bytes = "family_name,native_name\nIvanov,Иванов Иван\n"
            .as_bytes()
            .to_vec();
        bytes.extend(
            encoding_rs::WINDOWS_1251
                .encode("Petrov,Петров Пётр\n")
                .0
                .iter(),
        );
        assert_eq!(
            read(&bytes, &Options::default()),
            Err(ReadError::MixedEncodings {
                utf8: vec![2],
                other: vec![3]
            })
        );
    }

    #[test]
    fn what_is_not_a_table_says_so() {
        assert_eq!(read(b"  \r\n", &Options::default()), Err(ReadError::Empty));
        assert_eq!(
            read(b"PK\x03\x04 not really a zip", &Options::default()),
            Err(ReadError::Corrupt)
        );
        let png: Vec<u8> = b"\x89PNG\r\n\x1a\n"
            .iter()
            .copied()
            .chain((0..200u8).map(|i| i % 7))
            .collect();
        assert_eq!(read(&png, &Options::default()), Err(ReadError::NotText));
        assert_eq!(
            read(&vec![b'a'; MAX_BYTES + 1], &Options::default()),
            Err(ReadError::TooLarge)
        );
    }

    #[test]
    fn names_of_encodings_and_separators_are_understood() {
        assert_eq!(
            TextEncoding::parse("cp1251"),
            Some(TextEncoding::Windows1251)
        );
        assert_eq!(TextEncoding::parse("GBK"), Some(TextEncoding::Gb18030));
        assert_eq!(TextEncoding::parse("shift_jis"), None);
        assert_eq!(Separator::parse(";"), Some(Separator::Semicolon));
        assert_eq!(Separator::parse("tab"), Some(Separator::Tab));
    }

    /// Bytes as uploads bring them: anything, text with separators and quotes, and the starts of a
    /// workbook (a zip file, an OLE compound file) followed by anything.
    fn upload() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..400),
            "[a-zА-я0-9,;\t|\"\r\n =+-]{0,300}".prop_map(String::into_bytes),
            proptest::collection::vec(any::<u8>(), 0..400).prop_map(|tail| [
                b"PK\x03\x04".as_slice(),
                &tail
            ]
            .concat()),
            proptest::collection::vec(any::<u8>(), 0..400).prop_map(|tail| {
                [b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".as_slice(), &tail].concat()
            }),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Any upload is read as rows or refused with a reason; never a panic.
        #[test]
        fn any_upload_is_read_or_refused(bytes in upload()) {
            let _ = read(&bytes, &Options::default());
        }
    }
}
