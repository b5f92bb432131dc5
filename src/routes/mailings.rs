//! Sending trainees their itineraries and change notices (`/cohorts/{id}/itineraries`), the preview of
//! one trainee's e-mail, and the outbox (`/outbox`) where organizers follow, retry or cancel each message.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::DbConnection;
use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::outbox::OutboxStatus;
use crate::domain::role::Scope;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::mail::Content;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::delegation::Delegation;
use crate::models::enrollment::{Enrollment, RosterEntry, RosterLine};
use crate::models::outbox::{OutboxLine, OutboxMessage};
use crate::services::mailings::{self, Queued, Recipients};
use crate::services::translations::{self, Gap};
use crate::web::auth::Organizer;
use crate::web::ctx::{Ctx, flash_message};
use crate::web::form::Form;
use crate::web::render::{page, page_with_status, see_other};
use crate::web::state::AppState;

/// Messages the outbox page lists at most.
const OUTBOX_LINES: i64 = 500;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/itineraries")
            .route(web::get().to(index))
            .route(web::post().to(send)),
    )
    .route(
        "/cohorts/{id}/itineraries/changes",
        web::post().to(send_changes),
    )
    .route(
        "/cohorts/{id}/itineraries/preview/{trainee_id}",
        web::get().to(preview),
    )
    .route(
        "/cohorts/{id}/itineraries/preview/{trainee_id}/html",
        web::get().to(preview_html),
    )
    .route("/outbox", web::get().to(outbox))
    .route("/outbox/retry-failed", web::post().to(retry_failed))
    .route(
        "/outbox/{message_id:\\d+}/{action:retry|cancel|release}",
        web::post().to(act),
    );
}

#[derive(Template)]
#[template(path = "mailings/send.html")]
struct SendPage {
    ctx: Ctx,
    cohort: CohortListing,
    roster: Vec<RosterLine>,
    delegations: Vec<Delegation>,
    unreachable: Vec<(RosterEntry, Msg)>,
    out_of_date: usize,
    /// Session titles missing in languages trainees read.
    gaps: Vec<Gap>,
    input: SendInput,
    errors: FormErrors,
}

impl SendPage {
    /// "No Russian version of 23 session titles: 31 trainees who read Russian will see them in another
    /// language."
    fn gap(&self, gap: &Gap) -> String {
        let language = WorkingLanguage::parse(gap.lang.as_str())
            .map(|l| self.ctx.t(l.label_key()))
            .unwrap_or_default();
        self.ctx.msg(
            &Msg::new("itineraries-missing-titles")
                .with("titles", gap.titles as i64)
                .with("readers", gap.readers as i64)
                .with("language", language),
        )
    }
}

/// `GET /cohorts/{id}/itineraries`: whom to send itineraries to, who cannot get one, and the change
/// notices waiting.
async fn index(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let form = send_page(
        &state,
        ctx,
        id.into_inner(),
        SendInput::default(),
        FormErrors::new(),
    );
    page(&form.await?)
}

/// The send page, with the form as sent and its errors (none on a first visit).
async fn send_page(
    state: &web::Data<AppState>,
    ctx: Ctx,
    id: CohortId,
    input: SendInput,
    errors: FormErrors,
) -> AppResult<SendPage> {
    let shared = state.clone();
    let (cohort, roster, delegations, unreachable, out_of_date, gaps) = state
        .db(move |conn| {
            let timetable = shared.timetables.timetable(conn, id)?;
            let roster = Enrollment::roster(conn, id)?;
            Ok((
                Cohort::find(conn, id)?,
                Enrollment::roster_lines(conn, id)?,
                Delegation::list_for_cohort(conn, id)?,
                mailings::unreachable(&roster),
                mailings::out_of_date_count(conn, &shared.timetables, id)?,
                translations::missing_titles(&timetable, &roster),
            ))
        })
        .await?;
    Ok(SendPage {
        ctx,
        cohort,
        roster,
        delegations,
        unreachable,
        out_of_date,
        gaps,
        input,
        errors,
    })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct SendInput {
    /// `all`, `delegation` or `chosen`: always said, never assumed.
    to: String,
    delegation: String,
    trainees: Vec<TraineeId>,
}

impl SendInput {
    /// Whom the form names: everyone, a delegation of the cohort, or at least one trainee ticked. A form
    /// that names nobody is refused, never read as everyone.
    fn recipients(&self, delegations: &[Delegation]) -> Result<Recipients, FormErrors> {
        let refuse = |field, key| Err(FormErrors::single(field, Msg::new(key)));
        match self.to.as_str() {
            "all" => Ok(Recipients::All),
            "delegation"
                if delegations
                    .iter()
                    .any(|d| d.country_code == self.delegation) =>
            {
                Ok(Recipients::Delegation(self.delegation.clone()))
            }
            "delegation" => refuse("delegation", "error-choose-one"),
            "chosen" if !self.trainees.is_empty() => {
                Ok(Recipients::Trainees(self.trainees.clone()))
            }
            "chosen" => refuse("trainees", "itineraries-tick-someone"),
            _ => refuse("to", "itineraries-choose-audience"),
        }
    }

    fn is_ticked(&self, trainee: &TraineeId) -> bool {
        self.trainees.contains(trainee)
    }
}

/// Leaves the report as notices for the outbox page: counts, and who was skipped.
fn report(req: &HttpRequest, ctx: &Ctx, queued: &Queued) {
    let lines = mailings::describe(queued, ctx.lang);
    flash_message(req, &Msg::new("flash-text").with("text", lines.join(" ")));
}

/// `POST /cohorts/{id}/itineraries`: queues the chosen trainees' itineraries.
async fn send(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(input): Form<SendInput>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let delegations = state
        .db(move |conn| Ok(Delegation::list_for_cohort(conn, id)?))
        .await?;
    let recipients = match input.recipients(&delegations) {
        Ok(recipients) => recipients,
        Err(errors) => {
            let form = send_page(&state, ctx, id, input, errors).await?;
            return page_with_status(StatusCode::UNPROCESSABLE_ENTITY, &form);
        }
    };
    let (shared, now) = (state.clone(), state.now());
    let queued = state
        .db(move |conn| {
            mailings::queue_itineraries(conn, &shared.post(), id, &recipients, now, &mut |_| {})
        })
        .await?;
    state.wake_outbox();
    report(&req, &ctx, &queued);
    Ok(see_other(&format!("/outbox?cohort={id}")))
}

/// `POST /cohorts/{id}/itineraries/changes`: one "your schedule changed" e-mail per trainee affected.
async fn send_changes(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (shared, now) = (state.clone(), state.now());
    let queued = state
        .db(move |conn| mailings::queue_change_notices(conn, &shared.post(), id, now))
        .await?;
    state.wake_outbox();
    report(&req, &ctx, &queued);
    Ok(see_other(&format!("/outbox?cohort={id}")))
}

#[derive(Template)]
#[template(path = "mailings/preview.html")]
struct PreviewPage {
    ctx: Ctx,
    cohort_id: CohortId,
    entry: RosterEntry,
    content: Content,
    from: String,
}

async fn load_preview(
    state: &web::Data<AppState>,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<(RosterEntry, Content)> {
    let (id, trainee) = path.into_inner();
    let shared = state.clone();
    state
        .db(move |conn| mailings::preview(conn, &shared.post(), id, trainee))
        .await
}

/// `GET /cohorts/{id}/itineraries/preview/{trainee_id}`: exactly what the trainee will receive.
async fn preview(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    let cohort_id = path.0;
    let (entry, content) = load_preview(&state, path).await?;
    page(&PreviewPage {
        ctx,
        cohort_id,
        entry,
        content,
        from: state.settings.mail.from.clone(),
    })
}

/// `GET …/preview/{trainee_id}/html`: the HTML part alone, shown in a frame of the preview with its
/// own inline styles (as mail programs show it).
async fn preview_html(
    state: web::Data<AppState>,
    _: Organizer,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    let (_, content) = load_preview(&state, path).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
        ))
        .insert_header(("X-Frame-Options", "SAMEORIGIN"))
        .body(content.html))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OutboxQuery {
    cohort: Option<CohortId>,
    status: Option<String>,
}

#[derive(Template)]
#[template(path = "mailings/outbox.html")]
struct OutboxPage {
    ctx: Ctx,
    cohort: Option<CohortListing>,
    status: Option<OutboxStatus>,
    lines: Vec<OutboxLine>,
    counts: Vec<(OutboxStatus, i64)>,
}

impl OutboxPage {
    fn statuses(&self) -> &'static [OutboxStatus] {
        OutboxStatus::ALL
    }

    fn is_current(&self, status: &OutboxStatus) -> bool {
        self.status == Some(*status)
    }

    /// Failed messages on the page's list (of its cohort, or all the organizer sees).
    fn failed(&self) -> i64 {
        self.count(&OutboxStatus::Failed)
    }

    fn count(&self, status: &OutboxStatus) -> i64 {
        self.counts
            .iter()
            .find(|(s, _)| s == status)
            .map_or(0, |(_, n)| *n)
    }

    fn filter_link(&self, status: Option<&OutboxStatus>) -> String {
        let mut query = Vec::new();
        if let Some(c) = &self.cohort {
            query.push(format!("cohort={}", c.cohort.id));
        }
        if let Some(s) = status {
            query.push(format!("status={}", s.as_str()));
        }
        if query.is_empty() {
            "/outbox".to_owned()
        } else {
            format!("/outbox?{}", query.join("&"))
        }
    }

    fn stamp(&self, at: &chrono::NaiveDateTime) -> String {
        format!("{} {} UTC", self.ctx.date(at.date()), at.format("%H:%M"))
    }

    /// "Being sent by host:4711:a3f0 until 16 June 2023 01:32 UTC".
    fn claim(&self, line: &OutboxLine) -> String {
        let worker = line.claimed_by.clone().unwrap_or_default();
        let until = self.stamp(&line.next_attempt_at);
        self.ctx.msg(
            &Msg::new("outbox-claimed")
                .with("worker", worker)
                .with("until", until),
        )
    }

    fn name(&self, line: &OutboxLine) -> String {
        match (&line.family_name, &line.given_name) {
            (Some(family), Some(given)) => format!("{} {given}", family.to_uppercase()),
            _ => String::new(),
        }
    }
}

/// `GET /outbox`: every message, newest first, of one cohort or all, in one state or all.
async fn outbox(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    query: web::Query<OutboxQuery>,
) -> AppResult<HttpResponse> {
    let OutboxQuery { cohort, status } = query.into_inner();
    let status = match status.as_deref() {
        None | Some("") => None,
        Some(text) => Some(OutboxStatus::parse(text).ok_or(AppError::BadRequest)?),
    };
    let scope = user.scope();
    let (cohort, lines, counts) = state
        .db(move |conn| {
            let cohorts = shown_cohorts(conn, scope, cohort)?;
            let listing = cohort.map(|id| Cohort::find(conn, id)).transpose()?;
            Ok((
                listing,
                OutboxMessage::lines(conn, cohorts.as_deref(), status, OUTBOX_LINES)?,
                OutboxMessage::counts(conn, cohorts.as_deref())?,
            ))
        })
        .await?;
    page(&OutboxPage {
        ctx,
        cohort,
        status,
        lines,
        counts,
    })
}

/// The cohorts whose messages the outbox shows: the one asked for, else every one (`None`), both limited
/// to `scope` (a cohort outside it is not found; messages of no cohort are not shown to a limited
/// account).
fn shown_cohorts(
    conn: &mut DbConnection,
    scope: Scope,
    cohort: Option<CohortId>,
) -> AppResult<Option<Vec<CohortId>>> {
    match (cohort, Cohort::within(conn, scope)?) {
        (Some(id), Some(within)) if !within.contains(&id) => Err(AppError::NotFound),
        (Some(id), _) => Ok(Some(vec![id])),
        (None, within) => Ok(within),
    }
}

/// Where to go back to after a button on the outbox page: the list the message is in. A message outside
/// the account's scope is not found.
async fn back_to_list(state: &AppState, id: i32, scope: Scope) -> AppResult<String> {
    let message = state
        .db(move |conn| {
            let message = OutboxMessage::find(conn, id)?;
            if !scope.is_all() {
                let cohort = message.cohort_id.ok_or(AppError::NotFound)?;
                shown_cohorts(conn, scope, Some(cohort))?;
            }
            Ok(message)
        })
        .await?;
    Ok(match message.cohort_id {
        Some(cohort) => format!("/outbox?cohort={cohort}"),
        None => "/outbox".to_owned(),
    })
}

/// The notice after a button: `done`, or that the message's state no longer allows it (it is being sent,
/// or a sent message cannot be cancelled).
fn outcome(result: AppResult<()>, done: &'static str) -> AppResult<Msg> {
    match result {
        Ok(()) => Ok(Msg::new(done)),
        Err(AppError::NotFound) => Ok(Msg::new("outbox-unchanged")),
        Err(other) => Err(other),
    }
}

/// The buttons of a message on the outbox page.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum OutboxAction {
    /// Send again now, with ten fresh tries.
    Retry,
    /// A message not yet sent is not sent.
    Cancel,
    /// A message a worker holds (stuck, its process gone) is given back to be sent by any worker.
    Release,
}

/// `POST /outbox/{message_id}/retry`, `…/cancel` and `…/release`
async fn act(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    path: web::Path<(i32, OutboxAction)>,
) -> AppResult<HttpResponse> {
    let (id, action) = path.into_inner();
    let back = back_to_list(&state, id, user.scope()).await?;
    let now = state.now();
    let done = state
        .db(move |conn| {
            match action {
                OutboxAction::Retry => OutboxMessage::retry(conn, id, now)?,
                OutboxAction::Cancel => OutboxMessage::cancel(conn, id)?,
                OutboxAction::Release => OutboxMessage::release(conn, id, now)?,
            }
            Ok(())
        })
        .await;
    let notice = match (action, done) {
        (OutboxAction::Release, Err(AppError::NotFound)) => Msg::new("outbox-not-sending"),
        (OutboxAction::Release, done) => outcome(done, "outbox-released")?,
        (OutboxAction::Retry, done) => outcome(done, "outbox-retried")?,
        (OutboxAction::Cancel, done) => outcome(done, "outbox-cancelled")?,
    };
    if !matches!(action, OutboxAction::Cancel) {
        state.wake_outbox();
    }
    flash_message(&req, &notice);
    Ok(see_other(&back))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RetryFailedInput {
    /// The cohort whose outbox the button is on; none for the whole outbox.
    cohort: Option<CohortId>,
    /// How many failed messages the page showed: a different number now asks to look again.
    expected: i64,
    /// The confirmation ticked.
    confirm: Option<String>,
}

/// `POST /outbox/retry-failed`: every failed message (of a cohort, or all the organizer sees) is queued
/// again with ten fresh tries, once confirmed for the number the page showed.
async fn retry_failed(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    Form(input): Form<RetryFailedInput>,
) -> AppResult<HttpResponse> {
    let (now, scope, cohort) = (state.now(), user.scope(), input.cohort);
    let back = match cohort {
        Some(id) => format!("/outbox?cohort={id}"),
        None => "/outbox".to_owned(),
    };
    let confirmed = input.confirm.is_some();
    let notice = state
        .db(move |conn| {
            let cohorts = shown_cohorts(conn, scope, cohort)?;
            let failed = OutboxMessage::counts(conn, cohorts.as_deref())?
                .into_iter()
                .find(|(status, _)| *status == OutboxStatus::Failed)
                .map_or(0, |(_, n)| n);
            Ok(match (confirmed, failed == input.expected) {
                (false, _) => Msg::new("outbox-confirm-needed"),
                (true, false) => Msg::new("outbox-failed-changed").with("count", failed),
                (true, true) => {
                    let requeued = OutboxMessage::retry_failed(conn, cohorts.as_deref(), now)?;
                    Msg::new("outbox-retried-all").with("count", requeued as i64)
                }
            })
        })
        .await?;
    state.wake_outbox();
    flash_message(&req, &notice);
    Ok(see_other(&back))
}
