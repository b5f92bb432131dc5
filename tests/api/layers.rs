//! The layers point one way (`docs/architecture.md`): routes → web, services → models → domain, with the
//! database plumbing, errors, form errors, the clock and translations below them all. Read from the
//! source files, so that an import against the arrows fails here before review.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/{dir}`, with its text.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

/// The files of `dir` that mention any of `forbidden`, with what they mention (comments aside).
fn offenders(dir: &str, forbidden: &[&str]) -> Vec<String> {
    sources(dir)
        .into_iter()
        .flat_map(|(path, text)| {
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            forbidden
                .iter()
                .filter(|f| code.iter().any(|l| l.contains(*f)))
                .map(|f| format!("{} uses {f}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_domain_uses_neither_the_web_nor_the_database() {
    let found = offenders(
        "domain",
        &[
            "actix",
            "crate::web",
            "crate::routes",
            "crate::services",
            "crate::models",
            "crate::schema",
            "crate::error",
            "DbConnection",
            "RunQueryDsl",
            "diesel::prelude",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn services_and_models_never_reach_up_into_the_web() {
    let mut found = offenders("services", &["crate::web", "crate::routes"]);
    found.extend(offenders(
        "models",
        &["crate::web", "crate::routes", "crate::services"],
    ));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_web_plumbing_knows_no_route_and_no_route_file_another() {
    let mut found = offenders("web", &["crate::routes"]);
    for (path, text) in sources("routes") {
        if path.ends_with("routes/mod.rs") {
            continue;
        }
        if text.contains("crate::routes") || text.contains("super::") {
            found.push(format!("{} imports another route file", path.display()));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_lowest_layers_import_nothing_above_them() {
    let upward = [
        "crate::domain",
        "crate::models",
        "crate::services",
        "crate::web",
        "crate::routes",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = offenders("db", &upward);
    for file in [
        "error.rs",
        "form_errors.rs",
        "i18n.rs",
        "clock.rs",
        "config.rs",
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        found.extend(
            upward
                .iter()
                .filter(|u| {
                    text.lines()
                        .any(|l| !l.trim_start().starts_with("//") && l.contains(*u))
                })
                .map(|u| format!("src/{file} uses {u}")),
        );
    }
    assert!(found.is_empty(), "{found:#?}");
}
