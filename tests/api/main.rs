//! Integration tests: real HTTP requests through the real app, each test with its own database.
//! Set `TEST_DATABASE_URL=postgres://…` to run them all on PostgreSQL.

mod access;
mod attendance;
mod audit;
mod auth;
mod boarding;
mod browser;
mod certificates;
mod checkin;
mod clone;
mod cohorts;
mod commitments;
mod csrf;
mod demo;
mod exports;
mod files;
mod groups;
mod health;
mod helpers;
mod i18n;
mod import;
mod itinerary;
mod json_api;
mod layers;
mod mailings;
mod migrations;
mod progress;
mod report;
mod resources;
mod scale;
mod server;
mod sessions;
mod setup;
mod smtp;
mod trainees;
mod translations;
