//! A course's duty contacts: `/cohorts/{id}/duty`, read by staff and filled in by organizers (one row per
//! day; a day left empty keeps the day before's contact).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;

use crate::domain::duty::{DutyContact, DutyInput, DutyRoster};
use crate::domain::ids::CohortId;
use crate::error::AppResult;
use crate::form_errors::FormErrors;
use crate::models::cohort::{Cohort, CohortListing};
use crate::services::{duty, editing};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::Ctx;
use crate::web::form::Form;
use crate::web::render::{after_post, page};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/duty", web::get().to(show))
        .route("/cohorts/{id}/duty", web::post().to(update));
}

#[derive(Template)]
#[template(path = "duty/show.html")]
struct DutyPage {
    ctx: Ctx,
    cohort: CohortListing,
    days: Vec<NaiveDate>,
    /// The contacts as saved, for the days a row leaves empty ("as the day before: …").
    roster: DutyRoster,
    input: DutyInput,
    errors: FormErrors,
}

impl DutyPage {
    fn typed(&self, day: &NaiveDate) -> (&str, &str) {
        self.input.typed(*day)
    }

    /// Whom a day without its own contact keeps, as saved.
    fn kept(&self, day: &NaiveDate) -> Option<&DutyContact> {
        self.roster.on(*day).filter(|c| c.day < *day)
    }

    fn error(&self, field: &str, day: &NaiveDate) -> Option<String> {
        self.errors
            .get(&format!("{field}-{day}"))
            .map(|msg| self.ctx.msg(msg))
    }
}

/// The course, its days, its duty contacts and their version.
async fn load(
    state: &AppState,
    id: CohortId,
) -> AppResult<(CohortListing, Vec<NaiveDate>, DutyRoster, String)> {
    state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let days = cohort.cohort.days();
            let roster = duty::roster(conn, id)?;
            let version = editing::version(conn, &[duty::object(id)])?;
            Ok((cohort, days, roster, version))
        })
        .await
}

/// `GET /cohorts/{id}/duty`
async fn show(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let (cohort, days, roster, version) = load(&state, id.into_inner()).await?;
    page(&DutyPage {
        ctx,
        input: DutyInput::from_roster(&roster, &days, version),
        cohort,
        days,
        roster,
        errors: FormErrors::new(),
    })
}

/// `POST /cohorts/{id}/duty`
async fn update(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<DutyInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (cohort, days, roster, _) = load(&state, id).await?;
    let (submitted, course, course_days, now) = (
        input.clone(),
        cohort.cohort.clone(),
        days.clone(),
        state.now(),
    );
    let seen = editing::sent_version(&input.version);
    let result = state
        .db(move |conn| {
            editing::save(conn, &[duty::object(id)], seen, |conn| {
                let contacts = submitted.parse(&course_days)?;
                duty::save(conn, &course, &contacts, now)
            })
        })
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}/duty"),
        |errors| DutyPage {
            ctx,
            cohort,
            days,
            roster,
            input,
            errors,
        },
    )
}
