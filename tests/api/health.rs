use std::time::Duration;

use cohortdesk::db::{DatabaseUrl, DbConnection, Manager};
use cohortdesk::domain::ids::SessionId;
use cohortdesk::models::attendance::AttendanceMark;
use cohortdesk::models::outbox::OutboxMessage;
use cohortdesk::models::setting::Setting;
use diesel::connection::SimpleConnection;

use crate::helpers::{TestApp, TestDb, with_field};

#[tokio::test]
async fn health_reads_writes_a_heartbeat_and_reports_the_outbox() {
    let app = TestApp::with_demo().await;
    let page = app.visitor().get("/health").await;
    assert_eq!((page.status, page.body.as_str()), (200, "ok"));
    assert_eq!(page.headers["cache-control"], "no-store");
    let heartbeat = app.with_conn(|conn| Setting::get(conn, "heartbeat").unwrap());
    assert!(
        heartbeat.is_some_and(|at| at.starts_with("2023-06-16T01:30")),
        "written at the test clock"
    );

    let organizer = app.organizer().await;
    let send = "/cohorts/1/itineraries";
    organizer.submit(send, send, &[("to", "all")]).await;
    let verbose = app.visitor().get("/health?verbose").await;
    assert_eq!(verbose.status, 200);
    let health: serde_json::Value = serde_json::from_str(&verbose.body).unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(
        (&health["read"], &health["write"]),
        (&serde_json::Value::Null, &serde_json::Value::Null)
    );
    let queued = app.with_conn(|conn| OutboxMessage::lines(conn, None, None, 1000).unwrap().len());
    assert!(queued > 0);
    assert_eq!(health["outbox"]["waiting"], queued);
    assert_eq!(health["outbox"]["failed"], 0);
    assert_eq!(
        health["outbox"]["oldest_due_seconds"], 0,
        "queued at this very moment"
    );
}

#[tokio::test]
async fn health_answers_503_when_the_database_is_not_reachable() {
    let app = TestApp::spawn().await;
    let mut state = app.state.clone();
    let missing = DatabaseUrl::parse("sqlite:///nonexistent-folder/for/cohortdesk.db").unwrap();
    state.pool = diesel::r2d2::Pool::builder()
        .connection_timeout(Duration::from_millis(500))
        .build_unchecked(Manager(missing));
    let (db, _) = TestDb::create();
    let broken = TestApp::serve(state, tempfile::tempdir().unwrap(), db);
    let page = broken.visitor().get("/health").await;
    assert_eq!(page.status, 503);
    assert!(
        page.body.starts_with("database read failed: "),
        "{}",
        page.body
    );
    assert_eq!(page.headers["retry-after"], "5");
    let verbose = broken.visitor().get("/health?verbose").await;
    let health: serde_json::Value = serde_json::from_str(&verbose.body).unwrap();
    assert_eq!(
        (verbose.status, &health["status"]),
        (503, &serde_json::json!("unavailable"))
    );
}

/// Another connection holding the write lock of the tables a roll call and the heartbeat write (SQLite:
/// the whole database), until dropped.
fn hold_write_lock(app: &TestApp) -> DbConnection {
    let mut conn = app.state.settings.database.connect().unwrap();
    let lock = match conn {
        DbConnection::Sqlite(_) => "BEGIN EXCLUSIVE",
        DbConnection::Postgres(_) => "BEGIN; LOCK TABLE attendance, settings IN EXCLUSIVE MODE",
    };
    conn.batch_execute(lock).unwrap();
    conn
}

#[tokio::test]
async fn a_held_lock_answers_503_and_the_roll_call_comes_back_with_every_mark() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let visit = "/cohorts/1/sessions/7/attendance";
    let page = organizer.get(&format!("{visit}?all=present")).await;
    let mut values = page.form_values();
    let first = values
        .iter()
        .find(|(n, _)| n == "trainee")
        .unwrap()
        .1
        .clone();
    values = with_field(&values, &format!("mark-{first}"), "late");

    let lock = hold_write_lock(&app);
    let busy = organizer.submit_values(visit, visit, &values).await;
    assert_eq!(busy.status, 503);
    assert_eq!(busy.headers["retry-after"], "5");
    assert!(
        busy.text(".error-summary").starts_with("Nothing was saved"),
        "{}",
        busy.text(".error-summary")
    );
    let kept = busy.attr(&format!("input[name=mark-{first}][checked]"), "value");
    assert_eq!(kept.as_deref(), Some("late"), "the typed marks are kept");
    let health = app.visitor().get("/health").await;
    assert_eq!(health.status, 503);
    assert!(
        health.body.starts_with("database write failed: "),
        "{}",
        health.body
    );
    let saved = |app: &TestApp| {
        app.with_conn(|conn| {
            AttendanceMark::for_session(conn, SessionId(7))
                .unwrap()
                .len()
        })
    };
    assert_eq!(saved(&app), 0);

    drop(lock);
    let again = organizer
        .submit_values(visit, visit, &busy.form_values())
        .await;
    assert_eq!(again.status, 303, "sent again once the lock is gone");
    assert_eq!(
        saved(&app),
        values.iter().filter(|(n, _)| n == "trainee").count()
    );
}

#[tokio::test]
async fn static_files_are_served_with_long_caching_and_unknown_ones_are_404() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    let login = visitor.get("/login").await;
    let css = login.attr("link[rel=stylesheet]", "href").unwrap();
    assert!(css.starts_with("/static/style.css?v="), "{css}");
    let page = visitor.get(&css).await;
    assert_eq!(page.status, 200);
    assert!(
        page.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(
        page.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(page.body.contains("--brand"));
    assert_eq!(visitor.get("/static/secret.txt").await.status, 404);
}
