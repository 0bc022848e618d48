//! Logging in and out, and choosing a language.

use axum::{
    extract::{Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use maud::html;
use serde::Deserialize;
use tandem_domain::Invalid;
use tandem_service::i18n::Arg;
use tandem_service::{
    Error,
    accounts::{self, LoginInput, NewSession},
};

use crate::{
    context::{Ctx, LANG_COOKIE, SESSION_COOKIE, set_cookie},
    error::{AppError, AppResult},
    forms::Form,
    html::{FieldOpts, Fields, Page, csrf_field, error_summary},
    pages::{redirect_with_flash, safe_next},
    state::AppState,
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
        p { a href="/login/forgot" { (ctx.t("login-forgot")) } }
        p { (ctx.t("login-invited-hint")) }
    };
    Page::new(&title, body).status(status).render(ctx)
}

pub async fn login(State(state): State<AppState>, ctx: Ctx, Form(form): Form<LoginForm>) -> AppResult<Response> {
    let input = LoginInput { email: form.email.clone(), password: form.password.clone() };
    match accounts::login(&state.svc, &input, &ctx.client_ip, ctx.session_token.as_deref(), ctx.now).await {
        Ok(session) => {
            let mut response = redirect_with_flash(&ctx, safe_next(&form.next), "flash-logged-in");
            response.headers_mut().append(header::SET_COOKIE, session_cookie(&ctx, &session)?);
            Ok(response)
        }
        Err(Error::SecondFactorNeeded(challenge)) => {
            crate::pages::second_factor::to_code_form(&ctx, &challenge, &form.next)
        }
        Err(Error::Invalid(errors)) => Ok(render(&ctx, &form, &errors, StatusCode::UNPROCESSABLE_ENTITY)),
        Err(Error::TooManyRequests { retry_after_secs }) => {
            let minutes = (retry_after_secs + 59) / 60;
            let mut response = render_message(
                &ctx,
                &form,
                &ctx.ta("login-throttled", &[("minutes", Arg::Num(minutes))]),
                StatusCode::TOO_MANY_REQUESTS,
            );
            if let Ok(v) = retry_after_secs.to_string().parse() {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Ok(response)
        }
        Err(Error::Busy { retry_after_secs }) => {
            let mut response = render_message(&ctx, &form, &ctx.t("error-busy-body"), StatusCode::SERVICE_UNAVAILABLE);
            if let Ok(v) = retry_after_secs.to_string().parse() {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Ok(response)
        }
        Err(Error::Conflict(message)) => Ok(render_message(&ctx, &form, &ctx.t(message), StatusCode::UNAUTHORIZED)),
        Err(e) => Err(e.into()),
    }
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
        p { a href="/login/forgot" { (ctx.t("login-forgot")) } }
    };
    Page::new(&title, body).status(status).render(ctx)
}

/// The cookie that carries a new session.
pub fn session_cookie(ctx: &Ctx, session: &NewSession) -> AppResult<axum::http::HeaderValue> {
    set_cookie(SESSION_COOKIE, &session.token, session.max_age_secs, true, ctx.secure_cookies)
        .ok_or_else(|| AppError::Internal(String::from("session cookie")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Empty {}

pub async fn logout(State(state): State<AppState>, ctx: Ctx, Form(_): Form<Empty>) -> AppResult<Response> {
    if let Some(token) = &ctx.session_token {
        accounts::logout(&state.svc, token).await?;
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
    let lang = match accounts::set_lang(&state.svc, &ctx.actor(), &form.lang).await {
        Ok(lang) => lang,
        Err(Error::Invalid(_)) => return Err(AppError::BadRequest("error-lang-unknown")),
        Err(e) => return Err(e.into()),
    };
    let mut response = Redirect::to(safe_next(&form.next)).into_response();
    if let Some(c) = set_cookie(LANG_COOKIE, lang.code(), 60 * 60 * 24 * 365, false, ctx.secure_cookies) {
        response.headers_mut().append(header::SET_COOKIE, c);
    }
    Ok(response)
}
