//! Importing a cohort's trainees from a CSV file: `/cohorts/{id}/trainees/import` (upload and check),
//! `/cohorts/{id}/trainees/import/{import_id}` (preview, then confirm) and the template to fill in.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::StreamExt;

use crate::domain::ids::{CohortId, ImportId};
use crate::domain::trainee::{COLUMNS, REQUIRED_COLUMNS};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::trainee_import::{NewTraineeImport, TraineeImport};
use crate::routes::trainees::{CountryNames, csv_download, setting};
use crate::services::roster::Setting;
use crate::services::roster_csv::{self, MAX_BYTES, Report};
use crate::web::auth::Organizer;
use crate::web::ctx::{Ctx, flash_message};
use crate::web::render::{page, page_with_status, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/trainees/import", web::get().to(import_form))
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
        );
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
