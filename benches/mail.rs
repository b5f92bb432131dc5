//! How long 1,000 itinerary e-mails take end to end (goal: under 10 s): queueing each trainee's e-mail
//! (personal link, plain text, HTML and `.ics` of a 7-day programme, written to the outbox in one
//! transaction) and delivering them all to an SMTP server on this machine.
//!
//! Builds a scratch SQLite database (or uses `BENCH_DATABASE_URL`, an empty database) with the demo and
//! ten cohorts of 100 imported trainees, two weeks apart, each with the demo's 7-day Qingdao programme
//! cloned into it. The SMTP server is mailin-embedded in this process (a real SMTP conversation over TCP
//! per message, 4 connections at a time).
//!
//! Run: `cargo bench --bench mail`.

mod common;
#[allow(dead_code, reason = "the tests use the rest of this SMTP server")]
#[path = "../tests/api/smtp.rs"]
mod smtp;

use std::time::Instant;

use chrono::NaiveDate;
use cohortdesk::config::Settings;
use cohortdesk::db;
use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::role::Scope;
use cohortdesk::domain::schedule::clone::CloneRequest;
use cohortdesk::mail::Mailer;
use cohortdesk::services::clone;
use cohortdesk::services::mailings::{self, Post, Recipients};
use cohortdesk::services::outbox::Courier;
use cohortdesk::services::timetable::TimetableCache;
use common::{at, demo_database, imported_cohort};

const COHORTS: usize = 10;
const PER_COHORT: usize = 100;
const TRAINEES: usize = COHORTS * PER_COHORT;

fn main() {
    let scratch = tempfile::tempdir().unwrap();
    let now = at(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(), 1);
    let (url, mut conn) = demo_database(scratch.path(), "mail", now);
    let first = NaiveDate::from_ymd_opt(2026, 5, 11).unwrap();
    let demo_start = NaiveDate::from_ymd_opt(2023, 6, 15).unwrap();
    let cohorts: Vec<CohortId> = (0..COHORTS)
        .map(|n| {
            let starts_on = first + chrono::Days::new(14 * n as u64);
            let cohort = imported_cohort(&mut conn, PER_COHORT, starts_on, now);
            let request = CloneRequest {
                source: CohortId(1),
                shift: Some((starts_on - demo_start).num_days()),
                confirm: true,
            };
            let cloned =
                clone::clone(&mut conn, cohort, request, Scope::All, now).expect("the clone");
            assert!(cloned.refused.is_empty(), "{:?}", cloned.refused);
            cohort
        })
        .collect();
    println!("{COHORTS} cohorts of {PER_COHORT} trainees, each with the 7-day programme");
    // BENCH_SMTP_URL names another SMTP server to deliver to (e.g. aiosmtpd).
    let smtp = smtp::SmtpServer::start();
    let smtp_url = std::env::var("BENCH_SMTP_URL").unwrap_or_else(|_| smtp.url());
    let settings = Settings::from_lookup(|name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "SMTP_URL" => Some(smtp_url.clone()),
        "MAIL_FROM" => Some("Benchmark <bench@example.org>".to_owned()),
        _ => None,
    })
    .expect("settings");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let _inside = runtime.enter();
    let courier = Courier::new(
        db::pool(&settings.database).expect("a pool"),
        Mailer::new(&settings.mail).expect("the mailer"),
        settings.mail.from.clone(),
        common::vault(),
    );

    let started = Instant::now();
    let timetables = TimetableCache::default();
    let mut queued = 0;
    for cohort in &cohorts {
        let report = mailings::queue_itineraries(
            &mut conn,
            &Post {
                timetables: &timetables,
                settings: &settings,
                vault: &common::vault(),
            },
            *cohort,
            &Recipients::All,
            now,
            &mut |_| {},
        )
        .expect("queued");
        queued += report.queued.len();
    }
    let queueing = started.elapsed();
    assert_eq!(queued, TRAINEES);
    let delivered = runtime
        .block_on(courier.deliver_due(now))
        .expect("delivered");
    let total = started.elapsed();
    assert_eq!(delivered.sent, TRAINEES);
    let bytes: usize = smtp.received().iter().map(|m| m.data.len()).sum();
    println!(
        "queued {TRAINEES} itinerary e-mails in {:.2} s, delivered to {smtp_url} in {:.2} s: {:.2} s end to end (goal < 10 s); {:.0} KiB per e-mail received here",
        queueing.as_secs_f64(),
        (total - queueing).as_secs_f64(),
        total.as_secs_f64(),
        bytes as f64 / TRAINEES as f64 / 1024.0
    );
}
