//! What a session is: its kind, its theme and whether it will happen.

use crate::domain::ids::text_enum;

text_enum!(
    /// How a session teaches (or what it is, when it does not).
    SessionKind {
        Lecture => "lecture", "session-kind-lecture",
        SiteVisit => "site_visit", "session-kind-site-visit",
        CaseStudy => "case_study", "session-kind-case-study",
        Ceremony => "ceremony", "session-kind-ceremony",
        Meal => "meal", "session-kind-meal",
        Break => "break", "session-kind-break",
        FreeTime => "free_time", "session-kind-free-time",
    }
);

text_enum!(
    /// The course's themes.
    Theme {
        Governance => "governance", "theme-governance",
        Construction => "construction", "theme-construction",
        Industry => "industry", "theme-industry",
        Mechanization => "mechanization", "theme-mechanization",
        Tourism => "tourism", "theme-tourism",
        Other => "other", "theme-other",
    }
);

text_enum!(
    /// Whether a session will happen.
    SessionStatus {
        Planned => "planned", "session-status-planned",
        Confirmed => "confirmed", "session-status-confirmed",
        Cancelled => "cancelled", "session-status-cancelled",
    }
);

impl SessionKind {
    /// Whether attendance is taken: the teaching (lectures, site visits, case studies), which is also what
    /// counts towards completing the course.
    pub fn takes_attendance(self) -> bool {
        matches!(
            self,
            SessionKind::Lecture | SessionKind::SiteVisit | SessionKind::CaseStudy
        )
    }

    /// Whether the session is rest rather than work (no "long session" warning, and a break in a day).
    pub fn is_rest(self) -> bool {
        matches!(
            self,
            SessionKind::Meal | SessionKind::Break | SessionKind::FreeTime
        )
    }
}
