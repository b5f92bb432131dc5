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
        diesel::insert_into(translations::table)
            .values((
                translations::object_type.eq(object),
                translations::object_id.eq(id),
                translations::field.eq(field),
                translations::lang.eq(lang),
                translations::text.eq(text),
                translations::stale.eq(false),
                translations::updated_at.eq(now),
            ))
            .execute(conn)
            .map(drop)
    }
}
