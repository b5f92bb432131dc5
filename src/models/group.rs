//! A cohort's groups (for case studies and other parallel sessions) and their members.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, GroupId, TraineeId};
use crate::models::cohort::Cohort;
use crate::models::touched;
use crate::schema::{cohort_groups, group_members, session_groups};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cohort_groups)]
pub struct CohortGroup {
    pub id: GroupId,
    pub cohort_id: CohortId,
    pub name: String,
}

impl CohortGroup {
    pub fn for_cohort(conn: &mut DbConnection, cohort: CohortId) -> QueryResult<Vec<CohortGroup>> {
        cohort_groups::table
            .filter(cohort_groups::cohort_id.eq(cohort))
            .order((cohort_groups::name, cohort_groups::id))
            .select(CohortGroup::as_select())
            .load(conn)
    }

    /// Every (group, trainee) membership of a cohort's groups.
    pub fn memberships(
        conn: &mut DbConnection,
        cohort: CohortId,
    ) -> QueryResult<Vec<(GroupId, TraineeId)>> {
        group_members::table
            .inner_join(cohort_groups::table)
            .filter(cohort_groups::cohort_id.eq(cohort))
            .select((group_members::group_id, group_members::trainee_id))
            .load(conn)
    }

    pub fn create(conn: &mut DbConnection, cohort: CohortId, name: &str) -> QueryResult<GroupId> {
        Cohort::timetable_changed(conn, cohort)?;
        diesel::insert_into(cohort_groups::table)
            .values((
                cohort_groups::cohort_id.eq(cohort),
                cohort_groups::name.eq(name),
            ))
            .returning(cohort_groups::id)
            .get_result(conn)
    }

    pub fn rename(conn: &mut DbConnection, id: GroupId, name: &str) -> QueryResult<()> {
        conn.write(|conn| {
            let cohort = diesel::update(cohort_groups::table.find(id))
                .set(cohort_groups::name.eq(name))
                .returning(cohort_groups::cohort_id)
                .get_result(conn)?;
            Cohort::timetable_changed(conn, cohort)
        })
    }

    /// Makes `trainees` the group's members.
    pub fn set_members(
        conn: &mut DbConnection,
        id: GroupId,
        trainees: &[TraineeId],
    ) -> QueryResult<()> {
        diesel::delete(group_members::table.filter(group_members::group_id.eq(id)))
            .execute(conn)?;
        for trainee in trainees {
            diesel::insert_into(group_members::table)
                .values((
                    group_members::group_id.eq(id),
                    group_members::trainee_id.eq(trainee),
                ))
                .execute(conn)?;
        }
        Ok(())
    }

    /// How many sessions are for this group.
    pub fn sessions_using(conn: &mut DbConnection, id: GroupId) -> QueryResult<i64> {
        session_groups::table
            .filter(session_groups::group_id.eq(id))
            .count()
            .get_result(conn)
    }

    pub fn delete(conn: &mut DbConnection, cohort: CohortId, id: GroupId) -> QueryResult<()> {
        Cohort::timetable_changed(conn, cohort)?;
        touched(
            diesel::delete(
                cohort_groups::table
                    .filter(cohort_groups::cohort_id.eq(cohort))
                    .filter(cohort_groups::id.eq(id)),
            )
            .execute(conn)?,
        )
    }
}
