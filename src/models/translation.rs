//! Translations: the versions of a trainee-facing text in languages other than its original, one row per
//! object, field and language.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::audit::AuditObject;
use crate::i18n::Lang;
use crate::schema::translations;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = translations)]
pub struct Translation {
    pub object_id: i32,
    pub field: String,
    pub lang: Lang,
    pub text: String,
    /// The original changed after this version was written.
    pub stale: bool,
}

impl Translation {
    /// Every translation of the objects of one kind with these ids.
    pub fn of_objects(
        conn: &mut DbConnection,
        object: AuditObject,
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

    /// Marks the versions of an object's field as possibly out of date (its original changed).
    pub fn mark_stale(
        conn: &mut DbConnection,
        object: AuditObject,
        id: i32,
        field: &str,
    ) -> QueryResult<()> {
        diesel::update(
            translations::table
                .filter(translations::object_type.eq(object))
                .filter(translations::object_id.eq(id))
                .filter(translations::field.eq(field)),
        )
        .set(translations::stale.eq(true))
        .execute(conn)
        .map(drop)
    }

    /// Gives object `to` the versions of object `from` (of the same kind), as they are.
    pub fn copy(
        conn: &mut DbConnection,
        object: AuditObject,
        from: i32,
        to: i32,
    ) -> QueryResult<()> {
        let rows: Vec<(String, Lang, String, bool, NaiveDateTime)> = translations::table
            .filter(translations::object_type.eq(object))
            .filter(translations::object_id.eq(from))
            .select((
                translations::field,
                translations::lang,
                translations::text,
                translations::stale,
                translations::updated_at,
            ))
            .load(conn)?;
        for (field, lang, text, stale, updated_at) in rows {
            let version = NewVersion {
                object_type: object,
                object_id: to,
                field: &field,
                lang,
                text: &text,
                stale,
                updated_at,
            };
            version.insert(conn)?;
        }
        Ok(())
    }

    /// Writes the version of an object's field in `lang` (an empty text deletes it).
    pub fn save(
        conn: &mut DbConnection,
        object: AuditObject,
        id: i32,
        field: &str,
        lang: Lang,
        text: &str,
        now: NaiveDateTime,
    ) -> QueryResult<()> {
        let this = translations::table
            .filter(translations::object_type.eq(object))
            .filter(translations::object_id.eq(id))
            .filter(translations::field.eq(field))
            .filter(translations::lang.eq(lang));
        diesel::delete(this).execute(conn)?;
        if text.is_empty() {
            return Ok(());
        }
        NewVersion {
            object_type: object,
            object_id: id,
            field,
            lang,
            text,
            stale: false,
            updated_at: now,
        }
        .insert(conn)
    }
}

/// A version to write.
#[derive(Insertable)]
#[diesel(table_name = translations)]
struct NewVersion<'a> {
    object_type: AuditObject,
    object_id: i32,
    field: &'a str,
    lang: Lang,
    text: &'a str,
    stale: bool,
    updated_at: NaiveDateTime,
}

impl NewVersion<'_> {
    fn insert(&self, conn: &mut DbConnection) -> QueryResult<()> {
        diesel::insert_into(translations::table)
            .values(self)
            .execute(conn)
            .map(drop)
    }
}
