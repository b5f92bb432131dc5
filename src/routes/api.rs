//! The read-only JSON API for coordinators' own tools, under `/api/v1/`, authenticated with a personal API
//! token (`Authorization: Bearer cdk_…`):
//! `GET /api/v1/commitments`, `/api/v1/commitments/{id}/progress`, `/api/v1/cohorts`,
//! `/api/v1/cohorts/{id}` and `/api/v1/cohorts/{id}/report`. `?lang=ru` (or `zh`) names countries in
//! that language. Errors are JSON too, whatever went wrong: `{"error": "…"}` with 400 (a bad query),
//! 401 (no valid token; the `Bearer` scheme in any case), 404 (an unknown or malformed id, or no such
//! endpoint), 405 (anything but `GET` or `HEAD`) or 500.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::{Next, from_fn};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::cohort::CohortStatus;
use crate::domain::ids::{CohortId, CommitmentId};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::models::cohort::{Cohort, CohortFilter, CohortListing};
use crate::models::user::User;
use crate::services::{commitments, progress, report};
use crate::web::auth::token_user;
use crate::web::render::json_response;
use crate::web::scope;
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope(scope::API)
            .wrap(from_fn(guard))
            .app_data(web::PathConfig::default().error_handler(|_, _| ApiError::NotFound.into()))
            .app_data(web::QueryConfig::default().error_handler(|_, _| ApiError::BadRequest.into()))
            .service(read_only("/commitments", web::get().to(commitment_list)))
            .service(read_only(
                "/commitments/{id}/progress",
                web::get().to(progress),
            ))
            .service(read_only("/cohorts", web::get().to(cohort_list)))
            .service(read_only("/cohorts/{id}", web::get().to(cohort)))
            .service(read_only("/cohorts/{id}/report", web::get().to(report)))
            .default_service(web::to(|| async { ApiError::NotFound.into_result() })),
    );
}

/// An endpoint that answers `GET` (and so `HEAD`) with `get`, and 405 in JSON to any other method.
fn read_only(path: &str, get: actix_web::Route) -> actix_web::Resource {
    web::resource(path)
        .route(get)
        .default_service(web::to(|| async {
            ApiError::MethodNotAllowed.into_result()
        }))
}

/// What the API answers when it cannot answer the question.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("a valid API token is required: Authorization: Bearer cdk_…")]
    Unauthorized,
    #[error("not found")]
    NotFound,
    #[error("only GET requests are answered here")]
    MethodNotAllowed,
    #[error("the query could not be read")]
    BadRequest,
    #[error("internal error")]
    Internal,
}

impl ApiError {
    fn into_result(self) -> Result<HttpResponse, ApiError> {
        Err(self)
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        match error {
            AppError::NotFound | AppError::BadRequest => ApiError::NotFound,
            other => {
                tracing::error!(error = %other, "API request failed");
                ApiError::Internal
            }
        }
    }
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::BadRequest => StatusCode::BAD_REQUEST,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        match self {
            ApiError::Unauthorized => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"cohortdesk\""));
            }
            ApiError::MethodNotAllowed => {
                response.insert_header((header::ALLOW, "GET, HEAD"));
            }
            _ => {}
        }
        response.json(ErrorBody {
            error: self.to_string(),
        })
    }
}

type ApiResult = Result<HttpResponse, ApiError>;

/// A request that carries a live API token of someone who may read the reports.
pub struct ApiUser(User);

impl FromRequest for ApiUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let user = token_user(&req).await?;
            user.map(ApiUser).ok_or(ApiError::Unauthorized)
        })
    }
}

/// Middleware: a course outside the token's account's scope is not found.
async fn guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    match scope::refuses(req.request()).await {
        Ok(false) => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body),
        refused => {
            let error = refused.map_or_else(ApiError::from, |_| ApiError::NotFound);
            Ok(req
                .into_response(error.error_response())
                .map_into_right_body())
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LangQuery {
    lang: Option<String>,
}

impl LangQuery {
    fn lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or(Lang::En)
    }
}

#[derive(Serialize)]
struct CommitmentItem {
    id: CommitmentId,
    name: String,
    target: i64,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    archived: bool,
    allocated: i64,
    delivered: i64,
    links: Links,
}

#[derive(Serialize)]
struct Links {
    #[serde(rename = "self")]
    this: String,
    page: String,
}

async fn commitment_list(state: web::Data<AppState>, ApiUser(user): ApiUser) -> ApiResult {
    let scope = user.scope();
    let summaries = state
        .db(move |conn| commitments::summaries(conn, true, scope))
        .await?;
    let items: Vec<CommitmentItem> = summaries
        .into_iter()
        .map(|s| CommitmentItem {
            links: Links {
                this: format!("/api/v1/commitments/{}/progress", s.commitment.id),
                page: format!("/commitments/{}/progress", s.commitment.id),
            },
            id: s.commitment.id,
            name: s.commitment.name,
            target: i64::from(s.commitment.places),
            starts_on: s.commitment.starts_on,
            ends_on: s.commitment.ends_on,
            archived: s.commitment.archived_at.is_some(),
            allocated: s.allocated,
            delivered: s.delivered,
        })
        .collect();
    Ok(json_response(&items)?)
}

async fn progress(
    state: web::Data<AppState>,
    _: ApiUser,
    id: web::Path<CommitmentId>,
    query: web::Query<LangQuery>,
) -> ApiResult {
    let (id, today, lang) = (id.into_inner(), state.now().date(), query.lang());
    let progress = state
        .db(move |conn| progress::load(conn, id, today, lang))
        .await?;
    Ok(json_response(&progress)?)
}

#[derive(Serialize)]
struct CohortItem {
    id: CohortId,
    name: String,
    commitment_id: CommitmentId,
    host_city: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    time_zone: String,
    status: CohortStatus,
    capacity: i32,
    archived: bool,
    links: Links,
}

impl From<CohortListing> for CohortItem {
    fn from(listing: CohortListing) -> Self {
        let c = listing.cohort;
        CohortItem {
            links: Links {
                this: format!("/api/v1/cohorts/{}/report", c.id),
                page: format!("/cohorts/{}", c.id),
            },
            id: c.id,
            name: c.name,
            commitment_id: listing.commitment_id,
            host_city: listing.host_city,
            starts_on: c.starts_on,
            ends_on: c.ends_on,
            time_zone: c.time_zone.to_string(),
            status: c.status,
            capacity: c.capacity,
            archived: c.archived_at.is_some(),
        }
    }
}

async fn cohort_list(state: web::Data<AppState>, ApiUser(user): ApiUser) -> ApiResult {
    let filter = CohortFilter {
        scope: user.scope(),
        include_archived: true,
        ..CohortFilter::default()
    };
    let cohorts = state
        .db(move |conn| Ok(Cohort::list(conn, &filter)?))
        .await?;
    let items: Vec<CohortItem> = cohorts.into_iter().map(CohortItem::from).collect();
    Ok(json_response(&items)?)
}

async fn cohort(state: web::Data<AppState>, _: ApiUser, id: web::Path<CohortId>) -> ApiResult {
    let id = id.into_inner();
    let listing = state.db(move |conn| Ok(Cohort::find(conn, id)?)).await?;
    Ok(json_response(&CohortItem::from(listing))?)
}

async fn report(
    state: web::Data<AppState>,
    _: ApiUser,
    id: web::Path<CohortId>,
    query: web::Query<LangQuery>,
) -> ApiResult {
    let (id, now, lang) = (id.into_inner(), state.now(), query.lang());
    let report = state
        .db(move |conn| report::load(conn, id, now, lang))
        .await?;
    Ok(json_response(&report)?)
}
