//! One-time links sent to an account's own address: password resets and
//! confirmations of a new sign-in address. Only token hashes are stored.

use tandem_domain::Timestamp;

use crate::{Exec, Result, get};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Reset,
    Email,
}

impl Purpose {
    fn key(self) -> &'static str {
        match self {
            Purpose::Reset => "reset",
            Purpose::Email => "email",
        }
    }
}

/// Who a link is for and, for an address change, the new address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub user_id: i64,
    pub new_email: Option<String>,
}

/// Stores a new link, replacing the person's unused links of the same
/// purpose: only the latest email works.
pub async fn create(
    conn: &mut crate::Conn,
    token_hash: &str,
    user_id: i64,
    purpose: Purpose,
    new_email: Option<&str>,
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<()> {
    revoke(&mut *conn, user_id, purpose).await?;
    sqlx::query(
        "INSERT INTO account_links (token_hash, user_id, purpose, new_email, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(purpose.key())
    .bind(new_email)
    .bind(now.0)
    .bind(expires_at.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Withdraws the person's unused links of one purpose.
pub async fn revoke(db: impl Exec<'_>, user_id: i64, purpose: Purpose) -> Result<u64> {
    let done = sqlx::query("DELETE FROM account_links WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL")
        .bind(user_id)
        .bind(purpose.key())
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// The link behind a token while it can still be used (to show its form).
pub async fn find(db: impl Exec<'_>, token_hash: &str, purpose: Purpose, now: Timestamp) -> Result<Option<Link>> {
    let row = sqlx::query(
        "SELECT user_id, new_email FROM account_links
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose.key())
    .bind(now.0)
    .fetch_optional(db)
    .await?;
    row.map(|row| Ok(Link { user_id: get(&row, "user_id")?, new_email: get(&row, "new_email")? })).transpose()
}

/// Spends a link: in one statement, so that of two uses at once only one
/// succeeds. `None` when it is unknown, used or expired.
pub async fn spend(db: impl Exec<'_>, token_hash: &str, purpose: Purpose, now: Timestamp) -> Result<Option<Link>> {
    let row = sqlx::query(
        "UPDATE account_links SET used_at = $3
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
         RETURNING user_id, new_email",
    )
    .bind(token_hash)
    .bind(purpose.key())
    .bind(now.0)
    .fetch_optional(db)
    .await?;
    row.map(|row| Ok(Link { user_id: get(&row, "user_id")?, new_email: get(&row, "new_email")? })).transpose()
}

/// Forgets links that expired before `cutoff`.
pub async fn purge(db: impl Exec<'_>, cutoff: Timestamp) -> Result<u64> {
    let done = sqlx::query("DELETE FROM account_links WHERE expires_at < $1").bind(cutoff.0).execute(db).await?;
    Ok(done.rows_affected())
}
