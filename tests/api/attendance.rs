//! Attendance: the roll call, its refusals, two organizers at once, rates, and confirming completions.

use chrono::NaiveDate;
use cohortdesk::domain::attendance::{Mark, Method};
use cohortdesk::domain::ids::{CohortId, SessionId};
use cohortdesk::domain::role::Role;
use cohortdesk::domain::trainee::EnrollmentStatus;
use cohortdesk::models::attendance::{AttendanceMark, MarkWithMarker};
use cohortdesk::models::session::Session;

use crate::helpers::{Page, TestApp, Visitor, csv_rows, number, with_field};
use crate::sessions::{add, lecture};

/// The demo's site visit to Zhujiagou village (Friday 16 June 2023, 08:30–12:00 in Qingdao), running at
/// the test clock's 09:30, for the whole cohort of 70.
const VISIT: &str = "/cohorts/1/sessions/7/attendance";

fn marks(app: &TestApp, session: i32) -> Vec<MarkWithMarker> {
    app.with_conn(|conn| AttendanceMark::for_session(conn, SessionId(session)).unwrap())
}

/// The trainee ids of a roll call page, in page order.
fn trainees(page: &Page) -> Vec<String> {
    page.form_values()
        .into_iter()
        .filter(|(n, _)| n == "trainee")
        .map(|(_, v)| v)
        .collect()
}

/// The whole roll call as the page would send it, with `changes` (field, value) applied: a choice made
/// where none was checked is added, as a browser sends the radio button just clicked.
fn roll_call(page: &Page, changes: &[(String, &str)]) -> Vec<(String, String)> {
    changes
        .iter()
        .fold(page.form_values(), |mut values, (name, value)| {
            if values.iter().any(|(n, _)| n == name) {
                with_field(&values, name, value)
            } else {
                values.push((name.clone(), (*value).to_owned()));
                values
            }
        })
}

#[tokio::test]
async fn an_organizer_marks_everyone_present_corrects_the_exceptions_and_saves_once() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let session = organizer.get("/cohorts/1/sessions/7").await;
    assert_eq!(
        session
            .attr(&format!("a[href='{VISIT}']"), "href")
            .as_deref(),
        Some(VISIT),
        "the session page leads to its roll call"
    );
    let page = organizer.get(VISIT).await;
    assert_eq!(page.status, 200);
    assert!(page.text("#tally").starts_with("70 trainees expected"));
    assert_eq!(
        page.texts(".delegation h2").len(),
        4,
        "grouped by delegation"
    );
    assert!(page.texts("input[type=radio][checked]").is_empty());

    let all = organizer.get(&format!("{VISIT}?all=present")).await;
    let ids = trainees(&all);
    assert_eq!(ids.len(), 70);
    assert_eq!(
        all.html()
            .select(&scraper::Selector::parse("input[value=present][checked]").unwrap())
            .count(),
        70
    );
    assert!(marks(&app, 7).is_empty(), "nothing saved by the preset");

    let values = roll_call(
        &all,
        &[
            (format!("mark-{}", ids[0]), "late"),
            (format!("note-{}", ids[0]), "bus from the hotel was late"),
            (format!("mark-{}", ids[1]), "excused"),
            (format!("note-{}", ids[1]), "official duty"),
            (format!("mark-{}", ids[2]), "absent"),
        ],
    );
    let saved = organizer.submit_values(VISIT, VISIT, &values).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = organizer.get(VISIT).await;
    assert_eq!(after.text(".flash"), "70 marks saved.");
    assert!(
        after
            .text("#tally")
            .contains("Present 67 · Late 1 · Excused 1 · Absent 1 · Rate 98%"),
        "{}",
        after.text("#tally")
    );
    let stored = marks(&app, 7);
    assert_eq!(stored.len(), 70);
    let late = stored
        .iter()
        .find(|m| m.mark.trainee_id.to_string() == ids[0])
        .unwrap();
    assert_eq!(late.mark.status, Mark::Late);
    assert_eq!(late.mark.note, "bus from the hotel was late");
    assert_eq!(late.mark.method, Method::RollCall);
    assert_eq!(late.marked_by_name.as_deref(), Some("Wang Fang"));
    assert!(
        after
            .text(&format!("#trainee-{} .marked-by", ids[0]))
            .contains("Roll call · Wang Fang")
    );

    // Saving the page again unchanged writes nothing.
    let again = organizer
        .submit_values(VISIT, VISIT, &organizer.get(VISIT).await.form_values())
        .await;
    assert_eq!(again.status, 303);
    assert_eq!(
        organizer.get(VISIT).await.text(".flash"),
        "Nothing changed."
    );
}

#[tokio::test]
async fn a_later_change_keeps_the_earlier_mark_in_the_history() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get(VISIT).await;
    let first = trainees(&page)[0].clone();
    for mark in ["absent", "late"] {
        let page = organizer.get(VISIT).await;
        let values = roll_call(&page, &[(format!("mark-{first}"), mark)]);
        assert_eq!(
            organizer.submit_values(VISIT, VISIT, &values).await.status,
            303
        );
    }
    let history: Vec<String> = app.with_conn(|conn| {
        use cohortdesk::schema::attendance_events::dsl::*;
        use diesel::prelude::*;
        attendance_events
            .filter(session_id.eq(7))
            .filter(trainee_id.eq(first.parse::<i32>().unwrap()))
            .order(id)
            .select(status)
            .load(conn)
            .unwrap()
    });
    assert_eq!(history, ["absent", "late"]);
    assert_eq!(marks(&app, 7)[0].mark.status, Mark::Late);
}

#[tokio::test]
async fn two_organizers_saving_the_same_roll_call_lose_nothing() {
    let app = TestApp::with_demo().await;
    app.add_user("li.na@example.org", "Li Na", Role::Organizer);
    let wang = app.organizer().await;
    let li = app.logged_in("li.na@example.org").await;
    let wang_page = wang.get(VISIT).await;
    let li_page = li.get(VISIT).await;
    let ids = trainees(&wang_page);

    let li_values = roll_call(
        &li_page,
        &[
            (format!("mark-{}", ids[0]), "absent"),
            (format!("mark-{}", ids[1]), "excused"),
        ],
    );
    assert_eq!(li.submit_values(VISIT, VISIT, &li_values).await.status, 303);

    // Wang's page still shows neither mark; Wang changes the second trainee and a third.
    let wang_values = roll_call(
        &wang_page,
        &[
            (format!("mark-{}", ids[1]), "present"),
            (format!("mark-{}", ids[2]), "late"),
        ],
    );
    assert_eq!(
        wang.submit_values(VISIT, VISIT, &wang_values).await.status,
        303
    );
    let after = wang.get(VISIT).await;
    let notice = after.text(".flash");
    assert!(
        notice.starts_with("Saved. Someone else changed the marks of 2 trainees"),
        "{notice}"
    );

    let stored = marks(&app, 7);
    let status_of = |i: usize| {
        stored
            .iter()
            .find(|m| m.mark.trainee_id.to_string() == ids[i])
            .map(|m| m.mark.status)
    };
    assert_eq!(
        status_of(0),
        Some(Mark::Absent),
        "Li's mark Wang left alone stays"
    );
    assert_eq!(status_of(1), Some(Mark::Present), "the last change wins");
    assert_eq!(status_of(2), Some(Mark::Late));
}

#[tokio::test]
async fn bad_marks_are_refused_with_the_choices_kept_and_nothing_saved() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get(&format!("{VISIT}?all=present")).await;
    let ids = trainees(&page);

    let values = roll_call(
        &page,
        &[
            (format!("mark-{}", ids[0]), "here"),
            (format!("mark-{}", ids[1]), "late"),
            (format!("note-{}", ids[2]), &"x".repeat(201)),
        ],
    );
    let refused = organizer.submit_values(VISIT, VISIT, &values).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text(&format!("#trainee-{}-error", ids[0])),
        "Choose present, late, excused or absent."
    );
    assert_eq!(
        refused.text(&format!("#trainee-{}-error", ids[2])),
        "Keep the note under 200 characters."
    );
    assert_eq!(
        refused
            .attr(&format!("input[name=mark-{}][checked]", ids[1]), "value")
            .as_deref(),
        Some("late"),
        "the choices are kept"
    );
    assert!(marks(&app, 7).is_empty(), "nothing saved");

    // A trainee of another cohort is not expected here.
    let stranger = app.with_conn(|conn| {
        cohortdesk::models::enrollment::Enrollment::trainee_ids(conn, CohortId(2)).unwrap()[0]
    });
    let mut values = roll_call(&page, &[]);
    values.push(("trainee".into(), stranger.to_string()));
    values.push((format!("mark-{stranger}"), "present".into()));
    let refused = organizer.submit_values(VISIT, VISIT, &values).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text(".error-summary"),
        "Only trainees expected at this session can be marked."
    );
    assert!(marks(&app, 7).is_empty(), "nothing saved");
}

#[tokio::test]
async fn a_cancelled_session_takes_no_marks() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get(&format!("{VISIT}?all=present")).await;
    let cancelled = organizer
        .submit("/cohorts/1/sessions/7", "/cohorts/1/sessions/7/cancel", &[])
        .await;
    assert_eq!(cancelled.status, 303);
    let refused = organizer
        .submit_values(VISIT, VISIT, &page.form_values())
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text(".error-summary"),
        "This session is cancelled: it takes no attendance."
    );
    assert!(marks(&app, 7).is_empty());
    let now = organizer.get(VISIT).await;
    assert!(now.texts("form.roll-call").is_empty(), "no form to fill in");
}

#[tokio::test]
async fn only_a_cohorts_own_teaching_sessions_have_a_roll_call() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let other_cohort = organizer.get("/cohorts/2/sessions/7/attendance").await;
    assert_eq!(other_cohort.status, 404);
    let lunch = app.with_conn(|conn| {
        Session::for_cohort(conn, CohortId(1))
            .unwrap()
            .into_iter()
            .find(|s| s.kind.as_str() == "meal")
            .unwrap()
            .id
    });
    let meal = organizer
        .get(&format!("/cohorts/1/sessions/{lunch}/attendance"))
        .await;
    assert_eq!(meal.status, 404, "meals take no attendance");
}

#[tokio::test]
async fn coordinators_read_the_marks_but_cannot_change_them() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get(&format!("{VISIT}?all=present")).await;
    assert_eq!(
        organizer
            .submit_values(VISIT, VISIT, &page.form_values())
            .await
            .status,
        303
    );
    let coordinator = app.coordinator().await;
    let read = coordinator.get(VISIT).await;
    assert_eq!(read.status, 200);
    assert!(read.texts("form.roll-call").is_empty());
    assert_eq!(read.texts(".mark-tag.mark-present").len(), 70);
    let preset = coordinator.get(&format!("{VISIT}?all=present")).await;
    assert!(preset.texts("input[type=radio]").is_empty());
    let refused = coordinator
        .submit_values(VISIT, VISIT, &page.form_values())
        .await;
    assert_eq!(refused.status, 403);
}

/// A course that ended before the test clock: Monday 8 to Sunday 14 May 2023, five trainees, and a lecture
/// each morning from Tuesday to Saturday.
pub async fn finished_course(app: &TestApp, organizer: &Visitor) -> (CohortId, Vec<SessionId>) {
    let cohort = app.cohort_at(
        "2023 SCO Agricultural Mechanization Course — Xi'an",
        10,
        NaiveDate::from_ymd_opt(2023, 5, 8).unwrap(),
        chrono_tz::Asia::Shanghai,
    );
    organizer.enrol(cohort, 5).await;
    for day in 9..=13 {
        let date = format!("2023-05-{day:02}");
        let saved = add(organizer, cohort, &lecture(&[("day", &date)], &[])).await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let sessions = app.with_conn(|conn| Session::for_cohort(conn, cohort).unwrap());
    (cohort, sessions.into_iter().map(|s| s.id).collect())
}

/// Marks the trainees at `session` with `marks`, in roll call order.
pub async fn mark(organizer: &Visitor, cohort: CohortId, session: SessionId, marks: &[&str]) {
    let path = format!("/cohorts/{cohort}/sessions/{session}/attendance");
    let page = organizer.get(&path).await;
    let changes: Vec<(String, &str)> = trainees(&page)
        .iter()
        .zip(marks)
        .map(|(id, m)| (format!("mark-{id}"), *m))
        .collect();
    let saved = organizer
        .submit_values(&path, &path, &roll_call(&page, &changes))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
}

#[tokio::test]
async fn rates_count_late_as_present_leave_out_excused_and_name_who_is_at_risk() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (cohort, sessions) = finished_course(&app, &organizer).await;
    // Trainee 1 attends everything (once late); trainee 2 misses two; trainee 3 is excused twice and
    // misses one; trainee 4 has one session unmarked; trainee 5 misses three.
    let plan = [
        ["present", "present", "late", "present", "present"],
        ["present", "absent", "present", "absent", "present"],
        ["excused", "excused", "present", "absent", "present"],
        ["present", "present", "present", "present", "present"],
        ["absent", "absent", "present", "absent", "present"],
    ];
    for (day, session) in sessions.iter().enumerate() {
        let mut column: Vec<&str> = plan.iter().map(|row| row[day]).collect();
        if day == 4 {
            column[3] = "";
        }
        mark(&organizer, cohort, *session, &column).await;
    }
    let page = organizer
        .get(&format!("/cohorts/{cohort}/attendance"))
        .await;
    assert_eq!(page.status, 200);
    assert!(page.text("#rule").contains("at least 80%"));
    // 16 attended, 6 absent (the 4 excused and the 1 unmarked left out): 72 %, rounded down.
    assert_eq!(page.text("#cohort-rate .big"), "72%");
    let rows = page.texts("#by-trainee tbody tr");
    assert_eq!(rows.len(), 5);
    assert_eq!(
        page.texts("#by-trainee tbody td:nth-child(8)"),
        ["100%", "60%", "66%", "100%", "40%"],
        "{rows:?}"
    );
    assert_eq!(
        page.texts("#at-risk li").len(),
        3,
        "{:?}",
        page.texts("#at-risk li")
    );
    assert!(
        rows[3].contains("Yes"),
        "four of five with one unmarked is 80 %: {}",
        rows[3]
    );
    let sessions_table = page.texts("#by-session tbody tr");
    assert_eq!(sessions_table.len(), 5);
    assert!(
        sessions_table[4].contains("5 4 0 0 0 1 100%"),
        "{}",
        sessions_table[4]
    );
}

#[tokio::test]
async fn completions_are_confirmed_once_the_course_is_over() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;

    let running = organizer
        .submit(
            "/cohorts/1/attendance",
            "/cohorts/1/attendance/complete",
            &[],
        )
        .await;
    assert_eq!(running.status, 303);
    assert_eq!(
        organizer.get("/cohorts/1/attendance").await.text(".flash"),
        "Completions can be confirmed once the course's last session has ended."
    );

    let (cohort, sessions) = finished_course(&app, &organizer).await;
    for (day, session) in sessions.iter().enumerate() {
        let last = if day < 2 { "absent" } else { "present" };
        mark(
            &organizer,
            cohort,
            *session,
            &["present", "present", "late", "present", last],
        )
        .await;
    }
    let page = format!("/cohorts/{cohort}/attendance");
    let done = organizer
        .submit(&page, &format!("{page}/complete"), &[])
        .await;
    assert_eq!(done.status, 303);
    let after = organizer.get(&page).await;
    assert_eq!(
        after.text(".flash"),
        "Completions confirmed: 4 completed, 1 did not."
    );
    let statuses: Vec<EnrollmentStatus> = app
        .roster(cohort)
        .iter()
        .map(|e| e.enrollment.status)
        .collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == EnrollmentStatus::Completed)
            .count(),
        4
    );
    assert!(after.text("#complete").contains("Last confirmed on"));

    // A correction, then confirming again, takes a completion back.
    mark(&organizer, cohort, sessions[2], &["absent", "absent"]).await;
    mark(&organizer, cohort, sessions[3], &["absent", "absent"]).await;
    organizer
        .submit(&page, &format!("{page}/complete"), &[])
        .await;
    assert_eq!(
        organizer.get(&page).await.text(".flash"),
        "Completions confirmed: 2 completed, 3 did not."
    );
}

#[tokio::test]
async fn the_completion_threshold_is_a_percentage_and_changes_the_rule() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = "/cohorts/1/attendance";
    let fields = |threshold: &'static str, late: &'static str| {
        vec![
            ("completion_threshold", threshold),
            ("checkin_opens_before", "15"),
            ("checkin_closes_after", "30"),
            ("late_after", late),
        ]
    };
    let refused = organizer
        .submit(page, "/cohorts/1/attendance/rules", &fields("101", "45"))
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.field_error("completion_threshold"),
        "Enter a whole percentage from 0 to 100."
    );
    assert_eq!(
        refused.field_error("late_after"),
        "Late must start before the check-in closes."
    );
    assert_eq!(
        refused.attr("#completion_threshold", "value").as_deref(),
        Some("101")
    );
    assert!(organizer.get(page).await.text("#rule").contains("80%"));

    let saved = organizer
        .submit(page, "/cohorts/1/attendance/rules", &fields("75", "10"))
        .await;
    assert_eq!(saved.status, 303);
    assert!(organizer.get(page).await.text("#rule").contains("75%"));
}

#[tokio::test]
async fn while_the_course_runs_its_page_names_who_is_at_risk() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let overview = organizer.get("/cohorts/1").await;
    assert_eq!(
        overview.text("#at-risk p"),
        "Nobody is below the completion threshold. | Attendance →"
    );
    let page = organizer.get(VISIT).await;
    let first = trainees(&page)[0].clone();
    let values = roll_call(&page, &[(format!("mark-{first}"), "absent")]);
    assert_eq!(
        organizer.submit_values(VISIT, VISIT, &values).await.status,
        303
    );
    let overview = organizer.get("/cohorts/1").await;
    let risky = overview.texts("#at-risk li");
    assert_eq!(risky.len(), 1, "{risky:?}");
    assert_eq!(
        overview.attr("#at-risk li a", "href"),
        Some(format!("/cohorts/1/trainees/{first}"))
    );

    let (finished, _) = finished_course(&app, &organizer).await;
    let past = organizer.get(&format!("/cohorts/{finished}")).await;
    assert!(
        past.texts("#at-risk").is_empty(),
        "only while the course runs"
    );
}

#[tokio::test]
async fn the_sign_in_sheet_lists_everyone_expected_with_a_row_number_to_sign() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let sheet = coordinator.get(&format!("{VISIT}/sheet")).await;
    assert_eq!(sheet.status, 200);
    let rows = sheet.texts("table.sheet tbody tr");
    assert_eq!(rows.len(), 70);
    assert!(rows[0].starts_with("1 "), "{}", rows[0]);
    assert_eq!(sheet.texts("th.signature"), ["Signature"]);
    let roll_call = organizer_names(&app).await;
    assert!(rows[0].contains(&roll_call[0]), "the roll call's order");
}

/// The names of the demo visit's roll call, in order.
async fn organizer_names(app: &TestApp) -> Vec<String> {
    app.organizer()
        .await
        .get(VISIT)
        .await
        .texts(".mark-row legend")
}

#[tokio::test]
async fn bulk_entry_takes_row_numbers_and_names_and_marks_the_rest_present() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let bulk = format!("{VISIT}/bulk");
    let names = organizer_names(&app).await;
    let second = names[1].split(' ').take(2).collect::<Vec<_>>().join(" ");

    let refused = organizer
        .submit(
            &bulk,
            &bulk,
            &[
                (
                    "lines",
                    "3 late\nIVANOV Ivan absent\n3 absent\n71 late\n5 here",
                ),
                ("rest_present", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.texts("#bulk-errors li"),
        [
            "Line 2: “IVANOV Ivan” matches nobody on this session's sheet, or more than one person; use the row number.",
            "Line 3: this trainee is already on line 1.",
            "Line 4: “71” matches nobody on this session's sheet, or more than one person; use the row number.",
            "Line 5: add present, late, excused or absent after the name."
        ]
    );
    assert!(
        refused.text("#lines").contains("IVANOV Ivan absent"),
        "the text is kept"
    );
    assert!(marks(&app, 7).is_empty(), "nothing saved");

    let saved = organizer
        .submit(
            &bulk,
            &bulk,
            &[
                (
                    "lines",
                    &format!("3 late\n{second} e official duty\n10 отсутствовал"),
                ),
                ("rest_present", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        organizer.get(VISIT).await.text(".flash"),
        "3 marks saved, and 67 more trainees marked present."
    );
    let stored = marks(&app, 7);
    assert_eq!(stored.len(), 70);
    assert!(stored.iter().all(|m| m.mark.method == Method::Bulk));
    let count = |mark: Mark| stored.iter().filter(|m| m.mark.status == mark).count();
    assert_eq!(
        (
            count(Mark::Present),
            count(Mark::Late),
            count(Mark::Excused),
            count(Mark::Absent)
        ),
        (67, 1, 1, 1)
    );
    assert!(stored.iter().any(|m| m.mark.note == "official duty"));
}

#[tokio::test]
async fn a_course_that_ended_asks_to_be_completed_and_completes_in_one_click() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let running = organizer.get("/cohorts/1").await;
    assert!(
        running.texts("#awaits-completion").is_empty(),
        "a course still running is not asked to be completed"
    );

    let (cohort, sessions) = finished_course(&app, &organizer).await;
    for session in &sessions {
        mark(
            &organizer,
            cohort,
            *session,
            &["present", "present", "late", "present", "absent"],
        )
        .await;
    }
    let page = format!("/cohorts/{cohort}");
    let asked = organizer.get(&page).await;
    assert_eq!(
        asked.text("#awaits-completion h2"),
        "This course ended on 14 May 2023 and is not completed yet."
    );
    let explained = asked.texts("#awaits-completion li");
    assert_eq!(explained.len(), 3, "what completing does: {explained:?}");
    assert!(explained[1].contains("“did not complete”"), "{explained:?}");

    let coordinator = app.coordinator().await;
    let read_only = coordinator.get(&page).await;
    assert!(
        read_only
            .text("#awaits-completion h2")
            .starts_with("This course ended")
    );
    assert!(read_only.texts("#awaits-completion button").is_empty());
    let refused = coordinator
        .post_raw(
            &format!("{page}/complete"),
            &[("csrf_token", &coordinator.csrf_token(&page).await)],
        )
        .await;
    assert_eq!(refused.status, 403);

    let done = organizer
        .submit(&page, &format!("{page}/complete"), &[])
        .await;
    assert_eq!(done.status, 303);
    let after = organizer.get(&page).await;
    assert_eq!(
        after.text(".flash"),
        "Course completed: 4 completed, 1 did not complete."
    );
    assert!(
        after.texts("#awaits-completion").is_empty(),
        "asked no more"
    );
    assert!(
        after.text("dl.facts").contains("Completed"),
        "{}",
        after.text("dl.facts")
    );
    let statuses: Vec<EnrollmentStatus> = app
        .roster(cohort)
        .iter()
        .map(|e| e.enrollment.status)
        .collect();
    let count = |status| statuses.iter().filter(|s| **s == status).count();
    assert_eq!(
        (
            count(EnrollmentStatus::Completed),
            count(EnrollmentStatus::NotCompleted)
        ),
        (4, 1),
        "nobody is left arrived: {statuses:?}"
    );
    let roster = organizer.get(&format!("/cohorts/{cohort}/trainees")).await;
    assert!(roster.text("main").contains("Did not complete"));

    let again = organizer
        .submit(&page, &format!("{page}/complete"), &[])
        .await;
    assert_eq!(again.status, 303);
    assert_eq!(
        organizer.get(&page).await.text(".flash"),
        "Only a course that ended and is not completed or cancelled can be completed."
    );
}

/// The text of each `td` of each row of `rows` (a CSS selector), row by row.
fn cells(page: &Page, rows: &str) -> Vec<Vec<String>> {
    let html = page.html();
    let td = scraper::Selector::parse("td").unwrap();
    html.select(&scraper::Selector::parse(rows).unwrap())
        .map(|tr| {
            tr.select(&td)
                .map(|c| c.text().collect::<String>().trim().to_owned())
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn the_delegation_and_session_tables_end_with_totals_that_add_up_in_the_page_and_files() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get("/cohorts/1/attendance").await;
    for (table, file) in [
        ("#by-delegation", "delegations"),
        ("#by-session", "sessions"),
    ] {
        assert_eq!(page.text(&format!("{table} tfoot th")), "Total");
        let foot = cells(&page, &format!("{table} tfoot tr")).remove(0);
        let body = cells(&page, &format!("{table} tbody tr"));
        assert!(body.len() > 1, "{table}");
        // Each count is its column added up (the rate, last, aside); the totals row's heading stands
        // in the rows' first column.
        for (at, total) in foot.iter().enumerate().take(foot.len() - 1) {
            if total.is_empty() {
                continue;
            }
            let sum: i64 = body.iter().map(|row| number(&row[1 + at])).sum();
            assert_eq!(number(total), sum, "{table}, column {at}");
        }
        // The file's last line holds the same figures, rate included.
        let (_, lines) = csv_rows(
            &organizer
                .get(&format!("/cohorts/1/attendance/{file}.csv"))
                .await,
        );
        let last = lines.last().unwrap();
        assert_eq!(last[0], "Total");
        let filed: Vec<i64> = last[1..]
            .iter()
            .filter(|c| !c.is_empty())
            .map(|c| number(c))
            .collect();
        let shown: Vec<i64> = foot
            .iter()
            .filter(|c| !c.is_empty())
            .map(|c| number(c))
            .collect();
        assert_eq!(filed, shown, "{file}");
    }
    // Both totals are the course's, as its card states them.
    let present = &cells(&page, "#by-delegation tfoot tr")[0][0];
    assert_eq!(present, &cells(&page, "#by-session tfoot tr")[0][2]);
    assert!(page.text(".card").contains(present.as_str()));
}
