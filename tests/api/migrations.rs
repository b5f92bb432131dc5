use std::collections::BTreeSet;
use std::path::Path;

use cohortdesk::db::DbConnection;
use cohortdesk::i18n::Lang;
use cohortdesk::models::country::Country;

use crate::helpers::TestApp;

fn migrations(backend: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            for file in ["up.sql", "down.sql"] {
                assert!(path.join(file).is_file(), "{} lacks {file}", path.display());
            }
            path.file_name().unwrap().to_string_lossy().into_owned()
        })
        .collect()
}

#[test]
fn sqlite_and_postgres_have_the_same_migrations() {
    let sqlite = migrations("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, migrations("postgres"));
}

#[tokio::test]
async fn the_sco_countries_are_there_with_names_in_three_languages() {
    let app = TestApp::spawn().await;
    let countries = app.with_conn(|conn| Country::all(conn).unwrap());
    let members: Vec<&str> = countries
        .iter()
        .filter(|c| c.sco_status == "member")
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(
        members,
        ["BY", "CN", "IN", "IR", "KG", "KZ", "PK", "RU", "TJ", "UZ"]
    );
    let kazakhstan = countries.iter().find(|c| c.code == "KZ").unwrap();
    assert_eq!(kazakhstan.name(Lang::En), "Kazakhstan");
    assert_eq!(kazakhstan.name(Lang::Zh), "哈萨克斯坦");
    assert_eq!(kazakhstan.name(Lang::Ru), "Казахстан");
    assert!(
        countries
            .iter()
            .any(|c| c.code == "MN" && c.sco_status == "observer")
    );
    assert!(
        countries
            .iter()
            .any(|c| c.code == "TR" && c.sco_status == "partner")
    );
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// How many rows each table that refers to enrollments holds, and the enrollments themselves.
fn rows_about_enrollments(conn: &mut DbConnection) -> Vec<(&'static str, i64)> {
    use diesel::RunQueryDsl;

    [
        "enrollments",
        "enrollment_events",
        "attendance",
        "certificates",
        "itineraries_sent",
    ]
    .into_iter()
    .map(|table| {
        let count: Count = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
            .get_result(conn)
            .unwrap();
        (table, count.n)
    })
    .collect()
}

/// The newest migration rebuilds the enrollments table on SQLite, which marks, certificates and sent
/// itineraries refer to with `ON DELETE CASCADE`: going down and up again on a database in use loses none
/// of them, and the connection still enforces foreign keys afterwards.
#[tokio::test]
async fn the_did_not_complete_migration_keeps_every_row_that_refers_to_enrollments() {
    use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
    const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
    const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");
    use diesel::RunQueryDsl;
    let app = TestApp::with_demo().await;
    app.with_conn(|conn| {
        for sql in [
            "INSERT INTO itineraries_sent (enrollment_id, digest, snapshot, sent_at) \
             SELECT id, 'digest', '{}', created_at FROM enrollments",
            "INSERT INTO certificates (enrollment_id, serial, issued_at) \
             SELECT id, 'QD-' || id, created_at FROM enrollments WHERE id <= 5",
            "UPDATE enrollments SET status = 'not_completed' WHERE id <= 3",
        ] {
            diesel::sql_query(sql).execute(conn).unwrap();
        }
    });
    let before = app.with_conn(rows_about_enrollments);
    assert!(before.iter().all(|(_, n)| *n > 0), "{before:?}");
    let did_not_complete = |conn: &mut DbConnection| {
        let count: Count = diesel::sql_query(
            "SELECT COUNT(*) AS n FROM enrollments WHERE status = 'not_completed'",
        )
        .get_result(conn)
        .unwrap();
        count.n
    };
    assert!(
        app.with_conn(did_not_complete) > 0,
        "the demo has trainees who did not complete"
    );

    // Back to before it (undoing the later ones first), then everything again.
    let this = "20261213000001";
    app.with_conn(|conn| match conn {
        DbConnection::Sqlite(c) => {
            while c.revert_last_migration(SQLITE).unwrap().to_string() != this {}
            c.run_pending_migrations(SQLITE).unwrap();
        }
        DbConnection::Postgres(c) => {
            while c.revert_last_migration(POSTGRES).unwrap().to_string() != this {}
            c.run_pending_migrations(POSTGRES).unwrap();
        }
    });
    assert_eq!(app.with_conn(rows_about_enrollments), before);
    assert_eq!(app.with_conn(did_not_complete), 0, "down made them arrived");

    let orphan = app.with_conn(|conn| {
        diesel::sql_query(
            "INSERT INTO certificates (enrollment_id, serial, issued_at) VALUES (999999, 'X-1', CURRENT_TIMESTAMP)",
        )
        .execute(conn)
    });
    assert!(orphan.is_err(), "foreign keys are enforced again");
}
