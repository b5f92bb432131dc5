//! The timetable: adding, editing and cancelling sessions, the clash rules and warnings, and the views.

use chrono::{NaiveDate, NaiveDateTime};
use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::schedule::kinds::SessionStatus;
use cohortdesk::models::session::Session;

use crate::helpers::{Page, TestApp, Visitor, with_field};

/// The demo's Lecture Hall (150 seats), Classroom A (25 seats), Prof. Wang Lei and interpreter Wang Xue.
const HALL: &str = "1";
const CLASSROOM_A: &str = "2";
const PROF_WANG: &str = "1";
const WANG_XUE: &str = "1";

/// A complete session form for a lecture on Tuesday 14 October 2025, with some fields replaced and
/// `extra` added (repeated names are how several speakers, groups or buses are sent).
pub fn lecture<'a>(
    overrides: &[(&'a str, &'a str)],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("kind", "lecture"),
        ("theme", "governance"),
        ("status", "planned"),
        ("title", "Village self-governance"),
        ("day", "2025-10-14"),
        ("start", "09:00"),
        ("end", "10:30"),
        ("venue", HALL),
        ("room", ""),
        ("languages", "zh"),
        ("departs", ""),
        ("departure_point", ""),
        ("returns", ""),
        ("host_organization", ""),
        ("host_contact", ""),
        ("address", ""),
        ("what_to_bring", ""),
        ("materials_link", ""),
        ("description", ""),
    ];
    for (name, value) in overrides {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields.extend_from_slice(extra);
    fields
}

pub async fn add(organizer: &Visitor, cohort: CohortId, fields: &[(&str, &str)]) -> Page {
    organizer
        .submit(
            &format!("/cohorts/{cohort}/sessions/new"),
            &format!("/cohorts/{cohort}/sessions"),
            fields,
        )
        .await
}

async fn app_with_cohort() -> (TestApp, CohortId) {
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort("2025 SCO Rural Governance Seminar — Xi'an", 40);
    (app, cohort)
}

fn sessions(app: &TestApp, cohort: CohortId) -> Vec<Session> {
    app.with_conn(|conn| Session::for_cohort(conn, cohort).unwrap())
}

fn utc(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

#[tokio::test]
async fn an_organizer_adds_a_lecture_and_finds_it_on_its_day() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    let saved = add(
        &organizer,
        cohort,
        &lecture(&[], &[("speakers", PROF_WANG)]),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let stored = sessions(&app, cohort);
    assert_eq!(
        saved.location,
        Some(format!("/cohorts/{cohort}/sessions/{}", stored[0].id)),
        "the new session's page"
    );
    let shown = organizer.get(saved.location.as_deref().unwrap()).await;
    assert_eq!(shown.text(".flash"), "Session saved.");

    assert_eq!(stored.len(), 1);
    assert_eq!(
        (stored[0].starts_at, stored[0].ends_at),
        (utc("2025-10-14 01:00"), utc("2025-10-14 02:30")),
        "entered on Shanghai's clock, stored in UTC"
    );

    let timetable = organizer.get(&format!("/cohorts/{cohort}/sessions")).await;
    assert!(
        timetable.text("h2").contains("Day 2 · Tue 14 Oct 2025"),
        "{}",
        timetable.text("h2")
    );
    let card = timetable.text("li.session");
    assert!(card.contains("09:00–10:30"), "{card}");
    assert!(card.contains("Village self-governance"), "{card}");
    assert!(card.contains("Prof. Wang Lei"), "{card}");
    assert!(
        card.contains("Lecture Hall, Qingdao Agricultural University"),
        "{card}"
    );
}

#[tokio::test]
async fn a_speaker_already_teaching_elsewhere_is_named_with_both_sides() {
    let (app, first) = app_with_cohort().await;
    let second = app.empty_cohort("2025 SCO Agri-tourism Workshop — Xi'an", 30);
    let organizer = app.organizer().await;
    let saved = add(
        &organizer,
        first,
        &lecture(&[("venue", CLASSROOM_A)], &[("speakers", PROF_WANG)]),
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    let refused = add(
        &organizer,
        second,
        &lecture(
            &[
                ("title", "Tourism on the farm"),
                ("start", "10:00"),
                ("end", "11:00"),
            ],
            &[("speakers", PROF_WANG)],
        ),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.field_error("speakers"),
        "Prof. Wang Lei is already speaking in cohort “2025 SCO Rural Governance Seminar — Xi'an” \
         from 09:00 to 10:30 on 14 Oct 2025 (“Village self-governance”)."
    );
    assert_eq!(
        refused.attr("#title", "value").as_deref(),
        Some("Tourism on the farm"),
        "input kept"
    );
    assert_eq!(refused.attr("#start", "value").as_deref(), Some("10:00"));
    assert!(sessions(&app, second).is_empty(), "nothing saved");

    // Straight after the first lecture is fine.
    let next = add(
        &organizer,
        second,
        &lecture(
            &[("start", "10:30"), ("end", "11:30")],
            &[("speakers", PROF_WANG)],
        ),
    )
    .await;
    assert_eq!(next.status, 303, "{}", next.body);
}

#[tokio::test]
async fn a_venue_and_an_interpreter_cannot_be_in_two_places_at_once() {
    let (app, first) = app_with_cohort().await;
    let second = app.empty_cohort("2025 SCO Agri-tourism Workshop — Xi'an", 30);
    let organizer = app.organizer().await;
    let interpreted = [("interpretation", "zh-ru"), ("interpreters", WANG_XUE)];
    assert_eq!(
        add(&organizer, first, &lecture(&[], &interpreted))
            .await
            .status,
        303
    );

    let refused = add(
        &organizer,
        second,
        &lecture(&[("start", "10:15"), ("end", "11:00")], &interpreted),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .field_error("venue")
            .starts_with("Lecture Hall, Qingdao Agricultural University is already booked for “Village self-governance”"),
        "{}",
        refused.field_error("venue")
    );
    assert!(
        refused
            .field_error("interpreters")
            .starts_with("Wang Xue is already interpreting in cohort"),
        "{}",
        refused.field_error("interpreters")
    );
    assert!(sessions(&app, second).is_empty());
}

/// The cohort's own buses, as (id, name) from its vehicles page.
pub async fn add_bus(organizer: &Visitor, cohort: CohortId, name: &str, seats: &str) -> Page {
    organizer
        .submit(
            &format!("/cohorts/{cohort}/vehicles/new"),
            &format!("/cohorts/{cohort}/vehicles"),
            &[
                ("name", name),
                ("seats", seats),
                ("driver_contact", "Mr. Ma, +86 138 0000 0000"),
            ],
        )
        .await
}

fn site_visit<'a>(
    bus: &'a str,
    start: &'a str,
    end: &'a str,
    returns: &'a str,
) -> Vec<(&'a str, &'a str)> {
    lecture(
        &[
            ("kind", "site_visit"),
            ("theme", "industry"),
            ("title", "Site visit: Yangling demonstration farm"),
            ("venue", ""),
            ("start", start),
            ("end", end),
            ("departs", start),
            ("departure_point", "Hotel lobby"),
            ("returns", returns),
            ("host_organization", "Yangling demonstration farm"),
            ("host_contact", "Mr. Li, +86 29 8708 0000"),
        ],
        &[("vehicles", bus)],
    )
}

#[tokio::test]
async fn a_bus_is_busy_until_it_is_back_and_must_seat_everyone() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    assert_eq!(add_bus(&organizer, cohort, "Bus 1", "45").await.status, 303);
    assert_eq!(
        add_bus(&organizer, cohort, "Minibus", "20").await.status,
        303
    );
    let buses = app
        .with_conn(|conn| cohortdesk::models::vehicle::Vehicle::for_cohort(conn, cohort).unwrap());
    let bus = buses
        .iter()
        .find(|v| v.name == "Bus 1")
        .unwrap()
        .id
        .to_string();
    let minibus = buses
        .iter()
        .find(|v| v.name == "Minibus")
        .unwrap()
        .id
        .to_string();

    let visit = add(
        &organizer,
        cohort,
        &site_visit(&bus, "08:30", "12:00", "13:00"),
    )
    .await;
    assert_eq!(visit.status, 303, "{}", visit.body);
    let page = organizer.get(&format!("/cohorts/{cohort}/sessions")).await;
    let card = page.text("li.session");
    assert!(card.contains("Bus leaves at 08:30"), "{card}");
    assert!(card.contains("Hotel lobby"), "{card}");
    assert!(card.contains("back at 13:00"), "{card}");

    // The visit ends at 12:00 but the bus is back at 13:00.
    let mut second = site_visit(&bus, "12:30", "15:00", "15:30");
    second.iter_mut().find(|(n, _)| *n == "title").unwrap().1 = "Site visit: a kiwi co-operative";
    second.iter_mut().find(|(n, _)| *n == "day").unwrap().1 = "2025-10-14";
    let refused = add(&organizer, cohort, &second).await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .field_error("vehicles")
            .starts_with("Bus 1 is already out for “Site visit: Yangling demonstration farm”"),
        "{}",
        refused.field_error("vehicles")
    );

    // Forty trainees do not fit in a minibus of twenty.
    organizer.enrol(cohort, 40).await;
    let small = add(
        &organizer,
        cohort,
        &site_visit(&minibus, "08:30", "12:00", "12:30")
            .into_iter()
            .map(|(n, v)| {
                if n == "day" {
                    (n, "2025-10-15")
                } else {
                    (n, v)
                }
            })
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(small.status, 422);
    assert_eq!(
        small.field_error("vehicles"),
        "The buses seat 20, fewer than the 40 who attend."
    );
    assert_eq!(sessions(&app, cohort).len(), 1);
}

#[tokio::test]
async fn a_venue_too_small_for_the_cohort_is_refused() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let refused = add(
        &organizer,
        CohortId(1),
        &lecture(
            &[
                ("day", "2023-06-21"),
                ("start", "14:00"),
                ("end", "15:00"),
                ("venue", CLASSROOM_A),
            ],
            &[],
        ),
    )
    .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.field_error("venue"),
        "The venue seats 25, fewer than the 70 who attend."
    );
}

#[tokio::test]
async fn the_same_trainees_cannot_be_in_two_sessions_but_groups_can_work_in_parallel() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let groups = app.with_conn(|conn| {
        cohortdesk::models::group::CohortGroup::for_cohort(conn, CohortId(1)).unwrap()
    });
    let group = |name: &str| {
        groups
            .iter()
            .find(|g| g.name == name)
            .unwrap()
            .id
            .to_string()
    };
    let (group_1, group_2) = (group("Group 1"), group("Group 2"));
    let before = sessions(&app, CohortId(1)).len();

    // Saturday 17 June 14:30–17:30: the four groups work on their case studies.
    let whole = add(
        &organizer,
        CohortId(1),
        &lecture(
            &[("day", "2023-06-17"), ("start", "15:00"), ("end", "16:00")],
            &[],
        ),
    )
    .await;
    assert_eq!(whole.status, 422);
    assert!(
        whole
            .field_error("groups")
            .starts_with("Some of these trainees already have “Case study: a village's poverty-reduction plan” from 14:30 to 17:30"),
        "{}",
        whole.field_error("groups")
    );

    let one_group = add(
        &organizer,
        CohortId(1),
        &lecture(
            &[
                ("day", "2023-06-17"),
                ("start", "15:00"),
                ("end", "16:00"),
                ("venue", ""),
            ],
            &[("groups", &group_1)],
        ),
    )
    .await;
    assert_eq!(one_group.status, 422, "group 1 is busy then too");

    // Two groups may meet at once on another day, each in its own room.
    let evening = |group: &'static str, room: &'static str| {
        lecture(
            &[
                ("kind", "case_study"),
                ("day", "2023-06-21"),
                ("start", "15:00"),
                ("end", "16:00"),
                ("venue", room),
            ],
            &[],
        )
        .into_iter()
        .chain([("groups", group)])
        .collect::<Vec<_>>()
    };
    let group_1: &'static str = Box::leak(group_1.into_boxed_str());
    let group_2: &'static str = Box::leak(group_2.into_boxed_str());
    assert_eq!(
        add(&organizer, CohortId(1), &evening(group_1, "2"))
            .await
            .status,
        303
    );
    assert_eq!(
        add(&organizer, CohortId(1), &evening(group_2, "3"))
            .await
            .status,
        303
    );
    assert_eq!(sessions(&app, CohortId(1)).len(), before + 2);
}

#[tokio::test]
async fn sessions_outside_the_course_or_ending_before_they_start_are_refused() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    let outside = add(&organizer, cohort, &lecture(&[("day", "2025-10-20")], &[])).await;
    assert_eq!(outside.status, 422);
    assert_eq!(
        outside.field_error("day"),
        "The course runs from 13 Oct 2025 to 19 Oct 2025."
    );
    let backwards = add(
        &organizer,
        cohort,
        &lecture(&[("start", "11:00"), ("end", "10:00")], &[]),
    )
    .await;
    assert_eq!(backwards.status, 422);
    assert_eq!(
        backwards.field_error("end"),
        "The session must end after it starts."
    );
    let nonsense = add(&organizer, cohort, &lecture(&[("start", "25:00")], &[])).await;
    assert_eq!(
        nonsense.field_error("start"),
        "“25:00” is not a time; write it as HH:MM, e.g. 09:30."
    );
    assert!(sessions(&app, cohort).is_empty());
}

#[tokio::test]
async fn times_the_clocks_skip_or_repeat_are_refused() {
    let app = TestApp::with_demo().await;
    let autumn = app.cohort_at(
        "2025 SCO Study Tour — Berlin",
        20,
        NaiveDate::from_ymd_opt(2025, 10, 20).unwrap(),
        chrono_tz::Europe::Berlin,
    );
    let spring = app.cohort_at(
        "2025 SCO Study Tour — Vienna",
        20,
        NaiveDate::from_ymd_opt(2025, 3, 24).unwrap(),
        chrono_tz::Europe::Vienna,
    );
    let organizer = app.organizer().await;
    let repeated = add(
        &organizer,
        autumn,
        &lecture(
            &[("day", "2025-10-26"), ("start", "02:30"), ("end", "04:00")],
            &[],
        ),
    )
    .await;
    assert_eq!(repeated.status, 422);
    assert_eq!(
        repeated.field_error("start"),
        "02:30 happens twice on that day in Europe/Berlin: the clocks go back. Choose another time."
    );
    let skipped = add(
        &organizer,
        spring,
        &lecture(
            &[("day", "2025-03-30"), ("start", "01:00"), ("end", "02:15")],
            &[],
        ),
    )
    .await;
    assert_eq!(skipped.status, 422);
    assert_eq!(
        skipped.field_error("end"),
        "02:15 does not exist on that day in Europe/Vienna: the clocks jump over it."
    );
    assert!(sessions(&app, autumn).is_empty() && sessions(&app, spring).is_empty());

    // The same hour on an ordinary day is fine, and shows on the cohort's clock.
    let fine = add(
        &organizer,
        autumn,
        &lecture(
            &[("day", "2025-10-25"), ("start", "02:30"), ("end", "04:00")],
            &[],
        ),
    )
    .await;
    assert_eq!(fine.status, 303, "{}", fine.body);
    assert_eq!(sessions(&app, autumn)[0].starts_at, utc("2025-10-25 00:30"));
}

#[tokio::test]
async fn long_titles_and_unknown_venues_or_speakers_are_refused() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    let long_title = "К".repeat(201);
    let too_long = add(&organizer, cohort, &lecture(&[("title", &long_title)], &[])).await;
    assert_eq!(too_long.status, 422);
    assert_eq!(too_long.field_error("title"), "Use at most 200 characters.");
    assert_eq!(too_long.attr("#title", "value"), Some(long_title.clone()));

    let unknown = add(
        &organizer,
        cohort,
        &lecture(&[("venue", "9999")], &[("speakers", "4242")]),
    )
    .await;
    assert_eq!(unknown.status, 422);
    assert_eq!(unknown.field_error("venue"), "Choose one of the options.");
    assert_eq!(
        unknown.field_error("speakers"),
        "Choose one of the options."
    );
    assert!(sessions(&app, cohort).is_empty());
}

#[tokio::test]
async fn html_in_a_title_is_shown_as_text() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    let title = "<script>alert('x')</script> & <b>bold</b>";
    assert_eq!(
        add(&organizer, cohort, &lecture(&[("title", title)], &[]))
            .await
            .status,
        303
    );
    for path in [
        format!("/cohorts/{cohort}/sessions"),
        format!("/cohorts/{cohort}/sessions/week"),
        format!("/venues/{HALL}"),
    ] {
        let page = organizer.get(&path).await;
        assert!(
            page.text("main").contains(title),
            "{path} shows the title as typed"
        );
        assert!(
            page.texts("main script, main b").is_empty(),
            "{path} made elements of it"
        );
    }
}

#[tokio::test]
async fn warnings_are_shown_and_can_be_accepted() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    let fields = lecture(&[("end", "14:00")], &[("interpretation", "zh-ru")]);
    let warned = add(&organizer, cohort, &fields).await;
    assert_eq!(warned.status, 422);
    assert_eq!(
        warned.texts(".warnings li"),
        [
            "Interpretation is needed but no interpreter is assigned.",
            "The session lasts more than 4 hours without a break."
        ]
    );
    assert_eq!(warned.text(".warnings button"), "Save anyway");
    assert!(
        sessions(&app, cohort).is_empty(),
        "not saved before the organizer agrees"
    );

    let mut accepted = fields.clone();
    accepted.push(("accept_warnings", "1"));
    assert_eq!(add(&organizer, cohort, &accepted).await.status, 303);
    assert_eq!(sessions(&app, cohort).len(), 1);
}

#[tokio::test]
async fn a_short_turnaround_after_a_site_visit_is_a_warning() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    assert_eq!(add_bus(&organizer, cohort, "Bus 1", "45").await.status, 303);
    let bus = app
        .with_conn(|conn| cohortdesk::models::vehicle::Vehicle::for_cohort(conn, cohort).unwrap())
        [0]
    .id
    .to_string();
    assert_eq!(
        add(
            &organizer,
            cohort,
            &site_visit(&bus, "08:30", "12:00", "13:00")
        )
        .await
        .status,
        303
    );
    let warned = add(
        &organizer,
        cohort,
        &lecture(&[("start", "13:15"), ("end", "14:30")], &[]),
    )
    .await;
    assert_eq!(
        warned.texts(".warnings li"),
        [
            "Less than 30 minutes between the return from a site visit and the next session (“Site visit: Yangling demonstration farm”)."
        ]
    );
}

#[tokio::test]
async fn a_session_is_moved_then_cancelled_and_frees_its_speaker() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    assert_eq!(
        add(
            &organizer,
            cohort,
            &lecture(&[], &[("speakers", PROF_WANG)])
        )
        .await
        .status,
        303
    );
    let id = sessions(&app, cohort)[0].id;

    let form = organizer
        .get(&format!("/cohorts/{cohort}/sessions/{id}/edit"))
        .await;
    assert_eq!(
        form.attr("#start", "value").as_deref(),
        Some("09:00"),
        "the form shows the cohort's clock"
    );
    let moved = organizer
        .submit(
            &format!("/cohorts/{cohort}/sessions/{id}/edit"),
            &format!("/cohorts/{cohort}/sessions/{id}"),
            &lecture(
                &[("day", "2025-10-15"), ("start", "14:00"), ("end", "15:30")],
                &[("speakers", PROF_WANG)],
            ),
        )
        .await;
    assert_eq!(moved.status, 303, "{}", moved.body);
    let shown = organizer
        .get(&format!("/cohorts/{cohort}/sessions/{id}"))
        .await;
    assert!(
        shown.text("main").contains("14:00–15:30"),
        "{}",
        shown.text("main")
    );
    assert!(
        shown.text("main").contains("15 Oct 2025, 14:00–15:30"),
        "{}",
        shown.text("main")
    );

    let cancelled = organizer
        .submit(
            &format!("/cohorts/{cohort}/sessions/{id}"),
            &format!("/cohorts/{cohort}/sessions/{id}/cancel"),
            &[],
        )
        .await;
    assert_eq!(cancelled.status, 303);
    assert_eq!(sessions(&app, cohort)[0].status, SessionStatus::Cancelled);
    let timetable = organizer.get(&format!("/cohorts/{cohort}/sessions")).await;
    assert_eq!(
        timetable.texts("li.session.cancelled h3"),
        ["Village self-governance"]
    );

    // Prof. Wang is free again at that time.
    let other = app.empty_cohort("2025 SCO Agri-tourism Workshop — Xi'an", 30);
    let replacement = add(
        &organizer,
        other,
        &lecture(
            &[("day", "2025-10-15"), ("start", "14:00"), ("end", "15:30")],
            &[("speakers", PROF_WANG)],
        ),
    )
    .await;
    assert_eq!(replacement.status, 303, "{}", replacement.body);
}

#[tokio::test]
async fn venues_speakers_and_interpreters_each_have_their_schedule() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let speaker = coordinator.get(&format!("/speakers/{PROF_WANG}")).await;
    assert_eq!(speaker.status, 200);
    let engagements = speaker.text("main");
    assert!(
        engagements.contains("Keynote: China's poverty reduction — experience and practice"),
        "{engagements}"
    );
    assert!(engagements.contains("10:00–11:30"), "{engagements}");
    assert!(
        engagements.contains("2023 SCO Poverty Reduction Training — Qingdao"),
        "{engagements}"
    );

    let venue = coordinator.get("/venues/10").await;
    assert!(
        venue
            .text("main")
            .contains("Site visit: an agricultural machinery works")
    );
    assert!(
        !venue.text("main").contains("Keynote"),
        "only what happens there"
    );

    let interpreter = coordinator.get(&format!("/interpreters/{WANG_XUE}")).await;
    assert!(
        interpreter.text("main").contains("Opening ceremony"),
        "{}",
        interpreter.text("main")
    );
}

#[tokio::test]
async fn the_week_grid_shows_every_session_coloured_by_kind() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let week = coordinator.get("/cohorts/1/sessions/week").await;
    assert_eq!(week.status, 200);
    let slots = week
        .html()
        .select(&scraper::Selector::parse("a.slot").unwrap())
        .count();
    assert_eq!(slots, sessions(&app, CohortId(1)).len());
    assert_eq!(week.texts("a.slot.kind-site_visit").len(), 4);
    assert_eq!(
        week.texts(".legend li"),
        [
            "Lecture",
            "Site visit",
            "Case study",
            "Ceremony",
            "Meal",
            "Break",
            "Free time"
        ]
    );
    assert_eq!(week.texts(".day-head").len(), 7);
    assert!(week.texts(".day-head")[0].starts_with("Thu"));
}

#[tokio::test]
async fn during_the_course_the_current_and_next_sessions_stand_out() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    // The test clock reads 09:30 on Friday 16 June 2023 in Qingdao.
    let day = coordinator.get("/cohorts/1/sessions").await;
    assert_eq!(
        day.texts("li.session.now h3"),
        ["Site visit: Zhujiagou village"]
    );
    assert_eq!(day.texts("li.session.next h3"), ["Lunch"]);
    assert_eq!(
        day.attr("a[href^='#day-']", "href").as_deref(),
        Some("#day-2023-06-16"),
        "a link to today's sessions"
    );
    assert!(day.attr("section#day-2023-06-16", "class").is_some());
    let other = coordinator.get("/cohorts/3/sessions").await;
    assert!(
        other.texts("a[href^='#day-']").is_empty(),
        "no today outside the course"
    );
}

#[tokio::test]
async fn the_demo_course_has_a_full_programme() {
    let app = TestApp::with_demo().await;
    let programme = sessions(&app, CohortId(1));
    assert!(
        (40..=50).contains(&programme.len()),
        "{} sessions",
        programme.len()
    );
    let kinds = |kind: &str| programme.iter().filter(|s| s.kind.as_str() == kind).count();
    assert!(kinds("site_visit") >= 4);
    assert!(kinds("case_study") >= 8);
    assert_eq!(kinds("ceremony"), 2, "opening and closing");
    let coordinator = app.coordinator().await;
    let visit = coordinator.get("/cohorts/1/sessions/7").await.text("main");
    assert!(
        visit.contains("Bus 1 (鲁B·3C215)") && visit.contains("Bus 2 (鲁B·3C216)"),
        "{visit}"
    );
    let keynote = coordinator.get("/cohorts/1/sessions/2").await.text("main");
    assert!(
        keynote.contains("Chinese → Russian") && keynote.contains("Chinese → English"),
        "{keynote}"
    );
}

#[tokio::test]
async fn zero_or_negative_seats_are_refused_for_a_bus() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    for seats in ["0", "-12"] {
        let refused = add_bus(&organizer, cohort, "Bus 3", seats).await;
        assert_eq!(refused.status, 422);
        assert_eq!(
            refused.field_error("seats"),
            "Enter a number from 1 to 10,000."
        );
        assert_eq!(refused.attr("#name", "value").as_deref(), Some("Bus 3"));
    }
    assert!(
        organizer
            .get(&format!("/cohorts/{cohort}/vehicles"))
            .await
            .texts("tbody tr")
            .is_empty()
    );
}

#[tokio::test]
async fn materials_are_uploaded_kept_and_downloaded() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = "/cohorts/1/sessions/30";
    let action = "/cohorts/1/sessions/30/materials";
    let contents = "Case: Zhujiagou village's five-year plan\n"
        .repeat(1000)
        .into_bytes();
    let sent = organizer
        .upload(page, action, "village plan.pdf", contents.clone())
        .await;
    assert_eq!(sent.status, 303);
    let shown = organizer.get(page).await;
    assert_eq!(shown.text(".flash"), "Materials uploaded.");
    assert_eq!(
        shown.attr("a[href$='/materials']", "href").as_deref(),
        Some(action)
    );

    let coordinator = app.coordinator().await;
    let download = coordinator.get(action).await;
    assert_eq!(download.status, 200);
    assert_eq!(download.body.as_bytes(), contents.as_slice());
    assert!(
        download.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("filename*=UTF-8''village%20plan.pdf")
    );
    assert_eq!(
        app.visitor().get(action).await.status,
        303,
        "anonymous visitors log in first"
    );

    let too_big = organizer
        .upload(page, action, "scan.pdf", vec![b'x'; 20 * 1024 * 1024 + 1])
        .await;
    assert_eq!(too_big.status, 303);
    let after = organizer.get(page).await;
    assert_eq!(after.text(".flash"), "The file is larger than 20 MB.");
    assert_eq!(
        coordinator.get(action).await.body.as_bytes(),
        contents.as_slice(),
        "the first file stays"
    );
}

async fn resubmit(organizer: &Visitor, form: &str, action: &str, name: &str, value: &str) {
    let values = with_field(&organizer.get(form).await.form_values(), name, value);
    let saved = organizer.submit_values(form, action, &values).await;
    assert_eq!(saved.status, 303, "{form}: {}", saved.body);
}

#[tokio::test]
async fn the_timetable_shows_a_renamed_venue_group_or_cohort_at_once() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let week = "/cohorts/1/sessions/week";
    let day = "/cohorts/1/sessions";
    let places = |page: &Page| page.texts(".where");
    let before = places(&organizer.get(week).await);
    organizer.get(day).await;

    let venue = organizer
        .get("/cohorts/1/sessions/7")
        .await
        .attr("a[href^='/venues/']", "href")
        .expect("the site visit has a venue");
    let old_venue = organizer.get(&venue).await.text("h1");
    let uses = before.iter().filter(|p| p.starts_with(&old_venue)).count();
    assert!(uses > 0, "{old_venue} is on the week grid");
    resubmit(
        &organizer,
        &format!("{venue}/edit"),
        &venue,
        "name",
        "Village hall at Zhujiagou",
    )
    .await;

    let group = organizer
        .get("/cohorts/1/groups")
        .await
        .attr(".card a[href$='/edit']", "href")
        .expect("the demo has groups");
    let old_group = organizer.get(&group).await.attr("#name", "value").unwrap();
    let group_action = group.trim_end_matches("/edit").to_owned();
    resubmit(
        &organizer,
        &group,
        &group_action,
        "name",
        "Kyrgyz officials",
    )
    .await;

    resubmit(
        &organizer,
        "/cohorts/1/edit",
        "/cohorts/1",
        "name",
        "Qingdao 2023, first course",
    )
    .await;

    for path in [week, day] {
        let after = organizer.get(path).await;
        let text = after.text("main");
        let shown = places(&after);
        let at = |name: &str| shown.iter().filter(|p| p.starts_with(name)).count();
        assert_eq!(at("Village hall at Zhujiagou"), uses, "{path}");
        assert_eq!(at(&old_venue), 0, "{path}");
        assert!(text.contains("Kyrgyz officials"), "{path}");
        assert!(!text.contains(&format!("{old_group} ")), "{path}");
        assert_eq!(after.text("h1"), "Qingdao 2023, first course", "{path}");
    }
}

#[tokio::test]
async fn a_missing_venue_speaker_interpreter_and_bus_are_added_from_inside_the_session_form() {
    use cohortdesk::models::{
        interpreter::Interpreter, speaker::Speaker, vehicle::Vehicle, venue::Venue,
    };
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    let counts = || {
        app.with_conn(|conn| {
            (
                Venue::all(conn).unwrap().len(),
                Speaker::all(conn).unwrap().len(),
                Interpreter::all(conn).unwrap().len(),
                Vehicle::for_cohort(conn, cohort).unwrap().len(),
            )
        })
    };
    let before = counts();
    let form = organizer
        .get(&format!("/cohorts/{cohort}/sessions/new"))
        .await;
    assert_eq!(
        form.texts("details.quick-add summary"),
        [
            "Not in the list? Add a new venue",
            "Not in the list? Add a new speaker",
            "Not in the list? Add a new interpreter",
            "Not in the list? Add a new bus"
        ]
    );
    assert_eq!(
        form.attr("details.quick-add[open]", "class"),
        None,
        "closed until needed"
    );

    let typed = [
        ("new_venue", "Laoshan Village Hall"),
        ("new_venue_kind", "village"),
        ("new_venue_capacity", "60"),
        ("new_speaker", "Dr. Liu Yang"),
        (
            "new_speaker_organization",
            "Qingdao Agricultural University",
        ),
        ("new_interpreter", "Айгерим Бекова"),
        ("new_vehicle", "鲁B·12345"),
        ("new_vehicle_driver_contact", "+86 139 0000 1111"),
    ];
    let mut fields = lecture(
        &[("venue", ""), ("end", "14:00")],
        &[("interpretation", "zh-ru")],
    );
    fields.extend_from_slice(&typed);
    fields.push(("new_vehicle_seats", "a lot"));
    let refused = add(&organizer, cohort, &fields).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.field_error("new_vehicle_seats"),
        "Enter a whole number, such as 70."
    );
    let kept = refused.form_values();
    for (name, value) in typed {
        assert!(
            kept.contains(&(name.to_owned(), value.to_owned())),
            "{name} kept: {kept:?}"
        );
    }
    assert_eq!(
        refused.texts("details.quick-add[open]").len(),
        4,
        "each typed in is open"
    );
    assert_eq!(counts(), before, "nothing added while the form is refused");

    fields.pop();
    fields.push(("new_vehicle_seats", "45"));
    let warned = add(&organizer, cohort, &fields).await;
    assert_eq!(
        warned.texts(".warnings li"),
        ["The session lasts more than 4 hours without a break."],
        "the new interpreter already counts: no warning that nobody interprets"
    );
    assert_eq!(
        counts(),
        before,
        "nothing added before the warnings are accepted"
    );

    fields.push(("accept_warnings", "1"));
    let saved = add(&organizer, cohort, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        counts(),
        (before.0 + 1, before.1 + 1, before.2 + 1, before.3 + 1),
        "each added once"
    );
    let page = organizer.get(saved.location.as_deref().unwrap()).await;
    let shown = page.text("main");
    for name in [
        "Laoshan Village Hall",
        "Dr. Liu Yang",
        "Айгерим Бекова",
        "鲁B·12345",
    ] {
        assert!(
            shown.contains(name),
            "{name} on the session's page: {shown}"
        );
    }
    let interpreter = organizer.get("/interpreters").await;
    assert!(interpreter.text("main").contains("Айгерим Бекова"));
    let log = organizer.get("/audit?object=venue").await;
    assert!(
        log.text("main").contains("Laoshan Village Hall"),
        "the new venue is in the audit log"
    );
}

#[tokio::test]
async fn the_error_summary_links_each_refusal_to_its_field() {
    let (app, cohort) = app_with_cohort().await;
    let organizer = app.organizer().await;
    let session = add(
        &organizer,
        cohort,
        &lecture(
            &[("title", ""), ("day", "2031-01-01"), ("venue", "999")],
            &[
                ("speakers", "999"),
                ("new_vehicle", "Bus 9"),
                ("new_vehicle_seats", "0"),
            ],
        ),
    )
    .await;
    let venue = organizer
        .submit(
            "/venues/new",
            "/venues",
            &[("name", ""), ("kind", "hall"), ("capacity", "-3")],
        )
        .await;
    let cohort_form = organizer
        .submit(
            "/cohorts/new",
            "/cohorts",
            &[("name", ""), ("starts_on", "soon")],
        )
        .await;
    for (page, at_least) in [(&session, 2), (&venue, 2), (&cohort_form, 4)] {
        assert_eq!(page.status, 422, "{}", page.body);
        let links = page.texts(".error-summary .error-links a");
        assert!(links.len() >= at_least, "{links:?}");
        assert_eq!(
            page.text(".error-summary p"),
            format!("Please correct the {} fields marked below.", links.len())
        );
        let html = page.html();
        for a in html.select(&scraper::Selector::parse(".error-links a").unwrap()) {
            let target = a.value().attr("href").unwrap().trim_start_matches('#');
            let selector = scraper::Selector::parse(&format!("[id='{target}']")).unwrap();
            let message: String = a.text().collect();
            let beside: Vec<String> = html
                .select(&selector)
                .map(|e| e.text().collect::<String>())
                .collect();
            assert_eq!(
                beside,
                [message],
                "#{target} holds the same message beside its field"
            );
        }
    }
}
