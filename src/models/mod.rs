//! One file per table: the row struct, its `New…` insert struct, and its queries as associated functions.

pub mod account_link;
pub mod allocation;
pub mod api_token;
pub mod attendance;
pub mod audit;
pub mod boarding;
pub mod certificate;
pub mod cohort;
pub mod commitment;
pub mod country;
pub mod delegation;
pub mod duty_contact;
pub mod enrollment;
pub mod group;
pub mod interpreter;
pub mod itinerary;
pub mod login;
pub mod outbox;
pub mod session;
pub mod setting;
pub mod speaker;
pub mod trainee;
pub mod trainee_import;
pub mod translation;
pub mod user;
pub mod vehicle;
pub mod venue;

/// Which stored secrets a query returns: those still in plain text (written before sealing began), or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Plain,
    All,
}

impl Stored {
    /// The `LIKE` pattern a text column's value must not match to be returned.
    pub fn excluded(self) -> &'static str {
        match self {
            Stored::Plain => "sealed1:%",
            Stored::All => "",
        }
    }
}

/// A sealed value the key does not open, as a database error (the stored value cannot be read).
pub fn unsealable(e: crate::domain::vault::Unsealable) -> diesel::result::Error {
    diesel::result::Error::DeserializationError(Box::new(e))
}

/// A sealed text column's value, opened with `vault` (`None` stays `None`).
pub fn opened(
    vault: &crate::domain::vault::Vault,
    sealed: Option<&str>,
) -> diesel::QueryResult<Option<String>> {
    sealed
        .map(|sealed| vault.open_text(sealed).map_err(unsealable))
        .transpose()
}

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

/// The queries every shared resource (venue, speaker, interpreter, vehicle) has: find by id, list by name,
/// delete them all, insert and update from its `…Fields`.
macro_rules! resource_queries {
    ($row:ident, $fields:ident, $table:ident, $id:ty) => {
        impl $row {
            pub fn find(conn: &mut crate::db::DbConnection, id: $id) -> diesel::QueryResult<$row> {
                $table::table.find(id).select($row::as_select()).first(conn)
            }

            /// Every row, by name.
            pub fn all(conn: &mut crate::db::DbConnection) -> diesel::QueryResult<Vec<$row>> {
                $table::table
                    .order(($table::name, $table::id))
                    .select($row::as_select())
                    .load(conn)
            }

            /// Deletes every row (once no session uses them: the demo replaces its data this way).
            pub fn delete_all(conn: &mut crate::db::DbConnection) -> diesel::QueryResult<usize> {
                diesel::delete($table::table).execute(conn)
            }
        }

        impl $fields<'_> {
            pub fn insert(
                &self,
                conn: &mut crate::db::DbConnection,
                now: chrono::NaiveDateTime,
            ) -> diesel::QueryResult<$id> {
                crate::models::cohort::Cohort::all_timetables_changed(conn)?;
                diesel::insert_into($table::table)
                    .values((self, $table::created_at.eq(now)))
                    .returning($table::id)
                    .get_result(conn)
            }

            pub fn update(
                &self,
                conn: &mut crate::db::DbConnection,
                id: $id,
            ) -> diesel::QueryResult<()> {
                crate::models::cohort::Cohort::all_timetables_changed(conn)?;
                crate::models::touched(
                    diesel::update($table::table.find(id))
                        .set(self)
                        .execute(conn)?,
                )
            }
        }
    };
}
pub(crate) use resource_queries;
