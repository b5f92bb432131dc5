//! Interpreters, each with the language pairs they work in, shared by every cohort.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::ids::InterpreterId;
use crate::domain::resources::{InterpreterDraft, LanguagePair};
use crate::models::resource_queries;
use crate::schema::interpreters;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = interpreters)]
pub struct Interpreter {
    pub id: InterpreterId,
    pub name: String,
    /// Comma-separated pairs such as `zh-ru`.
    pub language_pairs: String,
    pub contact: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = interpreters)]
pub struct InterpreterFields<'a> {
    pub name: &'a str,
    pub language_pairs: String,
    pub contact: &'a str,
}

impl<'a> InterpreterFields<'a> {
    pub fn from_draft(draft: &'a InterpreterDraft) -> Self {
        Self {
            name: &draft.name,
            language_pairs: LanguagePair::list_to_db(&draft.language_pairs),
            contact: &draft.contact,
        }
    }
}

resource_queries!(Interpreter, InterpreterFields, interpreters, InterpreterId);
