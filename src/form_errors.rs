//! What is wrong with some input: a message per field. The domain's parsers and the services' rules
//! report every validation failure in this one shape, without knowing anything of the web; `AppError`
//! wraps it, and forms show each message next to its field.

use std::collections::BTreeMap;

use crate::i18n::Msg;

/// Messages for the fields of a form, keyed by the field's name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormErrors(BTreeMap<&'static str, Msg>);

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the first problem of a field (later ones for the same field are dropped).
    pub fn add(&mut self, field: &'static str, msg: Msg) {
        self.0.entry(field).or_insert(msg);
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.get(field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each field with its message.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Msg)> + '_ {
        self.0.iter().map(|(field, msg)| (*field, msg))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Keeps the value if it parsed, otherwise records the message under `field`.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, Msg>) -> Option<T> {
        parsed.map_err(|msg| self.add(field, msg)).ok()
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
}
