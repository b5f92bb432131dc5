//! The roster at work: searching it, and one action on many trainees — all or nothing, each refusal
//! named — with the badges to print.

use cohortdesk::domain::ids::{CohortId, TraineeId};
use cohortdesk::domain::trainee::EnrollmentStatus;
use cohortdesk::models::group::CohortGroup;
use cohortdesk::services::groups;

use crate::helpers::{Page, TestApp, Visitor};

fn names(page: &Page) -> Vec<String> {
    page.texts("table.roster td[data-label='Name'] a")
}

#[tokio::test]
async fn the_roster_finds_trainees_by_name_in_either_script_organization_or_badge_code() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let entry = app.roster(CohortId(1)).remove(7);
    let passport_name = entry.trainee.passport_name();
    let native_first_word = entry
        .trainee
        .native_name
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    let badge = app.state.checkin_key.badge_code(entry.enrollment.id);
    let search = |q: String| {
        let coordinator = &coordinator;
        async move {
            let url = format!(
                "/cohorts/1/trainees?q={}",
                url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            );
            coordinator.get(&url).await
        }
    };

    let by_family = search(entry.trainee.family_name.to_lowercase()).await;
    assert!(
        names(&by_family).contains(&passport_name),
        "{:?}",
        names(&by_family)
    );
    assert!(
        names(&by_family).len() < 70,
        "only those whose name holds it: {:?}",
        names(&by_family)
    );
    let by_native = search(native_first_word.clone()).await;
    assert!(
        names(&by_native).contains(&passport_name),
        "{native_first_word}"
    );
    for line in by_native.texts("table.roster td[data-label='Name']") {
        assert!(line.contains(&native_first_word), "{line}");
    }
    let organization = &entry.trainee.organization;
    let by_organization = search(organization.to_uppercase()).await;
    for line in by_organization.texts("table.roster td[data-label='Organization']") {
        assert!(line.contains(organization.as_str()), "{line}");
    }
    let lowered = format!("{} {}", &badge[..3], &badge[3..]).to_lowercase();
    let by_badge = search(lowered).await;
    assert_eq!(
        names(&by_badge),
        [passport_name],
        "the badge's holder alone"
    );
    assert_eq!(
        by_badge.attr("#f-q", "value").as_deref(),
        Some(
            format!("{} {}", &badge[..3], &badge[3..])
                .to_lowercase()
                .as_str()
        ),
        "the search stays in its box"
    );

    let nobody = search("Zzyzx".to_owned()).await;
    assert_eq!(nobody.text(".empty"), "No trainees match.");
    assert!(
        nobody.texts("input[name=trainee]").is_empty(),
        "a coordinator has no bulk action"
    );
}

/// The ids of the cohort's trainees, in roster order.
fn trainees(app: &TestApp, cohort: CohortId) -> Vec<TraineeId> {
    app.roster(cohort).iter().map(|e| e.trainee.id).collect()
}

fn statuses(app: &TestApp, cohort: CohortId) -> Vec<EnrollmentStatus> {
    app.roster(cohort)
        .iter()
        .map(|e| e.enrollment.status)
        .collect()
}

async fn bulk(organizer: &Visitor, cohort: CohortId, chosen: &[TraineeId], action: &str) -> Page {
    let ids: Vec<String> = chosen.iter().map(ToString::to_string).collect();
    let mut fields = vec![("action", action), ("back", "q=trainee")];
    fields.extend(ids.iter().map(|id| ("trainee", id.as_str())));
    let roster = format!("/cohorts/{cohort}/trainees");
    organizer
        .submit(&roster, &format!("{roster}/bulk"), &fields)
        .await
}

async fn flash(organizer: &Visitor, done: &Page) -> String {
    assert_eq!(done.status, 303, "{}", done.body);
    organizer
        .get(done.location.as_deref().unwrap())
        .await
        .text(".flash")
}

#[tokio::test]
async fn one_action_changes_every_trainee_chosen_or_none_and_names_each_refusal() {
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort("2025 SCO Rural Governance Seminar — Xi'an", 40);
    let organizer = app.organizer().await;
    organizer.enrol(cohort, 4).await;
    let ids = trainees(&app, cohort);
    let names: Vec<String> = app
        .roster(cohort)
        .iter()
        .map(|e| e.trainee.passport_name())
        .collect();
    assert_eq!(statuses(&app, cohort), [EnrollmentStatus::Confirmed; 4]);

    let arrived = bulk(&organizer, cohort, &ids[..2], "status:arrived").await;
    assert_eq!(
        arrived.location.as_deref(),
        Some(format!("/cohorts/{cohort}/trainees?q=trainee").as_str()),
        "back to the same view"
    );
    assert_eq!(
        flash(&organizer, &arrived).await,
        "Done: 2 trainees changed."
    );

    let refused = bulk(&organizer, cohort, &ids[..3], "status:completed").await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.texts("#trainee-error li"),
        [format!(
            "{}: “Confirmed” cannot become “Completed” (one step at a time).",
            names[2]
        )]
    );
    assert_eq!(
        statuses(&app, cohort),
        [
            EnrollmentStatus::Arrived,
            EnrollmentStatus::Arrived,
            EnrollmentStatus::Confirmed,
            EnrollmentStatus::Confirmed
        ],
        "nobody changed"
    );
    assert_eq!(
        refused.texts("input[name=trainee][checked]").len(),
        3,
        "the choice is kept"
    );
    assert_eq!(
        refused.attr("#action option[selected]", "value").as_deref(),
        Some("status:completed")
    );
    let none = bulk(&organizer, cohort, &[], "status:arrived").await;
    assert_eq!(none.status, 422);
    assert_eq!(
        none.text(".bulk .error-summary p"),
        "Select at least one trainee."
    );

    // Groups: trainees join one and leave the others; one who withdrew joins none.
    let (a, b) = app.with_conn(|conn| {
        (
            groups::create(conn, cohort, "Group A").unwrap(),
            groups::create(conn, cohort, "Group B").unwrap(),
        )
    });
    let members = || {
        let mut all = app.with_conn(|conn| CohortGroup::memberships(conn, cohort).unwrap());
        all.sort();
        all
    };
    let moved = bulk(&organizer, cohort, &ids[..3], &format!("group:{a}")).await;
    assert_eq!(flash(&organizer, &moved).await, "Done: 3 trainees changed.");
    let moved = bulk(&organizer, cohort, &ids[1..2], &format!("group:{b}")).await;
    assert_eq!(
        flash(&organizer, &moved).await,
        "Done: one trainee changed."
    );
    assert_eq!(members(), [(a, ids[0]), (a, ids[2]), (b, ids[1])]);
    let withdrawn = bulk(&organizer, cohort, &ids[3..], "status:withdrawn").await;
    assert_eq!(
        flash(&organizer, &withdrawn).await,
        "Done: one trainee changed."
    );
    let refused = bulk(&organizer, cohort, &ids[2..], &format!("group:{b}")).await;
    assert_eq!(
        refused.texts("#trainee-error li"),
        [format!(
            "{} is “Withdrawn”: only trainees taking part can get this.",
            names[3]
        )]
    );
    assert_eq!(
        members(),
        [(a, ids[0]), (a, ids[2]), (b, ids[1])],
        "nobody moved"
    );

    // Personal links: to those without one.
    let issued = bulk(&organizer, cohort, &ids[..2], "links").await;
    assert_eq!(
        flash(&organizer, &issued).await,
        "Done: 2 trainees changed."
    );
    let again = bulk(&organizer, cohort, &ids[..3], "links").await;
    assert_eq!(
        flash(&organizer, &again).await,
        "Done: one trainee changed."
    );
    let with_links = app
        .roster(cohort)
        .iter()
        .filter(|e| {
            e.enrollment
                .personal_token(&app.state.vault)
                .unwrap()
                .is_some()
        })
        .count();
    assert_eq!(with_links, 3);
    let roster = format!("/cohorts/{cohort}/trainees");
    let token = organizer.csrf_token(&roster).await;
    let first = ids[0].to_string();
    let crafted = organizer
        .post_raw(
            &format!("{roster}/bulk"),
            &[
                ("csrf_token", token.as_str()),
                ("action", "links"),
                ("trainee", &first),
                ("back", "q=a b\r\nSet-Cookie: x"),
            ],
        )
        .await;
    assert_eq!(crafted.status, 303);
    assert_eq!(
        crafted.location.as_deref(),
        Some(format!("{roster}?q=a+b%0D%0ASet-Cookie%3A+x").as_str()),
        "the way back stays a query of the roster"
    );

    // Badges of the trainees chosen, their codes those a phone checks in with.
    let badges = organizer
        .get(&format!(
            "/cohorts/{cohort}/badges?trainee={}&trainee={}",
            ids[0], ids[2]
        ))
        .await;
    assert_eq!(badges.status, 200);
    assert_eq!(
        badges.texts(".badge .name"),
        [names[0].clone(), names[2].clone()]
    );
    let codes: Vec<String> = app
        .roster(cohort)
        .iter()
        .filter(|e| [ids[0], ids[2]].contains(&e.trainee.id))
        .map(|e| app.state.checkin_key.badge_code(e.enrollment.id))
        .collect();
    assert_eq!(badges.texts(".badge .code strong"), codes);
    let everyone = organizer.get(&format!("/cohorts/{cohort}/badges")).await;
    assert_eq!(
        everyone.texts(".badge").len(),
        3,
        "without a choice: everyone taking part"
    );

    // The roster ticks everyone shown on request; a coordinator may neither act nor print.
    let all = organizer
        .get(&format!(
            "/cohorts/{cohort}/trainees?status=arrived&chosen=all"
        ))
        .await;
    assert_eq!(all.texts("input[name=trainee][checked]").len(), 2);
    assert_eq!(
        all.attr("input[name=back]", "value").as_deref(),
        Some("status=arrived")
    );
    let coordinator = app.coordinator().await;
    let token = coordinator
        .csrf_token(&format!("/cohorts/{cohort}/trainees"))
        .await;
    let id = ids[0].to_string();
    let forbidden = coordinator
        .post_raw(
            &format!("/cohorts/{cohort}/trainees/bulk"),
            &[
                ("csrf_token", &token),
                ("action", "links"),
                ("trainee", &id),
            ],
        )
        .await;
    assert_eq!(forbidden.status, 403);
    assert_eq!(
        coordinator
            .get(&format!("/cohorts/{cohort}/badges"))
            .await
            .status,
        403
    );
}
