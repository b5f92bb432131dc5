//! Logging in and out, and the first-run page that creates the first organizer.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::account::SetupInput;
use crate::domain::role::Access;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;

use crate::domain::login::device;
use crate::services::accounts::{self, Attempt};
use crate::web::auth::{self as session_auth, current_user};
use crate::web::ctx::{Ctx, flash};
use crate::web::form::Form;
use crate::web::render::{local_path, page, page_with_status, see_other};
use crate::web::state::AppState;
use crate::web::throttle::{Counted, client_ip};

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    ctx: Ctx,
    email: String,
    next: String,
    error: Option<Msg>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginInput {
    email: String,
    password: String,
    next: String,
}

/// `GET /login`
pub async fn login_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    query: web::Query<LoginQuery>,
) -> AppResult<HttpResponse> {
    if state.db(accounts::needs_setup).await? {
        return Ok(see_other("/setup"));
    }
    if current_user(&req).await?.is_some() {
        return Ok(see_other(local_path(&query.next)));
    }
    page(&LoginPage {
        ctx,
        email: String::new(),
        next: query.into_inner().next,
        error: None,
    })
}

/// `POST /login`
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    ctx: Ctx,
    Form(input): Form<LoginInput>,
) -> AppResult<HttpResponse> {
    let ip = client_ip(&req);
    let again = |ctx, error| LoginPage {
        ctx,
        email: input.email.clone(),
        next: input.next.clone(),
        error: Some(error),
    };

    let counted = [Counted::address(&ip), Counted::account(&input.email)];
    if let Err(wait) = state.throttle.check(&counted) {
        let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
        let mut response = page_with_status(
            StatusCode::TOO_MANY_REQUESTS,
            &again(
                ctx,
                Msg::new("login-throttled").with("count", seconds as i64),
            ),
        )?;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
        return Ok(response);
    }

    let now = state.now();
    let (email, password) = (input.email.clone(), input.password.clone());
    let device = device(
        req.headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default(),
    );
    let (throttle, keys) = (state.throttle.clone(), counted.clone());
    let user = state
        .db(move |conn| {
            let from = Attempt {
                address: &ip,
                device: &device,
            };
            let user = accounts::authenticate(conn, &email, &password, &from, now)?;
            match &user {
                Some(_) => throttle.record_success(&keys[1]),
                None if throttle.record_failure(&keys) => {
                    accounts::slowed_down(conn, &email, &from, now)?
                }
                None => {}
            }
            Ok(user)
        })
        .await?
        .filter(|user| user.may(Access::ReadCourses));
    let Some(user) = user else {
        return page_with_status(
            StatusCode::UNAUTHORIZED,
            &again(ctx, Msg::new("login-failed")),
        );
    };
    if user.language.is_none() {
        session_auth::save_language(&state, user.id, ctx.lang).await?;
    }
    session_auth::log_in(&state, &req, &session, &user).await?;
    Ok(see_other(local_path(&input.next)))
}

/// `POST /logout`: this browser's login ends, on the server too.
pub async fn logout(state: web::Data<AppState>, session: Session) -> AppResult<HttpResponse> {
    session_auth::log_out(&state, &session).await?;
    Ok(see_other("/login"))
}

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage {
    ctx: Ctx,
    input: SetupInput,
    errors: FormErrors,
}

/// `GET /setup`: only while no account exists.
pub async fn setup_form(state: web::Data<AppState>, ctx: Ctx) -> AppResult<HttpResponse> {
    if !state.db(accounts::needs_setup).await? {
        return Err(AppError::NotFound);
    }
    page(&SetupPage {
        ctx,
        input: SetupInput::default(),
        errors: FormErrors::new(),
    })
}

/// `POST /setup`
pub async fn setup(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    ctx: Ctx,
    Form(mut input): Form<SetupInput>,
) -> AppResult<HttpResponse> {
    let result = match input.parse(ctx.lang) {
        Ok(account) => {
            let now = state.now();
            state
                .db(move |conn| accounts::create_first_organizer(conn, &account, now))
                .await
        }
        Err(errors) => Err(errors.into()),
    };
    match result {
        Ok(user) => {
            session_auth::log_in(&state, &req, &session, &user).await?;
            flash(&req, "flash-welcome");
            Ok(see_other("/"))
        }
        Err(AppError::Invalid(errors)) => {
            input.password.clear();
            input.password_confirm.clear();
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SetupPage { ctx, input, errors },
            )
        }
        Err(other) => Err(other),
    }
}
