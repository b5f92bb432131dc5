//! Attendance: a session's roll call at `/cohorts/{id}/sessions/{session_id}/attendance`, and the cohort's
//! rates, rules and completions at `/cohorts/{id}/attendance` (each table also as
//! `/cohorts/{id}/attendance/{table}.csv` or `.xlsx`).

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::domain::attendance::{
    LOADED_AT_FORMAT, Mark, MarkInput, RollCallForm, RulesInput, Tally, parse_bulk,
};
use crate::domain::audit::AuditObject;
use crate::domain::cohort::file_stem;
use crate::domain::ids::{CohortId, SessionId, TraineeId};
use crate::domain::time::{clock, local_day};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::country::Country;
use crate::services::attendance::{
    self, AttendanceTable, BULK_LINES, Expected, RollCall, Summary, TraineeRate,
};
use crate::services::{cohorts, editing};
use crate::sheet::FileFormat;
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::{Ctx, flash_message};
use crate::web::form::Form;
use crate::web::render::{
    after_button, after_post, form_again, page, see_other, shows_form_again, table_download,
};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/sessions/{session_id:\\d+}/attendance")
            .route(web::get().to(roll_call))
            .route(web::post().to(save_roll_call)),
    )
    .route(
        "/cohorts/{id}/sessions/{session_id:\\d+}/attendance/sheet",
        web::get().to(sheet),
    )
    .service(
        web::resource("/cohorts/{id}/sessions/{session_id:\\d+}/attendance/bulk")
            .route(web::get().to(bulk_form))
            .route(web::post().to(save_bulk)),
    )
    .route("/cohorts/{id}/attendance", web::get().to(index))
    .route(
        "/cohorts/{id}/attendance/{table}.{format}",
        web::get().to(download),
    )
    .route("/cohorts/{id}/attendance/rules", web::post().to(save_rules))
    .route(
        "/cohorts/{id}/attendance/complete",
        web::post().to(complete),
    );
}

#[derive(Template)]
#[template(path = "attendance/roll_call.html")]
struct RollCallPage {
    ctx: Ctx,
    call: RollCall,
    lines: HashMap<TraineeId, MarkInput>,
    loaded_at: String,
    errors: FormErrors,
}

impl RollCallPage {
    fn new(ctx: Ctx, call: RollCall, preset: Option<Mark>, loaded_at: NaiveDateTime) -> Self {
        let lines = call
            .delegations
            .iter()
            .flat_map(|(_, lines)| lines)
            .map(|e| {
                let line = match &e.mark {
                    Some(m) => {
                        let (status, note) = (m.mark.status.as_str(), &m.mark.note);
                        MarkInput {
                            status: status.to_owned(),
                            note: note.clone(),
                            was_status: status.to_owned(),
                            was_note: note.clone(),
                        }
                    }
                    None => MarkInput {
                        status: preset.map(|m| m.as_str().to_owned()).unwrap_or_default(),
                        ..MarkInput::default()
                    },
                };
                (e.line.trainee_id, line)
            })
            .collect();
        RollCallPage {
            ctx,
            call,
            lines,
            loaded_at: loaded_at.format(LOADED_AT_FORMAT).to_string(),
            errors: FormErrors::new(),
        }
    }

    fn line(&self, e: &Expected) -> MarkInput {
        self.lines
            .get(&e.line.trainee_id)
            .cloned()
            .unwrap_or_default()
    }

    fn marks(&self) -> &'static [Mark] {
        Mark::ALL
    }

    fn row_error(&self, e: &Expected) -> Option<&Msg> {
        self.errors
            .get(&RollCallForm::mark_field(e.line.trainee_id))
    }

    fn when(&self) -> String {
        session_time(&self.ctx, &self.call)
    }

    fn cancelled(&self) -> bool {
        self.call.session.status == crate::domain::schedule::kinds::SessionStatus::Cancelled
    }

    fn marked_at(&self, e: &Expected) -> String {
        e.mark.as_ref().map_or_else(String::new, |m| {
            let at = m.mark.marked_at;
            let zone = self.call.zone;
            format!("{} {}", self.ctx.date(local_day(at, zone)), clock(at, zone))
        })
    }

    fn country(&self, code: &str) -> String {
        Country::name_of(&self.call.countries, code, self.ctx.lang)
    }

    fn rate(&self, tally: &Tally) -> String {
        rate(&self.ctx, tally)
    }
}

/// A rate as the pages show it: "92 %", or a dash while nothing counts.
fn rate(ctx: &Ctx, tally: &Tally) -> String {
    tally
        .rate()
        .map_or_else(|| "—".to_owned(), |r| ctx.count("percent", r))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RollCallQuery {
    /// `present`: every trainee not yet marked starts as present, to correct the exceptions.
    all: String,
}

/// `GET /cohorts/{id}/sessions/{session_id}/attendance`
async fn roll_call(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
    query: web::Query<RollCallQuery>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let call = load_roll_call(&state, id, session).await?;
    let preset = Mark::parse(&query.all).filter(|_| ctx.can_manage());
    page(&RollCallPage::new(ctx, call, preset, state.now()))
}

/// `POST /cohorts/{id}/sessions/{session_id}/attendance`: saves the marks changed since the page was
/// loaded; on a refusal the page comes back with every choice kept.
async fn save_roll_call(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let form = RollCallForm::parse(&fields).ok_or(AppError::BadRequest)?;
    let now = state.now();
    let submitted = form.clone();
    let result = state
        .db(move |conn| attendance::save_roll_call(conn, id, session, &submitted, user.id, now))
        .await;
    match result {
        Ok(saved) => {
            let notice = if saved.changed_by_others.is_empty() {
                Msg::new("flash-attendance-saved").with("count", saved.changed as i64)
            } else {
                Msg::new("flash-attendance-changed-by-others")
                    .with("count", saved.changed_by_others.len() as i64)
                    .with("names", saved.changed_by_others.join(", "))
            };
            flash_message(&req, &notice);
            Ok(see_other(&format!(
                "/cohorts/{id}/sessions/{session}/attendance"
            )))
        }
        Err(error) if shows_form_again(&error) => {
            let call = load_roll_call(&state, id, session).await?;
            form_again(error, |errors| {
                let mut page = RollCallPage::new(ctx, call, None, form.loaded_at);
                page.lines.extend(form.lines);
                page.errors = errors;
                page
            })
        }
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "attendance/sheet.html")]
struct SheetPage {
    ctx: Ctx,
    call: RollCall,
}

impl SheetPage {
    fn when(&self) -> String {
        session_time(&self.ctx, &self.call)
    }

    fn country(&self, code: &str) -> String {
        Country::name_of(&self.call.countries, code, self.ctx.lang)
    }

    /// Every expected trainee with their row number, in roll call order.
    fn rows(&self) -> Vec<(usize, &Expected)> {
        self.call
            .delegations
            .iter()
            .flat_map(|(_, lines)| lines)
            .enumerate()
            .map(|(i, e)| (i + 1, e))
            .collect()
    }
}

/// "16 Jun 2023, 08:30–12:00" on the cohort's clock.
fn session_time(ctx: &Ctx, call: &RollCall) -> String {
    let (s, zone) = (&call.session, call.zone);
    format!(
        "{}, {}–{}",
        ctx.date(local_day(s.starts_at, zone)),
        clock(s.starts_at, zone),
        clock(s.ends_at, zone)
    )
}

async fn load_roll_call(state: &AppState, id: CohortId, session: SessionId) -> AppResult<RollCall> {
    state
        .db(move |conn| attendance::roll_call(conn, id, session))
        .await
}

/// `GET /cohorts/{id}/sessions/{session_id}/attendance/sheet`: a sign-in sheet to print, for places
/// without signal; its row numbers are what bulk entry takes.
async fn sheet(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let call = load_roll_call(&state, id, session).await?;
    page(&SheetPage { ctx, call })
}

#[derive(Template)]
#[template(path = "attendance/bulk.html")]
struct BulkPage {
    ctx: Ctx,
    call: RollCall,
    text: String,
    rest_present: bool,
    errors: FormErrors,
}

impl BulkPage {
    fn when(&self) -> String {
        session_time(&self.ctx, &self.call)
    }

    /// The lines refused, in order.
    fn line_errors(&self) -> Vec<(usize, &Msg)> {
        self.errors.lines_of(BULK_LINES)
    }
}

/// `GET /cohorts/{id}/sessions/{session_id}/attendance/bulk`
async fn bulk_form(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let call = load_roll_call(&state, id, session).await?;
    page(&BulkPage {
        ctx,
        call,
        text: String::new(),
        rest_present: true,
        errors: FormErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct BulkInput {
    lines: String,
    rest_present: Option<String>,
}

/// The mark a typed word names: `present`, `p`, or a mark's name in any of the interface's languages
/// (its first word will do).
fn mark_word(word: &str) -> Option<Mark> {
    let word = word.to_lowercase();
    Mark::ALL.iter().copied().find(|mark| {
        word == mark.as_str()
            || word == mark.as_str()[..1]
            || Lang::ALL.iter().any(|lang| {
                let label = lang.t(mark.label_key()).to_lowercase();
                word == label || label.split_whitespace().next() == Some(word.as_str())
            })
    })
}

/// `POST /cohorts/{id}/sessions/{session_id}/attendance/bulk`: all lines or none.
async fn save_bulk(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
    Form(input): Form<BulkInput>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let rest_present = input.rest_present.is_some();
    let now = state.now();
    let text = parse_bulk(&input.lines, mark_word);
    let result = state
        .db(move |conn| attendance::save_bulk(conn, id, session, &text, rest_present, user.id, now))
        .await;
    match result {
        Ok(saved) => {
            flash_message(
                &req,
                &Msg::new("flash-bulk-saved")
                    .with("count", saved.listed as i64)
                    .with("rest", saved.rest_present as i64),
            );
            Ok(see_other(&format!(
                "/cohorts/{id}/sessions/{session}/attendance"
            )))
        }
        Err(error) if shows_form_again(&error) => {
            let call = load_roll_call(&state, id, session).await?;
            form_again(error, |errors| BulkPage {
                ctx,
                call,
                text: input.lines,
                rest_present,
                errors,
            })
        }
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "attendance/index.html")]
struct IndexPage {
    ctx: Ctx,
    summary: Summary,
    rules: RulesInput,
    errors: FormErrors,
}

impl IndexPage {
    fn country(&self, code: &str) -> String {
        Country::name_of(&self.summary.countries, code, self.ctx.lang)
    }

    fn rate(&self, tally: &Tally) -> String {
        rate(&self.ctx, tally)
    }

    fn rule(&self) -> String {
        self.ctx.msg(
            &Msg::new("attendance-rule").with("threshold", i64::from(self.summary.threshold())),
        )
    }

    fn confirmed_on(&self) -> Option<String> {
        let at = self.summary.cohort.cohort.completions_confirmed_at?;
        let date = local_day(at, self.summary.zone);
        Some(
            self.ctx
                .msg(&Msg::new("attendance-confirmed-on").with("date", self.ctx.date(date))),
        )
    }

    fn at_risk(&self) -> Vec<&TraineeRate> {
        self.summary.at_risk().collect()
    }

    fn completes(&self, t: &TraineeRate) -> bool {
        t.tally.completes(self.summary.threshold())
    }

    fn when(&self, s: &crate::models::session::Session) -> String {
        let zone = self.summary.zone;
        format!(
            "{} {}",
            self.ctx.date(local_day(s.starts_at, zone)),
            clock(s.starts_at, zone)
        )
    }
}

async fn load_summary(state: &AppState, id: CohortId) -> AppResult<Summary> {
    let now = state.now();
    state
        .db(move |conn| attendance::summary(conn, id, now))
        .await
}

/// `GET /cohorts/{id}/attendance/{table}.csv` (or `.xlsx`): a table of the attendance page.
async fn download(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, AttendanceTable, FileFormat)>,
) -> AppResult<HttpResponse> {
    let (id, table, format) = path.into_inner();
    let summary = load_summary(&state, id).await?;
    let c = &summary.cohort;
    let what = format!("attendance-{}", table.slug());
    table_download(
        &file_stem(&c.host_city, c.cohort.starts_on, &what),
        &summary.table(table, ctx.lang),
        format,
        ctx.lang,
    )
}

/// `GET /cohorts/{id}/attendance`
async fn index(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let summary = load_summary(&state, id).await?;
    let version = state
        .db(move |conn| editing::version(conn, &[(AuditObject::Cohort, id.0)]))
        .await?;
    let rules = RulesInput::of(summary.cohort.cohort.attendance_rules(), version);
    page(&IndexPage {
        ctx,
        summary,
        rules,
        errors: FormErrors::new(),
    })
}

/// `POST /cohorts/{id}/attendance/rules`: the completion threshold and the self check-in window.
async fn save_rules(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<RulesInput>,
) -> AppResult<HttpResponse> {
    let (id, now) = (id.into_inner(), state.now());
    let seen = editing::sent_version(&input.version);
    let result = state
        .db_parsed(input.parse(), move |conn, rules| {
            editing::save(conn, &[(AuditObject::Cohort, id.0)], seen, |conn| {
                cohorts::set_attendance_rules(conn, id, rules, now)
            })
        })
        .await;
    let summary = load_summary(&state, id).await?;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("/cohorts/{id}/attendance"),
        |errors| IndexPage {
            ctx,
            summary,
            rules: input,
            errors,
        },
    )
}

/// `POST /cohorts/{id}/attendance/complete`: once the course is over, sets who completed it.
async fn complete(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let now = state.now();
    let done = state
        .db(move |conn| attendance::confirm_completions(conn, id, user.id, now))
        .await
        .map(|done| done.told("flash-completions"));
    after_button(&req, done, &format!("/cohorts/{id}/attendance"))
}
