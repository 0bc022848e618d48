//! Conversations: members vote agree, disagree or pass on short statements,
//! one at a time (plain forms, no script needed), and submit statements that
//! a facilitator accepts first. A background job redraws the opinion map a
//! few seconds after votes arrive; the report shows groups, shared and
//! divisive statements and how stakeholder groups spread across opinion
//! groups — never a name, and no count under five people.

use std::collections::BTreeMap;

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_decide::opinion::{self, Analysis, Direction};
use tandem_domain::{
    Invalid,
    conversation::{self as domain, STATEMENT_MAX, StatementStatus},
    text::{LONG_TEXT_MAX, TITLE_MAX},
};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    community::Group,
    conversations::{self, Conversation, ConversationInput, PublishedMap},
    initiatives::Initiative,
};

use crate::{
    access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, csrf_field, error_summary_in, figure, pager, paragraphs},
    pages::{
        group_name, human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

pub fn conversation_url(access: &Access, i: &Initiative, id: i64) -> String {
    format!("{}/conversations/{id}", shell::base_url(access, i))
}

pub use crate::labels::group_letter;

// ---- loading and permissions

pub struct Loaded {
    pub access: Access,
    pub initiative: Initiative,
    pub conversation: Conversation,
}

pub async fn load(state: &AppState, ctx: &Ctx, slug: &str, islug: &str, id: i64) -> AppResult<Loaded> {
    let (access, initiative) = access::initiative(state, ctx, slug, islug).await?;
    let conversation = conversations::conversation(&state.svc, &initiative, id).await?;
    Ok(Loaded { access, initiative, conversation })
}

// ---- creating a conversation (from the decide page)

/// The list and, for facilitators, the form on the decide page.
pub fn section(
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    page: &tandem_service::paging::Page<Conversation>,
    after: &str,
    failed: Option<(&Invalid, &FormPairs)>,
) -> Markup {
    let list = &page.items;
    let empty = Invalid::default();
    let e = failed.map_or(&empty, |f| f.0);
    let value = |name: &str| failed.map(|f| f.1.get(name).to_owned()).unwrap_or_default();
    let f = Fields::with_prefix(ctx, e, "conversation");
    html! {
        section aria-labelledby="conversations-h" {
            h2 id="conversations-h" { (ctx.t("conversation-list")) }
            p { (ctx.t("conversation-lead")) }
            @if list.is_empty() { p { (ctx.t("conversation-none")) } }
            ul class="idea-list" {
                @for c in list {
                    li class="card" {
                        h3 class="idea-title" { a href=(conversation_url(access, i, c.id)) { (c.topic) } }
                        p class="meta" {
                            (ctx.ta("conversation-counts", &[("statements", Arg::Num(c.statements)), ("voters", Arg::Num(c.voters))]))
                            " · " a href=(format!("{}/report", conversation_url(access, i, c.id))) { (ctx.t("conversation-report-link")) }
                        }
                    }
                }
            }
            @let base = format!("{}#conversations-h", shell::url(access, i, Section::Decide));
            (pager(ctx, list.len(), page.total, page.next.as_deref(), &base, "conversations_after", after))
        }
        @if access.can_facilitate() && i.charter_version > 0 {
            section aria-labelledby="new-conversation-h" class="panel" id="new-conversation" {
                h2 id="new-conversation-h" { (ctx.t("conversation-new")) }
                (error_summary_in(ctx, e, &[], "conversation"))
                form method="post" action=(format!("{}/conversations", shell::base_url(access, i))) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.text("topic", &ctx.t("conversation-field-topic"), &value("topic"), FieldOpts::required().max(TITLE_MAX)))
                    (f.textarea("description", &ctx.t("decide-field-description"), &value("description"), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
                    button type="submit" class="button" { (ctx.t("conversation-create")) }
                }
            }
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input =
        ConversationInput { topic: form.get("topic").to_owned(), description: form.get("description").to_owned() };
    match conversations::create(&state.svc, &access, &i, &input, ctx.now).await {
        Ok(id) => Ok(redirect_with_flash(&ctx, &conversation_url(&access, &i, id), "flash-conversation-created")),
        Err(Error::Conflict(message)) => {
            Ok(redirect_with_flash(&ctx, &shell::url(&access, &i, Section::Decide), message))
        }
        Err(Error::Invalid(e)) => {
            let list = conversations::page(&state.svc, &i, "", super::decide::DECIDE_PAGE).await?;
            let title = ctx.t("conversation-new");
            let body = html! {
                (shell::header(&ctx, &access, &i, Section::Decide, &title))
                (section(&ctx, &access, &i, &list, "", Some((&e, &form))))
            };
            Ok(Page::new(&title, body)
                .crumbs(shell::crumbs(&ctx, &access, &i, Section::Decide))
                .status(StatusCode::UNPROCESSABLE_ENTITY)
                .render(&ctx))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- the voting page

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    render(&state, &ctx, &l, None).await
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Failed {
    Vote,
    Statement,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    failed: Option<(Failed, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let (access, i, c) = (&l.access, &l.initiative, &l.conversation);
    let conversations::VotingView { shown, pending, refused, mine, voted, next } =
        conversations::voting(&state.svc, access, i, c).await?;
    let gate = match refused {
        Some(reason) => Err(reason),
        None => Ok(()),
    };
    let empty = Invalid::default();
    let errors = |which: Failed| match &failed {
        Some((f, e, _)) if *f == which => e,
        _ => &empty,
    };
    let value = |which: Failed, name: &str| match &failed {
        Some((f, _, v)) if *f == which => v.get(name).to_owned(),
        _ => String::new(),
    };
    let url = conversation_url(access, i, c.id);
    let title = c.topic.clone();
    let body = html! {
        (shell::header(ctx, access, i, Section::Decide, &title))
        (paragraphs(&c.description))
        p class="meta" {
            (ctx.ta("conversation-counts", &[("statements", Arg::Num(c.statements)), ("voters", Arg::Num(c.voters))]))
            " · " a href=(format!("{url}/report")) { (ctx.t("conversation-report-link")) }
        }
        section aria-labelledby="next-h" class="panel" id="next" {
            h2 id="next-h" { (ctx.t("conversation-vote-heading")) }
            @match (ctx.user_id(), gate) {
                (None, _) => { p { (ctx.t("conversation-login")) } }
                (Some(_), Err(reason)) => { p class="notice" { (ctx.t(reason)) } }
                (Some(_), Ok(())) => {
                    p class="meta" { (ctx.ta("conversation-progress", &[("done", Arg::from(voted.len())), ("total", Arg::from(shown.len()))])) }
                    @match next {
                        Some(s) => {
                            @let e = errors(Failed::Vote);
                            (error_summary_in(ctx, e, &[], "vote"))
                            form method="post" action=(format!("{url}/vote")) class="statement-vote" {
                                (csrf_field(ctx))
                                input type="hidden" name="statement" value=(s.id);
                                fieldset {
                                    legend { span class="visually-hidden" { (ctx.t("conversation-statement")) " " } q class="statement" { (s.body) } }
                                    div class="vote-buttons" {
                                        button type="submit" name="vote" value="agree" class="button" { (ctx.t("conversation-agree")) }
                                        button type="submit" name="vote" value="disagree" class="button" { (ctx.t("conversation-disagree")) }
                                        button type="submit" name="vote" value="pass" class="button secondary" { (ctx.t("conversation-pass")) }
                                    }
                                }
                            }
                        }
                        None => { p { (ctx.t("conversation-all-voted")) " " a href=(format!("{url}/report")) { (ctx.t("conversation-report-link")) } } }
                    }
                }
            }
        }
        @if ctx.user_id().is_some() && gate.is_ok() {
            @let e = errors(Failed::Statement);
            @let f = Fields::with_prefix(ctx, e, "statement");
            section aria-labelledby="add-h" class="panel" id="add" {
                h2 id="add-h" { (ctx.t("conversation-add")) }
                p { (ctx.t(if access.can_facilitate() { "conversation-add-seed" } else { "conversation-add-lead" })) }
                (error_summary_in(ctx, e, &[], "statement"))
                form method="post" action=(format!("{url}/statements")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.textarea("statement", &ctx.t("conversation-field-statement"), &value(Failed::Statement, "statement"), FieldOpts::required().max(STATEMENT_MAX).rows(2)))
                    button type="submit" class="button" { (ctx.t("conversation-submit")) }
                }
            }
        }
        @if access.can_facilitate() {
            section aria-labelledby="moderation-h" id="moderation" {
                h2 id="moderation-h" { (ctx.t("conversation-moderation")) }
                @if pending.is_empty() { p { (ctx.t("conversation-no-pending")) } }
                ul class="idea-list" {
                    @for s in &pending {
                        li class="card" {
                            p { (s.body) }
                            form method="post" action=(format!("{url}/statements/{}/moderate", s.id)) class="inline-actions" {
                                (csrf_field(ctx))
                                button type="submit" name="decision" value="accept" class="button" aria-describedby=(format!("pending-{}", s.id)) { (ctx.t("conversation-accept")) }
                                " "
                                button type="submit" name="decision" value="reject" class="button secondary" aria-describedby=(format!("pending-{}", s.id)) { (ctx.t("conversation-reject")) }
                                span id=(format!("pending-{}", s.id)) class="visually-hidden" { (s.body) }
                            }
                        }
                    }
                }
            }
        }
        @if !mine.is_empty() {
            section aria-labelledby="mine-h" {
                h2 id="mine-h" { (ctx.t("conversation-your-votes")) }
                ul {
                    @for (sid, v) in &mine {
                        @if let Some(s) = shown.iter().find(|s| s.id == *sid) {
                            li { (s.body) " — " strong { (ctx.t(&format!("conversation-{}", domain::vote_key(*v)))) } }
                        }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Decide)).status(status).render(ctx))
}

pub async fn vote(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = conversation_url(&l.access, &l.initiative, id);
    // A statement that is no number is treated like one not in this conversation.
    let statement = form.get("statement").trim().parse::<i64>().ok();
    match conversations::vote(
        &state.svc,
        &l.access,
        &l.initiative,
        &l.conversation,
        statement,
        form.get("vote"),
        ctx.now,
    )
    .await
    {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#next"), "flash-conversation-voted")),
        Err(Error::Invalid(e)) => render(&state, &ctx, &l, Some((Failed::Vote, e, &form))).await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn add_statement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = conversation_url(&l.access, &l.initiative, id);
    match conversations::add_statement(
        &state.svc,
        &l.access,
        &l.initiative,
        &l.conversation,
        form.get("statement"),
        ctx.now,
    )
    .await
    {
        Ok((_, StatementStatus::Accepted)) => {
            Ok(redirect_with_flash(&ctx, &format!("{url}#add"), "flash-statement-added"))
        }
        Ok(_) => Ok(redirect_with_flash(&ctx, &format!("{url}#add"), "flash-statement-pending")),
        Err(Error::Invalid(e)) => render(&state, &ctx, &l, Some((Failed::Statement, e, &form))).await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn moderate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, sid)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let decision = form.get("decision");
    match conversations::moderate(&state.svc, &l.access, &l.initiative, &l.conversation, sid, decision, ctx.now).await {
        Ok(()) => {
            let url = conversation_url(&l.access, &l.initiative, id);
            Ok(redirect_with_flash(&ctx, &format!("{url}#moderation"), "flash-statement-moderated"))
        }
        Err(Error::Invalid(_)) => Err(AppError::BadRequest("error-conversation-decision")),
        Err(e) => Err(e.into()),
    }
}

// ---- the report

fn percent(n: u32, d: u32) -> String {
    if d == 0 { String::from("—") } else { format!("{:.0} %", 100.0 * f64::from(n) / f64::from(d)) }
}

/// The map as SVG: participants as dots (no names), coloured and shaped by
/// group so the groups stay apart without colour too.
/// Each participant a mark, but only in groups whose size may be published:
/// counting the marks of a small group would give its size away.
fn map_svg(ctx: &Ctx, a: &Analysis, published: &PublishedMap) -> Markup {
    const W: f64 = 480.0;
    const H: f64 = 360.0;
    const PAD: f64 = 24.0;
    let (mut min_x, mut max_x, mut min_y, mut max_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for p in a.placed.iter().filter(|p| p.group.is_some()) {
        min_x = min_x.min(p.x);
        max_x = max_x.max(p.x);
        min_y = min_y.min(p.y);
        max_y = max_y.max(p.y);
    }
    if min_x > max_x {
        return html! {};
    }
    let s = ((W - 2.0 * PAD) / (max_x - min_x).max(1e-9)).min((H - 2.0 * PAD) / (max_y - min_y).max(1e-9));
    let at = |x: f64, y: f64| (PAD + (x - min_x) * s, H - PAD - (y - min_y) * s);
    let colours = ["#1b4f8a", "#a3361f", "#2f6b2f", "#6b3d8f", "#7a5a00"];
    let f = |v: f64| format!("{v:.1}");
    html! {
        svg class="chart opinion-map" viewBox=(format!("0 0 {W} {H}")) role="img"
            aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg" {
            title id="map-title" { (ctx.t("conversation-map-title")) }
            desc id="map-desc" { (ctx.ta("conversation-map-desc", &[("groups", Arg::from(a.groups.len()))])) }
            rect x="0" y="0" width=(W) height=(H) fill="#fff" stroke="#767676" {}
            @for p in &a.placed {
                @if let Some(g) = p.group.filter(|g| published.group_size(*g).is_some()) {
                    @let (x, y) = at(p.x, p.y);
                    @let colour = colours[g % colours.len()];
                    // Shapes differ by group: circle, square, triangle, diamond, cross.
                    @match g % 5 {
                        0 => { circle cx=(f(x)) cy=(f(y)) r="3.5" fill=(colour) {} }
                        1 => { rect x=(f(x - 3.25)) y=(f(y - 3.25)) width="6.5" height="6.5" fill=(colour) {} }
                        2 => { path d=(format!("M{} {} L{} {} L{} {} Z", f(x), f(y - 4.0), f(x + 4.0), f(y + 3.0), f(x - 4.0), f(y + 3.0))) fill=(colour) {} }
                        3 => { path d=(format!("M{} {} L{} {} L{} {} L{} {} Z", f(x), f(y - 4.0), f(x + 4.0), f(y), f(x), f(y + 4.0), f(x - 4.0), f(y))) fill=(colour) {} }
                        _ => { path d=(format!("M{} {} L{} {} M{} {} L{} {}", f(x - 3.5), f(y - 3.5), f(x + 3.5), f(y + 3.5), f(x - 3.5), f(y + 3.5), f(x + 3.5), f(y - 3.5))) stroke=(colour) stroke-width="2" {} }
                    }
                }
            }
            @for g in &a.groups {
                @let (x, y) = at(g.center[0], g.center[1]);
                text x=(f(x)) y=(f(y)) font-size="20" font-weight="bold" fill="#111" stroke="#fff" stroke-width="4"
                    paint-order="stroke" text-anchor="middle" { (group_letter(g.id)) }
            }
        }
    }
}

pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let (access, i, c) = (&l.access, &l.initiative, &l.conversation);
    let conversations::Report { statements, groups, analysis, published } =
        conversations::report(&state.svc, access, c).await?;
    let text: BTreeMap<i64, &str> = statements.iter().map(|s| (s.id, s.body.as_str())).collect();
    let url = conversation_url(access, i, c.id);
    let title = ctx.ta("conversation-report-title", &[("topic", Arg::Str(c.topic.clone()))]);
    let body = html! {
        (shell::header(&ctx, access, i, Section::Decide, &title))
        p { a href=(url) { (ctx.t("conversation-back")) } }
        @match (&analysis, &published) {
            (Some(a), Some(published)) => {
                p class="meta" {
                    @if let Some(at) = c.analysed_at {
                        (ctx.ta("conversation-drawn", &[("date", Arg::Str(human_date(&ctx, at))), ("votes", Arg::Num(c.analysed_votes))]))
                    }
                    @if c.votes > c.analysed_votes {
                        " " strong { (ctx.ta("conversation-stale", &[("count", Arg::Num(c.votes - c.analysed_votes))])) }
                    }
                }
                (report_body(&ctx, access, a, &text, published, &groups))
            }
            _ => { p class="notice" { (ctx.t("conversation-no-map")) } }
        }
    };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(&ctx, access, i, Section::Decide)).render(&ctx))
}

fn report_body(
    ctx: &Ctx,
    access: &Access,
    a: &Analysis,
    text: &BTreeMap<i64, &str>,
    published: &PublishedMap,
    groups: &[Group],
) -> Markup {
    let t = access.community.threshold;
    let sizes: Vec<Option<i64>> = (0..a.groups.len()).map(|g| published.group_size(g)).collect();
    let say = |id: i64| text.get(&id).copied().unwrap_or("").to_string();
    let figures: BTreeMap<i64, &opinion::StatementFigures> = a.figures.iter().map(|f| (f.statement, f)).collect();
    let mapped = published.total.value();
    html! {
        section aria-labelledby="map-h" {
            h2 id="map-h" { (ctx.t("conversation-map")) }
            @match mapped {
                Some(n) => p { (ctx.ta("conversation-map-lead", &[("mapped", Arg::Num(n)), ("groups", Arg::from(a.groups.len()))])) },
                None => p { (ctx.ta("conversation-map-lead-few", &[("groups", Arg::from(a.groups.len()))])) },
            }
            (map_svg(ctx, a, published))
            (crate::html::data_table(ctx, &ctx.t("conversation-groups"), "data", html! {
                thead { tr { th scope="col" { (ctx.t("conversation-group")) } th scope="col" { (ctx.t("conversation-people")) } } }
                tbody {
                    @for (k, g) in a.groups.iter().enumerate() {
                        tr {
                            th scope="row" { (ctx.ta("conversation-group-name", &[("letter", Arg::Str(group_letter(g.id)))])) }
                            td {
                                @match (published.describable(), published.group_sizes.get(k)) {
                                    (true, Some(cell)) => (figure(ctx, *cell, t)),
                                    _ => (ctx.t("privacy-protecting")),
                                }
                            }
                        }
                    }
                }
            }))
        }
        section aria-labelledby="consensus-h" {
            h2 id="consensus-h" { (ctx.t("conversation-consensus")) }
            p { (ctx.t("conversation-consensus-lead")) }
            @if a.consensus_agree.is_empty() && a.consensus_disagree.is_empty() { p { (ctx.t("conversation-none-yet")) } }
            ul {
                @for s in &a.consensus_agree {
                    li { (say(s.statement)) " — " (ctx.ta("conversation-agree-share", &[("percent", Arg::Str(percent(s.n_success, s.n_trials)))])) }
                }
                @for s in &a.consensus_disagree {
                    li { (say(s.statement)) " — " (ctx.ta("conversation-disagree-share", &[("percent", Arg::Str(percent(s.n_success, s.n_trials)))])) }
                }
            }
        }
        @if a.groups.len() >= 2 {
            section aria-labelledby="divisive-h" {
                h2 id="divisive-h" { (ctx.t("conversation-divisive")) }
                p { (ctx.t("conversation-divisive-lead")) }
                (crate::html::data_table(ctx, &ctx.t("conversation-divisive-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("conversation-statement")) }
                        @for g in &a.groups { th scope="col" { (ctx.ta("conversation-group-agree", &[("letter", Arg::Str(group_letter(g.id)))])) } }
                    } }
                    tbody {
                        @for id in &a.divisive {
                            @if let Some(f) = figures.get(id) {
                                tr {
                                    th scope="row" { (say(*id)) }
                                    @for (t, size) in f.groups.iter().zip(&sizes) {
                                        td { @if size.is_some() { (percent(t.agree, t.seen)) } @else { (ctx.t("privacy-protecting")) } }
                                    }
                                }
                            }
                        }
                    }
                }))
            }
        }
        section aria-labelledby="repness-h" {
            h2 id="repness-h" { (ctx.t("conversation-repness")) }
            @for ((g, reps), size) in a.groups.iter().zip(&a.representative).zip(&sizes) {
                h3 { (ctx.ta("conversation-group-name", &[("letter", Arg::Str(group_letter(g.id)))])) }
                @if size.is_none() {
                    p { (ctx.t("conversation-small-group")) }
                } @else {
                    ul {
                        @for r in reps {
                            @let key = if r.direction == Direction::Agree { "conversation-agree-share" } else { "conversation-disagree-share" };
                            li { (say(r.statement)) " — " (ctx.ta(key, &[("percent", Arg::Str(percent(r.n_success, r.n_trials)))])) }
                        }
                    }
                }
            }
        }
        @if published.describable() { (spread_table(ctx, access, a, published, groups)) }
        section aria-labelledby="all-h" {
            h2 id="all-h" { (ctx.t("conversation-all-statements")) }
            (crate::html::data_table(ctx, &ctx.t("conversation-all-caption"), "data", html! {
                thead { tr {
                    th scope="col" { (ctx.t("conversation-statement")) }
                    th scope="col" { (ctx.t("conversation-agree")) }
                    th scope="col" { (ctx.t("conversation-disagree")) }
                    th scope="col" { (ctx.t("conversation-pass")) }
                    th scope="col" { (ctx.t("conversation-gac")) }
                } }
                tbody {
                    @for f in &a.figures {
                        @if text.contains_key(&f.statement) {
                            tr {
                                th scope="row" { (say(f.statement)) }
                                td { (f.total.agree) } td { (f.total.disagree) } td { (f.total.pass()) }
                                td { (format!("{:.2}", f.group_aware_consensus)) }
                            }
                        }
                    }
                }
            }))
        }
    }
}

/// How each stakeholder group spreads across opinion groups: counts of
/// people, suppressed under five (with secondary suppression per row).
fn spread_table(ctx: &Ctx, access: &Access, a: &Analysis, published: &PublishedMap, groups: &[Group]) -> Markup {
    let t = access.community.threshold;
    let row_name = |key: Option<i64>| match key.and_then(|id| groups.iter().find(|g| g.id == id)) {
        Some(g) => group_name(ctx, g),
        None => ctx.t("conversation-no-stakeholder-group"),
    };
    html! {
        section aria-labelledby="spread-h" {
            h2 id="spread-h" { (ctx.t("conversation-spread")) }
            p { (ctx.t("conversation-spread-lead")) }
            (crate::html::data_table(ctx, &ctx.t("conversation-spread-caption"), "data", html! {
                thead { tr {
                    th scope="col" { (ctx.t("decide-group")) }
                    @for g in &a.groups { th scope="col" { (ctx.ta("conversation-group-name", &[("letter", Arg::Str(group_letter(g.id)))])) } }
                } }
                tbody {
                    @for (key, cells) in &published.spread {
                        tr {
                            th scope="row" { (row_name(*key)) }
                            @for cell in cells { td { (figure(ctx, *cell, t)) } }
                        }
                    }
                }
                tfoot { tr {
                    th scope="row" { (ctx.t("col-total")) }
                    @for cell in &published.group_sizes { td { (figure(ctx, *cell, t)) } }
                } }
            }))
            p class="meta" { (ctx.ta("decide-privacy-note", &[("threshold", Arg::Num(t.get()))])) }
        }
    }
}
