//! Roster files uploaded for import, kept as they came (bytes) until the organizer confirms the preview.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, ImportId, UserId};
use crate::schema::trainee_imports;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = trainee_imports)]
pub struct TraineeImport {
    pub id: ImportId,
    pub cohort_id: CohortId,
    pub created_by: Option<UserId>,
    pub file_name: String,
    pub created_at: NaiveDateTime,
    pub data: Vec<u8>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = trainee_imports)]
pub struct NewTraineeImport<'a> {
    pub cohort_id: CohortId,
    pub created_by: Option<UserId>,
    pub file_name: &'a str,
    pub created_at: NaiveDateTime,
    pub data: &'a [u8],
}

impl NewTraineeImport<'_> {
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<ImportId> {
        diesel::insert_into(trainee_imports::table)
            .values(self)
            .returning(trainee_imports::id)
            .get_result(conn)
    }
}

impl TraineeImport {
    pub fn find(conn: &mut DbConnection, cohort_id: CohortId, id: ImportId) -> QueryResult<Self> {
        trainee_imports::table
            .filter(trainee_imports::cohort_id.eq(cohort_id))
            .filter(trainee_imports::id.eq(id))
            .select(TraineeImport::as_select())
            .first(conn)
    }

    /// Removes a confirmed import, and any left unconfirmed since before `stale_before`.
    pub fn delete(
        conn: &mut DbConnection,
        id: ImportId,
        stale_before: NaiveDateTime,
    ) -> QueryResult<usize> {
        diesel::delete(
            trainee_imports::table.filter(
                trainee_imports::id
                    .eq(id)
                    .or(trainee_imports::created_at.lt(stale_before)),
            ),
        )
        .execute(conn)
    }
}
