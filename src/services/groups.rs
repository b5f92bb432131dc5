//! A cohort's groups for case studies and other parallel sessions: naming them, choosing their members,
//! and splitting the roster into mixed groups in one go.

use std::collections::HashSet;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, GroupId, TraineeId};
use crate::domain::input::{NAME_MAX, required_text};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::cohort::Cohort;
use crate::models::enrollment::{Enrollment, RosterLine};
use crate::models::group::CohortGroup;
use crate::models::is_unique_violation;
use crate::services::audit::{self, GroupRecord};

/// Most groups a split makes.
pub const SPLIT_MAX: usize = 12;

/// The cohort's trainees who can be in a group (not withdrawn, not a no-show), in roster order.
pub fn candidates(conn: &mut DbConnection, cohort: CohortId) -> AppResult<Vec<RosterLine>> {
    Ok(Enrollment::roster_lines(conn, cohort)?
        .into_iter()
        .filter(|l| l.status.takes_part())
        .collect())
}

fn name_taken(error: diesel::result::Error) -> AppError {
    if is_unique_violation(&error) {
        FormErrors::single("name", Msg::new("error-group-name-taken")).into()
    } else {
        error.into()
    }
}

pub fn create(conn: &mut DbConnection, cohort: CohortId, name: &str) -> AppResult<GroupId> {
    let name = required_text(name, NAME_MAX).map_err(|msg| FormErrors::single("name", msg))?;
    conn.write(|conn| {
        Cohort::find(conn, cohort)?;
        CohortGroup::create(conn, cohort, &name).map_err(name_taken)
    })
}

/// A group of `cohort` with its members' names, in roster order.
fn record(conn: &mut DbConnection, cohort: CohortId, group: GroupId) -> AppResult<GroupRecord> {
    let group = CohortGroup::for_cohort(conn, cohort)?
        .into_iter()
        .find(|g| g.id == group)
        .ok_or(AppError::NotFound)?;
    let members: HashSet<TraineeId> = CohortGroup::memberships(conn, cohort)?
        .into_iter()
        .filter(|(g, _)| *g == group.id)
        .map(|(_, trainee)| trainee)
        .collect();
    let members = Enrollment::roster_lines(conn, cohort)?
        .iter()
        .filter(|l| members.contains(&l.trainee_id))
        .map(RosterLine::passport_name)
        .collect();
    Ok(GroupRecord { group, members })
}

/// Renames a group and makes `members` (trainees of the cohort) its members.
pub fn save(
    conn: &mut DbConnection,
    cohort: CohortId,
    group: GroupId,
    name: &str,
    members: &[TraineeId],
    now: NaiveDateTime,
) -> AppResult<()> {
    let name = required_text(name, NAME_MAX).map_err(|msg| FormErrors::single("name", msg))?;
    conn.write(|conn| {
        let before = record(conn, cohort, group)?;
        let allowed: HashSet<TraineeId> = candidates(conn, cohort)?
            .iter()
            .map(|l| l.trainee_id)
            .collect();
        if members.iter().any(|m| !allowed.contains(m)) {
            return Err(FormErrors::single("members", Msg::new("error-choose-one")).into());
        }
        CohortGroup::rename(conn, group, &name).map_err(name_taken)?;
        CohortGroup::set_members(conn, group, members)?;
        let after = record(conn, cohort, group)?;
        audit::updated(conn, now, &before, &after)?;
        Ok(())
    })
}

/// Splits the cohort's trainees into `count` groups named "1", "2", …, dealing them out in roster order
/// (by country) so that every group mixes the delegations.
pub fn split(
    conn: &mut DbConnection,
    cohort: CohortId,
    count: usize,
    prefix: &str,
) -> AppResult<usize> {
    if !(2..=SPLIT_MAX).contains(&count) {
        return Err(FormErrors::single(
            "count",
            Msg::new("error-out-of-range")
                .with("min", 2)
                .with("max", SPLIT_MAX as i64),
        )
        .into());
    }
    conn.write(|conn| {
        let trainees = candidates(conn, cohort)?;
        let mut groups = Vec::with_capacity(count);
        for n in 1..=count {
            groups.push(
                CohortGroup::create(conn, cohort, &format!("{prefix} {n}")).map_err(name_taken)?,
            );
        }
        for (i, group) in groups.iter().enumerate() {
            let members: Vec<TraineeId> = trainees
                .iter()
                .skip(i)
                .step_by(count)
                .map(|l| l.trainee_id)
                .collect();
            CohortGroup::set_members(conn, *group, &members)?;
        }
        Ok(count)
    })
}

/// Deletes a group no session is for; otherwise says how many are (deleting it would turn its parallel
/// sessions into sessions for the whole cohort).
pub fn delete(conn: &mut DbConnection, cohort: CohortId, group: GroupId) -> AppResult<()> {
    conn.write(|conn| {
        let sessions = CohortGroup::sessions_using(conn, group)?;
        if sessions > 0 {
            let in_use = Msg::new("error-group-in-use").with("count", sessions);
            return Err(FormErrors::whole(in_use).into());
        }
        CohortGroup::delete(conn, cohort, group)?;
        Ok(())
    })
}
