//! Login attempt counters shared by every server (the policy is in the domain
//! and the use of each counter in the service's `accounts::login`).

use tandem_domain::Timestamp;

use crate::{Conn, Exec, Result, get, ts};

/// Failures counted in the current window and when that window began;
/// `None` when there are none since `cutoff`.
pub async fn current(db: impl Exec<'_>, key: &str, cutoff: Timestamp) -> Result<Option<(i64, Timestamp)>> {
    let row = sqlx::query("SELECT failures, window_start FROM login_throttle WHERE key = $1 AND window_start >= $2")
        .bind(key)
        .bind(cutoff.0)
        .fetch_optional(db)
        .await?;
    match row {
        Some(row) => Ok(Some((get(&row, "failures")?, ts(&row, "window_start")?))),
        None => Ok(None),
    }
}

/// Counts one more failure atomically, starting a new window when the old one
/// began before `cutoff`. Returns the new count and the window start.
pub async fn record_failure(
    db: impl Exec<'_>,
    key: &str,
    now: Timestamp,
    cutoff: Timestamp,
) -> Result<(i64, Timestamp)> {
    let row = sqlx::query(
        "INSERT INTO login_throttle (key, window_start, failures) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_throttle.window_start < $3 THEN 1 ELSE login_throttle.failures + 1 END,
           window_start = CASE WHEN login_throttle.window_start < $3 THEN $2 ELSE login_throttle.window_start END
         RETURNING failures, window_start",
    )
    .bind(key)
    .bind(now.0)
    .bind(cutoff.0)
    .fetch_one(db)
    .await?;
    Ok((get(&row, "failures")?, ts(&row, "window_start")?))
}

/// Locks a counter for the caller's transaction (creating it at zero) and
/// reads it: concurrent attempts on the same counter then take turns, so a
/// decision and the count it adds cannot be raced. Returns the failures and
/// the time kept with them (the window's start, or the last failure).
pub async fn lock(conn: &mut Conn, key: &str, now: Timestamp) -> Result<(i64, Timestamp)> {
    let row = sqlx::query(
        "INSERT INTO login_throttle (key, window_start, failures) VALUES ($1, $2, 0)
         ON CONFLICT (key) DO UPDATE SET failures = login_throttle.failures
         RETURNING failures, window_start",
    )
    .bind(key)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    Ok((get(&row, "failures")?, ts(&row, "window_start")?))
}

/// Sets a counter locked by [`lock`].
pub async fn set(conn: &mut Conn, key: &str, failures: i64, at: Timestamp) -> Result<()> {
    sqlx::query("UPDATE login_throttle SET failures = $1, window_start = $2 WHERE key = $3")
        .bind(failures)
        .bind(at.0)
        .bind(key)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether the account signed in from this address recently.
pub async fn is_known(db: impl Exec<'_>, account: &str, address: &str) -> Result<bool> {
    let row = sqlx::query("SELECT 1 AS one FROM login_known_addresses WHERE account = $1 AND address = $2")
        .bind(account)
        .bind(address)
        .fetch_optional(db)
        .await?;
    Ok(row.is_some())
}

/// Remembers that the account signed in from this address now.
pub async fn remember(db: impl Exec<'_>, account: &str, address: &str, now: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO login_known_addresses (account, address, last_success_at) VALUES ($1, $2, $3)
         ON CONFLICT (account, address) DO UPDATE SET last_success_at = excluded.last_success_at",
    )
    .bind(account)
    .bind(address)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(())
}

/// Forgets addresses not signed in from since `cutoff`.
pub async fn forget_known(db: impl Exec<'_>, cutoff: Timestamp) -> Result<u64> {
    let done =
        sqlx::query("DELETE FROM login_known_addresses WHERE last_success_at < $1").bind(cutoff.0).execute(db).await?;
    Ok(done.rows_affected())
}

/// Gives back one counted attempt (it turned out not to be a failure).
pub async fn release(db: impl Exec<'_>, key: &str) -> Result<()> {
    sqlx::query("UPDATE login_throttle SET failures = failures - 1 WHERE key = $1 AND failures > 0")
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn clear(db: impl Exec<'_>, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM login_throttle WHERE key = $1").bind(key).execute(db).await?;
    Ok(())
}

pub async fn purge(db: impl Exec<'_>, cutoff: Timestamp) -> Result<u64> {
    let done = sqlx::query("DELETE FROM login_throttle WHERE window_start < $1").bind(cutoff.0).execute(db).await?;
    Ok(done.rows_affected())
}

/// Forgets every failure counted against an account (its own counter and
/// those per account and address): after the owner proves they hold its
/// email address, earlier guesses no longer hold them back.
pub async fn clear_account(db: impl Exec<'_>, email: &str) -> Result<u64> {
    // A range instead of LIKE: an address may contain `_` or `%`.
    let (from, to) = (format!("pair:{email}|"), format!("pair:{email}}}"));
    let done = sqlx::query("DELETE FROM login_throttle WHERE key = $1 OR (key >= $2 AND key < $3)")
        .bind(format!("acct:{email}"))
        .bind(from)
        .bind(to)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
