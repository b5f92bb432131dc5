//! Badges to print for a cohort's trainees, `/cohorts/{id}/badges?trainee=…` (the roster's "print
//! badges" button): name in both scripts, delegation, organization and the code a trainee checks in with.

use std::collections::HashSet;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::ids::{CohortId, TraineeId};
use crate::error::AppResult;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::enrollment::{Enrollment, RosterEntry};
use crate::web::auth::Organizer;
use crate::web::ctx::Ctx;
use crate::web::render::page;
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/badges", web::get().to(badges));
}

/// The trainees whose badges to print (none: everyone taking part).
#[derive(Deserialize, Default)]
#[serde(default)]
struct BadgesQuery {
    trainee: Vec<String>,
}

struct Badge {
    entry: RosterEntry,
    country: String,
    code: String,
}

#[derive(Template)]
#[template(path = "badges/print.html")]
struct BadgesPage {
    ctx: Ctx,
    cohort: CohortListing,
    badges: Vec<Badge>,
}

/// `GET /cohorts/{id}/badges`: organizers only, the codes let anyone check in as the trainee.
async fn badges(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let asked: BadgesQuery = serde_html_form::from_str(req.query_string()).unwrap_or_default();
    let chosen: HashSet<TraineeId> = asked
        .trainee
        .iter()
        .filter_map(|t| t.trim().parse().ok())
        .collect();
    let lang = ctx.lang;
    let (cohort, entries, countries) = state
        .db(move |conn| {
            Ok((
                Cohort::find(conn, id)?,
                Enrollment::roster(conn, id)?,
                Country::all(conn)?,
            ))
        })
        .await?;
    let badges = entries
        .into_iter()
        .filter(|e| match chosen.is_empty() {
            true => e.enrollment.status.takes_part(),
            false => chosen.contains(&e.trainee.id),
        })
        .map(|entry| Badge {
            country: Country::name_of(&countries, &entry.trainee.country_code, lang),
            code: state.checkin_key.badge_code(entry.enrollment.id),
            entry,
        })
        .collect();
    page(&BadgesPage {
        ctx,
        cohort,
        badges,
    })
}
