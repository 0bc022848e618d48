//! Initiatives through the API: listing, creating and editing them, their strategic
//! triangle (outcomes, capacity, stances) and opening participation
//! (mirrors `pages/initiative.rs`).

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
    routing::{get, post, put},
};
use serde::Deserialize;
use tandem_domain::{health::Finding, initiative::BaseAssessment as DomainBase};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, community,
    initiatives::{self, CapacityInput, CapacityItem, Initiative, InitiativeInput, OutcomeInput, StanceInput},
    paging, surveys,
};
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{self, ErrorBody},
    paged,
};
use crate::{access, context::Ctx, error::AppResult, labels::group_name, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/communities/{community}/initiatives", get(list_initiatives).post(create_initiative))
        .route(&at(""), get(get_initiative).patch(update_initiative))
        .route(&at("/outcomes"), post(add_outcome))
        .route(&at("/outcomes/{id}"), put(update_outcome).delete(delete_outcome))
        .route(&at("/capacity"), post(add_capacity))
        .route(&at("/capacity/{id}"), put(update_capacity).delete(delete_capacity))
        .route(&at("/support/{group}"), put(set_stance))
        .route(&at("/participation"), put(participation))
        .route(&at("/publish"), post(publish))
}

type Slugs = Path<(String, String)>;
type SlugsId = Path<(String, String, i64)>;

/// One initiative as listed.
pub(crate) fn summary(access: &Access, i: &Initiative, schools: &[community::School]) -> dto::InitiativeSummary {
    dto::InitiativeSummary {
        slug: i.slug.clone(),
        title: i.title.clone(),
        summary: i.summary.clone(),
        school: i.school_id.and_then(|id| schools.iter().find(|s| s.id == id)).map(|s| s.slug.clone()),
        visibility: i.visibility.key().to_owned(),
        published: i.published_at.is_some(),
        updated_at: i.updated_at.rfc3339(),
        url: format!("/c/{}/i/{}", access.community.slug, i.slug),
    }
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct ListParams {
    /// Only initiatives of this school (slug).
    school: String,
    /// The cursor from the previous page's `Link: <…>; rel="next"` header; blank for the first page.
    after: String,
    /// Initiatives per page, 1 to 500 (default 100).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
}

/// Initiatives of a community that you may read, most recently updated first, a page at a time.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ListParams),
    responses((status = 200, body = Vec<dto::InitiativeSummary>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Initiatives on every page together")
    )), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list_initiatives(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<ListParams>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let limit = paging::limit(params.limit, 100)?;
    let schools = community::schools(&state.svc, &access).await?;
    let page = initiatives::page(&state.svc, &access, Some(params.school.as_str()), &params.after, limit).await?;
    let page = page.map(|i| summary(&access, &i, &schools));
    let address = format!(
        "/api/v1/communities/{}/initiatives?school={}",
        access.community.slug,
        crate::html::encode_query(&params.school)
    );
    Ok(paged(page, &address, limit))
}

fn base_dto(ctx: &Ctx, b: &DomainBase, findings: &[Finding]) -> dto::BaseAssessment {
    let own = b.reasons.iter().map(|r| dto::Reason { code: (*r).to_owned(), message: ctx.t(r) });
    let found = findings.iter().filter(|f| f.check.base() == b.base).map(|f| dto::Reason {
        code: format!("health-{}", f.check.key()),
        message: ctx.ta(&format!("health-{}", f.check.key()), &[("count", Arg::Num(f.count))]),
    });
    dto::BaseAssessment { state: b.state.key().to_owned(), reasons: own.chain(found).collect() }
}

fn capacity_dto(c: &CapacityItem) -> dto::CapacityItem {
    dto::CapacityItem {
        id: c.id,
        kind: c.kind.key().to_owned(),
        title: c.title.clone(),
        owner: c.owner.clone(),
        status: c.status.key().to_owned(),
        evidence: c.evidence.clone(),
    }
}

fn outcome_dto(o: &initiatives::Outcome, measured: &[surveys::Measured]) -> dto::Outcome {
    dto::Outcome {
        id: o.id,
        description: o.description.clone(),
        measure: o.measure.clone(),
        target: o.target.clone(),
        measured: measured.iter().find(|m| m.outcome_id == o.id).map(|m| dto::OutcomeMeasure {
            survey_id: m.survey.id,
            scale: m.scale.clone(),
            mean: m.estimate.map(|e| e.mean),
            low: m.estimate.map(|e| e.low),
            high: m.estimate.map(|e| e.high),
            change: m.change.map(|c| c.difference),
        }),
    }
}

async fn detail(state: &AppState, ctx: &Ctx, access: &Access, i: &Initiative) -> AppResult<dto::InitiativeDetail> {
    let schools = community::schools(&state.svc, access).await?;
    let tandem_service::health::Evaluated { triangle: view, health } =
        tandem_service::health::evaluate(&state.svc, i, ctx.now).await?;
    let measured = surveys::measured(&state.svc, access, i.id).await?;
    let groups = &view.groups;
    let a = &view.assessment;
    Ok(dto::InitiativeDetail {
        summary: summary(access, i, &schools),
        value_statement: i.value_statement.clone(),
        triangle: dto::Triangle {
            public_value: base_dto(ctx, &a.public_value, &health.findings),
            capacity: base_dto(ctx, &a.capacity, &health.findings),
            legitimacy: base_dto(ctx, &a.legitimacy, &health.findings),
            rounds_the_bases: a.rounds_the_bases(),
        },
        outcomes: view.outcomes.iter().map(|o| outcome_dto(o, &measured)).collect(),
        capacity: view.capacity.iter().map(capacity_dto).collect(),
        support: view
            .stances
            .iter()
            .map(|s| dto::Stance {
                group_id: s.group_id,
                group: groups.iter().find(|g| g.id == s.group_id).map(|g| group_name(ctx, g)).unwrap_or_default(),
                stance: s.stance.key().to_owned(),
                note: s.note.clone(),
                updated_at: s.updated_at.rfc3339(),
            })
            .collect(),
    })
}

/// An initiative with its strategic triangle.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug")),
    responses((status = 200, body = dto::InitiativeDetail), (status = 404, body = ErrorBody)))]
pub async fn get_initiative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Slugs,
) -> AppResult<Json<dto::InitiativeDetail>> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    Ok(Json(detail(&state, &ctx, &access, &i).await?))
}

/// Creates an initiative with the default phases (facilitators and admins).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug")),
    request_body = dto::InitiativeInput,
    responses((status = 201, body = dto::InitiativeDetail), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn create_initiative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(x): ApiJson<dto::InitiativeInput>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = InitiativeInput {
        title: Some(x.title),
        summary: Some(x.summary),
        school: Some(x.school),
        visibility: x.visibility,
        value_statement: Some(x.value_statement),
    };
    let i = initiatives::create(&state.svc, &access, &input, ctx.now).await?;
    Ok(created(detail(&state, &ctx, &access, &i).await?))
}

/// Changes an initiative; fields left out keep their value.
#[utoipa::path(patch, path = "/api/v1/communities/{community}/initiatives/{initiative}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug")),
    request_body = dto::InitiativePatch,
    responses((status = 200, body = dto::InitiativeDetail), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn update_initiative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Slugs,
    ApiJson(x): ApiJson<dto::InitiativePatch>,
) -> AppResult<Json<dto::InitiativeDetail>> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = InitiativeInput {
        title: x.title,
        summary: x.summary,
        school: x.school,
        visibility: x.visibility,
        value_statement: x.value_statement,
    };
    let i = initiatives::update(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(Json(detail(&state, &ctx, &access, &i).await?))
}

fn outcome_input(x: dto::OutcomeInput) -> OutcomeInput {
    OutcomeInput { description: x.description, measure: x.measure, target: x.target }
}

/// Adds a measurable outcome to the public value proposition.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/outcomes", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug")),
    request_body = dto::OutcomeInput,
    responses((status = 201, body = dto::Outcome), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn add_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Slugs,
    ApiJson(x): ApiJson<dto::OutcomeInput>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let o = initiatives::add_outcome(&state.svc, &access, &i, &outcome_input(x), ctx.now).await?;
    Ok(created(outcome_dto(&o, &[])))
}

/// Replaces an outcome.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/outcomes/{id}", tag = "initiatives",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path, description = "Outcome id")),
    request_body = dto::OutcomeInput,
    responses((status = 200, body = dto::Outcome), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn update_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): SlugsId,
    ApiJson(x): ApiJson<dto::OutcomeInput>,
) -> AppResult<Json<dto::Outcome>> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let o = initiatives::update_outcome(&state.svc, &access, &i, id, &outcome_input(x), ctx.now).await?;
    Ok(Json(outcome_dto(&o, &[])))
}

/// Removes an outcome.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/outcomes/{id}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("id" = i64, Path, description = "Outcome id")),
    responses((status = 204), (status = 404, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn delete_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): SlugsId,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    initiatives::delete_outcome(&state.svc, &access, &i, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn capacity_input(x: dto::CapacityInput) -> CapacityInput {
    CapacityInput { kind: x.kind, title: x.title, owner: x.owner, status: x.status, evidence: x.evidence }
}

/// Adds an item of organizational capacity (people, systems, money).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/capacity", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug")),
    request_body = dto::CapacityInput,
    responses((status = 201, body = dto::CapacityItem), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn add_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Slugs,
    ApiJson(x): ApiJson<dto::CapacityInput>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let item = initiatives::add_capacity(&state.svc, &access, &i, &capacity_input(x), ctx.now).await?;
    Ok(created(capacity_dto(&item)))
}

/// Replaces an item of organizational capacity.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/capacity/{id}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("id" = i64, Path, description = "Capacity item id")),
    request_body = dto::CapacityInput,
    responses((status = 200, body = dto::CapacityItem), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn update_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): SlugsId,
    ApiJson(x): ApiJson<dto::CapacityInput>,
) -> AppResult<Json<dto::CapacityItem>> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let item = initiatives::update_capacity(&state.svc, &access, &i, id, &capacity_input(x), ctx.now).await?;
    Ok(Json(capacity_dto(&item)))
}

/// Removes an item of organizational capacity.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/capacity/{id}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("id" = i64, Path, description = "Capacity item id")),
    responses((status = 204), (status = 404, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn delete_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): SlugsId,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    initiatives::delete_capacity(&state.svc, &access, &i, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Records where a stakeholder group stands on the initiative (legitimacy & support).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/support/{group}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("group" = i64, Path, description = "Stakeholder group id")),
    request_body = dto::StanceInput,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn set_stance(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, group_id)): SlugsId,
    ApiJson(x): ApiJson<dto::StanceInput>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let row = StanceInput { group_id, stance: x.stance.unwrap_or_default(), note: x.note };
    initiatives::set_stances(&state.svc, &access, &i, &[row], ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Publishes a draft initiative: members (or everyone, if it is public) can
/// read it from now on. 409 when it is already published.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/publish", tag = "initiatives",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = dto::InitiativeSummary), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
) -> AppResult<Json<dto::InitiativeSummary>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let published = initiatives::publish(&state.svc, &access, &i, ctx.now).await?;
    let schools = community::schools(&state.svc, &access).await?;
    Ok(Json(summary(&access, &published, &schools)))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ParticipationIn {
    pub open: bool,
}

/// Opens or closes participation. Opening fails with 409 until the charter is published.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/participation", tag = "charter",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = ParticipationIn,
    responses((status = 204), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn participation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
    ApiJson(x): ApiJson<ParticipationIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    initiatives::set_participation(&state.svc, &access, &i, x.open, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
