//! Communities through the API: the list, one community with its schools and
//! groups (member counts under 5 suppressed), and the
//! facilitators' queue of ideas waiting for an answer (mirrors
//! `pages/home.rs`, `pages/community.rs` and the queue in `pages/moderation.rs`).

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    response::Response,
    routing::get,
};
use serde::Serialize;
use tandem_domain::ideas::response_overdue;
use tandem_service::{community, ideas};
use utoipa::ToSchema;

use super::{
    PageQuery,
    dto::{self, ErrorBody},
    paged,
};
use crate::{access, context::Ctx, error::AppResult, labels::group_name, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/communities", get(list_communities))
        .route("/api/v1/communities/{community}", get(get_community).patch(super::admin::update_settings))
        .route("/api/v1/communities/{community}/queue", get(queue))
}

/// The communities on this server by name, a page at a time.
#[utoipa::path(get, path = "/api/v1/communities", tag = "communities", params(PageQuery),
    responses((status = 200, body = Vec<dto::CommunitySummary>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Communities on every page together")
    )), (status = 422, body = ErrorBody)))]
pub async fn list_communities(State(state): State<AppState>, Query(q): Query<PageQuery>) -> AppResult<Response> {
    let limit = q.limit()?;
    let page = community::page(&state.svc, &q.after, limit).await?.map(|c| dto::CommunitySummary {
        url: format!("/c/{}", c.slug),
        slug: c.slug,
        name: c.name,
        kind: c.kind.key().to_owned(),
        description: c.description,
    });
    Ok(paged(page, "/api/v1/communities", limit))
}

/// A community with its schools and stakeholder groups (member counts under 5 are suppressed).
#[utoipa::path(get, path = "/api/v1/communities/{community}", tag = "communities",
    params(("community" = String, Path, description = "Community slug")),
    responses((status = 200, body = dto::CommunityDetail), (status = 404, body = ErrorBody)))]
pub async fn get_community(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Json<dto::CommunityDetail>> {
    let access = access::community(&state, &ctx, &slug).await?;
    let c = &access.community;
    let schools = community::schools(&state.svc, &access).await?;
    let community::GroupSizes { groups, breakdown } = community::group_sizes(&state.svc, &access).await?;
    Ok(Json(dto::CommunityDetail {
        slug: c.slug.clone(),
        name: c.name.clone(),
        kind: c.kind.key().to_owned(),
        description: c.description.clone(),
        schools: schools
            .iter()
            .map(|s| dto::School { slug: s.slug.clone(), name: s.name.clone(), phase: s.phase.key().to_owned() })
            .collect(),
        groups: groups
            .iter()
            .zip(&breakdown.cells)
            .map(|(g, n)| dto::Group {
                id: g.id,
                key: g.key.clone(),
                name: group_name(&ctx, g),
                protects_identity: g.protects_identity,
                members: n.value(),
                members_hidden: dto::hidden_why(*n),
            })
            .collect(),
        total_members: breakdown.total.value(),
        total_members_hidden: dto::hidden_why(breakdown.total),
        privacy_threshold: c.threshold.get(),
        staff_second_factor: c.staff_second_factor,
        time_zone: c.time_zone.clone(),
        locale: c.locale.key().to_owned(),
        languages: tandem_domain::content::Languages::stored(&c.languages)
            .all()
            .iter()
            .map(|l| (*l).to_owned())
            .collect(),
        your_role: access.role().map(|r| r.key().to_owned()),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct WaitingOut {
    pub idea_id: i64,
    pub title: String,
    pub initiative: String,
    pub initiative_title: String,
    pub posted_at: String,
    /// Past the initiative's target for a first answer.
    pub overdue: bool,
}

/// Ideas still waiting for a first answer, oldest first, a page at a time (facilitators).
#[utoipa::path(get, path = "/api/v1/communities/{community}/queue", tag = "moderation",
    params(("community" = String, Path), PageQuery),
    responses((status = 200, body = Vec<WaitingOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Ideas waiting, on every page together")
    )), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ()))]
pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let limit = q.limit()?;
    let page = ideas::waiting(&state.svc, &access, &q.after, limit).await?;
    let page = page.map(|w| WaitingOut {
        overdue: response_overdue(w.created_at, None, w.target_days, ctx.now),
        idea_id: w.id,
        title: w.title,
        initiative: w.initiative_slug,
        initiative_title: w.initiative_title,
        posted_at: w.created_at.rfc3339(),
    });
    Ok(paged(page, &format!("/api/v1/communities/{}/queue", access.community.slug), limit))
}
