//! A job queue in the database, so any server's worker can run any job and
//! nothing is lost when a process stops.

use sqlx::any::AnyRow;
use tandem_domain::Timestamp;

use crate::{Conn, Exec, Result, get, opt_ts, ts};

#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub max_attempts: i64,
    pub run_at: Timestamp,
    pub done_at: Option<Timestamp>,
    pub failed_at: Option<Timestamp>,
    pub last_error: Option<String>,
}

const COLUMNS: &str = "id, kind, payload, attempts, max_attempts, run_at, done_at, failed_at, last_error";

fn job_from(row: &AnyRow) -> Result<Job> {
    Ok(Job {
        id: get(row, "id")?,
        kind: get(row, "kind")?,
        payload: get(row, "payload")?,
        attempts: get(row, "attempts")?,
        max_attempts: get(row, "max_attempts")?,
        run_at: ts(row, "run_at")?,
        done_at: opt_ts(row, "done_at")?,
        failed_at: opt_ts(row, "failed_at")?,
        last_error: get(row, "last_error")?,
    })
}

pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: &'a str,
    pub run_at: Timestamp,
    pub max_attempts: i64,
    /// At most one unfinished job per key (e.g. the daily cleanup).
    pub dedupe_key: Option<&'a str>,
}

/// Queues a job; `None` when an unfinished job with the same dedupe key exists.
pub async fn enqueue<'c, E>(exec: E, new: &NewJob<'_>, now: Timestamp) -> Result<Option<i64>>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "INSERT INTO jobs (kind, payload, dedupe_key, run_at, max_attempts, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
    )
    .bind(new.kind)
    .bind(new.payload)
    .bind(new.dedupe_key)
    .bind(new.run_at.0)
    .bind(new.max_attempts)
    .bind(now.0)
    .fetch_optional(exec)
    .await?;
    row.as_ref().map(|r| get(r, "id")).transpose()
}

/// Takes the next due job for this worker, leasing it for `lease_secs`.
///
/// Claiming is a conditional UPDATE that only one worker can win, which works
/// the same on both databases (no FOR UPDATE SKIP LOCKED on SQLite). A worker
/// that dies mid-job loses its lease and the job runs again.
pub async fn claim(conn: &mut Conn, worker: &str, now: Timestamp, lease_secs: i64) -> Result<Option<Job>> {
    let candidates = sqlx::query(
        "SELECT id FROM jobs
         WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= $1
           AND (locked_until IS NULL OR locked_until < $1)
         ORDER BY run_at, id LIMIT 8",
    )
    .bind(now.0)
    .fetch_all(&mut *conn)
    .await?;
    for candidate in candidates {
        let id: i64 = get(&candidate, "id")?;
        let won = sqlx::query(
            "UPDATE jobs SET locked_until = $1, locked_by = $2, attempts = attempts + 1
             WHERE id = $3 AND done_at IS NULL AND failed_at IS NULL
               AND (locked_until IS NULL OR locked_until < $4)",
        )
        .bind(now.0 + lease_secs)
        .bind(worker)
        .bind(id)
        .bind(now.0)
        .execute(&mut *conn)
        .await?;
        if won.rows_affected() == 1 {
            return get_job(&mut *conn, id).await;
        }
    }
    Ok(None)
}

pub async fn get_job(db: impl Exec<'_>, id: i64) -> Result<Option<Job>> {
    let sql = format!("SELECT {COLUMNS} FROM jobs WHERE id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(db).await?;
    row.as_ref().map(job_from).transpose()
}

/// Marks a job done and frees its dedupe key for the next one.
pub async fn complete(db: impl Exec<'_>, id: i64, now: Timestamp) -> Result<()> {
    sqlx::query(
        "UPDATE jobs SET done_at = $1, locked_until = NULL, dedupe_key = NULL, last_error = NULL WHERE id = $2",
    )
    .bind(now.0)
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}

/// Records a failure: try again at `retry_at`, or give up when it is `None`.
pub async fn fail(conn: &mut Conn, id: i64, error: &str, retry_at: Option<Timestamp>, now: Timestamp) -> Result<()> {
    match retry_at {
        Some(at) => {
            sqlx::query("UPDATE jobs SET run_at = $1, locked_until = NULL, last_error = $2 WHERE id = $3")
                .bind(at.0)
                .bind(error)
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
        None => {
            sqlx::query(
                "UPDATE jobs SET failed_at = $1, locked_until = NULL, dedupe_key = NULL, last_error = $2 WHERE id = $3",
            )
            .bind(now.0)
            .bind(error)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// Jobs still to run (due or not), for operators.
pub async fn pending_count(db: impl Exec<'_>) -> Result<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM jobs WHERE done_at IS NULL AND failed_at IS NULL").fetch_one(db).await?;
    get(&row, "n")
}

/// The payloads of the jobs of one kind still waiting, oldest first (tests
/// read the emails they would send).
pub async fn pending_payloads(db: impl Exec<'_>, kind: &str) -> Result<Vec<String>> {
    let rows =
        sqlx::query("SELECT payload FROM jobs WHERE kind = $1 AND done_at IS NULL AND failed_at IS NULL ORDER BY id")
            .bind(kind)
            .fetch_all(db)
            .await?;
    rows.iter().map(|r| get(r, "payload")).collect()
}

/// Removes finished jobs older than `cutoff`.
pub async fn purge_finished(db: impl Exec<'_>, cutoff: Timestamp) -> Result<u64> {
    let done = sqlx::query(
        "DELETE FROM jobs WHERE (done_at IS NOT NULL AND done_at < $1) OR (failed_at IS NOT NULL AND failed_at < $1)",
    )
    .bind(cutoff.0)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}
