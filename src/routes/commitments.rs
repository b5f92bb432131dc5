//! Commitments and their host-city allocations:
//! `/commitments`, `/commitments/new`, `/commitments/{id}`, `/commitments/{id}/edit`,
//! `/commitments/{id}/archive`, `/commitments/{id}/restore`,
//! `/commitments/{id}/allocations/new`, `/commitments/{id}/allocations/{allocation_id}/edit`.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::db::DbConnection;
use crate::domain::audit::AuditObject;
use crate::domain::commitment::{
    AllocationDraft, AllocationInput, CommitmentDraft, CommitmentInput, years_of,
};
use crate::domain::ids::{AllocationId, CommitmentId};
use crate::domain::role::Access;
use crate::domain::translation::{Owner, Text, VersionInput, bound_to, parse_own_versions};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Lang;
use crate::models::allocation::Allocation;
use crate::models::commitment::Commitment;
use crate::services::audit::Subject;
use crate::services::commitments::{self, CommitmentDetail, CommitmentSummary};
use crate::services::editing;
use crate::services::history::{History, history_of};
use crate::services::translations;
use crate::web::archive::{Archivable, archive};
use crate::web::auth::{Administrator, Staff};
use crate::web::ctx::Ctx;
use crate::web::fields::{version_inputs, written_in};
use crate::web::form::{Form, FormFields};
use crate::web::render::{after_post, page};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/commitments")
            .route(web::get().to(index))
            .route(web::post().to(create)),
    )
    .route("/commitments/new", web::get().to(new))
    .service(
        web::resource("/commitments/{id}")
            .route(web::get().to(show))
            .route(web::post().to(update)),
    )
    .route("/commitments/{id}/edit", web::get().to(edit))
    .route(
        "/commitments/{id}/{action:archive|restore}",
        web::post().to(archive::<CommitmentId>),
    )
    .service(
        web::resource("/commitments/{id}/allocations").route(web::post().to(create_allocation)),
    )
    .route(
        "/commitments/{id}/allocations/new",
        web::get().to(new_allocation),
    )
    .route(
        "/commitments/{id}/allocations/{allocation_id}",
        web::post().to(update_allocation),
    )
    .route(
        "/commitments/{id}/allocations/{allocation_id}/edit",
        web::get().to(edit_allocation),
    );
}

#[derive(Template)]
#[template(path = "commitments/index.html")]
struct IndexPage {
    ctx: Ctx,
    commitments: Vec<CommitmentSummary>,
    show_archived: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexQuery {
    archived: Option<String>,
}

async fn index(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
    query: web::Query<IndexQuery>,
) -> AppResult<HttpResponse> {
    let (show_archived, scope) = (query.archived.is_some(), user.scope());
    let commitments = state
        .db(move |conn| commitments::summaries(conn, show_archived, scope))
        .await?;
    page(&IndexPage {
        ctx,
        commitments,
        show_archived,
    })
}

#[derive(Template)]
#[template(path = "commitments/show.html")]
struct ShowPage {
    ctx: Ctx,
    detail: CommitmentDetail,
    audit: History,
}

async fn show(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
    id: web::Path<CommitmentId>,
) -> AppResult<HttpResponse> {
    let (id, lang, scope) = (id.into_inner(), ctx.lang, user.scope());
    let (detail, audit) = state
        .db(move |conn| {
            let mut detail = commitments::detail(conn, id)?;
            detail
                .cohorts
                .retain(|l| scope.covers(l.commitment_id, l.cohort.allocation_id));
            let allocations: Vec<i32> = detail
                .allocations
                .iter()
                .map(|a| a.allocation.id.0)
                .collect();
            let audit = history_of(
                conn,
                &[
                    (AuditObject::Commitment, &[id.0]),
                    (AuditObject::Allocation, &allocations),
                ],
                lang,
            )?;
            Ok((detail, audit))
        })
        .await?;
    page(&ShowPage { ctx, detail, audit })
}

#[derive(Template)]
#[template(path = "commitments/form.html")]
struct FormPage {
    ctx: Ctx,
    /// The commitment being edited; `None` for a new one.
    editing: Option<Commitment>,
    input: CommitmentInput,
    errors: FormErrors,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(c) => format!("/commitments/{}", c.id),
            None => "/commitments".to_owned(),
        }
    }
}

async fn find(state: &AppState, id: CommitmentId) -> AppResult<Commitment> {
    state.db(move |conn| Ok(Commitment::find(conn, id)?)).await
}

fn input_of(c: &Commitment, version: String) -> CommitmentInput {
    CommitmentInput {
        version,
        name: c.name.clone(),
        description: c.description.clone(),
        places: c.places.to_string(),
        starts_on: c.starts_on.to_string(),
        ends_on: c.ends_on.to_string(),
    }
}

async fn new(_: Administrator, ctx: Ctx) -> AppResult<HttpResponse> {
    page(&FormPage {
        ctx,
        editing: None,
        input: CommitmentInput::default(),
        errors: FormErrors::new(),
    })
}

async fn create(
    state: web::Data<AppState>,
    _: Administrator,
    req: HttpRequest,
    ctx: Ctx,
    Form(input): Form<CommitmentInput>,
) -> AppResult<HttpResponse> {
    let now = state.now();
    let result = state
        .db_parsed(CommitmentDraft::parse(&input), move |conn, draft| {
            commitments::create(conn, &draft, now)
        })
        .await;
    after_post(
        &req,
        result,
        "flash-commitment-created",
        |id| format!("/commitments/{id}"),
        |errors| FormPage {
            ctx,
            editing: None,
            input,
            errors,
        },
    )
}

async fn edit(
    state: web::Data<AppState>,
    _: Administrator,
    ctx: Ctx,
    id: web::Path<CommitmentId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let commitment = find(&state, id).await?;
    let version = state
        .db(move |conn| editing::version(conn, &[(AuditObject::Commitment, id.0)]))
        .await?;
    page(&FormPage {
        ctx,
        input: input_of(&commitment, version),
        editing: Some(commitment),
        errors: FormErrors::new(),
    })
}

async fn update(
    state: web::Data<AppState>,
    _: Administrator,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CommitmentId>,
    Form(input): Form<CommitmentInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let commitment = find(&state, id).await?;
    let now = state.now();
    let seen = editing::sent_version(&input.version);
    let result = state
        .db_parsed(CommitmentDraft::parse(&input), move |conn, draft| {
            editing::save(conn, &[(AuditObject::Commitment, id.0)], seen, |conn| {
                commitments::update(conn, id, &draft, now)
            })
        })
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/commitments/{id}"),
        |errors| FormPage {
            ctx,
            editing: Some(commitment),
            input,
            errors,
        },
    )
}

impl Archivable for CommitmentId {
    const PATH: &'static str = "/commitments";
    const ACCESS: Access = Access::Administer;

    fn set_archived(
        conn: &mut DbConnection,
        id: Self,
        archived_at: Option<NaiveDateTime>,
        now: NaiveDateTime,
    ) -> AppResult<()> {
        commitments::set_archived(conn, id, archived_at, now)
    }
}

#[derive(Template)]
#[template(path = "commitments/allocation_form.html")]
struct AllocationPage {
    ctx: Ctx,
    commitment: Commitment,
    /// The allocation being edited; `None` for a new one.
    editing: Option<AllocationId>,
    input: AllocationInput,
    errors: FormErrors,
    /// The city's name in the other languages, by input name (`host_city-ru`), as saved or typed.
    versions: Vec<(String, String)>,
}

impl AllocationPage {
    /// The inputs for the city's name in the other languages.
    fn city_versions(&self) -> Vec<(Lang, String, String)> {
        version_inputs(
            Text::HostCity,
            written_in(&self.input.host_city),
            &self.versions,
        )
    }

    fn action(&self) -> String {
        match self.editing {
            Some(id) => format!("/commitments/{}/allocations/{id}", self.commitment.id),
            None => format!("/commitments/{}/allocations", self.commitment.id),
        }
    }

    /// (year, entered target) for each year of the commitment's period.
    fn targets(&self) -> Vec<(i32, String)> {
        years_of(self.commitment.starts_on, self.commitment.ends_on)
            .into_iter()
            .map(|year| {
                let entered = self
                    .input
                    .target_year
                    .iter()
                    .position(|y| y.trim() == year.to_string())
                    .and_then(|i| self.input.target_places.get(i))
                    .cloned()
                    .unwrap_or_default();
                (year, entered)
            })
            .collect()
    }
}

async fn new_allocation(
    state: web::Data<AppState>,
    _: Administrator,
    ctx: Ctx,
    id: web::Path<CommitmentId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let commitment = find(&state, id).await?;
    page(&AllocationPage {
        ctx,
        commitment,
        editing: None,
        input: AllocationInput::default(),
        errors: FormErrors::new(),
        versions: Vec::new(),
    })
}

/// The allocation form read whole: the allocation, and its city's name in other languages (bound to the
/// allocation once it is saved).
fn parse_allocation(
    input: &AllocationInput,
    fields: &[(String, String)],
    years: &[i32],
) -> Result<(AllocationDraft, Vec<VersionInput>), FormErrors> {
    FormErrors::both(
        AllocationDraft::parse(input, years),
        parse_own_versions(fields, Owner::Allocation),
    )
}

/// Saves the city's names a form sent for the saved allocation `id`.
fn save_city_versions(
    conn: &mut DbConnection,
    id: AllocationId,
    host_city: &str,
    versions: Vec<VersionInput>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let originals = translations::host_city_originals(id, host_city);
    let subject = Subject {
        object: AuditObject::Allocation,
        id: id.0,
        cohort: None,
        label: host_city.to_owned(),
    };
    let bound = bound_to(versions, id.0);
    translations::save_form_versions(conn, &subject, originals, &bound, now)?;
    Ok(())
}

async fn create_allocation(
    state: web::Data<AppState>,
    _: Administrator,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CommitmentId>,
    FormFields(input, fields): FormFields<AllocationInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let commitment = find(&state, id).await?;
    let years = years_of(commitment.starts_on, commitment.ends_on);
    let now = state.now();
    let result = state
        .db_parsed(
            parse_allocation(&input, &fields, &years),
            move |conn, (draft, versions)| {
                conn.write(|conn| {
                    let allocation = commitments::add_allocation(conn, id, &draft, now)?;
                    save_city_versions(conn, allocation, &draft.host_city, versions, now)?;
                    Ok(allocation)
                })
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-allocation-saved",
        |_| format!("/commitments/{id}"),
        |errors| AllocationPage {
            ctx,
            commitment,
            editing: None,
            input,
            errors,
            versions: fields,
        },
    )
}

async fn edit_allocation(
    state: web::Data<AppState>,
    _: Administrator,
    ctx: Ctx,
    path: web::Path<(CommitmentId, AllocationId)>,
) -> AppResult<HttpResponse> {
    let (id, allocation_id) = path.into_inner();
    let (commitment, allocation, targets, versions, version) = state
        .db(move |conn| {
            let allocation = Allocation::find(conn, allocation_id)?;
            if allocation.commitment_id != id {
                return Err(AppError::NotFound);
            }
            let targets = Allocation::targets(conn, &[allocation_id])?;
            let originals = translations::host_city_originals(allocation_id, &allocation.host_city);
            let versions = translations::form_versions(conn, originals)?;
            let version = editing::version(conn, &[(AuditObject::Allocation, allocation_id.0)])?;
            let commitment = Commitment::find(conn, id)?;
            Ok((commitment, allocation, targets, versions, version))
        })
        .await?;
    page(&AllocationPage {
        ctx,
        commitment,
        editing: Some(allocation_id),
        input: AllocationInput {
            version,
            host_city: allocation.host_city,
            places: allocation.places.to_string(),
            target_year: targets.iter().map(|t| t.year.to_string()).collect(),
            target_places: targets.iter().map(|t| t.places.to_string()).collect(),
        },
        errors: FormErrors::new(),
        versions,
    })
}

async fn update_allocation(
    state: web::Data<AppState>,
    _: Administrator,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CommitmentId, AllocationId)>,
    FormFields(input, fields): FormFields<AllocationInput>,
) -> AppResult<HttpResponse> {
    let (id, allocation_id) = path.into_inner();
    let commitment = find(&state, id).await?;
    let years = years_of(commitment.starts_on, commitment.ends_on);
    let now = state.now();
    let seen = editing::sent_version(&input.version);
    let objects = [(AuditObject::Allocation, allocation_id.0)];
    let result = state
        .db_parsed(
            parse_allocation(&input, &fields, &years),
            move |conn, (draft, versions)| {
                editing::save(conn, &objects, seen, |conn| {
                    commitments::update_allocation(conn, id, allocation_id, &draft, now)?;
                    save_city_versions(conn, allocation_id, &draft.host_city, versions, now)
                })
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-allocation-saved",
        |()| format!("/commitments/{id}"),
        |errors| AllocationPage {
            ctx,
            commitment,
            editing: Some(allocation_id),
            input,
            errors,
            versions: fields,
        },
    )
}
