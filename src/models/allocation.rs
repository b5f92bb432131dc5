//! Allocations: one host city's share of a commitment, with optional yearly targets.

use chrono::NaiveDateTime;
use diesel::dsl::sum;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{AllocationId, CommitmentId};
use crate::models::touched;
use crate::schema::{allocation_targets, allocations, commitments};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = allocations)]
pub struct Allocation {
    pub id: AllocationId,
    pub commitment_id: CommitmentId,
    pub host_city: String,
    pub places: i32,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = allocation_targets)]
pub struct AllocationTarget {
    pub allocation_id: AllocationId,
    pub year: i32,
    pub places: i32,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = allocations)]
pub struct NewAllocation<'a> {
    pub commitment_id: CommitmentId,
    pub host_city: &'a str,
    pub places: i32,
    pub created_at: NaiveDateTime,
}

impl NewAllocation<'_> {
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<AllocationId> {
        diesel::insert_into(allocations::table)
            .values(self)
            .returning(allocations::id)
            .get_result(conn)
    }
}

/// An allocation with the name of its commitment, as offered when a cohort is placed.
#[derive(Debug, Clone, Queryable)]
pub struct AllocationChoice {
    pub id: AllocationId,
    pub host_city: String,
    pub commitment_id: CommitmentId,
    pub commitment_name: String,
}

impl Allocation {
    pub fn find(conn: &mut DbConnection, id: AllocationId) -> QueryResult<Allocation> {
        allocations::table
            .find(id)
            .select(Allocation::as_select())
            .first(conn)
    }

    pub fn list_for_commitment(
        conn: &mut DbConnection,
        commitment_id: CommitmentId,
    ) -> QueryResult<Vec<Allocation>> {
        allocations::table
            .filter(allocations::commitment_id.eq(commitment_id))
            .order(allocations::host_city)
            .select(Allocation::as_select())
            .load(conn)
    }

    /// Every allocation of a commitment that is not archived, for the cohort form's choice; `keep` is
    /// included even if its commitment is archived (the cohort being edited already uses it).
    pub fn choices(
        conn: &mut DbConnection,
        keep: Option<AllocationId>,
    ) -> QueryResult<Vec<AllocationChoice>> {
        let keep = keep.unwrap_or(AllocationId(0));
        allocations::table
            .inner_join(commitments::table)
            .filter(
                commitments::archived_at
                    .is_null()
                    .or(allocations::id.eq(keep)),
            )
            .order((commitments::starts_on.desc(), allocations::host_city))
            .select((
                allocations::id,
                allocations::host_city,
                commitments::id,
                commitments::name,
            ))
            .load(conn)
    }

    /// The places of all allocations of a commitment, leaving out `except` (the one being edited).
    pub fn allocated_places(
        conn: &mut DbConnection,
        commitment_id: CommitmentId,
        except: Option<AllocationId>,
    ) -> QueryResult<i64> {
        let total: Option<i64> = allocations::table
            .filter(allocations::commitment_id.eq(commitment_id))
            .filter(allocations::id.ne(except.unwrap_or(AllocationId(0))))
            .select(sum(allocations::places))
            .first(conn)?;
        Ok(total.unwrap_or(0))
    }

    pub fn update(
        conn: &mut DbConnection,
        id: AllocationId,
        host_city: &str,
        places: i32,
    ) -> QueryResult<()> {
        diesel::update(allocations::table.find(id))
            .set((
                allocations::host_city.eq(host_city),
                allocations::places.eq(places),
            ))
            .execute(conn)
            .map(drop)
    }

    /// Takes the row's write lock for the rest of the transaction (see `Commitment::lock`).
    pub fn lock(conn: &mut DbConnection, id: AllocationId) -> QueryResult<()> {
        touched(
            diesel::update(allocations::table.find(id))
                .set(allocations::id.eq(allocations::id))
                .execute(conn)?,
        )
    }

    /// The yearly targets of the given allocations.
    pub fn targets(
        conn: &mut DbConnection,
        ids: &[AllocationId],
    ) -> QueryResult<Vec<AllocationTarget>> {
        allocation_targets::table
            .filter(allocation_targets::allocation_id.eq_any(ids))
            .order((allocation_targets::allocation_id, allocation_targets::year))
            .select(AllocationTarget::as_select())
            .load(conn)
    }

    /// Replaces the yearly targets of an allocation.
    pub fn set_targets(
        conn: &mut DbConnection,
        id: AllocationId,
        targets: &[(i32, i32)],
    ) -> QueryResult<()> {
        diesel::delete(allocation_targets::table.filter(allocation_targets::allocation_id.eq(id)))
            .execute(conn)?;
        for (year, places) in targets {
            diesel::insert_into(allocation_targets::table)
                .values((
                    allocation_targets::allocation_id.eq(id),
                    allocation_targets::year.eq(year),
                    allocation_targets::places.eq(places),
                ))
                .execute(conn)?;
        }
        Ok(())
    }
}
