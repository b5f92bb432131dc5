//! Settings, read from the environment (and from a `.env` file in the working directory, if present).
//!
//! | Variable | Default | Meaning |
//! |---|---|---|
//! | `DATABASE_URL` | `sqlite://cohortdesk.db` | `sqlite://PATH` (a file, created if missing) or `postgres://USER:PASSWORD@HOST/DB` |
//! | `COHORTDESK_BIND` | `127.0.0.1:8080` | address and port the web server listens on |
//! | `COHORTDESK_BASE_URL` | `http://` + the bind address | public address, used in links sent out; `https://` marks the session cookie `Secure` |
//! | `COHORTDESK_SECRET_KEY` | read from the key file | at least 64 characters; signs cookies, seals passport numbers and personal links, makes badge codes |
//! | `COHORTDESK_KEY_FILE` | beside the SQLite file (`cohortdesk.db.key`); `cohortdesk.key` for PostgreSQL | where the secret key is kept when `COHORTDESK_SECRET_KEY` is unset; created (owner-only) on first start |
//! | `SMTP_URL` | unset: mail is written as `.eml` files | `smtp://USER:PASSWORD@HOST:587` (STARTTLS) or `smtps://…:465` |
//! | `MAIL_FROM` | `cohortdesk <noreply@localhost>` | sender of every e-mail |
//! | `COHORTDESK_MAIL_DIR` | `mail` | folder for `.eml` files when `SMTP_URL` is unset |
//! | `COHORTDESK_FILES_DIR` | `files` | folder for uploaded files (case-study materials) |
//! | `COHORTDESK_PASSPORT_RETENTION_DAYS` | `90` | days after a trainee's last course ends that their passport number and expiry are kept; then `serve` (daily) or `purge-expired` erases them |
//! | `COHORTDESK_BACKUP_DIR` | unset: no automatic backup | folder where `serve` writes a backup a day (`cohortdesk-DATE.tar`, as `cohortdesk backup` does) |
//! | `COHORTDESK_BACKUPS_KEPT` | `7` | how many of those daily backups are kept (the oldest go) |
//! | `COHORTDESK_TRUSTED_PROXIES` | none | the reverse proxies in front (`10.0.0.5, 127.0.0.1, 192.168.0.0/16`): only a request from one of these is believed about the visitor's address (`X-Forwarded-For`, `Forwarded`) |
//! | `RUST_LOG` | `info` | log filter, e.g. `cohortdesk=debug` |
//!
//! A bad value stops start-up with one line naming the variable.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use crate::db::DatabaseUrl;

/// The minimum length of `COHORTDESK_SECRET_KEY` (actix-web's cookie key needs 64 bytes).
pub const SECRET_KEY_MIN_LEN: usize = 64;

#[derive(Debug, Clone)]
pub struct Settings {
    pub database: DatabaseUrl,
    pub bind: SocketAddr,
    pub base_url: url::Url,
    /// Whether `COHORTDESK_BASE_URL` was given (else the base URL follows the address listened on).
    pub base_url_is_set: bool,
    pub secret_key: Option<String>,
    /// Where the secret key is kept when `secret_key` is not given.
    pub key_file: PathBuf,
    pub mail: MailSettings,
    /// Where uploaded files are kept.
    pub files_dir: PathBuf,
    /// The right-hand part of every calendar event's UID. Not from the environment: generated once per
    /// database and kept there (by `startup::prepare`), so that changing `COHORTDESK_BASE_URL` never
    /// duplicates events in subscribed calendars.
    pub calendar_uid_domain: String,
    /// The reverse proxies whose word on the visitor's address is taken.
    pub trusted_proxies: Vec<Network>,
    /// Days passport data is kept after a trainee's last course.
    pub passport_retention_days: u32,
    /// Where `serve` writes a backup a day, if anywhere.
    pub backup_dir: Option<PathBuf>,
    /// How many daily backups are kept.
    pub backups_kept: usize,
}

/// An address, or a range of them (`192.168.0.0/16`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    addr: IpAddr,
    prefix: u8,
}

impl Network {
    pub fn parse(text: &str) -> Option<Network> {
        let (addr, prefix) = match text.trim().split_once('/') {
            Some((addr, prefix)) => (
                addr.parse::<IpAddr>().ok()?,
                Some(prefix.parse::<u8>().ok()?),
            ),
            None => (text.trim().parse::<IpAddr>().ok()?, None),
        };
        let bits = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(bits);
        (prefix <= bits).then_some(Network { addr, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let masked = |bits: u128, width: u32| match self.prefix {
            0 => 0,
            p => bits >> (width - u32::from(p)),
        };
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                masked(u32::from(net).into(), 32) == masked(u32::from(ip).into(), 32)
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                masked(u128::from(net), 128) == masked(u128::from(ip), 128)
            }
            _ => false,
        }
    }
}

/// Where outgoing mail goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    pub from: String,
    pub transport: MailTransport,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailTransport {
    /// Each message is written as an `.eml` file into this folder.
    Files(PathBuf),
    /// Messages are sent to this SMTP server.
    Smtp(url::Url),
}

impl MailSettings {
    /// Where mail goes, for the start-up log (without any password).
    pub fn describe(&self) -> String {
        match &self.transport {
            MailTransport::Files(dir) => {
                let shown = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
                format!(".eml files in {}", shown.display())
            }
            MailTransport::Smtp(url) => {
                let host = url.host_str().unwrap_or_default();
                match url.port() {
                    Some(port) => format!("SMTP {}://{host}:{port}", url.scheme()),
                    None => format!("SMTP {}://{host}", url.scheme()),
                }
            }
        }
    }
}

/// A setting that could not be used: which variable, and why.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {reason}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub reason: String,
}

fn invalid(variable: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        reason: reason.into(),
    }
}

impl Settings {
    /// Reads `.env` (if any) and then the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(e) if e.not_found() => {}
            Err(e) => return Err(invalid(".env", e.to_string())),
        }
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Builds settings from any source of variables (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let database_url =
            get("DATABASE_URL").unwrap_or_else(|| "sqlite://cohortdesk.db".to_owned());
        let database =
            DatabaseUrl::parse(&database_url).map_err(|reason| invalid("DATABASE_URL", reason))?;

        let bind_text = get("COHORTDESK_BIND").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let bind: SocketAddr = bind_text.trim().parse().map_err(|_| {
            invalid(
                "COHORTDESK_BIND",
                format!("{bind_text:?} is not an address and port such as 127.0.0.1:8080"),
            )
        })?;

        let base_url_text = get("COHORTDESK_BASE_URL");
        let base_url = match &base_url_text {
            Some(text) => parse_base_url(text)?,
            None => parse_base_url(&format!("http://{bind}"))?,
        };

        let secret_key = get("COHORTDESK_SECRET_KEY");
        if let Some(key) = &secret_key
            && key.len() < SECRET_KEY_MIN_LEN
        {
            return Err(invalid(
                "COHORTDESK_SECRET_KEY",
                format!(
                    "must be at least {SECRET_KEY_MIN_LEN} characters long (it has {})",
                    key.len()
                ),
            ));
        }

        let from = get("MAIL_FROM").unwrap_or_else(|| "cohortdesk <noreply@localhost>".to_owned());
        if !from.contains('@') {
            return Err(invalid(
                "MAIL_FROM",
                format!("{from:?} has no e-mail address"),
            ));
        }
        let transport = match get("SMTP_URL") {
            Some(text) => {
                let url = url::Url::parse(text.trim())
                    .map_err(|e| invalid("SMTP_URL", format!("not a URL ({e})")))?;
                if !matches!(url.scheme(), "smtp" | "smtps") || url.host_str().is_none() {
                    return Err(invalid(
                        "SMTP_URL",
                        "use smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT (TLS)",
                    ));
                }
                MailTransport::Smtp(url)
            }
            None => MailTransport::Files(PathBuf::from(
                get("COHORTDESK_MAIL_DIR").unwrap_or_else(|| "mail".to_owned()),
            )),
        };

        let trusted_proxies = get("COHORTDESK_TRUSTED_PROXIES")
            .unwrap_or_default()
            .split(',')
            .filter(|part| !part.trim().is_empty())
            .map(|part| {
                Network::parse(part).ok_or_else(|| {
                    invalid(
                        "COHORTDESK_TRUSTED_PROXIES",
                        format!(
                            "{:?} is not an address such as 10.0.0.5 or 10.0.0.0/8",
                            part.trim()
                        ),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;

        let passport_retention_days = match get("COHORTDESK_PASSPORT_RETENTION_DAYS") {
            Some(text) => text.trim().parse().map_err(|_| {
                invalid(
                    "COHORTDESK_PASSPORT_RETENTION_DAYS",
                    format!("{text:?} is not a number of days such as 90"),
                )
            })?,
            None => 90,
        };
        let backups_kept = match get("COHORTDESK_BACKUPS_KEPT") {
            Some(text) => match text.trim().parse::<usize>() {
                Ok(kept) if kept > 0 => kept,
                _ => {
                    return Err(invalid(
                        "COHORTDESK_BACKUPS_KEPT",
                        format!("{text:?} is not a number of backups such as 7"),
                    ));
                }
            },
            None => 7,
        };
        let key_file = get("COHORTDESK_KEY_FILE")
            .map(PathBuf::from)
            .unwrap_or_else(|| database.default_key_file());
        Ok(Settings {
            trusted_proxies,
            passport_retention_days,
            backup_dir: get("COHORTDESK_BACKUP_DIR").map(PathBuf::from),
            backups_kept,
            database,
            bind,
            base_url,
            base_url_is_set: base_url_text.is_some(),
            secret_key,
            key_file,
            mail: MailSettings { from, transport },
            files_dir: PathBuf::from(
                get("COHORTDESK_FILES_DIR").unwrap_or_else(|| "files".to_owned()),
            ),
            calendar_uid_domain: "cohortdesk".to_owned(),
        })
    }

    /// Whether the site is served over HTTPS, so cookies can be marked `Secure`.
    pub fn is_https(&self) -> bool {
        self.base_url.scheme() == "https"
    }
}

fn parse_base_url(text: &str) -> Result<url::Url, ConfigError> {
    let url = url::Url::parse(text.trim()).map_err(|e| {
        invalid(
            "COHORTDESK_BASE_URL",
            format!("{text:?} is not a URL ({e})"),
        )
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(
            "COHORTDESK_BASE_URL",
            format!("{text:?} must start with http:// or https://"),
        ));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Backend;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_give_a_local_sqlite_server_writing_mail_to_files() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.database.backend, Backend::Sqlite);
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(s.base_url.as_str(), "http://127.0.0.1:8080/");
        assert_eq!(
            s.mail.transport,
            MailTransport::Files(PathBuf::from("mail"))
        );
        assert!(!s.is_https());
    }

    #[test]
    fn a_postgres_url_selects_postgres() {
        let s = settings(&[("DATABASE_URL", "postgresql://u:p@db/cohortdesk")]).unwrap();
        assert_eq!(s.database.backend, Backend::Postgres);
        assert!(!s.database.describe().contains(":p@"));
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        for (var, value) in [
            ("DATABASE_URL", "mysql://localhost/db"),
            ("COHORTDESK_BIND", "localhost"),
            ("COHORTDESK_BASE_URL", "ftp://example.org"),
            ("COHORTDESK_SECRET_KEY", "short"),
            ("SMTP_URL", "http://mail.example.org"),
            ("MAIL_FROM", "nobody"),
            ("COHORTDESK_TRUSTED_PROXIES", "10.0.0.5, proxy.example.org"),
        ] {
            let err = settings(&[(var, value)]).unwrap_err();
            assert_eq!(err.variable, var);
            assert!(err.to_string().starts_with(var), "{err}");
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        let s = settings(&[(
            "COHORTDESK_TRUSTED_PROXIES",
            "10.0.0.5, 192.168.0.0/16, ::1",
        )])
        .unwrap();
        let trusted = |ip: &str| {
            let ip = ip.parse().unwrap();
            s.trusted_proxies.iter().any(|n| n.contains(ip))
        };
        assert!(trusted("10.0.0.5") && !trusted("10.0.0.6"));
        assert!(trusted("192.168.7.1") && !trusted("192.169.0.1"));
        assert!(trusted("::1") && !trusted("127.0.0.1"));
        assert!(settings(&[]).unwrap().trusted_proxies.is_empty());
    }

    #[test]
    fn smtp_settings_are_described_without_the_password() {
        let s = settings(&[("SMTP_URL", "smtp://user:secret@mail.example.org:587")]).unwrap();
        assert_eq!(s.mail.describe(), "SMTP smtp://mail.example.org:587");
    }
}
