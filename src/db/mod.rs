//! The database: one connection type over SQLite and PostgreSQL, the pool, migrations and transactions.
//!
//! The backend is chosen from the URL scheme (`postgres://` or `postgresql://` means PostgreSQL, anything
//! else is an SQLite path, with or without `sqlite://`), never by trial, so that a wrong PostgreSQL URL
//! reports PostgreSQL's own error instead of silently creating an SQLite file named after it.

mod text;

pub(crate) use text::stored_as_text;

use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// How much of the SQLite file connections read through shared memory-mapped pages instead of each
/// copying it into its own cache (the pool's connections then share one copy).
const SQLITE_MMAP_BYTES: u64 = 256 * 1024 * 1024;

/// How long a write waits for another writer's lock before giving up (SQLite's busy timeout,
/// PostgreSQL's `lock_timeout`); the request then answers 503 and a form comes back with its input.
const LOCK_WAIT_MS: u32 = 5_000;

/// One connection to either backend; all queries are written once against it.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

/// Which database engine a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database location parsed from `DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    pub backend: Backend,
    /// What the driver receives: the PostgreSQL URL as given, or the SQLite file path.
    target: String,
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self {
                backend: Backend::Postgres,
                target: url.to_owned(),
            });
        }
        if url.contains("://") && !url.starts_with("sqlite://") {
            return Err(format!(
                "unsupported scheme in {url:?}: use postgres://… or sqlite://PATH"
            ));
        }
        let path = url.strip_prefix("sqlite://").unwrap_or(url);
        if path.is_empty() {
            return Err("the SQLite path is empty".to_owned());
        }
        Ok(Self {
            backend: Backend::Sqlite,
            target: path.to_owned(),
        })
    }

    /// The SQLite file at `path` (a backup's copy).
    pub fn sqlite(path: &std::path::Path) -> DatabaseUrl {
        DatabaseUrl {
            backend: Backend::Sqlite,
            target: path.to_string_lossy().into_owned(),
        }
    }

    /// What the driver receives: the PostgreSQL URL as given (for `pg_dump` and `psql`), or the path.
    pub fn target(&self) -> &str {
        &self.target
    }

    /// Where the data lives, for the start-up log: the SQLite file, or the PostgreSQL URL without password.
    pub fn describe(&self) -> String {
        match self.backend {
            Backend::Sqlite => {
                let path = std::path::Path::new(&self.target);
                let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
                format!("SQLite file {}", shown.display())
            }
            Backend::Postgres => match url::Url::parse(&self.target) {
                Ok(mut parsed) => {
                    if parsed.password().is_some() {
                        let _ = parsed.set_password(Some("***"));
                    }
                    format!("PostgreSQL {parsed}")
                }
                Err(_) => "PostgreSQL".to_owned(),
            },
        }
    }

    /// The SQLite file, when the database is one.
    pub fn sqlite_path(&self) -> Option<&std::path::Path> {
        (self.backend == Backend::Sqlite).then(|| std::path::Path::new(&self.target))
    }

    /// Where the secret key's file is kept unless `COHORTDESK_KEY_FILE` says otherwise: beside the SQLite
    /// file (`cohortdesk.db.key`), or `cohortdesk.key` in the working folder for PostgreSQL.
    pub fn default_key_file(&self) -> std::path::PathBuf {
        match self.backend {
            Backend::Sqlite => format!("{}.key", self.target).into(),
            Backend::Postgres => "cohortdesk.key".into(),
        }
    }

    /// Opens one connection, with the SQLite settings applied.
    pub fn connect(&self) -> ConnectionResult<DbConnection> {
        match self.backend {
            Backend::Postgres => {
                let mut conn = PgConnection::establish(&self.target)?;
                // A write that waits for another's lock gives up as SQLite's does, and says so (503).
                conn.batch_execute(&format!("SET lock_timeout = {LOCK_WAIT_MS}"))
                    .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
                Ok(DbConnection::Postgres(conn))
            }
            Backend::Sqlite => {
                let mut conn = SqliteConnection::establish(&self.target)?;
                // `secure_delete`: what is erased or replaced (a passport number purged, a value sealed
                // over its plain text) is overwritten in the file, not left in its free space.
                conn.batch_execute(&format!(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {LOCK_WAIT_MS}; \
                     PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA mmap_size = {SQLITE_MMAP_BYTES}; PRAGMA secure_delete = ON;"
                ))
                .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

/// An r2d2 manager that opens connections with [`DatabaseUrl::connect`].
#[derive(Debug, Clone)]
pub struct Manager(pub DatabaseUrl);

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        self.0.connect().map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking()
            || <DbConnection as TransactionManager<DbConnection>>::is_broken_transaction_manager(
                conn,
            )
    }
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConnection = r2d2::PooledConnection<Manager>;

/// Builds the pool and checks that one connection can be opened, so a wrong URL fails at start-up.
pub fn pool(url: &DatabaseUrl) -> Result<Pool, String> {
    let size = match url.backend {
        Backend::Sqlite => 8,
        Backend::Postgres => 10,
    };
    url.connect().map_err(|e| e.to_string())?;
    r2d2::Pool::builder()
        .max_size(size)
        .connection_timeout(Duration::from_secs(5))
        // A PostgreSQL connection dies with its server (a restart, a failover): testing each one as it
        // is taken (`SELECT 1`, one round trip) replaces the dead ones instead of failing a request on
        // each. An SQLite connection is a file handle that does not die; testing it doubled the work of
        // small requests.
        .test_on_check_out(url.backend == Backend::Postgres)
        .build(Manager(url.clone()))
        .map_err(|e| e.to_string())
}

/// Applies every pending migration of the connection's backend; returns how many ran.
pub fn migrate(conn: &mut DbConnection) -> Result<usize, String> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
        DbConnection::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
    };
    applied
        .map(|versions| versions.len())
        .map_err(|e| e.to_string())
}

impl DbConnection {
    /// Holds a lock on one object (`kind` and `id`) until the transaction ends, so that two saves of it
    /// check its version one after the other: a PostgreSQL advisory lock; on SQLite the write
    /// transaction (`write`) already holds the database's one write lock.
    pub fn lock_object(&mut self, kind: &str, id: i32) -> QueryResult<()> {
        if let DbConnection::Postgres(pg) = self {
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1), $2)")
                .bind::<diesel::sql_types::Text, _>(kind)
                .bind::<diesel::sql_types::Integer, _>(id)
                .execute(pg)?;
        }
        Ok(())
    }

    /// Runs `f` in a transaction that intends to write.
    ///
    /// On SQLite this is `BEGIN IMMEDIATE`: the write lock is taken up front, so a transaction that first
    /// reads (to check a rule) and then writes can never fail half-way because another writer got in
    /// between. On PostgreSQL rules spanning rows lock their parent row first (see the models' `lock`).
    /// Nested calls become savepoints of the outer transaction.
    pub fn write<T, E>(&mut self, f: impl FnOnce(&mut Self) -> Result<T, E>) -> Result<T, E>
    where
        E: From<diesel::result::Error>,
    {
        let outermost_sqlite = match self {
            DbConnection::Sqlite(sqlite) => <AnsiTransactionManager as TransactionManager<
                SqliteConnection,
            >>::transaction_manager_status_mut(sqlite)
            .transaction_depth()?
            .is_none(),
            DbConnection::Postgres(_) => false,
        };
        if !outermost_sqlite {
            return self.transaction(f);
        }
        if let DbConnection::Sqlite(sqlite) = self {
            AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
        }
        match f(self) {
            Ok(value) => {
                <Self as TransactionManager<Self>>::commit_transaction(self)?;
                Ok(value)
            }
            Err(error) => {
                <Self as TransactionManager<Self>>::rollback_transaction(self)?;
                Err(error)
            }
        }
    }
}
