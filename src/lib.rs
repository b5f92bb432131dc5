//! cohortdesk: runs government training courses end to end — commitments of training places, cohorts,
//! trainees, timetables, attendance, itineraries and progress reports — in English, Chinese and Russian.

pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod form_errors;
pub mod i18n;
pub mod mail;
pub mod models;
pub mod routes;
pub mod schema;
pub mod services;
pub mod sheet;
pub mod startup;
pub mod telemetry;
pub mod web;
