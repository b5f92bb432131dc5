//! A cohort's delegations: `/cohorts/{id}/delegations` (and `.csv`, `.xlsx`) and
//! `/cohorts/{id}/delegations/{delegation_id}/edit`.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::audit::AuditObject;
use crate::domain::cohort::file_stem;
use crate::domain::ids::{CohortId, DelegationId};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::services::editing;
use crate::services::roster::{self, DelegationInput, DelegationView};
use crate::sheet::FileFormat;
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::Ctx;
use crate::web::form::Form;
use crate::web::render::{after_post, page, table_download};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/delegations", web::get().to(index))
        .route(
            "/cohorts/{id}/delegations.{format}",
            web::get().to(download),
        )
        .route(
            "/cohorts/{id}/delegations/{delegation_id:\\d+}",
            web::post().to(update),
        )
        .route(
            "/cohorts/{id}/delegations/{delegation_id:\\d+}/edit",
            web::get().to(edit),
        );
}

/// The cohort, its delegations and the countries' names in the reader's language.
async fn load(
    state: &AppState,
    ctx: &Ctx,
    id: CohortId,
) -> AppResult<(CohortListing, Vec<(DelegationView, String)>)> {
    let lang = ctx.lang;
    state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let countries = Country::all(conn)?;
            let views = roster::delegations(conn, id)?
                .into_iter()
                .map(|view| {
                    let name = countries
                        .iter()
                        .find(|c| c.code == view.delegation.country_code)
                        .map_or(view.delegation.country_code.clone(), |c| {
                            c.name(lang).to_owned()
                        });
                    (view, name)
                })
                .collect();
            Ok((cohort, views))
        })
        .await
}

#[derive(Template)]
#[template(path = "delegations/index.html")]
struct IndexPage {
    ctx: Ctx,
    cohort: CohortListing,
    delegations: Vec<(DelegationView, String)>,
}

/// `GET /cohorts/{id}/delegations`
async fn index(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let (cohort, delegations) = load(&state, &ctx, id.into_inner()).await?;
    page(&IndexPage {
        ctx,
        cohort,
        delegations,
    })
}

/// `GET /cohorts/{id}/delegations.csv` (or `.xlsx`)
async fn download(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, FileFormat)>,
) -> AppResult<HttpResponse> {
    let (id, format) = path.into_inner();
    let (cohort, delegations) = load(&state, &ctx, id).await?;
    table_download(
        &file_stem(&cohort.host_city, cohort.cohort.starts_on, "delegations"),
        &roster::delegation_table(&delegations, ctx.lang),
        format,
        ctx.lang,
    )
}

#[derive(Template)]
#[template(path = "delegations/form.html")]
struct FormPage {
    ctx: Ctx,
    cohort: CohortListing,
    view: DelegationView,
    country: String,
    input: DelegationInput,
    errors: FormErrors,
}

impl FormPage {
    fn leader_selected(&self, id: &crate::domain::ids::TraineeId) -> bool {
        self.input.leader == id.to_string()
    }
}

async fn find(
    state: &AppState,
    ctx: &Ctx,
    id: CohortId,
    delegation_id: DelegationId,
) -> AppResult<(CohortListing, DelegationView, String)> {
    let (cohort, delegations) = load(state, ctx, id).await?;
    let (view, country) = delegations
        .into_iter()
        .find(|(v, _)| v.delegation.id == delegation_id)
        .ok_or(AppError::NotFound)?;
    Ok((cohort, view, country))
}

/// `GET /cohorts/{id}/delegations/{delegation_id}/edit`
async fn edit(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, DelegationId)>,
) -> AppResult<HttpResponse> {
    let (id, delegation_id) = path.into_inner();
    let (cohort, view, country) = find(&state, &ctx, id, delegation_id).await?;
    let version = state
        .db(move |conn| editing::version(conn, &[(AuditObject::Delegation, delegation_id.0)]))
        .await?;
    let d = &view.delegation;
    let input = DelegationInput {
        version,
        leader: d
            .leader_trainee_id
            .map(|t| t.to_string())
            .unwrap_or_default(),
        focal_name: d.focal_name.clone(),
        focal_email: d.focal_email.clone(),
        focal_phone: d.focal_phone.clone(),
    };
    page(&FormPage {
        ctx,
        cohort,
        view,
        country,
        input,
        errors: FormErrors::new(),
    })
}

/// `POST /cohorts/{id}/delegations/{delegation_id}`
async fn update(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, DelegationId)>,
    Form(input): Form<DelegationInput>,
) -> AppResult<HttpResponse> {
    let (id, delegation_id) = path.into_inner();
    let (cohort, view, country) = find(&state, &ctx, id, delegation_id).await?;
    let (submitted, now) = (input.clone(), state.now());
    let seen = editing::sent_version(&input.version);
    let objects = [(AuditObject::Delegation, delegation_id.0)];
    let result = state
        .db(move |conn| {
            editing::save(conn, &objects, seen, |conn| {
                roster::update_delegation(conn, id, delegation_id, &submitted, now)
            })
        })
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}/delegations"),
        |errors| FormPage {
            ctx,
            cohort,
            view,
            country,
            input,
            errors,
        },
    )
}
