//! Recorded engagement: the evidence behind the five key steps.

use tandem_domain::{Timestamp, engagement::EventDraft, engagement::EventKind, time::Date};

use crate::{Conn, Exec, Result, choice, date, get, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub group_id: Option<i64>,
    pub stakeholder_id: Option<i64>,
    pub kind: EventKind,
    pub people: i64,
    pub occurred_on: Date,
    pub source: String,
    pub created_at: Timestamp,
}

pub async fn recent(db: impl Exec<'_>, initiative_id: i64, limit: i64) -> Result<Vec<Event>> {
    let rows = sqlx::query(
        "SELECT id, group_id, stakeholder_id, kind, people, occurred_on, source, created_at FROM engagement_events
         WHERE initiative_id = $1 ORDER BY occurred_on DESC, id DESC LIMIT $2",
    )
    .bind(initiative_id)
    .bind(limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Event {
                id: get(row, "id")?,
                group_id: get(row, "group_id")?,
                stakeholder_id: get(row, "stakeholder_id")?,
                kind: choice(row, "kind")?,
                people: get(row, "people")?,
                occurred_on: date(row, "occurred_on")?,
                source: get(row, "source")?,
                created_at: ts(row, "created_at")?,
            })
        })
        .collect()
}

async fn insert<'c, E>(
    exec: E,
    initiative_id: i64,
    d: &EventDraft,
    stakeholder_id: Option<i64>,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "INSERT INTO engagement_events (initiative_id, group_id, stakeholder_id, kind, people, occurred_on, source,
                                        created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(initiative_id)
    .bind(d.group_id)
    .bind(stakeholder_id)
    .bind(d.kind.key())
    .bind(d.people)
    .bind(tandem_domain::time::iso_date(d.occurred_on))
    .bind(&d.source)
    .bind(by)
    .bind(now.0)
    .fetch_one(exec)
    .await?;
    get(&row, "id")
}

pub async fn add(
    db: impl Exec<'_>,
    initiative_id: i64,
    d: &EventDraft,
    stakeholder_id: Option<i64>,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    insert(db, initiative_id, d, stakeholder_id, by, now).await
}

/// Imports many events in one transaction: all of them or none.
/// `progress` is called after each row (for a progress bar).
pub async fn import(
    conn: &mut Conn,
    initiative_id: i64,
    events: &[EventDraft],
    by: Option<i64>,
    now: Timestamp,
    mut progress: impl FnMut(usize),
) -> Result<usize> {
    for (i, d) in events.iter().enumerate() {
        insert(&mut *conn, initiative_id, d, None, by, now).await?;
        progress(i + 1);
    }
    Ok(events.len())
}

/// People reached per (group, kind), for the five-steps funnel.
pub async fn reach(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<(Option<i64>, EventKind, i64)>> {
    let rows = sqlx::query(
        "SELECT group_id, kind, CAST(SUM(people) AS BIGINT) AS people FROM engagement_events
         WHERE initiative_id = $1 GROUP BY group_id, kind",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|row| Ok((get(row, "group_id")?, choice(row, "kind")?, get(row, "people")?))).collect()
}

/// The kinds of contact recorded with each stakeholder.
pub async fn stakeholder_contacts(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<(i64, EventKind)>> {
    let rows = sqlx::query(
        "SELECT DISTINCT stakeholder_id, kind FROM engagement_events
         WHERE initiative_id = $1 AND stakeholder_id IS NOT NULL",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|row| Ok((get(row, "stakeholder_id")?, choice(row, "kind")?))).collect()
}

/// The day participants last received an update.
pub async fn last_update(db: impl Exec<'_>, initiative_id: i64) -> Result<Option<Date>> {
    let row =
        sqlx::query("SELECT MAX(occurred_on) AS last FROM engagement_events WHERE initiative_id = $1 AND kind = $2")
            .bind(initiative_id)
            .bind(EventKind::Updated.key())
            .fetch_one(db)
            .await?;
    crate::opt_date(&row, "last")
}

pub async fn delete(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM engagement_events WHERE id = $1 AND initiative_id = $2")
        .bind(id)
        .bind(initiative_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}
