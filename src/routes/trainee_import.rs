//! Importing a cohort's trainees from a workbook or a CSV file: `/cohorts/{id}/trainees/import` (upload
//! and check), `/cohorts/{id}/trainees/import/{import_id}` (preview — read again with another encoding,
//! separator or sheet, or everyone as nominated — then confirm) and the template to fill in.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::ids::{CohortId, ImportId};
use crate::domain::trainee::{COLUMN_HEADINGS, REQUIRED_COLUMNS};
use crate::error::AppResult;
use crate::i18n::{Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::trainee_import::TraineeImport;
use crate::services::roster::Setting;
use crate::services::roster::Writer;
use crate::services::roster_file::{
    self, ImportOptions, Kept, MAX_BYTES, Problem, Report, describe_layout,
};
use crate::sheet::FileFormat;
use crate::sheet::read::{Layout, Options, Separator, TextEncoding};
use crate::web::auth::Organizer;
use crate::web::ctx::{Ctx, flash_message};
use crate::web::form::Form;
use crate::web::render::{page, page_with_status, see_other, table_download};
use crate::web::state::AppState;
use crate::web::upload::{Upload, read_file};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/trainees/import")
            .route(web::get().to(import_form))
            .route(web::post().to(upload)),
    )
    .route(
        "/cohorts/{id}/trainees/import/template.{format}",
        web::get().to(template),
    )
    .service(
        web::resource("/cohorts/{id}/trainees/import/{import_id:\\d+}")
            .route(web::get().to(preview))
            .route(web::post().to(confirm)),
    );
}

#[derive(Template)]
#[template(path = "trainee_import/upload.html")]
struct ImportPage {
    ctx: Ctx,
    cohort: CohortListing,
    /// Why the last file was refused, already in the reader's language.
    errors: Vec<String>,
}

impl ImportPage {
    /// Each column's name, its heading in the reader's language, and whether it is required.
    fn columns(&self) -> Vec<(&'static str, String, bool)> {
        COLUMN_HEADINGS
            .iter()
            .map(|(column, key, _)| (*column, self.ctx.t(key), REQUIRED_COLUMNS.contains(column)))
            .collect()
    }
}

async fn load_cohort(state: &AppState, id: CohortId) -> AppResult<CohortListing> {
    state.db(move |conn| Ok(Cohort::find(conn, id)?)).await
}

/// `GET /cohorts/{id}/trainees/import`
async fn import_form(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
) -> AppResult<HttpResponse> {
    let cohort = load_cohort(&state, id.into_inner()).await?;
    page(&ImportPage {
        ctx,
        cohort,
        errors: Vec::new(),
    })
}

/// `GET /cohorts/{id}/trainees/import/template.csv` (or `.xlsx`): headings in the organizer's language.
async fn template(
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, FileFormat)>,
) -> AppResult<HttpResponse> {
    let (_, format) = path.into_inner();
    table_download(
        "trainees-template",
        &roster_file::template(ctx.lang),
        format,
        ctx.lang,
    )
}

/// `POST /cohorts/{id}/trainees/import`: a file that can be read as a table is kept and previewed
/// (problems with its rows included); one that cannot is refused here with the reason.
async fn upload(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let Upload::File {
        name: file_name,
        bytes,
    } = read_file(payload, MAX_BYTES).await?
    else {
        let too_large =
            ctx.msg(&Msg::new("import-too-large").with("max", (MAX_BYTES >> 20) as i64));
        return refused(ctx, load_cohort(&state, id).await?, vec![too_large]);
    };
    let (now, vault) = (state.now(), state.vault.clone());
    let kept = state
        .db(move |conn| {
            let writer = Writer {
                by: Some(user.id),
                vault: &vault,
                now,
            };
            roster_file::keep(conn, id, &file_name, &bytes, writer)
        })
        .await?;
    match kept {
        Kept::Stored(import_id) => Ok(see_other(&format!(
            "/cohorts/{id}/trainees/import/{import_id}"
        ))),
        Kept::Unreadable { cohort, problems } => {
            let errors = describe(&problems, ctx.lang);
            refused(ctx, *cohort, errors)
        }
    }
}

/// The upload form again (422), with why the file was refused.
fn refused(ctx: Ctx, cohort: CohortListing, errors: Vec<String>) -> AppResult<HttpResponse> {
    page_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &ImportPage {
            ctx,
            cohort,
            errors,
        },
    )
}

fn describe(problems: &[Problem], lang: Lang) -> Vec<String> {
    problems.iter().map(|p| p.describe(lang)).collect()
}

/// The organizer's choices on the preview, as the query of the preview's address and the fields of its
/// forms: `encoding`, `separator`, `sheet` (1 is the first) and `nominated`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct Choices {
    encoding: String,
    separator: String,
    sheet: String,
    nominated: String,
}

impl Choices {
    fn options(&self) -> ImportOptions {
        ImportOptions {
            read: Options {
                encoding: TextEncoding::parse(&self.encoding),
                separator: Separator::parse(&self.separator),
                sheet: self
                    .sheet
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1)),
            },
            all_nominated: !self.nominated.is_empty(),
        }
    }

    /// The same choices as a query string (empty when there are none).
    fn query(&self) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("encoding", &self.encoding),
            ("separator", &self.separator),
            ("sheet", &self.sheet),
            ("nominated", &self.nominated),
        ] {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        match query.finish() {
            q if q.is_empty() => q,
            q => format!("?{q}"),
        }
    }
}

#[derive(Template)]
#[template(path = "trainee_import/preview.html")]
struct PreviewPage {
    ctx: Ctx,
    cohort: CohortListing,
    import: ImportId,
    file_name: String,
    report: Report,
    options: ImportOptions,
    errors: Vec<String>,
    warnings: Vec<String>,
    countries: Vec<Country>,
}

impl PreviewPage {
    fn new_people(&self) -> usize {
        self.report.rows.iter().filter(|r| !r.known).count()
    }

    fn country(&self, code: &str) -> String {
        Country::name_of(&self.countries, code, self.ctx.lang)
    }

    /// "Windows-1251, semicolons, 72 rows", or nothing when the file could not be read.
    fn how_read(&self) -> Option<String> {
        let layout = self.report.layout.as_ref()?;
        Some(describe_layout(
            layout,
            self.report.data_rows,
            self.ctx.lang,
        ))
    }

    fn is_text(&self) -> bool {
        !matches!(self.report.layout, Some(Layout::Workbook { .. }))
    }

    /// The encoding and separator the text was read with, or else the ones asked for.
    fn text_layout(&self) -> (Option<TextEncoding>, Option<Separator>) {
        match self.report.layout {
            Some(Layout::Text {
                encoding,
                separator,
            }) => (Some(encoding), Some(separator)),
            _ => (self.options.read.encoding, self.options.read.separator),
        }
    }

    /// The encodings to choose from, and whether each is the one in use.
    fn encodings(&self) -> Vec<(TextEncoding, bool)> {
        marked(&TextEncoding::ALL, self.text_layout().0)
    }

    fn separators(&self) -> Vec<(Separator, bool)> {
        marked(&Separator::ALL, self.text_layout().1)
    }

    /// The workbook's sheets (1 is the first), and whether each is the one read.
    fn sheets(&self) -> Vec<(usize, String, bool)> {
        match &self.report.layout {
            Some(Layout::Workbook { sheets, sheet, .. }) => sheets
                .iter()
                .enumerate()
                .map(|(i, name)| (i + 1, name.clone(), i == *sheet))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The sheet read (1 is the first), to keep it when confirming.
    fn sheet(&self) -> String {
        match &self.report.layout {
            Some(Layout::Workbook { sheet, .. }) => (sheet + 1).to_string(),
            _ => String::new(),
        }
    }

    /// The encoding and separator read with, to keep them when confirming.
    fn text_choices(&self) -> (&'static str, &'static str) {
        match &self.report.layout {
            Some(Layout::Text {
                encoding,
                separator,
            }) => (encoding.slug(), separator.slug()),
            _ => ("", ""),
        }
    }

    /// The preview's address read with `encoding`.
    fn with_encoding(&self, encoding: &TextEncoding) -> String {
        format!(
            "/cohorts/{}/trainees/import/{}?encoding={}",
            self.cohort.cohort.id,
            self.import,
            encoding.slug()
        )
    }
}

/// Each of `all`, and whether it is `current`: the options of a select.
fn marked<T: Copy + PartialEq>(all: &[T], current: Option<T>) -> Vec<(T, bool)> {
    all.iter().map(|t| (*t, Some(*t) == current)).collect()
}

/// `GET /cohorts/{id}/trainees/import/{import_id}`: what the import will create, checked again now, read
/// as the organizer chose.
async fn preview(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, ImportId)>,
    choices: web::Query<Choices>,
) -> AppResult<HttpResponse> {
    let (id, import_id) = path.into_inner();
    let options = choices.options();
    let today = state.now().date();
    let vault = state.vault.clone();
    let (setting, stored, report) = state
        .db(move |conn| {
            let stored = TraineeImport::find(conn, id, import_id)?;
            let setting = Setting::load(conn, id, today)?;
            let file = stored.file(&vault)?;
            let report = roster_file::check(conn, &setting, &file, &options, &vault, &|_, _| ())?;
            Ok((setting, stored, report))
        })
        .await?;
    page(&PreviewPage {
        errors: describe(&report.errors, ctx.lang),
        warnings: describe(&report.warnings, ctx.lang),
        countries: setting.countries,
        ctx,
        cohort: setting.cohort,
        import: import_id,
        file_name: stored.file_name,
        report,
        options,
    })
}

/// `POST /cohorts/{id}/trainees/import/{import_id}`: imports every row in one transaction, or nothing.
async fn confirm(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    req: HttpRequest,
    path: web::Path<(CohortId, ImportId)>,
    Form(choices): Form<Choices>,
) -> AppResult<HttpResponse> {
    let (id, import_id) = path.into_inner();
    let (now, vault) = (state.now(), state.vault.clone());
    let options = choices.options();
    let outcome = state
        .db(move |conn| {
            let stored = TraineeImport::find(conn, id, import_id)?;
            let writer = Writer {
                by: Some(user.id),
                vault: &vault,
                now,
            };
            let file = stored.file(&vault)?;
            let outcome = roster_file::import(conn, id, &file, &options, writer, &|_, _| ())?;
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
        // Something changed since the preview: show it again, as it was read, with the reasons.
        Err(()) => Ok(see_other(&format!(
            "/cohorts/{id}/trainees/import/{import_id}{}",
            choices.query()
        ))),
    }
}
