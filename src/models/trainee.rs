//! Trainees: people nominated for a course, who may take part in several cohorts.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::trainee::{Gender, TraineeDraft};
use crate::domain::vault::Vault;
use crate::i18n::Lang;
use crate::models::cohort::Cohort;
use crate::models::{Stored, opened};
use crate::schema::{cohorts, enrollments, trainees};

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
    /// The passport number, sealed with the server's key: read it with [`Trainee::passport_number`].
    #[diesel(column_name = passport_number)]
    pub sealed_passport: Option<String>,
    pub passport_expiry: Option<NaiveDate>,
    pub notes: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The passport number's keyed digest, to find the trainee by it.
    pub passport_digest: Option<String>,
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
    pub passport_number: Option<String>,
    pub passport_digest: Option<String>,
    pub passport_expiry: Option<NaiveDate>,
    pub notes: &'a str,
    pub updated_at: NaiveDateTime,
}

impl<'a> TraineeFields<'a> {
    /// The draft's columns, its passport number sealed with `vault`.
    pub fn from_draft(draft: &'a TraineeDraft, vault: &Vault, now: NaiveDateTime) -> Self {
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
            passport_number: draft.passport_number.as_deref().map(|p| vault.seal_text(p)),
            passport_digest: draft.passport_number.as_deref().map(|p| vault.digest(p)),
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

    /// The passport number, opened with the key it was sealed with.
    pub fn passport_number(&self, vault: &Vault) -> QueryResult<Option<String>> {
        opened(vault, self.sealed_passport.as_deref())
    }

    /// The passport numbers as stored (sealed or, from before sealing, plain).
    pub fn stored_passports(
        conn: &mut DbConnection,
        which: Stored,
    ) -> QueryResult<Vec<(TraineeId, String)>> {
        let rows: Vec<(TraineeId, Option<String>)> = trainees::table
            .filter(trainees::passport_number.is_not_null())
            .filter(trainees::passport_number.not_like(which.excluded()))
            .select((trainees::id, trainees::passport_number))
            .load(conn)?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, number)| Some((id, number?)))
            .collect())
    }

    /// Stores a passport number sealed with `vault`, with its digest.
    pub fn set_passport(
        conn: &mut DbConnection,
        id: TraineeId,
        number: &str,
        vault: &Vault,
    ) -> QueryResult<()> {
        diesel::update(trainees::table.find(id))
            .set((
                trainees::passport_number.eq(vault.seal_text(number)),
                trainees::passport_digest.eq(vault.digest(number)),
            ))
            .execute(conn)
            .map(drop)
    }

    /// Each trainee who holds passport data, with the cohorts they are enrolled in and the last day of
    /// each.
    pub fn passport_holders_courses(
        conn: &mut DbConnection,
    ) -> QueryResult<Vec<(TraineeId, CohortId, NaiveDate)>> {
        trainees::table
            .inner_join(enrollments::table.inner_join(cohorts::table))
            .filter(
                trainees::passport_number
                    .is_not_null()
                    .or(trainees::passport_expiry.is_not_null()),
            )
            .select((trainees::id, cohorts::id, cohorts::ends_on))
            .load(conn)
    }

    /// Erases the passport number, its digest and the expiry date of these trainees.
    pub fn erase_passports(conn: &mut DbConnection, ids: &[TraineeId]) -> QueryResult<usize> {
        let mut erased = 0;
        for chunk in ids.chunks(500) {
            erased += diesel::update(trainees::table.filter(trainees::id.eq_any(chunk)))
                .set((
                    trainees::passport_number.eq(None::<String>),
                    trainees::passport_digest.eq(None::<String>),
                    trainees::passport_expiry.eq(None::<NaiveDate>),
                ))
                .execute(conn)?;
        }
        Ok(erased)
    }

    /// The trainees holding any of these passport numbers (given by their digests) or e-mail addresses.
    pub fn find_matching(
        conn: &mut DbConnection,
        passport_digests: &[String],
        emails: &[&str],
    ) -> QueryResult<Vec<Trainee>> {
        let mut found = Vec::new();
        // Both backends limit the number of bound values in one statement.
        for chunk in passport_digests.chunks(500) {
            found.extend(
                trainees::table
                    .filter(trainees::passport_digest.eq_any(chunk))
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
