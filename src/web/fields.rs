//! A small form builder for the simple forms of venues, speakers, interpreters and vehicles: each kind
//! lists its fields, and one template (`templates/form.html`) draws them with their messages.

use askama::Template;

use crate::domain::translation::{Owner, Text, guess_language};
use crate::form_errors::FormErrors;
use crate::i18n::Lang;
use crate::web::ctx::Ctx;

/// A page with one simple form: its fields drawn in order, each with its message.
#[derive(Template)]
#[template(path = "form.html")]
pub struct SimpleForm {
    pub ctx: Ctx,
    pub heading: &'static str,
    pub action: String,
    pub back: String,
    pub fields: Vec<Field>,
    pub errors: FormErrors,
    /// The version of what the form edits (`services::editing`); empty on a new one.
    pub version: String,
}

/// The version an edit form sent (empty when it sent none).
pub fn version_sent(fields: &[(String, String)]) -> String {
    fields
        .iter()
        .find(|(name, _)| name == "version")
        .map(|(_, value)| value.clone())
        .unwrap_or_default()
}

/// What a choice is called: a translation key, or a text shown as it is (a name, a code).
#[derive(Debug, Clone)]
pub enum Label {
    Key(&'static str),
    Text(String),
    /// Two keys read "A → B" (a language pair).
    Pair(&'static str, &'static str),
}

impl Label {
    /// The label as a reader of `lang` reads it.
    pub fn read(&self, lang: Lang) -> String {
        match self {
            Label::Key(key) => lang.t(key),
            Label::Text(text) => text.clone(),
            Label::Pair(from, to) => format!("{} → {}", lang.t(from), lang.t(to)),
        }
    }
}

/// One field of a simple form.
#[derive(Debug, Clone)]
pub enum Field {
    /// A one-line input; `input` is its `type` (text, email, number, url).
    Line {
        name: &'static str,
        label: &'static str,
        value: String,
        input: &'static str,
    },
    /// One choice among several.
    Select {
        name: &'static str,
        label: &'static str,
        value: String,
        options: Vec<(String, Label)>,
    },
    /// Any number of choices among several.
    Checks {
        name: &'static str,
        label: &'static str,
        options: Vec<(String, Label, bool)>,
    },
    /// A single tick box, on when `checked`.
    Tick {
        name: &'static str,
        label: &'static str,
        checked: bool,
    },
    /// The text of the line before in the other languages: (language, input name, value).
    Versions {
        label: &'static str,
        inputs: Vec<(Lang, String, String)>,
    },
}

impl Field {
    pub fn line(name: &'static str, label: &'static str, value: &str) -> Field {
        Field::Line {
            name,
            label,
            value: value.to_owned(),
            input: "text",
        }
    }

    pub fn typed(
        name: &'static str,
        label: &'static str,
        value: &str,
        input: &'static str,
    ) -> Field {
        Field::Line {
            name,
            label,
            value: value.to_owned(),
            input,
        }
    }

    /// Check boxes for `all` choices (value, label), ticked where `chosen` holds the value.
    pub fn checks(
        name: &'static str,
        label: &'static str,
        all: impl IntoIterator<Item = (String, Label)>,
        chosen: &[String],
    ) -> Field {
        Field::Checks {
            name,
            label,
            options: all
                .into_iter()
                .map(|(value, label)| {
                    let on = chosen.contains(&value);
                    (value, label, on)
                })
                .collect(),
        }
    }
}

/// The fields with, after each line whose text `owner` keeps in several languages, an input per other
/// language (the original's language read from its letters; every language while the line is empty),
/// valued from `versions` (input name, value).
pub fn with_versions(
    fields: Vec<Field>,
    owner: Owner,
    versions: &[(String, String)],
) -> Vec<Field> {
    let mut all = Vec::new();
    for field in fields {
        let translated = match &field {
            Field::Line {
                name, label, value, ..
            } => Text::of(owner, name).map(|text| (text, *label, written_in(value))),
            _ => None,
        };
        all.push(field);
        if let Some((text, label, original)) = translated {
            let inputs = version_inputs(text, original, versions);
            all.push(Field::Versions { label, inputs });
        }
    }
    all
}

/// A text's inputs in the languages other than its original's (every language when the original's is not
/// known yet): (language, input name, value from `versions`).
pub fn version_inputs(
    text: Text,
    original: Option<Lang>,
    versions: &[(String, String)],
) -> Vec<(Lang, String, String)> {
    Lang::ALL
        .into_iter()
        .filter(|lang| Some(*lang) != original)
        .map(|lang| {
            let name = text.input_name(lang);
            let value = sent(versions, &name).unwrap_or_default().to_owned();
            (lang, name, value)
        })
        .collect()
}

/// The language a line of a form is written in, read from its letters; `None` while it is empty.
pub fn written_in(value: &str) -> Option<Lang> {
    (!value.trim().is_empty()).then(|| guess_language(value))
}

/// The value a form sent under `name`, if it sent one.
pub fn sent<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, value)| value.as_str())
}
