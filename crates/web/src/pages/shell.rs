//! The frame shared by every page of an initiative: its sections as tabs.

use maud::{Markup, html};
use tandem_service::{Access, initiatives::Initiative};

use crate::{
    context::Ctx,
    html::{Crumb, crumb},
};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Ideas,
    Decide,
    Accountability,
    Environment,
    Charter,
    Phases,
    Engagement,
    Who,
    Selections,
    Worksheet,
    Health,
    Packet,
}

impl Section {
    pub fn key(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Ideas => "ideas",
            Section::Decide => "decide",
            Section::Accountability => "accountability",
            Section::Environment => "environment",
            Section::Charter => "charter",
            Section::Phases => "phases",
            Section::Engagement => "engagement",
            Section::Who => "who",
            Section::Selections => "selections",
            Section::Worksheet => "worksheet",
            Section::Health => "health",
            Section::Packet => "packet",
        }
    }

    pub fn path(self) -> &'static str {
        match self {
            Section::Overview => "",
            Section::Ideas => "/ideas",
            Section::Decide => "/decide",
            Section::Accountability => "/accountability",
            Section::Environment => "/environment",
            Section::Charter => "/charter",
            Section::Phases => "/phases",
            Section::Engagement => "/engagement",
            Section::Who => "/who",
            Section::Selections => "/selections",
            Section::Worksheet => "/worksheet",
            Section::Health => "/health",
            Section::Packet => "/packet",
        }
    }
}

pub fn base_url(access: &Access, i: &Initiative) -> String {
    format!("/c/{}/i/{}", access.community.slug, i.slug)
}

pub fn url(access: &Access, i: &Initiative, section: Section) -> String {
    format!("{}{}", base_url(access, i), section.path())
}

/// The section tabs. The worksheet is a members' reflection, so only members see its tab.
pub fn nav(ctx: &Ctx, access: &Access, i: &Initiative, current: Section) -> Markup {
    let sections = [
        Section::Overview,
        Section::Ideas,
        Section::Decide,
        Section::Accountability,
        Section::Environment,
        Section::Charter,
        Section::Phases,
        Section::Engagement,
        Section::Who,
        Section::Selections,
        Section::Worksheet,
        Section::Health,
        Section::Packet,
    ];
    let shown: Vec<Section> = sections.into_iter().filter(|s| *s != Section::Worksheet || access.is_member()).collect();
    let links = html! {
        @for s in &shown {
            li {
                a href=(url(access, i, *s)) aria-current=[(*s == current).then_some("page")] {
                    (ctx.t(&format!("section-{}", s.key())))
                }
            }
        }
    };
    // On a phone the twelve tabs fold into a menu that opens without
    // JavaScript (details/summary); CSS shows one list or the other, never
    // both, so screen readers meet the links once.
    html! {
        nav class="tabs" aria-label=(ctx.t("sections-label")) {
            details class="tabs-compact" {
                summary { (ctx.t("sections-menu")) ": " strong { (ctx.t(&format!("section-{}", current.key()))) } }
                ul { (links) }
            }
            ul class="tabs-full" { (links) }
        }
    }
}

/// Breadcrumbs up to the initiative.
pub fn crumbs(ctx: &Ctx, access: &Access, i: &Initiative, section: Section) -> Vec<Crumb> {
    let c = &access.community;
    let mut all = vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))];
    if section != Section::Overview {
        all.push(crumb(i.title.clone(), base_url(access, i)));
    }
    all
}

/// The heading block of a section page: the initiative it belongs to, then the tabs.
pub fn header(ctx: &Ctx, access: &Access, i: &Initiative, section: Section, title: &str) -> Markup {
    html! {
        p class="context" { a href=(base_url(access, i)) { (i.title) } }
        h1 { (title) }
        (nav(ctx, access, i, section))
    }
}
