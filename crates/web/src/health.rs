//! Gathers what the domain's health checks read, for one initiative.

use tandem_domain::{
    charter::InfluenceLevel,
    engagement::EventKind,
    environment::{AuthorizationFacts, AuthorizationStatus},
    health::{self, Check, Finding, HealthFacts, StakeholderFacts},
    initiative::{CapacityFacts, TriangleAssessment},
    phases::PhaseStatus,
    worksheet::QUESTIONS,
};
use tandem_store::{charter, engagement, environment, initiatives::Initiative, phases, worksheet};

use crate::{AppState, error::AppResult, pages::shell::Section, triangle::TriangleView};

pub struct Health {
    pub findings: Vec<Finding>,
    pub charter_published: bool,
}

pub async fn load(state: &AppState, initiative: &Initiative, view: &TriangleView) -> AppResult<Health> {
    let db = &state.db;
    let stakeholders = environment::stakeholders(db, initiative.id).await?;
    let authorizations = environment::authorizations(db, initiative.id).await?;
    let contacts = engagement::stakeholder_contacts(db, initiative.id).await?;
    let charter = charter::get_charter(db, initiative.id).await?;
    let areas = charter::areas(db, initiative.id).await?;
    let last_update = engagement::last_update(db, initiative.id).await?;
    let answers = worksheet::history(db, initiative.id).await?;
    let phases = phases::list(db, initiative.id).await?;
    let now = state.clock.now();
    let ideas_overdue = tandem_store::ideas::unanswered(db, initiative.id)
        .await?
        .into_iter()
        .filter(|created| tandem_domain::ideas::response_overdue(*created, None, initiative.response_target_days, now))
        .count();

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
    };
    Ok(Health { findings: health::check(&facts), charter_published: charter.version > 0 })
}

/// Where to go to fix what a check found: a section and an anchor in it.
pub fn fix_target(check: Check) -> (Section, &'static str) {
    match check {
        Check::NoValueStatement => (Section::Overview, "/edit#basics-h"),
        Check::NoMeasurableOutcomes => (Section::Overview, "/edit#outcomes-h"),
        Check::CapacityWithoutOwner | Check::CapacityAtRisk => (Section::Overview, "/edit#capacity-edit-h"),
        Check::ApprovalOverdue | Check::ApprovalRefused => (Section::Environment, "#approvals"),
        Check::FormalNotInformed => (Section::Engagement, "#record"),
        Check::SharedDecisionWithoutCoCreators => (Section::Environment, "#stakeholders"),
        Check::CharterNotPublished => (Section::Charter, ""),
        Check::NoRecentUpdate => (Section::Engagement, "#record"),
        Check::WorksheetUnanswered => (Section::Worksheet, ""),
        Check::PhaseOverrun => (Section::Phases, ""),
        Check::IdeasAwaitingResponse => (Section::Ideas, "?sort=oldest&status=new"),
    }
}
