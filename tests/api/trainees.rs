use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::trainee::EnrollmentStatus;
use cohortdesk::services::demo::QINGDAO_2023;

use crate::helpers::{Page, TestApp, Visitor};

/// A complete trainee form, with some fields replaced.
fn trainee<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("family_name", "Nurmagambetova"),
        ("given_name", "Aigul"),
        ("native_name", "Нурмагамбетова Айгуль"),
        ("gender", "female"),
        ("date_of_birth", "1984-09-02"),
        ("country", "KZ"),
        ("organization", "Akimat of Kyzylorda Region"),
        ("position", "Deputy Head of District"),
        ("email", "a.nurmagambetova@example.kz"),
        ("phone", "+7 701 555 0101"),
        ("preferred_language", ""),
        ("dietary_requirements", "halal"),
        ("accessibility_needs", ""),
        ("passport_number", "N 0042 7331"),
        ("passport_expiry", "2031-05-31"),
        ("notes", ""),
        ("status", "nominated"),
        ("arrival", "2025-10-12T21:35"),
        ("arrival_flight", "CZ6094"),
        ("arrival_airport", "Xi'an Xianyang"),
        ("departure", "2025-10-20T09:10"),
        ("departure_flight", "CZ6093"),
        ("departure_airport", "Xi'an Xianyang"),
        ("hotel", "Yangling Hotel"),
        ("room", "412"),
    ];
    for (name, value) in overrides {
        if let Some(field) = fields.iter_mut().find(|(n, _)| n == name) {
            field.1 = value;
        }
    }
    fields
}

async fn add(organizer: &Visitor, cohort: CohortId, overrides: &[(&str, &str)]) -> Page {
    organizer
        .submit(
            &format!("/cohorts/{cohort}/trainees/new"),
            &format!("/cohorts/{cohort}/trainees"),
            &trainee(overrides),
        )
        .await
}

async fn app_with_cohort(capacity: i32) -> (TestApp, CohortId) {
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort("2025 SCO Rural Governance Seminar — Xi'an", capacity);
    (app, cohort)
}

#[tokio::test]
async fn an_organizer_enrols_a_trainee_and_finds_everything_on_their_page() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    let done = add(&organizer, cohort, &[]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let profile_url = done.location.unwrap();

    let profile = organizer.get(&profile_url).await;
    assert_eq!(profile.text("h1"), "NURMAGAMBETOVA Aigul");
    assert_eq!(profile.text(".native"), "Нурмагамбетова Айгуль");
    assert_eq!(profile.text(".flash"), "Trainee enrolled.");
    let facts = profile.text("dl.facts");
    for expected in [
        "Nominated",
        "2025-10-12 21:35 CZ6094 Xi'an Xianyang",
        "2025-10-20 09:10 CZ6093",
        "Yangling Hotel, Room 412",
        "Kazakhstan",
        "Female",
        "2 Sep 1984",
        "Akimat of Kyzylorda Region",
        "a.nurmagambetova@example.kz",
        "+7 701 555 0101",
        "Русский",
        "halal",
        "N00427331",
    ] {
        assert!(
            facts.contains(expected),
            "{expected:?} missing from {facts}"
        );
    }

    let roster = organizer.get(&format!("/cohorts/{cohort}/trainees")).await;
    assert_eq!(
        roster.texts("table.roster td[data-label='Name'] a"),
        ["NURMAGAMBETOVA Aigul"]
    );
    assert_eq!(
        roster
            .attr("table.roster td[data-label='Name'] a", "href")
            .as_deref(),
        Some(profile_url.as_str())
    );
    let delegations = organizer
        .get(&format!("/cohorts/{cohort}/delegations"))
        .await;
    assert_eq!(
        delegations.texts("td[data-label='Country']"),
        ["Kazakhstan"],
        "the delegation was created with its first trainee"
    );
}

#[tokio::test]
async fn a_refused_trainee_form_explains_each_field_and_keeps_the_input() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    let page = add(
        &organizer,
        cohort,
        &[
            ("family_name", ""),
            ("country", ""),
            ("email", "aigul@"),
            ("departure", "2025-10-11T09:00"),
            ("passport_number", "N-42"),
        ],
    )
    .await;
    assert_eq!(page.status, 422);
    assert_eq!(page.field_error("family_name"), "Please fill this in.");
    assert_eq!(page.field_error("country"), "Please fill this in.");
    assert_eq!(
        page.field_error("email"),
        "Enter an e-mail address such as name@example.org."
    );
    assert_eq!(
        page.field_error("departure"),
        "The departure cannot be before the arrival."
    );
    assert_eq!(
        page.field_error("passport_number"),
        "A passport number has only letters and digits, at most 20."
    );
    assert_eq!(page.attr("#given_name", "value").as_deref(), Some("Aigul"));
    assert_eq!(
        page.attr("#hotel", "value").as_deref(),
        Some("Yangling Hotel")
    );
    assert!(app.roster(cohort).is_empty());
}

#[tokio::test]
async fn one_line_fields_refuse_invisible_trouble_and_notes_keep_their_lines() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    let page = add(
        &organizer,
        cohort,
        &[
            ("family_name", "Nurmagambetova\r\nAigul"),
            ("native_name", "\u{202E}аволуйА"),
            ("hotel", "Yangling\u{7}Hotel"),
            ("notes", "Arrives late.\r\nVegetarian."),
        ],
    )
    .await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.field_error("family_name"),
        "Write this on one line: it contains a line break."
    );
    assert_eq!(
        page.field_error("native_name"),
        "Remove the invisible character U+202E: it changes the direction text is shown in."
    );
    assert_eq!(
        page.field_error("hotel"),
        "Remove the invisible control character U+0007 (retype the text rather than pasting it)."
    );
    assert_eq!(
        page.field_error("notes"),
        "",
        "several lines are fine in notes"
    );
    assert_eq!(
        page.attr("#family_name", "value").as_deref(),
        Some("Nurmagambetova\nAigul"),
        "the input is kept to correct (HTML reads a CR LF as one line feed)"
    );
    assert!(app.roster(cohort).is_empty());

    let saved = add(
        &organizer,
        cohort,
        &[("notes", "Arrives late.\r\nVegetarian.")],
    )
    .await;
    assert_eq!(saved.status, 303);
    assert_eq!(
        app.roster(cohort)[0].trainee.notes,
        "Arrives late.\nVegetarian.",
        "line breaks kept, as one kind"
    );
}

#[tokio::test]
async fn places_are_taken_by_confirmed_trainees_and_never_beyond_capacity() {
    let (app, cohort) = app_with_cohort(1).await;
    let organizer = app.organizer().await;
    assert_eq!(
        add(&organizer, cohort, &[("status", "confirmed")])
            .await
            .status,
        303
    );
    let second = add(
        &organizer,
        cohort,
        &[
            ("status", "confirmed"),
            ("email", "other@example.kz"),
            ("passport_number", "N11112222"),
        ],
    )
    .await;
    assert_eq!(second.status, 422);
    assert_eq!(
        second.field_error("status"),
        "Not enough places: 1 of 1 are taken and 0 left."
    );
    let nominated = add(
        &organizer,
        cohort,
        &[
            ("email", "other@example.kz"),
            ("passport_number", "N11112222"),
        ],
    )
    .await;
    assert_eq!(nominated.status, 303, "a nomination takes no place");
    let profile = nominated.location.unwrap();
    let refused = organizer
        .submit(
            &profile,
            &format!("{profile}/status"),
            &[("status", "confirmed")],
        )
        .await;
    assert_eq!(refused.status, 303);
    let page = organizer.get(&profile).await;
    assert_eq!(
        page.text(".flash"),
        "Not enough places: 1 of 1 are taken and 0 left."
    );
    assert!(
        page.text("dl.facts").contains("Nominated"),
        "still nominated"
    );
    let roster = organizer.get(&format!("/cohorts/{cohort}/trainees")).await;
    assert!(roster.text(".summary").contains("1 / 1"));
}

#[tokio::test]
async fn a_person_is_enrolled_once_per_cohort_but_may_come_back_in_another() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    assert_eq!(add(&organizer, cohort, &[]).await.status, 303);
    let twice = add(&organizer, cohort, &[("given_name", "Aigul'")]).await;
    assert_eq!(twice.status, 422);
    assert_eq!(
        twice.field_error("passport_number"),
        "NURMAGAMBETOVA Aigul is already enrolled in this cohort."
    );

    let next = app.empty_cohort("2025 SCO Agri-Tourism Seminar — Xi'an", 20);
    let again = add(&organizer, next, &[("position", "Head of District")]).await;
    assert_eq!(again.status, 303, "the same person in another cohort");
    let first = app.roster(cohort);
    let second = app.roster(next);
    assert_eq!(
        first[0].trainee.id, second[0].trainee.id,
        "one person, two places"
    );
    assert_eq!(
        second[0].trainee.position, "Head of District",
        "their details were updated"
    );
    let profile = organizer.get(&again.location.unwrap()).await;
    assert!(
        profile
            .text("section")
            .contains("2025 SCO Rural Governance Seminar — Xi'an")
    );
}

#[tokio::test]
async fn an_e_mail_address_belongs_to_one_trainee() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    assert_eq!(add(&organizer, cohort, &[]).await.status, 303);
    let other = add(
        &organizer,
        cohort,
        &[
            ("family_name", "Sarsenbayev"),
            ("given_name", "Yerzhan"),
            ("passport_number", "N55556666"),
        ],
    )
    .await;
    assert_eq!(other.status, 422);
    assert_eq!(
        other.field_error("email"),
        "This e-mail address belongs to another trainee (NURMAGAMBETOVA Aigul)."
    );
}

#[tokio::test]
async fn editing_a_trainee_saves_the_person_and_their_travel() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    let profile = add(&organizer, cohort, &[]).await.location.unwrap();
    let form = organizer.get(&format!("{profile}/edit")).await;
    assert_eq!(
        form.attr("#arrival", "value").as_deref(),
        Some("2025-10-12T21:35")
    );
    assert_eq!(
        form.attr("#passport_number", "value").as_deref(),
        Some("N00427331")
    );
    let saved = organizer
        .submit(
            &format!("{profile}/edit"),
            &profile,
            &trainee(&[
                ("room", "1203"),
                ("arrival", "2025-10-13T07:05"),
                ("email", ""),
            ]),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = organizer.get(&profile).await;
    assert!(page.text("dl.facts").contains("Room 1203"));
    assert!(page.text("dl.facts").contains("2025-10-13 07:05"));
    assert_eq!(
        app.roster(cohort)[0].trainee.email,
        None,
        "an emptied e-mail is removed"
    );
    assert_eq!(
        app.roster(cohort)[0]
            .enrollment
            .arrival_at
            .unwrap()
            .to_string(),
        "2025-10-12 23:05:00",
        "stored in UTC"
    );
}

#[tokio::test]
async fn a_status_moves_one_step_at_a_time_and_its_history_is_kept() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    let profile = add(&organizer, cohort, &[]).await.location.unwrap();
    let jump = organizer
        .submit(
            &profile,
            &format!("{profile}/status"),
            &[("status", "completed")],
        )
        .await;
    assert_eq!(jump.status, 303);
    assert!(
        organizer
            .get(&profile)
            .await
            .text(".flash")
            .starts_with("A trainee moves one step at a time")
    );
    for step in ["confirmed", "withdrawn"] {
        organizer
            .submit(&profile, &format!("{profile}/status"), &[("status", step)])
            .await;
    }
    let page = organizer.get(&profile).await;
    assert_eq!(
        page.texts("ol.history .status"),
        ["Nominated", "Confirmed", "Withdrawn"]
    );
    assert_eq!(
        page.texts("#status option"),
        ["Nominated"],
        "a withdrawn trainee can only be nominated again"
    );
    assert_eq!(
        app.roster(cohort)[0].enrollment.status,
        EnrollmentStatus::Withdrawn
    );
}

#[tokio::test]
async fn passports_are_shown_to_organizers_and_masked_for_coordinators() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    let profile = add(&organizer, cohort, &[]).await.location.unwrap();
    assert!(
        organizer
            .get(&profile)
            .await
            .text(".passport")
            .starts_with("N00427331")
    );
    let coordinator = app.coordinator().await;
    let page = coordinator.get(&profile).await;
    assert!(
        page.text(".passport").starts_with("••••••331"),
        "{}",
        page.text(".passport")
    );
    assert!(!page.body.contains("N00427331"));
    assert!(coordinator.get(&format!("{profile}/edit")).await.status == 403);
}

#[tokio::test]
async fn the_roster_filters_and_counts_the_demo_course() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let roster = coordinator.get("/cohorts/1/trainees").await;
    assert_eq!(roster.text("h1"), QINGDAO_2023);
    assert_eq!(roster.texts("table.roster tbody tr").len(), 70);
    let summary = roster.text(".summary");
    assert!(summary.contains("70 trainees enrolled"), "{summary}");
    assert!(summary.contains("70 / 70 places taken"), "{summary}");
    assert!(summary.contains("0 places left"), "{summary}");
    let counts = roster.text(".counts");
    assert!(
        counts.contains("Completed 70"),
        "the course is over: {counts}"
    );
    for country in [
        "Kazakhstan 18",
        "Kyrgyzstan 17",
        "Tajikistan 17",
        "Uzbekistan 18",
    ] {
        assert!(counts.contains(country), "{country} in {counts}");
    }

    let kazakh_women = coordinator
        .get("/cohorts/1/trainees?country=KZ&gender=female")
        .await;
    let rows = kazakh_women.texts("table.roster tbody tr");
    assert!(!rows.is_empty() && rows.len() < 18);
    assert!(
        rows.iter()
            .all(|r| r.contains("Kazakhstan") && r.contains("Female"))
    );
    assert_eq!(
        kazakh_women
            .attr("#f-country option[selected]", "value")
            .as_deref(),
        Some("KZ")
    );
    let withdrawn = coordinator
        .get("/cohorts/1/trainees?status=withdrawn")
        .await;
    assert_eq!(withdrawn.text(".empty"), "No trainees match.");

    let delegations = coordinator.get("/cohorts/1/delegations").await;
    let leaders = delegations.texts("td[data-label='Leader'] a");
    assert_eq!(leaders.len(), 4, "each delegation has a leader");
    assert!(
        delegations
            .text("table")
            .contains("agri@kz-embassy.example.cn")
    );
}

#[tokio::test]
async fn a_delegation_leader_is_one_of_its_members() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let list = organizer.get("/cohorts/1/delegations").await;
    let edit = list.attr("td.row-actions a", "href").unwrap();
    let form = organizer.get(&edit).await;
    let action = form.attr("form.form-grid", "action").unwrap();
    let members: Vec<String> = form
        .html()
        .select(&scraper::Selector::parse("#leader option").unwrap())
        .filter_map(|o| o.value().attr("value").map(str::to_owned))
        .filter(|v| !v.is_empty())
        .collect();
    let outsider = app
        .roster(CohortId(1))
        .into_iter()
        .find(|e| !members.contains(&e.trainee.id.to_string()))
        .unwrap()
        .trainee
        .id
        .to_string();
    let refused = organizer
        .submit(
            &edit,
            &action,
            &[("leader", &outsider), ("focal_email", "not an address")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.field_error("leader"), "Choose one of the options.");
    assert_eq!(
        refused.field_error("focal_email"),
        "Enter an e-mail address such as name@example.org."
    );
    let saved = organizer
        .submit(
            &edit,
            &action,
            &[
                ("leader", &members[1]),
                ("focal_name", "Gulnara Abenova"),
                ("focal_email", "g.abenova@example.kz"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let list = organizer.get("/cohorts/1/delegations").await;
    assert!(list.text("table").contains("Gulnara Abenova"));
    // The log names the delegation by its country, not by its stored code.
    let log = organizer.get("/audit?object=delegation").await;
    let named = log.texts("table.audit tbody tr td:nth-child(4)");
    let code = |n: &String| n.len() == 2 && n.chars().all(|c| c.is_ascii_uppercase());
    assert!(!named.is_empty() && !named.iter().any(code), "{named:?}");
}

#[tokio::test]
async fn unknown_trainees_and_cohorts_answer_404() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    for path in [
        "/cohorts/999/trainees",
        "/cohorts/1/trainees/99999",
        "/cohorts/2/trainees/1",
        "/cohorts/1/trainees/99999/edit",
        "/cohorts/1/trainees/import/999",
        "/cohorts/1/delegations/999/edit",
        "/cohorts/999/trainees.csv",
    ] {
        assert_eq!(organizer.get(path).await.status, 404, "{path}");
    }
}

#[tokio::test]
async fn a_long_roster_comes_in_pages_of_a_hundred_or_all_at_once_to_print() {
    let (app, cohort) = app_with_cohort(90).await;
    let organizer = app.organizer().await;
    let mut file = String::from("family_name,given_name,gender,country\n");
    for i in 0..150 {
        file.push_str(&format!(
            "Family{i:03},Given,{},{}\n",
            if i % 2 == 0 { "female" } else { "male" },
            if i < 100 { "KG" } else { "TJ" }
        ));
    }
    let page = format!("/cohorts/{cohort}/trainees/import");
    let preview = organizer
        .upload(&page, &page, "long.csv", file.into_bytes())
        .await
        .location
        .unwrap();
    assert_eq!(organizer.submit(&preview, &preview, &[]).await.status, 303);

    let first = organizer.get(&format!("/cohorts/{cohort}/trainees")).await;
    assert_eq!(first.texts("table.roster tbody tr").len(), 100);
    assert!(
        first.text("nav.pages").starts_with("Lines 1–100 / 150"),
        "{}",
        first.text("nav.pages")
    );
    let next = first.attr("nav.pages a[rel=next]", "href").unwrap();
    let second = organizer.get(&next).await;
    assert_eq!(second.texts("table.roster tbody tr").len(), 50);
    assert_eq!(
        second.texts("table.roster td[data-label='Name'] a")[0],
        "FAMILY100 Given"
    );

    let women = organizer
        .get(&format!(
            "/cohorts/{cohort}/trainees?gender=female&page=all"
        ))
        .await;
    assert_eq!(
        women.texts("table.roster tbody tr").len(),
        75,
        "all lines that match, on one page"
    );
    assert!(women.texts("nav.pages").is_empty());
}

#[tokio::test]
async fn the_roster_shows_each_change_at_once() {
    let (app, cohort) = app_with_cohort(30).await;
    let organizer = app.organizer().await;
    let profile = add(&organizer, cohort, &[]).await.location.unwrap();
    let roster_url = format!("/cohorts/{cohort}/trainees");
    assert_eq!(
        organizer
            .get(&roster_url)
            .await
            .text("table.roster .status"),
        "Nominated"
    );
    organizer
        .submit(
            &profile,
            &format!("{profile}/status"),
            &[("status", "confirmed")],
        )
        .await;
    assert_eq!(
        organizer
            .get(&roster_url)
            .await
            .text("table.roster .status"),
        "Confirmed"
    );
    let renamed = organizer
        .submit(
            &format!("{profile}/edit"),
            &profile,
            &trainee(&[("family_name", "Nurmagambet")]),
        )
        .await;
    assert_eq!(renamed.status, 303);
    assert_eq!(
        organizer
            .get(&roster_url)
            .await
            .text("table.roster td[data-label='Name'] a"),
        "NURMAGAMBET Aigul"
    );
}
