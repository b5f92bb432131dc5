//! Reading a cohort's timetable: the sessions day by day with names for every id and times on the
//! cohort's clock (kept in memory until the timetable changes), and the schedules of a venue, speaker or
//! interpreter across cohorts.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, SessionId};
use crate::domain::time::{clock, local_day, minute_of_day};
use crate::domain::translation::{Catalog, ReadingOrder, StringId, Text};
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::interpreter::Interpreter;
use crate::models::session::{Session, SessionLinks};
use crate::models::speaker::Speaker;
use crate::models::vehicle::Vehicle;
use crate::models::venue::Venue;
use crate::services::cache::CohortCache;
use crate::services::schedule::Directory;
use crate::services::translations::{catalog, reading_order, timetable_originals};

/// A session as a timetable shows it: times on the cohort's clock and names for every id.
#[derive(Clone)]
pub struct SessionView {
    pub session: Session,
    /// The day it starts, on the cohort's clock.
    pub date: NaiveDate,
    /// `HH:MM` on the cohort's clock.
    pub start: String,
    pub end: String,
    /// When the bus leaves and is back, `HH:MM` on the cohort's clock; empty without a bus.
    pub departs: String,
    pub returns: String,
    pub venue: Option<Venue>,
    pub speakers: Vec<Speaker>,
    pub interpreters: Vec<Interpreter>,
    pub vehicles: Vec<Vehicle>,
    /// The groups and delegations (as country codes) attending; both empty: the whole cohort.
    pub groups: Vec<String>,
    pub delegations: Vec<String>,
    /// Minutes since local midnight, for the week grid.
    pub starts_minute: u32,
    pub ends_minute: u32,
    /// Its texts, and those of what it uses, in every language they exist in (the timetable's catalog).
    pub texts: Arc<Catalog>,
}

impl SessionView {
    pub fn for_everyone(&self) -> bool {
        self.groups.is_empty() && self.delegations.is_empty()
    }

    /// One of its texts as a reader who reads `order` sees it.
    pub fn text(&self, text: Text, order: &ReadingOrder) -> &str {
        let id = StringId::new(text, self.session.id.0);
        self.texts.pick(id, order, self.session.text(text))
    }

    pub fn title_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionTitle, order)
    }

    pub fn description_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionDescription, order)
    }

    pub fn what_to_bring_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionWhatToBring, order)
    }

    pub fn room_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionRoom, order)
    }

    pub fn departure_point_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionDeparturePoint, order)
    }

    pub fn host_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionHostOrganization, order)
    }

    pub fn address_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionAddress, order)
    }

    pub fn host_contact_for(&self, order: &ReadingOrder) -> &str {
        self.text(Text::SessionHostContact, order)
    }

    /// Its venue's name, for a reader of `order`.
    pub fn venue_name(&self, order: &ReadingOrder) -> Option<&str> {
        let venue = self.venue.as_ref()?;
        let id = StringId::new(Text::VenueName, venue.id.0);
        Some(self.texts.pick(id, order, &venue.name))
    }

    /// Its speakers as a reader of `order` reads them: "Проф. Ван Лэй, декан…".
    pub fn speaker_names(&self, order: &ReadingOrder) -> Vec<&str> {
        self.speakers
            .iter()
            .map(|s| {
                self.texts
                    .pick(StringId::new(Text::SpeakerName, s.id.0), order, &s.name)
            })
            .collect()
    }

    pub fn interpreter_names(&self, order: &ReadingOrder) -> Vec<&str> {
        self.interpreters
            .iter()
            .map(|i| {
                let id = StringId::new(Text::InterpreterName, i.id.0);
                self.texts.pick(id, order, &i.name)
            })
            .collect()
    }

    pub fn vehicle_names(&self, order: &ReadingOrder) -> Vec<&str> {
        self.vehicles
            .iter()
            .map(|v| {
                self.texts
                    .pick(StringId::new(Text::VehicleName, v.id.0), order, &v.name)
            })
            .collect()
    }
}

/// One day of a timetable.
pub struct Day {
    pub date: NaiveDate,
    pub sessions: Vec<SessionView>,
}

/// A cohort's whole timetable, day by day, every day of the course included.
pub struct Timetable {
    pub cohort: CohortListing,
    pub days: Vec<Day>,
    pub zone: Tz,
    pub countries: Vec<Country>,
    /// Every text its trainees read, in every language it exists in.
    pub texts: Arc<Catalog>,
}

impl Timetable {
    /// The languages a reader of `lang` finds the timetable's texts in: theirs, then the cohort's first
    /// working language.
    pub fn reading_order(&self, lang: Lang) -> ReadingOrder {
        reading_order(&self.cohort.cohort, lang)
    }

    /// The cohort's name, for a reader of `order`.
    pub fn cohort_name(&self, order: &ReadingOrder) -> &str {
        let c = &self.cohort.cohort;
        self.texts
            .pick(StringId::new(Text::CohortName, c.id.0), order, &c.name)
    }

    /// The host city's name, for a reader of `order`: "Циндао".
    pub fn host_city(&self, order: &ReadingOrder) -> &str {
        let id = StringId::new(Text::HostCity, self.cohort.cohort.allocation_id.0);
        self.texts.pick(id, order, &self.cohort.host_city)
    }

    /// A place a trainee's travel names (their hotel, an airport) for a reader of `order`: the name of
    /// the venue of that name, as written when there is none.
    pub fn place<'a>(&'a self, name: &'a str, order: &ReadingOrder) -> &'a str {
        self.texts
            .by_original(Text::VenueName, name)
            .map_or(name, |v| v.pick(order))
    }

    pub fn session_count(&self) -> usize {
        self.days.iter().map(|d| d.sessions.len()).sum()
    }
}

/// Timetables kept in memory, each with its cohort's creation time and `timetable_version` when it was
/// read: the week grid and day view of an unchanged timetable cost one small query.
#[derive(Default)]
pub struct TimetableCache(CohortCache<(NaiveDateTime, i32), Timetable>);

impl TimetableCache {
    /// The cohort's timetable, from memory if nothing it shows has changed since it was read.
    pub fn timetable(
        &self,
        conn: &mut DbConnection,
        cohort_id: CohortId,
    ) -> AppResult<Arc<Timetable>> {
        let stamp = Cohort::timetable_stamp(conn, cohort_id)?;
        self.0.get_or_load(cohort_id, stamp, || {
            let listing = Cohort::find(conn, cohort_id)?;
            timetable(conn, listing)
        })
    }
}

/// Reads a cohort's whole timetable.
fn timetable(conn: &mut DbConnection, cohort: CohortListing) -> AppResult<Timetable> {
    let cohort_id = cohort.cohort.id;
    let zone = cohort.cohort.zone();
    let directory = Directory::load(conn, cohort_id)?;
    let sessions = Session::for_cohort(conn, cohort_id)?;
    let ids: Vec<SessionId> = sessions.iter().map(|s| s.id).collect();
    let mut links = SessionLinks::load(conn, &ids)?;
    let originals = timetable_originals(&cohort, &sessions, &links, &directory);
    let texts = Arc::new(catalog(conn, originals)?);
    let mut days: Vec<Day> = cohort
        .cohort
        .days()
        .into_iter()
        .map(|date| Day {
            date,
            sessions: Vec::new(),
        })
        .collect();
    for session in sessions {
        let links = links.remove(&session.id).unwrap_or_default();
        let view = view_of(session, &links, texts.clone(), &directory, zone);
        let date = view.date;
        match days.iter_mut().find(|d| d.date == date) {
            Some(day) => day.sessions.push(view),
            None => days.push(Day {
                date,
                sessions: vec![view],
            }),
        }
    }
    days.sort_by_key(|d| d.date);
    Ok(Timetable {
        cohort,
        days,
        zone,
        countries: Country::all(conn)?,
        texts,
    })
}

fn view_of(
    session: Session,
    links: &SessionLinks,
    texts: Arc<Catalog>,
    directory: &Directory,
    zone: Tz,
) -> SessionView {
    let time = |at: Option<NaiveDateTime>| at.map(|t| clock(t, zone)).unwrap_or_default();
    SessionView {
        texts,
        date: local_day(session.starts_at, zone),
        start: clock(session.starts_at, zone),
        end: clock(session.ends_at, zone),
        departs: time(session.departs_at),
        returns: time(session.returns_at),
        starts_minute: minute_of_day(session.starts_at, zone),
        ends_minute: minute_of_day(session.ends_at, zone),
        venue: session
            .venue_id
            .and_then(|v| directory.venues.get(&v))
            .cloned(),
        speakers: links
            .speakers
            .iter()
            .filter_map(|s| directory.speakers.get(s))
            .cloned()
            .collect(),
        interpreters: links
            .interpreters
            .iter()
            .filter_map(|i| directory.interpreters.get(i))
            .cloned()
            .collect(),
        vehicles: links
            .vehicles
            .iter()
            .filter_map(|v| directory.vehicles.get(v))
            .cloned()
            .collect(),
        groups: links
            .groups
            .iter()
            .filter_map(|g| directory.groups.get(g))
            .map(|g| g.name.clone())
            .collect(),
        delegations: links
            .delegations
            .iter()
            .filter_map(|d| directory.delegations.get(d))
            .cloned()
            .collect(),
        session,
    }
}

/// One session on a venue's, speaker's or interpreter's schedule, with its cohort.
pub struct Engagement {
    pub session: Session,
    pub cohort_name: String,
    pub date: NaiveDate,
    pub start: String,
    pub end: String,
    pub zone: String,
}

/// Every session using something, across cohorts, each on its own cohort's clock.
pub fn engagements(
    conn: &mut DbConnection,
    uses: crate::models::session::Uses,
) -> AppResult<Vec<Engagement>> {
    Ok(Session::using(conn, uses)?
        .into_iter()
        .map(|s| {
            let zone = s.time_zone.0;
            Engagement {
                date: local_day(s.session.starts_at, zone),
                start: clock(s.session.starts_at, zone),
                end: clock(s.session.ends_at, zone),
                cohort_name: s.cohort_name,
                zone: s.time_zone.to_string(),
                session: s.session,
            }
        })
        .collect())
}
