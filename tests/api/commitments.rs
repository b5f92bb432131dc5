use cohortdesk::domain::ids::CommitmentId;
use cohortdesk::domain::role::{Role, Scope};

use crate::helpers::{TestApp, Visitor};

const NEW: &str = "/commitments/new";

fn commitment<'a>(
    name: &'a str,
    places: &'a str,
    start: &'a str,
    end: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("description", ""),
        ("places", places),
        ("starts_on", start),
        ("ends_on", end),
    ]
}

async fn create_commitment(organizer: &Visitor) -> String {
    let done = organizer
        .submit(
            NEW,
            "/commitments",
            &commitment(
                "SCO training 2026–2028",
                "1,000",
                "2026-01-01",
                "2028-12-31",
            ),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    done.location.unwrap()
}

async fn add_allocation(
    organizer: &Visitor,
    commitment: &str,
    city: &str,
    places: &str,
    targets: &[(&str, &str)],
) -> crate::helpers::Page {
    let mut fields = vec![("host_city", city), ("places", places)];
    for (year, target) in targets {
        fields.push(("target_year", year));
        fields.push(("target_places", target));
    }
    organizer
        .submit(
            &format!("{commitment}/allocations/new"),
            &format!("{commitment}/allocations"),
            &fields,
        )
        .await
}

#[tokio::test]
async fn an_organizer_creates_a_commitment_and_finds_it_listed_by_name() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let location = create_commitment(&organizer).await;
    assert!(location.starts_with("/commitments/"));

    let show = organizer.get(&location).await;
    assert_eq!(show.status, 200);
    assert_eq!(show.text("h1"), "SCO training 2026–2028");
    assert!(show.text("dl.facts").contains("1,000"));
    assert!(show.text("dl.facts").contains("1 Jan 2026 – 31 Dec 2028"));

    let list = organizer.get("/commitments").await;
    assert_eq!(
        list.attr("table a", "href").as_deref(),
        Some(location.as_str()),
        "the list links the commitment by its name"
    );
    assert_eq!(list.text("table a"), "SCO training 2026–2028");
}

#[tokio::test]
async fn a_refused_commitment_form_comes_back_with_messages_and_the_input_kept() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let long_name = "x".repeat(201);
    let page = organizer
        .submit(
            NEW,
            "/commitments",
            &commitment(&long_name, "1000000", "2026-02-30", ""),
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(page.field_error("name"), "Use at most 200 characters.");
    assert_eq!(
        page.field_error("places"),
        "Enter a number from 1 to 100,000."
    );
    assert_eq!(
        page.field_error("starts_on"),
        "“2026-02-30” is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2023-06-15 or 15.06.2023."
    );
    assert_eq!(page.field_error("ends_on"), "Please fill this in.");
    assert_eq!(page.attr("#name", "value"), Some(long_name));
    assert_eq!(page.attr("#places", "value").as_deref(), Some("1000000"));

    let backwards = organizer
        .submit(
            NEW,
            "/commitments",
            &commitment("Backwards", "10", "2026-01-01", "2025-01-01"),
        )
        .await;
    assert_eq!(backwards.status, 422);
    assert_eq!(
        backwards.field_error("ends_on"),
        "The last day cannot be before the first day."
    );
    assert!(
        organizer
            .get("/commitments")
            .await
            .texts("table a")
            .is_empty(),
        "nothing saved"
    );
}

#[tokio::test]
async fn allocations_never_add_up_to_more_than_the_commitment() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let c = create_commitment(&organizer).await;
    assert_eq!(
        add_allocation(&organizer, &c, "Qingdao", "200", &[("2026", "70")])
            .await
            .status,
        303
    );
    assert_eq!(
        add_allocation(&organizer, &c, "Xi'an", "700", &[])
            .await
            .status,
        303
    );

    let over = add_allocation(&organizer, &c, "Kunming", "101", &[]).await;
    assert_eq!(over.status, 422);
    assert_eq!(
        over.field_error("places"),
        "Only 100 of the 1,000 promised places are still unallocated."
    );
    assert_eq!(over.attr("#host_city", "value").as_deref(), Some("Kunming"));
    assert_eq!(
        add_allocation(&organizer, &c, "Kunming", "100", &[])
            .await
            .status,
        303
    );

    let twice = add_allocation(&organizer, &c, "Qingdao", "1", &[]).await;
    assert_eq!(twice.status, 422);

    let show = organizer.get(&c).await;
    assert_eq!(
        show.texts("table td[data-label='Host city']"),
        ["Kunming", "Qingdao", "Xi'an"]
    );
    assert!(show.text("table").contains("2026: 70"));
    assert!(show.text("dl.facts").contains("1,000"));

    let shrink = organizer
        .submit(
            &format!("{c}/edit"),
            &c,
            &commitment("SCO training 2026–2028", "999", "2026-01-01", "2028-12-31"),
        )
        .await;
    assert_eq!(shrink.status, 422);
    assert_eq!(
        shrink.field_error("places"),
        "Host cities already hold 1,000 places; promise at least that many."
    );
}

#[tokio::test]
async fn a_city_appears_once_per_commitment_and_yearly_targets_fit_inside_its_places() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let c = create_commitment(&organizer).await;
    assert_eq!(
        add_allocation(&organizer, &c, "Qingdao", "200", &[])
            .await
            .status,
        303
    );
    let twice = add_allocation(&organizer, &c, "Qingdao", "10", &[]).await;
    assert_eq!(twice.status, 422);
    assert_eq!(
        twice.field_error("host_city"),
        "This host city already has an allocation in this commitment."
    );

    let targets = add_allocation(
        &organizer,
        &c,
        "Kunming",
        "100",
        &[("2026", "60"), ("2027", "50")],
    )
    .await;
    assert_eq!(targets.status, 422);
    assert_eq!(
        targets.field_error("targets"),
        "The yearly targets add up to 110, more than the 100 places allocated."
    );
    assert_eq!(
        targets.attr("#target-2027", "value").as_deref(),
        Some("50"),
        "input kept"
    );
    let outside = add_allocation(&organizer, &c, "Kunming", "100", &[("2031", "5")]).await;
    assert_eq!(
        outside.field_error("targets"),
        "2031 is not a year of this commitment."
    );
}

#[tokio::test]
async fn an_allocation_cannot_shrink_below_what_its_cohorts_hold() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let commitment = organizer.get("/commitments/1").await;
    let edit = commitment
        .attr("a[href$='/allocations/1/edit']", "href")
        .unwrap();
    let form = organizer.get(&edit).await;
    assert_eq!(form.attr("#host_city", "value").as_deref(), Some("Qingdao"));
    assert_eq!(form.attr("#target-2023", "value").as_deref(), Some("70"));
    let action = form.attr("form.form-grid", "action").unwrap();
    let page = organizer
        .submit(
            &edit,
            &action,
            &[("host_city", "Qingdao"), ("places", "100")],
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.field_error("places"),
        "Cohorts in this city already hold 135 places; allocate at least that many."
    );
    let ok = organizer
        .submit(
            &edit,
            &action,
            &[("host_city", "Qingdao"), ("places", "135")],
        )
        .await;
    assert_eq!(ok.status, 303);
}

#[tokio::test]
async fn a_commitments_period_must_keep_its_cohorts_inside() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer
        .submit(
            "/commitments/1/edit",
            "/commitments/1",
            &commitment(
                "SCO poverty-reduction training",
                "1000",
                "2024-01-01",
                "2025-01-31",
            ),
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.field_error("starts_on"),
        "A cohort under this commitment runs on 15 Jun 2023; the period must include it."
    );
    assert_eq!(
        page.field_error("ends_on"),
        "A cohort under this commitment runs on 20 Apr 2025; the period must include it."
    );
}

#[tokio::test]
async fn editing_a_commitment_saves_and_says_so() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let c = create_commitment(&organizer).await;
    let form = organizer.get(&format!("{c}/edit")).await;
    assert_eq!(form.attr("#places", "value").as_deref(), Some("1000"));
    let done = organizer
        .submit(
            &format!("{c}/edit"),
            &c,
            &commitment("SCO training 2026–2029", "1200", "2026-01-01", "2029-12-31"),
        )
        .await;
    assert_eq!(done.status, 303);
    let show = organizer.get(&c).await;
    assert_eq!(show.text("h1"), "SCO training 2026–2029");
    assert_eq!(show.text(".flash"), "Changes saved.");
    assert!(show.text("dl.facts").contains("1,200"));
}

#[tokio::test]
async fn an_archived_commitment_leaves_the_list_until_restored() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let c = create_commitment(&organizer).await;
    let archived = organizer.submit(&c, &format!("{c}/archive"), &[]).await;
    assert_eq!(archived.status, 303);
    assert!(organizer.get(&c).await.text(".notice").contains("archived"));
    assert!(
        organizer
            .get("/commitments")
            .await
            .texts("table a")
            .is_empty()
    );
    let with_archived = organizer.get("/commitments?archived=1").await;
    assert_eq!(with_archived.text("table .tag"), "archived");
    assert_eq!(
        organizer
            .submit(&c, &format!("{c}/restore"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        organizer.get("/commitments").await.texts("table a").len(),
        1
    );
}

#[tokio::test]
async fn unknown_commitments_and_allocations_answer_404() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    for path in [
        "/commitments/999",
        "/commitments/999/edit",
        "/commitments/abc",
        "/commitments/999/allocations/new",
        "/commitments/1/allocations/999/edit",
    ] {
        let page = organizer.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert_eq!(page.text("h1"), "Not found");
    }
    let page = organizer
        .submit("/commitments/1", "/commitments/999/archive", &[])
        .await;
    assert_eq!(page.status, 404);
}

#[tokio::test]
async fn a_coordinator_limited_to_one_commitment_reports_on_it_alone() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let second = create_commitment(&organizer).await;
    let id: i32 = second.rsplit('/').next().unwrap().parse().unwrap();
    let scope = Scope::Commitment(CommitmentId(id));
    app.add_limited_user("bakyt@example.kg", "Bakyt", Role::Coordinator, scope);
    let coordinator = app.logged_in("bakyt@example.kg").await;

    let listed = coordinator.get("/commitments").await.texts("tbody tr");
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].contains("SCO training 2026–2028"));
    let dashboard = coordinator.get("/").await;
    assert_eq!(dashboard.texts(".card.commitment").len(), 1);
    assert!(
        !dashboard.body.contains("Qingdao"),
        "no course of the demo's commitment"
    );
    assert_eq!(coordinator.get("/cohorts").await.texts("tbody tr").len(), 0);
    for path in ["/commitments/1", "/commitments/1/progress", "/cohorts/1"] {
        assert_eq!(coordinator.get(path).await.status, 404, "GET {path}");
    }
    let progress = coordinator.get("/progress").await;
    assert_eq!(progress.location, Some(format!("{second}/progress")));
    assert_eq!(coordinator.get(&second).await.status, 200);

    let token = crate::json_api::new_token(&coordinator, "ministry report").await;
    let api = |path: &'static str| crate::json_api::api(&coordinator, &token, path);
    let listed: serde_json::Value =
        serde_json::from_str(&api("/api/v1/commitments").await.body).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["id"], id);
    let refused = api("/api/v1/commitments/1/progress").await;
    assert_eq!(
        (refused.status, refused.body.as_str()),
        (404, r#"{"error":"not found"}"#)
    );
}
