//! Accounts of organizers, coordinators and (later) trainees.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{AllocationId, CommitmentId, UserId};
use crate::domain::role::{Access, Role, Scope};
use crate::i18n::Lang;
use crate::schema::users;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub password_hash: Option<String>,
    pub language: Option<Lang>,
    pub created_at: NaiveDateTime,
    pub last_login_at: Option<NaiveDateTime>,
    /// When an organizer disabled the account (it cannot log in); `None` while it is active.
    pub disabled_at: Option<NaiveDateTime>,
    scope_commitment_id: Option<CommitmentId>,
    scope_allocation_id: Option<AllocationId>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub password_hash: Option<&'a str>,
    pub language: Option<Lang>,
    pub created_at: NaiveDateTime,
    pub scope_commitment_id: Option<CommitmentId>,
    pub scope_allocation_id: Option<AllocationId>,
}

impl NewUser<'_> {
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<User> {
        diesel::insert_into(users::table)
            .values(self)
            .get_result(conn)
    }
}

impl User {
    /// Whether the account may do `access` now: its role allows it within its scope and it is not
    /// disabled.
    pub fn may(&self, access: Access) -> bool {
        self.disabled_at.is_none() && self.role.allows_within(self.scope(), access)
    }

    /// Which courses the account sees.
    pub fn scope(&self) -> Scope {
        Scope::from_columns(self.scope_commitment_id, self.scope_allocation_id)
    }

    pub fn set_access(
        conn: &mut DbConnection,
        id: UserId,
        role: Role,
        scope: Scope,
    ) -> QueryResult<()> {
        let (commitment, allocation) = scope.columns();
        crate::models::touched(
            diesel::update(users::table.find(id))
                .set((
                    users::role.eq(role),
                    users::scope_commitment_id.eq(commitment),
                    users::scope_allocation_id.eq(allocation),
                ))
                .execute(conn)?,
        )
    }

    /// Disables the account (`Some(when)`) or enables it again (`None`).
    pub fn set_disabled(
        conn: &mut DbConnection,
        id: UserId,
        at: Option<NaiveDateTime>,
    ) -> QueryResult<()> {
        crate::models::touched(
            diesel::update(users::table.find(id))
                .set(users::disabled_at.eq(at))
                .execute(conn)?,
        )
    }

    /// How many organizers of every course can log in (not disabled, not limited to some courses).
    pub fn active_organizers(conn: &mut DbConnection) -> QueryResult<i64> {
        users::table
            .filter(users::role.eq(Role::Organizer))
            .filter(users::disabled_at.is_null())
            .filter(users::scope_commitment_id.is_null())
            .count()
            .get_result(conn)
    }

    /// Locks the accounts table's organizers for the rest of the transaction, so two organizers demoting
    /// each other at once cannot leave nobody in charge.
    pub fn lock_organizers(conn: &mut DbConnection) -> QueryResult<()> {
        diesel::update(users::table.filter(users::role.eq(Role::Organizer)))
            .set(users::role.eq(Role::Organizer))
            .execute(conn)
            .map(drop)
    }

    pub fn find(conn: &mut DbConnection, id: UserId) -> QueryResult<Option<User>> {
        users::table
            .find(id)
            .select(User::as_select())
            .first(conn)
            .optional()
    }

    pub fn find_by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<User>> {
        users::table
            .filter(users::email.eq(email))
            .select(User::as_select())
            .first(conn)
            .optional()
    }

    /// Every account, by name.
    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<User>> {
        users::table
            .order((users::name, users::id))
            .select(User::as_select())
            .load(conn)
    }

    /// How many accounts exist; none means the first-run page is open.
    pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
        users::table.count().get_result(conn)
    }

    pub fn record_login(conn: &mut DbConnection, id: UserId, at: NaiveDateTime) -> QueryResult<()> {
        diesel::update(users::table.find(id))
            .set(users::last_login_at.eq(at))
            .execute(conn)
            .map(drop)
    }

    pub fn set_language(conn: &mut DbConnection, id: UserId, lang: Lang) -> QueryResult<()> {
        diesel::update(users::table.find(id))
            .set(users::language.eq(lang))
            .execute(conn)
            .map(drop)
    }

    pub fn set_password_hash(conn: &mut DbConnection, id: UserId, hash: &str) -> QueryResult<()> {
        diesel::update(users::table.find(id))
            .set(users::password_hash.eq(hash))
            .execute(conn)
            .map(drop)
    }
}
