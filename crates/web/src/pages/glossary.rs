//! Plain-language explanations of the words Tandem uses (seed 002: "the word
//! itself excludes" — people should never have to admit they don't know a term).

use axum::response::Response;
use maud::html;

use crate::{
    context::Ctx,
    html::{Page, crumb},
};

/// Anchors of the terms, in reading order. Pages link to `/glossary#<anchor>`.
pub const TERMS: &[&str] = &[
    "co-creation",
    "co-production",
    "strategic-triangle",
    "public-value",
    "organizational-capacity",
    "legitimacy",
    "authorizing-environment",
    "stakeholder-group",
    "round-the-bases",
];

pub async fn page(ctx: Ctx) -> Response {
    let title = ctx.t("glossary-title");
    let body = html! {
        h1 { (title) }
        p class="lead" { (ctx.t("glossary-lead")) }
        nav aria-labelledby="glossary-toc" {
            h2 id="glossary-toc" { (ctx.t("glossary-contents")) }
            ul class="columns" { @for term in TERMS {
                li { a href=(format!("#{term}")) { (ctx.t(&format!("glossary-{term}-title"))) } }
            } }
        }
        dl class="glossary" {
            @for term in TERMS {
                dt id=(term) { (ctx.t(&format!("glossary-{term}-title"))) }
                dd { (ctx.t(&format!("glossary-{term}-body"))) }
            }
        }
    };
    Page::new(&title, body).crumbs(vec![crumb(ctx.t("nav-home"), "/")]).render(&ctx)
}
