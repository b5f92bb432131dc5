//! Every route × {anonymous, coordinator, organizer}: who gets in, who is sent to log in, who is refused.

use cohortdesk::domain::ids::{AllocationId, CommitmentId};
use cohortdesk::domain::role::{Role, Scope};

use crate::helpers::{PASSWORD, TestApp, Visitor};

/// What a role gets: a page, a refusal, or the login page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Answer {
    Page,
    Forbidden,
    Login,
    /// A POST that was let through (it saved, showed the form again with errors, or found the request
    /// malformed).
    Accepted,
    /// Let through, but there is nothing at that address.
    NotFound,
}
use Answer::*;

const GETS: [(&str, Answer, Answer, Answer); 91] = [
    // path, anonymous, coordinator, organizer
    ("/", Login, Page, Page),
    ("/account/sessions", Login, Page, Page),
    ("/account/password", Login, Page, Page),
    ("/accounts", Login, Forbidden, Page),
    ("/commitments", Login, Page, Page),
    ("/commitments/1", Login, Page, Page),
    ("/commitments/new", Login, Forbidden, Page),
    ("/commitments/1/edit", Login, Forbidden, Page),
    ("/commitments/1/allocations/new", Login, Forbidden, Page),
    ("/commitments/1/allocations/1/edit", Login, Forbidden, Page),
    ("/commitments/1/progress", Login, Page, Page),
    ("/api-tokens", Login, Page, Page),
    ("/exports/enrollments.csv", Login, Page, Page),
    ("/exports/enrollments.xlsx", Login, Page, Page),
    ("/audit", Login, Forbidden, Page),
    ("/audit.csv", Login, Forbidden, Page),
    ("/audit.xlsx?object=cohort", Login, Forbidden, Page),
    ("/commitments/1/progress.json", Login, Page, Page),
    ("/commitments/1/progress/countries.csv", Login, Page, Page),
    (
        "/commitments/1/progress/host-cities.xlsx",
        Login,
        Page,
        Page,
    ),
    ("/cohorts", Login, Page, Page),
    ("/cohorts/1", Login, Page, Page),
    ("/cohorts/new", Login, Forbidden, Page),
    ("/cohorts/1/edit", Login, Forbidden, Page),
    ("/cohorts/1/trainees", Login, Page, Page),
    ("/cohorts/1/report", Login, Page, Page),
    ("/cohorts/1/report.json", Login, Page, Page),
    ("/cohorts/1/report/trainees.csv", Login, Page, Page),
    ("/cohorts/1/report/themes.xlsx", Login, Page, Page),
    ("/cohorts/1/trainees?country=KZ", Login, Page, Page),
    ("/cohorts/1/trainees/1", Login, Page, Page),
    ("/cohorts/1/trainees.csv", Login, Page, Page),
    ("/cohorts/1/trainees.csv?passport=1", Login, Forbidden, Page),
    ("/cohorts/1/trainees.xlsx", Login, Page, Page),
    (
        "/cohorts/1/trainees.xlsx?passport=1",
        Login,
        Forbidden,
        Page,
    ),
    ("/cohorts/1/trainees/new", Login, Forbidden, Page),
    ("/cohorts/1/badges", Login, Forbidden, Page),
    (
        "/cohorts/1/badges?trainee=1&trainee=2",
        Login,
        Forbidden,
        Page,
    ),
    ("/cohorts/1/trainees/1/edit", Login, Forbidden, Page),
    ("/cohorts/1/trainees/import", Login, Forbidden, Page),
    (
        "/cohorts/1/trainees/import/template.csv",
        Login,
        Forbidden,
        Page,
    ),
    (
        "/cohorts/1/trainees/import/template.xlsx",
        Login,
        Forbidden,
        Page,
    ),
    ("/cohorts/1/delegations", Login, Page, Page),
    ("/cohorts/1/delegations.csv", Login, Page, Page),
    ("/cohorts/1/delegations.xlsx", Login, Page, Page),
    ("/cohorts/1/delegations/1/edit", Login, Forbidden, Page),
    ("/cohorts/1/duty", Login, Page, Page),
    ("/cohorts/1/sessions", Login, Page, Page),
    ("/cohorts/1/sessions/week", Login, Page, Page),
    ("/cohorts/1/sessions/week?week=1", Login, Page, Page),
    ("/cohorts/1/sessions/1", Login, Page, Page),
    ("/cohorts/1/sessions/new", Login, Forbidden, Page),
    ("/cohorts/1/sessions/1/edit", Login, Forbidden, Page),
    ("/cohorts/1/sessions/1/translations", Login, Forbidden, Page),
    ("/cohorts/1/translations", Login, Forbidden, Page),
    ("/cohorts/1/translations?missing=ru", Login, Forbidden, Page),
    ("/cohorts/1/translations.csv", Login, Forbidden, Page),
    ("/cohorts/1/translations.xlsx", Login, Forbidden, Page),
    ("/cohorts/1/sessions/clone", Login, Forbidden, Page),
    ("/cohorts/1/sessions/2/attendance", Login, Page, Page),
    ("/cohorts/1/sessions/2/checkin", Login, Forbidden, Page),
    ("/cohorts/1/sessions/7/boarding", Login, Page, Page),
    ("/cohorts/1/sessions/2/attendance/sheet", Login, Page, Page),
    (
        "/cohorts/1/sessions/2/attendance/bulk",
        Login,
        Forbidden,
        Page,
    ),
    ("/cohorts/1/attendance", Login, Page, Page),
    ("/cohorts/1/attendance/delegations.csv", Login, Page, Page),
    ("/cohorts/1/attendance/sessions.xlsx", Login, Page, Page),
    ("/cohorts/1/attendance/trainees.csv", Login, Page, Page),
    ("/cohorts/1/attendance/trainees.xlsx", Login, Page, Page),
    ("/cohorts/1/calendar.ics", Login, Page, Page),
    ("/cohorts/1/itineraries", Login, Forbidden, Page),
    ("/cohorts/1/itineraries/preview/1", Login, Forbidden, Page),
    (
        "/cohorts/1/itineraries/preview/1/html",
        Login,
        Forbidden,
        Page,
    ),
    ("/outbox", Login, Forbidden, Page),
    ("/cohorts/1/groups", Login, Page, Page),
    ("/cohorts/1/groups/1/edit", Login, Forbidden, Page),
    ("/cohorts/1/vehicles", Login, Page, Page),
    ("/cohorts/1/vehicles/new", Login, Forbidden, Page),
    ("/cohorts/1/vehicles/1/edit", Login, Forbidden, Page),
    ("/venues", Login, Page, Page),
    ("/venues/1", Login, Page, Page),
    ("/venues/new", Login, Forbidden, Page),
    ("/venues/1/edit", Login, Forbidden, Page),
    ("/speakers", Login, Page, Page),
    ("/speakers/1", Login, Page, Page),
    ("/speakers/new", Login, Forbidden, Page),
    ("/speakers/1/edit", Login, Forbidden, Page),
    ("/interpreters", Login, Page, Page),
    ("/interpreters/1", Login, Page, Page),
    ("/interpreters/new", Login, Forbidden, Page),
    ("/interpreters/1/edit", Login, Forbidden, Page),
];

/// Every POST route, and what an organizer gets when posting an empty form to it.
const POSTS: [(&str, Answer); 57] = [
    ("/accounts/invite", Accepted),
    ("/accounts/999/role", Accepted),
    ("/accounts/999/disable", NotFound),
    ("/accounts/999/enable", NotFound),
    ("/accounts/999/reset", NotFound),
    ("/commitments", Accepted),
    ("/commitments/1", Accepted),
    ("/commitments/1/archive", Accepted),
    ("/commitments/1/restore", Accepted),
    ("/commitments/1/allocations", Accepted),
    ("/commitments/1/allocations/1", Accepted),
    ("/cohorts", Accepted),
    ("/cohorts/1", Accepted),
    ("/cohorts/1/archive", Accepted),
    ("/cohorts/1/restore", Accepted),
    ("/cohorts/1/trainees", Accepted),
    ("/cohorts/1/trainees/bulk", Accepted),
    ("/cohorts/1/complete", Accepted),
    ("/cohorts/1/trainees/1", Accepted),
    ("/cohorts/1/trainees/1/status", Accepted),
    ("/cohorts/1/trainees/1/link", Accepted),
    ("/cohorts/1/trainees/1/link/revoke", Accepted),
    ("/cohorts/1/trainees/import", Accepted),
    ("/cohorts/1/trainees/import/1", NotFound),
    ("/cohorts/1/delegations/1", Accepted),
    ("/cohorts/1/duty", Accepted),
    ("/cohorts/1/sessions", Accepted),
    ("/cohorts/1/sessions/1", Accepted),
    ("/cohorts/1/sessions/1/materials", Accepted),
    ("/cohorts/1/sessions/1/translations", Accepted),
    ("/cohorts/1/translations", Accepted),
    ("/cohorts/1/translations/upload", Accepted),
    ("/cohorts/1/sessions/1/cancel", Accepted),
    ("/cohorts/1/sessions/clone", Accepted),
    ("/cohorts/1/sessions/2/attendance", Accepted),
    ("/cohorts/1/sessions/2/attendance/bulk", Accepted),
    ("/cohorts/1/sessions/7/boarding", Accepted),
    ("/cohorts/1/attendance/rules", Accepted),
    ("/cohorts/1/attendance/complete", Accepted),
    ("/cohorts/1/groups", Accepted),
    ("/cohorts/1/groups/split", Accepted),
    ("/cohorts/1/groups/1", Accepted),
    ("/cohorts/1/groups/1/delete", Accepted),
    ("/cohorts/1/vehicles", Accepted),
    ("/cohorts/1/vehicles/1", Accepted),
    ("/cohorts/1/itineraries", Accepted),
    ("/cohorts/1/itineraries/changes", Accepted),
    ("/outbox/1/retry", Accepted),
    ("/outbox/1/cancel", Accepted),
    ("/outbox/1/release", Accepted),
    ("/outbox/retry-failed", Accepted),
    ("/venues", Accepted),
    ("/venues/1", Accepted),
    ("/speakers", Accepted),
    ("/speakers/1", Accepted),
    ("/interpreters", Accepted),
    ("/interpreters/1", Accepted),
];

async fn answer_to_get(visitor: &Visitor, path: &str) -> Answer {
    let page = visitor.get(path).await;
    match (page.status, page.location.as_deref()) {
        (200, _) => Page,
        (403, _) => Forbidden,
        (303, Some(l)) if l.starts_with("/login") => Login,
        (404, _) => NotFound,
        other => panic!("GET {path}: unexpected {other:?}"),
    }
}

/// `form_page` is a page this visitor can open, to take its CSRF token from.
async fn answer_to_post(visitor: &Visitor, form_page: &str, path: &str) -> Answer {
    let page = visitor.submit(form_page, path, &[]).await;
    match (page.status, page.location.as_deref()) {
        (403, _) => Forbidden,
        (303, Some(l)) if l.starts_with("/login") => Login,
        (303 | 422 | 400, _) => Accepted,
        (404, _) => NotFound,
        other => panic!("POST {path}: unexpected {other:?}"),
    }
}

#[tokio::test]
async fn each_page_admits_exactly_the_roles_allowed_to_see_it() {
    let app = TestApp::with_demo().await;
    let anonymous = app.visitor();
    let coordinator = app.coordinator().await;
    let organizer = app.organizer().await;
    for (path, anon, coord, org) in GETS {
        assert_eq!(
            answer_to_get(&anonymous, path).await,
            anon,
            "anonymous GET {path}"
        );
        assert_eq!(
            answer_to_get(&coordinator, path).await,
            coord,
            "coordinator GET {path}"
        );
        assert_eq!(
            answer_to_get(&organizer, path).await,
            org,
            "organizer GET {path}"
        );
    }
}

/// Pages for what spans every course (accounts, new and changed commitments and allocations): only
/// organizers of every course open them; the same for every POST to `/accounts/…` and `/commitments…`.
const EVERY_COURSE_PAGES: [&str; 5] = [
    "/accounts",
    "/commitments/new",
    "/commitments/1/edit",
    "/commitments/1/allocations/new",
    "/commitments/1/allocations/1/edit",
];

/// What an organizer limited to another host city than cohort 1's gets where an organizer of every
/// course gets `answer`: cohort 1 does not exist for them (nor its e-mail, outbox message 1), and what
/// spans every course is refused.
fn limited_answer(path: &str, answer: Answer, every_course: bool) -> Answer {
    let cohort_1 = path
        .strip_prefix("/cohorts/1")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '.']))
        || path.starts_with("/outbox/1/");
    match () {
        _ if cohort_1 => NotFound,
        _ if every_course => Forbidden,
        _ => answer,
    }
}

#[tokio::test]
async fn an_organizer_limited_to_one_host_city_is_told_other_courses_do_not_exist() {
    let app = TestApp::with_demo().await;
    let xian = Scope::HostCity {
        commitment: CommitmentId(1),
        allocation: AllocationId(2),
    };
    app.add_limited_user("li.xian@example.org", "Li Xian", Role::Organizer, xian);
    queue_mail(&app.organizer().await).await;
    let limited = app.logged_in("li.xian@example.org").await;
    for (path, .., organizer) in GETS {
        assert_eq!(
            answer_to_get(&limited, path).await,
            limited_answer(path, organizer, EVERY_COURSE_PAGES.contains(&path)),
            "limited organizer GET {path}"
        );
    }
    for (path, organizer) in POSTS {
        assert_eq!(
            answer_to_post(&limited, "/", path).await,
            limited_answer(
                path,
                organizer,
                ["/accounts/", "/commitments"]
                    .iter()
                    .any(|p| path.starts_with(p))
            ),
            "limited organizer POST {path}"
        );
    }
}

/// What a `HEAD` request must match of the `GET`: the status and these headers.
const SAME_HEADERS: [&str; 4] = [
    "content-type",
    "content-disposition",
    "location",
    "content-security-policy",
];

#[tokio::test]
async fn every_page_answers_head_as_it_answers_get_without_the_body() {
    let app = TestApp::with_demo().await;
    for visitor in [
        app.visitor(),
        app.coordinator().await,
        app.organizer().await,
    ] {
        for (path, ..) in GETS
            .iter()
            .chain(&[("/health", Page, Page, Page), ("/login", Page, Page, Page)])
        {
            let url = format!("{}{path}", visitor.base);
            let get = visitor.client.get(&url).send().await.unwrap();
            let head = visitor.client.head(&url).send().await.unwrap();
            assert_eq!(head.status(), get.status(), "HEAD {path}");
            for name in SAME_HEADERS {
                assert_eq!(
                    head.headers().get(name),
                    get.headers().get(name),
                    "{name} of HEAD {path}"
                );
            }
            let length = get.headers().get("content-length").cloned();
            let body = get.bytes().await.unwrap();
            if let Some(length) = length {
                assert_eq!(
                    head.headers().get("content-length"),
                    Some(&length),
                    "HEAD {path} announces the GET's length"
                );
                assert_eq!(length.to_str().unwrap(), body.len().to_string());
            }
            assert!(
                head.bytes().await.unwrap().is_empty(),
                "HEAD {path} has no body"
            );
        }
    }
}

/// Queues cohort 1's itineraries, so that outbox message 1 exists (one of cohort 1's).
async fn queue_mail(organizer: &Visitor) {
    let send = "/cohorts/1/itineraries";
    let queued = organizer.submit(send, send, &[("to", "all")]).await;
    assert_eq!(queued.location.as_deref(), Some("/outbox?cohort=1"));
}

#[tokio::test]
async fn only_organizers_may_change_anything() {
    let app = TestApp::with_demo().await;
    let anonymous = app.visitor();
    let coordinator = app.coordinator().await;
    let organizer = app.organizer().await;
    queue_mail(&organizer).await;
    for (path, organizer_answer) in POSTS {
        assert_eq!(
            answer_to_post(&anonymous, "/login", path).await,
            Login,
            "anonymous POST {path}"
        );
        assert_eq!(
            answer_to_post(&coordinator, "/", path).await,
            Forbidden,
            "coordinator POST {path}"
        );
        assert_eq!(
            answer_to_post(&organizer, "/", path).await,
            organizer_answer,
            "organizer POST {path}"
        );
    }
}

/// POST routes for one's own account: every logged-in user, nobody else.
const OWN_POSTS: [&str; 4] = [
    "/account/password",
    "/account/sessions/999/end",
    "/account/sessions/others/end",
    "/api-tokens",
];

#[tokio::test]
async fn everyone_logged_in_manages_their_own_account_and_nobody_else() {
    let app = TestApp::with_demo().await;
    let anonymous = app.visitor();
    let coordinator = app.coordinator().await;
    let organizer = app.organizer().await;
    for path in OWN_POSTS {
        assert_eq!(
            answer_to_post(&anonymous, "/login", path).await,
            Login,
            "anonymous POST {path}"
        );
        for (who, visitor) in [("coordinator", &coordinator), ("organizer", &organizer)] {
            assert_eq!(
                answer_to_post(visitor, "/", path).await,
                Accepted,
                "{who} POST {path}"
            );
        }
    }
}

#[tokio::test]
async fn open_pages_are_open_to_everyone() {
    let app = TestApp::with_demo().await;
    let anonymous = app.visitor();
    assert_eq!(anonymous.get("/health").await.status, 200);
    assert_eq!(anonymous.get("/login").await.status, 200);
    assert_eq!(
        anonymous.get("/checkin").await.status,
        200,
        "for trainees' phones"
    );
    let css = anonymous
        .get("/login")
        .await
        .attr("link[rel=stylesheet]", "href")
        .unwrap();
    assert_eq!(anonymous.get(&css).await.status, 200);
    assert_eq!(
        anonymous.get("/setup").await.status,
        404,
        "accounts exist: no first-run page"
    );
    assert_eq!(anonymous.get("/password-reset").await.status, 200);
    for gone in ["/invitation/0123abcd", "/reset/0123abcd"] {
        assert_eq!(anonymous.get(gone).await.status, 410, "{gone}");
    }
}

#[tokio::test]
async fn coordinators_see_no_buttons_that_would_change_things() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    for path in [
        "/",
        "/commitments",
        "/commitments/1",
        "/cohorts",
        "/cohorts/1",
        "/cohorts/1/sessions",
        "/cohorts/1/sessions/week",
        "/cohorts/1/sessions/1",
        "/cohorts/1/groups",
        "/cohorts/1/vehicles",
        "/venues",
        "/venues/1",
        "/speakers/1",
        "/interpreters/1",
    ] {
        let page = coordinator.get(path).await;
        assert!(
            page.texts("a[href$='/edit'], a[href$='/new']").is_empty(),
            "{path} offers editing"
        );
        assert!(
            page.texts("form[action$='/archive']").is_empty(),
            "{path} offers archiving"
        );
        assert!(
            page.texts("form[method=post]:not([action='/logout']):not([action='/language'])")
                .is_empty(),
            "{path} offers a form that changes something"
        );
    }
    let organizer = app.organizer().await;
    let page = organizer.get("/cohorts/1").await;
    assert_eq!(page.text("a[href='/cohorts/1/edit']"), "Edit");
}

#[tokio::test]
async fn trainee_accounts_cannot_log_in_to_the_administration() {
    let app = TestApp::with_staff().await;
    app.add_user("trainee@example.org", "Nurlan Abenov", Role::Trainee);
    let page = app
        .visitor()
        .submit(
            "/login",
            "/login",
            &[("email", "trainee@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, 401);
}
