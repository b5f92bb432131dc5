//! A session's materials file: uploaded by organizers on the session's page, downloaded by staff from
//! `/cohorts/{id}/sessions/{session_id}/materials`.

use actix_multipart::Multipart;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::domain::ids::{CohortId, SessionId};
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::services::materials::{self, MAX_BYTES};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::flash_message;
use crate::web::render::{after_button, download, see_other};
use crate::web::state::AppState;
use crate::web::upload::{Upload, read_file};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/sessions/{session_id:\\d+}/materials")
            .route(web::get().to(show))
            .route(web::post().to(upload)),
    );
}

/// `POST /cohorts/{id}/sessions/{session_id}/materials`: keeps an uploaded file (at most 20 MB).
async fn upload(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, SessionId)>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let location = format!("/cohorts/{id}/sessions/{session}");
    let Upload::File { name, bytes } = read_file(payload, MAX_BYTES).await? else {
        let too_large = Msg::new("error-materials-too-large").with("max", (MAX_BYTES >> 20) as i64);
        flash_message(&req, &too_large);
        return Ok(see_other(&location));
    };
    let files_dir = state.settings.files_dir.clone();
    let stored = state
        .db(move |conn| materials::store(conn, &files_dir, id, session, &name, &bytes))
        .await;
    let done = stored.map(|()| Msg::new("flash-materials-saved"));
    after_button(&req, done, &location)
}

/// `GET /cohorts/{id}/sessions/{session_id}/materials`: the uploaded file, as a download.
async fn show(
    state: web::Data<AppState>,
    _: Staff,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let files_dir = state.settings.files_dir.clone();
    let (name, bytes) = state
        .db(move |conn| materials::read(conn, &files_dir, id, session))
        .await?;
    Ok(download(&name, "application/octet-stream", bytes))
}
