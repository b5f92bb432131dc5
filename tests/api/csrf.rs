use cohortdesk::domain::role::Scope;
use cohortdesk::models::commitment::Commitment;

use crate::helpers::{ORGANIZER_EMAIL, PASSWORD, TestApp};

fn commitment_fields<'a>() -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "SCO training 2026–2028"),
        ("places", "500"),
        ("starts_on", "2026-01-01"),
        ("ends_on", "2028-12-31"),
    ]
}

fn commitments(app: &TestApp) -> usize {
    app.with_conn(|conn| Commitment::list(conn, true, Scope::All).unwrap().len())
}

#[tokio::test]
async fn a_form_without_its_token_is_refused_and_changes_nothing() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let page = organizer
        .post_raw("/commitments", &commitment_fields())
        .await;
    assert_eq!(page.status, 403);
    assert_eq!(page.text("h1"), "Not allowed");
    assert_eq!(commitments(&app), 0);
}

#[tokio::test]
async fn a_form_with_a_wrong_token_is_refused_and_changes_nothing() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let mut fields = vec![(
        "csrf_token",
        "0000000000000000000000000000000000000000000000000000000000000000",
    )];
    fields.extend(commitment_fields());
    let page = organizer.post_raw("/commitments", &fields).await;
    assert_eq!(page.status, 403);
    assert_eq!(commitments(&app), 0);

    let accepted = organizer
        .submit("/commitments/new", "/commitments", &commitment_fields())
        .await;
    assert_eq!(
        accepted.status, 303,
        "the same form with the page's token is accepted"
    );
    assert_eq!(commitments(&app), 1);
}

#[tokio::test]
async fn another_browsers_token_does_not_work() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let attacker = app.visitor();
    let stolen = attacker.csrf_token("/login").await;
    let mut fields = vec![("csrf_token", stolen.as_str())];
    fields.extend(commitment_fields());
    assert_eq!(
        organizer.post_raw("/commitments", &fields).await.status,
        403
    );
    assert_eq!(commitments(&app), 0);
}

#[tokio::test]
async fn logging_in_needs_the_token_too() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    let page = visitor
        .post_raw(
            "/login",
            &[("email", ORGANIZER_EMAIL), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, 403);
    assert_eq!(visitor.get("/").await.status, 303, "not logged in");
}
