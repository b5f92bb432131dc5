//! `cohortdesk demo --scale N`: N years of history on top of the demo, for trying the reports and
//! measuring them at the size of a long-running programme. Each year has 70 seven-day cohorts in seven
//! host cities, 72 officials each from four of six countries (about one in thirty comes back for a second
//! course), 49 sessions a cohort (35 lectures, site visits and case studies) and a roll call at every one
//! that has ended. N = 10 makes about 700 cohorts, 50,000 trainees, 34,000 sessions and 1.7 million
//! attendance marks. Commitments run three years each. The generated rows skip the audit log except for
//! the commitments, allocations and cohorts.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Asia;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::attendance::{Mark, Method};
use crate::domain::cohort::{CohortDraft, CohortStatus, WorkingLanguage};
use crate::domain::commitment::{AllocationDraft, CommitmentDraft};
use crate::domain::ids::{AllocationId, CohortId, EnrollmentId, SessionId, TraineeId, UserId};
use crate::domain::role::Scope;
use crate::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use crate::domain::trainee::{EnrollmentStatus, Gender};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::models::delegation::Delegation;
use crate::schema::{
    attendance, attendance_events, enrollment_events, enrollments, sessions, trainees,
};
use crate::services::demo::people::{self, Course, Nation};
use crate::services::{cohorts, commitments};

const COHORTS_PER_CITY: i64 = 10;
const CITIES: [(&str, &str); 7] = [
    ("Qingdao", "Qingdao Jiaodong"),
    ("Xi'an", "Xi'an Xianyang"),
    ("Kunming", "Kunming Changshui"),
    ("Urumqi", "Urumqi Diwopu"),
    ("Harbin", "Harbin Taiping"),
    ("Chengdu", "Chengdu Tianfu"),
    ("Nanning", "Nanning Wuxu"),
];
const NATIONS: [&Nation; 6] = [
    &people::KAZAKHSTAN,
    &people::KYRGYZSTAN,
    &people::TAJIKISTAN,
    &people::UZBEKISTAN,
    &people::RUSSIA,
    &people::PAKISTAN,
];
const PER_NATION: usize = 18;
const CAPACITY: i32 = 72;
/// Places per city and commitment: ten cohorts a year for three years, with room to spare.
const CITY_PLACES: i32 = 2_200;
/// Rows per INSERT (SQLite allows 32,766 bound values; marks have 7 columns).
const CHUNK: usize = 4_000;
/// Serials of generated officials start here, clear of the demo's.
const FIRST_SERIAL: usize = 10_000;

/// A day's programme on the cohort's clock: (start, end, kind, theme), themes rotating through the week.
const DAY: [(u32, u32, u32, u32, SessionKind); 7] = [
    (9, 0, 10, 30, SessionKind::Lecture),
    (10, 45, 12, 0, SessionKind::CaseStudy),
    (12, 0, 13, 30, SessionKind::Meal),
    (14, 0, 15, 30, SessionKind::SiteVisit),
    (15, 45, 17, 15, SessionKind::CaseStudy),
    (18, 0, 19, 0, SessionKind::Meal),
    (19, 30, 20, 30, SessionKind::Lecture),
];
const THEMES: [Theme; 5] = [
    Theme::Governance,
    Theme::Construction,
    Theme::Industry,
    Theme::Mechanization,
    Theme::Tourism,
];

/// What was generated.
#[derive(Debug, Default, Clone, Copy)]
pub struct Generated {
    pub commitments: usize,
    pub cohorts: usize,
    pub trainees: usize,
    pub sessions: usize,
    pub marks: usize,
}

#[derive(Insertable)]
#[diesel(table_name = trainees)]
struct NewTrainee {
    family_name: String,
    given_name: String,
    native_name: String,
    gender: Gender,
    date_of_birth: Option<NaiveDate>,
    country_code: String,
    organization: String,
    position: String,
    email: Option<String>,
    phone: String,
    language: Lang,
    dietary: String,
    accessibility: String,
    passport_number: Option<String>,
    passport_expiry: Option<NaiveDate>,
    notes: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = enrollments)]
struct NewEnrollment {
    cohort_id: CohortId,
    trainee_id: TraineeId,
    status: EnrollmentStatus,
    status_changed_at: NaiveDateTime,
    arrival_at: Option<NaiveDateTime>,
    arrival_flight: String,
    arrival_airport: String,
    departure_at: Option<NaiveDateTime>,
    departure_flight: String,
    departure_airport: String,
    hotel: String,
    room: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = sessions)]
struct NewSession {
    cohort_id: CohortId,
    kind: SessionKind,
    title: String,
    description: String,
    theme: Theme,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    room: String,
    languages: String,
    interpretation: String,
    status: SessionStatus,
    host_organization: String,
    host_contact: String,
    address: String,
    departure_point: String,
    what_to_bring: String,
    materials_link: String,
    materials_file: String,
    revision: i32,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// Inserts `rows` a chunk at a time, on whichever backend `conn` is (a many-row INSERT cannot go
/// through the multi-backend connection).
macro_rules! insert_chunks {
    ($conn:expr, $table:expr, $rows:expr) => {
        for chunk in $rows.chunks(CHUNK / 4) {
            match $conn {
                DbConnection::Sqlite(c) => diesel::insert_into($table).values(chunk).execute(c)?,
                DbConnection::Postgres(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
            };
        }
    };
}

/// Generates `years` years of history ending with the current one; `progress(done, total)` after each
/// cohort.
pub fn load(
    conn: &mut DbConnection,
    years: u32,
    organizer: UserId,
    now: NaiveDateTime,
    progress: &mut dyn FnMut(u64, u64),
) -> AppResult<Generated> {
    let today = now.date();
    let first_year = today.year() - years as i32 + 1;
    let total = u64::from(years) * (CITIES.len() as u64) * COHORTS_PER_CITY as u64;
    let mut generated = Generated::default();
    let mut serial = FIRST_SERIAL;
    let mut alumni: Vec<(usize, TraineeId)> = Vec::new();
    let mut allocations: Vec<AllocationId> = Vec::new();
    for year in first_year..first_year + years as i32 {
        if (year - first_year) % 3 == 0 {
            allocations = commitment(conn, year, now)?;
            generated.commitments += 1;
        }
        for (city, (name, airport)) in CITIES.iter().enumerate() {
            for k in 0..COHORTS_PER_CITY {
                let offset = (k * 36 + city as i64 * 5) % 350;
                let starts_on = date(year, 1, 3)? + Duration::days(offset);
                let made = conn.write(|conn| {
                    cohort(
                        conn,
                        Plan {
                            allocation: allocations[city],
                            name,
                            airport,
                            starts_on,
                            first_nation: (k as usize + city) % NATIONS.len(),
                            organizer,
                            now,
                        },
                        &mut serial,
                        &mut alumni,
                    )
                })?;
                generated.cohorts += 1;
                generated.trainees += made.0;
                generated.sessions += made.1;
                generated.marks += made.2;
                progress(generated.cohorts as u64, total);
            }
        }
    }
    Ok(generated)
}

fn commitment(
    conn: &mut DbConnection,
    year: i32,
    now: NaiveDateTime,
) -> AppResult<Vec<AllocationId>> {
    let id = commitments::create(
        conn,
        &CommitmentDraft {
            name: format!("SCO rural development training {year}–{}", year + 2),
            description: "Generated history (cohortdesk demo --scale).".to_owned(),
            places: CITY_PLACES * CITIES.len() as i32,
            starts_on: date(year, 1, 1)?,
            ends_on: date(year + 2, 12, 31)?,
        },
        now,
    )?;
    CITIES
        .iter()
        .map(|(city, _)| {
            commitments::add_allocation(
                conn,
                id,
                &AllocationDraft {
                    host_city: (*city).to_owned(),
                    places: CITY_PLACES,
                    targets: (year..year + 3).map(|y| (y, CITY_PLACES / 3)).collect(),
                },
                now,
            )
        })
        .collect()
}

struct Plan {
    allocation: AllocationId,
    name: &'static str,
    airport: &'static str,
    starts_on: NaiveDate,
    first_nation: usize,
    organizer: UserId,
    now: NaiveDateTime,
}

/// One cohort with its trainees, sessions and marks; returns (new trainees, sessions, marks).
fn cohort(
    conn: &mut DbConnection,
    plan: Plan,
    serial: &mut usize,
    alumni: &mut Vec<(usize, TraineeId)>,
) -> AppResult<(usize, usize, usize)> {
    let now = plan.now;
    let ends_on = plan.starts_on + Duration::days(6);
    let today = now.date();
    let status = if ends_on < today {
        CohortStatus::Completed
    } else if plan.starts_on <= today {
        CohortStatus::Running
    } else {
        CohortStatus::Open
    };
    let at = |day: NaiveDate, hour: u32, minute: u32| -> AppResult<NaiveDateTime> {
        let time = NaiveTime::from_hms_opt(hour, minute, 0).ok_or_else(|| internal("time"))?;
        // Asia/Shanghai is UTC+8 all year.
        Ok(day.and_time(time) - Duration::hours(8))
    };
    let id = cohorts::create(
        conn,
        &CohortDraft {
            allocation_id: plan.allocation,
            name: format!(
                "{} {} course — {}",
                plan.starts_on.year(),
                plan.starts_on.format("%B"),
                plan.name
            ),
            venue: format!("{} Agricultural University", plan.name),
            starts_on: plan.starts_on,
            ends_on,
            time_zone: Asia::Shanghai,
            capacity: CAPACITY,
            languages: vec![
                WorkingLanguage::Zh,
                WorkingLanguage::Ru,
                WorkingLanguage::En,
            ],
            status,
            notes: String::new(),
        },
        Scope::All,
        now,
    )?;
    let course = Course {
        nominated: at(plan.starts_on - Duration::days(38), 10, 0)?,
        confirmed: at(plan.starts_on - Duration::days(17), 10, 0)?,
        arrival: at(plan.starts_on - Duration::days(1), 18, 0)?,
        departure: at(ends_on + Duration::days(1), 9, 0)?,
        ends: at(ends_on, 18, 0)?,
        hotel: "Conference Hotel",
        airport: plan.airport,
    };

    let mut fresh = Vec::new();
    let mut roster: Vec<(Option<TraineeId>, usize, EnrollmentStatus)> = Vec::new();
    for i in 0..4 {
        let nation = NATIONS[(plan.first_nation + i) % NATIONS.len()];
        Delegation::ensure(conn, id, nation.code)?;
        for n in 0..PER_NATION {
            *serial += 1;
            let final_status = match (status, *serial % 33, *serial % 50) {
                (CohortStatus::Completed, 7, _) => EnrollmentStatus::Withdrawn,
                (CohortStatus::Completed, _, 13) => EnrollmentStatus::NoShow,
                (CohortStatus::Completed, _, _) => EnrollmentStatus::Completed,
                (CohortStatus::Running, _, _) => EnrollmentStatus::Arrived,
                _ if plan.starts_on - today <= Duration::days(30) => EnrollmentStatus::Confirmed,
                _ => EnrollmentStatus::Nominated,
            };
            let returning = serial
                .is_multiple_of(31)
                .then(|| {
                    alumni
                        .iter()
                        .position(|(code, _)| *code == i + plan.first_nation)
                })
                .flatten();
            match returning {
                Some(at) => roster.push((Some(alumni.swap_remove(at).1), 0, final_status)),
                None => {
                    let (trainee, _) = people::official(nation, n, *serial, &course);
                    roster.push((None, fresh.len(), final_status));
                    fresh.push(NewTrainee {
                        family_name: trainee.family_name,
                        given_name: trainee.given_name,
                        native_name: trainee.native_name,
                        gender: trainee.gender,
                        date_of_birth: trainee.date_of_birth,
                        country_code: trainee.country_code,
                        organization: trainee.organization,
                        position: trainee.position,
                        email: trainee.email,
                        phone: trainee.phone,
                        language: trainee.language,
                        dietary: trainee.dietary,
                        accessibility: String::new(),
                        passport_number: trainee.passport_number,
                        passport_expiry: trainee.passport_expiry,
                        notes: String::new(),
                        created_at: course.nominated,
                        updated_at: course.nominated,
                    });
                }
            }
        }
    }
    let mut ids: Vec<TraineeId> = Vec::with_capacity(fresh.len());
    for chunk in fresh.chunks(CHUNK / 20) {
        let made: Vec<TraineeId> = match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(trainees::table)
                .values(chunk)
                .returning(trainees::id)
                .get_results(c)?,
            DbConnection::Postgres(c) => diesel::insert_into(trainees::table)
                .values(chunk)
                .returning(trainees::id)
                .get_results(c)?,
        };
        ids.extend(made);
    }
    let roster: Vec<(TraineeId, EnrollmentStatus)> = roster
        .into_iter()
        .map(|(known, index, status)| (known.unwrap_or(ids[index]), status))
        .collect();
    for (i, (trainee, status)) in roster.iter().enumerate() {
        if *status == EnrollmentStatus::Completed && i % 3 == 0 {
            alumni.push((i / PER_NATION + plan.first_nation, *trainee));
        }
    }
    let changed_at = |status: EnrollmentStatus| match status {
        EnrollmentStatus::Nominated => course.nominated,
        EnrollmentStatus::Confirmed => course.confirmed,
        EnrollmentStatus::Arrived | EnrollmentStatus::NoShow => course.arrival,
        _ => course.ends,
    };
    let enrollment_rows: Vec<NewEnrollment> = roster
        .iter()
        .enumerate()
        .map(|(n, (trainee, status))| NewEnrollment {
            cohort_id: id,
            trainee_id: *trainee,
            status: *status,
            status_changed_at: changed_at(*status),
            arrival_at: Some(course.arrival + Duration::minutes((n * 53 % 600) as i64)),
            arrival_flight: format!("CZ{}", 6090 + n % 5),
            arrival_airport: plan.airport.to_owned(),
            departure_at: Some(course.departure),
            departure_flight: format!("CZ{}", 6089 + n % 5),
            departure_airport: plan.airport.to_owned(),
            hotel: course.hotel.to_owned(),
            room: format!("{}{:02}", 3 + n / 20, n % 20 + 1),
            created_at: course.nominated,
            updated_at: changed_at(*status),
        })
        .collect();
    insert_chunks!(conn, enrollments::table, enrollment_rows);
    let enrolled: Vec<(EnrollmentId, EnrollmentStatus, NaiveDateTime)> = enrollments::table
        .filter(enrollments::cohort_id.eq(id))
        .select((
            enrollments::id,
            enrollments::status,
            enrollments::status_changed_at,
        ))
        .load(conn)?;
    let events: Vec<_> = enrolled
        .iter()
        .map(|(enrollment, status, at)| {
            (
                enrollment_events::enrollment_id.eq(*enrollment),
                enrollment_events::status.eq(*status),
                enrollment_events::changed_at.eq(*at),
                enrollment_events::changed_by.eq(Some(plan.organizer)),
            )
        })
        .collect();
    insert_chunks!(conn, enrollment_events::table, events);

    let mut session_rows = Vec::new();
    for day in 0..7 {
        let date = plan.starts_on + Duration::days(day);
        for (slot, (h1, m1, h2, m2, kind)) in DAY.iter().enumerate() {
            let theme = THEMES[(day as usize + slot) % THEMES.len()];
            session_rows.push(NewSession {
                cohort_id: id,
                kind: *kind,
                title: match kind {
                    SessionKind::Meal => "Lunch and dinner".to_owned(),
                    SessionKind::SiteVisit => format!("Site visit: {} cooperative", plan.name),
                    SessionKind::CaseStudy => format!("Case study {}: village planning", day + 1),
                    _ => format!(
                        "Lecture {}: rural development in practice",
                        day * 2 + slot as i64 / 6 + 1
                    ),
                },
                description: String::new(),
                theme,
                starts_at: at(date, *h1, *m1)?,
                ends_at: at(date, *h2, *m2)?,
                room: String::new(),
                languages: "zh,ru,en".to_owned(),
                interpretation: String::new(),
                status: SessionStatus::Confirmed,
                host_organization: String::new(),
                host_contact: String::new(),
                address: String::new(),
                departure_point: String::new(),
                what_to_bring: String::new(),
                materials_link: String::new(),
                materials_file: String::new(),
                revision: 1,
                created_at: course.nominated,
                updated_at: course.nominated,
            });
        }
    }
    let session_count = session_rows.len();
    insert_chunks!(conn, sessions::table, session_rows);
    let held: Vec<(SessionId, SessionKind, NaiveDateTime)> = sessions::table
        .filter(sessions::cohort_id.eq(id))
        .filter(sessions::ends_at.le(now))
        .select((sessions::id, sessions::kind, sessions::ends_at))
        .load(conn)?;
    let present: Vec<TraineeId> = roster
        .iter()
        .filter(|(_, s)| matches!(s, EnrollmentStatus::Completed | EnrollmentStatus::Arrived))
        .map(|(t, _)| *t)
        .collect();
    let mut given: Vec<(SessionId, TraineeId, Mark, NaiveDateTime)> = Vec::new();
    for (session, _, ended) in held.iter().filter(|(_, k, _)| k.takes_attendance()) {
        for trainee in &present {
            let mark = match (i64::from(trainee.0) * 7 + i64::from(session.0) * 13) % 100 {
                0..=2 => Mark::Late,
                3..=4 => Mark::Excused,
                5..=6 => Mark::Absent,
                _ => Mark::Present,
            };
            given.push((*session, *trainee, mark, *ended));
        }
    }
    let marks: Vec<_> = given
        .iter()
        .map(|(session, trainee, mark, at)| {
            (
                attendance::session_id.eq(*session),
                attendance::trainee_id.eq(*trainee),
                attendance::status.eq(*mark),
                attendance::note.eq(""),
                attendance::method.eq(Method::RollCall),
                attendance::marked_by.eq(Some(plan.organizer)),
                attendance::marked_at.eq(*at),
            )
        })
        .collect();
    let history: Vec<_> = given
        .iter()
        .map(|(session, trainee, mark, at)| {
            (
                attendance_events::session_id.eq(*session),
                attendance_events::trainee_id.eq(*trainee),
                attendance_events::status.eq(*mark),
                attendance_events::note.eq(""),
                attendance_events::method.eq(Method::RollCall),
                attendance_events::marked_by.eq(Some(plan.organizer)),
                attendance_events::marked_at.eq(*at),
            )
        })
        .collect();
    insert_chunks!(conn, attendance::table, marks);
    insert_chunks!(conn, attendance_events::table, history);
    Ok((ids.len(), session_count, given.len()))
}

fn date(y: i32, m: u32, d: u32) -> AppResult<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| internal("date"))
}

fn internal(what: &str) -> AppError {
    AppError::Internal(format!("invalid {what} in the generated history"))
}
