//! Certificates of completion, each with the serial the public verification page looks up.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::ids::EnrollmentId;
use crate::schema::{allocations, certificates, cohorts, enrollments, trainees};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = certificates)]
pub struct Certificate {
    pub id: i32,
    pub enrollment_id: EnrollmentId,
    pub serial: String,
    pub issued_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

/// What the public verification page confirms: who, which course, when — and nothing else.
#[derive(Debug, Clone, Queryable)]
pub struct Verified {
    pub serial: String,
    pub family_name: String,
    pub given_name: String,
    pub native_name: String,
    pub course: String,
    pub host_city: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl Verified {
    pub fn passport_name(&self) -> String {
        format!("{} {}", self.family_name.to_uppercase(), self.given_name)
    }
}

impl Certificate {
    pub fn for_enrollment(
        conn: &mut DbConnection,
        enrollment: EnrollmentId,
    ) -> QueryResult<Option<Certificate>> {
        certificates::table
            .filter(certificates::enrollment_id.eq(enrollment))
            .select(Certificate::as_select())
            .first(conn)
            .optional()
    }

    pub fn serial_taken(conn: &mut DbConnection, serial: &str) -> QueryResult<bool> {
        diesel::select(diesel::dsl::exists(
            certificates::table.filter(certificates::serial.eq(serial)),
        ))
        .get_result(conn)
    }

    pub fn insert(
        conn: &mut DbConnection,
        enrollment: EnrollmentId,
        serial: &str,
        at: NaiveDateTime,
    ) -> QueryResult<()> {
        diesel::insert_into(certificates::table)
            .values((
                certificates::enrollment_id.eq(enrollment),
                certificates::serial.eq(serial),
                certificates::issued_at.eq(at),
            ))
            .execute(conn)
            .map(drop)
    }

    /// Revokes the certificate (`Some`) or makes it valid again (`None`).
    pub fn set_revoked(
        conn: &mut DbConnection,
        enrollment: EnrollmentId,
        at: Option<NaiveDateTime>,
    ) -> QueryResult<()> {
        diesel::update(certificates::table.filter(certificates::enrollment_id.eq(enrollment)))
            .set(certificates::revoked_at.eq(at))
            .execute(conn)
            .map(drop)
    }

    /// The valid certificate with this serial, as the verification page shows it.
    pub fn verify(conn: &mut DbConnection, serial: &str) -> QueryResult<Option<Verified>> {
        certificates::table
            .inner_join(
                enrollments::table
                    .inner_join(trainees::table)
                    .inner_join(cohorts::table.inner_join(allocations::table)),
            )
            .filter(certificates::serial.eq(serial))
            .filter(certificates::revoked_at.is_null())
            .select((
                certificates::serial,
                trainees::family_name,
                trainees::given_name,
                trainees::native_name,
                cohorts::name,
                allocations::host_city,
                cohorts::starts_on,
                cohorts::ends_on,
            ))
            .first(conn)
            .optional()
    }
}
