//! The five key steps through the API: funnels per stakeholder group (small
//! figures suppressed), recording engagement and importing it from CSV
//! (mirrors `pages/engagement.rs`).

use axum::{
    Json, Router,
    body::Bytes,
    extract::{DefaultBodyLimit, Path, State},
    response::Response,
    routing::{get, post},
};
use serde::{Deserialize, Serialize};
use tandem_domain::{engagement::KeyStep, privacy::Cell};
use tandem_service::engagement::{self, EventInput, MAX_CSV_BYTES};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{self, Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, labels::group_name, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/engagement"), get(get_engagement))
        .route(&at("/engagement/events"), post(add_event))
        .route(&at("/engagement/import"), post(import).layer(DefaultBodyLimit::max(MAX_CSV_BYTES + 1024)))
}

type Slugs = Path<(String, String)>;

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
    /// For each step whose figure is null: `small` (fewer than the
    /// community's threshold) or `hidden` (larger, hidden to protect a small one).
    pub hidden: std::collections::BTreeMap<String, String>,
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let funnels = engagement::funnels(&state.svc, &access, &i).await?;
    let published = engagement::published(&funnels, access.community.threshold);
    let mut out: Vec<GroupFunnel> = published
        .rows
        .iter()
        .map(|(g, cells)| GroupFunnel {
            group_id: g.id,
            group: group_name(&ctx, g),
            events: funnels.iter().find(|(x, _)| x.id == g.id).map(|(_, f)| f.events).unwrap_or(0),
            steps: steps(cells),
            hidden: hidden(cells),
        })
        .collect();
    out.push(GroupFunnel {
        group_id: 0,
        group: ctx.t("col-total"),
        events: out.iter().map(|g| g.events).sum(),
        steps: steps(&published.totals),
        hidden: hidden(&published.totals),
    });
    Ok(Json(out))
}

fn steps(cells: &[Cell; 5]) -> StepsOut {
    StepsOut {
        awareness: cells[0].value(),
        buy_in: cells[1].value(),
        expectations: cells[2].value(),
        performance: cells[3].value(),
        feedback: cells[4].value(),
    }
}

fn hidden(cells: &[Cell; 5]) -> std::collections::BTreeMap<String, String> {
    KeyStep::ALL
        .iter()
        .zip(cells)
        .filter_map(|(step, c)| dto::hidden_why(*c).map(|why| (step.key().to_owned(), why)))
        .collect()
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
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = EventInput {
        group_id: e.group_id,
        kind: e.kind,
        people: e.people.to_string(),
        occurred_on: e.occurred_on,
        source: e.source,
        stakeholder_id: e.stakeholder_id,
    };
    let id = engagement::record(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Serialize, ToSchema)]
pub struct Imported {
    pub imported: usize,
}

/// Imports engagement records from a CSV file sent as the body
/// (`date,group,kind,people,source`, groups by their key), all or nothing:
/// a bad line is reported with its number and nothing is stored.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/engagement/import", tag = "five key steps",
    params(("community" = String, Path), ("initiative" = String, Path)),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 201, body = Imported), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn import(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs, body: Bytes) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let imported = engagement::import(&state.svc, &access, &i, &body, |_| {}, ctx.now).await?;
    Ok(created(Imported { imported }))
}
