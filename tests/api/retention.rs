//! Passport data leaves when it is no longer needed: 90 days after a trainee's last course, with a
//! countdown on the cohort page and an entry in the audit log.

use chrono::Days;
use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::retention::Retention;
use cohortdesk::models::cohort::Cohort;
use cohortdesk::services::retention::purge_expired;

use crate::helpers::{TestApp, test_now};

#[tokio::test]
async fn passport_data_is_erased_ninety_days_after_a_trainees_last_course() {
    let app = TestApp::with_demo().await;
    let qingdao = CohortId(1);
    let ends_on = app.with_conn(|conn| Cohort::find(conn, qingdao).unwrap().cohort.ends_on);
    let erase_on = ends_on.checked_add_days(Days::new(91)).unwrap();
    let days_left = (erase_on - test_now().date()).num_days();

    // Organizers see the countdown on the cohort page; coordinators do not.
    let organizer = app.organizer().await;
    let line = organizer
        .get("/cohorts/1")
        .await
        .text("#passport-retention");
    assert!(line.contains(&format!("(in {days_left} days)")), "{line}");
    assert!(line.contains("90 days after it ends"), "{line}");
    let coordinator = app.coordinator().await;
    assert!(
        coordinator
            .get("/cohorts/1")
            .await
            .texts("#passport-retention")
            .is_empty()
    );

    // Someone who comes back for a later course keeps their data until that course is over.
    let roster = app.roster(qingdao);
    let veteran = roster[0].trainee.clone();
    let later = app.empty_cohort("2025 autumn course — Xi'an", 40);
    app.enrol_again(&veteran, later);
    let holders = roster
        .iter()
        .filter(|e| e.trainee.sealed_passport.is_some())
        .count();

    let retention = Retention { days: 90 };
    let the_day_before = erase_on.pred_opt().unwrap().and_hms_opt(12, 0, 0).unwrap();
    let early = app.with_conn(|conn| {
        purge_expired(conn, retention, the_day_before.date(), the_day_before).unwrap()
    });
    assert!(
        early.by_cohort.iter().all(|(c, _)| *c != qingdao),
        "kept for the whole 90th day: {early:?}"
    );

    let at = erase_on.and_hms_opt(2, 0, 0).unwrap();
    let purged = app.with_conn(|conn| purge_expired(conn, retention, erase_on, at).unwrap());
    let in_qingdao = purged
        .by_cohort
        .iter()
        .find(|(c, _)| *c == qingdao)
        .map(|(_, n)| *n);
    assert_eq!(in_qingdao, Some(holders - 1));
    for entry in app.roster(qingdao) {
        let kept = entry.trainee.id == veteran.id;
        assert_eq!(
            app.passport(&entry.trainee).is_some(),
            kept,
            "{}",
            entry.trainee.id
        );
        assert_eq!(entry.trainee.passport_expiry.is_some(), kept);
    }
    let again = app.with_conn(|conn| purge_expired(conn, retention, erase_on, at).unwrap());
    assert_eq!(again.trainees, 0, "nothing left to erase");

    let profile = organizer
        .get(&format!("/cohorts/1/trainees/{}", roster[1].trainee.id))
        .await;
    assert_eq!(profile.text("dd.passport"), "—");
    let log = organizer.get("/audit?action=security").await;
    let rows = log.texts("table.audit tbody tr");
    let erased = rows
        .iter()
        .find(|r| r.contains("Passport data erased") && r.contains("Qingdao"))
        .unwrap_or_else(|| panic!("{rows:#?}"));
    let expected = format!("Trainees whose passport data was erased: {}", holders - 1);
    assert!(erased.contains(&expected), "{erased}");
}
