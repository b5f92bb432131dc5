//! Trainee-facing texts in the other languages, for organizers: a session's texts
//! (`/cohorts/{id}/sessions/{session_id}/translations`, each original beside an input per language), and
//! every text of a cohort in one grid (`/cohorts/{id}/translations`, counted per language, narrowed to
//! those missing a language), downloaded as a file for a translator and the translated file uploaded
//! back (previewed, then saved all at once).

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::cohort::file_stem;
use crate::domain::ids::{CohortId, SessionId};
use crate::domain::translation::{
    Catalog, Owner, StringId, Text, VersionInput, bound_to, parse_own_versions, parse_versions,
};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Arg, Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::session::Session;
use crate::services::roster_file;
use crate::services::translation_file::{self, Change};
use crate::services::translations::{self, Confirm, Entry};
use crate::sheet::read::{MAX_BYTES, Options, ReadError};
use crate::sheet::{self, FileFormat};
use crate::web::auth::Organizer;
use crate::web::ctx::{Ctx, flash_message};
use crate::web::fields::sent;
use crate::web::form::Form;
use crate::web::render::{page, page_with_status, see_other, table_download};
use crate::web::state::AppState;
use crate::web::upload::{Upload, read_file};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/sessions/{session_id:\\d+}/translations")
            .route(web::get().to(form))
            .route(web::post().to(save)),
    )
    .service(
        web::resource("/cohorts/{id}/translations")
            .route(web::get().to(grid))
            .route(web::post().to(save_grid)),
    )
    .route(
        "/cohorts/{id}/translations.{format}",
        web::get().to(download),
    )
    .route("/cohorts/{id}/translations/upload", web::post().to(upload));
}

/// One text of the form: its original, and an input per other language.
struct Row {
    field: Text,
    original: String,
    /// (language, input name, value, written before the original last changed)
    versions: Vec<(Lang, String, String, bool)>,
}

#[derive(Template)]
#[template(path = "translations/session.html")]
struct FormPage {
    ctx: Ctx,
    cohort: CohortListing,
    session: Session,
    rows: Vec<Row>,
    errors: FormErrors,
}

impl FormPage {
    /// "Written in English; each language's version is optional…"
    fn explained(&self) -> Msg {
        Msg::new("translations-explained").with("lang", self.session.original_lang.native_name())
    }
}

/// The session, its cohort and its texts in every language.
async fn load(
    state: &AppState,
    id: CohortId,
    session: SessionId,
) -> AppResult<(CohortListing, Session, Catalog)> {
    state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let session = Session::find(conn, id, session)?;
            let texts = translations::catalog(conn, translations::session_originals(&session))?;
            Ok((cohort, session, texts))
        })
        .await
}

/// The form's rows: every text that has an original, each language's value as saved or, after a refused
/// save, as typed.
fn rows(session: &Session, texts: &Catalog, typed: &[(String, String)]) -> Vec<Row> {
    Text::of_owner(Owner::Session)
        .filter_map(|field| {
            let versions = texts.get(StringId::new(field, session.id.0))?;
            let original = versions.get(session.original_lang)?.to_owned();
            let others = Lang::ALL
                .into_iter()
                .filter(|lang| *lang != session.original_lang)
                .map(|lang| {
                    let name = field.input_name(lang);
                    let value = sent(typed, &name)
                        .or(versions.get(lang))
                        .unwrap_or_default()
                        .to_owned();
                    (lang, name, value, versions.is_stale(lang))
                })
                .collect();
            Some(Row {
                field,
                original,
                versions: others,
            })
        })
        .collect()
}

/// `GET /cohorts/{id}/sessions/{session_id}/translations`
async fn form(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
) -> AppResult<HttpResponse> {
    let (id, session) = path.into_inner();
    let (cohort, session, texts) = load(&state, id, session).await?;
    page(&FormPage {
        rows: rows(&session, &texts, &[]),
        ctx,
        cohort,
        session,
        errors: FormErrors::new(),
    })
}

/// Saves a form's versions of the cohort's texts (checked against their originals, those that stand
/// again confirmed) and says how many changed; a refused form answers its problems.
async fn save_counted(
    state: &AppState,
    req: &HttpRequest,
    cohort: CohortId,
    parsed: Result<Vec<VersionInput>, FormErrors>,
    input_name: fn(StringId, Lang) -> String,
) -> AppResult<Result<(), FormErrors>> {
    let now = state.now();
    let result = state
        .db_parsed(parsed, move |conn, versions| {
            translations::save_versions(conn, cohort, &versions, input_name, Confirm::Yes, now)
        })
        .await;
    match result {
        Ok(changed) => {
            let saved = Msg::new("flash-translations-saved").with("count", changed as i64);
            flash_message(req, &saved);
            Ok(Ok(()))
        }
        Err(AppError::Invalid(errors)) => Ok(Err(errors)),
        Err(other) => Err(other),
    }
}

/// `POST /cohorts/{id}/sessions/{session_id}/translations`: every version at once, or none.
async fn save(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(CohortId, SessionId)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let (id, session_id) = path.into_inner();
    let parsed = parse_own_versions(&fields, Owner::Session).map(|v| bound_to(v, session_id.0));
    let input_name = |string: StringId, lang: Lang| string.text.input_name(lang);
    match save_counted(&state, &req, id, parsed, input_name).await? {
        Ok(()) => Ok(see_other(&format!("/cohorts/{id}/sessions/{session_id}"))),
        Err(errors) => {
            let (cohort, session, texts) = load(&state, id, session_id).await?;
            page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage {
                    rows: rows(&session, &texts, &fields),
                    ctx,
                    cohort,
                    session,
                    errors,
                },
            )
        }
    }
}

/// The grid's narrowing: `?missing=ru` shows only the texts without a Russian version.
#[derive(Debug, Default, Deserialize)]
struct Filter {
    #[serde(default)]
    missing: String,
}

impl Filter {
    fn lang(&self) -> Option<Lang> {
        Lang::parse(&self.missing)
    }
}

/// One language's cell of a row of the grid.
struct Cell {
    lang: Lang,
    name: String,
    value: String,
    missing: bool,
    stale: bool,
}

/// One text of the grid.
struct GridRow {
    id: StringId,
    what: String,
    original_lang: Lang,
    original: String,
    /// A cell per language other than the original's.
    cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "translations/cohort.html")]
struct GridPage {
    ctx: Ctx,
    cohort: CohortListing,
    /// Per language: (language, texts found in it, all texts).
    coverage: Vec<(Lang, usize, usize)>,
    missing: Option<Lang>,
    rows: Vec<GridRow>,
    errors: FormErrors,
    /// Why an uploaded file was refused, row by row.
    upload_errors: FormErrors,
}

impl GridPage {
    fn is_filter(&self, lang: &Lang) -> bool {
        self.missing == Some(*lang)
    }

    /// "Russian: 212 of 240".
    fn coverage_line(&self, lang: &Lang, found: &usize, total: &usize) -> String {
        self.ctx.msg(
            &Msg::new("translations-coverage")
                .with("lang", lang.native_name())
                .with("found", *found as i64)
                .with("total", *total as i64),
        )
    }

    /// The problems of an uploaded file, each as "Row 5 (ru): …".
    fn upload_problems(&self) -> Vec<String> {
        self.upload_errors
            .about_form()
            .map(|m| self.ctx.msg(m))
            .into_iter()
            .chain(
                self.upload_errors
                    .lines_of(translation_file::ROWS)
                    .into_iter()
                    .map(|(row, msg)| {
                        let at = self
                            .ctx
                            .msg(&Msg::new("translations-upload-row").with("row", row as i64));
                        match msg
                            .args
                            .iter()
                            .find(|(name, _)| *name == translation_file::COLUMN)
                        {
                            Some((_, Arg::Text(lang))) => {
                                format!("{at} ({lang}): {}", self.ctx.msg(msg))
                            }
                            _ => format!("{at}: {}", self.ctx.msg(msg)),
                        }
                    }),
            )
            .collect()
    }
}

/// The cohort's texts as its page's reader names them.
async fn load_entries(
    state: &AppState,
    id: CohortId,
    lang: Lang,
) -> AppResult<(CohortListing, Vec<Entry>)> {
    let shared = state.clone();
    let timetable = state
        .db(move |conn| shared.timetables.timetable(conn, id))
        .await?;
    Ok((
        timetable.cohort.clone(),
        translations::entries(&timetable, lang),
    ))
}

/// The grid page: the texts (narrowed by `missing`), each cell as saved or, after a refused save, as typed.
fn grid_page(
    ctx: Ctx,
    cohort: CohortListing,
    entries: &[Entry],
    missing: Option<Lang>,
    typed: &[(String, String)],
    errors: FormErrors,
    upload_errors: FormErrors,
) -> GridPage {
    let coverage = Lang::ALL
        .into_iter()
        .map(|lang| {
            let found = entries.iter().filter(|e| !e.missing(lang)).count();
            (lang, found, entries.len())
        })
        .collect();
    let rows = entries
        .iter()
        .filter(|e| missing.is_none_or(|lang| e.missing(lang)))
        .map(|e| {
            let v = &e.versions;
            let cells = Lang::ALL
                .into_iter()
                .filter(|lang| *lang != v.original_lang())
                .map(|lang| {
                    let name = e.id.input_name(lang);
                    let value = sent(typed, &name)
                        .or(v.get(lang))
                        .unwrap_or_default()
                        .to_owned();
                    Cell {
                        lang,
                        name,
                        value,
                        missing: e.missing(lang),
                        stale: v.is_stale(lang),
                    }
                })
                .collect();
            GridRow {
                id: e.id,
                what: e.what.clone(),
                original_lang: v.original_lang(),
                original: v.original_text().to_owned(),
                cells,
            }
        })
        .collect();
    GridPage {
        ctx,
        cohort,
        coverage,
        missing,
        rows,
        errors,
        upload_errors,
    }
}

/// `GET /cohorts/{id}/translations`
async fn grid(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
    filter: web::Query<Filter>,
) -> AppResult<HttpResponse> {
    let (cohort, entries) = load_entries(&state, id.into_inner(), ctx.lang).await?;
    let empty = FormErrors::new;
    page(&grid_page(
        ctx,
        cohort,
        &entries,
        filter.lang(),
        &[],
        empty(),
        empty(),
    ))
}

/// Where the grid was, narrowed as it was.
fn grid_location(id: CohortId, missing: Option<Lang>) -> String {
    match missing {
        Some(lang) => format!("/cohorts/{id}/translations?missing={lang}"),
        None => format!("/cohorts/{id}/translations"),
    }
}

/// `POST /cohorts/{id}/translations`: the grid's cells (or an upload's confirmed changes), all or none.
async fn save_grid(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<CohortId>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let missing = sent(&fields, "missing").and_then(Lang::parse);
    let parsed = parse_versions(&fields, StringId::parse);
    let input_name = |string: StringId, lang: Lang| string.input_name(lang);
    match save_counted(&state, &req, id, parsed, input_name).await? {
        Ok(()) => Ok(see_other(&grid_location(id, missing))),
        Err(errors) => {
            let (cohort, entries) = load_entries(&state, id, ctx.lang).await?;
            let page = grid_page(
                ctx,
                cohort,
                &entries,
                missing,
                &fields,
                errors,
                FormErrors::new(),
            );
            page_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// `GET /cohorts/{id}/translations.csv` (or `.xlsx`): every text for a translator.
async fn download(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    path: web::Path<(CohortId, FileFormat)>,
) -> AppResult<HttpResponse> {
    let (id, format) = path.into_inner();
    let (cohort, entries) = load_entries(&state, id, ctx.lang).await?;
    table_download(
        &file_stem(&cohort.host_city, cohort.cohort.starts_on, "translations"),
        &translation_file::table(&entries, ctx.lang),
        format,
        ctx.lang,
    )
}

#[derive(Template)]
#[template(path = "translations/preview.html")]
struct PreviewPage {
    ctx: Ctx,
    cohort: CohortListing,
    file_name: String,
    changes: Vec<Change>,
}

/// `POST /cohorts/{id}/translations/upload`: a translator's file, read against the cohort's texts and
/// shown as the changes it makes (nothing saved yet); a file with any problem is refused whole, row by row.
async fn upload(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<CohortId>,
    payload: Multipart,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let read = match read_file(payload, MAX_BYTES).await? {
        Upload::File { name, bytes } => sheet::read::read(&bytes, &Options::default())
            .map(|sheet| (name, sheet))
            .map_err(|e| FormErrors::whole(roster_file::read_error(e).0)),
        Upload::TooLarge => Err(FormErrors::whole(
            roster_file::read_error(ReadError::TooLarge).0,
        )),
    };
    let (cohort, entries) = load_entries(&state, id, ctx.lang).await?;
    let proposal = read.and_then(|(name, sheet)| {
        translation_file::changes(&sheet, &entries).map(|changes| (name, changes))
    });
    match proposal {
        Ok((file_name, changes)) => page(&PreviewPage {
            ctx,
            cohort,
            file_name,
            changes,
        }),
        Err(problems) => {
            let page = grid_page(
                ctx,
                cohort,
                &entries,
                None,
                &[],
                FormErrors::new(),
                problems,
            );
            page_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}
