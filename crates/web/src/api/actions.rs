//! "Who does what" through the API: co-owned actions, their checklists and
//! completion, the initiative's rule on co-owners, the CSV export (mirrors
//! `pages/actions.rs`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::{actions::ActionInput, time::iso_date};
use tandem_service::actions::{self, ActionRow};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/actions"), get(list_actions).post(create_action))
        .route(&at("/actions.csv"), get(actions_csv))
        .route(&at("/actions/rule"), put(set_rule))
        .route(&at("/actions/{id}"), get(get_action))
        .route(&at("/actions/{id}/items/{n}"), put(tick_item))
        .route(&at("/actions/{id}/complete"), post(complete_action))
}

fn board_path(c: &str, i: &str) -> String {
    format!("/c/{c}/i/{i}/actions")
}

#[derive(Serialize, ToSchema)]
pub struct ActionOwnerOut {
    /// Absent for a pupil, like the name.
    pub user_id: Option<i64>,
    /// Absent for a pupil (named by role only).
    pub name: Option<String>,
    /// The constituency they took it on for.
    pub group: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ActionItemOut {
    pub position: i64,
    pub text: String,
    pub done: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ActionOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// open, done or dropped
    pub status: String,
    pub due_on: String,
    pub overdue: bool,
    /// From the checklist: items done over items, as a whole percentage.
    pub progress_percent: i64,
    pub items: Vec<ActionItemOut>,
    pub owners: Vec<ActionOwnerOut>,
    /// Where it came from: minutes, idea, session or commitment.
    pub source_kind: Option<String>,
    pub source_id: Option<i64>,
    pub evidence: String,
}

fn action_out(r: &ActionRow) -> ActionOut {
    ActionOut {
        id: r.action.id,
        title: r.action.title.clone(),
        description: r.action.description.clone(),
        status: r.action.status.key().to_owned(),
        due_on: iso_date(r.action.due_on),
        overdue: r.overdue,
        progress_percent: r.percent,
        items: r
            .items
            .iter()
            .map(|i| ActionItemOut { position: i.position, text: i.text.clone(), done: i.done_at.is_some() })
            .collect(),
        owners: r
            .owners
            .iter()
            .map(|o| ActionOwnerOut {
                user_id: o.name.as_ref().map(|_| o.user_id),
                name: o.name.clone(),
                group: o.group_key.clone(),
            })
            .collect(),
        source_kind: r.action.source.map(|(k, _)| k.key().to_owned()),
        source_id: r.action.source.map(|(_, id)| id),
        evidence: r.action.evidence.clone(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ActionBoardOut {
    /// Co-owners must come from at least this many constituencies.
    pub min_groups: i64,
    pub actions: Vec<ActionOut>,
}

/// The initiative's "who does what": every action with its co-owners and progress.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/actions", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = ActionBoardOut), (status = 404, body = ErrorBody)))]
pub async fn list_actions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<ActionBoardOut>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let b = actions::board(&state.svc, &access, &i, ctx.now).await?;
    Ok(Json(ActionBoardOut { min_groups: b.min_groups, actions: b.actions.iter().map(action_out).collect() }))
}

/// One action.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/actions/{id}", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = ActionOut), (status = 404, body = ErrorBody)))]
pub async fn get_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<Json<ActionOut>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let r = actions::load(&state.svc, &access, &i, id, ctx.now).await?;
    Ok(Json(action_out(&r)))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct OwnedActionIn {
    pub title: String,
    pub description: String,
    /// `YYYY-MM-DD`, today or later.
    pub due_on: String,
    /// The definition of done: at least one item, at most 20.
    pub checklist: Vec<String>,
    /// Member ids, from enough constituencies.
    pub owners: Vec<i64>,
    /// `minutes:ID`, `idea:ID`, `session:ID` or `commitment:ID` of this initiative.
    pub source: String,
}

/// Creates a co-owned action (facilitators); its owners are told.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/actions", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = OwnedActionIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<OwnedActionIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = ActionInput {
        title: x.title,
        description: x.description,
        due_on: x.due_on,
        checklist: x.checklist.join("\n"),
        source: x.source,
    };
    let owners: Vec<String> = x.owners.iter().map(i64::to_string).collect();
    let path = board_path(&c, &i.slug);
    let id = actions::create(&state.svc, &access, &i, &input, &owners, &path, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ActionItemIn {
    pub done: bool,
}

/// Ticks or unticks an item of an open action (its co-owners and facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/actions/{id}/items/{n}", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("n" = i64, Path)), request_body = ActionItemIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn tick_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, n)): Path<(String, String, i64, i64)>,
    ApiJson(x): ApiJson<ActionItemIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    actions::tick(&state.svc, &access, &i, id, n, x.done, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ActionCompleteIn {
    /// What shows it is done: a sentence, a link.
    pub evidence: String,
}

/// Completes an action whose checklist is all done; it reaches "you said, we did".
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/actions/{id}/complete", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = ActionCompleteIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn complete_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<ActionCompleteIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    actions::complete(&state.svc, &access, &i, id, &x.evidence, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ActionRuleIn {
    /// 1 to 4.
    pub min_groups: Option<i64>,
}

/// Sets how many constituencies an action's co-owners must come from (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/actions/rule", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = ActionRuleIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<ActionRuleIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let n = x.min_groups.map(|n| n.to_string()).unwrap_or_default();
    actions::set_rule(&state.svc, &access, &i, &n, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The board as CSV (facilitators): adults by name, pupils by role only.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/actions.csv", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn actions_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let text = actions::csv(&state.svc, &access, &i, ctx.now).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}
