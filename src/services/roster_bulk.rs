//! One action on many trainees of a roster: a status, a group, personal links. All or nothing: when the
//! action cannot apply to one trainee chosen, nobody changes, and each such trainee is named.

use std::collections::HashSet;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, GroupId, TraineeId, UserId};
use crate::domain::trainee::{BulkAction, EnrollmentStatus};
use crate::domain::vault::Vault;
use crate::error::AppResult;
use crate::form_errors::FormErrors;
use crate::i18n::{Arg, Msg};
use crate::models::cohort::Cohort;
use crate::models::enrollment::{Enrollment, RosterLine};
use crate::models::group::CohortGroup;
use crate::services::{groups, itinerary, roster};

/// The field whose numbered lines name the trainees an action was refused for (in the order chosen).
pub const CHOSEN: &str = "trainee";

/// Applies `action` to the trainees `chosen` (of the cohort); answers how many changed.
pub fn apply(
    conn: &mut DbConnection,
    cohort: CohortId,
    chosen: &[TraineeId],
    action: BulkAction,
    by: UserId,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<usize> {
    if chosen.is_empty() {
        return Err(FormErrors::whole(Msg::new("error-bulk-none-chosen")).into());
    }
    conn.write(|conn| {
        Cohort::lock(conn, cohort)?;
        let lines = Enrollment::roster_lines(conn, cohort)?;
        let chosen = chosen
            .iter()
            .map(|id| lines.iter().find(|l| l.trainee_id == *id))
            .collect::<Option<Vec<&RosterLine>>>()
            .ok_or_else(|| FormErrors::whole(Msg::new("error-choose-one")))?;
        refuse_any(&chosen, |line| refusal(line, action))?;
        match action {
            BulkAction::Status(status) => set_status(conn, cohort, &chosen, status, by, now),
            BulkAction::Group(group) => move_to_group(conn, cohort, &chosen, group, now),
            BulkAction::IssueLinks => issue_links(conn, cohort, &chosen, vault, now),
        }
    })
}

/// Why `action` cannot apply to a trainee, if it cannot.
fn refusal(line: &RosterLine, action: BulkAction) -> Option<Msg> {
    let named = |key| {
        Msg::new(key)
            .with("name", line.passport_name())
            .with("status", Arg::Label(line.status.label_key().to_owned()))
    };
    match action {
        BulkAction::Status(to) if !line.status.can_become(to) => {
            Some(named("error-bulk-status").with("to", Arg::Label(to.label_key().to_owned())))
        }
        BulkAction::Group(_) | BulkAction::IssueLinks if !line.status.takes_part() => {
            Some(named("error-bulk-not-taking-part"))
        }
        _ => None,
    }
}

/// Refuses the whole action when `refusal` says no to any trainee, naming each.
fn refuse_any(
    chosen: &[&RosterLine],
    refusal: impl Fn(&RosterLine) -> Option<Msg>,
) -> AppResult<()> {
    let mut errors = FormErrors::new();
    for (n, line) in chosen.iter().enumerate() {
        if let Some(msg) = refusal(line) {
            errors.add_line(CHOSEN, n + 1, msg);
        }
    }
    errors.into_result()?;
    Ok(())
}

fn set_status(
    conn: &mut DbConnection,
    cohort: CohortId,
    chosen: &[&RosterLine],
    status: EnrollmentStatus,
    by: UserId,
    now: NaiveDateTime,
) -> AppResult<usize> {
    let changing: Vec<&&RosterLine> = chosen.iter().filter(|l| l.status != status).collect();
    let more: i64 = changing
        .iter()
        .map(|l| i64::from(status.holds_place()) - i64::from(l.status.holds_place()))
        .sum();
    let listing = Cohort::find(conn, cohort)?.cohort;
    roster::check_capacity(conn, &listing, more, crate::form_errors::WHOLE_FORM)?;
    for line in &changing {
        roster::change_status(conn, cohort, line.trainee_id, status, Some(by), now)?;
    }
    Ok(changing.len())
}

fn move_to_group(
    conn: &mut DbConnection,
    cohort: CohortId,
    chosen: &[&RosterLine],
    group: GroupId,
    now: NaiveDateTime,
) -> AppResult<usize> {
    let groups = CohortGroup::for_cohort(conn, cohort)?;
    if !groups.iter().any(|g| g.id == group) {
        return Err(FormErrors::whole(Msg::new("error-choose-one")).into());
    }
    let moving: HashSet<TraineeId> = chosen.iter().map(|l| l.trainee_id).collect();
    let memberships = CohortGroup::memberships(conn, cohort)?;
    let members_of = |g: GroupId| -> HashSet<TraineeId> {
        memberships
            .iter()
            .filter(|(of, _)| *of == g)
            .map(|(_, trainee)| *trainee)
            .collect()
    };
    let joining = moving.difference(&members_of(group)).count();
    for g in &groups {
        let before = members_of(g.id);
        let after: HashSet<TraineeId> = if g.id == group {
            before.union(&moving).copied().collect()
        } else {
            before.difference(&moving).copied().collect()
        };
        if after != before {
            let mut members: Vec<TraineeId> = after.into_iter().collect();
            members.sort();
            groups::save(conn, cohort, g.id, &g.name, &members, now)?;
        }
    }
    Ok(joining)
}

fn issue_links(
    conn: &mut DbConnection,
    cohort: CohortId,
    chosen: &[&RosterLine],
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<usize> {
    let mut issued = 0;
    for line in chosen {
        let mut entry = Enrollment::find(conn, cohort, line.trainee_id)?;
        if entry.enrollment.personal_token(vault)?.is_none() {
            itinerary::token_of(conn, &mut entry, vault, now)?;
            issued += 1;
        }
    }
    Ok(issued)
}
