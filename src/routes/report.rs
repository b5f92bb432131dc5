//! A cohort's report for the partner ministries, for coordinators and organizers:
//! `/cohorts/{id}/report`, `/cohorts/{id}/report.json` and each table as
//! `/cohorts/{id}/report/{table}.csv` or `.xlsx`.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::cohort::file_stem;
use crate::domain::ids::CohortId;
use crate::error::AppResult;
use crate::i18n::{Lang, Msg};
use crate::services::report::{self, CohortReport, DEFINITIONS, HoursRow, ReportTable};
use crate::sheet::FileFormat;
use crate::web::auth::Staff;
use crate::web::ctx::Ctx;
use crate::web::render::{json_response, page, table_download};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/report", web::get().to(show))
        .route("/cohorts/{id}/report.json", web::get().to(json))
        .route(
            "/cohorts/{id}/report/{table}.{format}",
            web::get().to(download),
        );
}

#[derive(Template)]
#[template(path = "report/show.html")]
struct ReportPage {
    ctx: Ctx,
    report: CohortReport,
    definitions: [(&'static str, &'static str); 6],
}

impl ReportPage {
    fn hours(&self, minutes: &i64) -> String {
        self.ctx.lang.hours(*minutes)
    }

    fn rate(&self, rate: &Option<u32>) -> String {
        rate.map_or_else(|| "—".to_owned(), |r| self.ctx.count("percent", r))
    }

    /// "12 (17 %)": a part of the participants and its share.
    fn share(&self, n: &usize) -> String {
        let total = self.report.participants.max(1);
        let percent = (*n * 100 + total / 2) / total;
        format!(
            "{} ({})",
            self.ctx.number(*n),
            self.ctx.count("percent", percent)
        )
    }

    fn threshold(&self) -> String {
        self.ctx.msg(
            &Msg::new("attendance-rule").with("threshold", self.report.cohort.completion_threshold),
        )
    }
}

async fn load(state: &AppState, id: CohortId, lang: Lang) -> AppResult<CohortReport> {
    let now = state.now();
    state
        .db(move |conn| report::load(conn, id, now, lang))
        .await
}

async fn show(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let report = load(&state, id.into_inner(), ctx.lang).await?;
    page(&ReportPage {
        ctx,
        report,
        definitions: DEFINITIONS,
    })
}

async fn json(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    json_response(&load(&state, id.into_inner(), ctx.lang).await?)
}

async fn download(
    state: web::Data<AppState>,
    _: Staff,
    ctx: Ctx,
    path: web::Path<(CohortId, ReportTable, FileFormat)>,
) -> AppResult<HttpResponse> {
    let (id, table, format) = path.into_inner();
    let report = load(&state, id, ctx.lang).await?;
    let c = &report.cohort;
    let what = format!("report-{}", table.slug());
    table_download(
        &file_stem(&c.host_city, c.starts_on, &what),
        &report.table(table, ctx.lang),
        format,
        ctx.lang,
    )
}

/// An hours table's rows: (label key, sessions, minutes).
type HoursRows = Vec<(&'static str, usize, i64)>;

fn hours_rows<K>(rows: &[HoursRow<K>]) -> HoursRows {
    rows.iter()
        .map(|h| (h.label_key, h.sessions, h.minutes))
        .collect()
}

impl ReportPage {
    /// The two hours tables, by theme and by kind.
    fn hours_tables(&self) -> [(ReportTable, HoursRows); 2] {
        [
            (ReportTable::Themes, hours_rows(&self.report.hours_by_theme)),
            (ReportTable::Kinds, hours_rows(&self.report.hours_by_kind)),
        ]
    }
}
