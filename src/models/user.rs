//! Accounts of organizers, coordinators and (later) trainees.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::UserId;
use crate::domain::role::Role;
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
}

impl NewUser<'_> {
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<User> {
        diesel::insert_into(users::table)
            .values(self)
            .get_result(conn)
    }
}

impl User {
    /// Whether the account may do `access` now: its role allows it and it is not disabled.
    pub fn may(&self, access: crate::domain::role::Access) -> bool {
        self.disabled_at.is_none() && self.role.allows(access)
    }

    pub fn set_role(conn: &mut DbConnection, id: UserId, role: Role) -> QueryResult<()> {
        crate::models::touched(
            diesel::update(users::table.find(id))
                .set(users::role.eq(role))
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

    /// How many organizers can log in (not disabled).
    pub fn active_organizers(conn: &mut DbConnection) -> QueryResult<i64> {
        users::table
            .filter(users::role.eq(Role::Organizer))
            .filter(users::disabled_at.is_null())
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

    /// How many accounts exist; none means the first-run page is open.
    /// Every account, by name.
    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<User>> {
        users::table
            .order((users::name, users::id))
            .select(User::as_select())
            .load(conn)
    }

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
