//! A demo course's attendance, for every teaching session that has ended: nearly everyone there, a few
//! late, two officials excused for official duty, and one who missed too much to complete.

use chrono::{Duration, NaiveDateTime};

use crate::db::DbConnection;
use crate::domain::attendance::{Mark, Method};
use crate::domain::ids::{CohortId, UserId};
use crate::domain::schedule::kinds::{SessionKind, SessionStatus};
use crate::error::{AppError, AppResult};
use crate::models::attendance::NewMark;
use crate::models::enrollment::Enrollment;
use crate::models::session::Session;
use crate::services::attendance;

/// The course days on which the trainee who fell behind missed every session.
const BEHIND_DAYS: [u32; 3] = [2, 3, 4];
/// The trainees (in roster order) excused for official duty, and the course day they missed.
const EXCUSED: [(usize, u32); 2] = [(3, 5), (25, 5)];

/// Marks the ended sessions of `cohort`; `behind` is the trainee (in roster order) who fell behind.
pub fn load(
    conn: &mut DbConnection,
    cohort: CohortId,
    organizer: UserId,
    behind: usize,
    now: NaiveDateTime,
) -> AppResult<()> {
    let sessions: Vec<Session> = Session::for_cohort(conn, cohort)?
        .into_iter()
        .filter(|s| {
            s.kind.takes_attendance() && s.status != SessionStatus::Cancelled && s.ends_at <= now
        })
        .collect();
    let Some(first) = sessions.first().map(|s| s.starts_at.date()) else {
        return Ok(());
    };
    let roster = Enrollment::roster_lines(conn, cohort)?;
    let nth = |n: usize| roster.get(n).map(|l| l.trainee_id);
    let behind = nth(behind);
    let excused: Vec<_> = EXCUSED.iter().map(|(n, day)| (nth(*n), *day)).collect();
    for session in &sessions {
        let day = u32::try_from((session.starts_at.date() - first).num_days()).unwrap_or(0) + 1;
        let call = attendance::roll_call(conn, cohort, session.id)?;
        let expected = call.delegations.iter().flat_map(|(_, lines)| lines);
        let mut marks = Vec::new();
        for line in expected {
            let trainee = line.line.trainee_id;
            let (status, note) = if Some(trainee) == behind && BEHIND_DAYS.contains(&day) {
                (Mark::Absent, "")
            } else if excused.contains(&(Some(trainee), day)) {
                (
                    Mark::Excused,
                    "Official duty: meeting at the consulate in Shanghai",
                )
            } else if (trainee.0 * 31 + session.id.0 * 17) % 37 == 0 {
                (Mark::Late, "")
            } else {
                (Mark::Present, "")
            };
            let method = if session.kind == SessionKind::SiteVisit {
                Method::Bus
            } else {
                Method::RollCall
            };
            marks.push(NewMark {
                session_id: session.id,
                trainee_id: trainee,
                status,
                note,
                method,
                marked_by: Some(organizer),
                marked_at: session.starts_at + Duration::minutes(10),
            });
        }
        NewMark::save_all(conn, &marks)?;
    }
    // Once the course is over, the trainee who fell behind is not among those who completed it.
    match attendance::confirm_completions(conn, cohort, organizer, now) {
        Err(AppError::Invalid(_)) => {
            tracing::debug!("the demo course is still running: completions left to confirm");
            Ok(())
        }
        other => other.map(drop),
    }
}
