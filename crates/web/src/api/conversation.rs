//! Conversations through the API: starting them, the statement to vote on
//! next, votes, statements and their moderation, and the latest opinion map
//! (mirrors `pages/conversation.rs`). Participants are never listed or named.

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_decide::opinion::Direction;
use tandem_service::{
    Access,
    conversations::{self, Conversation, ConversationInput, Statement},
    initiatives::Initiative,
};
use utoipa::ToSchema;

use super::{
    ApiJson, PageQuery, at, created,
    dto::{Created, ErrorBody},
    paged,
};
use crate::{access, context::Ctx, error::AppResult, labels::group_letter, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/conversations"), get(list_conversations).post(create_conversation))
        .route(&at("/conversations/{id}"), get(get_conversation))
        .route(&at("/conversations/{id}/report"), get(get_report))
        .route(&at("/conversations/{id}/statements"), post(add_statement))
        .route(&at("/conversations/{id}/statements/{statement}"), put(moderate_statement))
        .route(&at("/conversations/{id}/votes/{statement}"), put(vote))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

async fn load(state: &AppState, ctx: &Ctx, c: &str, i: &str, id: i64) -> AppResult<(Access, Initiative, Conversation)> {
    let (access, i) = access::initiative(state, ctx, c, i).await?;
    let conversation = conversations::conversation(&state.svc, &i, id).await?;
    Ok((access, i, conversation))
}

fn conversation_out(c: Conversation) -> ConversationOut {
    ConversationOut {
        id: c.id,
        topic: c.topic,
        description: c.description,
        statements: c.statements,
        voters: c.voters,
        analysed_at: c.analysed_at.map(|t| t.rfc3339()),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ConversationOut {
    pub id: i64,
    pub topic: String,
    pub description: String,
    pub statements: i64,
    pub voters: i64,
    /// When the opinion map was last drawn (RFC 3339), if ever.
    pub analysed_at: Option<String>,
}

/// Conversations of an initiative in the order they were opened, a page at a time.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/conversations", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), PageQuery),
    responses((status = 200, body = Vec<ConversationOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Conversations on every page together")
    )), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list_conversations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let limit = q.limit()?;
    let page = conversations::page(&state.svc, &i, &q.after, limit).await?.map(conversation_out);
    let address = format!("/api/v1/communities/{}/initiatives/{}/conversations", access.community.slug, i.slug);
    Ok(paged(page, &address, limit))
}

#[derive(Serialize, ToSchema)]
pub struct GroupOut {
    pub id: usize,
    /// A, B, C…
    pub label: String,
    /// People in the group; null when suppressed for privacy (see `size_hidden`).
    pub size: Option<i64>,
    /// `small` (fewer than the community's threshold) or `hidden` (larger,
    /// hidden so that a small group cannot be worked out).
    pub size_hidden: Option<String>,
    /// Statements that set the group apart, best first.
    pub representative: Vec<RepresentativeOut>,
}

#[derive(Serialize, ToSchema)]
pub struct RepresentativeOut {
    pub statement: i64,
    /// agree or disagree
    pub direction: String,
    /// Share of the group voting that way (Laplace-smoothed, as Pol.is).
    pub share: f64,
}

#[derive(Serialize, ToSchema)]
pub struct StatementOut {
    pub id: i64,
    pub body: String,
    pub agree: u32,
    pub disagree: u32,
    pub pass: u32,
    /// Product over groups of each group's smoothed agreement (0–1).
    pub group_aware_consensus: f64,
    /// Gap between the most and least agreeing group (0–1).
    pub divisiveness: f64,
}

#[derive(Serialize, ToSchema)]
pub struct ReportOut {
    pub analysed_at: Option<String>,
    pub votes_counted: i64,
    pub votes_now: i64,
    pub groups: Vec<GroupOut>,
    pub consensus_agree: Vec<i64>,
    pub consensus_disagree: Vec<i64>,
    pub divisive: Vec<i64>,
    pub statements: Vec<StatementOut>,
}

/// The latest opinion map of a conversation. Participants are never listed.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/conversations/{id}/report", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = ReportOut), (status = 404, body = ErrorBody)))]
pub async fn get_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
) -> AppResult<Json<ReportOut>> {
    let (access, _, conversation) = load(&state, &ctx, &c, &i, id).await?;
    let report = conversations::report(&state.svc, &access, &conversation).await?;
    let shown = &report.statements;
    let analysis = report.analysis;
    let figures: std::collections::BTreeMap<i64, &tandem_decide::opinion::StatementFigures> =
        analysis.iter().flat_map(|a| a.figures.iter().map(|f| (f.statement, f))).collect();
    let figure = |sid: i64| figures.get(&sid).copied();
    let groups = analysis
        .as_ref()
        .zip(report.published.as_ref())
        .map(|(a, published)| {
            a.groups
                .iter()
                .zip(&a.representative)
                .enumerate()
                .map(|(k, (g, reps))| {
                    let size = published.group_size(k);
                    let cell = published.group_sizes.get(k).copied().filter(|_| published.describable());
                    GroupOut {
                        id: g.id,
                        label: group_letter(g.id),
                        size,
                        size_hidden: match cell {
                            Some(c) => super::dto::hidden_why(c),
                            None => Some(String::from("hidden")),
                        },
                        representative: if size.is_none() {
                            Vec::new()
                        } else {
                            reps.iter()
                                .map(|r| RepresentativeOut {
                                    statement: r.statement,
                                    direction: String::from(if r.direction == Direction::Agree {
                                        "agree"
                                    } else {
                                        "disagree"
                                    }),
                                    share: r.p_success,
                                })
                                .collect()
                        },
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Json(ReportOut {
        analysed_at: conversation.analysed_at.map(|t| t.rfc3339()),
        votes_counted: conversation.analysed_votes,
        votes_now: conversation.votes,
        groups,
        consensus_agree: analysis
            .as_ref()
            .map(|a| a.consensus_agree.iter().map(|c| c.statement).collect())
            .unwrap_or_default(),
        consensus_disagree: analysis
            .as_ref()
            .map(|a| a.consensus_disagree.iter().map(|c| c.statement).collect())
            .unwrap_or_default(),
        divisive: analysis.as_ref().map(|a| a.divisive.clone()).unwrap_or_default(),
        statements: shown
            .iter()
            .map(|s| {
                let f = figure(s.id);
                StatementOut {
                    id: s.id,
                    body: s.body.clone(),
                    agree: f.map_or(0, |f| f.total.agree),
                    disagree: f.map_or(0, |f| f.total.disagree),
                    pass: f.map_or(0, |f| f.total.pass()),
                    group_aware_consensus: f.map_or(0.0, |f| f.group_aware_consensus),
                    divisiveness: f.map_or(0.0, |f| f.divisiveness),
                }
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct VoteIn {
    /// agree, disagree or pass
    pub vote: String,
}

/// Votes (or changes a vote) on a statement shown in the conversation.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/conversations/{id}/votes/{statement}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("statement" = i64, Path)), request_body = VoteIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn vote(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, statement)): Path<(String, String, i64, i64)>,
    ApiJson(x): ApiJson<VoteIn>,
) -> AppResult<StatusCode> {
    let (access, i, conversation) = load(&state, &ctx, &c, &i, id).await?;
    conversations::vote(&state.svc, &access, &i, &conversation, Some(statement), &x.vote, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct StatementIn {
    /// One short idea, at most 280 characters.
    pub statement: String,
}

/// Adds a statement: shown at once when a facilitator adds it, otherwise
/// after a facilitator accepts it.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/conversations/{id}/statements", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = StatementIn,
    responses((status = 201, body = Created), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_statement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
    ApiJson(x): ApiJson<StatementIn>,
) -> AppResult<Response> {
    let (access, i, conversation) = load(&state, &ctx, &c, &i, id).await?;
    let (id, _) = conversations::add_statement(&state.svc, &access, &i, &conversation, &x.statement, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ConversationIn {
    pub topic: String,
    pub description: String,
}

/// Starts a conversation (facilitators; the charter must be published).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/conversations", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = ConversationIn,
    responses((status = 201, body = Created), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_conversation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(x): ApiJson<ConversationIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = ConversationInput { topic: x.topic, description: x.description };
    let id = conversations::create(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Serialize, ToSchema)]
pub struct ShownStatement {
    pub id: i64,
    pub body: String,
}

#[derive(Serialize, ToSchema)]
pub struct VotingOut {
    #[serde(flatten)]
    pub conversation: ConversationOut,
    /// Why you cannot vote, if you cannot (a sentence in your language).
    pub refused: Option<String>,
    /// The statement to vote on next, if any is left.
    pub next: Option<ShownStatement>,
    /// How many shown statements you have voted on, of how many.
    pub voted: usize,
    pub shown: usize,
    /// For facilitators: members' statements waiting to be accepted or rejected.
    pub pending: Vec<ShownStatement>,
}

/// A conversation as a voter sees it: the next statement for you and your progress.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/conversations/{id}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = VotingOut), (status = 404, body = ErrorBody)))]
pub async fn get_conversation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): SlugsId,
) -> AppResult<Json<VotingOut>> {
    let (access, i, conversation) = load(&state, &ctx, &c, &i, id).await?;
    let v = conversations::voting(&state.svc, &access, &i, &conversation).await?;
    let out = |s: &Statement| ShownStatement { id: s.id, body: s.body.clone() };
    Ok(Json(VotingOut {
        refused: v.refused.map(|r| ctx.t(r)),
        next: v.next.as_ref().map(out),
        voted: v.voted.len(),
        shown: v.shown.len(),
        pending: v.pending.iter().map(out).collect(),
        conversation: conversation_out(conversation),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ModerationIn {
    /// accept or reject
    pub decision: String,
}

/// Accepts or rejects a member's statement (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/conversations/{id}/statements/{statement}", tag = "decide",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("statement" = i64, Path)), request_body = ModerationIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn moderate_statement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, statement)): Path<(String, String, i64, i64)>,
    ApiJson(x): ApiJson<ModerationIn>,
) -> AppResult<StatusCode> {
    let (access, i, conversation) = load(&state, &ctx, &c, &i, id).await?;
    conversations::moderate(&state.svc, &access, &i, &conversation, statement, &x.decision, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
