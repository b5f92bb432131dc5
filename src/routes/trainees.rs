//! A cohort's trainees: the roster `/cohorts/{id}/trainees` (and `.csv`, `.xlsx`), a trainee's page
//! `/cohorts/{id}/trainees/{trainee_id}`, adding and editing them, and their status. Importing a CSV file
//! is in `trainee_import`.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono_tz::Tz;
use serde::Deserialize;

use crate::domain::audit::AuditObject;
use crate::domain::cohort::file_stem;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::role::Access;
use crate::domain::time::local_text;
use crate::domain::trainee::{BulkAction, EnrollmentStatus, Gender, TraineeInput, mask_passport};
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Arg, Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::enrollment::{Enrollment, RosterEntry};
use crate::models::group::CohortGroup;
use crate::models::trainee::Trainee;
use crate::services::audit::{self, Actor};
use crate::services::roster::{self, Paging, Profile, Roster, RosterFilter, Setting};
use crate::services::{checkin, editing, roster_bulk, roster_file};
use crate::sheet::FileFormat;
use crate::web::auth::{Organizer, Staff, ensure};
use crate::web::ctx::{Ctx, flash, flash_message};
use crate::web::form::Form;
use crate::web::render::{
    after_post, form_again, page, see_other, shows_form_again, table_download,
};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/trainees")
            .route(web::get().to(index))
            .route(web::post().to(create)),
    )
    .route("/cohorts/{id}/trainees.{format}", web::get().to(export))
    .route("/cohorts/{id}/trainees/new", web::get().to(new))
    .route("/cohorts/{id}/trainees/bulk", web::post().to(bulk))
    .service(
        web::resource("/cohorts/{id}/trainees/{trainee_id:\\d+}")
            .route(web::get().to(show))
            .route(web::post().to(update)),
    )
    .route(
        "/cohorts/{id}/trainees/{trainee_id:\\d+}/edit",
        web::get().to(edit),
    )
    .route(
        "/cohorts/{id}/trainees/{trainee_id:\\d+}/status",
        web::post().to(change_status),
    );
}

#[derive(Template)]
#[template(path = "trainees/index.html")]
struct IndexPage {
    ctx: Ctx,
    roster: Roster,
    filter: RosterFilter,
    /// The bulk action: the groups it may move trainees to, the trainees ticked, the action chosen and
    /// why it was refused.
    groups: Vec<CohortGroup>,
    chosen: HashSet<TraineeId>,
    action: String,
    errors: FormErrors,
    countries: Vec<Country>,
    /// Labels translated once for the whole page, not once per line.
    statuses: HashMap<EnrollmentStatus, String>,
    genders: HashMap<Gender, String>,
}

impl IndexPage {
    fn country(&self, code: &str) -> String {
        Country::name_of(&self.countries, code, self.ctx.lang)
    }

    fn gender(&self, gender: &Gender) -> &str {
        self.genders.get(gender).map_or("", String::as_str)
    }

    fn status(&self, status: &EnrollmentStatus) -> &str {
        self.statuses.get(status).map_or("", String::as_str)
    }

    fn country_selected(&self, code: &str) -> bool {
        self.filter.country.as_deref() == Some(code)
    }

    fn status_selected(&self, status: &EnrollmentStatus) -> bool {
        self.filter.status == Some(*status)
    }

    fn gender_selected(&self, gender: &Gender) -> bool {
        self.filter.gender == Some(*gender)
    }

    fn is_filtered(&self) -> bool {
        self.filter != RosterFilter::default()
    }

    fn search(&self) -> &str {
        self.filter.search.as_deref().unwrap_or_default()
    }

    fn is_chosen(&self, trainee: &TraineeId) -> bool {
        self.chosen.contains(trainee)
    }

    /// The bulk actions, as (value, label): each status, each group, personal links.
    fn actions(&self) -> Vec<(String, String)> {
        let statuses = EnrollmentStatus::ALL.into_iter().map(|s| {
            let label = self.ctx.msg(
                &Msg::new("bulk-set-status").with("status", Arg::Label(s.label_key().to_owned())),
            );
            (BulkAction::Status(s).code(), label)
        });
        let groups = self.groups.iter().map(|g| {
            let label = self
                .ctx
                .msg(&Msg::new("bulk-move-to-group").with("group", g.name.as_str()));
            (BulkAction::Group(g.id).code(), label)
        });
        statuses
            .chain(groups)
            .chain([(
                BulkAction::IssueLinks.code(),
                self.ctx.t("bulk-issue-links"),
            )])
            .collect()
    }

    /// Each trainee the bulk action was refused for, and why.
    fn refusals(&self) -> Vec<String> {
        self.errors
            .lines_of(roster_bulk::CHOSEN)
            .into_iter()
            .map(|(_, msg)| self.ctx.msg(msg))
            .collect()
    }

    /// The same view with every trainee it shows ticked (one page shown is all of them).
    fn choose_all_link(&self) -> String {
        let page = match self.roster.pages {
            1 => "all".to_owned(),
            _ => self.roster.page.to_string(),
        };
        format!("{}&chosen=all", self.page_link(&page))
    }

    /// The current filters as a query (the bulk action's form sends it back to return to the same view).
    fn view_query(&self) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if let Some(country) = &self.filter.country {
            query.append_pair("country", country);
        }
        if let Some(status) = self.filter.status {
            query.append_pair("status", status.as_str());
        }
        if let Some(gender) = self.filter.gender {
            query.append_pair("gender", gender.as_str());
        }
        if let Some(search) = &self.filter.search {
            query.append_pair("q", search);
        }
        query.finish()
    }

    /// The roster's address with the current filters and `page` (a number or `all`).
    fn page_link(&self, page: &str) -> String {
        let query = url::form_urlencoded::Serializer::new(self.view_query())
            .append_pair("page", page)
            .finish();
        format!("/cohorts/{}/trainees?{query}", self.roster.cohort.cohort.id)
    }

    fn previous_page(&self) -> Option<String> {
        (self.roster.page > 1).then(|| self.page_link(&(self.roster.page - 1).to_string()))
    }

    fn next_page(&self) -> Option<String> {
        (self.roster.page < self.roster.pages)
            .then(|| self.page_link(&(self.roster.page + 1).to_string()))
    }

    /// The number of the page's last line.
    fn last(&self) -> usize {
        self.roster.first + self.roster.lines.len() - 1
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexQuery {
    country: String,
    status: String,
    gender: String,
    /// The search box.
    q: String,
    /// A page number, or `all`.
    page: String,
    /// `all`: every trainee shown is ticked for the bulk action.
    chosen: String,
}

impl IndexQuery {
    fn paging(&self) -> Paging {
        match self.page.trim() {
            "all" => Paging::All,
            page => Paging::Page(page.parse().unwrap_or(1)),
        }
    }

    fn filter(&self) -> RosterFilter {
        RosterFilter {
            country: Some(self.country.trim().to_uppercase()).filter(|c| !c.is_empty()),
            status: EnrollmentStatus::parse(&self.status),
            gender: Gender::parse(&self.gender),
            search: Some(self.q.trim().to_owned()).filter(|q| !q.is_empty()),
            badge: None,
        }
    }
}

/// `GET /cohorts/{id}/trainees`
async fn index(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let query = req.query_string().to_owned();
    let roster = roster_page(&state, ctx, id.into_inner(), &query).await?;
    page(&roster)
}

/// The roster page for `query` (the address's query string), nothing ticked but what it asks for.
async fn roster_page(
    state: &AppState,
    ctx: Ctx,
    id: CohortId,
    query: &str,
) -> AppResult<IndexPage> {
    let asked: IndexQuery = serde_html_form::from_str(query).unwrap_or_default();
    let (mut filter, paging) = (asked.filter(), asked.paging());
    let cache = state.rosters.clone();
    let key = state.checkin_key.clone();
    let (roster, countries, filter, groups) = state
        .db(move |conn| {
            if let Some(search) = &filter.search {
                filter.badge = checkin::badge_holder(conn, id, &key, search)?;
            }
            Ok((
                roster::roster(conn, &cache, id, &filter, paging)?,
                Country::all(conn)?,
                filter,
                CohortGroup::for_cohort(conn, id)?,
            ))
        })
        .await?;
    let chosen = match asked.chosen.as_str() {
        "all" => roster.lines.iter().map(|l| l.trainee_id).collect(),
        _ => HashSet::new(),
    };
    let statuses = EnrollmentStatus::ALL
        .into_iter()
        .map(|s| (s, ctx.t(s.label_key())))
        .collect();
    let genders = Gender::ALL
        .into_iter()
        .map(|g| (g, ctx.t(g.label_key())))
        .collect();
    Ok(IndexPage {
        countries,
        ctx,
        roster,
        filter,
        groups,
        chosen,
        action: String::new(),
        errors: FormErrors::new(),
        statuses,
        genders,
    })
}

/// The roster's bulk action as sent: the trainees ticked, the action, and the roster's query to come
/// back to.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BulkInput {
    trainee: Vec<String>,
    action: String,
    back: String,
}

/// `POST /cohorts/{id}/trainees/bulk`: one action on every trainee ticked, all or nothing; refused, the
/// roster comes back (422) with the trainees still ticked and each refusal named.
async fn bulk(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<BulkInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let chosen: Vec<TraineeId> = input
        .trainee
        .iter()
        .filter_map(|t| t.trim().parse().ok())
        .collect();
    let (now, vault) = (state.now(), state.vault.clone());
    let result = match BulkAction::parse(&input.action) {
        None => Err(FormErrors::single("action", Msg::new("error-choose-one")).into()),
        Some(action) => {
            let chosen = chosen.clone();
            state
                .db(move |conn| roster_bulk::apply(conn, id, &chosen, action, user.id, &vault, now))
                .await
        }
    };
    // The roster's query as sent, encoded again: whatever it holds stays a query of this page.
    let back: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(url::form_urlencoded::parse(
            input.back.trim_start_matches('?').as_bytes(),
        ))
        .finish();
    let back = back.as_str();
    match result {
        Ok(changed) => {
            flash_message(
                &req,
                &Msg::new("flash-bulk-done").with("count", changed as i64),
            );
            Ok(see_other(&format!("/cohorts/{id}/trainees?{back}")))
        }
        Err(error) if shows_form_again(&error) => {
            let roster = roster_page(&state, ctx, id, back).await?;
            let chosen = chosen.into_iter().collect();
            form_again(error, |errors| IndexPage {
                chosen,
                action: input.action,
                errors,
                ..roster
            })
        }
        Err(other) => Err(other),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExportQuery {
    passport: Option<String>,
}

/// `GET /cohorts/{id}/trainees.csv` (or `.xlsx`): headings in the reader's language; passport columns
/// only for organizers who ask for them.
async fn export(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, FileFormat)>,
    query: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    let (id, format) = path.into_inner();
    let with_passport = query.passport.is_some();
    if with_passport {
        ensure(&user, Access::ManageCourses)?;
    }
    let (now, by) = (state.now(), Actor::user(&user));
    let (cohort, entries) = state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let entries = Enrollment::roster(conn, id)?;
            if with_passport {
                audit::acting_as(Some(by), || {
                    audit::passports_exported(conn, now, &cohort.cohort, entries.len())
                })?;
            }
            Ok((cohort, entries))
        })
        .await?;
    let zone = cohort.cohort.zone();
    let passports = with_passport.then_some(&state.vault);
    let table = roster_file::export(&entries, zone, passports, ctx.lang)?;
    let stem = file_stem(&cohort.host_city, cohort.cohort.starts_on, "trainees");
    table_download(&stem, &table, format, ctx.lang)
}

#[derive(Template)]
#[template(path = "trainees/show.html")]
struct ShowPage {
    ctx: Ctx,
    profile: Profile,
    zone: Tz,
    /// The code on the trainee's badge, for self check-in.
    badge_code: String,
    /// The trainee's personal link, once issued (shown to organizers only).
    personal_link: Option<String>,
    /// The passport number in full for organizers, masked for everyone else.
    passport: Option<String>,
}

impl ShowPage {
    fn local(&self, at: &Option<chrono::NaiveDateTime>) -> String {
        local_text(*at, self.zone)
    }

    /// The day a UTC time falls on, on the cohort's clock.
    fn day(&self, at: &chrono::NaiveDateTime) -> chrono::NaiveDate {
        use chrono::TimeZone;
        self.zone.from_utc_datetime(at).date_naive()
    }

    fn next_statuses(&self) -> Vec<EnrollmentStatus> {
        let current = self.profile.entry.enrollment.status;
        EnrollmentStatus::ALL
            .into_iter()
            .filter(|s| *s != current && current.can_become(*s))
            .collect()
    }
}

/// `GET /cohorts/{id}/trainees/{trainee_id}`
async fn show(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    let (id, trainee) = path.into_inner();
    let lang = ctx.lang;
    let profile = state
        .db(move |conn| Profile::load(conn, id, trainee, lang))
        .await?;
    let passport = profile
        .entry
        .trainee
        .passport_number(&state.vault)?
        .map(|number| match ctx.can_manage() {
            true => number,
            false => mask_passport(&number),
        });
    let personal_link = match profile.entry.enrollment.personal_token(&state.vault)? {
        Some(token) if ctx.can_manage() => Some(
            state
                .settings
                .base_url
                .join(&format!("my/{token}"))
                .map_err(|e| AppError::Internal(e.to_string()))?
                .to_string(),
        ),
        _ => None,
    };
    page(&ShowPage {
        personal_link,
        zone: profile.cohort.cohort.zone(),
        badge_code: state.checkin_key.badge_code(profile.entry.enrollment.id),
        passport,
        ctx,
        profile,
    })
}

#[derive(Template)]
#[template(path = "trainees/form.html")]
struct FormPage {
    ctx: Ctx,
    cohort: CohortListing,
    /// The trainee being edited; `None` when enrolling someone.
    editing: Option<Trainee>,
    input: TraineeInput,
    errors: FormErrors,
    countries: Vec<Country>,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(t) => format!("/cohorts/{}/trainees/{}", self.cohort.cohort.id, t.id),
            None => format!("/cohorts/{}/trainees", self.cohort.cohort.id),
        }
    }

    fn genders(&self) -> [Gender; 2] {
        Gender::ALL
    }

    fn languages(&self) -> [Lang; 3] {
        Lang::ALL
    }

    fn statuses(&self) -> [EnrollmentStatus; 7] {
        EnrollmentStatus::ALL
    }

    fn country_name(&self, country: &Country) -> String {
        country.name(self.ctx.lang).to_owned()
    }
}

/// The form filled with what is stored, times on the cohort's clock.
fn input_of(
    entry: &RosterEntry,
    zone: Tz,
    vault: &Vault,
    version: String,
) -> AppResult<TraineeInput> {
    let (t, e) = (&entry.trainee, &entry.enrollment);
    let passport_number = t.passport_number(vault)?.unwrap_or_default();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    // `datetime-local` inputs want a `T` between date and time.
    let local = |at| local_text(at, zone).replacen(' ', "T", 1);
    Ok(TraineeInput {
        version,
        family_name: t.family_name.clone(),
        given_name: t.given_name.clone(),
        native_name: t.native_name.clone(),
        gender: t.gender.as_str().to_owned(),
        date_of_birth: date(t.date_of_birth),
        country: t.country_code.clone(),
        organization: t.organization.clone(),
        position: t.position.clone(),
        email: t.email.clone().unwrap_or_default(),
        phone: t.phone.clone(),
        preferred_language: t.language.as_str().to_owned(),
        dietary_requirements: t.dietary.clone(),
        accessibility_needs: t.accessibility.clone(),
        passport_number,
        passport_expiry: date(t.passport_expiry),
        notes: t.notes.clone(),
        status: e.status.as_str().to_owned(),
        arrival: local(e.arrival_at),
        arrival_flight: e.arrival_flight.clone(),
        arrival_airport: e.arrival_airport.clone(),
        departure: local(e.departure_at),
        departure_flight: e.departure_flight.clone(),
        departure_airport: e.departure_airport.clone(),
        hotel: e.hotel.clone(),
        room: e.room.clone(),
    })
}

async fn setting(state: &AppState, id: CohortId) -> AppResult<Setting> {
    let today = state.now().date();
    state.db(move |conn| Setting::load(conn, id, today)).await
}

/// The cohort's setting and the trainee being edited.
async fn editing(
    state: &AppState,
    id: CohortId,
    trainee: TraineeId,
) -> AppResult<(Setting, RosterEntry)> {
    let today = state.now().date();
    state
        .db(move |conn| {
            let setting = Setting::load(conn, id, today)?;
            Ok((setting, Enrollment::find(conn, id, trainee)?))
        })
        .await
}

/// What the trainee form edits: the person and their enrollment in the cohort.
fn edited(entry: &RosterEntry) -> [(AuditObject, i32); 2] {
    [
        (AuditObject::Trainee, entry.trainee.id.0),
        (AuditObject::Enrollment, entry.enrollment.id.0),
    ]
}

/// `GET /cohorts/{id}/trainees/new`
async fn new(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let setting = setting(&state, id.into_inner()).await?;
    page(&FormPage {
        ctx,
        cohort: setting.cohort,
        editing: None,
        input: TraineeInput {
            status: EnrollmentStatus::Nominated.as_str().to_owned(),
            ..TraineeInput::default()
        },
        errors: FormErrors::new(),
        countries: setting.countries,
    })
}

/// `POST /cohorts/{id}/trainees`
async fn create(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<TraineeInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let setting = setting(&state, id).await?;
    let now = state.now();
    let vault = state.vault.clone();
    let result = state
        .db_parsed(
            input.parse(&setting.context()),
            move |conn, (trainee, enrollment)| {
                roster::add(conn, id, &trainee, &enrollment, Some(user.id), &vault, now)
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-trainee-added",
        |trainee_id| format!("/cohorts/{id}/trainees/{trainee_id}"),
        |errors| FormPage {
            ctx,
            cohort: setting.cohort,
            editing: None,
            input,
            errors,
            countries: setting.countries,
        },
    )
}

/// `GET /cohorts/{id}/trainees/{trainee_id}/edit`
async fn edit(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    let (id, trainee_id) = path.into_inner();
    let (setting, entry) = editing(&state, id, trainee_id).await?;
    let objects = edited(&entry);
    let version = state
        .db(move |conn| editing::version(conn, &objects))
        .await?;
    page(&FormPage {
        input: input_of(&entry, setting.cohort.cohort.zone(), &state.vault, version)?,
        ctx,
        cohort: setting.cohort,
        editing: Some(entry.trainee),
        errors: FormErrors::new(),
        countries: setting.countries,
    })
}

/// `POST /cohorts/{id}/trainees/{trainee_id}`
async fn update(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, TraineeId)>,
    Form(input): Form<TraineeInput>,
) -> AppResult<HttpResponse> {
    let (id, trainee_id) = path.into_inner();
    let (setting, entry) = editing(&state, id, trainee_id).await?;
    let now = state.now();
    let vault = state.vault.clone();
    let (objects, seen) = (edited(&entry), editing::sent_version(&input.version));
    let result = state
        .db_parsed(
            input.parse(&setting.context()),
            move |conn, (trainee, enrollment)| {
                editing::save(conn, &objects, seen, |conn| {
                    roster::update(conn, id, trainee_id, &trainee, &enrollment, &vault, now)
                })
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}/trainees/{trainee_id}"),
        |errors| FormPage {
            ctx,
            cohort: setting.cohort,
            editing: Some(entry.trainee),
            input,
            errors,
            countries: setting.countries,
        },
    )
}

#[derive(Deserialize)]
pub struct StatusInput {
    status: String,
}

/// `POST /cohorts/{id}/trainees/{trainee_id}/status`: a refused change comes back to the trainee's page
/// with the reason.
async fn change_status(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, TraineeId)>,
    Form(input): Form<StatusInput>,
) -> AppResult<HttpResponse> {
    let (id, trainee_id) = path.into_inner();
    let status = EnrollmentStatus::parse(&input.status).ok_or(AppError::BadRequest)?;
    let now = state.now();
    let location = format!("/cohorts/{id}/trainees/{trainee_id}");
    match state
        .db(move |conn| roster::change_status(conn, id, trainee_id, status, Some(user.id), now))
        .await
    {
        Ok(()) => {
            flash(&req, "flash-status-changed");
            Ok(see_other(&location))
        }
        Err(AppError::Invalid(errors)) => {
            let reason = errors
                .get("status")
                .cloned()
                .unwrap_or(Msg::new("error-enrollment-step"));
            flash_message(&req, &reason);
            Ok(see_other(&location))
        }
        Err(other) => Err(other),
    }
}
