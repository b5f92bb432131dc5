use std::time::Duration;

use cohortdesk::db::{DatabaseUrl, DbConnection, Manager};
use cohortdesk::domain::ids::SessionId;
use cohortdesk::models::attendance::AttendanceMark;
use cohortdesk::models::outbox::OutboxMessage;
use cohortdesk::models::setting::Setting;
use diesel::connection::SimpleConnection;

use crate::helpers::{TestApp, TestDb, Visitor, with_field};

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

/// Ends every connection to the test app's database, as a PostgreSQL restart does; with `allow` false,
/// new ones are refused until allowed again (an outage).
fn restart_postgres(app: &TestApp, allow: bool) {
    let TestDb::Postgres { admin_url, name } = &app.db else {
        panic!("run with TEST_DATABASE_URL=postgres://…");
    };
    change_database(admin_url, name, &format!("WITH ALLOW_CONNECTIONS {allow}"));
}

/// Runs `ALTER DATABASE {name} {change}` and ends every connection to it, so that new ones see the
/// change.
fn change_database(admin_url: &str, name: &str, change: &str) {
    let mut admin = DatabaseUrl::parse(admin_url).unwrap().connect().unwrap();
    admin
        .batch_execute(&format!(
            "ALTER DATABASE {name} {change}; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}';"
        ))
        .unwrap();
}

/// Asserts that each of `paths` answers `status`.
async fn all_answer(visitor: &Visitor, paths: &[&str], status: u16) {
    for path in paths {
        assert_eq!(visitor.get(path).await.status, status, "{path}");
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL: TEST_DATABASE_URL=postgres://…"]
async fn postgres_restarts_and_outages_answer_503_never_500_and_the_server_recovers_by_itself() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (page, action) = ("/cohorts/1/edit", "/cohorts/1");
    let form = organizer.get(page).await.form_values();
    let token = organizer.csrf_token(page).await;
    let send = |notes: &'static str| {
        let mut fields = vec![("csrf_token".to_owned(), token.clone())];
        fields.extend(with_field(&form, "notes", notes));
        let organizer = &organizer;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (&**n, &**v)).collect();
            organizer.post_raw(action, &fields).await
        }
    };

    // A restart: every pooled connection is dead; the next requests get fresh ones.
    restart_postgres(&app, true);
    all_answer(&organizer, &["/", "/cohorts/1", "/health"], 200).await;

    // An outage: 503 with Retry-After everywhere, for pages, forms and the health check.
    restart_postgres(&app, false);
    let saved = send("Sent while the database was away").await;
    assert_eq!(saved.status, 503, "{}", saved.body);
    assert_eq!(saved.headers["retry-after"], "5");
    all_answer(&organizer, &["/", "/health"], 503).await;

    // Back: it works again without a restart of cohortdesk.
    restart_postgres(&app, true);
    let saved = send("Sent once the database was back").await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let notes = organizer.get(page).await.form_values();
    assert!(notes.contains(&(
        "notes".to_owned(),
        "Sent once the database was back".to_owned()
    )));
}

#[tokio::test]
async fn a_database_that_became_read_only_answers_503_and_the_form_comes_back_kept() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (page, action) = ("/cohorts/1/edit", "/cohorts/1");
    let form = with_field(
        &organizer.get(page).await.form_values(),
        "notes",
        "Typed while the disk was read-only",
    );
    let token = organizer.csrf_token(page).await;
    // The same database, now read-only: a server reading an SQLite file on a disk remounted read-only,
    // or a PostgreSQL database switched to read-only transactions.
    let read_only = match &app.db {
        TestDb::Sqlite { _dir } => {
            let file = _dir.path().join("test.db");
            let url = DatabaseUrl::parse(&format!("file:{}?mode=ro", file.display())).unwrap();
            let mut state = app.state.clone();
            state.pool = diesel::r2d2::Pool::builder().build_unchecked(Manager(url));
            TestApp::serve(state, tempfile::tempdir().unwrap(), TestDb::create().0)
        }
        TestDb::Postgres { admin_url, name } => {
            change_database(admin_url, name, "SET default_transaction_read_only = on");
            app
        }
    };
    let organizer = Visitor {
        base: read_only.address.clone(),
        client: organizer.client,
    };
    let health = organizer.get("/health").await;
    assert_eq!(health.status, 503);
    assert!(
        health.body.starts_with("database write failed: "),
        "{}",
        health.body
    );

    let mut fields = vec![("csrf_token", token.as_str())];
    fields.extend(form.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let refused = organizer.post_raw(action, &fields).await;
    assert_eq!(refused.status, 503, "{}", refused.text("main"));
    assert_eq!(refused.headers["retry-after"], "5");
    assert!(
        refused
            .text(".error-summary")
            .starts_with("Nothing was saved")
    );
    assert!(
        refused.form_values().contains(&(
            "notes".to_owned(),
            "Typed while the disk was read-only".to_owned()
        )),
        "the input is kept"
    );
}
