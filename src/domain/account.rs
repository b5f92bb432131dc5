//! Accounts: e-mail addresses, passwords and their hashes, a new account's details, the first-run form
//! that makes the first organizer, invitations, and the single-use links that bring a colleague in or let
//! someone choose a new password.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::{PasswordHasher, PasswordVerifier};

use chrono::Duration;
use serde::Deserialize;

use crate::domain::ids::{AllocationId, CommitmentId};
use crate::domain::input::{NAME_MAX, required_text};
use crate::domain::role::{Role, Scope};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};

/// Shortest password accepted.
pub const PASSWORD_MIN_CHARS: usize = 12;
/// Longest password accepted (hashing cost grows with length).
const PASSWORD_MAX_CHARS: usize = 256;

/// An e-mail address, trimmed and lower-cased so that the same address is never stored twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, Msg> {
        let text = raw.trim().to_lowercase();
        if text.is_empty() {
            return Err(Msg::new("error-required"));
        }
        let valid = text.len() <= 254
            && !text.chars().any(|c| c.is_whitespace() || c.is_control())
            && match text.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                }
                None => false,
            };
        if valid {
            Ok(Email(text))
        } else {
            Err(Msg::new("error-email"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password that meets the length rules.
pub struct Password(String);

impl Password {
    pub fn parse(raw: &str) -> Result<Password, Msg> {
        let chars = raw.chars().count();
        if chars < PASSWORD_MIN_CHARS {
            return Err(Msg::new("error-password-short").with("min", PASSWORD_MIN_CHARS as i64));
        }
        if chars > PASSWORD_MAX_CHARS {
            return Err(Msg::new("error-too-long").with("max", PASSWORD_MAX_CHARS as i64));
        }
        // Long is not enough: "1234567890ab" or "password1234" fall to the first guesses an attacker tries.
        if zxcvbn::zxcvbn(raw, &[]).score() < zxcvbn::Score::Three {
            return Err(Msg::new("error-password-weak"));
        }
        Ok(Password(raw.to_owned()))
    }

    /// An argon2id hash in PHC format, with a fresh salt.
    pub fn hash(&self) -> Result<String, String> {
        Argon2::default()
            .hash_password(self.0.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| e.to_string())
    }
}

/// Whether `candidate` matches the stored `hash`. Without a stored hash (an unknown account, or one that
/// cannot log in with a password) a dummy hash is checked anyway, so the answer takes the same time.
pub fn verify_password(hash: Option<&str>, candidate: &str) -> bool {
    static DUMMY: LazyLock<String> = LazyLock::new(|| {
        Password("a password nobody has".to_owned())
            .hash()
            .unwrap_or_default()
    });
    let (stored, real) = match hash {
        Some(h) => (h, true),
        None => (DUMMY.as_str(), false),
    };
    let matches = PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(candidate.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false);
    real && matches
}

/// A new account's details, already parsed.
pub struct NewAccount {
    pub name: String,
    pub email: Email,
    pub role: Role,
    pub password: Password,
    pub language: Option<Lang>,
    /// Which courses the account sees.
    pub scope: Scope,
}

/// A new password typed twice (the first-run page, an invitation, a reset, the password page).
fn new_password(errors: &mut FormErrors, password: &str, confirm: &str) -> Option<Password> {
    let parsed = errors.check("password", Password::parse(password));
    if password != confirm {
        errors.add("password_confirm", Msg::new("error-password-mismatch"));
    }
    parsed
}

/// The first-run form, which makes the first organizer.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct SetupInput {
    pub name: String,
    pub email: String,
    pub password: String,
    pub password_confirm: String,
}

impl SetupInput {
    /// The first organizer's account, who reads the interface in `lang`.
    pub fn parse(&self, lang: Lang) -> Result<NewAccount, FormErrors> {
        let mut errors = FormErrors::new();
        let name = errors.check("name", required_text(&self.name, NAME_MAX));
        let email = errors.check("email", Email::parse(&self.email));
        let password = new_password(&mut errors, &self.password, &self.password_confirm);
        let account = (|| {
            Some(NewAccount {
                name: name?,
                email: email?,
                role: Role::Organizer,
                password: password?,
                language: Some(lang),
                scope: Scope::All,
            })
        })();
        errors.finish(account)
    }
}

/// What a single-use account link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// Brings a colleague in: they choose their password and get the role they were invited with.
    Invitation,
    /// Lets someone who forgot their password choose a new one.
    Reset,
}

impl LinkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Invitation => "invitation",
            LinkKind::Reset => "reset",
        }
    }

    /// How long a link works after it is sent.
    pub fn lifetime(self) -> Duration {
        match self {
            LinkKind::Invitation => Duration::hours(72),
            LinkKind::Reset => Duration::hours(1),
        }
    }
}

/// The roles an organizer can give a colleague.
pub const STAFF_ROLES: [Role; 2] = [Role::Organizer, Role::Coordinator];

fn staff_role(text: &str) -> Result<Role, Msg> {
    Role::parse(text)
        .filter(|role| STAFF_ROLES.contains(role))
        .ok_or_else(|| Msg::new("error-choose-one"))
}

/// The invitation form: who, with which role, reading which language.
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(default)]
pub struct InviteInput {
    pub name: String,
    pub email: String,
    pub role: String,
    pub language: String,
    pub scope: String,
}

/// An invitation, parsed.
pub struct Invitation {
    pub name: String,
    pub email: Email,
    pub role: Role,
    pub language: Lang,
    pub scope: ScopeChoice,
}

/// The courses an account is limited to, as a form chooses them: `all`, `commitment-3` or `city-5` (an
/// allocation; its commitment is looked up when the choice is saved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeChoice {
    All,
    Commitment(CommitmentId),
    HostCity(AllocationId),
}

impl ScopeChoice {
    pub fn parse(text: &str) -> Result<ScopeChoice, Msg> {
        let id = |n: &str| n.parse::<i32>().ok().filter(|n| *n > 0);
        match text.trim().split_once('-') {
            None if text.trim() == "all" => Some(ScopeChoice::All),
            Some(("commitment", n)) => id(n).map(|n| ScopeChoice::Commitment(CommitmentId(n))),
            Some(("city", n)) => id(n).map(|n| ScopeChoice::HostCity(AllocationId(n))),
            _ => None,
        }
        .ok_or_else(|| Msg::new("error-choose-one"))
    }

    /// The choice a stored scope was made from.
    pub fn of(scope: Scope) -> ScopeChoice {
        match scope {
            Scope::All => ScopeChoice::All,
            Scope::Commitment(id) => ScopeChoice::Commitment(id),
            Scope::HostCity { allocation, .. } => ScopeChoice::HostCity(allocation),
        }
    }

    /// The form value (`parse` reads it back).
    pub fn value(self) -> String {
        match self {
            ScopeChoice::All => "all".to_owned(),
            ScopeChoice::Commitment(id) => format!("commitment-{id}"),
            ScopeChoice::HostCity(id) => format!("city-{id}"),
        }
    }
}

impl InviteInput {
    pub fn parse(&self) -> Result<Invitation, FormErrors> {
        let mut errors = FormErrors::new();
        let name = errors.check("name", required_text(&self.name, NAME_MAX));
        let email = errors.check("email", Email::parse(&self.email));
        let role = errors.check("role", staff_role(&self.role));
        let language = errors.check(
            "language",
            Lang::parse(&self.language).ok_or_else(|| Msg::new("error-choose-one")),
        );
        let scope = errors.check("scope", ScopeChoice::parse(&self.scope));
        let invitation = (|| {
            Some(Invitation {
                name: name?,
                email: email?,
                role: role?,
                language: language?,
                scope: scope?,
            })
        })();
        errors.finish(invitation)
    }
}

/// The form behind an invitation or reset link: the name (on an invitation) and a new password twice.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct ChoosePasswordInput {
    pub name: String,
    pub password: String,
    pub password_confirm: String,
}

impl ChoosePasswordInput {
    /// The name (required when `with_name`) and the new password.
    pub fn parse(&self, with_name: bool) -> Result<(String, Password), FormErrors> {
        let mut errors = FormErrors::new();
        let name = match with_name {
            true => errors.check("name", required_text(&self.name, NAME_MAX)),
            false => Some(String::new()),
        };
        let password = new_password(&mut errors, &self.password, &self.password_confirm);
        errors.finish(name.zip(password))
    }
}

/// The password page: the current password, and the new one twice.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct ChangePasswordInput {
    pub current: String,
    pub password: String,
    pub password_confirm: String,
}

impl ChangePasswordInput {
    pub fn parse(&self) -> Result<Password, FormErrors> {
        let mut errors = FormErrors::new();
        if self.current.is_empty() {
            errors.add("current", Msg::new("error-required"));
        }
        let password = new_password(&mut errors, &self.password, &self.password_confirm);
        errors.finish(password)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_names_a_staff_role_and_a_language() {
        let input = InviteInput {
            name: " Aigerim Nurlanovna ".into(),
            email: "Aigerim@Example.KZ".into(),
            role: "coordinator".into(),
            language: "ru".into(),
            scope: "city-7".into(),
        };
        let invitation = input.parse().ok().unwrap();
        assert_eq!(invitation.email.as_str(), "aigerim@example.kz");
        assert_eq!(invitation.role, Role::Coordinator);
        assert_eq!(invitation.language, Lang::Ru);
        assert_eq!(invitation.scope, ScopeChoice::HostCity(AllocationId(7)));
        let trainee = InviteInput {
            role: "trainee".into(),
            language: "xx".into(),
            ..input
        };
        let errors = trainee.parse().err().unwrap();
        assert!(errors.get("role").is_some() && errors.get("language").is_some());
    }

    #[test]
    fn a_scope_choice_reads_back_its_value_and_nothing_else() {
        for choice in [
            ScopeChoice::All,
            ScopeChoice::Commitment(CommitmentId(3)),
            ScopeChoice::HostCity(AllocationId(12)),
        ] {
            assert_eq!(ScopeChoice::parse(&choice.value()), Ok(choice));
        }
        for bad in [
            "",
            "every",
            "city-",
            "city-0",
            "city--4",
            "commitment-x",
            "town-3",
            "all-1",
        ] {
            assert!(ScopeChoice::parse(bad).is_err(), "{bad}");
        }
        let city = Scope::HostCity {
            commitment: CommitmentId(1),
            allocation: AllocationId(12),
        };
        assert_eq!(
            ScopeChoice::of(city),
            ScopeChoice::HostCity(AllocationId(12))
        );
    }

    #[test]
    fn a_new_password_is_typed_twice() {
        let mismatch = ChoosePasswordInput {
            name: String::new(),
            password: "correct horse battery".into(),
            password_confirm: "correct horse battery!".into(),
        };
        assert!(
            mismatch
                .parse(false)
                .err()
                .unwrap()
                .get("password_confirm")
                .is_some()
        );
        assert!(mismatch.parse(true).err().unwrap().get("name").is_some());
        let change = ChangePasswordInput {
            current: String::new(),
            password: "1234567890ab".into(),
            password_confirm: "1234567890ab".into(),
        };
        let errors = change.parse().err().unwrap();
        assert!(errors.get("current").is_some() && errors.get("password").is_some());
    }

    #[test]
    fn email_addresses_are_normalised_and_checked() {
        assert_eq!(
            Email::parse(" Wang.Li@Example.ORG ").unwrap().as_str(),
            "wang.li@example.org"
        );
        for bad in [
            "",
            "no-at-sign",
            "a@b",
            "a@@b.org",
            "two words@x.org",
            "@x.org",
            "a@x.org.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn passwords_need_twelve_characters_and_strength_and_verify_against_their_hash() {
        assert_eq!(
            Password::parse("short").err().unwrap().key,
            "error-password-short"
        );
        for weak in [
            "1234567890ab",
            "password1234",
            "qwertyuiop12",
            "aaaaaaaaaaaaaaaa",
        ] {
            assert_eq!(
                Password::parse(weak).err().unwrap().key,
                "error-password-weak",
                "{weak}"
            );
        }
        assert!(Password::parse("orange bicycle river").is_ok());
        let hash = Password::parse("пароль-для-теста").unwrap().hash().unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(Some(&hash), "пароль-для-теста"));
        assert!(!verify_password(Some(&hash), "another password"));
        assert!(!verify_password(None, "anything at all"));
    }
}
