//! The routes, one file per area. Handlers extract, parse, call one service or model function, and
//! answer with a page or a 303 redirect.

use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::AppError;
use crate::web::assets;

mod accounts;
mod api;
mod api_tokens;
mod attendance;
mod audit;
mod auth;
mod badges;
mod boarding;
mod certificates;
mod checkin;
mod clone;
mod cohorts;
mod commitments;
mod dashboard;
mod delegations;
mod duty;
mod groups;
mod health;
mod itinerary;
mod language;
mod logins;
mod mailings;
mod materials;
mod progress;
mod report;
mod resources;
mod sessions;
mod trainee_import;
mod trainees;
mod translations;
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
        .configure(badges::configure)
        .configure(delegations::configure)
        .configure(duty::configure)
        .configure(resources::configure)
        .configure(logins::configure)
        .configure(accounts::configure)
        .configure(clone::configure)
        .configure(sessions::configure)
        .configure(materials::configure)
        .configure(translations::configure)
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

/// Answers every path no route matched.
pub async fn not_found(_req: HttpRequest) -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
