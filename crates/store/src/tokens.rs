//! Personal API tokens for scripts and integrations (hash stored, token shown once).

use sqlx::any::AnyRow;
use tandem_domain::{Timestamp, session::TokenScope};

use crate::{
    Conn, Exec, Result, choice, get, opt_ts, ts,
    users::{USER_COLUMNS, User, user_from},
};

#[derive(Debug, Clone)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub scope: TokenScope,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

fn token_from(row: &AnyRow) -> Result<ApiToken> {
    Ok(ApiToken {
        id: get(row, "id")?,
        name: get(row, "name")?,
        scope: choice(row, "scope")?,
        created_at: ts(row, "created_at")?,
        expires_at: ts(row, "expires_at")?,
        last_used_at: opt_ts(row, "last_used_at")?,
        revoked_at: opt_ts(row, "revoked_at")?,
    })
}

pub struct NewToken<'a> {
    pub user_id: i64,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub scope: TokenScope,
    pub expires_at: Timestamp,
}

pub async fn create(db: impl Exec<'_>, t: &NewToken<'_>, now: Timestamp) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO api_tokens (user_id, name, token_hash, scope, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(t.user_id)
    .bind(t.name)
    .bind(t.token_hash)
    .bind(t.scope.key())
    .bind(t.expires_at.0)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

/// The owner of a live (unrevoked, unexpired) token and what it may do,
/// recording that it was used.
pub async fn user_for(conn: &mut Conn, token_hash: &str, now: Timestamp) -> Result<Option<(User, TokenScope)>> {
    let sql = format!(
        "SELECT {USER_COLUMNS}, t.scope AS token_scope FROM api_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(token_hash).bind(now.0).fetch_optional(&mut *conn).await?;
    let Some(row) = row else { return Ok(None) };
    // Hourly resolution is enough for "last used" and spares a write per request.
    sqlx::query(
        "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND (last_used_at IS NULL OR last_used_at < $3)",
    )
    .bind(now.0)
    .bind(token_hash)
    .bind(now.0 - 3600)
    .execute(&mut *conn)
    .await?;
    Ok(Some((user_from(&row)?, choice(&row, "token_scope")?)))
}

/// A page of the user's tokens, newest first, after the token `after`
/// (`limit + 1` rows: the extra one says more follow).
pub async fn page(db: impl Exec<'_>, user_id: i64, after: Option<i64>, limit: i64) -> Result<Vec<ApiToken>> {
    let rows = sqlx::query(
        "SELECT id, name, scope, created_at, expires_at, last_used_at, revoked_at FROM api_tokens
         WHERE user_id = $1 AND ($2 = 0 OR id < $2) ORDER BY id DESC LIMIT $3",
    )
    .bind(user_id)
    .bind(after.unwrap_or(0))
    .bind(limit.saturating_add(1))
    .fetch_all(db)
    .await?;
    rows.iter().map(token_from).collect()
}

/// How many tokens the user has made (revoked and expired ones included).
pub async fn count(db: impl Exec<'_>, user_id: i64) -> Result<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM api_tokens WHERE user_id = $1").bind(user_id).fetch_one(db).await?;
    get(&row, "n")
}

/// Revokes one of the user's own tokens; false when there was none to revoke.
pub async fn revoke(db: impl Exec<'_>, user_id: i64, id: i64, now: Timestamp) -> Result<bool> {
    let done =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
            .bind(now.0)
            .bind(id)
            .bind(user_id)
            .execute(db)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes every live token of a user (their password changed: whoever
/// had it may have made tokens too). Returns how many.
pub async fn revoke_all(db: impl Exec<'_>, user_id: i64, now: Timestamp) -> Result<u64> {
    let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now.0)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
