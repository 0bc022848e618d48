//! The authorizing environment map and the formal authorizations tracker.

use sqlx::any::AnyRow;
use tandem_domain::{
    Timestamp,
    environment::{
        AuthorizationDraft, AuthorizationKind, AuthorizationStatus, FormalAuthority, Influence, StakeholderDraft,
        StakeholderKind, Suitability,
    },
    initiative::Stance,
    time::Date,
};

use crate::{Exec, Result, choice, date_text, get, opt_date, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stakeholder {
    pub id: i64,
    pub name: String,
    pub kind: StakeholderKind,
    pub formal_authority: FormalAuthority,
    pub instrument: String,
    pub influence: Influence,
    pub stance: Stance,
    pub suitability: Suitability,
    pub suitability_reason: String,
    pub group_id: Option<i64>,
    pub relationship_owner: String,
    pub updated_at: Timestamp,
}

fn stakeholder_from(row: &AnyRow) -> Result<Stakeholder> {
    Ok(Stakeholder {
        id: get(row, "id")?,
        name: get(row, "name")?,
        kind: choice(row, "kind")?,
        formal_authority: choice(row, "formal_authority")?,
        instrument: get(row, "instrument")?,
        influence: choice(row, "influence")?,
        stance: choice(row, "stance")?,
        suitability: choice(row, "suitability")?,
        suitability_reason: get(row, "suitability_reason")?,
        group_id: get(row, "group_id")?,
        relationship_owner: get(row, "relationship_owner")?,
        updated_at: ts(row, "updated_at")?,
    })
}

/// Stakeholders, those with the most formal authority and influence first.
pub async fn stakeholders(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Stakeholder>> {
    let rows = sqlx::query(
        "SELECT id, name, kind, formal_authority, instrument, influence, stance, suitability, suitability_reason,
                group_id, relationship_owner, updated_at
         FROM stakeholders WHERE initiative_id = $1 ORDER BY name, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    let mut list = rows.iter().map(stakeholder_from).collect::<Result<Vec<_>>>()?;
    list.sort_by_key(|s| (std::cmp::Reverse(s.formal_authority.rank()), std::cmp::Reverse(s.influence.rank())));
    Ok(list)
}

pub async fn add_stakeholder(
    db: impl Exec<'_>,
    initiative_id: i64,
    d: &StakeholderDraft,
    group_id: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO stakeholders (initiative_id, name, kind, formal_authority, instrument, influence, stance, suitability,
                                   suitability_reason, group_id, relationship_owner, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(initiative_id)
    .bind(&d.name)
    .bind(d.kind.key())
    .bind(d.formal_authority.key())
    .bind(&d.instrument)
    .bind(d.influence.key())
    .bind(d.stance.key())
    .bind(d.suitability.key())
    .bind(&d.suitability_reason)
    .bind(group_id)
    .bind(&d.relationship_owner)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

pub async fn update_stakeholder(
    db: impl Exec<'_>,
    initiative_id: i64,
    id: i64,
    d: &StakeholderDraft,
    group_id: Option<i64>,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE stakeholders SET name = $1, kind = $2, formal_authority = $3, instrument = $4, influence = $5, stance = $6,
                suitability = $7, suitability_reason = $8, group_id = $9, relationship_owner = $10, updated_at = $11
         WHERE id = $12 AND initiative_id = $13",
    )
    .bind(&d.name)
    .bind(d.kind.key())
    .bind(d.formal_authority.key())
    .bind(&d.instrument)
    .bind(d.influence.key())
    .bind(d.stance.key())
    .bind(d.suitability.key())
    .bind(&d.suitability_reason)
    .bind(group_id)
    .bind(&d.relationship_owner)
    .bind(now.0)
    .bind(id)
    .bind(initiative_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete_stakeholder(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM stakeholders WHERE id = $1 AND initiative_id = $2")
        .bind(id)
        .bind(initiative_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
    pub id: i64,
    pub stakeholder_id: Option<i64>,
    pub title: String,
    pub kind: AuthorizationKind,
    pub status: AuthorizationStatus,
    pub due_on: Option<Date>,
    pub happened_on: Option<Date>,
    pub evidence: String,
    pub updated_at: Timestamp,
}

/// Approvals and notifications, soonest due first, undated last.
pub async fn authorizations(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Authorization>> {
    let rows = sqlx::query(
        "SELECT id, stakeholder_id, title, kind, status, due_on, happened_on, evidence, updated_at
         FROM authorizations WHERE initiative_id = $1
         ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Authorization {
                id: get(row, "id")?,
                stakeholder_id: get(row, "stakeholder_id")?,
                title: get(row, "title")?,
                kind: choice(row, "kind")?,
                status: choice(row, "status")?,
                due_on: opt_date(row, "due_on")?,
                happened_on: opt_date(row, "happened_on")?,
                evidence: get(row, "evidence")?,
                updated_at: ts(row, "updated_at")?,
            })
        })
        .collect()
}

pub async fn add_authorization(
    db: impl Exec<'_>,
    initiative_id: i64,
    d: &AuthorizationDraft,
    stakeholder_id: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO authorizations (initiative_id, stakeholder_id, title, kind, status, due_on, happened_on, evidence,
                                     created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(initiative_id)
    .bind(stakeholder_id)
    .bind(&d.title)
    .bind(d.kind.key())
    .bind(d.status.key())
    .bind(date_text(d.due_on))
    .bind(date_text(d.happened_on))
    .bind(&d.evidence)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

pub async fn update_authorization(
    db: impl Exec<'_>,
    initiative_id: i64,
    id: i64,
    d: &AuthorizationDraft,
    stakeholder_id: Option<i64>,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE authorizations SET stakeholder_id = $1, title = $2, kind = $3, status = $4, due_on = $5, happened_on = $6,
                evidence = $7, updated_at = $8
         WHERE id = $9 AND initiative_id = $10",
    )
    .bind(stakeholder_id)
    .bind(&d.title)
    .bind(d.kind.key())
    .bind(d.status.key())
    .bind(date_text(d.due_on))
    .bind(date_text(d.happened_on))
    .bind(&d.evidence)
    .bind(now.0)
    .bind(id)
    .bind(initiative_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete_authorization(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM authorizations WHERE id = $1 AND initiative_id = $2")
        .bind(id)
        .bind(initiative_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}
