//! Texts a trainee reads, in several languages: the original (in the language it was written in) and the
//! other languages' versions, and the one rule that picks what a reader sees — their own language, else
//! the cohort's first working language, else the original.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::ids::text_enum;
use crate::domain::input::{NAME_MAX, TEXT_MAX, optional_multiline, optional_text};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};

text_enum!(
    /// A session's texts a trainee reads, each of which may exist in several languages.
    SessionText {
        Title => "title", "session-field-title",
        Description => "description", "session-field-description",
        Room => "room", "session-field-room",
        Address => "address", "session-field-address",
        DeparturePoint => "departure_point", "session-field-departure-point",
        WhatToBring => "what_to_bring", "session-field-what-to-bring",
    }
);

impl SessionText {
    /// Reads a version as the field reads its original: one line or several, and no longer (empty: no
    /// version).
    pub fn parse_version(self, raw: &str) -> Result<String, Msg> {
        match self {
            SessionText::Description => optional_multiline(raw, TEXT_MAX),
            SessionText::WhatToBring => optional_text(raw, TEXT_MAX),
            SessionText::Title
            | SessionText::Room
            | SessionText::Address
            | SessionText::DeparturePoint => optional_text(raw, NAME_MAX),
        }
    }

    /// The name of the form input for the version in `lang`: `title-ru`.
    pub fn input_name(self, lang: Lang) -> String {
        format!("{}-{lang}", self.as_str())
    }
}

/// One version as a form sends it: which text, in which language, and the text.
pub type VersionInput = (SessionText, Lang, String);

/// Reads the versions a translations form sends (inputs named `{field}-{lang}`; anything else, such as
/// the CSRF token, is not a version), each by the rules of its field; the messages are keyed by input.
pub fn parse_versions(fields: &[(String, String)]) -> Result<Vec<VersionInput>, FormErrors> {
    let mut errors = FormErrors::new();
    let mut versions = Vec::new();
    for (name, raw) in fields {
        let Some((field, lang)) = name
            .rsplit_once('-')
            .and_then(|(field, lang)| Some((SessionText::parse(field)?, Lang::parse(lang)?)))
        else {
            continue;
        };
        if let Some(text) = errors.check(field.input_name(lang), field.parse_version(raw)) {
            versions.push((field, lang, text));
        }
    }
    errors.into_result().map(|()| versions)
}

/// One text in every language it exists in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Versions {
    original_lang: Lang,
    by_lang: BTreeMap<Lang, String>,
    /// Versions written before the original last changed.
    stale: BTreeSet<Lang>,
}

impl Versions {
    /// A text written in `lang`, not yet translated.
    pub fn original(text: &str, lang: Lang) -> Versions {
        let mut by_lang = BTreeMap::new();
        by_lang.insert(lang, text.to_owned());
        Versions {
            original_lang: lang,
            by_lang,
            stale: BTreeSet::new(),
        }
    }

    /// Marks the version in `lang` as written before the original last changed.
    pub fn outdated(mut self, lang: Lang) -> Versions {
        self.stale.insert(lang);
        self
    }

    /// Whether the version in `lang` may be out of date.
    pub fn is_stale(&self, lang: Lang) -> bool {
        self.stale.contains(&lang)
    }

    /// Adds the version in `lang` (an empty one, or one for the original's language, changes nothing).
    pub fn with(mut self, lang: Lang, text: &str) -> Versions {
        if lang != self.original_lang && !text.trim().is_empty() {
            self.by_lang.insert(lang, text.to_owned());
        }
        self
    }

    /// The version in `lang`, if there is one.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.by_lang
            .get(&lang)
            .map(String::as_str)
            .filter(|t| !t.is_empty())
    }

    /// What a reader who reads `order` first sees: the first language of `order` the text exists in, else
    /// the original.
    pub fn pick(&self, order: &ReadingOrder) -> &str {
        order
            .0
            .iter()
            .find_map(|lang| self.get(*lang))
            .or_else(|| self.get(self.original_lang))
            .unwrap_or_default()
    }
}

/// The languages a reader's texts are looked for in, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadingOrder(Vec<Lang>);

impl ReadingOrder {
    /// No language preferred: every text in its original.
    pub fn original() -> ReadingOrder {
        ReadingOrder(Vec::new())
    }

    /// The reader's language, then the cohort's first working language (when it is one texts are kept
    /// in); the original comes last in any case.
    pub fn of(reader: Lang, cohort_first: Option<Lang>) -> ReadingOrder {
        let mut order = vec![reader];
        order.extend(cohort_first.filter(|l| *l != reader));
        ReadingOrder(order)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lecture() -> Versions {
        Versions::original("Rural governance at the grassroots", Lang::En)
            .with(Lang::Ru, "Управление на низовом уровне")
    }

    #[test]
    fn a_reader_sees_their_language_then_the_cohorts_then_the_original() {
        let russian = ReadingOrder::of(Lang::Ru, Some(Lang::Zh));
        assert_eq!(lecture().pick(&russian), "Управление на низовом уровне");
        let chinese = ReadingOrder::of(Lang::Zh, Some(Lang::Ru));
        assert_eq!(
            lecture().pick(&chinese),
            "Управление на низовом уровне",
            "no Chinese version: the cohort's first working language"
        );
        let chinese_alone = ReadingOrder::of(Lang::Zh, None);
        assert_eq!(
            lecture().pick(&chinese_alone),
            "Rural governance at the grassroots",
            "then the original"
        );
    }

    #[test]
    fn empty_versions_and_the_originals_language_are_not_versions() {
        let text = Versions::original("午餐", Lang::Zh)
            .with(Lang::En, "  ")
            .with(Lang::Zh, "something else");
        assert_eq!(text.get(Lang::En), None);
        assert_eq!(text.pick(&ReadingOrder::of(Lang::En, None)), "午餐");
    }

    #[test]
    fn a_translations_form_is_read_input_by_input_with_each_fields_rules() {
        let fields: Vec<(String, String)> = [
            ("csrf_token", "x"),
            ("title-ru", " Выезд в деревню "),
            ("description-zh", "第一行\n第二行"),
            ("title-xx", "not a language"),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            parse_versions(&fields).unwrap(),
            [
                (SessionText::Title, Lang::Ru, "Выезд в деревню".to_owned()),
                (
                    SessionText::Description,
                    Lang::Zh,
                    "第一行\n第二行".to_owned()
                ),
            ]
        );
        let two_lines = [("title-zh".to_owned(), "一\n二".to_owned())];
        let refused = parse_versions(&two_lines).unwrap_err();
        assert_eq!(refused.get("title-zh").unwrap().key, "error-line-break");
    }
}
