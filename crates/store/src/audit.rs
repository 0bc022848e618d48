//! An append-only record of who changed what, for admins and disputes.

use tandem_domain::Timestamp;

use crate::{Exec, Result, flag, get, ts};

pub struct Entry<'a> {
    pub community_id: Option<i64>,
    /// The initiative the change concerns, when it concerns one.
    pub initiative_id: Option<i64>,
    pub actor_id: Option<i64>,
    /// The door the change came through: page, api, cli or worker.
    pub via: &'a str,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
}

pub async fn record(db: impl Exec<'_>, entry: &Entry<'_>, now: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (community_id, initiative_id, actor_id, via, action, subject, detail, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(entry.community_id)
    .bind(entry.initiative_id)
    .bind(entry.actor_id)
    .bind(entry.via)
    .bind(entry.action)
    .bind(entry.subject)
    .bind(entry.detail)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub id: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    /// The actor's group in this community protects identities (pupils).
    pub actor_protected: bool,
    pub initiative_id: Option<i64>,
    pub initiative_slug: Option<String>,
    pub initiative_title: Option<String>,
    pub via: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub at: Timestamp,
}

/// Which entries of a community to read. Every condition is optional.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    pub initiative_id: Option<i64>,
    pub actor_id: Option<i64>,
    /// An exact action (e.g. `idea.respond`) or a family ending in a dot (`idea.`).
    pub action: Option<&'a str>,
    /// Entries at or after this time.
    pub from: Option<Timestamp>,
    /// Entries before this time.
    pub until: Option<Timestamp>,
}

/// One page of entries, newest first, with how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub total: i64,
    pub entries: Vec<Logged>,
}

/// The conditions of a filter as SQL, binding $2.. after the community ($1).
/// Unused conditions compare with a value that matches everything, so the
/// SQL text never changes shape and stays one statement for both databases.
const WHERE: &str = "a.community_id = $1
     AND ($2 < 0 OR a.initiative_id = $2)
     AND ($3 < 0 OR a.actor_id = $3)
     AND (($4 = '' AND $5 = '') OR a.action = $4 OR ($5 <> '' AND a.action LIKE $5))
     AND a.at >= $6 AND a.at < $7";

pub async fn list(db: &crate::Db, community_id: i64, filter: &Filter<'_>, limit: i64, offset: i64) -> Result<Page> {
    let action = filter.action.map(str::trim).unwrap_or_default();
    // A family ("idea.") matches by prefix; dots and letters need no LIKE escaping
    // and anything else was refused by the caller.
    let prefix = if action.ends_with('.') { format!("{action}%") } else { String::new() };
    let from = filter.from.map(|t| t.0).unwrap_or(i64::MIN);
    let until = filter.until.map(|t| t.0).unwrap_or(i64::MAX);
    let count_sql = format!("SELECT COUNT(*) AS n FROM audit_log a WHERE {WHERE}");
    let list_sql = format!(
        "SELECT a.id, a.actor_id, u.display_name AS actor_name, COALESCE(g.protects_identity, 0) AS actor_protected,
                a.initiative_id, n.slug AS initiative_slug,
                n.title AS initiative_title, a.via, a.action, a.subject, a.detail, a.at
         FROM audit_log a
         LEFT JOIN users u ON u.id = a.actor_id
         LEFT JOIN memberships m ON m.user_id = a.actor_id AND m.community_id = a.community_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         LEFT JOIN initiatives n ON n.id = a.initiative_id
         WHERE {WHERE}
         ORDER BY a.at DESC, a.id DESC LIMIT $8 OFFSET $9"
    );
    let exact = if prefix.is_empty() { action } else { "" };
    let total_row = sqlx::query(sqlx::AssertSqlSafe(count_sql))
        .bind(community_id)
        .bind(filter.initiative_id.unwrap_or(-1))
        .bind(filter.actor_id.unwrap_or(-1))
        .bind(exact)
        .bind(prefix.as_str())
        .bind(from)
        .bind(until)
        .fetch_one(db.pool())
        .await?;
    let rows = sqlx::query(sqlx::AssertSqlSafe(list_sql))
        .bind(community_id)
        .bind(filter.initiative_id.unwrap_or(-1))
        .bind(filter.actor_id.unwrap_or(-1))
        .bind(exact)
        .bind(prefix.as_str())
        .bind(from)
        .bind(until)
        .bind(limit)
        .bind(offset)
        .fetch_all(db.pool())
        .await?;
    let entries = rows
        .iter()
        .map(|row| {
            Ok(Logged {
                id: get(row, "id")?,
                actor_id: get(row, "actor_id")?,
                actor_name: get(row, "actor_name")?,
                actor_protected: flag(row, "actor_protected")?,
                initiative_id: get(row, "initiative_id")?,
                initiative_slug: get(row, "initiative_slug")?,
                initiative_title: get(row, "initiative_title")?,
                via: get(row, "via")?,
                action: get(row, "action")?,
                subject: get(row, "subject")?,
                detail: get(row, "detail")?,
                at: ts(row, "at")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Page { total: get(&total_row, "n")?, entries })
}

/// The distinct actions recorded in a community, for the filter's choices.
pub async fn actions(db: impl Exec<'_>, community_id: i64) -> Result<Vec<String>> {
    let rows = sqlx::query("SELECT DISTINCT action FROM audit_log WHERE community_id = $1 ORDER BY action")
        .bind(community_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|row| get(row, "action")).collect()
}

/// Someone who appears in a community's audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: i64,
    pub name: String,
    /// Their group in this community protects identities (pupils).
    pub protected: bool,
}

pub async fn actors(db: impl Exec<'_>, community_id: i64) -> Result<Vec<Actor>> {
    let rows = sqlx::query(
        "SELECT u.id, u.display_name, COALESCE(g.protects_identity, 0) AS protected
         FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id AND m.community_id = $1
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         WHERE u.id IN (SELECT DISTINCT actor_id FROM audit_log WHERE community_id = $1 AND actor_id IS NOT NULL)
         ORDER BY u.display_name, u.id",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| Ok(Actor { id: get(r, "id")?, name: get(r, "display_name")?, protected: flag(r, "protected")? }))
        .collect()
}
