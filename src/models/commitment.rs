//! Commitments: a promise of a number of training places over a period.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::commitment::CommitmentDraft;
use crate::domain::ids::CommitmentId;
use crate::domain::role::Scope;
use crate::models::touched;
use crate::schema::commitments;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = commitments)]
pub struct Commitment {
    pub id: CommitmentId,
    pub name: String,
    pub description: String,
    pub places: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub archived_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// The columns a commitment form sets, for both insert and update.
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = commitments)]
pub struct CommitmentFields<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub places: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub updated_at: NaiveDateTime,
}

impl<'a> CommitmentFields<'a> {
    pub fn from_draft(draft: &'a CommitmentDraft, now: NaiveDateTime) -> Self {
        Self {
            name: &draft.name,
            description: &draft.description,
            places: draft.places,
            starts_on: draft.starts_on,
            ends_on: draft.ends_on,
            updated_at: now,
        }
    }

    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<CommitmentId> {
        diesel::insert_into(commitments::table)
            .values((self, commitments::created_at.eq(self.updated_at)))
            .returning(commitments::id)
            .get_result(conn)
    }

    pub fn update(&self, conn: &mut DbConnection, id: CommitmentId) -> QueryResult<()> {
        diesel::update(commitments::table.find(id))
            .set(self)
            .execute(conn)
            .map(drop)
    }
}

impl Commitment {
    pub fn find(conn: &mut DbConnection, id: CommitmentId) -> QueryResult<Commitment> {
        commitments::table
            .find(id)
            .select(Commitment::as_select())
            .first(conn)
    }

    /// The commitments of `scope` by start date, newest first; archived ones only when asked.
    pub fn list(
        conn: &mut DbConnection,
        include_archived: bool,
        scope: Scope,
    ) -> QueryResult<Vec<Commitment>> {
        let mut query = commitments::table
            .select(Commitment::as_select())
            .order((commitments::starts_on.desc(), commitments::id.desc()))
            .into_boxed();
        if let Some(id) = scope.commitment() {
            query = query.filter(commitments::id.eq(id));
        }
        if !include_archived {
            query = query.filter(commitments::archived_at.is_null());
        }
        query.load(conn)
    }

    /// Archives (`Some(now)`) or restores (`None`) a commitment.
    pub fn set_archived(
        conn: &mut DbConnection,
        id: CommitmentId,
        archived_at: Option<NaiveDateTime>,
    ) -> QueryResult<()> {
        touched(
            diesel::update(commitments::table.find(id))
                .set(commitments::archived_at.eq(archived_at))
                .execute(conn)?,
        )
    }

    /// Takes the row's write lock for the rest of the transaction, so that checks of the sum of its
    /// allocations cannot race with another writer (a no-op update locks on both backends).
    pub fn lock(conn: &mut DbConnection, id: CommitmentId) -> QueryResult<()> {
        touched(
            diesel::update(commitments::table.find(id))
                .set(commitments::id.eq(commitments::id))
                .execute(conn)?,
        )
    }

    /// Deletes every commitment with its allocations and cohorts (used when the demo replaces data).
    pub fn delete_all(conn: &mut DbConnection) -> QueryResult<usize> {
        diesel::delete(commitments::table).execute(conn)
    }
}
