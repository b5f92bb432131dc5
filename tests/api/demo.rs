use chrono::NaiveDate;
use cohortdesk::domain::cohort::CohortStatus;
use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::role::Scope;
use cohortdesk::domain::trainee::EnrollmentStatus;
use cohortdesk::models::allocation::Allocation;
use cohortdesk::models::commitment::Commitment;
use cohortdesk::models::user::User;
use cohortdesk::services::demo::{self, ACCOUNTS, Outcome, QINGDAO_2023};

use crate::helpers::{TestApp, test_now};

#[tokio::test]
async fn the_demo_holds_the_qingdao_2023_course_under_the_1000_place_commitment() {
    let app = TestApp::spawn().await;
    assert!(app.with_conn(|conn| demo::is_empty(conn).unwrap()));
    let outcome = app.with_conn(|conn| {
        demo::load(conn, &app.state.vault, test_now(), Default::default()).unwrap()
    });
    assert_eq!(outcome, Outcome::Loaded);
    assert!(!app.with_conn(|conn| demo::is_empty(conn).unwrap()));

    let commitments = app.with_conn(|conn| Commitment::list(conn, true, Scope::All).unwrap());
    assert_eq!(commitments.len(), 1);
    assert_eq!(commitments[0].places, 1000);

    let allocations =
        app.with_conn(|conn| Allocation::list_for_commitment(conn, commitments[0].id).unwrap());
    let qingdao = allocations
        .iter()
        .find(|a| a.host_city == "Qingdao")
        .unwrap();
    assert_eq!(qingdao.places, 200);
    let targets = app.with_conn(|conn| Allocation::targets(conn, &[qingdao.id]).unwrap());
    assert!(targets.iter().any(|t| t.year == 2023 && t.places == 70));

    let cohorts = app.all_cohorts();
    let course = cohorts.iter().find(|c| c.name == QINGDAO_2023).unwrap();
    assert_eq!(
        course.starts_on,
        NaiveDate::from_ymd_opt(2023, 6, 15).unwrap()
    );
    assert_eq!(
        course.ends_on,
        NaiveDate::from_ymd_opt(2023, 6, 21).unwrap()
    );
    assert_eq!(course.time_zone.as_str(), "Asia/Shanghai");
    assert_eq!(course.capacity, 70);
    assert_eq!(course.allocation_id, qingdao.id);
    assert_eq!(course.status, CohortStatus::Completed);
    let cities: std::collections::BTreeSet<_> = cohorts.iter().map(|c| c.allocation_id).collect();
    assert!(cities.len() >= 3, "cohorts in other cities too");
    let years: std::collections::BTreeSet<_> = cohorts
        .iter()
        .map(|c| c.starts_on.format("%Y").to_string())
        .collect();
    assert!(years.len() >= 3, "and in other years");

    for account in &ACCOUNTS {
        let user = app
            .with_conn(|conn| User::find_by_email(conn, account.email).unwrap())
            .unwrap();
        assert_eq!(user.role, account.role);
        let login = app
            .visitor()
            .submit(
                "/login",
                "/login",
                &[("email", account.email), ("password", account.password)],
            )
            .await;
        assert_eq!(
            login.status, 303,
            "the printed demo login works for {}",
            account.email
        );
    }
}

#[tokio::test]
async fn the_demo_refuses_a_database_with_cohorts_unless_forced() {
    let app = TestApp::spawn().await;
    app.load_demo();
    let before = app.all_cohorts().len();
    assert_eq!(
        app.with_conn(
            |conn| demo::load(conn, &app.state.vault, test_now(), Default::default()).unwrap()
        ),
        Outcome::NotEmpty
    );
    assert_eq!(app.all_cohorts().len(), before, "nothing added");

    assert_eq!(
        app.with_conn(|conn| demo::load(
            conn,
            &app.state.vault,
            test_now(),
            demo::Options {
                replace: true,
                live: false
            }
        )
        .unwrap()),
        Outcome::Loaded
    );
    assert_eq!(app.all_cohorts().len(), before, "replaced, not doubled");
    assert_eq!(
        app.with_conn(|conn| Commitment::list(conn, true, Scope::All).unwrap().len()),
        1
    );
}

#[tokio::test]
async fn the_dashboard_shows_the_demo_commitment_and_its_cohorts() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let dashboard = coordinator.get("/").await;
    assert_eq!(dashboard.status, 200);
    assert_eq!(
        dashboard.text(".card.commitment h3"),
        "SCO poverty-reduction training 2023–2025"
    );
    let progress: serde_json::Value =
        serde_json::from_str(&coordinator.get("/commitments/1/progress.json").await.body).unwrap();
    let delivered = progress["delivered"].as_i64().unwrap();
    assert!(delivered > 100);
    assert_eq!(
        dashboard.text(".card.commitment .figure"),
        format!("{delivered} / 1,000"),
        "places delivered, as the progress page counts them"
    );
    assert!(
        dashboard
            .text(".card.commitment")
            .contains("245 places planned in cohorts")
    );
    assert!(
        dashboard
            .text(".card.commitment")
            .contains("470 places allocated to host cities")
    );
    let current = dashboard.texts("table.cohorts td[data-label='Name']");
    assert_eq!(
        current[0], QINGDAO_2023,
        "on 16 June 2023 the Qingdao course is running"
    );
}

#[tokio::test]
async fn the_demo_course_has_realistic_attendance_once_it_is_over() {
    let app = TestApp::with_staff().await;
    let after_the_course = NaiveDate::from_ymd_opt(2023, 7, 1)
        .unwrap()
        .and_hms_opt(4, 0, 0)
        .unwrap();
    app.with_conn(|conn| {
        demo::load(conn, &app.state.vault, after_the_course, Default::default()).unwrap()
    });
    let summary = app.with_conn(|conn| {
        cohortdesk::services::attendance::summary(conn, CohortId(1), after_the_course).unwrap()
    });
    assert!(summary.course_over);
    assert_eq!(summary.total.unmarked, 0, "every session marked");
    let excused = summary.trainees.iter().filter(|t| t.tally.excused > 0);
    assert_eq!(excused.count(), 2, "two excused for official duty");
    assert!(
        (2..=40).contains(&summary.total.late),
        "a few late: {}",
        summary.total.late
    );
    let behind: Vec<_> = summary.at_risk().collect();
    assert_eq!(behind.len(), 1, "one trainee below the threshold");
    let statuses: Vec<_> = app
        .roster(CohortId(1))
        .into_iter()
        .map(|e| (e.trainee.id, e.enrollment.status))
        .collect();
    let completed = statuses
        .iter()
        .filter(|(_, s)| *s == EnrollmentStatus::Completed)
        .count();
    assert_eq!(completed, 69);
    assert!(
        statuses
            .iter()
            .any(|(id, s)| *id == behind[0].line.trainee_id
                && *s == EnrollmentStatus::NotCompleted),
        "the one who fell behind did not complete: {statuses:?}"
    );

    let certified = app
        .roster(CohortId(1))
        .iter()
        .filter(|e| {
            app.with_conn(|conn| {
                cohortdesk::models::certificate::Certificate::for_enrollment(conn, e.enrollment.id)
                    .unwrap()
                    .is_some()
            })
        })
        .count();
    assert_eq!(certified, 69, "a certificate for each who completed");

    let coordinator = app.coordinator().await;
    let page = coordinator.get("/cohorts/1/attendance").await;
    assert_eq!(page.texts("#at-risk li").len(), 1);
}

#[tokio::test]
async fn while_the_demo_course_runs_only_the_sessions_that_ended_are_marked() {
    let app = TestApp::with_demo().await;
    // The test clock reads 09:30 on its second day: the first day's sessions are marked.
    let summary = app.with_conn(|conn| {
        cohortdesk::services::attendance::summary(conn, CohortId(1), test_now()).unwrap()
    });
    assert!(!summary.course_over);
    let marked: Vec<_> = summary
        .sessions
        .iter()
        .filter(|s| s.tally.attended() > 0)
        .map(|s| s.session.title.as_str())
        .collect();
    assert!(!marked.is_empty());
    assert!(
        summary
            .sessions
            .iter()
            .filter(|s| s.session.starts_at >= test_now())
            .all(|s| s.tally.attended() + s.tally.absent + s.tally.excused == 0)
    );
}

#[tokio::test]
async fn the_live_course_runs_today_whenever_the_demo_is_loaded() {
    use cohortdesk::models::session::Session;
    use cohortdesk::services::{attendance, cohorts};
    // Wednesday 11 March 2026, 10:10 in Qingdao.
    let now = NaiveDate::from_ymd_opt(2026, 3, 11)
        .unwrap()
        .and_hms_opt(2, 10, 0)
        .unwrap();
    let app = TestApp::with_staff_at(now).await;
    let options = demo::Options {
        replace: false,
        live: true,
    };
    app.with_conn(|conn| demo::load(conn, &app.state.vault, now, options).unwrap());
    let live = app
        .all_cohorts()
        .into_iter()
        .find(|c| c.name == demo::live::LIVE_COURSE)
        .expect("the live course");
    assert_eq!(
        (live.starts_on, live.ends_on),
        (
            NaiveDate::from_ymd_opt(2026, 3, 9).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
        ),
        "today is its third day"
    );
    let commitments = app.with_conn(|conn| Commitment::list(conn, true, Scope::All).unwrap());
    assert!(
        commitments
            .iter()
            .any(|c| c.name == "SCO poverty-reduction training 2026–2028"),
        "under a commitment of its own years"
    );
    assert_eq!(
        live.status,
        CohortStatus::Open,
        "loaded open for enrollment…"
    );
    let moved = app.with_conn(|conn| cohorts::follow_calendar(conn, now).unwrap());
    assert_eq!(
        moved,
        [live.id],
        "…and running as soon as the calendar is followed"
    );

    let summary = app.with_conn(|conn| attendance::summary(conn, live.id, now).unwrap());
    assert_eq!(summary.total.unmarked, 0, "every roll call so far taken");
    assert!(summary.total.present > 100, "{:?}", summary.total);
    assert_eq!(
        summary.at_risk().count(),
        1,
        "one official missed yesterday"
    );
    let organizer = app.organizer().await;
    let page = organizer.get(&format!("/cohorts/{}", live.id)).await;
    assert_eq!(page.texts("#at-risk li").len(), 1);

    // A lecture is on now, its self check-in open.
    let lecture = app
        .with_conn(|conn| Session::for_cohort(conn, live.id).unwrap())
        .into_iter()
        .find(|s| s.starts_at <= now && now < s.ends_at)
        .expect("a session on now");
    let screen = organizer
        .get(&format!(
            "/cohorts/{}/sessions/{}/checkin",
            live.id, lecture.id
        ))
        .await;
    let link = screen.text(".checkin-link");
    let phone = app.visitor();
    let path = &link[link.find("/checkin/").expect("a check-in link")..];
    let entry = &app.roster(live.id)[0];
    let badge = app.state.checkin_key.badge_code(entry.enrollment.id);
    let scanned = phone.get(path).await;
    assert!(
        scanned.text(".lead").contains(&lecture.title),
        "{}",
        scanned.text("main")
    );
    let done = phone.submit(path, path, &[("badge_code", &badge)]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert!(
        phone
            .get("/checkin")
            .await
            .text(".flash")
            .contains("checked in"),
        "QR check-in works at once"
    );

    // The personal page of the live course's trainee has today and tomorrow, a site visit tomorrow.
    let links = app.with_conn(|conn| demo::personal_links(conn, &app.state.vault, now).unwrap());
    assert_eq!(
        links.len(),
        3,
        "two of Qingdao 2023, one of the live course"
    );
    let mine = app.visitor().get(&format!("/my/{}", links[2].1)).await;
    let days = mine.texts(".itinerary-day h2");
    assert_eq!(days.len(), 2, "{days:?}");
    assert_eq!(
        days,
        ["Сегодня 11 марта 2026 г.", "Завтра 12 марта 2026 г."],
        "in Russian, which the trainee reads"
    );
    let soon = mine.texts(".itinerary-day");
    assert!(
        soon[0].contains("Сельское самоуправление на практике"),
        "{soon:?}"
    );
    assert!(
        soon[1].contains("Выездное занятие"),
        "a site visit tomorrow: {soon:?}"
    );
}
