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

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use cohortdesk::db::{self, DatabaseUrl, DbConnection};
use cohortdesk::domain::attendance::{Mark, Method};
use cohortdesk::domain::cohort::{CohortDraft, CohortStatus};
use cohortdesk::domain::commitment::{AllocationDraft, CommitmentDraft};
use cohortdesk::domain::ids::{CohortId, SessionId, UserId};
use cohortdesk::domain::schedule::{SessionDraft, SessionKind, SessionStatus, Slot, Theme};
use cohortdesk::models::attendance::NewMark;
use cohortdesk::models::enrollment::Enrollment;
use cohortdesk::models::session::SessionFields;
use cohortdesk::services::{attendance, cohorts, commitments, demo, roster_csv};
use diesel::Connection;

const RUNS: usize = 200;
const TRAINEES: usize = 1_000;
const SESSIONS: usize = 50;

fn at(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap())
}

fn report(label: &str, mut times: Vec<Duration>) {
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
            let inputs: Vec<_> = trainees
                .iter()
                .map(|t| {
                    (
                        *t,
                        attendance::MarkInput {
                            status: marks[run % 2].to_owned(),
                            note: String::new(),
                            was_status: marks[(run + 1) % 2].to_owned(),
                            was_note: String::new(),
                        },
                    )
                })
                .collect();
            let started = Instant::now();
            let saved =
                attendance::save_roll_call(conn, cohort, session, &inputs, now, organizer, now)
                    .expect("saved");
            let took = started.elapsed();
            assert_eq!(saved.expect("no refusal").changed, 70);
            took
        })
        .collect()
}

/// A cohort of 1,000 trainees with 50 lectures, everyone marked at each; returns it.
fn large_cohort(conn: &mut DbConnection, organizer: UserId, now: NaiveDateTime) -> CohortId {
    let starts_on = NaiveDate::from_ymd_opt(2026, 5, 11).unwrap();
    let commitment = commitments::create(
        conn,
        &CommitmentDraft {
            name: "Benchmark commitment".into(),
            description: String::new(),
            places: 5_000,
            starts_on: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        },
        now,
    )
    .expect("the commitment");
    let allocation = commitments::add_allocation(
        conn,
        commitment,
        &AllocationDraft {
            host_city: "Benchmark City".into(),
            places: 1_000,
            targets: Vec::new(),
        },
        now,
    )
    .expect("the allocation");
    let cohort = cohorts::create(
        conn,
        &CohortDraft {
            allocation_id: allocation,
            name: "Benchmark cohort".into(),
            venue: String::new(),
            starts_on,
            ends_on: starts_on + chrono::Days::new(9),
            time_zone: chrono_tz::Asia::Shanghai,
            capacity: 1_000,
            languages: Vec::new(),
            status: CohortStatus::Running,
            notes: String::new(),
        },
        now,
    )
    .expect("the cohort");
    let mut csv = String::from(
        "family_name,given_name,native_name,gender,date_of_birth,country,organization,email,passport_number,passport_expiry,status\n",
    );
    let countries = ["KZ", "KG", "TJ", "UZ", "RU", "PK", "CN", "MN"];
    for i in 0..TRAINEES {
        csv.push_str(&format!(
            "Family{i},Given{i},,{},1980-01-{:02},{},Ministry of Agriculture,t{i}@example.org,P{i:07},2031-01-31,confirmed\n",
            if i % 3 == 0 { "female" } else { "male" },
            i % 28 + 1,
            countries[i % countries.len()],
        ));
    }
    roster_csv::import(conn, cohort, csv.as_bytes(), None, now, &|_| {})
        .expect("the import")
        .unwrap_or_else(|_| panic!("the roster imports"));
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
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}/attendance.db", scratch.path().display()));
    let url = DatabaseUrl::parse(&url).expect("a database URL");
    let mut conn = url.connect().expect("the database opens");
    db::migrate(&mut conn).expect("the migrations run");
    // 09:30 on the second day of the demo course in Qingdao: the site visit is under way.
    let now = at(NaiveDate::from_ymd_opt(2023, 6, 16).unwrap(), 1);
    let loaded = demo::load(&mut conn, now, false).expect("the demo loads");
    assert!(
        matches!(loaded, demo::Outcome::Loaded),
        "BENCH_DATABASE_URL must name an empty database"
    );
    let organizer = UserId(1);
    println!("on {}", url.describe());
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
