//! Polls and participatory budgets with their ballots. A member's ballot is
//! one row, replaced when they change it (the UNIQUE constraint makes that
//! true under any number of concurrent submissions); counts are always made
//! from the stored ballots.

use sqlx::any::AnyRow;
use tandem_decide::amount::Decimal;
use tandem_domain::{
    Timestamp,
    decisions::{BudgetBallot, BudgetDraft, BudgetRule, PollDraft, PollMethod, ProjectDraft, ProjectStatus},
};

use crate::{Conn, Exec, Result, StoreError, choice, get, opt_ts, ts};

fn ids_text(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

fn ids_from(text: &str) -> Vec<i64> {
    text.split(',').filter_map(|s| s.trim().parse().ok()).collect()
}

fn decimal(row: &AnyRow, col: &'static str) -> Result<Decimal> {
    let text: String = get(row, col)?;
    Decimal::parse(&text).ok_or(StoreError::Corrupt("a stored amount"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Poll {
    pub id: i64,
    pub initiative_id: i64,
    pub decision_area_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub method: PollMethod,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub quorum: i64,
    pub eligible_groups: Vec<i64>,
    pub options: Vec<String>,
    pub ballots: i64,
    /// Cancelled: nothing is counted.
    pub cancelled_at: Option<Timestamp>,
    /// Closed before its date (`closes_at` is then this moment).
    pub closed_early_at: Option<Timestamp>,
    /// Why it was cancelled or closed early: public.
    pub end_reason: String,
}

/// A stored ballot (poll or budget). Paper ballots have no `user_id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBallot {
    pub user_id: Option<i64>,
    pub group_id: Option<i64>,
    pub content: String,
    pub entered_by: Option<i64>,
    pub note: String,
    pub updated_at: Timestamp,
}

pub async fn create_poll(
    conn: &mut Conn,
    initiative_id: i64,
    d: &PollDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO polls (initiative_id, decision_area_id, title, description, method, opens_at, closes_at, quorum,
                            eligible_groups, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(initiative_id)
    .bind(d.area_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.method.key())
    .bind(d.dates.opens_at.0)
    .bind(d.dates.closes_at.0)
    .bind(d.quorum)
    .bind(ids_text(&d.eligible_groups))
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = get(&row, "id")?;
    for (i, label) in d.options.iter().enumerate() {
        sqlx::query("INSERT INTO poll_options (poll_id, position, label) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(label)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

const POLL_COLUMNS: &str = "p.id, p.initiative_id, p.decision_area_id, p.title, p.description, p.method, p.opens_at,
     p.closes_at, p.quorum, p.eligible_groups, (SELECT COUNT(*) FROM poll_ballots b WHERE b.poll_id = p.id) AS ballots,
     p.cancelled_at, p.closed_early_at, p.end_reason";

fn poll_from(row: &AnyRow) -> Result<Poll> {
    let groups: String = get(row, "eligible_groups")?;
    Ok(Poll {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        decision_area_id: get(row, "decision_area_id")?,
        title: get(row, "title")?,
        description: get(row, "description")?,
        method: choice(row, "method")?,
        opens_at: ts(row, "opens_at")?,
        closes_at: ts(row, "closes_at")?,
        quorum: get(row, "quorum")?,
        eligible_groups: ids_from(&groups),
        options: Vec::new(),
        ballots: get(row, "ballots")?,
        cancelled_at: opt_ts(row, "cancelled_at")?,
        closed_early_at: opt_ts(row, "closed_early_at")?,
        end_reason: get(row, "end_reason")?,
    })
}

/// Locks a poll's row for the rest of the transaction while it takes
/// ballots (open at `now`, not cancelled). False when it does not: casting
/// and editing a poll then run one after the other, never across.
pub async fn lock_open_poll(db: impl Exec<'_>, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE polls SET id = id WHERE id = $1 AND cancelled_at IS NULL AND opens_at <= $2 AND closes_at > $2",
    )
    .bind(id)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Rewrites a poll that has no ballot yet: locks it, counts its ballots in a
/// new statement (so one committed meanwhile is seen) and changes it only if
/// there are none. False when a ballot came first.
pub async fn edit_poll(conn: &mut Conn, id: i64, d: &PollDraft) -> Result<bool> {
    sqlx::query("UPDATE polls SET id = id WHERE id = $1").bind(id).execute(&mut *conn).await?;
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM poll_ballots WHERE poll_id = $1").bind(id).fetch_one(&mut *conn).await?;
    if get::<i64>(&row, "n")? > 0 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE polls SET decision_area_id = $1, title = $2, description = $3, method = $4, opens_at = $5,
                          closes_at = $6, quorum = $7, eligible_groups = $8
         WHERE id = $9",
    )
    .bind(d.area_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.method.key())
    .bind(d.dates.opens_at.0)
    .bind(d.dates.closes_at.0)
    .bind(d.quorum)
    .bind(ids_text(&d.eligible_groups))
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM poll_options WHERE poll_id = $1").bind(id).execute(&mut *conn).await?;
    for (i, label) in d.options.iter().enumerate() {
        sqlx::query("INSERT INTO poll_options (poll_id, position, label) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(label)
            .execute(&mut *conn)
            .await?;
    }
    Ok(true)
}

/// Ends a poll before its date with a public reason: cancelled (nothing is
/// counted) or closed early (what was cast is counted). False when it had
/// already ended.
pub async fn end_poll(db: impl Exec<'_>, id: i64, cancel: bool, reason: &str, now: Timestamp) -> Result<bool> {
    let sql = if cancel {
        "UPDATE polls SET cancelled_at = $1, end_reason = $2 WHERE id = $3 AND cancelled_at IS NULL AND closes_at > $1"
    } else {
        "UPDATE polls SET closed_early_at = $1, closes_at = $1, end_reason = $2
         WHERE id = $3 AND cancelled_at IS NULL AND closes_at > $1"
    };
    let done = sqlx::query(sql).bind(now.0).bind(reason).bind(id).execute(db).await?;
    Ok(done.rows_affected() == 1)
}

async fn with_options(conn: &mut Conn, mut polls: Vec<Poll>) -> Result<Vec<Poll>> {
    for poll in &mut polls {
        let rows = sqlx::query("SELECT label FROM poll_options WHERE poll_id = $1 ORDER BY position")
            .bind(poll.id)
            .fetch_all(&mut *conn)
            .await?;
        poll.options = rows.iter().map(|r| get(r, "label")).collect::<Result<_>>()?;
    }
    Ok(polls)
}

pub async fn polls(conn: &mut Conn, initiative_id: i64) -> Result<Vec<Poll>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {POLL_COLUMNS} FROM polls p WHERE p.initiative_id = $1 ORDER BY p.closes_at DESC, p.id DESC"
    )))
    .bind(initiative_id)
    .fetch_all(&mut *conn)
    .await?;
    with_options(conn, rows.iter().map(poll_from).collect::<Result<_>>()?).await
}

pub async fn poll(conn: &mut Conn, initiative_id: i64, id: i64) -> Result<Option<Poll>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {POLL_COLUMNS} FROM polls p WHERE p.initiative_id = $1 AND p.id = $2"
    )))
    .bind(initiative_id)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some(row) => Ok(with_options(conn, vec![poll_from(&row)?]).await?.pop()),
        None => Ok(None),
    }
}

/// Which ballots table a ballot belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotBox {
    Poll,
    Budget,
}

impl BallotBox {
    fn table(self) -> (&'static str, &'static str) {
        match self {
            BallotBox::Poll => ("poll_ballots", "poll_id"),
            BallotBox::Budget => ("budget_ballots", "budget_id"),
        }
    }
}

/// Records or replaces a member's ballot: one statement, so concurrent
/// submissions by the same member leave exactly one row (the last).
pub async fn cast(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    user_id: i64,
    group_id: Option<i64>,
    content: &str,
    now: Timestamp,
) -> Result<()> {
    let (table, key) = ballot_box.table();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} ({key}, user_id, group_id, content, note, created_at, updated_at)
         VALUES ($1, $2, $3, $4, '', $5, $5)
         ON CONFLICT ({key}, user_id) DO UPDATE SET content = excluded.content, group_id = excluded.group_id,
             updated_at = excluded.updated_at"
    )))
    .bind(owner_id)
    .bind(user_id)
    .bind(group_id)
    .bind(content)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(())
}

/// A paper ballot typed in by a facilitator, with a note saying where it came from.
pub async fn cast_paper(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    content: &str,
    entered_by: i64,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    let (table, key) = ballot_box.table();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} ({key}, user_id, group_id, content, entered_by, note, created_at, updated_at)
         VALUES ($1, NULL, NULL, $2, $3, $4, $5, $5)"
    )))
    .bind(owner_id)
    .bind(content)
    .bind(entered_by)
    .bind(note)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn ballots(db: impl Exec<'_>, ballot_box: BallotBox, owner_id: i64) -> Result<Vec<StoredBallot>> {
    let (table, key) = ballot_box.table();
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT user_id, group_id, content, entered_by, note, updated_at FROM {table} WHERE {key} = $1 ORDER BY id"
    )))
    .bind(owner_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(StoredBallot {
                user_id: get(r, "user_id")?,
                group_id: get(r, "group_id")?,
                content: get(r, "content")?,
                entered_by: get(r, "entered_by")?,
                note: get(r, "note")?,
                updated_at: ts(r, "updated_at")?,
            })
        })
        .collect()
}

pub async fn my_ballot(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    user_id: i64,
) -> Result<Option<String>> {
    let (table, key) = ballot_box.table();
    let row =
        sqlx::query(sqlx::AssertSqlSafe(format!("SELECT content FROM {table} WHERE {key} = $1 AND user_id = $2")))
            .bind(owner_id)
            .bind(user_id)
            .fetch_optional(db)
            .await?;
    row.map(|r| get(&r, "content")).transpose()
}

// ---- budgets

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    pub id: i64,
    pub initiative_id: i64,
    pub decision_area_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub total: Decimal,
    pub currency: String,
    pub ballot: BudgetBallot,
    pub points: i64,
    pub rule: BudgetRule,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub eligible_groups: Vec<i64>,
    pub ballots: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub cost: Decimal,
    pub status: ProjectStatus,
    pub idea_id: Option<i64>,
    pub proposed_by: Option<i64>,
}

pub async fn create_budget(
    db: impl Exec<'_>,
    initiative_id: i64,
    d: &BudgetDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO budgets (initiative_id, decision_area_id, title, description, total, currency, ballot, points, rule,
                              opens_at, closes_at, eligible_groups, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(initiative_id)
    .bind(d.area_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.total.to_string())
    .bind(&d.currency)
    .bind(d.ballot.key())
    .bind(d.points)
    .bind(d.rule.key())
    .bind(d.dates.opens_at.0)
    .bind(d.dates.closes_at.0)
    .bind(ids_text(&d.eligible_groups))
    .bind(by)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

const BUDGET_COLUMNS: &str = "b.id, b.initiative_id, b.decision_area_id, b.title, b.description, b.total, b.currency,
     b.ballot, b.points, b.rule, b.opens_at, b.closes_at, b.eligible_groups,
     (SELECT COUNT(*) FROM budget_ballots x WHERE x.budget_id = b.id) AS ballots";

fn budget_from(row: &AnyRow) -> Result<Budget> {
    let groups: String = get(row, "eligible_groups")?;
    Ok(Budget {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        decision_area_id: get(row, "decision_area_id")?,
        title: get(row, "title")?,
        description: get(row, "description")?,
        total: decimal(row, "total")?,
        currency: get(row, "currency")?,
        ballot: choice(row, "ballot")?,
        points: get(row, "points")?,
        rule: choice(row, "rule")?,
        opens_at: ts(row, "opens_at")?,
        closes_at: ts(row, "closes_at")?,
        eligible_groups: ids_from(&groups),
        ballots: get(row, "ballots")?,
    })
}

pub async fn budgets(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Budget>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {BUDGET_COLUMNS} FROM budgets b WHERE b.initiative_id = $1 ORDER BY b.closes_at DESC, b.id DESC"
    )))
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(budget_from).collect()
}

pub async fn budget(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<Option<Budget>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {BUDGET_COLUMNS} FROM budgets b WHERE b.initiative_id = $1 AND b.id = $2"
    )))
    .bind(initiative_id)
    .bind(id)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(budget_from).transpose()
}

#[allow(clippy::too_many_arguments)]
pub async fn add_project(
    db: impl Exec<'_>,
    budget_id: i64,
    d: &ProjectDraft,
    status: ProjectStatus,
    idea_id: Option<i64>,
    proposed_by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO budget_projects (budget_id, title, description, cost, status, idea_id, proposed_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(budget_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.cost.to_string())
    .bind(status.key())
    .bind(idea_id)
    .bind(proposed_by)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

/// Moves a project on or off the ballot; false if the budget has no such project.
pub async fn set_project_status(
    db: impl Exec<'_>,
    budget_id: i64,
    project_id: i64,
    status: ProjectStatus,
) -> Result<bool> {
    let done = sqlx::query("UPDATE budget_projects SET status = $1 WHERE id = $2 AND budget_id = $3")
        .bind(status.key())
        .bind(project_id)
        .bind(budget_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn projects(db: impl Exec<'_>, budget_id: i64) -> Result<Vec<Project>> {
    let rows = sqlx::query(
        "SELECT id, title, description, cost, status, idea_id, proposed_by FROM budget_projects
         WHERE budget_id = $1 ORDER BY id",
    )
    .bind(budget_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Project {
                id: get(r, "id")?,
                title: get(r, "title")?,
                description: get(r, "description")?,
                cost: decimal(r, "cost")?,
                status: choice(r, "status")?,
                idea_id: get(r, "idea_id")?,
                proposed_by: get(r, "proposed_by")?,
            })
        })
        .collect()
}
