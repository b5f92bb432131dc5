//! The audit log: who changed what and when, with each field before and after — on the object's page
//! and in the organizers' log with its filters; passport numbers never appear whole; coordinators read
//! histories but not the log.

use cohortdesk::domain::ids::CohortId;

use crate::helpers::{TestApp, column, csv_rows, with_field};

#[tokio::test]
async fn an_edited_commitment_shows_who_changed_what_on_its_page_and_in_the_log() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let form = organizer.get("/commitments/1/edit").await;
    let values = with_field(&form.form_values(), "places", "1200");
    let saved = organizer
        .submit_values("/commitments/1/edit", "/commitments/1", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    let page = organizer.get("/commitments/1").await;
    let latest = page.text("#history tbody tr:first-child");
    assert!(latest.contains("Wang Fang"), "the demo organizer: {latest}");
    assert!(latest.contains("Changed · commitment"), "{latest}");
    assert!(latest.contains("Places: 1000 → 1200"), "{latest}");
    assert!(
        !latest.contains("Name:"),
        "unchanged fields are left out: {latest}"
    );

    let log = organizer
        .get("/audit?object=commitment&action=update")
        .await;
    assert_eq!(log.status, 200);
    let rows = log.texts("table.audit tbody tr");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].contains("SCO poverty-reduction training 2023–2025"));
    let created = organizer
        .get("/audit?object=commitment&action=create")
        .await;
    assert!(
        created.text("table.audit tbody").contains("System"),
        "the demo was loaded from the command line"
    );
}

#[tokio::test]
async fn passport_numbers_are_masked_in_the_history() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let entry = app
        .roster(CohortId(1))
        .into_iter()
        .find(|e| e.trainee.sealed_passport.is_some())
        .unwrap();
    let old = app.passport(&entry.trainee).unwrap();
    let profile = format!("/cohorts/1/trainees/{}", entry.trainee.id);
    let form = organizer.get(&format!("{profile}/edit")).await;
    let values = with_field(&form.form_values(), "passport_number", "Q98765432");
    let values = with_field(&values, "room", "808");
    let saved = organizer
        .submit_values(&format!("{profile}/edit"), &profile, &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    let page = organizer.get(&profile).await;
    let history = page.text("#history");
    let change = history
        .split("Changed · trainee Passport number: ")
        .nth(1)
        .unwrap_or_else(|| panic!("the change is listed: {history}"));
    let words: Vec<&str> = change.split_whitespace().take(3).collect();
    assert_eq!(words.get(1), Some(&"→"), "{change}");
    assert!(
        words[0].starts_with("••••#") && words[2].starts_with("••••#"),
        "{change}"
    );
    assert_ne!(
        words[0], words[2],
        "the marks tell the numbers apart: {change}"
    );
    assert!(
        !history.contains(&old) && !history.contains("Q98765432"),
        "{history}"
    );
    assert!(
        history.contains("Room:") && history.contains("808"),
        "{history}"
    );
    assert!(history.contains("Changed · enrollment") && history.contains("Changed · trainee"));
    let log = organizer.get("/audit?object=trainee").await;
    for text in [&page.text("#history"), &log.body] {
        assert!(
            !text.contains("Q98765432") && !text.contains(&old),
            "no whole passport number"
        );
    }
}

#[tokio::test]
async fn status_changes_roll_calls_and_new_sessions_are_logged() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let cohort = app.empty_cohort("Autumn course", 20);
    organizer.enrol(cohort, 2).await;
    let trainee = app.roster(cohort)[0].trainee.id;
    let profile = format!("/cohorts/{cohort}/trainees/{trainee}");
    let changed = organizer
        .submit(
            &profile,
            &format!("{profile}/status"),
            &[("status", "withdrawn")],
        )
        .await;
    assert_eq!(changed.status, 303, "{}", changed.body);
    let page = organizer.get(&profile).await;
    assert!(
        page.text("#history")
            .contains("Status: Confirmed → Withdrawn"),
        "{}",
        page.text("#history")
    );
    assert!(page.text("#history").contains("Created · trainee"));
    assert!(
        page.text("#history").contains("Country: Kyrgyzstan"),
        "countries by name, not code: {}",
        page.text("#history")
    );

    let visit = "/cohorts/1/sessions/7/attendance";
    let form = organizer.get(&format!("{visit}?all=present")).await;
    let first = form
        .form_values()
        .into_iter()
        .find(|(n, _)| n == "trainee")
        .unwrap()
        .1;
    let values = with_field(&form.form_values(), &format!("mark-{first}"), "absent");
    assert_eq!(
        organizer.submit_values(visit, visit, &values).await.status,
        303
    );
    let name = app
        .roster(CohortId(1))
        .into_iter()
        .find(|e| e.trainee.id.to_string() == first)
        .unwrap()
        .trainee
        .passport_name();
    let session = organizer.get("/cohorts/1/sessions/7").await;
    let history = session.text("#history");
    assert!(history.contains(&format!("{name}: Absent")), "{history}");
    assert!(history.contains("Changed · attendance"));

    let log = organizer
        .get(&format!("/audit?cohort={cohort}"))
        .await
        .texts("table.audit tbody tr");
    assert!(
        log.iter().any(|r| r.contains("Created · enrollment")),
        "{log:?}"
    );
    assert!(
        log.iter().all(|r| !r.contains("attendance")),
        "only that cohort: {log:?}"
    );

    // The file says what the page says: words, not stored codes, and the same moments (in UTC there,
    // marked on the page for the reader's clock).
    let (header, rows) = csv_rows(&organizer.get(&format!("/audit.csv?cohort={cohort}")).await);
    let (field, before, after, when) = (
        column(&header, "Field"),
        column(&header, "Before"),
        column(&header, "After"),
        column(&header, "When (UTC)"),
    );
    let status = rows
        .iter()
        .find(|r| r[field] == "Status" && r[before] == "Confirmed")
        .expect("the status change, in words");
    assert_eq!(status[after], "Withdrawn");
    assert!(
        rows.iter()
            .all(|r| r[after] != "withdrawn" && r[after] != "confirmed")
    );
    let page = organizer.get(&format!("/audit?cohort={cohort}")).await;
    let moment = page
        .attr("table.audit tbody tr time[data-instant]", "datetime")
        .unwrap();
    assert_eq!(moment, "2023-06-16T01:30:00Z");
    assert_eq!(&status[when][..16], "2023-06-16 01:30");
    assert!(
        page.text("table.audit tbody tr time")
            .ends_with("01:30 UTC"),
        "labelled UTC until the reader's clock is known"
    );
}

#[tokio::test]
async fn coordinators_read_histories_but_not_the_log() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let page = coordinator.get("/cohorts/1").await;
    assert_eq!(page.status, 200);
    assert!(page.text("#history h2").contains("History"));
    assert_eq!(coordinator.get("/audit").await.status, 403);
    let accounts = app.organizer().await.get("/audit?object=user").await;
    let text = accounts.text("table.audit tbody");
    assert!(text.contains("Created · account"));
    assert!(!text.contains("argon2"), "never a password hash");
}
