//! API for polls and participatory budgets. Results appear once voting
//! closes, counted from every stored ballot; a voter is never named.

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, put},
};
use serde::{Deserialize, Serialize};
use tandem_decide::pb::Outcome;
use tandem_domain::decisions::{self as domain, PollResult, ProjectStatus, Window};
use tandem_store::decisions::{self as store, BallotBox, Budget, Poll};
use utoipa::ToSchema;

use super::{ApiJson, dto::ErrorBody, seed::Created};
use crate::{
    AppState,
    access::Access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    pages::decide::{
        cast_budget_ballot, cast_poll_ballot, create_poll_from, election_of, load_budget, load_poll, poll_ballots,
    },
};

const I: &str = "/api/v1/communities/{community}/initiatives/{initiative}";

pub fn router() -> Router<AppState> {
    let at = |p: &str| format!("{I}{p}");
    Router::new()
        .route(&at("/polls"), get(list_polls).post(create_poll))
        .route(&at("/polls/{id}"), get(get_poll))
        .route(&at("/polls/{id}/ballot"), put(vote_poll))
        .route(&at("/budgets"), get(list_budgets))
        .route(&at("/budgets/{id}"), get(get_budget))
        .route(&at("/budgets/{id}/ballot"), put(vote_budget))
}

fn state_of(window: Window) -> &'static str {
    match window {
        Window::NotYetOpen => "scheduled",
        Window::Open => "open",
        Window::Closed => "closed",
    }
}

#[derive(Serialize, ToSchema)]
pub struct PollOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// plurality, approval, score, borda, irv, schulze or consent
    pub method: String,
    pub options: Vec<String>,
    pub decision_area_id: Option<i64>,
    pub opens_at: String,
    pub closes_at: String,
    /// scheduled, open or closed
    pub state: String,
    pub quorum: i64,
    /// Stakeholder group ids allowed to vote; empty for every member.
    pub eligible_groups: Vec<i64>,
    pub ballots: i64,
    /// Once closed: the count and its explanation.
    #[schema(value_type = Object)]
    pub result: Option<serde_json::Value>,
}

fn poll_result_json(poll: &Poll, result: &PollResult, ballots: usize) -> serde_json::Value {
    let winners: Vec<String> = result.winners().iter().map(|&c| poll.options[c as usize].clone()).collect();
    let detail = match result {
        PollResult::Tally(t) => serde_json::json!({"scores": t.scores}),
        PollResult::Irv(r) => serde_json::json!({"rounds": r.rounds}),
        PollResult::Schulze(s) => serde_json::json!({"pairwise": s.pairwise, "strongest": s.strongest}),
        PollResult::Consent(c) => serde_json::json!({"consent": c}),
    };
    serde_json::json!({
        "winners": winners,
        "ballots": ballots,
        "quorum_met": poll.quorum == 0 || ballots as i64 >= poll.quorum,
        "detail": detail,
    })
}

fn poll_out(ctx: &Ctx, poll: &Poll, result: Option<serde_json::Value>) -> PollOut {
    PollOut {
        id: poll.id,
        title: poll.title.clone(),
        description: poll.description.clone(),
        method: poll.method.key().to_owned(),
        options: poll.options.clone(),
        decision_area_id: poll.decision_area_id,
        opens_at: poll.opens_at.rfc3339(),
        closes_at: poll.closes_at.rfc3339(),
        state: state_of(domain::window(poll.opens_at, poll.closes_at, ctx.now)).to_owned(),
        quorum: poll.quorum,
        eligible_groups: poll.eligible_groups.clone(),
        ballots: poll.ballots,
        result,
    }
}

/// Polls of an initiative.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = Vec<PollOut>)))]
pub async fn list_polls(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<Vec<PollOut>>> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let polls = store::polls(&state.db, i.id).await?;
    Ok(Json(polls.iter().map(|p| poll_out(&ctx, p, None)).collect()))
}

/// One poll, with its result once voting has closed.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = PollOut), (status = 404, body = ErrorBody)))]
pub async fn get_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<Json<PollOut>> {
    let l = load_poll(&state, &ctx, &c, &i, id).await?;
    let poll = &l.poll;
    let result = if domain::window(poll.opens_at, poll.closes_at, ctx.now) == Window::Closed {
        let stored = store::ballots(&state.db, BallotBox::Poll, poll.id).await?;
        let ballots = poll_ballots(poll, &stored);
        let result = domain::count_poll(poll.method, &poll.options, &ballots);
        Some(poll_result_json(poll, &result, ballots.len()))
    } else {
        None
    };
    Ok(Json(poll_out(&ctx, poll, result)))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PollIn {
    pub title: String,
    pub description: String,
    /// plurality, approval, score, borda, irv, schulze or consent
    pub method: String,
    pub options: Vec<String>,
    pub decision_area_id: Option<i64>,
    /// YYYY-MM-DD; empty for today
    pub opens_on: String,
    /// YYYY-MM-DD: voting closes at the end of this day (UTC)
    pub closes_on: String,
    pub quorum: Option<i64>,
    pub eligible_groups: Vec<i64>,
}

/// Starts a poll (facilitators; the charter must be published).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = PollIn,
    responses((status = 201, body = Created), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<PollIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    access.require_facilitator()?;
    if i.charter_version == 0 {
        return Err(AppError::Conflict("decide-needs-charter"));
    }
    let areas: Vec<i64> = tandem_store::charter::areas(&state.db, i.id).await?.into_iter().map(|a| a.id).collect();
    let groups: Vec<i64> =
        tandem_store::communities::groups(&state.db, access.community.id).await?.into_iter().map(|g| g.id).collect();
    let mut fields = vec![
        (String::from("title"), x.title),
        (String::from("description"), x.description),
        (String::from("method"), x.method),
        (String::from("options"), x.options.join("\n")),
        (String::from("area"), x.decision_area_id.map(|a| a.to_string()).unwrap_or_default()),
        (String::from("opens_on"), x.opens_on),
        (String::from("closes_on"), x.closes_on),
        (String::from("quorum"), x.quorum.map(|q| q.to_string()).unwrap_or_default()),
    ];
    fields.extend(x.eligible_groups.iter().map(|g| (String::from("groups"), g.to_string())));
    let id =
        create_poll_from(&state, &ctx, &i, &FormPairs(fields), &areas, &groups).await?.map_err(AppError::Invalid)?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

/// A poll ballot. Give the field the poll's method uses: `choice` (plurality;
/// option numbers start at 1), `approve` (approval), `ranking` (borda, irv,
/// schulze; best first, as many as you like), `scores` (score: 0–5 per option,
/// in option order) or `stance` (consent: agree, abstain, disagree or block).
#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PollBallotIn {
    pub choice: Option<usize>,
    pub approve: Vec<usize>,
    pub ranking: Vec<usize>,
    pub scores: Vec<i64>,
    pub stance: String,
}

impl PollBallotIn {
    fn pairs(&self) -> FormPairs {
        let mut out: Vec<(String, String)> = Vec::new();
        if let Some(c) = self.choice {
            out.push((String::from("choice"), c.to_string()));
        }
        out.extend(self.approve.iter().map(|n| (String::from("approve"), n.to_string())));
        out.extend(self.ranking.iter().enumerate().map(|(rank, n)| (format!("rank_{n}"), (rank + 1).to_string())));
        out.extend(self.scores.iter().enumerate().map(|(k, s)| (format!("score_{}", k + 1), s.to_string())));
        out.push((String::from("stance"), self.stance.clone()));
        FormPairs(out)
    }
}

/// Casts or changes the caller's ballot (eligible members while the poll is open).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/ballot", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = PollBallotIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn vote_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<PollBallotIn>,
) -> AppResult<StatusCode> {
    let l = load_poll(&state, &ctx, &c, &i, id).await?;
    cast_poll_ballot(&state, &ctx, &l, &x.pairs()).await?.map_err(AppError::Invalid)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ProjectOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// Decimal amount as text, e.g. "4500.50"
    pub cost: String,
    pub from_idea: Option<i64>,
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
    /// Once closed: funded projects and why each project was or was not funded.
    #[schema(value_type = Object)]
    pub result: Option<serde_json::Value>,
}

fn budget_out(ctx: &Ctx, b: &Budget, projects: Vec<ProjectOut>, result: Option<serde_json::Value>) -> BudgetOut {
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
        state: state_of(domain::window(b.opens_at, b.closes_at, ctx.now)).to_owned(),
        eligible_groups: b.eligible_groups.clone(),
        ballots: b.ballots,
        projects,
        result,
    }
}

fn outcome_json(election: &tandem_decide::pabulib::Election, o: &Outcome) -> serde_json::Value {
    let funded: Vec<&str> = o.selected.iter().map(|&p| election.projects[p].id.as_str()).collect();
    serde_json::json!({"rule": o.rule, "funded": funded, "spent": o.spent.to_string(), "projects": o.projects})
}

/// Participatory budgets of an initiative.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = Vec<BudgetOut>)))]
pub async fn list_budgets(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<Vec<BudgetOut>>> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let budgets = store::budgets(&state.db, i.id).await?;
    Ok(Json(budgets.iter().map(|b| budget_out(&ctx, b, Vec::new(), None)).collect()))
}

/// One budget with the projects on its ballot, and its result once voting has closed.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = BudgetOut), (status = 404, body = ErrorBody)))]
pub async fn get_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<Json<BudgetOut>> {
    let l = load_budget(&state, &ctx, &c, &i, id).await?;
    let b = &l.budget;
    let projects = store::projects(&state.db, b.id).await?;
    let result = if domain::window(b.opens_at, b.closes_at, ctx.now) == Window::Closed {
        let stored = store::ballots(&state.db, BallotBox::Budget, b.id).await?;
        let election = election_of(b, &projects, &stored);
        domain::count_budget(&election, b.rule).map(|o| outcome_json(&election, &o))
    } else {
        None
    };
    let on_ballot = projects
        .iter()
        .filter(|p| p.status == ProjectStatus::OnBallot)
        .map(|p| ProjectOut {
            id: p.id,
            title: p.title.clone(),
            description: p.description.clone(),
            cost: p.cost.to_string(),
            from_idea: p.idea_id,
        })
        .collect();
    Ok(Json(budget_out(&ctx, b, on_ballot, result)))
}

/// A budget ballot: `projects` (approval ballots: ids whose costs fit the
/// budget together) or `points` (cumulative ballots: project id and points).
#[derive(Deserialize, ToSchema, Default)]
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

/// Casts or changes the caller's budget ballot.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/budgets/{id}/ballot", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = BudgetBallotIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn vote_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<BudgetBallotIn>,
) -> AppResult<StatusCode> {
    let l = load_budget(&state, &ctx, &c, &i, id).await?;
    let mut fields: Vec<(String, String)> =
        x.projects.iter().map(|p| (String::from("project"), p.to_string())).collect();
    fields.extend(x.points.iter().map(|p| (format!("points_{}", p.project), p.points.to_string())));
    cast_budget_ballot(&state, &ctx, &l, &FormPairs(fields)).await?.map_err(AppError::Invalid)?;
    Ok(StatusCode::NO_CONTENT)
}
