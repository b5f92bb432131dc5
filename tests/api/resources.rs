//! The shared venues, speakers and interpreters, and each cohort's buses.

use cohortdesk::domain::ids::CohortId;

use crate::helpers::TestApp;

#[tokio::test]
async fn an_organizer_adds_a_venue_and_corrects_it() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let refused = organizer
        .submit(
            "/venues/new",
            "/venues",
            &[
                ("name", "Yangling demonstration farm"),
                ("address", "Yangling District, Xianyang"),
                ("kind", "farm"),
                ("capacity", "0"),
                ("map_link", "maps/yangling"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.field_error("capacity"),
        "Enter a number from 1 to 10,000."
    );
    assert_eq!(
        refused.field_error("map_link"),
        "Enter an address starting with https://."
    );
    assert_eq!(
        refused.attr("#name", "value").as_deref(),
        Some("Yangling demonstration farm"),
        "the input is kept"
    );

    let saved = organizer
        .submit(
            "/venues/new",
            "/venues",
            &[
                ("name", "Yangling demonstration farm"),
                ("address", "Yangling District, Xianyang"),
                ("kind", "farm"),
                ("capacity", "80"),
                ("map_link", "https://example.org/maps/yangling"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let venue = organizer.get(saved.location.as_deref().unwrap()).await;
    assert_eq!(venue.text("h1"), "Yangling demonstration farm");
    assert!(venue.text("main").contains("Yangling District, Xianyang"));
    assert_eq!(
        venue
            .attr("a[href^='https://example.org']", "href")
            .as_deref(),
        Some("https://example.org/maps/yangling")
    );
    let list = organizer.get("/venues").await;
    assert!(list.text("main").contains("Yangling demonstration farm"));
}

#[tokio::test]
async fn speakers_and_interpreters_are_kept_with_their_languages() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let speaker = organizer
        .submit(
            "/speakers/new",
            "/speakers",
            &[
                ("name", "Dr. Asel Nurlanovna"),
                ("title", "Senior researcher"),
                ("organization", "Kazakh Research Institute of Agriculture"),
                ("email", "not an address"),
                ("phone", ""),
                ("languages", "ru"),
                ("languages", "kk"),
            ],
        )
        .await;
    assert_eq!(speaker.status, 422);
    assert_eq!(
        speaker.field_error("email"),
        "Enter an e-mail address such as name@example.org."
    );
    assert_eq!(
        speaker
            .attr("input[name=languages][value=kk]", "checked")
            .as_deref(),
        Some(""),
        "the ticked languages stay ticked"
    );

    let interpreter = organizer
        .submit(
            "/interpreters/new",
            "/interpreters",
            &[
                ("name", "Aibek Sadykov"),
                ("language_pairs", "zh-ky"),
                ("language_pairs", "ky-zh"),
                ("contact", "+996 555 000 111"),
            ],
        )
        .await;
    assert_eq!(interpreter.status, 303, "{}", interpreter.body);
    let shown = organizer
        .get(interpreter.location.as_deref().unwrap())
        .await;
    assert!(
        shown.text("main").contains("Chinese → Kyrgyz"),
        "{}",
        shown.text("main")
    );
    assert!(shown.text("main").contains("+996 555 000 111"));
}

#[tokio::test]
async fn a_shared_bus_serves_every_cohort_and_a_cohorts_own_only_that_one() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let own = organizer
        .submit(
            "/cohorts/2/vehicles/new",
            "/cohorts/2/vehicles",
            &[
                ("name", "Xi'an coach"),
                ("seats", "49"),
                ("driver_contact", ""),
            ],
        )
        .await;
    assert_eq!(own.status, 303, "{}", own.body);
    let shared = organizer
        .submit(
            "/cohorts/2/vehicles/new",
            "/cohorts/2/vehicles",
            &[
                ("name", "Provincial minibus"),
                ("seats", "19"),
                ("driver_contact", "Mr. Ma"),
                ("shared", "1"),
            ],
        )
        .await;
    assert_eq!(shared.status, 303);
    let here = organizer.get("/cohorts/2/vehicles").await.text("main");
    assert!(
        here.contains("Xi'an coach") && here.contains("Provincial minibus"),
        "{here}"
    );
    let elsewhere = organizer.get("/cohorts/4/vehicles").await.text("main");
    assert!(elsewhere.contains("Provincial minibus"), "{elsewhere}");
    assert!(!elsewhere.contains("Xi'an coach"), "{elsewhere}");
    let form = organizer
        .get(&format!("/cohorts/{}/sessions/new", CohortId(4)))
        .await;
    assert!(form.text("form").contains("Provincial minibus (19 seats)"));
}
