//! How long the clash check of one new session takes when 35,000 sessions exist (goal: under 5 ms).
//!
//! Builds a scratch SQLite database (or uses `BENCH_DATABASE_URL`, e.g. an empty PostgreSQL database),
//! loads the demo, adds 35,000 sessions spread over the three years of the commitment with speakers and
//! venues, then times `schedule::save` — every rule, the database work included — for a session that
//! clashes (refused, nothing written) and for one that fits (saved, then rolled back).
//!
//! Run: `cargo bench --bench clash`.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use cohortdesk::db::{self, DatabaseUrl, DbConnection};
use cohortdesk::domain::ids::{CohortId, SpeakerId, VenueId};
use cohortdesk::domain::schedule::clash::Slot;
use cohortdesk::domain::schedule::form::SessionDraft;
use cohortdesk::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use cohortdesk::domain::vault::Vault;
use cohortdesk::error::AppError;
use cohortdesk::models::session::{SessionFields, SessionLinks};
use cohortdesk::services::schedule::Saved;
use cohortdesk::services::{demo, schedule};
use diesel::Connection;

const EXISTING: usize = 35_000;
const RUNS: usize = 300;

fn at(date: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap())
}

/// A one-hour lecture in the demo's Qingdao 2023 course, from `hour` UTC on `day` (its date in Qingdao),
/// by `speaker` at `venue`.
fn lecture(day: NaiveDate, hour: u32, speaker: i32, venue: i32) -> SessionDraft {
    SessionDraft {
        kind: SessionKind::Lecture,
        title: "Benchmark lecture".to_owned(),
        description: String::new(),
        theme: Theme::Governance,
        day,
        slot: Slot {
            start: at(day, hour, 0),
            end: at(day, hour + 1, 0),
        },
        venue: Some(VenueId(venue)),
        room: String::new(),
        languages: Vec::new(),
        interpretation: Vec::new(),
        status: SessionStatus::Planned,
        speakers: vec![SpeakerId(speaker)],
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
    }
}

/// 35,000 sessions: about 32 a day from 2023 to 2025, 08:00–18:00 UTC, in the demo's cohorts, each with
/// one of its venues and speakers.
fn fill(conn: &mut DbConnection, now: NaiveDateTime) {
    let first = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    conn.transaction::<_, diesel::result::Error, _>(|conn| {
        for i in 0..EXISTING {
            let day = first + chrono::Days::new((i % 1095) as u64);
            let slot = (i / 1095) as u32;
            let mut draft = lecture(day, 0, (i % 8) as i32 + 1, (i % 11) as i32 + 1);
            draft.slot = Slot {
                start: at(day, 8 + slot % 10, (slot % 4) * 15),
                end: at(day, 9 + slot % 10, (slot % 4) * 15),
            };
            let id = SessionFields::from_draft(&draft, CohortId((i % 4) as i32 + 1), now)
                .insert(conn)?;
            SessionLinks::from_draft(&draft).save(conn, id)?;
        }
        Ok(())
    })
    .expect("the sessions are stored");
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

fn main() {
    let scratch = tempfile::tempdir().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}/clash.db", scratch.path().display()));
    let url = DatabaseUrl::parse(&url).expect("a database URL");
    let mut conn = url.connect().expect("the database opens");
    db::migrate(&mut conn).expect("the migrations run");
    let now = at(NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(), 0, 0);
    // The ids below are the demo's, as loaded into an empty database.
    let loaded = demo::load(
        &mut conn,
        &Vault::derive(b"the key of the clash benchmark"),
        now,
        Default::default(),
    )
    .expect("the demo loads");
    assert!(
        matches!(loaded, demo::Outcome::Loaded),
        "BENCH_DATABASE_URL must name an empty database"
    );

    let started = Instant::now();
    fill(&mut conn, now);
    println!(
        "{EXISTING} sessions added in {:.1} s on {}",
        started.elapsed().as_secs_f64(),
        url.describe()
    );

    // Friday 16 June 08:00–09:00 UTC: the demo's lecture hall and the cohort are busy from 08:15, and
    // the added sessions keep venues and speakers busy all day.
    let clashing = lecture(NaiveDate::from_ymd_opt(2023, 6, 16).unwrap(), 8, 1, 1);
    let mut refused = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        let outcome = schedule::save(&mut conn, CohortId(1), None, &clashing, now);
        refused.push(started.elapsed());
        assert!(
            matches!(outcome, Err(AppError::Invalid(_))),
            "the session clashes: {outcome:?}"
        );
    }

    // 19:00 UTC on the 16th (03:00 on the 17th in Qingdao), after every added session: every rule
    // passes and the session is written, then rolled back so each run sees the same 35,000.
    let fitting = lecture(NaiveDate::from_ymd_opt(2023, 6, 17).unwrap(), 19, 6, 7);
    let mut accepted = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let _ = conn.transaction::<(), diesel::result::Error, _>(|conn| {
            let started = Instant::now();
            let outcome = schedule::save(conn, CohortId(1), None, &fitting, now);
            accepted.push(started.elapsed());
            assert!(
                matches!(outcome, Ok(Saved::Session(_))),
                "the session fits: {outcome:?}"
            );
            Err(diesel::result::Error::RollbackTransaction)
        });
    }

    report("clash check, refused with a clash", refused);
    report("clash check, accepted and written", accepted);
}
