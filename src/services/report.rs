//! A cohort's report for the partner ministries: who took part, who completed, attendance by
//! delegation, session and trainee, gender balance, and hours taught by theme and kind. Read from the
//! attendance summary, so the report, the attendance page, the progress page and the downloads count
//! the same way.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use serde::Serialize;

use crate::db::DbConnection;
use crate::domain::attendance::Tally;
use crate::domain::cohort::CohortStatus;
use crate::domain::ids::{CohortId, CommitmentId, SessionId, TraineeId};
use crate::domain::schedule::clash::{Slot, covered_minutes};
use crate::domain::schedule::kinds::{SessionKind, Theme};
use crate::domain::trainee::{EnrollmentStatus, Gender};
use crate::domain::translation::{Catalog, StringId, Text};
use crate::error::AppResult;
use crate::i18n::{Lang, decimal_hours};
use crate::models::country::Country;
use crate::services::attendance::{self, Summary};
use crate::services::progress::Figures;
use crate::services::translations::{cohort_catalog, reading_order};
use crate::sheet::{self, Value};

/// Each figure's translation key and the sentence that defines it.
pub const DEFINITIONS: [(&str, &str); 6] = [
    ("report-participants", "report-define-participants"),
    ("progress-delivered", "report-define-completed"),
    ("report-attendance-rate", "report-define-attendance-rate"),
    ("report-women", "report-define-gender"),
    ("report-programme-hours", "report-define-hours"),
    ("report-expected", "report-define-expected"),
];

/// Marks counted, with the rate they give.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Attendance {
    #[serde(flatten)]
    pub tally: Tally,
    pub attended: u32,
    /// Whole percent: attended ÷ (attended + absent); none while nothing counts.
    pub rate: Option<u32>,
}

impl From<Tally> for Attendance {
    fn from(tally: Tally) -> Self {
        Attendance {
            attended: tally.attended(),
            rate: tally.rate(),
            tally,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportCohort {
    pub id: CohortId,
    pub name: String,
    pub host_city: String,
    pub commitment_id: CommitmentId,
    pub commitment_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub time_zone: String,
    pub status: CohortStatus,
    pub capacity: i64,
    pub completion_threshold: i32,
}

#[derive(Debug, Clone, Serialize)]
pub struct DelegationRow {
    pub country_code: String,
    pub country: String,
    pub participants: usize,
    pub women: usize,
    pub men: usize,
    pub completed: usize,
    pub attendance: Attendance,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionRow {
    pub id: SessionId,
    /// On the cohort's clock.
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub title: String,
    pub kind: SessionKind,
    pub theme: Theme,
    pub minutes: i64,
    /// The minutes as hours with one decimal, rounded as everywhere else.
    pub hours: f64,
    pub expected: u32,
    pub attendance: Attendance,
}

impl SessionRow {
    fn slot(&self) -> Slot {
        Slot {
            start: self.starts_at,
            end: self.ends_at,
        }
    }
}

/// The fewest and most minutes of programme a trainee had (they differ when groups or delegations have
/// sessions of their own).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TraineeHours {
    pub fewest_minutes: i64,
    pub most_minutes: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct TraineeRow {
    pub trainee_id: TraineeId,
    pub name: String,
    pub native_name: String,
    pub country_code: String,
    pub country: String,
    pub gender: Gender,
    pub status: EnrollmentStatus,
    pub completed: bool,
    pub attendance: Attendance,
}

/// Hours taught under one theme or of one kind.
#[derive(Debug, Clone, Serialize)]
pub struct HoursRow<K> {
    pub key: K,
    #[serde(skip)]
    pub label_key: &'static str,
    pub sessions: usize,
    pub minutes: i64,
    pub hours: f64,
}

/// The sessions' hours grouped by `key`, in the order of `all`.
fn hours_by<K: Copy + PartialEq>(
    sessions: &[SessionRow],
    all: &[K],
    key: impl Fn(&SessionRow) -> K,
    label_key: impl Fn(K) -> &'static str,
) -> Vec<HoursRow<K>> {
    all.iter()
        .filter_map(|k| {
            let matching: Vec<&SessionRow> = sessions.iter().filter(|s| key(s) == *k).collect();
            let minutes = covered_minutes(matching.iter().map(|s| s.slot()));
            (!matching.is_empty()).then(|| HoursRow {
                key: *k,
                label_key: label_key(*k),
                sessions: matching.len(),
                minutes,
                hours: decimal_hours(minutes),
            })
        })
        .collect()
}

/// An hours table's rows: the label in `lang`, sessions, hours.
fn hours_rows<K>(rows: &[HoursRow<K>], lang: Lang) -> Vec<Vec<Value>> {
    rows.iter()
        .map(|h| {
            vec![
                Value::text(lang.t(h.label_key)),
                Value::Int(h.sessions as i64),
                Value::Hours(h.minutes),
            ]
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct CohortReport {
    pub cohort: ReportCohort,
    /// Enrollments neither withdrawn nor no-show.
    pub participants: usize,
    #[serde(flatten)]
    pub figures: Figures,
    pub withdrawn: usize,
    pub no_shows: usize,
    pub women: usize,
    pub men: usize,
    pub attendance: Attendance,
    /// Programme hours: the time the sessions cover, those held at once for different groups counted
    /// once.
    pub minutes_taught: i64,
    pub hours_taught: f64,
    /// The programme each participant had; none without participants.
    pub hours_per_trainee: Option<TraineeHours>,
    pub course_over: bool,
    pub delegations: Vec<DelegationRow>,
    pub sessions: Vec<SessionRow>,
    pub trainees: Vec<TraineeRow>,
    pub hours_by_theme: Vec<HoursRow<Theme>>,
    pub hours_by_kind: Vec<HoursRow<SessionKind>>,
}

pub fn load(
    conn: &mut DbConnection,
    id: CohortId,
    now: NaiveDateTime,
    lang: Lang,
) -> AppResult<CohortReport> {
    let texts = cohort_catalog(conn, id)?;
    Ok(of_summary(
        attendance::summary(conn, id, now)?,
        &texts,
        lang,
    ))
}

/// The report of an attendance summary, texts (session titles) in the language of `lang`'s readers.
fn of_summary(summary: Summary, texts: &Catalog, lang: Lang) -> CohortReport {
    let order = reading_order(&summary.cohort.cohort, lang);
    let zone: Tz = summary.zone;
    let local = |at: NaiveDateTime| zone.from_utc_datetime(&at).naive_local();
    let country = |code: &str| Country::name_of(&summary.countries, code, lang);

    let trainees: Vec<TraineeRow> = summary
        .trainees
        .iter()
        .map(|t| TraineeRow {
            trainee_id: t.line.trainee_id,
            name: t.line.passport_name(),
            native_name: t.line.native_name.clone(),
            country_code: t.line.country_code.clone(),
            country: country(&t.line.country_code),
            gender: t.line.gender,
            status: t.line.status,
            completed: t.line.status == EnrollmentStatus::Completed,
            attendance: t.tally.into(),
        })
        .collect();
    let delegations = summary
        .delegations
        .iter()
        .map(|(code, tally)| {
            let members = trainees.iter().filter(|t| t.country_code == *code);
            DelegationRow {
                country_code: code.clone(),
                country: country(code),
                participants: members.clone().count(),
                women: members
                    .clone()
                    .filter(|t| t.gender == Gender::Female)
                    .count(),
                men: members.clone().filter(|t| t.gender == Gender::Male).count(),
                completed: members.filter(|t| t.completed).count(),
                attendance: (*tally).into(),
            }
        })
        .collect();
    let sessions: Vec<SessionRow> = summary
        .sessions
        .iter()
        .map(|s| (s, (s.session.ends_at - s.session.starts_at).num_minutes()))
        .map(|(s, minutes)| SessionRow {
            id: s.session.id,
            starts_at: local(s.session.starts_at),
            ends_at: local(s.session.ends_at),
            title: texts
                .pick(
                    StringId::new(Text::SessionTitle, s.session.id.0),
                    &order,
                    &s.session.title,
                )
                .to_owned(),
            kind: s.session.kind,
            theme: s.session.theme,
            minutes,
            hours: decimal_hours(minutes),
            expected: s.expected,
            attendance: s.tally.into(),
        })
        .collect();
    let hours_by_theme = hours_by(&sessions, Theme::ALL, |s| s.theme, Theme::label_key);
    let hours_by_kind = hours_by(
        &sessions,
        SessionKind::ALL,
        |s| s.kind,
        SessionKind::label_key,
    );

    let minutes_taught = covered_minutes(sessions.iter().map(SessionRow::slot));
    let programmes = summary.trainees.iter().map(|t| t.programme_minutes);
    let hours_per_trainee =
        programmes
            .clone()
            .min()
            .zip(programmes.max())
            .map(|(fewest_minutes, most_minutes)| TraineeHours {
                fewest_minutes,
                most_minutes,
            });
    let mut figures = Figures::of_statuses(trainees.iter().map(|t| t.status));
    figures.people_trained = figures.delivered;
    let cohort = &summary.cohort;
    CohortReport {
        cohort: ReportCohort {
            id: cohort.cohort.id,
            name: cohort.cohort.name.clone(),
            host_city: cohort.host_city.clone(),
            commitment_id: cohort.commitment_id,
            commitment_name: cohort.commitment_name.clone(),
            starts_on: cohort.cohort.starts_on,
            ends_on: cohort.cohort.ends_on,
            time_zone: cohort.cohort.time_zone.to_string(),
            status: cohort.cohort.status,
            capacity: i64::from(cohort.cohort.capacity),
            completion_threshold: cohort.cohort.completion_threshold,
        },
        participants: trainees.len(),
        figures,
        withdrawn: summary.withdrawn,
        no_shows: summary.no_shows,
        women: trainees
            .iter()
            .filter(|t| t.gender == Gender::Female)
            .count(),
        men: trainees.iter().filter(|t| t.gender == Gender::Male).count(),
        attendance: summary.total.into(),
        minutes_taught,
        hours_taught: decimal_hours(minutes_taught),
        hours_per_trainee,
        course_over: summary.course_over,
        delegations,
        sessions,
        trainees,
        hours_by_theme,
        hours_by_kind,
    }
}

/// The tables of the report, each downloadable as CSV and `.xlsx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportTable {
    Delegations,
    Sessions,
    Trainees,
    Themes,
    Kinds,
}

impl ReportTable {
    pub fn slug(self) -> &'static str {
        match self {
            ReportTable::Delegations => "delegations",
            ReportTable::Sessions => "sessions",
            ReportTable::Trainees => "trainees",
            ReportTable::Themes => "themes",
            ReportTable::Kinds => "kinds",
        }
    }

    pub fn title_key(self) -> &'static str {
        match self {
            ReportTable::Delegations => "report-by-delegation",
            ReportTable::Sessions => "report-by-session",
            ReportTable::Trainees => "report-by-trainee",
            ReportTable::Themes => "report-by-theme",
            ReportTable::Kinds => "report-by-kind",
        }
    }

    /// The translation keys of the columns, as on the page.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            ReportTable::Delegations => &[
                "progress-code",
                "progress-country",
                "report-participants",
                "report-women",
                "report-men",
                "progress-delivered",
                "attendance-attended",
                "attendance-excused",
                "attendance-absent",
                "attendance-unmarked",
                "report-attendance-rate",
            ],
            ReportTable::Sessions => &[
                "report-date",
                "report-starts",
                "report-ends",
                "session-field-title",
                "report-kind",
                "report-theme",
                "report-hours",
                "report-expected",
                "attendance-attended",
                "attendance-excused",
                "attendance-absent",
                "attendance-unmarked",
                "report-attendance-rate",
            ],
            ReportTable::Trainees => &[
                "trainee-name",
                "report-native-name",
                "progress-country",
                "report-gender",
                "progress-status",
                "attendance-attended",
                "attendance-excused",
                "attendance-absent",
                "attendance-unmarked",
                "report-attendance-rate",
                "report-completed",
            ],
            ReportTable::Themes => &["report-theme", "report-sessions", "report-hours"],
            ReportTable::Kinds => &["report-kind", "report-sessions", "report-hours"],
        }
    }
}

/// Marks as cells: attended, excused, absent, unmarked and the rate (empty while none).
fn attendance_cells(a: &Attendance) -> [Value; 5] {
    [
        Value::Int(a.attended.into()),
        Value::Int(a.tally.excused.into()),
        Value::Int(a.tally.absent.into()),
        Value::Int(a.tally.unmarked.into()),
        a.rate.map_or(Value::Empty, Value::Percent),
    ]
}

impl CohortReport {
    /// One table as a download, headers and labels in `lang`.
    pub fn table(&self, table: ReportTable, lang: Lang) -> sheet::Table {
        let mut out = sheet::Table::translated(table.title_key(), table.columns(), lang);
        let yes_no = |b: bool| Value::text(lang.t(if b { "yes" } else { "no" }));
        out.rows = match table {
            ReportTable::Delegations => self
                .delegations
                .iter()
                .map(|d| {
                    [
                        Value::text(&d.country_code),
                        Value::text(&d.country),
                        Value::Int(d.participants as i64),
                        Value::Int(d.women as i64),
                        Value::Int(d.men as i64),
                        Value::Int(d.completed as i64),
                    ]
                    .into_iter()
                    .chain(attendance_cells(&d.attendance))
                    .collect()
                })
                .chain(std::iter::once(
                    [
                        Value::text(lang.t("progress-total")),
                        Value::Empty,
                        Value::Int(self.participants as i64),
                        Value::Int(self.women as i64),
                        Value::Int(self.men as i64),
                        Value::Int(self.figures.delivered),
                    ]
                    .into_iter()
                    .chain(attendance_cells(&self.attendance))
                    .collect(),
                ))
                .collect(),
            ReportTable::Sessions => self
                .sessions
                .iter()
                .map(|s| {
                    [
                        Value::Date(s.starts_at.date()),
                        Value::Time(s.starts_at.time()),
                        Value::Time(s.ends_at.time()),
                        Value::text(&s.title),
                        Value::text(lang.t(s.kind.label_key())),
                        Value::text(lang.t(s.theme.label_key())),
                        Value::Hours(s.minutes),
                        Value::Int(s.expected.into()),
                    ]
                    .into_iter()
                    .chain(attendance_cells(&s.attendance))
                    .collect()
                })
                .collect(),
            ReportTable::Trainees => self
                .trainees
                .iter()
                .map(|t| {
                    [
                        Value::text(&t.name),
                        Value::text(&t.native_name),
                        Value::text(&t.country),
                        Value::text(lang.t(t.gender.label_key())),
                        Value::text(lang.t(t.status.label_key())),
                    ]
                    .into_iter()
                    .chain(attendance_cells(&t.attendance))
                    .chain([yes_no(t.completed)])
                    .collect()
                })
                .collect(),
            ReportTable::Themes => hours_rows(&self.hours_by_theme, lang),
            ReportTable::Kinds => hours_rows(&self.hours_by_kind, lang),
        };
        out
    }
}
