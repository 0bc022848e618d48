//! The health view ("round the bases") and the authorization packet: the
//! facts the domain's checks read, gathered for one initiative.

use tandem_domain::{Timestamp, charter::CharterSnapshot, engagement::Funnel};
use tandem_domain::{
    charter::InfluenceLevel,
    engagement::EventKind,
    environment::{AuthorizationFacts, AuthorizationStatus},
    health::{self, Evaluation, Finding, HealthFacts, StakeholderFacts},
    initiative::{CapacityFacts, TriangleAssessment},
    phases::PhaseStatus,
    worksheet::QUESTIONS,
};
use tandem_store::{charter, communities::Group, engagement, environment, initiatives::Initiative, phases, worksheet};

use crate::{
    Access, Result, Service,
    environment::{Authorization, Stakeholder},
    initiatives::{Triangle, triangle},
    phases::Phase,
};

pub struct Health {
    pub findings: Vec<Finding>,
    pub charter_published: bool,
}

/// The triangle and the health findings of one initiative from one evaluation
/// (`health::Evaluation`): every page that shows either shows both as one.
pub struct Evaluated {
    /// The triangle, its bases' states already carrying the findings.
    pub triangle: Triangle,
    pub health: Health,
}

pub async fn evaluate(svc: &Service, initiative: &Initiative, now: Timestamp) -> Result<Evaluated> {
    let mut triangle = triangle(svc, initiative).await?;
    let health = checks(svc, initiative, &triangle, now).await?;
    let evaluation = Evaluation::new(triangle.assessment, health.findings);
    triangle.assessment = evaluation.triangle;
    Ok(Evaluated {
        triangle,
        health: Health { findings: evaluation.findings, charter_published: health.charter_published },
    })
}

/// Runs the domain's checks on an initiative whose triangle is already loaded.
async fn checks(svc: &Service, initiative: &Initiative, view: &Triangle, now: Timestamp) -> Result<Health> {
    let db = svc.db.pool();
    let cutoff = tandem_domain::ideas::response_cutoff(initiative.response_target_days, now);
    let (stakeholders, authorizations, contacts, charter, areas, last_update, answers, phases, overdue, reach) = tokio::try_join!(
        environment::stakeholders(db, initiative.id),
        environment::authorizations(db, initiative.id),
        engagement::stakeholder_contacts(db, initiative.id),
        charter::get_charter(db, initiative.id),
        charter::areas(db, initiative.id),
        engagement::last_update(db, initiative.id),
        worksheet::history(db, initiative.id),
        phases::list(db, initiative.id),
        tandem_store::ideas::unanswered_before(db, initiative.id, cutoff),
        engagement::reach(db, initiative.id)
    )?;
    let ideas_overdue = usize::try_from(overdue).unwrap_or(0);

    let capacity: Vec<CapacityFacts> = view
        .capacity
        .iter()
        .map(|c| CapacityFacts { has_owner: !c.owner.trim().is_empty(), status: c.status })
        .collect();
    let auth_facts: Vec<AuthorizationFacts> = authorizations
        .iter()
        .map(|a| AuthorizationFacts { kind: a.kind, status: a.status, due_on: a.due_on })
        .collect();
    let people: Vec<StakeholderFacts> = stakeholders
        .iter()
        .map(|s| {
            let events: Vec<EventKind> = contacts.iter().filter(|(id, _)| *id == s.id).map(|(_, k)| *k).collect();
            let steps: Vec<AuthorizationStatus> =
                authorizations.iter().filter(|a| a.stakeholder_id == Some(s.id)).map(|a| a.status).collect();
            StakeholderFacts {
                formal_authority: s.formal_authority,
                suitability: s.suitability,
                informed: health::is_informed(&events, &steps),
            }
        })
        .collect();
    let levels: Vec<InfluenceLevel> = areas.iter().map(|a| a.area.level).collect();
    let mut answered: Vec<u8> = answers.iter().map(|a| a.question).filter(|q| (1..=QUESTIONS).contains(q)).collect();
    answered.dedup();
    let current_phase_ends = phases.iter().find(|p| p.status == PhaseStatus::Current).map(|p| p.ends_on);
    let bodies = crate::bodies::initiative_findings(svc, initiative, now).await?;
    let actions_overdue = tandem_store::actions::overdue(db, initiative.id, now.date()).await?;
    let a: &TriangleAssessment = &view.assessment;
    let facts = HealthFacts {
        now,
        created_at: initiative.created_at,
        value_statement: &initiative.value_statement,
        outcomes: a.value_tally.outcomes,
        measurable_outcomes: a.value_tally.measurable,
        capacity: &capacity,
        authorizations: &auth_facts,
        stakeholders: &people,
        decision_levels: &levels,
        charter_published: charter.version > 0,
        last_update,
        worksheet_answered: answered.len(),
        current_phase_ends,
        ideas_overdue,
        engagement_events: reach.len(),
        body_breaches: bodies.breaches.len(),
        body_terms_expired: bodies.expired,
        body_vacancies_overdue: bodies.overdue_vacancies,
        actions_overdue: usize::try_from(actions_overdue).unwrap_or(0),
        promises_overdue: crate::rosters::promises_overdue(svc, initiative.id, now.date()).await?,
        outcomes_unmeasured: crate::surveys::unmeasured(svc, initiative.id).await?,
    };
    Ok(Health { findings: health::check(&facts), charter_published: charter.version > 0 })
}

/// Everything the print-ready authorization packet shows (seed 001:
/// authorizers still need evidence of capacity and a strong value proposition).
pub struct Packet {
    pub triangle: Triangle,
    pub health: Health,
    /// The charter's version and publication date.
    pub charter: charter::Charter,
    /// The charter as published; an unpublished draft is never shown to readers.
    pub published_charter: Option<CharterSnapshot>,
    pub stakeholders: Vec<Stakeholder>,
    pub authorizations: Vec<Authorization>,
    pub funnels: Vec<(Group, Funnel)>,
    pub phases: Vec<Phase>,
    /// Worksheet questions answered, in order.
    pub answered: Vec<u8>,
}

pub async fn packet(svc: &Service, access: &Access, initiative: &Initiative, now: Timestamp) -> Result<Packet> {
    let Evaluated { triangle, health } = evaluate(svc, initiative, now).await?;
    let db = svc.db.pool();
    let (charter, versions, stakeholders, authorizations, phases, answers) = tokio::try_join!(
        charter::get_charter(db, initiative.id),
        charter::versions(db, initiative.id),
        environment::stakeholders(db, initiative.id),
        environment::authorizations(db, initiative.id),
        phases::list(db, initiative.id),
        worksheet::history(db, initiative.id)
    )?;
    let published_charter = versions.first().and_then(|v| serde_json::from_str(&v.snapshot).ok());
    let funnels = crate::engagement::funnels(svc, access, initiative).await?;
    let mut answered: Vec<u8> = answers.iter().map(|a| a.question).collect();
    answered.dedup();
    Ok(Packet { triangle, health, charter, published_charter, stakeholders, authorizations, funnels, phases, answered })
}
