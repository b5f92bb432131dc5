//! The routes, one file per area. Handlers extract, parse, call one service or model function, and
//! answer with a page or a 303 redirect.

use std::fmt;

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDateTime;
use serde::de::DeserializeOwned;

use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::web::assets;
use crate::web::auth::Organizer;
use crate::web::ctx::flash;
use crate::web::render::see_other;
use crate::web::state::AppState;

mod api;
mod api_tokens;
mod attendance;
mod audit;
mod auth;
mod boarding;
mod certificates;
mod checkin;
mod clone;
mod cohorts;
mod commitments;
mod dashboard;
mod delegations;
mod groups;
mod health;
mod itinerary;
mod language;
mod mailings;
mod progress;
mod report;
mod resources;
mod sessions;
mod trainee_import;
mod trainees;
mod vehicles;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
        .app_data(web::QueryConfig::default().error_handler(|_, _| AppError::BadRequest.into()))
        .route("/health", web::get().to(health::check))
        .route("/static/{name}", web::get().to(assets::serve))
        .service(
            web::resource("/login")
                .route(web::get().to(auth::login_form))
                .route(web::post().to(auth::login)),
        )
        .route("/logout", web::post().to(auth::logout))
        .service(
            web::resource("/setup")
                .route(web::get().to(auth::setup_form))
                .route(web::post().to(auth::setup)),
        )
        .route("/language", web::post().to(language::switch))
        .route("/", web::get().to(dashboard::show))
        .configure(commitments::configure)
        .configure(cohorts::configure)
        .configure(trainee_import::configure)
        .configure(trainees::configure)
        .configure(delegations::configure)
        .configure(resources::configure)
        .configure(clone::configure)
        .configure(sessions::configure)
        .configure(groups::configure)
        .configure(attendance::configure)
        .configure(checkin::configure)
        .configure(itinerary::configure)
        .configure(mailings::configure)
        .configure(progress::configure)
        .configure(report::configure)
        .configure(api::configure)
        .configure(api_tokens::configure)
        .configure(audit::configure)
        .configure(boarding::configure)
        .configure(certificates::configure)
        .configure(vehicles::configure);
}

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
    _: Organizer,
    req: HttpRequest,
    path: web::Path<(T, ArchiveAction)>,
) -> AppResult<HttpResponse> {
    let (id, action) = path.into_inner();
    let now = state.now();
    let archived_at = action.archived_at(now);
    state
        .db(move |conn| T::set_archived(conn, id, archived_at, now))
        .await?;
    flash(&req, action.notice());
    Ok(see_other(&format!("{}/{id}", T::PATH)))
}

/// Answers every path no route matched.
pub async fn not_found(_req: HttpRequest) -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
