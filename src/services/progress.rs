//! Progress against a commitment: places delivered, in progress, confirmed, nominated and still to come, in
//! total and by country, year, host city and cohort. One definition per figure (see `DEFINITIONS`); the
//! page, the CSV and `.xlsx` files and the JSON API all read this one computation, so they cannot disagree.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::db::DbConnection;
use crate::domain::chart::{BarInput, Bars, BurnUp, BurnUpInput};
use crate::domain::cohort::CohortStatus;
use crate::domain::ids::{AllocationId, CohortId, CommitmentId, TraineeId};
use crate::domain::trainee::EnrollmentStatus;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::models::allocation::Allocation;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::commitment::Commitment;
use crate::models::country::Country;
use crate::models::enrollment::{Enrollment, EnrollmentLine};
use crate::sheet::{self, Value};

/// Each figure's translation key and the key of the sentence that defines it, in the order the page
/// states them.
pub const DEFINITIONS: [(&str, &str); 11] = [
    ("progress-delivered", "progress-define-delivered"),
    ("progress-people", "progress-define-people"),
    ("progress-in-progress", "progress-define-in-progress"),
    ("progress-not-completed", "progress-define-not-completed"),
    ("progress-confirmed", "progress-define-confirmed"),
    ("progress-nominated", "progress-define-nominated"),
    ("progress-upcoming", "progress-define-upcoming"),
    ("progress-remaining", "progress-define-remaining"),
    ("progress-projected", "progress-define-projected"),
    ("progress-days-left", "progress-define-days-left"),
    ("progress-total", "progress-define-total"),
];

/// Counts of enrollments by where they stand, and the people behind the places delivered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Enrollments with status completed: one place each.
    pub delivered: i64,
    /// Different trainees among the places delivered.
    pub people_trained: i64,
    /// Enrollments with status arrived.
    pub in_progress: i64,
    /// Enrollments that ended without meeting the completion rule: no place delivered.
    pub not_completed: i64,
    pub confirmed: i64,
    pub nominated: i64,
}

impl Figures {
    /// A bar's parts: places delivered and in training, then `more`.
    fn bar_parts(&self, more: &[(&'static str, i64)]) -> Vec<(&'static str, i64)> {
        [
            ("progress-delivered", self.delivered),
            ("progress-in-progress", self.in_progress),
        ]
        .into_iter()
        .chain(more.iter().copied())
        .collect()
    }

    /// The figures of enrollments in these statuses (people trained left at zero: see `Progress`).
    pub fn of_statuses(statuses: impl IntoIterator<Item = EnrollmentStatus>) -> Figures {
        let mut figures = Figures::default();
        for status in statuses {
            figures.add(status);
        }
        figures
    }

    fn add(&mut self, status: EnrollmentStatus) {
        match status {
            EnrollmentStatus::Completed => self.delivered += 1,
            EnrollmentStatus::Arrived => self.in_progress += 1,
            EnrollmentStatus::NotCompleted => self.not_completed += 1,
            EnrollmentStatus::Confirmed => self.confirmed += 1,
            EnrollmentStatus::Nominated => self.nominated += 1,
            EnrollmentStatus::Withdrawn | EnrollmentStatus::NoShow => {}
        }
    }

    /// Adds up the enrollment counts (people trained are counted separately: they do not add up).
    fn merge(&mut self, other: &Figures) {
        self.delivered += other.delivered;
        self.in_progress += other.in_progress;
        self.not_completed += other.not_completed;
        self.confirmed += other.confirmed;
        self.nominated += other.nominated;
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CommitmentInfo {
    pub id: CommitmentId,
    pub name: String,
    pub target: i64,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountryRow {
    pub code: String,
    pub name: String,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearRow {
    pub year: i32,
    /// The sum of the host cities' targets for the year.
    pub target: i64,
    #[serde(flatten)]
    pub figures: Figures,
    pub upcoming: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CityRow {
    pub allocation_id: AllocationId,
    pub host_city: String,
    pub allocation: i64,
    #[serde(flatten)]
    pub figures: Figures,
    pub upcoming: i64,
    pub remaining: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CityYearRow {
    pub host_city: String,
    pub year: i32,
    /// The city's target for the year, if one was set.
    pub target: Option<i64>,
    #[serde(flatten)]
    pub figures: Figures,
    pub upcoming: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CohortRow {
    pub id: CohortId,
    pub name: String,
    pub allocation_id: AllocationId,
    pub host_city: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: CohortStatus,
    pub capacity: i64,
    #[serde(flatten)]
    pub figures: Figures,
    pub upcoming: i64,
}

/// Everything the progress page shows, as it stands on `today`.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub commitment: CommitmentInfo,
    pub today: NaiveDate,
    #[serde(flatten)]
    pub total: Figures,
    pub upcoming: i64,
    pub remaining: i64,
    pub days_left: i64,
    /// Places delivered plus upcoming places.
    pub projected: i64,
    pub by_country: Vec<CountryRow>,
    pub by_year: Vec<YearRow>,
    pub by_host_city: Vec<CityRow>,
    pub by_host_city_and_year: Vec<CityYearRow>,
    pub by_cohort: Vec<CohortRow>,
}

impl Progress {
    /// Each host city's bar: places delivered, in training and upcoming, against its allocation.
    pub fn city_bars(&self) -> Bars {
        Bars::new(
            self.by_host_city
                .iter()
                .map(|r| BarInput {
                    label: r.host_city.clone(),
                    parts: r.figures.bar_parts(&[("progress-upcoming", r.upcoming)]),
                    mark: Some(r.allocation),
                })
                .collect(),
        )
    }

    /// Each country's bar: places delivered, in training, confirmed and nominated.
    pub fn country_bars(&self) -> Bars {
        Bars::new(
            self.by_country
                .iter()
                .map(|r| BarInput {
                    label: r.name.clone(),
                    parts: r.figures.bar_parts(&[
                        ("progress-confirmed", r.figures.confirmed),
                        ("progress-nominated", r.figures.nominated),
                    ]),
                    mark: None,
                })
                .collect(),
        )
    }

    /// The burn-up: each cohort's places delivered on its last day (today at the latest: places
    /// completed early are delivered), each cohort still to come adding its upcoming places on its last
    /// day (today at the earliest).
    pub fn burn_up(&self) -> BurnUp {
        let delivered: Vec<(NaiveDate, i64)> = self
            .by_cohort
            .iter()
            .filter(|c| c.figures.delivered > 0)
            .map(|c| (c.ends_on.min(self.today), c.figures.delivered))
            .collect();
        let planned: Vec<(NaiveDate, i64)> = self
            .by_cohort
            .iter()
            .filter(|c| c.upcoming > 0)
            .map(|c| (c.ends_on.max(self.today), c.upcoming))
            .collect();
        BurnUp::new(&BurnUpInput {
            starts_on: self.commitment.starts_on,
            ends_on: self.commitment.ends_on,
            today: self.today,
            target: self.commitment.target,
            delivered: &delivered,
            planned: &planned,
        })
    }

    /// Whether the places delivered and upcoming together fall short of the target.
    pub fn short_of_target(&self) -> bool {
        self.projected < self.commitment.target
    }
}

/// Places a cohort still has to deliver: its capacity less those already completed, for cohorts
/// neither completed nor cancelled.
fn upcoming_places(cohort: &Cohort, delivered: i64) -> i64 {
    match cohort.status {
        CohortStatus::Completed | CohortStatus::Cancelled => 0,
        _ => (i64::from(cohort.capacity) - delivered).max(0),
    }
}

/// Counts distinct trainees per key.
struct People<K>(HashMap<K, HashSet<TraineeId>>);

impl<K: std::hash::Hash + Eq> People<K> {
    fn new() -> Self {
        People(HashMap::new())
    }

    fn add(&mut self, key: K, trainee: TraineeId) {
        self.0.entry(key).or_default().insert(trainee);
    }

    fn count(&self, key: &K) -> i64 {
        self.0.get(key).map_or(0, |set| set.len() as i64)
    }
}

pub fn load(
    conn: &mut DbConnection,
    id: CommitmentId,
    today: NaiveDate,
    lang: Lang,
) -> AppResult<Progress> {
    let commitment = Commitment::find(conn, id)?;
    let allocations = Allocation::list_for_commitment(conn, id)?;
    let allocation_ids: Vec<AllocationId> = allocations.iter().map(|a| a.id).collect();
    let targets = Allocation::targets(conn, &allocation_ids)?;
    let mut cohorts: Vec<CohortListing> = Cohort::of_commitment(conn, id)?;
    cohorts.sort_by_key(|c| (c.cohort.starts_on, c.cohort.id));
    let lines: Vec<EnrollmentLine> = Enrollment::lines_under(conn, id)?;
    let countries = Country::all(conn)?;

    let cohort_of: HashMap<CohortId, &Cohort> =
        cohorts.iter().map(|c| (c.cohort.id, &c.cohort)).collect();
    let year_of = |cohort: CohortId| cohort_of.get(&cohort).map(|c| c.starts_on.year());
    let allocation_of = |cohort: CohortId| cohort_of.get(&cohort).map(|c| c.allocation_id);

    let mut by_cohort: HashMap<CohortId, Figures> = HashMap::new();
    let mut by_country: BTreeMap<String, Figures> = BTreeMap::new();
    let mut completions = Vec::new();
    for line in lines {
        by_cohort
            .entry(line.cohort_id)
            .or_default()
            .add(line.status);
        match by_country.get_mut(&line.country_code) {
            Some(figures) => figures.add(line.status),
            None => {
                let mut figures = Figures::default();
                figures.add(line.status);
                by_country.insert(line.country_code.clone(), figures);
            }
        }
        if line.status == EnrollmentStatus::Completed {
            completions.push((line.cohort_id, line.trainee_id, line.country_code));
        }
    }
    let mut everyone = People::new();
    let mut people_by_country = People::new();
    let mut people_by_year = People::new();
    let mut people_by_allocation = People::new();
    let mut people_by_city_year = People::new();
    for (cohort, trainee, country) in completions {
        everyone.add((), trainee);
        people_by_country.add(country, trainee);
        if let (Some(year), Some(allocation)) = (year_of(cohort), allocation_of(cohort)) {
            people_by_year.add(year, trainee);
            people_by_allocation.add(allocation, trainee);
            people_by_city_year.add((allocation, year), trainee);
        }
    }

    let mut total = Figures::default();
    let mut upcoming_total = 0;
    let mut years: BTreeMap<i32, (Figures, i64)> = BTreeMap::new();
    let mut per_allocation: HashMap<AllocationId, (Figures, i64)> = HashMap::new();
    let mut per_city_year: BTreeMap<(AllocationId, i32), (Figures, i64)> = BTreeMap::new();
    let mut cohort_rows = Vec::with_capacity(cohorts.len());
    for listing in &cohorts {
        let cohort = &listing.cohort;
        let mut figures = by_cohort.remove(&cohort.id).unwrap_or_default();
        figures.people_trained = figures.delivered;
        let upcoming = upcoming_places(cohort, figures.delivered);
        let year = cohort.starts_on.year();
        for (sum, sum_upcoming) in [
            years.entry(year).or_default(),
            per_allocation.entry(cohort.allocation_id).or_default(),
            per_city_year
                .entry((cohort.allocation_id, year))
                .or_default(),
        ] {
            sum.merge(&figures);
            *sum_upcoming += upcoming;
        }
        total.merge(&figures);
        upcoming_total += upcoming;
        cohort_rows.push(CohortRow {
            id: cohort.id,
            name: cohort.name.clone(),
            allocation_id: cohort.allocation_id,
            host_city: listing.host_city.clone(),
            starts_on: cohort.starts_on,
            ends_on: cohort.ends_on,
            status: cohort.status,
            capacity: i64::from(cohort.capacity),
            figures,
            upcoming,
        });
    }
    total.people_trained = everyone.count(&());

    let city_name: HashMap<AllocationId, &str> = allocations
        .iter()
        .map(|a| (a.id, a.host_city.as_str()))
        .collect();
    let target_of: HashMap<(AllocationId, i32), i64> = targets
        .iter()
        .map(|t| ((t.allocation_id, t.year), i64::from(t.places)))
        .collect();
    for target in &targets {
        years.entry(target.year).or_default();
        per_city_year
            .entry((target.allocation_id, target.year))
            .or_default();
    }
    let by_year = years
        .into_iter()
        .map(|(year, (mut figures, upcoming))| {
            figures.people_trained = people_by_year.count(&year);
            YearRow {
                year,
                target: targets
                    .iter()
                    .filter(|t| t.year == year)
                    .map(|t| i64::from(t.places))
                    .sum(),
                figures,
                upcoming,
            }
        })
        .collect();
    let by_host_city = allocations
        .iter()
        .map(|allocation| {
            let (mut figures, upcoming) = per_allocation.remove(&allocation.id).unwrap_or_default();
            figures.people_trained = people_by_allocation.count(&allocation.id);
            CityRow {
                allocation_id: allocation.id,
                host_city: allocation.host_city.clone(),
                allocation: i64::from(allocation.places),
                remaining: (i64::from(allocation.places) - figures.delivered).max(0),
                figures,
                upcoming,
            }
        })
        .collect();
    let mut by_host_city_and_year: Vec<CityYearRow> = per_city_year
        .into_iter()
        .map(|((allocation, year), (mut figures, upcoming))| {
            figures.people_trained = people_by_city_year.count(&(allocation, year));
            CityYearRow {
                host_city: city_name.get(&allocation).copied().unwrap_or("").to_owned(),
                year,
                target: target_of.get(&(allocation, year)).copied(),
                figures,
                upcoming,
            }
        })
        .collect();
    by_host_city_and_year.sort_by(|a, b| (&a.host_city, a.year).cmp(&(&b.host_city, b.year)));
    let mut by_country: Vec<CountryRow> = by_country
        .into_iter()
        .map(|(code, mut figures)| {
            figures.people_trained = people_by_country.count(&code);
            CountryRow {
                name: Country::name_of(&countries, &code, lang),
                code,
                figures,
            }
        })
        .collect();
    by_country.sort_by(|a, b| (b.figures.delivered, &a.name).cmp(&(a.figures.delivered, &b.name)));

    let target = i64::from(commitment.places);
    Ok(Progress {
        today,
        remaining: (target - total.delivered).max(0),
        days_left: (commitment.ends_on - today).num_days().max(0),
        projected: total.delivered + upcoming_total,
        upcoming: upcoming_total,
        total,
        commitment: CommitmentInfo {
            id: commitment.id,
            name: commitment.name,
            target,
            starts_on: commitment.starts_on,
            ends_on: commitment.ends_on,
        },
        by_country,
        by_year,
        by_host_city,
        by_host_city_and_year,
        by_cohort: cohort_rows,
    })
}

/// A table's totals row: its column of places added up (allocations, targets or capacities), the
/// commitment's figures, and its upcoming and remaining places added up. People trained are counted
/// once, not added up: someone who completed in two cities is one person in the total.
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub places: Option<i64>,
    #[serde(flatten)]
    pub figures: Figures,
    pub upcoming: i64,
    pub remaining: Option<i64>,
}

impl Progress {
    /// The totals row of `table`, as its page and its files show it.
    pub fn totals(&self, table: Table) -> Totals {
        let places = match table {
            Table::HostCities => Some(self.by_host_city.iter().map(|r| r.allocation).sum()),
            Table::HostCityYears => Some(
                self.by_host_city_and_year
                    .iter()
                    .filter_map(|r| r.target)
                    .sum(),
            ),
            Table::Years => Some(self.by_year.iter().map(|r| r.target).sum()),
            Table::Countries => None,
            Table::Cohorts => Some(self.by_cohort.iter().map(|r| r.capacity).sum()),
        };
        Totals {
            places,
            figures: self.total,
            upcoming: self.upcoming,
            remaining: (table == Table::HostCities)
                .then(|| self.by_host_city.iter().map(|r| r.remaining).sum()),
        }
    }
}

/// The tables of the progress page, each downloadable as CSV and `.xlsx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Table {
    HostCities,
    HostCityYears,
    Years,
    Countries,
    Cohorts,
}

impl Table {
    pub const ALL: [Table; 5] = [
        Table::HostCities,
        Table::HostCityYears,
        Table::Years,
        Table::Countries,
        Table::Cohorts,
    ];

    /// The name in the download's path (`…/progress/host-cities.csv`, `….xlsx`).
    pub fn slug(self) -> &'static str {
        match self {
            Table::HostCities => "host-cities",
            Table::HostCityYears => "host-city-years",
            Table::Years => "years",
            Table::Countries => "countries",
            Table::Cohorts => "cohorts",
        }
    }

    pub fn title_key(self) -> &'static str {
        match self {
            Table::HostCities => "progress-by-host-city",
            Table::HostCityYears => "progress-by-host-city-year",
            Table::Years => "progress-by-year",
            Table::Countries => "progress-by-country",
            Table::Cohorts => "progress-by-cohort",
        }
    }

    /// The translation keys of the columns, as on the page.
    pub fn columns(self) -> Vec<&'static str> {
        let leading: &[&str] = match self {
            Table::HostCities => &["progress-host-city", "progress-allocation"],
            Table::HostCityYears => &["progress-host-city", "progress-year", "progress-target"],
            Table::Years => &["progress-year", "progress-target"],
            Table::Countries => &["progress-code", "progress-country"],
            Table::Cohorts => &[
                "progress-cohort",
                "progress-host-city",
                "progress-starts-on",
                "progress-ends-on",
                "progress-status",
                "progress-capacity",
            ],
        };
        let trailing: &[&str] = match self {
            Table::HostCities => &["progress-upcoming", "progress-remaining"],
            Table::Countries => &[],
            _ => &["progress-upcoming"],
        };
        leading
            .iter()
            .chain(FIGURE_COLUMNS.iter())
            .chain(trailing)
            .copied()
            .collect()
    }
}

const FIGURE_COLUMNS: [&str; 6] = [
    "progress-delivered",
    "progress-people",
    "progress-in-progress",
    "progress-not-completed",
    "progress-confirmed",
    "progress-nominated",
];

impl Figures {
    fn cells(&self) -> [Value; 6] {
        [
            self.delivered,
            self.people_trained,
            self.in_progress,
            self.not_completed,
            self.confirmed,
            self.nominated,
        ]
        .map(Value::Int)
    }
}

impl Progress {
    /// One table as a download, headers and labels in `lang`.
    pub fn table(&self, table: Table, lang: Lang) -> sheet::Table {
        let mut out = sheet::Table::translated(table.title_key(), &table.columns(), lang);
        let row = |leading: Vec<Value>, figures: &Figures, trailing: Vec<i64>| -> Vec<Value> {
            leading
                .into_iter()
                .chain(figures.cells())
                .chain(trailing.into_iter().map(Value::Int))
                .collect()
        };
        let rows: Vec<Vec<Value>> = match table {
            Table::HostCities => self
                .by_host_city
                .iter()
                .map(|r| {
                    row(
                        vec![Value::text(&r.host_city), Value::Int(r.allocation)],
                        &r.figures,
                        vec![r.upcoming, r.remaining],
                    )
                })
                .collect(),
            Table::HostCityYears => self
                .by_host_city_and_year
                .iter()
                .map(|r| {
                    let target = r.target.map_or(Value::Empty, Value::Int);
                    row(
                        vec![Value::text(&r.host_city), Value::Int(r.year.into()), target],
                        &r.figures,
                        vec![r.upcoming],
                    )
                })
                .collect(),
            Table::Years => self
                .by_year
                .iter()
                .map(|r| {
                    row(
                        vec![Value::Int(r.year.into()), Value::Int(r.target)],
                        &r.figures,
                        vec![r.upcoming],
                    )
                })
                .collect(),
            Table::Countries => self
                .by_country
                .iter()
                .map(|r| {
                    row(
                        vec![Value::text(&r.code), Value::text(&r.name)],
                        &r.figures,
                        vec![],
                    )
                })
                .collect(),
            Table::Cohorts => self
                .by_cohort
                .iter()
                .map(|r| {
                    row(
                        vec![
                            Value::text(&r.name),
                            Value::text(&r.host_city),
                            Value::Date(r.starts_on),
                            Value::Date(r.ends_on),
                            Value::text(lang.t(r.status.label_key())),
                            Value::Int(r.capacity),
                        ],
                        &r.figures,
                        vec![r.upcoming],
                    )
                })
                .collect(),
        };
        out.rows = rows;
        let totals = self.totals(table);
        let places = || Value::Int(totals.places.unwrap_or_default());
        let leading = match table {
            Table::HostCities | Table::Years => vec![places()],
            Table::HostCityYears => vec![Value::Empty, places()],
            Table::Countries => vec![Value::Empty],
            Table::Cohorts => vec![
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                places(),
            ],
        };
        let trailing = match table {
            Table::HostCities => vec![totals.upcoming, totals.remaining.unwrap_or_default()],
            Table::Countries => vec![],
            _ => vec![totals.upcoming],
        };
        let label = Value::text(lang.t("progress-total"));
        out.rows.push(row(
            std::iter::once(label).chain(leading).collect(),
            &totals.figures,
            trailing,
        ));
        out
    }
}
