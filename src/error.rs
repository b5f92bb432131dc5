//! One error type for the whole application. Handlers return [`AppResult`]; the error page itself is
//! rendered by [`crate::web::errors`], which knows the reader's language.

use std::collections::BTreeMap;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};

use crate::i18n::Msg;

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
    /// Input that breaks a rule; forms show these next to their fields.
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

/// Messages for the fields of a form, keyed by the field's name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormErrors(BTreeMap<&'static str, Msg>);

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the first problem of a field (later ones for the same field are dropped).
    pub fn add(&mut self, field: &'static str, msg: Msg) {
        self.0.entry(field).or_insert(msg);
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.get(field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each field with its message.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Msg)> + '_ {
        self.0.iter().map(|(field, msg)| (*field, msg))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Keeps the value if it parsed, otherwise records the message under `field`.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, Msg>) -> Option<T> {
        parsed.map_err(|msg| self.add(field, msg)).ok()
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), FormErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }

    pub fn single(field: &'static str, msg: Msg) -> Self {
        let mut errors = Self::new();
        errors.add(field, msg);
        errors
    }
}
