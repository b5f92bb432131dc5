//! How long attendance takes: saving a roll call of 70 marks (goal: under 20 ms) and reading the
//! attendance summary of a 1,000-trainee cohort with 50 sessions and 50,000 marks (goal: under 50 ms).
//!
//! Builds a scratch SQLite database (or uses `BENCH_DATABASE_URL`, e.g. an empty PostgreSQL database) and
//! loads the demo. The roll call is the demo's site visit to Zhujiagou village (70 trainees), saved with
//! every mark changed each run; the summary is of a new cohort of 1,000 imported trainees, 50 lectures
//! and a mark for everyone at each. Both are timed through the services the pages call, database work
//! included, without HTTP.
//!
//! Run: `cargo bench --bench attendance`.

mod common;

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use cohortdesk::db::DbConnection;
use cohortdesk::domain::attendance::{Mark, MarkInput, Method, RollCallForm};
use cohortdesk::domain::ids::{CohortId, SessionId, UserId};
use cohortdesk::domain::schedule::clash::Slot;
use cohortdesk::domain::schedule::form::SessionDraft;
use cohortdesk::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use cohortdesk::models::attendance::NewMark;
use cohortdesk::models::enrollment::Enrollment;
use cohortdesk::models::session::SessionFields;
use cohortdesk::services::attendance;
use common::{at, demo_database, imported_cohort};
use diesel::Connection;

const RUNS: usize = 200;
const TRAINEES: usize = 1_000;
const SESSIONS: usize = 50;

/// Prints the median, 99th percentile and maximum of `times`.
pub fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let pick = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "{label}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} runs)",
        pick(0.50).as_secs_f64() * 1e3,
        pick(0.99).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}

/// Saves the demo site visit's roll call `RUNS` times, every mark changed each time.
fn roll_calls(conn: &mut DbConnection, organizer: UserId, now: NaiveDateTime) -> Vec<Duration> {
    let (cohort, session) = (CohortId(1), SessionId(7));
    let call = attendance::roll_call(conn, cohort, session).expect("the roll call");
    let trainees: Vec<_> = call
        .delegations
        .iter()
        .flat_map(|(_, lines)| lines.iter().map(|e| e.line.trainee_id))
        .collect();
    assert_eq!(trainees.len(), 70);
    let marks = ["present", "late"];
    (0..RUNS)
        .map(|run| {
            let lines: Vec<_> = trainees
                .iter()
                .map(|t| {
                    (
                        *t,
                        MarkInput {
                            status: marks[run % 2].to_owned(),
                            note: String::new(),
                            was_status: marks[(run + 1) % 2].to_owned(),
                            was_note: String::new(),
                        },
                    )
                })
                .collect();
            let started = Instant::now();
            let form = RollCallForm {
                loaded_at: now,
                lines,
            };
            let saved = attendance::save_roll_call(conn, cohort, session, &form, organizer, now)
                .expect("saved");
            let took = started.elapsed();
            assert_eq!(saved.changed, 70);
            took
        })
        .collect()
}

/// A cohort of 1,000 trainees with 50 lectures, everyone marked at each; returns it.
fn large_cohort(conn: &mut DbConnection, organizer: UserId, now: NaiveDateTime) -> CohortId {
    let starts_on = NaiveDate::from_ymd_opt(2026, 5, 11).unwrap();
    let cohort = imported_cohort(conn, TRAINEES, starts_on, now);
    let trainees = Enrollment::trainee_ids(conn, cohort).expect("the trainees");
    conn.transaction::<_, diesel::result::Error, _>(|conn| {
        for n in 0..SESSIONS {
            let day = starts_on + chrono::Days::new((n / 5) as u64);
            let hour = 1 + (n % 5) as u32 * 2;
            let draft = SessionDraft {
                kind: SessionKind::Lecture,
                title: format!("Lecture {n}"),
                description: String::new(),
                theme: Theme::Governance,
                day,
                slot: Slot {
                    start: at(day, hour),
                    end: at(day, hour + 1),
                },
                venue: None,
                room: String::new(),
                languages: Vec::new(),
                interpretation: Vec::new(),
                status: SessionStatus::Planned,
                speakers: Vec::new(),
                interpreters: Vec::new(),
                vehicles: Vec::new(),
                groups: Vec::new(),
                delegations: Vec::new(),
                host_organization: String::new(),
                host_contact: String::new(),
                address: String::new(),
                departure_point: String::new(),
                departs_at: None,
                returns_at: None,
                what_to_bring: String::new(),
                materials_link: String::new(),
                accept_warnings: true,
            };
            let session = SessionFields::from_draft(&draft, cohort, now).insert(conn)?;
            let marks: Vec<NewMark> = trainees
                .iter()
                .enumerate()
                .map(|(i, trainee)| NewMark {
                    session_id: session,
                    trainee_id: *trainee,
                    status: match (i + n) % 20 {
                        0 => Mark::Absent,
                        1 => Mark::Late,
                        2 => Mark::Excused,
                        _ => Mark::Present,
                    },
                    note: "",
                    method: Method::RollCall,
                    marked_by: Some(organizer),
                    marked_at: now,
                })
                .collect();
            NewMark::save_all(conn, &marks)?;
        }
        Ok(())
    })
    .expect("the sessions and marks");
    cohort
}

fn main() {
    let scratch = tempfile::tempdir().unwrap();
    // 09:30 on the second day of the demo course in Qingdao: the site visit is under way.
    let now = at(NaiveDate::from_ymd_opt(2023, 6, 16).unwrap(), 1);
    let (_, mut conn) = demo_database(scratch.path(), "attendance", now);
    let organizer = UserId(1);
    report(
        "roll call of 70 marks saved",
        roll_calls(&mut conn, organizer, now),
    );

    let started = Instant::now();
    let cohort = large_cohort(&mut conn, organizer, now);
    println!(
        "{TRAINEES} trainees, {SESSIONS} sessions and {} marks added in {:.1} s",
        TRAINEES * SESSIONS,
        started.elapsed().as_secs_f64()
    );
    let after = at(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(), 0);
    let summaries = (0..RUNS / 4)
        .map(|_| {
            let started = Instant::now();
            let summary = attendance::summary(&mut conn, cohort, after).expect("the summary");
            let took = started.elapsed();
            assert_eq!(summary.trainees.len(), TRAINEES);
            assert_eq!(summary.total.unmarked, 0);
            took
        })
        .collect();
    report(
        "attendance summary of 1,000 trainees × 50 sessions",
        summaries,
    );
}
