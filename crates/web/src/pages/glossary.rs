//! Plain-language explanations of the words Tandem uses (seed 002: "the word
//! itself excludes" — people should never have to admit they don't know a term).

use axum::response::Response;
use maud::html;

use tandem_domain::{
    charter::InfluenceLevel,
    decisions::{BudgetRule, PollMethod},
};

use crate::{
    context::Ctx,
    html::{Page, crumb},
};

/// Where the glossary explains a voting method.
pub fn poll_method_anchor(m: PollMethod) -> String {
    format!("poll-{}", m.key())
}

/// Where the glossary explains a way of sharing out a budget.
pub fn budget_rule_anchor(r: BudgetRule) -> String {
    format!("budget-{}", r.key().replace('_', "-"))
}

/// Where the glossary explains a level of influence.
pub fn level_anchor(l: InfluenceLevel) -> String {
    format!("level-{}", l.key())
}

/// The glossary's sections: a heading and the anchors of its terms, in
/// reading order. Pages link to `/glossary#<anchor>`.
pub const SECTIONS: &[(&str, &[&str])] = &[
    (
        "glossary-section-core",
        &[
            "co-creation",
            "co-production",
            "strategic-triangle",
            "public-value",
            "organizational-capacity",
            "legitimacy",
            "authorizing-environment",
            "stakeholder-group",
            "round-the-bases",
        ],
    ),
    (
        "glossary-section-deciding",
        &["poll-plurality", "poll-approval", "poll-score", "poll-borda", "poll-irv", "poll-schulze", "poll-consent"],
    ),
    ("glossary-section-budgets", &["budget-greedy", "budget-equal-shares"]),
    (
        "glossary-section-levels",
        &["level-inform", "level-consult", "level-involve", "level-collaborate", "level-empower"],
    ),
];

/// Every term's anchor, in reading order.
pub fn terms() -> impl Iterator<Item = &'static str> {
    SECTIONS.iter().flat_map(|(_, terms)| terms.iter().copied())
}

pub async fn page(ctx: Ctx) -> Response {
    let title = ctx.t("glossary-title");
    let body = html! {
        h1 { (title) }
        p class="lead" { (ctx.t("glossary-lead")) }
        nav aria-labelledby="glossary-toc" {
            h2 id="glossary-toc" { (ctx.t("glossary-contents")) }
            ul class="columns" { @for term in terms() {
                li { a href=(format!("#{term}")) { (ctx.t(&format!("glossary-{term}-title"))) } }
            } }
        }
        @for (section, terms) in SECTIONS {
            h2 { (ctx.t(section)) }
            dl class="glossary" {
                @for term in *terms {
                    dt id=(term) { (ctx.t(&format!("glossary-{term}-title"))) }
                    dd { (ctx.t(&format!("glossary-{term}-body"))) }
                }
            }
        }
    };
    Page::new(&title, body).crumbs(vec![crumb(ctx.t("nav-home"), "/")]).render(&ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_method_rule_and_level_has_an_entry() {
        let all: Vec<&str> = terms().collect();
        for m in PollMethod::ALL {
            assert!(all.contains(&poll_method_anchor(*m).as_str()), "{m:?}");
        }
        for r in BudgetRule::ALL {
            assert!(all.contains(&budget_rule_anchor(*r).as_str()), "{r:?}");
        }
        for l in InfluenceLevel::ALL {
            assert!(all.contains(&level_anchor(*l).as_str()), "{l:?}");
        }
    }
}
