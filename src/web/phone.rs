//! The trainee a phone belongs to, remembered in its session cookie after a check-in or on opening a
//! personal link, so that the next check-in from it is one tap. A phone remembered through a personal
//! link keeps the link's digest: once the link is revoked (or issued anew), the phone is forgotten.

use actix_session::Session as CookieSession;
use serde::{Deserialize, Serialize};

use crate::domain::ids::TraineeId;
use crate::error::{AppError, AppResult};

const REMEMBERED: &str = "checkin_phone";

/// Who a phone checks in as.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Phone {
    pub trainee: TraineeId,
    pub name: String,
    /// The digest of the personal link that told the phone, when a link did (a badge code tells it too).
    pub link: Option<String>,
}

/// Remembers on this phone who checks in from it (after a check-in, or on opening a personal link).
pub fn remember(cookie: &CookieSession, phone: Phone) -> AppResult<()> {
    let known = remembered(cookie);
    if known.is_some_and(|k| k.trainee == phone.trainee && k.link == phone.link) {
        return Ok(());
    }
    cookie
        .insert(REMEMBERED, phone)
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// The trainee this phone checked in as before.
pub fn remembered(cookie: &CookieSession) -> Option<Phone> {
    cookie.get(REMEMBERED).ok().flatten()
}

/// Forgets who this phone belongs to (its link was revoked).
pub fn forget(cookie: &CookieSession) {
    cookie.remove(REMEMBERED);
}
