//! How long passport data is kept: until `days` after the last course its holder takes part in ends.

use chrono::{Days, NaiveDate};

/// Days after a course's last day that its trainees' passport data is kept
/// (`COHORTDESK_PASSPORT_RETENTION_DAYS`, 90 unless set).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    pub days: u32,
}

impl Retention {
    /// The day passport data is erased for someone whose last course ends on `last_day`.
    pub fn erase_on(self, last_day: NaiveDate) -> NaiveDate {
        last_day
            .checked_add_days(Days::new(u64::from(self.days) + 1))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Whether data whose last course ended on `last_day` is due for erasing on `today`.
    pub fn expired(self, last_day: NaiveDate, today: NaiveDate) -> bool {
        today >= self.erase_on(last_day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, d).unwrap()
    }

    #[test]
    fn data_is_kept_for_the_whole_ninetieth_day_after_the_course() {
        let kept = Retention { days: 90 };
        let last_day = day(6, 22);
        assert_eq!(kept.erase_on(last_day), day(9, 21));
        assert!(
            !kept.expired(last_day, day(9, 20)),
            "the 90th day after the course"
        );
        assert!(kept.expired(last_day, day(9, 21)));
        let at_once = Retention { days: 0 };
        assert_eq!(at_once.erase_on(last_day), day(6, 23));
    }
}
