//! Archiving and restoring a row from its page: the one handler behind every archive button.

use std::fmt;

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDateTime;
use serde::de::DeserializeOwned;

use crate::db::DbConnection;
use crate::domain::role::Access;
use crate::error::AppResult;
use crate::web::auth::{Organizer, ensure};
use crate::web::ctx::flash;
use crate::web::render::see_other;
use crate::web::state::AppState;

/// The two things the archive buttons do.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArchiveAction {
    Archive,
    Restore,
}

impl ArchiveAction {
    /// The value of the row's `archived_at` after the action.
    pub fn archived_at(self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        match self {
            ArchiveAction::Archive => Some(now),
            ArchiveAction::Restore => None,
        }
    }

    pub fn notice(self) -> &'static str {
        match self {
            ArchiveAction::Archive => "flash-archived",
            ArchiveAction::Restore => "flash-restored",
        }
    }
}

/// A row that organizers archive and restore from its page.
pub trait Archivable: DeserializeOwned + fmt::Display + Copy + Send + 'static {
    /// Where the list lives; the row's page is `{PATH}/{id}`.
    const PATH: &'static str;
    /// What an organizer needs to archive or restore one.
    const ACCESS: Access;

    fn set_archived(
        conn: &mut DbConnection,
        id: Self,
        archived_at: Option<NaiveDateTime>,
        now: NaiveDateTime,
    ) -> AppResult<()>;
}

/// `POST {PATH}/{id}/archive` and `POST {PATH}/{id}/restore`
pub async fn archive<T: Archivable>(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    path: web::Path<(T, ArchiveAction)>,
) -> AppResult<HttpResponse> {
    ensure(&user, T::ACCESS)?;
    let (id, action) = path.into_inner();
    let now = state.now();
    let archived_at = action.archived_at(now);
    state
        .db(move |conn| T::set_archived(conn, id, archived_at, now))
        .await?;
    flash(&req, action.notice());
    Ok(see_other(&format!("{}/{id}", T::PATH)))
}
