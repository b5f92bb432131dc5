//! The demo data: the 1,000-place SCO poverty-reduction commitment, its host cities, the Qingdao 2023
//! course and a few others, and an organizer and a coordinator to log in with.
//!
//! Everything goes through the same services as the web forms, so the demo obeys every rule.

mod attendance;
pub mod live;
mod people;
mod programme;
pub mod scale;
mod translations;

use chrono::{Days, NaiveDate, NaiveDateTime};
use chrono_tz::Asia;

use crate::db::DbConnection;
use crate::domain::account::{Email, NewAccount, Password, verify_password};
use crate::domain::cohort::{CohortDraft, CohortStatus, WorkingLanguage};
use crate::domain::commitment::{AllocationDraft, CommitmentDraft};
use crate::domain::duty::DutyContact;
use crate::domain::ids::{AllocationId, CohortId, UserId};
use crate::domain::role::{Role, Scope};
use crate::domain::trainee::EnrollmentStatus;
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::models::cohort::{Cohort, CohortFilter};
use crate::models::commitment::Commitment;
use crate::models::delegation::Delegation;
use crate::models::enrollment::Enrollment;
use crate::models::interpreter::Interpreter;
use crate::models::speaker::Speaker;
use crate::models::user::User;
use crate::models::vehicle::Vehicle;
use crate::models::venue::Venue;
use crate::services::roster::{self, DelegationInput};
use crate::services::{accounts, cohorts, commitments, duty, itinerary};

/// A demo login, printed when the server starts with `--demo`.
pub struct DemoAccount {
    pub email: &'static str,
    pub password: &'static str,
    pub name: &'static str,
    pub role: Role,
}

pub const ACCOUNTS: [DemoAccount; 2] = [
    DemoAccount {
        email: "organizer@example.org",
        password: "qingdao-2023-organizer",
        name: "Liu Yang",
        role: Role::Organizer,
    },
    DemoAccount {
        email: "coordinator@example.org",
        password: "qingdao-2023-coordinator",
        name: "Chen Jing",
        role: Role::Coordinator,
    },
];

/// Name of the demo's central cohort.
pub const QINGDAO_2023: &str = "2023 SCO Poverty Reduction Training — Qingdao";

/// What loading the demo did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Loaded,
    /// The database already holds data; nothing was changed.
    NotEmpty,
}

/// The demo accounts that can log in here with the demo's password (none where the database holds other
/// accounts, or the demo's were changed).
pub fn working_logins(conn: &mut DbConnection) -> AppResult<Vec<&'static DemoAccount>> {
    let mut working = Vec::new();
    for account in &ACCOUNTS {
        let user = User::find_by_email(conn, account.email)?;
        if user.is_some_and(|u| {
            u.disabled_at.is_none() && verify_password(u.password_hash.as_deref(), account.password)
        }) {
            working.push(account);
        }
    }
    Ok(working)
}

/// Whether the database holds neither accounts nor commitments (what `serve --demo` loads into).
pub fn is_empty(conn: &mut DbConnection) -> AppResult<bool> {
    Ok(User::count(conn)? == 0 && Commitment::list(conn, true, Scope::All)?.is_empty())
}

/// What to load besides the historical courses, and over what.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Replace the commitments and cohorts already there (see `load`).
    pub replace: bool,
    /// Add the live course, whose days are computed from the moment of loading (see `live`).
    pub live: bool,
}

/// Loads the demo unless cohorts exist; with `replace`, existing commitments and cohorts (with their
/// trainees' enrollments and timetables) and the shared venues, speakers, interpreters and vehicles are
/// deleted first (accounts are kept, the demo accounts get their demo passwords back).
pub fn load(
    conn: &mut DbConnection,
    vault: &Vault,
    now: NaiveDateTime,
    options: Options,
) -> AppResult<Outcome> {
    conn.write(|conn| {
        if Cohort::count(conn)? > 0 {
            if !options.replace {
                return Ok(Outcome::NotEmpty);
            }
            Commitment::delete_all(conn)?;
            Vehicle::delete_all(conn)?;
            Venue::delete_all(conn)?;
            Speaker::delete_all(conn)?;
            Interpreter::delete_all(conn)?;
        }
        load_accounts(conn, now)?;
        let resources = load_courses(conn, vault, now)?;
        if options.live {
            live::load(conn, vault, &resources, now)?;
        }
        Ok(Outcome::Loaded)
    })
}

fn load_accounts(conn: &mut DbConnection, now: NaiveDateTime) -> AppResult<()> {
    for demo in &ACCOUNTS {
        let email = Email::parse(demo.email).map_err(|_| internal("demo e-mail"))?;
        let password = Password::parse(demo.password).map_err(|_| internal("demo password"))?;
        match User::find_by_email(conn, email.as_str())? {
            Some(user) => {
                let hash = password.hash().map_err(AppError::Internal)?;
                User::set_password_hash(conn, user.id, &hash)?;
            }
            None => {
                let account = NewAccount {
                    name: demo.name.to_owned(),
                    email,
                    role: demo.role,
                    password,
                    language: None,
                    scope: Scope::All,
                };
                accounts::create(conn, &account, now)?;
            }
        }
    }
    Ok(())
}

/// The historical courses; answers the venues, speakers and interpreters they share.
fn load_courses(
    conn: &mut DbConnection,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<programme::Resources> {
    let commitment = commitments::create(
        conn,
        &CommitmentDraft {
            name: "SCO poverty-reduction training 2023–2025".to_owned(),
            description: "China's commitment to train 1,000 officials of Shanghai Cooperation \
                          Organisation countries in poverty reduction over three years. \
                          中国为上合组织国家提供1000个减贫培训名额。"
                .to_owned(),
            places: 1000,
            starts_on: date(2023, 1, 1)?,
            ends_on: date(2025, 12, 31)?,
        },
        now,
    )?;
    let allocation = |conn: &mut DbConnection, city: &str, places, targets: &[(i32, i32)]| {
        commitments::add_allocation(
            conn,
            commitment,
            &AllocationDraft {
                host_city: city.to_owned(),
                places,
                targets: targets.to_vec(),
            },
            now,
        )
    };
    let qingdao = allocation(conn, "Qingdao", 200, &[(2023, 70), (2024, 65), (2025, 65)])?;
    let xian = allocation(conn, "Xi'an", 150, &[(2024, 60), (2025, 90)])?;
    let kunming = allocation(conn, "Kunming", 120, &[(2025, 50)])?;

    let trilingual = [
        WorkingLanguage::Zh,
        WorkingLanguage::Ru,
        WorkingLanguage::En,
    ];
    let cohort = |conn: &mut DbConnection, spec: CohortSpec| {
        cohorts::create(
            conn,
            &CohortDraft {
                allocation_id: spec.allocation,
                name: spec.name.to_owned(),
                venue: spec.venue.to_owned(),
                starts_on: spec.starts_on,
                ends_on: spec.ends_on,
                time_zone: Asia::Shanghai,
                capacity: spec.capacity,
                languages: trilingual.to_vec(),
                status: spec.status,
                notes: spec.notes.to_owned(),
            },
            Scope::All,
            now,
        )
    };
    let qingdao_2023 = cohort(
        conn,
        CohortSpec {
            allocation: qingdao,
            name: QINGDAO_2023,
            venue: "Qingdao Agricultural University, 700 Changcheng Road, Chengyang District",
            starts_on: date(2023, 6, 15)?,
            ends_on: date(2023, 6, 21)?,
            capacity: 70,
            status: CohortStatus::Completed,
            notes: "Seven days of lectures, site visits to villages, farms and factories, and case \
                    studies on rural governance, rural construction, agricultural industry, \
                    agricultural mechanization and agri-tourism. Officials from Kazakhstan, \
                    Kyrgyzstan, Tajikistan and Uzbekistan.",
        },
    )?;
    let xian_2024 = cohort(
        conn,
        CohortSpec {
            allocation: xian,
            name: "2024 SCO Rural Revitalization Seminar — Xi'an",
            venue: "Northwest A&F University, Yangling",
            starts_on: date(2024, 6, 17)?,
            ends_on: date(2024, 6, 23)?,
            capacity: 60,
            status: CohortStatus::Completed,
            notes: "Dryland farming, water-saving irrigation and e-commerce for rural products.",
        },
    )?;
    let qingdao_2024 = cohort(
        conn,
        CohortSpec {
            allocation: qingdao,
            name: "2024 SCO Poverty Reduction Training — Qingdao",
            venue: "Qingdao Agricultural University, 700 Changcheng Road, Chengyang District",
            starts_on: date(2024, 9, 9)?,
            ends_on: date(2024, 9, 15)?,
            capacity: 65,
            status: CohortStatus::Completed,
            notes: "",
        },
    )?;
    let kunming_2025 = cohort(
        conn,
        CohortSpec {
            allocation: kunming,
            name: "2025 SCO Mountain Agriculture Workshop — Kunming",
            venue: "Yunnan Agricultural University",
            starts_on: date(2025, 4, 14)?,
            ends_on: date(2025, 4, 20)?,
            capacity: 50,
            status: CohortStatus::Completed,
            notes: "Plateau specialty crops, tea and coffee cooperatives, and agri-tourism.",
        },
    )?;

    use people::{KAZAKHSTAN, KYRGYZSTAN, PAKISTAN, RUSSIA, TAJIKISTAN, UZBEKISTAN};
    let rosters = [
        (
            qingdao_2023,
            course(
                date(2023, 6, 14)?,
                date(2023, 6, 21)?,
                "Qingdao Hotel",
                "Qingdao Jiaodong",
            )?,
            vec![
                (&KAZAKHSTAN, 18),
                (&KYRGYZSTAN, 17),
                (&TAJIKISTAN, 17),
                (&UZBEKISTAN, 18),
            ],
        ),
        (
            xian_2024,
            course(
                date(2024, 6, 16)?,
                date(2024, 6, 23)?,
                "Yangling Hotel",
                "Xi'an Xianyang",
            )?,
            vec![
                (&RUSSIA, 6),
                (&PAKISTAN, 6),
                (&KAZAKHSTAN, 6),
                (&UZBEKISTAN, 6),
            ],
        ),
        (
            qingdao_2024,
            course(
                date(2024, 9, 8)?,
                date(2024, 9, 15)?,
                "Qingdao Hotel",
                "Qingdao Jiaodong",
            )?,
            vec![(&KYRGYZSTAN, 10), (&TAJIKISTAN, 10)],
        ),
        (
            kunming_2025,
            course(
                date(2025, 4, 13)?,
                date(2025, 4, 20)?,
                "Green Lake Hotel",
                "Kunming Changshui",
            )?,
            vec![(&UZBEKISTAN, 8), (&KAZAKHSTAN, 7)],
        ),
    ];
    let mut serial = 0;
    for (cohort_id, course, delegations) in rosters {
        let intake = Intake {
            cohort: cohort_id,
            course: &course,
            delegations: &delegations,
            until: EnrollmentStatus::Completed,
        };
        enrol(conn, vault, intake, &mut serial, now)?;
    }
    let resources = programme::resources(conn, now)?;
    programme::load(conn, qingdao_2023, date(2023, 6, 15)?, &resources, &[], now)?;
    for cohort in [qingdao_2023, xian_2024, qingdao_2024, kunming_2025] {
        translations::load(conn, cohort, now)?;
    }
    let organizer = organizer(conn)?;
    attendance::load(conn, qingdao_2023, organizer, 40, now)?;
    duty_contacts(conn, qingdao_2023, now)?;
    Ok(resources)
}

/// The course's duty officers: one from its first day, another from its fourth.
fn duty_contacts(conn: &mut DbConnection, cohort: CohortId, now: NaiveDateTime) -> AppResult<()> {
    let cohort = Cohort::find(conn, cohort)?.cohort;
    let contacts = [
        (0, "Liu Yang 刘洋", "+86 532 8590 1234"),
        (3, "Zhang Min 张敏", "+86 532 8590 5678"),
    ]
    .into_iter()
    .map(|(after, name, phone)| DutyContact {
        day: cohort.starts_on + Days::new(after),
        name: name.to_owned(),
        phone: phone.to_owned(),
    })
    .collect::<Vec<_>>();
    duty::save(conn, &cohort, &contacts, now)
}

/// Who joins a demo cohort: `delegations` (a nation and how many officials), each official taken
/// through confirmed and arrived to `until` on the `course`'s days.
struct Intake<'a> {
    cohort: CohortId,
    course: &'a people::Course,
    delegations: &'a [(&'a people::Nation, usize)],
    until: EnrollmentStatus,
}

/// Enrolls an intake, each delegation's first official its leader, with the nation's focal point;
/// `serial` numbers the people across the demo (names, passports, e-mails).
fn enrol(
    conn: &mut DbConnection,
    vault: &Vault,
    intake: Intake<'_>,
    serial: &mut usize,
    now: NaiveDateTime,
) -> AppResult<()> {
    let Intake {
        cohort: cohort_id,
        course,
        delegations,
        until,
    } = intake;
    for (nation, size) in delegations {
        let mut leader = None;
        for n in 0..*size {
            *serial += 1;
            let (trainee, enrollment) = people::official(nation, n, *serial, course);
            let id = roster::add(
                conn,
                cohort_id,
                &trainee,
                &enrollment,
                None,
                vault,
                course.nominated,
            )?;
            let steps = [
                (EnrollmentStatus::Confirmed, course.confirmed),
                (
                    EnrollmentStatus::Arrived,
                    enrollment.arrival_at.unwrap_or(course.arrival),
                ),
                (EnrollmentStatus::Completed, course.ends),
            ];
            for (status, at) in steps {
                roster::change_status(conn, cohort_id, id, status, None, at)?;
                if status == until {
                    break;
                }
            }
            leader.get_or_insert(id);
        }
        let delegation = Delegation::ensure(conn, cohort_id, nation.code)?;
        let focal = people::focal_point(nation);
        roster::update_delegation(
            conn,
            cohort_id,
            delegation,
            &DelegationInput {
                version: String::new(),
                leader: leader.map(|id| id.to_string()).unwrap_or_default(),
                focal_name: focal.0.to_owned(),
                focal_email: focal.1.to_owned(),
                focal_phone: focal.2.to_owned(),
            },
            now,
        )?;
    }
    Ok(())
}

/// A course's key moments in UTC, from its arrival day (arrivals from 10:00 UTC, 18:00 in China) and
/// last day; departures are the morning after the last day.
fn course(
    arrival_day: NaiveDate,
    last_day: NaiveDate,
    hotel: &'static str,
    airport: &'static str,
) -> AppResult<people::Course> {
    let at = |day: NaiveDate, hour| {
        day.and_hms_opt(hour, 0, 0)
            .ok_or_else(|| internal("demo time"))
    };
    let arrival = at(arrival_day, 10)?;
    let ends = at(last_day, 10)?;
    Ok(people::Course {
        nominated: arrival - chrono::Duration::days(37),
        confirmed: arrival - chrono::Duration::days(16),
        arrival,
        departure: ends + chrono::Duration::hours(15),
        ends,
        hotel,
        airport,
    })
}

struct CohortSpec {
    allocation: AllocationId,
    name: &'static str,
    venue: &'static str,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    capacity: i32,
    status: CohortStatus,
    notes: &'static str,
}

fn date(y: i32, m: u32, d: u32) -> AppResult<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| internal("demo date"))
}

fn internal(what: &str) -> AppError {
    AppError::Internal(format!("invalid {what} in the demo data"))
}

/// The demo organizer, who takes the generated roll calls.
pub fn organizer(conn: &mut DbConnection) -> AppResult<UserId> {
    Ok(User::find_by_email(conn, ACCOUNTS[0].email)?
        .ok_or_else(|| internal("the demo organizer"))?
        .id)
}

/// Trainees to try the personal pages with, with their personal-link tokens (issued on first use): two
/// of the Qingdao 2023 course — one reading Russian, one reading another language — and, when the demo
/// has it, one of the live course reading Russian.
pub fn personal_links(
    conn: &mut DbConnection,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<Vec<(String, String)>> {
    let courses = Cohort::list(conn, &CohortFilter::default())?;
    let mut links = Vec::new();
    for (name, readers) in [(QINGDAO_2023, 2), (live::LIVE_COURSE, 1)] {
        let Some(course) = courses.iter().find(|c| c.cohort.name == name) else {
            continue;
        };
        let mut roster = Enrollment::roster(conn, course.cohort.id)?;
        let russian = roster.iter().position(|e| e.trainee.language == Lang::Ru);
        let other = roster.iter().position(|e| e.trainee.language != Lang::Ru);
        for index in [russian, other].into_iter().take(readers).flatten() {
            let entry = &mut roster[index];
            let token = itinerary::token_of(conn, entry, vault, now)?;
            links.push((entry.trainee.passport_name(), token));
        }
    }
    Ok(links)
}
