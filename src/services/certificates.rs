//! A certificate of completion as it is printed: the holder, the course, and its wording in Chinese and
//! the trainee's own language.

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, EnrollmentId, TraineeId};
use crate::domain::translation::{ReadingOrder, StringId, Text};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::models::certificate::Certificate;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::enrollment::{Enrollment, RosterEntry};
use crate::services::translations::{catalog, cohort_originals};

/// One language's side of a certificate.
pub struct Side {
    pub lang: Lang,
    pub title: String,
    pub body: String,
    pub serial: String,
}

/// A valid certificate ready to print.
pub struct Printable {
    pub cohort: CohortListing,
    pub entry: RosterEntry,
    pub serial: String,
    pub sides: Vec<Side>,
}

/// Chinese first, then the trainee's own language (English for a Chinese reader).
fn languages(trainee: Lang) -> [Lang; 2] {
    match trainee {
        Lang::Zh => [Lang::Zh, Lang::En],
        other => [Lang::Zh, other],
    }
}

/// The certificate of an enrollment, unless it was revoked.
fn valid(conn: &mut DbConnection, enrollment: EnrollmentId) -> AppResult<Option<Certificate>> {
    Ok(Certificate::for_enrollment(conn, enrollment)?.filter(|c| c.revoked_at.is_none()))
}

impl Printable {
    /// The certificate of the trainee behind a personal link (their own page's "certificate" link).
    pub fn by_token(conn: &mut DbConnection, token: &str) -> AppResult<Printable> {
        let entry = crate::services::itinerary::entry_by_token(conn, token)?;
        Self::load(conn, entry.enrollment.cohort_id, entry.trainee.id)
    }

    /// Whether the trainee of an enrollment holds a certificate (not revoked).
    pub fn held(conn: &mut DbConnection, enrollment: EnrollmentId) -> AppResult<bool> {
        Ok(valid(conn, enrollment)?.is_some())
    }

    /// The certificate of a trainee of `cohort`; not found when they hold none, or it was revoked.
    pub fn load(
        conn: &mut DbConnection,
        cohort: CohortId,
        trainee: TraineeId,
    ) -> AppResult<Printable> {
        let listing = Cohort::find(conn, cohort)?;
        let entry = Enrollment::find(conn, cohort, trainee)?;
        let certificate = valid(conn, entry.enrollment.id)?.ok_or(AppError::NotFound)?;
        let c = &listing.cohort;
        let texts = catalog(conn, cohort_originals(&listing))?;
        let name = entry.trainee.passport_name();
        let sides = languages(entry.trainee.language)
            .into_iter()
            .map(|lang| {
                // Each side in its own language where the course and city have one, else as written.
                let order = ReadingOrder::of(lang, None);
                let city = StringId::new(Text::HostCity, c.allocation_id.0);
                Side {
                    lang,
                    title: lang.t("certificate-title"),
                    body: lang.msg(
                        &Msg::new("certificate-body")
                            .with("name", name.clone())
                            .with(
                                "course",
                                texts.pick(
                                    StringId::new(Text::CohortName, c.id.0),
                                    &order,
                                    &c.name,
                                ),
                            )
                            .with("city", texts.pick(city, &order, &listing.host_city))
                            .with("dates", lang.date_range(c.starts_on, c.ends_on)),
                    ),
                    serial: lang.t("certificate-serial"),
                }
            })
            .collect();
        Ok(Printable {
            cohort: listing,
            entry,
            serial: certificate.serial,
            sides,
        })
    }
}
