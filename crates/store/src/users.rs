//! People with accounts. A pupil who joined by invitation may have neither
//! email nor password.

use sqlx::any::AnyRow;
use tandem_domain::Timestamp;

use crate::{Conn, Exec, Result, conflict, flag, get, int_flag, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: Option<String>,
    pub display_name: String,
    pub lang: String,
    pub is_site_admin: bool,
    pub has_password: bool,
    /// Signs in with a code from an app as well as the password.
    pub has_second_factor: bool,
    /// How they want to hear about ideas they follow (immediate, daily, off).
    pub delivery: tandem_domain::notify::Delivery,
    pub created_at: Timestamp,
}

pub(crate) const USER_COLUMNS: &str = "u.id, u.email, u.display_name, u.lang, u.is_site_admin, \
     CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS has_password, \
     CASE WHEN u.totp_secret IS NULL THEN 0 ELSE 1 END AS has_second_factor, u.delivery, u.created_at";

pub(crate) fn user_from(row: &AnyRow) -> Result<User> {
    Ok(User {
        id: get(row, "id")?,
        email: get(row, "email")?,
        display_name: get(row, "display_name")?,
        lang: get(row, "lang")?,
        is_site_admin: flag(row, "is_site_admin")?,
        has_password: flag(row, "has_password")?,
        has_second_factor: flag(row, "has_second_factor")?,
        delivery: crate::choice(row, "delivery")?,
        created_at: ts(row, "created_at")?,
    })
}

pub struct NewUser<'a> {
    pub email: Option<&'a str>,
    pub display_name: &'a str,
    pub password_hash: Option<&'a str>,
    pub lang: &'a str,
    pub is_site_admin: bool,
}

/// Creates a user; `Conflict("email")` when the email is taken.
pub async fn create<'c, E>(exec: E, new: &NewUser<'_>, now: Timestamp) -> Result<i64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "INSERT INTO users (email, display_name, password_hash, lang, is_site_admin, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(new.email)
    .bind(new.display_name)
    .bind(new.password_hash)
    .bind(new.lang)
    .bind(int_flag(new.is_site_admin))
    .bind(now.0)
    .fetch_one(exec)
    .await
    .map_err(conflict("email"))?;
    get(&row, "id")
}

pub async fn get_by_id(db: impl Exec<'_>, id: i64) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(db).await?;
    row.as_ref().map(user_from).transpose()
}

/// Several users at once (for notifying followers).
pub async fn get_many(conn: &mut Conn, ids: &[i64]) -> Result<Vec<User>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(200) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id IN ({})", placeholders.join(", "));
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for id in chunk {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&mut *conn).await? {
            out.push(user_from(&row)?);
        }
    }
    Ok(out)
}

pub async fn get_by_email(db: impl Exec<'_>, email: &str) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.email = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(email).fetch_optional(db).await?;
    row.as_ref().map(user_from).transpose()
}

/// The user and their password hash, for logging in.
pub async fn credentials(db: impl Exec<'_>, email: &str) -> Result<Option<(User, Option<String>)>> {
    let sql = format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE u.email = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(email).fetch_optional(db).await?;
    match row {
        Some(row) => Ok(Some((user_from(&row)?, get(&row, "password_hash")?))),
        None => Ok(None),
    }
}

pub async fn password_hash(db: impl Exec<'_>, id: i64) -> Result<Option<String>> {
    let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1").bind(id).fetch_optional(db).await?;
    match row {
        Some(row) => get(&row, "password_hash"),
        None => Ok(None),
    }
}

pub async fn set_password(db: impl Exec<'_>, id: i64, hash: &str) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(id).execute(db).await?;
    Ok(())
}

/// Sets a sign-in email; `Conflict("email")` when another account has it.
pub async fn set_email(db: impl Exec<'_>, id: i64, email: &str) -> Result<()> {
    sqlx::query("UPDATE users SET email = $1 WHERE id = $2")
        .bind(email)
        .bind(id)
        .execute(db)
        .await
        .map_err(conflict("email"))?;
    Ok(())
}

pub async fn set_lang(db: impl Exec<'_>, id: i64, lang: &str) -> Result<()> {
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2").bind(lang).bind(id).execute(db).await?;
    Ok(())
}

pub async fn set_display_name(db: impl Exec<'_>, id: i64, name: &str) -> Result<()> {
    sqlx::query("UPDATE users SET display_name = $1 WHERE id = $2").bind(name).bind(id).execute(db).await?;
    Ok(())
}

pub async fn set_delivery(db: impl Exec<'_>, id: i64, delivery: tandem_domain::notify::Delivery) -> Result<()> {
    sqlx::query("UPDATE users SET delivery = $1 WHERE id = $2").bind(delivery.key()).bind(id).execute(db).await?;
    Ok(())
}

pub async fn count(db: impl Exec<'_>) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users").fetch_one(db).await?;
    get(&row, "n")
}

/// Locks the person's row until the transaction ends and records the time of
/// this contribution. Posting limits count after taking it, so two requests
/// of one person are counted one after the other: on PostgreSQL the second
/// waits for the first to commit and then sees its row; on SQLite every write
/// transaction already runs alone.
pub async fn lock_for_contribution(db: impl Exec<'_>, user_id: i64, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE users SET last_contribution_at = $1 WHERE id = $2")
        .bind(now.0)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}

// ---- the second factor

/// The person's second-factor state: the secret in use, one waiting for its
/// first code, and the last step whose code was accepted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecondFactor {
    pub secret: Option<String>,
    pub pending: Option<String>,
    pub last_step: Option<i64>,
}

pub async fn second_factor(db: impl Exec<'_>, id: i64) -> Result<SecondFactor> {
    let row = sqlx::query("SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await?;
    match row {
        Some(row) => Ok(SecondFactor {
            secret: get(&row, "totp_secret")?,
            pending: get(&row, "totp_pending")?,
            last_step: get(&row, "totp_last_step")?,
        }),
        None => Ok(SecondFactor::default()),
    }
}

/// Keeps a new secret until its first code confirms it.
pub async fn set_pending_second_factor(db: impl Exec<'_>, id: i64, secret: &str) -> Result<()> {
    sqlx::query("UPDATE users SET totp_pending = $1 WHERE id = $2").bind(secret).bind(id).execute(db).await?;
    Ok(())
}

/// Turns the pending secret on, with the step of the code that confirmed it.
pub async fn enable_second_factor(db: impl Exec<'_>, id: i64, secret: &str, step: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET totp_secret = $1, totp_pending = NULL, totp_last_step = $2
         WHERE id = $3 AND totp_pending = $1",
    )
    .bind(secret)
    .bind(step)
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn disable_second_factor(conn: &mut Conn, id: i64) -> Result<()> {
    sqlx::query("UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// Records that a step's code was used, unless that step (or a later one)
/// already was: of two sign-ins with one code, only one gets through.
pub async fn use_step(db: impl Exec<'_>, id: i64, step: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET totp_last_step = $1
         WHERE id = $2 AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces the person's recovery codes (given as hashes).
pub async fn replace_recovery_codes(conn: &mut Conn, id: i64, hashes: &[String]) -> Result<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(id).execute(&mut *conn).await?;
    for hash in hashes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(id)
            .bind(hash)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Spends a recovery code: true the first time only.
pub async fn use_recovery_code(db: impl Exec<'_>, id: i64, hash: &str, now: Timestamp) -> Result<bool> {
    let done =
        sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now.0)
            .bind(id)
            .bind(hash)
            .execute(db)
            .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn recovery_codes_left(db: impl Exec<'_>, id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(id)
        .fetch_one(db)
        .await?;
    get(&row, "n")
}

/// A password accepted and waiting for the second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub user_id: i64,
    pub client: String,
    pub attempts: i64,
}

pub async fn create_challenge(
    db: impl Exec<'_>,
    token_hash: &str,
    user_id: i64,
    client: &str,
    expires_at: Timestamp,
) -> Result<()> {
    sqlx::query("INSERT INTO login_challenges (token_hash, user_id, client, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user_id)
        .bind(client)
        .bind(expires_at.0)
        .execute(db)
        .await?;
    Ok(())
}

/// Counts one try at a challenge and returns it with the tries so far
/// (this one included); `None` when it is unknown or expired.
pub async fn try_challenge(db: impl Exec<'_>, token_hash: &str, now: Timestamp) -> Result<Option<Challenge>> {
    let row = sqlx::query(
        "UPDATE login_challenges SET attempts = attempts + 1 WHERE token_hash = $1 AND expires_at > $2
         RETURNING user_id, client, attempts",
    )
    .bind(token_hash)
    .bind(now.0)
    .fetch_optional(db)
    .await?;
    row.map(|row| {
        Ok(Challenge { user_id: get(&row, "user_id")?, client: get(&row, "client")?, attempts: get(&row, "attempts")? })
    })
    .transpose()
}

/// Whether a challenge is still waiting (to show its form).
pub async fn challenge_open(db: impl Exec<'_>, token_hash: &str, now: Timestamp) -> Result<bool> {
    let row = sqlx::query("SELECT 1 AS one FROM login_challenges WHERE token_hash = $1 AND expires_at > $2")
        .bind(token_hash)
        .bind(now.0)
        .fetch_optional(db)
        .await?;
    Ok(row.is_some())
}

pub async fn delete_challenge(db: impl Exec<'_>, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1").bind(token_hash).execute(db).await?;
    Ok(())
}

pub async fn purge_challenges(db: impl Exec<'_>, now: Timestamp) -> Result<u64> {
    let done = sqlx::query("DELETE FROM login_challenges WHERE expires_at < $1").bind(now.0).execute(db).await?;
    Ok(done.rows_affected())
}
