//! The read-only JSON API: personal tokens made and revoked on their page, shown once; the API answers
//! exactly what the pages' JSON downloads say; no token, a wrong one or a revoked one gets 401; the API
//! changes nothing.

use serde_json::Value;

use crate::helpers::{Page, TestApp, Visitor};

/// Makes a token named `name` on the tokens page and returns it.
pub(crate) async fn new_token(visitor: &Visitor, name: &str) -> String {
    let page = visitor
        .submit("/api-tokens", "/api-tokens", &[("name", name)])
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    let token = page.text("#new-token");
    assert!(token.starts_with("cdk_"), "{token}");
    assert!(
        page.text("pre")
            .contains(&format!("Authorization: Bearer {token}")),
        "a curl example to copy"
    );
    token
}

pub(crate) async fn api(visitor: &Visitor, token: &str, path: &str) -> Page {
    visitor
        .get_with(path, &[("Authorization", &format!("Bearer {token}"))])
        .await
}

fn json(page: &Page) -> Value {
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(
        page.headers["content-type"].to_str().unwrap(),
        "application/json"
    );
    serde_json::from_str(&page.body).unwrap()
}

#[tokio::test]
async fn a_coordinators_token_reads_what_the_pages_show() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let token = new_token(&coordinator, "Ministry dashboard").await;
    let listed = coordinator.get("/api-tokens").await;
    assert!(
        !listed.body.contains(&token),
        "the token is shown only once"
    );
    assert_eq!(listed.text("#tokens tbody th"), "Ministry dashboard");
    assert_eq!(
        listed.text("#tokens tbody code"),
        format!("…{}", &token[token.len() - 4..])
    );

    let tool = app.visitor();
    let commitments = json(&api(&tool, &token, "/api/v1/commitments").await);
    let page_json = json(&coordinator.get("/commitments/1/progress.json").await);
    assert_eq!(commitments[0]["id"], 1);
    assert_eq!(commitments[0]["target"], 1000);
    assert_eq!(commitments[0]["delivered"], page_json["delivered"]);
    assert_eq!(
        commitments[0]["links"]["self"],
        "/api/v1/commitments/1/progress"
    );
    assert_eq!(
        json(&api(&tool, &token, "/api/v1/commitments/1/progress").await),
        page_json,
        "the API and the page's JSON are the same figures"
    );

    let cohorts = json(&api(&tool, &token, "/api/v1/cohorts").await);
    assert_eq!(cohorts.as_array().unwrap().len(), app.all_cohorts().len());
    let qingdao = json(&api(&tool, &token, "/api/v1/cohorts/1").await);
    assert_eq!(qingdao["host_city"], "Qingdao");
    assert_eq!(qingdao["status"], "completed");
    assert_eq!(
        json(&api(&tool, &token, "/api/v1/cohorts/1/report").await),
        json(&coordinator.get("/cohorts/1/report.json").await)
    );
    let russian = json(&api(&tool, &token, "/api/v1/cohorts/1/report?lang=ru").await);
    let countries: Vec<&str> = russian["delegations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["country"].as_str().unwrap())
        .collect();
    assert!(countries.contains(&"Казахстан"), "{countries:?}");

    let missing = api(&tool, &token, "/api/v1/cohorts/99/report").await;
    assert_eq!(missing.status, 404);
    assert_eq!(
        serde_json::from_str::<Value>(&missing.body).unwrap()["error"],
        "not found"
    );
    assert_eq!(api(&tool, &token, "/api/v1/trainees").await.status, 404);

    let used = coordinator.get("/api-tokens").await;
    assert_ne!(
        used.text("#tokens tbody td:nth-of-type(3)"),
        "—",
        "the page says when it was last used"
    );
}

#[tokio::test]
async fn no_token_a_wrong_one_or_a_revoked_one_gets_401() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let token = new_token(&coordinator, "Script").await;
    let tool = app.visitor();
    assert_eq!(api(&tool, &token, "/api/v1/commitments").await.status, 200);

    let bare = tool.get("/api/v1/commitments").await;
    assert_eq!(bare.status, 401);
    assert!(
        bare.headers["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    assert!(
        serde_json::from_str::<Value>(&bare.body).unwrap()["error"]
            .as_str()
            .unwrap()
            .contains("Bearer")
    );
    let mut wrong = token.clone();
    wrong.replace_range(
        token.len() - 1..,
        if token.ends_with('0') { "1" } else { "0" },
    );
    assert_eq!(api(&tool, &wrong, "/api/v1/commitments").await.status, 401);
    assert_eq!(
        api(&tool, "not-a-token", "/api/v1/commitments")
            .await
            .status,
        401
    );
    assert_eq!(
        coordinator.get("/api/v1/commitments").await.status,
        401,
        "a logged-in browser is not a token"
    );

    let organizer = app.organizer().await;
    let id = coordinator
        .get("/api-tokens")
        .await
        .attr("#tokens tbody tr", "data-token")
        .unwrap();
    let theirs = organizer
        .submit("/api-tokens", &format!("/api-tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(theirs.status, 404, "no one revokes another's token");
    assert_eq!(api(&tool, &token, "/api/v1/commitments").await.status, 200);

    let revoked = coordinator
        .submit("/api-tokens", &format!("/api-tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(revoked.status, 303);
    let listed = coordinator.get("/api-tokens").await;
    assert!(
        listed
            .text(".flash, [role=status]")
            .contains("The token is revoked")
    );
    assert!(listed.text("#tokens tbody").contains("Revoked"));
    assert_eq!(api(&tool, &token, "/api/v1/commitments").await.status, 401);
    assert_eq!(
        api(&tool, &token, "/api/v1/cohorts/1/report").await.status,
        401
    );
}

#[tokio::test]
async fn tokens_read_and_never_write() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let token = new_token(&organizer, "Organizer's script").await;
    let tool = app.visitor();
    assert_eq!(
        api(&tool, &token, "/api/v1/cohorts").await.status,
        200,
        "an organizer's token reads as the organizer may"
    );
    let before = tool
        .get_with(
            "/api/v1/cohorts/1",
            &[("Authorization", &format!("Bearer {token}"))],
        )
        .await
        .body;
    let response = tool
        .client
        .post(format!("{}/api/v1/cohorts/1", tool.base))
        .header("Authorization", format!("Bearer {token}"))
        .form(&[("name", "Renamed"), ("status", "cancelled")])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error(), "{}", response.status());
    let after = api(&tool, &token, "/api/v1/cohorts/1").await.body;
    assert_eq!(before, after, "nothing changed");
}

#[tokio::test]
async fn a_token_needs_a_name_and_only_staff_make_tokens() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let refused = coordinator
        .submit("/api-tokens", "/api-tokens", &[("name", "   ")])
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.field_error("name"), "Please fill this in.");
    assert!(refused.text("#new-token").is_empty());

    let anonymous = app.visitor();
    let page = anonymous.get("/api-tokens").await;
    assert!(page.location.unwrap().starts_with("/login"));
    let post = anonymous
        .submit("/login", "/api-tokens", &[("name", "Sneaky")])
        .await;
    assert!(post.location.unwrap().starts_with("/login"));
}

/// An answer that is a JSON error with `status`.
fn json_error(page: &Page, status: u16) -> String {
    assert_eq!(page.status, status, "{}", page.body);
    assert_eq!(
        page.headers["content-type"].to_str().unwrap(),
        "application/json"
    );
    serde_json::from_str::<Value>(&page.body).unwrap()["error"]
        .as_str()
        .expect("an error message")
        .to_owned()
}

#[tokio::test]
async fn every_api_error_is_json_and_the_scheme_is_read_in_any_case() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let token = new_token(&coordinator, "Script").await;
    let tool = app.visitor();
    for scheme in ["bearer", "BEARER", "Bearer"] {
        let page = tool
            .get_with(
                "/api/v1/commitments",
                &[("Authorization", &format!("{scheme} {token}"))],
            )
            .await;
        assert_eq!(page.status, 200, "{scheme}");
    }
    for path in [
        "/api/v1/cohorts/abc",
        "/api/v1/cohorts/99999999999",
        "/api/v1/commitments/1.5/progress",
        "/api/v1/cohorts/999",
        "/api/v1/nothing-here",
    ] {
        json_error(&api(&tool, &token, path).await, 404);
    }
    let bad_query = api(&tool, &token, "/api/v1/cohorts/1/report?lang=ru&lang=zh").await;
    json_error(&bad_query, 400);
    for method in [
        reqwest::Method::POST,
        reqwest::Method::PUT,
        reqwest::Method::DELETE,
    ] {
        let response = tool
            .client
            .request(method.clone(), format!("{}/api/v1/cohorts/1", tool.base))
            .header("Authorization", format!("Bearer {token}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 405, "{method}");
        assert_eq!(response.headers()["allow"], "GET, HEAD");
        let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        assert!(body["error"].as_str().unwrap().contains("GET"));
    }
    let head = tool
        .client
        .head(format!("{}/api/v1/cohorts", tool.base))
        .header("Authorization", format!("Bearer {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-type"], "application/json");
}
