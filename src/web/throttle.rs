//! Wrong guesses of a secret, limited in memory: passwords at login per IP address and per account, badge
//! codes at self check-in and certificate serials on the verification page per IP address.
//!
//! Failed attempts are counted in a fixed window; once an IP address or an account reaches its limit,
//! further attempts are refused (429) until the window ends, even with the right password or code.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::config::Network;
use crate::web::state::AppState;

/// How long failures are remembered.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failed attempts allowed per account in a window.
pub const MAX_FAILURES_PER_ACCOUNT: u32 = 5;
/// Failed attempts allowed per IP address in a window (several people may share one address).
pub const MAX_FAILURES_PER_IP: u32 = 20;
/// Wrong codes allowed per IP address in a window on a public page (a hall of trainees may share one
/// address).
pub const MAX_PUBLIC_FAILURES_PER_IP: u32 = 30;

/// The public pages that take a code, each counted apart.
#[derive(Debug, Clone, Copy)]
pub enum PublicPage {
    /// Badge codes typed at self check-in.
    Checkin,
    /// Certificate serials looked up.
    Verify,
}
/// Beyond this many remembered keys, expired ones are dropped.
const PRUNE_ABOVE: usize = 10_000;

/// The counts of wrong guesses, by address, account or public page.
#[derive(Default)]
pub struct GuessThrottle {
    windows: Mutex<HashMap<String, Window>>,
}

#[derive(Clone, Copy)]
struct Window {
    started: Instant,
    failures: u32,
}

impl GuessThrottle {
    /// `Err(wait)` when either the address or the account has used up its attempts.
    pub fn check(&self, ip: &str, account: &str) -> Result<(), Duration> {
        self.check_keys(&[
            (ip_key(ip), MAX_FAILURES_PER_IP),
            (account_key(account), MAX_FAILURES_PER_ACCOUNT),
        ])
    }

    pub fn record_failure(&self, ip: &str, account: &str) {
        self.record_keys(&[ip_key(ip), account_key(account)]);
    }

    /// `Err(wait)` when the address has tried too many wrong codes on a public page.
    pub fn check_public(&self, page: PublicPage, ip: &str) -> Result<(), Duration> {
        self.check_keys(&[(public_key(page, ip), MAX_PUBLIC_FAILURES_PER_IP)])
    }

    pub fn record_public_failure(&self, page: PublicPage, ip: &str) {
        self.record_keys(&[public_key(page, ip)]);
    }

    fn check_keys(&self, limits: &[(String, u32)]) -> Result<(), Duration> {
        let now = Instant::now();
        let windows = self.lock();
        let wait = limits
            .iter()
            .filter_map(|(key, max)| {
                let window = windows.get(key)?;
                let elapsed = now.duration_since(window.started);
                (elapsed < WINDOW && window.failures >= *max).then(|| WINDOW - elapsed)
            })
            .max();
        match wait {
            Some(wait) => Err(wait),
            None => Ok(()),
        }
    }

    fn record_keys(&self, keys: &[String]) {
        let now = Instant::now();
        let mut windows = self.lock();
        if windows.len() > PRUNE_ABOVE {
            windows.retain(|_, w| now.duration_since(w.started) < WINDOW);
        }
        for key in keys {
            let window = windows.entry(key.clone()).or_insert(Window {
                started: now,
                failures: 0,
            });
            if now.duration_since(window.started) >= WINDOW {
                *window = Window {
                    started: now,
                    failures: 0,
                };
            }
            window.failures += 1;
        }
    }

    /// A successful login clears the account's failures (not the address's).
    pub fn record_success(&self, account: &str) {
        self.lock().remove(&account_key(account));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Window>> {
        self.windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The address a request came from, as the throttle counts it: the peer's, or — when the peer is one of
/// the trusted reverse proxies — the one its `Forwarded` or `X-Forwarded-For` header names.
pub fn client_ip(req: &actix_web::HttpRequest) -> String {
    let trusted = req
        .app_data::<actix_web::web::Data<AppState>>()
        .map(|state| state.settings.trusted_proxies.as_slice())
        .unwrap_or_default();
    let header = |name| {
        req.headers()
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(",")
    };
    let forwarded = match header("forwarded") {
        text if !text.is_empty() => forwarded_for(&text),
        _ => header("x-forwarded-for")
            .split(',')
            .filter_map(address)
            .collect(),
    };
    client_address(req.peer_addr().map(|a| a.ip()), &forwarded, trusted)
        .map(|ip| ip.to_string())
        .unwrap_or_default()
}

/// The visitor behind a chain of proxies: the peer unless it is trusted, else the nearest address in
/// `forwarded` (client first, as proxies append) that is not a trusted proxy.
fn client_address(
    peer: Option<IpAddr>,
    forwarded: &[IpAddr],
    trusted: &[Network],
) -> Option<IpAddr> {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(*ip));
    match peer {
        Some(peer) if is_trusted(&peer) => forwarded
            .iter()
            .rev()
            .find(|ip| !is_trusted(ip))
            .or(forwarded.first())
            .copied()
            .or(Some(peer)),
        other => other,
    }
}

/// The `for=` addresses of a `Forwarded` header, in order.
fn forwarded_for(header: &str) -> Vec<IpAddr> {
    header
        .split([',', ';'])
        .filter_map(|part| {
            let (name, value) = part.trim().split_once('=')?;
            name.eq_ignore_ascii_case("for").then_some(value)?;
            address(value.trim_matches('"'))
        })
        .collect()
}

/// An address as a header writes it: `203.0.113.7`, `203.0.113.7:4711`, `[2001:db8::1]:4711`, `2001:db8::1`.
fn address(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<SocketAddr>().ok().map(|a| a.ip()))
        .or_else(|| {
            text.trim_start_matches('[')
                .trim_end_matches(']')
                .parse()
                .ok()
        })
}

fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

fn public_key(page: PublicPage, ip: &str) -> String {
    format!("{page:?}:{ip}")
}

fn account_key(account: &str) -> String {
    format!("account:{}", account.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_trusted_proxy_is_believed_about_the_visitors_address() {
        let ip = |text: &str| text.parse::<IpAddr>().unwrap();
        let proxies = [Network::parse("10.0.0.0/8").unwrap()];
        let chain = [ip("203.0.113.7"), ip("10.0.0.9")];
        assert_eq!(
            client_address(Some(ip("10.0.0.5")), &chain, &proxies),
            Some(ip("203.0.113.7")),
            "the nearest address that is not one of our proxies"
        );
        assert_eq!(
            client_address(Some(ip("198.51.100.1")), &chain, &proxies),
            Some(ip("198.51.100.1")),
            "anyone else's header is ignored"
        );
        assert_eq!(
            client_address(Some(ip("10.0.0.5")), &[], &proxies),
            Some(ip("10.0.0.5"))
        );
        assert_eq!(
            forwarded_for(
                r#"for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711""#
            ),
            [ip("192.0.2.60"), ip("2001:db8:cafe::17")]
        );
    }

    #[test]
    fn an_account_is_locked_after_five_failures_from_anywhere() {
        let throttle = GuessThrottle::default();
        for i in 0..MAX_FAILURES_PER_ACCOUNT {
            assert!(
                throttle
                    .check(&format!("10.0.0.{i}"), "a@example.org")
                    .is_ok()
            );
            throttle.record_failure(&format!("10.0.0.{i}"), "a@example.org");
        }
        let wait = throttle.check("10.9.9.9", "A@example.org ").unwrap_err();
        assert!(wait > Duration::from_secs(14 * 60));
        assert!(throttle.check("10.9.9.9", "b@example.org").is_ok());
    }

    #[test]
    fn an_address_is_locked_after_twenty_failures_on_any_accounts() {
        let throttle = GuessThrottle::default();
        for i in 0..MAX_FAILURES_PER_IP {
            throttle.record_failure("192.0.2.1", &format!("user{i}@example.org"));
        }
        assert!(throttle.check("192.0.2.1", "new@example.org").is_err());
        assert!(throttle.check("192.0.2.2", "new@example.org").is_ok());
    }

    #[test]
    fn wrong_badge_codes_lock_only_check_in_from_that_address() {
        let throttle = GuessThrottle::default();
        for _ in 0..MAX_PUBLIC_FAILURES_PER_IP {
            assert!(
                throttle
                    .check_public(PublicPage::Checkin, "192.0.2.1")
                    .is_ok()
            );
            throttle.record_public_failure(PublicPage::Checkin, "192.0.2.1");
        }
        assert!(
            throttle
                .check_public(PublicPage::Checkin, "192.0.2.1")
                .is_err()
        );
        assert!(
            throttle
                .check_public(PublicPage::Verify, "192.0.2.1")
                .is_ok()
        );
        assert!(
            throttle
                .check_public(PublicPage::Checkin, "192.0.2.2")
                .is_ok()
        );
        assert!(
            throttle.check("192.0.2.1", "a@example.org").is_ok(),
            "logins unaffected"
        );
    }

    #[test]
    fn success_clears_the_account_but_not_the_address() {
        let throttle = GuessThrottle::default();
        for _ in 0..4 {
            throttle.record_failure("192.0.2.1", "a@example.org");
        }
        throttle.record_success("a@example.org");
        throttle.record_failure("192.0.2.1", "a@example.org");
        assert!(throttle.check("192.0.2.1", "a@example.org").is_ok());
    }
}
