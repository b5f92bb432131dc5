//! Importing and exporting a roster as CSV: all or nothing, every error by row, and a round trip.

use std::process::{Command, Stdio};

use cohortdesk::domain::ids::CohortId;

use crate::helpers::{Page, ROSTER_HEADER, TestApp, Visitor, roster_file};

async fn setup(capacity: i32) -> (TestApp, Visitor, CohortId) {
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort(
        "2025 SCO Agricultural Mechanization Workshop — Xi'an",
        capacity,
    );
    let organizer = app.organizer().await;
    (app, organizer, cohort)
}

async fn upload(organizer: &Visitor, cohort: CohortId, bytes: impl Into<Vec<u8>>) -> Page {
    let page = format!("/cohorts/{cohort}/trainees/import");
    organizer
        .upload(&page, &page, "trainees.csv", bytes.into())
        .await
}

/// Uploads a file that must be refused, and checks that nothing changed.
async fn refused(
    app: &TestApp,
    organizer: &Visitor,
    cohort: CohortId,
    bytes: impl Into<Vec<u8>>,
) -> Vec<String> {
    let before = app.roster(cohort).len();
    let trainees_before = count_trainees(app);
    let page = upload(organizer, cohort, bytes).await;
    assert_eq!(page.status, 422, "{}", page.body);
    assert!(
        page.text(".error-summary")
            .starts_with("Nothing was imported")
    );
    assert_eq!(
        app.roster(cohort).len(),
        before,
        "the roster is exactly as before"
    );
    assert_eq!(
        count_trainees(app),
        trainees_before,
        "no person was created"
    );
    page.texts(".error-summary li")
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

#[tokio::test]
async fn a_file_is_checked_previewed_and_imported_in_one_go() {
    let (app, organizer, cohort) = setup(40).await;
    let uploaded = upload(&organizer, cohort, roster_file(30)).await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    let preview_url = uploaded.location.unwrap();
    let preview = organizer.get(&preview_url).await;
    assert_eq!(preview.text("h1"), "Check the import");
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
    assert_eq!(
        done.location.as_deref(),
        Some(format!("/cohorts/{cohort}/trainees").as_str())
    );
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
async fn excel_files_from_russian_locales_are_understood() {
    let (app, organizer, cohort) = setup(10).await;
    let file = "\u{feff}Фамилия;family_name;given_name;gender;country;email\r\n\
                x;Ivanova;Olga;ж;Россия;o.ivanova@example.ru\r\n\
                y;Wang;Fang;女;中国;\r\n";
    let uploaded = upload(&organizer, cohort, file).await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    let preview = organizer.get(&uploaded.location.unwrap()).await;
    assert_eq!(
        preview.texts(".notice li"),
        ["The column “фамилия” is not known and was ignored."],
        "an unknown column is a warning"
    );
    let rows = preview.texts("table.preview tbody tr");
    assert!(
        rows[0].contains("Ivanova Olga") && rows[0].contains("Russia"),
        "{rows:?}"
    );
    assert!(rows[1].contains("China"), "{rows:?}");
    assert!(app.roster(cohort).is_empty());
}

#[tokio::test]
async fn each_broken_file_is_refused_with_its_reason_and_changes_nothing() {
    let (app, organizer, cohort) = setup(40).await;
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"PK\x03\x04\x14\x00\x06\x00 an Excel workbook".to_vec(),
            "This is an Excel workbook, not a CSV file.",
        ),
        (
            vec![0x46, 0x61, 0x6d, 0xff, 0xfe, 0x0a],
            "The file is not UTF-8 text.",
        ),
        (Vec::new(), "The file is empty."),
        (
            format!("{ROSTER_HEADER}\n").into_bytes(),
            "The file has a header but no rows.",
        ),
        (
            b"family_name,given_name,country\nAsanov,Azamat,KG\n".to_vec(),
            "The column “gender” is missing.",
        ),
        (
            b"<html><body>not a csv</body></html>".to_vec(),
            "The column “family_name” is missing.",
        ),
    ];
    for (bytes, reason) in cases {
        let errors = refused(&app, &organizer, cohort, bytes).await;
        assert!(
            errors.iter().any(|e| e.starts_with(reason)),
            "{reason:?} not in {errors:?}"
        );
    }
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
    let errors = refused(&app, &organizer, cohort, file).await;
    assert_eq!(
        errors,
        [
            "row 3, column country: “Atlantis” is not a known country; use its two-letter ISO code (KZ) or its name.",
            "row 4, column email: Enter an e-mail address such as name@example.org.",
            "row 5, column passport_expiry: “31.02.2025” is not a date; write it as YYYY-MM-DD, e.g. 2023-06-15.",
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
    let errors = refused(&app, &organizer, cohort, roster_file(21)).await;
    assert_eq!(
        errors,
        ["Not enough places: 0 of 20 are taken and 20 left."]
    );

    let first = upload(&organizer, cohort, roster_file(2))
        .await
        .location
        .unwrap();
    assert_eq!(organizer.submit(&first, &first, &[]).await.status, 303);
    let errors = refused(&app, &organizer, cohort, roster_file(3)).await;
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
async fn a_file_over_5_mb_is_refused_without_reading_it_all() {
    let (app, organizer, cohort) = setup(10).await;
    let mut big = roster_file(1).into_bytes();
    big.resize(6 * 1024 * 1024, b' ');
    let errors = refused(&app, &organizer, cohort, big).await;
    assert_eq!(
        errors,
        ["The file is larger than 5 MB; split it into smaller files."]
    );
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
    assert!(
        export.body.starts_with('\u{feff}'),
        "a byte-order mark for Excel"
    );
    let lines: Vec<&str> = export.body.lines().collect();
    assert_eq!(lines.len(), 71);
    assert!(lines[0].contains("passport_number"));
    assert!(export.body.contains("Нурпеисов Нурлан") || export.body.contains("Нурпеисов"));

    let copy = app.empty_cohort("2025 copy of the Qingdao roster", 90);
    let page = format!("/cohorts/{copy}/trainees/import");
    let preview = organizer
        .upload(&page, &page, "roster.csv", export.body.clone().into_bytes())
        .await
        .location
        .expect("the export is accepted as an import");
    assert!(
        organizer
            .get(&preview)
            .await
            .text("main")
            .contains("0 of them new"),
        "the same people"
    );
    assert_eq!(organizer.submit(&preview, &preview, &[]).await.status, 303);
    let again = organizer
        .get(&format!("/cohorts/{copy}/trainees.csv?passport=1"))
        .await;
    assert_eq!(again.body, export.body, "a round trip changes nothing");
}

#[tokio::test]
async fn passport_columns_leave_only_when_an_organizer_asks_for_them() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let plain = organizer.get("/cohorts/1/trainees.csv").await;
    assert!(!plain.body.lines().next().unwrap().contains("passport"));
    let passport = app.roster(CohortId(1))[0]
        .trainee
        .passport_number
        .clone()
        .unwrap();
    assert!(!plain.body.contains(&passport));
    let coordinator = app.coordinator().await;
    assert_eq!(coordinator.get("/cohorts/1/trainees.csv").await.status, 200);
    assert_eq!(
        coordinator
            .get("/cohorts/1/trainees.csv?passport=1")
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn the_template_has_every_column() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let template = organizer
        .get("/cohorts/1/trainees/import/template.csv")
        .await;
    assert_eq!(template.status, 200);
    let header = template
        .body
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap()
        .to_owned();
    for column in cohortdesk::domain::trainee::COLUMNS {
        assert!(header.split(',').any(|c| c == column), "{column}");
    }
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
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "5 trainees imported."
    );
    drop(db);
}
