//! Taking attendance and reading it back: a session's roll call, a cohort's rates, and confirming who
//! completed the course.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::db::DbConnection;
use crate::domain::attendance::{BulkText, Mark, Method, RollCallForm, Tally, parse_note};
use crate::domain::audit::{AuditObject, FieldChange};
use crate::domain::checkin::certificate_serial;
use crate::domain::ids::{CohortId, EnrollmentId, SessionId, TraineeId, UserId};
use crate::domain::schedule::clash::{Slot, covered_minutes};
use crate::domain::schedule::kinds::SessionStatus;
use crate::domain::time::local_day;
use crate::domain::trainee::EnrollmentStatus;
use crate::domain::translation::{Catalog, StringId, Text};
use crate::error::{AppError, AppResult};
use crate::form_errors::{FormErrors, WHOLE_FORM};
use crate::i18n::{Lang, Msg};
use crate::models::attendance::{AttendanceMark, MarkWithMarker, NewMark};
use crate::models::certificate::Certificate;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::enrollment::{Enrollment, RosterLine};
use crate::models::session::{Session, SessionLinks};
use crate::models::trainee::Trainee;
use crate::services::audit;
use crate::services::schedule::{Audience, Directory};
use crate::services::translations::{catalog, cohort_originals, reading_order, session_originals};
use crate::sheet::{Table, Value};

/// A trainee expected at a session, with their mark so far.
pub struct Expected {
    pub line: RosterLine,
    pub mark: Option<MarkWithMarker>,
}

/// A session's roll call: everyone expected, by delegation (country code), with their marks.
pub struct RollCall {
    pub cohort: CohortListing,
    pub session: Session,
    pub zone: Tz,
    pub delegations: Vec<(String, Vec<Expected>)>,
    pub tally: Tally,
    pub countries: Vec<Country>,
    /// The course's and the session's texts in every language.
    pub texts: Catalog,
}

impl RollCall {
    pub fn expected(&self) -> usize {
        self.delegations.iter().map(|(_, lines)| lines.len()).sum()
    }

    /// The session's title as a reader of `lang` reads it.
    pub fn title(&self, lang: &Lang) -> &str {
        let order = reading_order(&self.cohort.cohort, *lang);
        let id = StringId::new(Text::SessionTitle, self.session.id.0);
        self.texts.pick(id, &order, &self.session.title)
    }

    /// The course's name as a reader of `lang` reads it.
    pub fn course(&self, lang: &Lang) -> &str {
        let c = &self.cohort.cohort;
        let order = reading_order(c, *lang);
        self.texts
            .pick(StringId::new(Text::CohortName, c.id.0), &order, &c.name)
    }
}

/// The trainees a session expects, in roster order (by country, then name).
pub fn expected_at(
    conn: &mut DbConnection,
    cohort: CohortId,
    session: &Session,
) -> AppResult<Vec<RosterLine>> {
    let directory = Directory::load(conn, cohort)?;
    let audience = Audience::load(conn, cohort, &directory)?;
    let links = SessionLinks::load(conn, &[session.id])?
        .remove(&session.id)
        .unwrap_or_default();
    let attendees = audience.attendees(&links.groups, &links.delegations);
    Ok(Enrollment::roster_lines(conn, cohort)?
        .into_iter()
        .filter(|l| audience.expects(&attendees, l.trainee_id))
        .collect())
}

/// A session of the cohort that takes attendance; another cohort's session is not found.
fn session_taking_attendance(
    conn: &mut DbConnection,
    cohort: CohortId,
    id: SessionId,
) -> AppResult<Session> {
    let session = Session::find(conn, cohort, id)?;
    if session.kind.takes_attendance() {
        Ok(session)
    } else {
        Err(AppError::NotFound)
    }
}

pub fn roll_call(conn: &mut DbConnection, cohort: CohortId, id: SessionId) -> AppResult<RollCall> {
    let listing = Cohort::find(conn, cohort)?;
    let session = session_taking_attendance(conn, cohort, id)?;
    let mut marks: HashMap<TraineeId, MarkWithMarker> = AttendanceMark::for_session(conn, id)?
        .into_iter()
        .map(|m| (m.mark.trainee_id, m))
        .collect();
    let mut tally = Tally::default();
    let mut delegations: Vec<(String, Vec<Expected>)> = Vec::new();
    for line in expected_at(conn, cohort, &session)? {
        let mark = marks.remove(&line.trainee_id);
        if let Some(m) = &mark {
            tally.add(m.mark.status, 1);
        }
        let expected = Expected { line, mark };
        match delegations.last_mut() {
            Some((country, lines)) if *country == expected.line.country_code => {
                lines.push(expected)
            }
            _ => delegations.push((expected.line.country_code.clone(), vec![expected])),
        }
    }
    let originals = [cohort_originals(&listing), session_originals(&session)].concat();
    Ok(RollCall {
        texts: catalog(conn, originals)?,
        zone: listing.cohort.zone(),
        cohort: listing,
        session,
        delegations,
        tally,
        countries: Country::all(conn)?,
    })
}

/// What saving a roll call did.
#[derive(Debug)]
pub struct RollCallSaved {
    pub changed: usize,
    /// Trainees whose mark someone else changed after the page was loaded (by name); where this roll call
    /// changed them too, it won.
    pub changed_by_others: Vec<String>,
}

/// Saves the marks that changed since the page was loaded, all or none: a cancelled session, a trainee
/// not expected, an unknown mark or a long note refuses the whole roll call.
pub fn save_roll_call(
    conn: &mut DbConnection,
    cohort: CohortId,
    id: SessionId,
    form: &RollCallForm,
    by: UserId,
    now: NaiveDateTime,
) -> AppResult<RollCallSaved> {
    conn.write(|conn| {
        let session = session_taking_attendance(conn, cohort, id)?;
        if session.status == SessionStatus::Cancelled {
            return Err(FormErrors::whole(Msg::new("error-attendance-cancelled")).into());
        }
        let expected = expected_at(conn, cohort, &session)?;
        let names: HashMap<TraineeId, String> = expected
            .iter()
            .map(|l| (l.trainee_id, l.passport_name()))
            .collect();
        let mut errors = FormErrors::new();
        let mut marks = Vec::new();
        for (trainee, input) in form.lines.iter().filter(|(_, i)| i.changed()) {
            if !names.contains_key(trainee) {
                errors.add(WHOLE_FORM, Msg::new("error-attendance-not-expected"));
                continue;
            }
            let status =
                Mark::parse(&input.status).ok_or_else(|| Msg::new("error-attendance-mark"));
            match status.and_then(|s| parse_note(&input.note).map(|n| (s, n))) {
                Ok((status, note)) => marks.push((*trainee, status, note)),
                Err(msg) => errors.add(RollCallForm::mark_field(*trainee), msg),
            }
        }
        errors.into_result()?;
        let mut changed_by_others: Vec<String> = AttendanceMark::for_session(conn, id)?
            .into_iter()
            .filter(|m| m.mark.marked_at >= form.loaded_at && m.mark.marked_by != Some(by))
            .filter_map(|m| names.get(&m.mark.trainee_id).cloned())
            .collect();
        changed_by_others.sort();
        let marks: Vec<(TraineeId, Mark, &str)> =
            marks.iter().map(|(t, m, n)| (*t, *m, n.as_str())).collect();
        record(conn, id, &marks, Method::RollCall, Some(by), now)?;
        Ok(RollCallSaved {
            changed: marks.len(),
            changed_by_others,
        })
    })
}

/// Writes `marks` (trainee, mark, note) at a session, taken by `method`, over any earlier ones.
pub fn record(
    conn: &mut DbConnection,
    session: SessionId,
    marks: &[(TraineeId, Mark, &str)],
    method: Method,
    by: Option<UserId>,
    at: NaiveDateTime,
) -> AppResult<()> {
    audit_marks(conn, session, marks, at)?;
    let marks: Vec<NewMark> = marks
        .iter()
        .map(|(trainee, status, note)| NewMark {
            session_id: session,
            trainee_id: *trainee,
            status: *status,
            note,
            method,
            marked_by: by,
            marked_at: at,
        })
        .collect();
    Ok(NewMark::save_all(conn, &marks)?)
}

/// Logs the marks that change at a session: one entry for the session, a line per trainee
/// ("present" → "absent (ill)").
fn audit_marks(
    conn: &mut DbConnection,
    session: SessionId,
    marks: &[(TraineeId, Mark, &str)],
    at: NaiveDateTime,
) -> AppResult<()> {
    let shown = |mark: Mark, note: &str| match note {
        "" => mark.as_str().to_owned(),
        note => format!("{} ({note})", mark.as_str()),
    };
    let before: HashMap<TraineeId, String> = AttendanceMark::for_session(conn, session)?
        .into_iter()
        .map(|m| (m.mark.trainee_id, shown(m.mark.status, &m.mark.note)))
        .collect();
    let ids: Vec<TraineeId> = marks.iter().map(|(t, _, _)| *t).collect();
    let names: HashMap<TraineeId, String> =
        Trainee::passport_names(conn, &ids)?.into_iter().collect();
    let changes: Vec<FieldChange> = marks
        .iter()
        .map(|(trainee, mark, note)| FieldChange {
            field: names
                .get(trainee)
                .cloned()
                .unwrap_or_else(|| trainee.to_string()),
            before: before.get(trainee).cloned().unwrap_or_default(),
            after: shown(*mark, note),
        })
        .filter(|c| c.before != c.after)
        .collect();
    let (cohort, title) = Session::cohort_and_title(conn, session)?;
    let subject = audit::Subject {
        object: AuditObject::Attendance,
        id: session.0,
        cohort: Some(cohort),
        label: title,
    };
    Ok(audit::changes(conn, at, &subject, changes)?)
}

/// A trainee's attendance over the course.
pub struct TraineeRate {
    pub line: RosterLine,
    pub tally: Tally,
    /// The minutes of the sessions the trainee is expected at, those held at once counted once.
    pub programme_minutes: i64,
}

/// A session's attendance.
pub struct SessionRate {
    pub session: Session,
    pub expected: u32,
    pub tally: Tally,
}

/// A cohort's attendance: overall, by delegation, by session and by trainee.
pub struct Summary {
    pub cohort: CohortListing,
    pub zone: Tz,
    pub total: Tally,
    /// Each delegation's country code and tally, in roster order.
    pub delegations: Vec<(String, Tally)>,
    pub sessions: Vec<SessionRate>,
    pub trainees: Vec<TraineeRate>,
    /// Whether every session that counts has ended (or the course's last day has passed).
    pub course_over: bool,
    pub countries: Vec<Country>,
    /// Enrollments left out of the counts: withdrawn, and did not come.
    pub withdrawn: usize,
    pub no_shows: usize,
}

impl Summary {
    /// Trainees expected, added up over the sessions (the by-session table's total).
    pub fn expected_total(&self) -> u32 {
        self.sessions.iter().map(|r| r.expected).sum()
    }

    pub fn threshold(&self) -> i32 {
        self.cohort.cohort.completion_threshold
    }

    /// Trainees whose rate so far is below the threshold.
    pub fn at_risk(&self) -> impl Iterator<Item = &TraineeRate> {
        let threshold = self.threshold();
        self.trainees
            .iter()
            .filter(move |t| t.tally.at_risk(threshold))
    }
}

/// The tables of the attendance page, each downloadable as CSV and `.xlsx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AttendanceTable {
    Delegations,
    Sessions,
    Trainees,
}

impl AttendanceTable {
    /// The name in the download's path (`…/attendance/sessions.csv`).
    pub fn slug(self) -> &'static str {
        match self {
            AttendanceTable::Delegations => "delegations",
            AttendanceTable::Sessions => "sessions",
            AttendanceTable::Trainees => "trainees",
        }
    }

    fn title_key(self) -> &'static str {
        match self {
            AttendanceTable::Delegations => "attendance-by-delegation",
            AttendanceTable::Sessions => "attendance-by-session",
            AttendanceTable::Trainees => "attendance-by-trainee",
        }
    }
}

/// A tally's cells: present, late, excused, absent, unmarked and the rate (empty while nothing counts),
/// the columns of the page's tables.
fn tally_cells(tally: &Tally) -> [Value; 6] {
    [
        Value::Int(tally.present.into()),
        Value::Int(tally.late.into()),
        Value::Int(tally.excused.into()),
        Value::Int(tally.absent.into()),
        Value::Int(tally.unmarked.into()),
        tally.rate().map_or(Value::Empty, Value::Percent),
    ]
}

impl Summary {
    /// One table of the page as a download, headings and names in `lang`, times on the cohort's clock.
    pub fn table(&self, table: AttendanceTable, lang: Lang) -> Table {
        const MARKS: [&str; 6] = [
            "attendance-present",
            "attendance-late",
            "attendance-excused",
            "attendance-absent",
            "attendance-unmarked",
            "attendance-rate",
        ];
        let leading: &[&str] = match table {
            AttendanceTable::Delegations => &["progress-code", "delegation-country"],
            AttendanceTable::Sessions => &[
                "report-date",
                "report-starts",
                "session-field-title",
                "attendance-expected-heading",
            ],
            AttendanceTable::Trainees => {
                &["trainee-name", "report-native-name", "delegation-country"]
            }
        };
        let completes: &[&str] = match table {
            AttendanceTable::Trainees if self.course_over => &["attendance-completes"],
            _ => &[],
        };
        let columns: Vec<&str> = leading
            .iter()
            .chain(&MARKS)
            .chain(completes)
            .copied()
            .collect();
        let mut out = Table::translated(table.title_key(), &columns, lang);
        let country = |code: &str| Value::text(Country::name_of(&self.countries, code, lang));
        let total = || Value::text(lang.t("progress-total"));
        let zone = self.zone;
        out.rows = match table {
            AttendanceTable::Delegations => self
                .delegations
                .iter()
                .map(|(code, tally)| {
                    [Value::text(code), country(code)]
                        .into_iter()
                        .chain(tally_cells(tally))
                        .collect()
                })
                .chain(std::iter::once(
                    [total(), Value::Empty]
                        .into_iter()
                        .chain(tally_cells(&self.total))
                        .collect(),
                ))
                .collect(),
            AttendanceTable::Sessions => self
                .sessions
                .iter()
                .map(|r| {
                    let starts = zone.from_utc_datetime(&r.session.starts_at).naive_local();
                    [
                        Value::Date(starts.date()),
                        Value::Time(starts.time()),
                        Value::text(&r.session.title),
                        Value::Int(r.expected.into()),
                    ]
                    .into_iter()
                    .chain(tally_cells(&r.tally))
                    .collect()
                })
                .chain(std::iter::once(
                    [
                        total(),
                        Value::Empty,
                        Value::Empty,
                        Value::Int(self.expected_total().into()),
                    ]
                    .into_iter()
                    .chain(tally_cells(&self.total))
                    .collect(),
                ))
                .collect(),
            AttendanceTable::Trainees => {
                let threshold = self.threshold();
                self.trainees
                    .iter()
                    .map(|t| {
                        let completes = t.tally.completes(threshold);
                        [
                            Value::text(t.line.passport_name()),
                            Value::text(&t.line.native_name),
                            country(&t.line.country_code),
                        ]
                        .into_iter()
                        .chain(tally_cells(&t.tally))
                        .chain(
                            self.course_over
                                .then(|| Value::text(lang.t(if completes { "yes" } else { "no" }))),
                        )
                        .collect()
                    })
                    .collect()
            }
        };
        out
    }
}

/// Reads a cohort's attendance as it stands at `now`: marks are counted in the database; sessions that
/// ended with someone expected still unmarked count as unmarked.
pub fn summary(
    conn: &mut DbConnection,
    cohort: CohortId,
    now: NaiveDateTime,
) -> AppResult<Summary> {
    let listing = Cohort::find(conn, cohort)?;
    let zone = listing.cohort.zone();
    let sessions: Vec<Session> = Session::for_cohort(conn, cohort)?
        .into_iter()
        .filter(|s| s.kind.takes_attendance() && s.status != SessionStatus::Cancelled)
        .collect();
    let directory = Directory::load(conn, cohort)?;
    let roster = Enrollment::roster_lines(conn, cohort)?;
    let audience = Audience::of_roster(conn, cohort, &directory, &roster)?;
    let ids: Vec<SessionId> = sessions.iter().map(|s| s.id).collect();
    let mut links = SessionLinks::load(conn, &ids)?;
    let (lines, left): (Vec<RosterLine>, Vec<RosterLine>) =
        roster.into_iter().partition(|l| l.status.takes_part());

    let ended: HashSet<SessionId> = sessions
        .iter()
        .filter(|s| s.ends_at <= now)
        .map(|s| s.id)
        .collect();
    let mut by_session: HashMap<SessionId, Tally> = HashMap::new();
    let mut by_trainee: HashMap<TraineeId, Tally> = HashMap::new();
    let mut marked_ended: HashMap<TraineeId, u32> = HashMap::new();
    for cell in AttendanceMark::cells(conn, &ids)? {
        by_session
            .entry(cell.session_id)
            .or_default()
            .add(cell.status, 1);
        by_trainee
            .entry(cell.trainee_id)
            .or_default()
            .add(cell.status, 1);
        if ended.contains(&cell.session_id) {
            *marked_ended.entry(cell.trainee_id).or_default() += 1;
        }
    }

    let mut expected_ended: HashMap<TraineeId, u32> = HashMap::new();
    let mut programmes: HashMap<TraineeId, Vec<Slot>> = HashMap::new();
    let mut session_rates = Vec::with_capacity(sessions.len());
    for session in sessions {
        let links = links.remove(&session.id).unwrap_or_default();
        let attendees = audience.attendees(&links.groups, &links.delegations);
        let ended = session.ends_at <= now;
        let mut expected: u32 = 0;
        for line in &lines {
            if audience.expects(&attendees, line.trainee_id) {
                expected += 1;
                programmes.entry(line.trainee_id).or_default().push(Slot {
                    start: session.starts_at,
                    end: session.ends_at,
                });
                if ended {
                    *expected_ended.entry(line.trainee_id).or_default() += 1;
                }
            }
        }
        let mut tally = by_session.remove(&session.id).unwrap_or_default();
        if ended {
            let marked = tally.attended() + tally.excused + tally.absent;
            tally.unmarked = expected.saturating_sub(marked);
        }
        session_rates.push(SessionRate {
            session,
            expected,
            tally,
        });
    }

    let mut total = Tally::default();
    let mut delegations: Vec<(String, Tally)> = Vec::new();
    let trainees: Vec<TraineeRate> = lines
        .into_iter()
        .map(|line| {
            let mut tally = by_trainee.remove(&line.trainee_id).unwrap_or_default();
            let ended = expected_ended.get(&line.trainee_id).copied().unwrap_or(0);
            let marked = marked_ended.get(&line.trainee_id).copied().unwrap_or(0);
            tally.unmarked = ended.saturating_sub(marked);
            total.merge(&tally);
            match delegations.last_mut() {
                Some((country, sum)) if *country == line.country_code => sum.merge(&tally),
                _ => delegations.push((line.country_code.clone(), tally)),
            }
            let programme = programmes.remove(&line.trainee_id).unwrap_or_default();
            TraineeRate {
                programme_minutes: covered_minutes(programme),
                line,
                tally,
            }
        })
        .collect();
    let course_over = local_day(now, zone) > listing.cohort.ends_on
        || (!session_rates.is_empty() && session_rates.iter().all(|s| s.session.ends_at <= now));
    Ok(Summary {
        cohort: listing,
        zone,
        total,
        delegations,
        sessions: session_rates,
        trainees,
        course_over,
        countries: Country::all(conn)?,
        withdrawn: left
            .iter()
            .filter(|l| l.status == EnrollmentStatus::Withdrawn)
            .count(),
        no_shows: left
            .iter()
            .filter(|l| l.status == EnrollmentStatus::NoShow)
            .count(),
    })
}

/// What confirming completions did.
#[derive(Debug, PartialEq)]
pub struct Completions {
    pub completed: usize,
    pub not_completed: usize,
}

impl Completions {
    /// The notice `key` ("… { $completed } completed, { $not_completed } did not") with the counts.
    pub fn told(&self, key: &'static str) -> Msg {
        Msg::new(key)
            .with("completed", self.completed as i64)
            .with("not_completed", self.not_completed as i64)
    }
}

/// Once the course is over, sets each trainee who took part to completed if they met the completion
/// rule and to "did not complete" if not (so that no past course shows anyone still in training), in one
/// transaction, each change in the trainee's history. Confirming again after marks were corrected moves
/// trainees between the two. Before the end, nothing changes.
pub fn confirm_completions(
    conn: &mut DbConnection,
    cohort: CohortId,
    by: UserId,
    now: NaiveDateTime,
) -> AppResult<Completions> {
    conn.write(|conn| {
        Cohort::lock(conn, cohort)?;
        let summary = summary(conn, cohort, now)?;
        if !summary.course_over {
            return Err(FormErrors::whole(Msg::new("error-course-not-over")).into());
        }
        let enrollments: HashMap<TraineeId, _> = Enrollment::ids_by_trainee(conn, cohort)?
            .into_iter()
            .collect();
        let threshold = summary.threshold();
        let mut result = Completions {
            completed: 0,
            not_completed: 0,
        };
        for trainee in &summary.trainees {
            let status = trainee.line.status;
            if !matches!(
                status,
                EnrollmentStatus::Confirmed
                    | EnrollmentStatus::Arrived
                    | EnrollmentStatus::Completed
                    | EnrollmentStatus::NotCompleted
            ) {
                continue;
            }
            let completes = trainee.tally.completes(threshold);
            let target = if completes {
                EnrollmentStatus::Completed
            } else {
                EnrollmentStatus::NotCompleted
            };
            if completes {
                result.completed += 1;
            } else {
                result.not_completed += 1;
            }
            let Some(enrollment) = enrollments.get(&trainee.line.trainee_id).copied() else {
                continue;
            };
            if target != status {
                let trainee_id = trainee.line.trainee_id;
                let before = Enrollment::find(conn, cohort, trainee_id)?;
                Enrollment::set_status(conn, enrollment, target, now, Some(by))?;
                let after = Enrollment::find(conn, cohort, trainee_id)?;
                audit::updated(conn, now, &before, &after)?;
            }
            certify(conn, &summary.cohort.cohort, enrollment, completes, now)?;
        }
        Cohort::completions_confirmed(conn, cohort, now)?;
        Ok(result)
    })
}

/// What bulk entry did.
#[derive(Debug, PartialEq)]
pub struct BulkSaved {
    pub listed: usize,
    /// Trainees not listed and not yet marked, marked present because the organizer asked for it.
    pub rest_present: usize,
}

/// The field of the bulk entry form whose lines its messages are about.
pub const BULK_LINES: &str = "lines";

/// Saves marks typed from a sign-in sheet, all or none: each line names a trainee by their row on the
/// sheet (the roll call's order) or by name; a line not understood, a name nobody has, a row out of
/// range or a trainee listed twice refuses everything, and every such line is named. With
/// `rest_present`, everyone not listed and not yet marked is marked present.
pub fn save_bulk(
    conn: &mut DbConnection,
    cohort: CohortId,
    id: SessionId,
    text: &BulkText,
    rest_present: bool,
    by: UserId,
    now: NaiveDateTime,
) -> AppResult<BulkSaved> {
    conn.write(|conn| {
        let session = session_taking_attendance(conn, cohort, id)?;
        if session.status == SessionStatus::Cancelled {
            return Err(FormErrors::whole(Msg::new("error-attendance-cancelled")).into());
        }
        let sheet = expected_at(conn, cohort, &session)?;
        let mut errors = FormErrors::new();
        for (line, msg) in &text.errors {
            errors.add_line(BULK_LINES, *line, msg.clone());
        }
        let mut listed: HashMap<TraineeId, usize> = HashMap::new();
        let mut marks = Vec::new();
        for line in &text.lines {
            let Some(trainee) = sheet_row(&sheet, &line.who) else {
                let unknown = Msg::new("error-bulk-unknown").with("who", line.who.clone());
                errors.add_line(BULK_LINES, line.number, unknown);
                continue;
            };
            if let Some(first) = listed.insert(trainee.trainee_id, line.number) {
                let twice = Msg::new("error-bulk-twice").with("line", first as i64);
                errors.add_line(BULK_LINES, line.number, twice);
                continue;
            }
            marks.push((trainee.trainee_id, line.mark, line.note.as_str()));
        }
        errors.into_result()?;
        let mut rest = 0;
        if rest_present {
            let marked: HashSet<TraineeId> = AttendanceMark::for_session(conn, id)?
                .into_iter()
                .map(|m| m.mark.trainee_id)
                .collect();
            for line in &sheet {
                if !listed.contains_key(&line.trainee_id) && !marked.contains(&line.trainee_id) {
                    marks.push((line.trainee_id, Mark::Present, ""));
                    rest += 1;
                }
            }
        }
        record(conn, id, &marks, Method::Bulk, Some(by), now)?;
        Ok(BulkSaved {
            listed: listed.len(),
            rest_present: rest,
        })
    })
}

/// The trainee a bulk line names: a row number of the sheet, their passport name or their native name
/// (letter case and spacing aside).
fn sheet_row<'a>(sheet: &'a [RosterLine], who: &str) -> Option<&'a RosterLine> {
    if let Ok(row) = who.parse::<usize>() {
        return row.checked_sub(1).and_then(|i| sheet.get(i));
    }
    let wanted = squeeze(who);
    let named: Vec<&RosterLine> = sheet
        .iter()
        .filter(|l| {
            squeeze(&l.passport_name()) == wanted
                || (!l.native_name.is_empty() && squeeze(&l.native_name) == wanted)
        })
        .collect();
    match named.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

fn squeeze(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Gives a trainee who completed the course a certificate (or makes a revoked one valid again), and
/// revokes the certificate of one who no longer completes it.
fn certify(
    conn: &mut DbConnection,
    cohort: &Cohort,
    enrollment: EnrollmentId,
    completes: bool,
    now: NaiveDateTime,
) -> AppResult<()> {
    match (Certificate::for_enrollment(conn, enrollment)?, completes) {
        (Some(_), true) => Certificate::set_revoked(conn, enrollment, None)?,
        (Some(c), false) if c.revoked_at.is_none() => {
            Certificate::set_revoked(conn, enrollment, Some(now))?
        }
        (Some(_), false) | (None, false) => {}
        (None, true) => {
            let serial = loop {
                let serial = certificate_serial(cohort.starts_on.year(), cohort.id, rand::random());
                if !Certificate::serial_taken(conn, &serial)? {
                    break serial;
                }
            };
            Certificate::insert(conn, enrollment, &serial, now)?;
        }
    }
    Ok(())
}
