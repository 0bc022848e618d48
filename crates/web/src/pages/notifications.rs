//! A person's notifications and how they want to receive them.

use axum::{
    extract::{Query, State},
    response::Response,
};
use maud::html;
use tandem_service::{Error, accounts, notifications};

use crate::{
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    html::{Page, crumb, csrf_field, pager},
    pages::{human_date, redirect_with_flash},
    paging::PageQuery,
    state::AppState,
};

pub async fn page(State(state): State<AppState>, ctx: Ctx, Query(q): Query<PageQuery>) -> AppResult<Response> {
    ctx.require_user()?;
    let page = notifications::page(&state.svc, &ctx.actor(), &q.after, 100).await?;
    let list = &page.items;
    let title = ctx.t("notifications-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("notifications-lead")) " " a href="/account#delivery-h" { (ctx.t("notifications-settings")) } }
        @if list.is_empty() { p { (ctx.t("notifications-none")) } } @else {
            form method="post" action="/notifications/read" {
                (csrf_field(&ctx))
                button type="submit" class="button secondary" { (ctx.t("notifications-mark-read")) }
            }
            ul class="notifications" {
                @for n in list {
                    li class=(if n.read_at.is_none() { "unread" } else { "read" }) {
                        @if n.read_at.is_none() { span class="badge" { (ctx.t("notifications-new")) } " " }
                        (ctx.ta(&format!("notification-{}", n.kind.key()), &[("title", n.detail.as_str().into())]))
                        " · " span class="meta" { (human_date(&ctx, n.created_at)) }
                        @if let Some(link) = crate::labels::notification_link(n) { " " a href=(link) { (ctx.t("notifications-open")) } }
                    }
                }
            }
        }
        (pager(&ctx, list.len(), page.total, page.next.as_deref(), "/notifications", "after", &q.after))
    };
    Ok(Page::new(&title, body).crumbs(vec![crumb(ctx.t("nav-home"), "/")]).render(&ctx))
}

pub async fn mark_read(State(state): State<AppState>, ctx: Ctx, _form: FormPairs) -> AppResult<Response> {
    notifications::mark_all_read(&state.svc, &ctx.actor(), ctx.now).await?;
    Ok(redirect_with_flash(&ctx, "/notifications", "flash-saved"))
}

pub async fn delivery(State(state): State<AppState>, ctx: Ctx, form: FormPairs) -> AppResult<Response> {
    match accounts::set_delivery(&state.svc, &ctx.actor(), form.get("delivery"), ctx.now).await {
        Ok(_) => Ok(redirect_with_flash(&ctx, "/account#delivery-h", "flash-saved")),
        Err(Error::Invalid(_)) => Err(AppError::BadRequest("error-choice-invalid")),
        Err(e) => Err(e.into()),
    }
}
