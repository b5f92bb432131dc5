//! A session's texts in the other languages: `/cohorts/{id}/sessions/{session_id}/translations`, a form
//! with each text's original beside an input per language, for organizers.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::domain::ids::{CohortId, SessionId};
use crate::domain::translation::{SessionText, parse_versions};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::session::Session;
use crate::services::translations::{self, SessionTexts};
use crate::web::auth::Organizer;
use crate::web::ctx::{Ctx, flash_message};
use crate::web::form::Form;
use crate::web::render::{page, page_with_status, see_other};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/cohorts/{id}/sessions/{session_id:\\d+}/translations")
            .route(web::get().to(form))
            .route(web::post().to(save)),
    );
}

/// One text of the form: its original, and an input per other language.
struct Row {
    field: SessionText,
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
) -> AppResult<(CohortListing, Session, SessionTexts)> {
    state
        .db(move |conn| {
            let cohort = Cohort::find(conn, id)?;
            let session = Session::find(conn, id, session)?;
            let mut texts = translations::session_texts(conn, std::slice::from_ref(&session))?;
            let texts = texts.remove(&session.id).unwrap_or_default();
            Ok((cohort, session, texts))
        })
        .await
}

/// The form's rows: every text that has an original, each language's value as saved or, after a refused
/// save, as typed.
fn rows(session: &Session, texts: &SessionTexts, typed: &[(String, String)]) -> Vec<Row> {
    SessionText::ALL
        .iter()
        .filter_map(|field| {
            let versions = texts.get(*field)?;
            let original = versions.get(session.original_lang)?.to_owned();
            let others = Lang::ALL
                .into_iter()
                .filter(|lang| *lang != session.original_lang)
                .map(|lang| {
                    let name = field.input_name(lang);
                    let value = typed
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_else(|| versions.get(lang).unwrap_or_default().to_owned());
                    (lang, name, value, versions.is_stale(lang))
                })
                .collect();
            Some(Row {
                field: *field,
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
    let now = state.now();
    let result = state
        .db_parsed(parse_versions(&fields), move |conn, versions| {
            translations::save_session_texts(conn, id, session_id, &versions, now)
        })
        .await;
    match result {
        Ok(changed) => {
            let saved = Msg::new("flash-translations-saved").with("count", changed as i64);
            flash_message(&req, &saved);
            Ok(see_other(&format!("/cohorts/{id}/sessions/{session_id}")))
        }
        Err(AppError::Invalid(errors)) => {
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
        Err(other) => Err(other),
    }
}
