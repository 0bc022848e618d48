//! Co-decision pages: polls and participatory budgets on an initiative, each
//! tied to a decision area of the published charter whose level of influence
//! is shown on the ballot. Results are counted from every stored ballot when
//! voting closes, and explained (rounds, matrices, why each project was or was
//! not funded).

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::{Markup, html};
use tandem_decide::{
    amount::Decimal,
    pb::{Outcome, Verdict},
    vote::ConsentOutcome,
};
use tandem_domain::{
    Invalid,
    charter::InfluenceLevel,
    decisions::{
        self as domain, BallotProject, BudgetBallot, BudgetBallotInput, BudgetDraft, BudgetForm, BudgetRule,
        ConsentStance, MAX_SCORE, PollBallot, PollDraft, PollForm, PollMethod, PollResult, ProjectDraft, ProjectStatus,
        VoteRefused, Window,
    },
    ideas::IdeaStatus,
    privacy,
    text::{LONG_TEXT_MAX, TITLE_MAX},
};
use tandem_store::{
    charter::{self as charter_store, StoredArea},
    communities::{self, Group},
    decisions::{self as store, BallotBox, Budget, Poll, Project, StoredBallot},
    ideas as ideas_store,
    initiatives::Initiative,
};

use crate::{
    AppState,
    access::Access,
    charts,
    context::Ctx,
    counting,
    error::{AppError, AppResult},
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, paragraphs},
    i18n::Arg,
    pages::{
        group_name, human_date, redirect_with_flash,
        shell::{self, Section},
    },
};

fn poll_url(access: &Access, i: &Initiative, id: i64) -> String {
    format!("{}/polls/{id}", shell::base_url(access, i))
}

fn budget_url(access: &Access, i: &Initiative, id: i64) -> String {
    format!("{}/budgets/{id}", shell::base_url(access, i))
}

fn window_of(opens_at: tandem_domain::Timestamp, closes_at: tandem_domain::Timestamp, ctx: &Ctx) -> Window {
    domain::window(opens_at, closes_at, ctx.now)
}

/// "Open until 30 Nov 2026", "Opens on …", "Closed on …".
fn window_text(ctx: &Ctx, opens_at: tandem_domain::Timestamp, closes_at: tandem_domain::Timestamp) -> String {
    let last_day = human_date(ctx, closes_at.plus_secs(-1));
    match window_of(opens_at, closes_at, ctx) {
        Window::NotYetOpen => {
            ctx.ta("decide-window-later", &[("opens", human_date(ctx, opens_at).into()), ("closes", last_day.into())])
        }
        Window::Open => ctx.ta("decide-window-open", &[("closes", last_day.into())]),
        Window::Closed => ctx.ta("decide-window-closed", &[("closes", last_day.into())]),
    }
}

fn eligible_text(ctx: &Ctx, eligible: &[i64], groups: &[Group]) -> String {
    if eligible.is_empty() {
        return ctx.t("decide-eligible-all");
    }
    let names: Vec<String> = groups.iter().filter(|g| eligible.contains(&g.id)).map(|g| group_name(ctx, g)).collect();
    ctx.ta("decide-eligible-groups", &[("groups", names.join(", ").into())])
}

/// The charter's word on this decision: its area, level of influence and who decides.
fn charter_box(ctx: &Ctx, access: &Access, i: &Initiative, area: Option<&StoredArea>) -> Markup {
    html! {
        @if let Some(a) = area {
            aside class="charter-note" aria-labelledby="charter-note-h" {
                h2 id="charter-note-h" { (ctx.t("decide-charter-heading")) }
                p {
                    (ctx.ta("decide-charter-area", &[("area", a.area.title.as_str().into())])) " "
                    strong { (choice_label(ctx, "level", a.area.level)) } ": "
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

pub(crate) fn vote_gate(access: &Access, i: &Initiative, eligible: &[i64], window: Window) -> Result<(), VoteRefused> {
    domain::may_vote(
        access.role(),
        access.membership.as_ref().and_then(|m| m.group_id),
        eligible,
        i.participation_open,
        window,
    )
}

// ---- the decide section: every poll and budget, and the forms that create them

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = Access::load_initiative(&state, &ctx, &slug, &islug).await?;
    render_page(&state, &ctx, &access, &i, None).await
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
    failed: Option<(CreateForm, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let (polls, budgets, conversations, areas, groups) = tokio::try_join!(
        store::polls(&state.db, i.id),
        store::budgets(&state.db, i.id),
        tandem_store::conversations::list(&state.db, i.id),
        charter_store::areas(&state.db, i.id),
        communities::groups(&state.db, access.community.id)
    )?;
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
    let area_options: Vec<(String, String)> =
        std::iter::once((String::new(), ctx.t("decide-choose-area")))
            .chain(areas.iter().map(|a| {
                (a.id.to_string(), format!("{} ({})", a.area.title, choice_label(ctx, "level", a.area.level)))
            }))
            .collect();
    let body = html! {
        (shell::header(ctx, access, i, Section::Decide, &title))
        p { (ctx.t("decide-lead")) }
        section aria-labelledby="polls-h" {
            h2 id="polls-h" { (ctx.t("decide-polls")) }
            @if polls.is_empty() { p { (ctx.t("decide-no-polls")) } }
            ul class="idea-list" {
                @for p in &polls {
                    li class="card" {
                        h3 class="idea-title" { a href=(poll_url(access, i, p.id)) { (p.title) } }
                        p class="meta" {
                            (choice_label(ctx, "poll-method", p.method)) " · " (window_text(ctx, p.opens_at, p.closes_at))
                            " · " (ctx.ta("decide-ballots", &[("count", Arg::Num(p.ballots))]))
                        }
                    }
                }
            }
        }
        section aria-labelledby="budgets-h" {
            h2 id="budgets-h" { (ctx.t("decide-budgets")) }
            @if budgets.is_empty() { p { (ctx.t("decide-no-budgets")) } }
            ul class="idea-list" {
                @for b in &budgets {
                    li class="card" {
                        h3 class="idea-title" { a href=(budget_url(access, i, b.id)) { (b.title) } }
                        p class="meta" {
                            (b.currency) " " (b.total) " · " (choice_label(ctx, "budget-rule", b.rule)) " · "
                            (window_text(ctx, b.opens_at, b.closes_at))
                            " · " (ctx.ta("decide-ballots", &[("count", Arg::Num(b.ballots))]))
                        }
                    }
                }
            }
        }
        (super::conversation::section(ctx, access, i, &conversations, None))
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
                        (f.text("title", &ctx.t("decide-field-question"), &value(CreateForm::Poll, "title"), FieldOpts::required().max(TITLE_MAX)))
                        (f.textarea("description", &ctx.t("decide-field-description"), &value(CreateForm::Poll, "description"), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
                        (f.choice("method", &ctx.t("decide-field-method"), "poll-method", PollMethod::parse(&value(CreateForm::Poll, "method")).or(Some(PollMethod::Irv)), FieldOpts::required().hint(ctx.t("decide-method-hint"))))
                        (f.textarea("options", &ctx.t("decide-field-options"), &value(CreateForm::Poll, "options"), FieldOpts::default().rows(5).hint(ctx.t("decide-options-hint"))))
                        (f.select("area", &ctx.t("decide-field-area"), &area_options, &value(CreateForm::Poll, "area"), FieldOpts::required().hint(ctx.t("decide-area-hint"))))
                        (f.text("opens_on", &ctx.t("decide-field-opens"), &value(CreateForm::Poll, "opens_on"), FieldOpts::default().kind("date").hint(ctx.t("decide-opens-hint"))))
                        (f.text("closes_on", &ctx.t("decide-field-closes"), &value(CreateForm::Poll, "closes_on"), FieldOpts::required().kind("date")))
                        (f.text("quorum", &ctx.t("decide-field-quorum"), &value(CreateForm::Poll, "quorum"), FieldOpts::default().kind("number").hint(ctx.t("decide-quorum-hint"))))
                        (group_boxes(ctx, "poll", &groups, &chosen_groups(CreateForm::Poll), e))
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
                        (f.text("opens_on", &ctx.t("decide-field-opens"), &value(CreateForm::Budget, "opens_on"), FieldOpts::default().kind("date").hint(ctx.t("decide-opens-hint"))))
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

async fn load_for_create(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    islug: &str,
) -> AppResult<(Access, Initiative, Vec<i64>, Vec<i64>)> {
    let (access, i) = Access::load_initiative(state, ctx, slug, islug).await?;
    access.require_facilitator(ctx)?;
    if i.charter_version == 0 {
        return Err(AppError::Conflict("decide-needs-charter"));
    }
    let areas = charter_store::areas(&state.db, i.id).await?.into_iter().map(|a| a.id).collect();
    let groups = communities::groups(&state.db, access.community.id).await?.into_iter().map(|g| g.id).collect();
    Ok((access, i, areas, groups))
}

/// Creates a poll from form fields; shared by the page and the API.
pub async fn create_poll_from(
    state: &AppState,
    ctx: &Ctx,
    i: &Initiative,
    form: &FormPairs,
    areas: &[i64],
    groups: &[i64],
) -> AppResult<Result<i64, Invalid>> {
    let all_groups = form.all("groups");
    let input = PollForm {
        title: form.get("title"),
        description: form.get("description"),
        method: form.get("method"),
        options: form.get("options"),
        area: form.get("area"),
        opens_on: form.get("opens_on"),
        closes_on: form.get("closes_on"),
        quorum: form.get("quorum"),
        groups: all_groups.iter().map(String::as_str).collect(),
    };
    match PollDraft::parse(&input, areas, groups, ctx.now.date()) {
        Ok(d) => Ok(Ok(store::create_poll(&state.db, i.id, &d, ctx.user_id(), ctx.now).await?)),
        Err(e) => Ok(Err(e)),
    }
}

pub async fn create_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i, areas, groups) = load_for_create(&state, &ctx, &slug, &islug).await?;
    match create_poll_from(&state, &ctx, &i, &form, &areas, &groups).await? {
        Ok(id) => Ok(redirect_with_flash(&ctx, &poll_url(&access, &i, id), "flash-poll-created")),
        Err(e) => render_page(&state, &ctx, &access, &i, Some((CreateForm::Poll, e, &form))).await,
    }
}

pub async fn create_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i, areas, groups) = load_for_create(&state, &ctx, &slug, &islug).await?;
    let all_groups = form.all("groups");
    let input = BudgetForm {
        title: form.get("title"),
        description: form.get("description"),
        total: form.get("total"),
        currency: form.get("currency"),
        ballot: form.get("ballot"),
        points: form.get("points"),
        rule: form.get("rule"),
        area: form.get("area"),
        opens_on: form.get("opens_on"),
        closes_on: form.get("closes_on"),
        groups: all_groups.iter().map(String::as_str).collect(),
    };
    match BudgetDraft::parse(&input, &areas, &groups, ctx.now.date()) {
        Ok(d) => {
            let id = store::create_budget(&state.db, i.id, &d, ctx.user_id(), ctx.now).await?;
            Ok(redirect_with_flash(&ctx, &budget_url(&access, &i, id), "flash-budget-created"))
        }
        Err(e) => render_page(&state, &ctx, &access, &i, Some((CreateForm::Budget, e, &form))).await,
    }
}

// ---- one poll

pub struct LoadedPoll {
    pub access: Access,
    pub initiative: Initiative,
    pub poll: Poll,
}

pub async fn load_poll(state: &AppState, ctx: &Ctx, slug: &str, islug: &str, id: i64) -> AppResult<LoadedPoll> {
    let (access, initiative) = Access::load_initiative(state, ctx, slug, islug).await?;
    let poll = store::poll(&state.db, initiative.id, id).await?.ok_or(AppError::NotFound)?;
    Ok(LoadedPoll { access, initiative, poll })
}

/// Every stored ballot, read back; a ballot that no longer fits is skipped (never expected).
pub fn poll_ballots(poll: &Poll, stored: &[StoredBallot]) -> Vec<PollBallot> {
    stored.iter().filter_map(|b| PollBallot::decode(poll.method, poll.options.len(), &b.content)).collect()
}

pub async fn show_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    render_poll(&state, &ctx, &l, None).await
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BallotForm {
    Mine,
    Paper,
}

impl BallotForm {
    fn prefix(self) -> &'static str {
        match self {
            BallotForm::Mine => "ballot",
            BallotForm::Paper => "paper",
        }
    }
}

async fn render_poll(
    state: &AppState,
    ctx: &Ctx,
    l: &LoadedPoll,
    failed: Option<(BallotForm, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let (access, i, poll) = (&l.access, &l.initiative, &l.poll);
    let (areas, groups, stored) = tokio::try_join!(
        charter_store::areas(&state.db, i.id),
        communities::groups(&state.db, access.community.id),
        store::ballots(&state.db, BallotBox::Poll, poll.id)
    )?;
    let mine = match ctx.user_id() {
        Some(uid) => stored.iter().find(|b| b.user_id == Some(uid)).map(|b| b.content.clone()),
        None => None,
    };
    let area = areas.iter().find(|a| Some(a.id) == poll.decision_area_id);
    let window = window_of(poll.opens_at, poll.closes_at, ctx);
    let gate = vote_gate(access, i, &poll.eligible_groups, window);
    let url = poll_url(access, i, poll.id);
    let mine_ballot = mine.as_deref().and_then(|c| PollBallot::decode(poll.method, poll.options.len(), c));
    let empty = Invalid::default();
    let errors_for = |form: BallotForm| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let paper: Vec<&StoredBallot> = stored.iter().filter(|b| b.user_id.is_none()).collect();
    let title = poll.title.clone();
    let body = html! {
        (shell::header(ctx, access, i, Section::Decide, &title))
        @if !poll.description.is_empty() { (paragraphs(&poll.description)) }
        dl class="facts" {
            dt { (ctx.t("decide-field-method")) } dd { (choice_label(ctx, "poll-method", poll.method)) ": " (ctx.t(&format!("poll-method-{}-desc", poll.method.key()))) }
            dt { (ctx.t("decide-when")) } dd { (window_text(ctx, poll.opens_at, poll.closes_at)) }
            dt { (ctx.t("decide-who")) } dd { (eligible_text(ctx, &poll.eligible_groups, &groups)) }
            dt { (ctx.t("decide-turnout")) } dd {
                (ctx.ta("decide-ballots", &[("count", Arg::Num(poll.ballots))]))
                @if poll.quorum > 0 { " · " (ctx.ta("decide-quorum", &[("quorum", Arg::Num(poll.quorum))])) }
            }
        }
        (charter_box(ctx, access, i, area))
        section aria-labelledby="ballot-h" class="panel" id="ballot" {
            h2 id="ballot-h" { (ctx.t(if mine.is_some() { "decide-your-ballot-change" } else { "decide-your-ballot" })) }
            @match gate {
                Err(refused) => {
                    p class="notice" { (ctx.t(refused.message())) @if refused == VoteRefused::NotAMember && ctx.user.is_none() { " " a href=(format!("/login?next={}", super::encode_query(&url))) { (ctx.t("nav-login")) } } }
                    @if let Some(b) = &mine_ballot { p { (ctx.ta("decide-you-voted", &[("ballot", describe_ballot(ctx, poll, b).into())])) } }
                }
                Ok(()) => {
                    @let e = errors_for(BallotForm::Mine);
                    (error_summary_in(ctx, e, &[], "ballot"))
                    @if let Some(b) = &mine_ballot { p { (ctx.ta("decide-you-voted", &[("ballot", describe_ballot(ctx, poll, b).into())])) } }
                    form method="post" action=(format!("{url}/ballot")) novalidate class="stack" {
                        (csrf_field(ctx))
                        (ballot_fields(ctx, poll, BallotForm::Mine, e, mine_ballot.as_ref()))
                        button type="submit" class="button" { (ctx.t(if mine.is_some() { "decide-change-vote" } else { "decide-cast-vote" })) }
                    }
                }
            }
        }
        section aria-labelledby="result-h" id="result" {
            h2 id="result-h" { (ctx.t("decide-result")) }
            @if window != Window::Closed {
                p { (ctx.t("decide-result-later")) }
            } @else {
                (poll_result(ctx, poll, &poll_ballots(poll, &stored)))
                (turnout_by_group(ctx, &stored, &groups))
            }
        }
        @if access.can_facilitate() && window != Window::Closed {
            @let e = errors_for(BallotForm::Paper);
            section aria-labelledby="paper-h" class="panel" id="paper" {
                h2 id="paper-h" { (ctx.t("decide-paper")) }
                p { (ctx.t("decide-paper-lead")) }
                (error_summary_in(ctx, e, &[], "paper"))
                form method="post" action=(format!("{url}/paper")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (ballot_fields(ctx, poll, BallotForm::Paper, e, None))
                    (Fields::with_prefix(ctx, e, "paper").textarea("note", &ctx.t("decide-field-paper-note"), "", FieldOpts::required().rows(2).hint(ctx.t("decide-paper-note-hint"))))
                    button type="submit" class="button secondary" { (ctx.t("decide-paper-submit")) }
                }
            }
        }
        @if access.can_facilitate() && !paper.is_empty() {
            section aria-labelledby="audit-h" {
                h2 id="audit-h" { (ctx.t("decide-paper-audit")) }
                ul { @for b in &paper { li { (human_date(ctx, b.updated_at)) ": " (b.note) } } }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Decide)).status(status).render(ctx))
}

fn option_name(poll: &Poll, n: usize) -> String {
    poll.options.get(n.wrapping_sub(1)).cloned().unwrap_or_default()
}

/// A ballot in words, for "You voted: …".
fn describe_ballot(ctx: &Ctx, poll: &Poll, b: &PollBallot) -> String {
    match b {
        PollBallot::One(n) => option_name(poll, *n),
        PollBallot::Set(v) => v.iter().map(|n| option_name(poll, *n)).collect::<Vec<_>>().join(", "),
        PollBallot::Ranking(v) => v
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{}. {}", i + 1, option_name(poll, *n)))
            .collect::<Vec<_>>()
            .join(", "),
        PollBallot::Scores(v) => {
            v.iter().map(|(n, s)| format!("{} {s}", option_name(poll, *n))).collect::<Vec<_>>().join(", ")
        }
        PollBallot::Consent(s) => choice_label(ctx, "consent", *s),
    }
}

/// The ballot's fields for the poll's method, prefilled with the member's ballot.
fn ballot_fields(ctx: &Ctx, poll: &Poll, form: BallotForm, errors: &Invalid, current: Option<&PollBallot>) -> Markup {
    let prefix = form.prefix();
    let id = |name: &str| format!("f-{prefix}-{name}");
    let problem = errors.0.first();
    let n = poll.options.len();
    html! {
        fieldset class=(if problem.is_some() { "field field-error" } else { "field" }) {
            legend { (ctx.t(&format!("poll-method-{}-legend", poll.method.key()))) }
            @if let Some(e) = problem { p class="field-problem" id=(id("error")) { (crate::html::field_message(ctx, e)) } }
            @match poll.method {
                PollMethod::Plurality => {
                    @for (k, label) in poll.options.iter().enumerate() {
                        div class="radio" {
                            input type="radio" id=(id(&format!("choice-{}", k + 1))) name="choice" value=(k + 1) checked[current == Some(&PollBallot::One(k + 1))];
                            label for=(id(&format!("choice-{}", k + 1))) { (label) }
                        }
                    }
                }
                PollMethod::Approval => {
                    @for (k, label) in poll.options.iter().enumerate() {
                        @let on = matches!(current, Some(PollBallot::Set(v)) if v.contains(&(k + 1)));
                        div class="checkbox" {
                            input type="checkbox" id=(id(&format!("approve-{}", k + 1))) name="approve" value=(k + 1) checked[on];
                            label for=(id(&format!("approve-{}", k + 1))) { (label) }
                        }
                    }
                }
                PollMethod::Score => {
                    @for (k, label) in poll.options.iter().enumerate() {
                        @let now = match current { Some(PollBallot::Scores(v)) => v.iter().find(|(o, _)| *o == k + 1).map(|(_, s)| *s).unwrap_or(0), _ => 0 };
                        div class="field inline" {
                            label for=(id(&format!("score-{}", k + 1))) { (label) }
                            select id=(id(&format!("score-{}", k + 1))) name=(format!("score_{}", k + 1)) {
                                @for s in 0..=MAX_SCORE { option value=(s) selected[s == now] { (s) } }
                            }
                        }
                    }
                }
                PollMethod::Borda | PollMethod::Irv | PollMethod::Schulze => {
                    p class="hint" { (ctx.t("decide-rank-hint")) }
                    @for (k, label) in poll.options.iter().enumerate() {
                        @let rank = match current { Some(PollBallot::Ranking(v)) => v.iter().position(|o| *o == k + 1).map(|p| p + 1), _ => None };
                        div class="field inline" {
                            label for=(id(&format!("rank-{}", k + 1))) { (label) }
                            select id=(id(&format!("rank-{}", k + 1))) name=(format!("rank_{}", k + 1)) {
                                option value="" selected[rank.is_none()] { (ctx.t("decide-not-ranked")) }
                                @for r in 1..=n { option value=(r) selected[rank == Some(r)] { (ctx.ta("decide-rank-n", &[("rank", Arg::from(r))])) } }
                            }
                        }
                    }
                }
                PollMethod::Consent => {
                    @for s in ConsentStance::ALL {
                        div class="radio" {
                            input type="radio" id=(id(&format!("stance-{}", s.key()))) name="stance" value=(s.key()) checked[current == Some(&PollBallot::Consent(*s))];
                            label for=(id(&format!("stance-{}", s.key()))) { (choice_label(ctx, "consent", *s)) ": " (ctx.t(&format!("consent-{}-desc", s.key()))) }
                        }
                    }
                }
            }
        }
    }
}

/// The result and its explanation: the same facts as a chart and as a table.
fn poll_result(ctx: &Ctx, poll: &Poll, ballots: &[PollBallot]) -> Markup {
    let result = domain::count_poll(poll.method, &poll.options, ballots);
    let quorum_met = poll.quorum == 0 || ballots.len() as i64 >= poll.quorum;
    let winners: Vec<String> = result.winners().iter().map(|&c| poll.options[c as usize].clone()).collect();
    html! {
        @if !quorum_met {
            p class="warn" { (ctx.ta("decide-quorum-missed", &[("quorum", Arg::Num(poll.quorum)), ("count", Arg::from(ballots.len()))])) }
        }
        @if ballots.is_empty() {
            p { (ctx.t("decide-no-ballots")) }
        } @else {
            @match &result {
                PollResult::Consent(c) => {
                    p class="outcome" { strong { (ctx.t(match c.outcome { ConsentOutcome::Passes => "consent-passes", ConsentOutcome::Blocked => "consent-blocked", ConsentOutcome::NoResponses => "consent-none" })) } }
                    @let rows: Vec<(String, Option<i64>)> = ConsentStance::ALL.iter().zip([c.agree, c.abstain, c.disagree, c.block]).map(|(s, n)| (choice_label(ctx, "consent", *s), Some(n as i64))).collect();
                    (charts::bars("poll-chart", &ctx.t("decide-chart-title"), &ctx.t("decide-chart-desc"), &rows))
                    (simple_table(ctx, &ctx.t("decide-result-table"), &ctx.t("consent-stance"), &rows))
                }
                _ => {
                    p class="outcome" {
                        strong { (ctx.ta(if winners.len() == 1 { "decide-winner" } else { "decide-tie" }, &[("names", winners.join(", ").into())])) }
                    }
                    @match &result {
                        PollResult::Tally(t) => {
                            @let rows: Vec<(String, Option<i64>)> = poll.options.iter().cloned().zip(t.scores.iter().map(|s| Some(*s))).collect();
                            @if poll.method != PollMethod::Borda { (charts::bars("poll-chart", &ctx.t("decide-chart-title"), &ctx.t("decide-chart-desc"), &rows)) }
                            (simple_table(ctx, &ctx.t(&format!("poll-method-{}-table", poll.method.key())), &ctx.t("decide-option"), &rows))
                        }
                        PollResult::Irv(r) => {
                            @let last = r.rounds.last();
                            @let rows: Vec<(String, Option<i64>)> = poll.options.iter().enumerate().map(|(c, o)| (o.clone(), Some(last.and_then(|l| l.tallies[c]).unwrap_or(0) as i64))).collect();
                            (charts::bars("poll-chart", &ctx.t("decide-irv-chart-title"), &ctx.t("decide-chart-desc"), &rows))
                            div class="table-scroll" {
                                table class="data" {
                                    caption { (ctx.t("decide-irv-rounds")) }
                                    thead { tr { th scope="col" { (ctx.t("decide-option")) } @for (k, _) in r.rounds.iter().enumerate() { th scope="col" { (ctx.ta("decide-round", &[("round", Arg::from(k + 1))])) } } } }
                                    tbody {
                                        @for (c, o) in poll.options.iter().enumerate() {
                                            tr {
                                                th scope="row" { (o) }
                                                @for round in &r.rounds {
                                                    td { @match round.tallies[c] { Some(v) => (v), None => "—" } @if round.eliminated.contains(&(c as u32)) { " " span class="badge" { (ctx.t("decide-eliminated")) } } }
                                                }
                                            }
                                        }
                                        tr { th scope="row" { (ctx.t("decide-exhausted")) } @for round in &r.rounds { td { (round.exhausted) } } }
                                    }
                                }
                            }
                        }
                        PollResult::Schulze(s) => {
                            (matrix(ctx, &ctx.t("decide-pairwise"), poll, |a, b| s.pairwise[a][b] as i64))
                            (matrix(ctx, &ctx.t("decide-strongest"), poll, |a, b| s.strongest[a][b]))
                        }
                        PollResult::Consent(_) => {}
                    }
                }
            }
        }
    }
}

fn simple_table(ctx: &Ctx, caption: &str, first: &str, rows: &[(String, Option<i64>)]) -> Markup {
    html! {
        table class="data" {
            caption { (caption) }
            thead { tr { th scope="col" { (first) } th scope="col" { (ctx.t("decide-count")) } } }
            tbody { @for (label, v) in rows { tr { th scope="row" { (label) } td { @match v { Some(v) => (v), None => (ctx.t("privacy-suppressed")) } } } } }
        }
    }
}

fn matrix(ctx: &Ctx, caption: &str, poll: &Poll, cell: impl Fn(usize, usize) -> i64) -> Markup {
    let m = poll.options.len();
    html! {
        div class="table-scroll" {
            table class="data matrix" {
                caption { (caption) }
                thead { tr { td {} @for o in &poll.options { th scope="col" { (o) } } } }
                tbody {
                    @for a in 0..m {
                        tr { th scope="row" { (poll.options[a]) } @for b in 0..m { td { @if a == b { span aria-label=(ctx.t("decide-same")) { "—" } } @else { (cell(a, b)) } } } }
                    }
                }
            }
        }
    }
}

/// How many ballots came from each stakeholder group: aggregates only, small ones suppressed.
fn turnout_by_group(ctx: &Ctx, stored: &[StoredBallot], groups: &[Group]) -> Markup {
    let counts: Vec<i64> =
        groups.iter().map(|g| stored.iter().filter(|b| b.group_id == Some(g.id)).count() as i64).collect();
    let other = stored.iter().filter(|b| b.group_id.is_none_or(|id| !groups.iter().any(|g| g.id == id))).count() as i64;
    let mut all = counts.clone();
    all.push(other);
    let safe = privacy::breakdown(&all);
    html! {
        table class="data" {
            caption { (ctx.t("decide-turnout-groups")) }
            thead { tr { th scope="col" { (ctx.t("decide-group")) } th scope="col" { (ctx.t("decide-count")) } } }
            tbody {
                @for (g, cell) in groups.iter().zip(&safe.cells) {
                    tr { th scope="row" { (group_name(ctx, g)) } td { @match cell { Some(v) => (v), None => (ctx.t("privacy-suppressed")) } } }
                }
                tr { th scope="row" { (ctx.t("decide-group-paper")) } td { @match safe.cells.last().copied().flatten() { Some(v) => (v), None => (ctx.t("privacy-suppressed")) } } }
            }
        }
        p class="meta" { (ctx.t("decide-privacy-note")) }
    }
}

fn form_getter(form: &FormPairs) -> impl Fn(&str) -> Vec<String> + '_ {
    move |name: &str| form.all(name)
}

/// Casts (or changes) the member's ballot; shared by the page and the API.
pub async fn cast_poll_ballot(
    state: &AppState,
    ctx: &Ctx,
    l: &LoadedPoll,
    form: &FormPairs,
) -> AppResult<Result<(), Invalid>> {
    let (access, i, poll) = (&l.access, &l.initiative, &l.poll);
    let user = ctx.require_user()?.clone();
    vote_gate(access, i, &poll.eligible_groups, window_of(poll.opens_at, poll.closes_at, ctx))
        .map_err(|r| AppError::Conflict(r.message()))?;
    let get = form_getter(form);
    match PollBallot::from_form(poll.method, poll.options.len(), &get) {
        Ok(b) => {
            let group = access.membership.as_ref().and_then(|m| m.group_id);
            store::cast(&state.db, BallotBox::Poll, poll.id, user.id, group, &b.encode(), ctx.now).await?;
            Ok(Ok(()))
        }
        Err(e) => Ok(Err(e)),
    }
}

pub async fn vote_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    let url = poll_url(&l.access, &l.initiative, id);
    match cast_poll_ballot(&state, &ctx, &l, &form).await {
        Ok(Ok(())) => Ok(redirect_with_flash(&ctx, &format!("{url}#ballot"), "flash-vote-recorded")),
        Ok(Err(e)) => render_poll(&state, &ctx, &l, Some((BallotForm::Mine, e, &form))).await,
        Err(AppError::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(other) => Err(other),
    }
}

pub async fn paper_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    l.access.require_facilitator(&ctx)?;
    let user = ctx.require_user()?.clone();
    let poll = &l.poll;
    if window_of(poll.opens_at, poll.closes_at, &ctx) == Window::Closed {
        return Ok(redirect_with_flash(&ctx, &poll_url(&l.access, &l.initiative, id), "decide-refused-closed"));
    }
    let get = form_getter(&form);
    let ballot = PollBallot::from_form(poll.method, poll.options.len(), &get);
    let note = domain::paper_note(form.get("note"));
    match (ballot, note) {
        (Ok(b), Ok(note)) => {
            store::cast_paper(&state.db, BallotBox::Poll, poll.id, &b.encode(), user.id, &note, ctx.now).await?;
            Ok(redirect_with_flash(
                &ctx,
                &format!("{}#paper", poll_url(&l.access, &l.initiative, id)),
                "flash-paper-recorded",
            ))
        }
        (b, n) => {
            let mut e = Invalid::default();
            e.0.extend(b.err().map(|x| x.0).unwrap_or_default());
            e.0.extend(n.err().map(|x| x.0).unwrap_or_default());
            render_poll(&state, &ctx, &l, Some((BallotForm::Paper, e, &form))).await
        }
    }
}

// ---- one budget

pub struct LoadedBudget {
    pub access: Access,
    pub initiative: Initiative,
    pub budget: Budget,
}

pub async fn load_budget(state: &AppState, ctx: &Ctx, slug: &str, islug: &str, id: i64) -> AppResult<LoadedBudget> {
    let (access, initiative) = Access::load_initiative(state, ctx, slug, islug).await?;
    let budget = store::budget(&state.db, initiative.id, id).await?.ok_or(AppError::NotFound)?;
    Ok(LoadedBudget { access, initiative, budget })
}

pub fn on_ballot(projects: &[Project]) -> Vec<BallotProject> {
    projects
        .iter()
        .filter(|p| p.status == ProjectStatus::OnBallot)
        .map(|p| BallotProject { id: p.id, title: p.title.clone(), cost: p.cost })
        .collect()
}

/// The budget's stored ballots as an anonymised Pabulib election.
pub fn election_of(budget: &Budget, projects: &[Project], stored: &[StoredBallot]) -> tandem_decide::pabulib::Election {
    let ballots: Vec<BudgetBallotInput> = stored.iter().filter_map(|b| BudgetBallotInput::decode(&b.content)).collect();
    domain::budget_election(
        &budget.title,
        budget.ballot,
        budget.total,
        budget.points,
        budget.rule,
        &on_ballot(projects),
        &ballots,
    )
}

pub async fn show_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    render_budget(&state, &ctx, &l, None).await
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BudgetFormKind {
    Ballot,
    Paper,
    Propose,
    Carry,
}

impl BudgetFormKind {
    fn prefix(self) -> &'static str {
        match self {
            BudgetFormKind::Ballot => "ballot",
            BudgetFormKind::Paper => "paper",
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
) -> AppResult<Response> {
    let (access, i, budget) = (&l.access, &l.initiative, &l.budget);
    let (areas, groups, projects, stored) = tokio::try_join!(
        charter_store::areas(&state.db, i.id),
        communities::groups(&state.db, access.community.id),
        store::projects(&state.db, budget.id),
        store::ballots(&state.db, BallotBox::Budget, budget.id)
    )?;
    let area = areas.iter().find(|a| Some(a.id) == budget.decision_area_id);
    let window = window_of(budget.opens_at, budget.closes_at, ctx);
    let gate = vote_gate(access, i, &budget.eligible_groups, window);
    let url = budget_url(access, i, budget.id);
    let mine = match ctx.user_id() {
        Some(uid) => stored.iter().find(|b| b.user_id == Some(uid)).and_then(|b| BudgetBallotInput::decode(&b.content)),
        None => None,
    };
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
    let accepted_ideas = if access.can_facilitate() && window != Window::Closed {
        let all = ideas_store::list(
            &state.db,
            i.id,
            &ideas_store::Filter { words: None, status: None, sort: ideas_store::Sort::MostEndorsed, limit: 200 },
        )
        .await?;
        all.into_iter()
            .filter(|idea| matches!(idea.status, IdeaStatus::Accepted | IdeaStatus::UnderReview))
            .filter(|idea| !projects.iter().any(|p| p.idea_id == Some(idea.id)))
            .collect()
    } else {
        Vec::new()
    };
    let title = budget.title.clone();
    let amount = |d: &Decimal| format!("{} {d}", budget.currency);
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
            dt { (ctx.t("decide-field-rule")) } dd { (choice_label(ctx, "budget-rule", budget.rule)) ": " (ctx.t(&format!("budget-rule-{}-desc", budget.rule.key()))) }
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
                        (project_table(ctx, budget, &ballot_projects))
                    }
                    Ok(()) => {
                        @let e = errors_for(BudgetFormKind::Ballot);
                        (error_summary_in(ctx, e, &[], "ballot"))
                        @if mine.is_some() { p { (ctx.t("budget-you-voted")) } }
                        form method="post" action=(format!("{url}/ballot")) novalidate class="stack" {
                            (csrf_field(ctx))
                            (budget_fields(ctx, budget, &ballot_projects, BudgetFormKind::Ballot, e, mine.as_ref()))
                            button type="submit" class="button" { (ctx.t(if mine.is_some() { "decide-change-vote" } else { "decide-cast-vote" })) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="result-h" id="result" {
            h2 id="result-h" { (ctx.t("decide-result")) }
            @if window != Window::Closed {
                p { (ctx.t("decide-result-later")) }
            } @else if stored.is_empty() || ballot_projects.is_empty() {
                p { (ctx.t("decide-no-ballots")) }
            } @else {
                @let election = election_of(budget, &projects, &stored);
                @match domain::count_budget(&election, budget.rule) {
                    Some(outcome) => (budget_result(ctx, budget, &election, &outcome)),
                    None => p { (ctx.t("decide-no-ballots")) },
                }
                (turnout_by_group(ctx, &stored, &groups))
                p { a href=(format!("{url}/ballots.pb")) download { (ctx.t("budget-export")) } " " span class="meta" { (ctx.t("budget-export-hint")) } }
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
            @if !ballot_projects.is_empty() {
                @let e = errors_for(BudgetFormKind::Paper);
                section aria-labelledby="paper-h" class="panel" id="paper" {
                    h2 id="paper-h" { (ctx.t("decide-paper")) }
                    p { (ctx.t("decide-paper-lead")) }
                    (error_summary_in(ctx, e, &[], "paper"))
                    form method="post" action=(format!("{url}/paper")) novalidate class="stack" {
                        (csrf_field(ctx))
                        (budget_fields(ctx, budget, &ballot_projects, BudgetFormKind::Paper, e, None))
                        (Fields::with_prefix(ctx, e, "paper").textarea("note", &ctx.t("decide-field-paper-note"), "", FieldOpts::required().rows(2).hint(ctx.t("decide-paper-note-hint"))))
                        button type="submit" class="button secondary" { (ctx.t("decide-paper-submit")) }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Decide)).status(status).render(ctx))
}

fn project_table(ctx: &Ctx, budget: &Budget, projects: &[&Project]) -> Markup {
    html! {
        table class="data" {
            caption { (ctx.t("budget-projects")) }
            thead { tr { th scope="col" { (ctx.t("budget-project")) } th scope="col" { (ctx.t("budget-field-cost")) } } }
            tbody { @for p in projects { tr { th scope="row" { (p.title) @if !p.description.is_empty() { br; span class="meta" { (p.description) } } } td { (budget.currency) " " (p.cost) } } } }
        }
    }
}

fn budget_fields(
    ctx: &Ctx,
    budget: &Budget,
    projects: &[&Project],
    form: BudgetFormKind,
    errors: &Invalid,
    current: Option<&BudgetBallotInput>,
) -> Markup {
    let prefix = form.prefix();
    let problem = errors.0.iter().find(|e| e.field != "note");
    let given = |id: i64| current.and_then(|c| c.0.iter().find(|(p, _)| *p == id).map(|(_, v)| *v));
    html! {
        fieldset class=(if problem.is_some() { "field field-error" } else { "field" }) {
            @match budget.ballot {
                BudgetBallot::Approval => legend { (ctx.ta("budget-legend-approval", &[("total", format!("{} {}", budget.currency, budget.total).into())])) },
                BudgetBallot::Cumulative => legend { (ctx.ta("budget-legend-cumulative", &[("points", Arg::Num(budget.points))])) },
            }
            @if let Some(e) = problem { p class="field-problem" id=(format!("f-{prefix}-error")) { (crate::html::field_message(ctx, e)) } }
            @for p in projects {
                @let id = format!("f-{prefix}-project-{}", p.id);
                @match budget.ballot {
                    BudgetBallot::Approval => div class="checkbox" {
                        input type="checkbox" id=(id) name="project" value=(p.id) checked[given(p.id).is_some()];
                        label for=(id) { (p.title) " — " (budget.currency) " " (p.cost) }
                    },
                    BudgetBallot::Cumulative => div class="field inline" {
                        label for=(id) { (p.title) " — " (budget.currency) " " (p.cost) }
                        input type="number" id=(id) name=(format!("points_{}", p.id)) min="0" max=(budget.points) inputmode="numeric" value=[given(p.id)];
                    },
                }
            }
        }
    }
}

fn budget_result(ctx: &Ctx, budget: &Budget, election: &tandem_decide::pabulib::Election, outcome: &Outcome) -> Markup {
    let title_of = |p: usize| election.project_field(p, "name").unwrap_or_default().to_owned();
    let funded: Vec<usize> = outcome.selected.clone();
    let rows: Vec<(String, Option<i64>)> =
        (0..outcome.projects.len()).map(|p| (title_of(p), Some(outcome.projects[p].supporters as i64))).collect();
    html! {
        p class="outcome" {
            strong { (ctx.ta("budget-funded", &[("count", Arg::from(funded.len())), ("spent", format!("{} {}", budget.currency, outcome.spent).into()), ("total", format!("{} {}", budget.currency, outcome.budget).into())])) }
        }
        (charts::bars("budget-chart", &ctx.t("budget-chart-title"), &ctx.t("budget-chart-desc"), &rows))
        div class="table-scroll" {
            table class="data" {
                caption { (ctx.t("budget-why")) }
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
                            td { (budget.currency) " " (r.cost) }
                            td { (r.supporters) }
                            td { @let (id, args) = counting::verdict(&r.verdict); (ctx.ta(id, &args)) }
                        }
                    }
                }
            }
        }
    }
}

/// Casts (or changes) the member's budget ballot; shared by the page and the API.
pub async fn cast_budget_ballot(
    state: &AppState,
    ctx: &Ctx,
    l: &LoadedBudget,
    form: &FormPairs,
) -> AppResult<Result<(), Invalid>> {
    let (access, i, budget) = (&l.access, &l.initiative, &l.budget);
    let user = ctx.require_user()?.clone();
    vote_gate(access, i, &budget.eligible_groups, window_of(budget.opens_at, budget.closes_at, ctx))
        .map_err(|r| AppError::Conflict(r.message()))?;
    let projects = store::projects(&state.db, budget.id).await?;
    let costs: Vec<(i64, Decimal)> = on_ballot(&projects).iter().map(|p| (p.id, p.cost)).collect();
    let get = form_getter(form);
    match BudgetBallotInput::from_form(budget.ballot, budget.total, budget.points, &costs, &get) {
        Ok(b) => {
            let group = access.membership.as_ref().and_then(|m| m.group_id);
            store::cast(&state.db, BallotBox::Budget, budget.id, user.id, group, &b.encode(), ctx.now).await?;
            Ok(Ok(()))
        }
        Err(e) => Ok(Err(e)),
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
    match cast_budget_ballot(&state, &ctx, &l, &form).await {
        Ok(Ok(())) => Ok(redirect_with_flash(&ctx, &format!("{url}#ballot"), "flash-vote-recorded")),
        Ok(Err(e)) => render_budget(&state, &ctx, &l, Some((BudgetFormKind::Ballot, e, &form))).await,
        Err(AppError::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(other) => Err(other),
    }
}

pub async fn paper_budget(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    l.access.require_facilitator(&ctx)?;
    let user = ctx.require_user()?.clone();
    let budget = &l.budget;
    let url = budget_url(&l.access, &l.initiative, id);
    if window_of(budget.opens_at, budget.closes_at, &ctx) == Window::Closed {
        return Ok(redirect_with_flash(&ctx, &url, "decide-refused-closed"));
    }
    let projects = store::projects(&state.db, budget.id).await?;
    let costs: Vec<(i64, Decimal)> = on_ballot(&projects).iter().map(|p| (p.id, p.cost)).collect();
    let get = form_getter(&form);
    let ballot = BudgetBallotInput::from_form(budget.ballot, budget.total, budget.points, &costs, &get);
    let note = domain::paper_note(form.get("note"));
    match (ballot, note) {
        (Ok(b), Ok(note)) => {
            store::cast_paper(&state.db, BallotBox::Budget, budget.id, &b.encode(), user.id, &note, ctx.now).await?;
            Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), "flash-paper-recorded"))
        }
        (b, n) => {
            let mut e = Invalid::default();
            e.0.extend(b.err().map(|x| x.0).unwrap_or_default());
            e.0.extend(n.err().map(|x| x.0).unwrap_or_default());
            render_budget(&state, &ctx, &l, Some((BudgetFormKind::Paper, e, &form))).await
        }
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
    let user = ctx.require_user()?.clone();
    let (access, i, budget) = (&l.access, &l.initiative, &l.budget);
    if !access.role().is_some_and(|r| r.can_participate()) {
        return Err(AppError::Forbidden);
    }
    let url = budget_url(access, i, id);
    if window_of(budget.opens_at, budget.closes_at, &ctx) == Window::Closed {
        return Ok(redirect_with_flash(&ctx, &url, "decide-refused-closed"));
    }
    let carrying = !form.get("idea").is_empty();
    let (draft, idea_id, kind) = if carrying {
        access.require_facilitator(&ctx)?;
        let idea = form.get("idea").trim().parse::<i64>().ok();
        let idea = match idea {
            Some(idea_id) => ideas_store::get_idea(&state.db, i.id, idea_id).await?,
            None => None,
        };
        match idea {
            Some(idea) => (
                ProjectDraft::parse(&idea.title, &idea.body, form.get("cost"), budget.total),
                Some(idea.id),
                BudgetFormKind::Carry,
            ),
            None => (
                Err(Invalid::one(tandem_domain::FieldError::new("idea", "error-choice-invalid"))),
                None,
                BudgetFormKind::Carry,
            ),
        }
    } else {
        (
            ProjectDraft::parse(form.get("title"), form.get("description"), form.get("cost"), budget.total),
            None,
            BudgetFormKind::Propose,
        )
    };
    match draft {
        Ok(d) => {
            let status = if access.can_facilitate() { ProjectStatus::OnBallot } else { ProjectStatus::Proposed };
            store::add_project(&state.db, budget.id, &d, status, idea_id, Some(user.id), ctx.now).await?;
            let flash =
                if status == ProjectStatus::OnBallot { "flash-project-added" } else { "flash-project-proposed" };
            Ok(redirect_with_flash(&ctx, &url, flash))
        }
        Err(e) => render_budget(&state, &ctx, &l, Some((kind, e, &form))).await,
    }
}

pub async fn set_project(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, project)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    l.access.require_facilitator(&ctx)?;
    let status = ProjectStatus::parse(form.get("status")).ok_or_else(|| {
        AppError::Invalid(Invalid::one(tandem_domain::FieldError::new("status", "error-choice-invalid")))
    })?;
    let url = budget_url(&l.access, &l.initiative, id);
    if window_of(l.budget.opens_at, l.budget.closes_at, &ctx) == Window::Closed {
        return Ok(redirect_with_flash(&ctx, &url, "decide-refused-closed"));
    }
    if !store::set_project_status(&state.db, id, project, status).await? {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with_flash(&ctx, &format!("{url}#proposed"), "flash-project-updated"))
}

/// The ballots as a Pabulib file: after voting closes for everyone, before for facilitators.
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load_budget(&state, &ctx, &slug, &islug, id).await?;
    if window_of(l.budget.opens_at, l.budget.closes_at, &ctx) != Window::Closed && !l.access.can_facilitate() {
        return Err(AppError::Forbidden);
    }
    let (projects, stored) =
        tokio::try_join!(store::projects(&state.db, id), store::ballots(&state.db, BallotBox::Budget, id))?;
    let text = election_of(&l.budget, &projects, &stored).to_pb();
    let name = format!("attachment; filename=\"{}-budget-{id}.pb\"", l.initiative.slug);
    Ok(([(header::CONTENT_TYPE, String::from("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, name)], text)
        .into_response())
}
