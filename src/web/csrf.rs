//! Cross-site request forgery protection, checked in one place for every state-changing request.
//!
//! Each session carries a random token; every form sends it back in the `csrf_token` field (file-upload
//! forms in the query string of their action, scripts in the `X-CSRF-Token` header). A POST, PUT, PATCH
//! or DELETE without the session's token is refused with 403 before any handler runs, so nothing
//! changes. The JSON API under `/api/` is left to itself: it never reads the session cookie (a request
//! proves itself with its bearer token, which another site cannot make a browser send), and answers
//! anything but `GET` with its own JSON 405.

use actix_session::{Session, SessionExt};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::{Error, ResponseError, web};
use rand::RngCore;
use subtle::ConstantTimeEq;

use crate::error::{AppError, AppResult};

pub const SESSION_KEY: &str = "csrf";
pub const FIELD: &str = "csrf_token";
const HEADER: &str = "x-csrf-token";

/// The session's token, created on first use.
pub fn token(session: &Session) -> AppResult<String> {
    if let Ok(Some(token)) = session.get::<String>(SESSION_KEY) {
        return Ok(token);
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    session
        .insert(SESSION_KEY, &token)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(token)
}

/// Middleware: refuses unsafe requests whose token is missing or wrong.
pub async fn verify(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || req.path().starts_with("/api/")
    {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let expected: Option<String> = req.get_session().get(SESSION_KEY).unwrap_or(None);
    let submitted = match outside_body(&req) {
        Some(token) => Some(token),
        None if is_url_encoded(&req) => {
            let body = match req.extract::<web::Bytes>().await {
                Ok(body) => body,
                Err(_) => {
                    return Ok(req
                        .into_response(AppError::TooLarge.error_response())
                        .map_into_right_body());
                }
            };
            let token = url::form_urlencoded::parse(&body)
                .find(|(name, _)| name == FIELD)
                .map(|(_, value)| value.into_owned());
            req.set_payload(actix_web::dev::Payload::from(body));
            token
        }
        None => None,
    };
    let valid = match (expected, submitted) {
        (Some(expected), Some(submitted)) => {
            bool::from(expected.as_bytes().ct_eq(submitted.as_bytes()))
        }
        _ => false,
    };
    if !valid {
        tracing::warn!(path = req.path(), "CSRF token missing or wrong");
        return Ok(req
            .into_response(AppError::Csrf.error_response())
            .map_into_right_body());
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// The token from the `X-CSRF-Token` header, or from the query string (where file-upload forms put it,
/// so that a large body is never read twice).
fn outside_body(req: &ServiceRequest) -> Option<String> {
    if let Some(token) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        return Some(token.to_owned());
    }
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(name, _)| name == FIELD)
        .map(|(_, value)| value.into_owned())
}

fn is_url_encoded(req: &ServiceRequest) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}
