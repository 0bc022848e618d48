//! One participatory budget: its projects (proposed by members, added by
//! facilitators or carried over from ideas), approval or cumulative ballots,
//! paper ballots, and once voting closes the outcome explained project by
//! project, with the anonymised ballots as a Pabulib file.

use axum::{
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::{Markup, html};
use tandem_decide::{
    amount::Decimal,
    pb::{Outcome, Verdict},
};
use tandem_domain::{
    Invalid,
    decisions::{self, BudgetBallot, BudgetBallotInput, BudgetMarks, BudgetRule, ProjectStatus, VoteRefused, Window},
    text::{LONG_TEXT_MAX, TITLE_MAX},
};
use tandem_service::counting;
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    budgets::{self, Budget, BudgetOutcome, Project, ProjectInput},
    charter,
    initiatives::Initiative,
    polls::vote_gate,
};

use crate::{
    access, charts,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, paragraphs},
    labels::money,
    pages::{
        decide::{
            BulletinQuery, PaperPanel, budget_url, bulletin_board, charter_box, count_record, counting_note,
            eligible_text, paper_panel, recount_answer, turnout_table, window_text,
        },
        redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

pub struct LoadedBudget {
    pub access: Access,
    pub initiative: Initiative,
    pub budget: Budget,
}

pub async fn load_budget(state: &AppState, ctx: &Ctx, slug: &str, islug: &str, id: i64) -> AppResult<LoadedBudget> {
    let (access, initiative) = access::initiative(state, ctx, slug, islug).await?;
    let budget = budgets::budget(&state.svc, &initiative, id).await?;
    Ok(LoadedBudget { access, initiative, budget })
}

pub async fn show_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    Query(q): Query<BulletinQuery>,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    render_budget(&state, &ctx, &l, None, &q.ballots).await
}

/// Counts the closed budget's ballots again (facilitators) and says whether the stored result matches.
pub async fn recount_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let url = budget_url(&l.access, &l.initiative, id);
    let found = tandem_service::counts::recount_budget(&state.svc, &l.access, &l.initiative, &l.budget, ctx.now).await;
    recount_answer(&ctx, &url, found)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BudgetFormKind {
    Ballot,
    Paper,
    Declare,
    Propose,
    Carry,
}

impl BudgetFormKind {
    fn prefix(self) -> &'static str {
        match self {
            BudgetFormKind::Ballot => "ballot",
            BudgetFormKind::Paper => "paper",
            BudgetFormKind::Declare => "declare",
            BudgetFormKind::Propose => "project",
            BudgetFormKind::Carry => "carry",
        }
    }
}

async fn render_budget(
    state: &AppState,
    ctx: &Ctx,
    l: &LoadedBudget,
    failed: Option<(BudgetFormKind, Invalid, &FormPairs)>,
    ballots_after: &str,
) -> AppResult<Response> {
    let (access, i, budget) = (&l.access, &l.initiative, &l.budget);
    let (areas, view) =
        tokio::try_join!(charter::areas(&state.svc, i), budgets::view(&state.svc, access, i, budget, ctx.now))?;
    let budgets::BudgetView { window, groups, projects, mine, voted, result, carry_candidates: accepted_ideas, paper } =
        view;
    // Projects in the reader's language where translated (no form edits a project's words).
    let texts = tandem_service::translations::texts(&state.svc, access, i, ctx.lang.code()).await?;
    let projects: Vec<_> = projects
        .into_iter()
        .map(|mut p| {
            use tandem_service::translations::Field;
            p.title = texts.get(Field::ProjectTitle, p.id, &p.title).to_owned();
            p.description = texts.get(Field::ProjectDescription, p.id, &p.description).to_owned();
            p
        })
        .collect();
    let bulletin = match &result {
        Some(BudgetOutcome::Counted { record, .. }) => {
            let page = budgets::bulletin_of(&state.svc, budget, record, ballots_after, budgets::BULLETIN_PAGE).await?;
            let rows: Vec<(String, String)> =
                page.items.iter().map(|(tracker, b)| (tracker.clone(), describe_vote(budget, &projects, b))).collect();
            Some((rows, page.total, page.next))
        }
        _ => None,
    };
    let paper_open = decisions::paper_open(window, budget.paper.counting_until, ctx.now);
    let area = areas.iter().find(|a| Some(a.id) == budget.decision_area_id);
    let gate = vote_gate(access, i, &budget.eligible_groups, window);
    let url = budget_url(access, i, budget.id);
    let ballot_projects: Vec<&Project> = projects.iter().filter(|p| p.status == ProjectStatus::OnBallot).collect();
    let proposed: Vec<&Project> = projects.iter().filter(|p| p.status == ProjectStatus::Proposed).collect();
    let empty = Invalid::default();
    let errors_for = |form: BudgetFormKind| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |form: BudgetFormKind, name: &str| match &failed {
        Some((f, _, v)) if *f == form => v.get(name).to_owned(),
        _ => String::new(),
    };
    // What the person sent, when that form came back with a problem: their ticks and points stay.
    let typed = |form: BudgetFormKind| match &failed {
        Some((f, _, v)) if *f == form => Some(*v),
        _ => None,
    };
    let title = budget.title.clone();
    let amount = |d: &Decimal| money(ctx, &budget.currency, d);
    let body = html! {
        (shell::header(ctx, access, i, Section::Decide, &title))
        @if !budget.description.is_empty() { (paragraphs(&budget.description)) }
        dl class="facts" {
            dt { (ctx.t("decide-field-total")) } dd { (amount(&budget.total)) }
            dt { (ctx.t("decide-field-ballot")) } dd {
                (choice_label(ctx, "budget-ballot", budget.ballot)) ": "
                @if budget.ballot == BudgetBallot::Cumulative { (ctx.ta("budget-ballot-cumulative-desc", &[("points", Arg::Num(budget.points))])) }
                @else { (ctx.ta("budget-ballot-approval-desc", &[("total", amount(&budget.total).into())])) }
            }
            dt { (ctx.t("decide-field-rule")) } dd { (crate::html::term(&choice_label(ctx, "budget-rule", budget.rule), &crate::pages::glossary::budget_rule_anchor(budget.rule))) ": " (ctx.t(&format!("budget-rule-{}-desc", budget.rule.key()))) }
            dt { (ctx.t("decide-when")) } dd { (window_text(ctx, budget.opens_at, budget.closes_at)) }
            dt { (ctx.t("decide-who")) } dd { (eligible_text(ctx, &budget.eligible_groups, &groups)) }
            dt { (ctx.t("decide-turnout")) } dd { (ctx.ta("decide-ballots", &[("count", Arg::Num(budget.ballots))])) }
        }
        (charter_box(ctx, access, i, area))
        section aria-labelledby="ballot-h" class="panel" id="ballot" {
            h2 id="ballot-h" { (ctx.t(if mine.is_some() { "decide-your-ballot-change" } else { "decide-your-ballot" })) }
            @if ballot_projects.is_empty() {
                p { (ctx.t("budget-no-projects")) }
            } @else {
                @match gate {
                    Err(refused) => {
                        p class="notice" { (ctx.t(refused.message())) @if refused == VoteRefused::NotAMember && ctx.user.is_none() { " " a href=(format!("/login?next={}", super::encode_query(&url))) { (ctx.t("nav-login")) } } }
                        @if voted && mine.is_none() { p { (ctx.t("decide-voted-sealed")) } }
                        (project_table(ctx, budget, &ballot_projects))
                    }
                    Ok(()) => {
                        @let e = errors_for(BudgetFormKind::Ballot);
                        (error_summary_in(ctx, e, &[], "ballot"))
                        @if let Some((_, tracker)) = &mine {
                            p { (ctx.t("budget-you-voted")) }
                            p class="meta" { (ctx.ta("decide-your-tracker", &[("tracker", tracker.as_str().into())])) }
                        }
                        form method="post" action=(format!("{url}/ballot")) novalidate class="stack" {
                            (csrf_field(ctx))
                            (budget_fields(ctx, budget, &ballot_projects, BudgetFormKind::Ballot, e, mine.as_ref().map(|(b, _)| b), typed(BudgetFormKind::Ballot)))
                            button type="submit" class="button" { (ctx.t(if mine.is_some() { "decide-change-vote" } else { "decide-cast-vote" })) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="result-h" id="result" {
            h2 id="result-h" { (ctx.t("decide-result")) }
            @if let Some(BudgetOutcome::Counted { outcome, turnout, record }) = &result {
                @match outcome {
                    Some(outcome) => (budget_result(ctx, budget, &projects, record.ballots, outcome)),
                    None => p { (ctx.t("decide-no-ballots")) },
                }
                (turnout_table(ctx, access, &groups, turnout.as_ref()))
                @if let Some((rows, total, next)) = &bulletin {
                    (bulletin_board(ctx, rows, *total, next.as_deref(), &url, ballots_after))
                }
                (count_record(ctx, access, &url, record))
                p { a href=(format!("{url}/ballots.pb")) download { (ctx.t("budget-export")) } " " span class="meta" { (ctx.t("budget-export-hint")) } }
            } @else if let Some(BudgetOutcome::TooFew { funded, threshold }) = &result {
                p class="notice" { (ctx.ta("decide-too-few", &[("threshold", Arg::Num(*threshold))])) }
                h3 { (ctx.t("budget-funded-projects")) }
                @if funded.is_empty() { p { (ctx.t("decide-no-ballots")) } }
                ul { @for p in ballot_projects.iter().filter(|p| funded.contains(&p.id)) { li { (p.title) } } }
            } @else if window != Window::Closed {
                p { (ctx.t("decide-result-later")) }
            } @else {
                (counting_note(ctx, budget.paper.counting_until))
            }
        }
        @if window != Window::Closed && access.is_member() && access.role().is_some_and(|r| r.can_participate()) {
            @let e = errors_for(BudgetFormKind::Propose);
            @let f = Fields::with_prefix(ctx, e, "project");
            section aria-labelledby="propose-h" class="panel" id="propose" {
                h2 id="propose-h" { (ctx.t(if access.can_facilitate() { "budget-add-project" } else { "budget-propose" })) }
                @if !access.can_facilitate() { p { (ctx.t("budget-propose-lead")) } }
                (error_summary_in(ctx, e, &[], "project"))
                form method="post" action=(format!("{url}/projects")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.text("title", &ctx.t("decide-field-title"), &value(BudgetFormKind::Propose, "title"), FieldOpts::required().max(TITLE_MAX)))
                    (f.textarea("description", &ctx.t("decide-field-description"), &value(BudgetFormKind::Propose, "description"), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
                    (f.text("cost", &ctx.t("budget-field-cost"), &value(BudgetFormKind::Propose, "cost"), FieldOpts::required().hint(ctx.ta("budget-cost-hint", &[("currency", budget.currency.as_str().into())]))))
                    button type="submit" class="button secondary" { (ctx.t(if access.can_facilitate() { "budget-add-project" } else { "budget-propose-submit" })) }
                }
            }
        }
        @if access.can_facilitate() && window != Window::Closed {
            @if !proposed.is_empty() {
                section aria-labelledby="proposed-h" {
                    h2 id="proposed-h" { (ctx.t("budget-proposed")) }
                    ul class="idea-list" {
                        @for p in &proposed {
                            li class="card" {
                                h3 class="idea-title" { (p.title) }
                                p class="meta" { (amount(&p.cost)) }
                                @if !p.description.is_empty() { (paragraphs(&p.description)) }
                                form method="post" action=(format!("{url}/projects/{}", p.id)) class="inline-form" {
                                    (csrf_field(ctx))
                                    button type="submit" name="status" value="on_ballot" class="button small" { (ctx.ta("budget-accept", &[("title", p.title.as_str().into())])) }
                                    " "
                                    button type="submit" name="status" value="declined" class="button secondary small" { (ctx.ta("budget-decline", &[("title", p.title.as_str().into())])) }
                                }
                            }
                        }
                    }
                }
            }
            @if !accepted_ideas.is_empty() {
                @let e = errors_for(BudgetFormKind::Carry);
                @let f = Fields::with_prefix(ctx, e, "carry");
                @let options: Vec<(String, String)> = accepted_ideas.iter().map(|idea| (idea.id.to_string(), idea.title.clone())).collect();
                section aria-labelledby="carry-h" class="panel" id="carry" {
                    h2 id="carry-h" { (ctx.t("budget-carry")) }
                    p { (ctx.t("budget-carry-lead")) }
                    (error_summary_in(ctx, e, &[], "carry"))
                    form method="post" action=(format!("{url}/projects")) novalidate class="stack" {
                        (csrf_field(ctx))
                        (f.select("idea", &ctx.t("budget-field-idea"), &options, &value(BudgetFormKind::Carry, "idea"), FieldOpts::required()))
                        (f.text("cost", &ctx.t("budget-field-cost"), &value(BudgetFormKind::Carry, "cost"), FieldOpts::required().hint(ctx.ta("budget-cost-hint", &[("currency", budget.currency.as_str().into())]))))
                        button type="submit" class="button secondary" { (ctx.t("budget-carry-submit")) }
                    }
                }
            }
        }
        @if access.can_facilitate() && !ballot_projects.is_empty() && (paper_open || !paper.is_empty()) {
            @let entry_errors = errors_for(BudgetFormKind::Paper);
            @let can_enter = paper_open && budget.paper.declared.is_some_and(|d| budget.paper.entered < d);
            @let entry = can_enter.then(|| html! {
                (budget_fields(ctx, budget, &ballot_projects, BudgetFormKind::Paper, entry_errors, None, typed(BudgetFormKind::Paper)))
                (Fields::with_prefix(ctx, entry_errors, "paper").textarea("note", &ctx.t("decide-field-paper-note"), &value(BudgetFormKind::Paper, "note"), FieldOpts::required().rows(2).hint(ctx.t("decide-paper-note-hint"))))
            });
            (paper_panel(ctx, access, PaperPanel {
                url: &url,
                count: &budget.paper,
                ballots: &paper,
                open: paper_open,
                entry,
                declare_errors: errors_for(BudgetFormKind::Declare),
                declare_typed: match &failed { Some((BudgetFormKind::Declare, _, v)) => Some(*v), _ => None },
                entry_errors,
            }))
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Decide)).status(status).render(ctx))
}

/// A counted ballot in words, for the list of ballots by tracker.
fn describe_vote(budget: &Budget, projects: &[Project], vote: &BudgetBallotInput) -> String {
    let name = |id: i64| projects.iter().find(|p| p.id == id).map(|p| p.title.clone()).unwrap_or_default();
    match budget.ballot {
        BudgetBallot::Approval => vote.0.iter().map(|&(p, _)| name(p)).collect::<Vec<_>>().join(", "),
        BudgetBallot::Cumulative => {
            vote.0.iter().map(|&(p, points)| format!("{} {points}", name(p))).collect::<Vec<_>>().join(", ")
        }
    }
}

/// A project's title from its id as the count knows it (the text of its number).
fn project_title(projects: &[Project], counted_id: &str) -> String {
    projects.iter().find(|p| p.id.to_string() == counted_id).map(|p| p.title.clone()).unwrap_or_default()
}

fn project_table(ctx: &Ctx, budget: &Budget, projects: &[&Project]) -> Markup {
    html! {
        (crate::html::data_table(ctx, &ctx.t("budget-projects"), "data", html! {
            thead { tr { th scope="col" { (ctx.t("budget-project")) } th scope="col" { (ctx.t("budget-field-cost")) } } }
            tbody { @for p in projects { tr { th scope="row" { (p.title) @if !p.description.is_empty() { br; span class="meta" { (p.description) } } } td { (money(ctx, &budget.currency, p.cost)) } } } }
        }))
    }
}

fn budget_fields(
    ctx: &Ctx,
    budget: &Budget,
    projects: &[&Project],
    form: BudgetFormKind,
    errors: &Invalid,
    current: Option<&BudgetBallotInput>,
    typed: Option<&FormPairs>,
) -> Markup {
    let prefix = form.prefix();
    let problem = errors.0.iter().find(|e| e.field != "note");
    let given = |id: i64| current.and_then(|c| c.0.iter().find(|(p, _)| *p == id).map(|(_, v)| *v));
    // A ballot sent back with a problem shows what was sent, not what was stored.
    let ticked = |id: i64| match typed {
        Some(t) => t.all("project").iter().any(|v| v.trim() == id.to_string()),
        None => given(id).is_some(),
    };
    let points = |id: i64| match typed {
        Some(t) => Some(t.get(&format!("points_{id}")).to_owned()).filter(|v| !v.trim().is_empty()),
        None => given(id).map(|v| v.to_string()),
    };
    html! {
        fieldset class=(if problem.is_some() { "field field-error" } else { "field" }) {
            @match budget.ballot {
                BudgetBallot::Approval => legend { (ctx.ta("budget-legend-approval", &[("total", money(ctx, &budget.currency, budget.total).into())])) },
                BudgetBallot::Cumulative => legend { (ctx.ta("budget-legend-cumulative", &[("points", Arg::Num(budget.points))])) },
            }
            @if let Some(e) = problem { p class="field-problem" id=(format!("f-{prefix}-error")) { (crate::html::field_message(ctx, e)) } }
            @for p in projects {
                @let id = format!("f-{prefix}-project-{}", p.id);
                @match budget.ballot {
                    BudgetBallot::Approval => div class="checkbox" {
                        input type="checkbox" id=(id) name="project" value=(p.id) checked[ticked(p.id)];
                        label for=(id) { (p.title) " — " (money(ctx, &budget.currency, p.cost)) }
                    },
                    BudgetBallot::Cumulative => div class="field inline" {
                        label for=(id) { (p.title) " — " (money(ctx, &budget.currency, p.cost)) }
                        input type="number" id=(id) name=(format!("points_{}", p.id)) min="0" max=(budget.points) inputmode="numeric" value=[points(p.id)];
                    },
                }
            }
        }
    }
}

fn budget_result(ctx: &Ctx, budget: &Budget, projects: &[Project], voters: i64, outcome: &Outcome) -> Markup {
    let title_of = |p: usize| outcome.projects.get(p).map(|r| project_title(projects, &r.id)).unwrap_or_default();
    let funded: Vec<usize> = outcome.selected.clone();
    let rows: Vec<(String, Option<i64>)> =
        (0..outcome.projects.len()).map(|p| (title_of(p), Some(outcome.projects[p].supporters as i64))).collect();
    html! {
        p class="outcome" {
            strong { (ctx.ta("budget-funded", &[("count", Arg::from(funded.len())), ("spent", money(ctx, &budget.currency, outcome.spent).into()), ("total", money(ctx, &budget.currency, outcome.budget).into())])) }
        }
        h3 { (ctx.t("result-plain-heading")) }
        p { (rule_in_plain_words(ctx, budget, voters, outcome)) " " a href=(format!("/glossary#{}", crate::pages::glossary::budget_rule_anchor(budget.rule))) { (ctx.t("glossary-link")) } }
        (charts::bars(ctx, "budget-chart", &ctx.t("budget-chart-title"), &ctx.t("budget-chart-desc"), &rows))
        h3 { (ctx.t("result-detail-heading")) }
        (crate::html::data_table(ctx, &ctx.t("budget-why"), "data", html! {
            thead { tr {
                th scope="col" { (ctx.t("budget-project")) }
                th scope="col" { (ctx.t("budget-field-cost")) }
                th scope="col" { (ctx.t(if budget.ballot == BudgetBallot::Cumulative { "budget-voters-points" } else { "budget-voters" })) }
                th scope="col" { (ctx.t("budget-verdict")) }
            } }
            tbody {
                @for (p, r) in outcome.projects.iter().enumerate() {
                    tr class=(if matches!(r.verdict, Verdict::Funded { .. } | Verdict::Completion { .. } | Verdict::FundedFree) { "funded" } else { "" }) {
                        th scope="row" { (title_of(p)) }
                        td { (money(ctx, &budget.currency, r.cost)) }
                        td { (r.supporters) }
                        td { @let (id, args) = counting::verdict(&r.verdict); (ctx.ta(id, &args)) }
                    }
                }
            }
        }))
    }
}

/// How the rule shared the money out, in plain words: for Equal Shares, each
/// voter's share of the budget.
fn rule_in_plain_words(ctx: &Ctx, budget: &Budget, voters: i64, outcome: &Outcome) -> String {
    match budget.rule {
        BudgetRule::Greedy => ctx.t("greedy-plain"),
        BudgetRule::EqualShares => {
            let total: f64 = outcome.budget.to_string().parse().unwrap_or(0.0);
            let share = format!("{:.2}", total / voters.max(1) as f64);
            ctx.ta(
                "equal-shares-plain",
                &[
                    ("budget", money(ctx, &budget.currency, outcome.budget).into()),
                    ("voters", Arg::Num(voters)),
                    ("share", money(ctx, &budget.currency, share).into()),
                ],
            )
        }
    }
}

/// What a budget ballot form marked: `project` (repeated) or `points_ID` beside each project.
fn marks_of(form: &FormPairs) -> BudgetMarks {
    BudgetMarks {
        projects: form.all("project"),
        points: form
            .0
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("points_")?.parse::<i64>().ok()?, v.clone())))
            .collect(),
    }
}

pub async fn vote_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let url = budget_url(&l.access, &l.initiative, id);
    match budgets::cast(&state.svc, &l.access, &l.initiative, &l.budget, &marks_of(&form), ctx.now).await {
        Ok(_) => Ok(redirect_with_flash(&ctx, &format!("{url}#ballot"), "flash-vote-recorded")),
        Err(Error::Invalid(e)) => render_budget(&state, &ctx, &l, Some((BudgetFormKind::Ballot, e, &form)), "").await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn paper_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let url = budget_url(&l.access, &l.initiative, id);
    let marks = marks_of(&form);
    match budgets::cast_paper(&state.svc, &l.access, &l.initiative, &l.budget, &marks, form.get("note"), ctx.now).await
    {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), "flash-paper-recorded")),
        Err(Error::Invalid(e)) => render_budget(&state, &ctx, &l, Some((BudgetFormKind::Paper, e, &form)), "").await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

/// Declares how many paper ballots were collected (and until when they are taken).
pub async fn declare_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let url = budget_url(&l.access, &l.initiative, id);
    let (declared, until) = (form.get("declared"), form.get("counting_until"));
    match budgets::declare_paper(&state.svc, &l.access, &l.initiative, &l.budget, declared, until, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), "flash-paper-declared")),
        Err(Error::Invalid(e)) => render_budget(&state, &ctx, &l, Some((BudgetFormKind::Declare, e, &form)), "").await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), message)),
        Err(e) => Err(e.into()),
    }
}

/// A second facilitator confirms a paper ballot.
pub async fn confirm_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, ballot)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let url = budget_url(&l.access, &l.initiative, id);
    match budgets::confirm_paper(&state.svc, &l.access, &l.initiative, &l.budget, ballot, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), "flash-paper-confirmed")),
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), message)),
        Err(e) => Err(e.into()),
    }
}

/// Members propose projects (a facilitator accepts them onto the ballot);
/// facilitators add projects directly or carry over an accepted idea.
pub async fn add_project(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let url = budget_url(&l.access, &l.initiative, id);
    let carrying = !form.get("idea").is_empty();
    let input = ProjectInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        cost: form.get("cost").to_owned(),
        idea_id: form.id("idea")?,
    };
    let kind = if carrying { BudgetFormKind::Carry } else { BudgetFormKind::Propose };
    match budgets::add_project(&state.svc, &l.access, &l.initiative, &l.budget, &input, ctx.now).await {
        Ok((_, status)) => {
            let flash =
                if status == ProjectStatus::OnBallot { "flash-project-added" } else { "flash-project-proposed" };
            Ok(redirect_with_flash(&ctx, &url, flash))
        }
        Err(Error::Invalid(e)) => render_budget(&state, &ctx, &l, Some((kind, e, &form)), "").await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn set_project(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, project)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let url = budget_url(&l.access, &l.initiative, id);
    let status = form.get("status");
    match budgets::set_project_status(&state.svc, &l.access, &l.initiative, &l.budget, project, status, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#proposed"), "flash-project-updated")),
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

/// The ballots as a Pabulib file: after voting closes for everyone, before for facilitators.
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    let text = budgets::export(&state.svc, &l.access, &l.budget, ctx.now).await?;
    let name = format!("attachment; filename=\"{}-budget-{id}.pb\"", l.initiative.slug);
    Ok(([(header::CONTENT_TYPE, String::from("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, name)], text)
        .into_response())
}
