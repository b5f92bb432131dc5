//! Times on a cohort's clock. Everything is stored in UTC; a time typed on the cohort's clock becomes UTC
//! here, with one rule for the times daylight saving skips or repeats (they are refused, naming the time
//! and the zone), and UTC times become the cohort's clock here for pages, files and mails.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike};
use chrono_tz::Tz;

use diesel::deserialize::FromSqlRow;
use diesel::expression::AsExpression;

use crate::i18n::Msg;

/// The IANA time zone a cohort's clock follows, stored by its name (`Asia/Shanghai`); reading a name
/// the zone database does not know is an error, never a silent stand-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, AsExpression, FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub struct Zone(pub Tz);

impl Zone {
    pub fn as_str(self) -> &'static str {
        self.0.name()
    }

    pub fn parse(name: &str) -> Option<Zone> {
        Tz::from_str(name.trim()).ok().map(Zone)
    }
}

crate::db::stored_as_text!(Zone);

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A time on the cohort's clock turned into UTC; a time the clocks skip or repeat is refused.
pub fn to_utc(day: NaiveDate, time: NaiveTime, zone: Tz) -> Result<NaiveDateTime, Msg> {
    let local = day.and_time(time);
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => Ok(t.naive_utc()),
        chrono::LocalResult::None => Err(Msg::new("error-time-skipped")
            .with("time", local.format("%H:%M").to_string())
            .with("zone", zone.name())),
        chrono::LocalResult::Ambiguous(..) => Err(Msg::new("error-time-repeated")
            .with("time", local.format("%H:%M").to_string())
            .with("zone", zone.name())),
    }
}

/// `HH:MM` on the cohort's clock.
pub fn clock(at: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&at).format("%H:%M").to_string()
}

/// The day, on the cohort's clock.
pub fn local_day(at: NaiveDateTime, zone: Tz) -> NaiveDate {
    zone.from_utc_datetime(&at).date_naive()
}

/// Minutes since local midnight, for placing a session in the week grid.
pub fn minute_of_day(at: NaiveDateTime, zone: Tz) -> u32 {
    let local = zone.from_utc_datetime(&at);
    local.hour() * 60 + local.minute()
}

/// A UTC time shown on the cohort's clock as `YYYY-MM-DD HH:MM` (how forms and CSV files write it).
pub fn local_text(at: Option<NaiveDateTime>, zone: Tz) -> String {
    at.map(|t| {
        zone.from_utc_datetime(&t)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    })
    .unwrap_or_default()
}

/// The zone's offset from UTC at noon on `day`, as people write it: "UTC+8", "UTC+5:30", "UTC-3".
pub fn utc_offset(zone: Tz, day: NaiveDate) -> String {
    let noon = day.and_hms_opt(12, 0, 0).unwrap_or_default();
    let seconds = zone.offset_from_utc_datetime(&noon).fix().local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let (hours, minutes) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    match minutes {
        0 => format!("UTC{sign}{hours}"),
        _ => format!("UTC{sign}{hours}:{minutes:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{Asia::Shanghai, Europe::Berlin};

    #[test]
    fn times_the_clocks_skip_or_repeat_are_refused() {
        let spring = NaiveDate::from_ymd_opt(2025, 3, 30).unwrap();
        let autumn = NaiveDate::from_ymd_opt(2025, 10, 26).unwrap();
        let half_past_two = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            to_utc(spring, half_past_two, Berlin).unwrap_err().key,
            "error-time-skipped"
        );
        assert_eq!(
            to_utc(autumn, half_past_two, Berlin).unwrap_err().key,
            "error-time-repeated"
        );
        assert_eq!(
            to_utc(spring, half_past_two, Shanghai).unwrap().to_string(),
            "2025-03-29 18:30:00"
        );
    }

    #[test]
    fn offsets_are_written_as_people_say_them_on_that_day() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(utc_offset(Shanghai, day(2023, 6, 15)), "UTC+8");
        assert_eq!(
            utc_offset(chrono_tz::Asia::Kolkata, day(2023, 6, 15)),
            "UTC+5:30"
        );
        assert_eq!(utc_offset(Berlin, day(2023, 6, 15)), "UTC+2");
        assert_eq!(utc_offset(Berlin, day(2023, 12, 15)), "UTC+1");
        assert_eq!(
            utc_offset(chrono_tz::America::Sao_Paulo, day(2023, 6, 15)),
            "UTC-3"
        );
        // Moscow kept summer time all year from 2011 to 2014.
        assert_eq!(
            utc_offset(chrono_tz::Europe::Moscow, day(2012, 12, 1)),
            "UTC+4"
        );
        assert_eq!(
            utc_offset(chrono_tz::Europe::Moscow, day(2023, 12, 1)),
            "UTC+3"
        );
    }
}
