//! Countries, seeded by migration: SCO member states, observers and dialogue partners.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::i18n::Lang;
use crate::schema::countries;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = countries)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    pub name_ru: String,
    /// `member`, `observer` or `partner` (dialogue partner).
    pub sco_status: String,
}

impl Country {
    /// Every country, by code.
    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Country>> {
        countries::table
            .order(countries::code)
            .select(Country::as_select())
            .load(conn)
    }

    /// The name in `lang` of the country with `code` among `countries` (the code itself for an unknown one).
    pub fn name_of(countries: &[Country], code: &str, lang: Lang) -> String {
        countries
            .iter()
            .find(|c| c.code == code)
            .map_or(code.to_owned(), |c| c.name(lang).to_owned())
    }

    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name_en,
            Lang::Zh => &self.name_zh,
            Lang::Ru => &self.name_ru,
        }
    }
}
