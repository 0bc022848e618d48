//! The guiding-questions worksheet through the API (members only; mirrors
//! `pages/worksheet.rs`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::worksheet::QUESTIONS;
use tandem_service::worksheet;
use utoipa::ToSchema;

use super::{ApiJson, at, dto::ErrorBody};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route(&at("/worksheet"), get(get_worksheet)).route(&at("/worksheet/{question}"), put(answer_question))
}

type Slugs = Path<(String, String)>;

#[derive(Serialize, ToSchema)]
pub struct AnswerOut {
    pub answer: String,
    pub answered_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionOut {
    pub question: u8,
    pub text: String,
    /// Newest first; the first is the current answer.
    pub answers: Vec<AnswerOut>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AnswerIn {
    pub answer: String,
}

/// The six guiding questions with their answers (members only).
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/worksheet", tag = "guiding questions",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = Vec<QuestionOut>), (status = 403, body = ErrorBody)), security(("token" = []), ()))]
pub async fn get_worksheet(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
) -> AppResult<Json<Vec<QuestionOut>>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let history = worksheet::history(&state.svc, &access, &i).await?;
    Ok(Json(
        (1..=QUESTIONS)
            .map(|q| QuestionOut {
                question: q,
                text: ctx.t(&format!("worksheet-q{q}")),
                answers: history
                    .iter()
                    .filter(|a| a.question == q)
                    .map(|a| AnswerOut { answer: a.answer.clone(), answered_at: a.answered_at.rfc3339() })
                    .collect(),
            })
            .collect(),
    ))
}

/// Answers (or revises the answer to) one guiding question; earlier answers are kept.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/worksheet/{question}", tag = "guiding questions",
    params(("community" = String, Path), ("initiative" = String, Path), ("question" = u8, Path)), request_body = AnswerIn,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn answer_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, question)): Path<(String, String, String)>,
    ApiJson(a): ApiJson<AnswerIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    worksheet::answer(&state.svc, &access, &i, &question, &a.answer, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
