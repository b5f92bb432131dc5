//! Personal API tokens. Only each token's SHA-256 digest is stored; a token is found by its digest.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{ApiTokenId, UserId};
use crate::models::user::User;
use crate::schema::{api_tokens, users};

/// A token as its owner's page lists it (never the token itself).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: ApiTokenId,
    pub name: String,
    /// The token's last characters, to tell tokens apart.
    pub hint: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

impl ApiToken {
    pub fn insert(
        conn: &mut DbConnection,
        user: UserId,
        name: &str,
        digest: &str,
        hint: &str,
        now: NaiveDateTime,
    ) -> QueryResult<ApiTokenId> {
        diesel::insert_into(api_tokens::table)
            .values((
                api_tokens::user_id.eq(user),
                api_tokens::name.eq(name),
                api_tokens::digest.eq(digest),
                api_tokens::hint.eq(hint),
                api_tokens::created_at.eq(now),
            ))
            .returning(api_tokens::id)
            .get_result(conn)
    }

    /// A user's tokens, newest first.
    pub fn of_user(conn: &mut DbConnection, user: UserId) -> QueryResult<Vec<ApiToken>> {
        api_tokens::table
            .filter(api_tokens::user_id.eq(user))
            .order(api_tokens::id.desc())
            .select(ApiToken::as_select())
            .load(conn)
    }

    /// Revokes one of `user`'s tokens; how many were revoked (none if it is someone else's or already
    /// revoked).
    pub fn revoke(
        conn: &mut DbConnection,
        user: UserId,
        id: ApiTokenId,
        now: NaiveDateTime,
    ) -> QueryResult<usize> {
        diesel::update(
            api_tokens::table
                .filter(api_tokens::id.eq(id))
                .filter(api_tokens::user_id.eq(user))
                .filter(api_tokens::revoked_at.is_null()),
        )
        .set(api_tokens::revoked_at.eq(now))
        .execute(conn)
    }

    /// The token with this digest, if it is not revoked, with when it was last used and its owner.
    pub fn active(
        conn: &mut DbConnection,
        digest: &str,
    ) -> QueryResult<Option<(ApiTokenId, Option<NaiveDateTime>, User)>> {
        api_tokens::table
            .inner_join(users::table)
            .filter(api_tokens::digest.eq(digest))
            .filter(api_tokens::revoked_at.is_null())
            .select((api_tokens::id, api_tokens::last_used_at, User::as_select()))
            .first(conn)
            .optional()
    }

    pub fn used(conn: &mut DbConnection, id: ApiTokenId, now: NaiveDateTime) -> QueryResult<()> {
        diesel::update(api_tokens::table.find(id))
            .set(api_tokens::last_used_at.eq(now))
            .execute(conn)
            .map(drop)
    }
}
