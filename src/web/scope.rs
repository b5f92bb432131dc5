//! Which courses an account sees, enforced once for every address that names one: a path under
//! `/cohorts/{id}` or `/commitments/{id}` (and the API's `/api/v1/cohorts/{id}` and
//! `/api/v1/commitments/{id}`) outside the asker's scope (`User::scope`) answers 404, as if the course did
//! not exist. Pages that list several courses filter by the scope themselves.

use actix_web::HttpRequest;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, ResponseError, web};

use crate::domain::ids::{CohortId, CommitmentId};
use crate::domain::role::Scope;
use crate::error::{AppError, AppResult};
use crate::models::cohort::Cohort;
use crate::web::auth::{current_user, token_user};
use crate::web::state::AppState;

/// The API's prefix; its requests are asked about by the API itself (its 404 is JSON).
pub const API: &str = "/api/v1";

/// The course a path names.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    Cohort(CohortId),
    Commitment(CommitmentId),
}

impl Target {
    /// The course at the start of `path` (after the API prefix), if it names one by a well-formed id.
    fn of(path: &str) -> Option<Target> {
        let path = path.strip_prefix(API).unwrap_or(path);
        let mut parts = path.trim_start_matches('/').split('/');
        let (kind, id) = (parts.next()?, parts.next()?.parse::<i32>().ok()?);
        match kind {
            "cohorts" => Some(Target::Cohort(CohortId(id))),
            "commitments" => Some(Target::Commitment(CommitmentId(id))),
            _ => None,
        }
    }
}

/// Whether `scope` sees the course `target` names. A cohort that does not exist is left to the route.
async fn sees(state: &AppState, scope: Scope, target: Target) -> AppResult<bool> {
    match target {
        Target::Commitment(id) => Ok(scope.covers_commitment(id)),
        Target::Cohort(id) => {
            let listing = state
                .db(move |conn| match Cohort::find(conn, id) {
                    Err(diesel::result::Error::NotFound) => Ok(None),
                    found => Ok(Some(found?)),
                })
                .await?;
            Ok(listing.is_none_or(|l| scope.covers(l.commitment_id, l.cohort.allocation_id)))
        }
    }
}

/// Whether the request names a course its asker (logged in, or by API token under `/api/v1`) may not see.
pub async fn refuses(req: &HttpRequest) -> AppResult<bool> {
    // The path as the router reads it (percent-decoded), so that `/cohorts/%37` is cohort 7 here too.
    let path = req.match_info().as_str();
    let Some(target) = Target::of(path) else {
        return Ok(false);
    };
    let user = match path.starts_with(API) {
        true => token_user(req).await?,
        false => current_user(req).await?,
    };
    let (Some(user), Some(state)) = (user, req.app_data::<web::Data<AppState>>()) else {
        return Ok(false);
    };
    let scope = user.scope();
    Ok(!scope.is_all() && !sees(state, scope, target).await?)
}

/// Middleware: answers 404 to a page of a course outside the asker's scope.
pub async fn guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if req.path().starts_with(API) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    match refuses(req.request()).await {
        Ok(false) => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body),
        Ok(true) => Ok(req
            .into_response(AppError::NotFound.error_response())
            .map_into_right_body()),
        Err(error) => Ok(req
            .into_response(error.error_response())
            .map_into_right_body()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_course_a_path_names() {
        assert_eq!(Target::of("/cohorts/7"), Some(Target::Cohort(CohortId(7))));
        assert_eq!(
            Target::of("/cohorts/7/trainees/3/edit"),
            Some(Target::Cohort(CohortId(7)))
        );
        assert_eq!(
            Target::of("/api/v1/cohorts/12/report"),
            Some(Target::Cohort(CohortId(12)))
        );
        assert_eq!(
            Target::of("/commitments/2/progress.json"),
            Some(Target::Commitment(CommitmentId(2)))
        );
        assert_eq!(
            Target::of("/api/v1/commitments/2/progress"),
            Some(Target::Commitment(CommitmentId(2)))
        );
        for none in [
            "/cohorts",
            "/cohorts/new",
            "/cohorts/x1",
            "/",
            "/outbox",
            "/commitments",
        ] {
            assert_eq!(Target::of(none), None, "{none}");
        }
    }
}
