//! Participatory budgets through the API: starting them, projects (proposed,
//! added, carried over from ideas, accepted onto the ballot), ballots (your
//! own and paper ones), the outcome once voting closes, and the anonymised
//! ballots as a Pabulib file (mirrors `pages/budgets.rs` and the budget form
//! of `pages/decide.rs`).

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_decide::pb::Outcome;
use tandem_domain::decisions::{BudgetBallotInput, BudgetMarks, ProjectStatus, window};
use tandem_service::{
    Access,
    budgets::{self, Budget, BudgetInput, BudgetOutcome, Project, ProjectInput},
    initiatives::Initiative,
};
use utoipa::ToSchema;

use super::{
    ApiJson, PageQuery, at, created,
    dto::{self, Created, ErrorBody},
    paged,
    polls::{DeclareIn, PaperOut, TurnoutOut, VotedOut, paper_out, state_of, turnout_out},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/budgets"), get(list_budgets).post(create_budget))
        .route(&at("/budgets/{id}"), get(get_budget))
        .route(&at("/budgets/{id}/ballot"), put(vote_budget))
        .route(&at("/budgets/{id}/paper"), post(paper_budget))
        .route(&at("/budgets/{id}/paper/declare"), post(declare_paper))
        .route(&at("/budgets/{id}/paper/{ballot}/confirm"), post(confirm_paper))
        .route(&at("/budgets/{id}/projects"), post(add_project))
        .route(&at("/budgets/{id}/projects/{project}"), put(set_project))
        .route(&at("/budgets/{id}/ballots.pb"), get(export))
        .route(&at("/budgets/{id}/ballots"), get(budget_ballots))
        .route(&at("/budgets/{id}/recount"), post(recount_budget))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

#[derive(Serialize, ToSchema)]
pub struct ProjectOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// Decimal amount as text, e.g. "4500.50"
    pub cost: String,
    /// proposed, on_ballot or declined
    pub status: String,
    pub from_idea: Option<i64>,
}

fn project_out(p: &Project) -> ProjectOut {
    ProjectOut {
        id: p.id,
        title: p.title.clone(),
        description: p.description.clone(),
        cost: p.cost.to_string(),
        status: p.status.key().to_owned(),
        from_idea: p.idea_id,
    }
}

#[derive(Serialize, ToSchema)]
pub struct BudgetOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub total: String,
    pub currency: String,
    /// approval or cumulative
    pub ballot: String,
    /// Points each voter spreads (cumulative ballots).
    pub points: i64,
    /// greedy or equal_shares
    pub rule: String,
    pub decision_area_id: Option<i64>,
    pub opens_at: String,
    pub closes_at: String,
    pub state: String,
    pub eligible_groups: Vec<i64>,
    pub ballots: i64,
    /// Projects on the ballot.
    pub projects: Vec<ProjectOut>,
    /// For facilitators while open: projects members proposed, waiting for a decision.
    pub proposed: Vec<ProjectOut>,
    /// Once closed: funded projects and why each project was or was not funded.
    /// Null until then.
    #[schema(value_type = Option<Object>)]
    pub result: Option<serde_json::Value>,
    /// Once closed: ballots per stakeholder group.
    pub turnout: Vec<TurnoutOut>,
    /// Set when paper ballots are still taken after voting closes, until this moment; the result waits.
    pub counting_until: Option<String>,
    /// The caller's ballot tracker, while voting is open.
    pub my_tracker: Option<String>,
    /// Whether the caller voted.
    pub voted: bool,
    /// For facilitators: the paper ballots.
    pub paper: Option<PaperOut>,
}

fn budget_out(ctx: &Ctx, b: &Budget) -> BudgetOut {
    BudgetOut {
        id: b.id,
        title: b.title.clone(),
        description: b.description.clone(),
        total: b.total.to_string(),
        currency: b.currency.clone(),
        ballot: b.ballot.key().to_owned(),
        points: b.points,
        rule: b.rule.key().to_owned(),
        decision_area_id: b.decision_area_id,
        opens_at: b.opens_at.rfc3339(),
        closes_at: b.closes_at.rfc3339(),
        state: state_of(window(b.opens_at, b.closes_at, ctx.now)).to_owned(),
        eligible_groups: b.eligible_groups.clone(),
        ballots: b.ballots,
        projects: Vec::new(),
        proposed: Vec::new(),
        result: None,
        turnout: Vec::new(),
        counting_until: b.paper.counting_until.map(|t| t.rfc3339()),
        my_tracker: None,
        voted: false,
        paper: None,
    }
}

fn outcome_json(o: &Outcome) -> serde_json::Value {
    let funded: Vec<&str> = o.selected.iter().filter_map(|&p| o.projects.get(p)).map(|p| p.id.as_str()).collect();
    serde_json::json!({"rule": o.rule, "funded": funded, "spent": o.spent.to_string(), "projects": o.projects})
}

/// A counted ballot by its tracker, projects by id (as in the Pabulib file).
fn tracked(tracker: &str, ballot: &BudgetBallotInput) -> serde_json::Value {
    let mut json = ballot_json(ballot);
    json["tracker"] = serde_json::json!(tracker);
    json
}

fn ballot_json(ballot: &BudgetBallotInput) -> serde_json::Value {
    let projects: Vec<String> = ballot.0.iter().map(|(p, _)| p.to_string()).collect();
    let points: Vec<i64> = ballot.0.iter().map(|(_, n)| *n).collect();
    serde_json::json!({"projects": projects, "points": points})
}

/// Participatory budgets of an initiative, latest closing first, a page at a time.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), PageQuery),
    responses((status = 200, body = Vec<BudgetOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Budgets on every page together")
    )), (status = 422, body = ErrorBody)))]
pub async fn list_budgets(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let limit = q.limit()?;
    let page = budgets::page(&state.svc, &i, &q.after, limit).await?;
    let page = page.map(|b| budget_out(&ctx, &b));
    Ok(paged(page, &format!("/api/v1/communities/{}/initiatives/{}/budgets", access.community.slug, i.slug), limit))
}

async fn load(state: &AppState, ctx: &Ctx, c: &str, i: &str, id: i64) -> AppResult<(Access, Initiative, Budget)> {
    let (access, i) = access::initiative(state, ctx, c, i).await?;
    let budget = budgets::budget(&state.svc, &i, id).await?;
    Ok((access, i, budget))
}

/// One budget with the projects on its ballot, and its result once voting has closed.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = BudgetOut), (status = 404, body = ErrorBody)))]
pub async fn get_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
) -> AppResult<Json<BudgetOut>> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    let view = budgets::view(&state.svc, &access, &i, &b, ctx.now).await?;
    let mut out = budget_out(&ctx, &b);
    out.projects = view.projects.iter().filter(|p| p.status == ProjectStatus::OnBallot).map(project_out).collect();
    if access.can_facilitate() {
        out.proposed = view.projects.iter().filter(|p| p.status == ProjectStatus::Proposed).map(project_out).collect();
    }
    match &view.result {
        Some(BudgetOutcome::Counted { outcome, turnout, record }) => {
            let first = budgets::bulletin_of(&state.svc, &b, record, "", budgets::BULLETIN_PAGE).await?;
            out.result = outcome.as_ref().map(|o| {
                let mut json = outcome_json(o);
                json["count"] = serde_json::json!(dto::CountOut::of(record));
                json["ballots_by_tracker"] = first.items.iter().map(|(t, ballot)| tracked(t, ballot)).collect();
                json["ballots_next"] = serde_json::json!(first.next);
                json
            });
            out.turnout = turnout_out(&ctx, &view.groups, turnout.as_ref());
        }
        Some(BudgetOutcome::TooFew { funded, threshold }) => {
            out.result = Some(serde_json::json!({
                "funded": funded,
                "too_few_to_publish": true,
                "threshold": threshold,
            }));
        }
        None => {}
    }
    out.my_tracker = view.mine.map(|(_, tracker)| tracker);
    out.voted = view.voted;
    if access.can_facilitate() {
        out.paper = Some(paper_out(&b.paper, &view.paper));
    }
    Ok(Json(out))
}

/// The counted ballots of a closed budget by tracker, a page at a time
/// (once at least the community's threshold of ballots was counted).
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/ballots", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), PageQuery),
    responses((status = 200, body = Vec<dto::TrackedBallot>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Ballots counted")
    )), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn budget_ballots(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    let limit = q.limit()?;
    let page = budgets::bulletin(&state.svc, &access, &b, &q.after, limit, ctx.now).await?;
    let page = page.map(|(tracker, ballot)| dto::TrackedBallot { ballot: ballot_json(&ballot), tracker });
    let path = format!("/api/v1/communities/{}/initiatives/{}/budgets/{id}/ballots", access.community.slug, i.slug);
    Ok(paged(page, &path, limit))
}

/// Counts a closed budget's ballots again (facilitators) and says whether
/// the stored result still matches; the stored result stands either way.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/recount", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = dto::RecountOut), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn recount_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
) -> AppResult<Json<dto::RecountOut>> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    let r = tandem_service::counts::recount_budget(&state.svc, &access, &i, &b, ctx.now).await?;
    Ok(Json(dto::RecountOut::of(&r)))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct BudgetIn {
    pub title: String,
    pub description: String,
    /// An amount like "4500" or "4500.50".
    pub total: String,
    /// Empty for €.
    pub currency: String,
    /// approval or cumulative
    pub ballot: String,
    /// Points each voter spreads (cumulative ballots).
    pub points: Option<i64>,
    /// greedy or equal_shares
    pub rule: String,
    pub decision_area_id: Option<i64>,
    /// YYYY-MM-DD; empty for today
    pub opens_on: String,
    /// YYYY-MM-DD: voting closes at the end of this day (UTC)
    pub closes_on: String,
    pub eligible_groups: Vec<i64>,
}

/// Starts a participatory budget (facilitators; the charter must be published).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = BudgetIn,
    responses((status = 201, body = Created), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(x): ApiJson<BudgetIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = BudgetInput {
        title: x.title,
        description: x.description,
        total: x.total,
        currency: x.currency,
        ballot: x.ballot,
        points: x.points.map(|p| p.to_string()).unwrap_or_default(),
        rule: x.rule,
        decision_area_id: x.decision_area_id,
        opens_on: x.opens_on,
        closes_on: x.closes_on,
        eligible_groups: x.eligible_groups,
    };
    let id = budgets::create(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

/// A budget ballot: `projects` (approval ballots: ids whose costs fit the
/// budget together) or `points` (cumulative ballots: project id and points).
#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct BudgetBallotIn {
    pub projects: Vec<i64>,
    pub points: Vec<PointsIn>,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PointsIn {
    pub project: i64,
    pub points: i64,
}

impl BudgetBallotIn {
    fn marks(&self) -> BudgetMarks {
        BudgetMarks {
            projects: self.projects.iter().map(i64::to_string).collect(),
            points: self.points.iter().map(|p| (p.project, p.points.to_string())).collect(),
        }
    }
}

/// Casts or changes the caller's budget ballot and answers with its tracker.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/ballot", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = BudgetBallotIn,
    responses((status = 200, body = VotedOut), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn vote_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<BudgetBallotIn>,
) -> AppResult<Json<VotedOut>> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    let tracker = budgets::cast(&state.svc, &access, &i, &b, &x.marks(), ctx.now).await?;
    Ok(Json(VotedOut { tracker }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PaperBudgetIn {
    #[serde(flatten)]
    pub ballot: BudgetBallotIn,
    /// Where the paper ballot came from (required).
    pub note: String,
}

/// Enters a paper ballot (facilitators, while paper ballots are taken and
/// fewer than declared are entered), with a note saying where it came from;
/// it counts once another facilitator confirms it.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/paper", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = PaperBudgetIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn paper_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<PaperBudgetIn>,
) -> AppResult<StatusCode> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    budgets::cast_paper(&state.svc, &access, &i, &b, &x.ballot.marks(), &x.note, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProjectIn {
    pub title: String,
    pub description: String,
    /// An amount like "4500" or "4500.50".
    pub cost: String,
    /// Carry over this idea (facilitators): its title and text become the project's.
    pub idea_id: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ProjectCreated {
    pub id: i64,
    /// on_ballot when a facilitator added it, proposed when a member did.
    pub status: String,
}

/// Proposes a project (members) or adds one to the ballot (facilitators), until the close.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/projects", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = ProjectIn,
    responses((status = 201, body = ProjectCreated), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_project(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<ProjectIn>,
) -> AppResult<Response> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    let input = ProjectInput { title: x.title, description: x.description, cost: x.cost, idea_id: x.idea_id };
    let (id, status) = budgets::add_project(&state.svc, &access, &i, &b, &input, ctx.now).await?;
    Ok(created(ProjectCreated { id, status: status.key().to_owned() }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProjectStatusIn {
    /// on_ballot or declined
    pub status: String,
}

/// Declares how many paper ballots were collected, and until which day they
/// are taken (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/paper/declare", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = DeclareIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn declare_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<DeclareIn>,
) -> AppResult<StatusCode> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    let declared = x.declared.map(|n| n.to_string()).unwrap_or_default();
    budgets::declare_paper(&state.svc, &access, &i, &b, &declared, &x.counting_until, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Confirms a paper ballot another facilitator entered; only then does it count.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/paper/{ballot}/confirm", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("ballot" = i64, Path)),
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn confirm_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, ballot)): Path<(String, String, i64, i64)>,
) -> AppResult<StatusCode> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    budgets::confirm_paper(&state.svc, &access, &i, &b, ballot, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Accepts a proposed project onto the ballot or declines it (facilitators, until the close).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/projects/{project}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("project" = i64, Path)),
    request_body = ProjectStatusIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_project(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, project)): Path<(String, String, i64, i64)>,
    ApiJson(x): ApiJson<ProjectStatusIn>,
) -> AppResult<StatusCode> {
    let (access, i, b) = load(&state, &ctx, &c, &i, id).await?;
    budgets::set_project_status(&state.svc, &access, &i, &b, project, &x.status, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The counted ballots as a Pabulib file anyone can recount, once the count
/// is final; each voter appears by their ballot's tracker, never by name.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/ballots.pb", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody)))]
pub async fn export(State(state): State<AppState>, ctx: Ctx, Path((c, i, id)): SlugsId) -> AppResult<Response> {
    let (access, _, b) = load(&state, &ctx, &c, &i, id).await?;
    let text = budgets::export(&state.svc, &access, &b, ctx.now).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}
