//! Personal API tokens: created by coordinators and organizers for their own tools, shown once, stored as
//! a SHA-256 digest, revoked by their owner. A token reads what its owner may read, and nothing changes
//! through the API.

use chrono::{Duration, NaiveDateTime};
use rand::RngCore;

use crate::db::DbConnection;
use crate::domain::audit::{AuditAction, AuditObject};
use crate::domain::ids::{ApiTokenId, UserId, hex};
use crate::domain::input::{NAME_MAX, required_text};
use crate::domain::login::digest;
use crate::domain::role::Access;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::models::api_token::ApiToken;
use crate::models::user::User;
use crate::services::audit::{self, Subject};

/// What every token starts with, so that it is recognised in a configuration file or a leak scanner.
pub const PREFIX: &str = "cdk_";
/// Random bytes in a token: 160 bits.
const TOKEN_BYTES: usize = 20;
/// How often a token's "last used" time is written (not on every request).
const USE_RECORDED_EVERY: Duration = Duration::minutes(1);

/// Creates a token named `name` for `user`; returns it (the only time it is seen in full).
pub fn create(
    conn: &mut DbConnection,
    user: UserId,
    name: &str,
    now: NaiveDateTime,
) -> AppResult<(ApiTokenId, String)> {
    let name = required_text(name, NAME_MAX).map_err(|msg| FormErrors::single("name", msg))?;
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    let token = format!("{PREFIX}{}", hex(&bytes));
    let hint = format!("…{}", &token[token.len() - 4..]);
    let id = ApiToken::insert(conn, user, &name, &digest(&token), &hint, now)?;
    token_event(conn, AuditAction::TokenCreated, id, &name, &hint, now)?;
    Ok((id, token))
}

/// Revokes one of `user`'s own tokens; another user's token, or one already revoked, is not found.
pub fn revoke(
    conn: &mut DbConnection,
    user: UserId,
    id: ApiTokenId,
    now: NaiveDateTime,
) -> AppResult<()> {
    let token = ApiToken::of_user(conn, user)?
        .into_iter()
        .find(|t| t.id == id && t.revoked_at.is_none())
        .ok_or(AppError::NotFound)?;
    ApiToken::revoke(conn, user, id, now)?;
    token_event(
        conn,
        AuditAction::TokenRevoked,
        id,
        &token.name,
        &token.hint,
        now,
    )?;
    Ok(())
}

/// A token's creation or revocation in the audit log: its name and last characters, never the token.
fn token_event(
    conn: &mut DbConnection,
    action: AuditAction,
    id: ApiTokenId,
    name: &str,
    hint: &str,
    now: NaiveDateTime,
) -> AppResult<()> {
    let subject = Subject {
        object: AuditObject::ApiToken,
        id: id.0,
        cohort: None,
        label: format!("{name} ({hint})"),
    };
    audit::event(conn, now, action, &subject, Vec::new())?;
    Ok(())
}

/// The owner of `token` if it is a live token and the owner may read the reports.
pub fn authenticate(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> AppResult<Option<User>> {
    if !token.starts_with(PREFIX) || token.len() != PREFIX.len() + TOKEN_BYTES * 2 {
        return Ok(None);
    }
    let Some((id, last_used, user)) = ApiToken::active(conn, &digest(token))? else {
        return Ok(None);
    };
    if !user.may(Access::ReadCourses) {
        return Ok(None);
    }
    if last_used.is_none_or(|at| now - at >= USE_RECORDED_EVERY) {
        ApiToken::used(conn, id, now)?;
    }
    Ok(Some(user))
}
