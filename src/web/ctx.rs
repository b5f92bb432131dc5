//! The page context every template receives: language, user, CSRF token, where the page is, and a
//! one-time notice left by the previous request.

use std::future::Future;
use std::pin::Pin;

use actix_session::SessionExt;
use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header};
use chrono::NaiveDate;

use crate::domain::audit::AuditObject;
use crate::domain::ids::{AllocationId, CommitmentId};
use crate::domain::role::Access;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Arg, Lang, Msg};
use crate::models::user::User;
use crate::web::{auth, csrf};

/// The cookie that remembers the language of visitors who are not logged in.
pub const LANG_COOKIE: &str = "lang";
const FLASH: &str = "flash";

pub struct Ctx {
    pub lang: Lang,
    pub user: Option<User>,
    pub csrf_token: String,
    /// Path and query of the current page, so the language switcher can come back to it.
    pub path: String,
    /// A notice such as "Cohort saved", shown once, in the reader's language.
    pub flash: Option<String>,
}

impl Ctx {
    pub async fn load(req: &HttpRequest) -> AppResult<Ctx> {
        let user = auth::current_user(req).await?;
        let lang = language(req, user.as_ref());
        let session = req.get_session();
        let flash: Option<Notice> = session.get(FLASH).unwrap_or(None);
        if flash.is_some() {
            session.remove(FLASH);
        }
        Ok(Ctx {
            flash: flash.map(|notice| lang.format(&notice.key, &notice.args)),
            lang,
            csrf_token: csrf::token(&session)?,
            path: req
                .uri()
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_owned(),
            user,
        })
    }

    /// A context for when the database cannot be reached: no user, language from the request only.
    pub fn anonymous(req: &HttpRequest) -> Ctx {
        Ctx {
            lang: language(req, None),
            user: None,
            csrf_token: csrf::token(&req.get_session()).unwrap_or_default(),
            path: "/".to_owned(),
            flash: None,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A translation with one numeric argument `$count` (for plural forms).
    pub fn count(&self, key: &'static str, count: impl Count) -> String {
        self.lang.msg(&Msg::new(key).with("count", count.as_i64()))
    }

    pub fn msg(&self, msg: &Msg) -> String {
        self.lang.msg(msg)
    }

    /// A value of the audit log in words (`domain::audit::readable`); `object` is its stored name.
    /// A changed field's name (see `domain::audit::field_name`).
    pub fn field_name(&self, object: &str, field: &str) -> String {
        match AuditObject::parse(object) {
            Some(object) => crate::domain::audit::field_name(object, field, self.lang),
            None => self.t(field),
        }
    }

    pub fn readable(&self, object: &str, field: &str, value: &str) -> String {
        match AuditObject::parse(object) {
            Some(object) => crate::domain::audit::readable(object, field, value, self.lang),
            None => value.to_owned(),
        }
    }

    pub fn date(&self, date: impl AsDate) -> String {
        self.lang.date(date.as_date())
    }

    pub fn date_range(&self, start: impl AsDate, end: impl AsDate) -> String {
        self.lang.date_range(start.as_date(), end.as_date())
    }

    pub fn number(&self, n: impl Count) -> String {
        self.lang.number(n.as_i64())
    }

    /// The languages offered in the switcher.
    pub fn languages(&self) -> [Lang; 3] {
        Lang::ALL
    }

    /// Whether the user may change things (organizers), to show or hide buttons.
    pub fn can_manage(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.may(Access::ManageCourses))
    }

    /// Whether the user may change what spans every course (commitments, allocations, accounts).
    pub fn can_administer(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.may(Access::Administer))
    }

    /// Whether the user sees the cohorts of this allocation (to link them or offer a new one).
    pub fn sees(&self, commitment: &CommitmentId, allocation: &AllocationId) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.scope().covers(*commitment, *allocation))
    }

    /// The asset's URL with a version, so browsers may cache it for long.
    pub fn asset(&self, name: &str) -> String {
        crate::web::assets::url(name)
    }
}

/// A whole number as templates hand it over (by value or by reference, of any integer type).
pub trait Count {
    fn as_i64(&self) -> i64;
}

macro_rules! count_for {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn as_i64(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
count_for!(i32, i64, u32, usize);

impl<T: Count + ?Sized> Count for &T {
    fn as_i64(&self) -> i64 {
        (**self).as_i64()
    }
}

/// A date as templates hand it over (by value or through any number of references).
pub trait AsDate {
    fn as_date(&self) -> NaiveDate;
}

impl AsDate for NaiveDate {
    fn as_date(&self) -> NaiveDate {
        *self
    }
}

impl<T: AsDate + ?Sized> AsDate for &T {
    fn as_date(&self) -> NaiveDate {
        (**self).as_date()
    }
}

/// A notice kept in the session until the next page shows it.
#[derive(Serialize, Deserialize)]
struct Notice {
    key: String,
    args: Vec<(String, Arg)>,
}

/// Leaves a notice (a translation key) for the next page this browser shows.
pub fn flash(req: &HttpRequest, key: &'static str) {
    flash_message(req, &Msg::new(key));
}

/// Leaves a notice with arguments for the next page this browser shows.
pub fn flash_message(req: &HttpRequest, msg: &Msg) {
    let notice = Notice {
        key: msg.key.to_owned(),
        args: msg
            .args
            .iter()
            .map(|(name, arg)| ((*name).to_owned(), arg.clone()))
            .collect(),
    };
    let _ = req.get_session().insert(FLASH, notice);
}

/// Leaves the message of a refused action (one without a form to show again) for the next page.
pub fn flash_refusal(req: &HttpRequest, refusal: &FormErrors) {
    if let Some(msg) = refusal.first() {
        flash_message(req, msg);
    }
}

/// Whether this browser's reader chose a language themselves (a saved one, or the switcher's cookie).
pub fn language_chosen(req: &HttpRequest, user: Option<&User>) -> bool {
    user.is_some_and(|u| u.language.is_some()) || req.cookie(LANG_COOKIE).is_some()
}

/// The user's saved language, else the language cookie, else `Accept-Language`, else English.
pub fn language(req: &HttpRequest, user: Option<&User>) -> Lang {
    user.and_then(|u| u.language)
        .or_else(|| req.cookie(LANG_COOKIE).and_then(|c| Lang::parse(c.value())))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

impl FromRequest for Ctx {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = AppResult<Self>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ctx::load(&req).await })
    }
}
