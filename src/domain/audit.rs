//! The audit log's vocabulary: what was done to what, and each field's value before and after.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::attendance::Mark;
use crate::domain::cohort::{CohortStatus, WorkingLanguage};
use crate::domain::ids::text_enum;
use crate::domain::resources::{LanguagePair, VenueKind};
use crate::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use crate::domain::trainee::{EnrollmentStatus, Gender};
use crate::i18n::Lang;

text_enum!(
    /// What was done.
    AuditAction {
        Create => "create", "audit-action-create",
        Update => "update", "audit-action-update",
        Delete => "delete", "audit-action-delete",
        LoggedIn => "login", "audit-action-login",
        LoginFailed => "login-failed", "audit-action-login-failed",
        SlowedDown => "slowed-down", "audit-action-slowed-down",
        PasswordChanged => "password-changed", "audit-action-password-changed",
        ResetRequested => "reset-requested", "audit-action-reset-requested",
        Invited => "invited", "audit-action-invited",
        Disabled => "disabled", "audit-action-disabled",
        Enabled => "enabled", "audit-action-enabled",
        TokenCreated => "token-created", "audit-action-token-created",
        TokenRevoked => "token-revoked", "audit-action-token-revoked",
        LinkIssued => "link-issued", "audit-action-link-issued",
        LinkRevoked => "link-revoked", "audit-action-link-revoked",
        PassportsExported => "passports-exported", "audit-action-passports-exported",
        KeyRotated => "key-rotated", "audit-action-key-rotated",
        Purged => "purged", "audit-action-purged",
    }
);

impl AuditAction {
    /// Whether this is a security event (everything but plain edits), for `/audit?action=security`.
    pub fn is_security(self) -> bool {
        !matches!(
            self,
            AuditAction::Create | AuditAction::Update | AuditAction::Delete
        )
    }

    /// The actions that are security events.
    pub fn security() -> Vec<AuditAction> {
        Self::ALL
            .iter()
            .copied()
            .filter(|a| a.is_security())
            .collect()
    }
}

text_enum!(
    /// What kind of thing it was done to.
    AuditObject {
        Commitment => "commitment", "audit-object-commitment",
        Allocation => "allocation", "audit-object-allocation",
        Cohort => "cohort", "audit-object-cohort",
        Trainee => "trainee", "audit-object-trainee",
        Enrollment => "enrollment", "audit-object-enrollment",
        Session => "session", "audit-object-session",
        Attendance => "attendance", "audit-object-attendance",
        Venue => "venue", "audit-object-venue",
        Speaker => "speaker", "audit-object-speaker",
        Interpreter => "interpreter", "audit-object-interpreter",
        Vehicle => "vehicle", "audit-object-vehicle",
        Group => "group", "audit-object-group",
        Delegation => "delegation", "audit-object-delegation",
        Duty => "duty", "audit-object-duty",
        User => "user", "audit-object-user",
        ApiToken => "api-token", "audit-object-api-token",
        Installation => "installation", "audit-object-installation",
    }
);

/// One field's value before and after (empty when it had none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// A thing's fields as the log shows them, in a fixed order: each field's translation key (its name on
/// the page) and value.
pub type Fields = Vec<(&'static str, String)>;

/// The fields that differ between `before` and `after` (a field missing on one side counts as empty).
pub fn diff(before: &Fields, after: &Fields) -> Vec<FieldChange> {
    let value = |fields: &Fields, name: &str| {
        fields
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut names: Vec<&'static str> = after.iter().map(|(name, _)| *name).collect();
    names.extend(
        before
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| !after.iter().any(|(other, _)| other == name)),
    );
    names
        .into_iter()
        .map(|name| FieldChange {
            field: name.to_owned(),
            before: value(before, name),
            after: value(after, name),
        })
        .filter(|c| c.before != c.after)
        .collect()
}

/// A field's name as a reader of `lang` reads it: a roll call's fields are trainees' names, the duty
/// contacts' are days, any other is a translation key.
pub fn field_name(object: AuditObject, field: &str, lang: Lang) -> String {
    match object {
        AuditObject::Attendance => field.to_owned(),
        AuditObject::Duty => NaiveDate::parse_from_str(field, "%Y-%m-%d")
            .map_or_else(|_| field.to_owned(), |day| lang.date(day)),
        _ => lang.t(field),
    }
}

/// A value as a reader of `lang` reads it: the stored codes of statuses, kinds, themes, genders,
/// languages and language pairs in words ("китайский → русский", not `zh-ru`); anything else as stored.
pub fn readable(object: AuditObject, field: &str, value: &str, lang: Lang) -> String {
    let key = |key: Option<&'static str>| key.map(|k| lang.t(k));
    let list = |words: Vec<String>| (!words.is_empty()).then(|| words.join(", "));
    let named = match (object, field.strip_prefix("audit-field-").unwrap_or(field)) {
        (AuditObject::Session, "kind") => {
            key(SessionKind::parse(value).map(SessionKind::label_key))
        }
        (AuditObject::Venue, "kind") => key(VenueKind::parse(value).map(VenueKind::label_key)),
        (_, "theme") => key(Theme::parse(value).map(Theme::label_key)),
        (AuditObject::Session, "status") => {
            key(SessionStatus::parse(value).map(SessionStatus::label_key))
        }
        (AuditObject::Cohort, "status") => {
            key(CohortStatus::parse(value).map(CohortStatus::label_key))
        }
        (AuditObject::Enrollment, "status") => {
            key(EnrollmentStatus::parse(value).map(EnrollmentStatus::label_key))
        }
        (AuditObject::Attendance, _) => key(Mark::parse(value).map(Mark::label_key)),
        (_, "gender") => key(Gender::parse(value).map(Gender::label_key)),
        (_, "language" | "original_lang") => Lang::parse(value).map(|l| l.native_name().to_owned()),
        (_, "languages") => list(
            value
                .split(',')
                .filter_map(WorkingLanguage::parse)
                .map(|l| lang.t(l.label_key()))
                .collect(),
        ),
        (_, "interpretation") => list(
            LanguagePair::list_from_db(value)
                .iter()
                .map(|p| p.label(lang))
                .collect(),
        ),
        _ => None,
    };
    named.unwrap_or_else(|| value.to_owned())
}

/// A passport number as the log shows it, made from its keyed digest: "passport ••••#3f9a", so one sees
/// that it changed and to what other value, and nobody can learn any of its characters.
pub fn passport_mark(digest: &str) -> String {
    format!("••••#{}", digest.get(..4).unwrap_or(digest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_kept_and_missing_ones_count_as_empty() {
        let before: Fields = vec![("name", "Old".into()), ("places", "200".into())];
        let after: Fields = vec![
            ("name", "New".into()),
            ("places", "200".into()),
            ("notes", "x".into()),
        ];
        assert_eq!(
            diff(&before, &after),
            [
                FieldChange {
                    field: "name".into(),
                    before: "Old".into(),
                    after: "New".into()
                },
                FieldChange {
                    field: "notes".into(),
                    before: String::new(),
                    after: "x".into()
                },
            ]
        );
        assert!(diff(&after, &after).is_empty());
        assert_eq!(
            diff(&before, &Vec::new()).len(),
            2,
            "a deletion empties every field"
        );
    }

    #[test]
    fn stored_codes_read_as_words_in_the_readers_language() {
        let ru = |object, field, value| readable(object, field, value, Lang::Ru);
        assert_eq!(
            ru(AuditObject::Session, "audit-field-interpretation", "zh-ru"),
            format!(
                "{} → {}",
                Lang::Ru.t("language-zh"),
                Lang::Ru.t("language-ru")
            )
        );
        assert_ne!(
            ru(AuditObject::Session, "audit-field-kind", "site_visit"),
            "site_visit"
        );
        assert_ne!(
            ru(AuditObject::Enrollment, "audit-field-status", "completed"),
            "completed"
        );
        assert_eq!(
            ru(AuditObject::Trainee, "audit-field-language", "zh"),
            "中文"
        );
        assert_eq!(
            ru(AuditObject::Cohort, "audit-field-notes", "zh-ru"),
            "zh-ru",
            "free text stays as typed"
        );
        assert_eq!(ru(AuditObject::Session, "audit-field-kind", ""), "");
    }

    #[test]
    fn passports_show_none_of_their_characters() {
        assert_eq!(passport_mark("3f9a0c77"), "••••#3f9a");
        assert_eq!(passport_mark("ab"), "••••#ab");
    }
}
