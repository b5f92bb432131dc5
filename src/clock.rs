//! Where "now" comes from, so that services take the time as an argument and tests fix it.

use chrono::{NaiveDateTime, Utc};

/// Where "now" comes from: the system, or a fixed moment in tests.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    System,
    Fixed(NaiveDateTime),
}

impl Clock {
    /// The current time in UTC.
    pub fn now(self) -> NaiveDateTime {
        match self {
            Clock::System => Utc::now().naive_utc(),
            Clock::Fixed(at) => at,
        }
    }
}
