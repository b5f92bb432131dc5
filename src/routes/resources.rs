//! Venues, speakers and interpreters — shared by every cohort — each with a list, a page with its
//! schedule across cohorts, and a form: `/venues`, `/venues/new`, `/venues/{id}`, `/venues/{id}/edit`,
//! and the same under `/speakers` and `/interpreters`. One set of handlers serves the three kinds.

use std::fmt::Display;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use serde::de::DeserializeOwned;

use crate::db::DbConnection;
use crate::domain::audit::AuditObject;
use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::{InterpreterId, SpeakerId, VenueId};
use crate::domain::resources::{
    InterpreterDraft, InterpreterInput, LanguagePair, SpeakerDraft, SpeakerInput, VenueDraft,
    VenueInput, VenueKind, usual_pairs,
};
use crate::domain::translation::{
    Catalog, Owner, ReadingOrder, StringId, VersionInput, bound_to, parse_own_versions,
};
use crate::error::AppResult;
use crate::form_errors::FormErrors;
use crate::i18n::Lang;
use crate::models::cohort::Cohort;
use crate::models::interpreter::{Interpreter, InterpreterFields};
use crate::models::session::Uses;
use crate::models::speaker::{Speaker, SpeakerFields};
use crate::models::venue::{Venue, VenueFields};
use crate::services::audit::{self, Audited};
use crate::services::editing;
use crate::services::timetable::{self, Engagement};
use crate::services::translations::{self, Original};
use crate::web::auth::{Organizer, Staff};
use crate::web::ctx::Ctx;
use crate::web::fields::{Field, Label, SimpleForm, version_sent, with_versions};
use crate::web::form::FormFields;
use crate::web::render::{after_post, page};
use crate::web::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    routes::<Venues>(cfg);
    routes::<Speakers>(cfg);
    routes::<Interpreters>(cfg);
}

fn routes<K: Kind>(cfg: &mut web::ServiceConfig) {
    cfg.route(K::PATH, web::get().to(index::<K>))
        .route(K::PATH, web::post().to(create::<K>))
        .route(&format!("{}/new", K::PATH), web::get().to(new::<K>))
        .route(
            &format!("{}/{{id:\\d+}}", K::PATH),
            web::get().to(show::<K>),
        )
        .route(
            &format!("{}/{{id:\\d+}}", K::PATH),
            web::post().to(update::<K>),
        )
        .route(
            &format!("{}/{{id:\\d+}}/edit", K::PATH),
            web::get().to(edit::<K>),
        );
}

/// A kind of shared resource: how it is stored, shown and edited.
pub trait Kind: 'static {
    /// Where its pages live, e.g. `/venues`.
    const PATH: &'static str;
    /// Translation keys: the list's title, "new …", "edit …".
    const TITLE: &'static str;
    const NEW: &'static str;
    const EDIT: &'static str;
    type Id: Copy + Display + DeserializeOwned + Send + 'static;
    type Row: Audited + Send + 'static;
    type Input: DeserializeOwned + Default + Send + 'static;
    type Draft: Send + 'static;

    fn parse(input: &Self::Input) -> Result<Self::Draft, FormErrors>;
    fn all(conn: &mut DbConnection) -> diesel::QueryResult<Vec<Self::Row>>;
    fn find(conn: &mut DbConnection, id: Self::Id) -> diesel::QueryResult<Self::Row>;
    fn insert(
        conn: &mut DbConnection,
        draft: &Self::Draft,
        now: NaiveDateTime,
    ) -> diesel::QueryResult<Self::Id>;
    fn update(
        conn: &mut DbConnection,
        id: Self::Id,
        draft: &Self::Draft,
    ) -> diesel::QueryResult<()>;
    fn id(row: &Self::Row) -> Self::Id;
    fn name(row: &Self::Row) -> &str;
    /// Label keys and values describing a row, for its page and the list.
    fn facts(row: &Self::Row, lang: Lang) -> Vec<(&'static str, String)>;
    fn input_of(row: &Self::Row) -> Self::Input;
    fn fields(input: &Self::Input) -> Vec<Field>;
    fn uses(id: Self::Id) -> Uses;
    /// What its audit log entries are about.
    const OBJECT: AuditObject;
    /// What its texts belong to, for their other languages.
    const OWNER: Owner;
    /// Its texts a trainee reads, as saved.
    fn originals(row: &Self::Row) -> Vec<Original>;
    fn number(id: Self::Id) -> i32;
}

/// A resource as the list and its page show it.
pub struct Entry {
    pub href: String,
    pub name: String,
    pub facts: Vec<(&'static str, String)>,
}

/// A resource as a reader of `lang` names it: its name in their language where it has one (`texts`).
fn entry<K: Kind>(row: &K::Row, lang: Lang, texts: &Catalog) -> Entry {
    let name = StringId::new(K::OWNER.name_text(), K::number(K::id(row)));
    Entry {
        href: format!("{}/{}", K::PATH, K::id(row)),
        name: texts
            .pick(name, &ReadingOrder::of(lang, None), K::name(row))
            .to_owned(),
        facts: K::facts(row, lang)
            .into_iter()
            .filter(|(_, value)| !value.is_empty())
            .collect(),
    }
}

/// The resources as a reader of `lang` names them, in the order of those names.
fn entries<K: Kind>(conn: &mut DbConnection, rows: &[K::Row], lang: Lang) -> AppResult<Vec<Entry>> {
    let texts = translations::catalog(conn, rows.iter().flat_map(K::originals).collect())?;
    let mut entries: Vec<Entry> = rows.iter().map(|r| entry::<K>(r, lang, &texts)).collect();
    entries.sort_by_cached_key(|e| e.name.to_lowercase());
    Ok(entries)
}

#[derive(Template)]
#[template(path = "resources/index.html")]
struct IndexPage {
    ctx: Ctx,
    path: &'static str,
    title: &'static str,
    new: &'static str,
    entries: Vec<Entry>,
}

async fn index<K: Kind>(state: web::Data<AppState>, _: Staff, ctx: Ctx) -> AppResult<HttpResponse> {
    let lang = ctx.lang;
    let entries = state
        .db(move |conn| {
            let rows = K::all(conn)?;
            entries::<K>(conn, &rows, lang)
        })
        .await?;
    page(&IndexPage {
        ctx,
        path: K::PATH,
        title: K::TITLE,
        new: K::NEW,
        entries,
    })
}

#[derive(Template)]
#[template(path = "resources/show.html")]
struct ShowPage {
    ctx: Ctx,
    path: &'static str,
    title: &'static str,
    entry: Entry,
    engagements: Vec<Engagement>,
}

async fn show<K: Kind>(
    state: web::Data<AppState>,
    Staff(user): Staff,
    ctx: Ctx,
    id: web::Path<K::Id>,
) -> AppResult<HttpResponse> {
    let (id, lang, scope) = (id.into_inner(), ctx.lang, user.scope());
    let (entry, engagements) = state
        .db(move |conn| {
            let row = K::find(conn, id)?;
            let mut engagements = timetable::engagements(conn, K::uses(id))?;
            if let Some(within) = Cohort::within(conn, scope)? {
                engagements.retain(|g| within.contains(&g.session.cohort_id));
            }
            Ok((
                entries::<K>(conn, std::slice::from_ref(&row), lang)?.remove(0),
                engagements,
            ))
        })
        .await?;
    page(&ShowPage {
        ctx,
        path: K::PATH,
        title: K::TITLE,
        entry,
        engagements,
    })
}

/// The form, each text with its inputs in the other languages (`versions`: input name, value).
fn form<K: Kind>(
    ctx: Ctx,
    editing: Option<(K::Id, String)>,
    input: &K::Input,
    versions: &[(String, String)],
    errors: FormErrors,
) -> SimpleForm {
    let (heading, action, version) = match editing {
        Some((id, version)) => (K::EDIT, format!("{}/{id}", K::PATH), version),
        None => (K::NEW, K::PATH.to_owned(), String::new()),
    };
    SimpleForm {
        ctx,
        heading,
        back: action.clone(),
        action,
        fields: with_versions(K::fields(input), K::OWNER, versions),
        errors,
        version,
    }
}

async fn new<K: Kind>(_: Organizer, ctx: Ctx) -> AppResult<HttpResponse> {
    page(&form::<K>(
        ctx,
        None,
        &K::Input::default(),
        &[],
        FormErrors::new(),
    ))
}

/// Reads a form's versions of the kind's texts (bound to the thing once it is saved).
fn parse_with_versions<K: Kind>(
    input: &K::Input,
    fields: &[(String, String)],
) -> Result<(K::Draft, Vec<VersionInput>), FormErrors> {
    FormErrors::both(K::parse(input), parse_own_versions(fields, K::OWNER))
}

/// Saves the versions a form sent for the saved thing `row`.
fn save_versions<K: Kind>(
    conn: &mut DbConnection,
    row: &K::Row,
    versions: Vec<VersionInput>,
    now: NaiveDateTime,
) -> AppResult<()> {
    let bound = bound_to(versions, K::number(K::id(row)));
    translations::save_form_versions(conn, &row.subject(), K::originals(row), &bound, now)?;
    Ok(())
}

async fn create<K: Kind>(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    FormFields(input, fields): FormFields<K::Input>,
) -> AppResult<HttpResponse> {
    let now = state.now();
    let result = state
        .db_parsed(
            parse_with_versions::<K>(&input, &fields),
            move |conn, (draft, versions)| {
                conn.write(|conn| {
                    let id = K::insert(conn, &draft, now)?;
                    let row = K::find(conn, id)?;
                    audit::created(conn, now, &row)?;
                    save_versions::<K>(conn, &row, versions, now)?;
                    Ok(id)
                })
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |id| format!("{}/{id}", K::PATH),
        |errors| form::<K>(ctx, None, &input, &fields, errors),
    )
}

async fn edit<K: Kind>(
    state: web::Data<AppState>,
    _: Organizer,
    ctx: Ctx,
    id: web::Path<K::Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (input, versions, version) = state
        .db(move |conn| {
            let row = K::find(conn, id)?;
            let versions = translations::form_versions(conn, K::originals(&row))?;
            let version = editing::version(conn, &[(K::OBJECT, K::number(id))])?;
            Ok((K::input_of(&row), versions, version))
        })
        .await?;
    page(&form::<K>(
        ctx,
        Some((id, version)),
        &input,
        &versions,
        FormErrors::new(),
    ))
}

async fn update<K: Kind>(
    state: web::Data<AppState>,
    _: Organizer,
    req: HttpRequest,
    ctx: Ctx,
    id: web::Path<K::Id>,
    FormFields(input, fields): FormFields<K::Input>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    state
        .db(move |conn| Ok(K::find(conn, id).map(drop)?))
        .await?;
    let now = state.now();
    let sent = version_sent(&fields);
    let seen = editing::sent_version(&sent);
    let result = state
        .db_parsed(
            parse_with_versions::<K>(&input, &fields),
            move |conn, (draft, versions)| {
                editing::save(conn, &[(K::OBJECT, K::number(id))], seen, |conn| {
                    let before = K::find(conn, id)?;
                    K::update(conn, id, &draft)?;
                    let after = K::find(conn, id)?;
                    audit::updated(conn, now, &before, &after)?;
                    save_versions::<K>(conn, &after, versions, now)
                })
            },
        )
        .await;
    after_post(
        &req,
        result,
        "flash-saved",
        |()| format!("{}/{id}", K::PATH),
        |errors| form::<K>(ctx, Some((id, sent)), &input, &fields, errors),
    )
}

/// The working languages as check boxes.
pub(super) fn language_checks(chosen: &[String]) -> Field {
    Field::checks(
        "languages",
        "speaker-field-languages",
        WorkingLanguage::ALL
            .iter()
            .map(|l| (l.code().to_owned(), Label::Key(l.label_key()))),
        chosen,
    )
}

/// Language pairs such as "zh → ru" as check boxes.
pub(super) fn pair_checks(name: &'static str, label: &'static str, chosen: &[String]) -> Field {
    Field::checks(
        name,
        label,
        usual_pairs()
            .into_iter()
            .map(|p| (p.code(), Label::Pair(p.from.label_key(), p.to.label_key()))),
        chosen,
    )
}

struct Venues;

impl Kind for Venues {
    const OWNER: Owner = Owner::Venue;
    const OBJECT: AuditObject = AuditObject::Venue;
    const PATH: &'static str = "/venues";
    const TITLE: &'static str = "venues-title";
    const NEW: &'static str = "venue-new";
    const EDIT: &'static str = "venue-edit";
    type Id = VenueId;
    type Row = Venue;
    type Input = VenueInput;
    type Draft = VenueDraft;

    fn parse(input: &VenueInput) -> Result<VenueDraft, FormErrors> {
        input.parse()
    }
    fn all(conn: &mut DbConnection) -> diesel::QueryResult<Vec<Venue>> {
        Venue::all(conn)
    }
    fn find(conn: &mut DbConnection, id: VenueId) -> diesel::QueryResult<Venue> {
        Venue::find(conn, id)
    }
    fn insert(
        conn: &mut DbConnection,
        draft: &VenueDraft,
        now: NaiveDateTime,
    ) -> diesel::QueryResult<VenueId> {
        VenueFields::from_draft(draft).insert(conn, now)
    }
    fn update(conn: &mut DbConnection, id: VenueId, draft: &VenueDraft) -> diesel::QueryResult<()> {
        VenueFields::from_draft(draft).update(conn, id)
    }
    fn id(row: &Venue) -> VenueId {
        row.id
    }
    fn originals(row: &Venue) -> Vec<Original> {
        translations::venue_originals(row)
    }
    fn number(id: VenueId) -> i32 {
        id.0
    }
    fn name(row: &Venue) -> &str {
        &row.name
    }
    fn facts(row: &Venue, lang: Lang) -> Vec<(&'static str, String)> {
        vec![
            ("venue-field-kind", lang.t(row.kind.label_key())),
            ("venue-field-address", row.address.clone()),
            (
                "venue-field-capacity",
                row.capacity
                    .map(|c| lang.number(c.into()))
                    .unwrap_or_default(),
            ),
            ("venue-field-map-link", row.map_link.clone()),
        ]
    }
    fn input_of(row: &Venue) -> VenueInput {
        VenueInput {
            name: row.name.clone(),
            address: row.address.clone(),
            kind: row.kind.as_str().to_owned(),
            capacity: row.capacity.map(|c| c.to_string()).unwrap_or_default(),
            map_link: row.map_link.clone(),
        }
    }
    fn fields(input: &VenueInput) -> Vec<Field> {
        vec![
            Field::line("name", "venue-field-name", &input.name),
            Field::Select {
                name: "kind",
                label: "venue-field-kind",
                value: input.kind.clone(),
                options: VenueKind::ALL
                    .iter()
                    .map(|k| (k.as_str().to_owned(), Label::Key(k.label_key())))
                    .collect(),
            },
            Field::line("address", "venue-field-address", &input.address),
            Field::typed(
                "capacity",
                "venue-field-capacity",
                &input.capacity,
                "number",
            ),
            Field::typed("map_link", "venue-field-map-link", &input.map_link, "url"),
        ]
    }
    fn uses(id: VenueId) -> Uses {
        Uses::Venue(id)
    }
}

struct Speakers;

impl Kind for Speakers {
    const OWNER: Owner = Owner::Speaker;
    const OBJECT: AuditObject = AuditObject::Speaker;
    const PATH: &'static str = "/speakers";
    const TITLE: &'static str = "speakers-title";
    const NEW: &'static str = "speaker-new";
    const EDIT: &'static str = "speaker-edit";
    type Id = SpeakerId;
    type Row = Speaker;
    type Input = SpeakerInput;
    type Draft = SpeakerDraft;

    fn parse(input: &SpeakerInput) -> Result<SpeakerDraft, FormErrors> {
        input.parse()
    }
    fn all(conn: &mut DbConnection) -> diesel::QueryResult<Vec<Speaker>> {
        Speaker::all(conn)
    }
    fn find(conn: &mut DbConnection, id: SpeakerId) -> diesel::QueryResult<Speaker> {
        Speaker::find(conn, id)
    }
    fn insert(
        conn: &mut DbConnection,
        draft: &SpeakerDraft,
        now: NaiveDateTime,
    ) -> diesel::QueryResult<SpeakerId> {
        SpeakerFields::from_draft(draft).insert(conn, now)
    }
    fn update(
        conn: &mut DbConnection,
        id: SpeakerId,
        draft: &SpeakerDraft,
    ) -> diesel::QueryResult<()> {
        SpeakerFields::from_draft(draft).update(conn, id)
    }
    fn id(row: &Speaker) -> SpeakerId {
        row.id
    }
    fn originals(row: &Speaker) -> Vec<Original> {
        translations::speaker_originals(row)
    }
    fn number(id: SpeakerId) -> i32 {
        id.0
    }
    fn name(row: &Speaker) -> &str {
        &row.name
    }
    fn facts(row: &Speaker, lang: Lang) -> Vec<(&'static str, String)> {
        let languages = WorkingLanguage::list_from_db(&row.languages)
            .iter()
            .map(|l| lang.t(l.label_key()))
            .collect::<Vec<_>>()
            .join(", ");
        vec![
            ("speaker-field-title", row.title.clone()),
            ("speaker-field-organization", row.organization.clone()),
            ("field-email", row.email.clone()),
            ("trainee-field-phone", row.phone.clone()),
            ("speaker-field-languages", languages),
        ]
    }
    fn input_of(row: &Speaker) -> SpeakerInput {
        SpeakerInput {
            name: row.name.clone(),
            title: row.title.clone(),
            organization: row.organization.clone(),
            email: row.email.clone(),
            phone: row.phone.clone(),
            languages: WorkingLanguage::list_from_db(&row.languages)
                .iter()
                .map(|l| l.code().to_owned())
                .collect(),
        }
    }
    fn fields(input: &SpeakerInput) -> Vec<Field> {
        vec![
            Field::line("name", "speaker-field-name", &input.name),
            Field::line("title", "speaker-field-title", &input.title),
            Field::line(
                "organization",
                "speaker-field-organization",
                &input.organization,
            ),
            Field::typed("email", "field-email", &input.email, "email"),
            Field::line("phone", "trainee-field-phone", &input.phone),
            language_checks(&input.languages),
        ]
    }
    fn uses(id: SpeakerId) -> Uses {
        Uses::Speaker(id)
    }
}

struct Interpreters;

impl Kind for Interpreters {
    const OWNER: Owner = Owner::Interpreter;
    const OBJECT: AuditObject = AuditObject::Interpreter;
    const PATH: &'static str = "/interpreters";
    const TITLE: &'static str = "interpreters-title";
    const NEW: &'static str = "interpreter-new";
    const EDIT: &'static str = "interpreter-edit";
    type Id = InterpreterId;
    type Row = Interpreter;
    type Input = InterpreterInput;
    type Draft = InterpreterDraft;

    fn parse(input: &InterpreterInput) -> Result<InterpreterDraft, FormErrors> {
        input.parse()
    }
    fn all(conn: &mut DbConnection) -> diesel::QueryResult<Vec<Interpreter>> {
        Interpreter::all(conn)
    }
    fn find(conn: &mut DbConnection, id: InterpreterId) -> diesel::QueryResult<Interpreter> {
        Interpreter::find(conn, id)
    }
    fn insert(
        conn: &mut DbConnection,
        draft: &InterpreterDraft,
        now: NaiveDateTime,
    ) -> diesel::QueryResult<InterpreterId> {
        InterpreterFields::from_draft(draft).insert(conn, now)
    }
    fn update(
        conn: &mut DbConnection,
        id: InterpreterId,
        draft: &InterpreterDraft,
    ) -> diesel::QueryResult<()> {
        InterpreterFields::from_draft(draft).update(conn, id)
    }
    fn id(row: &Interpreter) -> InterpreterId {
        row.id
    }
    fn originals(row: &Interpreter) -> Vec<Original> {
        translations::interpreter_originals(row)
    }
    fn number(id: InterpreterId) -> i32 {
        id.0
    }
    fn name(row: &Interpreter) -> &str {
        &row.name
    }
    fn facts(row: &Interpreter, lang: Lang) -> Vec<(&'static str, String)> {
        let pairs = LanguagePair::list_from_db(&row.language_pairs)
            .iter()
            .map(|p| p.label(lang))
            .collect::<Vec<_>>()
            .join(", ");
        vec![
            ("interpreter-field-pairs", pairs),
            ("interpreter-field-contact", row.contact.clone()),
        ]
    }
    fn input_of(row: &Interpreter) -> InterpreterInput {
        InterpreterInput {
            name: row.name.clone(),
            language_pairs: LanguagePair::list_from_db(&row.language_pairs)
                .iter()
                .map(LanguagePair::code)
                .collect(),
            contact: row.contact.clone(),
        }
    }
    fn fields(input: &InterpreterInput) -> Vec<Field> {
        vec![
            Field::line("name", "interpreter-field-name", &input.name),
            pair_checks(
                "language_pairs",
                "interpreter-field-pairs",
                &input.language_pairs,
            ),
            Field::line("contact", "interpreter-field-contact", &input.contact),
        ]
    }
    fn uses(id: InterpreterId) -> Uses {
        Uses::Interpreter(id)
    }
}
