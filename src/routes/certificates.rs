//! Certificates of completion: the printable certificate at `/cohorts/{id}/trainees/{trainee_id}/certificate`
//! (Chinese and the trainee's language), and the public verification page at `/verify/{serial}`.

use actix_web::{HttpRequest, HttpResponse, http::StatusCode, web};
use askama::Template;

use crate::domain::ids::{CohortId, TraineeId};
use crate::error::AppResult;
use crate::models::certificate::{Certificate, Verified};
use crate::services::certificates::Printable;
use crate::web::auth::Staff;
use crate::web::ctx::Ctx;
use crate::web::render::{page, page_with_status, qr_link};
use crate::web::state::AppState;
use crate::web::throttle::{Counted, PublicPage, client_ip};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/cohorts/{id}/trainees/{trainee_id:\\d+}/certificate",
        web::get().to(certificate),
    )
    .route("/my/{token}/certificate", web::get().to(own_certificate))
    .route("/verify/{serial}", web::get().to(verify));
}

#[derive(Template)]
#[template(path = "certificates/show.html")]
struct CertificatePage {
    ctx: Ctx,
    certificate: Printable,
    link: String,
    qr: String,
}

/// `GET /cohorts/{id}/trainees/{trainee_id}/certificate`: for a trainee who completed the course.
async fn certificate(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, TraineeId)>,
) -> AppResult<HttpResponse> {
    let (id, trainee) = path.into_inner();
    let certificate = state
        .db(move |conn| Printable::load(conn, id, trainee))
        .await?;
    show(&state, ctx, certificate)
}

/// `GET /my/{token}/certificate`: the trainee's own certificate, from their personal page (anyone with
/// the link, as the page itself); none held or a wrong link answers 404.
async fn own_certificate(
    state: web::Data<AppState>,
    ctx: Ctx,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let certificate = state
        .db(move |conn| Printable::by_token(conn, &token))
        .await?;
    show(&state, ctx, certificate)
}

/// The printable certificate with its QR code to the verification page.
fn show(state: &AppState, ctx: Ctx, certificate: Printable) -> AppResult<HttpResponse> {
    let (link, qr) = qr_link(
        &state.settings.base_url,
        &format!("verify/{}", certificate.serial),
        120,
    )?;
    page(&CertificatePage {
        ctx,
        certificate,
        link,
        qr,
    })
}

#[derive(Template)]
#[template(path = "certificates/verify.html")]
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
    let counted = [Counted::public(PublicPage::Verify, &ip)];
    if state.throttle.check(&counted).is_err() {
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
        state.throttle.record_failure(&counted);
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
