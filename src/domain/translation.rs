//! Texts a trainee reads, in several languages: the original (in the language it was written in) and the
//! other languages' versions, and the one rule that picks what a reader sees — their own language, else
//! the cohort's first working language, else the original.
//!
//! Every such text is a [`Text`] (which field of which kind of thing) of one object, a [`StringId`]
//! (`session:12:title`); the set of languages is [`Lang::ALL`], so a language more is data, not a column.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use crate::domain::ids::text_enum;
use crate::domain::input::{NAME_MAX, TEXT_MAX, optional_multiline, optional_text};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};

text_enum!(
    /// The kinds of things whose texts are translated.
    Owner {
        Cohort => "cohort", "translations-owner-cohort",
        Allocation => "allocation", "translations-owner-city",
        Session => "session", "translations-owner-session",
        Venue => "venue", "translations-owner-venue",
        Speaker => "speaker", "translations-owner-speaker",
        Interpreter => "interpreter", "translations-owner-interpreter",
        Vehicle => "vehicle", "translations-owner-vehicle",
    }
);

impl Owner {
    /// The text that names a thing of this kind (a session's title, a venue's name).
    pub fn name_text(self) -> Text {
        match self {
            Owner::Cohort => Text::CohortName,
            Owner::Allocation => Text::HostCity,
            Owner::Session => Text::SessionTitle,
            Owner::Venue => Text::VenueName,
            Owner::Speaker => Text::SpeakerName,
            Owner::Interpreter => Text::InterpreterName,
            Owner::Vehicle => Text::VehicleName,
        }
    }
}

text_enum!(
    /// Every text a trainee reads that may exist in several languages: `owner.field`.
    Text {
        CohortName => "cohort.name", "cohort-field-name",
        HostCity => "allocation.host_city", "allocation-field-host-city",
        SessionTitle => "session.title", "session-field-title",
        SessionDescription => "session.description", "session-field-description",
        SessionRoom => "session.room", "session-field-room",
        SessionAddress => "session.address", "session-field-address",
        SessionDeparturePoint => "session.departure_point", "session-field-departure-point",
        SessionWhatToBring => "session.what_to_bring", "session-field-what-to-bring",
        SessionHostOrganization => "session.host_organization", "session-field-host-organization",
        SessionHostContact => "session.host_contact", "session-field-host-contact",
        VenueName => "venue.name", "venue-field-name",
        VenueAddress => "venue.address", "venue-field-address",
        SpeakerName => "speaker.name", "speaker-field-name",
        SpeakerTitle => "speaker.title", "speaker-field-title",
        SpeakerOrganization => "speaker.organization", "speaker-field-organization",
        InterpreterName => "interpreter.name", "interpreter-field-name",
        VehicleName => "vehicle.name", "vehicle-field-name",
    }
);

impl Text {
    /// The kind of thing the text belongs to.
    pub fn owner(self) -> Owner {
        let owner = self.as_str().split_once('.').map_or("", |(owner, _)| owner);
        Owner::parse(owner).unwrap_or(Owner::Session)
    }

    /// The field's name on its owner (`title`), as versions are stored.
    pub fn field(self) -> &'static str {
        self.as_str().split_once('.').map_or("", |(_, field)| field)
    }

    /// The text of an owner's field.
    pub fn of(owner: Owner, field: &str) -> Option<Text> {
        Text::ALL
            .iter()
            .copied()
            .find(|t| t.owner() == owner && t.field() == field)
    }

    /// The texts of one kind of thing.
    pub fn of_owner(owner: Owner) -> impl Iterator<Item = Text> {
        Text::ALL
            .iter()
            .copied()
            .filter(move |t| t.owner() == owner)
    }

    /// Whether the text may have several lines.
    pub fn is_multiline(self) -> bool {
        self == Text::SessionDescription
    }

    /// Reads a version as the field reads its original: one line or several, and no longer (empty: no
    /// version).
    pub fn parse_version(self, raw: &str) -> Result<String, Msg> {
        match self {
            Text::SessionDescription => optional_multiline(raw, TEXT_MAX),
            Text::SessionWhatToBring => optional_text(raw, TEXT_MAX),
            _ => optional_text(raw, NAME_MAX),
        }
    }

    /// The name of the form input for the version in `lang` on its owner's own form: `title-ru`.
    pub fn input_name(self, lang: Lang) -> String {
        format!("{}-{lang}", self.field())
    }
}

/// One text of one object: `session:12:title`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StringId {
    pub text: Text,
    pub id: i32,
}

impl StringId {
    pub fn new(text: Text, id: i32) -> StringId {
        StringId { text, id }
    }

    /// Reads `session:12:title` back.
    pub fn parse(raw: &str) -> Option<StringId> {
        let mut parts = raw.trim().splitn(3, ':');
        let owner = Owner::parse(parts.next()?)?;
        let id = parts.next()?.parse().ok()?;
        let text = Text::of(owner, parts.next()?)?;
        Some(StringId { text, id })
    }

    /// The name of the input for its version in `lang` on a form of many objects' texts.
    pub fn input_name(self, lang: Lang) -> String {
        format!("{self}-{lang}")
    }
}

impl fmt::Display for StringId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let owner = self.text.owner().as_str();
        write!(f, "{owner}:{}:{}", self.id, self.text.field())
    }
}

/// The language a text is most likely written in, from its letters: Chinese characters, Cyrillic or
/// Latin, whichever it has most of (Latin, and no letters at all, count as English). Used for the things
/// whose form has no language of its own (venues, speakers, a cohort's name).
pub fn guess_language(text: &str) -> Lang {
    let (mut han, mut cyrillic, mut latin) = (0, 0, 0);
    for c in text.chars() {
        match c {
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            c if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
    }
    if han > cyrillic.max(latin) {
        Lang::Zh
    } else if cyrillic > latin {
        Lang::Ru
    } else {
        Lang::En
    }
}

/// One version as a form sends it: which text, in which language, and the text.
pub type VersionInput = (StringId, Lang, String);

/// Versions read from a form before the thing they belong to had its id, given that id.
pub fn bound_to(versions: Vec<VersionInput>, id: i32) -> Vec<VersionInput> {
    versions
        .into_iter()
        .map(|(string, lang, text)| (StringId::new(string.text, id), lang, text))
        .collect()
}

/// Reads the versions a thing's own form sends (inputs named `{field}-{lang}`) before the thing has its
/// id: give them the id with `bound_to` once it is saved.
pub fn parse_own_versions(
    fields: &[(String, String)],
    owner: Owner,
) -> Result<Vec<VersionInput>, FormErrors> {
    parse_versions(fields, |field| {
        Some(StringId::new(Text::of(owner, field)?, 0))
    })
}

/// Reads the versions a form sends, each by the rules of its text; `name_of` finds the string an input
/// name stands for (anything else, such as the CSRF token, is not a version). Messages are keyed by input.
pub fn parse_versions(
    fields: &[(String, String)],
    name_of: impl Fn(&str) -> Option<StringId>,
) -> Result<Vec<VersionInput>, FormErrors> {
    let mut errors = FormErrors::new();
    let mut versions = Vec::new();
    for (name, raw) in fields {
        let Some((id, lang)) = name
            .rsplit_once('-')
            .and_then(|(string, lang)| Some((name_of(string)?, Lang::parse(lang)?)))
        else {
            continue;
        };
        if let Some(text) = errors.check(name.clone(), id.text.parse_version(raw)) {
            versions.push((id, lang, text));
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

    /// The language the text was written in.
    pub fn original_lang(&self) -> Lang {
        self.original_lang
    }

    /// The text as it was written.
    pub fn original_text(&self) -> &str {
        self.get(self.original_lang).unwrap_or_default()
    }

    /// Whether a reader of `lang` finds it in their language (as written or translated).
    pub fn has(&self, lang: Lang) -> bool {
        self.get(lang).is_some()
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

/// Texts of many objects, each in every language it exists in, in the order they were added.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: Vec<(StringId, Versions)>,
    index: HashMap<StringId, usize>,
}

impl Catalog {
    /// Adds a text (a text added again replaces the first).
    pub fn insert(&mut self, id: StringId, versions: Versions) {
        match self.index.get(&id) {
            Some(at) => self.entries[*at].1 = versions,
            None => {
                self.index.insert(id, self.entries.len());
                self.entries.push((id, versions));
            }
        }
    }

    pub fn get(&self, id: StringId) -> Option<&Versions> {
        self.index.get(&id).map(|at| &self.entries[*at].1)
    }

    /// What a reader of `order` sees of a text, or `fallback` for a text the catalog does not hold.
    pub fn pick<'a>(&'a self, id: StringId, order: &ReadingOrder, fallback: &'a str) -> &'a str {
        self.get(id).map_or(fallback, |v| v.pick(order))
    }

    /// The text of kind `text` whose original reads `original` (a trainee's hotel, by its venue's name).
    pub fn by_original(&self, text: Text, original: &str) -> Option<&Versions> {
        self.entries
            .iter()
            .find(|(id, v)| id.text == text && v.original_text() == original)
            .map(|(_, v)| v)
    }

    /// Every text, in the order added.
    pub fn entries(&self) -> &[(StringId, Versions)] {
        &self.entries
    }

    /// How many of the texts a reader of `lang` finds in their language.
    pub fn found_in(&self, lang: Lang) -> usize {
        self.entries.iter().filter(|(_, v)| v.has(lang)).count()
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
            ("name-ru", "not a session's field"),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        let session = |field: &str| Some(StringId::new(Text::of(Owner::Session, field)?, 7));
        assert_eq!(
            parse_versions(&fields, session).unwrap(),
            [
                (
                    StringId::new(Text::SessionTitle, 7),
                    Lang::Ru,
                    "Выезд в деревню".to_owned()
                ),
                (
                    StringId::new(Text::SessionDescription, 7),
                    Lang::Zh,
                    "第一行\n第二行".to_owned()
                ),
            ]
        );
        let two_lines = [("title-zh".to_owned(), "一\n二".to_owned())];
        let refused = parse_versions(&two_lines, session).unwrap_err();
        assert_eq!(refused.get("title-zh").unwrap().key, "error-line-break");
    }

    #[test]
    fn a_string_id_reads_back_as_written_and_nothing_else_does() {
        for text in Text::ALL {
            let id = StringId::new(*text, 42);
            assert_eq!(StringId::parse(&id.to_string()), Some(id));
        }
        assert_eq!(
            StringId::parse("session:12:departure_point"),
            Some(StringId::new(Text::SessionDeparturePoint, 12))
        );
        for bad in [
            "",
            "session:12",
            "session:x:title",
            "venue:3:title",
            "guest:1:name",
        ] {
            assert_eq!(StringId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_language_of_a_text_is_guessed_from_most_of_its_letters() {
        assert_eq!(guess_language("青岛农业大学"), Lang::Zh);
        assert_eq!(guess_language("Циндао"), Lang::Ru);
        assert_eq!(guess_language("Qingdao Hotel"), Lang::En);
        assert_eq!(guess_language("Bus 1 (鲁B·3C215)"), Lang::En);
        assert_eq!(guess_language("王磊 (Wang Lei)"), Lang::En);
        assert_eq!(guess_language("1-2"), Lang::En);
    }

    #[test]
    fn a_catalog_counts_what_readers_find_in_their_language() {
        let mut catalog = Catalog::default();
        catalog.insert(StringId::new(Text::SessionTitle, 1), lecture());
        catalog.insert(
            StringId::new(Text::VenueName, 2),
            Versions::original("青岛饭店", Lang::Zh),
        );
        assert_eq!(catalog.found_in(Lang::Ru), 1);
        assert_eq!(catalog.found_in(Lang::Zh), 1);
        assert_eq!(catalog.found_in(Lang::En), 1);
        let russian = ReadingOrder::of(Lang::Ru, None);
        assert_eq!(
            catalog.pick(StringId::new(Text::VenueName, 2), &russian, "x"),
            "青岛饭店"
        );
        assert_eq!(
            catalog.pick(StringId::new(Text::VenueName, 3), &russian, "fallback"),
            "fallback"
        );
    }
}
