//! Attendance: one mark per session and trainee, and every mark ever given in `attendance_events`.

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::attendance::{Mark, Method};
use crate::domain::ids::{CohortId, SessionId, TraineeId, UserId};
use crate::domain::schedule::{SessionKind, SessionStatus};
use crate::schema::{attendance, attendance_events, sessions, users};

/// A trainee's mark at one session, with who gave it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = attendance)]
pub struct AttendanceMark {
    pub session_id: SessionId,
    pub trainee_id: TraineeId,
    pub status: Mark,
    pub note: String,
    pub method: Method,
    pub marked_by: Option<UserId>,
    pub marked_at: NaiveDateTime,
}

/// A mark as it is written, to the current marks and to the history alike.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = attendance)]
pub struct NewMark<'a> {
    pub session_id: SessionId,
    pub trainee_id: TraineeId,
    pub status: Mark,
    pub note: &'a str,
    pub method: Method,
    pub marked_by: Option<UserId>,
    pub marked_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = attendance_events)]
struct NewEvent<'a> {
    session_id: SessionId,
    trainee_id: TraineeId,
    status: Mark,
    note: &'a str,
    method: Method,
    marked_by: Option<UserId>,
    marked_at: NaiveDateTime,
}

impl NewMark<'_> {
    /// Writes the mark over any earlier one, which stays in the history.
    pub fn save(&self, conn: &mut DbConnection) -> QueryResult<()> {
        let updated = diesel::update(attendance::table.find((self.session_id, self.trainee_id)))
            .set(self)
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(attendance::table)
                .values(self)
                .execute(conn)?;
        }
        diesel::insert_into(attendance_events::table)
            .values(NewEvent {
                session_id: self.session_id,
                trainee_id: self.trainee_id,
                status: self.status,
                note: self.note,
                method: self.method,
                marked_by: self.marked_by,
                marked_at: self.marked_at,
            })
            .execute(conn)
            .map(drop)
    }
}

/// The marks of a session's attendance, and the name of whoever gave each.
#[derive(Debug, Clone, Queryable)]
pub struct MarkWithMarker {
    pub mark: AttendanceMark,
    pub marked_by_name: Option<String>,
}

/// How many marks of one kind a trainee (or a session) has.
#[derive(Debug, Clone, Queryable)]
pub struct MarkCount<Id> {
    pub id: Id,
    pub status: Mark,
    pub count: i64,
}

/// The sessions whose marks count: the cohort's teaching sessions that were not cancelled.
macro_rules! counted_sessions {
    ($cohort:expr) => {
        sessions::cohort_id
            .eq($cohort)
            .and(sessions::status.ne(SessionStatus::Cancelled))
            .and(
                sessions::kind.eq_any(
                    SessionKind::ALL
                        .iter()
                        .copied()
                        .filter(|k| k.takes_attendance())
                        .collect::<Vec<_>>(),
                ),
            )
    };
}

impl AttendanceMark {
    pub fn for_session(
        conn: &mut DbConnection,
        session: SessionId,
    ) -> QueryResult<Vec<MarkWithMarker>> {
        attendance::table
            .left_join(users::table)
            .filter(attendance::session_id.eq(session))
            .select((AttendanceMark::as_select(), users::name.nullable()))
            .load(conn)
    }

    /// The counted marks of a cohort, by trainee and kind of mark.
    pub fn count_by_trainee(
        conn: &mut DbConnection,
        cohort: CohortId,
    ) -> QueryResult<Vec<MarkCount<TraineeId>>> {
        attendance::table
            .inner_join(sessions::table)
            .filter(counted_sessions!(cohort))
            .group_by((attendance::trainee_id, attendance::status))
            .select((attendance::trainee_id, attendance::status, count_star()))
            .load(conn)
    }

    /// How many counted marks each trainee has at sessions that ended by `now`.
    pub fn count_ended_by_trainee(
        conn: &mut DbConnection,
        cohort: CohortId,
        now: NaiveDateTime,
    ) -> QueryResult<Vec<(TraineeId, i64)>> {
        attendance::table
            .inner_join(sessions::table)
            .filter(counted_sessions!(cohort))
            .filter(sessions::ends_at.le(now))
            .group_by(attendance::trainee_id)
            .select((attendance::trainee_id, count_star()))
            .load(conn)
    }

    /// The counted marks of a cohort, by session and kind of mark.
    pub fn count_by_session(
        conn: &mut DbConnection,
        cohort: CohortId,
    ) -> QueryResult<Vec<MarkCount<SessionId>>> {
        attendance::table
            .inner_join(sessions::table)
            .filter(counted_sessions!(cohort))
            .group_by((attendance::session_id, attendance::status))
            .select((attendance::session_id, attendance::status, count_star()))
            .load(conn)
    }
}
