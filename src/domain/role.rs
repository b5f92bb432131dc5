//! Who may do what. This is the one place that decides it; the extractors in `web::auth` ask it.

use diesel::deserialize::FromSqlRow;
use diesel::expression::AsExpression;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, AsExpression, FromSqlRow)]
#[serde(rename_all = "lowercase")]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Role {
    /// Sets up commitments and cohorts, enrols trainees, schedules, takes attendance.
    Organizer,
    /// Reads everything and reports progress; changes nothing.
    Coordinator,
    /// A course participant; sees only their own itinerary (pages come with the itineraries issue).
    Trainee,
}

crate::db::stored_as_text!(Role);

/// What a request wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read the course administration pages: commitments, cohorts, dashboards.
    ReadCourses,
    /// Create, change or archive anything in the course administration.
    ManageCourses,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Organizer => "organizer",
            Role::Coordinator => "coordinator",
            Role::Trainee => "trainee",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text.trim().to_ascii_lowercase().as_str() {
            "organizer" => Some(Role::Organizer),
            "coordinator" => Some(Role::Coordinator),
            "trainee" => Some(Role::Trainee),
            _ => None,
        }
    }

    /// The translation key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Organizer => "role-organizer",
            Role::Coordinator => "role-coordinator",
            Role::Trainee => "role-trainee",
        }
    }

    pub fn allows(self, access: Access) -> bool {
        match access {
            Access::ReadCourses => matches!(self, Role::Organizer | Role::Coordinator),
            Access::ManageCourses => self == Role::Organizer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinators_read_but_only_organizers_manage_and_trainees_do_neither() {
        assert!(Role::Organizer.allows(Access::ReadCourses));
        assert!(Role::Organizer.allows(Access::ManageCourses));
        assert!(Role::Coordinator.allows(Access::ReadCourses));
        assert!(!Role::Coordinator.allows(Access::ManageCourses));
        assert!(!Role::Trainee.allows(Access::ReadCourses));
        assert!(!Role::Trainee.allows(Access::ManageCourses));
    }
}
