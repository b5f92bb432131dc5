//! The trainee a phone belongs to, remembered in its session cookie after a check-in or on opening a
//! personal link, so that the next check-in from it is one tap.

use actix_session::Session as CookieSession;

use crate::domain::ids::TraineeId;
use crate::error::{AppError, AppResult};

const REMEMBERED: &str = "checkin_trainee";

/// Remembers on this phone who checks in from it (after a check-in, or on opening a personal link).
pub fn remember(cookie: &CookieSession, trainee: TraineeId, name: &str) -> AppResult<()> {
    if remembered(cookie).is_some_and(|(known, _)| known == trainee) {
        return Ok(());
    }
    cookie
        .insert(REMEMBERED, (trainee, name))
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// The trainee this phone checked in as before, with their name.
pub fn remembered(cookie: &CookieSession) -> Option<(TraineeId, String)> {
    cookie.get(REMEMBERED).ok().flatten()
}
