//! One error type for the whole application. Handlers return [`AppResult`]; the error page itself is
//! rendered by [`crate::web::errors`], which knows the reader's language.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};

use crate::form_errors::FormErrors;

pub type AppResult<T> = Result<T, AppError>;

/// What a 503 asks the client to wait before trying again, in seconds.
const RETRY_AFTER_SECONDS: u32 = 5;

/// The `Retry-After` header of a 503: the database should be back in a moment.
pub fn retry_after() -> (header::HeaderName, header::HeaderValue) {
    (
        header::RETRY_AFTER,
        header::HeaderValue::from(RETRY_AFTER_SECONDS),
    )
}

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
    /// What a form edits changed after it was loaded; the form comes back with its input and what
    /// changed (`FormErrors::conflict`).
    #[error("changed meanwhile")]
    Conflict(FormErrors),
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => AppError::NotFound,
            other if is_passing(&other) => AppError::Unavailable(other.to_string()),
            other => AppError::Internal(other.to_string()),
        }
    }
}

/// Whether a database error says the database cannot be used right now rather than that the request was
/// wrong: a lock held too long by another writer, a lost or refused connection, a server shutting down,
/// files that cannot be written. Such a request can be sent again (503), and nothing was saved.
fn is_passing(error: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    const PASSING: [&str; 12] = [
        "database is locked",
        "database table is locked",
        "readonly database",
        "disk i/o error",
        "terminating connection",
        "server closed the connection",
        "connection to server",
        "no connection to the server",
        "read-only transaction",
        "could not connect",
        "the database system is",
        "lock timeout",
    ];
    match error {
        Error::DatabaseError(DatabaseErrorKind::ClosedConnection, _) => true,
        Error::DatabaseError(_, info) => {
            let message = info.message().to_lowercase();
            PASSING.iter().any(|words| message.contains(words))
        }
        _ => false,
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
            AppError::Conflict(_) => StatusCode::CONFLICT,
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
            AppError::Unavailable(e) => {
                tracing::warn!(error = %e, "database unavailable");
                let mut page = error_page(self.status_code());
                let (name, value) = retry_after();
                page.headers_mut().insert(name, value);
                page
            }
            AppError::Internal(e) => {
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

#[cfg(test)]
mod tests {
    use diesel::result::{DatabaseErrorInformation, DatabaseErrorKind, Error};

    use super::*;

    struct Said(&'static str);

    impl DatabaseErrorInformation for Said {
        fn message(&self) -> &str {
            self.0
        }
        fn details(&self) -> Option<&str> {
            None
        }
        fn hint(&self) -> Option<&str> {
            None
        }
        fn table_name(&self) -> Option<&str> {
            None
        }
        fn column_name(&self) -> Option<&str> {
            None
        }
        fn constraint_name(&self) -> Option<&str> {
            None
        }
        fn statement_position(&self) -> Option<i32> {
            None
        }
    }

    fn status_of(kind: DatabaseErrorKind, message: &'static str) -> StatusCode {
        AppError::from(Error::DatabaseError(kind, Box::new(Said(message)))).status_code()
    }

    #[test]
    fn a_busy_or_lost_database_is_a_503_and_a_broken_rule_a_500() {
        let unknown = DatabaseErrorKind::Unknown;
        for passing in [
            "database is locked",
            "attempt to write a readonly database",
            "canceling statement due to lock timeout",
            "terminating connection due to administrator command",
            "server closed the connection unexpectedly",
            "no connection to the server",
            "cannot execute UPDATE in a read-only transaction",
        ] {
            assert_eq!(
                status_of(unknown, passing),
                StatusCode::SERVICE_UNAVAILABLE,
                "{passing}"
            );
        }
        assert_eq!(
            status_of(DatabaseErrorKind::ClosedConnection, "connection closed"),
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(
            status_of(
                DatabaseErrorKind::UniqueViolation,
                "UNIQUE constraint failed"
            ),
            StatusCode::INTERNAL_SERVER_ERROR
        );
        assert_eq!(
            status_of(unknown, "no such column: x"),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
