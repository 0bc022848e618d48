//! A forgotten password and a new sign-in address: each proved by a link
//! sent to the address itself. The rules are in the service's `recovery`.

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::Response,
};
use maud::{Markup, html};
use serde::Deserialize;
use tandem_domain::Invalid;
use tandem_service::{Door, Error, i18n::Arg, recovery};

use crate::{
    context::Ctx,
    error::AppResult,
    forms::Form,
    html::{FieldOpts, Fields, Page, crumb, csrf_field, error_summary},
    pages::{auth::session_cookie, redirect_with_flash},
    state::AppState,
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    pub email: String,
}

/// The notice shown instead of a form, in a status region.
fn notice(message: &str) -> Markup {
    html! { div class="notice" role="status" { p { (message) } } }
}

pub async fn forgot_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    render_forgot(&state, &ctx, "", &Invalid::default(), None, StatusCode::OK)
}

fn render_forgot(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    errors: &Invalid,
    message: Option<String>,
    status: StatusCode,
) -> Response {
    let title = ctx.t("forgot-title");
    let f = Fields::new(ctx, errors);
    let labels = [("email", ctx.t("login-email"))];
    let body = html! {
        h1 { (title) }
        @if let Some(message) = &message { (notice(message)) }
        @if recovery::can_send_links(&state.svc) {
            (error_summary(ctx, errors, &labels))
            p { (ctx.t("forgot-lead")) }
            form method="post" action="/login/forgot" novalidate class="stack narrow" {
                (csrf_field(ctx))
                (f.text("email", &labels[0].1, email, FieldOpts::required().kind("email").autocomplete("username")))
                button type="submit" class="button" { (ctx.t("forgot-submit")) }
            }
        } @else {
            p { (ctx.t("reset-unavailable")) }
        }
        p { (ctx.t("forgot-invited-hint")) }
    };
    Page::new(&title, body).crumbs(vec![crumb(ctx.t("login-title"), "/login")]).status(status).render(ctx)
}

pub async fn forgot(State(state): State<AppState>, ctx: Ctx, Form(form): Form<ForgotForm>) -> AppResult<Response> {
    match recovery::request_password_reset(&state.svc, &form.email, &ctx.client_ip, ctx.now).await {
        // The same page whether or not the address has an account.
        Ok(()) => Ok(redirect_with_flash(&ctx, "/login", "flash-reset-sent")),
        Err(Error::Invalid(errors)) => {
            Ok(render_forgot(&state, &ctx, &form.email, &errors, None, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(Error::Conflict(message)) => Ok(render_forgot(
            &state,
            &ctx,
            &form.email,
            &Invalid::default(),
            Some(ctx.t(message)),
            StatusCode::CONFLICT,
        )),
        Err(Error::TooManyRequests { retry_after_secs }) => {
            let minutes = (retry_after_secs + 59) / 60;
            let message = ctx.ta("forgot-throttled", &[("minutes", Arg::Num(minutes))]);
            let mut response = render_forgot(
                &state,
                &ctx,
                &form.email,
                &Invalid::default(),
                Some(message),
                StatusCode::TOO_MANY_REQUESTS,
            );
            if let Ok(v) = retry_after_secs.to_string().parse() {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Ok(response)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    pub new_password: String,
}

pub async fn reset_form(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> AppResult<Response> {
    let open = recovery::reset_link_open(&state.svc, &token, ctx.now).await?;
    Ok(render_reset(&ctx, &token, open, &Invalid::default(), StatusCode::OK))
}

fn render_reset(ctx: &Ctx, token: &str, open: bool, errors: &Invalid, status: StatusCode) -> Response {
    let title = ctx.t("reset-title");
    let f = Fields::new(ctx, errors);
    let labels = [("new_password", ctx.t("account-field-new-password"))];
    let body = html! {
        h1 { (title) }
        @if open {
            (error_summary(ctx, errors, &labels))
            p { (ctx.t("reset-lead")) }
            form method="post" action=(format!("/reset/{token}")) novalidate class="stack narrow" {
                (csrf_field(ctx))
                (f.text("new_password", &labels[0].1, "", FieldOpts::required().kind("password").autocomplete("new-password").hint(ctx.t("account-password-hint"))))
                button type="submit" class="button" { (ctx.t("reset-submit")) }
            }
        } @else {
            (notice(&ctx.t("reset-link-unusable")))
            p { a href="/login/forgot" { (ctx.t("reset-ask-again")) } }
        }
    };
    Page::new(&title, body).status(status).render(ctx)
}

pub async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> AppResult<Response> {
    match recovery::reset_password(&state.svc, Door::Page, &token, &form.new_password, &ctx.client_ip, ctx.now).await {
        Ok(session) => {
            let mut response = redirect_with_flash(&ctx, "/account", "flash-password-reset");
            response.headers_mut().append(header::SET_COOKIE, session_cookie(&ctx, &session)?);
            Ok(response)
        }
        Err(Error::SecondFactorNeeded(challenge)) => {
            crate::pages::second_factor::to_code_form(&ctx, &challenge, "/account")
        }
        Err(Error::Invalid(errors)) => Ok(render_reset(&ctx, &token, true, &errors, StatusCode::UNPROCESSABLE_ENTITY)),
        Err(Error::Conflict(_)) => Ok(render_reset(&ctx, &token, false, &Invalid::default(), StatusCode::GONE)),
        Err(e) => Err(e.into()),
    }
}

/// A confirmation link: GET shows a button (mail scanners open links, and
/// must not change the address by doing so); POST confirms.
pub async fn email_form(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> AppResult<Response> {
    let new_email = recovery::email_link(&state.svc, &token, ctx.now).await?;
    Ok(render_email(&ctx, &token, new_email.as_deref(), StatusCode::OK))
}

fn render_email(ctx: &Ctx, token: &str, new_email: Option<&str>, status: StatusCode) -> Response {
    let title = ctx.t("email-confirm-title");
    let body = html! {
        h1 { (title) }
        @match new_email {
            Some(email) => {
                p { (ctx.ta("email-confirm-lead", &[("email", email.into())])) }
                form method="post" action=(format!("/account/email/{token}")) class="stack narrow" {
                    (csrf_field(ctx))
                    button type="submit" class="button" { (ctx.t("email-confirm-submit")) }
                }
            }
            None => (notice(&ctx.t("email-link-unusable"))),
        }
    };
    Page::new(&title, body).status(status).render(ctx)
}

pub async fn confirm_email(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> AppResult<Response> {
    match recovery::confirm_email_change(&state.svc, Door::Page, &token, ctx.now).await {
        Ok(_) => {
            let to = if ctx.user.is_some() { "/account" } else { "/login" };
            Ok(redirect_with_flash(&ctx, to, "flash-email-confirmed"))
        }
        Err(Error::Conflict(_)) => Ok(render_email(&ctx, &token, None, StatusCode::GONE)),
        Err(e) => Err(e.into()),
    }
}
