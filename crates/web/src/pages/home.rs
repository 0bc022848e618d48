//! The front page: what Tandem is, the communities here, and yours.

use axum::{
    extract::{Query, State},
    response::Response,
};
use maud::html;
use tandem_service::community;

use crate::{
    context::Ctx,
    error::AppResult,
    html::{Page, pager},
    paging::PageQuery,
    state::AppState,
};

pub async fn home(State(state): State<AppState>, ctx: Ctx, Query(q): Query<PageQuery>) -> AppResult<Response> {
    let page = community::page(&state.svc, &q.after, 50).await?;
    let all = &page.items;
    let mine = community::memberships_of(&state.svc, &ctx.actor()).await?;
    let title = ctx.t("home-title");
    let body = html! {
        h1 { (title) }
        p class="lead" { (ctx.t("home-lead")) }
        p { (ctx.t("home-explainer")) " " a href="/glossary#co-creation" { (ctx.t("home-explainer-link")) } }
        @if let Some(user) = &ctx.user {
            section aria-labelledby="mine-title" {
                h2 id="mine-title" { (ctx.ta("home-yours", &[("name", user.display_name.as_str().into())])) }
                @if mine.is_empty() {
                    p { (ctx.t("home-no-memberships")) }
                } @else {
                    ul class="card-list" {
                        @for (c, m) in &mine {
                            li class="card" {
                                a href=(format!("/c/{}", c.slug)) { (c.name) }
                                " " span class="badge" { (ctx.t(&format!("role-{}", m.role.key()))) }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="communities-title" {
            h2 id="communities-title" { (ctx.t("home-communities")) }
            @if all.is_empty() {
                p { (ctx.t("home-no-communities")) }
            } @else {
                ul class="card-list" {
                    @for c in all {
                        li class="card" {
                            h3 { a href=(format!("/c/{}", c.slug)) { (c.name) } }
                            p class="meta" { (ctx.t(&format!("community-kind-{}", c.kind.key()))) }
                            @if !c.description.is_empty() { p { (c.description) } }
                        }
                    }
                }
            }
            (pager(&ctx, all.len(), page.total, page.next.as_deref(), "/#communities-title", "after", &q.after))
        }
        section aria-labelledby="how-title" {
            h2 id="how-title" { (ctx.t("home-how-title")) }
            ol class="steps" {
                li { strong { (ctx.t("home-how-1-title")) } " — " (ctx.t("home-how-1")) }
                li { strong { (ctx.t("home-how-2-title")) } " — " (ctx.t("home-how-2")) }
                li { strong { (ctx.t("home-how-3-title")) } " — " (ctx.t("home-how-3")) }
            }
        }
    };
    Ok(Page::new(&title, body).render(&ctx))
}
