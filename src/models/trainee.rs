//! Trainees: people nominated for a course, who may take part in several cohorts.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::trainee::{Gender, TraineeDraft};
use crate::i18n::Lang;
use crate::models::cohort::Cohort;
use crate::schema::{enrollments, trainees};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = trainees)]
pub struct Trainee {
    pub id: TraineeId,
    pub family_name: String,
    pub given_name: String,
    pub native_name: String,
    pub gender: Gender,
    pub date_of_birth: Option<NaiveDate>,
    pub country_code: String,
    pub organization: String,
    pub position: String,
    pub email: Option<String>,
    pub phone: String,
    pub language: Lang,
    pub dietary: String,
    pub accessibility: String,
    pub passport_number: Option<String>,
    pub passport_expiry: Option<NaiveDate>,
    pub notes: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// The columns the trainee form sets, for both insert and update (an emptied field becomes NULL).
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = trainees, treat_none_as_null = true)]
pub struct TraineeFields<'a> {
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub native_name: &'a str,
    pub gender: Gender,
    pub date_of_birth: Option<NaiveDate>,
    pub country_code: &'a str,
    pub organization: &'a str,
    pub position: &'a str,
    pub email: Option<&'a str>,
    pub phone: &'a str,
    pub language: Lang,
    pub dietary: &'a str,
    pub accessibility: &'a str,
    pub passport_number: Option<&'a str>,
    pub passport_expiry: Option<NaiveDate>,
    pub notes: &'a str,
    pub updated_at: NaiveDateTime,
}

impl<'a> TraineeFields<'a> {
    pub fn from_draft(draft: &'a TraineeDraft, now: NaiveDateTime) -> Self {
        Self {
            family_name: &draft.family_name,
            given_name: &draft.given_name,
            native_name: &draft.native_name,
            gender: draft.gender,
            date_of_birth: draft.date_of_birth,
            country_code: &draft.country_code,
            organization: &draft.organization,
            position: &draft.position,
            email: draft.email.as_deref(),
            phone: &draft.phone,
            language: draft.language,
            dietary: &draft.dietary,
            accessibility: &draft.accessibility,
            passport_number: draft.passport_number.as_deref(),
            passport_expiry: draft.passport_expiry,
            notes: &draft.notes,
            updated_at: now,
        }
    }

    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<TraineeId> {
        diesel::insert_into(trainees::table)
            .values((self, trainees::created_at.eq(self.updated_at)))
            .returning(trainees::id)
            .get_result(conn)
    }

    /// Saves the person; every cohort they are enrolled in sees its roster changed.
    pub fn update(&self, conn: &mut DbConnection, id: TraineeId) -> QueryResult<()> {
        crate::models::touched(
            diesel::update(trainees::table.find(id))
                .set(self)
                .execute(conn)?,
        )?;
        let cohorts: Vec<CohortId> = enrollments::table
            .filter(enrollments::trainee_id.eq(id))
            .select(enrollments::cohort_id)
            .load(conn)?;
        Cohort::roster_changed(conn, &cohorts)
    }
}

impl Trainee {
    /// The passport names ("ABENOV Nurlan") of these trainees.
    pub fn passport_names(
        conn: &mut DbConnection,
        ids: &[TraineeId],
    ) -> QueryResult<Vec<(TraineeId, String)>> {
        let rows: Vec<(TraineeId, String, String)> = trainees::table
            .filter(trainees::id.eq_any(ids))
            .select((trainees::id, trainees::family_name, trainees::given_name))
            .load(conn)?;
        Ok(rows
            .into_iter()
            .map(|(id, family, given)| (id, format!("{} {given}", family.to_uppercase())))
            .collect())
    }

    pub fn find(conn: &mut DbConnection, id: TraineeId) -> QueryResult<Trainee> {
        trainees::table
            .find(id)
            .select(Trainee::as_select())
            .first(conn)
    }

    /// The trainees holding any of these passport numbers or e-mail addresses.
    pub fn find_matching(
        conn: &mut DbConnection,
        passports: &[&str],
        emails: &[&str],
    ) -> QueryResult<Vec<Trainee>> {
        let mut found = Vec::new();
        // Both backends limit the number of bound values in one statement.
        for chunk in passports.chunks(500) {
            found.extend(
                trainees::table
                    .filter(trainees::passport_number.eq_any(chunk))
                    .select(Trainee::as_select())
                    .load(conn)?,
            );
        }
        for chunk in emails.chunks(500) {
            found.extend(
                trainees::table
                    .filter(trainees::email.eq_any(chunk))
                    .select(Trainee::as_select())
                    .load(conn)?,
            );
        }
        found.sort_by_key(|t| t.id);
        found.dedup_by_key(|t| t.id);
        Ok(found)
    }

    /// "ABENOV Nurlan": the family name as in the passport, in capitals, then the given name.
    pub fn passport_name(&self) -> String {
        format!("{} {}", self.family_name.to_uppercase(), self.given_name)
    }
}
