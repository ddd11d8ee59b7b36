//! Storage: the SQLite connection, migrations, and every SQL statement of the program.
//!
//! Queries are written with sqlx's runtime API (`query`, `query_as`, `QueryBuilder`) and bound
//! parameters only; every function here is exercised by the integration tests.

pub mod bm25;
pub mod catalogue;
pub mod currency;
pub mod entry_requests;
pub mod moderators;
pub mod organisations;
pub mod revisions;
pub mod submissions;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use serde::Serialize;
use sqlx::sqlite::{
    SqliteAutoVacuum, SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{AssertSqlSafe, ConnectOptions, Connection, SqliteConnection, SqlitePool};

pub type Pool = SqlitePool;

/// How long a statement waits for another connection's write lock before giving up with
/// `SQLITE_BUSY`.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (creating if needed, with its folder) the database file at `path`: WAL journal, foreign
/// keys enforced, and a busy timeout so concurrent writers wait instead of failing.
pub async fn connect(path: &Path) -> anyhow::Result<Pool> {
    connect_with_busy_timeout(path, BUSY_TIMEOUT).await
}

/// Each server connection's page cache, in KiB (SQLite's default is 2 000). The server's eight
/// connections read the same pages (a common word's full-text lists above all), so at the
/// default up to 16 MB hold copies of pages the operating system's file cache holds anyway;
/// the catalogue and the kept text hits spare most reads. Other tools keep the default.
const SERVER_CACHE_KIB: i64 = 1024;

/// [`connect`], for the server: a smaller page cache per connection.
pub async fn connect_for_server(path: &Path) -> anyhow::Result<Pool> {
    open(path, BUSY_TIMEOUT, Use::Server).await
}

/// The page cache of an import's connection, in KiB. An import holds only a few batches of
/// records, not the file's, so its pages can stay in memory instead of spilling into the
/// write-ahead log before the transaction ends (100 000 records: peak about 140 MB instead of
/// 77, a few tenths of a second quicker).
const IMPORT_CACHE_KIB: i64 = 64 * 1024;

/// [`connect`], for `userled import`: a larger page cache, and no warning from sqlx about
/// statements over a second, which an import's are meant to be (each writes tens of thousands
/// of rows).
pub async fn connect_for_import(path: &Path) -> anyhow::Result<Pool> {
    open(path, BUSY_TIMEOUT, Use::Import).await
}

/// [`connect`] with another busy timeout (tests shorten it).
pub async fn connect_with_busy_timeout(
    path: &Path,
    busy_timeout: Duration,
) -> anyhow::Result<Pool> {
    open(path, busy_timeout, Use::Tool).await
}

/// What a pool is for, which sets its connections' page cache and statement logging.
enum Use {
    Server,
    Import,
    /// SQLite's default cache, sqlx's warnings.
    Tool,
}

/// Opens the database with this busy timeout, its connections set up for their use.
async fn open(path: &Path, busy_timeout: Duration, for_use: Use) -> anyhow::Result<Pool> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|err| {
            anyhow::anyhow!(
                "cannot create the database folder {}: {err}",
                folder.display()
            )
        })?;
    }
    if !path.exists() {
        create(path).await.map_err(|err| {
            anyhow::anyhow!("cannot create the database {}: {err}", path.display())
        })?;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(busy_timeout);
    // A negative cache size is in KiB.
    let options = match for_use {
        Use::Server => options.pragma("cache_size", format!("-{SERVER_CACHE_KIB}")),
        Use::Import => options
            .pragma("cache_size", format!("-{IMPORT_CACHE_KIB}"))
            .disable_statement_logging(),
        Use::Tool => options,
    };
    let pool = pool_options()
        .max_connections(8)
        // Not pinged on the way out of the pool: a connection to a file has no other end to
        // hang up, and the ping is a round trip to the connection's thread for every query
        // (sqlx still pings each one on its way back in, which flushes an abandoned transaction).
        .test_before_acquire(false)
        .connect_with(options)
        .await
        .map_err(|err| anyhow::anyhow!("cannot open the database {}: {err}", path.display()))?;
    Ok(pool)
}

/// What every pool of the program sets up on each connection it opens: the search's rank
/// function ([`bm25`]).
fn pool_options() -> SqlitePoolOptions {
    SqlitePoolOptions::new().after_connect(|conn, _| Box::pin(bm25::register(conn)))
}

/// Creates an empty database file, in WAL mode, whose free pages can be handed back
/// (`auto_vacuum = INCREMENTAL`, see [`release_free_pages`]): a setting only a database without
/// tables can take. Set here once, not on every connection: setting it takes the write lock, so
/// a connection opened while another process writes would wait for it.
async fn create(path: &Path) -> Result<(), sqlx::Error> {
    let conn = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .auto_vacuum(SqliteAutoVacuum::Incremental)
        .journal_mode(SqliteJournalMode::Wal)
        .connect()
        .await?;
    conn.close().await
}

/// SQLite's limit on the parameters bound to one statement (`SQLITE_MAX_VARIABLE_NUMBER`, the
/// default of the bundled library since 3.32).
const MAX_PARAMETERS: usize = 32_766;

/// Inserts `rows` into `table`'s `columns` (names from the fixed lists of the module calling) in
/// one statement: each row is a tuple of the columns' values, in the columns' order, and all of them
/// cross to SQLite's thread as one JSON array of arrays. One bound value instead of one per cell:
/// sqlx copies each bound value and hands it over on its own, which cost more than SQLite's own
/// work for an import's many small rows. Read with `jsonb_each` rather than `json_each`, which
/// hands each row over as SQLite's binary JSON: `->>` reads it without turning it back into text
/// and parsing it again.
async fn insert_rows<T: Serialize>(
    conn: &mut SqliteConnection,
    table: &str,
    columns: &[&str],
    rows: &[T],
) -> Result<(), sqlx::Error> {
    if rows.is_empty() {
        return Ok(());
    }
    let json = serde_json::to_string(rows).map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
    let values: Vec<String> = (0..columns.len())
        .map(|i| format!("value ->> {i}"))
        .collect();
    sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO {table} ({}) SELECT {} FROM jsonb_each(?1)",
        columns.join(", "),
        values.join(", ")
    )))
    .bind(json)
    .execute(conn)
    .await?;
    Ok(())
}

/// Gives the free pages of the database file back to the file system, at the end of the
/// transaction: a bulk write leaves some (the full-text index merges its segments into new pages
/// and frees the old), which would otherwise stay in the file until later writes reuse them. Does
/// nothing in a database created before `auto_vacuum` was incremental.
async fn release_free_pages(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    sqlx::query("PRAGMA incremental_vacuum")
        .execute(conn)
        .await?;
    Ok(())
}

/// Row ids as a JSON array, bound as one value and read in SQL with `json_each`: a statement
/// about any number of organisations binds one parameter, far below SQLite's limit.
fn id_list(ids: impl IntoIterator<Item = i64>) -> String {
    let ids: Vec<String> = ids.into_iter().map(|id| id.to_string()).collect();
    format!("[{}]", ids.join(","))
}

/// A private in-memory database, for tests and one-off checks. One connection that never expires,
/// since each SQLite connection to `:memory:` is a database of its own.
pub async fn connect_in_memory() -> Result<Pool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
    pool_options()
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

/// Opens an existing database file for reading only: nothing is created, migrated or written, so
/// a read-only file will do. Where SQLite cannot keep its shared-memory file beside the database
/// (a folder this user may not write) and no write-ahead log is pending, the file is read as it
/// stands.
pub async fn open_read_only(path: &Path) -> anyhow::Result<Pool> {
    anyhow::ensure!(path.is_file(), "no database at {}", path.display());
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .busy_timeout(Duration::from_secs(5));
    let err = match read_only_pool(options.clone()).await {
        Ok(pool) => return Ok(pool),
        Err(err) => err,
    };
    let mut log = path.as_os_str().to_owned();
    log.push("-wal");
    let log_pending = std::fs::metadata(&log).is_ok_and(|m| m.len() > 0);
    if !log_pending && let Ok(pool) = read_only_pool(options.immutable(true)).await {
        return Ok(pool);
    }
    Err(anyhow::anyhow!(
        "cannot read the database {}: {err}",
        path.display()
    ))
}

/// One read-only connection, tried on the spot (opening is otherwise lazy).
async fn read_only_pool(options: SqliteConnectOptions) -> Result<Pool, sqlx::Error> {
    let pool = pool_options()
        .max_connections(1)
        .connect_with(options)
        .await?;
    match sqlx::query("SELECT count(*) FROM sqlite_schema")
        .execute(&pool)
        .await
    {
        Ok(_) => Ok(pool),
        Err(err) => {
            pool.close().await;
            Err(err)
        }
    }
}

/// The migrations embedded from `migrations/`.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// How a database's schema compares with the migrations this build knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schema {
    Current,
    /// Made by an older userled: these migrations are still to be applied.
    Older(Vec<i64>),
    /// Made by a newer userled: it has had a migration this build does not know.
    Newer(i64),
}

impl Schema {
    /// The schema of the database behind `pool`, read without changing anything.
    pub async fn of(pool: &Pool) -> Result<Schema, sqlx::Error> {
        let has_table: bool = sqlx::query_scalar(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = '_sqlx_migrations'",
        )
        .fetch_one(pool)
        .await?;
        let applied: Vec<i64> = if has_table {
            sqlx::query_scalar(
                "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version",
            )
            .fetch_all(pool)
            .await?
        } else {
            Vec::new()
        };
        let known: Vec<i64> = MIGRATOR
            .iter()
            .filter(|m| !m.migration_type.is_down_migration())
            .map(|m| m.version)
            .collect();
        if let Some(&unknown) = applied.iter().find(|v| !known.contains(v)) {
            return Ok(Schema::Newer(unknown));
        }
        let pending: Vec<i64> = known.into_iter().filter(|v| !applied.contains(v)).collect();
        Ok(if pending.is_empty() {
            Schema::Current
        } else {
            Schema::Older(pending)
        })
    }

    /// Refuses a database this build cannot use: one from a newer userled.
    pub fn usable(&self) -> anyhow::Result<()> {
        match self {
            Schema::Newer(version) => Err(anyhow::anyhow!(
                "this database comes from a newer version of userled (it has had migration \
                 {version}, which this version does not know); use that version or a later one, \
                 or a backup made before the upgrade"
            )),
            _ => Ok(()),
        }
    }

    /// Refuses a database that cannot be read as it is: a newer one, or an older one that no
    /// command has upgraded yet.
    pub fn readable(&self) -> anyhow::Result<()> {
        self.usable()?;
        match self {
            Schema::Older(_) => Err(anyhow::anyhow!(
                "this database comes from an older version of userled and has not been upgraded \
                 yet; run `userled serve` once (it upgrades the database), then try again"
            )),
            _ => Ok(()),
        }
    }
}

/// Applies the migrations embedded from `migrations/`; refuses a database from a newer userled.
pub async fn migrate(pool: &Pool) -> anyhow::Result<()> {
    Schema::of(pool).await?.usable()?;
    MIGRATOR.run(pool).await?;
    Ok(())
}

/// Writes a consistent copy of the database behind `pool` to `target`, which must not exist
/// (SQLite's `VACUUM INTO`: one read transaction, so writers carry on meanwhile). The copy is made
/// under a temporary name beside `target`, flushed to disk, then given its name, so an interrupted
/// backup never leaves a partial file under the name asked for. With `replace`, an existing file
/// is replaced; without, it is left alone and the backup refused.
pub async fn backup(pool: &Pool, target: &Path, replace: bool) -> anyhow::Result<()> {
    let name = target
        .file_name()
        .ok_or_else(|| anyhow::anyhow!("{} is not a file name", target.display()))?;
    anyhow::ensure!(
        replace || !target.exists(),
        "{} already exists; choose another name, or add --force to replace it",
        target.display()
    );
    let mut partial_name = std::ffi::OsString::from(".");
    partial_name.push(name);
    partial_name.push(".partial");
    let partial = target.with_file_name(partial_name);
    let _ = std::fs::remove_file(&partial);
    let result = write_backup(pool, &partial, target, replace).await;
    let _ = std::fs::remove_file(&partial);
    result
}

async fn write_backup(
    pool: &Pool,
    partial: &Path,
    target: &Path,
    replace: bool,
) -> anyhow::Result<()> {
    let partial_text = partial
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("{} is not a UTF-8 path", partial.display()))?;
    sqlx::query("VACUUM INTO ?")
        .bind(partial_text)
        .execute(pool)
        .await
        .map_err(|err| anyhow::anyhow!("cannot write {}: {err}", target.display()))?;
    std::fs::File::open(partial)?.sync_all()?;
    if replace {
        std::fs::rename(partial, target)?;
    } else {
        // A link, unlike a rename, never replaces a file that appeared meanwhile.
        match std::fs::hard_link(partial, target) {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
                anyhow::bail!("{} already exists; nothing was written", target.display())
            }
            // A file system without links: check, then rename.
            Err(_) if !target.exists() => std::fs::rename(partial, target)?,
            Err(err) => anyhow::bail!("cannot write {}: {err}", target.display()),
        }
    }
    #[cfg(unix)]
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::File::open(folder)?.sync_all()?;
    }
    Ok(())
}

/// Answers whether the database can be reached: used by `/healthz`.
pub async fn ping(pool: &Pool) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT 1").execute(pool).await.map(|_| ())
}
