//! Parsing newtypes and pure rules: everything here is checked without a database.

pub mod account;
pub mod attendance;
pub mod audit;
pub mod calendar;
pub mod chart;
pub mod checkin;
pub mod cohort;
pub mod commitment;
pub mod duty;
pub mod ids;
pub mod input;
pub mod itinerary;
pub mod login;
pub mod outbox;
pub mod resources;
pub mod retention;
pub mod role;
pub mod schedule;
pub mod time;
pub mod trainee;
pub mod translation;
pub mod vault;
