//! Parsers for the raw strings of a form: each returns the value or the message to show next to the field.

use chrono::NaiveDate;

use crate::i18n::Msg;

/// A required piece of text, trimmed, at most `max` characters.
pub fn required_text(raw: &str, max: usize) -> Result<String, Msg> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Msg::new("error-required"));
    }
    optional_text(text, max)
}

/// Optional text, trimmed, at most `max` characters (empty is fine).
pub fn optional_text(raw: &str, max: usize) -> Result<String, Msg> {
    let text = raw.trim();
    if text.chars().count() > max {
        return Err(Msg::new("error-too-long").with("max", max as i64));
    }
    Ok(text.to_owned())
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

/// A date as `YYYY-MM-DD` (what `<input type="date">` sends).
pub fn date(raw: &str) -> Result<NaiveDate, Msg> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Msg::new("error-required"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| Msg::new("error-not-a-date").with("value", text))
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
        assert_eq!(date("").unwrap_err().key, "error-required");
    }
}
