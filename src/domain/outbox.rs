//! The rules of the outbox: what state a message is in, and when a failed attempt is tried again.

use chrono::{Duration, NaiveDateTime};

use crate::domain::ids::text_enum;

/// How many times a message is tried before it is marked failed.
pub const MAX_ATTEMPTS: i32 = 10;

/// How long a claim on a message lasts unless its worker renews it: a worker killed mid-send leaves its
/// messages to another after this.
pub const CLAIM_SECONDS: i64 = 120;

/// How often a worker renews its claims while it sends.
pub const RENEW_SECONDS: u64 = 30;

text_enum!(
    /// Where a message is on its way out.
    OutboxStatus {
        Queued => "queued", "outbox-status-queued",
        Sending => "sending", "outbox-status-sending",
        Sent => "sent", "outbox-status-sent",
        Failed => "failed", "outbox-status-failed",
        Cancelled => "cancelled", "outbox-status-cancelled",
    }
);

text_enum!(
    /// What a message is.
    MailKind {
        Itinerary => "itinerary", "mail-kind-itinerary",
        ScheduleChanged => "schedule_changed", "mail-kind-schedule-changed",
        Test => "test", "mail-kind-test",
        Invitation => "invitation", "mail-kind-invitation",
        PasswordReset => "password_reset", "mail-kind-password-reset",
        PasswordChanged => "password_changed", "mail-kind-password-changed",
    }
);

/// Why a delivery attempt failed, as the SMTP server (or the folder) answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    /// A 5xx answer: trying again would fail the same way.
    pub permanent: bool,
    pub reason: String,
}

/// What happens to a message after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    Sent,
    /// Tried again at this time.
    Retry(NaiveDateTime),
    Failed,
}

/// The wait before the next try after `attempts` failed ones: 1 minute, then 2, 4, 8 … at most an hour.
pub fn backoff(attempts: i32) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(6);
    Duration::minutes(1 << doublings).min(Duration::hours(1))
}

/// What follows an attempt (the `attempts`-th) with `result`, at `now`.
pub fn after_attempt(attempts: i32, result: &Result<(), SendFailure>, now: NaiveDateTime) -> Next {
    match result {
        Ok(()) => Next::Sent,
        Err(failure) if failure.permanent || attempts >= MAX_ATTEMPTS => Next::Failed,
        Err(_) => Next::Retry(now + backoff(attempts)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDateTime::parse_from_str("2023-06-10 08:00", "%Y-%m-%d %H:%M").unwrap()
    }

    fn temporary() -> Result<(), SendFailure> {
        Err(SendFailure {
            permanent: false,
            reason: "421 try later".into(),
        })
    }

    #[test]
    fn waits_double_from_one_minute_up_to_an_hour() {
        let minutes: Vec<i64> = (1..=10).map(|n| backoff(n).num_minutes()).collect();
        assert_eq!(minutes, [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    }

    #[test]
    fn temporary_failures_are_retried_ten_times_then_fail() {
        assert_eq!(
            after_attempt(1, &temporary(), now()),
            Next::Retry(now() + Duration::minutes(1))
        );
        assert_eq!(
            after_attempt(9, &temporary(), now()),
            Next::Retry(now() + Duration::hours(1))
        );
        assert_eq!(after_attempt(10, &temporary(), now()), Next::Failed);
    }

    #[test]
    fn a_permanent_failure_fails_at_once_and_success_is_sent() {
        let refused = Err(SendFailure {
            permanent: true,
            reason: "550 no such user".into(),
        });
        assert_eq!(after_attempt(1, &refused, now()), Next::Failed);
        assert_eq!(after_attempt(1, &Ok(()), now()), Next::Sent);
    }
}
