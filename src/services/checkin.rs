//! Self check-in: a trainee scans the code on the check-in screen and is marked present (or late) at
//! that session, once, while its window is open.

use chrono::NaiveDateTime;
use chrono_tz::Tz;

use crate::db::DbConnection;
use crate::domain::attendance::{Mark, Method};
use crate::domain::checkin::{BADGE_CODE_LEN, CheckinKey, Window, normalize_badge_code, window};
use crate::domain::ids::{CohortId, SessionId, TraineeId};
use crate::domain::schedule::kinds::SessionStatus;
use crate::domain::time::clock;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::attendance::AttendanceMark;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::enrollment::Enrollment;
use crate::models::session::Session;
use crate::services::attendance::{expected_at, record};
use crate::services::audit::{self, Actor};

/// A session a check-in code was made for, with its cohort.
pub struct Scanned {
    pub cohort: CohortListing,
    pub session: Session,
    pub zone: Tz,
}

/// The session of a verified check-in code; one that takes no attendance is not found.
pub fn scanned(conn: &mut DbConnection, id: SessionId) -> AppResult<Scanned> {
    let session = Session::by_id(conn, id)?;
    if !session.kind.takes_attendance() {
        return Err(AppError::NotFound);
    }
    let cohort = Cohort::find(conn, session.cohort_id)?;
    Ok(Scanned {
        zone: cohort.cohort.zone(),
        cohort,
        session,
    })
}

/// Who is checking in: a badge code typed, or the trainee this phone checked in as before.
pub enum Who {
    BadgeCode(String),
    /// The trainee a phone remembers, with the digest of the personal link that told it (if one did).
    Remembered(TraineeId, Option<String>),
}

/// A check-in that was recorded.
#[derive(Debug)]
pub struct CheckedIn {
    pub trainee: TraineeId,
    pub name: String,
    pub mark: Mark,
}

/// The field of the check-in form a refusal names when the badge code matched nobody (a guess, counted
/// against the address); every other refusal is about the whole check-in.
pub const BADGE_CODE: &str = "badge_code";

fn refused(msg: Msg) -> AppError {
    FormErrors::whole(msg).into()
}

/// Marks `who` present (or late) at the session, if its window is open, they are expected there and
/// not yet marked.
pub fn check_in(
    conn: &mut DbConnection,
    key: &CheckinKey,
    id: SessionId,
    who: &Who,
    now: NaiveDateTime,
) -> AppResult<CheckedIn> {
    conn.write(|conn| {
        let Scanned {
            cohort,
            session,
            zone,
        } = scanned(conn, id)?;
        if session.status == SessionStatus::Cancelled {
            return Err(refused(Msg::new("error-attendance-cancelled")));
        }
        let mark = match window(session.starts_at, now, &cohort.cohort.attendance_rules()) {
            Window::NotYet(opens) => {
                return Err(refused(
                    Msg::new("checkin-not-yet").with("time", clock(opens, zone)),
                ));
            }
            Window::Closed(closed) => {
                return Err(refused(
                    Msg::new("checkin-closed").with("time", clock(closed, zone)),
                ));
            }
            Window::Open(mark) => mark,
        };
        let trainee = match who {
            Who::BadgeCode(typed) => match badge_holder(conn, cohort.cohort.id, key, typed)? {
                Some(trainee) => trainee,
                None => {
                    let unknown = Msg::new("checkin-unknown-code");
                    return Err(FormErrors::single(BADGE_CODE, unknown).into());
                }
            },
            Who::Remembered(trainee, link) => {
                // A phone told by a personal link checks in only while that link stands.
                if let Some(link) = link {
                    let entry = Enrollment::find(conn, cohort.cohort.id, *trainee).ok();
                    let current = entry.and_then(|e| e.enrollment.itinerary_digest);
                    if current.is_none_or(|current| current != *link) {
                        let revoked = Msg::new("checkin-link-revoked");
                        return Err(FormErrors::single(BADGE_CODE, revoked).into());
                    }
                }
                *trainee
            }
        };
        let expected = expected_at(conn, cohort.cohort.id, &session)?;
        let Some(line) = expected.iter().find(|l| l.trainee_id == trainee) else {
            return Err(refused(
                Msg::new("checkin-not-expected").with("title", session.title.clone()),
            ));
        };
        let earlier = AttendanceMark::for_session(conn, id)?
            .into_iter()
            .find(|m| m.mark.trainee_id == trainee);
        if let Some(earlier) = earlier {
            return Err(refused(
                Msg::new("checkin-already")
                    .with("mark", earlier.mark.status.as_str())
                    .with("gender", line.gender.as_str())
                    .with("time", clock(earlier.mark.marked_at, zone)),
            ));
        }
        let me = Actor {
            id: None,
            name: format!("{} (QR)", line.passport_name()),
        };
        audit::acting_as(Some(me), || {
            record(conn, id, &[(trainee, mark, "")], Method::Qr, None, now)
        })?;
        Ok(CheckedIn {
            trainee,
            name: line.passport_name(),
            mark,
        })
    })
}

/// The trainee of the cohort whose badge carries the code `typed` (as typed: spaces, dashes and small
/// letters are fine).
pub fn badge_holder(
    conn: &mut DbConnection,
    cohort: CohortId,
    key: &CheckinKey,
    typed: &str,
) -> AppResult<Option<TraineeId>> {
    let typed = normalize_badge_code(typed);
    if typed.len() != BADGE_CODE_LEN {
        return Ok(None);
    }
    Ok(Enrollment::ids_by_trainee(conn, cohort)?
        .into_iter()
        .find(|(_, enrollment)| key.badge_code(*enrollment) == typed)
        .map(|(trainee, _)| trainee))
}
