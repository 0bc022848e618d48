//! The JSON API under /api/v1, described by the OpenAPI document at
//! /api/v1/openapi.json. Each handler parses typed JSON, calls the same
//! service use case as the page that offers the action, and renders the
//! result; the files mirror `pages/`. Reads follow the pages' visibility
//! rules; writes need an API token (Authorization: Bearer) or a session
//! cookie together with the X-CSRF-Token header.

use axum::{
    Json, Router,
    extract::{FromRequest, Request},
    http::{Method, StatusCode, header},
    middleware::{Next, from_fn},
    response::{IntoResponse, Response},
    routing::get,
};
use serde::de::DeserializeOwned;
use tandem_service::secrets::constant_time_eq;
use utoipa::{
    Modify, OpenApi,
    openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme},
};

use crate::{context::Ctx, error::AppError, forms::check_same_origin, html::field_message, state::AppState};

pub mod account;
pub mod accountability;
pub mod admin;
pub mod audit;
pub mod budgets;
pub mod charter;
pub mod community;
pub mod conversation;
pub mod dto;
pub mod engagement;
pub mod environment;
pub mod health;
pub mod ideas;
pub mod initiative;
pub mod moderation;
pub mod phases;
pub mod polls;
pub mod worksheet;

/// Paths of an initiative's resources start here.
pub(crate) const I: &str = "/api/v1/communities/{community}/initiatives/{initiative}";

pub(crate) fn at(path: &str) -> String {
    format!("{I}{path}")
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .merge(account::router())
        .merge(community::router())
        .merge(admin::router())
        .merge(audit::router())
        .merge(moderation::router())
        .merge(initiative::router())
        .merge(environment::router())
        .merge(charter::router())
        .merge(phases::router())
        .merge(engagement::router())
        .merge(worksheet::router())
        .merge(health::router())
        .merge(ideas::router())
        .merge(accountability::router())
        .merge(polls::router())
        .merge(budgets::router())
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
            ctx.ta(body_id, &[("minutes", tandem_service::i18n::Arg::Num((retry_after_secs + 59) / 60))])
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

/// 201 with a JSON body.
pub(crate) fn created<T: serde::Serialize>(body: T) -> Response {
    (StatusCode::CREATED, Json(body)).into_response()
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
    info(title = "Tandem API", description = "Co-creation and co-production in public education: communities, initiatives and their strategic triangle, the seeds' model, ideas, decisions, conversations and accountability."),
    paths(
        account::me, account::profile, account::password, account::email,
        account::second_factor_start, account::second_factor_confirm, account::second_factor_codes,
        account::second_factor_disable, account::delivery, account::list_tokens,
        account::create_token, account::revoke_token, account::notifications, account::read_all,
        community::list_communities, community::get_community, initiative::list_initiatives, community::queue,
        admin::list_members, admin::update_member, admin::signin_link, admin::merge_members, admin::list_invitations, admin::create_invitation,
        admin::revoke_invitation, admin::update_settings, admin::add_group, admin::rename_group, admin::add_school,
        audit::audit,
        moderation::flags, moderation::log, moderation::decide, moderation::flag,
        initiative::create_initiative, initiative::get_initiative, initiative::update_initiative,
        initiative::add_outcome, initiative::update_outcome, initiative::delete_outcome,
        initiative::add_capacity, initiative::update_capacity, initiative::delete_capacity,
        initiative::set_stance, initiative::participation,
        environment::get_environment, environment::add_stakeholder, environment::update_stakeholder,
        environment::delete_stakeholder, environment::add_authorization, environment::update_authorization,
        environment::delete_authorization,
        charter::get_charter, charter::get_version, charter::set_intro, charter::add_area, charter::update_area,
        charter::delete_area, charter::publish,
        phases::get_phases, phases::add_phase, phases::update_phase, phases::delete_phase, phases::make_current,
        engagement::get_engagement, engagement::add_event, engagement::import,
        worksheet::get_worksheet, worksheet::answer_question,
        health::get_health,
        ideas::list_ideas, ideas::create_idea, ideas::get_idea, ideas::endorse, ideas::withdraw, ideas::add_comment,
        ideas::respond,
        accountability::list_commitments, accountability::create_commitment, accountability::add_progress,
        polls::list_polls, polls::create_poll, polls::get_poll, polls::vote_poll, polls::paper_poll, polls::update_poll, polls::end_poll,
        polls::declare_paper, polls::confirm_paper,
        budgets::list_budgets, budgets::create_budget, budgets::get_budget, budgets::vote_budget,
        budgets::paper_budget, budgets::add_project, budgets::set_project, budgets::export,
        budgets::declare_paper, budgets::confirm_paper,
        conversation::list_conversations, conversation::create_conversation, conversation::get_conversation,
        conversation::get_report, conversation::add_statement, conversation::vote, conversation::moderate_statement
    ),
    modifiers(&SecurityAddon),
    tags((name = "account"), (name = "communities"), (name = "members"), (name = "moderation"), (name = "initiatives"))
)]
pub struct ApiDoc;

async fn openapi_json() -> Response {
    let mut response = Json(ApiDoc::openapi()).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("public, max-age=300"));
    response
}
