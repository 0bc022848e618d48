//! In-app notifications; the email side goes through the job queue.

use tandem_domain::{Timestamp, notify::NotificationKind};

use crate::{
    Conn, Exec, Result, choice, get, opt_ts,
    paging::{After, BindPage},
    ts,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub user_id: i64,
    pub kind: NotificationKind,
    pub initiative_id: Option<i64>,
    pub idea_id: Option<i64>,
    pub commitment_id: Option<i64>,
    /// What the notification is about (an idea's or commitment's title).
    pub detail: String,
    pub read_at: Option<Timestamp>,
    pub created_at: Timestamp,
    /// The page it is about: /c/{community}/i/{initiative}.
    pub initiative_path: Option<String>,
}

pub struct New<'a> {
    pub kind: NotificationKind,
    pub initiative_id: i64,
    pub idea_id: Option<i64>,
    pub commitment_id: Option<i64>,
    pub detail: &'a str,
}

/// Creates one notification per recipient; returns their ids, in recipient order.
pub async fn create_many(conn: &mut Conn, recipients: &[i64], n: &New<'_>, now: Timestamp) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(recipients.len());
    for user in recipients {
        let row = sqlx::query(
            "INSERT INTO notifications (user_id, kind, initiative_id, idea_id, commitment_id, detail, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(user)
        .bind(n.kind.key())
        .bind(n.initiative_id)
        .bind(n.idea_id)
        .bind(n.commitment_id)
        .bind(n.detail)
        .bind(now.0)
        .fetch_one(&mut *conn)
        .await?;
        ids.push(get(&row, "id")?);
    }
    Ok(ids)
}

/// Notifications about an idea hidden by moderation are withheld: its title
/// (their detail) must leave every surface, the bell and emails included.
const SELECT: &str = "SELECT n.id, n.user_id, n.kind, n.initiative_id, n.idea_id, n.commitment_id, n.detail, n.read_at,
        n.created_at, c.slug AS c_slug, i.slug AS i_slug
     FROM notifications n
     LEFT JOIN initiatives i ON i.id = n.initiative_id
     LEFT JOIN communities c ON c.id = i.community_id
     LEFT JOIN ideas d ON d.id = n.idea_id";
const SHOWN: &str = "d.hidden_at IS NULL";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Notification> {
    Ok(Notification {
        id: get(row, "id")?,
        user_id: get(row, "user_id")?,
        kind: choice(row, "kind")?,
        initiative_id: get(row, "initiative_id")?,
        idea_id: get(row, "idea_id")?,
        commitment_id: get(row, "commitment_id")?,
        detail: get(row, "detail")?,
        read_at: opt_ts(row, "read_at")?,
        created_at: ts(row, "created_at")?,
        initiative_path: match (get::<Option<String>>(row, "c_slug")?, get::<Option<String>>(row, "i_slug")?) {
            (Some(c), Some(i)) => Some(format!("/c/{c}/i/{i}")),
            _ => None,
        },
    })
}

/// A page of the person's notifications, newest first, after `after`
/// (`limit + 1` rows: the extra one says more follow).
pub async fn page(db: impl Exec<'_>, user_id: i64, after: Option<After>, limit: i64) -> Result<Vec<Notification>> {
    let sql = format!(
        "{SELECT} WHERE n.user_id = $1 AND {SHOWN}
           AND ($2 = 0 OR n.created_at < $3 OR (n.created_at = $3 AND n.id < $4))
         ORDER BY n.created_at DESC, n.id DESC LIMIT $5"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(user_id).bind_page(after, limit).fetch_all(db).await?;
    rows.iter().map(from_row).collect()
}

/// How many notifications the person can read, on every page together.
pub async fn count(db: impl Exec<'_>, user_id: i64) -> Result<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM notifications n LEFT JOIN ideas d ON d.id = n.idea_id
         WHERE n.user_id = $1 AND d.hidden_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(db)
    .await?;
    get(&row, "n")
}

/// Unread notifications, counted up to `sessions::UNREAD_CAP` (as the header shows them).
pub async fn unread_count(db: impl Exec<'_>, user_id: i64) -> Result<i64> {
    let sql = format!("SELECT {} AS n FROM users u WHERE u.id = $1", crate::sessions::UNREAD_SQL);
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(user_id).fetch_optional(db).await?;
    row.map_or(Ok(0), |r| get(&r, "n"))
}

pub async fn mark_all_read(db: impl Exec<'_>, user_id: i64, now: Timestamp) -> Result<u64> {
    let done = sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(now.0)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// Notifications not yet emailed to people who chose a daily digest.
pub async fn digest_due(db: impl Exec<'_>) -> Result<Vec<Notification>> {
    let sql = format!(
        "{SELECT} JOIN users u ON u.id = n.user_id
         WHERE n.emailed_at IS NULL AND u.delivery = 'daily' AND u.email IS NOT NULL AND {SHOWN}
         ORDER BY n.user_id, n.created_at"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(db).await?;
    rows.iter().map(from_row).collect()
}

pub async fn mark_emailed(conn: &mut Conn, ids: &[i64], now: Timestamp) -> Result<()> {
    for id in ids {
        sqlx::query("UPDATE notifications SET emailed_at = $1 WHERE id = $2")
            .bind(now.0)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
