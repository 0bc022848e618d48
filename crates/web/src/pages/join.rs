//! Accepting an invitation link: how families and pupils join without a password.

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::Response,
};
use maud::html;
use serde::Deserialize;
use tandem_domain::{Invalid, invitation::InvitationStatus, text};
use tandem_service::{
    Error,
    invitations::{self, Invited, Joined},
};

use crate::{
    context::Ctx,
    error::AppResult,
    forms::Form,
    html::{FieldOpts, Fields, Page, csrf_field, error_summary},
    pages::{auth::session_cookie, encode_query, group_name, redirect_with_flash},
    state::AppState,
};

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> AppResult<Response> {
    let loaded = invitations::invited(&state.svc, &code).await?;
    Ok(render(&ctx, &code, &loaded, "", &Invalid::default(), StatusCode::OK))
}

fn render(ctx: &Ctx, code: &str, l: &Invited, name: &str, errors: &Invalid, status: StatusCode) -> Response {
    let status_now = l.invitation.status(ctx.now);
    let heading = if l.invitation.for_user_id.is_some() { "join-signin-title" } else { "join-title" };
    let title = ctx.ta(heading, &[("community", l.community.name.as_str().into())]);
    let role = ctx.t(&format!("role-{}", l.invitation.role.key()));
    let protected = l.group.as_ref().is_some_and(|g| g.protects_identity);
    let label = ctx.t(if protected { "join-name-pupil" } else { "join-name" });
    let f = Fields::new(ctx, errors);
    let body = html! {
        h1 { (title) }
        @if status_now != InvitationStatus::Open {
            div class="notice" role="status" { p { (ctx.t(&format!("join-status-{}", status_now.key()))) } }
            p { (ctx.t("join-ask-again")) }
        } @else if let Some(member) = l.invitation.for_user_id {
            // A sign-in link: it names an account, so it asks for nothing.
            @if ctx.user.as_ref().is_some_and(|u| u.id != member) {
                div class="notice" role="status" { p { (ctx.t("error-signin-other-person")) } }
            } @else {
                p class="lead" { (ctx.ta("join-signin-lead", &[("community", l.community.name.as_str().into())])) }
                form method="post" action=(format!("/join/{code}")) novalidate class="stack narrow" {
                    (csrf_field(ctx))
                    button type="submit" class="button" { (ctx.t("join-signin-submit")) }
                }
            }
        } @else {
            p class="lead" {
                @match &l.group {
                    Some(g) => (ctx.ta("join-invited-group", &[("role", role.as_str().into()), ("group", group_name(ctx, g).into())])),
                    None => (ctx.ta("join-invited", &[("role", role.as_str().into())])),
                }
            }
            @if !l.invitation.note.is_empty() { p class="meta" { (ctx.t("join-note")) ": " (l.invitation.note) } }
            @if !l.community.description.is_empty() { p { (l.community.description) } }
            (error_summary(ctx, errors, &[("display_name", label.clone())]))
            form method="post" action=(format!("/join/{code}")) novalidate class="stack narrow" {
                (csrf_field(ctx))
                @if let Some(user) = &ctx.user {
                    p { (ctx.ta("join-as-user", &[("name", user.display_name.as_str().into())])) }
                } @else {
                    (f.text("display_name", &label, name, FieldOpts::required().max(text::NAME_MAX).autocomplete("nickname")
                        .hint(ctx.t(if protected { "join-name-pupil-hint" } else { "join-name-hint" }))))
                }
                button type="submit" class="button" { (ctx.t("join-submit")) }
            }
            @if ctx.user.is_none() {
                p { (ctx.t("join-have-account")) " " a href=(format!("/login?next={}", encode_query(&format!("/join/{code}")))) { (ctx.t("join-login-first")) } }
            }
        }
    };
    let status = if status_now == InvitationStatus::Open { status } else { StatusCode::GONE };
    Page::new(&title, body).status(status).render(ctx)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct JoinForm {
    pub display_name: String,
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(form): Form<JoinForm>,
) -> AppResult<Response> {
    let joined =
        invitations::accept(&state.svc, &ctx.actor(), &code, &form.display_name, ctx.lang.code(), ctx.now).await;
    match joined {
        Ok(Joined::Member { community, session }) => {
            let mut response = redirect_with_flash(&ctx, &format!("/c/{}", community.slug), "flash-joined");
            if let Some(session) = session {
                response.headers_mut().append(header::SET_COOKIE, session_cookie(&ctx, &session)?);
            }
            Ok(response)
        }
        Ok(Joined::SignedIn { community, session }) => {
            let mut response = redirect_with_flash(&ctx, &format!("/c/{}", community.slug), "flash-signed-in-by-link");
            if let Some(session) = session {
                response.headers_mut().append(header::SET_COOKIE, session_cookie(&ctx, &session)?);
            }
            Ok(response)
        }
        Ok(Joined::AlreadyMember { community }) => {
            Ok(redirect_with_flash(&ctx, &format!("/c/{}", community.slug), "flash-already-member"))
        }
        Err(Error::Invalid(errors)) => {
            let loaded = invitations::invited(&state.svc, &code).await?;
            Ok(render(&ctx, &code, &loaded, &form.display_name, &errors, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(Error::Conflict("error-signin-other-person")) => {
            let loaded = invitations::invited(&state.svc, &code).await?;
            Ok(render(&ctx, &code, &loaded, "", &Invalid::default(), StatusCode::CONFLICT))
        }
        Err(Error::Conflict(_)) => {
            // Someone else used it a moment ago: show the page again, now explaining why.
            let reloaded = invitations::invited(&state.svc, &code).await?;
            Ok(render(&ctx, &code, &reloaded, "", &Invalid::default(), StatusCode::GONE))
        }
        Err(e) => Err(e.into()),
    }
}
