//! Progress against a commitment, for coordinators and organizers:
//! `/progress` (the first open commitment's), `/commitments/{id}/progress`,
//! `/commitments/{id}/progress.json`, each table as `/commitments/{id}/progress/{table}.csv` or `.xlsx`,
//! and every enrollment at `/exports/enrollments.csv` and `.xlsx`.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::chart::{Bars, BurnUp};
use crate::domain::ids::CommitmentId;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::models::commitment::Commitment;
use crate::services::export;
use crate::services::progress::{self, DEFINITIONS, Progress, Table};
use crate::sheet::FileFormat;
use crate::web::auth::Staff;
use crate::web::ctx::Ctx;
use crate::web::render::{attachment, json_response, page, see_other, table_download};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/progress", web::get().to(first))
        .route("/commitments/{id}/progress", web::get().to(show))
        .route("/commitments/{id}/progress.json", web::get().to(json))
        .route(
            "/commitments/{id}/progress/{table}.{format}",
            web::get().to(download),
        )
        .route("/exports/enrollments.{format}", web::get().to(enrollments));
}

#[derive(Template)]
#[template(path = "progress/show.html")]
struct ProgressPage {
    ctx: Ctx,
    progress: Progress,
    burn_up: BurnUp,
    cities: Bars,
    countries: Bars,
    tables: [Table; 5],
    definitions: [(&'static str, &'static str); 11],
}

/// `GET /progress`: the progress of the open commitment that started last (the dashboard when there is
/// none).
async fn first(state: web::Data<AppState>, Staff(user): Staff) -> AppResult<HttpResponse> {
    let scope = user.scope();
    let commitments = state
        .db(move |conn| Ok(Commitment::list(conn, false, scope)?))
        .await?;
    Ok(match commitments.iter().max_by_key(|c| c.starts_on) {
        Some(c) => see_other(&format!("/commitments/{}/progress", c.id)),
        None => see_other("/"),
    })
}

async fn load(state: &AppState, id: CommitmentId, lang: Lang) -> AppResult<Progress> {
    let today = state.now().date();
    state
        .db(move |conn| progress::load(conn, id, today, lang))
        .await
}

async fn show(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CommitmentId>,
) -> AppResult<HttpResponse> {
    let progress = load(&state, id.into_inner(), ctx.lang).await?;
    page(&ProgressPage {
        ctx,
        burn_up: progress.burn_up(),
        cities: progress.city_bars(),
        countries: progress.country_bars(),
        progress,
        tables: Table::ALL,
        definitions: DEFINITIONS,
    })
}

/// `GET /commitments/{id}/progress.json`: the page's figures, country names in the reader's language.
async fn json(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CommitmentId>,
) -> AppResult<HttpResponse> {
    let progress = load(&state, id.into_inner(), ctx.lang).await?;
    json_response(&progress)
}

async fn download(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CommitmentId, Table, FileFormat)>,
) -> AppResult<HttpResponse> {
    let (id, table, format) = path.into_inner();
    let progress = load(&state, id, ctx.lang).await?;
    table_download(
        &format!("commitment-{id}-{}", table.slug()),
        &progress.table(table, ctx.lang),
        format,
        ctx.lang,
    )
}

impl ProgressPage {
    /// Where the page's CSV files are.
    fn base(&self) -> String {
        format!("/commitments/{}/progress", self.progress.commitment.id)
    }

    fn as_of(&self) -> Msg {
        Msg::new("progress-as-of").with("date", self.progress.today)
    }

    fn burn_up_summary(&self) -> Msg {
        let p = &self.progress;
        let n = |v: i64| self.ctx.number(v);
        Msg::new("progress-burn-up-summary")
            .with("delivered", n(p.total.delivered))
            .with("target", n(p.commitment.target))
            .with("projected", n(p.projected))
            .with("deadline", p.commitment.ends_on)
    }
}

/// `GET /exports/enrollments.csv` (or `.xlsx`): every enrollment, produced a page at a time as it is read,
/// so the server's memory stays the same however many there are (at most a few pieces wait in the
/// channel).
async fn enrollments(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
    format: web::Path<FileFormat>,
) -> AppResult<HttpResponse> {
    let format = format.into_inner();
    let (sender, receiver) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
    let (pool, lang, scope) = (state.pool.clone(), ctx.lang, user.scope());
    tokio::task::spawn_blocking(move || {
        let written = pool.get().map_err(AppError::from).and_then(|mut conn| {
            export::enrollments(&mut conn, scope, lang, format, &mut |chunk| {
                sender.blocking_send(chunk).is_ok()
            })
        });
        if let Err(error) = written {
            tracing::error!(%error, "the enrollment export stopped");
        }
    });
    let body = futures_util::stream::unfold(receiver, |mut receiver| async move {
        let chunk = receiver.recv().await?;
        Some((Ok::<_, AppError>(web::Bytes::from(chunk)), receiver))
    });
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header(attachment(&format!("enrollments.{}", format.extension())))
        .streaming(body))
}
