//! Co-responsibility actions: the action, its co-owners (with the
//! constituency each came from) and its checklist, and the initiative's
//! rule on how many constituencies must own one.

pub use tandem_domain::actions::{ActionStatus, SourceKind};
use tandem_domain::{
    Timestamp,
    actions::{ActionDraft, DEFAULT_MIN_GROUPS},
    time::Date,
};

use crate::{Conn, Exec, Result, choice, date, date_text, get, opt_ts, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub id: i64,
    pub initiative_id: i64,
    pub title: String,
    pub description: String,
    pub due_on: Date,
    pub status: ActionStatus,
    pub evidence: String,
    pub source: Option<(SourceKind, i64)>,
    pub completed_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

fn action(row: &sqlx::any::AnyRow) -> Result<Action> {
    let kind: Option<String> = get(row, "source_kind")?;
    let source_id: Option<i64> = get(row, "source_id")?;
    Ok(Action {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        title: get(row, "title")?,
        description: get(row, "description")?,
        due_on: date(row, "due_on")?,
        status: choice(row, "status")?,
        evidence: get(row, "evidence")?,
        source: kind.as_deref().and_then(SourceKind::parse).zip(source_id),
        completed_at: opt_ts(row, "completed_at")?,
        created_at: ts(row, "created_at")?,
        updated_at: ts(row, "updated_at")?,
    })
}

const SELECT: &str = "SELECT id, initiative_id, title, description, due_on, status, evidence, source_kind, source_id,
        completed_at, created_at, updated_at FROM actions";

pub async fn create(
    conn: &mut Conn,
    initiative_id: i64,
    d: &ActionDraft,
    owners: &[(i64, Option<i64>)],
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO actions (initiative_id, title, description, due_on, status, evidence, source_kind, source_id,
                              created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'open', '', $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(initiative_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(date_text(Some(d.due_on)))
    .bind(d.source.map(|(k, _)| k.key()))
    .bind(d.source.map(|(_, id)| id))
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = get(&row, "id")?;
    for (user, group) in owners {
        sqlx::query("INSERT INTO action_owners (action_id, user_id, group_id) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(user)
            .bind(group)
            .execute(&mut *conn)
            .await?;
    }
    for (n, text) in d.items.iter().enumerate() {
        sqlx::query("INSERT INTO action_items (action_id, position, text) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(n as i64)
            .bind(text)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

pub async fn get_one(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<Option<Action>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE initiative_id = $1 AND id = $2")))
        .bind(initiative_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(action).transpose()
}

/// An initiative's actions: open ones by due date, then the rest newest first.
pub async fn list(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Action>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE initiative_id = $1
         ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, due_on, id"
    )))
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(action).collect()
}

/// How many open actions of an initiative are past their date.
pub async fn overdue(db: impl Exec<'_>, initiative_id: i64, today: Date) -> Result<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM actions WHERE initiative_id = $1 AND status = 'open' AND due_on < $2")
            .bind(initiative_id)
            .bind(date_text(Some(today)))
            .fetch_one(db)
            .await?;
    get(&row, "n")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub action_id: i64,
    pub user_id: i64,
    pub name: String,
    pub group_key: Option<String>,
    /// A pupil: named by role only outside the staff pages.
    pub protected: bool,
}

/// The co-owners of an initiative's actions.
pub async fn owners(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Owner>> {
    let rows = sqlx::query(
        "SELECT o.action_id, o.user_id, u.display_name, g.key AS group_key, COALESCE(g.protects_identity, 0) AS protected
         FROM action_owners o JOIN actions a ON a.id = o.action_id JOIN users u ON u.id = o.user_id
         LEFT JOIN stakeholder_groups g ON g.id = o.group_id
         WHERE a.initiative_id = $1 ORDER BY o.action_id, u.display_name, o.user_id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Owner {
                action_id: get(r, "action_id")?,
                user_id: get(r, "user_id")?,
                name: get(r, "display_name")?,
                group_key: get(r, "group_key")?,
                protected: crate::flag(r, "protected")?,
            })
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub action_id: i64,
    pub position: i64,
    pub text: String,
    pub done_at: Option<Timestamp>,
}

pub async fn items(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Item>> {
    let rows = sqlx::query(
        "SELECT i.action_id, i.position, i.text, i.done_at FROM action_items i JOIN actions a ON a.id = i.action_id
         WHERE a.initiative_id = $1 ORDER BY i.action_id, i.position",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Item {
                action_id: get(r, "action_id")?,
                position: get(r, "position")?,
                text: get(r, "text")?,
                done_at: opt_ts(r, "done_at")?,
            })
        })
        .collect()
}

/// Ticks or unticks an item of an open action; false when there is no such item.
pub async fn set_item(
    conn: &mut Conn,
    action_id: i64,
    position: i64,
    done: bool,
    by: Option<i64>,
    now: Timestamp,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE action_items SET done_at = $1, done_by = $2 WHERE action_id = $3 AND position = $4
           AND EXISTS (SELECT 1 FROM actions a WHERE a.id = action_items.action_id AND a.status = 'open')",
    )
    .bind(done.then_some(now.0))
    .bind(if done { by } else { None })
    .bind(action_id)
    .bind(position)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE actions SET updated_at = $1 WHERE id = $2")
        .bind(now.0)
        .bind(action_id)
        .execute(&mut *conn)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Closes an open action as done (with its evidence) or dropped (with the reason); false when it was not open.
pub async fn close(conn: &mut Conn, id: i64, status: ActionStatus, evidence: &str, now: Timestamp) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE actions SET status = $1, evidence = $2, completed_at = $3, updated_at = $3 WHERE id = $4 AND status = 'open'",
    )
    .bind(status.key())
    .bind(evidence)
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Locks the action's row until the transaction ends.
pub async fn lock(db: impl Exec<'_>, id: i64) -> Result<()> {
    sqlx::query("UPDATE actions SET updated_at = updated_at WHERE id = $1").bind(id).execute(db).await?;
    Ok(())
}

/// The initiative's rule: co-owners from at least this many constituencies.
pub async fn min_groups(db: impl Exec<'_>, initiative_id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT action_min_groups FROM initiatives WHERE id = $1")
        .bind(initiative_id)
        .fetch_optional(db)
        .await?;
    Ok(match row {
        Some(r) => get(&r, "action_min_groups")?,
        None => DEFAULT_MIN_GROUPS,
    })
}

pub async fn set_min_groups(db: impl Exec<'_>, initiative_id: i64, n: i64) -> Result<()> {
    sqlx::query("UPDATE initiatives SET action_min_groups = $1 WHERE id = $2")
        .bind(n)
        .bind(initiative_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Something an action can come from: its kind, id, title and (for a
/// session) its event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub kind: SourceKind,
    pub id: i64,
    pub title: String,
    pub event_id: Option<i64>,
}

/// What an initiative's actions can come from: published minutes of its
/// meetings and its bodies' meetings, accepted sessions of its events, and
/// (with `all`, whatever their status; else only those still being worked
/// on) its visible ideas and its commitments.
pub async fn sources(db: &sqlx::AnyPool, initiative_id: i64, all: bool) -> Result<Vec<Source>> {
    let ideas = if all { "" } else { " AND status IN ('accepted', 'in_progress')" };
    let commitments = if all { "" } else { " AND status IN ('planned', 'in_progress')" };
    let queries = [
        (
            SourceKind::Minutes,
            "SELECT m.id, m.title, NULL AS event_id FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id
             WHERE (m.initiative_id = $1 OR b.initiative_id = $1) AND m.minutes_status = 'published' AND m.event_id IS NULL
             ORDER BY m.starts_at DESC"
                .to_owned(),
        ),
        (
            SourceKind::Session,
            "SELECT p.id, p.title, p.event_id FROM session_proposals p JOIN events e ON e.id = p.event_id
             WHERE e.initiative_id = $1 AND p.status = 'accepted' ORDER BY p.id"
                .to_owned(),
        ),
        (
            SourceKind::Idea,
            format!(
                "SELECT id, title, NULL AS event_id FROM ideas WHERE initiative_id = $1 AND hidden_at IS NULL{ideas} ORDER BY id"
            ),
        ),
        (
            SourceKind::Commitment,
            format!("SELECT id, title, NULL AS event_id FROM commitments WHERE initiative_id = $1{commitments} ORDER BY id"),
        ),
    ];
    let mut out = Vec::new();
    for (kind, sql) in queries {
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(initiative_id).fetch_all(db).await?;
        for r in &rows {
            out.push(Source { kind, id: get(r, "id")?, title: get(r, "title")?, event_id: get(r, "event_id")? });
        }
    }
    Ok(out)
}

/// The initiative an action belongs to.
pub async fn initiative_of(db: impl Exec<'_>, id: i64) -> Result<Option<i64>> {
    let row = sqlx::query("SELECT initiative_id FROM actions WHERE id = $1").bind(id).fetch_optional(db).await?;
    row.as_ref().map(|r| get(r, "initiative_id")).transpose()
}
