//! An append-only record of who changed what, for admins and disputes.

use tandem_domain::Timestamp;

use crate::{Db, Result, get, ts};

pub struct Entry<'a> {
    pub community_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
}

pub async fn record(db: &Db, entry: &Entry<'_>, now: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (community_id, actor_id, action, subject, detail, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(entry.community_id)
    .bind(entry.actor_id)
    .bind(entry.action)
    .bind(entry.subject)
    .bind(entry.detail)
    .bind(now.0)
    .execute(db.pool())
    .await?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct Logged {
    pub actor_name: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub at: Timestamp,
}

pub async fn recent(db: &Db, community_id: i64, limit: i64) -> Result<Vec<Logged>> {
    let rows = sqlx::query(
        "SELECT u.display_name AS actor_name, a.action, a.subject, a.detail, a.at
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
         WHERE a.community_id = $1 ORDER BY a.at DESC, a.id DESC LIMIT $2",
    )
    .bind(community_id)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Logged {
                actor_name: get(row, "actor_name")?,
                action: get(row, "action")?,
                subject: get(row, "subject")?,
                detail: get(row, "detail")?,
                at: ts(row, "at")?,
            })
        })
        .collect()
}
