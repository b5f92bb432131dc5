//! The cohort report for partner ministries: its figures agree with the roster, the timetable, the
//! attendance page and the progress page; hours follow the timetable; the CSV files and the JSON carry
//! the same numbers, in the reader's language.

use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::schedule::kinds::SessionStatus;
use cohortdesk::domain::trainee::{EnrollmentStatus, Gender};
use cohortdesk::models::session::Session;
use serde_json::Value;

use crate::helpers::{TestApp, column, csv_rows, number};

const COHORT: CohortId = CohortId(1);
const REPORT: &str = "/cohorts/1/report";

/// Minutes of the cohort's lectures, site visits and case studies that are not cancelled.
/// The demo course's programme hours, counted minute by minute: a minute in which any lecture, site
/// visit or case study runs counts once, however many groups are taught in it.
fn minutes_taught(app: &TestApp) -> i64 {
    let minutes: std::collections::HashSet<i64> = app
        .with_conn(|conn| Session::for_cohort(conn, COHORT).unwrap())
        .iter()
        .filter(|s| s.kind.takes_attendance() && s.status != SessionStatus::Cancelled)
        .flat_map(|s| {
            let start = s.starts_at.and_utc().timestamp() / 60;
            start..start + (s.ends_at - s.starts_at).num_minutes()
        })
        .collect();
    minutes.len() as i64
}

/// The minutes of the demo course's sessions added up one by one (parallel ones each time).
fn minutes_of_sessions(app: &TestApp) -> i64 {
    app.with_conn(|conn| Session::for_cohort(conn, COHORT).unwrap())
        .iter()
        .filter(|s| s.kind.takes_attendance() && s.status != SessionStatus::Cancelled)
        .map(|s| (s.ends_at - s.starts_at).num_minutes())
        .sum()
}

#[tokio::test]
async fn the_report_agrees_with_the_roster_the_timetable_attendance_and_progress() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let roster = app.roster(COHORT);
    let taking_part: Vec<_> = roster
        .iter()
        .filter(|e| {
            !matches!(
                e.enrollment.status,
                EnrollmentStatus::Withdrawn | EnrollmentStatus::NoShow
            )
        })
        .collect();
    let completed = roster
        .iter()
        .filter(|e| e.enrollment.status == EnrollmentStatus::Completed)
        .count() as i64;
    let women = taking_part
        .iter()
        .filter(|e| e.trainee.gender == Gender::Female)
        .count() as i64;

    let page = coordinator.get(REPORT).await;
    assert_eq!(page.status, 200);
    assert_eq!(
        number(&page.text("#report-participants")),
        taking_part.len() as i64
    );
    assert_eq!(number(&page.text("#report-completed")), completed);
    assert!(
        page.text("#report-women")
            .starts_with(&format!("{women} ("))
    );
    assert_eq!(page.text("#report-men"), {
        let men = taking_part.len() as i64 - women;
        let share = (men * 100 + taking_part.len() as i64 / 2) / taking_part.len() as i64;
        format!("{men} ({share}%)")
    });
    let minutes = minutes_taught(&app);
    assert!(minutes > 30 * 60, "the demo's week is taught");
    assert_eq!(
        page.text("#report-hours"),
        format!("{}.{}", minutes / 60, (minutes % 60 * 10 + 30) / 60)
    );
    // Case studies in four groups at once (3 + 3 + 1.5 hours): three parallel copies of 7.5 hours.
    assert_eq!(
        minutes_of_sessions(&app) - minutes,
        3 * 450,
        "parallel groups count once"
    );
    assert_eq!(
        page.text("#report-hours-per-trainee"),
        page.text("#report-hours"),
        "each trainee's programme is the whole programme: one group of each case study"
    );

    let progress: Value =
        serde_json::from_str(&coordinator.get("/commitments/1/progress.json").await.body).unwrap();
    let row = progress["by_cohort"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == 1)
        .unwrap()
        .clone();
    assert_eq!(
        row["delivered"], completed,
        "the progress page counts the same places"
    );

    let attendance = coordinator.get("/cohorts/1/attendance").await;
    assert_eq!(
        page.text("#report-rate"),
        attendance.text("#cohort-rate .big"),
        "the attendance page gives the same rate"
    );
    let rates_there: Vec<String> = attendance
        .texts("#by-delegation tbody tr")
        .iter()
        .map(|r| r.rsplit(' ').next().unwrap().to_owned())
        .collect();
    let rates_here: Vec<String> = page
        .texts("[data-table=delegations] tbody tr")
        .iter()
        .map(|r| r.rsplit(' ').next().unwrap().to_owned())
        .collect();
    assert_eq!(rates_here.len(), 4, "four delegations");
    assert_eq!(
        rates_here, rates_there,
        "each delegation's rate, in the same order"
    );

    let json: Value =
        serde_json::from_str(&coordinator.get(&format!("{REPORT}.json")).await.body).unwrap();
    assert_eq!(json["delivered"], completed);
    assert_eq!(json["participants"], taking_part.len());
    assert_eq!(json["women"], women);
    assert_eq!(json["minutes_taught"], minutes);
    let by_theme: i64 = json["hours_by_theme"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["minutes"].as_i64().unwrap())
        .sum();
    let by_kind: i64 = json["hours_by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["minutes"].as_i64().unwrap())
        .sum();
    assert_eq!((by_theme, by_kind), (minutes, minutes));
    let delegations_completed: i64 = json["delegations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["completed"].as_i64().unwrap())
        .sum();
    assert_eq!(delegations_completed, completed);

    let (header, rows) = csv_rows(&coordinator.get(&format!("{REPORT}/trainees.csv")).await);
    assert_eq!(rows.len(), taking_part.len());
    let done = column(&header, "Completed");
    assert_eq!(
        rows.iter().filter(|r| r[done] == "Yes").count() as i64,
        completed
    );
}

#[tokio::test]
async fn cancelling_a_session_takes_its_hours_out_of_the_report() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let before: Value =
        serde_json::from_str(&organizer.get(&format!("{REPORT}.json")).await.body).unwrap();
    let session = app
        .with_conn(|conn| Session::for_cohort(conn, COHORT).unwrap())
        .into_iter()
        .find(|s| s.kind.takes_attendance())
        .unwrap();
    let page = format!("/cohorts/1/sessions/{}", session.id);
    let cancelled = organizer
        .submit(&page, &format!("{page}/cancel"), &[])
        .await;
    assert_eq!(cancelled.status, 303);
    let after: Value =
        serde_json::from_str(&organizer.get(&format!("{REPORT}.json")).await.body).unwrap();
    let length = (session.ends_at - session.starts_at).num_minutes();
    assert_eq!(
        after["minutes_taught"].as_i64().unwrap(),
        before["minutes_taught"].as_i64().unwrap() - length
    );
    assert_eq!(
        after["sessions"].as_array().unwrap().len() + 1,
        before["sessions"].as_array().unwrap().len()
    );
    assert_eq!(after["minutes_taught"], minutes_taught(&app));
}

#[tokio::test]
async fn the_report_and_its_files_speak_russian() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    coordinator
        .submit("/", "/language", &[("lang", "ru")])
        .await;
    let page = coordinator.get(REPORT).await;
    assert_eq!(page.text(".report-title"), "Отчёт");
    let minutes = minutes_taught(&app);
    assert_eq!(
        page.text("#report-hours"),
        format!("{},{}", minutes / 60, (minutes % 60 * 10 + 30) / 60),
        "a decimal comma"
    );
    assert!(
        page.text(".definitions")
            .contains("Посещаемость = посещённые занятия")
    );
    let (header, rows) = csv_rows(&coordinator.get(&format!("{REPORT}/delegations.csv")).await);
    assert_eq!(header[..3], ["Код страны", "Страна", "Участники"]);
    assert!(rows.iter().any(|r| r[1] == "Казахстан"));
    // The totals line adds up the delegations and is the page's totals row, cell for cell.
    let (total, delegations) = rows.split_last().unwrap();
    assert_eq!(total[0], "Итого");
    for col in 2..=7 {
        let sum: i64 = delegations.iter().map(|r| number(&r[col])).sum();
        assert_eq!(number(&total[col]), sum, "{}", header[col]);
    }
    let shown: Vec<i64> = page
        .texts("tfoot tr.totals td")
        .iter()
        .take(7)
        .map(|c| number(c))
        .collect();
    let filed: Vec<i64> = total[2..9].iter().map(|c| number(c)).collect();
    assert_eq!(
        shown, filed,
        "participants, women, men, completed, attended, excused, absent"
    );
    let (header, rows) = csv_rows(&coordinator.get(&format!("{REPORT}/kinds.csv")).await);
    assert_eq!(header, ["Вид", "Занятия", "Учебные часы"]);
    let kinds: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert!(kinds.contains(&"Лекция"), "{kinds:?}");
    assert_eq!(
        coordinator
            .get(&format!("{REPORT}/passports.csv"))
            .await
            .status,
        404
    );
}
