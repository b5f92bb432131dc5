//! What every request can reach: the database pool, the settings, the throttle of wrong guesses,
//! recently read accounts, rosters, timetables and calendar feeds, the signing keys, and the clock.

use std::sync::Arc;

use actix_web::cookie::Key;
use actix_web::web;
use chrono::NaiveDateTime;

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::{DbConnection, Pool};
use crate::domain::checkin::CheckinKey;
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::services::audit;
use crate::services::itinerary::FeedCache;
use crate::services::mailings::Post;
use crate::services::roster::RosterCache;
use crate::services::timetable::TimetableCache;
use crate::web::actor;
use crate::web::throttle::GuessThrottle;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub settings: Arc<Settings>,
    pub throttle: Arc<GuessThrottle>,
    pub rosters: Arc<RosterCache>,
    pub timetables: Arc<TimetableCache>,
    /// Trainees' calendar feeds.
    pub feeds: Arc<FeedCache>,
    pub clock: Clock,
    /// Signs the session cookie.
    pub cookie_key: Key,
    /// Signs check-in codes and makes badge codes.
    pub checkin_key: CheckinKey,
    /// Seals passport numbers, personal links, queued e-mails and uploads.
    pub vault: Vault,
    /// Wakes the outbox worker when messages were queued.
    pub outbox_wake: Arc<tokio::sync::Notify>,
}

impl AppState {
    pub fn now(&self) -> NaiveDateTime {
        self.clock.now()
    }

    /// What sending itineraries needs from the state.
    pub fn post(&self) -> Post<'_> {
        Post {
            timetables: &self.timetables,
            settings: &self.settings,
            vault: &self.vault,
        }
    }

    /// Tells the outbox worker that messages are waiting.
    pub fn wake_outbox(&self) {
        self.outbox_wake.notify_one();
    }

    /// Runs blocking database work on the thread pool with a pooled connection.
    pub async fn db<T, F>(&self, f: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        let actor = actor::request_actor();
        web::block(move || {
            let mut conn = pool.get()?;
            audit::acting_as(actor, || f(&mut conn))
        })
        .await
        .map_err(AppError::from)?
    }

    /// Runs `f` with input that parsed, or passes the parse errors on (for form handlers).
    pub async fn db_parsed<D, T, F>(&self, parsed: Result<D, FormErrors>, f: F) -> AppResult<T>
    where
        D: Send + 'static,
        F: FnOnce(&mut DbConnection, D) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let input = parsed?;
        self.db(move |conn| f(conn, input)).await
    }
}
