//! Self check-in: the screen's changing code, a trainee's phone checking in with a badge code, and every
//! refusal (old, forged or future codes, another session, a second scan, guessing).

use chrono::Duration;
use cohortdesk::domain::attendance::{Mark, Method};
use cohortdesk::domain::ids::{CohortId, SessionId};
use cohortdesk::models::attendance::AttendanceMark;
use cohortdesk::models::session::Session;
use cohortdesk::services::attendance;

use crate::helpers::{TestApp, Visitor, test_now};
use cohortdesk::web::throttle::BROWSER;

/// The demo's site visit to Zhujiagou village, 08:30–12:00 on the test clock's day; the clock reads 09:30.
const VISIT: SessionId = SessionId(7);

fn code(app: &TestApp, session: SessionId, minutes_ago: i64) -> String {
    app.state
        .checkin_key
        .code(session, test_now() - Duration::minutes(minutes_ago))
}

/// The badge code and name of the `n`th trainee of the demo cohort, in roster order.
fn badge(app: &TestApp, n: usize) -> (String, String) {
    let entry = &app.roster(CohortId(1))[n];
    (
        app.state.checkin_key.badge_code(entry.enrollment.id),
        entry.trainee.passport_name(),
    )
}

/// Sets the demo cohort's check-in window: open until `closes` minutes after the start, late after `late`.
async fn window(organizer: &Visitor, closes: &str, late: &str) {
    let saved = organizer
        .submit(
            "/cohorts/1/attendance",
            "/cohorts/1/attendance/rules",
            &[
                ("completion_threshold", "80"),
                ("checkin_opens_before", "15"),
                ("checkin_closes_after", closes),
                ("late_after", late),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
}

fn marks(app: &TestApp) -> Vec<AttendanceMark> {
    app.with_conn(|conn| AttendanceMark::for_session(conn, VISIT).unwrap())
        .into_iter()
        .map(|m| m.mark)
        .collect()
}

#[tokio::test]
async fn the_screen_shows_a_code_that_changes_and_counts_who_checked_in() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let screen = organizer.get("/cohorts/1/sessions/7/checkin").await;
    assert_eq!(screen.status, 200);
    assert!(screen.body.contains("<svg"), "a QR code");
    let link = screen.text(".checkin-link");
    let code = link.rsplit('/').next().unwrap();
    assert_eq!(
        app.state.checkin_key.verify(code, test_now()),
        Ok(VISIT),
        "the QR code's link carries a code for this session"
    );
    let refresh: i64 = screen
        .attr("#checkin-screen", "data-refresh")
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (1..=30).contains(&refresh),
        "read again when the code changes"
    );
    assert_eq!(
        screen.attr("meta[http-equiv=refresh]", "content"),
        None,
        "no reload under the people looking at it"
    );
    let script = screen
        .attr("script[src^='/static/checkin.js']", "src")
        .unwrap();
    let served = organizer.get(&script).await;
    assert_eq!(served.status, 200);
    assert!(
        served.body.contains("checkin-screen"),
        "the script that follows the code"
    );
    assert_eq!(
        screen.attr("#checked-in", "aria-live").as_deref(),
        Some("polite")
    );
    assert_eq!(
        screen
            .attr(".checkin-screen a[href$='/checkin']", "href")
            .as_deref(),
        Some("/cohorts/1/sessions/7/checkin"),
        "without the script, a link shows the new code"
    );
    assert_eq!(screen.text("#checked-in"), "0 checked in / 70");
}

#[tokio::test]
async fn a_trainee_checks_in_with_their_badge_code_and_the_phone_remembers_them() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    window(&organizer, "120", "10").await;
    let (badge_code, name) = badge(&app, 0);
    let phone = app.visitor();
    let path = format!("/checkin/{}", code(&app, VISIT, 0));

    let scanned = phone.get(&path).await;
    assert_eq!(scanned.status, 200);
    assert!(
        scanned
            .text(".lead")
            .contains("Site visit: Zhujiagou village")
    );
    let done = phone
        .submit(&path, &path, &[("badge_code", &badge_code.to_lowercase())])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let after = phone.get("/checkin").await;
    assert_eq!(
        after.text(".flash"),
        format!("{name}: checked in, late, at “Site visit: Zhujiagou village”.")
    );
    let stored = marks(&app);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].status, Mark::Late, "09:30 is after 08:40");
    assert_eq!(stored[0].method, Method::Qr);
    assert_eq!(stored[0].marked_by, None);

    // The phone remembers who checked in; a second scan is refused.
    let again = phone.get(&path).await;
    assert_eq!(
        again.text(".checkin-form p"),
        format!("Checking in as {name}.")
    );
    let refused = phone.submit(&path, &path, &[("badge_code", "")]).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text("#badge_code-error"),
        "You are already marked late (at 09:30)."
    );
    assert_eq!(marks(&app).len(), 1);

    // On time is present.
    window(&organizer, "120", "90").await;
    let (other_code, _) = badge(&app, 1);
    let phone = app.visitor();
    let done = phone
        .submit(&path, &path, &[("badge_code", &other_code)])
        .await;
    assert_eq!(done.status, 303);
    assert!(marks(&app).iter().any(|m| m.status == Mark::Present));
}

#[tokio::test]
async fn old_forged_and_future_codes_and_closed_windows_are_refused() {
    let app = TestApp::with_demo().await;
    let (badge_code, _) = badge(&app, 0);
    let phone = app.visitor();

    let old = phone
        .get(&format!("/checkin/{}", code(&app, VISIT, 3)))
        .await;
    assert_eq!(old.status, 410);
    assert_eq!(
        old.text(".error-summary"),
        "This code has expired: scan the screen again."
    );
    let mut forged = code(&app, VISIT, 0);
    forged.pop();
    forged.push('x');
    let forged = phone.get(&format!("/checkin/{forged}")).await;
    assert_eq!(forged.status, 404);
    assert_eq!(
        forged.text(".error-summary"),
        "This is not a check-in code of this course."
    );

    // With the default window (08:15–09:00), the 08:30 visit closed half an hour ago.
    let path = format!("/checkin/{}", code(&app, VISIT, 0));
    let closed = phone
        .submit(&path, &path, &[("badge_code", &badge_code)])
        .await;
    assert_eq!(closed.status, 422);
    assert_eq!(
        closed.text("#badge_code-error"),
        "Check-in for this session closed at 09:00; ask an organizer to mark you."
    );
    // Tomorrow's first session has not opened.
    let tomorrow = app.with_conn(|conn| {
        Session::for_cohort(conn, CohortId(1))
            .unwrap()
            .into_iter()
            .find(|s| s.kind.takes_attendance() && s.starts_at > test_now() + Duration::hours(20))
            .unwrap()
    });
    let path = format!("/checkin/{}", code(&app, tomorrow.id, 0));
    let future = phone
        .submit(&path, &path, &[("badge_code", &badge_code)])
        .await;
    assert_eq!(future.status, 422);
    assert!(
        future
            .text("#badge_code-error")
            .starts_with("Check-in for this session opens at "),
        "{}",
        future.text("#badge_code-error")
    );
    assert!(marks(&app).is_empty(), "nothing saved");
}

#[tokio::test]
async fn a_trainee_not_expected_at_the_session_is_refused() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    window(&organizer, "120", "10").await;
    // The visit is narrowed to the first delegation listed on its form.
    let edit = "/cohorts/1/sessions/7/edit";
    let form = organizer.get(edit).await;
    let delegation = form
        .attr("input[name=delegations]", "value")
        .expect("delegations to choose from");
    let mut values = form.form_values();
    values.push(("delegations".into(), delegation));
    values.push(("accept_warnings".into(), "1".into()));
    let saved = organizer
        .submit_values(edit, "/cohorts/1/sessions/7", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let expected = app.with_conn(|conn| {
        let visit = Session::find(conn, CohortId(1), VISIT).unwrap();
        attendance::expected_at(conn, CohortId(1), &visit).unwrap()
    });
    let outsider = (0..70)
        .find(|n| {
            let id = app.roster(CohortId(1))[*n].trainee.id;
            !expected.iter().any(|l| l.trainee_id == id)
        })
        .expect("someone of another delegation");
    let (badge_code, _) = badge(&app, outsider);
    let phone = app.visitor();
    let path = format!("/checkin/{}", code(&app, VISIT, 0));
    let refused = phone
        .submit(&path, &path, &[("badge_code", &badge_code)])
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text("#badge_code-error"),
        "You are not expected at “Site visit: Zhujiagou village”: this code is for another session."
    );
    assert!(marks(&app).is_empty());
}

#[tokio::test]
async fn a_phone_guessing_badge_codes_is_slowed_down_and_the_rest_of_the_hotel_is_not() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    window(&organizer, "120", "10").await;
    let phone = app.visitor();
    let path = format!("/checkin/{}", code(&app, VISIT, 0));
    for _ in 0..=BROWSER.free {
        let wrong = phone
            .submit(&path, &path, &[("badge_code", "ZZZZZZ")])
            .await;
        assert_eq!(wrong.status, 422);
        assert_eq!(
            wrong.text("#badge_code-error"),
            "This check-in code belongs to nobody in this course; check your badge."
        );
    }
    let (badge_code, _) = badge(&app, 0);
    let stopped = phone
        .submit(&path, &path, &[("badge_code", &badge_code)])
        .await;
    assert_eq!(stopped.status, 429);
    assert!(marks(&app).is_empty());

    // Another phone on the same hotel Wi-Fi checks in at once.
    let neighbour = app.visitor();
    let (their_code, _) = badge(&app, 1);
    let done = neighbour
        .submit(&path, &path, &[("badge_code", &their_code)])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(marks(&app).len(), 1);
}

#[tokio::test]
async fn the_trainee_page_shows_the_badge_code() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let (badge_code, _) = badge(&app, 0);
    let id = app.roster(CohortId(1))[0].trainee.id;
    let page = coordinator.get(&format!("/cohorts/1/trainees/{id}")).await;
    assert_eq!(page.text(".badge-code"), badge_code);
}

#[tokio::test]
async fn revoking_a_personal_link_forgets_the_phones_it_told() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    window(&organizer, "120", "10").await;
    let entry = app.roster(CohortId(1))[2].clone();
    let name = entry.trainee.passport_name();
    let link = crate::itinerary::issue_link(&organizer, &entry).await;
    let phone = app.visitor();
    assert_eq!(phone.get(&link).await.status, 200);
    let path = format!("/checkin/{}", code(&app, VISIT, 0));
    assert_eq!(
        phone.get(&path).await.text(".checkin-form p"),
        format!("Checking in as {name}."),
        "the personal link told the phone who it is"
    );
    let after = phone.get("/checkin").await;
    assert_eq!(
        after.attr("a.button", "href"),
        Some(link.clone()),
        "after checking in, the phone finds its way back to the programme"
    );
    assert_eq!(
        after.text("#duty-today p"),
        "Liu Yang 刘洋 · +86 532 8590 1234",
        "and today's duty contact"
    );

    let revoked = organizer
        .submit(
            &format!("/cohorts/1/trainees/{}", entry.trainee.id),
            &format!("/cohorts/1/trainees/{}/link/revoke", entry.trainee.id),
            &[],
        )
        .await;
    assert_eq!(revoked.status, 303);
    let refused = phone.submit(&path, &path, &[("badge_code", "")]).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.text("#badge_code-error").contains("revoked"),
        "{}",
        refused.text("#badge_code-error")
    );
    assert!(marks(&app).is_empty(), "nobody checked in");
    assert!(
        !phone.get(&path).await.body.contains("Checking in as"),
        "the phone is forgotten"
    );
    assert_eq!(phone.get("/checkin").await.attr("a.button", "href"), None);
    let (badge_code, _) = badge(&app, 2);
    let done = phone
        .submit(&path, &path, &[("badge_code", &badge_code)])
        .await;
    assert_eq!(done.status, 303, "the badge code still works");
}
