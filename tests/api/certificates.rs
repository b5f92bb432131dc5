//! Certificates: issued when completions are confirmed, printed in Chinese and the trainee's language,
//! verified publicly by serial (and nothing more), revoked when a completion is taken back.

use cohortdesk::domain::ids::CohortId;
use cohortdesk::models::certificate::Certificate;

use crate::attendance::{finished_course, mark};
use crate::helpers::{TestApp, Visitor};
use crate::itinerary::issue_link_in;
use cohortdesk::web::throttle::VERIFY_ADDRESS;

/// A finished course whose first four trainees completed it and whose fifth did not; confirmed.
pub async fn confirmed(app: &TestApp, organizer: &Visitor) -> CohortId {
    let (cohort, sessions) = finished_course(app, organizer).await;
    for (day, session) in sessions.iter().enumerate() {
        let fifth = if day < 2 { "absent" } else { "present" };
        mark(
            organizer,
            cohort,
            *session,
            &["present", "present", "present", "present", fifth],
        )
        .await;
    }
    let page = format!("/cohorts/{cohort}/attendance");
    assert_eq!(
        organizer
            .submit(&page, &format!("{page}/complete"), &[])
            .await
            .status,
        303
    );
    cohort
}

fn serial(app: &TestApp, cohort: CohortId, n: usize) -> Option<Certificate> {
    let enrollment = app.roster(cohort)[n].enrollment.id;
    app.with_conn(|conn| Certificate::for_enrollment(conn, enrollment).unwrap())
}

#[tokio::test]
async fn completing_the_course_gives_a_certificate_anyone_can_verify() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let cohort = confirmed(&app, &organizer).await;
    let certificate = serial(&app, cohort, 0).expect("a certificate for who completed");
    assert!(
        certificate.serial.starts_with("2023-"),
        "{}",
        certificate.serial
    );
    assert!(serial(&app, cohort, 4).is_none(), "none for who did not");

    let entry = &app.roster(cohort)[0];
    let page = organizer
        .get(&format!(
            "/cohorts/{cohort}/trainees/{}/certificate",
            entry.trainee.id
        ))
        .await;
    assert_eq!(page.status, 200);
    let sides = page.texts(".certificate .side h1");
    assert_eq!(
        sides,
        ["结业证书", "Свидетельство об окончании курса"],
        "Chinese and the trainee's Russian"
    );
    assert!(page.text(".certificate").contains(&certificate.serial));
    assert!(
        page.body.contains("<svg"),
        "a QR code to the verification page"
    );
    assert!(
        page.text(".verify")
            .ends_with(&format!("/verify/{}", certificate.serial))
    );

    let path = format!(
        "/cohorts/{cohort}/trainees/{}/certificate",
        entry.trainee.id
    );
    // The course's name in each side's language, once it has one.
    let sides = page.texts(".certificate .side");
    assert!(
        sides[1].contains("2023 SCO Agricultural Mechanization Course — Xi'an"),
        "{sides:?}"
    );
    let grid = format!("/cohorts/{cohort}/translations");
    let named = organizer
        .submit(
            &grid,
            &grid,
            &[
                (
                    &format!("cohort:{cohort}:name-ru"),
                    "Курс ШОС по механизации сельского хозяйства 2023 — Сиань",
                ),
                (
                    &format!("cohort:{cohort}:name-zh"),
                    "2023年上合组织农业机械化培训班（西安）",
                ),
            ],
        )
        .await;
    assert_eq!(named.status, 303, "{}", named.body);
    let sides = organizer.get(&path).await.texts(".certificate .side");
    assert!(
        sides[0].contains("2023年上合组织农业机械化培训班（西安）"),
        "{sides:?}"
    );
    assert!(
        sides[1].contains("Курс ШОС по механизации сельского хозяйства 2023 — Сиань"),
        "{sides:?}"
    );
    assert_eq!(app.coordinator().await.get(&path).await.status, 200);
    let stranger = app.visitor();
    let refused = stranger.get(&path).await;
    assert_eq!(
        refused.status, 303,
        "the printable certificate is for staff"
    );
    assert!(refused.location.unwrap().starts_with("/login"));
    let verified = stranger
        .get(&format!("/verify/{}", certificate.serial))
        .await;
    assert_eq!(verified.status, 200);
    assert_eq!(verified.text("#verdict"), "This certificate is valid.");
    assert!(
        verified
            .text("#holder")
            .starts_with(&entry.trainee.passport_name())
    );
    let facts = verified.text("dl.facts");
    assert!(facts.contains("2023 SCO Agricultural Mechanization Course — Xi'an"));
    assert!(facts.contains("8–14 May 2023"), "{facts}");
    let passport = app.passport(&entry.trainee).unwrap();
    assert!(
        !verified.body.contains(&passport),
        "nothing beyond name, course, dates, serial"
    );
    assert!(!verified.body.contains("@example.org"));

    let unknown = stranger.get("/verify/2023-001-ZZZZZZ").await;
    assert_eq!(unknown.status, 404);
    assert_eq!(
        unknown.text("#verdict"),
        "No valid certificate has this serial number."
    );
}

#[tokio::test]
async fn a_completion_taken_back_revokes_the_certificate() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let cohort = confirmed(&app, &organizer).await;
    let first = serial(&app, cohort, 0).unwrap().serial;
    let sessions = app
        .with_conn(|conn| cohortdesk::models::session::Session::for_cohort(conn, cohort).unwrap());
    for session in &sessions[..2] {
        mark(&organizer, cohort, session.id, &["absent"]).await;
    }
    let page = format!("/cohorts/{cohort}/attendance");
    organizer
        .submit(&page, &format!("{page}/complete"), &[])
        .await;
    let stranger = app.visitor();
    assert_eq!(stranger.get(&format!("/verify/{first}")).await.status, 404);
    let trainee = app.roster(cohort)[0].trainee.id;
    assert_eq!(
        organizer
            .get(&format!("/cohorts/{cohort}/trainees/{trainee}/certificate"))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn guessing_serials_is_slowed_down_after_thirty_tries() {
    let app = TestApp::with_demo().await;
    let stranger = app.visitor();
    for n in 0..=VERIFY_ADDRESS.free {
        let page = stranger.get(&format!("/verify/2023-001-AAAA{n:02}")).await;
        assert_eq!(page.status, 404);
    }
    let stopped = stranger.get("/verify/2023-001-AAAAAA").await;
    assert_eq!(stopped.status, 429);
}

#[tokio::test]
async fn a_trainee_who_completed_finds_their_certificate_on_their_own_page() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let cohort = confirmed(&app, &organizer).await;
    let roster = app.roster(cohort);
    let phone = app.visitor();

    let completed = issue_link_in(&organizer, cohort, &roster[0]).await;
    let page = phone.get(&completed).await;
    let link = page
        .attr("a[href$='/certificate']", "href")
        .expect("a link to the certificate");
    assert_eq!(link, format!("{completed}/certificate"));
    let certificate = phone.get(&link).await;
    assert_eq!(certificate.status, 200);
    let serial = serial(&app, cohort, 0).unwrap().serial;
    assert!(certificate.text(".certificate").contains(&serial));
    assert!(
        certificate
            .text(".certificate")
            .contains(&roster[0].trainee.passport_name())
    );

    let not_completed = issue_link_in(&organizer, cohort, &roster[4]).await;
    let page = phone.get(&not_completed).await;
    assert_eq!(page.status, 200);
    assert!(page.attr("a[href$='/certificate']", "href").is_none());
    let none = phone.get(&format!("{not_completed}/certificate")).await;
    assert_eq!(none.status, 404, "no certificate, nothing to show");
    let wrong = phone
        .get("/my/00000000000000000000000000000000/certificate")
        .await;
    assert_eq!(wrong.status, 404);
}
