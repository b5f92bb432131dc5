//! Venues: classrooms, halls, villages, cooperatives, farms and enterprises, shared by every cohort.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::ids::VenueId;
use crate::domain::resources::{VenueDraft, VenueKind};
use crate::models::resource_queries;
use crate::schema::venues;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = venues)]
pub struct Venue {
    pub id: VenueId,
    pub name: String,
    pub address: String,
    pub kind: VenueKind,
    pub capacity: Option<i32>,
    pub map_link: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = venues, treat_none_as_null = true)]
pub struct VenueFields<'a> {
    pub name: &'a str,
    pub address: &'a str,
    pub kind: VenueKind,
    pub capacity: Option<i32>,
    pub map_link: &'a str,
}

impl<'a> VenueFields<'a> {
    pub fn from_draft(draft: &'a VenueDraft) -> Self {
        Self {
            name: &draft.name,
            address: &draft.address,
            kind: draft.kind,
            capacity: draft.capacity,
            map_link: &draft.map_link,
        }
    }
}

resource_queries!(Venue, VenueFields, venues, VenueId);
