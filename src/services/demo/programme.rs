//! The demo's seven-day programme (Qingdao 2023's, and the live course's around its today): opening and
//! keynote, lectures on the five themes, four site visits (a village, a co-operative, a machinery
//! enterprise, an agri-tourism park) with two buses, two case-study days in four groups, interpreters into
//! Russian and English, and the closing ceremony.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Asia::Shanghai;

use crate::db::DbConnection;
use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::{CohortId, GroupId, InterpreterId, SpeakerId, VehicleId, VenueId};
use crate::domain::resources::{
    InterpreterDraft, LanguagePair, SpeakerDraft, VehicleDraft, VenueDraft, VenueKind,
};
use crate::domain::schedule::clash::Slot;
use crate::domain::schedule::form::SessionDraft;
use crate::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use crate::domain::time::to_utc;
use crate::error::{AppError, AppResult};
use crate::models::interpreter::InterpreterFields;
use crate::models::speaker::SpeakerFields;
use crate::models::vehicle::VehicleFields;
use crate::models::venue::VenueFields;
use crate::services::{groups, schedule};

struct Places {
    hall: VenueId,
    rooms: [VenueId; 4],
    canteen: VenueId,
    hotel: VenueId,
    village: VenueId,
    cooperative: VenueId,
    factory: VenueId,
    tea_park: VenueId,
}

struct People {
    wang: SpeakerId,
    li: SpeakerId,
    zhang: SpeakerId,
    chen: SpeakerId,
    gao: SpeakerId,
    zhao: SpeakerId,
    liu: SpeakerId,
    sun: SpeakerId,
    russian: [InterpreterId; 3],
    english: InterpreterId,
}

fn venue(
    conn: &mut DbConnection,
    name: &str,
    kind: VenueKind,
    capacity: Option<i32>,
    address: &str,
    now: NaiveDateTime,
) -> AppResult<VenueId> {
    let draft = VenueDraft {
        name: name.to_owned(),
        address: address.to_owned(),
        kind,
        capacity,
        map_link: String::new(),
    };
    Ok(VenueFields::from_draft(&draft).insert(conn, now)?)
}

fn speaker(
    conn: &mut DbConnection,
    name: &str,
    title: &str,
    organization: &str,
    now: NaiveDateTime,
) -> AppResult<SpeakerId> {
    let draft = SpeakerDraft {
        name: name.to_owned(),
        title: title.to_owned(),
        organization: organization.to_owned(),
        email: String::new(),
        phone: String::new(),
        languages: vec![WorkingLanguage::Zh],
    };
    Ok(SpeakerFields::from_draft(&draft).insert(conn, now)?)
}

fn interpreter(
    conn: &mut DbConnection,
    name: &str,
    to: WorkingLanguage,
    now: NaiveDateTime,
) -> AppResult<InterpreterId> {
    let draft = InterpreterDraft {
        name: name.to_owned(),
        language_pairs: vec![
            LanguagePair {
                from: WorkingLanguage::Zh,
                to,
            },
            LanguagePair {
                from: to,
                to: WorkingLanguage::Zh,
            },
        ],
        contact: String::new(),
    };
    Ok(InterpreterFields::from_draft(&draft).insert(conn, now)?)
}

/// One session to add: its day of the course (1–7), times on the cohort's clock, and what it uses.
struct Plan<'a> {
    day: u32,
    from: &'a str,
    to: &'a str,
    kind: SessionKind,
    theme: Theme,
    title: &'a str,
    venue: Option<VenueId>,
    speakers: Vec<SpeakerId>,
    interpreters: Vec<InterpreterId>,
    groups: Vec<GroupId>,
    bus: Option<(&'a str, &'a str, [VehicleId; 2])>,
    host: &'a str,
}

impl<'a> Plan<'a> {
    fn new(day: u32, from: &'a str, to: &'a str, kind: SessionKind, title: &'a str) -> Self {
        Plan {
            day,
            from,
            to,
            kind,
            theme: Theme::Other,
            title,
            venue: None,
            speakers: Vec::new(),
            interpreters: Vec::new(),
            groups: Vec::new(),
            bus: None,
            host: "",
        }
    }
}

fn at(first_day: NaiveDate, day: u32, time: &str) -> AppResult<NaiveDateTime> {
    let date = first_day + chrono::Duration::days(i64::from(day) - 1);
    let time =
        NaiveTime::parse_from_str(time, "%H:%M").map_err(|e| AppError::Internal(e.to_string()))?;
    to_utc(date, time, Shanghai).map_err(|m| AppError::Internal(format!("demo time: {}", m.key)))
}

fn add(
    conn: &mut DbConnection,
    cohort: CohortId,
    first_day: NaiveDate,
    plan: Plan<'_>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let interpreted = !plan.interpreters.is_empty();
    let pairs = if interpreted {
        vec![
            LanguagePair {
                from: WorkingLanguage::Zh,
                to: WorkingLanguage::Ru,
            },
            LanguagePair {
                from: WorkingLanguage::Zh,
                to: WorkingLanguage::En,
            },
        ]
    } else {
        Vec::new()
    };
    let (departs_at, returns_at, vehicles, departure_point) = match plan.bus {
        Some((leave, back, buses)) => (
            Some(at(first_day, plan.day, leave)?),
            Some(at(first_day, plan.day, back)?),
            buses.to_vec(),
            "Qingdao Hotel, main entrance".to_owned(),
        ),
        None => (None, None, Vec::new(), String::new()),
    };
    let draft = SessionDraft {
        kind: plan.kind,
        title: plan.title.to_owned(),
        description: String::new(),
        theme: plan.theme,
        day: first_day + chrono::Duration::days(i64::from(plan.day) - 1),
        slot: Slot {
            start: at(first_day, plan.day, plan.from)?,
            end: at(first_day, plan.day, plan.to)?,
        },
        venue: plan.venue,
        room: String::new(),
        languages: vec![WorkingLanguage::Zh],
        interpretation: pairs,
        status: SessionStatus::Confirmed,
        speakers: plan.speakers,
        interpreters: plan.interpreters,
        vehicles,
        groups: plan.groups,
        delegations: Vec::new(),
        host_organization: plan.host.to_owned(),
        host_contact: String::new(),
        address: String::new(),
        departure_point,
        departs_at,
        returns_at,
        what_to_bring: if plan.bus.is_some() {
            "Comfortable shoes, a hat and water.".to_owned()
        } else {
            String::new()
        },
        materials_link: String::new(),
        accept_warnings: true,
    };
    match schedule::save(conn, cohort, None, &draft, now) {
        Ok(_) => Ok(()),
        Err(AppError::Invalid(errors)) => Err(AppError::Internal(format!(
            "the demo session {:?} does not fit: {:?}",
            plan.title, errors
        ))),
        Err(other) => Err(other),
    }
}

/// The venues, speakers and interpreters the demo's programmes share.
pub struct Resources {
    places: Places,
    people: People,
}

/// Adds the shared venues (and the airport), speakers and interpreters.
pub fn resources(conn: &mut DbConnection, now: NaiveDateTime) -> AppResult<Resources> {
    let university = "Qingdao Agricultural University, 700 Changcheng Road, Chengyang District";
    let places = Places {
        hall: venue(
            conn,
            "Lecture Hall, Qingdao Agricultural University",
            VenueKind::Hall,
            Some(150),
            university,
            now,
        )?,
        rooms: [
            venue(
                conn,
                "Classroom A",
                VenueKind::Classroom,
                Some(25),
                university,
                now,
            )?,
            venue(
                conn,
                "Classroom B",
                VenueKind::Classroom,
                Some(25),
                university,
                now,
            )?,
            venue(
                conn,
                "Classroom C",
                VenueKind::Classroom,
                Some(25),
                university,
                now,
            )?,
            venue(
                conn,
                "Classroom D",
                VenueKind::Classroom,
                Some(25),
                university,
                now,
            )?,
        ],
        canteen: venue(
            conn,
            "University canteen",
            VenueKind::Other,
            None,
            university,
            now,
        )?,
        hotel: venue(
            conn,
            "Qingdao Hotel",
            VenueKind::Hotel,
            Some(200),
            "Shandong Road, Shinan District",
            now,
        )?,
        village: venue(
            conn,
            "Zhujiagou village",
            VenueKind::Village,
            None,
            "Xihaian New Area",
            now,
        )?,
        cooperative: venue(
            conn,
            "Jiaozhou vegetable co-operative",
            VenueKind::Cooperative,
            None,
            "Jiaozhou",
            now,
        )?,
        factory: venue(
            conn,
            "Qingdao agricultural machinery works",
            VenueKind::Enterprise,
            None,
            "Pingdu",
            now,
        )?,
        tea_park: venue(
            conn,
            "Laoshan tea garden and agri-tourism park",
            VenueKind::Farm,
            None,
            "Laoshan District",
            now,
        )?,
    };
    // Where trainees land and leave: their travel names it, and the venue gives it in each language.
    venue(
        conn,
        "Qingdao Jiaodong",
        VenueKind::Airport,
        None,
        "Jiaozhou",
        now,
    )?;
    let people = People {
        wang: speaker(
            conn,
            "Prof. Wang Lei",
            "Dean, College of Economics and Management",
            "Qingdao Agricultural University",
            now,
        )?,
        li: speaker(
            conn,
            "Prof. Li Hua",
            "Professor of agricultural economics",
            "Qingdao Agricultural University",
            now,
        )?,
        zhang: speaker(
            conn,
            "Dr. Zhang Min",
            "Rural planning researcher",
            "Shandong Academy of Agricultural Sciences",
            now,
        )?,
        chen: speaker(
            conn,
            "Prof. Chen Xi",
            "Professor of public administration",
            "Qingdao Agricultural University",
            now,
        )?,
        gao: speaker(
            conn,
            "Ms. Gao Yan",
            "Director, rural tourism office",
            "Laoshan District",
            now,
        )?,
        zhao: speaker(
            conn,
            "Mr. Zhao Jun",
            "Party secretary",
            "Zhujiagou village",
            now,
        )?,
        liu: speaker(
            conn,
            "Ms. Liu Fang",
            "Chair",
            "Jiaozhou vegetable co-operative",
            now,
        )?,
        sun: speaker(
            conn,
            "Mr. Sun Qiang",
            "Chief engineer",
            "Qingdao agricultural machinery works",
            now,
        )?,
        russian: [
            interpreter(conn, "Wang Xue", WorkingLanguage::Ru, now)?,
            interpreter(conn, "Zhou Jing", WorkingLanguage::Ru, now)?,
            interpreter(conn, "Sun Lin", WorkingLanguage::Ru, now)?,
        ],
        english: interpreter(conn, "Li Ming", WorkingLanguage::En, now)?,
    };
    Ok(Resources { places, people })
}

/// Adds a cohort's two buses, its four case-study groups and the seven days of sessions from
/// `first_day`, but for the days in `except` (a live course plans its today around the moment it is
/// loaded).
pub fn load(
    conn: &mut DbConnection,
    cohort: CohortId,
    first_day: NaiveDate,
    resources: &Resources,
    except: &[u32],
    now: NaiveDateTime,
) -> AppResult<()> {
    let Resources { places, people } = resources;
    let bus = |name: &str| VehicleDraft {
        name: name.to_owned(),
        seats: 45,
        driver_contact: "+86 532 8000 0000".to_owned(),
        shared: false,
    };
    let buses = [
        VehicleFields::from_draft(&bus("Bus 1 (鲁B·3C215)"), cohort).insert(conn, now)?,
        VehicleFields::from_draft(&bus("Bus 2 (鲁B·3C216)"), cohort).insert(conn, now)?,
    ];
    groups::split(conn, cohort, 4, "Group")?;
    let group_ids: Vec<GroupId> = crate::models::group::CohortGroup::for_cohort(conn, cohort)?
        .into_iter()
        .map(|g| g.id)
        .collect();

    let both = vec![people.russian[0], people.english];
    use SessionKind::*;
    let lecture = |day, from, to, theme, title, speaker| Plan {
        theme,
        venue: Some(places.hall),
        speakers: vec![speaker],
        interpreters: both.clone(),
        ..Plan::new(day, from, to, Lecture, title)
    };
    let meal = |day, from, to, title, venue| Plan {
        venue: Some(venue),
        ..Plan::new(day, from, to, Meal, title)
    };
    let visit = |day, from, to, leave, back, theme, title, venue, host_speaker, host| Plan {
        theme,
        venue: Some(venue),
        speakers: vec![host_speaker],
        interpreters: both.clone(),
        bus: Some((leave, back, buses)),
        host,
        ..Plan::new(day, from, to, SiteVisit, title)
    };
    let facilitators = [people.chen, people.zhang, people.li, people.gao];
    let interpreters = [
        people.russian[0],
        people.russian[1],
        people.russian[2],
        people.english,
    ];
    let case_studies = |day, from, to, title| -> Vec<Plan<'_>> {
        (0..4)
            .map(|g| Plan {
                theme: Theme::Governance,
                venue: Some(places.rooms[g]),
                speakers: vec![facilitators[g]],
                interpreters: vec![interpreters[g]],
                groups: group_ids.get(g).copied().into_iter().collect(),
                ..Plan::new(day, from, to, CaseStudy, title)
            })
            .collect()
    };

    let mut programme = vec![
        Plan {
            venue: Some(places.hall),
            speakers: vec![people.wang],
            interpreters: both.clone(),
            ..Plan::new(1, "09:00", "09:45", Ceremony, "Opening ceremony")
        },
        lecture(
            1,
            "10:00",
            "11:30",
            Theme::Governance,
            "Keynote: China's poverty reduction — experience and practice",
            people.wang,
        ),
        meal(1, "12:00", "13:30", "Lunch", places.canteen),
        lecture(
            1,
            "14:00",
            "15:30",
            Theme::Governance,
            "Rural governance at the grassroots",
            people.chen,
        ),
        lecture(
            1,
            "15:45",
            "17:15",
            Theme::Construction,
            "Planning and building liveable villages",
            people.zhang,
        ),
        meal(1, "18:30", "20:00", "Welcome dinner", places.hotel),
        visit(
            2,
            "08:30",
            "12:00",
            "08:00",
            "12:30",
            Theme::Construction,
            "Site visit: Zhujiagou village",
            places.village,
            people.zhao,
            "Zhujiagou village committee",
        ),
        meal(2, "13:00", "14:00", "Lunch", places.canteen),
        lecture(
            2,
            "14:30",
            "16:00",
            Theme::Industry,
            "Building agricultural industry chains",
            people.li,
        ),
        lecture(
            2,
            "16:15",
            "17:30",
            Theme::Construction,
            "Digital villages and e-commerce",
            people.zhang,
        ),
        visit(
            3,
            "08:30",
            "11:30",
            "07:45",
            "12:15",
            Theme::Industry,
            "Site visit: a vegetable co-operative",
            places.cooperative,
            people.liu,
            "Jiaozhou vegetable co-operative",
        ),
        meal(3, "12:45", "13:45", "Lunch", places.canteen),
        meal(
            3,
            "18:00",
            "19:30",
            "Dinner with co-operative leaders",
            places.hotel,
        ),
        visit(
            4,
            "08:30",
            "11:30",
            "07:30",
            "12:30",
            Theme::Mechanization,
            "Site visit: an agricultural machinery works",
            places.factory,
            people.sun,
            "Qingdao agricultural machinery works",
        ),
        meal(4, "13:00", "14:00", "Lunch", places.canteen),
        lecture(
            4,
            "14:30",
            "16:00",
            Theme::Mechanization,
            "Machinery services for smallholders",
            people.sun,
        ),
        Plan {
            ..Plan::new(4, "16:30", "21:00", FreeTime, "Free time: Qingdao old town")
        },
        lecture(
            5,
            "09:00",
            "10:30",
            Theme::Tourism,
            "Agri-tourism: linking farms and visitors",
            people.gao,
        ),
        Plan {
            venue: Some(places.hall),
            ..Plan::new(5, "10:30", "10:45", Break, "Tea break")
        },
        lecture(
            5,
            "10:45",
            "12:00",
            Theme::Industry,
            "Brands for local produce",
            people.li,
        ),
        meal(5, "12:15", "13:15", "Lunch", places.canteen),
        visit(
            5,
            "14:00",
            "17:00",
            "13:30",
            "17:45",
            Theme::Tourism,
            "Site visit: Laoshan tea garden",
            places.tea_park,
            people.gao,
            "Laoshan tea garden and agri-tourism park",
        ),
        meal(6, "12:00", "13:30", "Lunch", places.canteen),
        Plan {
            venue: Some(places.hall),
            ..Plan::new(6, "15:30", "16:00", Break, "Tea break")
        },
        Plan {
            venue: Some(places.hall),
            speakers: vec![people.chen],
            interpreters: both.clone(),
            theme: Theme::Governance,
            ..Plan::new(
                6,
                "16:00",
                "17:30",
                CaseStudy,
                "Case studies: groups present their plans",
            )
        },
        lecture(
            7,
            "09:00",
            "10:30",
            Theme::Governance,
            "From poverty reduction to rural revitalization",
            people.wang,
        ),
        Plan {
            venue: Some(places.hall),
            ..Plan::new(7, "10:30", "11:00", Break, "Coffee and course evaluation")
        },
        Plan {
            venue: Some(places.hall),
            speakers: vec![people.wang],
            interpreters: both.clone(),
            ..Plan::new(
                7,
                "11:00",
                "12:00",
                Ceremony,
                "Closing ceremony and certificates",
            )
        },
        meal(7, "12:30", "14:00", "Farewell lunch", places.hotel),
    ];
    programme.extend(case_studies(
        3,
        "14:30",
        "17:30",
        "Case study: a village's poverty-reduction plan",
    ));
    programme.extend(case_studies(
        6,
        "08:30",
        "11:30",
        "Case study: co-operatives and market access",
    ));
    programme.extend(case_studies(
        6,
        "14:00",
        "15:30",
        "Case study: preparing the group presentation",
    ));
    for plan in programme.into_iter().filter(|p| !except.contains(&p.day)) {
        add(conn, cohort, first_day, plan, now)?;
    }
    Ok(())
}

/// Adds a lecture on course day `day` from `from` to `to` (`HH:MM` on the cohort's clock), in the hall
/// with interpretation into Russian and English: the session a live course has on at the moment it is
/// loaded.
pub fn lecture_at(
    conn: &mut DbConnection,
    cohort: CohortId,
    first_day: NaiveDate,
    (day, from, to): (u32, &str, &str),
    resources: &Resources,
    now: NaiveDateTime,
) -> AppResult<()> {
    let Resources { places, people } = resources;
    let plan = Plan {
        theme: Theme::Governance,
        venue: Some(places.hall),
        speakers: vec![people.chen],
        interpreters: vec![people.russian[0], people.english],
        ..Plan::new(
            day,
            from,
            to,
            SessionKind::Lecture,
            "Village self-governance in practice",
        )
    };
    add(conn, cohort, first_day, plan, now)
}
