//! One error type for the whole application. Handlers return [`AppResult`]; the error page itself is
//! rendered by [`crate::web::errors`], which knows the reader's language.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};

use crate::form_errors::FormErrors;

pub type AppResult<T> = Result<T, AppError>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// Nobody is logged in; the browser is sent to the login page and back to `next` afterwards.
    #[error("login required")]
    LoginRequired { next: String },
    #[error("missing or wrong CSRF token")]
    Csrf,
    #[error("bad request")]
    BadRequest,
    #[error("request body too large")]
    TooLarge,
    /// Input that breaks a rule; forms show these next to their fields. The one shape of a validation
    /// failure, from the domain's parsers to the services' rules.
    #[error("invalid input: {0:?}")]
    Invalid(FormErrors),
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(error.to_string())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        AppError::Internal(error.to_string())
    }
}

impl From<FormErrors> for AppError {
    fn from(errors: FormErrors) -> Self {
        AppError::Invalid(errors)
    }
}

/// Marks a response whose body the error-page middleware replaces with `templates/error.html`.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage;

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::LoginRequired { .. } => StatusCode::SEE_OTHER,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::LoginRequired { next } => {
                let target = format!(
                    "/login?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, target))
                    .finish()
            }
            AppError::Unavailable(e) | AppError::Internal(e) => {
                tracing::error!(error = %e, "request failed");
                error_page(self.status_code())
            }
            _ => error_page(self.status_code()),
        }
    }
}

/// An empty response with `status`, to be filled with the error page.
pub fn error_page(status: StatusCode) -> HttpResponse {
    let mut response = HttpResponse::new(status);
    response.extensions_mut().insert(ErrorPage);
    response
}
