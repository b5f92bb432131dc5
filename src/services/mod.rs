//! Use cases that span tables. Each takes a connection and `now`, so tests control the clock.

pub mod accounts;
pub mod api_tokens;
pub mod attendance;
pub mod audit;
pub mod boarding;
pub mod cache;
pub mod certificates;
pub mod checkin;
pub mod clone;
pub mod cohorts;
pub mod commitments;
pub mod dashboard;
pub mod demo;
pub mod export;
pub mod groups;
pub mod history;
pub mod itinerary;
pub mod mailings;
pub mod materials;
pub mod outbox;
pub mod progress;
pub mod report;
pub mod roster;
pub mod roster_file;
pub mod schedule;
pub mod timetable;
