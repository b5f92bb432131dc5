//! Self check-in: the screen an organizer shows at `/cohorts/{id}/sessions/{session_id}/checkin`, with a
//! QR code that changes every 30 seconds, and the pages a trainee's phone opens from it: `/checkin/{code}`
//! to check in, `/checkin` afterwards.

use actix_session::Session as CookieSession;
use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::checkin::{CodeProblem, seconds_left};
use crate::domain::ids::{CohortId, SessionId};
use crate::domain::time::{clock, local_day};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::services::attendance::{self, RollCall};
use crate::services::checkin::{self, Scanned, Who};
use crate::services::itinerary::{self, Linked};
use crate::web::auth::Organizer;
use crate::web::csrf;
use crate::web::ctx::{Ctx, flash_message};
use crate::web::form::Form;
use crate::web::phone::{Phone, forget, remember, remembered};
use crate::web::render::{page, page_with_status, qr_link, see_other};
use crate::web::state::AppState;
use crate::web::throttle::{Counted, PublicPage, client_ip};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/cohorts/{id}/sessions/{session_id:\\d+}/checkin",
        web::get().to(screen),
    )
    .route("/checkin", web::get().to(done))
    .service(
        web::resource("/checkin/{code}")
            .route(web::get().to(scan))
            .route(web::post().to(check_in)),
    );
}

#[derive(Template)]
#[template(path = "checkin/screen.html")]
struct ScreenPage {
    ctx: Ctx,
    call: RollCall,
    qr: String,
    link: String,
    refresh: i64,
    window: String,
}

/// `GET /cohorts/{id}/sessions/{session_id}/checkin`: the code to scan, renewed every 30 seconds (the
/// page reloads itself when it changes), and how many have checked in.
async fn screen(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let call = state
        .db(move |conn| attendance::roll_call(conn, id, session))
        .await?;
    let now = state.now();
    let code = state.checkin_key.code(session, now);
    let (link, qr) = qr_link(&state.settings.base_url, &format!("checkin/{code}"), 320)?;
    let rules = call.cohort.cohort.attendance_rules();
    let (s, zone) = (&call.session, call.zone);
    let at = |minutes: i32| {
        clock(
            s.starts_at + chrono::Duration::minutes(i64::from(minutes)),
            zone,
        )
    };
    let window = ctx.msg(
        &Msg::new("checkin-window")
            .with("opens", at(-rules.checkin_opens_before))
            .with("late", at(rules.late_after))
            .with("closes", at(rules.checkin_closes_after)),
    );
    page(&ScreenPage {
        ctx,
        call,
        qr,
        link,
        refresh: seconds_left(now),
        window,
    })
}

#[derive(Template)]
#[template(path = "checkin/scan.html")]
struct ScanPage {
    ctx: Ctx,
    /// The session scanned, unless the code was refused.
    scanned: Option<Scanned>,
    code: String,
    /// The name of the trainee this phone checked in as before.
    remembered: Option<String>,
    badge_code: String,
    errors: FormErrors,
}

/// "Checking in as ABENOV Nurlan."
fn checking_in_as(ctx: &Ctx, name: &str) -> String {
    ctx.msg(&Msg::new("checkin-as").with("name", name))
}

impl ScanPage {
    fn checkin_as(&self, name: &str) -> String {
        checking_in_as(&self.ctx, name)
    }

    fn when(&self) -> String {
        self.scanned.as_ref().map_or_else(String::new, |s| {
            let (session, zone) = (&s.session, s.zone);
            format!(
                "{}, {}–{}",
                self.ctx.date(local_day(session.starts_at, zone)),
                clock(session.starts_at, zone),
                clock(session.ends_at, zone)
            )
        })
    }
}

/// The session a scanned code names, or the page saying why it cannot be used (a code for a session
/// that no longer takes check-ins reads as not ours; a database failure stays an error).
async fn verified(state: &AppState, code: &str) -> AppResult<Result<Scanned, (StatusCode, Msg)>> {
    let forged = || (StatusCode::NOT_FOUND, Msg::new("checkin-forged"));
    let session = match state.checkin_key.verify(code, state.now()) {
        Ok(session) => session,
        Err(CodeProblem::Forged) => return Ok(Err(forged())),
        Err(CodeProblem::Expired) => {
            return Ok(Err((StatusCode::GONE, Msg::new("checkin-expired"))));
        }
    };
    match state.db(move |conn| checkin::scanned(conn, session)).await {
        Ok(scanned) => Ok(Ok(scanned)),
        Err(AppError::NotFound) => Ok(Err(forged())),
        Err(other) => Err(other),
    }
}

/// `GET /checkin/{code}`: what the phone shows after scanning: the session, and a button to check in.
async fn scan(
    state: web::Data<AppState>,
    ctx: Ctx,
    cookie: CookieSession,
    code: web::Path<String>,
) -> AppResult<HttpResponse> {
    let code = code.into_inner();
    let (status, scanned, errors) = match verified(&state, &code).await? {
        Ok(scanned) => (StatusCode::OK, Some(scanned), FormErrors::new()),
        Err((status, msg)) => (status, None, FormErrors::single("code", msg)),
    };
    page_with_status(
        status,
        &ScanPage {
            ctx,
            scanned,
            code,
            remembered: remembered(&cookie).map(|phone| phone.name),
            badge_code: String::new(),
            errors,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CheckinInput {
    /// The code on the trainee's badge; empty when checking in as the trainee this phone remembers.
    badge_code: String,
}

/// `POST /checkin/{code}`
async fn check_in(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    cookie: CookieSession,
    code: web::Path<String>,
    Form(input): Form<CheckinInput>,
) -> AppResult<HttpResponse> {
    let code = code.into_inner();
    let ip = client_ip(&req);
    let known = remembered(&cookie);
    let again = |ctx, scanned, status, msg: Msg| {
        page_with_status(
            status,
            &ScanPage {
                ctx,
                scanned,
                code: code.clone(),
                remembered: known.as_ref().map(|phone| phone.name.clone()),
                badge_code: input.badge_code.clone(),
                errors: FormErrors::single("badge_code", msg),
            },
        )
    };
    let scanned = match verified(&state, &code).await? {
        Ok(scanned) => scanned,
        Err((status, msg)) => return again(ctx, None, status, msg),
    };
    // Wrong badge codes slow down this phone, this session's check-in and (far later) this network.
    let counted = [
        Counted::browser(PublicPage::Checkin, &csrf::token(&cookie)?),
        Counted::checkin_session(scanned.session.id.0),
        Counted::public(PublicPage::Checkin, &ip),
    ];
    if state.throttle.check(&counted).is_err() {
        return again(
            ctx,
            None,
            StatusCode::TOO_MANY_REQUESTS,
            Msg::new("checkin-throttled"),
        );
    }
    let who = match (input.badge_code.trim().is_empty(), &known) {
        (true, Some(phone)) => Who::Remembered(phone.trainee, phone.link.clone()),
        _ => Who::BadgeCode(input.badge_code.clone()),
    };
    let told_by = match &who {
        Who::Remembered(_, link) => link.clone(),
        Who::BadgeCode(_) => None,
    };
    let (key, session, now) = (state.checkin_key.clone(), scanned.session.id, state.now());
    let result = state
        .db(move |conn| checkin::check_in(conn, &key, session, &who, now))
        .await;
    match result {
        Ok(done) => {
            // A badge code tells the phone who it is; a phone that checked in as it remembered keeps
            // the link that told it.
            let phone = Phone {
                trainee: done.trainee,
                name: done.name.clone(),
                link: told_by,
            };
            remember(&cookie, phone)?;
            flash_message(
                &req,
                &Msg::new("checkin-done")
                    .with("name", done.name)
                    .with("mark", done.mark.as_str())
                    .with("title", scanned.session.title.clone()),
            );
            Ok(see_other("/checkin"))
        }
        Err(AppError::Invalid(refusal)) => {
            let revoked = refusal
                .get(checkin::BADGE_CODE)
                .is_some_and(|m| m.key == "checkin-link-revoked");
            if revoked {
                forget(&cookie);
            } else if refusal.get(checkin::BADGE_CODE).is_some() {
                state.throttle.record_failure(&counted);
            }
            let msg = refusal
                .first()
                .cloned()
                .ok_or_else(|| AppError::Internal("a refusal without a message".into()))?;
            again(ctx, Some(scanned), StatusCode::UNPROCESSABLE_ENTITY, msg)
        }
        Err(other) => Err(other),
    }
}

#[derive(Template)]
#[template(path = "checkin/checked_in.html")]
struct DonePage {
    ctx: Ctx,
    remembered: Option<String>,
    /// The personal page of the link that told this phone who it is, and today's duty contact.
    linked: Option<Linked>,
}

impl DonePage {
    fn checkin_as(&self, name: &str) -> String {
        checking_in_as(&self.ctx, name)
    }
}

/// `GET /checkin`: after checking in, the notice and who this phone checks in as.
async fn done(
    state: web::Data<AppState>,
    ctx: Ctx,
    cookie: CookieSession,
) -> AppResult<HttpResponse> {
    let phone = remembered(&cookie);
    let linked = match phone.as_ref().and_then(|p| p.link.clone()) {
        Some(digest) => {
            let (vault, now) = (state.vault.clone(), state.now());
            state
                .db(move |conn| itinerary::linked(conn, &digest, &vault, now))
                .await?
        }
        None => None,
    };
    page(&DonePage {
        ctx,
        remembered: phone.map(|phone| phone.name),
        linked,
    })
}
