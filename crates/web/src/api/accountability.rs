//! "You said, we did" through the API: commitments answering ideas and their
//! progress (mirrors `pages/accountability.rs`).

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde::{Deserialize, Serialize};
use tandem_service::{
    accountability::{self, CommitmentInput, ProgressInput},
    paging,
};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody},
    with_page_headers,
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
    /// Commitments on every page together.
    pub total: i64,
    /// The cursor of the next page of commitments (give it as `after`); null on the last.
    pub next: Option<String>,
    /// In the order they were made.
    pub commitments: Vec<CommitmentOut>,
    /// Progress updates on every page of the timeline together.
    pub timeline_total: i64,
    /// The cursor of the timeline's next page (give it as `timeline_after`); null on the last.
    pub timeline_next: Option<String>,
    /// Newest first.
    pub timeline: Vec<UpdateOut>,
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct AccountabilityParams {
    /// The commitments' cursor from the previous page's `next` (or `Link` header); blank for the first page.
    pub after: String,
    /// The timeline's cursor from the previous page's `timeline_next`; blank for the first page.
    pub timeline_after: String,
    /// Commitments and updates per page, 1 to 500 (default 100).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
}

/// "You said, we did": commitments and their progress, a page at a time.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/commitments", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), AccountabilityParams),
    responses((status = 200, body = AccountabilityOut, headers(
        ("Link" = String, description = "The next page of commitments, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Commitments on every page together")
    )), (status = 422, body = ErrorBody)))]
pub async fn list_commitments(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    Query(q): Query<AccountabilityParams>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let limit = paging::limit(q.limit, 100)?;
    let (commitments, timeline) = tokio::try_join!(
        accountability::commitments(&state.svc, &i, &q.after, limit),
        accountability::timeline_page(&state.svc, &i, &q.timeline_after, limit)
    )?;
    let (total, next) = (commitments.total, commitments.next.clone());
    let body = AccountabilityOut {
        total,
        next: next.clone(),
        commitments: commitments
            .items
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
        timeline_total: timeline.total,
        timeline_next: timeline.next,
        timeline: timeline
            .items
            .into_iter()
            .map(|u| UpdateOut {
                commitment_id: u.commitment_id,
                status: u.status.key().to_owned(),
                percent: u.percent,
                body: u.body,
                happened_on: tandem_domain::time::iso_date(u.happened_on),
            })
            .collect(),
    };
    let address = format!("/api/v1/communities/{}/initiatives/{}/commitments", access.community.slug, i.slug);
    Ok(with_page_headers(Json(body).into_response(), total, next.as_deref(), &address, limit))
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
