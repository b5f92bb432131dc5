//! Who a request acts as: the middleware that finds the logged-in user of a request that may write, so
//! that the audit log can name them (`crate::services::audit::acting_as` takes it from here).

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;

use crate::services::audit::Actor;
use crate::web::auth;

tokio::task_local! {
    static REQUEST_ACTOR: Option<Actor>;
}

/// Middleware: runs a request that may write with its logged-in user as the actor.
pub async fn remember_actor(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD) {
        return next.call(req).await;
    }
    let actor = auth::current_user(req.request())
        .await
        .ok()
        .flatten()
        .map(|user| Actor::user(&user));
    REQUEST_ACTOR.scope(actor, next.call(req)).await
}

/// The actor of the request being handled, if any (read before the database work leaves the request).
pub fn request_actor() -> Option<Actor> {
    REQUEST_ACTOR.try_with(Clone::clone).ok().flatten()
}
