//! Initiatives and their strategic triangle: public value (outcomes),
//! organizational capacity and legitimacy & support (stances), and opening
//! participation behind the charter gate.

use tandem_domain::{
    Invalid, Timestamp,
    charter::{CharterState, open_participation},
    initiative::{
        CapacityFacts, OutcomeFacts, TriangleAssessment, TriangleFacts, assess,
        drafts::{self, CapacityDraft, InitiativeDraft, OutcomeDraft},
    },
    text::{self, Slug},
};
pub use tandem_store::initiatives::{CapacityItem, CurrentPhase, Initiative, Outcome, StanceRecord};
use tandem_store::{
    communities::{self, Group, School},
    initiatives, phases,
};

use crate::{
    Access, Error, Result, Service, audit, commit,
    paging::{self, Page},
    touch,
};
use tandem_domain::audit::Action;

/// An initiative as typed in a form or sent to the API. Fields left `None`
/// keep their stored value (the API's PATCH); a form sends them all.
#[derive(Debug, Clone, Default)]
pub struct InitiativeInput {
    pub title: Option<String>,
    pub summary: Option<String>,
    /// A school's address; blank means district-wide.
    pub school: Option<String>,
    /// public or members
    pub visibility: Option<String>,
    pub value_statement: Option<String>,
}

/// Resolves a school chosen by its address; blank means district-wide.
fn school_from_slug(schools: &[School], slug: &str) -> Result<Option<i64>, Invalid> {
    let slug = slug.trim();
    if slug.is_empty() {
        return Ok(None);
    }
    schools
        .iter()
        .find(|s| s.slug == slug)
        .map(|s| Some(s.id))
        .ok_or_else(|| Invalid::one(tandem_domain::FieldError::new("school", "error-choice-invalid")))
}

/// Parses the draft and the school together, so every problem shows at once.
fn parse(
    input: &InitiativeInput,
    current: Option<&Initiative>,
    schools: &[School],
) -> Result<(InitiativeDraft, Option<i64>)> {
    let keep = |new: &Option<String>, old: Option<&str>| new.clone().unwrap_or_else(|| old.unwrap_or("").to_owned());
    let current_school =
        current.and_then(|i| i.school_id).and_then(|id| schools.iter().find(|s| s.id == id)).map(|s| s.slug.as_str());
    let draft = InitiativeDraft::parse(
        &keep(&input.title, current.map(|i| i.title.as_str())),
        &keep(&input.summary, current.map(|i| i.summary.as_str())),
        &keep(&input.visibility, current.map(|i| i.visibility.key()).or(Some("public"))),
        &keep(&input.value_statement, current.map(|i| i.value_statement.as_str())),
    );
    let school = school_from_slug(schools, &keep(&input.school, current_school));
    match (draft, school) {
        (Ok(d), Ok(s)) => Ok((d, s)),
        (d, s) => {
            let mut errors = d.err().unwrap_or_default();
            errors.0.extend(s.err().unwrap_or_default().0);
            Err(Error::Invalid(errors))
        }
    }
}

fn fields_of(draft: &InitiativeDraft, school_id: Option<i64>) -> initiatives::InitiativeFields<'_> {
    initiatives::InitiativeFields {
        school_id,
        title: &draft.title,
        summary: &draft.summary,
        visibility: draft.visibility,
        value_statement: &draft.value_statement,
    }
}

/// Creates an initiative with the default phases (facilitators), as a draft
/// that only staff see until it is published. Returns it as stored.
pub async fn create(svc: &Service, access: &Access, input: &InitiativeInput, now: Timestamp) -> Result<Initiative> {
    access.require_facilitator()?;
    let schools = communities::schools(svc.db.pool(), access.community.id).await?;
    let (draft, school_id) = parse(input, None, &schools)?;
    let mut tx = svc.begin().await?;
    let (id, slug) = initiatives::create(
        &mut tx,
        access.community.id,
        &Slug::from_title(&draft.title),
        &fields_of(&draft, school_id),
        access.user_id(),
        now,
        false,
    )
    .await?;
    phases::create_defaults(&mut tx, id).await?;
    audit::entry(access, Action::InitiativeCreate).initiative(id).subject(&slug).record(&mut tx, now).await?;
    let created = initiatives::by_slug(&mut *tx, access.community.id, &slug).await?.ok_or(Error::NotFound)?;
    commit(tx).await?;
    Ok(created)
}

/// Publishes a draft initiative (facilitators): from now on members, or
/// everyone if it is public, can read it. Publishing twice is a conflict.
pub async fn publish(svc: &Service, access: &Access, initiative: &Initiative, now: Timestamp) -> Result<Initiative> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    if !initiatives::publish(&mut *tx, initiative.id, now).await? {
        return Err(Error::Conflict("error-initiative-published"));
    }
    audit::entry(access, Action::InitiativePublish)
        .initiative(initiative.id)
        .subject(&initiative.slug)
        .record(&mut tx, now)
        .await?;
    let published =
        initiatives::by_slug(&mut *tx, access.community.id, &initiative.slug).await?.ok_or(Error::NotFound)?;
    commit(tx).await?;
    Ok(published)
}

/// Changes an initiative's basics (facilitators); fields left out keep their value.
pub async fn update(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &InitiativeInput,
    now: Timestamp,
) -> Result<Initiative> {
    access.require_facilitator()?;
    let schools = communities::schools(svc.db.pool(), access.community.id).await?;
    let (draft, school_id) = parse(input, Some(initiative), &schools)?;
    let mut tx = svc.begin().await?;
    initiatives::update(&mut *tx, initiative.id, &fields_of(&draft, school_id), now).await?;
    audit::entry(access, Action::InitiativeUpdate)
        .initiative(initiative.id)
        .subject(&initiative.slug)
        .record(&mut tx, now)
        .await?;
    let updated =
        initiatives::by_slug(&mut *tx, access.community.id, &initiative.slug).await?.ok_or(Error::NotFound)?;
    commit(tx).await?;
    Ok(updated)
}

/// Opens or closes participation (facilitators). Opening goes through the
/// domain's charter gate: nothing opens before the power-sharing charter is published.
pub async fn set_participation(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    open: bool,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    if open {
        open_participation(CharterState { version: initiative.charter_version }, initiative.published_at.is_some())
            .map_err(|refused| Error::Conflict(refused.message()))?;
    }
    let mut tx = svc.begin().await?;
    initiatives::set_participation(&mut *tx, initiative.id, open, now).await?;
    let action = if open { Action::ParticipationOpen } else { Action::ParticipationClose };
    audit::entry(access, action).initiative(initiative.id).subject(&initiative.slug).record(&mut tx, now).await?;
    commit(tx).await
}

// ---- public value: measurable outcomes

#[derive(Debug, Clone, Default)]
pub struct OutcomeInput {
    pub description: String,
    pub measure: String,
    pub target: String,
}

fn outcome_fields(d: &OutcomeDraft) -> initiatives::OutcomeFields<'_> {
    initiatives::OutcomeFields { description: &d.description, measure: &d.measure, target: &d.target }
}

pub async fn add_outcome(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &OutcomeInput,
    now: Timestamp,
) -> Result<Outcome> {
    access.require_facilitator()?;
    let d = OutcomeDraft::parse(&input.description, &input.measure, &input.target)?;
    let mut tx = svc.begin().await?;
    let id = initiatives::add_outcome(&mut *tx, initiative.id, &outcome_fields(&d), now).await?;
    audit::entry(access, Action::OutcomeAdd).initiative(initiative.id).subject(id).commit(tx, now).await?;
    Ok(Outcome { id, description: d.description, measure: d.measure, target: d.target })
}

pub async fn update_outcome(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    input: &OutcomeInput,
    now: Timestamp,
) -> Result<Outcome> {
    access.require_facilitator()?;
    let d = OutcomeDraft::parse(&input.description, &input.measure, &input.target)?;
    let mut tx = svc.begin().await?;
    if !initiatives::update_outcome(&mut *tx, initiative.id, id, &outcome_fields(&d)).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::OutcomeUpdate).initiative(initiative.id).subject(id).commit(tx, now).await?;
    Ok(Outcome { id, description: d.description, measure: d.measure, target: d.target })
}

pub async fn delete_outcome(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    if !initiatives::delete_outcome(&mut *tx, initiative.id, id).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::OutcomeDelete).initiative(initiative.id).subject(id).commit(tx, now).await
}

// ---- organizational capacity

#[derive(Debug, Clone, Default)]
pub struct CapacityInput {
    /// people, systems or money
    pub kind: String,
    pub title: String,
    pub owner: String,
    /// needed, in_progress, in_place or at_risk
    pub status: String,
    pub evidence: String,
}

fn parse_capacity(input: &CapacityInput) -> Result<CapacityDraft, Invalid> {
    CapacityDraft::parse(&input.kind, &input.title, &input.owner, &input.status, &input.evidence)
}

fn capacity_fields(d: &CapacityDraft) -> initiatives::CapacityFields<'_> {
    initiatives::CapacityFields {
        kind: d.kind,
        title: &d.title,
        owner: &d.owner,
        status: d.status,
        evidence: &d.evidence,
    }
}

fn capacity_item(id: i64, d: CapacityDraft, now: Timestamp) -> CapacityItem {
    CapacityItem {
        id,
        kind: d.kind,
        title: d.title,
        owner: d.owner,
        status: d.status,
        evidence: d.evidence,
        updated_at: now,
    }
}

pub async fn add_capacity(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &CapacityInput,
    now: Timestamp,
) -> Result<CapacityItem> {
    access.require_facilitator()?;
    let d = parse_capacity(input)?;
    let mut tx = svc.begin().await?;
    let id = initiatives::add_capacity(&mut *tx, initiative.id, &capacity_fields(&d), now).await?;
    audit::entry(access, Action::CapacityAdd).initiative(initiative.id).subject(id).commit(tx, now).await?;
    Ok(capacity_item(id, d, now))
}

pub async fn update_capacity(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    input: &CapacityInput,
    now: Timestamp,
) -> Result<CapacityItem> {
    access.require_facilitator()?;
    let d = parse_capacity(input)?;
    let mut tx = svc.begin().await?;
    if !initiatives::update_capacity(&mut *tx, initiative.id, id, &capacity_fields(&d), now).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::CapacityUpdate).initiative(initiative.id).subject(id).commit(tx, now).await?;
    Ok(capacity_item(id, d, now))
}

pub async fn delete_capacity(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    if !initiatives::delete_capacity(&mut *tx, initiative.id, id).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::CapacityDelete).initiative(initiative.id).subject(id).commit(tx, now).await
}

// ---- legitimacy and support

/// Where one stakeholder group stands, as typed: a blank stance clears it.
#[derive(Debug, Clone, Default)]
pub struct StanceInput {
    pub group_id: i64,
    /// champion, supporter, neutral, sceptic, opponent, unknown, or blank to clear
    pub stance: String,
    pub note: String,
}

/// Records where stakeholder groups stand (facilitators). Every row is
/// checked first: one bad row means nothing is saved. Errors about a row
/// carry its group id as the `group` argument.
pub async fn set_stances(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    rows: &[StanceInput],
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let mut errors = Invalid::default();
    let mut checked = Vec::new();
    for row in rows {
        if !groups.iter().any(|g| g.id == row.group_id) {
            return Err(Error::NotFound);
        }
        let stance = drafts::stance("stance", &row.stance).map_err(|e| e.with_arg("group", row.group_id));
        let note = text::optional("note", &row.note, text::SUMMARY_MAX).map_err(|e| e.with_arg("group", row.group_id));
        if let (Some(stance), Some(note)) = (errors.check(stance), errors.check(note)) {
            checked.push((row.group_id, stance, note.unwrap_or_default()));
        }
    }
    errors.finish()?;
    let mut tx = svc.begin().await?;
    for (group_id, stance, note) in &checked {
        match stance {
            Some(s) => initiatives::set_stance(&mut *tx, initiative.id, *group_id, *s, note, now).await?,
            None => initiatives::clear_stance(&mut *tx, initiative.id, *group_id).await?,
        }
    }
    touch(&mut tx, initiative.id, now).await?;
    let groups_changed: Vec<String> = checked.iter().map(|(g, _, _)| g.to_string()).collect();
    audit::entry(access, Action::SupportSet)
        .initiative(initiative.id)
        .subject(&initiative.slug)
        .detail(groups_changed.join(","))
        .record(&mut tx, now)
        .await?;
    commit(tx).await
}

// ---- reads

/// The initiatives of a community this person may read, most recently
/// updated first (every one: for choosing among them in a filter).
pub async fn list(svc: &Service, access: &Access) -> Result<Vec<Initiative>> {
    Ok(initiatives::list(svc.db.pool(), access.community.id, access.is_member(), access.can_facilitate()).await?)
}

/// A page of the initiatives this person may read, most recently updated
/// first, after the cursor `after`; with a school's address, that school's
/// only (an unknown school is not found).
pub async fn page(
    svc: &Service,
    access: &Access,
    school: Option<&str>,
    after: &str,
    limit: i64,
) -> Result<Page<Initiative>> {
    let after = paging::after(after)?;
    let school_id = match school.map(str::trim).filter(|s| !s.is_empty()) {
        Some(slug) => {
            let schools = communities::schools(svc.db.pool(), access.community.id).await?;
            Some(schools.iter().find(|s| s.slug == slug).map(|s| s.id).ok_or(Error::NotFound)?)
        }
        None => None,
    };
    let listing = initiatives::Listing {
        community_id: access.community.id,
        include_members_only: access.is_member(),
        include_drafts: access.can_facilitate(),
        school_id,
    };
    let (rows, total) = tokio::try_join!(
        initiatives::page(svc.db.pool(), &listing, after, limit),
        initiatives::count(svc.db.pool(), &listing)
    )?;
    Ok(Page::from_rows(rows, limit, total, |i| paging::cursor(i.updated_at.0, i.id)))
}

/// An initiative's triangle: its facts and the domain's assessment of each base.
pub struct Triangle {
    pub outcomes: Vec<Outcome>,
    pub capacity: Vec<CapacityItem>,
    pub stances: Vec<StanceRecord>,
    /// The community's stakeholder groups, in their order.
    pub groups: Vec<Group>,
    pub assessment: TriangleAssessment,
}

/// Loads and assesses the triangle in one round trip to the database.
pub async fn triangle(svc: &Service, initiative: &Initiative) -> Result<Triangle> {
    let initiatives::TriangleData { outcomes, capacity, stances, groups } =
        initiatives::triangle(svc.db.pool(), initiative.id).await?;
    let outcome_facts: Vec<OutcomeFacts> = outcomes
        .iter()
        .map(|o| OutcomeFacts { has_measure: !o.measure.trim().is_empty(), has_target: !o.target.trim().is_empty() })
        .collect();
    let capacity_facts: Vec<CapacityFacts> =
        capacity.iter().map(|c| CapacityFacts { has_owner: !c.owner.trim().is_empty(), status: c.status }).collect();
    let stance_values: Vec<_> = stances.iter().map(|s| s.stance).collect();
    let assessment = assess(&TriangleFacts {
        value_statement: &initiative.value_statement,
        outcomes: &outcome_facts,
        capacity: &capacity_facts,
        stances: &stance_values,
        group_count: groups.len(),
    });
    Ok(Triangle { outcomes, capacity, stances, groups, assessment })
}
