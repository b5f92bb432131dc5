//! The vehicles a cohort may book — its own and the shared ones: `/cohorts/{id}/vehicles`, `…/new`,
//! `…/{vehicle_id}/edit`.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::ids::{CohortId, VehicleId};
use crate::domain::resources::VehicleInput;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::vehicle::{Vehicle, VehicleFields};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::Ctx;
use crate::web::fields::{Field, SimpleForm};
use crate::web::form::Form;
use crate::web::render::{after_post, page};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/vehicles")
            .route(web::get().to(index))
            .route(web::post().to(create)),
    )
    .route("/cohorts/{id}/vehicles/new", web::get().to(new))
    .route(
        "/cohorts/{id}/vehicles/{vehicle_id:\\d+}",
        web::post().to(update),
    )
    .route(
        "/cohorts/{id}/vehicles/{vehicle_id:\\d+}/edit",
        web::get().to(edit),
    );
}

#[derive(Template)]
#[template(path = "vehicles/index.html")]
struct IndexPage {
    ctx: Ctx,
    cohort: CohortListing,
    vehicles: Vec<Vehicle>,
}

/// `GET /cohorts/{id}/vehicles`
async fn index(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (cohort, vehicles) = state
        .db(move |conn| Ok((Cohort::find(conn, id)?, Vehicle::for_cohort(conn, id)?)))
        .await?;
    page(&IndexPage {
        ctx,
        cohort,
        vehicles,
    })
}

fn form(
    ctx: Ctx,
    cohort: CohortId,
    editing: Option<VehicleId>,
    input: &VehicleInput,
    errors: FormErrors,
) -> SimpleForm {
    let (heading, action) = match editing {
        Some(id) => ("vehicle-edit", format!("/cohorts/{cohort}/vehicles/{id}")),
        None => ("vehicle-new", format!("/cohorts/{cohort}/vehicles")),
    };
    SimpleForm {
        ctx,
        heading,
        action,
        back: format!("/cohorts/{cohort}/vehicles"),
        fields: vec![
            Field::line("name", "vehicle-field-name", &input.name),
            Field::typed("seats", "vehicle-field-seats", &input.seats, "number"),
            Field::line(
                "driver_contact",
                "vehicle-field-driver",
                &input.driver_contact,
            ),
            Field::Tick {
                name: "shared",
                label: "vehicle-field-shared",
                checked: !input.shared.is_empty(),
            },
        ],
        errors,
    }
}

/// `GET /cohorts/{id}/vehicles/new`
async fn new(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    state
        .db(move |conn| Ok(Cohort::find(conn, id).map(drop)?))
        .await?;
    page(&form(
        ctx,
        id,
        None,
        &VehicleInput::default(),
        FormErrors::new(),
    ))
}

/// `POST /cohorts/{id}/vehicles`
async fn create(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<VehicleInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let now = state.now();
    let result = state
        .db_parsed(input.parse(), move |conn, draft| {
            conn.write(|conn| {
                Cohort::find(conn, id)?;
                Ok(VehicleFields::from_draft(&draft, id).insert(conn, now)?)
            })
        })
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |_| format!("/cohorts/{id}/vehicles"),
        |errors| form(ctx, id, None, &input, errors),
    )
}

/// The vehicle, if this cohort may use it.
async fn find(state: &AppState, id: CohortId, vehicle: VehicleId) -> AppResult<Vehicle> {
    state
        .db(move |conn| {
            Vehicle::for_cohort(conn, id)?
                .into_iter()
                .find(|v| v.id == vehicle)
                .ok_or(AppError::NotFound)
        })
        .await
}

/// `GET /cohorts/{id}/vehicles/{vehicle_id}/edit`
async fn edit(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, VehicleId)>,
) -> AppResult<HttpResponse> {
    let (id, vehicle_id) = path.into_inner();
    let vehicle = find(&state, id, vehicle_id).await?;
    let input = VehicleInput {
        name: vehicle.name,
        seats: vehicle.seats.to_string(),
        driver_contact: vehicle.driver_contact,
        shared: if vehicle.cohort_id.is_none() {
            "1".to_owned()
        } else {
            String::new()
        },
    };
    page(&form(ctx, id, Some(vehicle_id), &input, FormErrors::new()))
}

/// `POST /cohorts/{id}/vehicles/{vehicle_id}`
async fn update(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, VehicleId)>,
    Form(input): Form<VehicleInput>,
) -> AppResult<HttpResponse> {
    let (id, vehicle_id) = path.into_inner();
    find(&state, id, vehicle_id).await?;
    let result = state
        .db_parsed(input.parse(), move |conn, draft| {
            conn.write(|conn| Ok(VehicleFields::from_draft(&draft, id).update(conn, vehicle_id)?))
        })
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}/vehicles"),
        |errors| form(ctx, id, Some(vehicle_id), &input, errors),
    )
}
