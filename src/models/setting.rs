//! Small named values the application keeps for itself (such as the fingerprint of the secret key).

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::models::is_unique_violation;
use crate::schema::settings;

pub struct Setting;

impl Setting {
    pub fn get(conn: &mut DbConnection, key: &str) -> QueryResult<Option<String>> {
        settings::table
            .find(key)
            .select(settings::value)
            .first(conn)
            .optional()
    }

    /// Stores `value` under `key` unless a value is already there; returns the value that is kept, so two
    /// servers starting at once agree on one.
    pub fn get_or_insert(conn: &mut DbConnection, key: &str, value: &str) -> QueryResult<String> {
        if let Some(existing) = Self::get(conn, key)? {
            return Ok(existing);
        }
        match diesel::insert_into(settings::table)
            .values((settings::key.eq(key), settings::value.eq(value)))
            .execute(conn)
        {
            Ok(_) => Ok(value.to_owned()),
            Err(e) if is_unique_violation(&e) => {
                Self::get(conn, key)?.ok_or(diesel::result::Error::NotFound)
            }
            Err(e) => Err(e),
        }
    }

    /// Stores `value` under `key`, replacing any value there.
    pub fn set(conn: &mut DbConnection, key: &str, value: &str) -> QueryResult<()> {
        Self::remove(conn, key)?;
        diesel::insert_into(settings::table)
            .values((settings::key.eq(key), settings::value.eq(value)))
            .execute(conn)
            .map(drop)
    }

    pub fn remove(conn: &mut DbConnection, key: &str) -> QueryResult<()> {
        diesel::delete(settings::table.find(key))
            .execute(conn)
            .map(drop)
    }

    /// Takes the write lock of a setting's row (created by a migration) until the transaction ends.
    pub fn lock(conn: &mut DbConnection, key: &str) -> QueryResult<()> {
        crate::models::touched(
            diesel::update(settings::table.find(key))
                .set(settings::value.eq(settings::value))
                .execute(conn)?,
        )
    }
}
