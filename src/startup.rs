//! Builds the application — database, state, middleware and routes — for `main` and the tests alike.

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession, TtlExtensionPolicy};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite, time::Duration};
use actix_web::dev::Server;
use actix_web::middleware::{Compress, DefaultHeaders, from_fn};
use actix_web::{App, HttpServer, web};
use rand::RngCore;

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::{self, DbConnection};
use crate::domain::checkin::CheckinKey;
use crate::domain::vault::Vault;
use crate::models::setting::Setting;
use crate::routes;
use crate::services::health;
use crate::services::keys;
use crate::services::roster::RosterCache;
use crate::services::timetable::TimetableCache;
use crate::telemetry::log_requests;
use crate::web::actor;
use crate::web::csrf;
use crate::web::errors::render_error_pages;
use crate::web::head::head_as_get;
use crate::web::scope;
use crate::web::state::AppState;
use crate::web::throttle::GuessThrottle;

/// How long a login lasts without any request.
const SESSION_DAYS: i64 = 7;
const SESSION_COOKIE: &str = "cohortdesk_session";

/// Opens the database, applies migrations and makes the state every request shares.
pub fn prepare(mut settings: Settings) -> Result<AppState, String> {
    let pool = db::pool(&settings.database)
        .map_err(|e| format!("{}: {e}", settings.database.describe()))?;
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    db::migrate(&mut conn).map_err(|e| format!("migrations failed: {e}"))?;
    health::heartbeat(&mut conn, chrono::Utc::now().naive_utc()).map_err(|e| {
        let database = settings.database.describe();
        format!("cannot write to the database ({database}): {e}")
    })?;
    let (cookie_key, vault) = keys(&settings, &mut conn)?;
    settings.calendar_uid_domain = calendar_uid_domain(&mut conn)?;
    drop(conn);
    Ok(AppState {
        pool,
        settings: Arc::new(settings),
        throttle: Arc::new(GuessThrottle::default()),
        rosters: Arc::new(RosterCache::default()),
        timetables: Arc::new(TimetableCache::default()),
        feeds: Arc::default(),
        clock: Clock::System,
        checkin_key: CheckinKey::derive(cookie_key.master()),
        vault,
        outbox_wake: Arc::default(),
        cookie_key,
    })
}

/// The keys made from the secret key (see `services::keys`): the cookie key, and the vault that seals
/// passport numbers and personal links. A database sealed with another key is refused; values an older
/// version stored in plain text are sealed now.
fn keys(settings: &Settings, conn: &mut DbConnection) -> Result<(Key, Vault), String> {
    let secret = keys::load(settings, conn)?;
    let cookie_key = Key::try_from(secret.text.as_bytes())
        .map_err(|e| format!("{}: {e}", secret.source.describe()))?;
    let vault = Vault::of_secret(&secret.text);
    keys::check_fingerprint(conn, &vault, &secret.source)?;
    let sealed = keys::seal_plain_values(conn, &vault).map_err(|e| e.to_string())?;
    if sealed > 0 {
        tracing::info!(
            sealed,
            "sealed the values an older version kept in plain text"
        );
    }
    Ok((cookie_key, vault))
}

/// This database's own domain for calendar UIDs (`cohortdesk-` and 48 random bits), made once.
fn calendar_uid_domain(conn: &mut DbConnection) -> Result<String, String> {
    let mut bytes = [0u8; 6];
    rand::rng().fill_bytes(&mut bytes);
    let fresh: String = std::iter::once("cohortdesk-".to_owned())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect();
    Setting::get_or_insert(conn, "calendar_uid_domain", &fresh).map_err(|e| e.to_string())
}

/// The HTTP server on `listener`, with every route and middleware.
pub fn server(state: AppState, listener: TcpListener) -> Result<Server, String> {
    let key = state.cookie_key.clone();
    let secure = state.settings.is_https();
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        let session = SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
            .cookie_name(SESSION_COOKIE.to_owned())
            .cookie_content_security(CookieContentSecurity::Signed)
            .cookie_http_only(true)
            .cookie_same_site(SameSite::Lax)
            .cookie_secure(secure)
            .session_lifecycle(
                PersistentSession::default()
                    .session_ttl(Duration::days(SESSION_DAYS))
                    .session_ttl_extension_policy(TtlExtensionPolicy::OnEveryRequest),
            )
            .build();
        App::new()
            .app_data(data.clone())
            .configure(routes::configure)
            .default_service(web::to(routes::not_found))
            .wrap(from_fn(scope::guard))
            .wrap(from_fn(actor::remember_actor))
            .wrap(from_fn(csrf::verify))
            .wrap(from_fn(render_error_pages))
            .wrap(session)
            .wrap(security_headers(secure))
            .wrap(Compress::default())
            .wrap(from_fn(head_as_get))
            .wrap(from_fn(log_requests))
    })
    .listen(listener)
    .map_err(|e| e.to_string())?
    .run();
    Ok(server)
}

/// The headers every answer carries; behind `https`, browsers are also told to keep to it for a year.
fn security_headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cache-Control", "no-store"));
    match https {
        true => headers.add((
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        )),
        false => headers,
    }
}
