//! Sessions of a cohort's timetable, with what they use: speakers, interpreters, vehicles, and the groups
//! or delegations that attend (none means the whole cohort).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::cohort::WorkingLanguage;
use crate::domain::ids::{
    CohortId, DelegationId, GroupId, InterpreterId, SessionId, SpeakerId, VehicleId, VenueId,
};
use crate::domain::resources::LanguagePair;
use crate::domain::schedule::form::SessionDraft;
use crate::domain::schedule::kinds::{SessionKind, SessionStatus, Theme};
use crate::domain::time::Zone;
use crate::domain::translation::Text;
use crate::i18n::Lang;
use crate::models::cohort::Cohort;
use crate::models::touched;
use crate::schema::{
    cohorts, session_delegations, session_groups, session_interpreters, session_speakers,
    session_vehicles, sessions,
};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = sessions)]
pub struct Session {
    pub id: SessionId,
    pub cohort_id: CohortId,
    pub kind: SessionKind,
    pub title: String,
    pub description: String,
    pub theme: Theme,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub venue_id: Option<VenueId>,
    pub room: String,
    pub languages: String,
    pub interpretation: String,
    pub status: SessionStatus,
    pub host_organization: String,
    pub host_contact: String,
    pub address: String,
    pub departure_point: String,
    pub departs_at: Option<NaiveDateTime>,
    pub returns_at: Option<NaiveDateTime>,
    pub what_to_bring: String,
    pub materials_link: String,
    /// The name of the uploaded materials file, in the files folder ("" when none).
    pub materials_file: String,
    /// Grows with every change (calendar feeds tell subscribers which version they have).
    pub revision: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The language its texts were written in (their other languages are in `translations`).
    pub original_lang: Lang,
}

impl Session {
    /// One of its texts a trainee reads, in its original language (empty for another owner's text).
    pub fn text(&self, text: Text) -> &str {
        match text {
            Text::SessionTitle => &self.title,
            Text::SessionDescription => &self.description,
            Text::SessionRoom => &self.room,
            Text::SessionAddress => &self.address,
            Text::SessionDeparturePoint => &self.departure_point,
            Text::SessionWhatToBring => &self.what_to_bring,
            Text::SessionHostOrganization => &self.host_organization,
            Text::SessionHostContact => &self.host_contact,
            _ => "",
        }
    }

    pub fn languages(&self) -> Vec<WorkingLanguage> {
        WorkingLanguage::list_from_db(&self.languages)
    }

    pub fn interpretation(&self) -> Vec<LanguagePair> {
        LanguagePair::list_from_db(&self.interpretation)
    }
}

/// The columns the session form sets, for both insert and update.
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = sessions, treat_none_as_null = true)]
pub struct SessionFields<'a> {
    pub cohort_id: CohortId,
    pub kind: SessionKind,
    pub title: &'a str,
    pub description: &'a str,
    pub theme: Theme,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub venue_id: Option<VenueId>,
    pub room: &'a str,
    pub languages: String,
    pub interpretation: String,
    pub status: SessionStatus,
    pub host_organization: &'a str,
    pub host_contact: &'a str,
    pub address: &'a str,
    pub departure_point: &'a str,
    pub departs_at: Option<NaiveDateTime>,
    pub returns_at: Option<NaiveDateTime>,
    pub what_to_bring: &'a str,
    pub materials_link: &'a str,
    pub updated_at: NaiveDateTime,
}

impl<'a> SessionFields<'a> {
    pub fn from_draft(draft: &'a SessionDraft, cohort_id: CohortId, now: NaiveDateTime) -> Self {
        Self {
            cohort_id,
            kind: draft.kind,
            title: &draft.title,
            description: &draft.description,
            theme: draft.theme,
            starts_at: draft.slot.start,
            ends_at: draft.slot.end,
            venue_id: draft.venue,
            room: &draft.room,
            languages: WorkingLanguage::list_to_db(&draft.languages),
            interpretation: LanguagePair::list_to_db(&draft.interpretation),
            status: draft.status,
            host_organization: &draft.host_organization,
            host_contact: &draft.host_contact,
            address: &draft.address,
            departure_point: &draft.departure_point,
            departs_at: draft.departs_at,
            returns_at: draft.returns_at,
            what_to_bring: &draft.what_to_bring,
            materials_link: &draft.materials_link,
            updated_at: now,
        }
    }

    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<SessionId> {
        Cohort::timetable_changed(conn, self.cohort_id)?;
        diesel::insert_into(sessions::table)
            .values((self, sessions::created_at.eq(self.updated_at)))
            .returning(sessions::id)
            .get_result(conn)
    }

    /// Saves the changes and counts a new revision.
    pub fn update(&self, conn: &mut DbConnection, id: SessionId) -> QueryResult<()> {
        Cohort::timetable_changed(conn, self.cohort_id)?;
        touched(
            diesel::update(sessions::table.find(id))
                .set((self, sessions::revision.eq(sessions::revision + 1)))
                .execute(conn)?,
        )
    }
}

/// What a session uses and who attends it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionLinks {
    pub speakers: Vec<SpeakerId>,
    pub interpreters: Vec<InterpreterId>,
    pub vehicles: Vec<VehicleId>,
    pub groups: Vec<GroupId>,
    pub delegations: Vec<DelegationId>,
}

impl SessionLinks {
    pub fn from_draft(draft: &SessionDraft) -> Self {
        Self {
            speakers: draft.speakers.clone(),
            interpreters: draft.interpreters.clone(),
            vehicles: draft.vehicles.clone(),
            groups: draft.groups.clone(),
            delegations: draft.delegations.clone(),
        }
    }

    /// Replaces what a session uses with these.
    pub fn save(&self, conn: &mut DbConnection, id: SessionId) -> QueryResult<()> {
        macro_rules! replace {
            ($table:ident, $column:ident, $values:expr) => {
                diesel::delete($table::table.filter($table::session_id.eq(id))).execute(conn)?;
                for value in $values {
                    diesel::insert_into($table::table)
                        .values(($table::session_id.eq(id), $table::$column.eq(value)))
                        .execute(conn)?;
                }
            };
        }
        replace!(session_speakers, speaker_id, &self.speakers);
        replace!(session_interpreters, interpreter_id, &self.interpreters);
        replace!(session_vehicles, vehicle_id, &self.vehicles);
        replace!(session_groups, group_id, &self.groups);
        replace!(session_delegations, delegation_id, &self.delegations);
        Ok(())
    }

    /// The links of each of these sessions (sessions without any are missing from the map), in one query.
    pub fn load(
        conn: &mut DbConnection,
        ids: &[SessionId],
    ) -> QueryResult<HashMap<SessionId, SessionLinks>> {
        use diesel::dsl::AsExprOf;
        use diesel::sql_types::Integer;
        // Which table a row came from.
        const SPEAKER: i32 = 0;
        const INTERPRETER: i32 = 1;
        const VEHICLE: i32 = 2;
        const GROUP: i32 = 3;
        const DELEGATION: i32 = 4;
        let tag = |kind: i32| -> AsExprOf<i32, Integer> { kind.into_sql::<Integer>() };

        let mut links: HashMap<SessionId, SessionLinks> = HashMap::new();
        for chunk in ids.chunks(500) {
            let query = || {
                session_speakers::table
                    .filter(session_speakers::session_id.eq_any(chunk))
                    .select((
                        session_speakers::session_id,
                        tag(SPEAKER),
                        session_speakers::speaker_id,
                    ))
                    .union_all(
                        session_interpreters::table
                            .filter(session_interpreters::session_id.eq_any(chunk))
                            .select((
                                session_interpreters::session_id,
                                tag(INTERPRETER),
                                session_interpreters::interpreter_id,
                            )),
                    )
                    .union_all(
                        session_vehicles::table
                            .filter(session_vehicles::session_id.eq_any(chunk))
                            .select((
                                session_vehicles::session_id,
                                tag(VEHICLE),
                                session_vehicles::vehicle_id,
                            )),
                    )
                    .union_all(
                        session_groups::table
                            .filter(session_groups::session_id.eq_any(chunk))
                            .select((
                                session_groups::session_id,
                                tag(GROUP),
                                session_groups::group_id,
                            )),
                    )
                    .union_all(
                        session_delegations::table
                            .filter(session_delegations::session_id.eq_any(chunk))
                            .select((
                                session_delegations::session_id,
                                tag(DELEGATION),
                                session_delegations::delegation_id,
                            )),
                    )
            };
            // The combined query is one both backends run, but not one MultiConnection can pass on.
            let rows: Vec<(SessionId, i32, i32)> = match conn {
                DbConnection::Sqlite(conn) => query().load(conn)?,
                DbConnection::Postgres(conn) => query().load(conn)?,
            };
            for (session, kind, value) in rows {
                let entry = links.entry(session).or_default();
                match kind {
                    SPEAKER => entry.speakers.push(SpeakerId(value)),
                    INTERPRETER => entry.interpreters.push(InterpreterId(value)),
                    VEHICLE => entry.vehicles.push(VehicleId(value)),
                    GROUP => entry.groups.push(GroupId(value)),
                    _ => entry.delegations.push(DelegationId(value)),
                }
            }
        }
        Ok(links)
    }
}

/// A session with the name of its cohort, for schedules that span cohorts.
#[derive(Debug, Clone, Queryable)]
pub struct SessionInCohort {
    pub session: Session,
    pub cohort_name: String,
    pub time_zone: Zone,
}

impl Session {
    pub fn find(conn: &mut DbConnection, cohort: CohortId, id: SessionId) -> QueryResult<Session> {
        sessions::table
            .filter(sessions::cohort_id.eq(cohort))
            .filter(sessions::id.eq(id))
            .select(Session::as_select())
            .first(conn)
    }

    /// A session of any cohort.
    pub fn by_id(conn: &mut DbConnection, id: SessionId) -> QueryResult<Session> {
        sessions::table
            .find(id)
            .select(Session::as_select())
            .first(conn)
    }

    /// A cohort's sessions, in time order.
    /// A session's cohort and title, for naming it in the audit log.
    pub fn cohort_and_title(
        conn: &mut DbConnection,
        id: SessionId,
    ) -> QueryResult<(CohortId, String)> {
        sessions::table
            .find(id)
            .select((sessions::cohort_id, sessions::title))
            .first(conn)
    }

    pub fn for_cohort(conn: &mut DbConnection, cohort: CohortId) -> QueryResult<Vec<Session>> {
        sessions::table
            .filter(sessions::cohort_id.eq(cohort))
            .order((sessions::starts_at, sessions::ends_at, sessions::id))
            .select(Session::as_select())
            .load(conn)
    }

    /// A cohort's sessions starting from `from` until before `until` (the index on the cohort and
    /// `starts_at` keeps this to the rows asked for).
    pub fn for_cohort_between(
        conn: &mut DbConnection,
        cohort: CohortId,
        from: NaiveDateTime,
        until: NaiveDateTime,
    ) -> QueryResult<Vec<Session>> {
        sessions::table
            .filter(sessions::cohort_id.eq(cohort))
            .filter(sessions::starts_at.ge(from))
            .filter(sessions::starts_at.lt(until))
            .order((sessions::starts_at, sessions::ends_at, sessions::id))
            .select(Session::as_select())
            .load(conn)
    }

    /// Sessions not cancelled that start after `from` and before `until`, in any cohort (the index on
    /// `starts_at` keeps this quick whatever the number of sessions).
    pub fn starting_between(
        conn: &mut DbConnection,
        from: NaiveDateTime,
        until: NaiveDateTime,
    ) -> QueryResult<Vec<SessionInCohort>> {
        sessions::table
            .inner_join(cohorts::table)
            .filter(sessions::starts_at.gt(from))
            .filter(sessions::starts_at.lt(until))
            .filter(sessions::status.ne(SessionStatus::Cancelled))
            .select((Session::as_select(), cohorts::name, cohorts::time_zone))
            .load(conn)
    }

    /// The sessions, in any cohort, that use something: a venue, a speaker or an interpreter.
    pub fn using(conn: &mut DbConnection, uses: Uses) -> QueryResult<Vec<SessionInCohort>> {
        let query = sessions::table
            .inner_join(cohorts::table)
            .order((sessions::starts_at, sessions::id))
            .select((Session::as_select(), cohorts::name, cohorts::time_zone))
            .into_boxed();
        match uses {
            Uses::Venue(id) => query.filter(sessions::venue_id.eq(id)).load(conn),
            Uses::Speaker(id) => query
                .filter(
                    sessions::id.eq_any(
                        session_speakers::table
                            .filter(session_speakers::speaker_id.eq(id))
                            .select(session_speakers::session_id),
                    ),
                )
                .load(conn),
            Uses::Interpreter(id) => query
                .filter(
                    sessions::id.eq_any(
                        session_interpreters::table
                            .filter(session_interpreters::interpreter_id.eq(id))
                            .select(session_interpreters::session_id),
                    ),
                )
                .load(conn),
        }
    }

    /// Changes a session's status (a new revision).
    pub fn set_status(
        conn: &mut DbConnection,
        id: SessionId,
        status: SessionStatus,
        now: NaiveDateTime,
    ) -> QueryResult<()> {
        conn.write(|conn| {
            let cohort = diesel::update(sessions::table.find(id))
                .set((
                    sessions::status.eq(status),
                    sessions::updated_at.eq(now),
                    sessions::revision.eq(sessions::revision + 1),
                ))
                .returning(sessions::cohort_id)
                .get_result(conn)?;
            Cohort::timetable_changed(conn, cohort)
        })
    }

    /// Sets the language its texts are written in.
    pub fn set_original_lang(
        conn: &mut DbConnection,
        id: SessionId,
        lang: Lang,
    ) -> QueryResult<()> {
        diesel::update(sessions::table.find(id))
            .set(sessions::original_lang.eq(lang))
            .execute(conn)
            .map(drop)
    }

    /// Counts a new revision of what the session says (a text in another language changed), so that
    /// calendars take it.
    pub fn revised(conn: &mut DbConnection, id: SessionId, now: NaiveDateTime) -> QueryResult<()> {
        conn.write(|conn| {
            let cohort = diesel::update(sessions::table.find(id))
                .set((
                    sessions::updated_at.eq(now),
                    sessions::revision.eq(sessions::revision + 1),
                ))
                .returning(sessions::cohort_id)
                .get_result(conn)?;
            Cohort::timetable_changed(conn, cohort)
        })
    }

    pub fn set_materials_file(
        conn: &mut DbConnection,
        id: SessionId,
        file: &str,
    ) -> QueryResult<()> {
        conn.write(|conn| {
            let cohort = diesel::update(sessions::table.find(id))
                .set((
                    sessions::materials_file.eq(file),
                    sessions::revision.eq(sessions::revision + 1),
                ))
                .returning(sessions::cohort_id)
                .get_result(conn)?;
            Cohort::timetable_changed(conn, cohort)
        })
    }
}

/// What a schedule across cohorts is about.
#[derive(Debug, Clone, Copy)]
pub enum Uses {
    Venue(VenueId),
    Speaker(SpeakerId),
    Interpreter(InterpreterId),
}
