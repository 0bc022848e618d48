//! A community's home and its list of initiatives.

use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use maud::{Markup, html};
use serde::Deserialize;
use tandem_domain::initiative::Visibility;
use tandem_service::i18n::Arg;
use tandem_service::{community, initiatives, initiatives::Initiative};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    html::{Page, crumb, figure},
    pages::{group_name, human_date},
    state::AppState,
};

pub async fn home(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let c = &access.community;
    let schools = community::schools(&state.svc, &access).await?;
    let community::GroupSizes { groups, breakdown } = community::group_sizes(&state.svc, &access).await?;
    let latest = initiatives::page(&state.svc, &access, None, "", 6).await?;
    let list = localized_list(&state, &ctx, &access, latest.items).await?;
    let title = c.name.clone();
    let body = html! {
        h1 { (title) }
        p class="meta" { (ctx.t(&format!("community-kind-{}", c.kind.key()))) }
        @if !c.description.is_empty() { p class="lead" { (c.description) } }
        @if let Some(role) = access.role() {
            p class="notice" { (ctx.ta("community-your-role", &[("role", ctx.t(&format!("role-{}", role.key())).into())])) }
        }
        @if access.can_facilitate() {
            nav aria-label=(ctx.t("community-staff-nav")) class="toolbar" {
                a class="button" href=(format!("/c/{}/initiatives/new", c.slug)) { (ctx.t("initiative-new")) }
                a href=(format!("/c/{}/members", c.slug)) { (ctx.t("community-members")) }
                a href=(format!("/c/{}/queue", c.slug)) { (ctx.t("queue-title")) }
                a href=(format!("/c/{}/moderation", c.slug)) { (ctx.t("moderation-title")) }
                @if access.can_administer() {
                    a href=(format!("/c/{}/invitations", c.slug)) { (ctx.t("community-invitations")) }
                    a href=(format!("/c/{}/settings", c.slug)) { (ctx.t("community-settings")) }
                    a href=(format!("/c/{}/audit", c.slug)) { (ctx.t("audit-title")) }
                }
            }
        }
        section aria-labelledby="initiatives-title" {
            h2 id="initiatives-title" { (ctx.t("community-initiatives")) }
            (initiative_cards(&ctx, c.slug.as_str(), list.iter(), false))
            @if list.is_empty() { p { (ctx.t("community-no-initiatives")) } }
            p { a href=(format!("/c/{}/initiatives", c.slug)) { (ctx.ta("community-all-initiatives", &[("count", Arg::Num(latest.total))])) } }
        }
        section aria-labelledby="together-title" {
            h2 id="together-title" { (ctx.t("community-together")) }
            p { (ctx.t("community-together-lead")) }
            ul class="actions" {
                li { a href=(format!("/c/{}/bodies", c.slug)) { (ctx.t("bodies-title-short")) } }
                li { a href=(format!("/c/{}/meetings", c.slug)) { (ctx.t("meetings-title-short")) } }
                li { a href=(format!("/c/{}/events", c.slug)) { (ctx.t("events-title-short")) } }
                li { a href=(format!("/c/{}/surveys", c.slug)) { (ctx.t("surveys-title")) } }
                @if access.is_member() { li { a href=(format!("/c/{}/strengths", c.slug)) { (ctx.t("strengths-title")) } } }
            }
        }
        section aria-labelledby="schools-title" {
            h2 id="schools-title" { (ctx.t("community-schools")) }
            @if schools.is_empty() { p { (ctx.t("community-no-schools")) } }
            ul class="card-list" {
                @for s in &schools {
                    li class="card" {
                        a href=(format!("/c/{}/initiatives?school={}", c.slug, s.slug)) { (s.name) }
                        p class="meta" { (ctx.t(&format!("school-phase-{}", s.phase.key()))) }
                    }
                }
            }
        }
        section aria-labelledby="groups-title" {
            h2 id="groups-title" { (ctx.t("community-participation")) }
            p { (ctx.ta("community-participation-hint", &[("threshold", Arg::Num(c.threshold.get()))])) }
            (crate::html::data_table(&ctx, &ctx.t("community-participation-caption"), "data", html! {
                thead { tr { th scope="col" { (ctx.t("col-group")) } th scope="col" class="num" { (ctx.t("col-members")) } } }
                tbody {
                    @for (g, cell) in groups.iter().zip(&breakdown.cells) {
                        tr { th scope="row" { (group_name(&ctx, g)) } td class="num" { (figure(&ctx, *cell, c.threshold)) } }
                    }
                }
                tfoot { tr { th scope="row" { (ctx.t("col-total")) } td class="num" { (figure(&ctx, breakdown.total, c.threshold)) } } }
            }))
        }
    };
    Ok(Page::new(&title, body).crumbs(vec![crumb(ctx.t("nav-home"), "/")]).render(&ctx))
}

/// Initiatives named in the reader's language where a translation exists.
async fn localized_list(
    state: &AppState,
    ctx: &Ctx,
    access: &tandem_service::Access,
    list: Vec<Initiative>,
) -> AppResult<Vec<Initiative>> {
    let names = tandem_service::translations::initiative_names(&state.svc, access, ctx.lang.code()).await?;
    Ok(list.iter().map(|i| crate::pages::translations::localized(&names, i)).collect())
}

/// Cards for initiatives; `under_h1` when no h2 sits above them, so headings never skip a level.
pub fn initiative_cards<'a>(
    ctx: &Ctx,
    community: &str,
    list: impl Iterator<Item = &'a Initiative>,
    under_h1: bool,
) -> Markup {
    html! {
        ul class="card-list" {
            @for i in list {
                li class="card" {
                    @let link = html! { a href=(format!("/c/{community}/i/{}", i.slug)) { (i.title) } };
                    @if under_h1 { h2 { (link) } } @else { h3 { (link) } }
                    p class="meta" {
                        (i.school_name.clone().unwrap_or_else(|| ctx.t("initiative-district-wide")))
                        " · " (ctx.ta("initiative-updated", &[("date", human_date(ctx, i.updated_at).into())]))
                        @if i.visibility == Visibility::Members { " · " span class="badge" { (ctx.t("visibility-members")) } }
                        @if i.published_at.is_none() { " · " span class="badge" { (ctx.t("initiative-draft")) } }
                    }
                    @if !i.summary.is_empty() { p { (i.summary) } }
                }
            }
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    pub school: String,
    pub after: String,
}

pub async fn initiatives(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let c = &access.community;
    let schools = community::schools(&state.svc, &access).await?;
    // An unknown school in the address shows every initiative.
    let school = schools.iter().find(|s| s.slug == q.school);
    let page = initiatives::page(&state.svc, &access, school.map(|s| s.slug.as_str()), &q.after, 50).await?;
    let list = localized_list(&state, &ctx, &access, page.items).await?;
    let address = match school {
        Some(s) => format!("/c/{}/initiatives?school={}", c.slug, crate::html::encode_query(&s.slug)),
        None => format!("/c/{}/initiatives", c.slug),
    };
    let title = match school {
        Some(s) => ctx.ta("initiatives-title-school", &[("school", s.name.as_str().into())]),
        None => ctx.t("initiatives-title"),
    };
    let body = html! {
        h1 { (title) }
        form method="get" action=(format!("/c/{}/initiatives", c.slug)) class="filter" {
            label for="f-school" { (ctx.t("initiatives-filter-school")) }
            select id="f-school" name="school" {
                option value="" { (ctx.t("initiatives-filter-all")) }
                @for s in &schools { option value=(s.slug) selected[Some(s.id) == school.map(|x| x.id)] { (s.name) } }
            }
            button type="submit" class="button secondary" { (ctx.t("initiatives-filter-submit")) }
        }
        @if access.can_facilitate() {
            p { a class="button" href=(format!("/c/{}/initiatives/new", c.slug)) { (ctx.t("initiative-new")) } }
        }
        @if list.is_empty() { p { (ctx.t("community-no-initiatives")) } }
        (initiative_cards(&ctx, &c.slug, list.iter(), true))
        (crate::html::pager(&ctx, list.len(), page.total, page.next.as_deref(), &address, "after", &q.after))
    };
    Ok(Page::new(&title, body)
        .crumbs(vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))])
        .render(&ctx))
}
