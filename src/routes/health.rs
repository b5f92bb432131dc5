//! `GET /health`: 200 when the database answers, 503 when it does not. Open to everyone.

use actix_web::{HttpResponse, web};
use diesel::connection::SimpleConnection;

use crate::web::state::AppState;

pub async fn check(state: web::Data<AppState>) -> HttpResponse {
    let reachable = state
        .db(|conn| {
            conn.batch_execute("SELECT 1")?;
            Ok(())
        })
        .await;
    match reachable {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ok"),
        Err(e) => {
            tracing::warn!(error = %e, "health check failed");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    }
}
