//! Cross-site request forgery protection, checked in one place for every state-changing request.
//!
//! Each session carries a random token; every form sends it back in the `csrf_token` field (or a
//! script in the `X-CSRF-Token` header). A POST, PUT, PATCH or DELETE without the session's token is
//! refused with 403 before any handler runs, so nothing changes.

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
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let expected: Option<String> = req.get_session().get(SESSION_KEY).unwrap_or(None);
    let from_header = req
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let submitted = match from_header {
        Some(token) => Some(token),
        None => {
            let body = match req.extract::<web::Bytes>().await {
                Ok(body) => body,
                Err(_) => {
                    return Ok(req
                        .into_response(AppError::TooLarge.error_response())
                        .map_into_right_body());
                }
            };
            let token = token_in_body(&req, &body);
            req.set_payload(actix_web::dev::Payload::from(body));
            token
        }
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

/// Finds the token in a URL-encoded or multipart form body.
fn token_in_body(req: &ServiceRequest, body: &[u8]) -> Option<String> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("multipart/form-data") {
        return token_in_multipart(body);
    }
    url::form_urlencoded::parse(body)
        .find(|(name, _)| name == FIELD)
        .map(|(_, value)| value.into_owned())
}

/// The value of the `csrf_token` part of a multipart body (forms put it first).
fn token_in_multipart(body: &[u8]) -> Option<String> {
    let marker = format!("name=\"{FIELD}\"");
    let at = body
        .windows(marker.len())
        .position(|w| w == marker.as_bytes())?;
    let rest = &body[at..];
    let start = rest.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let len = rest[start..].windows(2).position(|w| w == b"\r\n")?;
    String::from_utf8(rest[start..start + len].to_vec()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_found_in_a_multipart_body() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nabc123\r\n--XyZ\r\n\
                     Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--XyZ--\r\n";
        assert_eq!(token_in_multipart(body).as_deref(), Some("abc123"));
        assert_eq!(token_in_multipart(b"--XyZ\r\n\r\n"), None);
    }
}
