//! Bus headcounts on a site visit: ticking trainees aboard, who is missing, and refusals.

use cohortdesk::domain::attendance::{Mark, Method};
use cohortdesk::domain::ids::{CohortId, SessionId};
use cohortdesk::models::attendance::AttendanceMark;

use crate::helpers::{Page, TestApp, Visitor};
use crate::sessions::add_bus;

/// The demo's site visit to Zhujiagou village, with Bus 1 and Bus 2, for all 70 trainees.
const PAGE: &str = "/cohorts/1/sessions/7/boarding";

/// The ids of the buses offered on the page.
fn buses(page: &Page) -> Vec<String> {
    page.html()
        .select(&scraper::Selector::parse("nav.vehicles a").unwrap())
        .filter_map(|a| a.value().attr("href"))
        .map(|href| href.rsplit('=').next().unwrap().to_owned())
        .collect()
}

async fn tick(organizer: &Visitor, leg: &str, trainee: &str, vehicle: &str) -> Page {
    organizer
        .submit(
            PAGE,
            PAGE,
            &[("leg", leg), ("trainee", trainee), ("vehicle", vehicle)],
        )
        .await
}

fn trainee(app: &TestApp, n: usize) -> String {
    app.roster(CohortId(1))[n].trainee.id.to_string()
}

#[tokio::test]
async fn staff_tick_trainees_aboard_and_see_who_is_missing() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get(PAGE).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text("#missing .big-count"), "70 missing");
    let buses = buses(&page);
    assert_eq!(buses.len(), 2, "Bus 1 and Bus 2");

    let first = trainee(&app, 0);
    let boarded = tick(&organizer, "out", &first, &buses[0]).await;
    assert_eq!(boarded.status, 303);
    assert!(
        boarded
            .location
            .as_deref()
            .unwrap()
            .ends_with(&format!("vehicle={}#trainee-{first}", buses[0]))
    );
    let after = organizer.get(PAGE).await;
    assert_eq!(after.text("#missing .big-count"), "69 missing");
    assert!(
        after.texts("nav.vehicles a")[0].ends_with("· 1/45"),
        "{:?}",
        after.texts("nav.vehicles a")
    );
    assert!(
        after.texts(".missing-names li").is_empty(),
        "names only once few are missing"
    );
    let marks = app.with_conn(|conn| AttendanceMark::for_session(conn, SessionId(7)).unwrap());
    assert_eq!(marks.len(), 1, "boarding on the way out marks present");
    assert_eq!(marks[0].mark.status, Mark::Present);
    assert_eq!(marks[0].mark.method, Method::Bus);

    // Coming back is counted apart, and marks nothing.
    let back = organizer.get(&format!("{PAGE}?leg=back")).await;
    assert_eq!(back.text("#missing .big-count"), "70 missing");
    assert_eq!(
        tick(&organizer, "back", &first, &buses[1]).await.status,
        303
    );
    let back = organizer.get(&format!("{PAGE}?leg=back")).await;
    assert_eq!(back.text("#missing .big-count"), "69 missing");

    // Once few are missing, they are named.
    for n in 1..62 {
        assert_eq!(
            tick(&organizer, "out", &trainee(&app, n), &buses[n % 2])
                .await
                .status,
            303
        );
    }
    let nearly = organizer.get(PAGE).await;
    assert_eq!(nearly.text("#missing .big-count"), "8 missing");
    assert_eq!(nearly.texts(".missing-names li").len(), 8);

    // A tick taken back.
    assert_eq!(tick(&organizer, "out", &first, "").await.status, 303);
    assert_eq!(
        organizer.get(PAGE).await.text("#missing .big-count"),
        "9 missing"
    );
}

#[tokio::test]
async fn a_bus_not_on_the_visit_or_a_trainee_not_expected_is_refused() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let first = trainee(&app, 0);
    assert_eq!(
        add_bus(&organizer, CohortId(1), "Bus 3 (鲁B·3C217)", "30")
            .await
            .status,
        303
    );
    let other_bus = app.with_conn(|conn| {
        cohortdesk::models::vehicle::Vehicle::for_cohort(conn, CohortId(1))
            .unwrap()
            .into_iter()
            .map(|v| v.id)
            .max()
            .unwrap()
    });
    let buses = buses(&organizer.get(PAGE).await);
    assert!(!buses.contains(&other_bus.to_string()));
    let refused = tick(&organizer, "out", &first, &other_bus.to_string()).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text(".error-summary"),
        "That bus is not assigned to this site visit."
    );
    let stranger = app.with_conn(|conn| {
        cohortdesk::models::enrollment::Enrollment::trainee_ids(conn, CohortId(2)).unwrap()[0]
    });
    let refused = tick(&organizer, "out", &stranger.to_string(), &buses[0]).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text(".error-summary"),
        "Only trainees expected at this session can be marked."
    );
    assert_eq!(
        organizer.get(PAGE).await.text("#missing .big-count"),
        "70 missing",
        "nothing saved"
    );
}

#[tokio::test]
async fn only_site_visits_have_a_headcount_and_coordinators_only_read_it() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    assert_eq!(
        organizer.get("/cohorts/1/sessions/2/boarding").await.status,
        404,
        "a lecture has no bus"
    );
    let coordinator = app.coordinator().await;
    let page = coordinator.get(PAGE).await;
    assert_eq!(page.status, 200);
    assert!(page.texts(".boarding-list form").is_empty());
}
