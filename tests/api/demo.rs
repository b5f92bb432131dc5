use chrono::NaiveDate;
use cohortdesk::domain::cohort::CohortStatus;
use cohortdesk::models::allocation::Allocation;
use cohortdesk::models::commitment::Commitment;
use cohortdesk::models::user::User;
use cohortdesk::services::demo::{self, ACCOUNTS, Outcome, QINGDAO_2023};

use crate::helpers::{TestApp, test_now};

#[tokio::test]
async fn the_demo_holds_the_qingdao_2023_course_under_the_1000_place_commitment() {
    let app = TestApp::spawn().await;
    assert!(app.with_conn(|conn| demo::is_empty(conn).unwrap()));
    let outcome = app.with_conn(|conn| demo::load(conn, test_now(), false).unwrap());
    assert_eq!(outcome, Outcome::Loaded);
    assert!(!app.with_conn(|conn| demo::is_empty(conn).unwrap()));

    let commitments = app.with_conn(|conn| Commitment::list(conn, true).unwrap());
    assert_eq!(commitments.len(), 1);
    assert_eq!(commitments[0].places, 1000);

    let allocations =
        app.with_conn(|conn| Allocation::list_for_commitment(conn, commitments[0].id).unwrap());
    let qingdao = allocations
        .iter()
        .find(|a| a.host_city == "Qingdao")
        .unwrap();
    assert_eq!(qingdao.places, 200);
    let targets = app.with_conn(|conn| Allocation::targets(conn, &[qingdao.id]).unwrap());
    assert!(targets.iter().any(|t| t.year == 2023 && t.places == 70));

    let cohorts = app.all_cohorts();
    let course = cohorts.iter().find(|c| c.name == QINGDAO_2023).unwrap();
    assert_eq!(
        course.starts_on,
        NaiveDate::from_ymd_opt(2023, 6, 15).unwrap()
    );
    assert_eq!(
        course.ends_on,
        NaiveDate::from_ymd_opt(2023, 6, 21).unwrap()
    );
    assert_eq!(course.time_zone, "Asia/Shanghai");
    assert_eq!(course.capacity, 70);
    assert_eq!(course.allocation_id, qingdao.id);
    assert_eq!(course.status, CohortStatus::Completed);
    let cities: std::collections::BTreeSet<_> = cohorts.iter().map(|c| c.allocation_id).collect();
    assert!(cities.len() >= 3, "cohorts in other cities too");
    let years: std::collections::BTreeSet<_> = cohorts
        .iter()
        .map(|c| c.starts_on.format("%Y").to_string())
        .collect();
    assert!(years.len() >= 3, "and in other years");

    for account in &ACCOUNTS {
        let user = app
            .with_conn(|conn| User::find_by_email(conn, account.email).unwrap())
            .unwrap();
        assert_eq!(user.role, account.role);
        let login = app
            .visitor()
            .submit(
                "/login",
                "/login",
                &[("email", account.email), ("password", account.password)],
            )
            .await;
        assert_eq!(
            login.status, 303,
            "the printed demo login works for {}",
            account.email
        );
    }
}

#[tokio::test]
async fn the_demo_refuses_a_database_with_cohorts_unless_forced() {
    let app = TestApp::spawn().await;
    app.load_demo();
    let before = app.all_cohorts().len();
    assert_eq!(
        app.with_conn(|conn| demo::load(conn, test_now(), false).unwrap()),
        Outcome::NotEmpty
    );
    assert_eq!(app.all_cohorts().len(), before, "nothing added");

    assert_eq!(
        app.with_conn(|conn| demo::load(conn, test_now(), true).unwrap()),
        Outcome::Loaded
    );
    assert_eq!(app.all_cohorts().len(), before, "replaced, not doubled");
    assert_eq!(
        app.with_conn(|conn| Commitment::list(conn, true).unwrap().len()),
        1
    );
}

#[tokio::test]
async fn the_dashboard_shows_the_demo_commitment_and_its_cohorts() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let dashboard = coordinator.get("/").await;
    assert_eq!(dashboard.status, 200);
    assert_eq!(
        dashboard.text(".card.commitment h3"),
        "SCO poverty-reduction training 2023–2025"
    );
    assert!(dashboard.text(".card.commitment").contains("245 / 1,000"));
    assert!(
        dashboard
            .text(".card.commitment")
            .contains("470 places allocated to host cities")
    );
    let current = dashboard.texts("table.cohorts td[data-label='Name']");
    assert_eq!(
        current[0], QINGDAO_2023,
        "on 16 June 2023 the Qingdao course is running"
    );
}
