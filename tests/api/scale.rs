//! A generated year of history (`demo --scale 1`): its size, figures that agree with the rows behind
//! them, and the full enrollment export read back across several pages.

use std::collections::HashSet;

use cohortdesk::domain::trainee::EnrollmentStatus;
use cohortdesk::services::demo;
use serde_json::Value;

use crate::helpers::{TestApp, csv_rows, test_now};

#[tokio::test]
async fn a_generated_year_reports_what_its_rows_hold_and_exports_whole() {
    let app = TestApp::with_demo().await;
    let made = app.with_conn(|conn| {
        let organizer = demo::organizer(conn).unwrap();
        demo::scale::load(conn, 1, organizer, test_now(), &mut |_, _| {}).unwrap()
    });
    assert_eq!(
        (made.commitments, made.cohorts, made.sessions),
        (1, 70, 70 * 49)
    );
    assert!(made.trainees > 4_500 && made.trainees < 70 * 72, "{made:?}");
    assert!(
        made.marks > 50_000,
        "the year's first half has roll calls: {made:?}"
    );

    let cohorts = app.all_cohorts();
    let rosters: Vec<_> = cohorts.iter().map(|c| (c.id, app.roster(c.id))).collect();
    let enrollments: usize = rosters.iter().map(|(_, r)| r.len()).sum();
    let count = |status: EnrollmentStatus| -> i64 {
        rosters
            .iter()
            .filter(|(id, _)| id.0 > 4)
            .flat_map(|(_, r)| r.iter())
            .filter(|e| e.enrollment.status == status)
            .count() as i64
    };

    let coordinator = app.coordinator().await;
    let progress: Value =
        serde_json::from_str(&coordinator.get("/commitments/2/progress.json").await.body).unwrap();
    assert_eq!(progress["by_cohort"].as_array().unwrap().len(), 70);
    assert_eq!(progress["delivered"], count(EnrollmentStatus::Completed));
    assert_eq!(progress["in_progress"], count(EnrollmentStatus::Arrived));
    assert_eq!(progress["nominated"], count(EnrollmentStatus::Nominated));
    assert!(progress["delivered"].as_i64().unwrap() > 1_000);
    assert!(
        progress["in_progress"].as_i64().unwrap() > 0,
        "a course runs on the test's day"
    );
    assert!(
        progress["upcoming"].as_i64().unwrap() > 1_000,
        "the second half is to come"
    );
    let page = coordinator.get("/commitments/2/progress").await;
    assert_eq!(page.status, 200);
    assert!(
        !page
            .attr("svg.burn-up path.projection", "d")
            .unwrap()
            .is_empty()
    );

    coordinator
        .submit("/", "/language", &[("lang", "zh")])
        .await;
    let export = coordinator.get("/exports/enrollments.csv").await;
    assert!(
        export.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("enrollments.csv")
    );
    let (header, rows) = csv_rows(&export);
    assert_eq!(header[0], "报名编号");
    assert_eq!(
        rows.len(),
        enrollments,
        "every enrollment, across pages of 2,000"
    );
    let ids: HashSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids.len(), enrollments, "none twice");
    let completed = rows.iter().filter(|r| r[15] == "已结业").count() as i64;
    assert_eq!(
        completed,
        count(EnrollmentStatus::Completed)
            + rosters
                .iter()
                .filter(|(id, _)| id.0 <= 4)
                .flat_map(|(_, r)| r.iter())
                .filter(|e| e.enrollment.status == EnrollmentStatus::Completed)
                .count() as i64
    );

    // The same as a workbook, written row by row: every enrollment, the same ids, typed cells.
    let (status, workbook) = crate::files::bytes(&coordinator, "/exports/enrollments.xlsx").await;
    assert_eq!(status, 200);
    let (name, cells) = crate::files::sheet(&workbook);
    assert_eq!(name, "报名记录");
    assert_eq!(
        cells.len(),
        enrollments + 1,
        "the heading and every enrollment"
    );
    let workbook_ids: HashSet<String> = cells[1..]
        .iter()
        .map(|r| match r[0] {
            calamine::Data::Float(id) => (id as i64).to_string(),
            ref other => panic!("an id is a number, not {other:?}"),
        })
        .collect();
    assert_eq!(
        workbook_ids,
        ids.iter().map(|id| id.to_string()).collect::<HashSet<_>>()
    );
}
