//! Who is asking. The session cookie holds the user's id; `Staff` and `Organizer` extractors admit only
//! the roles that `Role::allows` admits, so no handler checks roles by hand.

use std::future::Future;
use std::pin::Pin;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};

use crate::domain::ids::UserId;
use crate::domain::role::Access;
use crate::error::{AppError, AppResult};
use crate::models::user::User;
use crate::web::state::AppState;

const USER_ID: &str = "uid";

/// The logged-in user, loaded once per request and kept in the request's extensions.
#[derive(Clone)]
struct Loaded(Option<User>);

/// The user behind the request's session, if any.
pub async fn current_user(req: &HttpRequest) -> AppResult<Option<User>> {
    if let Some(Loaded(user)) = req.extensions().get::<Loaded>() {
        return Ok(user.clone());
    }
    let session = req.get_session();
    let id: Option<UserId> = session.get(USER_ID).unwrap_or(None);
    let user = match (id, req.app_data::<web::Data<AppState>>()) {
        (Some(id), Some(state)) => state.db(move |conn| Ok(User::find(conn, id)?)).await?,
        _ => None,
    };
    if id.is_some() && user.is_none() {
        session.remove(USER_ID);
    }
    req.extensions_mut().insert(Loaded(user.clone()));
    Ok(user)
}

/// Starts a logged-in session for `user` (a fresh session, so nothing from before login carries over).
pub fn log_in(session: &Session, user: &User) -> AppResult<()> {
    session.renew();
    session.remove(crate::web::csrf::SESSION_KEY);
    session
        .insert(USER_ID, user.id)
        .map_err(|e| AppError::Internal(e.to_string()))
}

pub fn log_out(session: &Session) {
    session.purge();
}

/// Admits the request only for a user whose role allows `access`.
async fn require(req: HttpRequest, access: Access) -> AppResult<User> {
    match current_user(&req).await? {
        None => Err(AppError::LoginRequired {
            next: req
                .uri()
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_owned(),
        }),
        Some(user) if user.role.allows(access) => Ok(user),
        Some(_) => Err(AppError::Forbidden),
    }
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
