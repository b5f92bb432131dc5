//! Two people editing the same thing: the second save of a form loaded before the first is refused
//! (409) with its input kept and what the first changed (by whom), and saving it again puts its values on
//! top; a form saved without a change writes nothing.

use cohortdesk::domain::role::Role;
use cohortdesk::schema::audit_log;
use diesel::prelude::*;

use crate::helpers::{Page, TestApp, Visitor, with_field};

const ALICE: &str = "alice@example.org";
const BORIS: &str = "boris@example.org";

fn field(values: &[(String, String)], name: &str) -> String {
    values
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("the form has no field {name}"))
}

fn audit_entries(app: &TestApp) -> i64 {
    app.with_conn(|conn| audit_log::table.count().get_result(conn).unwrap())
}

/// Two organizers, Alice and Борис, logged in on the demo.
async fn two_organizers() -> (TestApp, Visitor, Visitor) {
    let app = TestApp::with_demo().await;
    app.add_user(ALICE, "Alice Chen", Role::Organizer);
    app.add_user(BORIS, "Борис Петров", Role::Organizer);
    let alice = app.logged_in(ALICE).await;
    let boris = app.logged_in(BORIS).await;
    (app, alice, boris)
}

/// One side of a race: who, which field they change, and to what.
struct Edit<'a> {
    who: &'a Visitor,
    name: &'a str,
    field: &'a str,
    value: &'a str,
}

impl Edit<'_> {
    /// Sends `form` (as loaded) with this edit's change.
    async fn send(&self, page: &str, action: &str, form: &[(String, String)]) -> Page {
        let changed = with_field(form, self.field, self.value);
        self.who.submit_values(page, action, &changed).await
    }
}

/// Both open the form at `page`; `first` saves, then `second`: refused, kept, shown what `first` changed
/// (under `label`), nothing of it saved; then saved again, on top.
async fn race(page: &str, action: &str, label: &str, first: Edit<'_>, second: Edit<'_>) {
    let first_form = first.who.get(page).await.form_values();
    let second_form = second.who.get(page).await.form_values();
    assert!(
        !field(&first_form, "version").is_empty(),
        "{page} carries its version"
    );

    let saved = first.send(page, action, &first_form).await;
    assert_eq!(saved.status, 303, "{page}: {}", saved.text("main"));

    let refused = second.send(page, action, &second_form).await;
    assert_eq!(refused.status, 409, "{page}: {}", refused.text("main"));
    let kept = refused.form_values();
    assert_eq!(
        field(&kept, second.field),
        second.value,
        "{page}: input kept"
    );
    assert_eq!(
        refused.text("form #save-mine"),
        "Save my values on top",
        "{page}: the one button"
    );
    let summary = refused.text(".error-summary");
    for shown in [label, first.value, first.name] {
        assert!(summary.contains(shown), "{page}: {shown:?} in {summary}");
    }

    let now = first.who.get(page).await.form_values();
    assert_eq!(
        field(&now, first.field),
        first.value,
        "{page}: the first save stands"
    );
    assert_ne!(
        field(&now, second.field),
        second.value,
        "{page}: nothing of the refused save"
    );

    let applied = second.who.submit_values(page, action, &kept).await;
    assert_eq!(applied.status, 303, "{page}: {}", applied.text("main"));
    let after = first.who.get(page).await.form_values();
    assert_eq!(field(&after, second.field), second.value, "{page}: on top");
    assert_eq!(
        field(&after, first.field),
        field(&kept, first.field),
        "{page}: the second's form as it was sent, all of it"
    );
}

/// Saves the form at `page` as loaded: a 303, and not one new entry in the audit log.
async fn unchanged_save_writes_nothing(app: &TestApp, who: &Visitor, page: &str, action: &str) {
    let before = audit_entries(app);
    let form = who.get(page).await.form_values();
    let saved = who.submit_values(page, action, &form).await;
    assert_eq!(saved.status, 303, "{page}: {}", saved.text("main"));
    assert_eq!(
        audit_entries(app),
        before,
        "{page}: an unchanged save logs nothing"
    );
    let again = who.get(page).await.form_values();
    assert_eq!(
        field(&again, "version"),
        field(&form, "version"),
        "{page}: same version"
    );
}

fn sequences(calendar: &str) -> Vec<String> {
    calendar
        .lines()
        .filter(|l| l.starts_with("SEQUENCE:") || l.starts_with("UID:"))
        .map(str::to_owned)
        .collect()
}

#[actix_web::test]
async fn a_session_saved_meanwhile_is_not_overwritten_in_either_order() {
    let (app, alice, boris) = two_organizers().await;
    let page = "/cohorts/1/sessions/7/edit";
    let action = "/cohorts/1/sessions/7";
    race(
        page,
        action,
        "Room",
        Edit {
            who: &alice,
            name: "Alice Chen",
            field: "room",
            value: "Hall 2",
        },
        Edit {
            who: &boris,
            name: "Борис Петров",
            field: "what_to_bring",
            value: "Паспорт и блокнот",
        },
    )
    .await;
    race(
        page,
        action,
        "What to bring",
        Edit {
            who: &boris,
            name: "Борис Петров",
            field: "what_to_bring",
            value: "Сапоги",
        },
        Edit {
            who: &alice,
            name: "Alice Chen",
            field: "room",
            value: "Hall 3",
        },
    )
    .await;

    let calendar = alice.get("/cohorts/1/calendar.ics").await.body;
    unchanged_save_writes_nothing(&app, &alice, page, action).await;
    let again = alice.get("/cohorts/1/calendar.ics").await.body;
    assert_eq!(
        sequences(&again),
        sequences(&calendar),
        "no calendar's SEQUENCE moves"
    );
}

#[actix_web::test]
async fn a_cohort_and_a_trainee_saved_meanwhile_are_not_overwritten_in_either_order() {
    let (app, alice, boris) = two_organizers().await;
    race(
        "/cohorts/1/edit",
        "/cohorts/1",
        "Notes",
        Edit {
            who: &alice,
            name: "Alice Chen",
            field: "notes",
            value: "Buses leave from the hotel",
        },
        Edit {
            who: &boris,
            name: "Борис Петров",
            field: "name",
            value: "Qingdao 2023, first intake",
        },
    )
    .await;
    race(
        "/cohorts/1/edit",
        "/cohorts/1",
        "Name",
        Edit {
            who: &boris,
            name: "Борис Петров",
            field: "name",
            value: "Qingdao 2023 SCO course",
        },
        Edit {
            who: &alice,
            name: "Alice Chen",
            field: "notes",
            value: "Lunch at the farm",
        },
    )
    .await;

    let trainee = app.roster(cohortdesk::domain::ids::CohortId(1))[0]
        .trainee
        .id;
    let page = format!("/cohorts/1/trainees/{trainee}/edit");
    let action = format!("/cohorts/1/trainees/{trainee}");
    race(
        &page,
        &action,
        "Hotel",
        Edit {
            who: &alice,
            name: "Alice Chen",
            field: "hotel",
            value: "Haitian Hotel",
        },
        Edit {
            who: &boris,
            name: "Борис Петров",
            field: "organization",
            value: "Акимат Алматинской области",
        },
    )
    .await;
    race(
        &page,
        &action,
        "Organization",
        Edit {
            who: &boris,
            name: "Борис Петров",
            field: "organization",
            value: "Министерство сельского хозяйства",
        },
        Edit {
            who: &alice,
            name: "Alice Chen",
            field: "hotel",
            value: "Shangri-La",
        },
    )
    .await;
    unchanged_save_writes_nothing(&app, &alice, "/cohorts/1/edit", "/cohorts/1").await;
    unchanged_save_writes_nothing(&app, &alice, &page, &action).await;
}

/// The edit page and its form's action of the first thing a list links to for editing.
async fn first_edit(who: &Visitor, list: &str, kind: &str) -> (String, String) {
    let page = who
        .get(list)
        .await
        .attr(&format!("a[href*='/{kind}/'][href$='/edit']"), "href")
        .unwrap_or_else(|| panic!("{list} links to an edit form"));
    let action = page.trim_end_matches("/edit").to_owned();
    (page, action)
}

#[actix_web::test]
async fn every_edit_form_refuses_a_save_older_than_the_last_and_saves_nothing_unchanged() {
    let (app, alice, boris) = two_organizers().await;
    let mut forms: Vec<(String, String, &str, &str)> = vec![
        (
            "/commitments/1/edit".into(),
            "/commitments/1".into(),
            "description",
            "Places for officials",
        ),
        (
            "/commitments/1/allocations/1/edit".into(),
            "/commitments/1/allocations/1".into(),
            "host_city",
            "Qingdao (Shandong)",
        ),
        (
            "/venues/1/edit".into(),
            "/venues/1".into(),
            "address",
            "1 Haier Road",
        ),
        (
            "/speakers/1/edit".into(),
            "/speakers/1".into(),
            "organization",
            "Shandong Agricultural University",
        ),
        (
            "/interpreters/1/edit".into(),
            "/interpreters/1".into(),
            "contact",
            "+86 532 0000 0000",
        ),
        (
            "/cohorts/1/attendance".into(),
            "/cohorts/1/attendance/rules".into(),
            "late_after",
            "5",
        ),
    ];
    for (list, kind, field, value) in [
        (
            "/cohorts/1/vehicles",
            "vehicles",
            "driver_contact",
            "Mr Liu, +86 139 0000 0000",
        ),
        ("/cohorts/1/groups", "groups", "name", "Группа А"),
        (
            "/cohorts/1/delegations",
            "delegations",
            "focal_phone",
            "+996 312 000 000",
        ),
    ] {
        let (page, action) = first_edit(&alice, list, kind).await;
        forms.push((page, action, field, value));
    }
    for (page, action, name, value) in &forms {
        let stale = boris.get(page).await.form_values();
        let fresh = alice.get(page).await.form_values();
        let saved = alice
            .submit_values(page, action, &with_field(&fresh, name, value))
            .await;
        assert_eq!(saved.status, 303, "{page}: {}", saved.text("main"));
        let refused = boris.submit_values(page, action, &stale).await;
        assert_eq!(refused.status, 409, "{page}: {}", refused.text("main"));
        let summary = refused.text(".error-summary");
        assert!(
            summary.contains("Alice Chen") && summary.contains(value),
            "{page}: {summary}"
        );
        assert_eq!(
            field(&alice.get(page).await.form_values(), name),
            *value,
            "{page}: the refused save changed nothing"
        );
        unchanged_save_writes_nothing(&app, &boris, page, action).await;
    }
}
