//! The JSON API under /api/v1, described by the OpenAPI document at
//! /api/v1/openapi.json. Reads follow the same visibility rules as pages;
//! writes need an API token (Authorization: Bearer) or a session cookie
//! together with the X-CSRF-Token header.

use axum::{
    Json, Router,
    extract::{FromRequest, Path, Query, Request, State},
    http::{HeaderMap, Method, StatusCode, header},
    middleware::{Next, from_fn},
    response::{IntoResponse, Response},
    routing::{delete, get, post, put},
};
use serde::{Deserialize, de::DeserializeOwned};
use tandem_domain::{
    FieldError, Invalid,
    community::Role,
    initiative::{
        BaseAssessment as DomainBase, Visibility,
        drafts::{self, CapacityDraft, InitiativeDraft, OutcomeDraft},
    },
    invitation, privacy,
    text::{self, Slug},
};
use tandem_store::{communities, initiatives, initiatives::Initiative, invitations};
use utoipa::{
    Modify, OpenApi,
    openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme},
};

use crate::{
    AppState,
    access::Access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::check_same_origin,
    html::field_message,
    pages::{
        admin::invitation_link,
        group_name,
        initiative::{capacity_fields_of, fields_of, school_from_slug},
    },
    security::{constant_time_eq, new_token, token_hash},
    triangle,
};

pub mod conversation;
pub mod decide;
pub mod dto;
pub mod ideas;
pub mod seed;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .route("/api/v1/me", get(me))
        .route("/api/v1/communities", get(list_communities))
        .route("/api/v1/communities/{community}", get(get_community))
        .route("/api/v1/communities/{community}/initiatives", get(list_initiatives).post(create_initiative))
        .route("/api/v1/communities/{community}/initiatives/{initiative}", get(get_initiative).patch(update_initiative))
        .route("/api/v1/communities/{community}/initiatives/{initiative}/outcomes", post(add_outcome))
        .route("/api/v1/communities/{community}/initiatives/{initiative}/outcomes/{id}", delete(delete_outcome))
        .route("/api/v1/communities/{community}/initiatives/{initiative}/capacity", post(add_capacity))
        .route(
            "/api/v1/communities/{community}/initiatives/{initiative}/capacity/{id}",
            put(update_capacity).delete(delete_capacity),
        )
        .route("/api/v1/communities/{community}/initiatives/{initiative}/support/{group}", put(set_stance))
        .route("/api/v1/communities/{community}/members", get(list_members))
        .route("/api/v1/communities/{community}/invitations", post(create_invitation))
        .route("/api/v1/communities/{community}/invitations/{id}", delete(revoke_invitation))
        .merge(seed::router())
        .merge(ideas::router())
        .merge(decide::router())
        .merge(conversation::router())
        .route_layer(from_fn(require_csrf_for_cookie_writes))
}

/// Cookie-authenticated writes must echo the CSRF token in a header; token
/// (Bearer) requests carry no cookies and need no such check.
async fn require_csrf_for_cookie_writes(request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let Some(ctx) = request.extensions().get::<Ctx>() else {
            return AppError::Internal(String::from("request context missing")).into_response();
        };
        if !ctx.via_token {
            let sent = request.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or_default();
            if !constant_time_eq(sent, &ctx.csrf) {
                return AppError::Csrf.into_response();
            }
            if let Err(e) = check_same_origin(request.headers()) {
                return e.into_response();
            }
        }
    }
    next.run(request).await
}

/// The JSON body of an API error, in the request's language.
pub fn error_response(ctx: &Ctx, error: &AppError) -> Response {
    let (_, body_id) = error.message_ids();
    let message = match error {
        AppError::TooManyRequests { retry_after_secs } => {
            ctx.ta(body_id, &[("minutes", crate::i18n::Arg::Num((retry_after_secs + 59) / 60))])
        }
        _ => ctx.t(body_id),
    };
    let fields = match error {
        AppError::Invalid(invalid) => invalid
            .0
            .iter()
            .map(|e| dto::FieldProblem { field: e.field.to_owned(), message: field_message(ctx, e) })
            .collect(),
        _ => Vec::new(),
    };
    let body = dto::ErrorBody { error: dto::ErrorDetail { code: error.code().to_owned(), message, fields } };
    (error.status(), Json(body)).into_response()
}

/// A JSON body; unreadable JSON is a clear 400, never a panic or a raw parser message.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) if rejection.status() == StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                Err(AppError::BadRequest("error-unsupported-type"))
            }
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(AppError::BadRequest("error-too-large"))
            }
            Err(_) => Err(AppError::BadRequest("error-json-unreadable")),
        }
    }
}

struct SecurityAddon;

impl Modify for SecurityAddon {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components
            .add_security_scheme("csrf", SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-CSRF-Token"))));
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Tandem API", description = "Co-creation and co-production in public education: communities, initiatives and their strategic triangle."),
    paths(
        me, list_communities, get_community, list_initiatives, create_initiative, get_initiative, update_initiative,
        add_outcome, delete_outcome, add_capacity, update_capacity, delete_capacity, set_stance,
        list_members, create_invitation, revoke_invitation,
        seed::get_environment, seed::add_stakeholder, seed::update_stakeholder, seed::delete_stakeholder,
        seed::add_authorization, seed::update_authorization, seed::delete_authorization,
        seed::get_charter, seed::set_intro, seed::add_area, seed::update_area, seed::delete_area, seed::publish, seed::participation,
        seed::get_phases, seed::add_phase, seed::update_phase, seed::delete_phase, seed::make_current,
        seed::get_engagement, seed::add_event, seed::get_worksheet, seed::answer_question, seed::get_health,
        ideas::list_ideas, ideas::create_idea, ideas::get_idea, ideas::endorse, ideas::withdraw, ideas::add_comment,
        ideas::respond, ideas::list_commitments, ideas::create_commitment, ideas::add_progress,
        ideas::my_notifications, ideas::read_all,
        decide::list_polls, decide::create_poll, decide::get_poll, decide::vote_poll,
        decide::list_budgets, decide::get_budget, decide::vote_budget,
        conversation::list_conversations, conversation::get_report, conversation::add_statement, conversation::vote
    ),
    modifiers(&SecurityAddon),
    tags((name = "communities"), (name = "initiatives"), (name = "members"), (name = "account"))
)]
pub struct ApiDoc;

async fn openapi_json() -> Response {
    let mut response = Json(ApiDoc::openapi()).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("public, max-age=300"));
    response
}

// ---- account

/// The person making the request.
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, body = dto::Me), (status = 401, body = dto::ErrorBody)),
    security(("token" = []), ()))]
async fn me(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<dto::Me>> {
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let memberships = communities::memberships_of(&state.db, user.id)
        .await?
        .into_iter()
        .map(|(c, m)| dto::Membership { community: c.slug, role: m.role.key().to_owned() })
        .collect();
    Ok(Json(dto::Me {
        id: user.id,
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        lang: user.lang.clone(),
        memberships,
    }))
}

// ---- communities

/// Every community on this server.
#[utoipa::path(get, path = "/api/v1/communities", tag = "communities", responses((status = 200, body = Vec<dto::CommunitySummary>)))]
async fn list_communities(State(state): State<AppState>) -> AppResult<Json<Vec<dto::CommunitySummary>>> {
    let list = communities::list(&state.db).await?;
    Ok(Json(
        list.into_iter()
            .map(|c| dto::CommunitySummary {
                url: format!("/c/{}", c.slug),
                slug: c.slug,
                name: c.name,
                kind: c.kind.key().to_owned(),
                description: c.description,
            })
            .collect(),
    ))
}

/// A community with its schools and stakeholder groups (member counts under 5 are suppressed).
#[utoipa::path(get, path = "/api/v1/communities/{community}", tag = "communities",
    params(("community" = String, Path, description = "Community slug")),
    responses((status = 200, body = dto::CommunityDetail), (status = 404, body = dto::ErrorBody)))]
async fn get_community(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Json<dto::CommunityDetail>> {
    let access = Access::load(&state, &ctx, &slug).await?;
    let c = &access.community;
    let schools = communities::schools(&state.db, c.id).await?;
    let groups = communities::groups(&state.db, c.id).await?;
    let counts = communities::member_counts(&state.db, c.id).await?;
    let per_group: Vec<i64> =
        groups.iter().map(|g| counts.iter().filter(|(gid, _)| *gid == Some(g.id)).map(|(_, n)| *n).sum()).collect();
    let breakdown = privacy::breakdown(&per_group);
    Ok(Json(dto::CommunityDetail {
        slug: c.slug.clone(),
        name: c.name.clone(),
        kind: c.kind.key().to_owned(),
        description: c.description.clone(),
        schools: schools
            .iter()
            .map(|s| dto::School { slug: s.slug.clone(), name: s.name.clone(), phase: s.phase.key().to_owned() })
            .collect(),
        groups: groups
            .iter()
            .zip(&breakdown.cells)
            .map(|(g, n)| dto::Group {
                id: g.id,
                key: g.key.clone(),
                name: group_name(&ctx, g),
                protects_identity: g.protects_identity,
                members: *n,
            })
            .collect(),
        total_members: breakdown.total,
        your_role: access.role().map(|r| r.key().to_owned()),
    }))
}

// ---- initiatives

fn summary(access: &Access, schools: &[communities::School], i: &Initiative) -> dto::InitiativeSummary {
    dto::InitiativeSummary {
        slug: i.slug.clone(),
        title: i.title.clone(),
        summary: i.summary.clone(),
        school: i.school_id.and_then(|id| schools.iter().find(|s| s.id == id)).map(|s| s.slug.clone()),
        visibility: i.visibility.key().to_owned(),
        updated_at: i.updated_at.rfc3339(),
        url: format!("/c/{}/i/{}", access.community.slug, i.slug),
    }
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
struct ListParams {
    /// Only initiatives of this school (slug).
    school: Option<String>,
}

/// Initiatives of a community that you may read, most recently updated first.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ListParams),
    responses((status = 200, body = Vec<dto::InitiativeSummary>), (status = 404, body = dto::ErrorBody)))]
async fn list_initiatives(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<ListParams>,
) -> AppResult<Json<Vec<dto::InitiativeSummary>>> {
    let access = Access::load(&state, &ctx, &slug).await?;
    let schools = communities::schools(&state.db, access.community.id).await?;
    let school_id = match params.school.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => Some(schools.iter().find(|x| x.slug == s).map(|x| x.id).ok_or(AppError::NotFound)?),
        None => None,
    };
    let list = initiatives::list(&state.db, access.community.id, access.is_member()).await?;
    Ok(Json(
        list.iter()
            .filter(|i| school_id.is_none() || i.school_id == school_id)
            .map(|i| summary(&access, &schools, i))
            .collect(),
    ))
}

fn base_dto(ctx: &Ctx, b: &DomainBase) -> dto::BaseAssessment {
    dto::BaseAssessment {
        state: b.state.key().to_owned(),
        reasons: b.reasons.iter().map(|r| dto::Reason { code: (*r).to_owned(), message: ctx.t(r) }).collect(),
    }
}

async fn detail(state: &AppState, ctx: &Ctx, access: &Access, i: &Initiative) -> AppResult<dto::InitiativeDetail> {
    let schools = communities::schools(&state.db, access.community.id).await?;
    let view = triangle::load(state, i).await?;
    let groups = &view.groups;
    let a = &view.assessment;
    Ok(dto::InitiativeDetail {
        summary: summary(access, &schools, i),
        value_statement: i.value_statement.clone(),
        triangle: dto::Triangle {
            public_value: base_dto(ctx, &a.public_value),
            capacity: base_dto(ctx, &a.capacity),
            legitimacy: base_dto(ctx, &a.legitimacy),
            rounds_the_bases: a.rounds_the_bases(),
        },
        outcomes: view
            .outcomes
            .iter()
            .map(|o| dto::Outcome {
                id: o.id,
                description: o.description.clone(),
                measure: o.measure.clone(),
                target: o.target.clone(),
            })
            .collect(),
        capacity: view
            .capacity
            .iter()
            .map(|c| dto::CapacityItem {
                id: c.id,
                kind: c.kind.key().to_owned(),
                title: c.title.clone(),
                owner: c.owner.clone(),
                status: c.status.key().to_owned(),
                evidence: c.evidence.clone(),
            })
            .collect(),
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
    responses((status = 200, body = dto::InitiativeDetail), (status = 404, body = dto::ErrorBody)))]
async fn get_initiative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Json<dto::InitiativeDetail>> {
    let (access, i) = Access::load_initiative(&state, &ctx, &slug, &islug).await?;
    Ok(Json(detail(&state, &ctx, &access, &i).await?))
}

async fn facilitator(state: &AppState, ctx: &Ctx, slug: &str) -> AppResult<Access> {
    let access = Access::load(state, ctx, slug).await?;
    access.require_facilitator(ctx)?;
    Ok(access)
}

/// Creates an initiative (facilitators and admins).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug")),
    request_body = dto::InitiativeInput,
    responses((status = 201, body = dto::InitiativeDetail), (status = 422, body = dto::ErrorBody), (status = 403, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn create_initiative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<dto::InitiativeInput>,
) -> AppResult<Response> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let schools = communities::schools(&state.db, access.community.id).await?;
    let visibility = input.visibility.as_deref().unwrap_or(Visibility::Public.key());
    let draft = InitiativeDraft::parse(&input.title, &input.summary, visibility, &input.value_statement);
    let school = school_from_slug(&schools, &input.school);
    let (draft, school_id) = merge(draft, school)?;
    let fields = fields_of(&draft, school_id);
    let (new_id, new_slug) = initiatives::create(
        &state.db,
        access.community.id,
        &Slug::from_title(&draft.title),
        &fields,
        ctx.user_id(),
        ctx.now,
    )
    .await?;
    tandem_store::phases::create_defaults(&state.db, new_id).await?;
    let i = access.initiative(&state, &new_slug).await?;
    Ok((StatusCode::CREATED, Json(detail(&state, &ctx, &access, &i).await?)).into_response())
}

fn merge<A, B>(a: Result<A, Invalid>, b: Result<B, Invalid>) -> Result<(A, B), AppError> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => {
            let mut errors = a.err().unwrap_or_default();
            errors.0.extend(b.err().unwrap_or_default().0);
            Err(AppError::Invalid(errors))
        }
    }
}

/// Changes an initiative; fields left out keep their value.
#[utoipa::path(patch, path = "/api/v1/communities/{community}/initiatives/{initiative}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug")),
    request_body = dto::InitiativePatch,
    responses((status = 200, body = dto::InitiativeDetail), (status = 422, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn update_initiative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    ApiJson(patch): ApiJson<dto::InitiativePatch>,
) -> AppResult<Json<dto::InitiativeDetail>> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let i = access.initiative(&state, &islug).await?;
    let schools = communities::schools(&state.db, access.community.id).await?;
    let current_school =
        i.school_id.and_then(|id| schools.iter().find(|s| s.id == id)).map(|s| s.slug.clone()).unwrap_or_default();
    let draft = InitiativeDraft::parse(
        patch.title.as_deref().unwrap_or(&i.title),
        patch.summary.as_deref().unwrap_or(&i.summary),
        patch.visibility.as_deref().unwrap_or(i.visibility.key()),
        patch.value_statement.as_deref().unwrap_or(&i.value_statement),
    );
    let school = school_from_slug(&schools, patch.school.as_deref().unwrap_or(&current_school));
    let (draft, school_id) = merge(draft, school)?;
    let fields = fields_of(&draft, school_id);
    initiatives::update(&state.db, i.id, &fields, ctx.now).await?;
    let i = access.initiative(&state, &islug).await?;
    Ok(Json(detail(&state, &ctx, &access, &i).await?))
}

/// Adds a measurable outcome to the public value proposition.
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/outcomes", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug")),
    request_body = dto::OutcomeInput,
    responses((status = 201, body = dto::Outcome), (status = 422, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn add_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    ApiJson(input): ApiJson<dto::OutcomeInput>,
) -> AppResult<Response> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let i = access.initiative(&state, &islug).await?;
    let d = OutcomeDraft::parse(&input.description, &input.measure, &input.target)?;
    let fields = initiatives::OutcomeFields { description: &d.description, measure: &d.measure, target: &d.target };
    let id = initiatives::add_outcome(&state.db, i.id, &fields, ctx.now).await?;
    initiatives::touch(&state.db, i.id, ctx.now).await?;
    let body = dto::Outcome { id, description: d.description, measure: d.measure, target: d.target };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// Removes an outcome.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/outcomes/{id}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("id" = i64, Path, description = "Outcome id")),
    responses((status = 204), (status = 404, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn delete_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let i = access.initiative(&state, &islug).await?;
    if !initiatives::delete_outcome(&state.db, i.id, id).await? {
        return Err(AppError::NotFound);
    }
    initiatives::touch(&state.db, i.id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn capacity_dto(id: i64, d: CapacityDraft) -> dto::CapacityItem {
    dto::CapacityItem {
        id,
        kind: d.kind.key().to_owned(),
        title: d.title,
        owner: d.owner,
        status: d.status.key().to_owned(),
        evidence: d.evidence,
    }
}

/// Adds an item of organizational capacity (people, systems, money).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/capacity", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug")),
    request_body = dto::CapacityInput,
    responses((status = 201, body = dto::CapacityItem), (status = 422, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn add_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    ApiJson(input): ApiJson<dto::CapacityInput>,
) -> AppResult<Response> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let i = access.initiative(&state, &islug).await?;
    let d = CapacityDraft::parse(&input.kind, &input.title, &input.owner, &input.status, &input.evidence)?;
    let id = initiatives::add_capacity(&state.db, i.id, &capacity_fields_of(&d), ctx.now).await?;
    initiatives::touch(&state.db, i.id, ctx.now).await?;
    Ok((StatusCode::CREATED, Json(capacity_dto(id, d))).into_response())
}

/// Replaces an item of organizational capacity.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/capacity/{id}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("id" = i64, Path, description = "Capacity item id")),
    request_body = dto::CapacityInput,
    responses((status = 200, body = dto::CapacityItem), (status = 404, body = dto::ErrorBody), (status = 422, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn update_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    ApiJson(input): ApiJson<dto::CapacityInput>,
) -> AppResult<Json<dto::CapacityItem>> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let i = access.initiative(&state, &islug).await?;
    let d = CapacityDraft::parse(&input.kind, &input.title, &input.owner, &input.status, &input.evidence)?;
    if !initiatives::update_capacity(&state.db, i.id, id, &capacity_fields_of(&d), ctx.now).await? {
        return Err(AppError::NotFound);
    }
    initiatives::touch(&state.db, i.id, ctx.now).await?;
    Ok(Json(capacity_dto(id, d)))
}

/// Removes an item of organizational capacity.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/capacity/{id}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("id" = i64, Path, description = "Capacity item id")),
    responses((status = 204), (status = 404, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn delete_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let i = access.initiative(&state, &islug).await?;
    if !initiatives::delete_capacity(&state.db, i.id, id).await? {
        return Err(AppError::NotFound);
    }
    initiatives::touch(&state.db, i.id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Records where a stakeholder group stands on the initiative (legitimacy & support).
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/support/{group}", tag = "initiatives",
    params(("community" = String, Path, description = "Community slug"), ("initiative" = String, Path, description = "Initiative slug"), ("group" = i64, Path, description = "Stakeholder group id")),
    request_body = dto::StanceInput,
    responses((status = 204), (status = 404, body = dto::ErrorBody), (status = 422, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn set_stance(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, group_id)): Path<(String, String, i64)>,
    ApiJson(input): ApiJson<dto::StanceInput>,
) -> AppResult<StatusCode> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let i = access.initiative(&state, &islug).await?;
    let groups = communities::groups(&state.db, access.community.id).await?;
    if !groups.iter().any(|g| g.id == group_id) {
        return Err(AppError::NotFound);
    }
    let mut errors = Invalid::default();
    let stance = errors.check(drafts::stance("stance", input.stance.as_deref().unwrap_or_default()));
    let note = errors.check(text::optional("note", &input.note, text::SUMMARY_MAX));
    let (Some(stance), Some(note)) = (stance, note) else {
        return Err(AppError::Invalid(errors));
    };
    match stance {
        Some(s) => {
            initiatives::set_stance(&state.db, i.id, group_id, s, note.as_deref().unwrap_or_default(), ctx.now).await?
        }
        None => initiatives::clear_stance(&state.db, i.id, group_id).await?,
    }
    initiatives::touch(&state.db, i.id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- members and invitations

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
struct MemberParams {
    /// Page size, 1–200 (default 50).
    limit: Option<i64>,
    offset: Option<i64>,
}

/// Members of a community (staff only). Pupils' names are withheld.
#[utoipa::path(get, path = "/api/v1/communities/{community}/members", tag = "members",
    params(("community" = String, Path, description = "Community slug"), MemberParams),
    responses((status = 200, body = dto::MemberList), (status = 403, body = dto::ErrorBody)),
    security(("token" = []), ()))]
async fn list_members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<MemberParams>,
) -> AppResult<Json<dto::MemberList>> {
    let access = facilitator(&state, &ctx, &slug).await?;
    let limit = params.limit.unwrap_or(50);
    let offset = params.offset.unwrap_or(0);
    if !(1..=200).contains(&limit) || offset < 0 {
        return Err(AppError::Invalid(Invalid::one(
            FieldError::new("limit", "error-number-range").with_arg("min", 1).with_arg("max", 200),
        )));
    }
    let page = communities::members(&state.db, access.community.id, None, limit, offset).await?;
    Ok(Json(dto::MemberList {
        total: page.total,
        members: page
            .members
            .into_iter()
            .map(|m| {
                let name = privacy::PublicName::for_member(&m.display_name, m.membership.protected);
                dto::Member {
                    id: m.membership.id,
                    name_withheld: name.shown().is_none(),
                    name: name.shown().map(str::to_owned),
                    role: m.membership.role.key().to_owned(),
                    group_id: m.membership.group_id,
                    school: m.school_name,
                    joined_at: m.membership.created_at.rfc3339(),
                }
            })
            .collect(),
    }))
}

/// Creates a one-time invitation link (admins). The link is only shown in this response.
#[utoipa::path(post, path = "/api/v1/communities/{community}/invitations", tag = "members",
    params(("community" = String, Path, description = "Community slug")),
    request_body = dto::InvitationInput,
    responses((status = 201, body = dto::InvitationCreated), (status = 422, body = dto::ErrorBody), (status = 403, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn create_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    ApiJson(input): ApiJson<dto::InvitationInput>,
) -> AppResult<Response> {
    let access = Access::load(&state, &ctx, &slug).await?;
    access.require_admin(&ctx)?;
    let c = &access.community;
    let groups = communities::groups(&state.db, c.id).await?;
    let schools = communities::schools(&state.db, c.id).await?;
    let mut errors = Invalid::default();
    let role = errors.check(Role::parse_field("role", &input.role));
    let group_ok = input.group_id.is_none_or(|g| groups.iter().any(|x| x.id == g));
    if !group_ok {
        errors.0.push(FieldError::new("group_id", "error-choice-invalid"));
    }
    let school = errors.check(
        school_from_slug(&schools, input.school.as_deref().unwrap_or_default())
            .map_err(|_| FieldError::new("school", "error-choice-invalid")),
    );
    let note = errors.check(text::optional("note", &input.note, text::TITLE_MAX));
    let days = input.days.map(|d| d.to_string()).unwrap_or_default();
    let expires = errors.check(invitation::expiry_from_days("days", &days, ctx.now));
    let (Some(role), Some(school_id), Some(note), Some(expires_at)) = (role, school, note, expires) else {
        return Err(AppError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let code = new_token();
    let new = invitations::NewInvitation {
        community_id: c.id,
        code_hash: &token_hash(&code),
        role,
        group_id: input.group_id,
        school_id,
        note: note.as_deref().unwrap_or_default(),
        created_by: ctx.user_id(),
        expires_at,
    };
    let id = invitations::create(&state.db, &new, ctx.now).await?;
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let body =
        dto::InvitationCreated { id, link: invitation_link(&state, host, &code), expires_at: expires_at.rfc3339() };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// Revokes an unused invitation link (admins).
#[utoipa::path(delete, path = "/api/v1/communities/{community}/invitations/{id}", tag = "members",
    params(("community" = String, Path, description = "Community slug"), ("id" = i64, Path, description = "Invitation id")),
    responses((status = 204), (status = 409, body = dto::ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
async fn revoke_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = Access::load(&state, &ctx, &slug).await?;
    access.require_admin(&ctx)?;
    if invitations::revoke(&state.db, access.community.id, id, ctx.now).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::Conflict("error-invitation-not-revocable"))
    }
}
