//! Who is asking. The session cookie holds a login's token, checked against its server-side record
//! (`services::logins`: ended by logging out, from the sessions page, when idle for 8 hours or 7 days
//! old); `Staff` and `Organizer` extractors admit only accounts that `User::may` admits (the role's
//! `Role::allows`, and not disabled), so no handler checks roles by hand.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, http::header, web};

use crate::domain::ids::{LoginId, UserId};
use crate::domain::role::Access;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::models::user::User;
use crate::services::{api_tokens, logins};
use crate::web::state::AppState;
use crate::web::throttle::client_ip;

/// The cookie session's key for the login's token.
const LOGIN: &str = "login";

/// The logged-in user and their login, loaded once per request and kept in the request's extensions.
#[derive(Clone)]
struct Loaded(Option<(User, LoginId)>);

/// The login behind the request, once `current_user` has found one.
pub fn current_login(req: &HttpRequest) -> Option<LoginId> {
    req.extensions()
        .get::<Loaded>()
        .and_then(|Loaded(loaded)| loaded.as_ref().map(|(_, login)| *login))
}

/// The user behind the request's session, if any.
pub async fn current_user(req: &HttpRequest) -> AppResult<Option<User>> {
    if let Some(Loaded(loaded)) = req.extensions().get::<Loaded>() {
        return Ok(loaded.as_ref().map(|(user, _)| user.clone()));
    }
    let session = req.get_session();
    let token: Option<String> = session.get(LOGIN).unwrap_or(None);
    let state = req.app_data::<web::Data<AppState>>();
    // Read from the database on every request, never kept in this process: a logout, a disabled
    // account or a new role takes effect at once on every server sharing the database.
    let loaded = match (token.clone(), state) {
        (Some(token), Some(state)) => {
            let now = state.now();
            state
                .db(move |conn| {
                    let Some(login) = logins::check(conn, &token, now)? else {
                        return Ok(None);
                    };
                    Ok(User::find(conn, login.user_id)?.map(|user| (user, login.id)))
                })
                .await?
        }
        _ => None,
    };
    if token.is_some() && loaded.is_none() {
        session.remove(LOGIN);
    }
    let user = loaded.as_ref().map(|(user, _)| user.clone());
    req.extensions_mut().insert(Loaded(loaded));
    Ok(user)
}

/// The account whose API token the request carries (`Authorization: Bearer cdk_…`; the scheme in any
/// case), if the token is live and its account may read the reports; read once per request.
pub async fn token_user(req: &HttpRequest) -> AppResult<Option<User>> {
    if let Some(ByToken(user)) = req.extensions().get::<ByToken>() {
        return Ok(user.clone());
    }
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim().to_owned());
    let user = match (token, req.app_data::<web::Data<AppState>>()) {
        (Some(token), Some(state)) => {
            let now = state.now();
            state
                .db(move |conn| api_tokens::authenticate(conn, &token, now))
                .await?
        }
        _ => None,
    };
    req.extensions_mut().insert(ByToken(user.clone()));
    Ok(user)
}

/// The account of the request's API token, once `token_user` has looked.
#[derive(Clone)]
struct ByToken(Option<User>);

/// Saves the language on the user's profile.
pub async fn save_language(state: &AppState, id: UserId, lang: Lang) -> AppResult<()> {
    state
        .db(move |conn| Ok(User::set_language(conn, id, lang)?))
        .await
}

/// Starts a login for `user` from this browser: a server-side record, and a fresh cookie session holding
/// its token (so nothing from before login carries over).
pub async fn log_in(
    state: &AppState,
    req: &HttpRequest,
    session: &Session,
    user: &User,
) -> AppResult<()> {
    let user_agent = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let (id, address, now) = (user.id, client_ip(req), state.now());
    let token = state
        .db(move |conn| logins::start(conn, id, &user_agent, &address, now))
        .await?;
    session.renew();
    session.remove(crate::web::csrf::SESSION_KEY);
    session
        .insert(LOGIN, token)
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Ends this browser's login, on the server and in its cookie.
pub async fn log_out(state: &AppState, session: &Session) -> AppResult<()> {
    let token: Option<String> = session.get(LOGIN).unwrap_or(None);
    if let Some(token) = token {
        state
            .db(move |conn| logins::end_token(conn, &token))
            .await?;
    }
    session.purge();
    Ok(())
}

/// Refuses (403) a user whose role does not allow `access`, for rules that depend on the request's
/// input (such as asking for passport columns).
pub fn ensure(user: &User, access: Access) -> AppResult<()> {
    if user.may(access) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Admits the request only for a user whose role allows `access`.
async fn require(req: HttpRequest, access: Access) -> AppResult<User> {
    let Some(user) = current_user(&req).await? else {
        return Err(AppError::LoginRequired {
            next: req
                .uri()
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_owned(),
        });
    };
    ensure(&user, access)?;
    Ok(user)
}

macro_rules! role_extractor {
    ($(#[$doc:meta])* $name:ident, $access:expr) => {
        $(#[$doc])*
        pub struct $name(pub User);

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Pin<Box<dyn Future<Output = AppResult<Self>>>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                let req = req.clone();
                Box::pin(async move { require(req, $access).await.map($name) })
            }
        }
    };
}

role_extractor!(
    /// Any logged-in user who may read the course administration (organizers and coordinators).
    Staff,
    Access::ReadCourses
);
role_extractor!(
    /// A logged-in user who may change the course administration (organizers).
    Organizer,
    Access::ManageCourses
);
role_extractor!(
    /// A logged-in user who may change what spans every course (organizers of every course).
    Administrator,
    Access::Administer
);
