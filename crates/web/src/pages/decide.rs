//! Co-decision: the decide section of an initiative, with every poll,
//! budget and conversation and the forms that create them, and what polls
//! and budgets share (their voting window, who may vote, the charter's word,
//! turnout per group). Each poll and budget has its own page (`polls`,
//! `budgets`); results are counted by the service from every stored ballot
//! when voting closes.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid, Timestamp,
    charter::InfluenceLevel,
    decisions::{BudgetBallot, BudgetRule, PollMethod},
    privacy::Breakdown,
    text::{LONG_TEXT_MAX, TITLE_MAX},
    time::iso_date,
};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    ballots::{PaperCount, StoredBallot},
    budgets,
    budgets::BudgetInput,
    charter::{self, StoredArea},
    community::{self, Group},
    conversations,
    counts::CountRecord,
    initiatives::Initiative,
    polls::{self, PollInput},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, figure, pager},
    pages::{
        group_name, human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

pub fn poll_url(access: &Access, i: &Initiative, id: i64) -> String {
    format!("{}/polls/{id}", shell::base_url(access, i))
}

pub fn budget_url(access: &Access, i: &Initiative, id: i64) -> String {
    format!("{}/budgets/{id}", shell::base_url(access, i))
}

/// "Open until 30 Nov 2026", "Opens on …", "Closed on …".
pub fn window_text(ctx: &Ctx, opens_at: Timestamp, closes_at: Timestamp) -> String {
    let last_day = human_date(ctx, closes_at.plus_secs(-1));
    let zone = ctx.zone().name().to_owned();
    match tandem_domain::decisions::window(opens_at, closes_at, ctx.now) {
        tandem_domain::decisions::Window::NotYetOpen => ctx.ta(
            "decide-window-later",
            &[("opens", human_date(ctx, opens_at).into()), ("closes", last_day.into()), ("zone", zone.into())],
        ),
        tandem_domain::decisions::Window::Open => {
            ctx.ta("decide-window-open", &[("closes", last_day.into()), ("zone", zone.into())])
        }
        tandem_domain::decisions::Window::Closed => ctx.ta("decide-window-closed", &[("closes", last_day.into())]),
    }
}

pub fn eligible_text(ctx: &Ctx, eligible: &[i64], groups: &[Group]) -> String {
    if eligible.is_empty() {
        return ctx.t("decide-eligible-all");
    }
    let names: Vec<String> = groups.iter().filter(|g| eligible.contains(&g.id)).map(|g| group_name(ctx, g)).collect();
    ctx.ta("decide-eligible-groups", &[("groups", names.join(", ").into())])
}

/// The charter's word on this decision: its area, level of influence and who decides.
pub fn charter_box(ctx: &Ctx, access: &Access, i: &Initiative, area: Option<&StoredArea>) -> Markup {
    html! {
        @if let Some(a) = area {
            aside class="charter-note" aria-labelledby="charter-note-h" {
                h2 id="charter-note-h" { (ctx.t("decide-charter-heading")) }
                p {
                    (ctx.ta("decide-charter-area", &[("area", a.area.title.as_str().into())])) " "
                    strong { (crate::html::term(&choice_label(ctx, "level", a.area.level), &crate::pages::glossary::level_anchor(a.area.level))) } ": "
                    (ctx.t(&format!("level-{}-desc", a.area.level.key())))
                }
                @if !a.area.final_decision_by.is_empty() {
                    p { (ctx.ta("decide-charter-final", &[("who", a.area.final_decision_by.as_str().into())])) }
                }
                @if a.area.level == InfluenceLevel::Inform || a.area.level == InfluenceLevel::Consult {
                    p class="meta" { (ctx.t("decide-charter-advisory")) }
                }
                p { a href=(shell::url(access, i, Section::Charter)) { (ctx.t("decide-charter-link")) } }
            }
        }
    }
}

/// How many ballots came from each stakeholder group, from members in no
/// group and on paper (the last two cells): aggregates only, small ones
/// suppressed by the service. Online and paper ballots are said apart when
/// the paper figure is shown (the online one follows from it and the total).
pub fn turnout_table(ctx: &Ctx, access: &Access, groups: &[Group], safe: Option<&Breakdown>) -> Markup {
    let t = access.community.threshold;
    let Some(safe) = safe else {
        return html! { p class="meta" { (ctx.ta("decide-turnout-hidden", &[("threshold", Arg::Num(t.get()))])) } };
    };
    let n = groups.len();
    let (ungrouped, paper) = (safe.cells.get(n).copied(), safe.cells.get(n + 1).copied());
    html! {
        (crate::html::data_table(ctx, &ctx.t("decide-turnout-groups"), "data", html! {
            thead { tr { th scope="col" { (ctx.t("decide-group")) } th scope="col" { (ctx.t("decide-count")) } } }
            tbody {
                @for (g, cell) in groups.iter().zip(&safe.cells) {
                    tr { th scope="row" { (group_name(ctx, g)) } td { (figure(ctx, *cell, t)) } }
                }
                @if let Some(cell) = ungrouped {
                    tr { th scope="row" { (ctx.t("decide-group-none")) } td { (figure(ctx, cell, t)) } }
                }
                @if let Some(cell) = paper {
                    tr { th scope="row" { (ctx.t("decide-group-paper")) } td { (figure(ctx, cell, t)) } }
                }
            }
        }))
        @if let (Some(total), Some(on_paper)) = (safe.total.value(), paper.and_then(|c| c.value())) {
            p { (ctx.ta("decide-online-paper", &[("online", Arg::Num(total - on_paper)), ("paper", Arg::Num(on_paper))])) }
        }
        p class="meta" { (ctx.ta("decide-privacy-note", &[("threshold", Arg::Num(t.get()))])) }
    }
}

/// What a poll's or budget's paper ballots panel shows.
pub struct PaperPanel<'a> {
    /// The poll's or budget's page.
    pub url: &'a str,
    pub count: &'a PaperCount,
    /// The paper ballots entered, for facilitators.
    pub ballots: &'a [StoredBallot],
    /// Paper ballots may be declared, entered and confirmed now.
    pub open: bool,
    /// The ballot's fields for entering one (with the note), when one may be entered.
    pub entry: Option<Markup>,
    pub declare_errors: &'a Invalid,
    pub declare_typed: Option<&'a FormPairs>,
    pub entry_errors: &'a Invalid,
}

/// Paper ballots, for facilitators: how many were collected (declared first),
/// entering them, and confirming each one another facilitator entered.
pub fn paper_panel(ctx: &Ctx, access: &Access, p: PaperPanel<'_>) -> Markup {
    let me = access.user_id();
    let declared = p.count.declared;
    let typed = |name: &str, fallback: String| p.declare_typed.map(|v| v.get(name).to_owned()).unwrap_or(fallback);
    let until_value = p.count.counting_until.map(|u| iso_date(ctx.zone().date(u.plus_secs(-1)))).unwrap_or_default();
    let f = Fields::with_prefix(ctx, p.declare_errors, "declare");
    html! {
        section aria-labelledby="paper-h" class="panel" id="paper" {
            h2 id="paper-h" { (ctx.t("decide-paper")) }
            p { (ctx.t("decide-paper-lead")) }
            dl class="facts" {
                dt { (ctx.t("decide-paper-declared")) }
                dd { @match declared { Some(n) => (n), None => (ctx.t("decide-paper-not-declared")) } }
                dt { (ctx.t("decide-paper-entered")) } dd { (p.count.entered) }
                dt { (ctx.t("decide-paper-confirmed")) } dd { (p.count.confirmed) }
                @if let Some(until) = p.count.counting_until {
                    dt { (ctx.t("decide-paper-until")) } dd { (human_date(ctx, until.plus_secs(-1))) }
                }
            }
            @if p.open {
                details class="item" open[p.declare_typed.is_some() || declared.is_none()] {
                    summary { (ctx.t("decide-paper-declare")) }
                    (error_summary_in(ctx, p.declare_errors, &[], "declare"))
                    form method="post" action=(format!("{}/paper/declare", p.url)) novalidate class="stack" {
                        (csrf_field(ctx))
                        (f.text("declared", &ctx.t("decide-field-paper-declared"), &typed("declared", declared.map(|n| n.to_string()).unwrap_or_default()), FieldOpts::required().kind("number").hint(ctx.t("decide-paper-declared-hint"))))
                        (f.text("counting_until", &ctx.t("decide-field-paper-until"), &typed("counting_until", until_value), FieldOpts::default().kind("date").hint(ctx.t("decide-paper-until-hint"))))
                        button type="submit" class="button secondary" { (ctx.t("form-save")) }
                    }
                }
                @if let Some(fields) = p.entry {
                    h3 { (ctx.t("decide-paper-enter")) }
                    (error_summary_in(ctx, p.entry_errors, &[], "paper"))
                    form method="post" action=(format!("{}/paper", p.url)) novalidate class="stack" {
                        (csrf_field(ctx))
                        (fields)
                        button type="submit" class="button secondary" { (ctx.t("decide-paper-submit")) }
                    }
                } @else if let Some(n) = declared {
                    p class="meta" { (ctx.ta("decide-paper-all-entered", &[("count", Arg::Num(n))])) }
                }
            }
            @if !p.ballots.is_empty() {
                (crate::html::data_table(ctx, &ctx.t("decide-paper-audit"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("decide-tracker")) }
                        th scope="col" { (ctx.t("decide-field-paper-note")) }
                        th scope="col" { (ctx.t("decide-paper-entered-by")) }
                        th scope="col" { (ctx.t("decide-paper-confirmed-by")) }
                    } }
                    tbody {
                        @for b in p.ballots {
                            tr {
                                th scope="row" { code { (b.tracker) } }
                                td { (b.note) }
                                td { (b.entered_by_name.as_deref().unwrap_or("—")) br; span class="meta" { (human_date(ctx, b.updated_at)) } }
                                td {
                                    @if let Some(name) = &b.confirmed_by_name { (name) }
                                    @else if b.confirmed_by.is_some() { "—" }
                                    @else if p.open && b.entered_by != me {
                                        form method="post" action=(format!("{}/paper/{}/confirm", p.url, b.id)) class="inline-form" {
                                            (csrf_field(ctx))
                                            button type="submit" class="button small" { (ctx.ta("decide-paper-confirm", &[("tracker", b.tracker.as_str().into())])) }
                                        }
                                    } @else {
                                        span class="meta" { (ctx.t(if p.open { "decide-paper-awaiting" } else { "decide-paper-not-counted" })) }
                                    }
                                }
                            }
                        }
                    }
                }))
            }
        }
    }
}

/// The counted ballots by tracker, a page at a time and folded away
/// (open once the reader pages through it): voters find theirs, anyone recounts.
pub fn bulletin_board(
    ctx: &Ctx,
    rows: &[(String, String)],
    total: i64,
    next: Option<&str>,
    url: &str,
    after: &str,
) -> Markup {
    let caption = ctx.ta("decide-bulletin", &[("count", Arg::Num(total))]);
    html! {
        details class="item" id="bulletin" open[!after.trim().is_empty()] {
            summary { (caption) }
            p { (ctx.t("decide-bulletin-lead")) }
            (crate::html::data_table(ctx, &caption, "data", html! {
                thead { tr { th scope="col" { (ctx.t("decide-tracker")) } th scope="col" { (ctx.t("decide-ballot")) } } }
                tbody { @for (tracker, ballot) in rows { tr { th scope="row" { code { (tracker) } } td { (ballot) } } } }
            }))
            (crate::html::pager(ctx, rows.len(), total, next, &format!("{url}#bulletin"), "ballots", after))
        }
    }
}

/// The query of a closed poll's or budget's page: where the list of ballots continues.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct BulletinQuery {
    pub ballots: String,
}

/// Where a recount sends the facilitator: back to the count's record with
/// its verdict, or to the result with why it could not run.
pub fn recount_answer(
    ctx: &Ctx,
    url: &str,
    found: tandem_service::Result<tandem_service::counts::Recount>,
) -> AppResult<Response> {
    match found {
        Ok(r) => Ok(redirect_with_flash(
            ctx,
            &format!("{url}#count-record"),
            if r.matches { "flash-recount-matches" } else { "flash-recount-differs" },
        )),
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(ctx, &format!("{url}#result"), message)),
        Err(e) => Err(e.into()),
    }
}

/// When the result was counted, from how many ballots and their hash, the
/// last recount's verdict, and for facilitators the button that recounts.
pub fn count_record(ctx: &Ctx, access: &Access, url: &str, record: &CountRecord) -> Markup {
    html! {
        div class="item" id="count-record" {
            p {
                (ctx.ta("count-record", &[("date", human_date(ctx, record.counted_at).into()), ("count", Arg::Num(record.ballots))]))
                " " (ctx.t("count-record-hash")) " " code class="hash" { (record.ballots_sha256) }
            }
            @if let Some((at, matches)) = record.recount {
                p class=(if matches { "notice" } else { "notice warning" }) role="status" {
                    (ctx.ta(if matches { "recount-matches" } else { "recount-differs" }, &[("date", human_date(ctx, at).into())]))
                }
            }
            @if access.can_facilitate() {
                form method="post" action=(format!("{url}/recount")) class="inline" {
                    (csrf_field(ctx))
                    button type="submit" class="button secondary" { (ctx.t("recount-button")) }
                }
            }
        }
    }
}

/// Voting has closed but paper ballots are still taken: the result waits.
pub fn counting_note(ctx: &Ctx, counting_until: Option<Timestamp>) -> Markup {
    html! {
        @if let Some(until) = counting_until {
            p class="notice" { (ctx.ta("decide-counting", &[("date", human_date(ctx, until.plus_secs(-1)).into())])) }
        }
    }
}

// ---- the decide section: every poll and budget, and the forms that create them

/// Polls, budgets and conversations shown at once on the decide page; each
/// list pages on by its own cursor.
pub const DECIDE_PAGE: i64 = 20;

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct DecideQuery {
    pub polls_after: String,
    pub budgets_after: String,
    pub conversations_after: String,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    Query(q): Query<DecideQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render_page(&state, &ctx, &access, &i, &q, None).await
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CreateForm {
    Poll,
    Budget,
}

async fn render_page(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    q: &DecideQuery,
    failed: Option<(CreateForm, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let (poll_page, budget_page, conversations, areas, groups) = tokio::try_join!(
        polls::page(&state.svc, i, &q.polls_after, DECIDE_PAGE),
        budgets::page(&state.svc, i, &q.budgets_after, DECIDE_PAGE),
        conversations::page(&state.svc, i, &q.conversations_after, DECIDE_PAGE),
        charter::areas(&state.svc, i),
        community::groups(&state.svc, access)
    )?;
    let (polls, budgets) = (&poll_page.items, &budget_page.items);
    let here = shell::url(access, i, Section::Decide);
    let title = ctx.t("section-decide");
    let empty = Invalid::default();
    let errors_for = |form: CreateForm| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |form: CreateForm, name: &str| match &failed {
        Some((f, _, v)) if *f == form => v.get(name).to_owned(),
        _ => String::new(),
    };
    let chosen_groups = |form: CreateForm| match &failed {
        Some((f, _, v)) if *f == form => v.all("groups"),
        _ => Vec::new(),
    };
    let published = i.charter_version > 0;
    let area_options = area_options(ctx, &areas);
    let body = html! {
        (shell::header(ctx, access, i, Section::Decide, &title))
        p { (ctx.t("decide-lead")) }
        section aria-labelledby="polls-h" {
            h2 id="polls-h" { (ctx.t("decide-polls")) }
            @if polls.is_empty() { p { (ctx.t("decide-no-polls")) } }
            ul class="idea-list" {
                @for p in polls {
                    li class="card" {
                        h3 class="idea-title" { a href=(poll_url(access, i, p.id)) { (p.title) } }
                        p class="meta" {
                            (choice_label(ctx, "poll-method", p.method)) " · " (window_text(ctx, p.opens_at, p.closes_at))
                            " · " (ctx.ta("decide-ballots", &[("count", Arg::Num(p.ballots))]))
                        }
                    }
                }
            }
            (pager(ctx, polls.len(), poll_page.total, poll_page.next.as_deref(), &format!("{here}#polls-h"), "polls_after", &q.polls_after))
        }
        section aria-labelledby="budgets-h" {
            h2 id="budgets-h" { (ctx.t("decide-budgets")) }
            @if budgets.is_empty() { p { (ctx.t("decide-no-budgets")) } }
            ul class="idea-list" {
                @for b in budgets {
                    li class="card" {
                        h3 class="idea-title" { a href=(budget_url(access, i, b.id)) { (b.title) } }
                        p class="meta" {
                            (crate::labels::money(ctx, &b.currency, b.total)) " · " (choice_label(ctx, "budget-rule", b.rule)) " · "
                            (window_text(ctx, b.opens_at, b.closes_at))
                            " · " (ctx.ta("decide-ballots", &[("count", Arg::Num(b.ballots))]))
                        }
                    }
                }
            }
            (pager(ctx, budgets.len(), budget_page.total, budget_page.next.as_deref(), &format!("{here}#budgets-h"), "budgets_after", &q.budgets_after))
        }
        (super::conversation::section(ctx, access, i, &conversations, &q.conversations_after, None))
        @if access.can_facilitate() {
            @if !published {
                p class="notice" { (ctx.t("decide-needs-charter")) " " a href=(shell::url(access, i, Section::Charter)) { (ctx.t("decide-charter-link")) } }
            } @else {
                @let e = errors_for(CreateForm::Poll);
                @let f = Fields::with_prefix(ctx, e, "poll");
                section aria-labelledby="new-poll-h" class="panel" id="new-poll" {
                    h2 id="new-poll-h" { (ctx.t("decide-new-poll")) }
                    (error_summary_in(ctx, e, &[], "poll"))
                    form method="post" action=(format!("{}/polls", shell::base_url(access, i))) novalidate class="stack" {
                        (csrf_field(ctx))
                        (poll_fields(ctx, &f, &|name| value(CreateForm::Poll, name), &area_options, &groups, &chosen_groups(CreateForm::Poll)))
                        button type="submit" class="button" { (ctx.t("decide-create-poll")) }
                    }
                }
                @let e = errors_for(CreateForm::Budget);
                @let f = Fields::with_prefix(ctx, e, "budget");
                section aria-labelledby="new-budget-h" class="panel" id="new-budget" {
                    h2 id="new-budget-h" { (ctx.t("decide-new-budget")) }
                    (error_summary_in(ctx, e, &[], "budget"))
                    form method="post" action=(format!("{}/budgets", shell::base_url(access, i))) novalidate class="stack" {
                        (csrf_field(ctx))
                        (f.text("title", &ctx.t("decide-field-title"), &value(CreateForm::Budget, "title"), FieldOpts::required().max(TITLE_MAX)))
                        (f.textarea("description", &ctx.t("decide-field-description"), &value(CreateForm::Budget, "description"), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
                        (f.text("total", &ctx.t("decide-field-total"), &value(CreateForm::Budget, "total"), FieldOpts::required().hint(ctx.t("decide-total-hint"))))
                        (f.text("currency", &ctx.t("decide-field-currency"), &value(CreateForm::Budget, "currency"), FieldOpts::default().max(8).hint(ctx.t("decide-currency-hint"))))
                        (f.choice("ballot", &ctx.t("decide-field-ballot"), "budget-ballot", BudgetBallot::parse(&value(CreateForm::Budget, "ballot")).or(Some(BudgetBallot::Approval)), FieldOpts::required()))
                        (f.text("points", &ctx.t("decide-field-points"), &value(CreateForm::Budget, "points"), FieldOpts::default().kind("number").hint(ctx.t("decide-points-hint"))))
                        (f.choice("rule", &ctx.t("decide-field-rule"), "budget-rule", BudgetRule::parse(&value(CreateForm::Budget, "rule")).or(Some(BudgetRule::EqualShares)), FieldOpts::required().hint(ctx.t("decide-rule-hint"))))
                        (f.select("area", &ctx.t("decide-field-area"), &area_options, &value(CreateForm::Budget, "area"), FieldOpts::required().hint(ctx.t("decide-area-hint"))))
                        (f.text("opens_on", &ctx.t("decide-field-opens"), &value(CreateForm::Budget, "opens_on"), FieldOpts::default().kind("date").hint(ctx.ta("decide-opens-hint", &[("zone", ctx.zone().name().to_owned().into())]))))
                        (f.text("closes_on", &ctx.t("decide-field-closes"), &value(CreateForm::Budget, "closes_on"), FieldOpts::required().kind("date")))
                        (group_boxes(ctx, "budget", &groups, &chosen_groups(CreateForm::Budget), e))
                        button type="submit" class="button" { (ctx.t("decide-create-budget")) }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Decide)).status(status).render(ctx))
}

/// The charter's decision areas a vote may decide: never one that is only
/// to inform (the charter says it cannot be influenced).
pub fn area_options(ctx: &Ctx, areas: &[StoredArea]) -> Vec<(String, String)> {
    std::iter::once((String::new(), ctx.t("decide-choose-area")))
        .chain(
            areas.iter().filter(|a| a.area.level != InfluenceLevel::Inform).map(|a| {
                (a.id.to_string(), format!("{} ({})", a.area.title, choice_label(ctx, "level", a.area.level)))
            }),
        )
        .collect()
}

/// The fields of a poll, for starting one and for changing it before anyone votes.
pub fn poll_fields(
    ctx: &Ctx,
    f: &Fields,
    value: &dyn Fn(&str) -> String,
    area_options: &[(String, String)],
    groups: &[Group],
    chosen: &[String],
) -> Markup {
    html! {
        (f.text("title", &ctx.t("decide-field-question"), &value("title"), FieldOpts::required().max(TITLE_MAX)))
        (f.textarea("description", &ctx.t("decide-field-description"), &value("description"), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
        (f.choice("method", &ctx.t("decide-field-method"), "poll-method", PollMethod::parse(&value("method")).or(Some(PollMethod::Irv)), FieldOpts::required().hint(ctx.t("decide-method-hint"))))
        (f.textarea("options", &ctx.t("decide-field-options"), &value("options"), FieldOpts::default().rows(5).hint(ctx.t("decide-options-hint"))))
        (f.select("area", &ctx.t("decide-field-area"), area_options, &value("area"), FieldOpts::required().hint(ctx.t("decide-area-hint"))))
        (f.text("opens_on", &ctx.t("decide-field-opens"), &value("opens_on"), FieldOpts::default().kind("date").hint(ctx.ta("decide-opens-hint", &[("zone", ctx.zone().name().to_owned().into())]))))
        (f.text("closes_on", &ctx.t("decide-field-closes"), &value("closes_on"), FieldOpts::required().kind("date")))
        (f.text("quorum", &ctx.t("decide-field-quorum"), &value("quorum"), FieldOpts::default().kind("number").hint(ctx.t("decide-quorum-hint"))))
        (group_boxes(ctx, f.prefix, groups, chosen, f.errors))
    }
}

/// A poll as the form typed it.
pub fn poll_input(form: &FormPairs) -> AppResult<PollInput> {
    Ok(PollInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        method: form.get("method").to_owned(),
        options: option_lines(form.get("options")),
        decision_area_id: form.id("area")?,
        opens_on: form.get("opens_on").to_owned(),
        closes_on: form.get("closes_on").to_owned(),
        quorum: form.get("quorum").to_owned(),
        eligible_groups: form.ids("groups")?,
    })
}

fn group_boxes(ctx: &Ctx, prefix: &str, groups: &[Group], chosen: &[String], errors: &Invalid) -> Markup {
    let error = errors.field("groups");
    html! {
        fieldset class=(if error.is_some() { "field field-error" } else { "field" }) {
            legend { (ctx.t("decide-field-groups")) }
            p class="hint" { (ctx.t("decide-groups-hint")) }
            @if let Some(e) = error { p class="field-problem" id=(format!("f-{prefix}-groups-error")) { (crate::html::field_message(ctx, e)) } }
            @for g in groups {
                @let id = format!("f-{prefix}-groups-{}", g.id);
                div class="checkbox" {
                    input type="checkbox" id=(id) name="groups" value=(g.id) checked[chosen.contains(&g.id.to_string())];
                    label for=(id) { (group_name(ctx, g)) }
                }
            }
        }
    }
}

/// Shows the outcome of creating a poll or budget: its page, the decide page
/// again with the form's problems, or why it was refused.
async fn created(
    state: &AppState,
    ctx: &Ctx,
    (access, i): (Access, Initiative),
    form: CreateForm,
    values: &FormPairs,
    outcome: Result<i64, Error>,
) -> AppResult<Response> {
    match outcome {
        Ok(id) => {
            let (url, flash) = match form {
                CreateForm::Poll => (poll_url(&access, &i, id), "flash-poll-created"),
                CreateForm::Budget => (budget_url(&access, &i, id), "flash-budget-created"),
            };
            Ok(redirect_with_flash(ctx, &url, flash))
        }
        Err(Error::Invalid(errors)) => {
            render_page(state, ctx, &access, &i, &DecideQuery::default(), Some((form, errors, values))).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The options of a poll: one per line of the text area.
fn option_lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

pub async fn create_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = poll_input(&form)?;
    let outcome = polls::create(&state.svc, &access, &i, &input, ctx.now).await;
    created(&state, &ctx, (access, i), CreateForm::Poll, &form, outcome).await
}

pub async fn create_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = BudgetInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        total: form.get("total").to_owned(),
        currency: form.get("currency").to_owned(),
        ballot: form.get("ballot").to_owned(),
        points: form.get("points").to_owned(),
        rule: form.get("rule").to_owned(),
        decision_area_id: form.id("area")?,
        opens_on: form.get("opens_on").to_owned(),
        closes_on: form.get("closes_on").to_owned(),
        eligible_groups: form.ids("groups")?,
    };
    let outcome = budgets::create(&state.svc, &access, &i, &input, ctx.now).await;
    created(&state, &ctx, (access, i), CreateForm::Budget, &form, outcome).await
}
