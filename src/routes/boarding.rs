//! Boarding headcounts on a site visit's buses: `/cohorts/{id}/sessions/{session_id}/boarding`.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::attendance::Leg;
use crate::domain::ids::{CohortId, SessionId, TraineeId, VehicleId};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::models::country::Country;
use crate::services::attendance::Expected;
use crate::services::boarding::{self, Headcount, Tick};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::{Ctx, flash};
use crate::web::form::Form;
use crate::web::render::{page, page_with_status, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/sessions/{session_id:\\d+}/boarding")
            .route(web::get().to(show))
            .route(web::post().to(tick)),
    );
}

#[derive(Template)]
#[template(path = "boarding/show.html")]
struct BoardingPage {
    ctx: Ctx,
    count: Headcount,
    /// The bus the person ticking stands at.
    vehicle: Option<VehicleId>,
    error: Option<Msg>,
}

impl BoardingPage {
    fn selected(&self, vehicle: &VehicleId) -> bool {
        self.vehicle == Some(*vehicle)
    }

    fn legs(&self) -> &'static [Leg] {
        Leg::ALL
    }

    fn country(&self, code: &str) -> String {
        Country::name_of(&self.count.call.countries, code, self.ctx.lang)
    }

    /// The bus a trainee boarded, by name.
    fn on(&self, e: &Expected) -> Option<String> {
        let vehicle = self.count.boarded.get(&e.line.trainee_id)?;
        Some(
            self.count
                .vehicles
                .iter()
                .find(|v| Some(v.id) == *vehicle)
                .map_or_else(|| "—".to_owned(), |v| v.name.clone()),
        )
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct BoardingQuery {
    leg: String,
    vehicle: Option<VehicleId>,
}

async fn load(
    state: &AppState,
    id: CohortId,
    session: SessionId,
    leg: Leg,
) -> AppResult<Headcount> {
    state
        .db(move |conn| boarding::headcount(conn, id, session, leg))
        .await
}

/// `GET /cohorts/{id}/sessions/{session_id}/boarding?leg=out&vehicle=2`
async fn show(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
    query: web::Query<BoardingQuery>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let leg = Leg::parse(&query.leg).unwrap_or(Leg::Out);
    let count = load(&state, id, session, leg).await?;
    let vehicle = query
        .vehicle
        .filter(|v| count.vehicles.iter().any(|x| x.id == *v))
        .or_else(|| count.vehicles.first().map(|v| v.id));
    page(&BoardingPage {
        ctx,
        count,
        vehicle,
        error: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TickInput {
    leg: String,
    trainee: String,
    /// Empty: take the tick back.
    vehicle: String,
}

/// `POST /cohorts/{id}/sessions/{session_id}/boarding`: one tick, then back to the headcount.
async fn tick(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
    Form(input): Form<TickInput>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let leg = Leg::parse(&input.leg).ok_or(AppError::BadRequest)?;
    let trainee: TraineeId = input.trainee.parse().map_err(|_| AppError::BadRequest)?;
    let vehicle: Option<VehicleId> = match input.vehicle.trim() {
        "" => None,
        text => Some(text.parse().map_err(|_| AppError::BadRequest)?),
    };
    let now = state.now();
    let tick = Tick {
        leg,
        trainee,
        vehicle,
    };
    match state
        .db(move |conn| boarding::board(conn, id, session, tick, user.id, now))
        .await
    {
        Ok(()) => {
            if vehicle.is_some() {
                flash(&req, "flash-boarded");
            }
            let bus = vehicle.map(|v| format!("&vehicle={v}")).unwrap_or_default();
            Ok(see_other(&format!(
                "/cohorts/{id}/sessions/{session}/boarding?leg={}{bus}#trainee-{trainee}",
                leg.as_str()
            )))
        }
        Err(AppError::Invalid(refusal)) => {
            let count = load(&state, id, session, leg).await?;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &BoardingPage {
                    ctx,
                    vehicle: vehicle.or_else(|| count.vehicles.first().map(|v| v.id)),
                    count,
                    error: refusal.first().cloned(),
                },
            )
        }
        Err(other) => Err(other),
    }
}
