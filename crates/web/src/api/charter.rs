//! The power-sharing charter through the API: its decision areas, every
//! published version, and changes with their reasons (mirrors `pages/charter.rs`).

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_service::charter::{self, AreaInput, Edit};
use utoipa::ToSchema;

use super::{ApiJson, at, dto::ErrorBody};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/charter"), get(get_charter))
        .route(&at("/charter/intro"), put(set_intro))
        .route(&at("/charter/areas"), post(add_area))
        .route(&at("/charter/areas/{id}"), put(update_area).delete(delete_area))
        .route(&at("/charter/publish"), post(publish))
        .route(&at("/charter/versions/{version}"), get(get_version))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let charter::CharterView { charter, areas, versions } = charter::charter(&state.svc, &access, &i).await?;
    Ok(Json(CharterOut {
        version: charter.version,
        published: charter.version > 0,
        published_at: charter.published_at.map(|t| t.rfc3339()),
        intro: charter.intro,
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

fn area_input(x: &AreaIn) -> AreaInput {
    AreaInput {
        title: x.title.clone(),
        level: x.level.clone(),
        final_decision_by: x.final_decision_by.clone(),
        fixed: x.fixed.clone(),
        risks: x.risks.clone(),
        reciprocity: x.reciprocity.clone(),
    }
}

async fn change(state: &AppState, ctx: &Ctx, c: &str, i: &str, edit: Edit, reason: &str) -> AppResult<()> {
    let (access, i) = access::initiative(state, ctx, c, i).await?;
    charter::edit(&state.svc, &access, &i, &edit, reason, ctx.now).await?;
    Ok(())
}

/// Sets the charter's introduction.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/intro", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = IntroIn,
    responses((status = 204), (status = 422, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_intro(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(x): ApiJson<IntroIn>,
) -> AppResult<StatusCode> {
    change(&state, &ctx, &c, &i, Edit::Intro(x.intro), &x.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Adds a decision area.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/areas", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = AreaIn,
    responses((status = 201), (status = 422, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(x): ApiJson<AreaIn>,
) -> AppResult<StatusCode> {
    change(&state, &ctx, &c, &i, Edit::AddArea(area_input(&x)), &x.reason).await?;
    Ok(StatusCode::CREATED)
}

/// Replaces a decision area.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/areas/{id}", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = AreaIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<AreaIn>,
) -> AppResult<StatusCode> {
    change(&state, &ctx, &c, &i, Edit::UpdateArea(id, area_input(&x)), &x.reason).await?;
    Ok(StatusCode::NO_CONTENT)
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
    change(&state, &ctx, &c, &i, Edit::DeleteArea(id), &q.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Publishes the charter: from now on it is public and every change is versioned.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/publish", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn publish(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<StatusCode> {
    change(&state, &ctx, &c, &i, Edit::Publish, "").await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct SnapshotOut {
    pub version: i64,
    pub reason: String,
    pub published_at: String,
    pub intro: String,
    pub areas: Vec<AreaOut>,
}

/// One published version of the charter, exactly as it was.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/charter/versions/{version}", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path), ("version" = i64, Path)),
    responses((status = 200, body = SnapshotOut), (status = 404, body = ErrorBody)))]
pub async fn get_version(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, number)): SlugsId,
) -> AppResult<Json<SnapshotOut>> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let (v, snapshot) = charter::version(&state.svc, &i, number).await?;
    Ok(Json(SnapshotOut {
        version: v.version,
        reason: v.reason,
        published_at: v.published_at.rfc3339(),
        intro: snapshot.intro,
        areas: snapshot
            .areas
            .into_iter()
            .enumerate()
            .map(|(n, a)| AreaOut {
                id: n as i64 + 1,
                title: a.title,
                level: a.level.key().to_owned(),
                final_decision_by: a.final_decision_by,
                fixed: a.fixed,
                risks: a.risks,
                reciprocity: a.reciprocity,
            })
            .collect(),
    }))
}
