//! Community-wide guardrails: the moderation queue and log, the facilitators'
//! queue of unanswered ideas, and the code of conduct.

use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use maud::html;
use tandem_domain::ideas as domain;
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error, ideas,
    moderation::{self, Decision, Target},
};

use crate::{
    access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, crumb, csrf_field, pager},
    pages::{confirm, human_date, redirect_with_flash},
    paging::PageQuery,
    state::AppState,
};

fn crumbs(ctx: &Ctx, access: &Access) -> Vec<crate::html::Crumb> {
    let c = &access.community;
    vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))]
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_facilitator()?;
    let page = ideas::waiting(&state.svc, &access, &q.after, 100).await?;
    let waiting = &page.items;
    let title = ctx.t("queue-title");
    let body = html! {
        h1 { (title) }
        p { (ctx.t("queue-lead")) }
        @if waiting.is_empty() { p class="notice ok" { (ctx.t("queue-empty")) } } @else {
            (crate::html::data_table(&ctx, &ctx.t("queue-caption"), "data", html! {
                thead { tr {
                    th scope="col" { (ctx.t("ideas-field-title")) }
                    th scope="col" { (ctx.t("queue-initiative")) }
                    th scope="col" { (ctx.t("queue-waiting")) }
                } }
                tbody { @for w in waiting {
                    @let days = ctx.now.secs_since(w.created_at) / tandem_domain::time::DAY;
                    tr {
                        th scope="row" { a href=(format!("/c/{}/i/{}/ideas/{}", access.community.slug, w.initiative_slug, w.id)) { (w.title) } }
                        td { (w.initiative_title) }
                        td {
                            (ctx.ta("queue-days", &[("days", Arg::Num(days))]))
                            @if domain::response_overdue(w.created_at, None, w.target_days, ctx.now) { " " span class="state-pill state-attention" { "! " (ctx.t("queue-overdue")) } }
                        }
                    }
                } }
            }))
        }
        (pager(&ctx, waiting.len(), page.total, page.next.as_deref(), &format!("/c/{}/queue", access.community.slug), "after", &q.after))
    };
    Ok(Page::new(&title, body).crumbs(crumbs(&ctx, &access)).render(&ctx))
}

/// The moderation page's two lists, each paged by its own cursor.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ModerationQuery {
    pub after: String,
    pub log_after: String,
}

pub async fn moderation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<ModerationQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_facilitator()?;
    let (flags_page, log_page) = tokio::try_join!(
        moderation::open_flags(&state.svc, &access, &q.after, 50),
        moderation::log(&state.svc, &access, &q.log_after, 50)
    )?;
    let (flags, log) = (&flags_page.items, &log_page.items);
    let base = format!("/c/{}/moderation", access.community.slug);
    let title = ctx.t("moderation-title");
    let empty = tandem_domain::Invalid::default();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("moderation-lead")) }
        section aria-labelledby="flags-h" {
            h2 id="flags-h" { (ctx.t("moderation-queue")) }
            @if flags.is_empty() { p class="notice ok" { (ctx.t("moderation-queue-empty")) } }
            @for f in flags {
                article class="flagged" {
                    h3 { a href=(format!("/c/{}/i/{}/ideas/{}", access.community.slug, f.initiative_slug, f.idea_id)) { (f.excerpt) } }
                    p class="meta" { (ctx.t(&format!("moderation-target-{}", f.target.key()))) " · " (human_date(&ctx, f.first_at)) @if f.hidden { " · " (ctx.t("moderation-already-hidden")) } }
                    ul { @for r in &f.reasons { li { (r) } } }
                    @let prefix = format!("mod-{}-{}", f.target.key(), f.target_id);
                    @let fields = Fields::with_prefix(&ctx, &empty, &prefix);
                    form method="post" action=(format!("/c/{}/moderation/{}/{}", access.community.slug, f.target.key(), f.target_id)) novalidate class="stack" {
                        (csrf_field(&ctx))
                        (fields.text("reason", &ctx.t("moderation-field-reason"), "", FieldOpts::required().hint(ctx.t("moderation-reason-hint"))))
                        div class="toolbar" {
                            button type="submit" name="action" value="hide" class="button danger" { (ctx.t("moderation-hide")) }
                            button type="submit" name="action" value="dismiss" class="button secondary" { (ctx.t("moderation-dismiss")) }
                        }
                    }
                }
            }
            (pager(&ctx, flags.len(), flags_page.total, flags_page.next.as_deref(), &base, "after", &q.after))
        }
        section aria-labelledby="log-h" {
            h2 id="log-h" { (ctx.t("moderation-log")) }
            @if log.is_empty() { p { (ctx.t("moderation-log-empty")) } } @else {
                (crate::html::data_table(&ctx, &ctx.t("moderation-log"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("charter-col-date")) }
                        th scope="col" { (ctx.t("moderation-col-action")) }
                        th scope="col" { (ctx.t("moderation-col-what")) }
                        th scope="col" { (ctx.t("charter-col-reason")) }
                        th scope="col" { (ctx.t("moderation-col-who")) }
                    } }
                    tbody { @for l in log { tr {
                        td { (human_date(&ctx, l.at)) }
                        td { (ctx.t(&format!("moderation-action-{}", l.action))) }
                        td { (ctx.t(&format!("moderation-target-{}", l.target.key()))) " #" (l.target_id) }
                        td { @if l.reason.is_empty() { "—" } @else { (l.reason) } }
                        td { (l.actor.clone().unwrap_or_else(|| String::from("—"))) }
                    } } }
                }))
            }
            (pager(&ctx, log.len(), log_page.total, log_page.next.as_deref(), &format!("{base}#log-h"), "log_after", &q.log_after))
        }
    };
    Ok(Page::new(&title, body).crumbs(crumbs(&ctx, &access)).render(&ctx))
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, kind, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_facilitator()?;
    let target = Target::parse(&kind).ok_or(AppError::NotFound)?;
    let url = format!("/c/{}/moderation", access.community.slug);
    let decision = match form.get("action") {
        "hide" => Decision::Hide,
        "dismiss" => Decision::Dismiss,
        "show" | "restore" => Decision::Restore,
        _ => return Err(AppError::BadRequest("error-form-unreadable")),
    };
    if decision == Decision::Hide && !confirm::confirmed(&form) {
        let action = format!("{url}/{kind}/{id}");
        return Ok(confirm::page(&ctx, &confirm::hide(&action, &url), &form));
    }
    match moderation::decide(&state.svc, &access, target, id, decision, form.get("reason"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &url, "flash-saved")),
        Err(Error::Invalid(_)) => Ok(redirect_with_flash(&ctx, &url, "error-moderation-reason")),
        Err(e) => Err(e.into()),
    }
}

/// The code of conduct every member accepts at their first contribution.
pub async fn conduct(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let title = ctx.t("conduct-title");
    let body = html! {
        h1 { (title) }
        p class="lead" { (ctx.ta("conduct-lead", &[("community", access.community.name.as_str().into())])) }
        ol class="steps" { @for n in 1..=6 { li { (ctx.t(&format!("conduct-rule-{n}"))) } } }
        p { (ctx.t("conduct-moderation")) }
    };
    Ok(Page::new(&title, body).crumbs(crumbs(&ctx, &access)).render(&ctx))
}
