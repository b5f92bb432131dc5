//! Accounts: the first organizer, adding users, logging in, language preference.

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::account::{Email, NewAccount, verify_password};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::is_unique_violation;
use crate::models::user::{NewUser, User};
use crate::services::audit;

/// Whether nobody has an account yet (the first-run page is open).
pub fn needs_setup(conn: &mut DbConnection) -> AppResult<bool> {
    Ok(User::count(conn)? == 0)
}

/// Creates an account; an e-mail address already in use is reported on the `email` field.
pub fn create(
    conn: &mut DbConnection,
    account: &NewAccount,
    now: NaiveDateTime,
) -> AppResult<User> {
    let hash = account.password.hash().map_err(AppError::Internal)?;
    NewUser {
        email: account.email.as_str(),
        name: &account.name,
        role: account.role,
        password_hash: Some(&hash),
        language: account.language,
        created_at: now,
    }
    .insert(conn)
    .map_err(|e| {
        if is_unique_violation(&e) {
            AppError::from(FormErrors::single("email", Msg::new("error-email-taken")))
        } else {
            e.into()
        }
    })
    .and_then(|user| {
        audit::created(conn, now, &user)?;
        Ok(user)
    })
}

/// Creates the first organizer, only while no account exists at all.
pub fn create_first_organizer(
    conn: &mut DbConnection,
    account: &NewAccount,
    now: NaiveDateTime,
) -> AppResult<User> {
    conn.write(|conn| {
        if !needs_setup(conn)? {
            return Err(AppError::NotFound);
        }
        create(conn, account, now)
    })
}

/// The account with this e-mail and password, with its login time recorded; `None` if either is wrong.
pub fn authenticate(
    conn: &mut DbConnection,
    email: &str,
    password: &str,
    now: NaiveDateTime,
) -> AppResult<Option<User>> {
    let user = match Email::parse(email) {
        Ok(email) => User::find_by_email(conn, email.as_str())?,
        Err(_) => None,
    };
    let hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
    if !verify_password(hash, password) {
        return Ok(None);
    }
    let Some(user) = user else { return Ok(None) };
    User::record_login(conn, user.id, now)?;
    Ok(Some(user))
}
