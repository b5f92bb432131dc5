//! Vehicles: a cohort's own buses, or shared ones any cohort may book.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::ids::{CohortId, VehicleId};
use crate::domain::resources::VehicleDraft;
use crate::models::resource_queries;
use crate::schema::vehicles;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = vehicles)]
pub struct Vehicle {
    pub id: VehicleId,
    /// The cohort whose vehicle it is; `None` for a shared one.
    pub cohort_id: Option<CohortId>,
    pub name: String,
    pub seats: i32,
    pub driver_contact: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = vehicles, treat_none_as_null = true)]
pub struct VehicleFields<'a> {
    pub cohort_id: Option<CohortId>,
    pub name: &'a str,
    pub seats: i32,
    pub driver_contact: &'a str,
}

impl<'a> VehicleFields<'a> {
    /// `cohort` is the cohort the vehicle was added from (it stays that cohort's unless shared).
    pub fn from_draft(draft: &'a VehicleDraft, cohort: CohortId) -> Self {
        Self {
            cohort_id: (!draft.shared).then_some(cohort),
            name: &draft.name,
            seats: draft.seats,
            driver_contact: &draft.driver_contact,
        }
    }
}

resource_queries!(Vehicle, VehicleFields, vehicles, VehicleId);

impl Vehicle {
    /// The vehicles a cohort may book: its own and the shared ones.
    pub fn for_cohort(
        conn: &mut crate::db::DbConnection,
        cohort: CohortId,
    ) -> QueryResult<Vec<Vehicle>> {
        vehicles::table
            .filter(
                vehicles::cohort_id
                    .eq(cohort)
                    .or(vehicles::cohort_id.is_null()),
            )
            .order((vehicles::name, vehicles::id))
            .select(Vehicle::as_select())
            .load(conn)
    }
}
