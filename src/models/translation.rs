//! Translations: the versions of a trainee-facing text in languages other than its original, one row per
//! object, field and language, each with the original it was written from.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::translation::Owner;
use crate::i18n::Lang;
use crate::schema::translations;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = translations)]
pub struct Translation {
    pub object_id: i32,
    pub field: String,
    pub lang: Lang,
    pub text: String,
    /// The original as it read when this version was written (empty: not known).
    pub source: String,
}

impl Translation {
    /// Every translation of the objects of one kind with these ids.
    pub fn of_objects(
        conn: &mut DbConnection,
        object: Owner,
        ids: &[i32],
    ) -> QueryResult<Vec<Translation>> {
        translations::table
            .filter(translations::object_type.eq(object))
            .filter(translations::object_id.eq_any(ids))
            .order((
                translations::object_id,
                translations::field,
                translations::lang,
            ))
            .select(Translation::as_select())
            .load(conn)
    }

    /// Gives object `to` the versions of object `from` (of the same kind), as they are.
    pub fn copy(conn: &mut DbConnection, object: Owner, from: i32, to: i32) -> QueryResult<()> {
        let rows: Vec<(String, Lang, String, String, NaiveDateTime)> = translations::table
            .filter(translations::object_type.eq(object))
            .filter(translations::object_id.eq(from))
            .select((
                translations::field,
                translations::lang,
                translations::text,
                translations::source,
                translations::updated_at,
            ))
            .load(conn)?;
        for (field, lang, text, source, updated_at) in rows {
            let version = NewVersion {
                object_type: object,
                object_id: to,
                field: &field,
                lang,
                text: &text,
                source: &source,
                updated_at,
            };
            version.save(conn)?;
        }
        Ok(())
    }
}

/// A version to write.
#[derive(Insertable)]
#[diesel(table_name = translations)]
pub struct NewVersion<'a> {
    pub object_type: Owner,
    pub object_id: i32,
    pub field: &'a str,
    pub lang: Lang,
    pub text: &'a str,
    /// The original it translates.
    pub source: &'a str,
    pub updated_at: NaiveDateTime,
}

impl NewVersion<'_> {
    /// Writes the version in place of the one before (an empty text deletes it).
    pub fn save(&self, conn: &mut DbConnection) -> QueryResult<()> {
        let this = translations::table
            .filter(translations::object_type.eq(self.object_type))
            .filter(translations::object_id.eq(self.object_id))
            .filter(translations::field.eq(self.field))
            .filter(translations::lang.eq(self.lang));
        diesel::delete(this).execute(conn)?;
        if self.text.is_empty() {
            return Ok(());
        }
        diesel::insert_into(translations::table)
            .values(self)
            .execute(conn)
            .map(drop)
    }
}
