//! One file per table: the row struct, its `New…` insert struct, and its queries as associated functions.

pub mod allocation;
pub mod cohort;
pub mod commitment;
pub mod country;
pub mod delegation;
pub mod enrollment;
pub mod setting;
pub mod trainee;
pub mod trainee_import;
pub mod user;

/// Whether a database error is a unique-constraint violation (both backends report it the same way).
pub fn is_unique_violation(error: &diesel::result::Error) -> bool {
    matches!(
        error,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// `Ok` when an update touched a row, `NotFound` when the row does not exist.
pub fn touched(rows: usize) -> diesel::QueryResult<()> {
    if rows == 0 {
        Err(diesel::result::Error::NotFound)
    } else {
        Ok(())
    }
}
