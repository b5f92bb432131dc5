//! How long a login lasts, and how a browser is named on the sessions page.

use chrono::{Duration, NaiveDateTime};
use sha2::{Digest, Sha256};

use crate::domain::ids::hex;

/// A login ends after this long without a request…
pub fn idle_limit() -> Duration {
    Duration::hours(8)
}

/// …and this long after it began, however busy.
pub fn lifetime() -> Duration {
    Duration::days(7)
}

/// How often a login's "last seen" is written (not on every request).
pub fn seen_every() -> Duration {
    Duration::minutes(1)
}

/// Whether a login begun at `created_at` and last seen at `last_seen_at` still holds at `now`.
pub fn is_live(created_at: NaiveDateTime, last_seen_at: NaiveDateTime, now: NaiveDateTime) -> bool {
    now - last_seen_at < idle_limit() && now - created_at < lifetime()
}

/// What the database keeps of a secret token: its SHA-256 digest, in hex.
pub fn digest(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// "Firefox on Windows": the browser and system a `User-Agent` header names, as people call them.
pub fn device(user_agent: &str) -> String {
    let has = |needle: &str| user_agent.contains(needle);
    let browser = if has("Edg/") {
        "Edge"
    } else if has("YaBrowser/") {
        "Yandex Browser"
    } else if has("Firefox/") {
        "Firefox"
    } else if has("Chrome/") || has("Chromium/") {
        "Chrome"
    } else if has("Safari/") {
        "Safari"
    } else if has("curl/") {
        "curl"
    } else {
        ""
    };
    let system = if has("Android") {
        "Android"
    } else if has("iPhone") || has("iPad") {
        "iOS"
    } else if has("Windows") {
        "Windows"
    } else if has("Mac OS X") || has("Macintosh") {
        "macOS"
    } else if has("Linux") {
        "Linux"
    } else {
        ""
    };
    match (browser, system) {
        ("", "") => user_agent.chars().take(40).collect(),
        (browser, "") => browser.to_owned(),
        ("", system) => system.to_owned(),
        (browser, system) => format!("{browser} · {system}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2023, 6, 16)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            + Duration::hours(hours)
    }

    #[test]
    fn a_login_ends_after_eight_idle_hours_or_seven_days() {
        assert!(is_live(at(0), at(0), at(7)));
        assert!(
            !is_live(at(0), at(0), at(8)),
            "eight hours without a request"
        );
        assert!(is_live(at(0), at(167), at(167)), "busy for almost a week");
        assert!(!is_live(at(0), at(168), at(168)), "a week is the most");
    }

    #[test]
    fn browsers_are_named_as_people_call_them() {
        let android = "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) \
                       Chrome/120.0.0.0 Mobile Safari/537.36";
        assert_eq!(device(android), "Chrome · Android");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
        assert_eq!(device(iphone), "Safari · iOS");
        let windows =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
        assert_eq!(device(windows), "Firefox · Windows");
        assert_eq!(device(""), "");
    }
}
