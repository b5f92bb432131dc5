## Import
import-title = Import trainees
import-intro = Load the whole list the partner ministries sent. Nothing is saved until you have seen the preview and confirmed it, and then either every row is imported or none.
import-file = Roster file
import-file-hint = An Excel, WPS or LibreOffice workbook (.xlsx, .xls, .ods), or CSV or tab-separated text in any usual encoding (UTF-8, UTF-16, Windows-1251, GB18030); at most 5 MB and 5,000 rows. The encoding, separator and sheet are detected, and you can change them in the preview.
import-check = Check the file
import-template = Template
import-columns = Columns
import-columns-intro = Row 1 names the columns, in English, Russian or Chinese (as in the table below, or the other usual headings such as Фамилия, 姓, Дата рождения, 出生日期); their order does not matter and unknown ones are ignored. Dates are written YYYY-MM-DD, DD.MM.YYYY or as date cells of a workbook (03/04/1985 is refused: it could be April or March); times YYYY-MM-DD HH:MM or DD.MM.YYYY HH:MM on the cohort's clock; countries as ISO codes (KZ) or names in English, Chinese or Russian; gender as female or male; status as nominated, confirmed, arrived, completed, withdrawn or no_show.
import-required = required
import-preview-title = Check the import
import-will-enrol = { $count ->
    [one] { $count } trainee will be enrolled,
   *[other] { $count } trainees will be enrolled,
}
import-new-people = { $count ->
    [one] { $count } of them new to cohortdesk.
   *[other] { $count } of them new to cohortdesk.
}
import-confirm = { $count ->
    [one] Import { $count } trainee
   *[other] Import { $count } trainees
}
import-again = Correct the file and upload it again.
import-row = Row
import-known = known
import-new = new
import-refused = { $count ->
    [one] Nothing was imported: { $count } problem must be corrected first.
   *[other] Nothing was imported: { $count } problems must be corrected first.
}
import-at-cell = row { $row }, column { $column }: { $message }
import-at-row = row { $row }: { $message }
import-too-large = The file is larger than { $max } MB; split it into smaller files.
import-empty = The file is empty.
import-missing-column = The column “{ $column }” is missing.
import-repeated-column = The column “{ $column }” appears twice.
import-unknown-column = The column “{ $column }” is not known and was ignored.
import-no-rows = The file has a header but no rows.
import-too-many-rows = The file has more than { $max } rows; split it into smaller files.
import-field-count = it has { $found } values where the header has { $expected }.
import-duplicate = the same as in row { $row }.
import-passport-expires = the passport expires on { $date }, before the course ends.

## The full enrollment export
export-all-enrollments = All enrollments (CSV)
export-enrollment = Enrollment no.
export-cohort-id = Cohort no.
export-trainee-id = Trainee no.
progress-commitment = Commitment

## Files in and out
error-ambiguous-date = “{ $value }” could be { $first } or { $second }: write it as { $iso } (year, month, day) or { $dotted } (day, month, year).
error-line-break = Write this on one line: it contains a line break.
error-bidi-character = Remove the invisible character { $code }: it changes the direction text is shown in.
error-control-character = Remove the invisible control character { $code } (retype the text rather than pasting it).
import-heading = Heading
import-column-name = Column name
import-template-sheet = Trainees
import-which-reads-right = Which of these reads right?
import-read-as = How the file is read
import-encoding = Encoding
import-separator = Separator
import-sheet = Sheet
import-everyone-nominated = Import everyone as nominated
import-everyone-nominated-hint = Ignores the file's status column: for taking a past course's roster into a new cohort.
import-read-again = Read it again
import-known-or-new = Known or new
import-read-text = { $encoding }, { $separator }, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
import-read-workbook = { $kind }, sheet “{ $sheet }”, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
import-password = The workbook is protected with a password. Open it, remove the password (File → Info → Protect workbook) and save it again.
import-corrupt = The workbook cannot be opened: it is damaged, or not a workbook. Open it in Excel, WPS or LibreOffice and save it again.
import-not-a-table = This file is neither a workbook nor text: upload the roster as .xlsx, .xls, .ods or CSV.
import-no-such-sheet = The workbook has no such sheet.
import-choose-encoding = The file's encoding cannot be told from its contents: choose the one that reads right.
import-mixed-encodings = The file mixes two encodings: line(s) { $utf8 } are UTF-8 and line(s) { $other } are not. Save the whole file again in one encoding (in Excel: “CSV UTF-8”).
import-bad-bytes = Line(s) { $lines } hold bytes that mean nothing in { $encoding }: choose another encoding.
import-cell-error = the cell holds the spreadsheet error { $value } instead of a value.
import-header-not-first = The column names must be in row 1, but they are in row { $row }: delete the rows above them.
import-unnamed-column = Column { $column } has values but no name in row 1 (merged heading cells?): give each column its own heading.
import-status-before-start = the course has not started, so nobody can be “{ $value }” yet: leave the status empty, or tick “Import everyone as nominated”.
encoding-utf-8 = UTF-8
encoding-utf-16le = UTF-16 (Excel “Unicode text”)
encoding-utf-16be = UTF-16 big-endian
encoding-windows-1251 = Windows-1251 (Cyrillic)
encoding-koi8-r = KOI8-R (Cyrillic)
encoding-gb18030 = GB18030 / GBK (Chinese)
encoding-big5 = Big5 (traditional Chinese)
encoding-windows-1252 = Windows-1252 (Western European)
separator-comma = commas
separator-semicolon = semicolons
separator-tab = tabs
separator-pipe = vertical bars
workbook-xlsx = Excel workbook (.xlsx)
workbook-xls = Excel 97–2003 workbook (.xls)
workbook-ods = OpenDocument spreadsheet (.ods)
export-enrollments = Enrollments
roster-column-family-name = Family name
roster-column-given-name = Given name
roster-column-native-name = Name in native script
roster-column-gender = Gender
roster-column-date-of-birth = Date of birth
roster-column-country = Country
roster-column-organization = Organization
roster-column-position = Position
roster-column-email = E-mail
roster-column-phone = Phone
roster-column-preferred-language = Preferred language
roster-column-dietary = Dietary requirements
roster-column-accessibility = Accessibility needs
roster-column-passport-number = Passport number
roster-column-passport-expiry = Passport expiry
roster-column-notes = Notes
roster-column-status = Status
roster-column-arrival = Arrival
roster-column-arrival-flight = Arrival flight
roster-column-arrival-airport = Arrival airport
roster-column-departure = Departure
roster-column-departure-flight = Departure flight
roster-column-departure-airport = Departure airport
roster-column-hotel = Hotel
roster-column-room = Room
export-xlsx = Download Excel
export-all-enrollments-xlsx = All enrollments (Excel)
audit-when-utc = When (UTC)
audit-kind = Kind of object
audit-object-number = No.
audit-field = Field
audit-before = Before
audit-after = After
import-empty-workbook = Every sheet of the workbook is empty.
