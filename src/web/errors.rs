//! Error pages: any response marked by `AppError` is rendered with `templates/error.html` in the reader's
//! language, keeping its status.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpRequest, HttpResponse};
use askama::Template;

use crate::error::ErrorPage;
use crate::web::ctx::Ctx;
use crate::web::render::HTML;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorTemplate {
    pub ctx: Ctx,
    pub status: u16,
    pub title_key: &'static str,
    pub message_key: &'static str,
}

/// The title and explanation shown for a status.
fn keys(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("error-400-title", "error-400-text"),
        403 => ("error-403-title", "error-403-text"),
        404 | 405 => ("error-404-title", "error-404-text"),
        413 => ("error-413-title", "error-413-text"),
        422 => ("error-422-title", "error-422-text"),
        503 => ("error-503-title", "error-503-text"),
        _ => ("error-500-title", "error-500-text"),
    }
}

/// Middleware: fills marked error responses with the error page.
pub async fn render_error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let res = next.call(req).await?;
    if res.response().extensions().get::<ErrorPage>().is_none() {
        return Ok(res.map_into_left_body());
    }
    let status = res.status();
    let retry_after = res.headers().get(header::RETRY_AFTER).cloned();
    let (req, _) = res.into_parts();
    let mut page = error_page(&req, status).await;
    if let Some(retry_after) = retry_after {
        page.headers_mut().insert(header::RETRY_AFTER, retry_after);
    }
    Ok(ServiceResponse::new(req, page).map_into_right_body())
}

async fn error_page(req: &HttpRequest, status: StatusCode) -> HttpResponse {
    let (title_key, message_key) = keys(status);
    let ctx = match Ctx::load(req).await {
        Ok(ctx) => ctx,
        Err(_) => Ctx::anonymous(req),
    };
    let template = ErrorTemplate {
        ctx,
        status: status.as_u16(),
        title_key,
        message_key,
    };
    match template.render() {
        Ok(body) => HttpResponse::build(status).content_type(HTML).body(body),
        Err(e) => {
            tracing::error!(error = %e, "the error page could not be rendered");
            HttpResponse::build(status).finish()
        }
    }
}
