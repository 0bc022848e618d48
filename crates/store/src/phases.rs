//! Phases of an initiative and the record of moving between them.

use sqlx::any::AnyRow;
use tandem_domain::{
    Timestamp,
    phases::{DEFAULT_TEMPLATE, PhaseDraft, PhaseKind, PhaseStatus},
    time::Date,
};

use crate::{Conn, Exec, Result, StoreError, choice, date_text, get, opt_date, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub id: i64,
    /// The template phase it came from; its name is translated when `name` is empty.
    pub template_key: Option<String>,
    pub name: String,
    pub kind: PhaseKind,
    pub status: PhaseStatus,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub accepts_ideas: bool,
}

fn phase_from(row: &AnyRow) -> Result<Phase> {
    Ok(Phase {
        id: get(row, "id")?,
        template_key: get(row, "template_key")?,
        name: get(row, "name")?,
        kind: choice(row, "kind")?,
        status: choice(row, "status")?,
        starts_on: opt_date(row, "starts_on")?,
        ends_on: opt_date(row, "ends_on")?,
        accepts_ideas: crate::flag(row, "accepts_ideas")?,
    })
}

pub async fn list(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Phase>> {
    let rows = sqlx::query(
        "SELECT id, template_key, name, kind, status, starts_on, ends_on, accepts_ideas FROM phases
         WHERE initiative_id = $1 ORDER BY position, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(phase_from).collect()
}

/// Gives a new initiative the default phases, the first one current.
pub async fn create_defaults(conn: &mut Conn, initiative_id: i64) -> Result<()> {
    for (i, p) in DEFAULT_TEMPLATE.iter().enumerate() {
        let status = if i == 0 { PhaseStatus::Current } else { PhaseStatus::Upcoming };
        sqlx::query(
            "INSERT INTO phases (initiative_id, template_key, name, kind, status, position, accepts_ideas)
             VALUES ($1, $2, '', $3, $4, $5, $6)",
        )
        .bind(initiative_id)
        .bind(p.key)
        .bind(p.kind.key())
        .bind(status.key())
        .bind(i as i64 + 1)
        .bind(crate::int_flag(p.accepts_ideas))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn add(db: impl Exec<'_>, initiative_id: i64, d: &PhaseDraft) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO phases (initiative_id, template_key, name, kind, status, starts_on, ends_on, accepts_ideas, position)
         VALUES ($1, NULL, $2, $3, $4, $5, $6, $7,
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM phases WHERE initiative_id = $1))
         RETURNING id",
    )
    .bind(initiative_id)
    .bind(&d.name)
    .bind(d.kind.key())
    .bind(PhaseStatus::Upcoming.key())
    .bind(date_text(d.starts_on))
    .bind(date_text(d.ends_on))
    .bind(crate::int_flag(d.accepts_ideas))
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

pub async fn update(db: impl Exec<'_>, initiative_id: i64, id: i64, d: &PhaseDraft) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE phases SET name = $1, kind = $2, starts_on = $3, ends_on = $4, accepts_ideas = $5
         WHERE id = $6 AND initiative_id = $7",
    )
    .bind(&d.name)
    .bind(d.kind.key())
    .bind(date_text(d.starts_on))
    .bind(date_text(d.ends_on))
    .bind(crate::int_flag(d.accepts_ideas))
    .bind(id)
    .bind(initiative_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a phase that is not current.
pub async fn delete(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM phases WHERE id = $1 AND initiative_id = $2 AND status <> $3")
        .bind(id)
        .bind(initiative_id)
        .bind(PhaseStatus::Current.key())
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Who moved the initiative from which phase to which, and why.
pub struct Move<'a> {
    pub from: Option<i64>,
    pub to: i64,
    pub note: &'a str,
    pub actor: Option<i64>,
}

/// Applies the status changes the domain decided and records the transition,
/// together.
pub async fn transition(
    conn: &mut Conn,
    initiative_id: i64,
    changes: &[(i64, PhaseStatus)],
    step: &Move<'_>,
    now: Timestamp,
) -> Result<()> {
    for (id, status) in changes {
        let done = sqlx::query("UPDATE phases SET status = $1 WHERE id = $2 AND initiative_id = $3")
            .bind(status.key())
            .bind(id)
            .bind(initiative_id)
            .execute(&mut *conn)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
    }
    sqlx::query(
        "INSERT INTO phase_transitions (initiative_id, from_phase_id, to_phase_id, note, actor_id, at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(initiative_id)
    .bind(step.from)
    .bind(step.to)
    .bind(step.note)
    .bind(step.actor)
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    pub from_phase: Option<i64>,
    pub to_phase: Option<i64>,
    pub note: String,
    pub actor: Option<String>,
    pub at: Timestamp,
}

pub async fn transitions(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Transition>> {
    let rows = sqlx::query(
        "SELECT t.from_phase_id, t.to_phase_id, t.note, u.display_name AS actor, t.at
         FROM phase_transitions t LEFT JOIN users u ON u.id = t.actor_id
         WHERE t.initiative_id = $1 ORDER BY t.at DESC, t.id DESC",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Transition {
                from_phase: get(row, "from_phase_id")?,
                to_phase: get(row, "to_phase_id")?,
                note: get(row, "note")?,
                actor: get(row, "actor")?,
                at: ts(row, "at")?,
            })
        })
        .collect()
}
