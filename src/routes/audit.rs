//! The audit log: `/audit` for organizers (one limited to some courses reads only their entries), filtered by kind of object, action, user, cohort and dates (the
//! whole result also as `/audit.csv` and `/audit.xlsx`). The history on each object's page is read by
//! `crate::services::history`.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

use crate::domain::audit::{AuditAction, AuditObject};
use crate::domain::ids::{CohortId, UserId};
use crate::error::AppResult;
use crate::models::audit::{AuditEntry, AuditFilter};
use crate::models::cohort::Cohort;
use crate::models::country::Country;
use crate::models::user::User;
use crate::services::history::{History, SHOWN};
use crate::sheet::FileFormat;
use crate::web::auth::Organizer;
use crate::web::ctx::Ctx;
use crate::web::render::{page, table_download};
use crate::web::state::AppState;

/// Most entries in one download of the log.
const DOWNLOADED: i64 = 100_000;
/// The `action` filter that selects every security event.
const SECURITY: &str = "security";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/audit", web::get().to(index))
        .route("/audit.{format}", web::get().to(download));
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct LogQuery {
    object: String,
    action: String,
    user: String,
    cohort: String,
    from: String,
    until: String,
    page: i64,
}

impl LogQuery {
    fn filter(&self) -> AuditFilter {
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
        AuditFilter {
            object_type: AuditObject::parse(&self.object),
            cohort_id: self.cohort.parse().ok().map(CohortId),
            within: None,
            user_id: self.user.parse().ok().map(UserId),
            actions: match self.action.as_str() {
                SECURITY => AuditAction::security(),
                action => AuditAction::parse(action).into_iter().collect(),
            },
            from: day(&self.from).map(|d| d.and_time(NaiveTime::MIN)),
            until: day(&self.until).map(|d| (d + chrono::Days::new(1)).and_time(NaiveTime::MIN)),
        }
    }

    /// The filters (and `page`, when given) as a query string: `?` and the pairs, or nothing.
    fn query(&self, page: Option<i64>) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("object", &self.object),
            ("action", &self.action),
            ("user", &self.user),
            ("cohort", &self.cohort),
            ("from", &self.from),
            ("until", &self.until),
        ] {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        if let Some(page) = page {
            query.append_pair("page", &page.to_string());
        }
        match query.finish() {
            pairs if pairs.is_empty() => pairs,
            pairs => format!("?{pairs}"),
        }
    }

    /// The filters alone, for the downloads of everything they select.
    fn filters(&self) -> String {
        self.query(None)
    }

    /// The same filters on another page of results.
    fn page_link(&self, page: i64) -> String {
        format!("/audit{}", self.query(Some(page)))
    }
}

#[derive(Template)]
#[template(path = "audit/index.html")]
struct IndexPage {
    ctx: Ctx,
    history: History,
    query: LogQuery,
    users: Vec<User>,
    objects: &'static [AuditObject],
    actions: &'static [AuditAction],
    more: bool,
}

impl IndexPage {
    fn newer(&self) -> Option<String> {
        (self.query.page > 0).then(|| self.query.page_link(self.query.page - 1))
    }

    fn older(&self) -> Option<String> {
        self.more.then(|| self.query.page_link(self.query.page + 1))
    }
}

/// `GET /audit.csv` (or `.xlsx`): every entry the filters select (up to 100,000), a line per field.
async fn download(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    format: web::Path<FileFormat>,
    query: web::Query<LogQuery>,
) -> AppResult<HttpResponse> {
    let (mut filter, scope) = (query.filter(), user.scope());
    let (entries, countries) = state
        .db(move |conn| {
            filter.within = Cohort::within(conn, scope)?;
            Ok((
                AuditEntry::list(conn, &filter, DOWNLOADED, 0)?,
                Country::all(conn)?,
            ))
        })
        .await?;
    table_download(
        "audit-log",
        &History::of(entries, ctx.lang, &countries).table(ctx.lang),
        format.into_inner(),
        ctx.lang,
    )
}

/// `GET /audit`
async fn index(
    state: web::Data<AppState>,
    Organizer(user): Organizer,
    ctx: Ctx,
    query: web::Query<LogQuery>,
) -> AppResult<HttpResponse> {
    let mut query = query.into_inner();
    query.page = query.page.max(0);
    let (mut filter, offset, scope) = (query.filter(), query.page * SHOWN, user.scope());
    let (mut entries, users, countries) = state
        .db(move |conn| {
            filter.within = Cohort::within(conn, scope)?;
            let entries = AuditEntry::list(conn, &filter, SHOWN + 1, offset)?;
            Ok((entries, User::all(conn)?, Country::all(conn)?))
        })
        .await?;
    let more = entries.len() as i64 > SHOWN;
    entries.truncate(SHOWN as usize);
    page(&IndexPage {
        history: History::of(entries, ctx.lang, &countries),
        ctx,
        query,
        users,
        objects: AuditObject::ALL,
        actions: AuditAction::ALL,
        more,
    })
}
