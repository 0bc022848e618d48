//! Tandem's web layer: server-rendered pages that work without JavaScript and
//! a JSON API with an OpenAPI document, both thin adapters over the service
//! layer (`tandem_service`): they parse input, call one use case and render.
//! Cookies, CSRF protection and language negotiation live here.
//!
//! Servers keep no state of their own: sessions, login throttling and jobs
//! live in the database, so several servers can share one PostgreSQL.

use std::time::Duration;

use axum::{
    Router,
    extract::{DefaultBodyLimit, Request},
    http::{HeaderValue, StatusCode, header},
    middleware::{Next, from_fn, from_fn_with_state},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};

use crate::{
    context::Ctx,
    error::{AppError, ErrorMarker},
};
use tower_http::{catch_panic::CatchPanicLayer, timeout::TimeoutLayer};

pub mod access;
pub mod api;
pub mod charts;
pub mod client_addr;
pub mod context;
pub mod error;
pub mod forms;
pub mod html;
#[cfg(test)]
mod i18n_coverage;
pub mod labels;
pub mod page_cache;
pub mod pages;
pub mod paging;
#[cfg(test)]
mod parity;
pub mod security;
pub mod triangle;

pub mod state;

pub use state::{AppState, WebConfig};

const STYLE_CSS: &str = include_str!("../static/style.css");
const FAVICON_SVG: &str = include_str!("../static/favicon.svg");

fn asset(content_type: &'static str, body: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=86400"));
    response
}

async fn health(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    match state.svc.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

async fn not_found() -> error::AppError {
    error::AppError::NotFound
}

/// The whole application as a router; `serve` and the tests both use this.
pub fn app(state: AppState) -> Router {
    // HSTS only where the site is served over HTTPS: on plain HTTP it would be ignored, or lock out a test setup.
    let https = state.config.public_url.as_deref().is_some_and(|u| u.starts_with("https://"));
    use pages::{
        account, accountability, actions, admin, audit, auth, bodies, budgets, charter, community, conversation,
        decide, engagement, environment, events, exports, glossary, health, home, ideas, initiative, join, meetings,
        moderation, notifications, phases, polls, recovery, representation, rosters, second_factor, sortition, surveys,
        translations, worksheet,
    };
    const I: &str = "/c/{community}/i/{initiative}";
    let at = |path: &str| format!("{I}{path}");
    let pages = Router::new()
        .route("/", get(home::home))
        .route("/login", get(auth::login_form).post(auth::login))
        .route("/login/forgot", get(recovery::forgot_form).post(recovery::forgot))
        .route("/login/code", get(second_factor::code_form).post(second_factor::code))
        .route("/account/second-factor", get(second_factor::setup).post(second_factor::start))
        .route("/account/second-factor/confirm", post(second_factor::confirm))
        .route("/account/second-factor/recovery-codes", post(second_factor::recovery_codes))
        .route("/account/second-factor/disable", post(second_factor::disable))
        .route("/reset/{token}", get(recovery::reset_form).post(recovery::reset))
        .route("/logout", post(auth::logout))
        .route("/lang", post(auth::set_lang))
        .route("/join/{code}", get(join::show).post(join::accept))
        .route("/glossary", get(glossary::page))
        .route("/account", get(account::page))
        .route("/account/profile", post(account::profile))
        .route("/account/email", post(account::email))
        .route("/account/email/{token}", get(recovery::email_form).post(recovery::confirm_email))
        .route("/account/password", post(account::password))
        .route("/account/tokens", post(account::create_token))
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/c/{community}", get(community::home))
        .route("/c/{community}/initiatives", get(community::initiatives).post(initiative::create))
        .route("/c/{community}/initiatives/new", get(initiative::new_form))
        .route("/c/{community}/i/{initiative}", get(initiative::show))
        .route("/c/{community}/i/{initiative}/edit", get(initiative::edit).post(initiative::update))
        .route("/c/{community}/i/{initiative}/outcomes", post(initiative::add_outcome))
        .route("/c/{community}/i/{initiative}/outcomes/{id}", post(initiative::update_outcome))
        .route("/c/{community}/i/{initiative}/outcomes/{id}/delete", post(initiative::delete_outcome))
        .route("/c/{community}/i/{initiative}/capacity", post(initiative::add_capacity))
        .route("/c/{community}/i/{initiative}/capacity/{id}", post(initiative::update_capacity))
        .route("/c/{community}/i/{initiative}/capacity/{id}/delete", post(initiative::delete_capacity))
        .route("/c/{community}/i/{initiative}/support", post(initiative::set_support))
        .route(&at("/participation"), post(initiative::participation))
        .route(&at("/publish"), post(initiative::publish))
        .route(&at("/translations"), get(translations::page).post(translations::save))
        .route(&at("/environment"), get(environment::page))
        .route(&at("/stakeholders"), post(environment::add_stakeholder))
        .route(&at("/stakeholders/{id}"), post(environment::update_stakeholder))
        .route(&at("/stakeholders/{id}/delete"), post(environment::delete_stakeholder))
        .route(&at("/authorizations"), post(environment::add_authorization))
        .route(&at("/authorizations/{id}"), post(environment::update_authorization))
        .route(&at("/authorizations/{id}/delete"), post(environment::delete_authorization))
        .route(&at("/charter"), get(charter::page))
        .route(&at("/charter/intro"), post(charter::set_intro))
        .route(&at("/charter/areas"), post(charter::add_area))
        .route(&at("/charter/areas/{id}"), post(charter::update_area))
        .route(&at("/charter/areas/{id}/delete"), post(charter::delete_area))
        .route(&at("/charter/publish"), post(charter::publish))
        .route(&at("/charter/v/{version}"), get(charter::version))
        .route(&at("/phases"), get(phases::page).post(phases::add))
        .route(&at("/phases/{id}"), post(phases::update))
        .route(&at("/phases/{id}/delete"), post(phases::delete))
        .route(&at("/phases/{id}/current"), post(phases::make_current_handler))
        .route(&at("/engagement"), get(engagement::page))
        .route(&at("/engagement/events"), post(engagement::record))
        .route(
            &at("/engagement/import"),
            post(engagement::import).layer(DefaultBodyLimit::max(engagement::MAX_CSV_BYTES + 64 * 1024)),
        )
        .route(&at("/who"), get(representation::initiative_page))
        .route(&at("/selections"), get(sortition::list).post(sortition::create))
        .route(&at("/selections/{id}"), get(sortition::show))
        .route(&at("/selections/{id}/volunteer"), post(sortition::volunteer))
        .route(&at("/selections/{id}/withdraw"), post(sortition::withdraw))
        .route(&at("/selections/{id}/quotas"), post(sortition::set_quotas))
        .route(&at("/selections/{id}/quotas/proportional"), post(sortition::proportional))
        .route(&at("/selections/{id}/commit"), post(sortition::commit))
        .route(&at("/selections/{id}/draw"), post(sortition::draw))
        .route(&at("/selections/{id}/respond"), post(sortition::respond))
        .route(&at("/selections/{id}/replacements"), post(sortition::replacements))
        .route(&at("/selections/{id}/close"), post(sortition::close))
        .route(&at("/selections/{id}/lottery/{round}"), get(sortition::lottery))
        .route(&at("/worksheet"), get(worksheet::page))
        .route(&at("/worksheet/{question}"), post(worksheet::answer))
        .route(&at("/health"), get(health::page))
        .route(&at("/packet"), get(health::packet))
        .route(&at("/ideas"), get(ideas::list).post(ideas::create))
        .route(&at("/ideas.csv"), get(exports::ideas_csv))
        .route(&at("/accountability.csv"), get(exports::commitments_csv))
        .route(&at("/stakeholders.csv"), get(exports::stakeholders_csv))
        .route(&at("/approvals.csv"), get(exports::approvals_csv))
        .route(&at("/engagement.csv"), get(exports::engagement_csv))
        .route(&at("/polls/{id}/results.csv"), get(exports::poll_csv))
        .route(&at("/ideas/{id}"), get(ideas::show))
        .route(&at("/ideas/{id}/endorse"), post(ideas::endorse))
        .route(&at("/ideas/{id}/edit"), post(ideas::edit_idea))
        .route(&at("/ideas/{id}/withdraw"), post(ideas::withdraw_idea))
        .route(&at("/ideas/{id}/comments/{cid}/edit"), post(ideas::edit_comment))
        .route(&at("/ideas/{id}/comments/{cid}/withdraw"), post(ideas::withdraw_comment))
        .route(&at("/ideas/{id}/comments"), post(ideas::comment))
        .route(&at("/ideas/{id}/respond"), post(ideas::respond))
        .route(&at("/ideas/{id}/flag"), post(ideas::flag_idea))
        .route(&at("/ideas/{id}/moderate"), post(ideas::moderate_idea))
        .route(&at("/ideas/{id}/comments/{cid}/flag"), post(ideas::flag_comment))
        .route(&at("/ideas/{id}/comments/{cid}/moderate"), post(ideas::moderate_comment))
        .route(&at("/decide"), get(decide::page))
        .route(&at("/polls"), post(decide::create_poll))
        .route(&at("/polls/{id}"), get(polls::show_poll))
        .route(&at("/polls/{id}/ballot"), post(polls::vote_poll))
        .route(&at("/polls/{id}/paper"), post(polls::paper_poll))
        .route(&at("/polls/{id}/paper/declare"), post(polls::declare_paper))
        .route(&at("/polls/{id}/paper/{ballot}/confirm"), post(polls::confirm_paper))
        .route(&at("/polls/{id}/edit"), post(polls::edit_poll))
        .route(&at("/polls/{id}/end"), post(polls::end_poll))
        .route(&at("/polls/{id}/recount"), post(polls::recount_poll))
        .route(&at("/budgets"), post(decide::create_budget))
        .route(&at("/budgets/{id}"), get(budgets::show_budget))
        .route(&at("/budgets/{id}/ballot"), post(budgets::vote_budget))
        .route(&at("/budgets/{id}/paper"), post(budgets::paper_budget))
        .route(&at("/budgets/{id}/paper/declare"), post(budgets::declare_paper))
        .route(&at("/budgets/{id}/paper/{ballot}/confirm"), post(budgets::confirm_paper))
        .route(&at("/budgets/{id}/projects"), post(budgets::add_project))
        .route(&at("/budgets/{id}/projects/{project}"), post(budgets::set_project))
        .route(&at("/budgets/{id}/ballots.pb"), get(budgets::export))
        .route(&at("/budgets/{id}/recount"), post(budgets::recount_budget))
        .route(&at("/conversations"), post(conversation::create))
        .route(&at("/conversations/{id}"), get(conversation::show))
        .route(&at("/conversations/{id}/vote"), post(conversation::vote))
        .route(&at("/conversations/{id}/statements"), post(conversation::add_statement))
        .route(&at("/conversations/{id}/statements/{sid}/moderate"), post(conversation::moderate))
        .route(&at("/conversations/{id}/report"), get(conversation::report))
        .route(&at("/accountability"), get(accountability::page))
        .route(&at("/actions"), get(actions::board).post(actions::create))
        .route(&at("/actions.csv"), get(actions::csv))
        .route(&at("/actions/rule"), post(actions::set_rule))
        .route(&at("/actions/{id}"), get(actions::show))
        .route(&at("/actions/{id}/items/{n}"), post(actions::tick))
        .route(&at("/actions/{id}/complete"), post(actions::complete))
        .route(&at("/roles"), get(rosters::list).post(rosters::create))
        .route(&at("/roles/hours.csv"), get(rosters::hours_csv))
        .route(&at("/roles/{id}"), get(rosters::show))
        .route(&at("/roles/{id}/shifts"), post(rosters::add_shift))
        .route(&at("/roles/{id}/shifts/{shift}/signup"), post(rosters::sign_up))
        .route(&at("/roles/{id}/shifts/{shift}/cancel"), post(rosters::cancel))
        .route(&at("/roles/{id}/signups/{signup}/hours"), post(rosters::record_hours))
        .route(&at("/roles/{id}/promises/deliver"), post(rosters::deliver))
        .route(&at("/accountability/commitments"), post(accountability::create))
        .route(&at("/accountability/commitments/{id}/progress"), post(accountability::progress))
        .route(&at("/feed.atom"), get(accountability::feed))
        .route("/c/{community}/queue", get(moderation::queue))
        .route("/c/{community}/moderation", get(moderation::moderation))
        .route("/c/{community}/moderation/{kind}/{id}", post(moderation::decide))
        .route("/c/{community}/conduct", get(moderation::conduct))
        .route("/notifications", get(notifications::page))
        .route("/notifications/read", post(notifications::mark_read))
        .route("/account/delivery", post(notifications::delivery))
        .route("/c/{community}/members", get(admin::members))
        .route("/c/{community}/members/{id}", post(admin::update_member))
        .route("/c/{community}/members/{id}/signin-link", post(admin::signin_link))
        .route("/c/{community}/members/merge", get(admin::merge_page).post(admin::merge))
        .route("/c/{community}/invitations", get(admin::invitations).post(admin::create_invitation))
        .route("/c/{community}/invitations/{id}/revoke", post(admin::revoke_invitation))
        .route("/c/{community}/settings", get(admin::settings).post(admin::update_settings))
        .route("/c/{community}/audit", get(audit::audit))
        .route("/c/{community}/groups", post(admin::add_group))
        .route("/c/{community}/groups/{id}", post(admin::rename_group))
        .route("/c/{community}/schools", post(admin::add_school))
        .route("/c/{community}/who", get(representation::community_page))
        .route("/c/{community}/who/settings", post(representation::save_settings))
        .route("/c/{community}/baselines", get(representation::baselines_page).post(representation::set_baseline))
        .route("/c/{community}/baselines/import", post(representation::import_baseline))
        .route("/c/{community}/baselines/{id}/delete", post(representation::remove_baseline))
        .route("/c/{community}/outreach", post(representation::invite_group))
        .route("/c/{community}/profile", get(representation::profile_page).post(representation::save_profile))
        .route(
            "/c/{community}/members/{id}/profile",
            get(representation::pupil_profile_page).post(representation::save_pupil_profile),
        )
        .route("/c/{community}/bodies", get(bodies::list).post(bodies::create))
        .route("/c/{community}/bodies/{id}", get(bodies::show).post(bodies::update))
        .route("/c/{community}/bodies/{id}/calendar.ics", get(meetings::body_calendar))
        .route("/c/{community}/bodies/{id}/areas", post(bodies::set_areas))
        .route("/c/{community}/bodies/{id}/rules", post(bodies::add_rule))
        .route("/c/{community}/bodies/{id}/rules/{n}/delete", post(bodies::remove_rule))
        .route("/c/{community}/bodies/{id}/seats", post(bodies::add_seat))
        .route("/c/{community}/bodies/{id}/seats/{seat}/delete", post(bodies::remove_seat))
        .route("/c/{community}/bodies/{id}/seats/{seat}/terms", post(bodies::add_term))
        .route("/c/{community}/bodies/{id}/seats/{seat}/alternates", post(bodies::add_alternate))
        .route("/c/{community}/bodies/{id}/seats/{seat}/fill", post(bodies::fill))
        .route("/c/{community}/bodies/{id}/seats/{seat}/selection", post(bodies::open_selection))
        .route("/c/{community}/bodies/{id}/terms/{term}/end", post(bodies::end_term))
        .route("/c/{community}/bodies/{id}/meetings", post(bodies::create_meeting))
        .route("/c/{community}/meetings", get(meetings::list).post(meetings::create))
        .route("/c/{community}/calendar.ics", get(meetings::community_calendar))
        .route("/c/{community}/calendar/feed", post(meetings::create_feed))
        .route("/c/{community}/calendar/feed/revoke", post(meetings::revoke_feed))
        .route("/c/{community}/feeds/{secret}", get(meetings::feed))
        .route("/c/{community}/i/{initiative}/calendar.ics", get(meetings::initiative_calendar))
        .route("/c/{community}/meetings/{id}", get(meetings::show).post(meetings::update))
        .route("/c/{community}/meetings/{id}/calendar.ics", get(meetings::meeting_calendar))
        .route("/c/{community}/meetings/{id}/cancel", post(meetings::cancel))
        .route("/c/{community}/meetings/{id}/agenda", post(meetings::add_item))
        .route("/c/{community}/meetings/{id}/agenda/publish", post(meetings::publish_agenda))
        .route("/c/{community}/meetings/{id}/agenda/{item}/delete", post(meetings::remove_item))
        .route("/c/{community}/meetings/{id}/register", post(meetings::register))
        .route("/c/{community}/meetings/{id}/registration/cancel", post(meetings::cancel_registration))
        .route("/c/{community}/meetings/{id}/check-in", post(meetings::check_in))
        .route("/c/{community}/meetings/{id}/attendance/{registration}", post(meetings::mark))
        .route("/c/{community}/meetings/{id}/walk-in", post(meetings::walk_in))
        .route("/c/{community}/meetings/{id}/minutes", post(meetings::save_minutes))
        .route("/c/{community}/meetings/{id}/minutes/approve", post(meetings::approve_minutes))
        .route("/c/{community}/meetings/{id}/minutes/publish", post(meetings::publish_minutes))
        .route("/c/{community}/strengths", get(rosters::strengths).post(rosters::save_strengths))
        .route("/c/{community}/strengths/delete", post(rosters::delete_strengths))
        .route("/c/{community}/safeguarding", get(rosters::safeguarding).post(rosters::record_check))
        .route("/c/{community}/events", get(events::list).post(events::create))
        .route("/c/{community}/events/{id}", get(events::show).post(events::update))
        .route("/c/{community}/events/{id}/calendar.ics", get(events::calendar))
        .route("/c/{community}/events/{id}/certificate", get(events::certificate))
        .route("/c/{community}/events/{id}/report", get(events::report))
        .route("/c/{community}/events/{id}/report.csv", get(events::report_csv))
        .route("/c/{community}/events/{id}/report/publish", post(events::publish_report))
        .route("/c/{community}/events/{id}/panel", post(events::set_panel))
        .route("/c/{community}/events/{id}/rooms", post(events::add_room))
        .route("/c/{community}/events/{id}/programme/publish", post(events::publish_programme))
        .route("/c/{community}/events/{id}/feedback", post(events::event_feedback))
        .route("/c/{community}/events/{id}/proposals", get(events::proposals).post(events::propose))
        .route("/c/{community}/events/{id}/proposals/{proposal}/withdraw", post(events::withdraw))
        .route("/c/{community}/events/{id}/proposals/{proposal}/review", post(events::review))
        .route("/c/{community}/events/{id}/proposals/{proposal}/conflict", post(events::declare_conflict))
        .route("/c/{community}/events/{id}/proposals/{proposal}/decision", post(events::decide))
        .route("/c/{community}/events/{id}/proposals/{proposal}/place", post(events::place))
        .route("/c/{community}/events/{id}/proposals/{proposal}/feedback", post(events::session_feedback))
        .route("/c/{community}/surveys", get(surveys::list).post(surveys::create))
        .route("/c/{community}/surveys/{id}", get(surveys::show))
        .route("/c/{community}/surveys/{id}/questions", post(surveys::add_question))
        .route("/c/{community}/surveys/{id}/scales", post(surveys::add_scale))
        .route("/c/{community}/surveys/{id}/scales/{position}/outcome", post(surveys::link_outcome))
        .route("/c/{community}/surveys/{id}/open", post(surveys::open))
        .route("/c/{community}/surveys/{id}/close", post(surveys::close))
        .route("/c/{community}/surveys/{id}/publish", post(surveys::publish))
        .route("/c/{community}/surveys/{id}/invite", post(surveys::invite))
        .route("/c/{community}/surveys/{id}/links", post(surveys::blank_links))
        .route("/c/{community}/surveys/{id}/remind", post(surveys::remind))
        .route("/c/{community}/surveys/{id}/wave", post(surveys::new_wave))
        .route("/c/{community}/surveys/{id}/wave-label", post(surveys::name_wave))
        .route("/c/{community}/surveys/{id}/paper", get(surveys::paper).post(surveys::enter_paper))
        .route("/c/{community}/surveys/{id}/form", get(surveys::printable))
        .route("/c/{community}/surveys/{id}/results", get(surveys::results))
        .route("/c/{community}/surveys/{id}/texts/{response}/{question}", post(surveys::moderate))
        .route("/c/{community}/surveys/{id}/responses.csv", get(surveys::responses_csv))
        .route("/c/{community}/surveys/{id}/codebook.csv", get(surveys::codebook_csv))
        .route("/c/{community}/s/{token}", get(surveys::take).post(surveys::respond))
        .merge(api::router())
        .fallback(not_found)
        .layer(from_fn(refuse_undecodable_addresses))
        // Inside the context layer, so a panic becomes a 500 page in the user's language.
        .layer(CatchPanicLayer::new())
        .layer(from_fn_with_state(state.clone(), context::layer))
        .layer(from_fn(render_errors))
        .layer(DefaultBodyLimit::max(forms::MAX_FORM_BYTES * 4));
    Router::new()
        .route("/static/style.css", get(|| async { asset("text/css; charset=utf-8", STYLE_CSS) }))
        .route("/static/favicon.svg", get(|| async { asset("image/svg+xml", FAVICON_SVG) }))
        .route("/healthz", get(health))
        // Liveness without touching the database: also the "trivial route" of the HTTP benchmark.
        .route("/livez", get(|| async { "ok" }))
        .merge(pages)
        .layer(from_fn_with_state(https, security::headers))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .with_state(state)
}

/// Serves the app until `shutdown` resolves, with client addresses available
/// to the login throttle.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service).with_graceful_shutdown(shutdown).await
}

/// An address whose path or query decodes to bytes that are not UTF-8
/// (`%FF`) gets a clear 400 in the reader's language, before any extractor
/// gives a vaguer one.
async fn refuse_undecodable_addresses(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let decodes = |raw: &str| percent_encoding::percent_decode_str(raw).decode_utf8().is_ok();
    if !decodes(uri.path()) || !uri.query().is_none_or(decodes) {
        return AppError::BadRequest("error-utf8").into_response();
    }
    next.run(request).await
}

/// Replaces an error response (ours, axum's or a caught panic) with a page or
/// a JSON body in the reader's language. It wraps the context layer, whose
/// response carries the request's `Ctx`; here, at the top of the crate, is
/// the one place that knows both renderers.
async fn render_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let Some(ctx) = response.extensions().get::<Ctx>().cloned() else { return response };
    let status = response.status();
    let marker = response.extensions().get::<ErrorMarker>().map(|m| m.0.clone());
    let content_type = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let already_rendered = content_type.starts_with("text/html") || content_type.starts_with("application/json");
    let error = match marker {
        Some(e) => e,
        None if status.as_u16() >= 400 && !already_rendered => AppError::from_status(status),
        None => return response,
    };
    if let AppError::Internal(detail) = &error {
        tracing::error!(path = %ctx.path, %detail, "request failed");
    }
    let mut rendered = if matches!(error, AppError::LoginRequired) && !ctx.is_api {
        Redirect::to(&format!("/login?next={}", html::encode_query(&ctx.path))).into_response()
    } else if ctx.is_api {
        api::error_response(&ctx, &error)
    } else {
        pages::error::page(&ctx, &error)
    };
    let headers = rendered.headers_mut();
    if let AppError::TooManyRequests { retry_after_secs } | AppError::Busy { retry_after_secs } = error
        && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        headers.insert(header::RETRY_AFTER, v);
    }
    if status == StatusCode::METHOD_NOT_ALLOWED
        && let Some(allow) = response.headers().get(header::ALLOW)
    {
        headers.insert(header::ALLOW, allow.clone());
    }
    // The cookies the context layer set (a new CSRF token, a cleared flash) still apply.
    for cookie in response.headers().get_all(header::SET_COOKIE) {
        headers.append(header::SET_COOKIE, cookie.clone());
    }
    rendered
}
