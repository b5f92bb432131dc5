//! Importing rosters exactly as ministries send them — workbooks, CSV and tab-separated text in the
//! encodings Excel, WPS and LibreOffice use in Russian and Chinese locales — all or nothing, every
//! problem by the row a spreadsheet shows; and the roster going back out for Excel.

use std::process::{Command, Stdio};

use chrono::NaiveDate;
use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::trainee::EnrollmentStatus;
use cohortdesk::models::enrollment::RosterEntry;

use crate::files::{
    Blank, Cell, Date, F, N, T, bytes, csv_table, encrypted_workbook, gb18030, sheet, sheet_xml,
    utf16le, windows_1251, workbook,
};
use crate::helpers::{Page, ROSTER_HEADER, TestApp, Visitor, roster_file, succeeded};

async fn setup(capacity: i32) -> (TestApp, Visitor, CohortId) {
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort(
        "2025 SCO Agricultural Mechanization Workshop — Xi'an",
        capacity,
    );
    let organizer = app.organizer().await;
    (app, organizer, cohort)
}

async fn upload_as(
    organizer: &Visitor,
    cohort: CohortId,
    name: &str,
    bytes: impl Into<Vec<u8>>,
) -> Page {
    let page = format!("/cohorts/{cohort}/trainees/import");
    organizer.upload(&page, &page, name, bytes.into()).await
}

async fn upload(organizer: &Visitor, cohort: CohortId, bytes: impl Into<Vec<u8>>) -> Page {
    upload_as(organizer, cohort, "trainees.csv", bytes).await
}

fn count_trainees(app: &TestApp) -> usize {
    use diesel::prelude::*;
    app.with_conn(|conn| {
        cohortdesk::schema::trainees::table
            .count()
            .get_result::<i64>(conn)
            .unwrap() as usize
    })
}

/// How many are enrolled in `cohort` and how many people exist: what a refused import leaves alone.
fn counts(app: &TestApp, cohort: CohortId) -> (usize, usize) {
    (app.roster(cohort).len(), count_trainees(app))
}

/// The problems a page lists under "Nothing was imported".
fn problems(page: &Page) -> Vec<String> {
    assert!(
        page.text(".error-summary")
            .starts_with("Nothing was imported"),
        "{}",
        page.text("main")
    );
    page.texts(".error-summary li")
}

/// Uploads a file that cannot be read as a table at all: the upload page comes back (422) with the
/// reason, and nothing changed.
async fn refused_at_upload(
    app: &TestApp,
    organizer: &Visitor,
    cohort: CohortId,
    name: &str,
    bytes: impl Into<Vec<u8>>,
) -> Vec<String> {
    let before = counts(app, cohort);
    let page = upload_as(organizer, cohort, name, bytes).await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert_eq!(counts(app, cohort), before, "nothing changed");
    problems(&page)
}

/// Uploads a file that can be read but not imported: its preview names every problem, offers no
/// button to import, and nothing changed.
async fn refused_in_preview(
    app: &TestApp,
    organizer: &Visitor,
    cohort: CohortId,
    name: &str,
    bytes: impl Into<Vec<u8>>,
) -> Vec<String> {
    let before = counts(app, cohort);
    let uploaded = upload_as(organizer, cohort, name, bytes).await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    let preview = organizer.get(&uploaded.location.unwrap()).await;
    assert_eq!(preview.status, 200);
    assert!(
        preview.texts("form#import").is_empty(),
        "no way to import a file with problems"
    );
    assert_eq!(counts(app, cohort), before, "nothing changed");
    problems(&preview)
}

/// Uploads a file, checks its preview says how it was read, confirms it with the preview's own form,
/// and returns the cohort's roster.
async fn imported(
    app: &TestApp,
    organizer: &Visitor,
    cohort: CohortId,
    name: &str,
    bytes: impl Into<Vec<u8>>,
    read_as: &str,
) -> Vec<RosterEntry> {
    let uploaded = upload_as(organizer, cohort, name, bytes).await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    confirm(app, organizer, cohort, &uploaded.location.unwrap(), read_as).await
}

/// Opens a preview, checks how the file was read, and presses its import button.
async fn confirm(
    app: &TestApp,
    organizer: &Visitor,
    cohort: CohortId,
    preview_url: &str,
    read_as: &str,
) -> Vec<RosterEntry> {
    let preview = organizer.get(preview_url).await;
    assert_eq!(preview.text("#how-read"), read_as);
    assert!(
        preview.text(".error-summary").is_empty(),
        "{}",
        preview.text(".error-summary")
    );
    let action = preview
        .attr("form#import", "action")
        .expect("an import button");
    let done = organizer
        .submit_values(preview_url, &action, &post_values(&preview))
        .await;
    assert_eq!(done.status, 303, "{}", done.text("main"));
    assert_eq!(
        done.location.as_deref(),
        Some(format!("/cohorts/{cohort}/trainees").as_str())
    );
    app.roster(cohort)
}

/// The fields of the preview's import form (how the file was read, carried to the import).
fn post_values(preview: &Page) -> Vec<(String, String)> {
    let html = preview.html();
    let field = scraper::Selector::parse("form#import input[type=hidden]").unwrap();
    html.select(&field)
        .filter_map(|e| {
            let name = e.value().attr("name")?;
            (name != "csrf_token").then(|| {
                (
                    name.to_owned(),
                    e.value().attr("value").unwrap_or("").to_owned(),
                )
            })
        })
        .collect()
}

fn by_family_name<'a>(roster: &'a [RosterEntry], name: &str) -> &'a RosterEntry {
    roster
        .iter()
        .find(|e| e.trainee.family_name == name)
        .unwrap_or_else(|| panic!("{name} is on the roster"))
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[tokio::test]
async fn a_file_is_checked_previewed_and_imported_in_one_go() {
    let (app, organizer, cohort) = setup(40).await;
    let uploaded = upload(&organizer, cohort, roster_file(30)).await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    let preview_url = uploaded.location.unwrap();
    let preview = organizer.get(&preview_url).await;
    assert_eq!(preview.text("h1"), "Check the import");
    assert_eq!(preview.text("#how-read"), "UTF-8, commas, 30 rows");
    assert_eq!(preview.texts("table.preview tbody tr").len(), 30);
    assert!(
        preview
            .text("main")
            .contains("30 trainees will be enrolled, 30 of them new to cohortdesk.")
    );
    assert!(
        app.roster(cohort).is_empty(),
        "nothing is saved before confirming"
    );

    let done = organizer.submit(&preview_url, &preview_url, &[]).await;
    assert_eq!(done.status, 303);
    let roster = organizer.get(&format!("/cohorts/{cohort}/trainees")).await;
    assert_eq!(roster.text(".flash"), "30 trainees imported.");
    assert_eq!(roster.texts("table.roster tbody tr").len(), 30);
    assert!(roster.text(".summary").contains("30 / 40"));
    let delegations = organizer
        .get(&format!("/cohorts/{cohort}/delegations"))
        .await;
    assert_eq!(
        delegations.texts("td[data-label='Country']"),
        ["Kyrgyzstan", "Tajikistan"]
    );
    assert_eq!(
        organizer.get(&preview_url).await.status,
        404,
        "the confirmed upload is gone"
    );
}

#[tokio::test]
async fn a_russian_ministrys_workbook_is_imported_with_its_headings_dates_numbers_and_formulas() {
    let (app, organizer, cohort) = setup(40).await;
    let header = vec![
        T("Фамилия"),
        T("Имя"),
        T("ФИО"),
        T("Пол"),
        T("Дата рождения"),
        T("Страна"),
        T("Организация"),
        T("Телефон"),
        T("Эл. почта"),
        T("Номер паспорта"),
        T("Срок действия паспорта"),
        T("Прибытие"),
    ];
    let rows = vec![
        header,
        vec![
            T("ABENOV"),
            T("Nurlan"),
            F("=\"Абенов\"&\" \"&\"Нурлан\"", "Абенов Нурлан"),
            T("м"),
            Date(1985, 3, 12),
            T("Казахстан"),
            T("Министерство сельского хозяйства"),
            T("+7 701 000 0000"),
            T("n.abenov@example.kz"),
            N(1234567.0),
            Date(2031, 1, 31),
            T("12.10.2025 22:40"),
        ],
        vec![
            T("ISKAKOVA"),
            T("Aigul"),
            T("Искакова Айгуль"),
            T("ж"),
            T("02.07.1990"),
            T("KZ"),
            T("Акимат Алматинской области"),
            N(77011234567.0),
            Blank,
            T("N7654321"),
            T("2030-05-01"),
            Blank,
        ],
        vec![
            T("ASANOV"),
            T("Azamat"),
            T("Асанов Азамат"),
            T("м"),
            T("1979-11-30"),
            T("Кыргызстан"),
            T("Министерство сельского хозяйства КР"),
            Blank,
            T("a.asanov@example.kg"),
            T("AC1234567"),
            Blank,
            Blank,
        ],
    ];
    // The first sheet is the ministry's instructions, left empty; the roster is on the second.
    let file = workbook(&[("Инструкция", vec![]), ("Участники", rows)]);
    let roster = imported(
        &app,
        &organizer,
        cohort,
        "Список участников.xlsx",
        file,
        "Excel workbook (.xlsx), sheet “Участники”, 3 rows",
    )
    .await;
    assert_eq!(roster.len(), 3);
    let abenov = by_family_name(&roster, "ABENOV");
    assert_eq!(
        abenov.trainee.native_name, "Абенов Нурлан",
        "a formula's computed value"
    );
    assert_eq!(
        abenov.trainee.date_of_birth,
        day(1985, 3, 12),
        "a date cell"
    );
    assert_eq!(app.passport(&abenov.trainee).as_deref(), Some("1234567"));
    assert_eq!(abenov.trainee.passport_expiry, day(2031, 1, 31));
    assert_eq!(abenov.trainee.phone, "+7 701 000 0000");
    assert_eq!(abenov.trainee.country_code, "KZ");
    assert_eq!(
        abenov.enrollment.arrival_at.unwrap().to_string(),
        "2025-10-12 14:40:00",
        "22:40 on the cohort's clock, in UTC"
    );
    let iskakova = by_family_name(&roster, "ISKAKOVA");
    assert_eq!(iskakova.trainee.date_of_birth, day(1990, 7, 2));
    assert_eq!(
        iskakova.trainee.phone, "77011234567",
        "a number cell without .0"
    );
    assert_eq!(by_family_name(&roster, "ASANOV").trainee.country_code, "KG");
}

#[tokio::test]
async fn a_libreoffice_spreadsheet_is_read_with_its_date_cells() {
    use crate::files::{OdsCell, opendocument};
    let (app, organizer, cohort) = setup(10).await;
    let rows = vec![
        vec![
            OdsCell::Text("Фамилия"),
            OdsCell::Text("Имя"),
            OdsCell::Text("Пол"),
            OdsCell::Text("Страна"),
            OdsCell::Text("Дата рождения"),
        ],
        vec![
            OdsCell::Text("TOKTOGULOVA"),
            OdsCell::Text("Aizada"),
            OdsCell::Text("ж"),
            OdsCell::Text("Кыргызстан"),
            OdsCell::Date("1986-07-21"),
        ],
    ];
    let roster = imported(
        &app,
        &organizer,
        cohort,
        "участники.ods",
        opendocument("Лист1", &rows),
        "OpenDocument spreadsheet (.ods), sheet “Лист1”, 1 row",
    )
    .await;
    assert_eq!(roster[0].trainee.country_code, "KG");
    assert_eq!(roster[0].trainee.date_of_birth, day(1986, 7, 21));
}

#[tokio::test]
async fn a_workbooks_other_sheet_can_be_chosen_in_the_preview() {
    let (app, organizer, cohort) = setup(40).await;
    let heading = || vec![T("family_name"), T("given_name"), T("gender"), T("country")];
    let file = workbook(&[
        (
            "2024",
            vec![heading(), vec![T("OLD"), T("Roster"), T("m"), T("KZ")]],
        ),
        (
            "2025",
            vec![heading(), vec![T("NEW"), T("Roster"), T("f"), T("UZ")]],
        ),
    ]);
    let uploaded = upload_as(&organizer, cohort, "rosters.xlsx", file).await;
    let preview_url = uploaded.location.unwrap();
    let first = organizer.get(&preview_url).await;
    assert_eq!(
        first.texts("#sheet option"),
        ["2024", "2025"],
        "every sheet offered"
    );
    assert_eq!(first.text("#sheet option[selected]"), "2024");
    let roster = confirm(
        &app,
        &organizer,
        cohort,
        &format!("{preview_url}?sheet=2"),
        "Excel workbook (.xlsx), sheet “2025”, 1 row",
    )
    .await;
    assert_eq!(roster.len(), 1);
    assert_eq!(roster[0].trainee.family_name, "NEW");
}

#[tokio::test]
async fn text_in_the_encodings_of_excel_and_wps_is_recognised_and_said_in_the_preview() {
    let (app, organizer, cohort) = setup(10).await;
    // Russian Excel's "CSV (разделители — запятые)": Windows-1251, semicolons, CRLF, DD.MM.YYYY.
    let russian = "Фамилия;Имя;ФИО;Пол;Страна;Дата рождения;Организация\r\n\
                   ПЕТРОВ;Фёдор;Петров Фёдор Иванович;мужской;Россия;05.09.1978;Министерство сельского хозяйства\r\n\
                   СИДОРОВА;Анна;Сидорова Анна Петровна;женский;Беларусь;17.1.1983;Минсельхозпрод\r\n";
    let roster = imported(
        &app,
        &organizer,
        cohort,
        "участники.csv",
        windows_1251(russian),
        "Windows-1251 (Cyrillic), semicolons, 2 rows",
    )
    .await;
    let petrov = by_family_name(&roster, "ПЕТРОВ");
    assert_eq!(petrov.trainee.given_name, "Фёдор");
    assert_eq!(petrov.trainee.date_of_birth, day(1978, 9, 5));
    assert_eq!(
        by_family_name(&roster, "СИДОРОВА").trainee.country_code,
        "BY"
    );

    // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated; Chinese headings.
    let other = app.empty_cohort("2025 Unicode text", 10);
    let chinese =
        "姓\t名\t性别\t国家\t出生日期\t护照号码\r\n王\t芳\t女\t中国\t1985/3/12\tE12345678\r\n";
    let roster = imported(
        &app,
        &organizer,
        other,
        "名单.txt",
        utf16le(chinese),
        "UTF-16 (Excel “Unicode text”), tabs, 1 row",
    )
    .await;
    assert_eq!(roster[0].trainee.given_name, "芳");
    assert_eq!(roster[0].trainee.date_of_birth, day(1985, 3, 12));

    // WPS in a Chinese locale: GB18030, commas.
    let third = app.empty_cohort("2025 WPS", 10);
    let wps = "姓,名,性别,国家,出生日期,单位\r\n李,明,男,哈萨克斯坦,1988/12/1,哈萨克斯坦农业部\r\n赵,丽,女,乌兹别克斯坦,1990/1/20,乌兹别克斯坦农业部\r\n";
    let roster = imported(
        &app,
        &organizer,
        third,
        "名单.csv",
        gb18030(wps),
        "GB18030 / GBK (Chinese), commas, 2 rows",
    )
    .await;
    assert_eq!(
        by_family_name(&roster, "李").trainee.organization,
        "哈萨克斯坦农业部"
    );
    assert_eq!(by_family_name(&roster, "赵").trainee.country_code, "UZ");
}

#[tokio::test]
async fn a_file_whose_encoding_cannot_be_told_is_read_as_the_organizer_chooses() {
    let (app, organizer, cohort) = setup(40).await;
    // Four Cyrillic letters read as well in Windows-1251 as two Chinese characters in GBK.
    let file = windows_1251("family_name,given_name,gender,country\nIvanov,Иван,m,KZ\n");
    let uploaded = upload(&organizer, cohort, file).await;
    let preview_url = uploaded.location.unwrap();
    let preview = organizer.get(&preview_url).await;
    assert_eq!(
        preview.text(".error-summary li"),
        "The file's encoding cannot be told from its contents: choose the one that reads right."
    );
    let choices = preview.texts("#choose-encoding li pre");
    assert!(
        choices
            .iter()
            .any(|sample| sample.contains("Ivanov,Иван,m,KZ")),
        "{choices:?}"
    );
    let chosen = preview
        .attr("#choose-encoding a[href$='encoding=windows-1251']", "href")
        .expect("a link to read it as Windows-1251");
    let roster = confirm(
        &app,
        &organizer,
        cohort,
        &chosen,
        "Windows-1251 (Cyrillic), commas, 1 row",
    )
    .await;
    assert_eq!(roster[0].trainee.given_name, "Иван");
}

#[tokio::test]
async fn a_wrong_separator_can_be_corrected_in_the_preview() {
    let (app, organizer, cohort) = setup(40).await;
    let uploaded = upload(&organizer, cohort, roster_file(2)).await;
    let preview_url = uploaded.location.unwrap();
    let wrong = organizer
        .get(&format!("{preview_url}?separator=semicolon"))
        .await;
    assert_eq!(wrong.text("#how-read"), "UTF-8, semicolons, 2 rows");
    assert!(
        wrong
            .texts(".error-summary li")
            .contains(&"The column “family_name” is missing.".to_owned())
    );
    assert_eq!(
        wrong.text("#separator option[selected]"),
        "semicolons",
        "the choice is kept"
    );
    let roster = confirm(
        &app,
        &organizer,
        cohort,
        &format!("{preview_url}?separator=comma"),
        "UTF-8, commas, 2 rows",
    )
    .await;
    assert_eq!(roster.len(), 2);
}

#[tokio::test]
async fn errors_name_the_row_a_spreadsheet_shows_and_the_heading_as_written() {
    let (app, organizer, cohort) = setup(40).await;
    for end in ["\r\n", "\n", "\r"] {
        // Row 2's notes hold two line breaks, row 3 is blank, row 5 has an unknown country.
        let file = [
            "Фамилия,Имя,Пол,Страна,Примечания",
            "ABENOV,Nurlan,m,KZ,\"Vegetarian.\nArrives late.\nNeeds a visa letter.\"",
            "",
            "ISKAKOVA,Aigul,f,KZ,",
            "ASANOV,Azamat,m,Atlantis,",
            "",
        ]
        .join(end);
        let errors = refused_in_preview(&app, &organizer, cohort, "roster.csv", file).await;
        assert_eq!(
            errors,
            [
                "row 5, column Страна: “Atlantis” is not a known country; use its two-letter ISO code (KZ) or its name."
            ],
            "line ends {end:?}"
        );
    }
    let sheet = vec![
        vec![
            T("Фамилия"),
            T("Имя"),
            T("Пол"),
            T("Страна"),
            T("Дата рождения"),
        ],
        vec![T("ABENOV"), T("Nurlan"), T("m"), T("KZ"), Date(1985, 3, 12)],
        vec![],
        vec![T("ASANOV"), T("Azamat"), T("m"), T("KG"), T("31.02.1985")],
    ];
    let errors = refused_in_preview(
        &app,
        &organizer,
        cohort,
        "roster.xlsx",
        workbook(&[("Лист1", sheet)]),
    )
    .await;
    assert_eq!(
        errors,
        [
            "row 4, column Дата рождения: “31.02.1985” is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2023-06-15 or 15.06.2023."
        ]
    );
}

#[tokio::test]
async fn dates_are_read_as_people_write_them_and_an_ambiguous_one_is_refused() {
    let (app, organizer, cohort) = setup(40).await;
    let header = "family_name,given_name,gender,country,date_of_birth,passport_expiry,arrival";
    let good = [
        "DOTS,A,m,KZ,12.03.1985,2.3.2031,14.10.2025 22:40",
        "ISO,B,m,KZ,1985-03-12,2031/3/2,2025-10-14 22:40",
        "DAYFIRST,C,m,KZ,25/04/1985,,",
    ];
    let bad = [
        "AMBIGUOUS,D,m,KZ,03/04/1985,,",
        "FEBRUARY,E,m,KZ,1985-03-12,31.02.2025,",
    ];
    let file = std::iter::once(header)
        .chain(good)
        .chain(bad)
        .collect::<Vec<_>>()
        .join("\n");
    let errors = refused_in_preview(&app, &organizer, cohort, "dates.csv", file).await;
    assert_eq!(
        errors,
        [
            "row 5, column date_of_birth: “03/04/1985” could be 3 Apr 1985 or 4 Mar 1985: write it as 1985-04-03 (year, month, day) or 03.04.1985 (day, month, year).",
            "row 6, column passport_expiry: “31.02.2025” is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2023-06-15 or 15.06.2023.",
        ]
    );

    let file = std::iter::once(header)
        .chain(good)
        .collect::<Vec<_>>()
        .join("\n");
    let roster = imported(
        &app,
        &organizer,
        cohort,
        "dates.csv",
        file,
        "UTF-8, commas, 3 rows",
    )
    .await;
    for name in ["DOTS", "ISO"] {
        let t = by_family_name(&roster, name);
        assert_eq!(t.trainee.date_of_birth, day(1985, 3, 12), "{name}");
        assert_eq!(t.trainee.passport_expiry, day(2031, 3, 2), "{name}");
        assert_eq!(
            t.enrollment.arrival_at.unwrap().to_string(),
            "2025-10-14 14:40:00",
            "{name}"
        );
    }
    assert_eq!(
        by_family_name(&roster, "DAYFIRST").trainee.date_of_birth,
        day(1985, 4, 25)
    );
}

#[tokio::test]
async fn an_import_into_a_course_not_yet_begun_brings_people_not_history() {
    let (app, organizer, cohort) = setup(40).await;
    let file = format!(
        "{ROSTER_HEADER}\n\
         ABENOV,Nurlan,,m,,KZ,,,,,completed\n\
         ISKAKOVA,Aigul,,f,,KZ,,,,,arrived\n\
         ASANOV,Azamat,,m,,KG,,,,,no_show\n\
         RAHIMOV,Rustam,,m,,TJ,,,,,confirmed\n"
    );
    let errors = refused_in_preview(&app, &organizer, cohort, "last-year.csv", file.clone()).await;
    assert_eq!(
        errors,
        [
            "row 2, column status: the course has not started, so nobody can be “completed” yet: leave the status empty, or tick “Import everyone as nominated”.",
            "row 3, column status: the course has not started, so nobody can be “arrived” yet: leave the status empty, or tick “Import everyone as nominated”.",
            "row 4, column status: the course has not started, so nobody can be “no_show” yet: leave the status empty, or tick “Import everyone as nominated”.",
        ]
    );
    let uploaded = upload(&organizer, cohort, file).await;
    let everyone = format!("{}?nominated=1", uploaded.location.unwrap());
    let preview = organizer.get(&everyone).await;
    assert!(
        preview.attr("#nominated", "checked").is_some(),
        "the choice shows"
    );
    let roster = confirm(&app, &organizer, cohort, &everyone, "UTF-8, commas, 4 rows").await;
    assert_eq!(roster.len(), 4);
    assert!(
        roster
            .iter()
            .all(|e| e.enrollment.status == EnrollmentStatus::Nominated)
    );
}

#[tokio::test]
async fn each_file_that_is_no_table_is_refused_at_upload_and_changes_nothing() {
    let (app, organizer, cohort) = setup(40).await;
    let png: Vec<u8> = b"\x89PNG\r\n\x1a\n"
        .iter()
        .copied()
        .chain((0..2000u32).map(|i| (i * 7 % 13) as u8))
        .collect();
    let mut mixed = "family_name,native_name,gender,country\nABENOV,Абенов Нурлан,m,KZ\n"
        .as_bytes()
        .to_vec();
    mixed.extend(windows_1251("PETROV,Петров Пётр,m,RU\n"));
    // Six megabytes of a real workbook: names nobody could compress away.
    let big_rows: Vec<Vec<Cell>> = (0..70_000u64)
        .map(|i| {
            let noise: String = (0..12)
                .map(|k| {
                    format!(
                        "{:08x}",
                        (i * 2_654_435_761 + k * 40_503).wrapping_mul(2_246_822_519) >> 7
                    )
                })
                .collect();
            vec![Cell::Owned(noise)]
        })
        .collect();
    let big = workbook(&[("Big", big_rows)]);
    assert!(big.len() > 6 * 1024 * 1024, "{} bytes", big.len());
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.csv", Vec::new(), "The file is empty."),
        (
            "damaged.xlsx",
            b"PK\x03\x04\x14\x00\x06\x00 half a workbook".to_vec(),
            "The workbook cannot be opened: it is damaged, or not a workbook.",
        ),
        (
            "locked.xlsx",
            encrypted_workbook(),
            "The workbook is protected with a password.",
        ),
        ("photo.png", png, "This file is neither a workbook nor text"),
        (
            "blank.xlsx",
            workbook(&[("Лист1", vec![]), ("Лист2", vec![])]),
            "Every sheet of the workbook is empty.",
        ),
        (
            "pasted.csv",
            mixed,
            "The file mixes two encodings: line(s) 2 are UTF-8 and line(s) 3 are not.",
        ),
        (
            "big.xlsx",
            big,
            "The file is larger than 5 MB; split it into smaller files.",
        ),
    ];
    for (name, bytes, reason) in cases {
        let errors = refused_at_upload(&app, &organizer, cohort, name, bytes).await;
        assert!(
            errors.iter().any(|e| e.starts_with(reason)),
            "{name}: {reason:?} not in {errors:?}"
        );
    }
}

#[tokio::test]
async fn a_workbook_that_can_be_read_but_not_imported_says_why() {
    let (app, organizer, cohort) = setup(40).await;
    let person = || vec![T("ABENOV"), T("Nurlan"), T("m"), T("KZ")];
    let heading = || vec![T("Фамилия"), T("Имя"), T("Пол"), T("Страна")];

    // Merged heading cells: one heading over two columns.
    let merged = workbook(&[(
        "Лист1",
        vec![
            vec![Cell::Merged("Фамилия и имя"), Blank, T("Пол"), T("Страна")],
            person(),
        ],
    )]);
    let errors = refused_in_preview(&app, &organizer, cohort, "merged.xlsx", merged).await;
    assert!(
        errors.contains(&"Column B has values but no name in row 1 (merged heading cells?): give each column its own heading.".to_owned()),
        "{errors:?}"
    );

    // A title above the headings.
    let titled = workbook(&[(
        "Лист1",
        vec![
            vec![T("Список участников семинара")],
            vec![],
            heading(),
            person(),
        ],
    )]);
    let errors = refused_in_preview(&app, &organizer, cohort, "titled.xlsx", titled).await;
    assert_eq!(
        errors,
        ["The column names must be in row 1, but they are in row 3: delete the rows above them."]
    );

    // Only headings.
    let empty = workbook(&[("Лист1", vec![heading()])]);
    let errors = refused_in_preview(&app, &organizer, cohort, "empty.xlsx", empty).await;
    assert_eq!(errors, ["The file has a header but no rows."]);

    // Invisible trouble in names, and a formula's error value.
    let trouble = workbook(&[(
        "Лист1",
        vec![
            heading(),
            vec![T("ABENOV\nNurlan"), T("Nurlan"), T("m"), T("KZ")],
            vec![T("ABE\u{202E}VON"), T("Nurlan"), T("m"), T("KZ")],
            vec![T("ASANOV"), F("=NA()", "#N/A"), T("m"), T("KG")],
        ],
    )]);
    let errors = refused_in_preview(&app, &organizer, cohort, "trouble.xlsx", trouble).await;
    assert_eq!(
        errors[..2],
        [
            "row 2, column Фамилия: Write this on one line: it contains a line break.",
            "row 3, column Фамилия: Remove the invisible character U+202E: it changes the direction text is shown in.",
        ]
    );
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors[2].starts_with("row 4, column Имя:"), "{errors:?}");

    // One row too many.
    let rows: Vec<Vec<Cell>> = std::iter::once(heading())
        .chain((0..5_001).map(|i| {
            vec![
                Cell::Owned(format!("TRAINEE{i}")),
                T("Test"),
                T("m"),
                T("KZ"),
            ]
        }))
        .collect();
    let errors = refused_in_preview(
        &app,
        &organizer,
        cohort,
        "long.xlsx",
        workbook(&[("Лист1", rows)]),
    )
    .await;
    assert_eq!(
        errors,
        ["The file has more than 5,000 rows; split it into smaller files."]
    );
}

#[tokio::test]
async fn every_bad_row_is_reported_by_row_and_column_and_nothing_is_imported() {
    let (app, organizer, cohort) = setup(40).await;
    let file = format!(
        "{ROSTER_HEADER}\n\
         Asanov,Azamat,,male,1980-01-01,KG,Ministry,a.asanov@example.kg,AC1000001,2031-01-31,nominated\n\
         Rahimov,Rustam,,male,1981-02-02,Atlantis,Ministry,r.rahimov@example.tj,400000002,2031-01-31,nominated\n\
         Karimova,Zarina,,female,1982-03-03,TJ,Ministry,zarina@,400000003,2031-01-31,nominated\n\
         Yusupov,Jasur,,male,1983-04-04,UZ,Ministry,j.yusupov@example.uz,FA0000004,31.02.2025,nominated\n\
         Alimov,Sardor,,male,1984-05-05,UZ,Ministry,s.alimov@example.uz,FA0000005,2031-01-31\n\
         Umarov,Akmal,,male,1985-06-06,UZ,Ministry,a.umarov@example.uz,FA0000006,2031-01-31,nominated,extra\n\
         Asanova,Aida,,female,1986-07-07,KG,Ministry,a.asanova@example.kg,AC1000001,2031-01-31,nominated\n\
         Omurbekov,Nurbek,,male,1987-08-08,KG,Ministry,a.asanov@example.kg,AC1000008,2031-01-31,nominated\n"
    );
    let errors = refused_in_preview(&app, &organizer, cohort, "roster.csv", file).await;
    assert_eq!(
        errors,
        [
            "row 3, column country: “Atlantis” is not a known country; use its two-letter ISO code (KZ) or its name.",
            "row 4, column email: Enter an e-mail address such as name@example.org.",
            "row 5, column passport_expiry: “31.02.2025” is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2023-06-15 or 15.06.2023.",
            "row 6: it has 10 values where the header has 11.",
            "row 7: it has 12 values where the header has 11.",
            "row 8, column passport_number: the same as in row 2.",
            "row 9, column email: the same as in row 2.",
        ]
    );
}

#[tokio::test]
async fn an_import_may_not_overfill_the_cohort_or_enrol_someone_twice() {
    let (app, organizer, cohort) = setup(20).await;
    let errors = refused_in_preview(&app, &organizer, cohort, "roster.csv", roster_file(21)).await;
    assert_eq!(
        errors,
        ["Not enough places: 0 of 20 are taken and 20 left."]
    );

    let first = upload(&organizer, cohort, roster_file(2))
        .await
        .location
        .unwrap();
    assert_eq!(organizer.submit(&first, &first, &[]).await.status, 303);
    let errors = refused_in_preview(&app, &organizer, cohort, "roster.csv", roster_file(3)).await;
    assert_eq!(
        errors,
        [
            "row 2, column passport_number: TRAINEE0 Given0 is already enrolled in this cohort.",
            "row 3, column passport_number: TRAINEE1 Given1 is already enrolled in this cohort.",
        ]
    );
}

#[tokio::test]
async fn a_passport_expiring_before_the_course_ends_is_a_warning_not_an_error() {
    let (app, organizer, cohort) = setup(10).await;
    let file = format!(
        "{ROSTER_HEADER}\nAsanov,Azamat,,male,1980-01-01,KG,Ministry,a.asanov@example.kg,AC1000001,2025-10-15,nominated\n"
    );
    let uploaded = upload(&organizer, cohort, file).await;
    assert_eq!(uploaded.status, 303);
    let preview_url = uploaded.location.unwrap();
    let preview = organizer.get(&preview_url).await;
    assert_eq!(
        preview.texts(".notice li"),
        [
            "row 2, column passport_expiry: the passport expires on 15 Oct 2025, before the course ends."
        ]
    );
    assert_eq!(
        organizer
            .submit(&preview_url, &preview_url, &[])
            .await
            .status,
        303
    );
    assert_eq!(app.roster(cohort).len(), 1);
}

#[tokio::test]
async fn a_confirmation_after_the_cohort_filled_up_imports_nothing() {
    let (app, organizer, cohort) = setup(2).await;
    let preview_url = upload(&organizer, cohort, roster_file(2))
        .await
        .location
        .unwrap();
    let taken = organizer
        .submit(
            &format!("/cohorts/{cohort}/trainees/new"),
            &format!("/cohorts/{cohort}/trainees"),
            &[
                ("family_name", "Early"),
                ("given_name", "Bird"),
                ("gender", "male"),
                ("country", "KZ"),
                ("status", "confirmed"),
            ],
        )
        .await;
    assert_eq!(taken.status, 303);
    let confirm = organizer.submit(&preview_url, &preview_url, &[]).await;
    assert_eq!(confirm.status, 303);
    assert_eq!(
        confirm.location.as_deref(),
        Some(preview_url.as_str()),
        "back to the preview"
    );
    let preview = organizer.get(&preview_url).await;
    assert!(
        preview
            .text(".error-summary")
            .contains("Not enough places: 1 of 2 are taken and 1 left.")
    );
    assert_eq!(app.roster(cohort).len(), 1, "only the one added by hand");
}

/// The roster download's rows without the status column (which a new cohort does not take over).
fn without_status(rows: &[Vec<String>]) -> Vec<Vec<String>> {
    let status = rows[0].iter().position(|h| h == "Status").unwrap();
    rows.iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .filter(|(i, _)| *i != status)
                .map(|(_, v)| v.clone())
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn the_roster_downloads_for_excel_and_comes_back_unchanged() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let export = organizer.get("/cohorts/1/trainees.csv?passport=1").await;
    assert_eq!(export.status, 200);
    assert_eq!(export.headers["content-type"], "text/csv; charset=utf-8");
    assert!(
        export.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let rows = csv_table(&export);
    assert_eq!(rows.len(), 71);
    assert_eq!(
        rows[0][0], "Family name",
        "headings in the reader's language"
    );
    assert!(rows[0].contains(&"Passport number".to_owned()));

    // The course is over; a new one takes the same people, as nominated.
    for format in ["csv", "xlsx"] {
        // Nominated trainees hold no places: a small cohort takes them all.
        let copy = app.empty_cohort(&format!("2025 copy of the Qingdao roster ({format})"), 10);
        let (status, file) = bytes(
            &organizer,
            &format!("/cohorts/1/trainees.{format}?passport=1"),
        )
        .await;
        assert_eq!(status, 200);
        let uploaded = upload_as(&organizer, copy, &format!("roster.{format}"), file).await;
        let preview = format!("{}?nominated=1", uploaded.location.unwrap());
        assert!(
            organizer
                .get(&preview)
                .await
                .text("main")
                .contains("0 of them new"),
            "the same people ({format})"
        );
        let read_as = if format == "csv" {
            "UTF-8, commas, 70 rows"
        } else {
            "Excel workbook (.xlsx), sheet “Trainees”, 70 rows"
        };
        confirm(&app, &organizer, copy, &preview, read_as).await;
        let again = organizer
            .get(&format!("/cohorts/{copy}/trainees.csv?passport=1"))
            .await;
        let again = csv_table(&again);
        assert_eq!(
            without_status(&again),
            without_status(&rows),
            "a round trip through {format} changes nothing but the status"
        );
    }
}

#[tokio::test]
async fn a_roster_workbook_has_typed_cells_a_frozen_bold_header_and_a_filter() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (status, file) = bytes(&organizer, "/cohorts/1/trainees.xlsx?passport=1").await;
    assert_eq!(status, 200);
    let (name, cells) = sheet(&file);
    assert_eq!(name, "Trainees");
    assert_eq!(cells.len(), 71);
    let column = |heading: &str| {
        cells[0]
            .iter()
            .position(|c| *c == heading)
            .unwrap_or_else(|| panic!("{heading}"))
    };
    let (born, native, arrival) = (
        column("Date of birth"),
        column("Name in native script"),
        column("Arrival"),
    );
    assert!(
        cells[1..]
            .iter()
            .all(|r| matches!(r[born], calamine::Data::DateTime(_))),
        "dates of birth are date cells"
    );
    assert!(
        cells[1..]
            .iter()
            .any(|r| matches!(r[arrival], calamine::Data::DateTime(_))),
        "arrivals are date-time cells"
    );
    assert!(
        cells[1..].iter().any(|r| r[native]
            .to_string()
            .chars()
            .any(|c| ('а'..='я').contains(&c))),
        "Cyrillic intact"
    );
    let xml = sheet_xml(&file);
    assert!(xml.contains("state=\"frozen\""), "the header stays in view");
    assert!(
        xml.contains("<autoFilter ref=\"A1:Y71\"/>"),
        "{}",
        &xml[..500.min(xml.len())]
    );
    assert!(xml.contains("<col "), "column widths are set");
}

#[tokio::test]
async fn formulas_arriving_in_a_name_never_run_in_an_export_and_survive_a_round_trip() {
    let (app, organizer, cohort) = setup(10).await;
    let trainees = format!("/cohorts/{cohort}/trainees");
    let added = organizer
        .submit(
            &format!("{trainees}/new"),
            &trainees,
            &[
                (
                    "family_name",
                    "=HYPERLINK(\"http://evil.example\",\"ABENOV\")",
                ),
                ("given_name", "@SUM(A1)"),
                ("gender", "male"),
                ("country", "KZ"),
                ("phone", "+7 701 000 0000"),
                ("notes", "-2 kg luggage\n=also this"),
            ],
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let csv = organizer.get(&format!("{trainees}.csv")).await;
    assert!(
        csv.body
            .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"ABENOV\"\")\""),
        "{}",
        csv.body
    );
    assert!(csv.body.contains(",'@SUM(A1),"));
    assert!(csv.body.contains(",'+7 701 000 0000,"));
    let (_, xlsx) = bytes(&organizer, &format!("{trainees}.xlsx")).await;
    assert!(
        !sheet_xml(&xlsx).contains("<f>"),
        "no formula in the workbook"
    );
    let (_, cells) = sheet(&xlsx);
    assert_eq!(
        cells[1][0].to_string(),
        "=HYPERLINK(\"http://evil.example\",\"ABENOV\")",
        "a string cell, shown as typed"
    );

    for (format, file) in [("csv", csv.body.into_bytes()), ("xlsx", xlsx)] {
        let copy = app.empty_cohort(&format!("2025 copy ({format})"), 10);
        let uploaded = upload_as(&organizer, copy, &format!("roster.{format}"), file).await;
        let preview = uploaded.location.unwrap();
        let roster = app.roster(copy);
        assert!(roster.is_empty());
        let done = organizer
            .submit_values(
                &preview,
                &preview,
                &post_values(&organizer.get(&preview).await),
            )
            .await;
        assert_eq!(done.status, 303, "{format}");
        let t = &app.roster(copy)[0].trainee;
        assert_eq!(
            t.family_name,
            "=HYPERLINK(\"http://evil.example\",\"ABENOV\")"
        );
        assert_eq!(t.given_name, "@SUM(A1)");
        assert_eq!(t.phone, "+7 701 000 0000");
        assert_eq!(t.notes, "-2 kg luggage\n=also this");
    }
}

#[tokio::test]
async fn passport_columns_leave_only_when_an_organizer_asks_for_them() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let plain = organizer.get("/cohorts/1/trainees.csv").await;
    assert!(!plain.body.lines().next().unwrap().contains("Passport"));
    let passport = app.passport(&app.roster(CohortId(1))[0].trainee).unwrap();
    assert!(!plain.body.contains(&passport));
    let (_, xlsx) = bytes(&organizer, "/cohorts/1/trainees.xlsx").await;
    assert!(
        !sheet(&xlsx)
            .1
            .iter()
            .flatten()
            .any(|c| c.to_string() == passport)
    );
    let coordinator = app.coordinator().await;
    assert_eq!(coordinator.get("/cohorts/1/trainees.csv").await.status, 200);
    for format in ["csv", "xlsx"] {
        assert_eq!(
            coordinator
                .get(&format!("/cohorts/1/trainees.{format}?passport=1"))
                .await
                .status,
            403
        );
    }

    // An organizer who asks gets them, and the log says who took which cohort's passports, and when.
    let with = organizer.get("/cohorts/1/trainees.csv?passport=1").await;
    assert!(with.body.contains(&passport));
    let log = organizer.get("/audit?action=security").await;
    let exports: Vec<String> = log
        .texts("table.audit tbody tr")
        .into_iter()
        .filter(|row| row.contains("Passport numbers exported"))
        .collect();
    assert_eq!(
        exports.len(),
        1,
        "plain downloads are not logged: {exports:?}"
    );
    let trainees = app.roster(CohortId(1)).len();
    assert!(
        exports[0].contains("Wang Fang")
            && exports[0].contains(&format!("Trainees in the file: {trainees}")),
        "{}",
        exports[0]
    );
}

#[tokio::test]
async fn the_template_comes_in_the_organizers_language_as_a_workbook_and_as_csv() {
    let (app, organizer, cohort) = setup(10).await;
    let switched = organizer
        .submit("/", "/language", &[("lang", "ru"), ("next", "/")])
        .await;
    assert_eq!(switched.status, 303);
    let csv = organizer
        .get(&format!("/cohorts/{cohort}/trainees/import/template.csv"))
        .await;
    let rows = csv_table(&csv);
    assert_eq!(rows.len(), 2, "the headings and one example");
    assert_eq!(
        rows[0][..4],
        ["Фамилия", "Имя", "ФИО на родном языке", "Пол"]
    );
    assert_eq!(rows[0].len(), cohortdesk::domain::trainee::COLUMNS.len());

    let response = organizer
        .client
        .get(format!(
            "{}/cohorts/{cohort}/trainees/import/template.xlsx",
            organizer.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let file = response.bytes().await.unwrap().to_vec();
    let (name, cells) = sheet(&file);
    assert_eq!(name, "Слушатели");
    assert_eq!(cells[0][0].to_string(), "Фамилия");
    assert!(
        matches!(cells[1][4], calamine::Data::DateTime(_)),
        "the example's date of birth is a date"
    );

    let roster = imported(
        &app,
        &organizer,
        cohort,
        "template.xlsx",
        file,
        "книга Excel (.xlsx), лист «Слушатели», 1 строка",
    )
    .await;
    assert_eq!(roster[0].trainee.family_name, "Abenov");
    assert_eq!(roster[0].trainee.date_of_birth, day(1980, 3, 14));
}

#[test]
fn the_command_line_import_reports_errors_by_row_and_imports_nothing_or_everything() {
    let (db, url) = crate::helpers::TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let binary = env!("CARGO_BIN_EXE_cohortdesk");
    let run = |args: &[&str]| {
        Command::new(binary)
            .current_dir(dir.path())
            .env("DATABASE_URL", &url)
            .env("LANG", "en_US.UTF-8")
            .env_remove("RUST_LOG")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    assert!(run(&["demo"]).status.success());
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!("{ROSTER_HEADER}\nAsanov,Azamat,,male,1980-01-01,Atlantis,M,,,,\n"),
    )
    .unwrap();
    let output = run(&["import-trainees", "--cohort", "4", bad.to_str().unwrap()]);
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("row 2, column country: “Atlantis” is not a known country"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("Nothing was imported"));

    let good = dir.path().join("good.csv");
    std::fs::write(&good, roster_file(5).replace(",confirmed", ",nominated")).unwrap();
    let output = run(&["import-trainees", "--cohort", "4", good.to_str().unwrap()]);
    assert_eq!(succeeded(&output).trim(), "5 trainees imported.");
    assert!(String::from_utf8_lossy(&output.stderr).contains("UTF-8, commas, 5 rows"));

    // A workbook's second sheet, in Windows-1251 the encoding is given; everyone as nominated.
    let book = dir.path().join("roster.xlsx");
    let rows = vec![
        vec![T("Фамилия"), T("Имя"), T("Пол"), T("Страна"), T("Статус")],
        vec![T("ABENOV"), T("Nurlan"), T("м"), T("KZ"), T("completed")],
    ];
    std::fs::write(
        &book,
        workbook(&[("Пусто", vec![vec![T("x")]]), ("Участники", rows)]),
    )
    .unwrap();
    let output = run(&[
        "import-trainees",
        "--cohort",
        "4",
        "--sheet",
        "2",
        "--everyone-nominated",
        book.to_str().unwrap(),
    ]);
    succeeded(&output);
    let legacy = dir.path().join("legacy.csv");
    std::fs::write(
        &legacy,
        windows_1251("family_name,given_name,gender,country\nIvanov,Иван,m,KZ\n"),
    )
    .unwrap();
    let undecided = run(&["import-trainees", "--cohort", "4", legacy.to_str().unwrap()]);
    assert!(!undecided.status.success());
    assert!(
        String::from_utf8_lossy(&undecided.stdout).contains(
            "--encoding windows-1251:\nfamily_name,given_name,gender,country\nIvanov,Иван,m,KZ"
        ),
        "{}",
        String::from_utf8_lossy(&undecided.stdout)
    );
    let chosen = run(&[
        "import-trainees",
        "--cohort",
        "4",
        "--encoding",
        "cp1251",
        legacy.to_str().unwrap(),
    ]);
    succeeded(&chosen);
    drop(db);
}
