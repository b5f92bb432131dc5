//! Cloning another cohort's timetable into this one: `/cohorts/{id}/sessions/clone` shows a form, then a
//! trial run's report; only a confirmation saves the sessions that could be placed.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::ids::CohortId;
use crate::domain::role::Scope;
use crate::domain::schedule::clone::CloneInput;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::cohort::{Cohort, CohortFilter, CohortListing};
use crate::services::clone::{self, Report};
use crate::web::auth::Organizer;
use crate::web::ctx::{Ctx, flash_message};
use crate::web::form::Form;
use crate::web::render::{page, page_with_status, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/sessions/clone")
            .route(web::get().to(form))
            .route(web::post().to(run)),
    );
}

#[derive(Template)]
#[template(path = "clone/form.html")]
struct ClonePage {
    ctx: Ctx,
    cohort: CohortListing,
    sources: Vec<CohortListing>,
    input: CloneInput,
    errors: FormErrors,
    /// The trial run's report, once the organizer has asked for one.
    report: Option<Report>,
}

impl ClonePage {
    fn source_selected(&self, id: &CohortId) -> bool {
        self.input.source == id.to_string()
    }
}

/// The cohort, and the cohorts of `scope` its programme can be copied from.
async fn cohorts(
    state: &AppState,
    id: CohortId,
    scope: Scope,
) -> AppResult<(CohortListing, Vec<CohortListing>)> {
    state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let filter = CohortFilter {
                scope,
                ..CohortFilter::default()
            };
            let sources = Cohort::list(conn, &filter)?
                .into_iter()
                .filter(|c| c.cohort.id != id)
                .collect();
            Ok((cohort, sources))
        })
        .await
}

/// `GET /cohorts/{id}/sessions/clone`
async fn form(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let (cohort, sources) = cohorts(&state, id.into_inner(), user.scope()).await?;
    page(&ClonePage {
        ctx,
        cohort,
        sources,
        input: CloneInput::default(),
        errors: FormErrors::new(),
        report: None,
    })
}

/// `POST /cohorts/{id}/sessions/clone`: a trial run (the report), or with `confirm` the clone itself.
async fn run(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<CloneInput>,
) -> AppResult<HttpResponse> {
    let (id, now, scope) = (id.into_inner(), state.now(), user.scope());
    let result = state
        .db_parsed(input.parse(), move |conn, request| {
            clone::clone(conn, id, request, scope, now)
        })
        .await;
    let (report, errors) = match result {
        Ok(report) if !input.confirm.is_empty() => {
            flash_message(
                &req,
                &Msg::new("flash-cloned")
                    .with("placed", report.placed.len() as i64)
                    .with("refused", report.refused.len() as i64),
            );
            return Ok(see_other(&format!("/cohorts/{id}/sessions")));
        }
        Ok(report) => (Some(report), FormErrors::new()),
        Err(AppError::Invalid(errors)) => (None, errors),
        Err(other) => return Err(other),
    };
    let (cohort, sources) = cohorts(&state, id, scope).await?;
    let input = match &report {
        Some(report) => CloneInput {
            shift: report.shift.to_string(),
            ..input
        },
        None => input,
    };
    let status = match report {
        Some(_) => StatusCode::OK,
        None => StatusCode::UNPROCESSABLE_ENTITY,
    };
    page_with_status(
        status,
        &ClonePage {
            ctx,
            cohort,
            sources,
            input,
            errors,
            report,
        },
    )
}
