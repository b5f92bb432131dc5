//! A cohort's timetable: `/cohorts/{id}/sessions` (day by day), `…/sessions/week` (a week grid), a
//! session's page, its form and cancelling it.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;

use crate::domain::audit::AuditObject;
use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::{CohortId, DelegationId, SessionId, VenueId};
use crate::domain::resources::{LanguagePair, VenueKind, usual_pairs};
use crate::domain::schedule::form::{NewResources, SessionDraft, SessionInput};
use crate::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use crate::domain::schedule::week::{Grid, Placed, Span};
use crate::domain::time::{clock, local_day};
use crate::domain::translation::{
    Owner, ReadingOrder, Text, VersionInput, bound_to, parse_own_versions,
};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};

use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::delegation::Delegation;
use crate::models::group::CohortGroup;
use crate::models::interpreter::Interpreter;
use crate::models::session::{Session, SessionLinks};
use crate::models::speaker::Speaker;
use crate::models::vehicle::Vehicle;
use crate::models::venue::Venue;
use crate::services::editing;
use crate::services::history::{History, history_of};
use crate::services::schedule::{self, Saved};
use crate::services::timetable::{self, SessionView, Timetable};
use crate::services::translations;
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::{Ctx, flash};
use crate::web::fields::version_inputs;
use crate::web::form::FormFields;
use crate::web::render::{form_again, page, see_other, shows_form_again};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/sessions")
            .route(web::get().to(index))
            .route(web::post().to(create)),
    )
    .route("/cohorts/{id}/sessions/week", web::get().to(week))
    .route("/cohorts/{id}/sessions/new", web::get().to(new))
    .service(
        web::resource("/cohorts/{id}/sessions/{session_id:\\d+}")
            .route(web::get().to(show))
            .route(web::post().to(update)),
    )
    .route(
        "/cohorts/{id}/sessions/{session_id:\\d+}/edit",
        web::get().to(edit),
    )
    .route(
        "/cohorts/{id}/sessions/{session_id:\\d+}/cancel",
        web::post().to(cancel),
    );
}

#[derive(Template)]
#[template(path = "sessions/index.html")]
struct IndexPage {
    ctx: Ctx,
    timetable: Arc<Timetable>,
    /// The session running now and the next one, during the course.
    now: Option<SessionId>,
    next: Option<SessionId>,
    /// Today on the cohort's clock, when it is one of the course's days.
    today: Option<NaiveDate>,
    /// The languages the viewer reads the timetable's texts in.
    order: ReadingOrder,
}

impl IndexPage {
    fn audience(&self, view: &SessionView) -> String {
        audience(view, &self.timetable.countries, &self.ctx)
    }

    fn marker(&self, view: &SessionView) -> &'static str {
        let id = Some(view.session.id);
        if id == self.now {
            "now"
        } else if id == self.next {
            "next"
        } else {
            ""
        }
    }
}

/// "Group A, Kazakhstan", or the empty string for the whole cohort.
fn audience(view: &SessionView, countries: &[Country], ctx: &Ctx) -> String {
    view.groups
        .iter()
        .cloned()
        .chain(
            view.delegations
                .iter()
                .map(|d| Country::name_of(countries, d, ctx.lang)),
        )
        .collect::<Vec<_>>()
        .join(", ")
}

/// The running and the next session (not cancelled) at `now`.
fn now_and_next(
    timetable: &Timetable,
    now: NaiveDateTime,
) -> (Option<SessionId>, Option<SessionId>) {
    let live = timetable
        .days
        .iter()
        .flat_map(|d| &d.sessions)
        .filter(|v| v.session.status != SessionStatus::Cancelled);
    let running = live
        .clone()
        .find(|v| v.session.starts_at <= now && now < v.session.ends_at)
        .map(|v| v.session.id);
    let next = live
        .clone()
        .find(|v| v.session.starts_at > now)
        .map(|v| v.session.id);
    (running, next)
}

async fn load_timetable(state: &AppState, id: CohortId) -> AppResult<Arc<Timetable>> {
    let cache = state.timetables.clone();
    state.db(move |conn| cache.timetable(conn, id)).await
}

/// `GET /cohorts/{id}/sessions`: the timetable, day by day.
async fn index(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let timetable = load_timetable(&state, id.into_inner()).await?;
    let (now, next) = now_and_next(&timetable, state.now());
    let today = Some(local_day(state.now(), timetable.zone))
        .filter(|today| timetable.days.iter().any(|d| d.date == *today));
    page(&IndexPage {
        order: timetable.reading_order(ctx.lang),
        ctx,
        timetable,
        now,
        next,
        today,
    })
}

#[derive(Template)]
#[template(path = "sessions/week.html")]
struct WeekPage {
    ctx: Ctx,
    timetable: Arc<Timetable>,
    /// The days shown (up to seven), and which week of the course this is (from 0).
    first_day: usize,
    week: usize,
    weeks: usize,
    grid: Grid,
    order: ReadingOrder,
}

impl WeekPage {
    fn days(&self) -> Vec<&timetable::Day> {
        self.timetable
            .days
            .iter()
            .skip(self.first_day)
            .take(7)
            .collect()
    }

    fn hours(&self) -> Vec<u32> {
        self.grid.hours().collect()
    }

    fn hour_row(&self, hour: &u32) -> u32 {
        self.grid.hour_row(*hour)
    }

    fn day_column(&self, index: &usize) -> usize {
        Grid::day_column(*index)
    }

    /// The day of the week's `day`th column (from 1), for a session's accessible name: the grid's
    /// headings are only seen.
    fn day_label(&self, day: &usize) -> String {
        self.days()
            .get(day.saturating_sub(1))
            .map(|d| {
                let weekday = self.ctx.t(self.weekday(&d.date));
                format!("{weekday} {}", self.ctx.date(d.date))
            })
            .unwrap_or_default()
    }

    /// Every session of the week, placed.
    fn placed(&self) -> Vec<Placed<&SessionView>> {
        let days: Vec<Vec<Span<&SessionView>>> = self
            .days()
            .into_iter()
            .map(|d| {
                d.sessions
                    .iter()
                    .map(|view| Span {
                        item: view,
                        start: view.starts_minute,
                        end: view.ends_minute,
                    })
                    .collect()
            })
            .collect();
        self.grid.place(&days)
    }

    fn previous(&self) -> Option<usize> {
        self.week.checked_sub(1)
    }

    fn next(&self) -> Option<usize> {
        (self.week + 1 < self.weeks).then_some(self.week + 1)
    }

    fn kinds(&self) -> &'static [SessionKind] {
        SessionKind::ALL
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WeekQuery {
    week: usize,
}

/// `GET /cohorts/{id}/sessions/week`: a week at a time, sessions coloured by kind.
async fn week(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
    query: web::Query<WeekQuery>,
) -> AppResult<HttpResponse> {
    let timetable = load_timetable(&state, id.into_inner()).await?;
    let weeks = timetable.days.len().div_ceil(7).max(1);
    let week = query.week.min(weeks - 1);
    let first_day = week * 7;
    let grid = Grid::around(
        timetable
            .days
            .iter()
            .skip(first_day)
            .take(7)
            .flat_map(|d| &d.sessions)
            .map(|v| (v.starts_minute, v.ends_minute)),
    );
    page(&WeekPage {
        order: timetable.reading_order(ctx.lang),
        ctx,
        timetable,
        first_day,
        week,
        weeks,
        grid,
    })
}

#[derive(Template)]
#[template(path = "sessions/show.html")]
struct ShowPage {
    ctx: Ctx,
    cohort: CohortListing,
    view: SessionView,
    audience: String,
    audit: History,
    order: ReadingOrder,
}

impl ShowPage {
    fn languages(&self) -> Vec<WorkingLanguage> {
        self.view.session.languages()
    }

    fn pairs(&self) -> Vec<String> {
        self.view
            .session
            .interpretation()
            .iter()
            .map(|p| p.label(self.ctx.lang))
            .collect()
    }
}

/// `GET /cohorts/{id}/sessions/{session_id}`
async fn show(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session_id) = path.into_inner();
    let timetable = load_timetable(&state, id).await?;
    let view = timetable
        .days
        .iter()
        .flat_map(|d| &d.sessions)
        .find(|v| v.session.id == session_id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let audience = audience(&view, &timetable.countries, &ctx);
    let lang = ctx.lang;
    let audit = state
        .db(move |conn| {
            let ids = [session_id.0];
            history_of(
                conn,
                &[
                    (AuditObject::Session, &ids),
                    (AuditObject::Attendance, &ids),
                ],
                lang,
            )
        })
        .await?;
    page(&ShowPage {
        order: timetable.reading_order(ctx.lang),
        ctx,
        cohort: timetable.cohort.clone(),
        view,
        audience,
        audit,
    })
}

/// What the session form offers to choose from.
struct Choices {
    cohort: CohortListing,
    venues: Vec<Venue>,
    speakers: Vec<Speaker>,
    interpreters: Vec<Interpreter>,
    vehicles: Vec<Vehicle>,
    groups: Vec<CohortGroup>,
    delegations: Vec<(DelegationId, String)>,
}

async fn choices(state: &AppState, ctx: &Ctx, id: CohortId) -> AppResult<Choices> {
    let lang = ctx.lang;
    state
        .db(move |conn| {
            let countries = Country::all(conn)?;
            let mut delegations: Vec<(DelegationId, String)> =
                Delegation::list_for_cohort(conn, id)?
                    .into_iter()
                    .map(|d| (d.id, Country::name_of(&countries, &d.country_code, lang)))
                    .collect();
            delegations.sort_by(|a, b| a.1.cmp(&b.1));
            Ok(Choices {
                cohort: Cohort::find(conn, id)?,
                venues: Venue::all(conn)?,
                speakers: Speaker::all(conn)?,
                interpreters: Interpreter::all(conn)?,
                vehicles: Vehicle::for_cohort(conn, id)?,
                groups: CohortGroup::for_cohort(conn, id)?,
                delegations,
            })
        })
        .await
}

#[derive(Template)]
#[template(path = "sessions/form.html")]
struct FormPage {
    ctx: Ctx,
    choices: Choices,
    editing: Option<SessionId>,
    input: SessionInput,
    errors: FormErrors,
    /// Warnings the organizer may accept by saving again.
    warnings: Vec<String>,
    /// The texts' versions in the other languages, by input name (`title-ru`), as saved or typed.
    versions: Vec<(String, String)>,
}

impl FormPage {
    /// The language the form says its texts are written in.
    fn original_lang(&self) -> Lang {
        Lang::parse(&self.input.original_lang).unwrap_or(self.ctx.lang)
    }

    fn content_languages(&self) -> [Lang; 3] {
        Lang::ALL
    }

    /// The inputs for a text's other languages: (language, input name, value).
    fn others(&self, field: &str) -> Vec<(Lang, String, String)> {
        Text::of(Owner::Session, field)
            .map(|text| version_inputs(text, Some(self.original_lang()), &self.versions))
            .unwrap_or_default()
    }

    fn action(&self) -> String {
        let cohort = self.choices.cohort.cohort.id;
        match self.editing {
            Some(id) => format!("/cohorts/{cohort}/sessions/{id}"),
            None => format!("/cohorts/{cohort}/sessions"),
        }
    }

    fn kinds(&self) -> &'static [SessionKind] {
        SessionKind::ALL
    }

    fn themes(&self) -> &'static [Theme] {
        Theme::ALL
    }

    fn statuses(&self) -> &'static [SessionStatus] {
        SessionStatus::ALL
    }

    fn languages(&self) -> [WorkingLanguage; 10] {
        WorkingLanguage::ALL
    }

    fn pairs(&self) -> Vec<(String, String)> {
        usual_pairs()
            .iter()
            .map(|p| (p.code(), p.label(self.ctx.lang)))
            .collect()
    }

    fn venue_kinds(&self) -> &'static [VenueKind] {
        VenueKind::ALL
    }

    /// Whether the small form adding a new venue, speaker, interpreter or bus (`prefix`: `new_venue`…)
    /// opens: something was typed into it, or it was refused.
    fn adding(&self, prefix: &str) -> bool {
        let i = &self.input;
        let typed: &[&String] = match prefix {
            "new_venue" => &[&i.new_venue, &i.new_venue_address, &i.new_venue_capacity],
            "new_speaker" => &[&i.new_speaker, &i.new_speaker_organization],
            "new_interpreter" => &[&i.new_interpreter, &i.new_interpreter_contact],
            _ => &[
                &i.new_vehicle,
                &i.new_vehicle_seats,
                &i.new_vehicle_driver_contact,
            ],
        };
        typed.iter().any(|t| !t.trim().is_empty())
            || self
                .errors
                .iter()
                .any(|(field, _)| field.starts_with(prefix))
    }

    /// Whether `value` is among the chosen `values` (check boxes and multiple selects).
    fn chosen(&self, values: &[String], value: &(impl std::fmt::Display + ?Sized)) -> bool {
        values.contains(&value.to_string())
    }
}

/// Ids as the form's fields hold them.
fn texts(ids: &[impl ToString]) -> Vec<String> {
    ids.iter().map(ToString::to_string).collect()
}

/// The form filled with a saved session, on the cohort's clock.
fn input_of(
    session: &Session,
    links: &SessionLinks,
    zone: chrono_tz::Tz,
    version: String,
) -> SessionInput {
    let time = |at: Option<NaiveDateTime>| at.map(|t| clock(t, zone)).unwrap_or_default();
    SessionInput {
        version,
        kind: session.kind.as_str().to_owned(),
        title: session.title.clone(),
        description: session.description.clone(),
        theme: session.theme.as_str().to_owned(),
        day: local_day(session.starts_at, zone).to_string(),
        start: clock(session.starts_at, zone),
        end: clock(session.ends_at, zone),
        venue: session.venue_id.map(|v| v.to_string()).unwrap_or_default(),
        room: session.room.clone(),
        languages: session
            .languages()
            .iter()
            .map(|l| l.code().to_owned())
            .collect(),
        interpretation: session
            .interpretation()
            .iter()
            .map(LanguagePair::code)
            .collect(),
        status: session.status.as_str().to_owned(),
        speakers: texts(&links.speakers),
        interpreters: texts(&links.interpreters),
        vehicles: texts(&links.vehicles),
        groups: texts(&links.groups),
        delegations: texts(&links.delegations),
        host_organization: session.host_organization.clone(),
        host_contact: session.host_contact.clone(),
        address: session.address.clone(),
        departure_point: session.departure_point.clone(),
        departs: time(session.departs_at),
        returns: time(session.returns_at),
        what_to_bring: session.what_to_bring.clone(),
        materials_link: session.materials_link.clone(),
        accept_warnings: String::new(),
        original_lang: session.original_lang.to_string(),
        ..SessionInput::default()
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    day: String,
    kind: String,
    /// After "Save and add another": the next session from where the last one ended, at its venue.
    start: String,
    end: String,
    venue: String,
}

impl NewQuery {
    /// The form's address for the session after `input`'s: the same day, kind and venue, starting when
    /// it ends and lasting as long.
    fn after(id: CohortId, input: &SessionInput, venue: Option<VenueId>) -> String {
        let time = |raw: &str| NaiveTime::parse_from_str(raw.trim(), "%H:%M").ok();
        let end = match (time(&input.start), time(&input.end)) {
            (Some(start), Some(end)) if end > start => {
                let next = end + (end - start);
                if next > end { next } else { end }
                    .format("%H:%M")
                    .to_string()
            }
            _ => String::new(),
        };
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("day", &input.day)
            .append_pair("kind", &input.kind)
            .append_pair("start", &input.end)
            .append_pair("end", &end)
            .append_pair("venue", &venue.map(|v| v.to_string()).unwrap_or_default())
            .finish();
        format!("/cohorts/{id}/sessions/new?{query}")
    }
}

/// `GET /cohorts/{id}/sessions/new?day=…`
async fn new(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
    query: web::Query<NewQuery>,
) -> AppResult<HttpResponse> {
    let choices = choices(&state, &ctx, id.into_inner()).await?;
    let day = NaiveDate::parse_from_str(&query.day, "%Y-%m-%d")
        .unwrap_or(choices.cohort.cohort.starts_on)
        .to_string();
    let kind = SessionKind::parse(&query.kind).unwrap_or(SessionKind::Lecture);
    let time = |raw: &str, or: &str| {
        NaiveTime::parse_from_str(raw, "%H:%M")
            .map_or(or.to_owned(), |t| t.format("%H:%M").to_string())
    };
    let venue = choices
        .venues
        .iter()
        .find(|v| v.id.to_string() == query.venue)
        .map(|v| v.id.to_string())
        .unwrap_or_default();
    let original_lang = ctx.lang.to_string();
    page(&FormPage {
        ctx,
        choices,
        editing: None,
        input: SessionInput {
            kind: kind.as_str().to_owned(),
            day,
            start: time(&query.start, "09:00"),
            end: time(&query.end, "10:30"),
            venue,
            languages: vec!["zh".to_owned()],
            status: SessionStatus::Planned.as_str().to_owned(),
            original_lang,
            ..SessionInput::default()
        },
        errors: FormErrors::new(),
        versions: Vec::new(),
        warnings: Vec::new(),
    })
}

/// Saves the form: to the session's page when saved, or the form again with its clashes (422) or with
/// warnings to accept (422, with a "save anyway" button).
async fn save(
    state: &AppState,
    req: &HttpRequest,
    ctx: Ctx,
    id: CohortId,
    editing: Option<SessionId>,
    input: SessionInput,
    fields: Vec<(String, String)>,
) -> AppResult<HttpResponse> {
    let cohort = state.db(move |conn| Ok(Cohort::find(conn, id)?)).await?;
    let zone = cohort.cohort.zone();
    let now = state.now();
    let parsed = parse_form(&input, &fields, zone);
    let seen = editing::sent_version(&input.version);
    let another = editing.is_none() && fields.iter().any(|(n, v)| n == "then" && v == "another");
    let outcome = state
        .db_parsed(
            parsed,
            move |conn, (draft, new, original_lang, versions)| {
                let objects: Vec<_> = editing
                    .map(|s| (AuditObject::Session, s.0))
                    .into_iter()
                    .collect();
                editing::save(conn, &objects, seen, |conn| {
                    let saved = schedule::save_with_new(conn, id, editing, &draft, &new, now)?;
                    if let Saved::Session(session) = saved {
                        let versions = bound_to(versions, session.0);
                        translations::save_session_form(
                            conn,
                            id,
                            session,
                            original_lang,
                            &versions,
                            now,
                        )?;
                    }
                    Ok(saved)
                })
            },
        )
        .await;
    // Warnings to accept come back as the form with no refusal (422), like a refused form.
    let (error, warnings) = match outcome {
        Ok(Saved::Session(session)) if another => {
            // The venue as saved: one added from inside the form has its id only now.
            let venue = state
                .db(move |conn| Ok(Session::find(conn, id, session)?.venue_id))
                .await?;
            flash(req, "flash-session-saved-next");
            return Ok(see_other(&NewQuery::after(id, &input, venue)));
        }
        Ok(Saved::Session(session)) => {
            flash(req, "flash-session-saved");
            return Ok(see_other(&format!("/cohorts/{id}/sessions/{session}")));
        }
        Ok(Saved::NeedsAcceptance(warnings)) => (
            AppError::Invalid(FormErrors::new()),
            warnings.iter().map(|w| ctx.msg(w)).collect(),
        ),
        Err(error) if shows_form_again(&error) => (error, Vec::new()),
        Err(other) => return Err(other),
    };
    let choices = choices(state, &ctx, id).await?;
    form_again(error, |errors| FormPage {
        ctx,
        choices,
        editing,
        input,
        errors,
        warnings,
        versions: fields,
    })
}

/// The session form read whole: the session, the resources typed in as new, the language its texts are written in, and their versions
/// in the other languages (bound to the session once it is saved); every problem of every part at once.
fn parse_form(
    input: &SessionInput,
    fields: &[(String, String)],
    zone: chrono_tz::Tz,
) -> Result<(SessionDraft, NewResources, Lang, Vec<VersionInput>), FormErrors> {
    let original_lang = match input.original_lang.trim() {
        "" => Ok(Lang::En),
        code => Lang::parse(code)
            .ok_or_else(|| FormErrors::single("original_lang", Msg::new("error-choose-one"))),
    };
    let session = FormErrors::both(input.parse(zone), input.parse_new());
    let texts = FormErrors::both(original_lang, parse_own_versions(fields, Owner::Session));
    FormErrors::both(session, texts)
        .map(|((draft, new), (lang, versions))| (draft, new, lang, versions))
}

/// `POST /cohorts/{id}/sessions`
async fn create(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    FormFields(input, fields): FormFields<SessionInput>,
) -> AppResult<HttpResponse> {
    save(&state, &req, ctx, id.into_inner(), None, input, fields).await
}

/// `GET /cohorts/{id}/sessions/{session_id}/edit`
async fn edit(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session_id) = path.into_inner();
    let (input, versions) = state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let session = Session::find(conn, id, session_id)?;
            let links = SessionLinks::load(conn, &[session_id])?
                .remove(&session_id)
                .unwrap_or_default();
            let versions =
                translations::form_versions(conn, translations::session_originals(&session))?;
            let version = editing::version(conn, &[(AuditObject::Session, session_id.0)])?;
            let input = input_of(&session, &links, cohort.cohort.zone(), version);
            Ok((input, versions))
        })
        .await?;
    let choices = choices(&state, &ctx, id).await?;
    page(&FormPage {
        ctx,
        choices,
        editing: Some(session_id),
        input,
        errors: FormErrors::new(),
        warnings: Vec::new(),
        versions,
    })
}

/// `POST /cohorts/{id}/sessions/{session_id}`
async fn update(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
    FormFields(input, fields): FormFields<SessionInput>,
) -> AppResult<HttpResponse> {
    let (id, session_id) = path.into_inner();
    save(&state, &req, ctx, id, Some(session_id), input, fields).await
}

/// `POST /cohorts/{id}/sessions/{session_id}/cancel`
async fn cancel(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session_id) = path.into_inner();
    let now = state.now();
    state
        .db(move |conn| schedule::cancel(conn, id, session_id, now))
        .await?;
    flash(&req, "flash-session-cancelled");
    Ok(see_other(&format!("/cohorts/{id}/sessions/{session_id}")))
}

/// What a day's heading needs: its number in the course and its weekday's translation key.
trait DayHeading {
    fn timetable(&self) -> &Timetable;

    /// The number of a day in the course (1 for the first).
    fn day_number(&self, day: &NaiveDate) -> i64 {
        (*day - self.timetable().cohort.cohort.starts_on).num_days() + 1
    }

    fn weekday(&self, day: &NaiveDate) -> &'static str {
        match day.weekday() {
            chrono::Weekday::Mon => "weekday-mon",
            chrono::Weekday::Tue => "weekday-tue",
            chrono::Weekday::Wed => "weekday-wed",
            chrono::Weekday::Thu => "weekday-thu",
            chrono::Weekday::Fri => "weekday-fri",
            chrono::Weekday::Sat => "weekday-sat",
            chrono::Weekday::Sun => "weekday-sun",
        }
    }
}

impl DayHeading for IndexPage {
    fn timetable(&self) -> &Timetable {
        &self.timetable
    }
}

impl DayHeading for WeekPage {
    fn timetable(&self) -> &Timetable {
        &self.timetable
    }
}
