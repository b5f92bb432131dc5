//! Parsers for the raw strings of a form: each returns the value or the message to show next to the field.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::i18n::Msg;

/// Longest name of a commitment, cohort or city.
pub const NAME_MAX: usize = 200;
/// Longest free text (descriptions, notes).
pub const TEXT_MAX: usize = 4_000;

/// A required piece of text, trimmed, at most `max` characters.
pub fn required_text(raw: &str, max: usize) -> Result<String, Msg> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Msg::new("error-required"));
    }
    optional_text(text, max)
}

/// Optional text on one line, trimmed, at most `max` characters (empty is fine). Line breaks, other
/// control characters and bidirectional overrides are refused: they hide in names and codes, break
/// the files and calendars the text goes into, or make it read differently from what is stored.
pub fn optional_text(raw: &str, max: usize) -> Result<String, Msg> {
    let text = raw.trim();
    check_characters(text, false)?;
    if text.chars().count() > max {
        return Err(Msg::new("error-too-long").with("max", max as i64));
    }
    Ok(text.to_owned())
}

/// Optional text of several lines (notes, descriptions): trimmed, line breaks kept (as `\n`, whichever
/// way they came), other control characters and bidirectional overrides refused.
pub fn optional_multiline(raw: &str, max: usize) -> Result<String, Msg> {
    let text = raw
        .trim()
        .replace("\r\n", "\n")
        .replace(['\r', '\u{2028}', '\u{2029}'], "\n");
    check_characters(&text, true)?;
    if text.chars().count() > max {
        return Err(Msg::new("error-too-long").with("max", max as i64));
    }
    Ok(text)
}

/// Refuses line breaks (unless `multiline`), control characters and the invisible characters that
/// reorder text (bidirectional embeddings, overrides and isolates).
fn check_characters(text: &str, multiline: bool) -> Result<(), Msg> {
    for c in text.chars() {
        match c {
            '\n' if multiline => {}
            '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                return Err(Msg::new("error-line-break"));
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                return Err(
                    Msg::new("error-bidi-character").with("code", format!("U+{:04X}", c as u32))
                );
            }
            c if c.is_control() => {
                return Err(
                    Msg::new("error-control-character").with("code", format!("U+{:04X}", c as u32))
                );
            }
            _ => {}
        }
    }
    Ok(())
}

/// A whole number between `min` and `max`; spaces, commas and thin spaces used as digit groups are allowed.
pub fn whole_number(raw: &str, min: i32, max: i32) -> Result<i32, Msg> {
    let digits: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '\u{a0}' | '\u{202f}' | '_'))
        .collect();
    if digits.is_empty() {
        return Err(Msg::new("error-required"));
    }
    let value: i64 = digits.parse().map_err(|_| Msg::new("error-not-a-number"))?;
    if value < i64::from(min) || value > i64::from(max) {
        return Err(Msg::new("error-out-of-range")
            .with("min", min)
            .with("max", max));
    }
    Ok(value as i32)
}

/// A date as people write it: `YYYY-MM-DD` (what `<input type="date">` sends), `YYYY/M/D` and
/// `YYYY.MM.DD` (Chinese spreadsheets), `DD.MM.YYYY` and `D.M.YYYY` (Russian ones), `1985年3月12日`.
/// `03/04/1985` (or with dashes) is refused as ambiguous, naming both readings, unless one of the first
/// two numbers is above 12 and so must be the day.
pub fn date(raw: &str) -> Result<NaiveDate, Msg> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Msg::new("error-required"));
    }
    let not_a_date = || Msg::new("error-not-a-date").with("value", text);
    let bare = text
        .trim_end_matches(['г', '.', ' ', '\u{a0}'])
        .trim_end_matches('日');
    let separator = ['-', '.', '/', '年', '月']
        .into_iter()
        .find(|s| bare.contains(*s))
        .ok_or_else(not_a_date)?;
    let parts: Vec<&str> = bare
        .split(['-', '.', '/', '年', '月'])
        .map(str::trim)
        .collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| {
            if !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()) {
                p.parse().ok()
            } else {
                None
            }
        })
        .collect::<Option<_>>()
        .ok_or_else(not_a_date)?;
    let [a, b, c] = numbers[..] else {
        return Err(not_a_date());
    };
    let ymd =
        |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(not_a_date);
    match (parts[0].len(), parts[2].len()) {
        (4, 1..=2) => ymd(a, b, c),
        (1..=2, 4) if separator == '.' => ymd(c, b, a),
        (1..=2, 4) => match (a > 12, b > 12) {
            (true, false) => ymd(c, b, a),
            (false, true) => ymd(c, a, b),
            _ if a == b => ymd(c, a, b),
            (false, false) => {
                let day_first = ymd(c, b, a)?;
                let month_first = ymd(c, a, b)?;
                Err(Msg::new("error-ambiguous-date")
                    .with("value", text)
                    .with("first", day_first)
                    .with("second", month_first)
                    .with("iso", day_first.format("%Y-%m-%d").to_string())
                    .with("dotted", day_first.format("%d.%m.%Y").to_string()))
            }
            (true, true) => Err(not_a_date()),
        },
        _ => Err(not_a_date()),
    }
}

/// A date and a time of day as people write them: one of the dates `date` reads, then `HH:MM` (or
/// `HH:MM:SS`), after a space or a `T` (what `<input type="datetime-local">` sends).
pub fn date_time(raw: &str) -> Result<NaiveDateTime, Msg> {
    let text = raw.trim();
    let not_a_time = || Msg::new("error-not-a-time").with("value", text);
    let (day, time) = text
        .rsplit_once([' ', 'T'])
        .map(|(d, t)| (d.trim(), t.trim()))
        .ok_or_else(not_a_time)?;
    let time = ["%H:%M", "%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveTime::parse_from_str(time, format).ok())
        .ok_or_else(not_a_time)?;
    match date(day) {
        Ok(day) => Ok(day.and_time(time)),
        Err(msg) if msg.key == "error-ambiguous-date" => Err(msg),
        Err(_) => Err(not_a_time()),
    }
}

/// An address on the web, or nothing.
pub fn link(raw: &str) -> Result<String, Msg> {
    match raw.trim() {
        "" => Ok(String::new()),
        text if text.starts_with("https://") || text.starts_with("http://") => {
            optional_text(text, TEXT_MAX)
        }
        _ => Err(Msg::new("error-link")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_limited_in_characters_not_bytes() {
        assert_eq!(required_text("  Qingdao ", 10).unwrap(), "Qingdao");
        assert_eq!(required_text("   ", 10).unwrap_err().key, "error-required");
        assert!(required_text("青岛青岛青岛", 6).is_ok());
        assert_eq!(
            required_text("青岛青岛青岛青", 6).unwrap_err().key,
            "error-too-long"
        );
    }

    #[test]
    fn one_line_text_refuses_line_breaks_controls_and_bidirectional_overrides() {
        for (text, key) in [
            ("Abenov\nNurlan", "error-line-break"),
            ("Abe\u{202E}vonebA", "error-bidi-character"),
            ("a\tb", "error-control-character"),
            ("a\u{0}b", "error-control-character"),
        ] {
            assert_eq!(optional_text(text, 100).unwrap_err().key, key, "{text:?}");
        }
        assert_eq!(
            optional_text(" Ван Лэй 王磊 ", 100).unwrap(),
            "Ван Лэй 王磊"
        );
        assert_eq!(
            crate::i18n::Lang::En.msg(&optional_text("x\u{202E}", 9).unwrap_err()),
            "Remove the invisible character U+202E: it changes the direction text is shown in."
        );
    }

    #[test]
    fn several_lines_keep_their_breaks_but_no_other_control_characters() {
        assert_eq!(
            optional_multiline("first\r\nsecond\rthird\n", 100).unwrap(),
            "first\nsecond\nthird"
        );
        assert_eq!(
            optional_multiline("a\u{7}b", 100).unwrap_err().key,
            "error-control-character"
        );
        assert_eq!(
            optional_multiline("a\u{2067}b", 100).unwrap_err().key,
            "error-bidi-character"
        );
    }

    #[test]
    fn whole_numbers_accept_digit_groups_and_respect_the_range() {
        assert_eq!(whole_number("1,000", 1, 1000).unwrap(), 1000);
        assert_eq!(whole_number("1 000", 1, 1000).unwrap(), 1000);
        assert_eq!(
            whole_number("1001", 1, 1000).unwrap_err().key,
            "error-out-of-range"
        );
        assert_eq!(
            whole_number("0", 1, 1000).unwrap_err().key,
            "error-out-of-range"
        );
        assert_eq!(
            whole_number("seventy", 1, 1000).unwrap_err().key,
            "error-not-a-number"
        );
        assert_eq!(
            whole_number("99999999999999", 1, 1000).unwrap_err().key,
            "error-out-of-range"
        );
    }

    #[test]
    fn dates_must_be_real_calendar_days() {
        assert!(date("2023-06-15").is_ok());
        assert_eq!(date("2025-02-31").unwrap_err().key, "error-not-a-date");
        assert_eq!(date("31.02.2025").unwrap_err().key, "error-not-a-date");
        assert_eq!(date("").unwrap_err().key, "error-required");
        assert_eq!(date("12.03.85").unwrap_err().key, "error-not-a-date");
        assert_eq!(date("yesterday").unwrap_err().key, "error-not-a-date");
    }

    #[test]
    fn dates_are_read_the_ways_people_write_them() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for text in [
            "1985-03-12",
            "12.03.1985",
            "12.3.1985",
            "12.03.1985 г.",
            "1985/3/12",
            "1985.03.12",
            "1985年3月12日",
        ] {
            assert_eq!(date(text), Ok(day(1985, 3, 12)), "{text}");
        }
        assert_eq!(date("25/04/1985"), Ok(day(1985, 4, 25)), "day first");
        assert_eq!(date("04/25/1985"), Ok(day(1985, 4, 25)), "month first");
        assert_eq!(
            date("05-05-1985"),
            Ok(day(1985, 5, 5)),
            "the same either way"
        );
    }

    #[test]
    fn an_ambiguous_slash_date_is_refused_naming_both_readings() {
        let msg = date("03/04/1985").unwrap_err();
        assert_eq!(msg.key, "error-ambiguous-date");
        assert_eq!(
            crate::i18n::Lang::En.msg(&msg),
            "“03/04/1985” could be 3 Apr 1985 or 4 Mar 1985: write it as 1985-04-03 (year, month, day) or 03.04.1985 (day, month, year)."
        );
    }

    #[test]
    fn date_times_take_any_of_those_dates() {
        let at = NaiveDate::from_ymd_opt(2023, 6, 14)
            .unwrap()
            .and_hms_opt(22, 40, 0)
            .unwrap();
        for text in [
            "2023-06-14 22:40",
            "2023-06-14T22:40",
            "14.06.2023 22:40",
            "2023/6/14 22:40:00",
        ] {
            assert_eq!(date_time(text), Ok(at), "{text}");
        }
        assert_eq!(date_time("14.06.2023").unwrap_err().key, "error-not-a-time");
        assert_eq!(
            date_time("03/04/2023 10:00").unwrap_err().key,
            "error-ambiguous-date"
        );
    }
}
