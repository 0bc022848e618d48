//! Guardrails (seed 000: co-contamination): flags, hiding with a logged
//! reason that is shown in place, and the moderation log.

use tandem_domain::Timestamp;

use crate::{
    Conn, Exec, Result, StoreError, get,
    paging::{After, BindPage},
    ts,
};

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

/// One flag per person per item; false when they already flagged it (nothing
/// is written, and no error aborts the caller's transaction).
pub async fn flag(
    db: impl Exec<'_>,
    community_id: i64,
    target: Target,
    id: i64,
    user_id: i64,
    reason: &str,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO flags (community_id, target_kind, target_id, user_id, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (target_kind, target_id, user_id) DO NOTHING",
    )
    .bind(community_id)
    .bind(target.key())
    .bind(id)
    .bind(user_id)
    .bind(reason)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn flags_since(db: impl Exec<'_>, user_id: i64, since: Timestamp) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM flags WHERE user_id = $1 AND created_at >= $2")
        .bind(user_id)
        .bind(since.0)
        .fetch_one(db)
        .await?;
    get(&row, "n")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenFlag {
    pub target: Target,
    pub target_id: i64,
    pub reasons: Vec<String>,
    pub first_at: Timestamp,
    /// The first flag's id: with `first_at`, where a page of items ends.
    pub first_id: i64,
    /// The idea the flagged item belongs to, and its initiative's slug, to link to it.
    pub idea_id: i64,
    pub initiative_slug: String,
    pub excerpt: String,
    pub hidden: bool,
}

/// Unresolved flags of a community, grouped by item, oldest first: a page
/// of items after `after` (the first flag's time and id of the previous
/// page's last item), `limit + 1` items read so the extra says more follow.
pub async fn open_flags(
    db: impl Exec<'_>,
    community_id: i64,
    after: Option<After>,
    limit: i64,
) -> Result<Vec<OpenFlag>> {
    // The page is chosen per item (its first flag), then every open flag of
    // those items is read with it.
    let rows = sqlx::query(
        "WITH items AS (
             SELECT target_kind, target_id, MIN(created_at) AS first_at, MIN(id) AS first_id
             FROM flags WHERE community_id = $1 AND resolved_at IS NULL
             GROUP BY target_kind, target_id
             HAVING $2 = 0 OR MIN(created_at) > $3 OR (MIN(created_at) = $3 AND MIN(id) > $4)
             ORDER BY first_at, first_id LIMIT $5)
         SELECT f.target_kind, f.target_id, f.reason, p.first_at AS created_at, p.first_id,
                COALESCE(i.id, ci.id) AS idea_id, COALESCE(n.slug, cn.slug) AS slug,
                COALESCE(i.title, c.body) AS excerpt,
                CASE WHEN COALESCE(i.hidden_at, c.hidden_at) IS NULL THEN 0 ELSE 1 END AS hidden
         FROM items p
         JOIN flags f ON f.target_kind = p.target_kind AND f.target_id = p.target_id
                     AND f.community_id = $1 AND f.resolved_at IS NULL
         LEFT JOIN ideas i ON f.target_kind = 'idea' AND i.id = f.target_id
         LEFT JOIN initiatives n ON n.id = i.initiative_id
         LEFT JOIN idea_comments c ON f.target_kind = 'comment' AND c.id = f.target_id
         LEFT JOIN ideas ci ON ci.id = c.idea_id
         LEFT JOIN initiatives cn ON cn.id = ci.initiative_id
         ORDER BY p.first_at, p.first_id, f.created_at, f.id",
    )
    .bind(community_id)
    .bind_page(after, limit)
    .fetch_all(db)
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
            first_id: get(row, "first_id")?,
            idea_id,
            initiative_slug: slug,
            excerpt: excerpt.chars().take(160).collect(),
            hidden: crate::flag(row, "hidden")?,
        });
    }
    Ok(out)
}

/// How many items of a community have unresolved flags.
pub async fn open_flag_count(db: impl Exec<'_>, community_id: i64) -> Result<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM (SELECT DISTINCT target_kind, target_id FROM flags
                                    WHERE community_id = $1 AND resolved_at IS NULL) x",
    )
    .bind(community_id)
    .fetch_one(db)
    .await?;
    get(&row, "n")
}

/// The condition that an item of `target`'s table belongs to the community bound as `$N`.
fn in_community(target: Target, param: &str) -> String {
    match target {
        Target::Idea => format!(
            "id IN (SELECT i.id FROM ideas i JOIN initiatives n ON n.id = i.initiative_id WHERE n.community_id = {param})"
        ),
        Target::Comment => format!(
            "id IN (SELECT c.id FROM idea_comments c JOIN ideas i ON i.id = c.idea_id
                    JOIN initiatives n ON n.id = i.initiative_id WHERE n.community_id = {param})"
        ),
    }
}

/// Whether an idea or comment exists in a community.
pub async fn exists(db: impl Exec<'_>, community_id: i64, target: Target, id: i64) -> Result<bool> {
    let sql = format!("SELECT COUNT(*) AS n FROM {} WHERE id = $1 AND {}", target.table(), in_community(target, "$2"));
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).bind(community_id).fetch_one(db).await?;
    Ok(get::<i64>(&row, "n")? > 0)
}

/// Hides (or, with `None`, shows again) an idea or comment in a community,
/// resolves its flags and logs the decision with its reason, together.
pub async fn set_hidden(
    conn: &mut Conn,
    community_id: i64,
    target: Target,
    id: i64,
    reason: Option<&str>,
    actor: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    let sql = format!(
        "UPDATE {} SET hidden_at = $1, hidden_reason = $2, hidden_by = $3 WHERE id = $5 AND {}",
        target.table(),
        in_community(target, "$4")
    );
    let changed = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(reason.map(|_| now.0))
        .bind(reason)
        .bind(reason.and(actor))
        .bind(community_id)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    if changed.rows_affected() != 1 {
        return Err(StoreError::NotFound);
    }
    let action = if reason.is_some() { "hide" } else { "show" };
    resolve_in(&mut *conn, community_id, target, id, action, actor, now).await?;
    log_in(&mut *conn, community_id, target, id, action, reason.unwrap_or_default(), actor, now).await?;
    Ok(())
}

/// Closes the flags on an item without hiding it, with the reason logged.
pub async fn dismiss(
    conn: &mut Conn,
    community_id: i64,
    target: Target,
    id: i64,
    reason: &str,
    actor: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    resolve_in(&mut *conn, community_id, target, id, "dismiss", actor, now).await?;
    log_in(&mut *conn, community_id, target, id, "dismiss", reason, actor, now).await?;
    Ok(())
}

async fn resolve_in(
    conn: &mut Conn,
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
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn log_in(
    conn: &mut Conn,
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
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    pub id: i64,
    pub target: Target,
    pub target_id: i64,
    pub action: String,
    pub reason: String,
    pub actor: Option<String>,
    pub at: Timestamp,
}

/// A page of a community's moderation decisions, newest first, after `after`
/// (`limit + 1` rows: the extra one says more follow).
pub async fn log(db: impl Exec<'_>, community_id: i64, after: Option<After>, limit: i64) -> Result<Vec<LogEntry>> {
    let rows = sqlx::query(
        "SELECT l.id, l.target_kind, l.target_id, l.action, l.reason, u.display_name AS actor, l.at
         FROM moderation_log l LEFT JOIN users u ON u.id = l.actor_id
         WHERE l.community_id = $1 AND ($2 = 0 OR l.at < $3 OR (l.at = $3 AND l.id < $4))
         ORDER BY l.at DESC, l.id DESC LIMIT $5",
    )
    .bind(community_id)
    .bind_page(after, limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            let kind: String = get(row, "target_kind")?;
            Ok(LogEntry {
                id: get(row, "id")?,
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

/// How many moderation decisions a community has recorded.
pub async fn log_count(db: impl Exec<'_>, community_id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM moderation_log WHERE community_id = $1")
        .bind(community_id)
        .fetch_one(db)
        .await?;
    get(&row, "n")
}
