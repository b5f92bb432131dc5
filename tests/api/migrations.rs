use std::collections::BTreeSet;
use std::path::Path;

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
