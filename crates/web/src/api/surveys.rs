//! Surveys through the API: drafting (questions, scales, links to
//! outcomes), opening, inviting, printed links, reminders, paper forms,
//! closing and publishing, moderating written answers, results with scales
//! and waves, the exports, and answering with an invitation's token
//! (mirrors `pages/surveys.rs`).

use std::collections::BTreeMap;

use axum::{
    Json, Router,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::surveys::{Condition, QuestionInput, RawAnswers};
use tandem_service::surveys::{self, Audience, Estimate, Question, QuestionResult, StoredScale, Survey};
use utoipa::ToSchema;

use super::{
    ApiJson, created,
    dto::{Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/communities/{community}/surveys", get(list_surveys).post(create_survey))
        .route("/api/v1/communities/{community}/surveys/{id}", get(get_survey))
        .route("/api/v1/communities/{community}/surveys/{id}/questions", post(add_question))
        .route("/api/v1/communities/{community}/surveys/{id}/scales", post(add_scale))
        .route("/api/v1/communities/{community}/surveys/{id}/scales/{position}/outcome", put(link_outcome))
        .route("/api/v1/communities/{community}/surveys/{id}/open", post(open_survey))
        .route("/api/v1/communities/{community}/surveys/{id}/close", post(close_survey))
        .route("/api/v1/communities/{community}/surveys/{id}/publish", post(publish_survey))
        .route("/api/v1/communities/{community}/surveys/{id}/invite", post(invite))
        .route("/api/v1/communities/{community}/surveys/{id}/links", post(blank_links))
        .route("/api/v1/communities/{community}/surveys/{id}/remind", post(remind))
        .route("/api/v1/communities/{community}/surveys/{id}/waves", post(new_wave))
        .route("/api/v1/communities/{community}/surveys/{id}/wave-label", put(name_wave))
        .route("/api/v1/communities/{community}/surveys/{id}/paper", post(enter_paper))
        .route("/api/v1/communities/{community}/surveys/{id}/results", get(get_results))
        .route("/api/v1/communities/{community}/surveys/{id}/texts/{response}/{question}", put(moderate_text))
        .route("/api/v1/communities/{community}/surveys/{id}/responses.csv", get(responses_csv))
        .route("/api/v1/communities/{community}/surveys/{id}/codebook.csv", get(codebook_csv))
        .route("/api/v1/communities/{community}/survey-invitations/{token}", get(get_invitation).post(respond))
}

#[derive(Serialize, ToSchema)]
pub struct SurveyOut {
    pub id: i64,
    pub initiative_id: Option<i64>,
    pub title: String,
    pub intro: String,
    /// anonymous, confidential or named
    pub mode: String,
    /// draft, open or closed
    pub status: String,
    /// The first survey of the series this one repeats.
    pub wave_of: Option<i64>,
    pub wave_label: String,
    pub published: bool,
}

fn survey_out(s: &Survey) -> SurveyOut {
    SurveyOut {
        id: s.id,
        initiative_id: s.initiative_id,
        title: s.title.clone(),
        intro: s.intro.clone(),
        mode: s.mode.key().to_owned(),
        status: s.status.key().to_owned(),
        wave_of: s.wave_of,
        wave_label: s.wave_label.clone(),
        published: s.published_at.is_some(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct SurveyConditionOut {
    /// The earlier question (from 0).
    pub question: usize,
    /// Its options (from 0), any of which shows this one.
    pub any_of: Vec<usize>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyQuestionOut {
    pub section: String,
    /// single, multiple, scale, rating, ranking, short_text, long_text or grid
    pub kind: String,
    pub prompt: String,
    pub options: Vec<String>,
    pub other: bool,
    /// agreement, frequency, quality, extent or confidence (scales and grids)
    pub labels: Option<String>,
    pub rows: Vec<String>,
    pub required: bool,
    pub show_if: Option<SurveyConditionOut>,
}

fn question_out(q: &Question) -> SurveyQuestionOut {
    SurveyQuestionOut {
        section: q.section.clone(),
        kind: q.kind.key().to_owned(),
        prompt: q.prompt.clone(),
        options: q.options.clone(),
        other: q.other,
        labels: q.labels.map(|l| l.key().to_owned()),
        rows: q.rows.clone(),
        required: q.required,
        show_if: q
            .show_if
            .as_ref()
            .map(|c: &Condition| SurveyConditionOut { question: c.question, any_of: c.any_of.clone() }),
    }
}

#[derive(Serialize, ToSchema)]
pub struct SurveyScaleOut {
    pub position: i64,
    pub name: String,
    /// Items as "3" (question 3) or "7.2" (row 2 of question 7), from 1.
    pub items: Vec<String>,
    pub reversed: Vec<String>,
    pub outcome_id: Option<i64>,
}

fn scale_out(s: &StoredScale) -> SurveyScaleOut {
    SurveyScaleOut {
        position: s.position,
        name: s.name.clone(),
        items: s.items.iter().map(|i| i.key()).collect(),
        reversed: s.items.iter().filter(|i| i.reverse).map(|i| i.key()).collect(),
        outcome_id: s.outcome_id,
    }
}

#[derive(Serialize, ToSchema)]
pub struct SurveyDetailOut {
    pub survey: SurveyOut,
    pub questions: Vec<SurveyQuestionOut>,
    pub scales: Vec<SurveyScaleOut>,
}

/// The community's surveys (drafts for organisers only).
#[utoipa::path(get, path = "/api/v1/communities/{community}/surveys", tag = "surveys",
    params(("community" = String, Path)),
    responses((status = 200, body = Vec<SurveyOut>), (status = 404, body = ErrorBody)))]
pub async fn list_surveys(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<SurveyOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let all = surveys::list(&state.svc, &access, None).await?;
    Ok(Json(all.iter().map(survey_out).collect()))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyIn {
    /// The initiative it evaluates (none: the whole community).
    pub initiative_id: Option<i64>,
    /// four-cs-families, four-cs-staff, session-feedback or did-we-do-what-we-said; empty for a blank survey.
    pub template: String,
    /// The template's language: en or es.
    pub language: String,
    pub title: String,
    pub intro: String,
    /// anonymous, confidential or named (a template sets its own)
    pub mode: String,
}

/// Starts a survey in draft, blank or from a template (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys", tag = "surveys",
    params(("community" = String, Path)), request_body = SurveyIn,
    responses((status = 201, body = Created), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(x): ApiJson<SurveyIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let id = match x.template.trim() {
        "" => surveys::create(&state.svc, &access, x.initiative_id, (&x.title, &x.intro, &x.mode), ctx.now).await?,
        key => surveys::from_template(&state.svc, &access, x.initiative_id, key, &x.language, ctx.now).await?,
    };
    Ok(created(Created { id }))
}

/// A survey with its questions and scales.
#[utoipa::path(get, path = "/api/v1/communities/{community}/surveys/{id}", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = SurveyDetailOut), (status = 404, body = ErrorBody)))]
pub async fn get_survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<SurveyDetailOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let (s, questions, scales) = surveys::get(&state.svc, &access, id).await?;
    Ok(Json(SurveyDetailOut {
        survey: survey_out(&s),
        questions: questions.iter().map(question_out).collect(),
        scales: scales.iter().map(scale_out).collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyQuestionIn {
    /// A heading starting a new section here.
    pub section: String,
    /// single, multiple, scale, rating, ranking, short_text, long_text or grid
    pub kind: String,
    pub prompt: String,
    /// Choices, one per line.
    pub options: String,
    /// Offer "other" with a text (single and multiple choice).
    pub other: bool,
    /// agreement, frequency, quality, extent or confidence (scales and grids)
    pub labels: String,
    /// A grid's items, one per line.
    pub rows: String,
    pub required: bool,
    /// "2: 1, 3": shown only when question 2 got option 1 or 3 (from 1).
    pub show_if: String,
}

/// Adds a question at the end of a draft (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/questions", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SurveyQuestionIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SurveyQuestionIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = QuestionInput {
        section: x.section,
        kind: x.kind,
        prompt: x.prompt,
        options: x.options,
        other: x.other,
        labels: x.labels,
        rows: x.rows,
        required: x.required,
        show_if: x.show_if,
    };
    surveys::add_question(&state.svc, &access, id, &input, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyScaleIn {
    pub name: String,
    /// Items as "3" (question 3) or "7.2" (row 2 of question 7), from 1: five-point items only.
    pub items: Vec<String>,
    /// Those of the items reverse-coded.
    pub reversed: Vec<String>,
    /// One of the initiative's outcomes it measures.
    pub outcome_id: Option<i64>,
}

/// Combines items into a scale, optionally measuring an outcome (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/scales", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SurveyScaleIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_scale(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SurveyScaleIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::add_scale(&state.svc, &access, id, (&x.name, &x.items, &x.reversed), x.outcome_id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyOutcomeIn {
    /// None unlinks it.
    pub outcome_id: Option<i64>,
}

/// Links a scale to one of the initiative's outcomes, or unlinks it (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/surveys/{id}/scales/{position}/outcome", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path), ("position" = i64, Path)), request_body = SurveyOutcomeIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn link_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, position)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<SurveyOutcomeIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::link_outcome(&state.svc, &access, id, position, x.outcome_id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Opens a draft with at least one question (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/open", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn open_survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::open(&state.svc, &access, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Closes an open survey (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/close", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn close_survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::close(&state.svc, &access, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Publishes a closed survey's results (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/publish", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn publish_survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::publish(&state.svc, &access, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyAudienceIn {
    /// Stakeholder groups (keys).
    pub groups: Vec<String>,
    pub school_ids: Vec<i64>,
    /// A council or other body: its members today.
    pub body_id: Option<i64>,
    /// An event: the people registered for it.
    pub event_id: Option<i64>,
    /// One meeting (a council's, or an event's session): the people registered for it.
    pub meeting_id: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyLinkOut {
    /// The invitee's name; none for a blank link.
    pub name: Option<String>,
    /// Their one-time link, shown only now.
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyInvitedOut {
    /// Sent their link by email.
    pub emailed: usize,
    /// Links of those without an email address, to print and hand out.
    pub links: Vec<SurveyLinkOut>,
}

/// Puts an audience on the roll: emails their links, returns the others' to print (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/invite", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SurveyAudienceIn,
    responses((status = 200, body = SurveyInvitedOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SurveyAudienceIn>,
) -> AppResult<Json<SurveyInvitedOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let audience =
        Audience { groups: x.groups, schools: x.school_ids, body: x.body_id, event: x.event_id, meeting: x.meeting_id };
    let invited = surveys::invite(&state.svc, &access, id, &audience, ctx.now).await?;
    let site = state.svc.base_url();
    Ok(Json(SurveyInvitedOut {
        emailed: invited.emailed,
        links: invited
            .links
            .into_iter()
            .map(|(name, token)| SurveyLinkOut {
                name: Some(name),
                url: format!("{site}{}", surveys::link_path(&access, &token)),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyLinksIn {
    /// The stakeholder group (key) they count for, if any.
    pub group: String,
    pub school_id: Option<i64>,
    /// How many, 1 to 500.
    pub count: String,
}

/// Blank one-time links to print for people who are not members (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/links", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SurveyLinksIn,
    responses((status = 200, body = Vec<SurveyLinkOut>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn blank_links(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SurveyLinksIn>,
) -> AppResult<Json<Vec<SurveyLinkOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let tokens = surveys::blank_links(&state.svc, &access, id, (&x.group, x.school_id, &x.count), ctx.now).await?;
    let site = state.svc.base_url();
    Ok(Json(
        tokens
            .into_iter()
            .map(|t| SurveyLinkOut { name: None, url: format!("{site}{}", surveys::link_path(&access, &t)) })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct SurveyRemindedOut {
    pub reminded: usize,
}

/// Reminds, with a fresh link, everyone invited by email who has not answered (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/remind", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = SurveyRemindedOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn remind(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<SurveyRemindedOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let reminded = surveys::remind(&state.svc, &access, id, ctx.now).await?;
    Ok(Json(SurveyRemindedOut { reminded }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyWaveIn {
    /// "End of year", "Spring 2027"…
    pub wave_label: String,
}

/// Repeats a survey as the next wave of its series: a new draft (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/waves", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SurveyWaveIn,
    responses((status = 201, body = Created), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn new_wave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SurveyWaveIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let wave = surveys::new_wave(&state.svc, &access, id, &x.wave_label, ctx.now).await?;
    Ok(created(Created { id: wave }))
}

/// Names a survey's wave ("Start of year"), or renames it (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/surveys/{id}/wave-label", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SurveyWaveIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn name_wave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SurveyWaveIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::name_wave(&state.svc, &access, id, &x.wave_label, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyAnswersIn {
    /// Fields as the form names them: "q0" (one or more values), "q0_other",
    /// "q2_r1" (a grid's row), "q3_rank_0" (an option's rank).
    pub answers: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyPaperIn {
    /// Where the form came from, for the audit log.
    pub note: String,
    /// The stakeholder group (key) it counts for, if known.
    pub group: String,
    pub school_id: Option<i64>,
    pub answers: BTreeMap<String, Vec<String>>,
}

/// Enters a paper form, with a note for the audit log (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/surveys/{id}/paper", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SurveyPaperIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn enter_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SurveyPaperIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let raw: RawAnswers = x.answers;
    surveys::enter_paper(&state.svc, &access, id, (&x.group, x.school_id, &x.note), &raw, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct SurveyEstimateOut {
    pub n: u32,
    pub mean: f64,
    /// The 95 % interval.
    pub low: f64,
    pub high: f64,
}

fn estimate_out(e: &Estimate) -> SurveyEstimateOut {
    SurveyEstimateOut { n: e.n, mean: e.mean, low: e.low, high: e.high }
}

#[derive(Serialize, ToSchema)]
pub struct SurveyPartOut {
    /// The stakeholder group's key or the school's name; none for people without one.
    pub part: Option<String>,
    pub estimate: SurveyEstimateOut,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyTextOut {
    pub response_id: String,
    pub text: String,
    /// Organisers: whether it is published (none: not moderated yet).
    pub published: Option<bool>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyQuestionResultOut {
    /// points, grid, counts, texts or suppressed
    pub kind: String,
    /// points: how many chose each point (ratings from 0); counts: each option.
    pub counts: Vec<u32>,
    pub mean: Option<SurveyEstimateOut>,
    pub by_group: Vec<SurveyPartOut>,
    pub by_school: Vec<SurveyPartOut>,
    /// grid: each row's mean.
    pub rows: Vec<Option<SurveyEstimateOut>>,
    pub texts: Vec<SurveyTextOut>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyChangeOut {
    /// The wave compared with.
    pub previous_survey_id: i64,
    pub previous: SurveyEstimateOut,
    /// This wave's mean minus the previous one's, with its 95 % interval.
    pub difference: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyScaleResultOut {
    pub position: i64,
    pub name: String,
    pub items: usize,
    pub outcome_id: Option<i64>,
    /// None when too few have a score.
    pub score: Option<SurveyEstimateOut>,
    /// Cronbach's alpha.
    pub alpha: Option<f64>,
    pub change: Option<SurveyChangeOut>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyCountOut {
    pub part: Option<String>,
    /// None when suppressed.
    pub count: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyRateOut {
    pub group: Option<String>,
    pub invited: i64,
    pub answered: i64,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyResultsOut {
    pub survey: SurveyOut,
    /// Respondents in all, none when too few to show.
    pub respondents: Option<i64>,
    pub invited: i64,
    pub by_group: Vec<SurveyCountOut>,
    pub by_school: Vec<SurveyCountOut>,
    /// Organisers only.
    pub rates: Vec<SurveyRateOut>,
    pub scales: Vec<SurveyScaleResultOut>,
    pub questions: Vec<SurveyQuestionResultOut>,
}

fn shown(c: tandem_domain::privacy::Cell) -> Option<i64> {
    match c {
        tandem_domain::privacy::Cell::Shown(n) => Some(n),
        _ => None,
    }
}

/// Results: organisers any time, everyone else once published; small numbers suppressed.
#[utoipa::path(get, path = "/api/v1/communities/{community}/surveys/{id}/results", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = SurveyResultsOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn get_results(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<SurveyResultsOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let r = surveys::results(&state.svc, &access, id).await?;
    let parts = |v: &[(Option<String>, Estimate)]| -> Vec<SurveyPartOut> {
        v.iter().map(|(k, e)| SurveyPartOut { part: k.clone(), estimate: estimate_out(e) }).collect()
    };
    let questions = r
        .results
        .iter()
        .map(|res| {
            let mut out = SurveyQuestionResultOut {
                kind: "suppressed".into(),
                counts: Vec::new(),
                mean: None,
                by_group: Vec::new(),
                by_school: Vec::new(),
                rows: Vec::new(),
                texts: Vec::new(),
            };
            match res {
                QuestionResult::Points { overall, by_group, by_school } => {
                    out.kind = "points".into();
                    out.counts = overall.counts.clone();
                    out.mean = overall.estimate.as_ref().map(estimate_out);
                    out.by_group = parts(by_group);
                    out.by_school = parts(by_school);
                }
                QuestionResult::Grid(rows) => {
                    out.kind = "grid".into();
                    out.rows = rows.iter().map(|d| d.estimate.as_ref().map(estimate_out)).collect();
                }
                QuestionResult::Counts(c) => {
                    out.kind = "counts".into();
                    out.counts = c.clone();
                }
                QuestionResult::Texts(t) => {
                    out.kind = "texts".into();
                    out.texts = t
                        .iter()
                        .map(|a| SurveyTextOut {
                            response_id: a.response_id.clone(),
                            text: a.text.clone(),
                            published: a.published,
                        })
                        .collect();
                }
                QuestionResult::Suppressed => {}
            }
            out
        })
        .collect();
    Ok(Json(SurveyResultsOut {
        survey: survey_out(&r.survey),
        respondents: shown(r.total),
        invited: r.invited,
        by_group: r.respondents.iter().map(|(k, c)| SurveyCountOut { part: k.clone(), count: shown(*c) }).collect(),
        by_school: r.schools.iter().map(|(k, c)| SurveyCountOut { part: k.clone(), count: shown(*c) }).collect(),
        rates: r
            .rates
            .iter()
            .map(|(g, invited, answered)| SurveyRateOut { group: g.clone(), invited: *invited, answered: *answered })
            .collect(),
        scales: r
            .scales
            .iter()
            .map(|s| SurveyScaleResultOut {
                position: s.position,
                name: s.name.clone(),
                items: s.items,
                outcome_id: s.outcome.as_ref().map(|o| o.0),
                score: s.estimate.as_ref().map(estimate_out),
                alpha: s.alpha,
                change: s.previous.as_ref().map(|(w, e, c)| SurveyChangeOut {
                    previous_survey_id: w.id,
                    previous: estimate_out(e),
                    difference: c.map(|c| c.difference),
                    low: c.map(|c| c.low),
                    high: c.map(|c| c.high),
                }),
            })
            .collect(),
        questions,
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SurveyModerationIn {
    pub published: bool,
}

/// Publishes or withholds one written answer (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/surveys/{id}/texts/{response}/{question}", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path), ("response" = String, Path), ("question" = usize, Path)), request_body = SurveyModerationIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn moderate_text(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, response, question)): Path<(String, i64, String, usize)>,
    ApiJson(x): ApiJson<SurveyModerationIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::moderate(&state.svc, &access, id, &response, question, x.published, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The responses as CSV: no identities for anonymous surveys, every cell formula-safe (facilitators).
#[utoipa::path(get, path = "/api/v1/communities/{community}/surveys/{id}/responses.csv", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("token" = [])))]
pub async fn responses_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let text = surveys::responses_csv(&state.svc, &access, id).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}

/// The codebook: each column of the responses CSV and what its values mean (facilitators).
#[utoipa::path(get, path = "/api/v1/communities/{community}/surveys/{id}/codebook.csv", tag = "surveys",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("token" = [])))]
pub async fn codebook_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let text = surveys::codebook_csv(&state.svc, &access, id, &|k: &str| ctx.t(k)).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct SurveyInvitationOut {
    pub survey: SurveyOut,
    /// How answers are kept, in the reader's language: to show before they start.
    pub mode_explained: String,
    pub questions: Vec<SurveyQuestionOut>,
    pub answered: bool,
}

/// The survey behind an invitation's token, with how answers are kept.
#[utoipa::path(get, path = "/api/v1/communities/{community}/survey-invitations/{token}", tag = "surveys",
    params(("community" = String, Path), ("token" = String, Path)),
    responses((status = 200, body = SurveyInvitationOut), (status = 404, body = ErrorBody)))]
pub async fn get_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, token)): Path<(String, String)>,
) -> AppResult<Json<SurveyInvitationOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let inv = surveys::invitation(&state.svc, &access, &token).await?;
    Ok(Json(SurveyInvitationOut {
        mode_explained: ctx.t(&format!("survey-mode-{}", inv.survey.mode.key())),
        survey: survey_out(&inv.survey),
        questions: inv.questions.iter().map(question_out).collect(),
        answered: inv.answered,
    }))
}

/// Answers with an invitation's token, once.
#[utoipa::path(post, path = "/api/v1/communities/{community}/survey-invitations/{token}", tag = "surveys",
    params(("community" = String, Path), ("token" = String, Path)), request_body = SurveyAnswersIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, token)): Path<(String, String)>,
    ApiJson(x): ApiJson<SurveyAnswersIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    surveys::respond(&state.svc, &access, &token, &x.answers).await?;
    Ok(StatusCode::NO_CONTENT)
}
