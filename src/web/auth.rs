//! Who is asking. The session cookie holds the user's id; `Staff` and `Organizer` extractors admit only
//! the roles that `Role::allows` admits, so no handler checks roles by hand.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use actix_session::{Session, SessionExt};
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};

use crate::domain::ids::UserId;
use crate::domain::role::Access;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::models::user::User;
use crate::services::cache::Cache;
use crate::web::state::AppState;

const USER_ID: &str = "uid";

/// How long an account read from the database answers "who is asking" without reading it again. A
/// change made in the app takes effect at once (`UserCache::forget`); one made elsewhere (the CLI,
/// another server) within this time.
const USER_FRESH_FOR: Duration = Duration::from_secs(5);

/// Accounts kept at most.
const CACHED_USERS: usize = 1_000;

/// Recently read accounts, so that most pages need no query to know who is asking.
pub struct UserCache(Cache<UserId, User>);

impl Default for UserCache {
    fn default() -> Self {
        Self(Cache::new(CACHED_USERS).fresh_for(USER_FRESH_FOR))
    }
}

impl UserCache {
    fn get(&self, id: UserId) -> Option<User> {
        self.0.get(&id)
    }

    fn put(&self, user: &User) {
        self.0.insert(user.id, user.clone());
    }

    /// Drops an account whose row just changed.
    pub fn forget(&self, id: UserId) {
        self.0.remove(&id);
    }
}

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
        (Some(id), Some(state)) => match state.users.get(id) {
            Some(user) => Some(user),
            None => {
                let user = state.db(move |conn| Ok(User::find(conn, id)?)).await?;
                if let Some(user) = &user {
                    state.users.put(user);
                }
                user
            }
        },
        _ => None,
    };
    if id.is_some() && user.is_none() {
        session.remove(USER_ID);
    }
    req.extensions_mut().insert(Loaded(user.clone()));
    Ok(user)
}

/// Saves the language on the user's profile (and forgets the cached account, so it shows at once).
pub async fn save_language(state: &AppState, id: UserId, lang: Lang) -> AppResult<()> {
    state
        .db(move |conn| Ok(User::set_language(conn, id, lang)?))
        .await?;
    state.users.forget(id);
    Ok(())
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

/// Refuses (403) a user whose role does not allow `access`, for rules that depend on the request's
/// input (such as asking for passport columns).
pub fn ensure(user: &User, access: Access) -> AppResult<()> {
    if user.role.allows(access) {
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
