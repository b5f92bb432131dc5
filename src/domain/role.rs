//! Who may do what. This is the one place that decides it; the extractors in `web::auth` ask it.

use diesel::deserialize::FromSqlRow;
use diesel::expression::AsExpression;
use serde::{Deserialize, Serialize};

use crate::domain::ids::{AllocationId, CommitmentId};

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
    /// Change what spans every course: commitments, host-city allocations, accounts, the audit log of
    /// everything.
    Administer,
}

/// Which courses an account sees: every one, one commitment's, or one host city's (an allocation of a
/// commitment). A limited account is told a course outside its scope does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    All,
    Commitment(CommitmentId),
    HostCity {
        commitment: CommitmentId,
        allocation: AllocationId,
    },
}

impl Scope {
    /// The scope stored as its two columns (an allocation is kept with its commitment).
    pub fn from_columns(
        commitment: Option<CommitmentId>,
        allocation: Option<AllocationId>,
    ) -> Scope {
        match (commitment, allocation) {
            (Some(commitment), Some(allocation)) => Scope::HostCity {
                commitment,
                allocation,
            },
            (Some(commitment), None) => Scope::Commitment(commitment),
            (None, _) => Scope::All,
        }
    }

    /// The two columns that store the scope.
    pub fn columns(self) -> (Option<CommitmentId>, Option<AllocationId>) {
        match self {
            Scope::All => (None, None),
            Scope::Commitment(commitment) => (Some(commitment), None),
            Scope::HostCity {
                commitment,
                allocation,
            } => (Some(commitment), Some(allocation)),
        }
    }

    pub fn is_all(self) -> bool {
        self == Scope::All
    }

    /// Whether a course of this allocation (of this commitment) is in the scope.
    pub fn covers(self, commitment: CommitmentId, allocation: AllocationId) -> bool {
        match self {
            Scope::All => true,
            Scope::Commitment(c) => c == commitment,
            Scope::HostCity {
                allocation: a,
                commitment: c,
            } => c == commitment && a == allocation,
        }
    }

    /// Whether the commitment's page (its figures, not every one of its courses) is in the scope.
    pub fn covers_commitment(self, commitment: CommitmentId) -> bool {
        match self {
            Scope::All => true,
            Scope::Commitment(c) | Scope::HostCity { commitment: c, .. } => c == commitment,
        }
    }

    /// The commitment the scope is limited to, if any.
    pub fn commitment(self) -> Option<CommitmentId> {
        self.columns().0
    }

    /// The allocation (host city) the scope is limited to, if any.
    pub fn allocation(self) -> Option<AllocationId> {
        self.columns().1
    }
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
            Access::ManageCourses | Access::Administer => self == Role::Organizer,
        }
    }

    /// Whether the role allows `access` to an account limited to `scope`: whatever spans every course is
    /// only for organizers of every course.
    pub fn allows_within(self, scope: Scope, access: Access) -> bool {
        self.allows(access) && (access != Access::Administer || scope.is_all())
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

    #[test]
    fn only_organizers_of_every_course_administer() {
        let city = Scope::HostCity {
            commitment: CommitmentId(1),
            allocation: AllocationId(2),
        };
        assert!(Role::Organizer.allows_within(Scope::All, Access::Administer));
        assert!(!Role::Organizer.allows_within(city, Access::Administer));
        assert!(Role::Organizer.allows_within(city, Access::ManageCourses));
        assert!(!Role::Coordinator.allows_within(Scope::All, Access::Administer));
    }

    #[test]
    fn a_scope_covers_its_own_courses_only() {
        let (one, two) = (CommitmentId(1), CommitmentId(2));
        let (qingdao, xian) = (AllocationId(10), AllocationId(11));
        let city = Scope::HostCity {
            commitment: one,
            allocation: qingdao,
        };
        assert!(Scope::All.covers(two, xian));
        assert!(Scope::Commitment(one).covers(one, xian));
        assert!(!Scope::Commitment(one).covers(two, xian));
        assert!(city.covers(one, qingdao));
        assert!(!city.covers(one, xian));
        assert!(city.covers_commitment(one));
        assert!(!city.covers_commitment(two));
        for scope in [Scope::All, Scope::Commitment(two), city] {
            let (c, a) = scope.columns();
            assert_eq!(Scope::from_columns(c, a), scope);
        }
    }
}
