//! Integration tests: real HTTP requests through the real app, each test with its own database.
//! Set `TEST_DATABASE_URL=postgres://…` to run them all on PostgreSQL.

mod access;
mod auth;
mod browser;
mod cohorts;
mod commitments;
mod csrf;
mod demo;
mod health;
mod helpers;
mod i18n;
mod import;
mod migrations;
mod server;
mod setup;
mod trainees;
