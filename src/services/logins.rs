//! Logins as server-side records: started at login with a random token for the cookie (the database keeps
//! its digest), checked on each request (too idle or too old: ended), ended by logging out, from the
//! sessions page, or all at once.

use chrono::NaiveDateTime;
use rand::RngCore;

use crate::db::DbConnection;
use crate::domain::ids::{LoginId, UserId, hex};
use crate::domain::login::{digest, is_live, seen_every};
use crate::error::AppResult;
use crate::models::login::{Login, NewLogin};

/// Random bytes in a login's token: 256 bits.
const TOKEN_BYTES: usize = 32;

/// Starts a login for `user` from a browser; answers the token its cookie keeps.
pub fn start(
    conn: &mut DbConnection,
    user: UserId,
    user_agent: &str,
    address: &str,
    now: NaiveDateTime,
) -> AppResult<String> {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex(&bytes);
    let user_agent: String = user_agent.chars().take(300).collect();
    NewLogin {
        digest: &digest(&token),
        user_id: user,
        created_at: now,
        last_seen_at: now,
        user_agent: &user_agent,
        address,
    }
    .insert(conn)?;
    Ok(token)
}

/// The login a cookie's token stands for, if it still holds at `now` (one that no longer holds is ended);
/// its "last seen" is brought up to date when it is older than a minute.
pub fn check(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> AppResult<Option<Login>> {
    let Some(mut login) = Login::by_digest(conn, &digest(token))? else {
        return Ok(None);
    };
    if !is_live(login.created_at, login.last_seen_at, now) {
        Login::end(conn, login.user_id, login.id)?;
        return Ok(None);
    }
    if now - login.last_seen_at >= seen_every() {
        Login::touch(conn, login.id, now)?;
        login.last_seen_at = now;
    }
    Ok(Some(login))
}

/// Ends the login a cookie's token stands for.
pub fn end_token(conn: &mut DbConnection, token: &str) -> AppResult<()> {
    if let Some(login) = Login::by_digest(conn, &digest(token))? {
        Login::end(conn, login.user_id, login.id)?;
    }
    Ok(())
}

/// Ends one of `user`'s logins; whether it was theirs.
pub fn end(conn: &mut DbConnection, user: UserId, id: LoginId) -> AppResult<bool> {
    Ok(Login::end(conn, user, id)? > 0)
}

/// Ends every login of `user` but `keep` (the one asking); how many ended.
pub fn end_others(
    conn: &mut DbConnection,
    user: UserId,
    keep: Option<LoginId>,
) -> AppResult<usize> {
    Ok(Login::end_all(conn, user, keep)?)
}
