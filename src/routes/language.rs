//! `POST /language`: switches the interface language, remembered in a cookie and on the user's profile.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::i18n::Lang;

use crate::web::auth::save_language;
use crate::web::ctx::{Ctx, LANG_COOKIE};
use crate::web::form::Form;
use crate::web::render::{local_path, see_other};
use crate::web::state::AppState;

#[derive(Deserialize)]
pub struct LanguageInput {
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn switch(
    state: web::Data<AppState>,
    ctx: Ctx,
    Form(input): Form<LanguageInput>,
) -> AppResult<HttpResponse> {
    let lang = Lang::parse(&input.lang).ok_or(AppError::BadRequest)?;
    if let Some(user) = &ctx.user {
        save_language(&state, user.id, lang).await?;
    }
    let mut response = see_other(local_path(&input.next));
    let cookie = Cookie::build(LANG_COOKIE, lang.as_str())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.settings.is_https())
        .finish();
    response
        .add_cookie(&cookie)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(response)
}
