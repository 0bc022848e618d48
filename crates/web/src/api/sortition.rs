//! Chosen by lot through the API: selections, volunteering, quotas, the
//! published rounds and their draws (mirrors `pages/sortition.rs`).

use std::collections::BTreeMap;

use axum::{
    Json, Router,
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::privacy::Cell;
use tandem_domain::sortition::Quota;
use tandem_service::sortition::{self, SelectionInput};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody, hidden_why},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/selections"), get(list_selections).post(create_selection))
        .route(&at("/selections/{id}"), get(get_selection))
        .route(&at("/selections/{id}/volunteer"), put(volunteer).delete(withdraw))
        .route(&at("/selections/{id}/quotas"), put(set_quotas))
        .route(&at("/selections/{id}/quotas/proportional"), post(proportional_quotas))
        .route(&at("/selections/{id}/commit"), post(commit_round))
        .route(&at("/selections/{id}/draw"), post(draw_round))
        .route(&at("/selections/{id}/respond"), post(respond))
        .route(&at("/selections/{id}/replacements"), post(prepare_replacements))
        .route(&at("/selections/{id}/close"), post(close_selection))
        .route(&at("/selections/{id}/lottery/{round}"), get(lottery))
}

#[derive(Serialize, ToSchema)]
pub struct SelectionSummaryOut {
    pub id: i64,
    pub title: String,
    /// open, committed, drawn or closed
    pub status: String,
    pub seats: i64,
}

/// An initiative's selections by lot, newest first.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = Vec<SelectionSummaryOut>), (status = 404, body = ErrorBody)))]
pub async fn list_selections(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<Vec<SelectionSummaryOut>>> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let list = sortition::list(&state.svc, &i).await?;
    Ok(Json(
        list.into_iter()
            .map(|s| SelectionSummaryOut {
                id: s.id,
                title: s.title,
                status: s.status.key().to_owned(),
                seats: s.seats,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SelectionIn {
    pub title: String,
    pub purpose: String,
    /// 1 to 100
    pub seats: i64,
    /// Stratification questions: stakeholder_group, school, year_group, home_language, neighbourhood (and the sensitive ones where the community asks them).
    pub dimensions: Vec<String>,
}

/// Opens a selection for volunteers (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = SelectionIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_selection(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<SelectionIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input =
        SelectionInput { title: x.title, purpose: x.purpose, seats: x.seats.to_string(), dimensions: x.dimensions };
    let id = sortition::create(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Serialize, ToSchema)]
pub struct SelectionGroupOut {
    pub group: String,
    pub min: i64,
    pub max: i64,
    /// The community's count from its baseline, where there is one.
    pub baseline: Option<i64>,
    /// Volunteers in the group; null when hidden (see `volunteers_hidden`).
    pub volunteers: Option<i64>,
    /// `small` or `hidden` when the count is not shown.
    pub volunteers_hidden: Option<String>,
    /// Mean chance of the group's volunteers (preview while open, else the first round's); null when hidden.
    pub chance: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct SelectionCategoryOut {
    pub dimension: String,
    pub groups: Vec<SelectionGroupOut>,
}

#[derive(Serialize, ToSchema)]
pub struct SelectionRoundOut {
    pub round: i64,
    pub seats: i64,
    /// SHA-256 of the secret, published before the draw.
    pub commitment: String,
    pub fingerprint: String,
    pub min_probability: Option<f64>,
    pub gini: Option<f64>,
    pub committed_at: String,
    pub drawn_at: Option<String>,
    /// Revealed at the draw.
    pub secret: Option<String>,
    pub entropy: Option<String>,
    /// The published lottery, for `tandem sortition verify`.
    pub lottery_url: String,
}

#[derive(Serialize, ToSchema)]
pub struct SelectionMemberOut {
    /// Null for a pupil, who is shown by role only.
    pub name: Option<String>,
    pub pupil: bool,
    /// A pupil's year group, where the selection asked it.
    pub year: Option<String>,
    /// selected (asked), accepted or declined
    pub status: String,
    pub round: i64,
}

#[derive(Serialize, ToSchema)]
pub struct MySelectionOut {
    /// pool, selected, accepted or declined
    pub status: String,
    /// Your number in the published lottery.
    pub number: Option<i64>,
    /// Your own answers (only you see them).
    pub answers: BTreeMap<String, String>,
}

#[derive(Serialize, ToSchema)]
pub struct SelectionOut {
    pub id: i64,
    pub title: String,
    pub purpose: String,
    pub status: String,
    pub seats: i64,
    pub volunteers: Option<i64>,
    pub volunteers_hidden: Option<String>,
    pub categories: Vec<SelectionCategoryOut>,
    pub rounds: Vec<SelectionRoundOut>,
    pub panel: Vec<SelectionMemberOut>,
    pub me: Option<MySelectionOut>,
    pub can_volunteer: bool,
    /// Seats whose person declined and is not replaced yet.
    pub to_replace: i64,
}

fn shown(c: Cell) -> Option<i64> {
    c.value()
}

/// A selection: quotas, volunteers and chances by group (small groups
/// hidden from readers who are not staff), the published rounds and draws,
/// the panel (pupils by role only) and your own part.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = SelectionOut), (status = 404, body = ErrorBody)))]
pub async fn get_selection(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<Json<SelectionOut>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let v = sortition::view(&state.svc, &access, &i, id).await?;
    let url = format!("/c/{}/i/{}/selections/{id}/lottery", access.community.slug, i.slug);
    let s = v.selection;
    Ok(Json(SelectionOut {
        id: s.id,
        title: s.title,
        purpose: s.purpose,
        status: s.status.key().to_owned(),
        seats: s.seats,
        volunteers: shown(v.volunteers),
        volunteers_hidden: hidden_why(v.volunteers),
        categories: v
            .categories
            .into_iter()
            .map(|c| SelectionCategoryOut {
                dimension: c.dimension.key().to_owned(),
                groups: c
                    .groups
                    .into_iter()
                    .map(|g| SelectionGroupOut {
                        group: g.group,
                        min: g.min,
                        max: g.max,
                        baseline: g.baseline,
                        volunteers: shown(g.volunteers),
                        volunteers_hidden: hidden_why(g.volunteers),
                        chance: g.chance,
                    })
                    .collect(),
            })
            .collect(),
        rounds: v
            .rounds
            .into_iter()
            .map(|r| {
                let published: serde_json::Value = serde_json::from_str(&r.lottery).unwrap_or_default();
                SelectionRoundOut {
                    round: r.round,
                    seats: r.seats,
                    commitment: r.commitment,
                    fingerprint: published["fingerprint"].as_str().unwrap_or_default().to_owned(),
                    min_probability: published["min_probability"].as_f64(),
                    gini: published["gini"].as_f64(),
                    committed_at: r.committed_at.rfc3339(),
                    drawn_at: r.drawn_at.map(|t| t.rfc3339()),
                    secret: r.secret,
                    entropy: r.entropy,
                    lottery_url: format!("{url}/{}", r.round),
                }
            })
            .collect(),
        panel: v
            .panel
            .into_iter()
            .map(|m| SelectionMemberOut {
                pupil: m.name.is_none(),
                name: m.name,
                year: m.year,
                status: m.status.key().to_owned(),
                round: m.round,
            })
            .collect(),
        me: v.me.map(|m| MySelectionOut { status: m.status.key().to_owned(), number: m.number, answers: m.answers }),
        can_volunteer: v.can_volunteer,
        to_replace: v.to_replace,
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct VolunteerIn {
    /// An answer for each declared question of the selection: a group offered, or "-" for prefer not to say.
    pub answers: BTreeMap<String, String>,
}

/// Volunteers (or changes one's answers) while volunteering is open.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/volunteer", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = VolunteerIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn volunteer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<VolunteerIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let answers: Vec<(String, String)> = x.answers.into_iter().collect();
    sortition::volunteer(&state.svc, &access, &i, id, &answers, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Leaves the pool while volunteering is open.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/volunteer", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    sortition::withdraw(&state.svc, &access, &i, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct QuotaIn {
    pub dimension: String,
    pub group: String,
    pub min: i64,
    pub max: i64,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct QuotasIn {
    /// One per group of every question ("-" is prefer not to say); groups left out keep 0 to the seats.
    pub quotas: Vec<QuotaIn>,
}

/// Sets the quotas (facilitators, while volunteering is open).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/quotas", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = QuotasIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_quotas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<QuotasIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let quotas: Vec<Quota> = x
        .quotas
        .into_iter()
        .map(|q| Quota { dimension: q.dimension, group: q.group, min: q.min, max: q.max })
        .collect();
    sortition::set_quotas_by_group(&state.svc, &access, &i, id, &quotas, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sets the quotas in proportion to the community's baselines (facilitators, while open).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/quotas/proportional", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn proportional_quotas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    sortition::proportional_quotas(&state.svc, &access, &i, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SecretIn {
    /// A phrase of at least 8 characters; only its SHA-256 is stored until the draw.
    pub secret: String,
}

/// Closes volunteering and publishes the first round's lottery with the hash of the secret (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/commit", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = SecretIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn commit_round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<SecretIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    sortition::commit(&state.svc, &access, &i, id, &x.secret, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DrawIn {
    /// The secret whose hash was published.
    pub secret: String,
    /// Dice rolled at the draw, as at least 4 digits.
    pub entropy: String,
}

#[derive(Serialize, ToSchema)]
pub struct DrawnOut {
    /// The volunteer numbers drawn.
    pub numbers: Vec<i64>,
}

/// Draws the published round from the revealed secret and the dice (facilitators); those drawn are asked.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/draw", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = DrawIn,
    responses((status = 200, body = DrawnOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn draw_round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<DrawIn>,
) -> AppResult<Json<DrawnOut>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let path = format!("/c/{}/i/{}/selections/{id}", access.community.slug, i.slug);
    let numbers = sortition::draw(&state.svc, &access, &i, id, &x.secret, &x.entropy, &path, ctx.now).await?;
    Ok(Json(DrawnOut { numbers }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct RespondIn {
    pub accept: bool,
}

/// Someone drawn accepts or declines their seat.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/respond", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = RespondIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<RespondIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    sortition::respond(&state.svc, &access, &i, id, x.accept, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Publishes a round for the seats of those who declined, with a new secret's hash (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/replacements", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = SecretIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn prepare_replacements(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<SecretIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    sortition::prepare_replacements(&state.svc, &access, &i, id, &x.secret, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Ends a selection after a draw: no more rounds (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/close", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn close_selection(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    sortition::close(&state.svc, &access, &i, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A round's published lottery (volunteer numbers, panels and chances, the
/// hash, and after the draw the secret, dice and numbers drawn): the file
/// `tandem sortition verify` reads.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/selections/{id}/lottery/{round}", tag = "sortition",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("round" = i64, Path)),
    responses((status = 200, content_type = "application/json", body = Object), (status = 404, body = ErrorBody)))]
pub async fn lottery(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, round)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let json = sortition::lottery_file(&state.svc, &i, id, round).await?;
    let mut response = json.into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(response)
}
