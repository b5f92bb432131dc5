use std::time::Duration;

use cohortdesk::db::{DatabaseUrl, Manager};

use crate::helpers::{TestApp, TestDb};

#[tokio::test]
async fn health_answers_200_when_the_database_is_reachable() {
    let app = TestApp::spawn().await;
    let page = app.visitor().get("/health").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.body, "ok");
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
    assert_eq!(page.body, "database unavailable");
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
