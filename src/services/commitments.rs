//! Commitments and their host-city allocations, with the rules that keep the numbers consistent:
//! allocations never sum above the commitment's places, an allocation never holds fewer places than its
//! cohorts have planned, and cohorts stay inside the commitment's period.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::commitment::{AllocationDraft, CommitmentDraft};
use crate::domain::ids::{AllocationId, CommitmentId};
use crate::domain::role::Scope;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::allocation::{Allocation, AllocationTarget, NewAllocation};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::commitment::{Commitment, CommitmentFields};
use crate::models::enrollment::Enrollment;
use crate::models::is_unique_violation;
use crate::services::audit::{self, AllocationRecord};

/// A commitment with its places split up: allocated to cities, and planned in cohorts.
#[derive(Debug, Clone)]
pub struct CommitmentSummary {
    pub commitment: Commitment,
    pub allocated: i64,
    pub planned: i64,
    /// Places delivered, as the progress page counts them.
    pub delivered: i64,
}

/// One city's allocation with its yearly targets and the places its cohorts hold.
#[derive(Debug, Clone)]
pub struct AllocationSummary {
    pub allocation: Allocation,
    pub targets: Vec<AllocationTarget>,
    pub planned: i64,
}

impl AllocationSummary {
    pub fn remaining(&self) -> i64 {
        i64::from(self.allocation.places) - self.planned
    }
}

/// Everything the commitment page shows.
pub struct CommitmentDetail {
    pub summary: CommitmentSummary,
    pub allocations: Vec<AllocationSummary>,
    pub cohorts: Vec<CohortListing>,
}

/// The commitments of `scope` with their allocated and planned places.
pub fn summaries(
    conn: &mut DbConnection,
    include_archived: bool,
    scope: Scope,
) -> AppResult<Vec<CommitmentSummary>> {
    let commitments = Commitment::list(conn, include_archived, scope)?;
    let planned_by_allocation: HashMap<AllocationId, i64> =
        Cohort::planned_by_allocation(conn)?.into_iter().collect();
    let delivered: HashMap<CommitmentId, i64> = Enrollment::delivered_by_commitment(conn, None)?
        .into_iter()
        .collect();
    commitments
        .into_iter()
        .map(|commitment| {
            let allocations = Allocation::list_for_commitment(conn, commitment.id)?;
            Ok(CommitmentSummary {
                delivered: delivered.get(&commitment.id).copied().unwrap_or(0),
                allocated: allocations.iter().map(|a| i64::from(a.places)).sum(),
                planned: allocations
                    .iter()
                    .map(|a| planned_by_allocation.get(&a.id).copied().unwrap_or(0))
                    .sum(),
                commitment,
            })
        })
        .collect()
}

pub fn detail(conn: &mut DbConnection, id: CommitmentId) -> AppResult<CommitmentDetail> {
    let commitment = Commitment::find(conn, id)?;
    let allocations = Allocation::list_for_commitment(conn, id)?;
    let ids: Vec<AllocationId> = allocations.iter().map(|a| a.id).collect();
    let mut targets: HashMap<AllocationId, Vec<AllocationTarget>> = HashMap::new();
    for target in Allocation::targets(conn, &ids)? {
        targets
            .entry(target.allocation_id)
            .or_default()
            .push(target);
    }
    let planned_by_allocation: HashMap<AllocationId, i64> =
        Cohort::planned_by_allocation(conn)?.into_iter().collect();
    let allocations: Vec<AllocationSummary> = allocations
        .into_iter()
        .map(|allocation| AllocationSummary {
            planned: planned_by_allocation
                .get(&allocation.id)
                .copied()
                .unwrap_or(0),
            targets: targets.remove(&allocation.id).unwrap_or_default(),
            allocation,
        })
        .collect();
    let cohorts = Cohort::of_commitment(conn, id)?;
    let delivered = Enrollment::delivered_by_commitment(conn, Some(id))?
        .into_iter()
        .find(|(commitment, _)| *commitment == id)
        .map_or(0, |(_, n)| n);
    Ok(CommitmentDetail {
        summary: CommitmentSummary {
            delivered,
            allocated: allocations
                .iter()
                .map(|a| i64::from(a.allocation.places))
                .sum(),
            planned: allocations.iter().map(|a| a.planned).sum(),
            commitment,
        },
        allocations,
        cohorts,
    })
}

pub fn create(
    conn: &mut DbConnection,
    draft: &CommitmentDraft,
    now: NaiveDateTime,
) -> AppResult<CommitmentId> {
    conn.write(|conn| {
        let id = CommitmentFields::from_draft(draft, now).insert(conn)?;
        let after = Commitment::find(conn, id)?;
        audit::created(conn, now, &after)?;
        Ok(id)
    })
}

/// Saves a changed commitment, refusing fewer places than already allocated and a period that would
/// leave existing cohorts outside it.
pub fn update(
    conn: &mut DbConnection,
    id: CommitmentId,
    draft: &CommitmentDraft,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        Commitment::lock(conn, id)?;
        let mut errors = FormErrors::new();
        let allocated = Allocation::allocated_places(conn, id, None)?;
        if i64::from(draft.places) < allocated {
            errors.add(
                "places",
                Msg::new("error-places-below-allocated").with("allocated", allocated),
            );
        }
        if let Some((first, last)) = Cohort::date_span(conn, id)? {
            if draft.starts_on > first {
                errors.add(
                    "starts_on",
                    Msg::new("error-period-excludes-cohort").with("date", first),
                );
            }
            if draft.ends_on < last {
                errors.add(
                    "ends_on",
                    Msg::new("error-period-excludes-cohort").with("date", last),
                );
            }
        }
        errors.into_result()?;
        let before = Commitment::find(conn, id)?;
        CommitmentFields::from_draft(draft, now).update(conn, id)?;
        let after = Commitment::find(conn, id)?;
        audit::updated(conn, now, &before, &after)?;
        Ok(())
    })
}

pub fn set_archived(
    conn: &mut DbConnection,
    id: CommitmentId,
    archived_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        let before = Commitment::find(conn, id)?;
        Commitment::set_archived(conn, id, archived_at)?;
        let after = Commitment::find(conn, id)?;
        audit::updated(conn, now, &before, &after)?;
        Ok(())
    })
}

/// Adds a host city's allocation to a commitment.
pub fn add_allocation(
    conn: &mut DbConnection,
    commitment_id: CommitmentId,
    draft: &AllocationDraft,
    now: NaiveDateTime,
) -> AppResult<AllocationId> {
    conn.write(|conn| {
        Commitment::lock(conn, commitment_id)?;
        check_allocation_fits(conn, commitment_id, None, draft)?;
        let id = NewAllocation {
            commitment_id,
            host_city: &draft.host_city,
            places: draft.places,
            created_at: now,
        }
        .insert(conn)
        .map_err(city_taken)?;
        Allocation::set_targets(conn, id, &draft.targets)?;
        let after = allocation_record(conn, id)?;
        audit::created(conn, now, &after.as_record())?;
        Ok(id)
    })
}

/// Changes an allocation; it must stay inside the commitment and above what its cohorts hold.
pub fn update_allocation(
    conn: &mut DbConnection,
    commitment_id: CommitmentId,
    id: AllocationId,
    draft: &AllocationDraft,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        Commitment::lock(conn, commitment_id)?;
        let before = allocation_record(conn, id)?;
        let allocation = &before.0;
        if allocation.commitment_id != commitment_id {
            return Err(AppError::NotFound);
        }
        check_allocation_fits(conn, commitment_id, Some(id), draft)?;
        let planned = Cohort::planned_places(conn, id, None)?;
        if i64::from(draft.places) < planned {
            return Err(FormErrors::single(
                "places",
                Msg::new("error-allocation-below-planned").with("planned", planned),
            )
            .into());
        }
        Allocation::update(conn, id, &draft.host_city, draft.places).map_err(city_taken)?;
        Allocation::set_targets(conn, id, &draft.targets)?;
        let after = allocation_record(conn, id)?;
        audit::updated(conn, now, &before.as_record(), &after.as_record())?;
        Ok(())
    })
}

/// An allocation and its yearly targets as the audit log writes them.
struct AllocationState(Allocation, String);

impl AllocationState {
    fn as_record(&self) -> AllocationRecord<'_> {
        AllocationRecord {
            allocation: &self.0,
            targets: self.1.clone(),
        }
    }
}

fn allocation_record(conn: &mut DbConnection, id: AllocationId) -> AppResult<AllocationState> {
    let allocation = Allocation::find(conn, id)?;
    let targets = Allocation::targets(conn, &[id])?
        .iter()
        .map(|t| format!("{}: {}", t.year, t.places))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(AllocationState(allocation, targets))
}

fn check_allocation_fits(
    conn: &mut DbConnection,
    commitment_id: CommitmentId,
    except: Option<AllocationId>,
    draft: &AllocationDraft,
) -> AppResult<()> {
    let commitment = Commitment::find(conn, commitment_id)?;
    let others = Allocation::allocated_places(conn, commitment_id, except)?;
    let total = others + i64::from(draft.places);
    if total > i64::from(commitment.places) {
        return Err(FormErrors::single(
            "places",
            Msg::new("error-allocations-exceed")
                .with("available", i64::from(commitment.places) - others)
                .with("places", commitment.places),
        )
        .into());
    }
    Ok(())
}

fn city_taken(error: diesel::result::Error) -> AppError {
    if is_unique_violation(&error) {
        FormErrors::single("host_city", Msg::new("error-city-taken")).into()
    } else {
        error.into()
    }
}
