//! Valid HTML: the Nu HTML Checker (`vnu.jar`, run with Java) reads the key pages of each role in
//! English, Chinese and Russian and finds no error.

use std::process::Command;

use cohortdesk::domain::ids::CohortId;

use crate::helpers::{TestApp, Visitor};
use crate::itinerary::issue_link;

/// The pages each role uses most, as an organizer, a coordinator and anyone.
const ORGANIZER_PAGES: [&str; 19] = [
    "/",
    "/cohorts",
    "/cohorts/new",
    "/cohorts/1",
    "/cohorts/1/trainees",
    "/cohorts/1/trainees/1",
    "/cohorts/1/trainees/import",
    "/cohorts/1/sessions",
    "/cohorts/1/sessions/week",
    "/cohorts/1/sessions/new",
    "/cohorts/1/sessions/7",
    "/cohorts/1/sessions/7/attendance",
    "/cohorts/1/sessions/7/checkin",
    "/cohorts/1/attendance",
    "/cohorts/1/itineraries",
    "/cohorts/1/badges",
    "/cohorts/1/duty",
    "/audit",
    "/outbox",
];
const COORDINATOR_PAGES: [&str; 5] = [
    "/",
    "/commitments/1/progress",
    "/cohorts/1/report",
    "/cohorts/1/duty",
    "/venues",
];
const ANYONE_PAGES: [&str; 2] = ["/login", "/password-reset"];

/// Saves `path` as `visitor` sees it into `dir`, named after the page and `who` (language and role).
async fn save(visitor: &Visitor, path: &str, who: &str, dir: &std::path::Path) {
    let page = visitor.get(path).await;
    assert_eq!(page.status, 200, "{path}");
    let name: String = path
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    std::fs::write(dir.join(format!("{who}{name}.html")), page.body).unwrap();
}

#[tokio::test]
#[ignore = "needs the Nu HTML Checker: VNU_JAR names vnu.jar and java runs it (.ci/run installs both)"]
async fn the_key_pages_of_every_role_are_valid_html_in_three_languages() {
    let jar = std::env::var("VNU_JAR").expect("VNU_JAR, the path of vnu.jar");
    let app = TestApp::with_demo().await;
    let dir = tempfile::tempdir().unwrap();
    let organizer = app.organizer().await;
    let entry = app.roster(CohortId(1)).remove(0);
    let trainee_page = issue_link(&organizer, &entry).await;
    let coordinator = app.coordinator().await;
    let anyone = app.visitor();
    for lang in ["en", "zh", "ru"] {
        for (visitor, page) in [(&organizer, "/"), (&coordinator, "/"), (&anyone, "/login")] {
            visitor.submit(page, "/language", &[("lang", lang)]).await;
        }
        for path in ORGANIZER_PAGES {
            save(&organizer, path, &format!("{lang}-organizer"), dir.path()).await;
        }
        for path in COORDINATOR_PAGES {
            save(
                &coordinator,
                path,
                &format!("{lang}-coordinator"),
                dir.path(),
            )
            .await;
        }
        for path in ANYONE_PAGES {
            save(&anyone, path, lang, dir.path()).await;
        }
    }
    save(&anyone, &trainee_page, "trainee", dir.path()).await;
    let pages = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(
        pages,
        3 * (ORGANIZER_PAGES.len() + COORDINATOR_PAGES.len() + ANYONE_PAGES.len()) + 1
    );

    let checked = Command::new("java")
        .args([
            "-jar",
            &jar,
            "--errors-only",
            "--format",
            "gnu",
            "--skip-non-html",
        ])
        .arg(dir.path())
        .output()
        .expect("java runs");
    let errors = String::from_utf8_lossy(&checked.stderr);
    assert!(
        checked.status.success() && errors.trim().is_empty(),
        "the Nu HTML Checker found errors in {pages} pages:\n{errors}"
    );
}
