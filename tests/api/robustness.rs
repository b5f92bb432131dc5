//! Whatever the outside sends — form bodies with any fields and any characters, bytes that are not text,
//! odd query strings, made-up check-in codes, `next` values, uploads of anything — the answer is a page
//! or a refusal, never a server error. The inputs are drawn by proptest (a fixed seed per run is not
//! needed: each failure prints the request that caused it).

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

use crate::helpers::{TestApp, Visitor};

/// How many random form bodies are sent.
const FORM_BODIES: usize = 10_000;

/// Every route that takes a POST from a logged-in organizer, with ids that exist in the demo.
const POSTS: [&str; 41] = [
    "/commitments",
    "/commitments/1",
    "/commitments/1/allocations",
    "/commitments/1/allocations/1",
    "/cohorts",
    "/cohorts/1",
    "/cohorts/1/trainees",
    "/cohorts/1/trainees/1",
    "/cohorts/1/trainees/1/status",
    "/cohorts/1/trainees/bulk",
    "/cohorts/1/complete",
    "/cohorts/1/delegations/1",
    "/cohorts/1/duty",
    "/cohorts/1/sessions",
    "/cohorts/1/sessions/1",
    "/cohorts/1/sessions/1/translations",
    "/cohorts/1/translations",
    "/cohorts/1/sessions/clone",
    "/cohorts/1/sessions/2/attendance",
    "/cohorts/1/sessions/2/attendance/bulk",
    "/cohorts/1/sessions/7/boarding",
    "/cohorts/1/attendance/rules",
    "/cohorts/1/groups",
    "/cohorts/1/groups/split",
    "/cohorts/1/groups/1",
    "/cohorts/1/vehicles",
    "/cohorts/1/vehicles/1",
    "/cohorts/1/itineraries",
    "/venues",
    "/venues/1",
    "/speakers",
    "/speakers/1",
    "/interpreters",
    "/interpreters/1",
    "/cohorts/1/attendance/complete",
    "/accounts/invite",
    "/accounts/2/role",
    "/outbox/retry-failed",
    "/account/password",
    "/api-tokens",
    "/language",
];

/// Field names: the forms' own, and anything else.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "name",
            "title",
            "email",
            "role",
            "language",
            "status",
            "starts_on",
            "ends_on",
            "starts_at",
            "ends_at",
            "day",
            "venue_id",
            "capacity",
            "places",
            "text",
            "marks",
            "mark-1",
            "note-1",
            "rule",
            "threshold",
            "late_after",
            "next",
            "lang",
            "audience",
            "to",
            "trainees",
            "scope",
            "confirm",
            "expected",
            "cohort",
            "delegation",
            "title-ru",
            "title-zh",
            "passport_number",
            "date_of_birth",
            "arrival",
            "current",
            "password",
            "password_confirm",
            "kind",
            "speaker_ids",
            "groups",
            "count",
        ])
        .prop_map(str::to_owned),
        "[a-z_\\-]{1,12}",
        "\\PC{0,12}",
    ]
}

/// Values: dates and numbers as people type them and as nobody does, every script, control
/// characters, very long text.
fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[0-9\\-:./ T]{0,25}",
        "-?[0-9]{1,25}",
        "[\\x00-\\x1f\\x7f]{0,5}",
        "[a-zА-я中文]{4000,5000}",
        Just(String::new()),
    ]
}

fn form() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((field_name(), field_value()), 0..10)
}

/// A query string's pairs: as `form`, without the very long values (an address has a length limit
/// before it reaches the app).
fn query() -> impl Strategy<Value = Vec<(String, String)>> {
    let value = prop_oneof!["\\PC{0,40}", "[0-9\\-:./ T]{0,25}", "-?[0-9]{1,25}"];
    prop::collection::vec((field_name(), value), 0..6)
}

/// Draws one value from `strategy`.
fn draw<S: Strategy>(runner: &mut TestRunner, strategy: &S) -> S::Value {
    strategy.new_tree(runner).expect("a value").current()
}

fn assert_no_server_error(status: u16, request: &str) {
    assert!(status < 500, "{status} for {request}");
}

async fn post_form(visitor: &Visitor, token: &str, path: &str, fields: &[(String, String)]) -> u16 {
    let mut body: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    body.push(("csrf_token", token));
    visitor.post_raw(path, &body).await.status
}

#[tokio::test]
async fn no_form_body_query_code_or_upload_makes_a_server_error() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let token = organizer.csrf_token("/").await;
    let mut runner = TestRunner::new(Config::default());

    // Form bodies of every shape to every form.
    let post = (prop::sample::select(POSTS.to_vec()), form());
    let mut refused_as_invalid = 0;
    for _ in 0..FORM_BODIES {
        let (path, fields) = draw(&mut runner, &post);
        let status = post_form(&organizer, &token, path, &fields).await;
        assert_no_server_error(status, &format!("POST {path} {fields:?}"));
        refused_as_invalid += usize::from(status == 422);
    }
    assert!(
        refused_as_invalid > FORM_BODIES / 3,
        "the bodies reach the forms (past the CSRF check): {refused_as_invalid} of {FORM_BODIES} refused by a form"
    );

    // Bodies that are not even text.
    let bytes = prop::collection::vec(any::<u8>(), 0..300);
    for _ in 0..50 {
        let (path, body) = (
            draw(&mut runner, &prop::sample::select(POSTS.to_vec())),
            draw(&mut runner, &bytes),
        );
        let status = organizer
            .client
            .post(format!("{}{path}", organizer.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.clone())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        assert_no_server_error(status, &format!("POST {path} bytes {body:?}"));
    }

    // Query strings on the pages that read them, check-in codes, and `next` after login.
    let pages = prop::sample::select(vec![
        "/cohorts/1/trainees",
        "/cohorts/1/sessions",
        "/cohorts/1/sessions/week",
        "/audit",
        "/outbox",
        "/cohorts/1/translations",
        "/progress",
        "/cohorts/1/report",
        "/login",
    ]);
    let anonymous = app.visitor();
    for _ in 0..150 {
        let (page, fields) = (draw(&mut runner, &pages), draw(&mut runner, &query()));
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&fields)
            .finish();
        let status = organizer.get(&format!("{page}?{query}")).await.status;
        assert_no_server_error(status, &format!("GET {page}?{query}"));
        let code: String = draw(&mut runner, &"\\PC{0,40}");
        let encoded = url::form_urlencoded::byte_serialize(code.as_bytes()).collect::<String>();
        let status = anonymous.get(&format!("/checkin/{encoded}")).await.status;
        assert_no_server_error(status, &format!("GET /checkin/{code:?}"));
    }

    // Anything uploaded as a roster or a translation file.
    let upload = prop::collection::vec(any::<u8>(), 0..2000);
    for page in [
        "/cohorts/1/trainees/import",
        "/cohorts/1/translations/upload",
    ] {
        for _ in 0..25 {
            let bytes = draw(&mut runner, &upload);
            let form_page = page.trim_end_matches("/upload");
            let status = organizer
                .upload(form_page, page, "file.csv", bytes.clone())
                .await
                .status;
            assert_no_server_error(status, &format!("upload to {page}: {bytes:?}"));
        }
    }
}
