//! A person's own account: name, language, sign-in email and password, API tokens.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use maud::html;
use tandem_domain::{Invalid, session::TokenScope, text};
use tandem_service::i18n::Lang;
use tandem_service::{
    Error,
    accounts::{self, ProfileInput, TokenInput},
    community,
    recovery::{self, EmailChangeInput, PasswordInput},
};

use crate::{
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, crumb, csrf_field, error_summary_in, pager},
    pages::{human_date, redirect_with_flash},
    state::AppState,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum AccountForm {
    Profile,
    Email,
    Password,
    SecondFactor,
    Token,
}

impl AccountForm {
    fn prefix(self) -> &'static str {
        match self {
            AccountForm::Profile => "profile",
            AccountForm::Email => "email",
            AccountForm::Password => "password",
            AccountForm::SecondFactor => "second-factor",
            AccountForm::Token => "token",
        }
    }
}

/// The tokens table pages on by its own cursor.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct AccountQuery {
    pub tokens_after: String,
}

pub async fn page(State(state): State<AppState>, ctx: Ctx, Query(q): Query<AccountQuery>) -> AppResult<Response> {
    ctx.require_user()?;
    render(&state, &ctx, None, None, &q.tokens_after).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    failed: Option<(AccountForm, Invalid, &FormPairs)>,
    new_token_value: Option<String>,
    tokens_after: &str,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let memberships = community::memberships_of(&state.svc, &ctx.actor()).await?;
    let token_page = accounts::tokens(&state.svc, &ctx.actor(), tokens_after, 50).await?;
    let api_tokens = &token_page.items;
    let codes_left = if user.has_second_factor {
        tandem_service::second_factor::recovery_codes_left(&state.svc, &ctx.actor()).await?
    } else {
        0
    };
    let empty = Invalid::default();
    let errors_for = |form| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |form, name: &str, stored: &str| match &failed {
        Some((f, _, v)) if *f == form => v.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let title = ctx.t("account-title");
    let pf = Fields::with_prefix(ctx, errors_for(AccountForm::Profile), "profile");
    let ef = Fields::with_prefix(ctx, errors_for(AccountForm::Email), "email");
    let wf = Fields::with_prefix(ctx, errors_for(AccountForm::Password), "password");
    let can_confirm = recovery::can_send_links(&state.svc);
    let tf = Fields::with_prefix(ctx, errors_for(AccountForm::Token), "token");
    let lang_options: Vec<(String, String)> =
        Lang::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = failed.as_ref().map(|(f, _, _)| f.prefix()).unwrap_or_default();
    let status = if failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else if new_token_value.is_some() {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let body = html! {
        h1 { (title) }
        (error_summary_in(ctx, all_errors, &[], prefix))
        section aria-labelledby="profile-h" class="panel" {
            h2 id="profile-h" { (ctx.t("account-profile")) }
            form method="post" action="/account/profile" novalidate class="stack" {
                (csrf_field(ctx))
                (pf.text("display_name", &ctx.t("account-field-name"), &value(AccountForm::Profile, "display_name", &user.display_name), FieldOpts::required().max(text::NAME_MAX).autocomplete("name")))
                (pf.select("lang", &ctx.t("account-field-lang"), &lang_options, &value(AccountForm::Profile, "lang", &user.lang), FieldOpts::required()))
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
        }
        section aria-labelledby="email-h" class="panel" {
            h2 id="email-h" { (ctx.t("account-email")) }
            @match &user.email {
                Some(email) => p { (ctx.ta("account-email-current", &[("email", email.as_str().into())])) },
                None => p { (ctx.t("account-credentials-none")) },
            }
            @if can_confirm {
                p class="hint" { (ctx.t("account-email-lead")) }
                form method="post" action="/account/email" novalidate class="stack" {
                    (csrf_field(ctx))
                    (ef.text("email", &ctx.t("account-field-new-email"), &value(AccountForm::Email, "email", ""), FieldOpts::required().kind("email").autocomplete("email")))
                    @if user.has_password {
                        (ef.text("current_password", &ctx.t("account-field-current-password"), "", FieldOpts::required().kind("password").autocomplete("current-password")))
                    }
                    button type="submit" class="button" { (ctx.t("account-email-submit")) }
                }
            } @else {
                p class="notice" { (ctx.t("email-change-unavailable")) }
            }
        }
        section aria-labelledby="password-h" class="panel" {
            h2 id="password-h" { (ctx.t("account-password")) }
            @if !user.has_password { p { (ctx.t("account-password-none")) } }
            form method="post" action="/account/password" novalidate class="stack" {
                (csrf_field(ctx))
                // Lets password managers file the new password under the right account.
                @if let Some(email) = &user.email {
                    input type="hidden" name="username" autocomplete="username" value=(email);
                }
                @if user.has_password {
                    (wf.text("current_password", &ctx.t("account-field-current-password"), "", FieldOpts::required().kind("password").autocomplete("current-password")))
                }
                (wf.text("new_password", &ctx.t("account-field-new-password"), "", FieldOpts::required().kind("password").autocomplete("new-password").hint(ctx.t("account-password-hint"))))
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
        }
        (crate::pages::second_factor::section(ctx, user.has_password, user.has_second_factor, codes_left, errors_for(AccountForm::SecondFactor)))
        section aria-labelledby="delivery-h" class="panel" {
            h2 id="delivery-h" { (ctx.t("account-delivery")) }
            p { (ctx.t("account-delivery-lead")) }
            @if user.email.is_none() { p class="notice" { (ctx.t("account-delivery-no-email")) } }
            form method="post" action="/account/delivery" class="stack" {
                (csrf_field(ctx))
                fieldset {
                    legend { (ctx.t("account-delivery-legend")) }
                    @for d in tandem_domain::notify::Delivery::ALL {
                        div class="checkbox" {
                            input type="radio" id=(format!("f-delivery-{}", d.key())) name="delivery" value=(d.key()) checked[user.delivery == *d];
                            label for=(format!("f-delivery-{}", d.key())) { (ctx.t(&format!("delivery-{}", d.key()))) }
                        }
                    }
                }
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
        }
        section aria-labelledby="memberships-h" class="panel" {
            h2 id="memberships-h" { (ctx.t("account-memberships")) }
            @if memberships.is_empty() { p { (ctx.t("home-no-memberships")) } }
            ul { @for (c, m) in &memberships {
                li { a href=(format!("/c/{}", c.slug)) { (c.name) } " — " (ctx.t(&format!("role-{}", m.role.key()))) }
            } }
        }
        section aria-labelledby="tokens-h" class="panel" {
            h2 id="tokens-h" { (ctx.t("account-tokens")) }
            p { (ctx.t("account-tokens-hint")) " " a href="/api/v1/openapi.json" { (ctx.t("footer-api")) } }
            @if let Some(token) = &new_token_value {
                div class="notice ok" role="status" {
                    p { label for="new-token" { (ctx.t("account-token-created")) } }
                    input id="new-token" type="text" readonly value=(token) class="code";
                    p class="hint" { (ctx.t("account-token-once")) }
                }
            }
            @if !api_tokens.is_empty() {
                (crate::html::data_table(ctx, &ctx.t("account-tokens"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("col-name")) }
                        th scope="col" { (ctx.t("account-field-token-scope")) }
                        th scope="col" { (ctx.t("account-token-created-col")) }
                        th scope="col" { (ctx.t("account-token-expires-col")) }
                        th scope="col" { (ctx.t("account-token-used-col")) }
                        th scope="col" { (ctx.t("col-actions")) }
                    } }
                    tbody { @for t in api_tokens { tr {
                        td { (t.name) }
                        td { (choice_label(ctx, "token-scope", t.scope)) }
                        td { (human_date(ctx, t.created_at)) }
                        td { (human_date(ctx, t.expires_at)) @if t.expires_at <= ctx.now { " " span class="badge" { (ctx.t("account-token-expired")) } } }
                        td { @match t.last_used_at { Some(at) => (human_date(ctx, at)), None => "—" } }
                        td {
                            @if t.revoked_at.is_some() { (ctx.t("account-token-revoked")) } @else {
                                form method="post" action=(format!("/account/tokens/{}/revoke", t.id)) class="inline-form" {
                                    (csrf_field(ctx))
                                    button type="submit" class="button danger small" aria-label=(ctx.ta("account-token-revoke-label", &[("name", t.name.as_str().into())])) { (ctx.t("invitations-revoke")) }
                                }
                            }
                        }
                    } } }
                }))
            }
            (pager(ctx, api_tokens.len(), token_page.total, token_page.next.as_deref(), "/account#tokens-h", "tokens_after", tokens_after))
            form method="post" action="/account/tokens" novalidate class="stack" {
                (csrf_field(ctx))
                (tf.text("name", &ctx.t("account-field-token-name"), &value(AccountForm::Token, "name", ""), FieldOpts::required().max(text::NAME_MAX)))
                (tf.choice("scope", &ctx.t("account-field-token-scope"), "token-scope", TokenScope::parse(&value(AccountForm::Token, "scope", "read")), FieldOpts::required().hint(ctx.t("account-token-scope-hint"))))
                (tf.text("days", &ctx.t("account-field-token-days"), &value(AccountForm::Token, "days", "90"), FieldOpts::default().kind("number").hint(ctx.t("account-token-days-hint"))))
                button type="submit" class="button" { (ctx.t("account-token-create")) }
            }
        }
    };
    Ok(Page::new(&title, body).crumbs(vec![crumb(ctx.t("nav-home"), "/")]).status(status).render(ctx))
}

pub async fn profile(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    let input = ProfileInput { display_name: form.get("display_name").to_owned(), lang: form.get("lang").to_owned() };
    match accounts::update_profile(&state.svc, &ctx.actor(), &input, ctx.now).await {
        Ok(lang) => {
            let mut response = redirect_with_flash(&ctx, "/account#profile-h", "flash-saved");
            if let Some(c) = crate::context::set_cookie(
                crate::context::LANG_COOKIE,
                lang.code(),
                60 * 60 * 24 * 365,
                false,
                ctx.secure_cookies,
            ) {
                response.headers_mut().append(axum::http::header::SET_COOKIE, c);
            }
            Ok(response)
        }
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, Some((AccountForm::Profile, errors, &form)), None, "").await
        }
        Err(e) => Err(e.into()),
    }
}

/// The account page again, with a second-factor form's problems.
pub async fn render_failed_second_factor(state: &AppState, ctx: &Ctx, errors: Invalid) -> AppResult<Response> {
    let none = FormPairs(Vec::new());
    render(state, ctx, Some((AccountForm::SecondFactor, errors, &none)), None, "").await
}

/// Asks for a new sign-in address; it changes once the link sent there is opened.
pub async fn email(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    let input = EmailChangeInput {
        email: form.get("email").to_owned(),
        current_password: form.get("current_password").to_owned(),
    };
    match recovery::request_email_change(&state.svc, &ctx.actor(), &input, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, "/account#email-h", "flash-email-link-sent")),
        Err(Error::Invalid(errors)) => render(&state, &ctx, Some((AccountForm::Email, errors, &form)), None, "").await,
        Err(e) => Err(e.into()),
    }
}

pub async fn password(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    let input = PasswordInput {
        current_password: form.get("current_password").to_owned(),
        new_password: form.get("new_password").to_owned(),
    };
    match recovery::change_password(&state.svc, &ctx.actor(), &input, ctx.session_token.as_deref(), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, "/account#password-h", "flash-password-saved")),
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, Some((AccountForm::Password, errors, &form)), None, "").await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn create_token(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    let input = TokenInput {
        name: form.get("name").to_owned(),
        scope: form.get("scope").to_owned(),
        days: form.get("days").to_owned(),
    };
    match accounts::create_token(&state.svc, &ctx.actor(), &input, ctx.now).await {
        Ok((_, token)) => render(&state, &ctx, None, Some(token), "").await,
        Err(Error::Invalid(errors)) => render(&state, &ctx, Some((AccountForm::Token, errors, &form)), None, "").await,
        Err(e) => Err(e.into()),
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    _form: FormPairs,
) -> AppResult<Response> {
    accounts::revoke_token(&state.svc, &ctx.actor(), id, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, "/account#tokens-h", "flash-token-revoked"))
}
