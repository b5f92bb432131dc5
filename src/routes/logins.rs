//! A user's own logins: `/account/sessions` lists every browser logged in as them (which, from where,
//! when last seen) and ends any of them, or all but this one.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::ids::LoginId;
use crate::domain::login::device;
use crate::error::AppResult;
use crate::models::login::Login;
use crate::services::logins;
use crate::web::auth::{Staff, current_login};
use crate::web::ctx::{Ctx, flash};
use crate::web::render::{page, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account/sessions", web::get().to(index))
        .route("/account/sessions/others/end", web::post().to(end_others))
        .route("/account/sessions/{id:\\d+}/end", web::post().to(end));
}

#[derive(Template)]
#[template(path = "auth/sessions.html")]
struct SessionsPage {
    ctx: Ctx,
    logins: Vec<Login>,
    this: Option<LoginId>,
}

impl SessionsPage {
    fn device(&self, login: &Login) -> String {
        device(&login.user_agent)
    }

    fn is_this(&self, login: &Login) -> bool {
        self.this == Some(login.id)
    }
}

/// `GET /account/sessions`
async fn index(
    state: web::Data<AppState>,
    Staff(user): Staff,
    req: HttpRequest,
    ctx: Ctx,
) -> AppResult<HttpResponse> {
    let logins = state
        .db(move |conn| Ok(Login::of_user(conn, user.id)?))
        .await?;
    page(&SessionsPage {
        ctx,
        logins,
        this: current_login(&req),
    })
}

/// `POST /account/sessions/{id}/end`: that browser is logged out at once.
async fn end(
    state: web::Data<AppState>,
    Staff(user): Staff,
    req: HttpRequest,
    id: web::Path<LoginId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let ended = state.db(move |conn| logins::end(conn, user.id, id)).await?;
    if ended {
        flash(&req, "flash-session-ended");
    }
    Ok(see_other("/account/sessions"))
}

/// `POST /account/sessions/others/end`: every other browser is logged out at once.
async fn end_others(
    state: web::Data<AppState>,
    Staff(user): Staff,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let this = current_login(&req);
    state
        .db(move |conn| logins::end_others(conn, user.id, this))
        .await?;
    flash(&req, "flash-sessions-ended");
    Ok(see_other("/account/sessions"))
}
