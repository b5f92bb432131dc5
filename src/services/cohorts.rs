//! Placing cohorts under a host city's allocation: inside the commitment's period, never beyond the
//! allocation's remaining places, and moving through their statuses one step at a time.

use chrono::NaiveDateTime;
use diesel::OptionalExtension;

use crate::clock::Clock;
use crate::db::{DbConnection, Pool};
use crate::domain::attendance::AttendanceRules;
use crate::domain::cohort::{CohortDraft, CohortStatus, NewHostCity};
use crate::domain::ids::{CohortId, UserId};
use crate::domain::role::Scope;
use crate::domain::time::local_day;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::allocation::Allocation;
use crate::models::cohort::{Cohort, CohortFields};
use crate::models::commitment::Commitment;
use crate::services::attendance::{self, Completions};
use crate::services::{audit, commitments, periodic};

/// Creates a cohort in an allocation of `scope` (the account's; another is an unknown allocation).
pub fn create(
    conn: &mut DbConnection,
    draft: &CohortDraft,
    scope: Scope,
    now: NaiveDateTime,
) -> AppResult<CohortId> {
    conn.write(|conn| {
        check_placement(conn, draft, scope, None)?;
        let id = CohortFields::from_draft(draft, now).insert(conn)?;
        let after = Cohort::find(conn, id)?.cohort;
        audit::created(conn, now, &after)?;
        Ok(id)
    })
}

/// Adds a cohort from the new-cohort form: in the host city it adds (`new`, an allocation of a commitment
/// that only an organizer of every course may add — others are told so at the allocation —, its problems named after the form's inputs) or in
/// the allocation it chose. Nothing is added unless the cohort is.
pub fn create_from_form(
    conn: &mut DbConnection,
    draft: &CohortDraft,
    new: Option<&NewHostCity>,
    scope: Scope,
    now: NaiveDateTime,
) -> AppResult<CohortId> {
    let Some(new) = new else {
        return create(conn, draft, scope, now);
    };
    let refused = |field: &'static str, key: &'static str| -> AppError {
        FormErrors::single(field, Msg::new(key)).into()
    };
    if !scope.is_all() {
        return Err(refused("allocation_id", "error-host-city-administrators"));
    }
    conn.write(|conn| {
        let commitment = Commitment::find(conn, new.commitment).optional()?;
        if commitment.is_none_or(|c| c.archived_at.is_some()) {
            return Err(refused("new_host_city_commitment", "error-choose-one"));
        }
        let allocation = commitments::add_allocation(conn, new.commitment, &new.allocation, now)
            .map_err(|error| match error {
                AppError::Invalid(errors) => {
                    AppError::Invalid(errors.prefixed("new_host_city", "host_city"))
                }
                other => other,
            })?;
        let placed = CohortDraft {
            allocation_id: allocation,
            ..draft.clone()
        };
        create(conn, &placed, scope, now)
    })
}

/// Moves each course still planned or open to running from its first day on its own clock, each move in
/// the audit log; returns the cohorts moved. The server does this every few minutes (`spawn_calendar`);
/// two servers doing it at once move each cohort once.
pub fn follow_calendar(conn: &mut DbConnection, now: NaiveDateTime) -> AppResult<Vec<CohortId>> {
    conn.write(|conn| {
        let mut moved = Vec::new();
        for before in Cohort::not_started(conn)? {
            let status = before
                .status
                .on(before.starts_on, local_day(now, before.zone()));
            if status != before.status
                && Cohort::move_status(conn, before.id, before.status, status, now)?
            {
                let after = Cohort::find(conn, before.id)?.cohort;
                audit::updated(conn, now, &before, &after)?;
                moved.push(before.id);
            }
        }
        Ok(moved)
    })
}

/// Runs [`follow_calendar`] now and then every few minutes until the process ends.
pub fn spawn_calendar(pool: Pool, clock: Clock) -> tokio::task::JoinHandle<()> {
    periodic::spawn_every(
        pool,
        clock,
        CALENDAR_EVERY,
        follow_calendar,
        |outcome| match outcome {
            Ok(moved) if !moved.is_empty() => {
                tracing::info!(cohorts = moved.len(), "courses that began are running")
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "following the calendar failed"),
        },
    )
}

/// How often the server looks for courses that began.
const CALENDAR_EVERY: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// Completes a course that ended, in one step: confirms who completed it (the others end as "did not
/// complete", see `attendance::confirm_completions`) and marks the course completed.
pub fn complete(
    conn: &mut DbConnection,
    id: CohortId,
    by: UserId,
    now: NaiveDateTime,
) -> AppResult<Completions> {
    conn.write(|conn| {
        Cohort::lock(conn, id)?;
        let before = Cohort::find(conn, id)?.cohort;
        if !before
            .status
            .awaits_completion(before.ends_on, local_day(now, before.zone()))
        {
            return Err(FormErrors::whole(Msg::new("error-course-not-awaiting-completion")).into());
        }
        let done = attendance::confirm_completions(conn, id, by, now)?;
        Cohort::move_status(conn, id, before.status, CohortStatus::Completed, now)?;
        let after = Cohort::find(conn, id)?.cohort;
        audit::updated(conn, now, &before, &after)?;
        Ok(done)
    })
}

pub fn update(
    conn: &mut DbConnection,
    id: CohortId,
    draft: &CohortDraft,
    scope: Scope,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        let current = Cohort::find(conn, id)?.cohort;
        if !current.status.can_become(draft.status) {
            return Err(FormErrors::single("status", Msg::new("error-status-step")).into());
        }
        check_placement(conn, draft, scope, Some(&current))?;
        CohortFields::from_draft(draft, now).update(conn, id)?;
        let after = Cohort::find(conn, id)?.cohort;
        audit::updated(conn, now, &current, &after)?;
        Ok(())
    })
}

pub fn set_archived(
    conn: &mut DbConnection,
    id: CohortId,
    archived_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        let before = Cohort::find(conn, id)?.cohort;
        Cohort::set_archived(conn, id, archived_at)?;
        let after = Cohort::find(conn, id)?.cohort;
        audit::updated(conn, now, &before, &after)?;
        Ok(())
    })
}

/// Saves a cohort's completion threshold and self check-in window.
pub fn set_attendance_rules(
    conn: &mut DbConnection,
    id: CohortId,
    rules: AttendanceRules,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        let before = Cohort::find(conn, id)?.cohort;
        Cohort::set_attendance_rules(conn, id, rules)?;
        let after = Cohort::find(conn, id)?.cohort;
        audit::updated(conn, now, &before, &after)?;
        Ok(())
    })
}

/// The rules that depend on the allocation and commitment; `current` is the cohort being edited.
fn check_placement(
    conn: &mut DbConnection,
    draft: &CohortDraft,
    scope: Scope,
    current: Option<&Cohort>,
) -> AppResult<()> {
    let unknown_allocation = || FormErrors::single("allocation_id", Msg::new("error-choose-one"));
    match Allocation::lock(conn, draft.allocation_id) {
        Err(diesel::result::Error::NotFound) => return Err(unknown_allocation().into()),
        other => other?,
    }
    let allocation = Allocation::find(conn, draft.allocation_id)?;
    if !scope.covers(allocation.commitment_id, allocation.id) {
        return Err(unknown_allocation().into());
    }
    let commitment = Commitment::find(conn, allocation.commitment_id)?;
    let moved = current.is_none_or(|c| c.allocation_id != draft.allocation_id);

    let mut errors = FormErrors::new();
    if moved && commitment.archived_at.is_some() {
        errors.add("allocation_id", Msg::new("error-commitment-archived"));
    }
    let outside = || {
        Msg::new("error-outside-period")
            .with("start", commitment.starts_on)
            .with("end", commitment.ends_on)
    };
    if draft.starts_on < commitment.starts_on || draft.starts_on > commitment.ends_on {
        errors.add("starts_on", outside());
    }
    if draft.ends_on > commitment.ends_on {
        errors.add("ends_on", outside());
    }
    if draft.status.holds_places() {
        let planned = Cohort::planned_places(conn, allocation.id, current.map(|c| c.id))?;
        let remaining = i64::from(allocation.places) - planned;
        if i64::from(draft.capacity) > remaining {
            errors.add(
                "capacity",
                Msg::new("error-over-allocation")
                    .with("remaining", remaining.max(0))
                    .with("city", allocation.host_city.as_str())
                    .with("places", allocation.places),
            );
        }
    }
    errors.into_result().map_err(AppError::from)
}
