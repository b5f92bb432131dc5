//! Trainees' personal pages, opened by a secret link without a password: `/my/{token}` (the itinerary),
//! `/my/{token}/calendar.ics` (their sessions) and `/my/{token}/cohort.ics` (the whole course); the
//! cohort's feed for staff; and the buttons with which organizers issue and revoke the links.

use actix_session::Session as CookieSession;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{Days, NaiveDate, NaiveDateTime};

use crate::domain::attendance::{Mark, Tally};
use crate::domain::calendar::{google_subscription, tel_uri, webcal};
use crate::domain::cohort::file_stem;
use crate::domain::duty::DutyContact;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::login::digest;
use crate::domain::translation::ReadingOrder;
use crate::error::AppResult;
use crate::i18n::{Lang, Msg};
use crate::services::certificates::Printable;
use crate::services::itinerary::{self, Itinerary, LinkChange, bus, place};
use crate::services::timetable::SessionView;
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::{Ctx, LANG_COOKIE, flash};
use crate::web::phone::{self, Phone};
use crate::web::render::{download, page, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/my/{token}", web::get().to(show))
        .route("/my/{token}/calendar.ics", web::get().to(feed))
        .route("/my/{token}/cohort.ics", web::get().to(cohort_feed))
        .route("/cohorts/{id}/calendar.ics", web::get().to(staff_feed))
        .route(
            "/cohorts/{id}/trainees/{trainee_id}/link",
            web::post().to(issue),
        )
        .route(
            "/cohorts/{id}/trainees/{trainee_id}/link/revoke",
            web::post().to(revoke),
        );
}

#[derive(Template)]
#[template(path = "itinerary/show.html")]
struct ShowPage {
    ctx: Ctx,
    it: Itinerary,
    now: NaiveDateTime,
    today: NaiveDate,
    tally: Tally,
    /// The trainee's feed at its `https` address (a download for any calendar).
    feed: String,
    cohort_feed: String,
    /// The trainee's own certificate, once they hold one.
    certificate: Option<String>,
    badge_code: String,
    /// The languages the trainee's texts are looked for in.
    order: ReadingOrder,
}

impl ShowPage {
    /// The feed for Apple's Calendar, which subscribes to `webcal:` links.
    fn apple_feed(&self) -> String {
        webcal(&self.feed)
    }

    /// The link that subscribes Google Calendar (Android) to the feed.
    fn google_feed(&self) -> String {
        google_subscription(&self.feed)
    }

    /// A phone number as a link that dials it, when it holds one.
    fn tel(&self, phone: &str) -> Option<String> {
        tel_uri(phone)
    }

    /// Whom to call today.
    fn duty_today(&self) -> Option<&DutyContact> {
        self.it.duty.on(self.today)
    }

    /// Today's sessions not yet over and tomorrow's, under their headings, for days that have any.
    fn soon(&self) -> Vec<(&'static str, NaiveDate, Vec<&SessionView>)> {
        let mut soon = Vec::new();
        let tomorrow = self.today.checked_add_days(Days::new(1));
        for (heading, date) in [
            ("itinerary-today", Some(self.today)),
            ("itinerary-tomorrow", tomorrow),
        ] {
            let sessions: Vec<&SessionView> = date
                .and_then(|d| self.it.day(d))
                .map(|day| {
                    day.sessions
                        .into_iter()
                        .filter(|v| v.session.ends_at > self.now)
                        .collect()
                })
                .unwrap_or_default();
            if let (Some(date), false) = (date, sessions.is_empty()) {
                soon.push((heading, date, sessions));
            }
        }
        soon
    }

    fn zone_note(&self) -> String {
        self.ctx.msg(&self.it.zone_note(&self.order))
    }

    /// "12 of 14 sessions attended".
    fn attended(&self) -> String {
        let t = &self.tally;
        self.ctx.msg(
            &Msg::new("itinerary-attended")
                .with("attended", i64::from(t.attended()))
                .with("count", i64::from(t.attended() + t.absent)),
        )
    }

    fn place(&self, v: &SessionView) -> String {
        place(v, &self.order)
    }

    fn bus(&self, v: &SessionView) -> String {
        bus(v, &self.order)
    }

    fn mark(&self, v: &SessionView) -> Option<Mark> {
        self.it.marks.get(&v.session.id).copied()
    }

    fn local(&self, at: &Option<NaiveDateTime>) -> String {
        self.it.local(*at, self.ctx.lang)
    }
}

/// The page's language: the one the visitor chose with the switcher, else the trainee's own.
fn reader_language(req: &HttpRequest, trainee: Lang) -> Lang {
    req.cookie(LANG_COOKIE)
        .and_then(|c| Lang::parse(c.value()))
        .unwrap_or(trainee)
}

/// `GET /my/{token}`: the trainee's itinerary. Opening it logs the phone in as that trainee for QR
/// check-in; a wrong or revoked token is "not found" like any unknown address.
async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    mut ctx: Ctx,
    cookie: CookieSession,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let (shared, key) = (state.clone(), token.clone());
    let (it, certified) = state
        .db(move |conn| {
            let it = Itinerary::by_token(conn, &shared.timetables, &key)?;
            let certified = Printable::held(conn, it.entry.enrollment.id)?;
            Ok((it, certified))
        })
        .await?;
    let phone = Phone {
        trainee: it.entry.trainee.id,
        name: it.entry.trainee.passport_name(),
        link: Some(digest(&token)),
    };
    phone::remember(&cookie, phone)?;
    ctx.lang = reader_language(&req, it.entry.trainee.language);
    let now = state.now();
    let feed_link = |file: &str| {
        state
            .settings
            .base_url
            .join(&format!("my/{token}/{file}"))
            .map(String::from)
            .unwrap_or_default()
    };
    let (feed, cohort_feed) = (feed_link("calendar.ics"), feed_link("cohort.ics"));
    page(&ShowPage {
        order: it.reading_order(ctx.lang),
        today: it.today(now),
        tally: it.tally(now),
        badge_code: state.checkin_key.badge_code(it.entry.enrollment.id),
        ctx,
        it,
        now,
        feed,
        cohort_feed,
        certificate: certified.then(|| format!("/my/{token}/certificate")),
    })
}

fn calendar_response(ics: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .body(ics)
}

/// `GET /my/{token}/calendar.ics`: the trainee's sessions, for a calendar app to subscribe to.
async fn feed(state: web::Data<AppState>, token: web::Path<String>) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let shared = state.clone();
    let ics = state
        .db(move |conn| {
            shared.feeds.feed(
                conn,
                &shared.timetables,
                &token,
                &shared.settings.calendar_uid_domain,
            )
        })
        .await?;
    Ok(calendar_response(ics.as_str().to_owned()))
}

/// `GET /my/{token}/cohort.ics`: the whole course's sessions, in the trainee's language.
async fn cohort_feed(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let shared = state.clone();
    let ics = state
        .db(move |conn| {
            let state = shared;
            let it = Itinerary::by_token(conn, &state.timetables, &token)?;
            Ok(itinerary::cohort_calendar(
                &it.timetable,
                it.entry.trainee.language,
                &state.settings.calendar_uid_domain,
            )
            .to_ics())
        })
        .await?;
    Ok(calendar_response(ics))
}

/// `GET /cohorts/{id}/calendar.ics`: the cohort's timetable as a calendar file, for staff.
async fn staff_feed(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let lang = ctx.lang;
    let shared = state.clone();
    let (ics, stem) = state
        .db(move |conn| {
            let state = shared;
            let timetable = state.timetables.timetable(conn, id)?;
            let uid_domain = &state.settings.calendar_uid_domain;
            let c = &timetable.cohort;
            let stem = file_stem(&c.host_city, c.cohort.starts_on, "programme");
            let ics = itinerary::cohort_calendar(&timetable, lang, uid_domain).to_ics();
            Ok((ics, stem))
        })
        .await?;
    Ok(download(
        &format!("{stem}.ics"),
        "text/calendar; charset=utf-8",
        ics.into_bytes(),
    ))
}

/// `POST /cohorts/{id}/trainees/{trainee_id}/link`: a new personal link (the old one stops working).
async fn issue(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    change_link(&state, &req, path.into_inner(), LinkChange::Issue).await
}

/// `POST /cohorts/{id}/trainees/{trainee_id}/link/revoke`
async fn revoke(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    change_link(&state, &req, path.into_inner(), LinkChange::Revoke).await
}

async fn change_link(
    state: &AppState,
    req: &HttpRequest,
    (id, trainee): (CohortId, TraineeId),
    change: LinkChange,
) -> AppResult<HttpResponse> {
    let (vault, now) = (state.vault.clone(), state.now());
    state
        .db(move |conn| itinerary::change_link(conn, id, trainee, change, &vault, now))
        .await?;
    flash(
        req,
        match change {
            LinkChange::Issue => "itinerary-link-issued",
            LinkChange::Revoke => "itinerary-link-revoked",
        },
    );
    Ok(see_other(&format!("/cohorts/{id}/trainees/{trainee}")))
}
