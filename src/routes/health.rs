//! `GET /health`: 200 "ok" when the database answers a read and takes a write, else 503 with the reason
//! (and `Retry-After`). `GET /health?verbose` answers the same status with JSON for monitoring: the
//! database's read and write, and the outbox (waiting, failed, how long the oldest due message has
//! waited). Open to everyone.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::error::retry_after;
use crate::services::health::{self, Health};
use crate::web::state::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HealthQuery {
    verbose: Option<String>,
}

/// The verbose answer: "ok" or "unavailable", then what was found.
#[derive(Serialize)]
struct Verbose<'a> {
    status: &'static str,
    #[serde(flatten)]
    health: &'a Health,
}

pub async fn check(state: web::Data<AppState>, query: web::Query<HealthQuery>) -> HttpResponse {
    let now = state.now();
    let health = state
        .db(move |conn| Ok(health::check(conn, now)))
        .await
        .unwrap_or_else(|e| Health {
            read: Some(e.to_string()),
            write: None,
            outbox: None,
        });
    let problem = health.problem();
    let mut answer = match &problem {
        None => HttpResponse::Ok(),
        Some(problem) => {
            tracing::warn!(%problem, "health check failed");
            let mut answer = HttpResponse::ServiceUnavailable();
            answer.insert_header(retry_after());
            answer
        }
    };
    answer.insert_header((header::CACHE_CONTROL, "no-store"));
    match (query.verbose.is_some(), problem) {
        (true, problem) => answer.json(Verbose {
            status: if problem.is_none() {
                "ok"
            } else {
                "unavailable"
            },
            health: &health,
        }),
        (false, None) => answer.content_type("text/plain").body("ok"),
        (false, Some(problem)) => answer.content_type("text/plain").body(problem),
    }
}
