//! Wrong guesses of a secret, slowed down in memory: passwords at login (per account and per address),
//! badge codes at self check-in (per browser, per check-in screen and per address) and certificate serials
//! on the verification page (per address).
//!
//! A few wrong guesses are free; after them each key must wait before its next attempt, twice as long
//! after each further failure (1 s, 2 s, 4 s …) up to a minute. Nothing is ever locked: the right
//! password still works once the wait is over, so guessing at someone's account costs the guesser
//! time without keeping its owner out. Failures are forgotten an hour after the last one.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::config::Network;
use crate::web::state::AppState;

/// How many failures pass freely, and the longest wait after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub free: u32,
    pub longest: Duration,
}

impl Limit {
    /// The wait before the next attempt after `failures` failures: none for the first `free`.
    pub fn delay(self, failures: u32) -> Duration {
        match failures.checked_sub(self.free + 1) {
            None => Duration::ZERO,
            Some(beyond) => Duration::from_secs(1u64 << beyond.min(16)).min(self.longest),
        }
    }
}

const MINUTE: Duration = Duration::from_secs(60);
/// Wrong passwords for one account before each attempt must wait.
pub const ACCOUNT: Limit = Limit {
    free: 5,
    longest: MINUTE,
};
/// Wrong passwords from one address (several people may share it) before each attempt must wait.
pub const ADDRESS: Limit = Limit {
    free: 20,
    longest: MINUTE,
};
/// Wrong badge codes from one phone.
pub const BROWSER: Limit = Limit {
    free: 10,
    longest: MINUTE,
};
/// Wrong badge codes from one address: a hotel's trainees share one.
pub const CHECKIN_ADDRESS: Limit = Limit {
    free: 100,
    longest: MINUTE,
};
/// Unknown certificate serials from one address.
pub const VERIFY_ADDRESS: Limit = Limit {
    free: 30,
    longest: MINUTE,
};
/// Wrong badge codes typed against one session's check-in, from anywhere.
pub const CHECKIN_SESSION: Limit = Limit {
    free: 300,
    longest: Duration::from_secs(10),
};
/// Password-reset links asked for from one address (each request counts, right or wrong).
pub const RESET_ADDRESS: Limit = Limit {
    free: 5,
    longest: MINUTE,
};
/// Failures are forgotten this long after the last one.
pub const FORGET_AFTER: Duration = Duration::from_secs(60 * 60);
/// Beyond this many remembered keys, forgotten ones are dropped.
const PRUNE_ABOVE: usize = 10_000;

/// What one guess is counted against: a key and its limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    key: String,
    limit: Limit,
}

impl Counted {
    /// An account's wrong passwords (by e-mail address, however it is written).
    pub fn account(email: &str) -> Counted {
        Counted {
            key: format!("account:{}", email.trim().to_lowercase()),
            limit: ACCOUNT,
        }
    }

    /// An address's wrong passwords.
    pub fn address(ip: &str) -> Counted {
        Counted {
            key: format!("ip:{ip}"),
            limit: ADDRESS,
        }
    }

    /// An address's requests for password-reset links.
    pub fn reset(ip: &str) -> Counted {
        Counted {
            key: format!("reset:{ip}"),
            limit: RESET_ADDRESS,
        }
    }

    /// An address's wrong codes on a public page.
    pub fn public(page: PublicPage, ip: &str) -> Counted {
        Counted {
            key: format!("{page:?}:{ip}"),
            limit: match page {
                PublicPage::Checkin => CHECKIN_ADDRESS,
                PublicPage::Verify => VERIFY_ADDRESS,
            },
        }
    }

    /// One browser's wrong codes (by something only its cookie holds).
    pub fn browser(page: PublicPage, secret: &str) -> Counted {
        Counted {
            key: format!("{page:?}:browser:{}", crate::domain::login::digest(secret)),
            limit: BROWSER,
        }
    }

    /// Wrong badge codes against one session's check-in.
    pub fn checkin_session(session: i32) -> Counted {
        Counted {
            key: format!("checkin-session:{session}"),
            limit: CHECKIN_SESSION,
        }
    }
}

/// The public pages that take a code, each counted apart.
#[derive(Debug, Clone, Copy)]
pub enum PublicPage {
    /// Badge codes typed at self check-in.
    Checkin,
    /// Certificate serials looked up.
    Verify,
}

/// The wrong guesses remembered, by key.
#[derive(Default)]
pub struct GuessThrottle {
    failures: Mutex<HashMap<String, Failures>>,
}

#[derive(Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

impl GuessThrottle {
    /// `Err(wait)` while any of `keys` must still wait before another attempt.
    pub fn check(&self, keys: &[Counted]) -> Result<(), Duration> {
        self.check_at(keys, Instant::now())
    }

    fn check_at(&self, keys: &[Counted], now: Instant) -> Result<(), Duration> {
        let failures = self.lock();
        let wait = keys
            .iter()
            .filter_map(|counted| {
                let seen = failures.get(&counted.key)?;
                let ready = seen.last + counted.limit.delay(seen.count);
                (now.duration_since(seen.last) < FORGET_AFTER && ready > now).then(|| ready - now)
            })
            .max();
        match wait {
            Some(wait) => Err(wait),
            None => Ok(()),
        }
    }

    /// Counts a wrong guess against each key; `true` when one of them now has to wait for the first
    /// time (the moment worth an entry in the audit log).
    pub fn record_failure(&self, keys: &[Counted]) -> bool {
        self.record_failure_at(keys, Instant::now())
    }

    fn record_failure_at(&self, keys: &[Counted], now: Instant) -> bool {
        let mut failures = self.lock();
        if failures.len() > PRUNE_ABOVE {
            failures.retain(|_, f| now.duration_since(f.last) < FORGET_AFTER);
        }
        let mut began = false;
        for counted in keys {
            let seen = failures.entry(counted.key.clone()).or_insert(Failures {
                count: 0,
                last: now,
            });
            if now.duration_since(seen.last) >= FORGET_AFTER {
                seen.count = 0;
            }
            seen.count += 1;
            seen.last = now;
            began |= seen.count == counted.limit.free + 1;
        }
        began
    }

    /// The right secret clears the key's failures (an account's, not its address's).
    pub fn record_success(&self, key: &Counted) {
        self.lock().remove(&key.key);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Failures>> {
        self.failures
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hundred_wrong_passwords_slow_the_next_attempt_but_never_lock_the_account() {
        let throttle = GuessThrottle::default();
        let keys = [Counted::account("Wang.Fang@example.org")];
        let mut now = Instant::now();
        for failure in 1..=100u32 {
            assert_eq!(throttle.check_at(&keys, now), Ok(()), "attempt {failure}");
            let began = throttle.record_failure_at(&keys, now);
            assert_eq!(began, failure == ACCOUNT.free + 1);
            let wait = throttle.check_at(&keys, now).err().unwrap_or_default();
            assert_eq!(wait, ACCOUNT.delay(failure));
            now += wait;
        }
        assert_eq!(
            ACCOUNT.delay(100),
            MINUTE,
            "the wait stops growing at a minute"
        );
        assert!(
            throttle
                .check_at(&keys, now - Duration::from_secs(1))
                .is_err(),
            "not before the wait is over"
        );
        assert_eq!(
            throttle.check_at(&keys, now),
            Ok(()),
            "the right password gets its turn"
        );
        let same = [Counted::account(" wang.fang@EXAMPLE.org")];
        assert!(
            throttle
                .check_at(&same, now - Duration::from_secs(1))
                .is_err()
        );
        assert_eq!(
            throttle.check_at(&keys, now + FORGET_AFTER),
            Ok(()),
            "an hour later all is forgotten"
        );
    }

    #[test]
    fn the_first_failures_are_free_and_the_wait_doubles_after_them() {
        let limit = Limit {
            free: 3,
            longest: MINUTE,
        };
        let waits: Vec<u64> = (0..11).map(|f| limit.delay(f).as_secs()).collect();
        assert_eq!(waits, [0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60]);
        assert_eq!(limit.delay(u32::MAX), MINUTE);
    }

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
    fn each_key_waits_on_its_own_failures() {
        let throttle = GuessThrottle::default();
        let now = Instant::now();
        let login = |ip: &str, email: &str| [Counted::address(ip), Counted::account(email)];
        for i in 0..ADDRESS.free + 1 {
            throttle.record_failure_at(&login("192.0.2.1", &format!("user{i}@example.org")), now);
        }
        assert!(
            throttle
                .check_at(&login("192.0.2.1", "new@example.org"), now)
                .is_err(),
            "the guessing address waits"
        );
        assert_eq!(
            throttle.check_at(&login("192.0.2.2", "new@example.org"), now),
            Ok(()),
            "others do not"
        );
        let hotel = |browser: &str| {
            [
                Counted::public(PublicPage::Checkin, "192.0.2.9"),
                Counted::browser(PublicPage::Checkin, browser),
                Counted::checkin_session(7),
            ]
        };
        for _ in 0..BROWSER.free + 1 {
            throttle.record_failure_at(&hotel("one phone"), now);
        }
        assert!(throttle.check_at(&hotel("one phone"), now).is_err());
        assert_eq!(
            throttle.check_at(&hotel("another phone"), now),
            Ok(()),
            "one bad phone does not stop the hotel"
        );
    }
}
