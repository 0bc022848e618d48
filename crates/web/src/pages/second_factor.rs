//! The second factor: the code asked for after the password, and setting it
//! up, renewing recovery codes or turning it off on the account page. The
//! rules are in the service's `second_factor`.

use axum::{
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use maud::{Markup, PreEscaped, html};
use serde::Deserialize;
use tandem_domain::Invalid;
use tandem_service::{Error, error::Challenge, i18n::Arg, second_factor};

use crate::{
    context::{Ctx, cookies, set_cookie},
    error::{AppError, AppResult},
    forms::{Form, FormPairs},
    html::{FieldOpts, Fields, Page, crumb, csrf_field, error_summary},
    pages::{auth::session_cookie, redirect_with_flash, safe_next},
    state::AppState,
};

/// The cookie that holds a sign-in waiting for its code.
pub const CHALLENGE_COOKIE: &str = "tandem_challenge";

/// Where a right password leads when the account also asks for a code.
pub fn to_code_form(ctx: &Ctx, challenge: &Challenge, next: &str) -> AppResult<Response> {
    let to = format!("/login/code?next={}", crate::html::encode_query(safe_next(next)));
    let mut response = Redirect::to(&to).into_response();
    let secs = tandem_domain::second_factor::CHALLENGE_SECS;
    let cookie = set_cookie(CHALLENGE_COOKIE, &challenge.0, secs, true, ctx.secure_cookies)
        .ok_or_else(|| AppError::Internal(String::from("challenge cookie")))?;
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

fn challenge_of(headers: &HeaderMap) -> Option<String> {
    cookies(headers).into_iter().find(|(k, _)| k == CHALLENGE_COOKIE).map(|(_, v)| v).filter(|v| !v.is_empty())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeQuery {
    pub next: String,
}

pub async fn code_form(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Query(q): Query<CodeQuery>,
) -> AppResult<Response> {
    let open = match challenge_of(&headers) {
        Some(token) => second_factor::challenge_open(&state.svc, &token, ctx.now).await?,
        None => false,
    };
    if !open {
        return Ok(redirect_with_flash(&ctx, "/login", "flash-second-factor-expired"));
    }
    Ok(render_code(&ctx, &q.next, &Invalid::default(), StatusCode::OK))
}

fn render_code(ctx: &Ctx, next: &str, errors: &Invalid, status: StatusCode) -> Response {
    let title = ctx.t("second-factor-code-title");
    let f = Fields::new(ctx, errors);
    let labels = [("code", ctx.t("second-factor-field-code"))];
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors, &labels))
        p { (ctx.t("second-factor-code-lead")) }
        form method="post" action="/login/code" novalidate class="stack narrow" {
            (csrf_field(ctx))
            input type="hidden" name="next" value=(safe_next(next));
            (f.text("code", &labels[0].1, "", FieldOpts::required().autocomplete("one-time-code").hint(ctx.t("second-factor-code-hint"))))
            button type="submit" class="button" { (ctx.t("login-submit")) }
        }
    };
    Page::new(&title, body).status(status).render(ctx)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
    pub next: String,
}

pub async fn code(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let Some(token) = challenge_of(&headers) else {
        return Ok(redirect_with_flash(&ctx, "/login", "flash-second-factor-expired"));
    };
    match second_factor::answer(&state.svc, &token, &form.code, ctx.session_token.as_deref(), ctx.now).await {
        Ok(session) => {
            let mut response = redirect_with_flash(&ctx, safe_next(&form.next), "flash-logged-in");
            response.headers_mut().append(header::SET_COOKIE, session_cookie(&ctx, &session)?);
            if let Some(gone) = set_cookie(CHALLENGE_COOKIE, "", 0, true, ctx.secure_cookies) {
                response.headers_mut().append(header::SET_COOKIE, gone);
            }
            Ok(response)
        }
        Err(Error::Invalid(errors)) => Ok(render_code(&ctx, &form.next, &errors, StatusCode::UNPROCESSABLE_ENTITY)),
        Err(Error::Conflict(_)) => Ok(redirect_with_flash(&ctx, "/login", "flash-second-factor-expired")),
        Err(Error::TooManyRequests { retry_after_secs }) => {
            let minutes = (retry_after_secs + 59) / 60;
            let mut errors = Invalid::default();
            errors
                .0
                .push(tandem_domain::FieldError::new("code", "second-factor-throttled").with_arg("minutes", minutes));
            Ok(render_code(&ctx, &form.next, &errors, StatusCode::TOO_MANY_REQUESTS))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- on the account page

/// The account page's section: on or off, and what can be done.
pub fn section(ctx: &Ctx, has_password: bool, on: bool, codes_left: i64, errors: &Invalid) -> Markup {
    let f = Fields::with_prefix(ctx, errors, "second-factor");
    html! {
        section aria-labelledby="second-factor-h" class="panel" id="second-factor" {
            h2 id="second-factor-h" { (ctx.t("second-factor-title")) }
            @if on {
                p { (ctx.t("second-factor-on")) " " (ctx.ta("second-factor-codes-left", &[("count", Arg::Num(codes_left))])) }
                form method="post" action="/account/second-factor/recovery-codes" novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.text("current_password", &ctx.t("account-field-current-password"), "", FieldOpts::required().kind("password").autocomplete("current-password")))
                    button type="submit" class="button secondary" { (ctx.t("second-factor-new-codes")) }
                }
                form method="post" action="/account/second-factor/disable" novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.text("off_password", &ctx.t("account-field-current-password"), "", FieldOpts::required().kind("password").autocomplete("current-password")))
                    (f.text("code", &ctx.t("second-factor-field-code"), "", FieldOpts::required().autocomplete("one-time-code")))
                    button type="submit" class="button danger" { (ctx.t("second-factor-turn-off")) }
                }
            } @else if has_password {
                p { (ctx.t("second-factor-off")) }
                form method="post" action="/account/second-factor" class="stack" {
                    (csrf_field(ctx))
                    button type="submit" class="button" { (ctx.t("second-factor-set-up")) }
                }
            } @else {
                p { (ctx.t("second-factor-needs-password")) }
            }
        }
    }
}

/// Starts setting up and shows the secret.
pub async fn start(State(state): State<AppState>, ctx: Ctx, _form: FormPairs) -> AppResult<Response> {
    second_factor::start(&state.svc, &ctx.actor()).await?;
    Ok(Redirect::to("/account/second-factor").into_response())
}

pub async fn setup(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    ctx.require_user()?;
    render_setup(&state, &ctx, &Invalid::default(), StatusCode::OK).await
}

/// The QR code an app's camera reads, drawn as SVG on the server.
fn qr(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).build();
    svg.find("<svg").map(|at| svg[at..].to_owned())
}

async fn render_setup(state: &AppState, ctx: &Ctx, errors: &Invalid, status: StatusCode) -> AppResult<Response> {
    let Some(enrolment) = second_factor::pending(&state.svc, &ctx.actor()).await? else {
        return Ok(Redirect::to("/account#second-factor").into_response());
    };
    let title = ctx.t("second-factor-setup-title");
    let f = Fields::new(ctx, errors);
    let labels = [("code", ctx.t("second-factor-field-code"))];
    let body = html! {
        h1 { (title) }
        (error_summary(ctx, errors, &labels))
        ol class="stack" {
            li {
                p { (ctx.t("second-factor-setup-scan")) }
                @if let Some(svg) = qr(&enrolment.uri) {
                    div class="qr" role="img" aria-label=(ctx.t("second-factor-qr-label")) { (PreEscaped(svg)) }
                }
                p { (ctx.t("second-factor-setup-type")) }
                p { code class="secret" { (enrolment.secret) } }
            }
            li {
                form method="post" action="/account/second-factor/confirm" novalidate class="stack narrow" {
                    (csrf_field(ctx))
                    (f.text("code", &labels[0].1, "", FieldOpts::required().autocomplete("one-time-code").hint(ctx.t("second-factor-code-hint"))))
                    button type="submit" class="button" { (ctx.t("second-factor-confirm")) }
                }
            }
        }
    };
    Ok(Page::new(&title, body).crumbs(vec![crumb(ctx.t("account-title"), "/account")]).status(status).render(ctx))
}

/// The recovery codes, shown once.
fn render_codes(ctx: &Ctx, codes: &[String]) -> Response {
    let title = ctx.t("second-factor-codes-title");
    let body = html! {
        h1 { (title) }
        div class="notice ok" role="status" { p { (ctx.t("second-factor-codes-lead")) } }
        ul class="codes" { @for c in codes { li { code { (c) } } } }
        p { a class="button" href="/account" { (ctx.t("second-factor-codes-done")) } }
    };
    Page::new(&title, body)
        .crumbs(vec![crumb(ctx.t("account-title"), "/account")])
        .status(StatusCode::CREATED)
        .render(ctx)
}

pub async fn confirm(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    let actor = ctx.actor();
    match second_factor::confirm(&state.svc, &actor, form.get("code"), ctx.session_token.as_deref(), ctx.now).await {
        Ok(codes) => Ok(render_codes(&ctx, &codes)),
        Err(Error::Invalid(errors)) => render_setup(&state, &ctx, &errors, StatusCode::UNPROCESSABLE_ENTITY).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn recovery_codes(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    let actor = ctx.actor();
    match second_factor::new_recovery_codes(&state.svc, &actor, form.get("current_password"), ctx.now).await {
        Ok(codes) => Ok(render_codes(&ctx, &codes)),
        Err(Error::Invalid(errors)) => crate::pages::account::render_failed_second_factor(&state, &ctx, errors).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn disable(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    let actor = ctx.actor();
    match second_factor::disable(&state.svc, &actor, form.get("off_password"), form.get("code"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, "/account", "flash-second-factor-off")),
        Err(Error::Invalid(mut errors)) => {
            // The form names its password field apart from the other form's.
            for e in &mut errors.0 {
                if e.field == "current_password" {
                    e.field = "off_password";
                }
            }
            crate::pages::account::render_failed_second_factor(&state, &ctx, errors).await
        }
        Err(e) => Err(e.into()),
    }
}
