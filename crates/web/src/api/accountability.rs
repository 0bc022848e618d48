//! "You said, we did" through the API: commitments answering ideas and their
//! progress (mirrors `pages/accountability.rs`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};
use serde::{Deserialize, Serialize};
use tandem_service::accountability::{self, CommitmentInput, ProgressInput};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/commitments"), get(list_commitments).post(create_commitment))
        .route(&at("/commitments/{id}/progress"), post(add_progress))
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// planned, in_progress, done or dropped
    pub status: String,
    pub percent: i64,
    pub idea_ids: Vec<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct UpdateOut {
    pub commitment_id: i64,
    pub status: String,
    pub percent: i64,
    pub body: String,
    pub happened_on: String,
}

#[derive(Serialize, ToSchema)]
pub struct AccountabilityOut {
    pub commitments: Vec<CommitmentOut>,
    /// Newest first.
    pub timeline: Vec<UpdateOut>,
}

/// "You said, we did": commitments and their progress.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/commitments", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = AccountabilityOut)))]
pub async fn list_commitments(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<AccountabilityOut>> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let accountability::Accountability { commitments, timeline } =
        accountability::accountability(&state.svc, &i, 200).await?;
    Ok(Json(AccountabilityOut {
        commitments: commitments
            .into_iter()
            .map(|c| CommitmentOut {
                id: c.id,
                title: c.title,
                description: c.description,
                status: c.status.key().to_owned(),
                percent: c.percent,
                idea_ids: c.idea_ids,
            })
            .collect(),
        timeline: timeline
            .into_iter()
            .map(|u| UpdateOut {
                commitment_id: u.commitment_id,
                status: u.status.key().to_owned(),
                percent: u.percent,
                body: u.body,
                happened_on: tandem_domain::time::iso_date(u.happened_on),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CommitmentIn {
    pub title: String,
    pub description: String,
    /// The ideas this commitment answers.
    pub idea_ids: Vec<i64>,
}

/// Creates a commitment answering ideas (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/commitments", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = CommitmentIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_commitment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<CommitmentIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = CommitmentInput { title: x.title, description: x.description, idea_ids: x.idea_ids };
    let id = accountability::create(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProgressIn {
    pub status: String,
    pub percent: i64,
    pub body: String,
    /// YYYY-MM-DD
    pub happened_on: String,
}

/// Records progress on a commitment; followers of the ideas it answers are notified.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/commitments/{id}/progress", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = ProgressIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<ProgressIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input =
        ProgressInput { status: x.status, percent: x.percent.to_string(), body: x.body, happened_on: x.happened_on };
    // Followers' notifications link to the accountability page.
    let path = format!("/c/{}/i/{}/accountability", access.community.slug, i.slug);
    accountability::progress(&state.svc, &access, &i, id, &input, &path, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
