//! The authorizing environment of an initiative: the stakeholder map and the
//! tracker of formal approvals and notifications.

use tandem_domain::{
    Invalid, Timestamp,
    environment::{AuthorizationDraft, StakeholderDraft},
};
pub use tandem_store::environment::{Authorization, Stakeholder};
use tandem_store::{communities, environment as store, initiatives::Initiative};

use crate::{Access, Error, Result, Service, audit, community::check_id};
use tandem_domain::audit::Action;

/// A stakeholder as typed: choices by their keys, the group by id.
#[derive(Debug, Clone, Default)]
pub struct StakeholderInput {
    pub name: String,
    /// group, organisation or person (adults only)
    pub kind: String,
    /// approves, consulted, notified or none
    pub formal_authority: String,
    pub instrument: String,
    /// low, medium or high
    pub influence: String,
    pub stance: String,
    /// co_creation, co_production, both or neither
    pub suitability: String,
    pub suitability_reason: String,
    pub relationship_owner: String,
    /// The stakeholder group they speak for, if any.
    pub group_id: Option<i64>,
}

/// An approval or notification as typed; dates as YYYY-MM-DD.
#[derive(Debug, Clone, Default)]
pub struct AuthorizationInput {
    pub title: String,
    /// approval or notification
    pub kind: String,
    /// not_started, requested, granted, refused or notified
    pub status: String,
    pub due_on: String,
    pub happened_on: String,
    pub evidence: String,
    /// The stakeholder who grants it, if recorded.
    pub stakeholder_id: Option<i64>,
}

/// The map and the tracker of one initiative.
pub struct Environment {
    pub stakeholders: Vec<Stakeholder>,
    pub authorizations: Vec<Authorization>,
}

pub async fn environment(svc: &Service, initiative: &Initiative) -> Result<Environment> {
    let (stakeholders, authorizations) = tokio::try_join!(
        store::stakeholders(svc.db.pool(), initiative.id),
        store::authorizations(svc.db.pool(), initiative.id)
    )?;
    Ok(Environment { stakeholders, authorizations })
}

fn merge<A, B>(a: Result<A, Invalid>, b: Result<B, tandem_domain::FieldError>) -> Result<(A, B)> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => {
            let mut errors = a.err().unwrap_or_default();
            errors.0.extend(b.err());
            Err(Error::Invalid(errors))
        }
    }
}

async fn parse_stakeholder(
    svc: &Service,
    access: &Access,
    input: &StakeholderInput,
) -> Result<(StakeholderDraft, Option<i64>)> {
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let ids: Vec<i64> = groups.iter().map(|g| g.id).collect();
    let draft = StakeholderDraft::parse(&tandem_domain::environment::StakeholderInput {
        name: &input.name,
        kind: &input.kind,
        formal_authority: &input.formal_authority,
        instrument: &input.instrument,
        influence: &input.influence,
        stance: &input.stance,
        suitability: &input.suitability,
        suitability_reason: &input.suitability_reason,
        relationship_owner: &input.relationship_owner,
    });
    merge(draft, check_id("group", input.group_id, &ids))
}

pub async fn add_stakeholder(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &StakeholderInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let (d, group) = parse_stakeholder(svc, access, input).await?;
    let mut tx = svc.begin().await?;
    let id = store::add_stakeholder(&mut *tx, initiative.id, &d, group, now).await?;
    audit::entry(access, Action::StakeholderAdd)
        .initiative(initiative.id)
        .subject(id)
        .detail(&d.name)
        .commit(tx, now)
        .await?;
    Ok(id)
}

pub async fn update_stakeholder(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    input: &StakeholderInput,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let (d, group) = parse_stakeholder(svc, access, input).await?;
    let mut tx = svc.begin().await?;
    if !store::update_stakeholder(&mut *tx, initiative.id, id, &d, group, now).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::StakeholderUpdate).initiative(initiative.id).subject(id).commit(tx, now).await
}

pub async fn delete_stakeholder(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    if !store::delete_stakeholder(&mut *tx, initiative.id, id).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::StakeholderDelete).initiative(initiative.id).subject(id).commit(tx, now).await
}

async fn parse_authorization(
    svc: &Service,
    initiative: &Initiative,
    input: &AuthorizationInput,
) -> Result<(AuthorizationDraft, Option<i64>)> {
    let stakeholders = store::stakeholders(svc.db.pool(), initiative.id).await?;
    let ids: Vec<i64> = stakeholders.iter().map(|s| s.id).collect();
    let draft = AuthorizationDraft::parse(
        &input.title,
        &input.kind,
        &input.status,
        &input.due_on,
        &input.happened_on,
        &input.evidence,
    );
    merge(draft, check_id("stakeholder", input.stakeholder_id, &ids))
}

pub async fn add_authorization(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &AuthorizationInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let (d, who) = parse_authorization(svc, initiative, input).await?;
    let mut tx = svc.begin().await?;
    let id = store::add_authorization(&mut *tx, initiative.id, &d, who, now).await?;
    audit::entry(access, Action::AuthorizationAdd)
        .initiative(initiative.id)
        .subject(id)
        .detail(d.status.key())
        .commit(tx, now)
        .await?;
    Ok(id)
}

pub async fn update_authorization(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    input: &AuthorizationInput,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let (d, who) = parse_authorization(svc, initiative, input).await?;
    let mut tx = svc.begin().await?;
    if !store::update_authorization(&mut *tx, initiative.id, id, &d, who, now).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::AuthorizationUpdate)
        .initiative(initiative.id)
        .subject(id)
        .detail(d.status.key())
        .commit(tx, now)
        .await
}

pub async fn delete_authorization(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    if !store::delete_authorization(&mut *tx, initiative.id, id).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::AuthorizationDelete).initiative(initiative.id).subject(id).commit(tx, now).await
}
