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
pub mod actions;
pub mod admin;
pub mod audit;
pub mod bodies;
pub mod budgets;
pub mod charter;
pub mod community;
pub mod conversation;
pub mod dto;
pub mod engagement;
pub mod environment;
pub mod events;
pub mod health;
pub mod ideas;
pub mod initiative;
pub mod moderation;
pub mod phases;
pub mod polls;
pub mod representation;
pub mod rosters;
pub mod sortition;
pub mod surveys;
pub mod translations;
pub mod worksheet;

pub use crate::paging::PageQuery;

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
        .merge(actions::router())
        .merge(rosters::router())
        .merge(polls::router())
        .merge(budgets::router())
        .merge(conversation::router())
        .merge(translations::router())
        .merge(representation::router())
        .merge(sortition::router())
        .merge(bodies::router())
        .merge(events::router())
        .merge(surveys::router())
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
/// Every request body of the API is an object: an array or a bare value is
/// refused rather than read field by field in order (which serde would do).
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
            })
            .unwrap_or(false);
        if !is_json {
            return Err(AppError::BadRequest("error-unsupported-type"));
        }
        let bytes = match axum::body::Bytes::from_request(req, state).await {
            Ok(bytes) => bytes,
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(AppError::BadRequest("error-too-large"));
            }
            Err(_) => return Err(AppError::BadRequest("error-json-unreadable")),
        };
        let text = std::str::from_utf8(&bytes).map_err(|_| AppError::BadRequest("error-utf8"))?;
        let mut value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| AppError::BadRequest("error-json-unreadable"))?;
        if !value.is_object() {
            return Err(AppError::BadRequest("error-json-object"));
        }
        whole_numbers_as_integers(&mut value);
        serde_json::from_value(value).map(ApiJson).map_err(|_| AppError::BadRequest("error-json-unreadable"))
    }
}

/// JSON has one kind of number: 3.0 is the integer 3 (JSON Schema agrees),
/// but serde reads only 3 into an integer field. Whole numbers written with
/// a fraction become integers before the body is read; 3.5 stays as it is
/// and is refused where an integer is expected.
fn whole_numbers_as_integers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) if !n.is_i64() && !n.is_u64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f >= i64::MIN as f64
                && f < i64::MAX as f64
            {
                *value = Value::from(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        Value::Object(fields) => fields.values_mut().for_each(whole_numbers_as_integers),
        _ => {}
    }
}

/// A page of a list as JSON, with `X-Total-Count` (rows on every page
/// together) and, when more follow, `Link: <…>; rel="next"` (RFC 8288).
/// `path_and_query` is the list's address with its other parameters.
pub(crate) fn paged<T: serde::Serialize>(
    page: tandem_service::paging::Page<T>,
    path_and_query: &str,
    limit: i64,
) -> Response {
    with_page_headers(Json(page.items).into_response(), page.total, page.next.as_deref(), path_and_query, limit)
}

/// Adds the paging headers of [`paged`] to a response whose body is not a
/// bare list (the audit log's, which also carries the chain's end).
pub(crate) fn with_page_headers(
    response: Response,
    total: i64,
    next: Option<&str>,
    path_and_query: &str,
    limit: i64,
) -> Response {
    with_cursor_headers(response, total, next, path_and_query, limit, "after")
}

/// [`with_page_headers`] for a list whose cursor parameter has another name
/// (an idea's `comments_after`).
pub(crate) fn with_cursor_headers(
    mut response: Response,
    total: i64,
    next: Option<&str>,
    path_and_query: &str,
    limit: i64,
    param: &str,
) -> Response {
    let headers = response.headers_mut();
    if let Some(next) = next {
        let join = if path_and_query.contains('?') { '&' } else { '?' };
        let url = format!("{path_and_query}{join}limit={limit}&{param}={}", crate::html::encode_query(next));
        if let Ok(v) = header::HeaderValue::from_str(&format!("<{url}>; rel=\"next\"")) {
            headers.insert(header::LINK, v);
        }
    }
    headers.insert("x-total-count", header::HeaderValue::from(total));
    response
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

/// Responses every operation can give whatever its own annotation says, and
/// a description for each response that has none (OpenAPI requires one).
/// Written once here rather than on each of the hundred operations, so a
/// new endpoint is documented the same way without anyone remembering to.
struct CommonResponses;

impl CommonResponses {
    fn describe(status: &str) -> &'static str {
        match status {
            "200" => "Done: the result.",
            "201" => "Created: the new resource.",
            "202" => "Accepted: it happens once the email sent is confirmed.",
            "204" => "Done; nothing to return.",
            "400" => {
                "The request could not be read: not JSON (or not Content-Type: application/json), too large, not an object, text that is not UTF-8, or a parameter of the wrong type."
            }
            "401" => "The API token is not valid, has expired or was revoked, or the operation needs one.",
            "403" => "Not allowed for this account's role, or a cookie request without its X-CSRF-Token header.",
            "404" => "The community, initiative or item does not exist, or is not visible to this reader.",
            "409" => "Refused in the current state (closed, already done, a name taken); the message says why.",
            "422" => "Some values are not valid; each field's problem is listed.",
            "429" => "Too many requests for now; Retry-After says when to try again.",
            _ => "See the message.",
        }
    }

    fn error_response(status: &str) -> utoipa::openapi::RefOr<utoipa::openapi::Response> {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        ResponseBuilder::new()
            .description(Self::describe(status))
            .content("application/json", ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build())
            .build()
            .into()
    }
}

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let has_params = path.contains('{');
            let operations = [
                (&mut item.get, false),
                (&mut item.put, true),
                (&mut item.post, true),
                (&mut item.delete, true),
                (&mut item.patch, true),
            ];
            for (operation, writes) in operations {
                let Some(op) = operation.as_mut() else { continue };
                // Query parameters are checked like form fields: out of range is a 422 with the field named.
                let has_query = op.parameters.iter().flatten().any(|p| {
                    matches!(p, utoipa::openapi::RefOr::T(p) if p.parameter_in == utoipa::openapi::path::ParameterIn::Query)
                });
                let responses = &mut op.responses.responses;
                let mut common = vec!["400", "401", "403"];
                if has_params {
                    common.push("404");
                }
                if writes {
                    common.extend(["409", "429"]);
                }
                if has_query || writes {
                    common.push("422");
                }
                for status in common {
                    responses.entry(status.to_owned()).or_insert_with(|| Self::error_response(status));
                }
                for (status, response) in responses.iter_mut() {
                    if let utoipa::openapi::RefOr::T(r) = response
                        && r.description.trim().is_empty()
                    {
                        r.description = Self::describe(status).to_owned();
                    }
                }
            }
        }
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
        initiative::set_stance, initiative::participation, initiative::publish, translations::sheet, translations::save,
        environment::get_environment, environment::add_stakeholder, environment::update_stakeholder,
        environment::delete_stakeholder, environment::add_authorization, environment::update_authorization,
        environment::delete_authorization,
        charter::get_charter, charter::get_version, charter::set_intro, charter::add_area, charter::update_area,
        charter::delete_area, charter::publish,
        phases::get_phases, phases::add_phase, phases::update_phase, phases::delete_phase, phases::make_current,
        engagement::get_engagement, engagement::add_event, engagement::import,
        worksheet::get_worksheet, worksheet::answer_question,
        health::get_health,
        ideas::list_ideas, ideas::create_idea, ideas::get_idea, ideas::endorse, ideas::withdraw, ideas::add_comment, ideas::edit_idea, ideas::withdraw_idea, ideas::edit_comment, ideas::withdraw_comment,
        ideas::respond,
        accountability::list_commitments, accountability::create_commitment, accountability::add_progress,
        polls::list_polls, polls::create_poll, polls::get_poll, polls::vote_poll, polls::paper_poll, polls::update_poll, polls::end_poll,
        polls::declare_paper, polls::confirm_paper, polls::poll_ballots, polls::recount_poll,
        budgets::list_budgets, budgets::create_budget, budgets::get_budget, budgets::vote_budget,
        budgets::paper_budget, budgets::add_project, budgets::set_project, budgets::export,
        budgets::declare_paper, budgets::confirm_paper, budgets::budget_ballots, budgets::recount_budget,
        conversation::list_conversations, conversation::create_conversation, conversation::get_conversation,
        conversation::get_report, conversation::add_statement, conversation::vote, conversation::moderate_statement,
        representation::initiative_report, representation::community_report, representation::get_settings,
        representation::set_settings, representation::list_baselines, representation::set_baseline,
        representation::import_baselines, representation::remove_baseline, representation::list_outreach,
        representation::invite_group, representation::get_profile, representation::set_profile,
        representation::set_pupil_profile,
        sortition::list_selections, sortition::create_selection, sortition::get_selection, sortition::volunteer,
        sortition::withdraw, sortition::set_quotas, sortition::proportional_quotas, sortition::commit_round,
        sortition::draw_round, sortition::respond, sortition::prepare_replacements, sortition::close_selection,
        sortition::lottery,
        bodies::list_bodies, bodies::create_body, bodies::get_body, bodies::update_body, bodies::set_areas,
        bodies::add_rule, bodies::remove_rule, bodies::add_seat, bodies::remove_seat, bodies::add_term,
        bodies::add_alternate, bodies::fill_seat, bodies::open_selection, bodies::end_term,
        bodies::create_body_meeting, bodies::create_meeting, bodies::list_meetings, bodies::get_meeting,
        bodies::update_meeting, bodies::cancel_meeting, bodies::add_item, bodies::remove_item, bodies::publish_agenda,
        bodies::register, bodies::cancel_registration, bodies::set_needs, bodies::check_in, bodies::mark_attendance,
        bodies::walk_in, bodies::save_minutes, bodies::approve_minutes, bodies::publish_minutes,
        bodies::create_feed, bodies::revoke_feed,
        events::list_events, events::create_event, events::get_event, events::update_event, events::set_panel,
        events::add_room, events::publish_programme, events::event_feedback, events::get_report, events::report_csv,
        events::publish_report, events::get_certificate, events::list_proposals, events::propose, events::withdraw,
        events::review, events::declare_conflict, events::decide, events::place, events::session_feedback,
        actions::list_actions, actions::get_action, actions::create_action, actions::tick_item,
        actions::complete_action, actions::set_rule, actions::actions_csv,
        rosters::list_roles, rosters::create_role, rosters::get_role, rosters::add_shift, rosters::sign_up,
        rosters::cancel_signup, rosters::record_hours, rosters::deliver_promise, rosters::hours_csv,
        rosters::get_strengths, rosters::put_strengths, rosters::delete_strengths, rosters::list_checks,
        rosters::record_check,
        surveys::list_surveys, surveys::create_survey, surveys::get_survey, surveys::add_question,
        surveys::add_scale, surveys::link_outcome, surveys::open_survey, surveys::close_survey,
        surveys::publish_survey, surveys::invite, surveys::blank_links, surveys::remind, surveys::new_wave, surveys::name_wave,
        surveys::enter_paper, surveys::get_results, surveys::moderate_text, surveys::responses_csv,
        surveys::codebook_csv, surveys::get_invitation, surveys::respond
    ),
    modifiers(&SecurityAddon, &CommonResponses),
    tags((name = "account"), (name = "communities"), (name = "members"), (name = "moderation"), (name = "initiatives"))
)]
pub struct ApiDoc;

/// The OpenAPI document as served: utoipa's, with the range of every
/// integer stated (a format alone is only a hint to validators, and a client
/// or fuzzer would otherwise send numbers no field can hold: all of Tandem's
/// integers fit in 64 signed bits).
pub fn document() -> serde_json::Value {
    fn bound_integers(value: &mut serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Object(fields) => {
                let integer = match fields.get("type") {
                    Some(Value::String(t)) => t == "integer",
                    Some(Value::Array(ts)) => ts.iter().any(|t| t == "integer"),
                    _ => false,
                };
                if integer {
                    fields.entry("minimum").or_insert(Value::from(i64::MIN));
                    fields.entry("maximum").or_insert(Value::from(i64::MAX));
                }
                fields.values_mut().for_each(bound_integers);
            }
            Value::Array(items) => items.iter_mut().for_each(bound_integers),
            _ => {}
        }
    }
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    bound_integers(&mut doc);
    doc
}

async fn openapi_json() -> Response {
    let mut response = Json(document()).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("public, max-age=300"));
    response
}
