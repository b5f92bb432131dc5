//! A cohort's trainees: the roster `/cohorts/{id}/trainees` (and `.csv`), a trainee's page
//! `/cohorts/{id}/trainees/{trainee_id}`, adding and editing them, their status, and importing a CSV file
//! through `/cohorts/{id}/trainees/import`.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono_tz::Tz;
use futures_util::StreamExt;
use serde::Deserialize;

use crate::domain::ids::{CohortId, ImportId, TraineeId};
use crate::domain::role::Access;
use crate::domain::trainee::{
    COLUMNS, EnrollmentStatus, Gender, REQUIRED_COLUMNS, TraineeInput, local_text, mask_passport,
};
use crate::error::{AppError, AppResult, FormErrors};
use crate::i18n::{Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::enrollment::{Enrollment, RosterEntry, StatusChange};
use crate::models::trainee::Trainee;
use crate::models::trainee_import::{NewTraineeImport, TraineeImport};
use crate::services::roster::{self, Paging, Roster, RosterFilter, Setting};
use crate::services::roster_csv::{self, MAX_BYTES, Report};
use crate::web::auth::{Organizer, Staff, ensure};
use crate::web::ctx::{Ctx, flash, flash_message};
use crate::web::form::Form;
use crate::web::render::{after_post, page, page_with_status, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/trainees", web::get().to(index))
        .route("/cohorts/{id}/trainees", web::post().to(create))
        .route("/cohorts/{id}/trainees.csv", web::get().to(export))
        .route("/cohorts/{id}/trainees/new", web::get().to(new))
        .route("/cohorts/{id}/trainees/import", web::get().to(import_form))
        .route("/cohorts/{id}/trainees/import", web::post().to(upload))
        .route(
            "/cohorts/{id}/trainees/import/template.csv",
            web::get().to(template),
        )
        .route(
            "/cohorts/{id}/trainees/import/{import_id:\\d+}",
            web::get().to(preview),
        )
        .route(
            "/cohorts/{id}/trainees/import/{import_id:\\d+}",
            web::post().to(confirm),
        )
        .route(
            "/cohorts/{id}/trainees/{trainee_id:\\d+}",
            web::get().to(show),
        )
        .route(
            "/cohorts/{id}/trainees/{trainee_id:\\d+}",
            web::post().to(update),
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

/// Country names in the reader's language, by code.
struct CountryNames(HashMap<String, String>);

impl CountryNames {
    fn new(countries: &[Country], lang: Lang) -> Self {
        Self(
            countries
                .iter()
                .map(|c| (c.code.clone(), c.name(lang).to_owned()))
                .collect(),
        )
    }

    /// The name of the country with `code` (the code itself for an unknown one).
    fn of<'a>(&'a self, code: &'a str) -> &'a str {
        self.0.get(code).map_or(code, String::as_str)
    }
}

#[derive(Template)]
#[template(path = "trainees/index.html")]
struct IndexPage {
    ctx: Ctx,
    roster: Roster,
    filter: RosterFilter,
    countries: CountryNames,
    /// Labels translated once for the whole page, not once per line.
    statuses: HashMap<EnrollmentStatus, String>,
    genders: HashMap<Gender, String>,
}

impl IndexPage {
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

    /// The roster's address with the current filters and `page` (a number or `all`).
    fn page_link(&self, page: &str) -> String {
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
        query.append_pair("page", page);
        format!(
            "/cohorts/{}/trainees?{}",
            self.roster.cohort.cohort.id,
            query.finish()
        )
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
    /// A page number, or `all`.
    page: String,
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
        }
    }
}

/// `GET /cohorts/{id}/trainees`
async fn index(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
    query: web::Query<IndexQuery>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (filter, paging) = (query.filter(), query.paging());
    let cache = state.rosters.clone();
    let (roster, countries, filter) = state
        .db(move |conn| {
            Ok((
                roster::roster(conn, &cache, id, &filter, paging)?,
                Country::all(conn)?,
                filter,
            ))
        })
        .await?;
    let statuses = EnrollmentStatus::ALL
        .into_iter()
        .map(|s| (s, ctx.t(s.label_key())))
        .collect();
    let genders = Gender::ALL
        .into_iter()
        .map(|g| (g, ctx.t(g.label_key())))
        .collect();
    page(&IndexPage {
        countries: CountryNames::new(&countries, ctx.lang),
        ctx,
        roster,
        filter,
        statuses,
        genders,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExportQuery {
    passport: Option<String>,
}

/// `GET /cohorts/{id}/trainees.csv`: passport columns only for organizers who ask for them.
async fn export(
    state: web::Data<AppState>,
    Staff(user): Staff,
    id: web::Path<CohortId>,
    query: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let with_passport = query.passport.is_some();
    if with_passport {
        ensure(&user, Access::ManageCourses)?;
    }
    let (cohort, entries) = state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let entries = Enrollment::roster(conn, id)?;
            Ok((cohort, entries))
        })
        .await?;
    let body = roster_csv::export(&entries, roster::time_zone(&cohort.cohort), with_passport);
    Ok(csv_download(&format!("cohort-{id}-trainees.csv"), body))
}

fn csv_download(file_name: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .body(body)
}

#[derive(Template)]
#[template(path = "trainees/show.html")]
struct ShowPage {
    ctx: Ctx,
    cohort: CohortListing,
    entry: RosterEntry,
    history: Vec<StatusChange>,
    cohorts: Vec<(Cohort, EnrollmentStatus)>,
    country: String,
    zone: Tz,
}

impl ShowPage {
    /// The passport number in full for organizers, masked for everyone else.
    fn passport(&self) -> String {
        match &self.entry.trainee.passport_number {
            Some(number) if self.ctx.can_manage() => number.clone(),
            Some(number) => mask_passport(number),
            None => String::new(),
        }
    }

    fn local(&self, at: &Option<chrono::NaiveDateTime>) -> String {
        local_text(*at, self.zone)
    }

    fn next_statuses(&self) -> Vec<EnrollmentStatus> {
        let current = self.entry.enrollment.status;
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
    let (id, trainee_id) = path.into_inner();
    let lang = ctx.lang;
    let (cohort, entry, history, cohorts, country) = state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let entry = Enrollment::find(conn, id, trainee_id)?;
            let history = Enrollment::history(conn, entry.enrollment.id)?;
            let cohorts = Enrollment::cohorts_of(conn, trainee_id)?;
            let countries = Country::all(conn)?;
            let country = CountryNames::new(&countries, lang)
                .of(&entry.trainee.country_code)
                .to_owned();
            Ok((cohort, entry, history, cohorts, country))
        })
        .await?;
    page(&ShowPage {
        zone: roster::time_zone(&cohort.cohort),
        ctx,
        cohort,
        entry,
        history,
        cohorts,
        country,
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

    fn statuses(&self) -> [EnrollmentStatus; 6] {
        EnrollmentStatus::ALL
    }

    fn country_name(&self, country: &Country) -> String {
        country.name(self.ctx.lang).to_owned()
    }
}

/// The form filled with what is stored, times on the cohort's clock.
fn input_of(entry: &RosterEntry, zone: Tz) -> TraineeInput {
    let (t, e) = (&entry.trainee, &entry.enrollment);
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    // `datetime-local` inputs want a `T` between date and time.
    let local = |at| local_text(at, zone).replacen(' ', "T", 1);
    TraineeInput {
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
        passport_number: t.passport_number.clone().unwrap_or_default(),
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
    }
}

async fn setting(state: &AppState, id: CohortId) -> AppResult<Setting> {
    let today = state.now().date();
    state.db(move |conn| Setting::load(conn, id, today)).await
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
    let result = state
        .db_parsed(
            input.parse(&setting.context()),
            move |conn, (trainee, enrollment)| {
                roster::add(conn, id, &trainee, &enrollment, Some(user.id), now)
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
    let setting = setting(&state, id).await?;
    let entry = state
        .db(move |conn| Ok(Enrollment::find(conn, id, trainee_id)?))
        .await?;
    page(&FormPage {
        input: input_of(&entry, setting.time_zone()),
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
    let setting = setting(&state, id).await?;
    let entry = state
        .db(move |conn| Ok(Enrollment::find(conn, id, trainee_id)?))
        .await?;
    let now = state.now();
    let result = state
        .db_parsed(
            input.parse(&setting.context()),
            move |conn, (trainee, enrollment)| {
                roster::update(conn, id, trainee_id, &trainee, &enrollment, now)
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

#[derive(Template)]
#[template(path = "trainees/import.html")]
struct ImportPage {
    ctx: Ctx,
    cohort: CohortListing,
    /// Why the last file was refused, already in the reader's language.
    errors: Vec<String>,
    warnings: Vec<String>,
}

impl ImportPage {
    fn columns(&self) -> [&'static str; 25] {
        COLUMNS
    }

    fn is_required(&self, column: &&str) -> bool {
        REQUIRED_COLUMNS.contains(column)
    }
}

/// `GET /cohorts/{id}/trainees/import`
async fn import_form(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let cohort = state.db(move |conn| Ok(Cohort::find(conn, id)?)).await?;
    page(&ImportPage {
        ctx,
        cohort,
        errors: Vec::new(),
        warnings: Vec::new(),
    })
}

/// `GET /cohorts/{id}/trainees/import/template.csv`
async fn template(_: Organizer) -> HttpResponse {
    csv_download("trainees-template.csv", roster_csv::template())
}

/// The uploaded file: its name and bytes, or `None` if it is larger than the import accepts.
async fn read_upload(mut payload: Multipart) -> AppResult<(String, Option<Vec<u8>>)> {
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| AppError::BadRequest)?;
        if field.name() != Some("file") {
            continue;
        }
        let name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .unwrap_or_default()
            .to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| AppError::BadRequest)?;
            if bytes.len() + chunk.len() > MAX_BYTES {
                return Ok((name, None));
            }
            bytes.extend_from_slice(&chunk);
        }
        return Ok((name, Some(bytes)));
    }
    Ok((String::new(), Some(Vec::new())))
}

/// `POST /cohorts/{id}/trainees/import`: checks the file; if it passes, keeps it and shows the preview.
async fn upload(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (file_name, bytes) = read_upload(payload).await?;
    let setting = setting(&state, id).await?;
    let Some(bytes) = bytes else {
        let too_large =
            ctx.msg(&Msg::new("import-too-large").with("max", (MAX_BYTES >> 20) as i64));
        return refused(ctx, setting.cohort, vec![too_large], Vec::new());
    };
    let now = state.now();
    let (report, stored) = state
        .db(move |conn| {
            let report = roster_csv::check(conn, &setting, &bytes, &|_| ())?;
            if !report.is_ok() {
                return Ok((report, Err(setting)));
            }
            let content = String::from_utf8_lossy(&bytes);
            let stored = NewTraineeImport {
                cohort_id: id,
                created_by: Some(user.id),
                file_name: &file_name,
                content: &content,
                created_at: now,
            }
            .insert(conn)?;
            Ok((report, Ok(stored)))
        })
        .await?;
    match stored {
        Ok(import_id) => Ok(see_other(&format!(
            "/cohorts/{id}/trainees/import/{import_id}"
        ))),
        Err(setting) => {
            let (errors, warnings) = describe(&report, ctx.lang);
            refused(ctx, setting.cohort, errors, warnings)
        }
    }
}

/// The upload form again (422), with why the file was refused.
fn refused(
    ctx: Ctx,
    cohort: CohortListing,
    errors: Vec<String>,
    warnings: Vec<String>,
) -> AppResult<HttpResponse> {
    page_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &ImportPage {
            ctx,
            cohort,
            errors,
            warnings,
        },
    )
}

/// The report's errors and warnings in the reader's language.
fn describe(report: &Report, lang: Lang) -> (Vec<String>, Vec<String>) {
    let texts =
        |problems: &[roster_csv::Problem]| problems.iter().map(|p| p.describe(lang)).collect();
    (texts(&report.errors), texts(&report.warnings))
}

#[derive(Template)]
#[template(path = "trainees/preview.html")]
struct PreviewPage {
    ctx: Ctx,
    cohort: CohortListing,
    import: ImportId,
    file_name: String,
    report: Report,
    errors: Vec<String>,
    warnings: Vec<String>,
    countries: CountryNames,
}

impl PreviewPage {
    fn new_people(&self) -> usize {
        self.report.rows.iter().filter(|r| !r.known).count()
    }
}

/// `GET /cohorts/{id}/trainees/import/{import_id}`: what the import will create, checked again now.
async fn preview(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, ImportId)>,
) -> AppResult<HttpResponse> {
    let (id, import_id) = path.into_inner();
    let today = state.now().date();
    let (setting, stored, report) = state
        .db(move |conn| {
            let stored = TraineeImport::find(conn, id, import_id)?;
            let setting = Setting::load(conn, id, today)?;
            let report = roster_csv::check(conn, &setting, stored.content.as_bytes(), &|_| ())?;
            Ok((setting, stored, report))
        })
        .await?;
    let (errors, warnings) = describe(&report, ctx.lang);
    page(&PreviewPage {
        errors,
        warnings,
        countries: CountryNames::new(&setting.countries, ctx.lang),
        ctx,
        cohort: setting.cohort,
        import: import_id,
        file_name: stored.file_name,
        report,
    })
}

/// `POST /cohorts/{id}/trainees/import/{import_id}`: imports every row in one transaction, or nothing.
async fn confirm(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, ImportId)>,
) -> AppResult<HttpResponse> {
    let (id, import_id) = path.into_inner();
    let now = state.now();
    let outcome = state
        .db(move |conn| {
            let stored = TraineeImport::find(conn, id, import_id)?;
            let outcome = roster_csv::import(
                conn,
                id,
                stored.content.as_bytes(),
                Some(user.id),
                now,
                &|_| (),
            )?;
            if outcome.is_ok() {
                TraineeImport::delete(conn, import_id, now - chrono::Duration::days(1))?;
            }
            Ok(outcome.map_err(|_| ()))
        })
        .await?;
    match outcome {
        Ok(imported) => {
            let count = imported.count as i64;
            flash_message(&req, &Msg::new("flash-imported").with("count", count));
            Ok(see_other(&format!("/cohorts/{id}/trainees")))
        }
        // Something changed since the preview: show it again, with the reasons.
        Err(()) => Ok(see_other(&format!(
            "/cohorts/{id}/trainees/import/{import_id}"
        ))),
    }
}
