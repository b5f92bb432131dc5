//! A cohort's Translations page: every text a trainee reads in one grid, counted per language as the
//! database holds them, edited in place, and sent to a translator and back as a CSV or `.xlsx` file —
//! the file previewed, then saved whole; a file with any problem refused row by row, nothing saved.

use std::collections::HashSet;

use cohortdesk::domain::translation::{Catalog, StringId};
use cohortdesk::schema::translations;
use cohortdesk::services::translations::cohort_catalog;
use diesel::prelude::*;

use crate::files::{bytes, csv_table, sheet};
use crate::helpers::{TestApp, Visitor};
use crate::itinerary::COHORT;

const GRID: &str = "/cohorts/1/translations";
const UPLOAD: &str = "/cohorts/1/translations/upload";

/// Every (string, language, text) the cohort's catalog holds.
fn versions(app: &TestApp) -> HashSet<(String, String, String)> {
    let catalog: Catalog = app.with_conn(|conn| cohort_catalog(conn, COHORT).unwrap());
    catalog
        .entries()
        .iter()
        .flat_map(|(id, v)| {
            cohortdesk::i18n::Lang::ALL
                .into_iter()
                .filter_map(|lang| {
                    Some((id.to_string(), lang.to_string(), v.get(lang)?.to_owned()))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn csv_file(rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

/// Uploads a translator's file and answers the page shown.
async fn upload(organizer: &Visitor, name: &str, file: Vec<u8>) -> crate::helpers::Page {
    organizer.upload(GRID, UPLOAD, name, file).await
}

#[tokio::test]
async fn the_grid_counts_what_the_database_holds_and_edits_in_place() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let catalog = app.with_conn(|conn| cohort_catalog(conn, COHORT).unwrap());
    let total = catalog.entries().len();
    let ids: HashSet<String> = catalog
        .entries()
        .iter()
        .map(|(id, _)| id.to_string())
        .collect();
    // Russian versions as rows of the table, read without the app's own rules.
    let rows: Vec<(String, i32, String, String)> = app.with_conn(|conn| {
        translations::table
            .select((
                translations::object_type,
                translations::object_id,
                translations::field,
                translations::lang,
            ))
            .load(conn)
            .unwrap()
    });
    let russian = rows
        .iter()
        .filter(|(owner, id, field, lang)| {
            lang == "ru" && ids.contains(&format!("{owner}:{id}:{field}"))
        })
        .count();
    assert!(
        total > 100,
        "the course, its city, sessions, venues, speakers…: {total}"
    );
    assert_eq!(russian, total, "the demo has every text in Russian");

    let page = organizer.get(GRID).await;
    assert_eq!(page.status, 200);
    assert!(
        page.text("#coverage")
            .contains(&format!("Русский: {total} of {total}")),
        "{}",
        page.text("#coverage")
    );
    assert_eq!(page.texts("#strings tbody tr").len(), total);
    assert_eq!(
        page.attr("#session\\:7\\:title-ru", "value").as_deref(),
        Some("Выезд: деревня Чжуцзягоу")
    );
    assert!(
        organizer
            .get(&format!("{GRID}?missing=ru"))
            .await
            .texts("#strings tbody tr")
            .is_empty()
    );

    // Edited in place: the Russian title removed, the bus's Chinese name changed.
    let saved = organizer
        .submit(
            GRID,
            GRID,
            &[
                ("session:7:title-ru", ""),
                ("vehicle:1:name-zh", "一号大巴（鲁B·3C215）"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = organizer.get(saved.location.as_deref().unwrap()).await;
    assert_eq!(after.text(".flash"), "2 versions saved.");
    assert!(
        after
            .text("#coverage")
            .contains(&format!("Русский: {} of {total}", total - 1))
    );
    let readers = app
        .roster(COHORT)
        .iter()
        .filter(|e| {
            e.trainee.language == cohortdesk::i18n::Lang::Ru && e.enrollment.status.takes_part()
        })
        .count();
    let cohort_page = organizer.get("/cohorts/1").await;
    assert!(
        cohort_page.text("#coverage").contains(&format!(
            "Русский: {} of {total} · {readers} trainees read it",
            total - 1
        )),
        "{}",
        cohort_page.text("#coverage")
    );
    let missing = organizer.get(&format!("{GRID}?missing=ru")).await;
    assert_eq!(missing.texts("#strings tbody tr").len(), 1);
    assert_eq!(
        missing.attr("#strings tbody tr", "id").as_deref(),
        Some("session:7:title")
    );
    assert!(
        missing
            .text("#strings tbody tr")
            .contains("Site visit: Zhujiagou village")
    );
    assert!(versions(&app).contains(&(
        "vehicle:1:name".to_owned(),
        "zh".to_owned(),
        "一号大巴（鲁B·3C215）".to_owned()
    )));

    // Too long: the grid comes back with the message beside the cell and the text kept; nothing saved.
    let before = versions(&app);
    let long = "д".repeat(201);
    let refused = organizer
        .submit(
            GRID,
            GRID,
            &[
                ("session:7:title-ru", "Выезд"),
                ("session:8:title-ru", &long),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.field_error("session\\:8\\:title-ru"),
        "Use at most 200 characters."
    );
    assert_eq!(
        refused.attr("#session\\:8\\:title-ru", "value").as_deref(),
        Some(long.as_str())
    );
    assert_eq!(versions(&app), before, "nothing saved");
}

#[tokio::test]
async fn a_translators_file_round_trips_and_changes_exactly_the_cell_translated() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let before = versions(&app);

    // CSV: download, one Russian cell changed, upload, preview, save.
    let mut table = csv_table(&organizer.get(&format!("{GRID}.csv")).await);
    let heading = table[0].clone();
    assert_eq!(heading[0], "id");
    let ru = heading.iter().position(|h| h == "ru").unwrap();
    let row = table.iter().position(|r| r[0] == "speaker:1:name").unwrap();
    assert_eq!(table[row][ru], "Проф. Ван Лэй");
    table[row][ru] = "Профессор Ван Лэй".to_owned();
    let preview = upload(&organizer, "translated.csv", csv_file(&table)).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.texts("#changes tbody tr").len(), 1);
    assert!(preview.text("#changes").contains("Проф. Ван Лэй"));
    assert!(preview.text("#changes").contains("Профессор Ван Лэй"));
    assert_eq!(versions(&app), before, "a preview saves nothing");
    let fields: Vec<(String, String)> = preview_fields(&preview);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let saved = organizer.submit(GRID, GRID, &fields).await;
    assert_eq!(saved.status, 303);
    let after = versions(&app);
    let changed: Vec<_> = after.difference(&before).collect();
    assert_eq!(
        changed,
        [&(
            "speaker:1:name".to_owned(),
            "ru".to_owned(),
            "Профессор Ван Лэй".to_owned()
        )]
    );
    assert_eq!(
        before.difference(&after).count(),
        1,
        "the old version replaced, nothing else"
    );
    let audit = organizer.get("/audit?cohort=1").await;
    assert!(
        audit.body.contains("[ru] Профессор Ван Лэй"),
        "the audit log records the change"
    );

    // .xlsx: read with calamine, written back with another library, the Chinese cell of a title changed.
    let (status, workbook) = bytes(&organizer, &format!("{GRID}.xlsx")).await;
    assert_eq!(status, 200);
    let (_, cells) = sheet(&workbook);
    let zh = cells[0].iter().position(|c| *c == "zh").unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let out = book.add_worksheet();
    for (r, row) in cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let mut text = cell.to_string();
            if r > 0 && row[0] == "session:7:title" && c == zh {
                text = "实地考察：朱家沟村".to_owned();
            }
            out.write_string(r as u32, c as u16, text).unwrap();
        }
    }
    let translated = book.save_to_buffer().unwrap();
    let preview = upload(&organizer, "译文.xlsx", translated).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.texts("#changes tbody tr").len(), 1);
    assert!(preview.text("#changes").contains("实地考察：朱家沟村"));
}

/// The hidden inputs of a preview's form, as the browser sends them.
fn preview_fields(page: &crate::helpers::Page) -> Vec<(String, String)> {
    let html = scraper::Html::parse_document(&page.body);
    let inputs = scraper::Selector::parse("form input[type=hidden]").unwrap();
    html.select(&inputs)
        .filter_map(|i| {
            let name = i.value().attr("name").filter(|n| *n != "csrf_token")?;
            Some((name.to_owned(), i.value().attr("value")?.to_owned()))
        })
        .collect()
}

#[tokio::test]
async fn a_file_with_any_problem_is_refused_row_by_row_and_nothing_is_saved() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let before = versions(&app);
    let table = csv_table(&organizer.get(&format!("{GRID}.csv")).await);
    let heading = table[0].clone();
    let ru = heading.iter().position(|h| h == "ru").unwrap();
    let original = heading
        .iter()
        .position(|h| h.eq_ignore_ascii_case("original"))
        .unwrap();
    let row_of = |id: &str| table.iter().find(|r| r[0] == id).unwrap().clone();
    // A session of another cohort: the Xi'an course's name.
    let other = StringId::parse("cohort:2:name").unwrap().to_string();

    let mut good = row_of("speaker:2:name");
    good[ru] = "Профессор Ли Хуа".to_owned();
    let mut unknown = row_of("speaker:3:name");
    unknown[0] = "hello".to_owned();
    let mut foreign = row_of("speaker:3:name");
    foreign[0] = other;
    let mut changed_original = row_of("speaker:4:name");
    changed_original[original] = "Prof. Chen".to_owned();
    let duplicate = good.clone();
    let mut too_long = row_of("session:7:title");
    too_long[ru] = "д".repeat(201);
    let file = csv_file(&[
        heading.clone(),
        good,
        unknown,
        foreign,
        changed_original,
        duplicate,
        too_long,
    ]);
    let refused = upload(&organizer, "translated.csv", file).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let problems = refused.texts("#upload-problems li");
    assert_eq!(
        problems,
        [
            "Row 3: \"hello\" is not a text's id: keep the first column as it was downloaded.",
            "Row 4: \"cohort:2:name\" is not one of this course's texts (is the file from another course?).",
            "Row 5: The original was changed: originals are edited on their own form, not in the file.",
            "Row 6: The same text is already on row 2.",
            "Row 7 (ru): Use at most 200 characters.",
        ]
    );
    assert_eq!(
        versions(&app),
        before,
        "nothing saved, not even the good row"
    );

    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let picture = upload(&organizer, "photo.png", png).await;
    assert_eq!(picture.status, 422);
    assert!(!picture.text("#upload-problems").is_empty());
    let huge = vec![b'a'; 10 * 1024 * 1024];
    let too_large = upload(&organizer, "huge.csv", huge).await;
    assert_eq!(too_large.status, 422);
    assert!(
        too_large.text("#upload-problems").contains("MB"),
        "{}",
        too_large.text("#upload-problems")
    );
    let not_ours = upload(
        &organizer,
        "roster.csv",
        b"family name,given name\nABENOV,Nurlan\n".to_vec(),
    )
    .await;
    assert_eq!(not_ours.status, 422);
    assert!(
        not_ours
            .text("#upload-problems")
            .contains("not a translations file")
    );
    assert_eq!(versions(&app), before);
}
