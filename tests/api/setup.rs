use crate::helpers::{PASSWORD, TestApp};

#[tokio::test]
async fn an_empty_database_sends_everyone_to_the_first_run_page() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let home = visitor.get("/").await;
    assert_eq!(home.status, 303);
    assert_eq!(home.location.as_deref(), Some("/login?next=%2F"));
    let login = visitor.get("/login").await;
    assert_eq!(login.status, 303);
    assert_eq!(login.location.as_deref(), Some("/setup"));
    let setup = visitor.get("/setup").await;
    assert_eq!(setup.status, 200);
    assert_eq!(setup.text("h1"), "Set up cohortdesk");
}

#[tokio::test]
async fn the_first_organizer_is_created_logged_in_and_the_page_is_then_gone() {
    let app = TestApp::spawn().await;
    let visitor = app.visitor();
    let done = visitor
        .submit(
            "/setup",
            "/setup",
            &[
                ("name", "Wang Fang"),
                ("email", "Wang.Fang@Example.org"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location.as_deref(), Some("/"));

    let dashboard = visitor.get("/").await;
    assert_eq!(dashboard.status, 200);
    assert!(dashboard.text(".who").contains("Wang Fang"));
    assert!(dashboard.text(".who").contains("Organizer"));
    assert_eq!(
        dashboard.text(".flash"),
        "Welcome! Your organizer account is ready."
    );

    assert_eq!(visitor.get("/setup").await.status, 404);
    let again = app
        .visitor()
        .submit(
            "/login",
            "/setup",
            &[
                ("name", "Intruder"),
                ("email", "intruder@example.org"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status, 404);
    let other = app.visitor();
    let login = other
        .submit(
            "/login",
            "/login",
            &[("email", "wang.fang@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(login.status, 303, "the address was stored in lower case");
}

#[tokio::test]
async fn a_refused_setup_form_keeps_the_input_but_never_the_password() {
    let app = TestApp::spawn().await;
    let page = app
        .visitor()
        .submit(
            "/setup",
            "/setup",
            &[
                ("name", "Wang Fang"),
                ("email", "not-an-address"),
                ("password", "short"),
                ("password_confirm", "different"),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(page.attr("#name", "value").as_deref(), Some("Wang Fang"));
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("not-an-address")
    );
    assert_eq!(page.attr("#password", "value").as_deref(), Some(""));
    assert_eq!(
        page.field_error("email"),
        "Enter an e-mail address such as name@example.org."
    );
    assert_eq!(page.field_error("password"), "Use at least 12 characters.");
    assert_eq!(
        page.field_error("password_confirm"),
        "The two passwords are not the same."
    );
    assert_eq!(
        page.text(".error-summary p"),
        "Please correct the 3 fields marked below."
    );
    assert_eq!(
        page.texts(".error-summary a"),
        [
            "Enter an e-mail address such as name@example.org.",
            "Use at least 12 characters.",
            "The two passwords are not the same."
        ],
        "each linked to its field"
    );
    assert!(!page.body.contains("short"));
    assert_eq!(
        app.visitor().get("/setup").await.status,
        200,
        "still no account"
    );

    // Long enough is not enough.
    for weak in ["1234567890ab", "password1234"] {
        let page = app
            .visitor()
            .submit(
                "/setup",
                "/setup",
                &[
                    ("name", "Wang Fang"),
                    ("email", "wang.fang@example.org"),
                    ("password", weak),
                    ("password_confirm", weak),
                ],
            )
            .await;
        assert_eq!(page.status, 422, "{weak}");
        assert_eq!(
            page.field_error("password"),
            "This password is too easy to guess: add a few unrelated words."
        );
    }
}
