//! Single-use links by e-mail: an organizer invites a colleague (72 hours; they choose their own password
//! and get the role they were invited with), and anyone who forgot their password asks for a reset (1
//! hour; the answer is the same whether or not the address has an account). The e-mails go through the
//! outbox in the recipient's language; the database keeps only each token's digest.

use askama::Template;
use chrono::NaiveDateTime;
use rand::RngCore;

use crate::config::Settings;
use crate::db::DbConnection;
use crate::domain::account::{Email, Invitation, LinkKind, NewAccount, Password};
use crate::domain::audit::{AuditAction, AuditObject};
use crate::domain::ids::hex;
use crate::domain::login::digest;
use crate::domain::outbox::{MailKind, OutboxStatus};
use crate::domain::role::Role;
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::mail::{Content, format};
use crate::models::account_link::{AccountLink, NewAccountLink};
use crate::models::login::Login;
use crate::models::outbox::NewMessage;
use crate::models::user::User;
use crate::services::accounts;
use crate::services::audit::{self, Actor, Audited, Subject};

/// Random bytes in a link's token: 256 bits.
const TOKEN_BYTES: usize = 32;

/// Where links are sent from and how their e-mails are sealed.
#[derive(Clone, Copy)]
pub struct Sender<'a> {
    pub settings: &'a Settings,
    pub vault: &'a Vault,
}

/// Which e-mail about an account.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Letter {
    Invitation,
    Reset,
    /// Tells the owner their password changed, in case it was not them.
    PasswordChanged,
}

/// What an e-mail about an account says.
struct AccountLetter {
    lang: Lang,
    kind: Letter,
    name: String,
    link: String,
    /// Who sent an invitation.
    inviter: String,
    role: Role,
}

impl AccountLetter {
    fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// "Dear …": an account has no gender, so the Russian and Chinese greetings are the neutral ones.
    fn greeting(&self) -> String {
        self.lang.msg(
            &Msg::new("mail-greeting")
                .with("name", self.name.clone())
                .with("gender", "unknown"),
        )
    }

    fn subject(&self) -> String {
        match self.kind {
            Letter::Invitation => self
                .lang
                .msg(&Msg::new("mail-invitation-subject").with("inviter", self.inviter.clone())),
            Letter::Reset => self.t("mail-reset-subject"),
            Letter::PasswordChanged => self.t("mail-password-changed-subject"),
        }
    }

    fn body(&self) -> String {
        match self.kind {
            Letter::Invitation => self.lang.msg(
                &Msg::new("mail-invitation-body")
                    .with("inviter", self.inviter.clone())
                    .with("role", self.t(self.role.label_key())),
            ),
            Letter::Reset => self.t("mail-reset-body"),
            Letter::PasswordChanged => self.t("mail-password-changed-body"),
        }
    }

    fn action(&self) -> String {
        match self.kind {
            Letter::Invitation => self.t("mail-invitation-action"),
            Letter::Reset => self.t("mail-reset-action"),
            Letter::PasswordChanged => self.t("mail-password-changed-action"),
        }
    }

    fn after(&self) -> String {
        match self.kind {
            Letter::Invitation => self.t("mail-invitation-after"),
            Letter::Reset => self.t("mail-reset-after"),
            Letter::PasswordChanged => self.t("mail-password-changed-after"),
        }
    }
}

#[derive(Template)]
#[template(path = "emails/account_link.txt")]
struct LetterText<'a> {
    m: &'a AccountLetter,
}

#[derive(Template)]
#[template(path = "emails/account_link.html")]
struct LetterHtml<'a> {
    m: &'a AccountLetter,
}

/// Keeps a link and queues its e-mail, in the caller's transaction.
fn send_link(
    conn: &mut DbConnection,
    sender: Sender<'_>,
    link: NewAccountLink<'_>,
    letter: &AccountLetter,
    token: &str,
) -> AppResult<()> {
    link.insert(conn)?;
    let key = format!("{}:{}", link.kind, digest(token));
    queue_letter(
        conn,
        sender,
        (link.email, link.name),
        letter,
        key,
        link.created_at,
    )
}

/// Queues an e-mail about an account to `to` (address and name), sealed, due at once.
fn queue_letter(
    conn: &mut DbConnection,
    sender: Sender<'_>,
    (email, name): (&str, &str),
    letter: &AccountLetter,
    key: String,
    now: NaiveDateTime,
) -> AppResult<()> {
    let render = |t: &dyn askama::DynTemplate| {
        t.dyn_render()
            .map_err(|e| AppError::Internal(format!("mail template: {e}")))
    };
    let content = Content {
        subject: letter.subject(),
        text: render(&LetterText { m: letter })?,
        html: render(&LetterHtml { m: letter })?,
        attachments: Vec::new(),
    };
    let formatted = format(
        &sender.settings.mail.from,
        email,
        Some(name),
        &content,
        &key,
    )
    .map_err(AppError::Internal)?;
    let kind = match letter.kind {
        Letter::Invitation => MailKind::Invitation,
        Letter::Reset => MailKind::PasswordReset,
        Letter::PasswordChanged => MailKind::PasswordChanged,
    };
    NewMessage {
        idempotency_key: key,
        kind,
        cohort_id: None,
        trainee_id: None,
        recipient: formatted.recipient,
        subject: content.subject,
        message: formatted.message,
        status: OutboxStatus::Queued,
        next_attempt_at: now,
        created_at: now,
    }
    .queue(conn, sender.vault)?;
    Ok(())
}

/// Tells `user` by e-mail that their password was changed, with where to go if it was not them.
pub fn notify_password_changed(
    conn: &mut DbConnection,
    sender: Sender<'_>,
    user: &User,
    now: NaiveDateTime,
) -> AppResult<()> {
    let letter = AccountLetter {
        lang: user.language.unwrap_or_default(),
        kind: Letter::PasswordChanged,
        name: user.name.clone(),
        link: address(sender.settings, "password-reset")?,
        inviter: String::new(),
        role: user.role,
    };
    let key = format!("password-changed:{}:{}", user.id, new_token());
    queue_letter(conn, sender, (&user.email, &user.name), &letter, key, now)
}

fn new_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// The public address of `path`, e.g. `https://training.example.org/invitation/3f9a…`.
fn address(settings: &Settings, path: &str) -> AppResult<String> {
    Ok(settings
        .base_url
        .join(path)
        .map_err(|e| AppError::Internal(e.to_string()))?
        .to_string())
}

/// Invites a colleague: a link for 72 hours, replacing any earlier invitation to the same address. An
/// address that has an account already is refused on the `email` field.
pub fn invite(
    conn: &mut DbConnection,
    sender: Sender<'_>,
    invitation: &Invitation,
    by: &User,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        let email = invitation.email.as_str();
        if User::find_by_email(conn, email)?.is_some() {
            return Err(FormErrors::single("email", Msg::new("error-email-taken")).into());
        }
        let scope = accounts::resolve_scope(conn, invitation.scope)?;
        AccountLink::withdraw(conn, LinkKind::Invitation, email, now)?;
        let token = new_token();
        let kind = LinkKind::Invitation;
        let letter = AccountLetter {
            lang: invitation.language,
            kind: Letter::Invitation,
            name: invitation.name.clone(),
            link: address(sender.settings, &format!("{}/{token}", kind.as_str()))?,
            inviter: by.name.clone(),
            role: invitation.role,
        };
        let (scope_commitment_id, scope_allocation_id) = scope.columns();
        let link = NewAccountLink {
            kind: kind.as_str(),
            digest: &digest(&token),
            email,
            name: &invitation.name,
            role: invitation.role,
            language: invitation.language,
            user_id: None,
            created_by: Some(by.id),
            created_at: now,
            expires_at: now + kind.lifetime(),
            scope_commitment_id,
            scope_allocation_id,
        };
        send_link(conn, sender, link, &letter, &token)?;
        let subject = Subject {
            object: AuditObject::User,
            id: 0,
            cohort: None,
            label: format!("{} <{email}>", invitation.name),
        };
        let role = ("audit-field-role", invitation.role.as_str().to_owned());
        audit::event(conn, now, AuditAction::Invited, &subject, vec![role])?;
        Ok(())
    })
}

/// Sends a password reset link to `email` if an active account has it; says nothing either way (the
/// page answers the same), so nobody learns which addresses have accounts.
pub fn request_reset(
    conn: &mut DbConnection,
    sender: Sender<'_>,
    email: &str,
    now: NaiveDateTime,
) -> AppResult<()> {
    let Ok(email) = Email::parse(email) else {
        return Ok(());
    };
    conn.write(|conn| {
        let Some(user) = User::find_by_email(conn, email.as_str())? else {
            return Ok(());
        };
        if user.disabled_at.is_some() {
            return Ok(());
        }
        send_reset(conn, sender, &user, now)
    })
}

/// Sends `user` a link to choose a new password (asked for by them, or by an organizer for them).
pub fn send_reset(
    conn: &mut DbConnection,
    sender: Sender<'_>,
    user: &User,
    now: NaiveDateTime,
) -> AppResult<()> {
    let kind = LinkKind::Reset;
    AccountLink::withdraw(conn, kind, &user.email, now)?;
    let token = new_token();
    let letter = AccountLetter {
        lang: user.language.unwrap_or_default(),
        kind: Letter::Reset,
        name: user.name.clone(),
        link: address(sender.settings, &format!("{}/{token}", kind.as_str()))?,
        inviter: String::new(),
        role: user.role,
    };
    let link = NewAccountLink {
        kind: kind.as_str(),
        digest: &digest(&token),
        email: &user.email,
        name: &user.name,
        role: user.role,
        language: letter.lang,
        user_id: Some(user.id),
        created_by: None,
        created_at: now,
        expires_at: now + kind.lifetime(),
        scope_commitment_id: None,
        scope_allocation_id: None,
    };
    send_link(conn, sender, link, &letter, &token)?;
    audit::event(
        conn,
        now,
        AuditAction::ResetRequested,
        &user.subject(),
        Vec::new(),
    )?;
    Ok(())
}

/// The link a token opens, while it is unused and unexpired.
pub fn open(
    conn: &mut DbConnection,
    kind: LinkKind,
    token: &str,
    now: NaiveDateTime,
) -> AppResult<Option<AccountLink>> {
    Ok(AccountLink::by_digest(conn, kind, &digest(token))?
        .filter(|link| link.used_at.is_none() && link.expires_at > now))
}

/// Accepts an invitation: the account is made with the invited role and the chosen name and password.
/// `None` when the link is used, expired or unknown.
pub fn accept(
    conn: &mut DbConnection,
    token: &str,
    name: &str,
    password: Password,
    now: NaiveDateTime,
) -> AppResult<Option<User>> {
    conn.write(|conn| {
        let Some(link) = open(conn, LinkKind::Invitation, token, now)? else {
            return Ok(None);
        };
        if !AccountLink::use_up(conn, link.id, now)? {
            return Ok(None);
        }
        let email = Email::parse(&link.email).map_err(|_| AppError::NotFound)?;
        let account = NewAccount {
            name: name.to_owned(),
            email,
            role: link.role,
            password,
            language: Some(link.language),
            scope: link.scope(),
        };
        let inviter = match link.created_by {
            Some(id) => User::find(conn, id)?,
            None => None,
        };
        let user = audit::acting_as(inviter.as_ref().map(Actor::user), || {
            accounts::create(conn, &account, now)
        })?;
        Ok(Some(user))
    })
}

/// Sets a new password through a reset link, ends every login of the account and tells its owner. `None` when the link
/// is used, expired or unknown.
pub fn reset(
    conn: &mut DbConnection,
    sender: Sender<'_>,
    token: &str,
    password: &Password,
    now: NaiveDateTime,
) -> AppResult<Option<User>> {
    conn.write(|conn| {
        let Some(link) = open(conn, LinkKind::Reset, token, now)? else {
            return Ok(None);
        };
        let user = match link.user_id {
            Some(id) => User::find(conn, id)?,
            None => None,
        };
        let Some(user) = user.filter(|u| u.disabled_at.is_none()) else {
            return Ok(None);
        };
        if !AccountLink::use_up(conn, link.id, now)? {
            return Ok(None);
        }
        Login::end_all(conn, user.id, None)?;
        audit::acting_as(Some(Actor::user(&user)), || {
            accounts::set_password(conn, &user, password, now)
        })?;
        notify_password_changed(conn, sender, &user, now)?;
        Ok(Some(user))
    })
}
