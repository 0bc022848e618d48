//! Moderation through the API: members flag ideas and comments; facilitators
//! read the queue of flags, hide with a reason, restore or dismiss, and read
//! the log (mirrors `pages/moderation.rs` and the moderation forms of
//! `pages/ideas.rs`).

use axum::{
    Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};
use serde::{Deserialize, Serialize};
use tandem_service::moderation::{self, Decision, Target};
use utoipa::ToSchema;

use super::{ApiJson, PageQuery, dto::ErrorBody, paged};
use crate::{
    access,
    context::Ctx,
    error::{AppError, AppResult},
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/communities/{community}/moderation/flags", get(flags))
        .route("/api/v1/communities/{community}/moderation/log", get(log))
        .route("/api/v1/communities/{community}/moderation/{kind}/{id}", post(decide))
        .route("/api/v1/communities/{community}/flags/{kind}/{id}", post(flag))
}

fn target(kind: &str) -> AppResult<Target> {
    Target::parse(kind).ok_or(AppError::NotFound)
}

#[derive(Serialize, ToSchema)]
pub struct FlagOut {
    /// idea or comment
    pub kind: String,
    pub id: i64,
    /// The idea it belongs to, and its initiative's address.
    pub idea_id: i64,
    pub initiative: String,
    /// The idea's title or the comment's first words.
    pub excerpt: String,
    /// Every reason given, oldest first (flaggers are not named).
    pub reasons: Vec<String>,
    pub first_flagged_at: String,
    pub hidden: bool,
}

/// Unresolved flags, one entry per flagged item, oldest first, a page at a time (facilitators).
#[utoipa::path(get, path = "/api/v1/communities/{community}/moderation/flags", tag = "moderation",
    params(("community" = String, Path), PageQuery),
    responses((status = 200, body = Vec<FlagOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Flagged items on every page together")
    )), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ()))]
pub async fn flags(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let limit = q.limit()?;
    let page = moderation::open_flags(&state.svc, &access, &q.after, limit).await?;
    let page = page.map(|f| FlagOut {
        kind: f.target.key().to_owned(),
        id: f.target_id,
        idea_id: f.idea_id,
        initiative: f.initiative_slug,
        excerpt: f.excerpt,
        reasons: f.reasons,
        first_flagged_at: f.first_at.rfc3339(),
        hidden: f.hidden,
    });
    Ok(paged(page, &format!("/api/v1/communities/{}/moderation/flags", access.community.slug), limit))
}

#[derive(Serialize, ToSchema)]
pub struct LogOut {
    pub kind: String,
    pub id: i64,
    /// hide, show or dismiss
    pub action: String,
    pub reason: String,
    pub by: Option<String>,
    pub at: String,
}

/// Moderation decisions with their reasons, newest first, a page at a time (facilitators).
#[utoipa::path(get, path = "/api/v1/communities/{community}/moderation/log", tag = "moderation",
    params(("community" = String, Path), PageQuery),
    responses((status = 200, body = Vec<LogOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Decisions on every page together")
    )), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ()))]
pub async fn log(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let limit = q.limit()?;
    let page = moderation::log(&state.svc, &access, &q.after, limit).await?;
    let page = page.map(|l| LogOut {
        kind: l.target.key().to_owned(),
        id: l.target_id,
        action: l.action,
        reason: l.reason,
        by: l.actor,
        at: l.at.rfc3339(),
    });
    Ok(paged(page, &format!("/api/v1/communities/{}/moderation/log", access.community.slug), limit))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DecisionIn {
    /// hide (with a reason, shown in place), restore, or dismiss (keep visible, close the flags; with a reason)
    pub decision: String,
    pub reason: String,
}

/// Hides, restores or dismisses an idea or comment (facilitators); the decision and its reason are logged.
#[utoipa::path(post, path = "/api/v1/communities/{community}/moderation/{kind}/{id}", tag = "moderation",
    params(("community" = String, Path), ("kind" = String, Path, description = "idea or comment"), ("id" = i64, Path)),
    request_body = DecisionIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, kind, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<DecisionIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &slug).await?;
    let target = target(&kind)?;
    let decision = Decision::parse(&x.decision).ok_or_else(|| {
        AppError::Invalid(tandem_domain::Invalid::one(tandem_domain::FieldError::new(
            "decision",
            "error-choice-invalid",
        )))
    })?;
    moderation::decide(&state.svc, &access, target, id, decision, &x.reason, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct FlagIn {
    pub reason: String,
}

/// Flags an idea or comment for the facilitators (members; once per item).
#[utoipa::path(post, path = "/api/v1/communities/{community}/flags/{kind}/{id}", tag = "moderation",
    params(("community" = String, Path), ("kind" = String, Path, description = "idea or comment"), ("id" = i64, Path)),
    request_body = FlagIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn flag(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, kind, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<FlagIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &slug).await?;
    moderation::flag(&state.svc, &access, target(&kind)?, id, &x.reason, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
