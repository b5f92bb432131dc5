//! Logins: one row per browser logged in, found by the digest of the token its cookie holds.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{LoginId, UserId};
use crate::schema::login_sessions;

/// A logged-in browser as its owner's sessions page lists it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = login_sessions)]
pub struct Login {
    pub id: LoginId,
    pub user_id: UserId,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub user_agent: String,
    pub address: String,
}

/// A login to record.
#[derive(Insertable)]
#[diesel(table_name = login_sessions)]
pub struct NewLogin<'a> {
    pub digest: &'a str,
    pub user_id: UserId,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub user_agent: &'a str,
    pub address: &'a str,
}

impl NewLogin<'_> {
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<LoginId> {
        diesel::insert_into(login_sessions::table)
            .values(self)
            .returning(login_sessions::id)
            .get_result(conn)
    }
}

impl Login {
    pub fn by_digest(conn: &mut DbConnection, digest: &str) -> QueryResult<Option<Login>> {
        login_sessions::table
            .filter(login_sessions::digest.eq(digest))
            .select(Login::as_select())
            .first(conn)
            .optional()
    }

    /// A user's logins, the most recently seen first.
    pub fn of_user(conn: &mut DbConnection, user: UserId) -> QueryResult<Vec<Login>> {
        login_sessions::table
            .filter(login_sessions::user_id.eq(user))
            .order(login_sessions::last_seen_at.desc())
            .select(Login::as_select())
            .load(conn)
    }

    pub fn touch(conn: &mut DbConnection, id: LoginId, now: NaiveDateTime) -> QueryResult<()> {
        diesel::update(login_sessions::table.find(id))
            .set(login_sessions::last_seen_at.eq(now))
            .execute(conn)
            .map(drop)
    }

    /// Ends one of `user`'s logins; how many ended (none if it is someone else's).
    pub fn end(conn: &mut DbConnection, user: UserId, id: LoginId) -> QueryResult<usize> {
        diesel::delete(
            login_sessions::table
                .filter(login_sessions::id.eq(id))
                .filter(login_sessions::user_id.eq(user)),
        )
        .execute(conn)
    }

    /// Ends everyone's logins (the secret key was replaced).
    pub fn end_everyone(conn: &mut DbConnection) -> QueryResult<usize> {
        diesel::delete(login_sessions::table).execute(conn)
    }

    /// Ends every login of `user` but `keep`.
    pub fn end_all(
        conn: &mut DbConnection,
        user: UserId,
        keep: Option<LoginId>,
    ) -> QueryResult<usize> {
        let theirs = login_sessions::table.filter(login_sessions::user_id.eq(user));
        match keep {
            Some(keep) => diesel::delete(theirs.filter(login_sessions::id.ne(keep))).execute(conn),
            None => diesel::delete(theirs).execute(conn),
        }
    }
}
