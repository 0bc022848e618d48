//! The power-sharing charter: decision areas, and every published version
//! with the reason for each change.

use tandem_domain::{Timestamp, charter::DecisionArea, charter::InfluenceLevel};

use crate::{Conn, Exec, Result, StoreError, choice, get, opt_ts, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charter {
    /// 0 while a draft; 1 when first published; +1 for every later change.
    pub version: i64,
    pub intro: String,
    pub published_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredArea {
    pub id: i64,
    pub area: DecisionArea,
}

pub async fn get_charter(db: impl Exec<'_>, initiative_id: i64) -> Result<Charter> {
    let row = sqlx::query("SELECT version, intro, published_at FROM charters WHERE initiative_id = $1")
        .bind(initiative_id)
        .fetch_optional(db)
        .await?;
    match row {
        Some(row) => Ok(Charter {
            version: get(&row, "version")?,
            intro: get(&row, "intro")?,
            published_at: opt_ts(&row, "published_at")?,
        }),
        None => Ok(Charter { version: 0, intro: String::new(), published_at: None }),
    }
}

pub async fn areas(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<StoredArea>> {
    let rows = sqlx::query(
        "SELECT id, title, level, final_decision_by, fixed, risks, reciprocity FROM decision_areas
         WHERE initiative_id = $1 ORDER BY position, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(StoredArea {
                id: get(row, "id")?,
                area: DecisionArea {
                    title: get(row, "title")?,
                    level: choice::<InfluenceLevel>(row, "level")?,
                    final_decision_by: get(row, "final_decision_by")?,
                    fixed: get(row, "fixed")?,
                    risks: get(row, "risks")?,
                    reciprocity: get(row, "reciprocity")?,
                },
            })
        })
        .collect()
}

/// One change to a charter.
pub enum Change<'a> {
    SetIntro(&'a str),
    AddArea(&'a DecisionArea),
    UpdateArea(i64, &'a DecisionArea),
    DeleteArea(i64),
    /// Publish the current draft (no change to its content).
    Publish,
}

/// The version a change creates when the charter is public.
pub struct NewVersion<'a> {
    /// The version the change was made against; a concurrent change wins and this one is refused.
    pub expected: i64,
    pub version: i64,
    /// The charter after the change, as JSON.
    pub snapshot: &'a str,
    pub reason: &'a str,
    pub by: Option<i64>,
}

/// Applies a change and, when the charter is (becoming) public, records the
/// new version in the same transaction. `Conflict("charter")` when someone
/// else changed the charter meanwhile; `NotFound` when the area is not there.
pub async fn apply(
    conn: &mut Conn,
    initiative_id: i64,
    change: Change<'_>,
    version: Option<NewVersion<'_>>,
    now: Timestamp,
) -> Result<Option<i64>> {
    sqlx::query(
        "INSERT INTO charters (initiative_id, version, intro, updated_at) VALUES ($1, 0, '', $2)
         ON CONFLICT (initiative_id) DO NOTHING",
    )
    .bind(initiative_id)
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    let mut new_id = None;
    let touched = match change {
        Change::SetIntro(text) => sqlx::query("UPDATE charters SET intro = $1 WHERE initiative_id = $2")
            .bind(text)
            .bind(initiative_id)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
        Change::AddArea(a) => {
            let row = sqlx::query(
                "INSERT INTO decision_areas (initiative_id, title, level, final_decision_by, fixed, risks, reciprocity,
                                             position, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7,
                         (SELECT COALESCE(MAX(position), 0) + 1 FROM decision_areas WHERE initiative_id = $1), $8, $8)
                 RETURNING id",
            )
            .bind(initiative_id)
            .bind(&a.title)
            .bind(a.level.key())
            .bind(&a.final_decision_by)
            .bind(&a.fixed)
            .bind(&a.risks)
            .bind(&a.reciprocity)
            .bind(now.0)
            .fetch_one(&mut *conn)
            .await?;
            new_id = Some(get(&row, "id")?);
            1
        }
        Change::UpdateArea(id, a) => sqlx::query(
            "UPDATE decision_areas SET title = $1, level = $2, final_decision_by = $3, fixed = $4, risks = $5,
                        reciprocity = $6, updated_at = $7 WHERE id = $8 AND initiative_id = $9",
        )
        .bind(&a.title)
        .bind(a.level.key())
        .bind(&a.final_decision_by)
        .bind(&a.fixed)
        .bind(&a.risks)
        .bind(&a.reciprocity)
        .bind(now.0)
        .bind(id)
        .bind(initiative_id)
        .execute(&mut *conn)
        .await?
        .rows_affected(),
        Change::DeleteArea(id) => sqlx::query("DELETE FROM decision_areas WHERE id = $1 AND initiative_id = $2")
            .bind(id)
            .bind(initiative_id)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
        Change::Publish => 1,
    };
    if touched == 0 {
        return Err(StoreError::NotFound);
    }
    if let Some(v) = version {
        let moved = sqlx::query(
            "UPDATE charters SET version = $1, updated_at = $2,
                    published_at = COALESCE(published_at, $2)
             WHERE initiative_id = $3 AND version = $4",
        )
        .bind(v.version)
        .bind(now.0)
        .bind(initiative_id)
        .bind(v.expected)
        .execute(&mut *conn)
        .await?;
        if moved.rows_affected() != 1 {
            return Err(StoreError::Conflict("charter"));
        }
        sqlx::query(
            "INSERT INTO charter_versions (initiative_id, version, snapshot, reason, published_by, published_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(initiative_id)
        .bind(v.version)
        .bind(v.snapshot)
        .bind(v.reason)
        .bind(v.by)
        .bind(now.0)
        .execute(&mut *conn)
        .await
        .map_err(crate::conflict("charter"))?;
    } else {
        sqlx::query("UPDATE charters SET updated_at = $1 WHERE initiative_id = $2")
            .bind(now.0)
            .bind(initiative_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(new_id)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub version: i64,
    pub snapshot: String,
    pub reason: String,
    pub published_by: Option<String>,
    pub published_at: Timestamp,
}

/// Every published version, newest first.
pub async fn versions(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Version>> {
    let rows = sqlx::query(
        "SELECT v.version, v.snapshot, v.reason, u.display_name AS published_by, v.published_at
         FROM charter_versions v LEFT JOIN users u ON u.id = v.published_by
         WHERE v.initiative_id = $1 ORDER BY v.version DESC",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Version {
                version: get(row, "version")?,
                snapshot: get(row, "snapshot")?,
                reason: get(row, "reason")?,
                published_by: get(row, "published_by")?,
                published_at: ts(row, "published_at")?,
            })
        })
        .collect()
}
