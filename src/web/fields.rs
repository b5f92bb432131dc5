//! A small form builder for the simple forms of venues, speakers, interpreters and vehicles: each kind
//! lists its fields, and one template (`templates/form.html`) draws them with their messages.

use askama::Template;

use crate::form_errors::FormErrors;
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
}

/// What a choice is called: a translation key, or a text shown as it is (a name, a code).
#[derive(Debug, Clone)]
pub enum Label {
    Key(&'static str),
    Text(String),
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
