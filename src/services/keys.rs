//! The server's secret key, which never enters the database. It comes from `COHORTDESK_SECRET_KEY`, or from
//! the key file (created with owner-only permissions on first start, beside the SQLite file by default). The
//! database keeps only the key's fingerprint, so a server started with another key refuses with one clear
//! line instead of failing to read passport numbers later. Installations from before kept the key in the
//! database: on upgrade it moves to the key file, and values stored in plain text are sealed.

use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use diesel::{Connection, QueryResult};

use crate::config::{SECRET_KEY_MIN_LEN, Settings};
use crate::db::DbConnection;
use crate::domain::audit::AuditAction;
use crate::domain::vault::{Vault, is_sealed, is_sealed_text, new_secret_key};
use crate::models::enrollment::Enrollment;
use crate::models::login::Login;
use crate::models::outbox::OutboxMessage;
use crate::models::setting::Setting;
use crate::models::trainee::Trainee;
use crate::models::trainee_import::TraineeImport;
use crate::models::{Stored, unsealable};
use crate::services::audit::{self, Subject};

/// Where installations before 0.16 kept the key.
const LEGACY_SETTING: &str = "secret_key";
const FINGERPRINT_SETTING: &str = "key_fingerprint";

/// The secret key and where it came from.
pub struct SecretKey {
    pub text: String,
    pub source: KeySource,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    Environment,
    File(PathBuf),
}

impl KeySource {
    pub fn describe(&self) -> String {
        match self {
            KeySource::Environment => "COHORTDESK_SECRET_KEY".to_owned(),
            KeySource::File(path) => {
                let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
                format!("the key file {}", shown.display())
            }
        }
    }
}

/// The secret key: from the environment, else the key file, else the one an older version kept in the
/// database (moved into a new key file), else a new one (written to a new key file). A key left in the
/// database is removed either way.
pub fn load(settings: &Settings, conn: &mut DbConnection) -> Result<SecretKey, String> {
    let legacy = Setting::get(conn, LEGACY_SETTING).map_err(|e| e.to_string())?;
    let key = match &settings.secret_key {
        Some(text) => SecretKey {
            text: text.clone(),
            source: KeySource::Environment,
        },
        None => {
            let path = &settings.key_file;
            settle_rotation(conn, path)?;
            let text = match read_key_file(path)? {
                Some(text) => text,
                None => {
                    let text = legacy.clone().unwrap_or_else(new_secret_key);
                    write_key_file(path, &text)?
                }
            };
            SecretKey {
                text,
                source: KeySource::File(path.clone()),
            }
        }
    };
    if legacy.is_some() {
        Setting::remove(conn, LEGACY_SETTING).map_err(|e| e.to_string())?;
        tracing::info!(
            "the secret key is no longer kept in the database; it is in {}",
            key.source.describe()
        );
    }
    Ok(key)
}

/// The fingerprint of the key this installation holds and where it is, without making one: `None` when
/// there is neither `COHORTDESK_SECRET_KEY` nor a key file.
pub fn present(settings: &Settings) -> Result<Option<(String, KeySource)>, String> {
    let (text, source) = match &settings.secret_key {
        Some(text) => (text.clone(), KeySource::Environment),
        None => match read_key_file(&settings.key_file)? {
            Some(text) => (text, KeySource::File(settings.key_file.clone())),
            None => return Ok(None),
        },
    };
    Ok(Some((
        Vault::of_secret(&text).fingerprint().to_owned(),
        source,
    )))
}

/// The key file's text, or `None` when there is no file yet. A file others can read is made owner-only.
fn read_key_file(path: &Path) -> Result<Option<String>, String> {
    let shown = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text.trim().to_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read the key file {shown}: {e}")),
    };
    if text.len() < SECRET_KEY_MIN_LEN {
        return Err(format!(
            "the key file {shown} holds {} characters; a key has at least {SECRET_KEY_MIN_LEN}",
            text.len()
        ));
    }
    let mode = std::fs::metadata(path)
        .map_err(|e| format!("{shown}: {e}"))?
        .permissions()
        .mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| format!("the key file {shown} is readable by others ({e})"))?;
        tracing::warn!("the key file {shown} was readable by others; it is now owner-only");
    }
    Ok(Some(text))
}

/// Writes a new key file readable only by its owner. When another process wrote one first, that one is
/// kept and returned.
fn write_key_file(path: &Path, text: &str) -> Result<String, String> {
    let shown = path.display();
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path);
    match file {
        Ok(mut file) => {
            file.write_all(format!("{text}\n").as_bytes())
                .and_then(|()| file.sync_all())
                .map_err(|e| format!("cannot write the key file {shown}: {e}"))?;
            tracing::info!(
                "created the key file {shown}: keep a copy somewhere safe, apart from the backups of the database"
            );
            Ok(text.to_owned())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_key_file(path)?
            .ok_or_else(|| format!("the key file {shown} vanished while it was being created")),
        Err(e) => Err(format!("cannot create the key file {shown}: {e}")),
    }
}

/// Refuses a key other than the one this database was sealed with; a new database takes this one.
pub fn check_fingerprint(
    conn: &mut DbConnection,
    vault: &Vault,
    source: &KeySource,
) -> Result<(), String> {
    let kept = Setting::get_or_insert(conn, FINGERPRINT_SETTING, vault.fingerprint())
        .map_err(|e| e.to_string())?;
    if kept == vault.fingerprint() {
        return Ok(());
    }
    Err(format!(
        "this database was sealed with the secret key {kept}, but {} holds the key {}: \
         start with the key this database belongs to",
        source.describe(),
        vault.fingerprint()
    ))
}

/// The fingerprint of the key this database is sealed with.
pub fn fingerprint(conn: &mut DbConnection) -> QueryResult<Option<String>> {
    Setting::get(conn, FINGERPRINT_SETTING)
}

/// Which stored secrets this version seals. Raise it with every newly sealed column: the next start then
/// seals the values that column held in plain text, once (every later start skips the scan).
const SEALED_LEVEL: &str = "1";
const SEALED_SETTING: &str = "sealed_level";

/// Seals what an older version stored in plain text — passport numbers, personal-link tokens, queued
/// e-mails and uploaded roster files — unless this database is already at `SEALED_LEVEL`. Returns how many
/// values were sealed.
pub fn seal_plain_values(conn: &mut DbConnection, vault: &Vault) -> QueryResult<usize> {
    conn.transaction(|conn| {
        if Setting::get(conn, SEALED_SETTING)?.as_deref() == Some(SEALED_LEVEL) {
            return Ok(0);
        }
        let sealed = reseal(conn, vault, vault, Stored::Plain)?;
        Setting::set(conn, SEALED_SETTING, SEALED_LEVEL)?;
        Ok(sealed)
    })
}

/// What replacing the key did.
pub struct Rotated {
    /// Values re-sealed under the new key.
    pub resealed: usize,
    /// Logins ended (every cookie was signed with the old key).
    pub logins_ended: usize,
    pub fingerprint: String,
}

/// Replaces the secret key with `new_text`: every sealed value is re-sealed and the new fingerprint
/// recorded in one transaction, everyone's logins end, and — when the key lives in a file — the new key
/// is written beside it first (`….key.new`) and moved over the old one once the database is committed,
/// so an interruption at any point leaves a key that opens the database (see [`load`]). Badge codes and
/// check-in codes are made from the key, so they change with it.
pub fn rotate(
    conn: &mut DbConnection,
    current: &SecretKey,
    new_text: &str,
    now: NaiveDateTime,
) -> Result<Rotated, String> {
    if new_text.len() < SECRET_KEY_MIN_LEN {
        return Err(format!(
            "the new key must be at least {SECRET_KEY_MIN_LEN} characters long"
        ));
    }
    let (old, new) = (Vault::of_secret(&current.text), Vault::of_secret(new_text));
    if old.fingerprint() == new.fingerprint() {
        return Err("the new key is the key in use".to_owned());
    }
    if let KeySource::File(path) = &current.source {
        let pending = pending_key_file(path);
        let _ = std::fs::remove_file(&pending);
        write_key_file(&pending, new_text)?;
    }
    let db = |e: diesel::result::Error| e.to_string();
    let (resealed, logins_ended) = conn
        .transaction(|conn| {
            let resealed = reseal(conn, &old, &new, Stored::All)?;
            Setting::set(conn, FINGERPRINT_SETTING, new.fingerprint())?;
            let logins_ended = Login::end_everyone(conn)?;
            audit::event(
                conn,
                now,
                AuditAction::KeyRotated,
                &Subject::installation(),
                vec![(
                    "audit-field-key",
                    format!("{} → {}", old.fingerprint(), new.fingerprint()),
                )],
            )?;
            Ok((resealed, logins_ended))
        })
        .map_err(db)?;
    if let KeySource::File(path) = &current.source {
        std::fs::rename(pending_key_file(path), path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(Rotated {
        resealed,
        logins_ended,
        fingerprint: new.fingerprint().to_owned(),
    })
}

/// Where a rotation writes the new key before the database takes it.
fn pending_key_file(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".new");
    PathBuf::from(name)
}

/// Finishes or forgets a rotation that was interrupted: a pending key the database was already re-sealed
/// with replaces the key file; one it was not is removed.
fn settle_rotation(conn: &mut DbConnection, path: &Path) -> Result<(), String> {
    let pending = pending_key_file(path);
    let Some(text) = read_key_file(&pending)? else {
        return Ok(());
    };
    let kept = fingerprint(conn).map_err(|e| e.to_string())?;
    if kept.as_deref() == Some(Vault::of_secret(&text).fingerprint()) {
        std::fs::rename(&pending, path).map_err(|e| format!("{}: {e}", path.display()))?;
        tracing::warn!(
            "finished an interrupted key rotation: {} holds the new key",
            path.display()
        );
    } else {
        std::fs::remove_file(&pending).map_err(|e| format!("{}: {e}", pending.display()))?;
        tracing::warn!(
            "removed {}: a key rotation that never reached the database",
            pending.display()
        );
    }
    Ok(())
}

/// Opens each stored secret with `old` (or takes it as it is, when stored before sealing began) and
/// seals it with `new`.
fn reseal(conn: &mut DbConnection, old: &Vault, new: &Vault, which: Stored) -> QueryResult<usize> {
    let text = |value: &str| match is_sealed_text(value) {
        true => old.open_text(value).map_err(unsealable),
        false => Ok(value.to_owned()),
    };
    let mut count = 0;
    for (id, value) in Trainee::stored_passports(conn, which)? {
        Trainee::set_passport(conn, id, &text(&value)?, new)?;
        count += 1;
    }
    for (id, value) in Enrollment::stored_tokens(conn, which)? {
        Enrollment::set_itinerary_token(conn, id, Some(&text(&value)?), new)?;
        count += 1;
    }
    for (id, value) in OutboxMessage::stored_messages(conn, which)? {
        OutboxMessage::set_message(conn, id, &text(&value)?, new)?;
        count += 1;
    }
    for (id, bytes) in TraineeImport::stored_files(conn)? {
        let plain = match is_sealed(&bytes) {
            true if which == Stored::Plain => continue,
            true => old.open(&bytes).map_err(unsealable)?,
            false => bytes,
        };
        TraineeImport::set_file(conn, id, &plain, new)?;
        count += 1;
    }
    Ok(count)
}
