//! A cohort's groups: `/cohorts/{id}/groups`, each group's members at `/cohorts/{id}/groups/{group_id}/edit`,
//! and splitting the roster into groups in one go.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::audit::AuditObject;
use crate::domain::ids::{CohortId, GroupId, TraineeId};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::enrollment::RosterLine;
use crate::models::group::CohortGroup;
use crate::services::editing;
use crate::services::groups::{self, SPLIT_MAX};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::Ctx;
use crate::web::form::Form;
use crate::web::render::{after_button, after_post, page};
use crate::web::state::AppState;

/// The number of groups the split form suggests.
const SPLIT_DEFAULT: usize = 4;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/groups")
            .route(web::get().to(index))
            .route(web::post().to(create)),
    )
    .route("/cohorts/{id}/groups/split", web::post().to(split))
    .route(
        "/cohorts/{id}/groups/{group_id:\\d+}",
        web::post().to(update),
    )
    .route(
        "/cohorts/{id}/groups/{group_id:\\d+}/edit",
        web::get().to(edit),
    )
    .route(
        "/cohorts/{id}/groups/{group_id:\\d+}/delete",
        web::post().to(delete),
    );
}

/// A group with its members' names.
pub struct GroupView {
    pub group: CohortGroup,
    pub members: Vec<RosterLine>,
}

struct Groups {
    cohort: CohortListing,
    groups: Vec<GroupView>,
    trainees: Vec<RosterLine>,
}

async fn load(state: &AppState, id: CohortId) -> AppResult<Groups> {
    state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let trainees = groups::candidates(conn, id)?;
            let memberships = CohortGroup::memberships(conn, id)?;
            let groups = CohortGroup::for_cohort(conn, id)?
                .into_iter()
                .map(|group| GroupView {
                    members: trainees
                        .iter()
                        .filter(|t| memberships.contains(&(group.id, t.trainee_id)))
                        .cloned()
                        .collect(),
                    group,
                })
                .collect();
            Ok(Groups {
                cohort,
                groups,
                trainees,
            })
        })
        .await
}

#[derive(Template)]
#[template(path = "groups/index.html")]
struct IndexPage {
    ctx: Ctx,
    cohort: CohortListing,
    groups: Vec<GroupView>,
    trainees: usize,
    /// The name typed for a new group (kept when it is refused).
    new_name: String,
    split_count: String,
    errors: FormErrors,
    split_max: usize,
}

/// `GET /cohorts/{id}/groups`
async fn index(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let loaded = load(&state, id.into_inner()).await?;
    page(&IndexPage {
        ctx,
        cohort: loaded.cohort,
        groups: loaded.groups,
        trainees: loaded.trainees.len(),
        new_name: String::new(),
        split_count: SPLIT_DEFAULT.to_string(),
        errors: FormErrors::new(),
        split_max: SPLIT_MAX,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NameInput {
    name: String,
}

/// `POST /cohorts/{id}/groups`: a new, empty group; then its members are chosen.
async fn create(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<NameInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let name = input.name.clone();
    let result = state.db(move |conn| groups::create(conn, id, &name)).await;
    let loaded = load(&state, id).await?;
    after_post(
        &req,
        result,
        "flash-group-created",
        |group| format!("/cohorts/{id}/groups/{group}/edit"),
        |errors| IndexPage {
            ctx,
            cohort: loaded.cohort,
            groups: loaded.groups,
            trainees: loaded.trainees.len(),
            new_name: input.name,
            split_count: SPLIT_DEFAULT.to_string(),
            errors,
            split_max: SPLIT_MAX,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SplitInput {
    count: String,
}

/// `POST /cohorts/{id}/groups/split`
async fn split(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<SplitInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let count = input.count.trim().parse().unwrap_or(0);
    let prefix = ctx.t("group-default-name");
    let result = state
        .db(move |conn| groups::split(conn, id, count, &prefix))
        .await;
    let loaded = load(&state, id).await?;
    after_post(
        &req,
        result,
        "flash-groups-split",
        |_| format!("/cohorts/{id}/groups"),
        |errors| IndexPage {
            ctx,
            cohort: loaded.cohort,
            groups: loaded.groups,
            trainees: loaded.trainees.len(),
            new_name: String::new(),
            split_count: input.count,
            errors,
            split_max: SPLIT_MAX,
        },
    )
}

#[derive(Template)]
#[template(path = "groups/form.html")]
struct FormPage {
    ctx: Ctx,
    cohort: CohortListing,
    group: GroupId,
    group_name: String,
    members: Vec<String>,
    trainees: Vec<RosterLine>,
    errors: FormErrors,
    version: String,
}

impl FormPage {
    fn member(&self, id: &TraineeId) -> bool {
        self.members.contains(&id.to_string())
    }
}

/// `GET /cohorts/{id}/groups/{group_id}/edit`
async fn edit(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, GroupId)>,
) -> AppResult<HttpResponse> {
    let (id, group_id) = path.into_inner();
    let loaded = load(&state, id).await?;
    let view = loaded
        .groups
        .into_iter()
        .find(|g| g.group.id == group_id)
        .ok_or(AppError::NotFound)?;
    let version = state
        .db(move |conn| editing::version(conn, &[(AuditObject::Group, group_id.0)]))
        .await?;
    page(&FormPage {
        ctx,
        version,
        cohort: loaded.cohort,
        group: group_id,
        group_name: view.group.name,
        members: view
            .members
            .iter()
            .map(|m| m.trainee_id.to_string())
            .collect(),
        trainees: loaded.trainees,
        errors: FormErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GroupInput {
    /// The version of the group, as loaded (`services::editing`).
    version: String,
    name: String,
    members: Vec<String>,
}

/// `POST /cohorts/{id}/groups/{group_id}`
async fn update(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, GroupId)>,
    Form(input): Form<GroupInput>,
) -> AppResult<HttpResponse> {
    let (id, group_id) = path.into_inner();
    let members: Result<Vec<TraineeId>, _> = input.members.iter().map(|m| m.parse()).collect();
    let members = members.map_err(|_| AppError::BadRequest)?;
    let (name, now) = (input.name.clone(), state.now());
    let seen = editing::sent_version(&input.version);
    let result = state
        .db(move |conn| {
            editing::save(conn, &[(AuditObject::Group, group_id.0)], seen, |conn| {
                groups::save(conn, id, group_id, &name, &members, now)
            })
        })
        .await;
    let loaded = load(&state, id).await?;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}/groups"),
        |errors| FormPage {
            ctx,
            cohort: loaded.cohort,
            group: group_id,
            group_name: input.name,
            members: input.members,
            trainees: loaded.trainees,
            errors,
            version: input.version,
        },
    )
}

/// `POST /cohorts/{id}/groups/{group_id}/delete`
async fn delete(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, GroupId)>,
) -> AppResult<HttpResponse> {
    let (id, group_id) = path.into_inner();
    let done = state
        .db(move |conn| groups::delete(conn, id, group_id))
        .await
        .map(|()| Msg::new("flash-group-deleted"));
    after_button(&req, done, &format!("/cohorts/{id}/groups"))
}
