//! The health view ("round the bases") and the authorization packet.

use axum::{
    extract::{Path, State},
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    charter::DecisionArea,
    health::{Check, Finding},
    initiative::Base,
};
use tandem_service::i18n::Arg;
use tandem_service::{Access, health, initiatives::Initiative};

use crate::{
    access, charts,
    context::Ctx,
    error::AppResult,
    html::Page,
    pages::{
        charter::charter_view,
        engagement::funnel_table,
        environment::approvals_table,
        human_date,
        phases::phase_list,
        shell::{self, Section},
    },
    state::AppState,
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
                            (triangle::severity_pill(ctx, f.check.severity()))
                            " " (triangle::finding_text(ctx, f))
                            @if show_fix {
                                " " a href=(fix_url(access, i, f.check)) { (ctx.t(&format!("health-{}-fix", f.check.key()))) }
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
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let h = health::evaluate(&state.svc, &i, ctx.now).await?.health;
    let who = tandem_service::representation::over_its_life(&state.svc, &access, &i).await?;
    let title = ctx.t("section-health");
    let body = html! {
        (shell::header(&ctx, &access, &i, Section::Health, &title))
        p { (ctx.t("health-lead")) " " a href="/glossary#round-the-bases" { (ctx.t("glossary-round-the-bases-title")) } }
        p class="meta" { (ctx.ta("health-count", &[("count", Arg::from(h.findings.len()))])) }
        (findings_view(&ctx, &access, &i, &h.findings, access.can_facilitate(), true))
        section aria-labelledby="health-who" {
            h2 id="health-who" { (ctx.t("section-who")) }
            (crate::pages::representation::summary(&ctx, &access, &i, &who, false))
        }
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
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let health::Packet {
        triangle: view,
        health: h,
        charter: c,
        published_charter: published,
        stakeholders,
        authorizations,
        funnels,
        phases,
        answered,
    } = health::packet(&state.svc, &access, &i, ctx.now).await?;
    let who = tandem_service::representation::over_its_life(&state.svc, &access, &i).await?;
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
            div class="triangle-layout" { (triangle::svg(&ctx, a, "packet-triangle")) (triangle::table(&ctx, a, &h.findings)) }
        }
        section aria-labelledby="p-capacity" class="page-break" {
            h2 id="p-capacity" { (ctx.t("base-capacity")) }
            @if view.capacity.is_empty() { p { (ctx.t("capacity-none")) } } @else {
                (crate::html::data_table(&ctx, &ctx.t("capacity-caption"), "data", html! {
                    thead { tr { th scope="col" { (ctx.t("capacity-field-title")) } th scope="col" { (ctx.t("capacity-field-owner")) } th scope="col" { (ctx.t("capacity-field-status")) } } }
                    tbody { @for item in &view.capacity { tr {
                        td { (item.title) } td { @if item.owner.is_empty() { (ctx.t("capacity-no-owner")) } @else { (item.owner) } }
                        td { (crate::html::choice_label(&ctx, "capacity-status", item.status)) }
                    } } }
                }))
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
                (crate::html::data_table(&ctx, &ctx.t("environment-stakeholders-caption"), "data", html! {
                    thead { tr { th scope="col" { "#" } th scope="col" { (ctx.t("stakeholder-field-name")) } th scope="col" { (ctx.t("stakeholder-field-formal")) } th scope="col" { (ctx.t("stakeholder-field-influence")) } th scope="col" { (ctx.t("support-field-stance")) } } }
                    tbody { @for (n, s) in stakeholders.iter().enumerate() { tr {
                        td { (n + 1) } th scope="row" { (s.name) }
                        td { (crate::html::choice_label(&ctx, "formal-authority", s.formal_authority)) }
                        td { (crate::html::choice_label(&ctx, "influence", s.influence)) }
                        td { (crate::html::choice_label(&ctx, "stance", s.stance)) }
                    } } }
                }))
            }
            h3 { (ctx.t("approvals-title")) }
            @if authorizations.is_empty() { p { (ctx.t("approvals-none")) } } @else { (approvals_table(&ctx, &authorizations, &stakeholders)) }
        }
        section aria-labelledby="p-engagement" {
            h2 id="p-engagement" { (ctx.t("section-engagement")) }
            @if funnels.iter().any(|(_, f)| f.events > 0) { (funnel_table(&ctx, &funnels, access.community.threshold)) } @else { p { (ctx.t("engagement-none")) } }
            h3 { (ctx.t("section-phases")) }
            (phase_list(&ctx, &phases))
        }
        section aria-labelledby="p-who" {
            h2 id="p-who" { (ctx.t("section-who")) }
            (crate::pages::representation::summary(&ctx, &access, &i, &who, true))
        }
        section aria-labelledby="p-health" class="page-break" {
            h2 id="p-health" { (ctx.t("section-health")) }
            p class="meta" { (ctx.ta("packet-worksheet", &[("answered", Arg::from(answered.len())), ("total", Arg::Num(i64::from(tandem_domain::worksheet::QUESTIONS)))])) }
            (findings_view(&ctx, &access, &i, &h.findings, false, false))
        }
    };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(&ctx, &access, &i, Section::Packet)).print().render(&ctx))
}

/// Where to go to fix what a check found.
pub fn fix_url(access: &Access, i: &Initiative, check: Check) -> String {
    let (section, anchor) = match check {
        // Councils and steering groups are the community's, not one section's.
        Check::BodyRulesBroken | Check::BodyTermsExpired | Check::BodyVacancyOverdue => {
            return format!("/c/{}/bodies", access.community.slug);
        }
        Check::ActionsOverdue => return format!("/c/{}/i/{}/actions", access.community.slug, i.slug),
        Check::PromisesUndelivered => return format!("/c/{}/i/{}/roles", access.community.slug, i.slug),
        Check::OutcomesUnmeasured => return format!("/c/{}/surveys", access.community.slug),
        Check::NoValueStatement => (Section::Overview, "/edit#basics-h"),
        Check::NoMeasurableOutcomes => (Section::Overview, "/edit#outcomes-h"),
        Check::CapacityWithoutOwner | Check::CapacityAtRisk => (Section::Overview, "/edit#capacity-edit-h"),
        Check::ApprovalOverdue | Check::ApprovalRefused => (Section::Environment, "#approvals"),
        Check::FormalNotInformed => (Section::Engagement, "#record"),
        Check::SharedDecisionWithoutCoCreators => (Section::Environment, "#stakeholders"),
        Check::CharterNotPublished => (Section::Charter, ""),
        Check::NoRecentUpdate | Check::NoEngagementRecorded => (Section::Engagement, "#record"),
        Check::WorksheetUnanswered => (Section::Worksheet, ""),
        Check::PhaseOverrun => (Section::Phases, ""),
        Check::IdeasAwaitingResponse => (Section::Ideas, "?sort=oldest&status=new"),
    };
    format!("{}{anchor}", shell::url(access, i, section))
}
