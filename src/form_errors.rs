//! What is wrong with some input: a message per field. The domain's parsers and the services' rules
//! report every validation failure in this one shape, without knowing anything of the web; `AppError`
//! wraps it, and forms show each message next to its field.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::i18n::Msg;

/// Messages for the fields of a form, keyed by the field's name (`WHOLE_FORM` for one about the form as
/// a whole: a refusal that no single field explains), and — when someone else saved the same thing
/// while the form was open — what they changed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormErrors {
    fields: BTreeMap<Cow<'static, str>, Msg>,
    conflict: Option<Conflict>,
}

/// Why a form was not saved although nothing in it was wrong: what it edits changed after it was
/// loaded. The form comes back with its input; saving it again at `version` puts that input on top.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conflict {
    /// The version the form is at now (the newest change's).
    pub version: i32,
    /// Each field changed since, with its value now and the last one who changed it.
    pub changes: Vec<ChangedField>,
}

/// A field someone else changed while a form was open.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangedField {
    /// What the field belongs to (an audit object's stored name) and its translation key, as the
    /// audit log names them.
    pub object: &'static str,
    pub field: String,
    pub value: String,
    pub by: String,
    /// When, in UTC.
    pub at: chrono::NaiveDateTime,
}

/// The key of a message about the whole form rather than one field.
pub const WHOLE_FORM: &str = "";

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the first problem of a field (later ones for the same field are dropped).
    pub fn add(&mut self, field: impl Into<Cow<'static, str>>, msg: Msg) {
        self.fields.entry(field.into()).or_insert(msg);
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.fields.get(field)
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.conflict.is_none()
    }

    /// Each field with its message.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Msg)> + '_ {
        self.fields.iter().map(|(field, msg)| (field.as_ref(), msg))
    }

    /// The problems of single fields, each written next to its field as `{field}-error` (not the whole
    /// form's, nor numbered lines', which their pages list by line).
    pub fn by_field(&self) -> impl Iterator<Item = (&str, &Msg)> + '_ {
        self.iter()
            .filter(|(field, _)| !field.is_empty() && !field.contains(':'))
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// Keeps the value if it parsed, otherwise records the message under `field`.
    pub fn check<T>(
        &mut self,
        field: impl Into<Cow<'static, str>>,
        parsed: Result<T, Msg>,
    ) -> Option<T> {
        parsed.map_err(|msg| self.add(field, msg)).ok()
    }

    /// Finishes a parse: the draft when every field was right (it is `Some` exactly then), otherwise
    /// every message.
    pub fn finish<T>(self, draft: Option<T>) -> Result<T, FormErrors> {
        match draft {
            Some(draft) if self.is_empty() => Ok(draft),
            _ => Err(self),
        }
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), FormErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }

    pub fn single(field: &'static str, msg: Msg) -> Self {
        let mut errors = Self::new();
        errors.add(field, msg);
        errors
    }

    /// Two parts of one form read together: both, or every problem of either.
    pub fn both<A, B>(
        a: Result<A, FormErrors>,
        b: Result<B, FormErrors>,
    ) -> Result<(A, B), FormErrors> {
        match (a, b) {
            (Ok(a), Ok(b)) => Ok((a, b)),
            (a, b) => {
                let mut errors = FormErrors::new();
                a.err()
                    .into_iter()
                    .chain(b.err())
                    .for_each(|e| errors.merge(e));
                Err(errors)
            }
        }
    }

    /// The problems of a form read as a part of a bigger one whose inputs are named `{prefix}` (for the
    /// part's `name_field`) and `{prefix}_{field}`.
    pub fn prefixed(self, prefix: &str, name_field: &str) -> Self {
        let fields = self
            .fields
            .into_iter()
            .map(|(field, msg)| {
                let name = if field == name_field {
                    prefix.to_owned()
                } else {
                    format!("{prefix}_{field}")
                };
                (Cow::Owned(name), msg)
            })
            .collect();
        Self {
            fields,
            conflict: self.conflict,
        }
    }

    /// Adds every problem of `other` (a second part of the same form).
    pub fn merge(&mut self, other: FormErrors) {
        self.fields.extend(other.fields);
        self.conflict = self.conflict.take().or(other.conflict);
    }

    /// Records the problem of one numbered line of a field (a line of a text area), kept as
    /// `{field}:{line}`.
    pub fn add_line(&mut self, field: &str, line: usize, msg: Msg) {
        self.add(format!("{field}:{line}"), msg);
    }

    /// The problems of the numbered lines of `field`, in line order.
    pub fn lines_of(&self, field: &str) -> Vec<(usize, &Msg)> {
        let mut lines: Vec<(usize, &Msg)> = self
            .iter()
            .filter_map(|(key, msg)| {
                let (name, line) = key.split_once(':')?;
                Some((line.parse().ok()?, msg)).filter(|_| name == field)
            })
            .collect();
        lines.sort_by_key(|(line, _)| *line);
        lines
    }

    /// A refusal of the whole form (or of an action without a form).
    pub fn whole(msg: Msg) -> Self {
        Self::single(WHOLE_FORM, msg)
    }

    /// A form refused because what it edits changed after it was loaded.
    pub fn conflicting(conflict: Conflict) -> Self {
        Self {
            fields: BTreeMap::new(),
            conflict: Some(conflict),
        }
    }

    /// What others changed while the form was open, when that is why it came back.
    pub fn conflict(&self) -> Option<&Conflict> {
        self.conflict.as_ref()
    }

    /// The version a form shown again is at: the newest one after a conflict (so that saving it again
    /// applies its input on top), otherwise the one it was loaded at.
    pub fn version_or(&self, loaded: &str) -> String {
        match &self.conflict {
            Some(conflict) => conflict.version.to_string(),
            None => loaded.to_owned(),
        }
    }

    /// The message about the whole form, if there is one.
    pub fn about_form(&self) -> Option<&Msg> {
        self.get(WHOLE_FORM)
    }

    /// How many fields have a message (the whole form's own message not counted).
    pub fn fields_wrong(&self) -> usize {
        self.len() - usize::from(self.about_form().is_some())
    }

    /// The one message to show where there is room for only one (a notice after a button): the whole
    /// form's, else the first field's.
    pub fn first(&self) -> Option<&Msg> {
        self.about_form().or_else(|| self.fields.values().next())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_lines_come_back_in_line_order_apart_from_the_fields() {
        let mut errors = FormErrors::new();
        errors.add_line("lines", 10, Msg::new("error-bulk-twice"));
        errors.add_line("lines", 2, Msg::new("error-bulk-unknown"));
        errors.add_line("notes", 1, Msg::new("error-required"));
        errors.add(WHOLE_FORM, Msg::new("error-attendance-cancelled"));
        let lines: Vec<(usize, &str)> = errors
            .lines_of("lines")
            .into_iter()
            .map(|(n, m)| (n, m.key))
            .collect();
        assert_eq!(lines, [(2, "error-bulk-unknown"), (10, "error-bulk-twice")]);
        let whole = Some("error-attendance-cancelled");
        assert_eq!(errors.about_form().map(|m| m.key), whole);
        assert_eq!(errors.fields_wrong(), 3);
        assert_eq!(errors.first().map(|m| m.key), whole);
    }

    #[test]
    fn a_parse_finishes_with_its_draft_only_when_nothing_was_wrong() {
        assert_eq!(FormErrors::new().finish(Some(7)), Ok(7));
        let wrong = FormErrors::single("name", Msg::new("error-required"));
        assert_eq!(wrong.clone().finish(Some(7)), Err(wrong));
        assert!(FormErrors::new().finish(None::<i32>).is_err());
    }
}
