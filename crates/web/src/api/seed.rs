//! API for the seeds' own model: authorizing environment, approvals,
//! charter, phases, five key steps, worksheet, health, participation.

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::{
    FieldError, Invalid,
    charter::DecisionArea,
    phases::PhaseDraft,
    text::{SUMMARY_MAX, optional},
    time::iso_date,
    worksheet,
};
use tandem_store::{
    charter as charter_store, communities, engagement as engagement_store, environment, initiatives::Initiative,
    phases as phase_store, worksheet as worksheet_store,
};
use utoipa::ToSchema;

use super::{ApiJson, dto::ErrorBody};
use crate::{
    AppState,
    access::Access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    pages::{
        charter::{Edit, Refused, commit, parse_area},
        engagement::{funnels, parse_event, published},
        environment::{authorization_from_fields, stakeholder_from_fields},
        group_name,
        initiative::set_participation,
        phases::{move_to, phase_name},
    },
    triangle,
};

const I: &str = "/api/v1/communities/{community}/initiatives/{initiative}";

pub fn router() -> Router<AppState> {
    let at = |p: &str| format!("{I}{p}");
    Router::new()
        .route(&at("/environment"), get(get_environment))
        .route(&at("/stakeholders"), post(add_stakeholder))
        .route(&at("/stakeholders/{id}"), put(update_stakeholder).delete(delete_stakeholder))
        .route(&at("/authorizations"), post(add_authorization))
        .route(&at("/authorizations/{id}"), put(update_authorization).delete(delete_authorization))
        .route(&at("/charter"), get(get_charter))
        .route(&at("/charter/intro"), put(set_intro))
        .route(&at("/charter/areas"), post(add_area))
        .route(&at("/charter/areas/{id}"), put(update_area).delete(delete_area))
        .route(&at("/charter/publish"), post(publish))
        .route(&at("/phases"), get(get_phases).post(add_phase))
        .route(&at("/phases/{id}"), put(update_phase).delete(delete_phase))
        .route(&at("/phases/{id}/current"), post(make_current))
        .route(&at("/engagement"), get(get_engagement))
        .route(&at("/engagement/events"), post(add_event))
        .route(&at("/worksheet"), get(get_worksheet))
        .route(&at("/worksheet/{question}"), put(answer_question))
        .route(&at("/health"), get(get_health))
        .route(&at("/participation"), put(participation))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

async fn staff(state: &AppState, ctx: &Ctx, slug: &str, islug: &str) -> AppResult<(Access, Initiative)> {
    let (access, i) = Access::load_initiative(state, ctx, slug, islug).await?;
    access.require_facilitator(ctx)?;
    Ok((access, i))
}

fn pairs(fields: &[(&str, &str)]) -> FormPairs {
    FormPairs(fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
}

fn id_text(id: Option<i64>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

// ---- authorizing environment

#[derive(Serialize, ToSchema)]
pub struct StakeholderOut {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub formal_authority: String,
    pub instrument: String,
    pub influence: String,
    pub stance: String,
    pub suitability: String,
    pub suitability_reason: String,
    pub group_id: Option<i64>,
    pub relationship_owner: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuthorizationOut {
    pub id: i64,
    pub stakeholder_id: Option<i64>,
    pub title: String,
    pub kind: String,
    pub status: String,
    pub due_on: Option<String>,
    pub happened_on: Option<String>,
    pub evidence: String,
    /// Past its due date and not yet settled.
    pub overdue: bool,
}

#[derive(Serialize, ToSchema)]
pub struct EnvironmentOut {
    pub stakeholders: Vec<StakeholderOut>,
    pub authorizations: Vec<AuthorizationOut>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct StakeholderIn {
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
    pub group_id: Option<i64>,
    pub relationship_owner: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AuthorizationIn {
    pub title: String,
    /// approval or notification
    pub kind: String,
    /// not_started, requested, granted, refused or notified
    pub status: String,
    /// YYYY-MM-DD
    pub due_on: String,
    /// YYYY-MM-DD
    pub happened_on: String,
    pub evidence: String,
    pub stakeholder_id: Option<i64>,
}

fn stakeholder_pairs(s: &StakeholderIn) -> FormPairs {
    let group = id_text(s.group_id);
    pairs(&[
        ("name", &s.name),
        ("kind", &s.kind),
        ("formal_authority", &s.formal_authority),
        ("instrument", &s.instrument),
        ("influence", &s.influence),
        ("stance", &s.stance),
        ("suitability", &s.suitability),
        ("suitability_reason", &s.suitability_reason),
        ("relationship_owner", &s.relationship_owner),
        ("group", &group),
    ])
}

fn authorization_pairs(a: &AuthorizationIn) -> FormPairs {
    let who = id_text(a.stakeholder_id);
    pairs(&[
        ("title", &a.title),
        ("kind", &a.kind),
        ("status", &a.status),
        ("due_on", &a.due_on),
        ("happened_on", &a.happened_on),
        ("evidence", &a.evidence),
        ("stakeholder", &who),
    ])
}

/// The stakeholder map and the formal approvals tracker.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/environment", tag = "authorizing environment",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = EnvironmentOut), (status = 404, body = ErrorBody)))]
pub async fn get_environment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
) -> AppResult<Json<EnvironmentOut>> {
    let (_, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let stakeholders = environment::stakeholders(&state.db, i.id).await?;
    let authorizations = environment::authorizations(&state.db, i.id).await?;
    Ok(Json(EnvironmentOut {
        stakeholders: stakeholders
            .into_iter()
            .map(|s| StakeholderOut {
                id: s.id,
                name: s.name,
                kind: s.kind.key().to_owned(),
                formal_authority: s.formal_authority.key().to_owned(),
                instrument: s.instrument,
                influence: s.influence.key().to_owned(),
                stance: s.stance.key().to_owned(),
                suitability: s.suitability.key().to_owned(),
                suitability_reason: s.suitability_reason,
                group_id: s.group_id,
                relationship_owner: s.relationship_owner,
            })
            .collect(),
        authorizations: authorizations
            .into_iter()
            .map(|a| AuthorizationOut {
                overdue: tandem_domain::environment::AuthorizationFacts {
                    kind: a.kind,
                    status: a.status,
                    due_on: a.due_on,
                }
                .is_overdue(ctx.now),
                id: a.id,
                stakeholder_id: a.stakeholder_id,
                title: a.title,
                kind: a.kind.key().to_owned(),
                status: a.status.key().to_owned(),
                due_on: a.due_on.map(iso_date),
                happened_on: a.happened_on.map(iso_date),
                evidence: a.evidence,
            })
            .collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
}

/// Adds a stakeholder to the map (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/stakeholders", tag = "authorizing environment",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = StakeholderIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_stakeholder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(input): ApiJson<StakeholderIn>,
) -> AppResult<Response> {
    let (access, i) = staff(&state, &ctx, &c, &i).await?;
    let groups = communities::groups(&state.db, access.community.id).await?;
    let (d, g) = stakeholder_from_fields(&stakeholder_pairs(&input), &groups)?;
    let id = environment::add_stakeholder(&state.db, i.id, &d, g, ctx.now).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// Replaces a stakeholder.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/stakeholders/{id}", tag = "authorizing environment",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = StakeholderIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_stakeholder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(input): ApiJson<StakeholderIn>,
) -> AppResult<StatusCode> {
    let (access, i) = staff(&state, &ctx, &c, &i).await?;
    let groups = communities::groups(&state.db, access.community.id).await?;
    let (d, g) = stakeholder_from_fields(&stakeholder_pairs(&input), &groups)?;
    if !environment::update_stakeholder(&state.db, i.id, id, &d, g, ctx.now).await? {
        return Err(AppError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a stakeholder from the map.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/stakeholders/{id}", tag = "authorizing environment",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn delete_stakeholder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
) -> AppResult<StatusCode> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    if !environment::delete_stakeholder(&state.db, i.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Adds a formal approval or notification to track.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/authorizations", tag = "authorizing environment",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = AuthorizationIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_authorization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(input): ApiJson<AuthorizationIn>,
) -> AppResult<Response> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    let stakeholders = environment::stakeholders(&state.db, i.id).await?;
    let (d, who) = authorization_from_fields(&authorization_pairs(&input), &stakeholders)?;
    let id = environment::add_authorization(&state.db, i.id, &d, who, ctx.now).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// Replaces a tracked approval or notification.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/authorizations/{id}", tag = "authorizing environment",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = AuthorizationIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_authorization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(input): ApiJson<AuthorizationIn>,
) -> AppResult<StatusCode> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    let stakeholders = environment::stakeholders(&state.db, i.id).await?;
    let (d, who) = authorization_from_fields(&authorization_pairs(&input), &stakeholders)?;
    if !environment::update_authorization(&state.db, i.id, id, &d, who, ctx.now).await? {
        return Err(AppError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Stops tracking an approval or notification.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/authorizations/{id}", tag = "authorizing environment",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn delete_authorization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
) -> AppResult<StatusCode> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    if !environment::delete_authorization(&state.db, i.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

// ---- charter

#[derive(Serialize, ToSchema)]
pub struct AreaOut {
    pub id: i64,
    pub title: String,
    /// inform, consult, involve, collaborate or empower
    pub level: String,
    pub final_decision_by: String,
    pub fixed: String,
    pub risks: String,
    pub reciprocity: String,
}

#[derive(Serialize, ToSchema)]
pub struct VersionOut {
    pub version: i64,
    pub reason: String,
    pub published_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct CharterOut {
    /// 0 while a draft.
    pub version: i64,
    pub published: bool,
    pub published_at: Option<String>,
    pub intro: String,
    /// Empty for readers who are not staff while the charter is a draft.
    pub areas: Vec<AreaOut>,
    pub versions: Vec<VersionOut>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AreaIn {
    pub title: String,
    pub level: String,
    pub final_decision_by: String,
    pub fixed: String,
    pub risks: String,
    pub reciprocity: String,
    /// Required once the charter is published; readers see it.
    pub reason: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct IntroIn {
    pub intro: String,
    pub reason: String,
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct ReasonQuery {
    /// Why the area is removed (required once the charter is published).
    pub reason: String,
}

/// The power-sharing charter, its decision areas and every published version.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = CharterOut), (status = 404, body = ErrorBody)))]
pub async fn get_charter(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<Json<CharterOut>> {
    let (access, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let charter = charter_store::get_charter(&state.db, i.id).await?;
    let published = charter.version > 0;
    let areas =
        if published || access.can_facilitate() { charter_store::areas(&state.db, i.id).await? } else { Vec::new() };
    let versions = charter_store::versions(&state.db, i.id).await?;
    Ok(Json(CharterOut {
        version: charter.version,
        published,
        published_at: charter.published_at.map(|t| t.rfc3339()),
        intro: if published || access.can_facilitate() { charter.intro } else { String::new() },
        areas: areas
            .into_iter()
            .map(|a| AreaOut {
                id: a.id,
                title: a.area.title,
                level: a.area.level.key().to_owned(),
                final_decision_by: a.area.final_decision_by,
                fixed: a.area.fixed,
                risks: a.area.risks,
                reciprocity: a.area.reciprocity,
            })
            .collect(),
        versions: versions
            .into_iter()
            .map(|v| VersionOut { version: v.version, reason: v.reason, published_at: v.published_at.rfc3339() })
            .collect(),
    }))
}

fn area_from(input: &AreaIn) -> Result<DecisionArea, Invalid> {
    parse_area(&pairs(&[
        ("title", &input.title),
        ("level", &input.level),
        ("final_decision_by", &input.final_decision_by),
        ("fixed", &input.fixed),
        ("risks", &input.risks),
        ("reciprocity", &input.reciprocity),
    ]))
}

fn refused(r: Refused) -> AppError {
    match r {
        Refused::Invalid(e) => AppError::Invalid(e),
        Refused::Conflict => AppError::Conflict("error-charter-conflict"),
        Refused::NotFound => AppError::NotFound,
    }
}

async fn charter_change(
    state: &AppState,
    ctx: &Ctx,
    c: &str,
    i: &str,
    edit: Result<Edit, Invalid>,
    reason: &str,
    created: bool,
) -> AppResult<StatusCode> {
    let (_, i) = staff(state, ctx, c, i).await?;
    let edit = edit?;
    commit(state, ctx, &i, edit, reason).await?.map_err(refused)?;
    Ok(if created { StatusCode::CREATED } else { StatusCode::NO_CONTENT })
}

/// Sets the charter's introduction.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/intro", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = IntroIn,
    responses((status = 204), (status = 422, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_intro(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(input): ApiJson<IntroIn>,
) -> AppResult<StatusCode> {
    let edit = optional("intro", &input.intro, tandem_domain::charter::INTRO_MAX)
        .map(|t| Edit::Intro(t.unwrap_or_default()))
        .map_err(Invalid::one);
    charter_change(&state, &ctx, &c, &i, edit, &input.reason, false).await
}

/// Adds a decision area.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/areas", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = AreaIn,
    responses((status = 201), (status = 422, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(input): ApiJson<AreaIn>,
) -> AppResult<StatusCode> {
    charter_change(&state, &ctx, &c, &i, area_from(&input).map(Edit::Add), &input.reason, true).await
}

/// Replaces a decision area.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/areas/{id}", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = AreaIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(input): ApiJson<AreaIn>,
) -> AppResult<StatusCode> {
    charter_change(&state, &ctx, &c, &i, area_from(&input).map(|a| Edit::Update(id, a)), &input.reason, false).await
}

/// Removes a decision area.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/areas/{id}", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ReasonQuery),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn delete_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    Query(q): Query<ReasonQuery>,
) -> AppResult<StatusCode> {
    charter_change(&state, &ctx, &c, &i, Ok(Edit::Delete(id)), &q.reason, false).await
}

/// Publishes the charter: from now on it is public and every change is versioned.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/publish", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn publish(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<StatusCode> {
    charter_change(&state, &ctx, &c, &i, Ok(Edit::Publish), "", false).await
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ParticipationIn {
    pub open: bool,
}

/// Opens or closes participation. Opening fails with 409 until the charter is published.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/participation", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = ParticipationIn,
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn participation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(input): ApiJson<ParticipationIn>,
) -> AppResult<StatusCode> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    set_participation(&state, &ctx, &i, input.open).await?.map_err(|r| AppError::Conflict(r.message()))?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- phases

#[derive(Serialize, ToSchema)]
pub struct PhaseOut {
    pub id: i64,
    pub name: String,
    /// co_creation or co_production
    pub kind: String,
    /// upcoming, current or done
    pub status: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub accepts_ideas: bool,
}

#[derive(Serialize, ToSchema)]
pub struct TransitionOut {
    pub from_phase: Option<i64>,
    pub to_phase: Option<i64>,
    pub note: String,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct PhasesOut {
    pub phases: Vec<PhaseOut>,
    pub transitions: Vec<TransitionOut>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PhaseIn {
    pub name: String,
    pub kind: String,
    pub starts_on: String,
    pub ends_on: String,
    /// Members may post ideas while this phase is current.
    pub accepts_ideas: bool,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct NoteIn {
    pub note: String,
}

/// Phases and the record of moves between them.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/phases", tag = "phases",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = PhasesOut)))]
pub async fn get_phases(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<Json<PhasesOut>> {
    let (_, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let phases = phase_store::list(&state.db, i.id).await?;
    let transitions = phase_store::transitions(&state.db, i.id).await?;
    Ok(Json(PhasesOut {
        phases: phases
            .iter()
            .map(|p| PhaseOut {
                id: p.id,
                name: phase_name(&ctx, p),
                kind: p.kind.key().to_owned(),
                status: p.status.key().to_owned(),
                starts_on: p.starts_on.map(iso_date),
                ends_on: p.ends_on.map(iso_date),
                accepts_ideas: p.accepts_ideas,
            })
            .collect(),
        transitions: transitions
            .into_iter()
            .map(|t| TransitionOut { from_phase: t.from_phase, to_phase: t.to_phase, note: t.note, at: t.at.rfc3339() })
            .collect(),
    }))
}

/// Adds a phase at the end.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/phases", tag = "phases",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = PhaseIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_phase(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(p): ApiJson<PhaseIn>,
) -> AppResult<Response> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    let d = PhaseDraft::parse_with_ideas(
        &p.name,
        &p.kind,
        &p.starts_on,
        &p.ends_on,
        false,
        if p.accepts_ideas { "1" } else { "" },
    )?;
    let id = phase_store::add(&state.db, i.id, &d).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// Changes a phase's name, kind or dates.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/phases/{id}", tag = "phases",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = PhaseIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_phase(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(p): ApiJson<PhaseIn>,
) -> AppResult<StatusCode> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    let phases = phase_store::list(&state.db, i.id).await?;
    let phase = phases.iter().find(|x| x.id == id).ok_or(AppError::NotFound)?;
    let ideas = if p.accepts_ideas { "1" } else { "" };
    let d =
        PhaseDraft::parse_with_ideas(&p.name, &p.kind, &p.starts_on, &p.ends_on, phase.template_key.is_some(), ideas)?;
    phase_store::update(&state.db, i.id, id, &d).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a phase that is not current.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/phases/{id}", tag = "phases",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn delete_phase(State(state): State<AppState>, ctx: Ctx, Path((c, i, id)): SlugsId) -> AppResult<StatusCode> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    if !phase_store::delete(&state.db, i.id, id).await? {
        return Err(AppError::Conflict("error-phase-not-deletable"));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Makes a phase current (the previous one is done); the move is recorded.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/phases/{id}/current", tag = "phases",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = NoteIn,
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn make_current(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(n): ApiJson<NoteIn>,
) -> AppResult<StatusCode> {
    let (_, i) = staff(&state, &ctx, &c, &i).await?;
    let note = optional("note", &n.note, SUMMARY_MAX).map_err(Invalid::one)?.unwrap_or_default();
    if !move_to(&state, &ctx, &i, id, &note).await? {
        return Err(AppError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

// ---- five key steps

#[derive(Serialize, ToSchema)]
pub struct StepsOut {
    /// People reached; null when fewer than 5 (suppressed for privacy).
    pub awareness: Option<i64>,
    pub buy_in: Option<i64>,
    pub expectations: Option<i64>,
    pub performance: Option<i64>,
    pub feedback: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct GroupFunnel {
    pub group_id: i64,
    pub group: String,
    pub events: usize,
    pub steps: StepsOut,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct EventIn {
    pub group_id: Option<i64>,
    /// informed, attended, supported, agreed_role, trained or updated
    pub kind: String,
    pub people: i64,
    /// YYYY-MM-DD
    pub occurred_on: String,
    pub source: String,
    pub stakeholder_id: Option<i64>,
}

/// The five key steps per stakeholder group with records, then the total
/// (group_id 0); figures under 5 are null, with secondary suppression.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/engagement", tag = "five key steps",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = Vec<GroupFunnel>)))]
pub async fn get_engagement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
) -> AppResult<Json<Vec<GroupFunnel>>> {
    let (access, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let funnels = funnels(&state, access.community.id, i.id).await?;
    let published = published(&funnels);
    let mut out: Vec<GroupFunnel> = published
        .rows
        .iter()
        .map(|(g, cells)| GroupFunnel {
            group_id: g.id,
            group: group_name(&ctx, g),
            events: funnels.iter().find(|(x, _)| x.id == g.id).map(|(_, f)| f.events).unwrap_or(0),
            steps: steps(*cells),
        })
        .collect();
    out.push(GroupFunnel {
        group_id: 0,
        group: ctx.t("col-total"),
        events: out.iter().map(|g| g.events).sum(),
        steps: steps(published.totals),
    });
    Ok(Json(out))
}

fn steps(cells: [Option<i64>; 5]) -> StepsOut {
    StepsOut {
        awareness: cells[0],
        buy_in: cells[1],
        expectations: cells[2],
        performance: cells[3],
        feedback: cells[4],
    }
}

/// Records one engagement event (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/engagement/events", tag = "five key steps",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = EventIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(e): ApiJson<EventIn>,
) -> AppResult<Response> {
    let (access, i) = staff(&state, &ctx, &c, &i).await?;
    let groups = communities::groups(&state.db, access.community.id).await?;
    let stakeholders = environment::stakeholders(&state.db, i.id).await?;
    let (group, people, who) = (id_text(e.group_id), e.people.to_string(), id_text(e.stakeholder_id));
    let form = pairs(&[
        ("group", &group),
        ("kind", &e.kind),
        ("people", &people),
        ("occurred_on", &e.occurred_on),
        ("source", &e.source),
        ("stakeholder", &who),
    ]);
    let (d, who) = parse_event(&form, &groups, &stakeholders)?;
    let id = engagement_store::add(&state.db, i.id, &d, who, ctx.user_id(), ctx.now).await?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

// ---- worksheet

#[derive(Serialize, ToSchema)]
pub struct AnswerOut {
    pub answer: String,
    pub answered_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionOut {
    pub question: u8,
    pub text: String,
    /// Newest first; the first is the current answer.
    pub answers: Vec<AnswerOut>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AnswerIn {
    pub answer: String,
}

async fn member(state: &AppState, ctx: &Ctx, c: &str, i: &str) -> AppResult<(Access, Initiative)> {
    let (access, i) = Access::load_initiative(state, ctx, c, i).await?;
    if !access.is_member() {
        return Err(if ctx.user.is_some() { AppError::Forbidden } else { AppError::LoginRequired });
    }
    Ok((access, i))
}

/// The six guiding questions with their answers (members only).
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/worksheet", tag = "guiding questions",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = Vec<QuestionOut>), (status = 403, body = ErrorBody)), security(("token" = []), ()))]
pub async fn get_worksheet(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
) -> AppResult<Json<Vec<QuestionOut>>> {
    let (_, i) = member(&state, &ctx, &c, &i).await?;
    let history = worksheet_store::history(&state.db, i.id).await?;
    Ok(Json(
        (1..=worksheet::QUESTIONS)
            .map(|q| QuestionOut {
                question: q,
                text: ctx.t(&format!("worksheet-q{q}")),
                answers: history
                    .iter()
                    .filter(|a| a.question == q)
                    .map(|a| AnswerOut { answer: a.answer.clone(), answered_at: a.answered_at.rfc3339() })
                    .collect(),
            })
            .collect(),
    ))
}

/// Answers (or revises the answer to) one guiding question; earlier answers are kept.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/worksheet/{question}", tag = "guiding questions",
    params(("community" = String, Path), ("initiative" = String, Path), ("question" = u8, Path)), request_body = AnswerIn,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn answer_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, question)): Path<(String, String, String)>,
    ApiJson(a): ApiJson<AnswerIn>,
) -> AppResult<StatusCode> {
    let (access, i) = member(&state, &ctx, &c, &i).await?;
    access.require_facilitator(&ctx)?;
    let (q, text) =
        worksheet::answer(&question, &a.answer).map_err(|e: FieldError| AppError::Invalid(Invalid::one(e)))?;
    worksheet_store::save(&state.db, i.id, q, &text, ctx.user_id(), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- health

#[derive(Serialize, ToSchema)]
pub struct FindingOut {
    /// A stable key, e.g. capacity-without-owner.
    pub check: String,
    /// public_value, capacity or legitimacy
    pub base: String,
    /// critical or warning
    pub severity: String,
    pub count: i64,
    pub message: String,
}

/// Triangle health: what needs attention so that no base is neglected.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/health", tag = "health",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = Vec<FindingOut>)))]
pub async fn get_health(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
) -> AppResult<Json<Vec<FindingOut>>> {
    let (_, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let view = triangle::load(&state, &i).await?;
    let h = crate::health::load(&state, &i, &view).await?;
    Ok(Json(
        h.findings
            .iter()
            .map(|f| FindingOut {
                check: f.check.key().to_owned(),
                base: f.check.base().key().to_owned(),
                severity: f.check.severity().key().to_owned(),
                count: f.count,
                message: ctx.ta(&format!("health-{}", f.check.key()), &[("count", crate::i18n::Arg::Num(f.count))]),
            })
            .collect(),
    ))
}
