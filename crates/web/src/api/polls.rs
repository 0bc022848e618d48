//! Polls through the API: starting them, ballots (your own and paper ones)
//! and results once voting closes, counted from every stored ballot; a voter
//! is never named (mirrors `pages/polls.rs` and the poll form of `pages/decide.rs`).

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::decisions::{PollBallot, PollMarks, PollResult, Window};
use tandem_service::{
    Access,
    ballots::{PaperCount, StoredBallot},
    community::Group,
    initiatives::Initiative,
    paging::Page,
    polls::{self, Ending, Poll, PollInput, PollOutcome},
};
use utoipa::ToSchema;

use super::{
    ApiJson, PageQuery, at, created,
    dto::{self, Created, ErrorBody},
    paged,
};
use crate::{
    access,
    context::Ctx,
    error::{AppError, AppResult},
    labels::group_name,
    state::AppState,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/polls"), get(list_polls).post(create_poll))
        .route(&at("/polls/{id}"), get(get_poll).put(update_poll))
        .route(&at("/polls/{id}/end"), post(end_poll))
        .route(&at("/polls/{id}/ballot"), put(vote_poll))
        .route(&at("/polls/{id}/paper"), post(paper_poll))
        .route(&at("/polls/{id}/paper/declare"), post(declare_paper))
        .route(&at("/polls/{id}/paper/{ballot}/confirm"), post(confirm_paper))
        .route(&at("/polls/{id}/ballots"), get(poll_ballots))
        .route(&at("/polls/{id}/recount"), post(recount_poll))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

/// scheduled, open or closed
pub(crate) fn state_of(w: Window) -> &'static str {
    match w {
        Window::NotYetOpen => "scheduled",
        Window::Open => "open",
        Window::Closed => "closed",
    }
}

/// Ballots per stakeholder group, then from members in no group, then on
/// paper; a figure is null when suppressed for privacy (`hidden` says why).
#[derive(Serialize, ToSchema)]
pub struct TurnoutOut {
    pub group_id: Option<i64>,
    pub group: String,
    /// True for the paper ballots' entry (the others were cast online).
    pub paper: bool,
    pub ballots: Option<i64>,
    /// `small` (fewer than the community's threshold) or `hidden` (larger, hidden to protect a small one).
    pub hidden: Option<String>,
}

/// Empty when turnout by group cannot be published at all.
pub(crate) fn turnout_out(
    ctx: &Ctx,
    groups: &[Group],
    b: Option<&tandem_domain::privacy::Breakdown>,
) -> Vec<TurnoutOut> {
    let Some(b) = b else { return Vec::new() };
    let row = |group_id, group, paper, c: tandem_domain::privacy::Cell| TurnoutOut {
        group_id,
        group,
        paper,
        ballots: c.value(),
        hidden: dto::hidden_why(c),
    };
    let mut out: Vec<TurnoutOut> =
        groups.iter().zip(&b.cells).map(|(g, c)| row(Some(g.id), group_name(ctx, g), false, *c)).collect();
    if let Some(none) = b.cells.get(groups.len()) {
        out.push(row(None, ctx.t("decide-group-none"), false, *none));
    }
    if let Some(paper) = b.cells.get(groups.len() + 1) {
        out.push(row(None, ctx.t("decide-group-paper"), true, *paper));
    }
    out
}

#[derive(Serialize, ToSchema)]
pub struct PaperOut {
    /// Declared collected before entering any; null until declared.
    pub declared: Option<i64>,
    pub entered: i64,
    /// Confirmed by a second facilitator: only these count.
    pub confirmed: i64,
    pub ballots: Vec<PaperBallotOut>,
}

#[derive(Serialize, ToSchema)]
pub struct PaperBallotOut {
    pub id: i64,
    pub tracker: String,
    pub note: String,
    pub entered_by: Option<String>,
    pub entered_at: String,
    /// Null until a second facilitator confirms it.
    pub confirmed_by: Option<String>,
    pub confirmed: bool,
}

pub(crate) fn paper_out(count: &PaperCount, ballots: &[StoredBallot]) -> PaperOut {
    PaperOut {
        declared: count.declared,
        entered: count.entered,
        confirmed: count.confirmed,
        ballots: ballots
            .iter()
            .map(|b| PaperBallotOut {
                id: b.id,
                tracker: b.tracker.clone(),
                note: b.note.clone(),
                entered_by: b.entered_by_name.clone(),
                entered_at: b.updated_at.rfc3339(),
                confirmed_by: b.confirmed_by_name.clone(),
                confirmed: b.confirmed_by.is_some(),
            })
            .collect(),
    }
}

/// The caller's ballot was recorded: its tracker, to find on the list of
/// ballots published with the result.
#[derive(Serialize, ToSchema)]
pub struct VotedOut {
    pub tracker: String,
}

/// How many paper ballots were collected, and until which day they are taken.
#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DeclareIn {
    pub declared: Option<i64>,
    /// YYYY-MM-DD: paper ballots are still taken after voting closes, until
    /// the end of this day; empty for only while voting is open.
    pub counting_until: String,
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
    /// Set when the poll was cancelled (nothing is counted) …
    pub cancelled_at: Option<String>,
    /// … or closed before its date.
    pub closed_early_at: Option<String>,
    /// Why it was cancelled or closed early.
    pub end_reason: String,
    /// Once closed: the count and its explanation.
    /// Null until then.
    #[schema(value_type = Option<Object>)]
    pub result: Option<serde_json::Value>,
    /// Once closed: ballots per stakeholder group (empty when too few to publish by group).
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

fn poll_outcome_json(
    poll: &Poll,
    outcome: &PollOutcome,
    bulletin: Option<&Page<(String, PollBallot)>>,
) -> serde_json::Value {
    match outcome {
        PollOutcome::Counted { result, record, .. } => {
            let mut json = poll_result_json(poll, result);
            json["count"] = serde_json::json!(dto::CountOut::of(record));
            if let Some(page) = bulletin {
                json["ballots_by_tracker"] = page.items.iter().map(|(t, b)| tracked(poll, t, b)).collect();
                json["ballots_next"] = serde_json::json!(page.next);
            }
            json
        }
        PollOutcome::TooFew { winners, threshold } => serde_json::json!({
            "winners": winners.iter().filter_map(|&c| poll.options.get(c as usize).cloned()).collect::<Vec<String>>(),
            "ballots": poll.ballots,
            "too_few_to_publish": true,
            "threshold": threshold,
        }),
    }
}

fn tracked(poll: &Poll, tracker: &str, b: &PollBallot) -> serde_json::Value {
    serde_json::json!({"tracker": tracker, "ballot": ballot_json(poll, b)})
}

/// A counted ballot in the shape a ballot is cast (option numbers from 1).
fn ballot_json(poll: &Poll, b: &PollBallot) -> serde_json::Value {
    match b {
        PollBallot::One(n) => serde_json::json!({"choice": n}),
        PollBallot::Set(v) => serde_json::json!({"approve": v}),
        PollBallot::Ranking(v) => serde_json::json!({"ranking": v}),
        PollBallot::Scores(v) => {
            let scores: Vec<i64> = (1..=poll.options.len())
                .map(|n| v.iter().find(|(o, _)| *o == n).map(|(_, s)| *s).unwrap_or(0))
                .collect();
            serde_json::json!({"scores": scores})
        }
        PollBallot::Consent(s) => serde_json::json!({"stance": s.key()}),
        PollBallot::Objection(reason) => serde_json::json!({"stance": "block", "reason": reason}),
    }
}

fn poll_result_json(poll: &Poll, result: &PollResult) -> serde_json::Value {
    let winners: Vec<String> = result.winners().iter().filter_map(|&c| poll.options.get(c as usize).cloned()).collect();
    let detail = match result {
        PollResult::Tally(t) => serde_json::json!({"scores": t.scores}),
        PollResult::Irv(r) => serde_json::json!({"rounds": r.rounds}),
        PollResult::Schulze(s) => serde_json::json!({"pairwise": s.pairwise, "strongest": s.strongest}),
        PollResult::Consent(c) => serde_json::json!({"consent": c}),
    };
    serde_json::json!({
        "winners": winners,
        "ballots": poll.ballots,
        "quorum_met": poll.quorum == 0 || poll.ballots >= poll.quorum,
        "detail": detail,
    })
}

fn poll_out(ctx: &Ctx, poll: &Poll, result: Option<serde_json::Value>, turnout: Vec<TurnoutOut>) -> PollOut {
    PollOut {
        id: poll.id,
        title: poll.title.clone(),
        description: poll.description.clone(),
        method: poll.method.key().to_owned(),
        options: poll.options.clone(),
        decision_area_id: poll.decision_area_id,
        opens_at: poll.opens_at.rfc3339(),
        closes_at: poll.closes_at.rfc3339(),
        state: state_of(polls::window_of(poll, ctx.now)).to_owned(),
        quorum: poll.quorum,
        eligible_groups: poll.eligible_groups.clone(),
        ballots: poll.ballots,
        cancelled_at: poll.cancelled_at.map(|t| t.rfc3339()),
        closed_early_at: poll.closed_early_at.map(|t| t.rfc3339()),
        end_reason: poll.end_reason.clone(),
        result,
        turnout,
        counting_until: poll.paper.counting_until.map(|t| t.rfc3339()),
        my_tracker: None,
        voted: false,
        paper: None,
    }
}

/// Polls of an initiative, latest closing first, a page at a time.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), PageQuery),
    responses((status = 200, body = Vec<PollOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Polls on every page together")
    )), (status = 422, body = ErrorBody)))]
pub async fn list_polls(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let limit = q.limit()?;
    let page = polls::page(&state.svc, &i, &q.after, limit).await?;
    let page = page.map(|p| poll_out(&ctx, &p, None, Vec::new()));
    Ok(paged(page, &format!("/api/v1/communities/{}/initiatives/{}/polls", access.community.slug, i.slug), limit))
}

async fn load(state: &AppState, ctx: &Ctx, c: &str, i: &str, id: i64) -> AppResult<(Access, Initiative, Poll)> {
    let (access, i) = access::initiative(state, ctx, c, i).await?;
    let poll = polls::poll(&state.svc, &i, id).await?;
    Ok((access, i, poll))
}

/// One poll, with its result and turnout once voting has closed.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = PollOut), (status = 404, body = ErrorBody)))]
pub async fn get_poll(State(state): State<AppState>, ctx: Ctx, Path((c, i, id)): SlugsId) -> AppResult<Json<PollOut>> {
    let (access, _, poll) = load(&state, &ctx, &c, &i, id).await?;
    let view = polls::view(&state.svc, &access, &poll, ctx.now).await?;
    let (result, turnout) = match &view.result {
        Some(outcome) => {
            let (turnout, bulletin) = match outcome {
                PollOutcome::Counted { turnout, record, .. } => {
                    let first = polls::bulletin_of(&state.svc, &poll, record, "", polls::BULLETIN_PAGE).await?;
                    (turnout.as_ref(), Some(first))
                }
                PollOutcome::TooFew { .. } => (None, None),
            };
            (Some(poll_outcome_json(&poll, outcome, bulletin.as_ref())), turnout_out(&ctx, &view.groups, turnout))
        }
        None => (None, Vec::new()),
    };
    let mut out = poll_out(&ctx, &poll, result, turnout);
    out.my_tracker = view.mine.map(|(_, tracker)| tracker);
    out.voted = view.voted;
    if access.can_facilitate() {
        out.paper = Some(paper_out(&poll.paper, &view.paper));
    }
    Ok(Json(out))
}

/// The counted ballots of a closed poll by tracker, a page at a time (once
/// at least the community's threshold of ballots was counted): voters find
/// theirs, anyone recounts.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/ballots", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), PageQuery),
    responses((status = 200, body = Vec<dto::TrackedBallot>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Ballots counted")
    )), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn poll_ballots(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    let limit = q.limit()?;
    let page = polls::bulletin(&state.svc, &access, &poll, &q.after, limit, ctx.now).await?;
    let page = page.map(|(tracker, b)| dto::TrackedBallot { ballot: ballot_json(&poll, &b), tracker });
    let path = format!("/api/v1/communities/{}/initiatives/{}/polls/{id}/ballots", access.community.slug, i.slug);
    Ok(paged(page, &path, limit))
}

/// Counts a closed poll's ballots again (facilitators) and says whether the
/// stored result still matches; the stored result stands either way.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/recount", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = dto::RecountOut), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn recount_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
) -> AppResult<Json<dto::RecountOut>> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    let r = tandem_service::counts::recount_poll(&state.svc, &access, &i, &poll, ctx.now).await?;
    Ok(Json(dto::RecountOut::of(&r)))
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
    Path((c, i)): Slugs,
    ApiJson(x): ApiJson<PollIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = poll_input(x);
    let id = polls::create(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

fn poll_input(x: PollIn) -> PollInput {
    PollInput {
        title: x.title,
        description: x.description,
        method: x.method,
        options: x.options,
        decision_area_id: x.decision_area_id,
        opens_on: x.opens_on,
        closes_on: x.closes_on,
        quorum: x.quorum.map(|q| q.to_string()).unwrap_or_default(),
        eligible_groups: x.eligible_groups,
    }
}

/// Changes a poll before anyone has voted (facilitators); refused once a ballot is in.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = PollIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<PollIn>,
) -> AppResult<StatusCode> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    polls::update(&state.svc, &access, &i, &poll, &poll_input(x), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct EndIn {
    /// close (count what was cast) or cancel (count nothing)
    pub ending: String,
    /// Why: everyone reads it on the poll.
    pub reason: String,
}

/// Closes a poll early or cancels it (facilitators), with a public reason.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/end", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = EndIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn end_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<EndIn>,
) -> AppResult<StatusCode> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    let ending = match x.ending.as_str() {
        "cancel" => Ending::Cancel,
        "close" => Ending::CloseEarly,
        _ => {
            return Err(AppError::Invalid(tandem_domain::Invalid::one(tandem_domain::FieldError::new(
                "ending",
                "error-choice-invalid",
            ))));
        }
    };
    polls::end(&state.svc, &access, &i, &poll, ending, &x.reason, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A poll ballot. Give the field the poll's method uses: `choice` (plurality;
/// option numbers start at 1), `approve` (approval), `ranking` (borda, irv,
/// schulze; best first, as many as you like), `scores` (score: 0–5 per option,
/// in option order) or `stance` (consent: agree, abstain, disagree or block,
/// a block with its `reason`).
#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PollBallotIn {
    pub choice: Option<usize>,
    pub approve: Vec<usize>,
    pub ranking: Vec<usize>,
    pub scores: Vec<i64>,
    pub stance: String,
    /// Consent: why the objection blocks (required with "block").
    pub reason: String,
}

impl PollBallotIn {
    fn marks(&self) -> PollMarks {
        PollMarks {
            choice: self.choice.map(|c| c.to_string()).unwrap_or_default(),
            approve: self.approve.iter().map(usize::to_string).collect(),
            // Best first: the option at position k gets rank k + 1.
            ranks: self.ranking.iter().enumerate().map(|(k, n)| (*n, (k + 1).to_string())).collect(),
            scores: self.scores.iter().enumerate().map(|(k, s)| (k + 1, s.to_string())).collect(),
            stance: self.stance.clone(),
            reason: self.reason.clone(),
        }
    }
}

/// Casts or changes the caller's ballot (eligible members while the poll is
/// open) and answers with its tracker.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/ballot", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = PollBallotIn,
    responses((status = 200, body = VotedOut), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn vote_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<PollBallotIn>,
) -> AppResult<Json<VotedOut>> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    let tracker = polls::cast(&state.svc, &access, &i, &poll, &x.marks(), ctx.now).await?;
    Ok(Json(VotedOut { tracker }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PaperPollIn {
    #[serde(flatten)]
    pub ballot: PollBallotIn,
    /// Where the paper ballot came from (required).
    pub note: String,
}

/// Enters a paper ballot (facilitators, while paper ballots are taken and
/// fewer than declared are entered), with a note saying where it came from;
/// it counts once another facilitator confirms it.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/paper", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = PaperPollIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn paper_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<PaperPollIn>,
) -> AppResult<StatusCode> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    polls::cast_paper(&state.svc, &access, &i, &poll, &x.ballot.marks(), &x.note, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Declares how many paper ballots were collected, and until which day they
/// are taken (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/paper/declare", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = DeclareIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn declare_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<DeclareIn>,
) -> AppResult<StatusCode> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    let declared = x.declared.map(|n| n.to_string()).unwrap_or_default();
    polls::declare_paper(&state.svc, &access, &i, &poll, &declared, &x.counting_until, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Confirms a paper ballot another facilitator entered; only then does it count.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/polls/{id}/paper/{ballot}/confirm", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("ballot" = i64, Path)),
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn confirm_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, ballot)): Path<(String, String, i64, i64)>,
) -> AppResult<StatusCode> {
    let (access, i, poll) = load(&state, &ctx, &c, &i, id).await?;
    polls::confirm_paper(&state.svc, &access, &i, &poll, ballot, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
