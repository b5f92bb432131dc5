//! Delegations: one country's group in a cohort, with its leader and national focal point.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, DelegationId, TraineeId};
use crate::models::{is_unique_violation, touched};
use crate::schema::delegations;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = delegations)]
pub struct Delegation {
    pub id: DelegationId,
    pub cohort_id: CohortId,
    pub country_code: String,
    pub leader_trainee_id: Option<TraineeId>,
    pub focal_name: String,
    pub focal_email: String,
    pub focal_phone: String,
}

/// What the delegation form sets.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = delegations, treat_none_as_null = true)]
pub struct DelegationFields<'a> {
    pub leader_trainee_id: Option<TraineeId>,
    pub focal_name: &'a str,
    pub focal_email: &'a str,
    pub focal_phone: &'a str,
}

impl DelegationFields<'_> {
    pub fn update(&self, conn: &mut DbConnection, id: DelegationId) -> QueryResult<()> {
        touched(
            diesel::update(delegations::table.find(id))
                .set(self)
                .execute(conn)?,
        )
    }
}

impl Delegation {
    /// The cohort's delegation for a country, created if it does not exist yet.
    pub fn ensure(
        conn: &mut DbConnection,
        cohort_id: CohortId,
        country_code: &str,
    ) -> QueryResult<DelegationId> {
        let find = |conn: &mut DbConnection| {
            delegations::table
                .filter(delegations::cohort_id.eq(cohort_id))
                .filter(delegations::country_code.eq(country_code))
                .select(delegations::id)
                .first(conn)
                .optional()
        };
        if let Some(id) = find(conn)? {
            return Ok(id);
        }
        match diesel::insert_into(delegations::table)
            .values((
                delegations::cohort_id.eq(cohort_id),
                delegations::country_code.eq(country_code),
            ))
            .returning(delegations::id)
            .get_result(conn)
        {
            Err(e) if is_unique_violation(&e) => find(conn)?.ok_or(e),
            other => other,
        }
    }

    pub fn find(
        conn: &mut DbConnection,
        cohort_id: CohortId,
        id: DelegationId,
    ) -> QueryResult<Delegation> {
        delegations::table
            .filter(delegations::cohort_id.eq(cohort_id))
            .filter(delegations::id.eq(id))
            .select(Delegation::as_select())
            .first(conn)
    }

    pub fn list_for_cohort(
        conn: &mut DbConnection,
        cohort_id: CohortId,
    ) -> QueryResult<Vec<Delegation>> {
        delegations::table
            .filter(delegations::cohort_id.eq(cohort_id))
            .order(delegations::country_code)
            .select(Delegation::as_select())
            .load(conn)
    }
}
