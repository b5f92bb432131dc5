//! Accounts: the first organizer, adding users, logging in (each attempt in the audit log), passwords,
//! and what organizers do to accounts: change roles and scopes, disable and enable them.

use chrono::NaiveDateTime;
use diesel::OptionalExtension;

use crate::db::DbConnection;
use crate::domain::account::{
    Email, NewAccount, Password, STAFF_ROLES, ScopeChoice, verify_password,
};
use crate::domain::audit::{AuditAction, AuditObject};
use crate::domain::ids::{LoginId, UserId};
use crate::domain::role::{Access, Role, Scope};
use crate::error::{AppError, AppResult};
use crate::form_errors::{FormErrors, WHOLE_FORM};
use crate::i18n::Msg;
use crate::models::allocation::Allocation;
use crate::models::commitment::Commitment;
use crate::models::is_unique_violation;
use crate::models::login::Login;
use crate::models::user::{NewUser, User};
use crate::services::audit::{self, Actor, Audited, Subject};

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
    let (scope_commitment_id, scope_allocation_id) = account.scope.columns();
    NewUser {
        email: account.email.as_str(),
        name: &account.name,
        role: account.role,
        password_hash: Some(&hash),
        language: account.language,
        created_at: now,
        scope_commitment_id,
        scope_allocation_id,
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

/// Where a login attempt came from, for the audit log.
pub struct Attempt<'a> {
    pub address: &'a str,
    /// The browser and system ("Firefox on Windows").
    pub device: &'a str,
}

impl Attempt<'_> {
    /// The attempt as a log entry's details.
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("audit-field-address", self.address.to_owned()),
            ("audit-field-device", self.device.to_owned()),
        ]
    }
}

/// The account with this e-mail and password, with its login time recorded; `None` if either is wrong.
/// Either way the attempt is a security event in the audit log, with its address.
pub fn authenticate(
    conn: &mut DbConnection,
    email: &str,
    password: &str,
    from: &Attempt<'_>,
    now: NaiveDateTime,
) -> AppResult<Option<User>> {
    let found = account_of(conn, email)?;
    let hash = found.as_ref().and_then(|u| u.password_hash.as_deref());
    let right = verify_password(hash, password);
    let Some(user) = found.as_ref().filter(|u| right && u.disabled_at.is_none()) else {
        login_event(
            conn,
            AuditAction::LoginFailed,
            email,
            found.as_ref(),
            from,
            now,
        )?;
        return Ok(None);
    };
    User::record_login(conn, user.id, now)?;
    audit::acting_as(Some(Actor::user(user)), || {
        audit::event(
            conn,
            now,
            AuditAction::LoggedIn,
            &user.subject(),
            from.details(),
        )
    })?;
    Ok(found)
}

/// The account an e-mail address as typed belongs to, if any.
fn account_of(conn: &mut DbConnection, email: &str) -> AppResult<Option<User>> {
    Ok(match Email::parse(email) {
        Ok(email) => User::find_by_email(conn, email.as_str())?,
        Err(_) => None,
    })
}

/// Records that logins to `email` (or from the attempt's address) now have to wait.
pub fn slowed_down(
    conn: &mut DbConnection,
    email: &str,
    from: &Attempt<'_>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let account = account_of(conn, email)?;
    login_event(
        conn,
        AuditAction::SlowedDown,
        email,
        account.as_ref(),
        from,
        now,
    )
}

/// A login event nobody logged in for: by the address, about `account` (or about the e-mail as typed,
/// when no account has it).
fn login_event(
    conn: &mut DbConnection,
    action: AuditAction,
    email: &str,
    account: Option<&User>,
    from: &Attempt<'_>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let subject = match account {
        Some(user) => user.subject(),
        None => Subject {
            object: AuditObject::User,
            id: 0,
            cohort: None,
            label: email.trim().chars().take(100).collect(),
        },
    };
    let visitor = Actor {
        id: None,
        name: from.address.to_owned(),
    };
    audit::acting_as(Some(visitor), || {
        audit::event(conn, now, action, &subject, from.details())
    })?;
    Ok(())
}

/// Sets `user`'s password and records the change (the hash's fingerprint changes in the log).
pub fn set_password(
    conn: &mut DbConnection,
    user: &User,
    password: &Password,
    now: NaiveDateTime,
) -> AppResult<()> {
    let hash = password.hash().map_err(AppError::Internal)?;
    User::set_password_hash(conn, user.id, &hash)?;
    audit::event(
        conn,
        now,
        AuditAction::PasswordChanged,
        &user.subject(),
        Vec::new(),
    )?;
    Ok(())
}

/// Changes one's own password after checking the current one; every other login of the account ends
/// (the one in `keep` stays). A wrong current password is refused on the `current` field.
pub fn change_password(
    conn: &mut DbConnection,
    user: &User,
    current: &str,
    password: &Password,
    keep: Option<LoginId>,
    now: NaiveDateTime,
) -> AppResult<usize> {
    if !verify_password(user.password_hash.as_deref(), current) {
        return Err(FormErrors::single("current", Msg::new("error-password-current")).into());
    }
    conn.write(|conn| {
        set_password(conn, user, password, now)?;
        Ok(Login::end_all(conn, user.id, keep)?)
    })
}

/// Why an organizer's change to an account was refused.
fn refuse(msg: &'static str) -> AppError {
    FormErrors::single(WHOLE_FORM, Msg::new(msg)).into()
}

/// Gives `target` another role. The last organizer who can log in keeps theirs.
/// The scope a form's choice stands for; a commitment or host city that does not exist is refused on the
/// `scope` field.
pub fn resolve_scope(conn: &mut DbConnection, choice: ScopeChoice) -> AppResult<Scope> {
    let unknown = || AppError::from(FormErrors::single("scope", Msg::new("error-choose-one")));
    match choice {
        ScopeChoice::All => Ok(Scope::All),
        ScopeChoice::Commitment(id) => match Commitment::find(conn, id).optional()? {
            Some(_) => Ok(Scope::Commitment(id)),
            None => Err(unknown()),
        },
        ScopeChoice::HostCity(id) => match Allocation::find(conn, id).optional()? {
            Some(allocation) => Ok(Scope::HostCity {
                commitment: allocation.commitment_id,
                allocation: id,
            }),
            None => Err(unknown()),
        },
    }
}

/// Gives `target` another role and scope. The last organizer of every course who can log in keeps both.
pub fn change_access(
    conn: &mut DbConnection,
    target: UserId,
    role: Role,
    scope: ScopeChoice,
    now: NaiveDateTime,
) -> AppResult<User> {
    if !STAFF_ROLES.contains(&role) {
        return Err(refuse("error-choose-one"));
    }
    conn.write(|conn| {
        let scope = resolve_scope(conn, scope)?;
        User::lock_organizers(conn)?;
        let before = User::find(conn, target)?.ok_or(AppError::NotFound)?;
        let administers = |role: Role, scope: Scope| role.allows_within(scope, Access::Administer);
        let demoted = administers(before.role, before.scope()) && !administers(role, scope);
        if demoted && before.disabled_at.is_none() && User::active_organizers(conn)? <= 1 {
            return Err(refuse("error-last-organizer"));
        }
        User::set_access(conn, target, role, scope)?;
        let after = User::find(conn, target)?.ok_or(AppError::NotFound)?;
        audit::updated(conn, now, &before, &after)?;
        Ok(after)
    })
}

/// Disables `target` (every login ends at once; it cannot log in, nor use its API tokens) or enables it
/// again. Nobody disables themselves, and the last organizer who can log in stays enabled.
pub fn set_disabled(
    conn: &mut DbConnection,
    by: UserId,
    target: UserId,
    disabled: bool,
    now: NaiveDateTime,
) -> AppResult<User> {
    if disabled && by == target {
        return Err(refuse("error-disable-yourself"));
    }
    conn.write(|conn| {
        User::lock_organizers(conn)?;
        let user = User::find(conn, target)?.ok_or(AppError::NotFound)?;
        let administers = user.role.allows_within(user.scope(), Access::Administer);
        let last = administers && User::active_organizers(conn)? <= 1;
        if disabled && user.disabled_at.is_none() && last {
            return Err(refuse("error-last-organizer"));
        }
        User::set_disabled(conn, target, disabled.then_some(now))?;
        let action = match disabled {
            true => {
                Login::end_all(conn, target, None)?;
                AuditAction::Disabled
            }
            false => AuditAction::Enabled,
        };
        audit::event(conn, now, action, &user.subject(), Vec::new())?;
        User::find(conn, target)?.ok_or(AppError::NotFound)
    })
}
