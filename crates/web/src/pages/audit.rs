//! The community's audit log for administrators: who changed what, when and
//! through which door, filtered by initiative, person, action and dates, a
//! page at a time. The filters are a plain GET form, so every view has an
//! address that can be bookmarked or sent to a colleague.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use maud::html;
use serde::Deserialize;
use tandem_domain::{Invalid, Timestamp, audit::Action};
use tandem_service::i18n::Arg;
use tandem_service::{
    Error,
    audit::{self, Logged, PAGE_SIZE},
    initiatives,
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    html::{FieldOpts, Fields, Page, crumb, error_summary, pager},
    pages::encode_query,
    state::AppState,
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    pub initiative: String,
    pub actor: String,
    pub action: String,
    pub from: String,
    pub until: String,
    pub after: String,
}

impl AuditQuery {
    /// The address of this view with its filters, on its first page.
    fn link(&self, slug: &str) -> String {
        let mut url = format!("/c/{slug}/audit?");
        for (name, value) in [
            ("initiative", &self.initiative),
            ("actor", &self.actor),
            ("action", &self.action),
            ("from", &self.from),
            ("until", &self.until),
        ] {
            if !value.trim().is_empty() {
                url.push_str(&format!("{name}={}&", encode_query(value.trim())));
            }
        }
        url.pop();
        url
    }
}

/// "22 Nov 2026, 14:05 (Europe/Madrid)": the community's clock, named.
fn when(ctx: &Ctx, at: Timestamp) -> String {
    crate::labels::human_moment(ctx, at)
}

fn action_label(ctx: &Ctx, key: &str) -> String {
    match Action::parse(key) {
        Some(a) => ctx.t(&a.message_id()),
        None => key.to_owned(),
    }
}

pub async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let c = &access.community;
    let query = audit::Query {
        initiative: q.initiative.clone(),
        // A person is chosen from the list; anything else is no filter.
        actor: q.actor.trim().parse().ok(),
        action: q.action.clone(),
        from: q.from.clone(),
        until: q.until.clone(),
        after: q.after.clone(),
    };
    let (found, errors) = match audit::list(&state.svc, &access, &query, PAGE_SIZE).await {
        Ok(found) => (Some(found), Invalid::default()),
        Err(Error::Invalid(errors)) => (None, errors),
        Err(e) => return Err(e.into()),
    };
    let (actions, actors, list) = tokio::try_join!(
        audit::actions(&state.svc, &access),
        audit::actors(&state.svc, &access),
        initiatives::list(&state.svc, &access)
    )?;
    let all = ctx.t("initiatives-filter-all");
    let initiative_options: Vec<(String, String)> = std::iter::once((String::new(), all.clone()))
        .chain(list.iter().map(|i| (i.slug.clone(), i.title.clone())))
        .collect();
    let actor_options: Vec<(String, String)> = std::iter::once((String::new(), all.clone()))
        .chain(actors.iter().map(|a| (a.id.to_string(), a.name.clone())))
        .collect();
    let action_options: Vec<(String, String)> = std::iter::once((String::new(), all))
        .chain(actions.iter().map(|a| (a.key().to_owned(), ctx.t(&a.message_id()))))
        .collect();
    let f = Fields::new(&ctx, &errors);
    let date = || FieldOpts::default().kind("date");
    let labels = [
        ("initiative", ctx.t("audit-filter-initiative")),
        ("action", ctx.t("audit-filter-action")),
        ("from", ctx.t("audit-filter-from")),
        ("until", ctx.t("audit-filter-until")),
    ];
    let title = ctx.t("audit-title");
    let body = html! {
        h1 { (title) }
        p class="lead" { (ctx.t("audit-lead")) }
        (error_summary(&ctx, &errors, &labels))
        form method="get" action=(format!("/c/{}/audit", c.slug)) novalidate class="filter stack" {
            (f.select("initiative", &labels[0].1, &initiative_options, q.initiative.trim(), FieldOpts::default()))
            (f.select("actor", &ctx.t("audit-filter-actor"), &actor_options, q.actor.trim(), FieldOpts::default()))
            (f.select("action", &labels[1].1, &action_options, q.action.trim(), FieldOpts::default()))
            (f.text("from", &labels[2].1, q.from.trim(), date()))
            (f.text("until", &labels[3].1, q.until.trim(), date()))
            button type="submit" class="button secondary" { (ctx.t("initiatives-filter-submit")) }
        }
        @if let Some((page, next)) = &found {
            p class="meta" role="status" { (ctx.ta("audit-count", &[("count", Arg::Num(page.total))])) }
            @if page.entries.is_empty() {
                p { (ctx.t("audit-empty")) }
            } @else {
                (crate::html::data_table(&ctx, &ctx.t("audit-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("audit-col-when")) }
                        th scope="col" { (ctx.t("audit-col-who")) }
                        th scope="col" { (ctx.t("audit-col-action")) }
                        th scope="col" { (ctx.t("audit-col-initiative")) }
                        th scope="col" { (ctx.t("audit-col-subject")) }
                        th scope="col" { (ctx.t("audit-col-detail")) }
                    } }
                    tbody { @for e in &page.entries { (row(&ctx, &c.slug, e)) } }
                }))
            }
            (pager(&ctx, page.entries.len(), page.total, next.as_deref(), &q.link(&c.slug), "after", &q.after))
            section aria-labelledby="audit-chain" {
                h2 id="audit-chain" { (ctx.t("audit-chain-title")) }
                p { (ctx.ta("audit-chain-lead", &[("count", Arg::Num(page.head.position))])) }
                p { (ctx.t("audit-chain-latest")) " " code class="hash" { (page.head.position) ":" (page.head.hash) } }
            }
        }
    };
    let crumbs = vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))];
    let status = if found.is_some() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(Page::new(&title, body).crumbs(crumbs).status(status).render(&ctx))
}

fn row(ctx: &Ctx, community: &str, e: &Logged) -> maud::Markup {
    let door = ctx.t(&format!("audit-via-{}", e.via));
    html! {
        tr {
            td { (when(ctx, e.at)) }
            td {
                @match (&e.actor_id, &e.actor_name) {
                    (Some(id), Some(name)) => {
                        a href=(format!("/c/{community}/audit?actor={id}")) { (name) }
                        @if e.actor_protected { " " span class="badge" { (ctx.t("members-pupil-badge")) } }
                    }
                    _ => { (ctx.t("audit-nobody")) }
                }
                br; span class="meta" { (door) }
            }
            td { (action_label(ctx, &e.action)) }
            td {
                @match (&e.initiative_slug, &e.initiative_title) {
                    (Some(slug), Some(title)) => { a href=(format!("/c/{community}/i/{slug}")) { (title) } }
                    _ => { "—" }
                }
            }
            td { (e.subject) }
            td { (e.detail) }
        }
    }
}
