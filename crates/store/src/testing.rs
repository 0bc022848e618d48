//! Fresh, throw-away databases for tests: SQLite always, PostgreSQL whenever
//! `TANDEM_TEST_POSTGRES_URL` names a server. Each test gets its own database,
//! so tests run in parallel and never see each other's rows.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::{Backend, Conn, Db, PoolSettings, Result, StoreError};

pub const POSTGRES_ENV: &str = "TANDEM_TEST_POSTGRES_URL";

/// A migrated database that is removed when dropped.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

/// The backends tests should cover on this machine.
pub fn backends() -> Vec<Backend> {
    let mut all = vec![Backend::Sqlite];
    if std::env::var(POSTGRES_ENV).is_ok_and(|v| !v.is_empty()) {
        all.push(Backend::Postgres);
    }
    all
}

impl TestDb {
    pub async fn new(backend: Backend) -> Result<TestDb> {
        Self::at_version(backend, i64::MAX).await
    }

    /// A database migrated only up to version `last`, to test an upgrade.
    pub async fn at_version(backend: Backend, last: i64) -> Result<TestDb> {
        match backend {
            Backend::Sqlite => Self::sqlite_at(last).await,
            Backend::Postgres => {
                let base = std::env::var(POSTGRES_ENV).unwrap_or_default();
                Self::postgres_at(&base, last).await
            }
        }
    }

    pub async fn sqlite() -> Result<TestDb> {
        Self::sqlite_at(i64::MAX).await
    }

    async fn sqlite_at(last: i64) -> Result<TestDb> {
        let dir = tempfile::tempdir().map_err(|e| crate::StoreError::Database(sqlx::Error::Io(e)))?;
        let path = dir.path().join("test.db");
        let url = format!("sqlite://{}", path.display());
        let db = Db::connect(&url, PoolSettings { max_connections: 4 }).await?;
        db.migrate_until(last).await?;
        Ok(TestDb { db, url, _dir: Some(dir), postgres: None })
    }

    /// Creates `tandem_t_<pid>_<n>` on the server `base_url` points at.
    pub async fn postgres(base_url: &str) -> Result<TestDb> {
        Self::postgres_at(base_url, i64::MAX).await
    }

    async fn postgres_at(base_url: &str, last: i64) -> Result<TestDb> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let name = format!(
            "tandem_t_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            rand::random::<u32>()
        );
        let admin = Db::connect(base_url, PoolSettings { max_connections: 1 }).await?;
        sweep_abandoned(&admin).await;
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(admin.pool()).await?;
        admin.close().await;
        let url = replace_database(base_url, &name);
        let db = Db::connect(&url, PoolSettings { max_connections: 8 }).await?;
        db.migrate_until(last).await?;
        Ok(TestDb { db, url, _dir: None, postgres: Some((base_url.to_owned(), name)) })
    }
}

/// Runs `f` in one write transaction, committed only when it succeeds: how
/// the service layer calls the store functions that write several rows.
pub async fn in_tx<T, E: From<StoreError>>(db: &Db, f: impl AsyncFnOnce(&mut Conn) -> Result<T, E>) -> Result<T, E> {
    let mut tx = db.begin().await?;
    let result = f(&mut tx).await;
    if result.is_ok() {
        tx.commit().await.map_err(StoreError::from)?;
    }
    result
}

/// Drops test databases left by test processes that were killed before
/// cleaning up (their pid is in the name and no longer runs).
async fn sweep_abandoned(admin: &Db) {
    static SWEPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if SWEPT.swap(true, Ordering::Relaxed) {
        return;
    }
    let Ok(rows) =
        sqlx::query("SELECT CAST(datname AS TEXT) AS datname FROM pg_database WHERE datname LIKE 'tandem_t_%'")
            .fetch_all(admin.pool())
            .await
    else {
        return;
    };
    for row in rows {
        let Ok(name) = sqlx::Row::try_get::<String, _>(&row, "datname") else {
            continue;
        };
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        let alive = pid.is_some_and(|p| std::path::Path::new(&format!("/proc/{p}")).exists());
        if !alive {
            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(admin.pool()).await;
        }
    }
}

/// Swaps the database name in a postgres:// URL, keeping any query string.
pub fn replace_database(url: &str, name: &str) -> String {
    let (head, query) = match url.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (url, None),
    };
    let authority_start = head.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match head[authority_start..].find('/') {
        Some(i) => &head[..authority_start + i],
        None => head,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((base, name)) = self.postgres.take() else {
            return;
        };
        // Dropping a database needs async I/O; run it to completion on a
        // private runtime so no test leaves databases behind. The test's own
        // pool cannot be closed from here (its sockets belong to the test's
        // runtime, which is blocked on this join), so FORCE ends its sessions.
        let cleanup = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                return;
            };
            rt.block_on(async move {
                if let Ok(admin) = Db::connect(&base, PoolSettings { max_connections: 1 }).await {
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(admin.pool()).await;
                    admin.close().await;
                }
            });
        });
        let _ = cleanup.join();
    }
}

/// A table of a backup: its rows as column → value.
pub type BackupTable = Vec<std::collections::BTreeMap<String, serde_json::Value>>;

/// Every table of a backup file's bytes by name, whatever order each
/// database keeps its columns in: what two backups are compared by.
pub fn backup_tables(bytes: &[u8]) -> std::io::Result<std::collections::BTreeMap<String, BackupTable>> {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text)?;
    let mut out = std::collections::BTreeMap::new();
    let mut current: Option<(String, Vec<String>)> = None;
    for line in text.lines().skip(1) {
        let value: serde_json::Value = serde_json::from_str(line).map_err(std::io::Error::other)?;
        if let Some(name) = value.get("table").and_then(|t| t.as_str()) {
            let columns = value["columns"].as_array().into_iter().flatten();
            let columns = columns.filter_map(|c| c.as_str().map(str::to_owned)).collect();
            out.insert(name.to_owned(), Vec::new());
            current = Some((name.to_owned(), columns));
        } else if let (Some(row), Some((name, columns))) = (value.as_array(), &current) {
            let row = columns.iter().cloned().zip(row.iter().cloned()).collect();
            out.entry(name.clone()).or_insert_with(Vec::new).push(row);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::replace_database;

    #[test]
    fn database_name_is_replaced() {
        assert_eq!(
            replace_database("postgres://postgres@127.0.0.1:5432/test", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(replace_database("postgres://h/test?sslmode=disable", "x"), "postgres://h/x?sslmode=disable");
        assert_eq!(replace_database("postgres://h", "x"), "postgres://h/x");
    }
}
