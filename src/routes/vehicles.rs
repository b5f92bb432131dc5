//! The vehicles a cohort may book — its own and the shared ones: `/cohorts/{id}/vehicles`, `…/new`,
//! `…/{vehicle_id}/edit`.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::audit::AuditObject;
use crate::domain::ids::{CohortId, VehicleId};
use crate::domain::resources::{VehicleDraft, VehicleInput};
use crate::domain::translation::{Owner, Text, VersionInput, bound_to, parse_own_versions};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::vehicle::{Vehicle, VehicleFields};
use crate::services::audit::{self, Audited};
use crate::services::{editing, translations};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::Ctx;
use crate::web::fields::{Field, SimpleForm, with_versions};
use crate::web::form::FormFields;
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

/// The form, the name with its inputs in the other languages (`versions`: input name, value).
fn form(
    ctx: Ctx,
    cohort: CohortId,
    editing: Option<VehicleId>,
    input: &VehicleInput,
    versions: &[(String, String)],
    errors: FormErrors,
) -> SimpleForm {
    let (heading, action) = match editing {
        Some(id) => ("vehicle-edit", format!("/cohorts/{cohort}/vehicles/{id}")),
        None => ("vehicle-new", format!("/cohorts/{cohort}/vehicles")),
    };
    SimpleForm {
        version: input.version.clone(),
        ctx,
        heading,
        action,
        back: format!("/cohorts/{cohort}/vehicles"),
        fields: with_versions(
            vec![
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
            Owner::Vehicle,
            versions,
        ),
        errors,
    }
}

/// The vehicle form read whole: the vehicle, and its name in other languages.
fn parse_form(
    input: &VehicleInput,
    fields: &[(String, String)],
) -> Result<(VehicleDraft, Vec<VersionInput>), FormErrors> {
    FormErrors::both(input.parse(), parse_own_versions(fields, Owner::Vehicle))
}

/// Saves the name's versions a form sent for the saved `vehicle`.
fn save_name_versions(
    conn: &mut DbConnection,
    vehicle: &Vehicle,
    versions: Vec<VersionInput>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let id = vehicle.id.0;
    let originals = vec![translations::guessed(Text::VehicleName, id, &vehicle.name)];
    let bound = bound_to(versions, id);
    translations::save_form_versions(conn, &vehicle.subject(), originals, &bound, now)?;
    Ok(())
}

/// The vehicle `id` as cohort `cohort` sees it (its own, or a shared one).
fn vehicle_in(conn: &mut DbConnection, cohort: CohortId, id: VehicleId) -> AppResult<Vehicle> {
    Vehicle::for_cohort(conn, cohort)?
        .into_iter()
        .find(|v| v.id == id)
        .ok_or(AppError::NotFound)
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
        &[],
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
    FormFields(input, fields): FormFields<VehicleInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let now = state.now();
    let result = state
        .db_parsed(
            parse_form(&input, &fields),
            move |conn, (draft, versions)| {
                conn.write(|conn| {
                    Cohort::find(conn, id)?;
                    let vehicle = VehicleFields::from_draft(&draft, id).insert(conn, now)?;
                    let saved = vehicle_in(conn, id, vehicle)?;
                    audit::created(conn, now, &saved)?;
                    save_name_versions(conn, &saved, versions, now)?;
                    Ok(vehicle)
                })
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |_| format!("/cohorts/{id}/vehicles"),
        |errors| form(ctx, id, None, &input, &fields, errors),
    )
}

/// The vehicle, if this cohort may use it.
async fn find(state: &AppState, id: CohortId, vehicle: VehicleId) -> AppResult<Vehicle> {
    state.db(move |conn| vehicle_in(conn, id, vehicle)).await
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
    let originals = translations::vehicle_originals(&vehicle);
    let objects = [(AuditObject::Vehicle, vehicle_id.0)];
    let (versions, version) = state
        .db(move |conn| {
            let versions = translations::form_versions(conn, originals)?;
            Ok((versions, editing::version(conn, &objects)?))
        })
        .await?;
    let input = VehicleInput {
        version,
        name: vehicle.name,
        seats: vehicle.seats.to_string(),
        driver_contact: vehicle.driver_contact,
        shared: if vehicle.cohort_id.is_none() {
            "1".to_owned()
        } else {
            String::new()
        },
    };
    page(&form(
        ctx,
        id,
        Some(vehicle_id),
        &input,
        &versions,
        FormErrors::new(),
    ))
}

/// `POST /cohorts/{id}/vehicles/{vehicle_id}`
async fn update(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, VehicleId)>,
    FormFields(input, fields): FormFields<VehicleInput>,
) -> AppResult<HttpResponse> {
    let (id, vehicle_id) = path.into_inner();
    find(&state, id, vehicle_id).await?;
    let now = state.now();
    let seen = editing::sent_version(&input.version);
    let objects = [(AuditObject::Vehicle, vehicle_id.0)];
    let result = state
        .db_parsed(
            parse_form(&input, &fields),
            move |conn, (draft, versions)| {
                editing::save(conn, &objects, seen, |conn| {
                    let before = vehicle_in(conn, id, vehicle_id)?;
                    VehicleFields::from_draft(&draft, id).update(conn, vehicle_id)?;
                    let after = vehicle_in(conn, id, vehicle_id)?;
                    audit::updated(conn, now, &before, &after)?;
                    save_name_versions(conn, &after, versions, now)
                })
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}/vehicles"),
        |errors| form(ctx, id, Some(vehicle_id), &input, &fields, errors),
    )
}
