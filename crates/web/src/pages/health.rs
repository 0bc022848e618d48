//! The health view ("round the bases") and the authorization packet.

use axum::{
    extract::{Path, State},
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    charter::DecisionArea,
    health::{Finding, Severity},
    initiative::Base,
};
use tandem_store::{charter, environment, initiatives::Initiative, phases as phase_store, worksheet};

use crate::{
    AppState,
    access::Access,
    charts,
    context::Ctx,
    error::AppResult,
    health::{self, fix_target},
    html::Page,
    i18n::Arg,
    pages::{
        charter::charter_view,
        engagement::{funnel_table, funnels},
        environment::approvals_table,
        human_date,
        phases::phase_list,
        shell::{self, Section},
    },
    triangle,
};

/// The findings grouped by base, each with its explanation and, for staff, where to fix it.
/// `top` when the bases' headings sit directly under the page's h1.
pub fn findings_view(
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    findings: &[Finding],
    show_fix: bool,
    top: bool,
) -> Markup {
    html! {
        @if findings.is_empty() {
            p class="notice ok" { (ctx.t("health-all-clear")) }
        }
        @for base in Base::ALL {
            @let here: Vec<&Finding> = findings.iter().filter(|f| f.check.base() == base).collect();
            @if top { h2 { (triangle::base_label(ctx, base)) } } @else { h3 { (triangle::base_label(ctx, base)) } }
            @if here.is_empty() {
                p class="meta" { (ctx.t("health-base-clear")) }
            } @else {
                ul class="findings" {
                    @for f in here {
                        li class=(format!("finding severity-{}", f.check.severity().key())) {
                            span class=(format!("state-pill {}", if f.check.severity() == Severity::Critical { "state-missing" } else { "state-attention" })) {
                                (ctx.t(&format!("severity-{}", f.check.severity().key())))
                            }
                            " " (ctx.ta(&format!("health-{}", f.check.key()), &[("count", Arg::Num(f.count))]))
                            @if show_fix {
                                @let (section, anchor) = fix_target(f.check);
                                " " a href=(format!("{}{}", shell::url(access, i, section), anchor)) { (ctx.t(&format!("health-{}-fix", f.check.key()))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = Access::load_initiative(&state, &ctx, &slug, &islug).await?;
    let view = triangle::load(&state, &i).await?;
    let h = health::load(&state, &i, &view).await?;
    let title = ctx.t("section-health");
    let body = html! {
        (shell::header(&ctx, &access, &i, Section::Health, &title))
        p { (ctx.t("health-lead")) " " a href="/glossary#round-the-bases" { (ctx.t("glossary-round-the-bases-title")) } }
        p class="meta" { (ctx.ta("health-count", &[("count", Arg::from(h.findings.len()))])) }
        (findings_view(&ctx, &access, &i, &h.findings, access.can_facilitate(), true))
    };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(&ctx, &access, &i, Section::Health)).render(&ctx))
}

/// A print-ready summary for a school board or charter office (seed 001:
/// authorizers still need evidence of capacity and a strong value proposition).
pub async fn packet(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = Access::load_initiative(&state, &ctx, &slug, &islug).await?;
    let view = triangle::load(&state, &i).await?;
    let h = health::load(&state, &i, &view).await?;
    let c = charter::get_charter(&state.db, i.id).await?;
    let versions = charter::versions(&state.db, i.id).await?;
    // Readers of the packet see the charter as published, never an unpublished draft.
    let published: Option<tandem_domain::charter::CharterSnapshot> =
        versions.first().and_then(|v| serde_json::from_str(&v.snapshot).ok());
    let stakeholders = environment::stakeholders(&state.db, i.id).await?;
    let authorizations = environment::authorizations(&state.db, i.id).await?;
    let funnels = funnels(&state, access.community.id, i.id).await?;
    let phases = phase_store::list(&state.db, i.id).await?;
    let mut answered: Vec<u8> = worksheet::history(&state.db, i.id).await?.iter().map(|a| a.question).collect();
    answered.dedup();
    let title = ctx.ta("packet-title", &[("title", i.title.as_str().into())]);
    let a = &view.assessment;
    let body = html! {
        p class="context no-print" { a href=(shell::base_url(&access, &i)) { (i.title) } }
        h1 { (title) }
        (shell::nav(&ctx, &access, &i, Section::Packet))
        p class="meta" {
            (access.community.name) " · " (i.school_name.clone().unwrap_or_else(|| ctx.t("initiative-district-wide")))
            " · " (ctx.ta("packet-prepared", &[("date", human_date(&ctx, ctx.now).into())]))
        }
        p class="no-print" { (ctx.t("packet-print-hint")) }
        section aria-labelledby="p-value" {
            h2 id="p-value" { (ctx.t("packet-value")) }
            @if i.value_statement.is_empty() { p { (ctx.t("value-no-statement")) } } @else { (crate::html::paragraphs(&i.value_statement)) }
            @if !view.outcomes.is_empty() {
                ul { @for o in &view.outcomes { li { (o.description) @if !o.target.is_empty() { " — " (ctx.t("outcome-field-target")) ": " (o.target) } } } }
            }
        }
        section aria-labelledby="p-triangle" {
            h2 id="p-triangle" { (ctx.t("triangle-title")) }
            div class="triangle-layout" { (triangle::svg(&ctx, a, "packet-triangle")) (triangle::table(&ctx, a)) }
        }
        section aria-labelledby="p-capacity" class="page-break" {
            h2 id="p-capacity" { (ctx.t("base-capacity")) }
            @if view.capacity.is_empty() { p { (ctx.t("capacity-none")) } } @else {
                table class="data" {
                    caption { (ctx.t("capacity-caption")) }
                    thead { tr { th scope="col" { (ctx.t("capacity-field-title")) } th scope="col" { (ctx.t("capacity-field-owner")) } th scope="col" { (ctx.t("capacity-field-status")) } } }
                    tbody { @for item in &view.capacity { tr {
                        td { (item.title) } td { @if item.owner.is_empty() { (ctx.t("capacity-no-owner")) } @else { (item.owner) } }
                        td { (crate::html::choice_label(&ctx, "capacity-status", item.status)) }
                    } } }
                }
            }
        }
        section aria-labelledby="p-charter" {
            h2 id="p-charter" { (ctx.t("section-charter")) }
            @match &published {
                Some(snap) => {
                    p class="meta" { (ctx.ta("charter-published", &[("version", c.version.into()), ("date", c.published_at.map(|t| human_date(&ctx, t)).unwrap_or_default().into())])) }
                    (charter_view(&ctx, &snap.intro, &snap.areas as &[DecisionArea]))
                }
                None => p class="notice" { (ctx.t("charter-draft-public")) },
            }
        }
        section aria-labelledby="p-environment" class="page-break" {
            h2 id="p-environment" { (ctx.t("section-environment")) }
            @if stakeholders.is_empty() { p { (ctx.t("environment-none")) } } @else {
                (charts::traditional_map(&ctx, &stakeholders))
                table class="data" {
                    caption { (ctx.t("environment-stakeholders-caption")) }
                    thead { tr { th scope="col" { "#" } th scope="col" { (ctx.t("stakeholder-field-name")) } th scope="col" { (ctx.t("stakeholder-field-formal")) } th scope="col" { (ctx.t("stakeholder-field-influence")) } th scope="col" { (ctx.t("support-field-stance")) } } }
                    tbody { @for (n, s) in stakeholders.iter().enumerate() { tr {
                        td { (n + 1) } th scope="row" { (s.name) }
                        td { (crate::html::choice_label(&ctx, "formal-authority", s.formal_authority)) }
                        td { (crate::html::choice_label(&ctx, "influence", s.influence)) }
                        td { (crate::html::choice_label(&ctx, "stance", s.stance)) }
                    } } }
                }
            }
            h3 { (ctx.t("approvals-title")) }
            @if authorizations.is_empty() { p { (ctx.t("approvals-none")) } } @else { (approvals_table(&ctx, &authorizations, &stakeholders)) }
        }
        section aria-labelledby="p-engagement" {
            h2 id="p-engagement" { (ctx.t("section-engagement")) }
            @if funnels.iter().any(|(_, f)| f.events > 0) { (funnel_table(&ctx, &funnels)) } @else { p { (ctx.t("engagement-none")) } }
            h3 { (ctx.t("section-phases")) }
            (phase_list(&ctx, &phases))
        }
        section aria-labelledby="p-health" class="page-break" {
            h2 id="p-health" { (ctx.t("section-health")) }
            p class="meta" { (ctx.ta("packet-worksheet", &[("answered", Arg::from(answered.len())), ("total", Arg::Num(i64::from(tandem_domain::worksheet::QUESTIONS)))])) }
            (findings_view(&ctx, &access, &i, &h.findings, false, false))
        }
    };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(&ctx, &access, &i, Section::Packet)).print().render(&ctx))
}
