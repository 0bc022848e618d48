//! Phases through the API: the list, the record of moves, and changes
//! (mirrors `pages/phases.rs`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::time::iso_date;
use tandem_service::phases::{self, PhaseInput};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, labels::phase_name, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/phases"), get(get_phases).post(add_phase))
        .route(&at("/phases/{id}"), put(update_phase).delete(delete_phase))
        .route(&at("/phases/{id}/current"), post(make_current))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

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
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let phases::Phases { phases, transitions } = phases::phases(&state.svc, &i).await?;
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let id = phases::add(&state.svc, &access, &i, &phase_input(p), ctx.now).await?;
    Ok(created(Created { id }))
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    phases::update(&state.svc, &access, &i, id, &phase_input(p), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a phase that is not current.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/phases/{id}", tag = "phases",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn delete_phase(State(state): State<AppState>, ctx: Ctx, Path((c, i, id)): SlugsId) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    phases::delete(&state.svc, &access, &i, id, ctx.now).await?;
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    phases::make_current_phase(&state.svc, &access, &i, id, &n.note, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn phase_input(p: PhaseIn) -> PhaseInput {
    PhaseInput {
        name: p.name,
        kind: p.kind,
        starts_on: p.starts_on,
        ends_on: p.ends_on,
        accepts_ideas: p.accepts_ideas,
    }
}
