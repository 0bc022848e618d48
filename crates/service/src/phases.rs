//! Phases from co-creation to co-production: added, edited, removed, and
//! moved through one at a time with every move recorded.

use tandem_domain::{
    Timestamp,
    phases::{PhaseDraft, PhaseStatus, make_current},
    text::{self, SUMMARY_MAX},
};
pub use tandem_store::phases::{Phase, Transition};
use tandem_store::{
    initiatives::Initiative,
    phases::{self as store, Move},
};

use crate::{Access, Error, Result, Service, audit, commit, touch};
use tandem_domain::audit::Action;

/// A phase as typed; dates as YYYY-MM-DD.
#[derive(Debug, Clone, Default)]
pub struct PhaseInput {
    /// Optional for a phase from the template (its translated name is used).
    pub name: String,
    /// co_creation or co_production
    pub kind: String,
    pub starts_on: String,
    pub ends_on: String,
    /// The phase takes ideas and needs.
    pub accepts_ideas: bool,
}

/// The phases in order and every move between them, newest first.
pub struct Phases {
    pub phases: Vec<Phase>,
    pub transitions: Vec<Transition>,
}

pub async fn phases(svc: &Service, initiative: &Initiative) -> Result<Phases> {
    let (phases, transitions) =
        tokio::try_join!(store::list(svc.db.pool(), initiative.id), store::transitions(svc.db.pool(), initiative.id))?;
    Ok(Phases { phases, transitions })
}

fn parse(input: &PhaseInput, from_template: bool) -> Result<PhaseDraft> {
    Ok(PhaseDraft::parse_with_ideas(
        &input.name,
        &input.kind,
        &input.starts_on,
        &input.ends_on,
        from_template,
        input.accepts_ideas,
    )?)
}

pub async fn add(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &PhaseInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let d = parse(input, false)?;
    let mut tx = svc.begin().await?;
    let id = store::add(&mut *tx, initiative.id, &d).await?;
    audit::entry(access, Action::PhaseAdd)
        .initiative(initiative.id)
        .subject(id)
        .detail(&d.name)
        .commit(tx, now)
        .await?;
    Ok(id)
}

pub async fn update(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    input: &PhaseInput,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    let list = store::list(&mut *tx, initiative.id).await?;
    let phase = list.iter().find(|p| p.id == id).ok_or(Error::NotFound)?;
    let d = parse(input, phase.template_key.is_some())?;
    store::update(&mut *tx, initiative.id, id, &d).await?;
    audit::entry(access, Action::PhaseUpdate).initiative(initiative.id).subject(id).commit(tx, now).await
}

/// Removes a phase; the current one cannot be removed.
pub async fn delete(svc: &Service, access: &Access, initiative: &Initiative, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    if !store::delete(&mut *tx, initiative.id, id).await? {
        return Err(Error::Conflict("error-phase-not-deletable"));
    }
    audit::entry(access, Action::PhaseDelete).initiative(initiative.id).subject(id).commit(tx, now).await
}

/// Moves the initiative to phase `id`, recording the move with a note.
pub async fn make_current_phase(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let note = text::optional("note", note, SUMMARY_MAX)?.unwrap_or_default();
    let mut tx = svc.begin().await?;
    // Dating the initiative first locks its row: concurrent moves run one
    // after the other, each from the phases the previous one left.
    touch(&mut tx, initiative.id, now).await?;
    let list = store::list(&mut *tx, initiative.id).await?;
    let statuses: Vec<_> = list.iter().map(|p| (p.id, p.status)).collect();
    let changes = make_current(&statuses, id).ok_or(Error::NotFound)?;
    let from = list.iter().find(|p| p.status == PhaseStatus::Current).map(|p| p.id);
    if from == Some(id) {
        return Ok(());
    }
    let step = Move { from, to: id, note: &note, actor: access.user_id() };
    store::transition(&mut tx, initiative.id, &changes, &step, now).await?;
    audit::entry(access, Action::PhaseCurrent)
        .initiative(initiative.id)
        .subject(id)
        .detail(&note)
        .record(&mut tx, now)
        .await?;
    commit(tx).await
}
