//! API for the ideas board, accountability and notifications. Authors are
//! labelled exactly as on the pages: a pupil's name never appears.

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::ideas::IdeaStatus;
use tandem_store::{
    accountability,
    ideas::{self as store, Filter, Sort},
    notifications,
};
use utoipa::ToSchema;

use super::{ApiJson, dto::ErrorBody, seed::Created};
use crate::{
    AppState,
    access::Access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    pages::{
        accountability::record_progress,
        ideas::{Refusal, apply_response, author_label, load, post_comment, post_idea},
    },
};

const I: &str = "/api/v1/communities/{community}/initiatives/{initiative}";

pub fn router() -> Router<AppState> {
    let at = |p: &str| format!("{I}{p}");
    Router::new()
        .route(&at("/ideas"), get(list_ideas).post(create_idea))
        .route(&at("/ideas/{id}"), get(get_idea))
        .route(&at("/ideas/{id}/endorsement"), put(endorse).delete(withdraw))
        .route(&at("/ideas/{id}/comments"), post(add_comment))
        .route(&at("/ideas/{id}/response"), put(respond))
        .route(&at("/commitments"), get(list_commitments).post(create_commitment))
        .route(&at("/commitments/{id}/progress"), post(add_progress))
        .route("/api/v1/notifications", get(my_notifications))
        .route("/api/v1/notifications/read", post(read_all))
}

fn pairs(fields: &[(&str, String)]) -> FormPairs {
    FormPairs(fields.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect())
}

fn opt(id: Option<i64>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

fn refusal(r: Refusal) -> AppError {
    match r {
        Refusal::Gate(g) => AppError::Conflict(g.message()),
        Refusal::Invalid(e) => AppError::Invalid(e),
    }
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
    pub comments: i64,
    pub hidden: bool,
    /// Shown in place of hidden content.
    pub hidden_reason: Option<String>,
    pub created_at: String,
    pub first_response_at: Option<String>,
}

fn idea_out(ctx: &Ctx, i: &store::Idea) -> IdeaOut {
    let hidden = i.hidden_at.is_some();
    IdeaOut {
        id: i.id,
        kind: i.kind.key().to_owned(),
        title: if hidden { String::new() } else { i.title.clone() },
        body: if hidden { String::new() } else { i.body.clone() },
        author: author_label(ctx, i.pseudonym.as_deref(), i.author_protected, i.author_name.as_deref()),
        status: i.status.key().to_owned(),
        response: i.response.clone(),
        response_reason: i.response_reason.map(|r| r.key().to_owned()),
        response_decision_area_id: i.response_area_id,
        merged_into: i.merged_into,
        conflict_note: i.conflict_note.clone(),
        decision_area_id: i.decision_area_id,
        endorsements: i.endorsements,
        comments: i.comments,
        hidden,
        hidden_reason: i.hidden_reason.clone(),
        created_at: i.created_at.rfc3339(),
        first_response_at: i.first_response_at.map(|t| t.rfc3339()),
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
}

/// Ideas and needs of an initiative.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), IdeaQuery), responses((status = 200, body = Vec<IdeaOut>)))]
pub async fn list_ideas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    Query(q): Query<IdeaQuery>,
) -> AppResult<Json<Vec<IdeaOut>>> {
    let (_, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let sort = match q.sort.as_str() {
        "oldest" => Sort::Oldest,
        "endorsed" => Sort::MostEndorsed,
        "status" => Sort::Status,
        _ => Sort::Newest,
    };
    let filter = Filter {
        words: Some(q.q.as_str()).filter(|w| !w.trim().is_empty()),
        status: IdeaStatus::parse(&q.status),
        sort,
        limit: 500,
    };
    let list = store::list(&state.db, i.id, &filter).await?;
    Ok(Json(list.iter().map(|x| idea_out(&ctx, x)).collect()))
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
    let (access, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let form = pairs(&[
        ("kind", x.kind),
        ("title", x.title),
        ("body", x.body),
        ("area", opt(x.decision_area_id)),
        ("pseudonym", x.pseudonym),
        ("conduct", if x.accept_conduct { String::from("1") } else { String::new() }),
    ]);
    let id = post_idea(&state, &ctx, &access, &i, &form).await?.map_err(refusal)?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct CommentOut {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author: String,
    pub body: String,
    pub hidden_reason: Option<String>,
    pub created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct IdeaDetail {
    #[serde(flatten)]
    pub idea: IdeaOut,
    pub comments: Vec<CommentOut>,
}

/// One idea with its comments.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/ideas/{id}", tag = "ideas",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = IdeaDetail), (status = 404, body = ErrorBody)))]
pub async fn get_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<Json<IdeaDetail>> {
    let l = load(&state, &ctx, &c, &i, id).await?;
    let comments = store::comments(&state.db, id).await?;
    Ok(Json(IdeaDetail {
        idea: idea_out(&ctx, &l.idea),
        comments: comments
            .iter()
            .map(|k| CommentOut {
                id: k.id,
                parent_id: k.parent_id,
                author: author_label(&ctx, k.pseudonym.as_deref(), k.author_protected, k.author_name.as_deref()),
                body: if k.hidden_at.is_some() { String::new() } else { k.body.clone() },
                hidden_reason: k.hidden_reason.clone(),
                created_at: k.created_at.rfc3339(),
            })
            .collect(),
    }))
}

async fn endorsement(state: &AppState, ctx: &Ctx, c: &str, i: &str, id: i64, on: bool) -> AppResult<StatusCode> {
    let l = load(state, ctx, c, i, id).await?;
    let user = ctx.require_user()?;
    tandem_domain::ideas::may_take_part(l.initiative.participation_open, l.access.role())
        .map_err(|r| AppError::Conflict(r.message()))?;
    if l.idea.status.is_closed() || l.idea.hidden_at.is_some() {
        return Err(AppError::Conflict("error-idea-closed"));
    }
    if on {
        store::endorse(&state.db, id, user.id, ctx.now).await?;
    } else {
        store::withdraw_endorsement(&state.db, id, user.id).await?;
    }
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
    let form = pairs(&[
        ("body", x.body),
        ("parent", opt(x.parent_id)),
        ("pseudonym", x.pseudonym),
        ("conduct", if x.accept_conduct { String::from("1") } else { String::new() }),
    ]);
    let id = post_comment(&state, &ctx, &l.access, &l.initiative, &l.idea, &form).await?.map_err(refusal)?;
    Ok((StatusCode::CREATED, Json(Created { id })).into_response())
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
    l.access.require_facilitator(&ctx)?;
    let form = pairs(&[
        ("status", x.status),
        ("reason", x.reason),
        ("response", x.response),
        ("decision_area", opt(x.decision_area_id)),
        ("merged_into", opt(x.merged_into)),
        ("conflict_note", x.conflict_note),
    ]);
    apply_response(&state, &ctx, &l.access, &l.initiative, &l.idea, &form).await?.map_err(AppError::Invalid)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// planned, in_progress, done or dropped
    pub status: String,
    pub percent: i64,
    pub idea_ids: Vec<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct UpdateOut {
    pub commitment_id: i64,
    pub status: String,
    pub percent: i64,
    pub body: String,
    pub happened_on: String,
}

#[derive(Serialize, ToSchema)]
pub struct AccountabilityOut {
    pub commitments: Vec<CommitmentOut>,
    /// Newest first.
    pub timeline: Vec<UpdateOut>,
}

/// "You said, we did": commitments and their progress.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/commitments", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = AccountabilityOut)))]
pub async fn list_commitments(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<AccountabilityOut>> {
    let (_, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    let commitments = accountability::list(&state.db, i.id).await?;
    let timeline = accountability::timeline(&state.db, i.id, 200).await?;
    Ok(Json(AccountabilityOut {
        commitments: commitments
            .into_iter()
            .map(|c| CommitmentOut {
                id: c.id,
                title: c.title,
                description: c.description,
                status: c.status.key().to_owned(),
                percent: c.percent,
                idea_ids: c.idea_ids,
            })
            .collect(),
        timeline: timeline
            .into_iter()
            .map(|u| UpdateOut {
                commitment_id: u.commitment_id,
                status: u.status.key().to_owned(),
                percent: u.percent,
                body: u.body,
                happened_on: tandem_domain::time::iso_date(u.happened_on),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CommitmentIn {
    pub title: String,
    pub description: String,
    /// The ideas this commitment answers.
    pub idea_ids: Vec<i64>,
}

/// Creates a commitment answering ideas (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/commitments", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = CommitmentIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_commitment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<CommitmentIn>,
) -> AppResult<Response> {
    let (access, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    access.require_facilitator(&ctx)?;
    let d = tandem_domain::accountability::CommitmentDraft::parse(&x.title, &x.description)?;
    match accountability::create(&state.db, i.id, &d, None, &x.idea_ids, ctx.user_id(), ctx.now).await {
        Ok(id) => Ok((StatusCode::CREATED, Json(Created { id })).into_response()),
        Err(tandem_store::StoreError::NotFound) => Err(AppError::Invalid(tandem_domain::Invalid::one(
            tandem_domain::FieldError::new("idea_ids", "error-choice-invalid"),
        ))),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProgressIn {
    pub status: String,
    pub percent: i64,
    pub body: String,
    /// YYYY-MM-DD
    pub happened_on: String,
}

/// Records progress on a commitment; followers of the ideas it answers are notified.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/commitments/{id}/progress", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = ProgressIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<ProgressIn>,
) -> AppResult<StatusCode> {
    let (access, i) = Access::load_initiative(&state, &ctx, &c, &i).await?;
    access.require_facilitator(&ctx)?;
    let form = pairs(&[
        ("status", x.status),
        ("percent", x.percent.to_string()),
        ("body", x.body),
        ("happened_on", x.happened_on),
    ]);
    record_progress(&state, &ctx, &access, &i, id, &form).await?.map_err(AppError::Invalid)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct NotificationOut {
    pub id: i64,
    /// idea_status, commitment_progress or reply
    pub kind: String,
    pub message: String,
    pub link: Option<String>,
    pub read: bool,
    pub created_at: String,
}

/// Your notifications, newest first.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "account",
    responses((status = 200, body = Vec<NotificationOut>), (status = 401, body = ErrorBody)), security(("token" = []), ()))]
pub async fn my_notifications(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<Vec<NotificationOut>>> {
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let list = notifications::list(&state.db, user.id, 200).await?;
    Ok(Json(
        list.into_iter()
            .map(|n| NotificationOut {
                id: n.id,
                kind: n.kind.key().to_owned(),
                message: ctx.ta(&format!("notification-{}", n.kind.key()), &[("title", n.detail.as_str().into())]),
                link: n.initiative_path.as_ref().map(|p| match n.idea_id {
                    Some(idea) => format!("{p}/ideas/{idea}"),
                    None => format!("{p}/accountability"),
                }),
                read: n.read_at.is_some(),
                created_at: n.created_at.rfc3339(),
            })
            .collect(),
    ))
}

/// Marks all your notifications read.
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "account",
    responses((status = 204), (status = 401, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn read_all(State(state): State<AppState>, ctx: Ctx) -> AppResult<StatusCode> {
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    notifications::mark_all_read(&state.db, user.id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
