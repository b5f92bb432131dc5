//! Speakers: lecturers and hosts who teach in any cohort.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::SpeakerId;
use crate::domain::resources::SpeakerDraft;
use crate::models::resource_queries;
use crate::schema::speakers;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = speakers)]
pub struct Speaker {
    pub id: SpeakerId,
    pub name: String,
    pub title: String,
    pub organization: String,
    pub email: String,
    pub phone: String,
    /// Comma-separated language codes.
    pub languages: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = speakers)]
pub struct SpeakerFields<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub organization: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub languages: String,
}

impl<'a> SpeakerFields<'a> {
    pub fn from_draft(draft: &'a SpeakerDraft) -> Self {
        Self {
            name: &draft.name,
            title: &draft.title,
            organization: &draft.organization,
            email: &draft.email,
            phone: &draft.phone,
            languages: WorkingLanguage::list_to_db(&draft.languages),
        }
    }
}

resource_queries!(Speaker, SpeakerFields, speakers, SpeakerId);
