//! Logging in and out, and choosing a language.

use axum::{
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use maud::html;
use serde::Deserialize;
use tandem_domain::{
    FieldError, Invalid, session,
    throttle::{PER_ACCOUNT, PER_ADDRESS, ThrottlePolicy, Verdict},
};
use tandem_store::{sessions, throttle, users};

use crate::{
    AppState,
    context::{Ctx, LANG_COOKIE, SESSION_COOKIE, set_cookie},
    error::{AppError, AppResult},
    forms::Form,
    html::{FieldOpts, Fields, Page, csrf_field, error_summary},
    i18n::{Arg, Lang},
    pages::{redirect_with_flash, safe_next},
    security::{DUMMY_HASH, new_token, token_hash, verify_password},
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    pub next: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

pub async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    if ctx.user.is_some() {
        return Redirect::to(safe_next(&q.next)).into_response();
    }
    let form = LoginForm { next: q.next, ..Default::default() };
    render(&ctx, &form, &Invalid::default(), StatusCode::OK)
}

fn render(ctx: &Ctx, form: &LoginForm, errors: &Invalid, status: StatusCode) -> Response {
    let title = ctx.t("login-title");
    let f = Fields::new(ctx, errors);
    let labels = [("email", ctx.t("login-email")), ("password", ctx.t("login-password"))];
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors, &labels))
        form method="post" action="/login" novalidate class="stack narrow" {
            (csrf_field(ctx))
            input type="hidden" name="next" value=(safe_next(&form.next));
            (f.text("email", &labels[0].1, &form.email, FieldOpts::required().kind("email").autocomplete("username")))
            (f.text("password", &labels[1].1, "", FieldOpts::required().kind("password").autocomplete("current-password")))
            button type="submit" class="button" { (ctx.t("login-submit")) }
        }
        p { (ctx.t("login-invited-hint")) }
    };
    Page::new(&title, body).status(status).render(ctx)
}

/// Refuses when either this account or this address has failed too often.
async fn throttled(state: &AppState, keys: &[(String, ThrottlePolicy)], ctx: &Ctx) -> AppResult<Option<i64>> {
    let mut wait = None;
    for (key, policy) in keys {
        if let Some((failures, start)) = throttle::current(&state.db, key, policy.window_cutoff(ctx.now)).await?
            && let Verdict::Locked { retry_after_secs } = policy.verdict(failures, start, ctx.now)
        {
            wait = Some(wait.unwrap_or(0).max(retry_after_secs));
        }
    }
    Ok(wait)
}

pub async fn login(State(state): State<AppState>, ctx: Ctx, Form(form): Form<LoginForm>) -> AppResult<Response> {
    let email = form.email.trim().to_lowercase();
    let mut errors = Invalid::default();
    if email.is_empty() {
        errors.0.push(FieldError::new("email", "error-required"));
    }
    if form.password.is_empty() {
        errors.0.push(FieldError::new("password", "error-required"));
    }
    if !errors.is_empty() {
        return Ok(render(&ctx, &form, &errors, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let keys = [(format!("acct:{email}"), PER_ACCOUNT), (format!("ip:{}", ctx.client_ip), PER_ADDRESS)];
    if let Some(secs) = throttled(&state, &keys, &ctx).await? {
        let minutes = (secs + 59) / 60;
        let mut response = render_message(
            &ctx,
            &form,
            &ctx.ta("login-throttled", &[("minutes", Arg::Num(minutes))]),
            StatusCode::TOO_MANY_REQUESTS,
        );
        if let Ok(v) = secs.to_string().parse() {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return Ok(response);
    }
    let credentials = users::credentials(&state.db, &email).await?;
    let hash = credentials.as_ref().and_then(|(_, h)| h.clone()).unwrap_or_else(|| DUMMY_HASH.to_owned());
    let password = form.password.clone();
    // Hashing takes tens of milliseconds of CPU; keep it off the async workers.
    let verified = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let user = match credentials {
        Some((user, Some(_))) if verified => user,
        _ => {
            for (key, policy) in &keys {
                throttle::record_failure(&state.db, key, ctx.now, policy.window_cutoff(ctx.now)).await?;
            }
            return Ok(render_message(&ctx, &form, &ctx.t("login-failed"), StatusCode::UNAUTHORIZED));
        }
    };
    throttle::clear(&state.db, &keys[0].0).await?;
    let cookie = start_session(&state, &ctx, user.id).await?;
    let mut response = redirect_with_flash(&ctx, safe_next(&form.next), "flash-logged-in");
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

fn render_message(ctx: &Ctx, form: &LoginForm, message: &str, status: StatusCode) -> Response {
    let title = ctx.t("login-title");
    let no_errors = Invalid::default();
    let f = Fields::new(ctx, &no_errors);
    let body = html! {
        h1 { (title) }
        div class="problem-summary" role="alert" aria-labelledby="problem-summary-title" {
            h2 id="problem-summary-title" { (ctx.t("form-error-summary")) }
            p { (message) }
        }
        form method="post" action="/login" novalidate class="stack narrow" {
            (csrf_field(ctx))
            input type="hidden" name="next" value=(safe_next(&form.next));
            (f.text("email", &ctx.t("login-email"), &form.email, FieldOpts::required().kind("email").autocomplete("username")))
            (f.text("password", &ctx.t("login-password"), "", FieldOpts::required().kind("password").autocomplete("current-password")))
            button type="submit" class="button" { (ctx.t("login-submit")) }
        }
    };
    Page::new(&title, body).status(status).render(ctx)
}

/// Creates a new session (ending the one this browser had: rotation on login)
/// and returns its cookie.
pub async fn start_session(state: &AppState, ctx: &Ctx, user_id: i64) -> AppResult<axum::http::HeaderValue> {
    if let Some(old) = &ctx.session_hash {
        sessions::delete(&state.db, old).await?;
    }
    let token = new_token();
    let expires = session::expiry(ctx.now, ctx.now);
    sessions::create(&state.db, &token_hash(&token), user_id, &new_token(), ctx.now, expires).await?;
    set_cookie(SESSION_COOKIE, &token, session::ABSOLUTE_SECS, true, ctx.secure_cookies)
        .ok_or_else(|| AppError::Internal(String::from("session cookie")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Empty {}

pub async fn logout(State(state): State<AppState>, ctx: Ctx, Form(_): Form<Empty>) -> AppResult<Response> {
    if let Some(hash) = &ctx.session_hash {
        sessions::delete(&state.db, hash).await?;
    }
    let mut response = redirect_with_flash(&ctx, "/", "flash-logged-out");
    if let Some(c) = set_cookie(SESSION_COOKIE, "", 0, true, ctx.secure_cookies) {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LangForm {
    pub lang: String,
    pub next: String,
}

pub async fn set_lang(State(state): State<AppState>, ctx: Ctx, Form(form): Form<LangForm>) -> AppResult<Response> {
    let lang = Lang::parse(&form.lang).ok_or(AppError::BadRequest("error-lang-unknown"))?;
    if let Some(uid) = ctx.user_id() {
        users::set_lang(&state.db, uid, lang.code()).await?;
    }
    let mut response = Redirect::to(safe_next(&form.next)).into_response();
    if let Some(c) = set_cookie(LANG_COOKIE, lang.code(), 60 * 60 * 24 * 365, false, ctx.secure_cookies) {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(response)
}
