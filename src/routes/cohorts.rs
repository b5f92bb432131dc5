//! Cohorts: `/cohorts`, `/cohorts/new`, `/cohorts/{id}`, `/cohorts/{id}/edit`, `/cohorts/{id}/archive`,
//! `/cohorts/{id}/restore`. Later areas nest below a cohort (`/cohorts/{id}/trainees`, …).

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Datelike;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

use crate::db::DbConnection;
use crate::domain::audit::AuditObject;
use crate::domain::cohort::{
    CohortDraft, CohortInput, CohortStatus, DEFAULT_TIME_ZONE, NewHostCity, SUGGESTED_TIME_ZONES,
    WorkingLanguage,
};
use crate::domain::duty::{DutyContact, DutyRoster};
use crate::domain::ids::{AllocationId, CohortId, CommitmentId};
use crate::domain::retention::Retention;
use crate::domain::role::{Access, Scope};
use crate::domain::time::local_day;
use crate::domain::translation::{
    Owner, StringId, Text, VersionInput, bound_to, parse_own_versions,
};
use crate::error::AppResult;
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::allocation::{Allocation, AllocationChoice};
use crate::models::cohort::{Cohort, CohortFilter, CohortListing};
use crate::models::commitment::Commitment;
use crate::services::attendance::Summary;
use crate::services::history::{History, history_of};
use crate::services::mailings;
use crate::services::translations::{self, Confirm};
use crate::services::{attendance, cohorts, duty, editing, retention};
use crate::web::archive::{Archivable, archive};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::Ctx;
use crate::web::fields::{version_inputs, written_in};
use crate::web::form::FormFields;
use crate::web::render::{after_button, after_post, page};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts")
            .route(web::get().to(index))
            .route(web::post().to(create)),
    )
    .route("/cohorts/new", web::get().to(new))
    .service(
        web::resource("/cohorts/{id}")
            .route(web::get().to(show))
            .route(web::post().to(update)),
    )
    .route("/cohorts/{id}/edit", web::get().to(edit))
    .route("/cohorts/{id}/complete", web::post().to(complete))
    .route(
        "/cohorts/{id}/{action:archive|restore}",
        web::post().to(archive::<CohortId>),
    );
}

#[derive(Template)]
#[template(path = "cohorts/index.html")]
struct IndexPage {
    ctx: Ctx,
    cohorts: Vec<CohortListing>,
    filter: CohortFilter,
    commitments: Vec<Commitment>,
    years: Vec<i32>,
    statuses: [CohortStatus; 5],
}

impl IndexPage {
    fn commitment_selected(&self, id: &CommitmentId) -> bool {
        self.filter.commitment_id == Some(*id)
    }

    fn year_selected(&self, year: &i32) -> bool {
        self.filter.year == Some(*year)
    }

    fn status_selected(&self, status: &CohortStatus) -> bool {
        self.filter.status == Some(*status)
    }

    fn total_capacity(&self) -> i64 {
        self.cohorts
            .iter()
            .map(|c| i64::from(c.cohort.capacity))
            .sum()
    }
}

/// The list's filters as they arrive in the query string; anything unreadable is ignored.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexQuery {
    commitment: String,
    year: String,
    status: String,
    archived: Option<String>,
}

impl IndexQuery {
    fn filter(&self, scope: Scope) -> CohortFilter {
        CohortFilter {
            scope,
            commitment_id: self.commitment.parse::<CommitmentId>().ok(),
            allocation_id: None,
            year: self.year.trim().parse().ok(),
            status: CohortStatus::parse(&self.status),
            include_archived: self.archived.is_some(),
        }
    }
}

async fn index(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
    query: web::Query<IndexQuery>,
) -> AppResult<HttpResponse> {
    let scope = user.scope();
    let filter = query.filter(scope);
    let (cohorts, commitments, years, filter) = state
        .db(move |conn| {
            Ok((
                Cohort::list(conn, &filter)?,
                Commitment::list(conn, true, scope)?,
                Cohort::years(conn)?,
                filter,
            ))
        })
        .await?;
    page(&IndexPage {
        ctx,
        cohorts,
        filter,
        commitments,
        years,
        statuses: CohortStatus::ALL,
    })
}

#[derive(Template)]
#[template(path = "cohorts/show.html")]
struct ShowPage {
    ctx: Ctx,
    listing: CohortListing,
    languages: Vec<WorkingLanguage>,
    enrolled: usize,
    places_taken: usize,
    /// While the course runs: its attendance, for the trainees at risk of not completing.
    attendance: Option<Summary>,
    /// Trainees whose itinerary changed since it was sent.
    out_of_date: usize,
    /// Per language its trainees read: (language, trainees, texts found in it, all texts).
    coverage: Vec<(Lang, usize, usize, usize)>,
    audit: History,
    /// When its trainees' passport data is erased, and how long it is kept.
    retention: Retention,
    today: NaiveDate,
    duty: DutyRoster,
}

impl ShowPage {
    /// The duty contacts with the days each covers.
    fn duty_spans(&self) -> Vec<(NaiveDate, NaiveDate, &DutyContact)> {
        self.duty.spans(&self.listing.cohort.days())
    }

    /// "This course ended on 13 May 2023 and is not completed yet."
    fn awaits_completion_title(&self) -> String {
        let ended = self.ctx.date(self.listing.cohort.ends_on);
        self.ctx
            .msg(&Msg::new("cohort-awaits-completion").with("date", ended))
    }

    /// Whether the course ended and waits for an organizer to complete it.
    fn awaits_completion(&self) -> bool {
        let c = &self.listing.cohort;
        c.archived_at.is_none() && c.status.awaits_completion(c.ends_on, self.today)
    }

    /// "Passport numbers … are erased on 21 September 2023 (in 97 days) …", or that they were.
    fn retention_line(&self) -> String {
        let erase_on = self.retention.erase_on(self.listing.cohort.ends_on);
        let key = match erase_on > self.today {
            true => "cohort-passports-kept",
            false => "cohort-passports-erased",
        };
        let msg = Msg::new(key)
            .with("date", self.ctx.date(erase_on))
            .with("days", (erase_on - self.today).num_days())
            .with("kept", i64::from(self.retention.days));
        self.ctx.msg(&msg)
    }

    /// "Русский: 212 of 240 texts · 31 trainees".
    fn coverage_line(&self, lang: &Lang, readers: &usize, found: &usize, total: &usize) -> String {
        let texts = Msg::new("translations-coverage")
            .with("lang", lang.native_name())
            .with("found", *found as i64)
            .with("total", *total as i64);
        let readers = Msg::new("cohort-readers").with("count", *readers as i64);
        format!("{} · {}", self.ctx.msg(&texts), self.ctx.msg(&readers))
    }
}

async fn show(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let rosters = state.rosters.clone();
    let timetables = state.timetables.clone();
    let now = state.now();
    let lang = ctx.lang;
    let (listing, roster, attendance, out_of_date, audit, texts, duty) = state
        .db(move |conn| {
            let listing = Cohort::find(conn, id)?;
            let texts = timetables.timetable(conn, id)?.texts.clone();
            let roster = rosters.lines(conn, &listing.cohort)?;
            let c = &listing.cohort;
            let today = local_day(now, c.zone());
            let attendance = (c.starts_on..=c.ends_on)
                .contains(&today)
                .then(|| attendance::summary(conn, id, now))
                .transpose()?;
            let out_of_date = mailings::out_of_date_count(conn, &timetables, id)?;
            let audit = history_of(conn, &[(AuditObject::Cohort, &[id.0])], lang)?;
            let duty = duty::roster(conn, id)?;
            Ok((listing, roster, attendance, out_of_date, audit, texts, duty))
        })
        .await?;
    let enrolled = roster.len();
    let coverage = Lang::ALL
        .into_iter()
        .map(|lang| {
            let readers = roster
                .iter()
                .filter(|l| l.language == lang && l.status.takes_part())
                .count();
            (lang, readers, texts.found_in(lang), texts.entries().len())
        })
        .filter(|(_, readers, _, _)| *readers > 0)
        .collect();
    let places_taken = roster.iter().filter(|l| l.status.holds_place()).count();
    let zone = listing.cohort.zone();
    page(&ShowPage {
        ctx,
        languages: listing.cohort.languages(),
        listing,
        enrolled,
        places_taken,
        attendance,
        out_of_date,
        coverage,
        audit,
        retention: retention::policy(&state.settings),
        today: local_day(now, zone),
        duty,
    })
}

/// `POST /cohorts/{id}/complete`: completes a course that ended, in one step (see
/// `cohorts::complete`).
async fn complete(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let now = state.now();
    let done = state
        .db(move |conn| cohorts::complete(conn, id, user.id, now))
        .await
        .map(|done| done.told("flash-course-completed"));
    after_button(&req, done, &format!("/cohorts/{id}"))
}

#[derive(Template)]
#[template(path = "cohorts/form.html")]
struct FormPage {
    ctx: Ctx,
    /// The cohort being edited; `None` for a new one.
    editing: Option<CohortListing>,
    input: CohortInput,
    errors: FormErrors,
    allocations: Vec<AllocationChoice>,
    /// The commitments a new host city may be given places of, from inside a new cohort's form (none
    /// when editing, or for an organizer of some courses only).
    commitments: Vec<Commitment>,
    /// The name's versions in the other languages, by input name (`name-ru`), as saved or typed.
    versions: Vec<(String, String)>,
}

impl FormPage {
    /// The inputs for the name's other languages.
    fn name_versions(&self) -> Vec<(Lang, String, String)> {
        version_inputs(
            Text::CohortName,
            written_in(&self.input.name),
            &self.versions,
        )
    }

    fn action(&self) -> String {
        match &self.editing {
            Some(c) => format!("/cohorts/{}", c.cohort.id),
            None => "/cohorts".to_owned(),
        }
    }

    fn statuses(&self) -> Vec<CohortStatus> {
        let current = self.editing.as_ref().map(|c| c.cohort.status);
        CohortStatus::ALL
            .into_iter()
            .filter(|s| current.is_none_or(|c| c.can_become(*s)))
            .collect()
    }

    fn languages(&self) -> [WorkingLanguage; 10] {
        WorkingLanguage::ALL
    }

    fn suggested_zones(&self) -> [&'static str; 12] {
        SUGGESTED_TIME_ZONES
    }

    /// Whether the small form adding a host city opens: nothing to choose yet, something typed in, or
    /// refused.
    fn adding_host_city(&self) -> bool {
        self.allocations.is_empty()
            || !self.input.new_host_city.trim().is_empty()
            || !self.input.new_host_city_places.trim().is_empty()
            || self
                .errors
                .iter()
                .any(|(field, _)| field.starts_with("new_host_city"))
    }

    fn language_checked(&self, language: &WorkingLanguage) -> bool {
        self.input.languages.iter().any(|l| l == language.code())
    }
}

/// Where a new cohort may go: `?allocation=ID` preselects a host city.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    allocation: String,
}

/// The allocations a cohort may be placed in by an organizer of `scope`.
async fn load_choices(
    state: &AppState,
    keep: Option<AllocationId>,
    scope: Scope,
) -> AppResult<Vec<AllocationChoice>> {
    let mut choices = state
        .db(move |conn| Ok(Allocation::choices(conn, keep)?))
        .await?;
    choices.retain(|c| scope.covers(c.commitment_id, c.id));
    Ok(choices)
}

/// The commitments an organizer of `scope` may give a new host city places of: open ones, for an
/// organizer of every course.
async fn open_commitments(state: &AppState, scope: Scope) -> AppResult<Vec<Commitment>> {
    if !scope.is_all() {
        return Ok(Vec::new());
    }
    state
        .db(move |conn| Ok(Commitment::list(conn, false, scope)?))
        .await
}

async fn new(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    query: web::Query<NewQuery>,
) -> AppResult<HttpResponse> {
    let allocations = load_choices(&state, None, user.scope()).await?;
    let commitments = open_commitments(&state, user.scope()).await?;
    let year = state.now().date().year();
    page(&FormPage {
        ctx,
        editing: None,
        input: CohortInput {
            allocation_id: query.into_inner().allocation,
            time_zone: DEFAULT_TIME_ZONE.to_owned(),
            status: CohortStatus::Planning.as_str().to_owned(),
            languages: vec!["zh".to_owned(), "ru".to_owned(), "en".to_owned()],
            name: format!("{year} "),
            ..CohortInput::default()
        },
        errors: FormErrors::new(),
        allocations,
        commitments,
        versions: Vec::new(),
    })
}

/// The cohort form read whole: the cohort, and its name's versions (bound to it once it is saved).
fn parse_form(
    input: &CohortInput,
    fields: &[(String, String)],
) -> Result<(CohortDraft, Vec<VersionInput>), FormErrors> {
    FormErrors::both(
        CohortDraft::parse(input),
        parse_own_versions(fields, Owner::Cohort),
    )
}

/// The new-cohort form read whole: the cohort, the host city it adds, and its name's versions.
type NewCohortForm = ((CohortDraft, Option<NewHostCity>), Vec<VersionInput>);

fn parse_new_form(
    input: &CohortInput,
    fields: &[(String, String)],
) -> Result<NewCohortForm, FormErrors> {
    FormErrors::both(
        CohortDraft::parse_new(input),
        parse_own_versions(fields, Owner::Cohort),
    )
}

/// Saves the name's versions a form sent for the saved cohort `id`.
fn save_name_versions(
    conn: &mut DbConnection,
    id: CohortId,
    versions: Vec<VersionInput>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let input_name = |s: StringId, lang| s.text.input_name(lang);
    let bound = bound_to(versions, id.0);
    translations::save_versions(conn, id, &bound, input_name, Confirm::No, now)?;
    Ok(())
}

async fn create(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    FormFields(input, fields): FormFields<CohortInput>,
) -> AppResult<HttpResponse> {
    let (now, scope) = (state.now(), user.scope());
    let result = state
        .db_parsed(
            parse_new_form(&input, &fields),
            move |conn, ((draft, new), versions)| {
                conn.write(|conn| {
                    let id = cohorts::create_from_form(conn, &draft, new.as_ref(), scope, now)?;
                    save_name_versions(conn, id, versions, now)?;
                    Ok(id)
                })
            },
        )
        .await;
    let allocations = load_choices(&state, None, scope).await?;
    let commitments = open_commitments(&state, scope).await?;
    after_post(
        &req,
        result,
        "flash-cohort-created",
        |id| format!("/cohorts/{id}"),
        |errors| FormPage {
            ctx,
            editing: None,
            input,
            errors,
            allocations,
            commitments,
            versions: fields,
        },
    )
}

fn input_of(c: &Cohort, version: String) -> CohortInput {
    CohortInput {
        version,
        allocation_id: c.allocation_id.to_string(),
        name: c.name.clone(),
        venue: c.venue.clone(),
        starts_on: c.starts_on.to_string(),
        ends_on: c.ends_on.to_string(),
        time_zone: c.time_zone.to_string(),
        capacity: c.capacity.to_string(),
        languages: c.languages().iter().map(|l| l.code().to_owned()).collect(),
        status: c.status.as_str().to_owned(),
        notes: c.notes.clone(),
        ..CohortInput::default()
    }
}

async fn edit(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (listing, versions, version) = state
        .db(move |conn| {
            let listing = Cohort::find(conn, id)?;
            let versions =
                translations::form_versions(conn, translations::cohort_originals(&listing))?;
            let version = editing::version(conn, &[(AuditObject::Cohort, id.0)])?;
            Ok((listing, versions, version))
        })
        .await?;
    let keep = Some(listing.cohort.allocation_id);
    let allocations = load_choices(&state, keep, user.scope()).await?;
    page(&FormPage {
        ctx,
        input: input_of(&listing.cohort, version),
        editing: Some(listing),
        errors: FormErrors::new(),
        allocations,
        commitments: Vec::new(),
        versions,
    })
}

async fn update(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    FormFields(input, fields): FormFields<CohortInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let listing = state.db(move |conn| Ok(Cohort::find(conn, id)?)).await?;
    let (now, scope) = (state.now(), user.scope());
    let seen = editing::sent_version(&input.version);
    let result = state
        .db_parsed(
            parse_form(&input, &fields),
            move |conn, (draft, versions)| {
                editing::save(conn, &[(AuditObject::Cohort, id.0)], seen, |conn| {
                    cohorts::update(conn, id, &draft, scope, now)?;
                    save_name_versions(conn, id, versions, now)
                })
            },
        )
        .await;
    let keep = Some(listing.cohort.allocation_id);
    let allocations = load_choices(&state, keep, scope).await?;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}"),
        |errors| FormPage {
            ctx,
            editing: Some(listing),
            input,
            errors,
            allocations,
            commitments: Vec::new(),
            versions: fields,
        },
    )
}

impl Archivable for CohortId {
    const PATH: &'static str = "/cohorts";
    const ACCESS: Access = Access::ManageCourses;

    fn set_archived(
        conn: &mut DbConnection,
        id: Self,
        archived_at: Option<NaiveDateTime>,
        now: NaiveDateTime,
    ) -> AppResult<()> {
        cohorts::set_archived(conn, id, archived_at, now)
    }
}
