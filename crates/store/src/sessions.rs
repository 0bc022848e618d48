//! Login sessions, kept in the database so any server can honour them.
//!
//! Only a hash of the session token is stored: a leaked database backup
//! cannot be replayed as cookies.

use sqlx::any::AnyRow;
use tandem_domain::Timestamp;

use crate::{
    Exec, Result, get, ts,
    users::{USER_COLUMNS, User, user_from},
};

#[derive(Debug, Clone)]
pub struct Session {
    pub token_hash: String,
    pub csrf_token: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
    pub user: User,
    /// Unread notifications, read with the session so the header costs no extra query.
    pub unread: i64,
}

fn session_from(row: &AnyRow) -> Result<Session> {
    Ok(Session {
        token_hash: get(row, "token_hash")?,
        csrf_token: get(row, "csrf_token")?,
        created_at: ts(row, "s_created_at")?,
        last_seen_at: ts(row, "last_seen_at")?,
        expires_at: ts(row, "expires_at")?,
        user: user_from(row)?,
        unread: get(row, "unread")?,
    })
}

pub async fn create(
    db: impl Exec<'_>,
    token_hash: &str,
    user_id: i64,
    csrf_token: &str,
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $4, $5)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(csrf_token)
    .bind(now.0)
    .bind(expires_at.0)
    .execute(db)
    .await?;
    Ok(())
}

/// The live session with this token hash, with its user.
/// The person's unread notifications, counted up to [`UNREAD_CAP`]: the
/// header shows "99+" beyond, and every request does bounded work (the
/// newest hundred through the partial index of unread notifications).
pub(crate) const UNREAD_SQL: &str = "(SELECT COUNT(*) FROM notifications n
      WHERE n.user_id = u.id AND n.read_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM ideas d WHERE d.id = n.idea_id AND d.hidden_at IS NOT NULL)
        AND n.id >= COALESCE((SELECT m.id FROM notifications m
                              WHERE m.user_id = u.id AND m.read_at IS NULL
                                AND NOT EXISTS (SELECT 1 FROM ideas e WHERE e.id = m.idea_id AND e.hidden_at IS NOT NULL)
                              ORDER BY m.id DESC LIMIT 1 OFFSET 99), 0))";

/// Counting stops here.
pub const UNREAD_CAP: i64 = 100;

pub async fn find(db: impl Exec<'_>, token_hash: &str, now: Timestamp) -> Result<Option<Session>> {
    let sql = format!(
        "SELECT s.token_hash, s.csrf_token, s.created_at AS s_created_at, s.last_seen_at, s.expires_at, {USER_COLUMNS},
                {UNREAD_SQL} AS unread
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(token_hash).bind(now.0).fetch_optional(db).await?;
    row.as_ref().map(session_from).transpose()
}

/// Extends an active session (sliding expiry).
pub async fn touch(db: impl Exec<'_>, token_hash: &str, now: Timestamp, expires_at: Timestamp) -> Result<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE token_hash = $3")
        .bind(now.0)
        .bind(expires_at.0)
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn delete(db: impl Exec<'_>, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(db).await?;
    Ok(())
}

/// Ends every other session of a user, e.g. after a password change.
pub async fn delete_others(db: impl Exec<'_>, user_id: i64, keep_hash: &str) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep_hash)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// Ends every session of a user, e.g. when a sign-in link replaces a lost device.
pub async fn delete_all(db: impl Exec<'_>, user_id: i64) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(db).await?;
    Ok(done.rows_affected())
}

pub async fn purge_expired(db: impl Exec<'_>, now: Timestamp) -> Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now.0).execute(db).await?;
    Ok(done.rows_affected())
}
