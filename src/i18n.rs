//! The translation layer: every user-visible string goes through here.
//!
//! Strings live in Project Fluent files under `locales/{en,zh,ru}/` (compiled into the binary), which gives
//! correct plural forms (Russian has one/few/many). Dates and numbers are formatted per language here too.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use diesel::deserialize::FromSqlRow;
use diesel::expression::AsExpression;
use fluent_templates::fluent_bundle::{FluentValue, types::FluentNumber};
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};
use serde::{Deserialize, Serialize};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let formatter: fn(&FluentValue, &_) -> Option<String> =
                match bundle.locales.first().map(|l| l.language.as_str()) {
                    Some("ru") => |value, _| format_fluent_number(value, Lang::Ru),
                    Some("zh") => |value, _| format_fluent_number(value, Lang::Zh),
                    _ => |value, _| format_fluent_number(value, Lang::En),
                };
            bundle.set_formatter(Some(formatter));
        },
    };
}

/// A language of the user interface.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    AsExpression,
    FromSqlRow,
)]
#[serde(rename_all = "lowercase")]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Lang {
    #[default]
    En,
    Zh,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Zh, Lang::Ru];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, as shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
            Lang::Ru => "Русский",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or_default();
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::parse(primary)
                && quality > 0.0
                && best.is_none_or(|(q, _)| quality > q)
            {
                best = Some((quality, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::Zh => langid!("zh"),
            Lang::Ru => langid!("ru"),
        }
    }

    /// The translation of `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The translation of a message with its arguments.
    pub fn msg(self, msg: &Msg) -> String {
        if msg.args.is_empty() {
            return self.t(msg.key);
        }
        self.format(msg.key, &msg.args)
    }

    /// The translation of `key` with arguments named at run time (a message read back from storage).
    pub fn format<N: AsRef<str>>(self, key: &str, args: &[(N, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(name, arg)| (Cow::Owned(name.as_ref().to_owned()), arg.to_fluent(self)))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }

    /// A date such as "15 Jun 2023", "2023年6月15日" or "15 июня 2023 г.".
    pub fn date(self, date: NaiveDate) -> String {
        let (d, m, y) = (date.day(), date.month0() as usize, date.year());
        match self {
            Lang::En => format!("{d} {} {y}", EN_MONTHS[m]),
            Lang::Zh => format!("{y}年{}月{d}日", m + 1),
            Lang::Ru => format!("{d} {} {y} г.", RU_MONTHS_GENITIVE[m]),
        }
    }

    /// A date range, shortened when both ends share the month or the year.
    pub fn date_range(self, start: NaiveDate, end: NaiveDate) -> String {
        if start == end {
            return self.date(start);
        }
        let same_year = start.year() == end.year();
        let same_month = same_year && start.month() == end.month();
        let (sd, ed) = (start.day(), end.day());
        match self {
            Lang::En if same_month => format!("{sd}–{}", self.date(end)),
            Lang::En if same_year => {
                format!(
                    "{sd} {} – {}",
                    EN_MONTHS[start.month0() as usize],
                    self.date(end)
                )
            }
            Lang::Zh if same_month => format!("{}–{ed}日", self.date(start).trim_end_matches('日')),
            Lang::Zh if same_year => format!("{}–{}月{ed}日", self.date(start), end.month()),
            Lang::Ru if same_month => format!("{sd}–{}", self.date(end)),
            Lang::Ru if same_year => format!(
                "{sd} {} – {}",
                RU_MONTHS_GENITIVE[start.month0() as usize],
                self.date(end)
            ),
            _ => format!("{} – {}", self.date(start), self.date(end)),
        }
    }

    /// An integer with the language's digit grouping: "1,000" or "1 000".
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let separator = match self {
            Lang::Ru => '\u{a0}',
            Lang::En | Lang::Zh => ',',
        };
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if n < 0 {
            out.push('-');
        }
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(ch);
        }
        out
    }

    /// Minutes as hours with one decimal, written the language's way ("7.5", "7,5").
    pub fn hours(self, minutes: i64) -> String {
        let tenths = hour_tenths(minutes);
        let point = match self {
            Lang::Ru => ',',
            Lang::En | Lang::Zh => '.',
        };
        format!("{}{point}{}", self.number(tenths / 10), tenths % 10)
    }
}

crate::db::stored_as_text!(Lang);

/// Minutes as tenths of an hour, half a tenth rounded up: the one rounding of hours that pages, CSV and
/// `.xlsx` files and JSON all use.
pub fn hour_tenths(minutes: i64) -> i64 {
    (minutes * 10 + 30).div_euclid(60)
}

/// Minutes as hours with one decimal, as a number (for JSON and workbooks), rounded as `hour_tenths`.
pub fn decimal_hours(minutes: i64) -> f64 {
    hour_tenths(minutes) as f64 / 10.0
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const RU_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

fn format_fluent_number(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(FluentNumber { value, .. }) if value.fract() == 0.0 => {
            Some(lang.number(*value as i64))
        }
        _ => None,
    }
}

/// A translatable message: a Fluent key and its arguments, rendered in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A value inside a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Arg {
    Number(i64),
    Text(String),
    Date(NaiveDate),
    /// A translation key, put in the reader's language (a status or kind named by its `label_key`).
    Label(String),
}

impl Arg {
    fn to_fluent(&self, lang: Lang) -> FluentValue<'static> {
        match self {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Date(d) => FluentValue::from(lang.date(*d)),
            Arg::Label(key) => FluentValue::from(lang.t(key)),
        }
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(n.into())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Self {
        Arg::Date(d)
    }
}

impl Msg {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_the_highest_quality_supported_language() {
        assert_eq!(
            Lang::from_accept_language("ru-RU,ru;q=0.9,en;q=0.8"),
            Some(Lang::Ru)
        );
        assert_eq!(
            Lang::from_accept_language("de-DE,zh-CN;q=0.5,en;q=0.7"),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_accept_language("kk, zh-Hans;q=0.3"),
            Some(Lang::Zh)
        );
        assert_eq!(Lang::from_accept_language("de, fr;q=0.5"), None);
        assert_eq!(
            Lang::from_accept_language("en;q=0, ru;q=0.1"),
            Some(Lang::Ru)
        );
    }

    #[test]
    fn numbers_are_grouped_the_way_each_language_writes_them() {
        assert_eq!(Lang::En.number(1000), "1,000");
        assert_eq!(Lang::Zh.number(1_234_567), "1,234,567");
        assert_eq!(Lang::Ru.number(1000), "1\u{a0}000");
        assert_eq!(Lang::Ru.number(999), "999");
        assert_eq!(Lang::En.number(-12_000), "-12,000");
    }

    #[test]
    fn hours_have_one_decimal_in_each_languages_way() {
        assert_eq!(Lang::En.hours(90), "1.5");
        assert_eq!(Lang::Ru.hours(90), "1,5");
        assert_eq!(Lang::Zh.hours(20), "0.3");
        assert_eq!(Lang::En.hours(60_000), "1,000.0");
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        let d = NaiveDate::from_ymd_opt(2023, 6, 15).unwrap();
        assert_eq!(Lang::En.date(d), "15 Jun 2023");
        assert_eq!(Lang::Zh.date(d), "2023年6月15日");
        assert_eq!(Lang::Ru.date(d), "15 июня 2023 г.");
        let end = NaiveDate::from_ymd_opt(2023, 6, 21).unwrap();
        assert_eq!(Lang::En.date_range(d, end), "15–21 Jun 2023");
        assert_eq!(Lang::Zh.date_range(d, end), "2023年6月15–21日");
        assert_eq!(Lang::Ru.date_range(d, end), "15–21 июня 2023 г.");
        let july = NaiveDate::from_ymd_opt(2023, 7, 2).unwrap();
        assert_eq!(Lang::En.date_range(d, july), "15 Jun – 2 Jul 2023");
        assert_eq!(Lang::Zh.date_range(d, july), "2023年6月15日–7月2日");
    }
}
