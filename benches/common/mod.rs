//! Shared by the benchmarks: a scratch database with the demo, a large imported cohort, and reports.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use cohortdesk::db::{self, DatabaseUrl, DbConnection};
use cohortdesk::domain::cohort::{CohortDraft, CohortStatus};
use cohortdesk::domain::commitment::{AllocationDraft, CommitmentDraft};
use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::role::Scope;
use cohortdesk::domain::vault::Vault;
use cohortdesk::services::roster::Writer;
use cohortdesk::services::roster_file::{self, ImportOptions};
use cohortdesk::services::{cohorts, commitments, demo};

pub fn at(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap())
}

/// The key benchmarks seal with (they run without a key file).
pub fn vault() -> Vault {
    Vault::derive(b"the key of the cohortdesk benchmarks")
}

/// `BENCH_DATABASE_URL` (an empty database), or a scratch SQLite file in `scratch`, migrated and with the
/// demo loaded as of `now`.
pub fn demo_database(
    scratch: &std::path::Path,
    name: &str,
    now: NaiveDateTime,
) -> (String, DbConnection) {
    let text = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}/{name}.db", scratch.display()));
    let url = DatabaseUrl::parse(&text).expect("a database URL");
    let mut conn = url.connect().expect("the database opens");
    db::migrate(&mut conn).expect("the migrations run");
    let loaded = demo::load(&mut conn, &vault(), now, Default::default()).expect("the demo loads");
    assert!(
        matches!(loaded, demo::Outcome::Loaded),
        "BENCH_DATABASE_URL must name an empty database"
    );
    println!("on {}", url.describe());
    (text, conn)
}

/// A new, empty cohort of `capacity` places (at most 1,000) starting on `starts_on`, under a commitment
/// of its own.
pub fn new_cohort(
    conn: &mut DbConnection,
    capacity: usize,
    starts_on: NaiveDate,
    now: NaiveDateTime,
) -> CohortId {
    let commitment = commitments::create(
        conn,
        &CommitmentDraft {
            name: "Benchmark commitment".into(),
            description: String::new(),
            places: 5_000,
            starts_on: NaiveDate::from_ymd_opt(starts_on.year(), 1, 1).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(starts_on.year(), 12, 31).unwrap(),
        },
        now,
    )
    .expect("the commitment");
    let allocation = commitments::add_allocation(
        conn,
        commitment,
        &AllocationDraft {
            host_city: "Benchmark City".into(),
            places: capacity as i32,
            targets: Vec::new(),
        },
        now,
    )
    .expect("the allocation");
    cohorts::create(
        conn,
        &CohortDraft {
            allocation_id: allocation,
            name: "Benchmark cohort".into(),
            venue: String::new(),
            starts_on,
            ends_on: starts_on + chrono::Days::new(9),
            time_zone: chrono_tz::Asia::Shanghai,
            capacity: capacity as i32,
            languages: Vec::new(),
            status: CohortStatus::Running,
            notes: String::new(),
        },
        Scope::All,
        now,
    )
    .expect("the cohort")
}

/// A new cohort starting on `starts_on` with `trainees` imported trainees, each with an e-mail address.
pub fn imported_cohort(
    conn: &mut DbConnection,
    trainees: usize,
    starts_on: NaiveDate,
    now: NaiveDateTime,
) -> CohortId {
    let cohort = new_cohort(conn, trainees, starts_on, now);
    let mut csv = String::from(
        "family_name,given_name,native_name,gender,date_of_birth,country,organization,email,passport_number,passport_expiry,status\n",
    );
    let countries = ["KZ", "KG", "TJ", "UZ", "RU", "PK", "CN", "MN"];
    for i in 0..trainees {
        csv.push_str(&format!(
            "Family{i},Given{i},,{},1980-01-{:02},{},Ministry of Agriculture,t{i}@example.org,P{i:07},2031-01-31,confirmed\n",
            if i % 3 == 0 { "female" } else { "male" },
            i % 28 + 1,
            countries[i % countries.len()],
        ));
    }
    roster_file::import(
        conn,
        cohort,
        csv.as_bytes(),
        &ImportOptions::default(),
        Writer {
            by: None,
            vault: &vault(),
            now,
        },
        &|_, _| {},
    )
    .expect("the import")
    .unwrap_or_else(|_| panic!("the roster imports"));
    cohort
}
