//! Copying a timetable into another cohort: a trial run first, then only what can be placed.

use chrono::{NaiveDate, NaiveDateTime};
use cohortdesk::domain::ids::CohortId;
use cohortdesk::models::group::CohortGroup;
use cohortdesk::models::session::Session;

use crate::helpers::TestApp;

const QINGDAO_2023: CohortId = CohortId(1);

fn sessions(app: &TestApp, cohort: CohortId) -> Vec<Session> {
    app.with_conn(|conn| Session::for_cohort(conn, cohort).unwrap())
}

#[tokio::test]
async fn a_timetable_is_copied_to_another_year_after_a_trial_run() {
    let app = TestApp::with_demo().await;
    // Thursday 12 June 2025, the same weekday as the source's first day, 728 days later.
    let target = app.cohort_at(
        "2025 SCO Poverty Reduction Training — Xi'an",
        70,
        NaiveDate::from_ymd_opt(2025, 6, 12).unwrap(),
        chrono_tz::Asia::Shanghai,
    );
    let organizer = app.organizer().await;
    let clone = format!("/cohorts/{target}/sessions/clone");
    let source_count = sessions(&app, QINGDAO_2023).len();

    let trial = organizer
        .submit(&clone, &clone, &[("source", "1"), ("shift", "")])
        .await;
    assert_eq!(trial.status, 200, "{}", trial.body);
    assert!(
        trial
            .text("main")
            .contains(&format!("{source_count} sessions can be placed.")),
        "{}",
        trial.text("main")
    );
    assert_eq!(trial.attr("#shift", "value").as_deref(), Some("728"));
    assert!(sessions(&app, target).is_empty(), "a trial saves nothing");
    assert!(
        app.with_conn(|conn| CohortGroup::for_cohort(conn, target).unwrap())
            .is_empty(),
        "not even the groups"
    );

    let done = organizer
        .submit(
            &clone,
            &clone,
            &[("source", "1"), ("shift", "728"), ("confirm", "1")],
        )
        .await;
    assert_eq!(done.status, 303);
    let copied = sessions(&app, target);
    assert_eq!(copied.len(), source_count);
    assert_eq!(
        copied[0].starts_at,
        NaiveDateTime::parse_from_str("2025-06-12 01:00", "%Y-%m-%d %H:%M").unwrap(),
        "the opening ceremony keeps its 09:00 on the new first day"
    );
    let timetable = organizer.get(&format!("/cohorts/{target}/sessions")).await;
    assert_eq!(
        timetable.text(".flash"),
        format!("{source_count} copied, 0 left out.")
    );
    let groups = organizer.get(&format!("/cohorts/{target}/groups")).await;
    assert_eq!(
        groups.texts(".card h2"),
        ["Group 1", "Group 2", "Group 3", "Group 4"]
    );
}

#[tokio::test]
async fn a_copy_onto_busy_dates_places_nothing_until_the_partial_result_is_confirmed() {
    let app = TestApp::with_demo().await;
    // The same week as the source: its speakers, interpreters and venues are busy.
    let target = app.cohort_at(
        "2023 SCO Poverty Reduction Training — Xi'an",
        30,
        NaiveDate::from_ymd_opt(2023, 6, 15).unwrap(),
        chrono_tz::Asia::Shanghai,
    );
    let organizer = app.organizer().await;
    let clone = format!("/cohorts/{target}/sessions/clone");

    let trial = organizer
        .submit(&clone, &clone, &[("source", "1"), ("shift", "0")])
        .await;
    assert_eq!(trial.status, 200);
    let refused = trial.texts(".problems li");
    assert!(
        refused.len() * 2 > sessions(&app, QINGDAO_2023).len(),
        "{refused:?}"
    );
    let keynote = refused
        .iter()
        .find(|r| r.starts_with("Keynote"))
        .expect("the keynote cannot be placed");
    assert!(
        keynote.contains("Prof. Wang Lei is already speaking in cohort “2023 SCO Poverty Reduction Training — Qingdao”"),
        "{keynote}"
    );
    let placed = trial.text("main");
    let button = trial.text("form.actions button");
    assert!(button.starts_with("Copy "), "{button}");
    assert!(
        sessions(&app, target).is_empty(),
        "nothing copied yet: {placed}"
    );

    let done = organizer
        .submit(
            &clone,
            &clone,
            &[("source", "1"), ("shift", "0"), ("confirm", "1")],
        )
        .await;
    assert_eq!(done.status, 303);
    let copied = sessions(&app, target);
    assert!(
        button.starts_with(&format!("Copy {} session", copied.len())),
        "the trial promised {button}"
    );
    let flash = organizer
        .get(&format!("/cohorts/{target}/sessions"))
        .await
        .text(".flash");
    assert_eq!(
        flash,
        format!("{} copied, {} left out.", copied.len(), refused.len())
    );
}

#[tokio::test]
async fn a_copy_needs_a_source_and_a_whole_number_of_days() {
    let app = TestApp::with_demo().await;
    let target = app.empty_cohort("2025 SCO Rural Governance Seminar — Xi'an", 30);
    let organizer = app.organizer().await;
    let clone = format!("/cohorts/{target}/sessions/clone");
    let refused = organizer
        .submit(&clone, &clone, &[("source", ""), ("shift", "2.5")])
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.field_error("source"), "Choose one of the options.");
    assert_eq!(
        refused.field_error("shift"),
        "Enter a whole number, such as 70."
    );
    assert_eq!(refused.attr("#shift", "value").as_deref(), Some("2.5"));
    assert!(sessions(&app, target).is_empty());
}
