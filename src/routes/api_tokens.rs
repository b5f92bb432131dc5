//! Personal API tokens, for coordinators and organizers: `/api-tokens` lists one's own tokens and makes a
//! new one (shown once), `/api-tokens/{id}/revoke` revokes one.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::ids::{ApiTokenId, UserId};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::models::api_token::ApiToken;
use crate::services::api_tokens;
use crate::web::auth::Staff;
use crate::web::ctx::{Ctx, flash};
use crate::web::form::Form;
use crate::web::render::{page, page_with_status, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/api-tokens")
            .route(web::get().to(index))
            .route(web::post().to(create)),
    )
    .route("/api-tokens/{id}/revoke", web::post().to(revoke));
}

#[derive(Template)]
#[template(path = "api_tokens/index.html")]
struct IndexPage {
    ctx: Ctx,
    tokens: Vec<ApiToken>,
    /// A token just made, shown this once.
    created: Option<String>,
    token_name: String,
    errors: FormErrors,
    base_url: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TokenInput {
    name: String,
}

async fn tokens_of(state: &AppState, user: UserId) -> AppResult<Vec<ApiToken>> {
    state
        .db(move |conn| Ok(ApiToken::of_user(conn, user)?))
        .await
}

async fn index(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
) -> AppResult<HttpResponse> {
    page(&IndexPage {
        ctx,
        tokens: tokens_of(&state, user.id).await?,
        created: None,
        token_name: String::new(),
        errors: FormErrors::new(),
        base_url: state.settings.base_url.to_string(),
    })
}

/// `POST /api-tokens`: answers with the page itself, showing the new token once (it is not stored, so
/// it cannot travel through a redirect).
async fn create(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
    Form(input): Form<TokenInput>,
) -> AppResult<HttpResponse> {
    let now = state.now();
    let name = input.name.clone();
    let result = state
        .db(move |conn| api_tokens::create(conn, user.id, &name, now))
        .await;
    let (status, created, name, errors) = match result {
        Ok((_, token)) => (
            StatusCode::OK,
            Some(token),
            String::new(),
            FormErrors::new(),
        ),
        Err(AppError::Invalid(errors)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, None, input.name, errors)
        }
        Err(other) => return Err(other),
    };
    page_with_status(
        status,
        &IndexPage {
            ctx,
            tokens: tokens_of(&state, user.id).await?,
            created,
            token_name: name,
            errors,
            base_url: state.settings.base_url.to_string(),
        },
    )
}

async fn revoke(
    state: web::Data<AppState>,
    Staff(user): Staff,
    req: HttpRequest,
    id: web::Path<ApiTokenId>,
) -> AppResult<HttpResponse> {
    let (id, now) = (id.into_inner(), state.now());
    state
        .db(move |conn| api_tokens::revoke(conn, user.id, id, now))
        .await?;
    flash(&req, "flash-api-token-revoked");
    Ok(see_other("/api-tokens"))
}
