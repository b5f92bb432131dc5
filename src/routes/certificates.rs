//! Certificates of completion: the printable certificate at `/cohorts/{id}/trainees/{trainee_id}/certificate`
//! (Chinese and the trainee's language), and the public verification page at `/verify/{serial}`.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;

use crate::domain::ids::{CohortId, TraineeId};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::models::certificate::{Certificate, Verified};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::enrollment::{Enrollment, RosterEntry};
use crate::web::auth::Staff;
use crate::web::ctx::Ctx;
use crate::web::render::{page, page_with_status, qr_link};
use crate::web::state::AppState;
use crate::web::throttle::{PublicPage, client_ip};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/cohorts/{id}/trainees/{trainee_id:\\d+}/certificate",
        web::get().to(certificate),
    )
    .route("/verify/{serial}", web::get().to(verify));
}

/// One language's side of a certificate.
struct Side {
    lang: Lang,
    title: String,
    body: String,
    serial: String,
}

#[derive(Template)]
#[template(path = "attendance/certificate.html")]
struct CertificatePage {
    ctx: Ctx,
    cohort: CohortListing,
    entry: RosterEntry,
    serial: String,
    sides: Vec<Side>,
    link: String,
    qr: String,
}

/// Chinese first, then the trainee's own language (English for a Chinese reader).
fn languages(trainee: Lang) -> [Lang; 2] {
    match trainee {
        Lang::Zh => [Lang::Zh, Lang::En],
        other => [Lang::Zh, other],
    }
}

/// `GET /cohorts/{id}/trainees/{trainee_id}/certificate`: for a trainee who completed the course.
async fn certificate(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    let (id, trainee) = path.into_inner();
    let (cohort, entry, certificate) = state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let entry = Enrollment::find(conn, id, trainee)?;
            let certificate = Certificate::for_enrollment(conn, entry.enrollment.id)?
                .filter(|c| c.revoked_at.is_none())
                .ok_or(AppError::NotFound)?;
            Ok((cohort, entry, certificate))
        })
        .await?;
    let (link, qr) = qr_link(
        &state.settings.base_url,
        &format!("verify/{}", certificate.serial),
        120,
    )?;
    let c = &cohort.cohort;
    let name = entry.trainee.passport_name();
    let sides = languages(entry.trainee.language)
        .into_iter()
        .map(|lang| Side {
            lang,
            title: lang.t("certificate-title"),
            body: lang.msg(
                &Msg::new("certificate-body")
                    .with("name", name.clone())
                    .with("course", c.name.clone())
                    .with("city", cohort.host_city.clone())
                    .with("dates", lang.date_range(c.starts_on, c.ends_on)),
            ),
            serial: lang.t("certificate-serial"),
        })
        .collect();
    page(&CertificatePage {
        ctx,
        serial: certificate.serial,
        cohort,
        entry,
        sides,
        link,
        qr,
    })
}

#[derive(Template)]
#[template(path = "attendance/verify.html")]
struct VerifyPage {
    ctx: Ctx,
    serial: String,
    verified: Option<Verified>,
    throttled: bool,
}

/// `GET /verify/{serial}`: public. Confirms a certificate's name, course, dates and serial — nothing else;
/// an unknown or revoked serial answers 404, and an address that tries too many is refused for a while.
async fn verify(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    serial: web::Path<String>,
) -> AppResult<HttpResponse> {
    let serial = serial.into_inner();
    let ip = client_ip(&req);
    if state
        .throttle
        .check_public(PublicPage::Verify, &ip)
        .is_err()
    {
        return page_with_status(
            StatusCode::TOO_MANY_REQUESTS,
            &VerifyPage {
                ctx,
                serial,
                verified: None,
                throttled: true,
            },
        );
    }
    let wanted = serial.trim().to_uppercase();
    let verified = state
        .db(move |conn| Ok(Certificate::verify(conn, &wanted)?))
        .await?;
    let status = if verified.is_some() {
        StatusCode::OK
    } else {
        state
            .throttle
            .record_public_failure(PublicPage::Verify, &ip);
        StatusCode::NOT_FOUND
    };
    page_with_status(
        status,
        &VerifyPage {
            ctx,
            serial,
            verified,
            throttled: false,
        },
    )
}
