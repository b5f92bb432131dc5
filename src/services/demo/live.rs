//! The live course: a Qingdao course whose seven days are computed from the moment the demo is loaded,
//! so that a newcomer finds a course running now — its first two days' roll calls taken (one official
//! absent yesterday, at risk of not completing), a lecture on at this moment with self check-in open,
//! site visits tomorrow and the day after — under a second commitment, from this year to the next two.
//! It is loaded "open for enrollment": the server's calendar sets it running (`cohorts::follow_calendar`).

use chrono::{Datelike, Days, Duration, NaiveDateTime, NaiveTime, TimeZone, Timelike};
use chrono_tz::Asia::Shanghai;

use super::{Intake, date, duty_contacts, enrol, internal, organizer, people, programme};
use crate::db::DbConnection;
use crate::domain::cohort::{CohortDraft, CohortStatus, WorkingLanguage};
use crate::domain::commitment::{AllocationDraft, CommitmentDraft};
use crate::domain::ids::CohortId;
use crate::domain::role::Scope;
use crate::domain::time::{clock, local_day, to_utc};
use crate::domain::trainee::EnrollmentStatus;
use crate::domain::vault::Vault;
use crate::error::AppResult;
use crate::services::{cohorts, commitments};

/// Name of the live course.
pub const LIVE_COURSE: &str = "Live demo: SCO Rural Revitalization Course — Qingdao";

/// The day of the live course that is today.
const TODAY: u32 = 3;
/// The official (in roster order) who missed yesterday.
const BEHIND: usize = 2;

/// Adds the live course, its commitment and Qingdao's share of it, its officials from four countries
/// (arrived the day before it began), its programme and its roll calls so far.
pub fn load(
    conn: &mut DbConnection,
    vault: &Vault,
    resources: &programme::Resources,
    now: NaiveDateTime,
) -> AppResult<CohortId> {
    let today = local_day(now, Shanghai);
    let first_day = today - Days::new(u64::from(TODAY - 1));
    let last_day = first_day + Days::new(6);
    let year = first_day.year();
    let commitment = commitments::create(
        conn,
        &CommitmentDraft {
            name: format!("SCO poverty-reduction training {year}–{}", year + 2),
            description: "The next three years' places: the demo's live course runs under it."
                .to_owned(),
            places: 1000,
            starts_on: date(year, 1, 1)?,
            ends_on: date(year + 2, 12, 31)?,
        },
        now,
    )?;
    let qingdao = commitments::add_allocation(
        conn,
        commitment,
        &AllocationDraft {
            host_city: "Qingdao".to_owned(),
            places: 200,
            targets: Vec::new(),
        },
        now,
    )?;
    let cohort = cohorts::create(
        conn,
        &CohortDraft {
            allocation_id: qingdao,
            name: LIVE_COURSE.to_owned(),
            venue: "Qingdao Agricultural University, 700 Changcheng Road, Chengyang District"
                .to_owned(),
            starts_on: first_day,
            ends_on: last_day,
            time_zone: Shanghai,
            capacity: 40,
            languages: vec![
                WorkingLanguage::Zh,
                WorkingLanguage::Ru,
                WorkingLanguage::En,
            ],
            status: CohortStatus::Open,
            notes: "A demo course whose days follow today's date: day 3 is today.".to_owned(),
        },
        Scope::All,
        now,
    )?;
    let course = super::course(
        first_day - Days::new(1),
        last_day,
        "Qingdao Hotel",
        "Qingdao Jiaodong",
    )?;
    use people::{KAZAKHSTAN, PAKISTAN, RUSSIA, TAJIKISTAN};
    let delegations = [
        (&RUSSIA, 5),
        (&PAKISTAN, 5),
        (&KAZAKHSTAN, 5),
        (&TAJIKISTAN, 5),
    ];
    // Other people than the historical courses': their serials start further on.
    let mut serial = 500;
    let intake = Intake {
        cohort,
        course: &course,
        delegations: &delegations,
        until: EnrollmentStatus::Arrived,
    };
    enrol(conn, vault, intake, &mut serial, now)?;
    programme::load(conn, cohort, first_day, resources, &[TODAY], now)?;
    let (from, to) = on_now(now)?;
    programme::lecture_at(
        conn,
        cohort,
        first_day,
        (TODAY, &clock(from, Shanghai), &clock(to, Shanghai)),
        resources,
        now,
    )?;
    super::translations::load(conn, cohort, now)?;
    let organizer = organizer(conn)?;
    super::attendance::load(conn, cohort, organizer, BEHIND, now)?;
    duty_contacts(conn, cohort, now)?;
    Ok(cohort)
}

/// When today's lecture runs, in UTC: from the latest quarter hour on Shanghai's clock (so that its
/// self check-in is open), an hour and a quarter, and within the day (late at night it began earlier).
fn on_now(now: NaiveDateTime) -> AppResult<(NaiveDateTime, NaiveDateTime)> {
    let local = Shanghai.from_utc_datetime(&now).naive_local();
    let latest = NaiveTime::from_hms_opt(22, 30, 0).ok_or_else(|| internal("demo time"))?;
    let quarter = NaiveTime::from_hms_opt(local.hour(), local.minute() / 15 * 15, 0)
        .ok_or_else(|| internal("demo time"))?;
    let start =
        to_utc(local.date(), quarter.min(latest), Shanghai).map_err(|_| internal("demo time"))?;
    Ok((start, start + Duration::minutes(75)))
}
