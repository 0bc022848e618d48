//! Guardrails (seed 000: co-contamination): flags, hiding with a logged
//! reason that is shown in place, and the moderation log.

use tandem_domain::Timestamp;

use crate::{Db, Result, StoreError, conflict, get, ts};

/// What can be flagged and hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Idea,
    Comment,
}

impl Target {
    pub fn key(self) -> &'static str {
        match self {
            Target::Idea => "idea",
            Target::Comment => "comment",
        }
    }

    pub fn parse(s: &str) -> Option<Target> {
        match s {
            "idea" => Some(Target::Idea),
            "comment" => Some(Target::Comment),
            _ => None,
        }
    }

    fn table(self) -> &'static str {
        match self {
            Target::Idea => "ideas",
            Target::Comment => "idea_comments",
        }
    }
}

/// One flag per person per item; `Conflict("flag")` when they already flagged it.
pub async fn flag(
    db: &Db,
    community_id: i64,
    target: Target,
    id: i64,
    user_id: i64,
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO flags (community_id, target_kind, target_id, user_id, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(community_id)
    .bind(target.key())
    .bind(id)
    .bind(user_id)
    .bind(reason)
    .bind(now.0)
    .execute(db.pool())
    .await
    .map_err(conflict("flag"))?;
    Ok(())
}

pub async fn flags_since(db: &Db, user_id: i64, since: Timestamp) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM flags WHERE user_id = $1 AND created_at >= $2")
        .bind(user_id)
        .bind(since.0)
        .fetch_one(db.pool())
        .await?;
    get(&row, "n")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenFlag {
    pub target: Target,
    pub target_id: i64,
    pub reasons: Vec<String>,
    pub first_at: Timestamp,
    /// The idea the flagged item belongs to, and its initiative's slug, to link to it.
    pub idea_id: i64,
    pub initiative_slug: String,
    pub excerpt: String,
    pub hidden: bool,
}

/// Unresolved flags of a community, grouped by item, oldest first.
pub async fn open_flags(db: &Db, community_id: i64) -> Result<Vec<OpenFlag>> {
    let rows = sqlx::query(
        "SELECT f.target_kind, f.target_id, f.reason, f.created_at,
                COALESCE(i.id, ci.id) AS idea_id, COALESCE(n.slug, cn.slug) AS slug,
                COALESCE(i.title, c.body) AS excerpt,
                CASE WHEN COALESCE(i.hidden_at, c.hidden_at) IS NULL THEN 0 ELSE 1 END AS hidden
         FROM flags f
         LEFT JOIN ideas i ON f.target_kind = 'idea' AND i.id = f.target_id
         LEFT JOIN initiatives n ON n.id = i.initiative_id
         LEFT JOIN idea_comments c ON f.target_kind = 'comment' AND c.id = f.target_id
         LEFT JOIN ideas ci ON ci.id = c.idea_id
         LEFT JOIN initiatives cn ON cn.id = ci.initiative_id
         WHERE f.community_id = $1 AND f.resolved_at IS NULL
         ORDER BY f.created_at, f.id",
    )
    .bind(community_id)
    .fetch_all(db.pool())
    .await?;
    let mut out: Vec<OpenFlag> = Vec::new();
    for row in &rows {
        let kind: String = get(row, "target_kind")?;
        let target = Target::parse(&kind).ok_or(StoreError::Corrupt("target_kind"))?;
        let target_id: i64 = get(row, "target_id")?;
        let reason: String = get(row, "reason")?;
        if let Some(existing) = out.iter_mut().find(|f| f.target == target && f.target_id == target_id) {
            existing.reasons.push(reason);
            continue;
        }
        let (Some(idea_id), Some(slug), Some(excerpt)) = (
            get::<Option<i64>>(row, "idea_id")?,
            get::<Option<String>>(row, "slug")?,
            get::<Option<String>>(row, "excerpt")?,
        ) else {
            continue;
        };
        out.push(OpenFlag {
            target,
            target_id,
            reasons: vec![reason],
            first_at: ts(row, "created_at")?,
            idea_id,
            initiative_slug: slug,
            excerpt: excerpt.chars().take(160).collect(),
            hidden: crate::flag(row, "hidden")?,
        });
    }
    Ok(out)
}

/// Hides (or, with `None`, shows again) an idea or comment in a community,
/// resolves its flags and logs the decision with its reason, together.
pub async fn set_hidden(
    db: &Db,
    community_id: i64,
    target: Target,
    id: i64,
    reason: Option<&str>,
    actor: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    let mut tx = db.begin().await?;
    let scope = match target {
        Target::Idea => {
            "id IN (SELECT i.id FROM ideas i JOIN initiatives n ON n.id = i.initiative_id WHERE n.community_id = $4)"
        }
        Target::Comment => {
            "id IN (SELECT c.id FROM idea_comments c JOIN ideas i ON i.id = c.idea_id
                    JOIN initiatives n ON n.id = i.initiative_id WHERE n.community_id = $4)"
        }
    };
    let sql = format!(
        "UPDATE {} SET hidden_at = $1, hidden_reason = $2, hidden_by = $3 WHERE id = $5 AND {scope}",
        target.table()
    );
    let changed = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(reason.map(|_| now.0))
        .bind(reason)
        .bind(reason.and(actor))
        .bind(community_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if changed.rows_affected() != 1 {
        tx.rollback().await?;
        return Err(StoreError::NotFound);
    }
    let action = if reason.is_some() { "hide" } else { "show" };
    resolve_in(&mut tx, community_id, target, id, action, actor, now).await?;
    log_in(&mut tx, community_id, target, id, action, reason.unwrap_or_default(), actor, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Closes the flags on an item without hiding it, with the reason logged.
pub async fn dismiss(
    db: &Db,
    community_id: i64,
    target: Target,
    id: i64,
    reason: &str,
    actor: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    let mut tx = db.begin().await?;
    resolve_in(&mut tx, community_id, target, id, "dismiss", actor, now).await?;
    log_in(&mut tx, community_id, target, id, "dismiss", reason, actor, now).await?;
    tx.commit().await?;
    Ok(())
}

async fn resolve_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    community_id: i64,
    target: Target,
    id: i64,
    resolution: &str,
    actor: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "UPDATE flags SET resolved_at = $1, resolved_by = $2, resolution = $3
         WHERE community_id = $4 AND target_kind = $5 AND target_id = $6 AND resolved_at IS NULL",
    )
    .bind(now.0)
    .bind(actor)
    .bind(resolution)
    .bind(community_id)
    .bind(target.key())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn log_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    community_id: i64,
    target: Target,
    id: i64,
    action: &str,
    reason: &str,
    actor: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO moderation_log (community_id, target_kind, target_id, action, reason, actor_id, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(community_id)
    .bind(target.key())
    .bind(id)
    .bind(action)
    .bind(reason)
    .bind(actor)
    .bind(now.0)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    pub target: Target,
    pub target_id: i64,
    pub action: String,
    pub reason: String,
    pub actor: Option<String>,
    pub at: Timestamp,
}

pub async fn log(db: &Db, community_id: i64, limit: i64) -> Result<Vec<LogEntry>> {
    let rows = sqlx::query(
        "SELECT l.target_kind, l.target_id, l.action, l.reason, u.display_name AS actor, l.at
         FROM moderation_log l LEFT JOIN users u ON u.id = l.actor_id
         WHERE l.community_id = $1 ORDER BY l.at DESC, l.id DESC LIMIT $2",
    )
    .bind(community_id)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            let kind: String = get(row, "target_kind")?;
            Ok(LogEntry {
                target: Target::parse(&kind).ok_or(StoreError::Corrupt("target_kind"))?,
                target_id: get(row, "target_id")?,
                action: get(row, "action")?,
                reason: get(row, "reason")?,
                actor: get(row, "actor")?,
                at: ts(row, "at")?,
            })
        })
        .collect()
}
