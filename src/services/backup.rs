//! Backups that restore. A backup is one tar archive: `manifest.json` (version, backend, migration level,
//! the secret key's fingerprint, rows per table), the database — a consistent SQLite copy made while the
//! server runs (`VACUUM INTO`, which includes what sits in the WAL), or a `pg_dump` of one snapshot whose
//! rows were counted in the same snapshot — and the uploaded files under `files/`. It never holds the
//! secret key: without the key file (or `COHORTDESK_SECRET_KEY`) a backup's passport numbers cannot be
//! read, so the key is kept apart, and `restore` says which key it needs.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use serde::{Deserialize, Serialize};

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::{Backend, DatabaseUrl, DbConnection};
use crate::services::{demo, keys};

const MANIFEST: &str = "manifest.json";
const SQLITE_COPY: &str = "database.sqlite";
const POSTGRES_DUMP: &str = "database.sql";
const FILES: &str = "files";
/// How often `serve` takes its backup.
const DAILY: Duration = Duration::from_secs(24 * 60 * 60);

/// What a backup holds, written beside it in the archive and checked by `restore`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// The version of cohortdesk that wrote it.
    pub cohortdesk: String,
    pub created_at: NaiveDateTime,
    /// `sqlite` or `postgres`: a backup restores into the same kind of database.
    pub backend: String,
    /// The last migration applied.
    pub migration: String,
    /// The fingerprint of the secret key the database's sealed values need (never the key itself).
    pub key_fingerprint: Option<String>,
    /// Rows per table, as in the copy.
    pub tables: BTreeMap<String, i64>,
    /// Uploaded files in the archive.
    pub files: usize,
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Nullable<Text>)]
    name: Option<String>,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// An error about `what`, in one line.
fn failed<E: std::fmt::Display>(what: &str) -> impl Fn(E) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// Runs a query of names on either backend.
fn names(conn: &mut DbConnection, sqlite: &str, postgres: &str) -> QueryResult<Vec<String>> {
    let rows: Vec<Name> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(sqlite).load(c)?,
        DbConnection::Postgres(c) => diesel::sql_query(postgres).load(c)?,
    };
    Ok(rows.into_iter().filter_map(|r| r.name).collect())
}

/// Rows per table of the database `conn` reads.
pub fn table_counts(conn: &mut DbConnection) -> QueryResult<BTreeMap<String, i64>> {
    let tables = names(
        conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
    )?;
    let mut counts = BTreeMap::new();
    for table in tables {
        let query = format!("SELECT COUNT(*) AS n FROM \"{table}\"");
        let count: Count = match conn {
            DbConnection::Sqlite(c) => diesel::sql_query(query).get_result(c)?,
            DbConnection::Postgres(c) => diesel::sql_query(query).get_result(c)?,
        };
        counts.insert(table, count.n);
    }
    Ok(counts)
}

fn migration_level(conn: &mut DbConnection) -> QueryResult<String> {
    let query = "SELECT MAX(version) AS name FROM __diesel_schema_migrations";
    Ok(names(conn, query, query)?.pop().unwrap_or_default())
}

/// The manifest of the database `conn` reads, as of `now`.
fn describe(conn: &mut DbConnection, backend: &str, now: NaiveDateTime) -> QueryResult<Manifest> {
    Ok(Manifest {
        cohortdesk: env!("CARGO_PKG_VERSION").to_owned(),
        created_at: now,
        backend: backend.to_owned(),
        migration: migration_level(conn)?,
        key_fingerprint: keys::fingerprint(conn)?,
        tables: table_counts(conn)?,
        files: 0,
    })
}

/// Every file under `dir` (none when it does not exist).
fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut waiting = vec![dir.to_path_buf()];
    while let Some(folder) = waiting.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("{}: {e}", folder.display())),
        };
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                waiting.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Writes a backup of the configured database and files folder to `target` (first beside it, then
/// renamed, so a half-written backup never has the name).
pub fn backup(settings: &Settings, target: &Path, now: NaiveDateTime) -> Result<Manifest, String> {
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let scratch = tempfile::tempdir_in(folder).map_err(failed("a folder for the backup"))?;
    let (mut manifest, database) = match settings.database.backend {
        Backend::Sqlite => sqlite_copy(settings, scratch.path(), now)?,
        Backend::Postgres => postgres_dump(settings, scratch.path(), now)?,
    };
    let key_file = std::path::absolute(&settings.key_file).ok();
    let files: Vec<PathBuf> = files_under(&settings.files_dir)?
        .into_iter()
        .filter(|f| std::path::absolute(f).ok() != key_file)
        .collect();
    manifest.files = files.len();
    let manifest_file = scratch.path().join(MANIFEST);
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    std::fs::write(&manifest_file, text).map_err(failed("the manifest"))?;

    let partial = scratch.path().join("backup.tar");
    let out = File::create(&partial).map_err(failed("the backup file"))?;
    let mut tar = tar::Builder::new(BufWriter::new(out));
    let add = |tar: &mut tar::Builder<BufWriter<File>>, path: &Path, name: &Path| {
        tar.append_path_with_name(path, name)
            .map_err(failed("writing the backup"))
    };
    add(&mut tar, &manifest_file, Path::new(MANIFEST))?;
    add(
        &mut tar,
        &database,
        Path::new(database.file_name().unwrap_or_default()),
    )?;
    for file in &files {
        let inside = file.strip_prefix(&settings.files_dir).unwrap_or(file);
        add(&mut tar, file, &Path::new(FILES).join(inside))?;
    }
    let out = tar.into_inner().map_err(failed("writing the backup"))?;
    out.into_inner()
        .map_err(|e| format!("writing the backup: {e}"))?
        .sync_all()
        .map_err(failed("writing the backup"))?;
    std::fs::rename(&partial, target).map_err(failed("naming the backup"))?;
    Ok(manifest)
}

/// A consistent copy of the SQLite database (`VACUUM INTO`, taken in one read transaction while
/// writers go on), described from the copy itself.
fn sqlite_copy(
    settings: &Settings,
    scratch: &Path,
    now: NaiveDateTime,
) -> Result<(Manifest, PathBuf), String> {
    let copy = scratch.join(SQLITE_COPY);
    let mut conn = settings.database.connect().map_err(|e| e.to_string())?;
    let path = copy.to_string_lossy().replace('\'', "''");
    conn.batch_execute(&format!("VACUUM INTO '{path}'"))
        .map_err(failed("copying the database"))?;
    let mut copied = DatabaseUrl::sqlite(&copy)
        .connect()
        .map_err(|e| e.to_string())?;
    let manifest = describe(&mut copied, "sqlite", now).map_err(|e| e.to_string())?;
    Ok((manifest, copy))
}

/// A `pg_dump` of one snapshot, whose rows are counted in the same snapshot.
fn postgres_dump(
    settings: &Settings,
    scratch: &Path,
    now: NaiveDateTime,
) -> Result<(Manifest, PathBuf), String> {
    let dump = scratch.join(POSTGRES_DUMP);
    let mut conn = settings.database.connect().map_err(|e| e.to_string())?;
    conn.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .map_err(|e| e.to_string())?;
    let query = "SELECT pg_export_snapshot() AS name";
    let snapshot = names(&mut conn, query, query)
        .map_err(|e| e.to_string())?
        .pop()
        .unwrap_or_default();
    let manifest = describe(&mut conn, "postgres", now).map_err(|e| e.to_string())?;
    let ran = Command::new("pg_dump")
        .args(["--no-owner", "--no-privileges", "--snapshot", &snapshot, "--file"])
        .arg(&dump)
        .arg(settings.database.target())
        .output()
        .map_err(|e| {
            format!(
                "pg_dump could not be run ({e}): install the PostgreSQL client tools (pg_dump and psql, \
                 the same major version as the server or newer) and run the backup again"
            )
        })?;
    conn.batch_execute("COMMIT").map_err(|e| e.to_string())?;
    if !ran.status.success() {
        return Err(format!(
            "pg_dump failed: {}",
            String::from_utf8_lossy(&ran.stderr).trim()
        ));
    }
    Ok((manifest, dump))
}

/// Reads a backup into `into`: its manifest, with the rest beside it.
fn unpack(source: &Path, into: &Path) -> Result<Manifest, String> {
    let file = File::open(source).map_err(failed("the backup"))?;
    tar::Archive::new(BufReader::new(file))
        .unpack(into)
        .map_err(failed("reading the backup"))?;
    let text = std::fs::read_to_string(into.join(MANIFEST)).map_err(|_| {
        format!(
            "{} is no cohortdesk backup: it has no {MANIFEST}",
            source.display()
        )
    })?;
    serde_json::from_str(&text).map_err(failed("the backup's manifest"))
}

/// Refuses a backup whose sealed values need another key than the installation holds, naming both.
fn check_key(settings: &Settings, manifest: &Manifest) -> Result<(), String> {
    let Some(needed) = &manifest.key_fingerprint else {
        return Ok(());
    };
    match keys::present(settings)? {
        Some((held, _)) if &held == needed => Ok(()),
        Some((held, source)) => Err(format!(
            "this backup needs the secret key {needed}, but {} holds the key {held}: restore with the \
             key this backup belongs to",
            source.describe()
        )),
        None => Err(format!(
            "this backup needs the secret key {needed}: put its key file at {} (or set \
             COHORTDESK_SECRET_KEY) and run restore again",
            settings.key_file.display()
        )),
    }
}

/// Restores `source` into the configured database and files folder (the server stopped). A database
/// holding accounts or commitments is refused unless `force`; the manifest, the key and the copy's
/// integrity and rows are checked before anything is replaced. Migrations of a newer version run at the
/// next start.
pub fn restore(settings: &Settings, source: &Path, force: bool) -> Result<Manifest, String> {
    let backend = match settings.database.backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let folder = settings
        .database
        .sqlite_path()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let scratch = tempfile::tempdir_in(folder).map_err(failed("a folder for the restore"))?;
    let manifest = unpack(source, scratch.path())?;
    if manifest.backend != backend {
        return Err(format!(
            "this backup is of a {} database; this installation uses {backend}",
            manifest.backend
        ));
    }
    check_key(settings, &manifest)?;
    let mut current = settings.database.connect().map_err(|e| e.to_string())?;
    crate::db::migrate(&mut current)?;
    // Accounts or commitments are what a restore would overwrite (the demo loads only into neither).
    if !force && !demo::is_empty(&mut current).map_err(|e| e.to_string())? {
        return Err(
            "the database already holds accounts or commitments: restore into an empty one, or add \
             --force to replace everything in it"
                .to_owned(),
        );
    }
    match settings.database.backend {
        Backend::Sqlite => {
            drop(current);
            replace_sqlite(settings, &scratch.path().join(SQLITE_COPY), &manifest)?
        }
        Backend::Postgres => {
            load_dump(settings, &mut current, &scratch.path().join(POSTGRES_DUMP))?
        }
    }
    let mut restored = settings.database.connect().map_err(|e| e.to_string())?;
    let found = table_counts(&mut restored).map_err(|e| e.to_string())?;
    check_rows(&manifest, &found)?;
    restore_files(&scratch.path().join(FILES), &settings.files_dir)?;
    Ok(manifest)
}

/// Every table's rows as the manifest says.
fn check_rows(manifest: &Manifest, found: &BTreeMap<String, i64>) -> Result<(), String> {
    for (table, rows) in &manifest.tables {
        let here = found.get(table).copied().unwrap_or(0);
        if here != *rows {
            return Err(format!(
                "the restored table {table} has {here} rows; the manifest says {rows}"
            ));
        }
    }
    Ok(())
}

/// Checks the SQLite copy (integrity, rows) and puts it in the database's place.
fn replace_sqlite(settings: &Settings, copy: &Path, manifest: &Manifest) -> Result<(), String> {
    let mut conn = DatabaseUrl::sqlite(copy)
        .connect()
        .map_err(|e| e.to_string())?;
    let query = "PRAGMA integrity_check";
    let verdict: Vec<String> = match &mut conn {
        DbConnection::Sqlite(c) => diesel::sql_query(query)
            .load::<Integrity>(c)
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(|r| r.integrity_check)
            .collect(),
        DbConnection::Postgres(_) => Vec::new(),
    };
    if verdict != ["ok"] {
        return Err(format!(
            "the backup's database is damaged: {}",
            verdict.join("; ")
        ));
    }
    check_rows(
        manifest,
        &table_counts(&mut conn).map_err(|e| e.to_string())?,
    )?;
    conn.batch_execute("PRAGMA journal_mode = DELETE")
        .map_err(|e| e.to_string())?;
    drop(conn);
    let target = settings
        .database
        .sqlite_path()
        .ok_or("no SQLite file configured")?;
    for suffix in ["-wal", "-shm"] {
        let mut side = target.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(side));
    }
    std::fs::rename(copy, target).map_err(failed("putting the database in place"))
}

#[derive(QueryableByName)]
struct Integrity {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

/// Empties the PostgreSQL database and loads the dump with `psql`.
fn load_dump(settings: &Settings, conn: &mut DbConnection, dump: &Path) -> Result<(), String> {
    conn.batch_execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        .map_err(failed("emptying the database"))?;
    let ran = Command::new("psql")
        .args([
            "--quiet",
            "--no-psqlrc",
            "--set",
            "ON_ERROR_STOP=1",
            "--file",
        ])
        .arg(dump)
        .arg(settings.database.target())
        .output()
        .map_err(|e| format!("psql could not be run ({e}): install the PostgreSQL client tools"))?;
    if ran.status.success() {
        Ok(())
    } else {
        Err(format!(
            "psql failed: {}",
            String::from_utf8_lossy(&ran.stderr).trim()
        ))
    }
}

/// Puts the backup's uploaded files into `files_dir`.
fn restore_files(from: &Path, files_dir: &Path) -> Result<(), String> {
    for file in files_under(from)? {
        let inside = file.strip_prefix(from).map_err(|e| e.to_string())?;
        let target = files_dir.join(inside);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(failed("the files folder"))?;
        }
        std::fs::copy(&file, &target).map_err(failed("restoring a file"))?;
    }
    Ok(())
}

/// The backups `serve` takes: one a day into `folder`, keeping the newest `kept`.
pub fn spawn_daily(
    settings: Settings,
    folder: PathBuf,
    kept: usize,
    clock: Clock,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(DAILY).await;
            let (settings, folder) = (settings.clone(), folder.clone());
            let now = clock.now();
            let outcome =
                tokio::task::spawn_blocking(move || daily(&settings, &folder, kept, now)).await;
            match outcome {
                Ok(Ok(path)) => tracing::info!(backup = %path.display(), "daily backup written"),
                Ok(Err(e)) => tracing::error!(error = %e, "the daily backup failed"),
                Err(e) => tracing::error!(error = %e, "the daily backup stopped"),
            }
        }
    })
}

/// Writes today's backup into `folder` and removes the oldest beyond `kept`.
pub fn daily(
    settings: &Settings,
    folder: &Path,
    kept: usize,
    now: NaiveDateTime,
) -> Result<PathBuf, String> {
    std::fs::create_dir_all(folder).map_err(failed("the backup folder"))?;
    let path = folder.join(format!("cohortdesk-{}.tar", now.format("%Y-%m-%d-%H%M%S")));
    backup(settings, &path, now)?;
    let mut taken: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(failed("the backup folder"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("cohortdesk-") && n.ends_with(".tar"))
        })
        .collect();
    taken.sort();
    let surplus = taken.len().saturating_sub(kept.max(1));
    for old in taken.into_iter().take(surplus) {
        std::fs::remove_file(&old).map_err(failed("removing an old backup"))?;
    }
    Ok(path)
}
