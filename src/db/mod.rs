//! Storage: the SQLite connection, migrations, and every SQL statement of the program.
//!
//! Queries are written with sqlx's runtime API (`query`, `query_as`, `QueryBuilder`) and bound
//! parameters only; every function here is exercised by the integration tests.

pub mod catalogue;
pub mod moderators;
pub mod organisations;
pub mod revisions;
pub mod submissions;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

pub type Pool = SqlitePool;

/// How long a statement waits for another connection's write lock before giving up with
/// `SQLITE_BUSY`.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (creating if needed, with its folder) the database file at `path`: WAL journal, foreign
/// keys enforced, and a busy timeout so concurrent writers wait instead of failing.
pub async fn connect(path: &Path) -> anyhow::Result<Pool> {
    connect_with_busy_timeout(path, BUSY_TIMEOUT).await
}

/// [`connect`] with another busy timeout (tests shorten it).
pub async fn connect_with_busy_timeout(
    path: &Path,
    busy_timeout: Duration,
) -> anyhow::Result<Pool> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|err| {
            anyhow::anyhow!(
                "cannot create the database folder {}: {err}",
                folder.display()
            )
        })?;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(busy_timeout);
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .map_err(|err| anyhow::anyhow!("cannot open the database {}: {err}", path.display()))?;
    Ok(pool)
}

/// A private in-memory database, for tests and one-off checks. One connection that never expires,
/// since each SQLite connection to `:memory:` is a database of its own.
pub async fn connect_in_memory() -> Result<Pool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
    SqlitePoolOptions::new()
        .max_connections(1)
        .min_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .connect_with(options)
        .await
}

/// Begins a transaction that writes: it takes the write lock at once (`BEGIN IMMEDIATE`),
/// waiting up to the busy timeout for another writer. A transaction begun for reading and then
/// writing would instead fail at its first write if another connection wrote in between
/// (`SQLITE_BUSY_SNAPSHOT`), without waiting.
pub async fn begin_write(
    pool: &Pool,
) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Whether `err` says the database was busy: another connection held a lock for longer than the
/// busy timeout (`SQLITE_BUSY`, `SQLITE_LOCKED` and their extended codes, such as
/// `SQLITE_BUSY_SNAPSHOT`), or no connection of the pool came free in time. The same work may
/// succeed if tried again.
pub fn is_busy(err: &sqlx::Error) -> bool {
    const SQLITE_BUSY: i32 = 5;
    const SQLITE_LOCKED: i32 = 6;
    match err {
        sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(db) => db
            .code()
            .and_then(|code| code.parse::<i32>().ok())
            .is_some_and(|code| matches!(code & 0xff, SQLITE_BUSY | SQLITE_LOCKED)),
        _ => false,
    }
}

/// Applies the migrations embedded from `migrations/`.
pub async fn migrate(pool: &Pool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("./migrations").run(pool).await
}

/// Answers whether the database can be reached: used by `/healthz`.
pub async fn ping(pool: &Pool) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT 1").execute(pool).await.map(|_| ())
}
