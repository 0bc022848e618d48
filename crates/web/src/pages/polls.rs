//! One poll: its ballot for the poll's method, paper ballots entered by
//! facilitators, and once voting closes the result explained (rounds of an
//! instant-runoff, Schulze's margins) with turnout per stakeholder group.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_decide::vote::{ConsentOutcome, Irv, Schulze};
use tandem_domain::{
    Invalid,
    decisions::{self, ConsentStance, MAX_SCORE, PollBallot, PollMarks, PollMethod, PollResult, VoteRefused, Window},
    text::SUMMARY_MAX,
    time::iso_date,
};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    charter::{self, StoredArea},
    community::Group,
    initiatives::Initiative,
    polls::{self, Ending, Poll, PollOutcome},
};

use crate::{
    access, charts,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, paragraphs},
    pages::{
        confirm::{self, Confirm},
        decide::{
            BulletinQuery, PaperPanel, bulletin_board, charter_box, count_record, counting_note, eligible_text,
            paper_panel, poll_url, recount_answer, turnout_table, window_text,
        },
        redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

pub struct LoadedPoll {
    pub access: Access,
    pub initiative: Initiative,
    pub poll: Poll,
}

pub async fn load_poll(state: &AppState, ctx: &Ctx, slug: &str, islug: &str, id: i64) -> AppResult<LoadedPoll> {
    let (access, initiative) = access::initiative(state, ctx, slug, islug).await?;
    let poll = polls::poll(&state.svc, &initiative, id).await?;
    Ok(LoadedPoll { access, initiative, poll })
}

pub async fn show_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    Query(q): Query<BulletinQuery>,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    render_poll(&state, &ctx, &l, None, &q.ballots).await
}

/// Counts the closed poll's ballots again (facilitators) and says whether the stored result matches.
pub async fn recount_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    let url = poll_url(&l.access, &l.initiative, id);
    let found = tandem_service::counts::recount_poll(&state.svc, &l.access, &l.initiative, &l.poll, ctx.now).await;
    recount_answer(&ctx, &url, found)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BallotForm {
    Mine,
    Paper,
    /// How many paper ballots were collected.
    Declare,
    /// Changing the poll before anyone votes.
    Edit,
    /// Closing it early or cancelling it.
    End,
}

impl BallotForm {
    fn prefix(self) -> &'static str {
        match self {
            BallotForm::Mine => "ballot",
            BallotForm::Paper => "paper",
            BallotForm::Declare => "declare",
            BallotForm::Edit => "edit",
            BallotForm::End => "end",
        }
    }
}

async fn render_poll(
    state: &AppState,
    ctx: &Ctx,
    l: &LoadedPoll,
    failed: Option<(BallotForm, Invalid, &FormPairs)>,
    ballots_after: &str,
) -> AppResult<Response> {
    let (access, i) = (&l.access, &l.initiative);
    // Shown in the reader's language where translated; the manage panel edits the original.
    let texts = tandem_service::translations::texts(&state.svc, access, i, ctx.lang.code()).await?;
    let shown = localized_poll(&texts, &l.poll);
    let poll = &shown;
    let (areas, view) =
        tokio::try_join!(charter::areas(&state.svc, i), polls::view(&state.svc, access, poll, ctx.now))?;
    let polls::PollView { window, groups, mine: mine_ballot, voted, result, paper } = view;
    let bulletin = match &result {
        Some(PollOutcome::Counted { record, .. }) => {
            let page = polls::bulletin_of(&state.svc, poll, record, ballots_after, polls::BULLETIN_PAGE).await?;
            let rows: Vec<(String, String)> =
                page.items.iter().map(|(tracker, b)| (tracker.clone(), describe_ballot(ctx, poll, b))).collect();
            Some((rows, page.total, page.next))
        }
        _ => None,
    };
    let mine = mine_ballot.as_ref();
    let paper_open = decisions::paper_open(window, poll.paper.counting_until, ctx.now) && poll.cancelled_at.is_none();
    let area = areas.iter().find(|a| Some(a.id) == poll.decision_area_id);
    let gate = polls::vote_gate(access, i, &poll.eligible_groups, window);
    let url = poll_url(access, i, poll.id);
    let empty = Invalid::default();
    let errors_for = |form: BallotForm| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    // What the person sent, when that form came back with a problem: their marks stay.
    let typed = |form: BallotForm| match &failed {
        Some((f, _, v)) if *f == form => Some(*v),
        _ => None,
    };
    let title = poll.title.clone();
    let body = html! {
        (shell::header(ctx, access, i, Section::Decide, &title))
        @if !poll.description.is_empty() { (paragraphs(&poll.description)) }
        dl class="facts" {
            dt { (ctx.t("decide-field-method")) } dd { (crate::html::term(&choice_label(ctx, "poll-method", poll.method), &crate::pages::glossary::poll_method_anchor(poll.method))) ": " (ctx.t(&format!("poll-method-{}-desc", poll.method.key()))) }
            dt { (ctx.t("decide-when")) } dd { (window_text(ctx, poll.opens_at, poll.closes_at)) }
            dt { (ctx.t("decide-who")) } dd { (eligible_text(ctx, &poll.eligible_groups, &groups)) }
            dt { (ctx.t("decide-turnout")) } dd {
                (ctx.ta("decide-ballots", &[("count", Arg::Num(poll.ballots))]))
                @if poll.quorum > 0 { " · " (ctx.ta("decide-quorum", &[("quorum", Arg::Num(poll.quorum))])) }
            }
        }
        (charter_box(ctx, access, i, area))
        @if poll.cancelled_at.is_some() {
            p class="notice" role="status" { (ctx.ta("decide-poll-cancelled", &[("reason", poll.end_reason.as_str().into())])) }
        } @else if poll.closed_early_at.is_some() {
            p class="notice" role="status" { (ctx.ta("decide-poll-closed-early", &[("reason", poll.end_reason.as_str().into())])) }
        }
        section aria-labelledby="ballot-h" class="panel" id="ballot" {
            h2 id="ballot-h" { (ctx.t(if mine.is_some() { "decide-your-ballot-change" } else { "decide-your-ballot" })) }
            @match gate {
                Err(refused) => {
                    p class="notice" { (ctx.t(refused.message())) @if refused == VoteRefused::NotAMember && ctx.user.is_none() { " " a href=(format!("/login?next={}", super::encode_query(&url))) { (ctx.t("nav-login")) } } }
                    (your_ballot(ctx, poll, mine, voted))
                }
                Ok(()) => {
                    @let e = errors_for(BallotForm::Mine);
                    (error_summary_in(ctx, e, &[], "ballot"))
                    (your_ballot(ctx, poll, mine, voted))
                    form method="post" action=(format!("{url}/ballot")) novalidate class="stack" {
                        (csrf_field(ctx))
                        (ballot_fields(ctx, poll, BallotForm::Mine, e, mine.map(|(b, _)| b), typed(BallotForm::Mine)))
                        button type="submit" class="button" { (ctx.t(if mine.is_some() { "decide-change-vote" } else { "decide-cast-vote" })) }
                    }
                }
            }
        }
        section aria-labelledby="result-h" id="result" {
            h2 id="result-h" { (ctx.t("decide-result")) }
            @if poll.cancelled_at.is_some() {
                p { (ctx.t("decide-cancelled-nothing-counted")) }
            } @else if let Some(PollOutcome::Counted { result, turnout, objections, record }) = &result {
                (poll_result(ctx, poll, result))
                @if !objections.is_empty() {
                    h3 { (ctx.t("consent-objections")) }
                    ul { @for reason in objections { li { (reason) } } }
                }
                (turnout_table(ctx, access, &groups, turnout.as_ref()))
                @if let Some((rows, total, next)) = &bulletin {
                    (bulletin_board(ctx, rows, *total, next.as_deref(), &url, ballots_after))
                }
                (count_record(ctx, access, &url, record))
                p { a href=(format!("{}/results.csv", poll_url(access, i, poll.id))) download { (ctx.t("export-download")) } }
            } @else if let Some(PollOutcome::TooFew { winners, threshold }) = &result {
                p class="notice" { (ctx.ta("decide-too-few", &[("threshold", Arg::Num(*threshold))])) }
                @if !winners.is_empty() {
                    @let names: Vec<&str> = winners.iter().filter_map(|&c| poll.options.get(c as usize).map(String::as_str)).collect();
                    p class="outcome" { strong { (ctx.ta(if names.len() == 1 { "decide-winner" } else { "decide-tie" }, &[("names", names.join(", ").into())])) } }
                }
            } @else if window != Window::Closed {
                p { (ctx.t("decide-result-later")) }
            } @else {
                (counting_note(ctx, poll.paper.counting_until))
            }
        }
        @if access.can_facilitate() && poll.cancelled_at.is_none() && (paper_open || !paper.is_empty()) {
            @let entry_errors = errors_for(BallotForm::Paper);
            @let can_enter = paper_open && poll.paper.declared.is_some_and(|d| poll.paper.entered < d);
            @let entry = can_enter.then(|| html! {
                (ballot_fields(ctx, poll, BallotForm::Paper, entry_errors, None, typed(BallotForm::Paper)))
                (Fields::with_prefix(ctx, entry_errors, "paper").textarea("note", &ctx.t("decide-field-paper-note"), typed(BallotForm::Paper).map(|t| t.get("note")).unwrap_or_default(), FieldOpts::required().rows(2).hint(ctx.t("decide-paper-note-hint"))))
            });
            (paper_panel(ctx, access, PaperPanel {
                url: &url,
                count: &poll.paper,
                ballots: &paper,
                open: paper_open,
                entry,
                declare_errors: errors_for(BallotForm::Declare),
                declare_typed: match &failed { Some((BallotForm::Declare, _, v)) => Some(*v), _ => None },
                entry_errors,
            }))
        }
        @if access.can_facilitate() && window != Window::Closed {
            (manage_panel(ctx, &l.poll, &url, &areas, &groups, &failed))
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Decide)).status(status).render(ctx))
}

/// Facilitators: change the poll while nobody has voted; close it early or
/// cancel it, each with a reason everyone reads.
fn manage_panel(
    ctx: &Ctx,
    poll: &Poll,
    url: &str,
    areas: &[StoredArea],
    groups: &[Group],
    failed: &Option<(BallotForm, Invalid, &FormPairs)>,
) -> Markup {
    let empty = Invalid::default();
    let (edit_errors, typed) = match failed {
        Some((BallotForm::Edit, e, v)) => (e, Some(*v)),
        _ => (&empty, None),
    };
    let end_errors = match failed {
        Some((BallotForm::End, e, _)) => e,
        _ => &empty,
    };
    let current = |name: &str| -> String {
        if let Some(v) = typed {
            return v.get(name).to_owned();
        }
        match name {
            "title" => poll.title.clone(),
            "description" => poll.description.clone(),
            "method" => poll.method.key().to_owned(),
            "options" => poll.options.join("\n"),
            "area" => poll.decision_area_id.map(|a| a.to_string()).unwrap_or_default(),
            "opens_on" => iso_date(ctx.zone().date(poll.opens_at)),
            // The poll closes at the end of the day before `closes_at`.
            "closes_on" => iso_date(ctx.zone().date(poll.closes_at.plus_secs(-1))),
            "quorum" => {
                if poll.quorum > 0 {
                    poll.quorum.to_string()
                } else {
                    String::new()
                }
            }
            _ => String::new(),
        }
    };
    let chosen: Vec<String> = match typed {
        Some(v) => v.all("groups"),
        None => poll.eligible_groups.iter().map(i64::to_string).collect(),
    };
    let ef = Fields::with_prefix(ctx, edit_errors, "edit");
    let xf = Fields::with_prefix(ctx, end_errors, "end");
    html! {
        section aria-labelledby="manage-h" class="panel" id="manage" {
            h2 id="manage-h" { (ctx.t("decide-manage")) }
            @if poll.ballots == 0 {
                details class="item" open[typed.is_some()] {
                    summary { (ctx.t("decide-edit-poll")) }
                    (error_summary_in(ctx, edit_errors, &[], "edit"))
                    form method="post" action=(format!("{url}/edit")) novalidate class="stack" {
                        (csrf_field(ctx))
                        (super::decide::poll_fields(ctx, &ef, &current, &super::decide::area_options(ctx, areas), groups, &chosen))
                        button type="submit" class="button" { (ctx.t("form-save")) }
                    }
                }
            } @else {
                p class="meta" { (ctx.t("decide-edit-closed")) }
            }
            (error_summary_in(ctx, end_errors, &[], "end"))
            form method="post" action=(format!("{url}/end")) novalidate class="stack" {
                (csrf_field(ctx))
                (xf.text("reason", &ctx.t("decide-field-end-reason"), "", FieldOpts::required().max(SUMMARY_MAX).hint(ctx.t("decide-end-reason-hint"))))
                div class="actions" {
                    button type="submit" name="ending" value="close" class="button secondary" { (ctx.t("decide-close-early")) }
                    " "
                    button type="submit" name="ending" value="cancel" class="button danger" { (ctx.t("decide-cancel-poll")) }
                }
            }
        }
    }
}

/// The reader's own ballot and its tracker while voting is open; after the
/// close only that they voted (the ballot is no longer linked to them).
fn your_ballot(ctx: &Ctx, poll: &Poll, mine: Option<&(PollBallot, String)>, voted: bool) -> Markup {
    html! {
        @if let Some((b, tracker)) = mine {
            p { (ctx.ta("decide-you-voted", &[("ballot", describe_ballot(ctx, poll, b).into())])) }
            p class="meta" { (ctx.ta("decide-your-tracker", &[("tracker", tracker.as_str().into())])) }
        } @else if voted {
            p { (ctx.t("decide-voted-sealed")) }
        }
    }
}

/// A poll's title, description and options in the reader's language where translated.
fn localized_poll(texts: &tandem_service::translations::Texts, poll: &Poll) -> Poll {
    use tandem_service::translations::Field;
    let mut shown = poll.clone();
    shown.title = texts.get(Field::PollTitle, poll.id, &poll.title).to_owned();
    shown.description = texts.get(Field::PollDescription, poll.id, &poll.description).to_owned();
    if texts.has(Field::PollOptions, poll.id) {
        let lines: Vec<String> = texts.get(Field::PollOptions, poll.id, "").lines().map(str::to_owned).collect();
        // The domain keeps a translation to the same number of options; anything else keeps the original.
        if lines.len() == poll.options.len() {
            shown.options = lines;
        }
    }
    shown
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
        PollBallot::Objection(reason) => format!("{}: {reason}", choice_label(ctx, "consent", ConsentStance::Block)),
    }
}

/// The ballot's fields for the poll's method, prefilled with the member's ballot.
/// A ballot's fields, marked as `current` (the stored ballot) or, when the
/// form came back with a problem, as `typed` (what was just sent).
fn ballot_fields(
    ctx: &Ctx,
    poll: &Poll,
    form: BallotForm,
    errors: &Invalid,
    current: Option<&PollBallot>,
    typed: Option<&FormPairs>,
) -> Markup {
    let prefix = form.prefix();
    let id = |name: &str| format!("f-{prefix}-{name}");
    let problem = errors.0.first();
    let n = poll.options.len();
    let sent = |name: &str| typed.map(|t| t.get(name).trim().to_owned());
    let chose = |k: usize| match &typed {
        Some(_) => sent("choice") == Some((k + 1).to_string()),
        None => current == Some(&PollBallot::One(k + 1)),
    };
    let approved = |k: usize| match typed {
        Some(t) => t.all("approve").iter().any(|v| v.trim() == (k + 1).to_string()),
        None => matches!(current, Some(PollBallot::Set(v)) if v.contains(&(k + 1))),
    };
    let score = |k: usize| match &typed {
        Some(_) => sent(&format!("score_{}", k + 1)).and_then(|v| v.parse().ok()).unwrap_or(0),
        None => match current {
            Some(PollBallot::Scores(v)) => v.iter().find(|(o, _)| *o == k + 1).map(|(_, s)| *s).unwrap_or(0),
            _ => 0,
        },
    };
    let rank = |k: usize| match &typed {
        Some(_) => sent(&format!("rank_{}", k + 1)).and_then(|v| v.parse::<usize>().ok()),
        None => match current {
            Some(PollBallot::Ranking(v)) => v.iter().position(|o| *o == k + 1).map(|p| p + 1),
            _ => None,
        },
    };
    let stance = |s: ConsentStance| match &typed {
        Some(_) => sent("stance").as_deref() == Some(s.key()),
        None => match current {
            Some(PollBallot::Consent(c)) => *c == s,
            Some(PollBallot::Objection(_)) => s == ConsentStance::Block,
            _ => false,
        },
    };
    let reason = match typed {
        Some(t) => t.get("reason").to_owned(),
        None => current.and_then(PollBallot::objection).unwrap_or_default().to_owned(),
    };
    html! {
        fieldset class=(if problem.is_some() { "field field-error" } else { "field" }) {
            legend { (ctx.t(&format!("poll-method-{}-legend", poll.method.key()))) }
            @if let Some(e) = problem { p class="field-problem" id=(id("error")) { (crate::html::field_message(ctx, e)) } }
            @match poll.method {
                PollMethod::Plurality => {
                    @for (k, label) in poll.options.iter().enumerate() {
                        div class="radio" {
                            input type="radio" id=(id(&format!("choice-{}", k + 1))) name="choice" value=(k + 1) checked[chose(k)];
                            label for=(id(&format!("choice-{}", k + 1))) { (label) }
                        }
                    }
                }
                PollMethod::Approval => {
                    @for (k, label) in poll.options.iter().enumerate() {
                        @let on = approved(k);
                        div class="checkbox" {
                            input type="checkbox" id=(id(&format!("approve-{}", k + 1))) name="approve" value=(k + 1) checked[on];
                            label for=(id(&format!("approve-{}", k + 1))) { (label) }
                        }
                    }
                }
                PollMethod::Score => {
                    @for (k, label) in poll.options.iter().enumerate() {
                        @let now = score(k);
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
                        @let rank = rank(k);
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
                        @let chosen = stance(*s);
                        div class="radio" {
                            input type="radio" id=(id(&format!("stance-{}", s.key()))) name="stance" value=(s.key()) checked[chosen];
                            label for=(id(&format!("stance-{}", s.key()))) { (choice_label(ctx, "consent", *s)) ": " (ctx.t(&format!("consent-{}-desc", s.key()))) }
                        }
                    }
                    div class="field" {
                        label for=(id("reason")) { (ctx.t("consent-field-reason")) }
                        p class="hint" id=(id("reason-hint")) { (ctx.t("consent-reason-hint")) }
                        textarea id=(id("reason")) name="reason" rows="3" maxlength="2000" aria-describedby=(id("reason-hint")) {
                            (reason)
                        }
                    }
                }
            }
        }
    }
}

/// The result and its explanation: the same facts as a chart and as a table.
fn poll_result(ctx: &Ctx, poll: &Poll, result: &PollResult) -> Markup {
    let quorum_met = poll.quorum == 0 || poll.ballots >= poll.quorum;
    let winners: Vec<String> = result.winners().iter().map(|&c| poll.options[c as usize].clone()).collect();
    html! {
        @if !quorum_met {
            p class="warn" { (ctx.ta("decide-quorum-missed", &[("quorum", Arg::Num(poll.quorum)), ("count", Arg::Num(poll.ballots))])) }
        }
        @if poll.ballots == 0 {
            p { (ctx.t("decide-no-ballots")) }
        } @else {
            @match result {
                PollResult::Consent(c) => {
                    p class="outcome" { strong { (ctx.t(match c.outcome { ConsentOutcome::Passes => "consent-passes", ConsentOutcome::Blocked => "consent-blocked", ConsentOutcome::NoResponses => "consent-none" })) } }
                    @let rows: Vec<(String, Option<i64>)> = ConsentStance::ALL.iter().zip([c.agree, c.abstain, c.disagree, c.block]).map(|(s, n)| (choice_label(ctx, "consent", *s), Some(n as i64))).collect();
                    (charts::bars(ctx, "poll-chart", &ctx.t("decide-chart-title"), &ctx.t("decide-chart-desc"), &rows))
                    (simple_table(ctx, &ctx.t("decide-result-table"), &ctx.t("consent-stance"), &rows))
                }
                _ => {
                    p class="outcome" {
                        strong { (ctx.ta(if winners.len() == 1 { "decide-winner" } else { "decide-tie" }, &[("names", winners.join(", ").into())])) }
                    }
                    @match result {
                        PollResult::Tally(t) => {
                            @let rows: Vec<(String, Option<i64>)> = poll.options.iter().cloned().zip(t.scores.iter().map(|s| Some(*s))).collect();
                            @if poll.method != PollMethod::Borda { (charts::bars(ctx, "poll-chart", &ctx.t("decide-chart-title"), &ctx.t("decide-chart-desc"), &rows)) }
                            (simple_table(ctx, &ctx.t(&format!("poll-method-{}-table", poll.method.key())), &ctx.t("decide-option"), &rows))
                        }
                        PollResult::Irv(r) => {
                            h3 { (ctx.t("result-plain-heading")) }
                            (irv_story(ctx, &poll.options, r))
                            (charts::rounds(ctx, "poll-chart", &ctx.t("irv-chart-title"), &ctx.t("irv-chart-desc"), &poll.options, &irv_columns(ctx, r)))
                            h3 { (ctx.t("result-detail-heading")) }
                            (crate::html::data_table(ctx, &ctx.t("decide-irv-rounds"), "data", html! {
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
                            }))
                        }
                        PollResult::Schulze(s) => {
                            h3 { (ctx.t("schulze-who-beats-whom")) }
                            (who_beats_whom(ctx, &poll.options, s))
                            h3 { (ctx.t("result-detail-heading")) }
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

/// The rounds of an instant-runoff count as the chart draws them.
fn irv_columns(ctx: &Ctx, r: &Irv) -> Vec<charts::RoundColumn> {
    r.rounds
        .iter()
        .enumerate()
        .map(|(k, round)| charts::RoundColumn {
            heading: ctx.ta("decide-round", &[("round", Arg::from(k + 1))]),
            values: round.tallies.iter().map(|t| t.map(|v| v as i64)).collect(),
            removed: round.eliminated.iter().map(|&c| c as usize).collect(),
        })
        .collect()
}

/// Instant-runoff told round by round in plain words: who was removed and
/// why, and how the winner got there.
fn irv_story(ctx: &Ctx, options: &[String], r: &Irv) -> Markup {
    let name = |c: usize| options.get(c).cloned().unwrap_or_default();
    let names = |ids: &[u32]| ids.iter().map(|&c| name(c as usize)).collect::<Vec<_>>().join(", ");
    let mut lines = Vec::new();
    let mut exhausted_before = 0;
    for (k, round) in r.rounds.iter().enumerate() {
        let number = Arg::from(k + 1);
        let active: u64 = round.tallies.iter().flatten().sum();
        let newly_exhausted = round.exhausted.saturating_sub(exhausted_before);
        exhausted_before = round.exhausted;
        let mut line = if !round.eliminated.is_empty() {
            ctx.ta(
                "irv-round-removed",
                &[
                    ("round", number),
                    ("active", Arg::from(active as i64)),
                    ("names", names(&round.eliminated).into()),
                    ("count", Arg::from(round.eliminated.len())),
                ],
            )
        } else {
            let leader = r.winners.first().copied().unwrap_or(0) as usize;
            let votes = round.tallies.get(leader).copied().flatten().unwrap_or(0);
            if r.winners.len() == 1 && 2 * votes > active {
                ctx.ta(
                    "irv-round-majority",
                    &[
                        ("round", number),
                        ("name", name(leader).into()),
                        ("votes", Arg::from(votes as i64)),
                        ("active", Arg::from(active as i64)),
                    ],
                )
            } else {
                ctx.ta(
                    "irv-round-last",
                    &[("round", number), ("names", names(&r.winners).into()), ("active", Arg::from(active as i64))],
                )
            }
        };
        if newly_exhausted > 0 {
            line.push(' ');
            line.push_str(&ctx.ta("irv-exhausted", &[("count", Arg::from(newly_exhausted as i64))]));
        }
        lines.push(line);
    }
    html! { ol class="story" { @for line in lines { li { (line) } } } }
}

/// Schulze in plain words first: every pair compared head to head, the
/// winner of each pair named with the numbers behind it.
fn who_beats_whom(ctx: &Ctx, options: &[String], s: &Schulze) -> Markup {
    let name = |c: usize| options.get(c).cloned().unwrap_or_default();
    let m = options.len();
    let d = &s.pairwise;
    let wins = |a: usize| (0..m).filter(|&b| b != a && d[a][b] > d[b][a]).count();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by_key(|&a| std::cmp::Reverse(wins(a)));
    let condorcet = order.first().copied().filter(|&a| wins(a) + 1 == m);
    let mut lines = Vec::new();
    for &a in &order {
        for &b in &order {
            if a == b {
                continue;
            }
            if d[a][b] > d[b][a] {
                lines.push(ctx.ta(
                    "schulze-beats",
                    &[
                        ("winner", name(a).into()),
                        ("loser", name(b).into()),
                        ("for", Arg::from(d[a][b] as i64)),
                        ("against", Arg::from(d[b][a] as i64)),
                    ],
                ));
            } else if d[a][b] == d[b][a] && a < b {
                lines.push(ctx.ta(
                    "schulze-ties",
                    &[("a", name(a).into()), ("b", name(b).into()), ("count", Arg::from(d[a][b] as i64))],
                ));
            }
        }
    }
    html! {
        p {
            @match condorcet {
                Some(a) => (ctx.ta("schulze-condorcet", &[("name", name(a).into())])),
                None => (ctx.t("schulze-cycle")),
            }
        }
        ul class="story" { @for line in lines { li { (line) } } }
    }
}

fn simple_table(ctx: &Ctx, caption: &str, first: &str, rows: &[(String, Option<i64>)]) -> Markup {
    html! {
        (crate::html::data_table(ctx, caption, "data", html! {
            thead { tr { th scope="col" { (first) } th scope="col" { (ctx.t("decide-count")) } } }
            tbody { @for (label, v) in rows { tr { th scope="row" { (label) } td { @match v { Some(v) => (v), None => "—" } } } } }
        }))
    }
}

fn matrix(ctx: &Ctx, caption: &str, poll: &Poll, cell: impl Fn(usize, usize) -> i64) -> Markup {
    let m = poll.options.len();
    html! {
        (crate::html::data_table(ctx, caption, "data matrix", html! {
            thead { tr { td {} @for o in &poll.options { th scope="col" { (o) } } } }
            tbody {
                @for a in 0..m {
                    tr { th scope="row" { (poll.options[a]) } @for b in 0..m { td { @if a == b { span aria-label=(ctx.t("decide-same")) { "—" } } @else { (cell(a, b)) } } } }
                }
            }
        }))
    }
}

/// What a ballot form marked: `choice`, `approve` (repeated), `rank_N` or
/// `score_N` beside option N, or `stance`.
fn marks_of(form: &FormPairs, options: usize) -> PollMarks {
    let beside = |prefix: &str| -> Vec<(usize, String)> {
        (1..=options).map(|n| (n, form.get(&format!("{prefix}_{n}")).to_owned())).collect()
    };
    PollMarks {
        choice: form.get("choice").to_owned(),
        approve: form.all("approve"),
        ranks: beside("rank"),
        scores: beside("score"),
        stance: form.get("stance").to_owned(),
        reason: form.get("reason").to_owned(),
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
    let marks = marks_of(&form, l.poll.options.len());
    match polls::cast(&state.svc, &l.access, &l.initiative, &l.poll, &marks, ctx.now).await {
        Ok(_) => Ok(redirect_with_flash(&ctx, &format!("{url}#ballot"), "flash-vote-recorded")),
        Err(Error::Invalid(e)) => render_poll(&state, &ctx, &l, Some((BallotForm::Mine, e, &form)), "").await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn paper_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    let url = poll_url(&l.access, &l.initiative, id);
    let marks = marks_of(&form, l.poll.options.len());
    match polls::cast_paper(&state.svc, &l.access, &l.initiative, &l.poll, &marks, form.get("note"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), "flash-paper-recorded")),
        Err(Error::Invalid(e)) => render_poll(&state, &ctx, &l, Some((BallotForm::Paper, e, &form)), "").await,
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
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    let url = poll_url(&l.access, &l.initiative, id);
    let (declared, until) = (form.get("declared"), form.get("counting_until"));
    match polls::declare_paper(&state.svc, &l.access, &l.initiative, &l.poll, declared, until, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), "flash-paper-declared")),
        Err(Error::Invalid(e)) => render_poll(&state, &ctx, &l, Some((BallotForm::Declare, e, &form)), "").await,
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
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    let url = poll_url(&l.access, &l.initiative, id);
    match polls::confirm_paper(&state.svc, &l.access, &l.initiative, &l.poll, ballot, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), "flash-paper-confirmed")),
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &format!("{url}#paper"), message)),
        Err(e) => Err(e.into()),
    }
}

/// Changes a poll before anyone has voted.
pub async fn edit_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    let url = poll_url(&l.access, &l.initiative, id);
    let input = super::decide::poll_input(&form)?;
    match polls::update(&state.svc, &l.access, &l.initiative, &l.poll, &input, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &url, "flash-saved")),
        Err(Error::Invalid(e)) => render_poll(&state, &ctx, &l, Some((BallotForm::Edit, e, &form)), "").await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

/// Closes a poll early or cancels it, with a public reason.
pub async fn end_poll(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &slug, &islug, id).await?;
    let url = poll_url(&l.access, &l.initiative, id);
    let ending = if form.get("ending") == "cancel" { Ending::Cancel } else { Ending::CloseEarly };
    if !confirm::confirmed(&form) {
        l.access.require_facilitator()?;
        let cancel = ending == Ending::Cancel;
        let c = Confirm {
            title: if cancel { "confirm-poll-cancel-title" } else { "confirm-poll-close-title" },
            lead: if cancel { "confirm-poll-cancel-lead" } else { "confirm-poll-close-lead" },
            button: if cancel { "confirm-poll-cancel-button" } else { "confirm-poll-close-button" },
            action: &format!("{url}/end"),
            back: &url,
            danger: cancel,
        };
        return Ok(confirm::page(&ctx, &c, &form));
    }
    match polls::end(&state.svc, &l.access, &l.initiative, &l.poll, ending, form.get("reason"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(
            &ctx,
            &url,
            if ending == Ending::Cancel { "flash-poll-cancelled" } else { "flash-poll-closed" },
        )),
        Err(Error::Invalid(e)) => render_poll(&state, &ctx, &l, Some((BallotForm::End, e, &form)), "").await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use tandem_decide::vote::{Ranked, instant_runoff, schulze};
    use tandem_service::i18n::Lang;

    use super::*;

    fn options() -> Vec<String> {
        ["Early", "Middle", "Late"].iter().map(|s| (*s).to_owned()).collect()
    }

    fn ranked(ballots: Vec<(u64, Vec<u32>)>) -> Ranked {
        Ranked { candidates: options(), ballots }
    }

    #[test]
    fn instant_runoff_is_told_round_by_round() {
        // 4 Early > Late, 3 Middle > Late, 2 Late > Middle: Late goes first and its two ballots move to Middle.
        let profile = ranked(vec![(4, vec![0, 2]), (3, vec![1, 2]), (2, vec![2, 1])]);
        let r = instant_runoff(&profile);
        let ctx = Ctx::for_tests(Lang::En);
        let story = irv_story(&ctx, &options(), &r).into_string();
        assert!(story.contains("Round 1: no option had more than half of the 9 ballots still counting. Late had the fewest and was removed"), "{story}");
        assert!(
            story.contains("Round 2: Middle had 5 of the 9 ballots still counting, more than half, and wins."),
            "{story}"
        );
        let chart = charts::rounds(&ctx, "c", "t", "d", &options(), &irv_columns(&ctx, &r)).into_string();
        assert_eq!(chart.matches("<rect").count(), 3 + 2, "Late has no bar once it is out: {chart}");
        let es = irv_story(&Ctx::for_tests(Lang::Es), &options(), &r).into_string();
        assert!(es.contains("Late tuvo menos y se quitó"), "{es}");
    }

    #[test]
    fn schulze_says_who_beats_whom_before_any_table() {
        let profile = ranked(vec![(4, vec![0, 1, 2]), (3, vec![1, 2, 0]), (2, vec![2, 0, 1])]);
        let s = schulze(&profile);
        let text = who_beats_whom(&Ctx::for_tests(Lang::En), &options(), &s).into_string();
        // Early beats Middle 6–3, Middle beats Late 7–2, Late beats Early 5–4: a circle.
        assert!(text.contains("Early beats Middle: 6 ranked Early higher, 3 ranked Middle higher."), "{text}");
        assert!(text.contains("Middle beats Late: 7 ranked Middle higher, 2 ranked Late higher."), "{text}");
        assert!(text.contains("Late beats Early: 5 ranked Late higher, 4 ranked Early higher."), "{text}");
        assert!(text.contains("the wins go round in a circle"), "{text}");
        let clear = ranked(vec![(5, vec![1, 0, 2]), (2, vec![0, 2, 1])]);
        let text = who_beats_whom(&Ctx::for_tests(Lang::En), &options(), &schulze(&clear)).into_string();
        assert!(text.contains("Middle beats every other option head to head."), "{text}");
    }
}
