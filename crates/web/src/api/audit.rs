//! The community's audit log for administrators (mirrors `pages/audit.rs`).
//! Pupils' names are withheld, as everywhere in the API.

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
    routing::get,
};
use serde::{Deserialize, Serialize};
use tandem_domain::privacy;
use tandem_service::{audit, paging};
use utoipa::ToSchema;

use super::{dto::ErrorBody, with_page_headers};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/communities/{community}/audit", get(audit))
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct AuditParams {
    /// Only entries about this initiative (its address).
    pub initiative: String,
    /// Only entries by this person (their user id).
    pub actor: Option<i64>,
    /// An action (idea.respond) or a family of actions ending in a dot (idea.).
    pub action: String,
    /// YYYY-MM-DD: from the start of this day.
    pub from: String,
    /// YYYY-MM-DD: to the end of this day.
    pub until: String,
    /// The cursor from the previous page's `next` (or its `Link` header); blank for the first page.
    pub after: String,
    /// Entries per page, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEntryOut {
    pub id: i64,
    pub at: String,
    pub actor_id: Option<i64>,
    /// The actor's name; withheld for pupils.
    pub actor: Option<String>,
    /// page, api, cli or worker
    pub via: String,
    pub action: String,
    pub initiative: Option<String>,
    pub subject: String,
    pub detail: String,
}

/// The end of the site's hash chain: note `position:hash` elsewhere and give
/// it to `tandem audit verify --anchor` later to show any rewrite.
#[derive(Serialize, ToSchema)]
pub struct AuditChainOut {
    pub position: i64,
    pub hash: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuditOut {
    /// Entries matching the filters on every page together.
    pub total: i64,
    /// The cursor of the next page (give it as `after`); null on the last page.
    pub next: Option<String>,
    pub entries: Vec<AuditEntryOut>,
    pub chain: AuditChainOut,
}

/// Who changed what, newest first (admins): every privileged write through any door.
#[utoipa::path(get, path = "/api/v1/communities/{community}/audit", tag = "communities",
    params(("community" = String, Path), AuditParams),
    responses((status = 200, body = AuditOut, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Entries matching the filters on every page together")
    )), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ()))]
pub async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<AuditParams>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let limit = paging::limit(q.limit, audit::PAGE_SIZE)?;
    let query = audit::Query {
        initiative: q.initiative.clone(),
        actor: q.actor,
        action: q.action.clone(),
        from: q.from.clone(),
        until: q.until.clone(),
        after: q.after.clone(),
    };
    let (found, next) = audit::list(&state.svc, &access, &query, limit).await?;
    let e = crate::html::encode_query;
    let mut address = format!(
        "/api/v1/communities/{}/audit?initiative={}&action={}&from={}&until={}",
        access.community.slug,
        e(&q.initiative),
        e(&q.action),
        e(&q.from),
        e(&q.until)
    );
    if let Some(actor) = q.actor {
        address.push_str(&format!("&actor={actor}"));
    }
    let total = found.total;
    let body_next = next.clone();
    let body = AuditOut {
        total,
        next,
        entries: found
            .entries
            .into_iter()
            .map(|e| AuditEntryOut {
                id: e.id,
                at: e.at.rfc3339(),
                actor_id: e.actor_id,
                actor: privacy::PublicName::for_member(e.actor_name.as_deref().unwrap_or_default(), e.actor_protected)
                    .shown()
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned),
                via: e.via,
                action: e.action,
                initiative: e.initiative_slug,
                subject: e.subject,
                detail: e.detail,
            })
            .collect(),
        chain: AuditChainOut { position: found.head.position, hash: found.head.hash },
    };
    Ok(with_page_headers(Json(body).into_response(), total, body_next.as_deref(), &address, limit))
}
