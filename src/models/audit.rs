//! The audit log's rows: written next to each change, read on objects' pages and in the log.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::audit::{AuditAction, AuditObject, FieldChange};
use crate::domain::ids::{CohortId, UserId};
use crate::schema::audit_log;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry {
    pub id: i32,
    pub at: NaiveDateTime,
    pub user_id: Option<UserId>,
    pub user_name: String,
    pub action: AuditAction,
    pub object_type: AuditObject,
    pub object_id: i32,
    pub cohort_id: Option<CohortId>,
    pub label: String,
    /// JSON: a list of `FieldChange`.
    pub changes: String,
}

impl AuditEntry {
    pub fn changes(&self) -> Vec<FieldChange> {
        serde_json::from_str(&self.changes).unwrap_or_default()
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = audit_log)]
pub struct NewEntry<'a> {
    pub at: NaiveDateTime,
    pub user_id: Option<UserId>,
    pub user_name: &'a str,
    pub action: AuditAction,
    pub object_type: AuditObject,
    pub object_id: i32,
    pub cohort_id: Option<CohortId>,
    pub label: &'a str,
    pub changes: String,
}

impl NewEntry<'_> {
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<()> {
        diesel::insert_into(audit_log::table)
            .values(self)
            .execute(conn)
            .map(drop)
    }
}

/// The entries that created or changed one object.
fn edits_of(
    object: AuditObject,
    id: i32,
) -> audit_log::BoxedQuery<'static, <DbConnection as Connection>::Backend> {
    audit_log::table
        .filter(audit_log::object_type.eq(object))
        .filter(audit_log::object_id.eq(id))
        .filter(audit_log::action.eq_any([AuditAction::Create, AuditAction::Update]))
        .into_boxed()
}

/// What the log page is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub object_type: Option<AuditObject>,
    pub cohort_id: Option<CohortId>,
    /// Only entries about these cohorts (an account limited to some courses); `None`: every entry.
    pub within: Option<Vec<CohortId>>,
    pub user_id: Option<UserId>,
    /// Any of these actions (all when empty).
    pub actions: Vec<AuditAction>,
    pub from: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
}

impl AuditEntry {
    /// Entries matching `filter`, newest first, `limit` of them after skipping `offset`.
    pub fn list(
        conn: &mut DbConnection,
        filter: &AuditFilter,
        limit: i64,
        offset: i64,
    ) -> QueryResult<Vec<AuditEntry>> {
        let mut query = audit_log::table
            .select(AuditEntry::as_select())
            .order((audit_log::at.desc(), audit_log::id.desc()))
            .into_boxed();
        if let Some(object) = filter.object_type {
            query = query.filter(audit_log::object_type.eq(object));
        }
        if let Some(cohort) = filter.cohort_id {
            query = query.filter(audit_log::cohort_id.eq(cohort));
        }
        if let Some(cohorts) = &filter.within {
            query = query.filter(audit_log::cohort_id.eq_any(cohorts.clone()));
        }
        if let Some(user) = filter.user_id {
            query = query.filter(audit_log::user_id.eq(user));
        }
        if !filter.actions.is_empty() {
            query = query.filter(audit_log::action.eq_any(filter.actions.clone()));
        }
        if let Some(from) = filter.from {
            query = query.filter(audit_log::at.ge(from));
        }
        if let Some(until) = filter.until {
            query = query.filter(audit_log::at.lt(until));
        }
        query.limit(limit).offset(offset).load(conn)
    }

    /// The version of some objects: the id of the newest entry creating or changing one of them (0 when
    /// none has any). Events about them (a login, an export) leave it as it is.
    pub fn version(conn: &mut DbConnection, objects: &[(AuditObject, i32)]) -> QueryResult<i32> {
        let mut newest = 0;
        for (object, id) in objects {
            let entry: Option<i32> = edits_of(*object, *id)
                .select(diesel::dsl::max(audit_log::id))
                .first(conn)?;
            newest = newest.max(entry.unwrap_or(0));
        }
        Ok(newest)
    }

    /// The entries creating or changing some objects after `version`, oldest first.
    pub fn edits_since(
        conn: &mut DbConnection,
        objects: &[(AuditObject, i32)],
        version: i32,
    ) -> QueryResult<Vec<AuditEntry>> {
        let mut entries = Vec::new();
        for (object, id) in objects {
            entries.extend(
                edits_of(*object, *id)
                    .filter(audit_log::id.gt(version))
                    .select(AuditEntry::as_select())
                    .load(conn)?,
            );
        }
        entries.sort_by_key(|e| e.id);
        Ok(entries)
    }

    /// The history of several objects of one kind (e.g. a trainee's enrollments), newest first.
    pub fn of_objects(
        conn: &mut DbConnection,
        object: AuditObject,
        ids: &[i32],
        limit: i64,
    ) -> QueryResult<Vec<AuditEntry>> {
        audit_log::table
            .filter(audit_log::object_type.eq(object))
            .filter(audit_log::object_id.eq_any(ids))
            .select(AuditEntry::as_select())
            .order((audit_log::at.desc(), audit_log::id.desc()))
            .limit(limit)
            .load(conn)
    }
}
