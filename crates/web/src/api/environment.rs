//! The authorizing environment through the API: the stakeholder map and the
//! tracker of formal approvals (mirrors `pages/environment.rs`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::time::iso_date;
use tandem_service::environment::{self as env, AuthorizationInput, StakeholderInput};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/environment"), get(get_environment))
        .route(&at("/stakeholders"), post(add_stakeholder))
        .route(&at("/stakeholders/{id}"), put(update_stakeholder).delete(delete_stakeholder))
        .route(&at("/authorizations"), post(add_authorization))
        .route(&at("/authorizations/{id}"), put(update_authorization).delete(delete_authorization))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

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

fn stakeholder_input(s: StakeholderIn) -> StakeholderInput {
    StakeholderInput {
        name: s.name,
        kind: s.kind,
        formal_authority: s.formal_authority,
        instrument: s.instrument,
        influence: s.influence,
        stance: s.stance,
        suitability: s.suitability,
        suitability_reason: s.suitability_reason,
        relationship_owner: s.relationship_owner,
        group_id: s.group_id,
    }
}

fn authorization_input(a: AuthorizationIn) -> AuthorizationInput {
    AuthorizationInput {
        title: a.title,
        kind: a.kind,
        status: a.status,
        due_on: a.due_on,
        happened_on: a.happened_on,
        evidence: a.evidence,
        stakeholder_id: a.stakeholder_id,
    }
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
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let env::Environment { stakeholders, authorizations } = env::environment(&state.svc, &i).await?;
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let id = env::add_stakeholder(&state.svc, &access, &i, &stakeholder_input(input), ctx.now).await?;
    Ok(created(Created { id }))
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    env::update_stakeholder(&state.svc, &access, &i, id, &stakeholder_input(input), ctx.now).await?;
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    env::delete_stakeholder(&state.svc, &access, &i, id, ctx.now).await?;
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let id = env::add_authorization(&state.svc, &access, &i, &authorization_input(input), ctx.now).await?;
    Ok(created(Created { id }))
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    env::update_authorization(&state.svc, &access, &i, id, &authorization_input(input), ctx.now).await?;
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    env::delete_authorization(&state.svc, &access, &i, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
