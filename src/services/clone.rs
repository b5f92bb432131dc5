//! Cloning a cohort's timetable into another cohort: every session shifted by whole days, checked again
//! like a new one, in one transaction. A trial run reports what would be placed and what not, and changes
//! nothing.

use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime, TimeZone};

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, GroupId};
use crate::domain::role::Scope;
use crate::domain::schedule::clash::Slot;
use crate::domain::schedule::clone::CloneRequest;
use crate::domain::schedule::form::SessionDraft;
use crate::domain::schedule::kinds::SessionStatus;
use crate::domain::time::{local_day, to_utc};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::delegation::Delegation;
use crate::models::group::CohortGroup;
use crate::models::session::{Session, SessionLinks};
use crate::models::vehicle::Vehicle;
use crate::services::schedule::{self, Saved};
use crate::services::translations;

/// What a clone did (or would do).
#[derive(Debug, Default)]
pub struct Report {
    /// The days the sessions moved by.
    pub shift: i64,
    /// Titles of the sessions placed.
    pub placed: Vec<String>,
    /// Titles of the sessions that could not be placed, with why.
    pub refused: Vec<(String, FormErrors)>,
}

/// Ends the trial run's transaction (rolling it back) while keeping its report.
enum Stop {
    Trial(Report),
    Failed(AppError),
}

impl From<diesel::result::Error> for Stop {
    fn from(error: diesel::result::Error) -> Self {
        Stop::Failed(error.into())
    }
}

impl From<AppError> for Stop {
    fn from(error: AppError) -> Self {
        Stop::Failed(error)
    }
}

/// Clones the sessions (not cancelled) of the request's source — another cohort, not archived — into
/// `target`, each moved by the request's shift or, by default, by the days between the two courses'
/// first days. With `confirm` the sessions that can be placed are saved; without, nothing is saved and
/// the report says what would be.
pub fn clone(
    conn: &mut DbConnection,
    target: CohortId,
    request: CloneRequest,
    scope: Scope,
    now: NaiveDateTime,
) -> AppResult<Report> {
    let usable = |found: &CohortListing| {
        found.cohort.id != target
            && found.cohort.archived_at.is_none()
            && scope.covers(found.commitment_id, found.cohort.allocation_id)
    };
    let source = match Cohort::find(conn, request.source) {
        Ok(found) if usable(&found) => found,
        Ok(_) | Err(diesel::result::Error::NotFound) => {
            return Err(FormErrors::single("source", Msg::new("error-choose-one")).into());
        }
        Err(other) => return Err(other.into()),
    };
    let starts_on = Cohort::find(conn, target)?.cohort.starts_on;
    let shift = request
        .shift
        .unwrap_or_else(|| (starts_on - source.cohort.starts_on).num_days());
    let outcome = conn.write(|conn| {
        let report = place_all(conn, request.source, target, shift, now)?;
        if request.confirm {
            Ok(report)
        } else {
            Err(Stop::Trial(report))
        }
    });
    match outcome {
        Ok(report) | Err(Stop::Trial(report)) => Ok(report),
        Err(Stop::Failed(error)) => Err(error),
    }
}

fn place_all(
    conn: &mut DbConnection,
    source: CohortId,
    target: CohortId,
    shift: i64,
    now: NaiveDateTime,
) -> AppResult<Report> {
    let from = Cohort::find(conn, source)?.cohort;
    let to = Cohort::find(conn, target)?.cohort;
    let (from_zone, to_zone) = (from.zone(), to.zone());
    let sessions: Vec<Session> = Session::for_cohort(conn, source)?
        .into_iter()
        .filter(|s| s.status != SessionStatus::Cancelled)
        .collect();
    let ids: Vec<_> = sessions.iter().map(|s| s.id).collect();
    let mut links = SessionLinks::load(conn, &ids)?;
    let shared: Vec<_> = Vehicle::for_cohort(conn, target)?
        .into_iter()
        .filter(|v| v.cohort_id.is_none())
        .map(|v| v.id)
        .collect();
    let source_groups: HashMap<GroupId, String> = CohortGroup::for_cohort(conn, source)?
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect();
    let mut target_groups: HashMap<String, GroupId> = CohortGroup::for_cohort(conn, target)?
        .into_iter()
        .map(|g| (g.name, g.id))
        .collect();
    let source_delegations: HashMap<_, String> = Delegation::list_for_cohort(conn, source)?
        .into_iter()
        .map(|d| (d.id, d.country_code))
        .collect();

    let mut report = Report {
        shift,
        ..Report::default()
    };
    for session in sessions {
        let links = links.remove(&session.id).unwrap_or_default();
        let shifted = |at: NaiveDateTime| {
            let local = from_zone.from_utc_datetime(&at).naive_local() + Duration::days(shift);
            to_utc(local.date(), local.time(), to_zone)
        };
        let times = (|| {
            Ok::<_, Msg>((
                shifted(session.starts_at)?,
                shifted(session.ends_at)?,
                session.departs_at.map(shifted).transpose()?,
                session.returns_at.map(shifted).transpose()?,
            ))
        })();
        let (start, end, departs_at, returns_at) = match times {
            Ok(times) => times,
            Err(msg) => {
                report
                    .refused
                    .push((session.title.clone(), FormErrors::whole(msg)));
                continue;
            }
        };
        let mut groups = Vec::new();
        for group in &links.groups {
            let Some(name) = source_groups.get(group) else {
                continue;
            };
            let id = match target_groups.get(name) {
                Some(id) => *id,
                None => {
                    let id = CohortGroup::create(conn, target, name)?;
                    target_groups.insert(name.clone(), id);
                    id
                }
            };
            groups.push(id);
        }
        let mut delegations = Vec::new();
        for delegation in &links.delegations {
            if let Some(country) = source_delegations.get(delegation) {
                delegations.push(Delegation::ensure(conn, target, country)?);
            }
        }
        let draft = SessionDraft {
            kind: session.kind,
            title: session.title.clone(),
            description: session.description.clone(),
            theme: session.theme,
            day: local_day(start, to_zone),
            slot: Slot { start, end },
            venue: session.venue_id,
            room: session.room.clone(),
            languages: session.languages(),
            interpretation: session.interpretation(),
            status: SessionStatus::Planned,
            speakers: links.speakers,
            interpreters: links.interpreters,
            vehicles: links
                .vehicles
                .into_iter()
                .filter(|v| shared.contains(v))
                .collect(),
            groups,
            delegations,
            host_organization: session.host_organization.clone(),
            host_contact: session.host_contact.clone(),
            address: session.address.clone(),
            departure_point: session.departure_point.clone(),
            departs_at,
            returns_at,
            what_to_bring: session.what_to_bring.clone(),
            materials_link: session.materials_link.clone(),
            accept_warnings: true,
        };
        match schedule::save(conn, target, None, &draft, now) {
            Ok(Saved::Session(id)) => {
                translations::copy_session_texts(conn, &session, id)?;
                report.placed.push(session.title)
            }
            Ok(Saved::NeedsAcceptance(_)) => {
                return Err(AppError::Internal("a copy accepts its warnings".into()));
            }
            Err(AppError::Invalid(errors)) => report.refused.push((session.title, errors)),
            Err(other) => return Err(other),
        }
    }
    Ok(report)
}
