use crate::helpers::{Page, TestApp, Visitor};

fn cohort<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", "2025 SCO Agri-Tourism Seminar — Qingdao"),
        ("allocation_id", "1"),
        ("venue", "Qingdao West Coast New Area"),
        ("starts_on", "2025-10-13"),
        ("ends_on", "2025-10-19"),
        ("capacity", "40"),
        ("time_zone", "Asia/Shanghai"),
        ("status", "planning"),
        ("notes", ""),
    ];
    for (name, value) in overrides {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields.extend([("languages", "zh"), ("languages", "ru")]);
    fields
}

async fn create(organizer: &Visitor, overrides: &[(&str, &str)]) -> Page {
    organizer
        .submit("/cohorts/new", "/cohorts", &cohort(overrides))
        .await
}

#[tokio::test]
async fn an_organizer_creates_a_cohort_and_finds_it_listed_by_name() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let done = create(&organizer, &[]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let location = done.location.unwrap();

    let show = organizer.get(&location).await;
    assert_eq!(show.text("h1"), "2025 SCO Agri-Tourism Seminar — Qingdao");
    assert_eq!(show.text(".flash"), "Cohort created.");
    let facts = show.text("dl.facts");
    assert!(facts.contains("13–19 Oct 2025 (7 days)"), "{facts}");
    assert!(facts.contains("Qingdao"));
    assert!(facts.contains("40 places"));
    assert!(facts.contains("Chinese, Russian"));
    assert!(facts.contains("Planning"));

    let list = organizer.get("/cohorts").await;
    let link = list
        .html()
        .select(&scraper::Selector::parse("table.cohorts a").unwrap())
        .find(|a| a.text().collect::<String>() == "2025 SCO Agri-Tourism Seminar — Qingdao")
        .and_then(|a| a.value().attr("href").map(str::to_owned));
    assert_eq!(link.as_deref(), Some(location.as_str()));
}

#[tokio::test]
async fn the_new_cohort_form_starts_with_sensible_defaults() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let form = organizer.get("/cohorts/new?allocation=2").await;
    assert_eq!(
        form.attr("#time_zone", "value").as_deref(),
        Some("Asia/Shanghai")
    );
    assert_eq!(
        form.attr("#allocation_id option[selected]", "value")
            .as_deref(),
        Some("2")
    );
    assert_eq!(
        form.attr("#status option[selected]", "value").as_deref(),
        Some("planning")
    );
    let checked: Vec<String> = form
        .html()
        .select(&scraper::Selector::parse("input[name=languages][checked]").unwrap())
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect();
    assert_eq!(checked, ["zh", "ru", "en"]);
}

/// Fields changed from a valid cohort, the field that is refused, and the message shown next to it.
type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);

#[tokio::test]
async fn each_rule_is_explained_next_to_its_field_and_nothing_is_saved() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let before = app.all_cohorts().len();
    let long_name = "n".repeat(201);
    let cases: [Case; 14] = [
        (vec![("name", "  ")], "name", "Please fill this in."),
        (
            vec![("name", &long_name)],
            "name",
            "Use at most 200 characters.",
        ),
        (
            vec![("allocation_id", "")],
            "allocation_id",
            "Choose one of the options.",
        ),
        (
            vec![("allocation_id", "999")],
            "allocation_id",
            "Choose one of the options.",
        ),
        (
            vec![("starts_on", "2025-10-19"), ("ends_on", "2025-10-13")],
            "ends_on",
            "The last day cannot be before the first day.",
        ),
        (
            vec![("starts_on", "2025-09-01"), ("ends_on", "2025-10-31")],
            "ends_on",
            "A course lasts at most 60 days; these dates span 61.",
        ),
        (
            vec![("capacity", "0")],
            "capacity",
            "Enter a number from 1 to 1,000.",
        ),
        (
            vec![("capacity", "1001")],
            "capacity",
            "Enter a number from 1 to 1,000.",
        ),
        (
            vec![("capacity", "many")],
            "capacity",
            "Enter a whole number, such as 70.",
        ),
        (
            vec![("time_zone", "Asia/Qingdao")],
            "time_zone",
            "“Asia/Qingdao” is not a time zone. Use a name such as Asia/Shanghai.",
        ),
        (
            vec![("starts_on", "2026-03-02"), ("ends_on", "2026-03-08")],
            "starts_on",
            "The commitment runs from 1 Jan 2023 to 31 Dec 2025; the course must fall within it.",
        ),
        (
            vec![("starts_on", "2025-12-29"), ("ends_on", "2026-01-04")],
            "ends_on",
            "The commitment runs from 1 Jan 2023 to 31 Dec 2025; the course must fall within it.",
        ),
        (
            vec![("capacity", "66")],
            "capacity",
            "Only 65 of Qingdao's 200 places are left.",
        ),
        (
            vec![("status", "finished")],
            "status",
            "Choose one of the options.",
        ),
    ];
    for (overrides, field, message) in cases {
        let page = create(&organizer, &overrides).await;
        assert_eq!(page.status, 422, "{overrides:?}");
        assert_eq!(page.field_error(field), message, "{overrides:?}");
        assert_eq!(
            page.attr(&format!("#{field}"), "aria-invalid").as_deref(),
            Some("true")
        );
        assert_eq!(
            page.attr("#venue", "value").as_deref(),
            Some("Qingdao West Coast New Area"),
            "input kept"
        );
    }
    assert_eq!(app.all_cohorts().len(), before);
    assert_eq!(
        create(&organizer, &[("capacity", "65")]).await.status,
        303,
        "exactly what remains fits"
    );
}

#[tokio::test]
async fn a_cancelled_cohort_gives_its_places_back() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let location = create(&organizer, &[("capacity", "65")])
        .await
        .location
        .unwrap();
    assert_eq!(create(&organizer, &[("capacity", "1")]).await.status, 422);
    let cancel = organizer
        .submit(
            &format!("{location}/edit"),
            &location,
            &cohort(&[("capacity", "65"), ("status", "cancelled")]),
        )
        .await;
    assert_eq!(cancel.status, 303);
    assert_eq!(create(&organizer, &[("capacity", "65")]).await.status, 303);
    let reinstate = organizer
        .submit(
            &format!("{location}/edit"),
            &location,
            &cohort(&[("capacity", "65"), ("status", "planning")]),
        )
        .await;
    assert_eq!(reinstate.status, 422, "the places are taken now");
    assert_eq!(
        reinstate.field_error("capacity"),
        "Only 0 of Qingdao's 200 places are left."
    );
}

#[tokio::test]
async fn editing_a_cohort_counts_its_own_places_once() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let form = organizer.get("/cohorts/1/edit").await;
    assert_eq!(form.attr("#capacity", "value").as_deref(), Some("70"));
    assert_eq!(
        form.attr("#starts_on", "value").as_deref(),
        Some("2023-06-15")
    );
    let statuses: Vec<String> = form.texts("#status option");
    assert_eq!(
        statuses,
        ["Running", "Completed"],
        "a completed course may only reopen"
    );
    let fields = cohort(&[
        ("name", "2023 SCO Poverty Reduction Training — Qingdao"),
        ("starts_on", "2023-06-15"),
        ("ends_on", "2023-06-21"),
        ("capacity", "135"),
        ("status", "completed"),
    ]);
    assert_eq!(
        organizer
            .submit("/cohorts/1/edit", "/cohorts/1", &fields)
            .await
            .status,
        303
    );
    let show = organizer.get("/cohorts/1").await;
    assert!(show.text("dl.facts").contains("135 places"));
}

#[tokio::test]
async fn a_cohort_moves_through_its_statuses_one_step_at_a_time() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let location = create(&organizer, &[]).await.location.unwrap();
    let jump = organizer
        .submit(
            &format!("{location}/edit"),
            &location,
            &cohort(&[("status", "completed")]),
        )
        .await;
    assert_eq!(jump.status, 422);
    assert!(
        jump.field_error("status")
            .starts_with("A cohort moves one step at a time")
    );
    for step in ["open", "running", "completed"] {
        let page = organizer
            .submit(
                &format!("{location}/edit"),
                &location,
                &cohort(&[("status", step)]),
            )
            .await;
        assert_eq!(page.status, 303, "to {step}");
    }
    let cancel = organizer
        .submit(
            &format!("{location}/edit"),
            &location,
            &cohort(&[("status", "cancelled")]),
        )
        .await;
    assert_eq!(cancel.status, 422, "a completed course is not cancelled");
}

#[tokio::test]
async fn no_new_cohort_goes_under_an_archived_commitment() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    assert_eq!(
        organizer
            .submit("/commitments/1", "/commitments/1/archive", &[])
            .await
            .status,
        303
    );
    let form = organizer.get("/cohorts/new").await;
    assert!(form.texts("#allocation_id option").iter().all(|o| o == "—"));
    assert!(
        form.text(".notice")
            .contains("No host city allocation is open")
    );
    let page = create(&organizer, &[]).await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.field_error("allocation_id"),
        "This commitment is archived; choose a current one."
    );
    let edit = organizer.get("/cohorts/1/edit").await;
    assert_eq!(
        edit.attr("#allocation_id option[selected]", "value")
            .as_deref(),
        Some("1"),
        "existing cohorts keep their allocation"
    );
}

#[tokio::test]
async fn the_cohort_list_filters_by_commitment_year_and_status() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    assert_eq!(create(&organizer, &[]).await.status, 303);
    let names = |page: &Page| page.texts("table.cohorts td[data-label='Name'] a");

    let all = organizer.get("/cohorts").await;
    assert_eq!(names(&all).len(), 5);
    assert_eq!(all.text("main p.muted"), "5 cohorts · 285 places");

    let y2024 = organizer.get("/cohorts?year=2024").await;
    assert_eq!(
        names(&y2024),
        [
            "2024 SCO Poverty Reduction Training — Qingdao",
            "2024 SCO Rural Revitalization Seminar — Xi'an"
        ]
    );
    assert_eq!(
        y2024.attr("#f-year option[selected]", "value").as_deref(),
        Some("2024")
    );

    let planning = organizer.get("/cohorts?status=planning").await;
    assert_eq!(
        names(&planning),
        ["2025 SCO Agri-Tourism Seminar — Qingdao"]
    );
    let other = organizer.get("/cohorts?commitment=999").await;
    assert!(names(&other).is_empty());
    assert_eq!(other.text(".empty"), "No cohorts match.");
    assert_eq!(
        organizer
            .get("/cohorts?year=abc&status=nonsense")
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn an_archived_cohort_is_hidden_until_asked_for_and_can_be_restored() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    assert_eq!(
        organizer
            .submit("/cohorts/1", "/cohorts/1/archive", &[])
            .await
            .status,
        303
    );
    let show = organizer.get("/cohorts/1").await;
    assert_eq!(
        show.text(".flash"),
        "Archived. It no longer appears in lists unless you show archived items."
    );
    let list = organizer.get("/cohorts").await;
    assert!(
        !list
            .text("table")
            .contains("2023 SCO Poverty Reduction Training — Qingdao")
    );
    let archived = organizer.get("/cohorts?archived=1").await;
    assert!(
        archived
            .text("table")
            .contains("2023 SCO Poverty Reduction Training — Qingdao")
    );
    assert_eq!(
        organizer
            .submit("/cohorts/1", "/cohorts/1/restore", &[])
            .await
            .status,
        303
    );
    assert!(
        organizer
            .get("/cohorts")
            .await
            .text("table")
            .contains("2023 SCO Poverty Reduction Training — Qingdao")
    );
}

#[tokio::test]
async fn unknown_cohorts_answer_404() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    for path in [
        "/cohorts/999",
        "/cohorts/999/edit",
        "/cohorts/x1",
        "/cohorts/1/nothing-here",
    ] {
        let page = organizer.get(path).await;
        assert_eq!(page.status, 404, "{path}");
        assert_eq!(page.text(".error-page .status"), "404");
    }
    let page = organizer
        .submit("/cohorts/1", "/cohorts/999", &cohort(&[]))
        .await;
    assert_eq!(page.status, 404);
}

#[tokio::test]
async fn a_missing_host_city_is_given_places_from_inside_the_new_cohort_form() {
    use cohortdesk::domain::ids::{AllocationId, CommitmentId};
    use cohortdesk::domain::role::{Role, Scope};
    use cohortdesk::models::allocation::Allocation;
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let allocations = || app.with_conn(|conn| Allocation::choices(conn, None).unwrap().len());
    let before = allocations();
    let form = organizer.get("/cohorts/new").await;
    assert_eq!(
        form.text("details.quick-add summary"),
        "Host city not in the list? Give it places here"
    );
    let kashgar = [
        ("allocation_id", ""),
        ("new_host_city", "Kashgar"),
        ("new_host_city_commitment", "1"),
        ("name", "2025 SCO Oasis Farming Seminar — Kashgar"),
    ];

    let too_few = create(
        &organizer,
        &[kashgar.as_slice(), &[("new_host_city_places", "30")]].concat(),
    )
    .await;
    assert_eq!(too_few.status, 422, "40 trainees in 30 places");
    assert!(
        too_few.field_error("capacity").contains("30"),
        "{}",
        too_few.field_error("capacity")
    );
    assert!(
        too_few
            .form_values()
            .contains(&("new_host_city".to_owned(), "Kashgar".to_owned())),
        "the city typed is kept"
    );
    let taken = create(
        &organizer,
        &[
            ("allocation_id", ""),
            ("new_host_city", "Qingdao"),
            ("new_host_city_places", "40"),
            ("new_host_city_commitment", "1"),
        ],
    )
    .await;
    assert_eq!(taken.status, 422);
    assert_eq!(
        taken.field_error("new_host_city"),
        "This host city already has an allocation in this commitment."
    );
    let unknown = create(
        &organizer,
        &[
            kashgar.as_slice(),
            &[
                ("new_host_city_places", "40"),
                ("new_host_city_commitment", "99"),
            ],
        ]
        .concat(),
    )
    .await;
    assert_eq!(unknown.status, 422);
    assert_eq!(
        unknown.field_error("new_host_city_commitment"),
        "Choose one of the options."
    );
    assert_eq!(
        allocations(),
        before,
        "no city added while the cohort is refused"
    );

    let done = create(
        &organizer,
        &[kashgar.as_slice(), &[("new_host_city_places", "40")]].concat(),
    )
    .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(allocations(), before + 1);
    let show = organizer.get(done.location.as_deref().unwrap()).await;
    assert!(
        show.text("dl.facts").contains("Kashgar"),
        "{}",
        show.text("dl.facts")
    );
    let commitment = organizer.get("/commitments/1").await;
    assert!(commitment.text("main").contains("Kashgar"));

    let xian = Scope::HostCity {
        commitment: CommitmentId(1),
        allocation: AllocationId(2),
    };
    app.add_limited_user("li.xian@example.org", "Li Xian", Role::Organizer, xian);
    let limited = app.logged_in("li.xian@example.org").await;
    let form = limited.get("/cohorts/new").await;
    assert!(
        form.texts("details.quick-add").is_empty(),
        "only an organizer of every course allocates places"
    );
    let refused = create(
        &limited,
        &[
            kashgar.as_slice(),
            &[("new_host_city", "Turpan"), ("new_host_city_places", "40")],
        ]
        .concat(),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .field_error("allocation_id")
            .starts_with("Only an organizer of every course"),
        "told at the allocation: {}",
        refused.field_error("allocation_id")
    );
    assert_eq!(allocations(), before + 1);
}

#[tokio::test]
async fn a_course_runs_from_its_first_day_on_its_own_clock() {
    use chrono::NaiveDate;
    use cohortdesk::domain::cohort::CohortStatus;
    use cohortdesk::services::cohorts;
    let app = TestApp::with_demo().await;
    // The test clock reads 16 June 2023, 01:30 UTC: 09:30 in Shanghai, still the 15th in Los Angeles.
    let day = |d| NaiveDate::from_ymd_opt(2023, 6, d).unwrap();
    let shanghai = app.cohort_at(
        "Starts today in Shanghai",
        10,
        day(16),
        chrono_tz::Asia::Shanghai,
    );
    let tomorrow = app.cohort_at("Starts tomorrow", 10, day(17), chrono_tz::Asia::Shanghai);
    let los_angeles = app.cohort_at(
        "Starts on the 16th in Los Angeles",
        10,
        day(16),
        chrono_tz::America::Los_Angeles,
    );
    let moved =
        app.with_conn(|conn| cohorts::follow_calendar(conn, crate::helpers::test_now()).unwrap());
    assert_eq!(moved, [shanghai]);
    let status = |id| {
        app.all_cohorts()
            .into_iter()
            .find(|c| c.id == id)
            .unwrap()
            .status
    };
    assert_eq!(status(shanghai), CohortStatus::Running);
    assert_eq!(status(tomorrow), CohortStatus::Planning);
    assert_eq!(status(los_angeles), CohortStatus::Planning);
    let again =
        app.with_conn(|conn| cohorts::follow_calendar(conn, crate::helpers::test_now()).unwrap());
    assert!(again.is_empty(), "moved once");

    let organizer = app.organizer().await;
    let page = organizer.get(&format!("/cohorts/{shanghai}")).await;
    assert!(
        page.text("dl.facts").contains("Running"),
        "{}",
        page.text("dl.facts")
    );
    let history = page.text(".history");
    assert!(
        history.contains("Status: Planning → Running"),
        "the move is in the cohort's history: {history}"
    );
}
