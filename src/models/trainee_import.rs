//! Roster files uploaded for import, kept sealed until the organizer confirms the preview.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, ImportId, UserId};
use crate::domain::vault::Vault;
use crate::models::unsealable;
use crate::schema::trainee_imports;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = trainee_imports)]
pub struct TraineeImport {
    pub id: ImportId,
    pub cohort_id: CohortId,
    pub created_by: Option<UserId>,
    pub file_name: String,
    pub created_at: NaiveDateTime,
    /// The file's bytes, sealed with the server's key: read them with [`TraineeImport::file`].
    pub data: Vec<u8>,
}

#[derive(Debug)]
pub struct NewTraineeImport<'a> {
    pub cohort_id: CohortId,
    pub created_by: Option<UserId>,
    pub file_name: &'a str,
    pub created_at: NaiveDateTime,
    pub data: &'a [u8],
}

impl NewTraineeImport<'_> {
    /// Keeps the upload, its bytes sealed with `vault`.
    pub fn insert(&self, conn: &mut DbConnection, vault: &Vault) -> QueryResult<ImportId> {
        diesel::insert_into(trainee_imports::table)
            .values((
                trainee_imports::cohort_id.eq(self.cohort_id),
                trainee_imports::created_by.eq(self.created_by),
                trainee_imports::file_name.eq(self.file_name),
                trainee_imports::created_at.eq(self.created_at),
                trainee_imports::data.eq(vault.seal(self.data)),
            ))
            .returning(trainee_imports::id)
            .get_result(conn)
    }
}

impl TraineeImport {
    /// The uploaded file's bytes, opened with the key they were sealed with.
    pub fn file(&self, vault: &Vault) -> QueryResult<Vec<u8>> {
        vault.open(&self.data).map_err(unsealable)
    }

    /// Every kept upload's bytes as stored (sealed or, from before sealing, plain).
    pub fn stored_files(conn: &mut DbConnection) -> QueryResult<Vec<(ImportId, Vec<u8>)>> {
        trainee_imports::table
            .select((trainee_imports::id, trainee_imports::data))
            .load(conn)
    }

    /// Stores an upload's bytes sealed with `vault`.
    pub fn set_file(
        conn: &mut DbConnection,
        id: ImportId,
        bytes: &[u8],
        vault: &Vault,
    ) -> QueryResult<()> {
        diesel::update(trainee_imports::table.find(id))
            .set(trainee_imports::data.eq(vault.seal(bytes)))
            .execute(conn)
            .map(drop)
    }

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
