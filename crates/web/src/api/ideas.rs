//! The ideas board through the API: ideas and needs, endorsements, comments
//! and reasoned answers (mirrors `pages/ideas.rs`; flags and moderation are
//! in `moderation`). Authors are labelled exactly as on the pages: a pupil's
//! name never appears.

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, patch, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_service::{
    Access,
    ideas::{self, CommentInput, Idea, IdeaInput, ListQuery, ResponseInputFields},
    initiatives::Initiative,
};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody},
    paged, with_cursor_headers,
};
use crate::{access, context::Ctx, error::AppResult, labels::author_label, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/ideas"), get(list_ideas).post(create_idea))
        .route(&at("/ideas/{id}"), get(get_idea).patch(edit_idea))
        .route(&at("/ideas/{id}/withdrawal"), post(withdraw_idea))
        .route(&at("/ideas/{id}/comments/{cid}"), patch(edit_comment))
        .route(&at("/ideas/{id}/comments/{cid}/withdrawal"), post(withdraw_comment))
        .route(&at("/ideas/{id}/endorsement"), put(endorse).delete(withdraw))
        .route(&at("/ideas/{id}/comments"), post(add_comment))
        .route(&at("/ideas/{id}/response"), put(respond))
}

struct Loaded {
    access: Access,
    initiative: Initiative,
    idea: Idea,
}

async fn load(state: &AppState, ctx: &Ctx, c: &str, i: &str, id: i64) -> AppResult<Loaded> {
    let (access, initiative) = access::initiative(state, ctx, c, i).await?;
    let idea = ideas::idea(&state.svc, &access, &initiative, id).await?;
    Ok(Loaded { access, initiative, idea })
}

#[derive(Serialize, ToSchema)]
pub struct IdeaOut {
    pub id: i64,
    /// need or idea
    pub kind: String,
    pub title: String,
    pub body: String,
    /// A pseudonym, "a pupil", or the author's name: never a pupil's name.
    pub author: String,
    /// new, under_review, accepted, in_progress, done, not_possible or merged
    pub status: String,
    pub response: String,
    /// For not_possible: charter, cost, legal, outside_power or already_done
    pub response_reason: Option<String>,
    pub response_decision_area_id: Option<i64>,
    pub merged_into: Option<i64>,
    pub conflict_note: String,
    pub decision_area_id: Option<i64>,
    pub endorsements: i64,
    /// How many comments it has (the comments themselves come with one idea).
    pub comment_count: i64,
    pub hidden: bool,
    /// Shown in place of hidden content.
    pub hidden_reason: Option<String>,
    pub created_at: String,
    pub first_response_at: Option<String>,
    /// When its author last changed it (earlier words are on its page).
    pub edited_at: Option<String>,
    /// Set when its author withdrew it: their reason.
    pub withdrawn_reason: Option<String>,
    /// The language its author wrote it in, when they said.
    pub lang: Option<String>,
}

/// An idea as the service let this reader see it (hidden content is
/// already withheld from all but its moderators and its author).
fn idea_out(ctx: &Ctx, i: &Idea) -> IdeaOut {
    let hidden = i.hidden_at.is_some();
    IdeaOut {
        id: i.id,
        kind: i.kind.key().to_owned(),
        title: i.title.clone(),
        body: i.body.clone(),
        author: author_label(ctx, i.pseudonym.as_deref(), i.author_protected, i.author_name.as_deref()),
        status: i.status.key().to_owned(),
        response: i.response.clone(),
        response_reason: i.response_reason.map(|r| r.key().to_owned()),
        response_decision_area_id: i.response_area_id,
        merged_into: i.merged_into,
        conflict_note: i.conflict_note.clone(),
        decision_area_id: i.decision_area_id,
        endorsements: i.endorsements,
        comment_count: i.comments,
        hidden,
        hidden_reason: i.hidden_reason.clone(),
        created_at: i.created_at.rfc3339(),
        first_response_at: i.first_response_at.map(|t| t.rfc3339()),
        edited_at: i.edited_at.map(|t| t.rfc3339()),
        withdrawn_reason: i.withdrawn_reason.clone(),
        lang: i.lang.clone(),
    }
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct IdeaQuery {
    /// Words to search for.
    pub q: String,
    /// Only ideas with this status.
    pub status: String,
    /// newest (default), oldest, endorsed or status
    pub sort: String,
    /// The cursor from the previous page's `Link: <…>; rel="next"` header; blank for the first page.
    pub after: String,
    /// Ideas per page, 1 to 500 (default 100).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
}

/// Ideas and needs of an initiative, a page at a time: the `Link` header
/// gives the next page (RFC 8288, `rel="next"`) and `X-Total-Count` how many
/// match in all.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), IdeaQuery),
    responses((status = 200, body = Vec<IdeaOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Ideas matching the query on every page together")
    )), (status = 422, body = ErrorBody)))]
pub async fn list_ideas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    Query(q): Query<IdeaQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let query = ListQuery { words: q.q.clone(), status: q.status.clone(), sort: q.sort.clone() };
    let limit = tandem_service::paging::limit(q.limit, 100)?;
    let board = ideas::board(&state.svc, &access, &i, &query, &q.after, limit).await?;
    let e = crate::html::encode_query;
    let address = format!(
        "/api/v1/communities/{}/initiatives/{}/ideas?q={}&status={}&sort={}",
        access.community.slug,
        i.slug,
        e(&q.q),
        e(&q.status),
        e(&q.sort)
    );
    Ok(paged(board.map(|x| idea_out(&ctx, &x)), &address, limit))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct IdeaIn {
    /// need or idea
    pub kind: String,
    pub title: String,
    pub body: String,
    pub decision_area_id: Option<i64>,
    pub pseudonym: String,
    /// Accepts the community's code of conduct (required at a first contribution).
    pub accept_conduct: bool,
    /// Pupils: post although told it may show who they are (error
    /// `error-may-identify`); a moderator then checks it before anyone else reads it.
    pub post_anyway: bool,
    /// The language it is written in (en, es, ar, zh, vi, fr, pt, ht, so, ru); blank when not said.
    pub lang: String,
}

/// Posts an idea or need (members, while participation is open and the phase takes ideas).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = IdeaIn,
    responses((status = 201, body = Created), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<IdeaIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = IdeaInput {
        kind: x.kind,
        title: x.title,
        body: x.body,
        decision_area_id: x.decision_area_id,
        pseudonym: x.pseudonym,
        accept_conduct: x.accept_conduct,
        post_anyway: x.post_anyway,
        lang: x.lang,
    };
    let id = ideas::post(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Serialize, ToSchema)]
pub struct CommentOut {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author: String,
    pub body: String,
    pub hidden_reason: Option<String>,
    pub created_at: String,
    pub edited_at: Option<String>,
    pub withdrawn_reason: Option<String>,
    pub lang: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct IdeaDetail {
    #[serde(flatten)]
    pub idea: IdeaOut,
    /// A page of comment threads, oldest first: each thread's opening comment
    /// and all its replies, in posting order.
    pub comments: Vec<CommentOut>,
    /// Threads on every page together.
    pub comment_threads: i64,
    /// The cursor of the next page of threads (give it as `comments_after`); null on the last.
    pub comments_next: Option<String>,
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct IdeaDetailQuery {
    /// The cursor from the previous page's `comments_next` (or `Link` header); blank for the first threads.
    pub comments_after: String,
    /// Threads per page, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
}

/// One idea with a page of its comment threads.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), IdeaDetailQuery),
    responses((status = 200, body = IdeaDetail, headers(
        ("Link" = String, description = "The next page of comment threads, when there is one: <…?comments_after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Comment threads on every page together")
    )), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn get_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    Query(q): Query<IdeaDetailQuery>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    let limit = tandem_service::paging::limit(q.limit, ideas::COMMENT_THREADS)?;
    let page = ideas::comment_threads(&state.svc, &l.access, &l.idea, &q.comments_after, limit).await?;
    let (total, next) = (page.total, page.next.clone());
    let body = IdeaDetail {
        idea: idea_out(&ctx, &l.idea),
        comments: page
            .items
            .iter()
            .map(|k| CommentOut {
                id: k.id,
                parent_id: k.parent_id,
                author: author_label(&ctx, k.pseudonym.as_deref(), k.author_protected, k.author_name.as_deref()),
                body: k.body.clone(),
                hidden_reason: k.hidden_reason.clone(),
                created_at: k.created_at.rfc3339(),
                edited_at: k.edited_at.map(|t| t.rfc3339()),
                withdrawn_reason: k.withdrawn_reason.clone(),
                lang: k.lang.clone(),
            })
            .collect(),
        comment_threads: total,
        comments_next: next.clone(),
    };
    let address = format!(
        "/api/v1/communities/{}/initiatives/{}/ideas/{}",
        l.access.community.slug, l.initiative.slug, l.idea.id
    );
    Ok(with_cursor_headers(Json(body).into_response(), total, next.as_deref(), &address, limit, "comments_after"))
}

async fn endorsement(state: &AppState, ctx: &Ctx, c: &str, i: &str, id: i64, on: bool) -> AppResult<StatusCode> {
    let l = load(state, ctx, c, i, id).await?;
    ideas::endorse(&state.svc, &l.access, &l.initiative, &l.idea, on, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Endorses an idea (once per member; repeating changes nothing).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}/endorsement", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn endorse(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    endorsement(&state, &ctx, &c, &i, id, true).await
}

/// Withdraws your endorsement.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}/endorsement", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    endorsement(&state, &ctx, &c, &i, id, false).await
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CommentIn {
    pub body: String,
    /// Reply to this comment.
    pub parent_id: Option<i64>,
    /// Pupils only: the name shown instead of "a pupil".
    pub pseudonym: String,
    pub accept_conduct: bool,
    /// As for ideas: pupils post although warned.
    pub post_anyway: bool,
    /// The language it is written in; blank when not said.
    pub lang: String,
}

/// Comments on an idea, or replies to a comment.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}/comments", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = CommentIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<CommentIn>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    let input = CommentInput {
        body: x.body,
        parent_id: x.parent_id,
        pseudonym: x.pseudonym,
        accept_conduct: x.accept_conduct,
        post_anyway: x.post_anyway,
        lang: x.lang,
    };
    let id = ideas::comment(&state.svc, &l.access, &l.initiative, &l.idea, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ResponseIn {
    /// under_review, accepted, in_progress, done, not_possible or merged
    pub status: String,
    /// Required for not_possible: charter, cost, legal, outside_power or already_done
    pub reason: String,
    /// The public response, always required.
    pub response: String,
    /// For a charter reason: the decision area that fixes it.
    pub decision_area_id: Option<i64>,
    /// For merged: the idea this one joins.
    pub merged_into: Option<i64>,
    /// A declared interest in the outcome, if any.
    pub conflict_note: String,
}

/// Responds to an idea (facilitators); everyone who follows it is notified.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}/response", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = ResponseIn,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<ResponseIn>,
) -> AppResult<StatusCode> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    let input = ResponseInputFields {
        status: x.status,
        reason: x.reason,
        response: x.response,
        decision_area_id: x.decision_area_id,
        merged_into: x.merged_into,
        conflict_note: x.conflict_note,
    };
    // Followers' notifications link to the idea's page.
    let path = format!("/c/{}/i/{}/ideas/{}", l.access.community.slug, l.initiative.slug, l.idea.id);
    ideas::respond(&state.svc, &l.access, &l.initiative, &l.idea, &input, &path, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PostEditIn {
    /// Ideas only.
    pub title: String,
    pub body: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct WithdrawIn {
    /// Why: shown in the post's place.
    pub reason: String,
}

/// Changes your own idea, while nobody has answered, endorsed or commented
/// on it (409 after that); the replaced words are kept as its history.
#[utoipa::path(patch, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = PostEditIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn edit_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<PostEditIn>,
) -> AppResult<StatusCode> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    ideas::edit_idea(&state.svc, &l.access, &l.initiative, &l.idea, &x.title, &x.body, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Withdraws your own idea, with a reason everyone reads.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}/withdrawal", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = WithdrawIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn withdraw_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<WithdrawIn>,
) -> AppResult<StatusCode> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    ideas::withdraw_idea(&state.svc, &l.access, &l.initiative, &l.idea, &x.reason, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Changes your own comment while nobody has replied to it (409 after that).
#[utoipa::path(patch, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}/comments/{cid}", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("cid" = i64, Path)),
    request_body = PostEditIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn edit_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, cid)): Path<(String, String, i64, i64)>,
    ApiJson(x): ApiJson<PostEditIn>,
) -> AppResult<StatusCode> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    ideas::edit_comment(&state.svc, &l.access, &l.initiative, &l.idea, cid, &x.body, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Withdraws your own comment, with a reason everyone reads.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}/comments/{cid}/withdrawal", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("cid" = i64, Path)),
    request_body = WithdrawIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn withdraw_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, cid)): Path<(String, String, i64, i64)>,
    ApiJson(x): ApiJson<WithdrawIn>,
) -> AppResult<StatusCode> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    ideas::withdraw_comment(&state.svc, &l.access, &l.initiative, &l.idea, cid, &x.reason, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
