//! `GET /`: the dashboard for organizers and coordinators.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::cohort::CohortStatus;
use crate::error::AppResult;
use crate::models::cohort::CohortListing;
use crate::services::commitments::CommitmentSummary;
use crate::services::dashboard;
use crate::web::auth::Staff;
use crate::web::ctx::Ctx;
use crate::web::render::page;
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "dashboard/index.html")]
struct DashboardPage {
    ctx: Ctx,
    commitments: Vec<CommitmentSummary>,
    current: Vec<CohortListing>,
    recent: Vec<CohortListing>,
    by_status: Vec<(CohortStatus, usize)>,
}

pub async fn show(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
) -> AppResult<HttpResponse> {
    let (today, scope) = (state.now().date(), user.scope());
    let data = state
        .db(move |conn| dashboard::load(conn, today, scope))
        .await?;
    page(&DashboardPage {
        ctx,
        commitments: data.commitments,
        current: data.current,
        recent: data.recent,
        by_status: data.by_status,
    })
}
