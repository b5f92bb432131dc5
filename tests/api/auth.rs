use cohortdesk::web::throttle::{ACCOUNT, ADDRESS, Counted};

use crate::helpers::{COORDINATOR_EMAIL, ORGANIZER_EMAIL, PASSWORD, Page, TestApp, Visitor};

/// Fills in the login form as `email` with `password`.
pub(crate) async fn log_in(visitor: &Visitor, email: &str, password: &str) -> Page {
    visitor
        .submit(
            "/login",
            "/login",
            &[("email", email), ("password", password)],
        )
        .await
}

#[tokio::test]
async fn logging_in_goes_back_to_the_page_that_asked_for_it() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    let asked = visitor.get("/cohorts?status=open").await;
    assert_eq!(asked.status, 303);
    let login_url = asked.location.unwrap();
    assert_eq!(login_url, "/login?next=%2Fcohorts%3Fstatus%3Dopen");
    let form = visitor.get(&login_url).await;
    assert_eq!(
        form.attr("form[action='/login'] input[name=next]", "value")
            .as_deref(),
        Some("/cohorts?status=open")
    );
    let done = visitor
        .submit(
            &login_url,
            "/login",
            &[
                ("email", ORGANIZER_EMAIL),
                ("password", PASSWORD),
                ("next", "/cohorts?status=open"),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location.as_deref(), Some("/cohorts?status=open"));
    assert_eq!(visitor.get("/cohorts?status=open").await.status, 200);
}

/// Redirect payloads as attackers send them in `next`, percent-encoded as they arrive in a query.
const PAYLOADS: [&str; 30] = [
    "https%3A%2F%2Fevil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    "%2F%2F%2Fevil.example",
    "%2F%5Cevil.example",
    "%5C%5Cevil.example",
    "%2F%09%2Fevil.example",
    "%2F%0A%2Fevil.example",
    "%2F%0D%2Fevil.example",
    "/%0Bx",
    "/%00x",
    "/%01x",
    "/%0Cx",
    "/%1Bx",
    "/%7Fx",
    "%20%2Fevil.example",
    "%2F%20%2Fevil.example",
    "%2F%E2%88%95%E2%88%95evil.example",
    "%2F%EF%BC%8Fevil.example",
    "%2F%E2%81%84evil.example",
    "%2F%E3%80%80%2Fevil.example",
    "%2F%C2%85%2Fevil.example",
    "%2F%C2%A0%2Fevil.example",
    "%2F%E2%80%8B%2Fevil.example",
    "evil.example",
    "%40evil.example",
    "data:text/html,hi",
    "%EF%BB%BF%2Fcohorts",
    "%2F%5C%2Fevil.example",
];

#[tokio::test]
async fn login_never_redirects_to_another_site_nor_fails_on_what_next_holds() {
    let app = TestApp::with_staff().await;
    let done = app
        .visitor()
        .submit(
            "/login",
            "/login",
            &[
                ("email", ORGANIZER_EMAIL),
                ("password", PASSWORD),
                ("next", "//evil.example/phish"),
            ],
        )
        .await;
    assert_eq!(done.location.as_deref(), Some("/"));

    // Logged in, /login sends the browser on to `next`; the language switch does too.
    let organizer = app.organizer().await;
    for payload in PAYLOADS {
        let page = organizer.get(&format!("/login?next={payload}")).await;
        assert_eq!(page.status, 303, "{payload}: {}", page.body);
        assert_eq!(page.location.as_deref(), Some("/"), "{payload}");
        let decoded: String = url::form_urlencoded::parse(format!("next={payload}").as_bytes())
            .map(|(_, v)| v.into_owned())
            .collect();
        let switched = organizer
            .submit("/", "/language", &[("lang", "en"), ("next", &decoded)])
            .await;
        assert_eq!(switched.status, 303, "{payload}");
        assert_eq!(switched.location.as_deref(), Some("/"), "{payload}");
    }
}

#[tokio::test]
async fn a_wrong_password_is_refused_with_a_message_and_the_address_kept() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    let page = log_in(&visitor, ORGANIZER_EMAIL, "wrong password!").await;
    assert_eq!(page.status, 401);
    assert_eq!(
        page.text(".error-summary"),
        "The e-mail address or the password is not right."
    );
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some(ORGANIZER_EMAIL)
    );
    assert_eq!(visitor.get("/").await.status, 303, "still not logged in");

    let unknown = log_in(&visitor, "nobody@example.org", PASSWORD).await;
    assert_eq!(unknown.status, 401);
    assert_eq!(unknown.text(".error-summary"), page.text(".error-summary"));
}

#[tokio::test]
async fn wrong_passwords_slow_an_account_down_and_the_right_one_works_after_the_wait() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    for _ in 0..ACCOUNT.free {
        let page = log_in(&visitor, ORGANIZER_EMAIL, "guess guess guess").await;
        assert_eq!(page.status, 401);
    }
    let late = log_in(&visitor, ORGANIZER_EMAIL, "guess guess guess").await;
    assert_eq!(
        late.status, 401,
        "the first slowed attempt was not yet waited for"
    );
    let waiting = log_in(&visitor, ORGANIZER_EMAIL, PASSWORD).await;
    assert_eq!(waiting.status, 429);
    assert_eq!(
        waiting.text(".error-summary"),
        "Too many failed attempts. Try again in 1 second."
    );
    assert_eq!(waiting.headers["retry-after"], "1");
    let colleague = log_in(&app.visitor(), COORDINATOR_EMAIL, PASSWORD).await;
    assert_eq!(colleague.status, 303, "other accounts are not affected");

    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let welcome = log_in(&visitor, ORGANIZER_EMAIL, PASSWORD).await;
    assert_eq!(
        welcome.status, 303,
        "the right password works after the wait"
    );

    // A hundred failures make the wait longer, never a lockout: at most a minute.
    for _ in 0..100 {
        app.state
            .throttle
            .record_failure(&[Counted::account(ORGANIZER_EMAIL)]);
    }
    let slowed = log_in(&app.visitor(), ORGANIZER_EMAIL, PASSWORD).await;
    assert_eq!(slowed.status, 429);
    let wait: u64 = slowed.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((55..=60).contains(&wait), "{wait}");

    // Each attempt is in the audit log, with where it came from.
    app.state
        .throttle
        .record_success(&Counted::account(ORGANIZER_EMAIL));
    let organizer = app.organizer().await;
    let log = organizer.get("/audit?action=security").await;
    let events = log.texts("table.audit tbody tr");
    let refused = events
        .iter()
        .filter(|e| e.contains("Login refused"))
        .count();
    assert_eq!(refused, ACCOUNT.free as usize + 1, "{events:#?}");
    assert!(
        events
            .iter()
            .any(|e| e.contains("Logins slowed down") && e.contains("127.0.0.1"))
    );
    assert!(
        events
            .iter()
            .any(|e| e.contains("Logged in") && e.contains("Wang Fang"))
    );
    assert!(!log.body.contains(PASSWORD) && !log.body.contains("guess guess"));
}

#[tokio::test]
async fn an_address_is_slowed_after_many_failures_across_accounts() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    for i in 0..=ADDRESS.free {
        let email = format!("guess{i}@example.org");
        let page = log_in(&visitor, &email, "guess guess guess").await;
        assert_eq!(page.status, 401);
    }
    let waiting = log_in(&visitor, COORDINATOR_EMAIL, PASSWORD).await;
    assert_eq!(waiting.status, 429);
}

#[tokio::test]
async fn logging_out_ends_the_session() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    assert_eq!(organizer.get("/").await.status, 200);
    let out = organizer.submit("/", "/logout", &[]).await;
    assert_eq!(out.status, 303);
    assert_eq!(out.location.as_deref(), Some("/login"));
    assert_eq!(organizer.get("/").await.status, 303);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site_lax() {
    let app = TestApp::with_staff().await;
    let response = raw_login(&app.visitor()).await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("cohortdesk_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
}

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let app = TestApp::with_staff().await;
    let page = app.visitor().get("/login").await;
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("script-src 'self'"));
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(page.headers["x-content-type-options"], "nosniff");
    assert_eq!(page.headers["referrer-policy"], "same-origin");
    let scripts = page.html();
    let scripts: Vec<_> = scripts
        .select(&scraper::Selector::parse("script").unwrap())
        .collect();
    assert!(
        scripts
            .iter()
            .all(|s| s.value().attr("src").is_some() && s.inner_html().trim().is_empty()),
        "no inline scripts: only files of our own"
    );
    assert!(
        !page.headers.contains_key("strict-transport-security"),
        "not on a plain-http address"
    );

    // Served at an https address (behind a proxy), browsers are told to keep to https.
    let mut settings = (*app.state.settings).clone();
    settings.base_url = url::Url::parse("https://training.example.org/").unwrap();
    let state = cohortdesk::startup::prepare(settings).unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(cohortdesk::startup::server(state, listener).unwrap());
    let behind_proxy = Visitor {
        base: format!("http://127.0.0.1:{port}"),
        client: reqwest::Client::new(),
    };
    let page = behind_proxy.get("/login").await;
    assert_eq!(
        page.headers["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

/// The organizer's login as the browser sends it, answered as it came (its headers to read).
async fn raw_login(visitor: &Visitor) -> reqwest::Response {
    let token = visitor.csrf_token("/login").await;
    visitor
        .client
        .post(format!("{}/login", visitor.base))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", ORGANIZER_EMAIL),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap()
}

/// The session cookie a response sets, as a `Cookie` header value.
fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("cohortdesk_session="))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

#[tokio::test]
async fn a_copied_cookie_stops_working_when_its_session_ends() {
    let app = TestApp::with_staff().await;
    let organizer = app.visitor();
    let login = raw_login(&organizer).await;
    assert_eq!(login.status(), 303);
    let copied = session_cookie(&login).expect("a session cookie at login");
    let thief = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let replay = || async {
        thief
            .get(format!("{}/", app.address))
            .header("cookie", &copied)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    };
    assert_eq!(
        replay().await,
        200,
        "the copy works while the session lasts"
    );
    let out = organizer.submit("/", "/logout", &[]).await;
    assert_eq!(out.status, 303);
    assert_eq!(
        replay().await,
        303,
        "after logout the copy leads to the login page"
    );

    // A session left idle for 8 hours, or begun 7 days ago, ends too.
    use cohortdesk::schema::login_sessions::dsl::*;
    use diesel::prelude::*;
    for (idle, hours) in [(true, 9), (false, 24 * 8)] {
        let visitor = app.organizer().await;
        assert_eq!(visitor.get("/").await.status, 200);
        let at = crate::helpers::test_now() - chrono::Duration::hours(hours);
        app.with_conn(|conn| {
            let rows = match idle {
                true => diesel::update(login_sessions)
                    .set(last_seen_at.eq(at))
                    .execute(conn),
                false => diesel::update(login_sessions)
                    .set(created_at.eq(at))
                    .execute(conn),
            };
            rows.unwrap();
        });
        assert_eq!(visitor.get("/").await.status, 303, "{hours} hours");
    }
}

#[tokio::test]
async fn a_user_sees_where_they_are_logged_in_and_ends_any_session() {
    let app = TestApp::with_staff().await;
    let laptop = app.organizer().await;
    let phone = app.organizer().await;
    let tablet = app.organizer().await;
    let page = laptop.get("/account/sessions").await;
    assert_eq!(page.status, 200);
    let rows = page.texts("#logins tbody tr");
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(page.texts("#logins .tag").len(), 1, "this browser marked");
    assert!(page.text("#logins").contains("127.0.0.1"));

    // The laptop ends the phone's session: the phone is logged out at once, the tablet is not.
    let phone_login = phone_login_id(&phone).await;
    let ended = laptop
        .submit(
            "/account/sessions",
            &format!("/account/sessions/{phone_login}/end"),
            &[],
        )
        .await;
    assert_eq!(ended.status, 303);
    assert_eq!(phone.get("/").await.status, 303);
    assert_eq!(tablet.get("/").await.status, 200);

    // Someone else's session is not theirs to end.
    let coordinator = app.coordinator().await;
    let tablet_login = phone_login_id(&tablet).await;
    coordinator
        .submit(
            "/account/sessions",
            &format!("/account/sessions/{tablet_login}/end"),
            &[],
        )
        .await;
    assert_eq!(tablet.get("/").await.status, 200);

    // Log out everywhere else: the tablet goes, the laptop stays.
    let all = laptop
        .submit("/account/sessions", "/account/sessions/others/end", &[])
        .await;
    assert_eq!(all.status, 303);
    assert_eq!(tablet.get("/").await.status, 303);
    assert_eq!(laptop.get("/").await.status, 200);
    assert_eq!(
        laptop
            .get("/account/sessions")
            .await
            .texts("#logins tbody tr")
            .len(),
        1
    );
}

/// The id of the session a browser is in, as its sessions page marks it.
async fn phone_login_id(visitor: &Visitor) -> String {
    let page = visitor.get("/account/sessions").await;
    let rows = page.texts("#logins tbody tr .tag");
    assert_eq!(rows.len(), 1);
    let html = scraper::Html::parse_document(&page.body);
    let marked = scraper::Selector::parse("#logins tbody tr").unwrap();
    html.select(&marked)
        .find(|row| {
            row.select(&scraper::Selector::parse(".tag").unwrap())
                .next()
                .is_some()
        })
        .and_then(|row| row.value().attr("data-login"))
        .unwrap()
        .to_owned()
}

/// A wrong password from a browser whose requests name `forwarded` as the visitor (as a proxy would);
/// answers the status of the login attempt.
async fn wrong_password_via(base: &str, forwarded: &str, email: &str) -> u16 {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", forwarded.parse().unwrap());
    let visitor = Visitor {
        base: base.to_owned(),
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .build()
            .unwrap(),
    };
    log_in(&visitor, email, "guess guess guess").await.status
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_visitor_is_limited_apart_and_others_headers_are_ignored() {
    let app = TestApp::with_staff().await;
    // Without trusted proxies the header is anyone's word: every attempt counts against the peer.
    for i in 0..=ADDRESS.free {
        let forwarded = format!("203.0.113.{}", i % 250 + 1);
        let email = format!("guess{i}@example.org");
        assert_eq!(
            wrong_password_via(&app.address, &forwarded, &email).await,
            401
        );
    }
    assert_eq!(
        wrong_password_via(&app.address, "198.51.100.1", "someone@example.org").await,
        429,
        "a made-up X-Forwarded-For does not escape the limit"
    );

    // The same database behind a trusted proxy (the test client's 127.0.0.1).
    let mut settings = (*app.state.settings).clone();
    settings.trusted_proxies = vec![cohortdesk::config::Network::parse("127.0.0.1").unwrap()];
    let state = cohortdesk::startup::prepare(settings).unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(cohortdesk::startup::server(state, listener).unwrap());
    for i in 0..=ADDRESS.free {
        let email = format!("guess{i}@example.org");
        assert_eq!(wrong_password_via(&base, "203.0.113.7", &email).await, 401);
    }
    assert_eq!(
        wrong_password_via(&base, "203.0.113.7", "someone@example.org").await,
        429,
        "the guessing visitor is stopped"
    );
    assert_eq!(
        wrong_password_via(&base, "198.51.100.1", "someone@example.org").await,
        401,
        "another visitor behind the same proxy is not"
    );
}
