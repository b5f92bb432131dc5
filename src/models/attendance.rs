//! Attendance: one mark per session and trainee, and every mark ever given in `attendance_events`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::attendance::{Mark, Method};
use crate::domain::ids::{SessionId, TraineeId, UserId};
use crate::schema::{attendance, attendance_events, users};

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
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = attendance, treat_none_as_default_value = false)]
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
#[diesel(table_name = attendance_events, treat_none_as_default_value = false)]
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
    /// Writes the marks over any earlier ones, which stay in the history: two statements for up to
    /// 500 marks, however many there are.
    pub fn save_all(conn: &mut DbConnection, marks: &[NewMark<'_>]) -> QueryResult<()> {
        use diesel::upsert::excluded;
        for chunk in marks.chunks(500) {
            let events: Vec<NewEvent> = chunk
                .iter()
                .map(|m| NewEvent {
                    session_id: m.session_id,
                    trainee_id: m.trainee_id,
                    status: m.status,
                    note: m.note,
                    method: m.method,
                    marked_by: m.marked_by,
                    marked_at: m.marked_at,
                })
                .collect();
            let upsert = || {
                diesel::insert_into(attendance::table)
                    .values(chunk)
                    .on_conflict((attendance::session_id, attendance::trainee_id))
                    .do_update()
                    .set((
                        attendance::status.eq(excluded(attendance::status)),
                        attendance::note.eq(excluded(attendance::note)),
                        attendance::method.eq(excluded(attendance::method)),
                        attendance::marked_by.eq(excluded(attendance::marked_by)),
                        attendance::marked_at.eq(excluded(attendance::marked_at)),
                    ))
            };
            let history = || diesel::insert_into(attendance_events::table).values(&events);
            // Many rows in one statement: both backends run it, but MultiConnection cannot pass it on.
            match conn {
                DbConnection::Sqlite(conn) => {
                    upsert().execute(conn)?;
                    history().execute(conn)?;
                }
                DbConnection::Postgres(conn) => {
                    upsert().execute(conn)?;
                    history().execute(conn)?;
                }
            }
        }
        Ok(())
    }
}

/// The marks of a session's attendance, and the name of whoever gave each.
#[derive(Debug, Clone, Queryable)]
pub struct MarkWithMarker {
    pub mark: AttendanceMark,
    pub marked_by_name: Option<String>,
}

/// A mark reduced to what rates need.
#[derive(Debug, Clone, Copy, Queryable)]
pub struct MarkCell {
    pub session_id: SessionId,
    pub trainee_id: TraineeId,
    pub status: Mark,
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

    /// Every mark given at these sessions, reduced to what rates need (the primary key on the session
    /// and trainee keeps this to the rows asked for).
    pub fn cells(conn: &mut DbConnection, sessions: &[SessionId]) -> QueryResult<Vec<MarkCell>> {
        attendance::table
            .filter(attendance::session_id.eq_any(sessions))
            .select((
                attendance::session_id,
                attendance::trainee_id,
                attendance::status,
            ))
            .load(conn)
    }
}
