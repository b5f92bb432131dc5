//! Boardings: a trainee on a bus of a site visit, going out or coming back.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::attendance::Leg;
use crate::domain::ids::{SessionId, TraineeId, UserId, VehicleId};
use crate::schema::boardings;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = boardings)]
pub struct Boarding {
    pub session_id: SessionId,
    pub trainee_id: TraineeId,
    pub leg: Leg,
    pub vehicle_id: Option<VehicleId>,
    pub boarded_by: Option<UserId>,
    pub boarded_at: NaiveDateTime,
}

impl Boarding {
    /// Who boarded, one way, at a session.
    pub fn for_leg(
        conn: &mut DbConnection,
        session: SessionId,
        leg: Leg,
    ) -> QueryResult<Vec<Boarding>> {
        boardings::table
            .filter(boardings::session_id.eq(session))
            .filter(boardings::leg.eq(leg))
            .select(Boarding::as_select())
            .load(conn)
    }

    /// Records the boarding, in place of an earlier one the same way (a trainee who changed buses).
    pub fn save(&self, conn: &mut DbConnection) -> QueryResult<()> {
        Self::remove(conn, self.session_id, self.trainee_id, self.leg)?;
        diesel::insert_into(boardings::table)
            .values(self)
            .execute(conn)
            .map(drop)
    }

    /// Takes a boarding back (ticked by mistake).
    pub fn remove(
        conn: &mut DbConnection,
        session: SessionId,
        trainee: TraineeId,
        leg: Leg,
    ) -> QueryResult<()> {
        diesel::delete(
            boardings::table
                .filter(boardings::session_id.eq(session))
                .filter(boardings::trainee_id.eq(trainee))
                .filter(boardings::leg.eq(leg)),
        )
        .execute(conn)
        .map(drop)
    }
}
