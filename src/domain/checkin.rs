//! Self check-in: the codes a check-in screen shows (signed, bound to one session and one 30-second step,
//! useless once old), each trainee's personal code printed on their badge, and the window in which a
//! session takes check-ins. Everything here is pure.

use chrono::{Duration, NaiveDateTime};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::domain::attendance::{AttendanceRules, Mark};
use crate::domain::ids::{CohortId, EnrollmentId, SessionId, hex};

type HmacSha256 = Hmac<Sha256>;

/// How long a check-in screen shows one code.
pub const STEP_SECONDS: i64 = 30;
/// How many steps old a code may be and still be accepted: scanning, then typing a badge code, takes
/// a moment (about two minutes in all).
pub const STEPS_ACCEPTED: i64 = 4;
/// Letters of a badge code: no 0/O, 1/I/L, so it can be read off a badge and typed on a phone.
const BADGE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const BADGE_CODE_LEN: usize = 6;

/// Why a scanned code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not a code this server made.
    Forged,
    /// Made more than `STEPS_ACCEPTED` steps ago.
    Expired,
}

/// The key check-in codes and badge codes are made with, derived from the server's secret.
#[derive(Clone)]
pub struct CheckinKey([u8; 32]);

impl CheckinKey {
    pub fn derive(secret: &[u8]) -> Self {
        let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
        mac.update(b"cohortdesk self check-in");
        Self(mac.finalize().into_bytes().into())
    }

    fn mac(&self, message: &str) -> [u8; 32] {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(message.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The code a check-in screen shows for `session` at `at`, e.g. `7-56228413-3f9a…`.
    pub fn code(&self, session: SessionId, at: NaiveDateTime) -> String {
        let step = step_of(at);
        format!(
            "{session}-{step}-{}",
            hex(&self.mac(&format!("checkin:{session}:{step}"))[..12])
        )
    }

    /// The session a scanned code is for, if this server made it in the last `STEPS_ACCEPTED` steps.
    pub fn verify(&self, code: &str, at: NaiveDateTime) -> Result<SessionId, CodeProblem> {
        let mut parts = code.splitn(3, '-');
        let (Some(session), Some(step), Some(mac)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(CodeProblem::Forged);
        };
        let (Ok(session), Ok(step)) = (session.parse::<SessionId>(), step.parse::<i64>()) else {
            return Err(CodeProblem::Forged);
        };
        let expected = hex(&self.mac(&format!("checkin:{session}:{step}"))[..12]);
        if !bool::from(expected.as_bytes().ct_eq(mac.as_bytes())) {
            return Err(CodeProblem::Forged);
        }
        let now = step_of(at);
        if step > now || now - step > STEPS_ACCEPTED {
            return Err(CodeProblem::Expired);
        }
        Ok(session)
    }

    /// A trainee's personal code for one enrollment, printed on their badge: six letters and digits.
    pub fn badge_code(&self, enrollment: EnrollmentId) -> String {
        self.mac(&format!("badge:{enrollment}"))
            .iter()
            .take(BADGE_CODE_LEN)
            .map(|b| BADGE_ALPHABET[usize::from(*b) % BADGE_ALPHABET.len()] as char)
            .collect()
    }
}

/// A certificate's serial: the course's year and cohort, then six characters drawn from `random`
/// (so serials cannot be guessed one from another), e.g. `2023-001-K7M2QX`.
pub fn certificate_serial(year: i32, cohort: CohortId, random: [u8; BADGE_CODE_LEN]) -> String {
    let tail: String = random
        .iter()
        .map(|b| BADGE_ALPHABET[usize::from(*b) % BADGE_ALPHABET.len()] as char)
        .collect();
    format!("{year}-{:03}-{tail}", cohort.0)
}

/// A badge code as typed: spaces dropped, letters made capital.
pub fn normalize_badge_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Seconds until the code shown at `at` is replaced.
pub fn seconds_left(at: NaiveDateTime) -> i64 {
    STEP_SECONDS - at.and_utc().timestamp().rem_euclid(STEP_SECONDS)
}

fn step_of(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp().div_euclid(STEP_SECONDS)
}

/// Where a moment falls in a session's check-in window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Opens at this moment.
    NotYet(NaiveDateTime),
    /// Open: a check-in now gets this mark.
    Open(Mark),
    /// Closed at this moment.
    Closed(NaiveDateTime),
}

/// The check-in window of a session starting at `starts_at`, as seen at `now`.
pub fn window(starts_at: NaiveDateTime, now: NaiveDateTime, rules: &AttendanceRules) -> Window {
    let opens = starts_at - Duration::minutes(i64::from(rules.checkin_opens_before));
    let closes = starts_at + Duration::minutes(i64::from(rules.checkin_closes_after));
    let late = starts_at + Duration::minutes(i64::from(rules.late_after));
    if now < opens {
        Window::NotYet(opens)
    } else if now > closes {
        Window::Closed(closes)
    } else if now > late {
        Window::Open(Mark::Late)
    } else {
        Window::Open(Mark::Present)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 6, 16)
            .unwrap()
            .and_hms_opt(h, m, s)
            .unwrap()
    }

    fn key() -> CheckinKey {
        CheckinKey::derive(b"a secret of the server")
    }

    #[test]
    fn a_code_names_its_session_for_about_two_minutes() {
        let code = key().code(SessionId(7), at(1, 0, 5));
        assert_eq!(key().verify(&code, at(1, 0, 29)), Ok(SessionId(7)));
        assert_eq!(key().verify(&code, at(1, 2, 0)), Ok(SessionId(7)));
        assert_eq!(key().verify(&code, at(1, 2, 30)), Err(CodeProblem::Expired));
        assert_eq!(
            key().verify(&code, at(0, 59, 59)),
            Err(CodeProblem::Expired),
            "not from the future"
        );
        assert_ne!(
            code,
            key().code(SessionId(7), at(1, 0, 31)),
            "a new code every 30 s"
        );
    }

    #[test]
    fn codes_cannot_be_made_up_or_moved_to_another_session() {
        let code = key().code(SessionId(7), at(1, 0, 0));
        let moved = code.replacen("7-", "8-", 1);
        assert_eq!(key().verify(&moved, at(1, 0, 0)), Err(CodeProblem::Forged));
        let other_server = CheckinKey::derive(b"another secret").code(SessionId(7), at(1, 0, 0));
        assert_eq!(
            key().verify(&other_server, at(1, 0, 0)),
            Err(CodeProblem::Forged)
        );
        for junk in ["", "7", "7-x-y", "abc-def-0011"] {
            assert_eq!(
                key().verify(junk, at(1, 0, 0)),
                Err(CodeProblem::Forged),
                "{junk}"
            );
        }
    }

    #[test]
    fn badge_codes_are_six_readable_characters_and_differ_by_enrollment() {
        let code = key().badge_code(EnrollmentId(12));
        assert_eq!(code.len(), BADGE_CODE_LEN);
        assert!(code.bytes().all(|b| BADGE_ALPHABET.contains(&b)));
        assert_eq!(code, key().badge_code(EnrollmentId(12)));
        assert_ne!(code, key().badge_code(EnrollmentId(13)));
        assert_eq!(normalize_badge_code(" k7m 2qx "), "K7M2QX");
        assert_eq!(
            certificate_serial(2023, CohortId(1), [0, 1, 2, 30, 31, 255]),
            "2023-001-ABC9AH"
        );
    }

    #[test]
    fn the_window_opens_before_the_start_and_turns_late() {
        let rules = AttendanceRules {
            completion_threshold: 80,
            checkin_opens_before: 15,
            checkin_closes_after: 30,
            late_after: 10,
        };
        let start = at(1, 0, 0);
        assert_eq!(
            window(start, at(0, 44, 59), &rules),
            Window::NotYet(at(0, 45, 0))
        );
        assert_eq!(
            window(start, at(0, 45, 0), &rules),
            Window::Open(Mark::Present)
        );
        assert_eq!(
            window(start, at(1, 10, 0), &rules),
            Window::Open(Mark::Present)
        );
        assert_eq!(
            window(start, at(1, 10, 1), &rules),
            Window::Open(Mark::Late)
        );
        assert_eq!(
            window(start, at(1, 30, 0), &rules),
            Window::Open(Mark::Late)
        );
        assert_eq!(
            window(start, at(1, 30, 1), &rules),
            Window::Closed(at(1, 30, 0))
        );
        assert_eq!(seconds_left(at(1, 0, 5)), 25);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Any text scanned or typed is refused calmly, unless it is a code this server made; a real
        /// code with one character changed is forged.
        #[test]
        fn only_codes_this_server_made_are_accepted(
            typed in "\\PC{0,40}",
            position in 0usize..40,
            replacement in proptest::char::any(),
        ) {
            let now = at(9, 0, 0);
            let _ = key().verify(&typed, now);
            let _ = normalize_badge_code(&typed);
            let code = key().code(SessionId(7), now);
            let mut chars: Vec<char> = code.chars().collect();
            let at_char = position % chars.len();
            proptest::prop_assume!(chars[at_char] != replacement);
            chars[at_char] = replacement;
            let altered: String = chars.into_iter().collect();
            proptest::prop_assert_ne!(key().verify(&altered, now), Ok(SessionId(7)));
        }
    }
}
