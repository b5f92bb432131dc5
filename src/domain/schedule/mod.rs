//! Sessions of a timetable and the rules that keep a timetable possible. Everything here is pure: the
//! services hand in the sessions that matter.
//!
//! - `kinds`: what a session is (lecture, site visit…), its theme and whether it will happen;
//! - `clash`: who and what can be in one place at a time (clashes, which block saving) and what makes a
//!   day hard to live (warnings, which an organizer may accept);
//! - `form`: the session form and its rules;
//! - `clone`: the form that copies another cohort's timetable;
//! - `week`: how a week of sessions is laid out in the week grid.

pub mod clash;
pub mod clone;
pub mod form;
pub mod kinds;
pub mod week;
