//! Logging: `tracing` to standard error, one line per request.

use std::io::IsTerminal;
use std::time::Instant;

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use tracing_subscriber::EnvFilter;

/// Installs the log subscriber; `RUST_LOG` overrides the default level (`info`).
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .try_init();
}

/// A path as the log shows it: the secrets some paths carry — a trainee's personal-link token
/// (`/my/…`), a check-in code (`/checkin/…`), an invitation or password-reset link — replaced by `••••`.
pub fn redacted(path: &str) -> String {
    for secret in ["/my/", "/checkin/", "/invitation/", "/reset/"] {
        if let Some(rest) = path.strip_prefix(secret) {
            let after = rest.find('/').map_or("", |at| &rest[at..]);
            return format!("{secret}••••{after}");
        }
    }
    path.to_owned()
}

/// Middleware: logs method, path (never the query string, and never the secrets a path carries), status
/// and time.
pub async fn log_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let path = redacted(req.path());
    let res = next.call(req).await?;
    tracing::info!(
        %method,
        path,
        status = res.status().as_u16(),
        ms = format!("{:.1}", started.elapsed().as_secs_f64() * 1000.0),
        "request"
    );
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_links_and_check_in_codes_never_reach_the_log() {
        assert_eq!(redacted("/my/7d3e451717b33ff42aeef8a4de411664"), "/my/••••");
        assert_eq!(
            redacted("/my/7d3e451717b33ff42aeef8a4de411664/calendar.ics"),
            "/my/••••/calendar.ics"
        );
        assert_eq!(redacted("/checkin/12.abcdef"), "/checkin/••••");
        assert_eq!(redacted("/checkin"), "/checkin");
        assert_eq!(redacted("/invitation/3bf4dd56d5626fc1"), "/invitation/••••");
        assert_eq!(redacted("/reset/3bf4dd56d5626fc1"), "/reset/••••");
        assert_eq!(redacted("/cohorts/1/sessions/7"), "/cohorts/1/sessions/7");
    }
}
