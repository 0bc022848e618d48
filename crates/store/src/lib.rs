//! Tandem's persistence.
//!
//! One code path for SQLite and PostgreSQL: every query is written once with
//! `$1` placeholders over an [`AnyPool`], using only portable column types
//! (integer booleans, integer Unix-second times, integer ids, text). Where a
//! backend truly needs its own SQL, the branch is on [`Backend`] with a comment
//! saying why.

use sqlx::{
    AnyPool, Row,
    any::{AnyPoolOptions, AnyRow},
};
use tandem_domain::{Choice, Timestamp};

pub mod account_links;
pub mod accountability;
pub mod actions;
pub mod audit;
pub mod backup;
pub mod bodies;
pub mod bulk;
pub mod charter;
pub mod communities;
pub mod conversations;
pub mod counts;
pub mod decisions;
pub mod engagement;
pub mod environment;
pub mod events;
pub mod ideas;
pub mod initiatives;
pub mod invitations;
pub mod jobs;
pub mod meetings;
pub mod merge;
mod migrate;
pub mod moderation;
pub mod notifications;
pub mod paging;
pub mod phases;
pub mod representation;
pub mod rosters;
pub mod scope;
pub mod sessions;
pub mod sortition;
pub mod surveys;
pub mod throttle;
pub mod tokens;
pub mod translations;
pub mod users;
pub mod worksheet;

#[cfg(feature = "testing")]
pub mod testing;

/// What a single statement runs on: the pool (`db.pool()`) or the
/// connection of a transaction (`&mut *tx`). Functions that run several
/// statements take a [`Conn`] instead, so the caller decides the transaction.
pub trait Exec<'e>: sqlx::Executor<'e, Database = sqlx::Any> {}
impl<'e, T: sqlx::Executor<'e, Database = sqlx::Any>> Exec<'e> for T {}

/// A connection, usually a transaction's (`&mut tx` coerces to it).
pub type Conn = sqlx::AnyConnection;

/// A connection held from the pool; see [`Db::acquire`].
pub type PoolConnection = sqlx::pool::PoolConnection<sqlx::Any>;

/// A write transaction; see [`Db::begin`].
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A unique constraint refused the write; names what was duplicated.
    #[error("already exists: {0}")]
    Conflict(&'static str),
    #[error("not found")]
    NotFound,
    #[error("stored value not understood in column {0}")]
    Corrupt(&'static str),
    #[error("the database URL must start with sqlite:// or postgres://")]
    UnsupportedUrl,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A handle on the database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

/// Connection settings beyond the URL.
#[derive(Debug, Clone, Copy)]
pub struct PoolSettings {
    pub max_connections: u32,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings { max_connections: 10 }
    }
}

impl Db {
    /// Connects to `sqlite://PATH` (created if missing) or `postgres://…`.
    pub async fn connect(url: &str, settings: PoolSettings) -> Result<Db> {
        sqlx::any::install_default_drivers();
        let (backend, url) = if let Some(path) = url.strip_prefix("sqlite://") {
            let sep = if path.contains('?') { '&' } else { '?' };
            (Backend::Sqlite, format!("sqlite://{path}{sep}mode=rwc"))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Backend::Postgres, url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        let options = AnyPoolOptions::new()
            .max_connections(settings.max_connections)
            .acquire_timeout(std::time::Duration::from_secs(10));
        let options = if backend == Backend::Sqlite {
            // SQLite-only: WAL lets readers proceed during a write; foreign keys
            // and a busy timeout are per-connection settings there; secure_delete
            // overwrites deleted rows (sealed ballots' owners) instead of
            // leaving them in free pages. synchronous = FULL syncs the WAL at
            // every commit, so an acknowledged write survives a power cut,
            // not only a crash (NORMAL could lose the last commits).
            options.after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::raw_sql(
                        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                         PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;",
                    )
                    .execute(conn)
                    .await?;
                    Ok(())
                })
            })
        } else {
            options
        };
        let pool = options.connect(&url).await?;
        Ok(Db { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Applies every migration this binary knows that the database lacks.
    pub async fn migrate(&self) -> Result<usize> {
        migrate::run(self).await
    }

    /// Applies migrations up to version `last` only (a restore starts from
    /// the backup's version; tests of upgrades from an older one).
    pub async fn migrate_until(&self, last: i64) -> Result<usize> {
        migrate::run_until(self, last).await
    }

    /// Starts a transaction that will write.
    ///
    /// SQLite-only branch: a plain BEGIN takes the write lock late and can fail
    /// with "database is locked" when two writers upgrade at once; BEGIN
    /// IMMEDIATE queues them behind the busy timeout instead.
    pub async fn begin(&self) -> Result<Tx> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(tx)
    }

    /// After a bulk load: PostgreSQL's planner statistics and visibility map
    /// are brought up to date at once (`VACUUM ANALYZE`) rather than when
    /// autovacuum next passes; until then it plans the new rows as if the
    /// tables were empty (the enlarged demo's ideas search took 440 ms, then
    /// 9 ms). SQLite plans from the schema alone here, so nothing is done.
    pub async fn analyze(&self) -> Result<()> {
        if self.backend == Backend::Postgres {
            sqlx::raw_sql("VACUUM ANALYZE").execute(&self.pool).await?;
        }
        Ok(())
    }

    /// One connection from the pool, for several reads in a row outside a transaction.
    pub async fn acquire(&self) -> Result<PoolConnection> {
        Ok(self.pool.acquire().await?)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// True when the database answers.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }
}

/// Maps a unique-constraint violation to [`StoreError::Conflict`].
pub(crate) fn conflict(what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
    move |e| match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(what),
        _ => StoreError::Database(e),
    }
}

// Column readers: the only place stored representations become domain types.

pub(crate) fn flag(row: &AnyRow, col: &'static str) -> Result<bool> {
    Ok(row.try_get::<i64, _>(col)? != 0)
}

pub(crate) fn ts(row: &AnyRow, col: &'static str) -> Result<Timestamp> {
    Ok(Timestamp(row.try_get::<i64, _>(col)?))
}

pub(crate) fn opt_ts(row: &AnyRow, col: &'static str) -> Result<Option<Timestamp>> {
    Ok(row.try_get::<Option<i64>, _>(col)?.map(Timestamp))
}

pub(crate) fn choice<T: Choice>(row: &AnyRow, col: &'static str) -> Result<T> {
    let raw: String = row.try_get(col)?;
    T::parse(&raw).ok_or(StoreError::Corrupt(col))
}

pub(crate) fn get<'r, T>(row: &'r AnyRow, col: &'static str) -> Result<T>
where
    T: sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    Ok(row.try_get(col)?)
}

/// Dates are stored as ISO text (YYYY-MM-DD): portable, sortable, readable.
pub(crate) fn opt_date(row: &AnyRow, col: &'static str) -> Result<Option<tandem_domain::time::Date>> {
    let raw: Option<String> = row.try_get(col)?;
    match raw {
        Some(text) => tandem_domain::time::parse_date("date", &text).map(Some).map_err(|_| StoreError::Corrupt(col)),
        None => Ok(None),
    }
}

pub(crate) fn date(row: &AnyRow, col: &'static str) -> Result<tandem_domain::time::Date> {
    opt_date(row, col)?.ok_or(StoreError::Corrupt(col))
}

pub(crate) fn date_text(d: Option<tandem_domain::time::Date>) -> Option<String> {
    d.map(tandem_domain::time::iso_date)
}

pub(crate) fn int_flag(value: bool) -> i64 {
    i64::from(value)
}
