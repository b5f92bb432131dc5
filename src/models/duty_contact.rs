//! Duty contacts: a course's contact for a day (see `domain::duty`).

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::duty::{DutyContact, DutyRoster};
use crate::domain::ids::CohortId;
use crate::schema::duty_contacts;

#[derive(Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = duty_contacts)]
struct Row {
    cohort_id: CohortId,
    day: NaiveDate,
    name: String,
    phone: String,
}

/// A course's duty contacts.
pub fn roster(conn: &mut DbConnection, cohort_id: CohortId) -> QueryResult<DutyRoster> {
    let rows: Vec<Row> = duty_contacts::table
        .filter(duty_contacts::cohort_id.eq(cohort_id))
        .select(Row::as_select())
        .load(conn)?;
    Ok(DutyRoster::new(
        rows.into_iter()
            .map(|r| DutyContact {
                day: r.day,
                name: r.name,
                phone: r.phone,
            })
            .collect(),
    ))
}

/// Sets `day`'s own contact (`None`: the day keeps the day before's).
pub fn set(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    day: NaiveDate,
    contact: Option<&DutyContact>,
) -> QueryResult<()> {
    diesel::delete(
        duty_contacts::table
            .filter(duty_contacts::cohort_id.eq(cohort_id))
            .filter(duty_contacts::day.eq(day)),
    )
    .execute(conn)?;
    if let Some(c) = contact {
        diesel::insert_into(duty_contacts::table)
            .values(Row {
                cohort_id,
                day,
                name: c.name.clone(),
                phone: c.phone.clone(),
            })
            .execute(conn)?;
    }
    Ok(())
}
