//! Every table downloads as `.xlsx` next to its CSV, and the two agree cell by cell as a spreadsheet
//! program reads them: numbers as numbers, dates as dates, percentages as percentages, text unchanged,
//! in the reader's language. Workbooks keep their header in view, bold, with an autofilter; hours are
//! rounded alike on the page, in both files and in the JSON.

use calamine::{Data, DataType};
use serde_json::Value;

use crate::files::{bytes, csv_table, sheet, sheet_xml};
use crate::helpers::{TestApp, Visitor, with_field};

/// Every table that downloads, by the address of its files without the extension.
const TABLES: [&str; 18] = [
    "/commitments/1/progress/host-cities",
    "/commitments/1/progress/host-city-years",
    "/commitments/1/progress/years",
    "/commitments/1/progress/countries",
    "/commitments/1/progress/cohorts",
    "/cohorts/1/report/delegations",
    "/cohorts/1/report/sessions",
    "/cohorts/1/report/trainees",
    "/cohorts/1/report/themes",
    "/cohorts/1/report/kinds",
    "/cohorts/1/attendance/delegations",
    "/cohorts/1/attendance/sessions",
    "/cohorts/1/attendance/trainees",
    "/cohorts/1/delegations",
    "/cohorts/1/trainees",
    "/audit",
    "/exports/enrollments",
    "/cohorts/1/trainees/import/template",
];

/// Whether a workbook cell shows what a CSV cell says. A percentage is a fraction in the workbook and
/// whole percent in the CSV; dates and times are cells in the one and ISO text in the other.
fn same(cell: &Data, text: &str) -> bool {
    match cell {
        Data::Empty => text.is_empty(),
        Data::String(s) => s == text,
        Data::Float(f) => text
            .parse::<f64>()
            .is_ok_and(|t| (t - f).abs() < 1e-9 || (t / 100.0 - f).abs() < 1e-9),
        Data::Int(n) => text.parse::<i64>() == Ok(*n),
        Data::DateTime(_) => {
            let at = cell.as_datetime().expect("a date");
            [
                at.format("%Y-%m-%d").to_string(),
                at.format("%Y-%m-%d %H:%M").to_string(),
                at.format("%H:%M").to_string(),
            ]
            .contains(&text.to_owned())
        }
        other => *other == text,
    }
}

/// Downloads `table` as CSV and as a workbook (with `query` after either) and checks they agree.
async fn agree_with_query(
    visitor: &Visitor,
    table: &str,
    query: &str,
) -> (String, Vec<Vec<String>>) {
    let csv = visitor.get(&format!("{table}.csv{query}")).await;
    assert_eq!(csv.status, 200, "{table}.csv");
    let rows = csv_table(&csv);
    let (status, workbook) = bytes(visitor, &format!("{table}.xlsx{query}")).await;
    assert_eq!(status, 200, "{table}.xlsx");
    let (name, cells) = sheet(&workbook);
    assert_eq!(cells.len(), rows.len(), "{table}: as many rows");
    for (r, (cells, texts)) in cells.iter().zip(&rows).enumerate() {
        assert_eq!(cells.len(), texts.len(), "{table} row {}", r + 1);
        for (cell, text) in cells.iter().zip(texts) {
            assert!(
                same(cell, text),
                "{table} row {}: the workbook has {cell:?}, the CSV {text:?}",
                r + 1
            );
        }
    }
    let xml = sheet_xml(&workbook);
    assert!(
        xml.contains("state=\"frozen\""),
        "{table}: the header stays in view"
    );
    assert!(
        xml.contains("<autoFilter ref=\"A1:"),
        "{table}: an autofilter"
    );
    assert!(!xml.contains("<f>"), "{table}: no formula");
    assert!(
        cells[0].iter().all(|c| matches!(c, Data::String(_))),
        "{table}: headings are text"
    );
    (name, rows)
}

async fn agree(visitor: &Visitor, table: &str) -> (String, Vec<Vec<String>>) {
    agree_with_query(visitor, table, "").await
}

#[tokio::test]
async fn every_table_downloads_as_a_workbook_that_agrees_with_its_csv_in_english_and_chinese() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    for table in TABLES {
        agree(&organizer, table).await;
    }
    let (name, rows) = agree(&organizer, "/cohorts/1/attendance/trainees").await;
    assert_eq!(name, "By trainee");
    assert!(rows.len() > 60);

    let switched = organizer
        .submit("/", "/language", &[("lang", "zh"), ("next", "/")])
        .await;
    assert_eq!(switched.status, 303);
    for table in TABLES {
        agree(&organizer, table).await;
    }
    let (name, rows) = agree(&organizer, "/cohorts/1/trainees").await;
    assert_eq!(name, "学员");
    assert_eq!(rows[0][0], "姓");
    assert!(
        rows.iter()
            .flatten()
            .any(|cell| cell.chars().any(|c| ('а'..='я').contains(&c))),
        "Cyrillic names intact"
    );
}

#[tokio::test]
async fn the_audit_download_holds_what_its_filters_select() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let edit = "/commitments/1/edit";
    let values = with_field(
        &organizer.get(edit).await.form_values(),
        "name",
        "SCO poverty-reduction training places, 2023–2025",
    );
    assert_eq!(
        organizer
            .submit_values(edit, "/commitments/1", &values)
            .await
            .status,
        303
    );
    let page = organizer
        .get("/audit?object=commitment&action=update")
        .await;
    let link = page
        .attr("a[href^='/audit.xlsx']", "href")
        .expect("a download of what is shown");
    assert_eq!(link, "/audit.xlsx?object=commitment&action=update");
    let (_, rows) =
        agree_with_query(&organizer, "/audit", "?object=commitment&action=update").await;
    assert_eq!(
        rows.len(),
        2,
        "the heading and the one field changed: {rows:?}"
    );
    assert_eq!(rows[0][..3], ["When (UTC)", "Who", "What"]);
    assert_eq!(rows[1][1], "Wang Fang");
    assert_eq!(
        rows[1][8], "SCO poverty-reduction training places, 2023–2025",
        "after"
    );
}

#[tokio::test]
async fn hours_are_rounded_alike_on_the_page_in_both_files_and_in_the_json() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    // A quarter of an hour: 0.25, which a careless rounding makes 0.2 in one place and 0.3 in another.
    let new = "/cohorts/1/sessions/new";
    let mut values = organizer.get(new).await.form_values();
    for (field, value) in [
        ("title", "Questions to the mayor"),
        ("kind", "lecture"),
        ("day", "2023-06-21"),
        ("start", "14:30"),
        ("end", "14:45"),
        ("venue", "1"),
    ] {
        values = with_field(&values, field, value);
    }
    values.push(("accept_warnings".to_owned(), "1".to_owned()));
    let saved = organizer
        .submit_values(new, "/cohorts/1/sessions", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text("main"));

    let json: Value =
        serde_json::from_str(&organizer.get("/cohorts/1/report.json").await.body).unwrap();
    let session = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["title"] == "Questions to the mayor")
        .expect("the new session in the report");
    assert_eq!(session["minutes"], 15);
    assert_eq!(session["hours"], 0.3);
    let id = session["id"].as_i64().unwrap();

    let page = organizer.get("/cohorts/1/report").await;
    let row = page.texts(&format!("tr[data-session='{id}'] td"));
    assert_eq!(row[3], "0.3", "{row:?}");

    let rows = csv_table(&organizer.get("/cohorts/1/report/sessions.csv").await);
    let hours = rows[0].iter().position(|h| h == "Hours taught").unwrap();
    let line = rows
        .iter()
        .position(|r| r.contains(&"Questions to the mayor".to_owned()))
        .unwrap();
    assert_eq!(rows[line][hours], "0.3");
    let (_, workbook) = bytes(&organizer, "/cohorts/1/report/sessions.xlsx").await;
    assert_eq!(sheet(&workbook).1[line][hours], Data::Float(0.3));

    let total = json["hours_taught"].as_f64().unwrap();
    assert_eq!(page.text("#report-hours"), format!("{total:.1}"));
}

#[tokio::test]
async fn cohort_files_are_named_after_the_city_the_year_and_what_they_hold() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    for (path, name) in [
        (
            "/cohorts/1/report/sessions.csv",
            "qingdao-2023-report-sessions.csv",
        ),
        (
            "/cohorts/1/report/trainees.xlsx",
            "qingdao-2023-report-trainees.xlsx",
        ),
        (
            "/cohorts/1/attendance/sessions.csv",
            "qingdao-2023-attendance-sessions.csv",
        ),
        ("/cohorts/1/trainees.csv", "qingdao-2023-trainees.csv"),
        (
            "/cohorts/1/delegations.xlsx",
            "qingdao-2023-delegations.xlsx",
        ),
        (
            "/cohorts/1/translations.csv",
            "qingdao-2023-translations.csv",
        ),
        ("/cohorts/1/calendar.ics", "qingdao-2023-programme.ics"),
    ] {
        let file = organizer.get(path).await;
        assert_eq!(file.status, 200, "{path}");
        let disposition = file.headers["content-disposition"].to_str().unwrap();
        assert!(
            disposition.contains(&format!("filename=\"{name}\"")),
            "{path}: {disposition}"
        );
    }
}

#[tokio::test]
async fn the_attendance_tables_and_their_files_show_the_same_counts_column_by_column() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get("/cohorts/1/attendance").await;
    let counts = [
        "Present",
        "Late",
        "Excused",
        "Absent",
        "Not marked",
        "Expected",
    ];
    for (table, file) in [
        ("by-delegation", "delegations"),
        ("by-session", "sessions"),
        ("by-trainee", "trainees"),
    ] {
        let headings = page.texts(&format!("#{table} thead th"));
        for wanted in ["Present", "Late", "Excused", "Absent"] {
            assert!(
                headings.iter().any(|h| h == wanted),
                "{table}: {headings:?}"
            );
        }
        let rows: Vec<Vec<String>> = page
            .html()
            .select(
                &scraper::Selector::parse(&format!("#{table} tbody tr, #{table} tfoot tr"))
                    .unwrap(),
            )
            .map(|tr| {
                tr.select(&scraper::Selector::parse("th, td").unwrap())
                    .map(|td| td.text().collect::<String>().trim().to_owned())
                    .collect()
            })
            .collect();
        let csv = csv_table(
            &organizer
                .get(&format!("/cohorts/1/attendance/{file}.csv"))
                .await,
        );
        assert_eq!(
            csv.len() - 1,
            rows.len(),
            "{table}: one line per row, the totals' too"
        );
        let mut compared = 0;
        for heading in counts {
            let (Some(on_page), Some(in_file)) = (
                headings.iter().position(|h| h == heading),
                csv[0].iter().position(|h| h == heading),
            ) else {
                continue;
            };
            for (row, line) in rows.iter().zip(&csv[1..]) {
                assert_eq!(
                    row[on_page].replace(',', ""),
                    line[in_file],
                    "{table}, {heading} (thousands grouped on the page)"
                );
                compared += 1;
            }
        }
        assert!(
            compared >= 4 * rows.len(),
            "{table}: {compared} cells compared"
        );
    }
}
