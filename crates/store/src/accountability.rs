//! "You said, we did": commitments, the ideas they answer, and their progress.

use tandem_domain::{
    Timestamp,
    accountability::{CommitmentDraft, CommitmentStatus, ProgressDraft},
    time::Date,
};

use crate::{Conn, Exec, Result, StoreError, choice, date, get, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commitment {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub decision_area_id: Option<i64>,
    pub status: CommitmentStatus,
    pub percent: i64,
    pub idea_ids: Vec<i64>,
    pub updated_at: Timestamp,
}

pub async fn create(
    conn: &mut Conn,
    initiative_id: i64,
    d: &CommitmentDraft,
    decision_area_id: Option<i64>,
    idea_ids: &[i64],
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO commitments (initiative_id, title, description, decision_area_id, status, percent, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $7) RETURNING id",
    )
    .bind(initiative_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(decision_area_id)
    .bind(CommitmentStatus::Planned.key())
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = get(&row, "id")?;
    for idea in idea_ids {
        // Only ideas of the same initiative can be linked.
        let linked = sqlx::query(
            "INSERT INTO commitment_ideas (commitment_id, idea_id)
             SELECT $1, id FROM ideas WHERE id = $2 AND initiative_id = $3",
        )
        .bind(id)
        .bind(idea)
        .bind(initiative_id)
        .execute(&mut *conn)
        .await?;
        if linked.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
    }
    Ok(id)
}

/// Every commitment of an initiative, in the order they were made.
pub async fn list(conn: &mut Conn, initiative_id: i64) -> Result<Vec<Commitment>> {
    page(conn, initiative_id, None, i64::MAX - 1).await
}

/// A page of an initiative's commitments in the order they were made, after
/// the commitment `after` (`limit + 1` rows: the extra one says more follow).
pub async fn page(conn: &mut Conn, initiative_id: i64, after: Option<i64>, limit: i64) -> Result<Vec<Commitment>> {
    let rows = sqlx::query(
        "SELECT id, title, description, decision_area_id, status, percent, updated_at FROM commitments
         WHERE initiative_id = $1 AND id > $2 ORDER BY id LIMIT $3",
    )
    .bind(initiative_id)
    .bind(after.unwrap_or(0))
    .bind(limit.saturating_add(1))
    .fetch_all(&mut *conn)
    .await?;
    let links = sqlx::query(
        "SELECT ci.commitment_id, ci.idea_id FROM commitment_ideas ci JOIN commitments c ON c.id = ci.commitment_id
         WHERE c.initiative_id = $1 ORDER BY ci.idea_id",
    )
    .bind(initiative_id)
    .fetch_all(&mut *conn)
    .await?;
    let links: Vec<(i64, i64)> =
        links.iter().map(|r| Ok((get(r, "commitment_id")?, get(r, "idea_id")?))).collect::<Result<Vec<_>>>()?;
    rows.iter()
        .map(|row| {
            let id: i64 = get(row, "id")?;
            Ok(Commitment {
                id,
                title: get(row, "title")?,
                description: get(row, "description")?,
                decision_area_id: get(row, "decision_area_id")?,
                status: choice(row, "status")?,
                percent: get(row, "percent")?,
                idea_ids: links.iter().filter(|(c, _)| *c == id).map(|(_, i)| *i).collect(),
                updated_at: ts(row, "updated_at")?,
            })
        })
        .collect()
}

/// How many commitments an initiative has made.
pub async fn count(db: impl Exec<'_>, initiative_id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM commitments WHERE initiative_id = $1")
        .bind(initiative_id)
        .fetch_one(db)
        .await?;
    get(&row, "n")
}

/// Records progress and moves the commitment to it, together.
pub async fn add_update(
    conn: &mut Conn,
    initiative_id: i64,
    commitment_id: i64,
    d: &ProgressDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let moved = sqlx::query(
        "UPDATE commitments SET status = $1, percent = $2, updated_at = $3 WHERE id = $4 AND initiative_id = $5",
    )
    .bind(d.status.key())
    .bind(d.percent)
    .bind(now.0)
    .bind(commitment_id)
    .bind(initiative_id)
    .execute(&mut *conn)
    .await?;
    if moved.rows_affected() != 1 {
        return Err(StoreError::NotFound);
    }
    let row = sqlx::query(
        "INSERT INTO commitment_updates (commitment_id, status, percent, body, happened_on, actor_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(commitment_id)
    .bind(d.status.key())
    .bind(d.percent)
    .bind(&d.body)
    .bind(tandem_domain::time::iso_date(d.happened_on))
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub id: i64,
    pub commitment_id: i64,
    pub commitment_title: String,
    pub status: CommitmentStatus,
    pub percent: i64,
    pub body: String,
    pub happened_on: Date,
    pub created_at: Timestamp,
}

/// The public timeline of an initiative, newest first: its latest `limit` updates.
pub async fn timeline(db: impl Exec<'_>, initiative_id: i64, limit: i64) -> Result<Vec<Update>> {
    let mut rows = timeline_page(db, initiative_id, None, limit).await?;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    Ok(rows)
}

/// A page of the timeline after `after` (the previous page's last day, as
/// YYYY-MM-DD, and update id); `limit + 1` rows: the extra says more follow.
pub async fn timeline_page(
    db: impl Exec<'_>,
    initiative_id: i64,
    after: Option<(&str, i64)>,
    limit: i64,
) -> Result<Vec<Update>> {
    let rows = sqlx::query(
        "SELECT u.id, u.commitment_id, c.title, u.status, u.percent, u.body, u.happened_on, u.created_at
         FROM commitment_updates u JOIN commitments c ON c.id = u.commitment_id
         WHERE c.initiative_id = $1
           AND ($2 = 0 OR u.happened_on < $3 OR (u.happened_on = $3 AND u.id < $4))
         ORDER BY u.happened_on DESC, u.id DESC LIMIT $5",
    )
    .bind(initiative_id)
    .bind(i64::from(after.is_some()))
    .bind(after.map(|a| a.0).unwrap_or_default())
    .bind(after.map(|a| a.1).unwrap_or_default())
    .bind(limit.saturating_add(1))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Update {
                id: get(row, "id")?,
                commitment_id: get(row, "commitment_id")?,
                commitment_title: get(row, "title")?,
                status: choice(row, "status")?,
                percent: get(row, "percent")?,
                body: get(row, "body")?,
                happened_on: date(row, "happened_on")?,
                created_at: ts(row, "created_at")?,
            })
        })
        .collect()
}

/// How many progress updates an initiative's commitments have.
pub async fn timeline_count(db: impl Exec<'_>, initiative_id: i64) -> Result<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM commitment_updates u JOIN commitments c ON c.id = u.commitment_id
         WHERE c.initiative_id = $1",
    )
    .bind(initiative_id)
    .fetch_one(db)
    .await?;
    get(&row, "n")
}

/// The ideas a commitment answers (to tell their followers about progress).
pub async fn linked_ideas(db: impl Exec<'_>, commitment_id: i64) -> Result<Vec<i64>> {
    let rows = sqlx::query("SELECT idea_id FROM commitment_ideas WHERE commitment_id = $1")
        .bind(commitment_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|row| get(row, "idea_id")).collect()
}
