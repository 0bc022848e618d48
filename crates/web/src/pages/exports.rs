//! Spreadsheet downloads (CSV, UTF-8 with a byte-order mark, formula-safe):
//! ideas with their answers, commitments and progress, the stakeholder map,
//! approvals, engagement records, and a closed poll's result and turnout.
//! Each shows what its page shows to the same reader, and no more: pupils by
//! role only, small figures suppressed, hidden posts left out.

use axum::{
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use tandem_domain::decisions::{ConsentStance, PollResult};
use tandem_domain::{export::Sheet, privacy::Cell, time::iso_date};
use tandem_service::{
    accountability, engagement, environment,
    i18n::Arg,
    ideas,
    initiatives::Initiative,
    polls::{self, PollOutcome},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    html::choice_label,
    labels::{author_label, group_name},
    pages::polls::load_poll,
    state::AppState,
};

/// The sheet as a download named after the initiative and what it holds.
fn download(i: &Initiative, what: &str, sheet: &Sheet) -> Response {
    let name = format!("attachment; filename=\"{}-{what}.csv\"", i.slug);
    (
        [(header::CONTENT_TYPE, String::from("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, name)],
        sheet.to_csv(),
    )
        .into_response()
}

fn cols(ctx: &Ctx, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| ctx.t(&format!("export-col-{id}"))).collect()
}

/// A published figure as a spreadsheet cell: the number, or the words the
/// page uses for a figure it does not show.
fn figure(ctx: &Ctx, cell: Cell, threshold: i64) -> String {
    match cell {
        Cell::Shown(n) => n.to_string(),
        Cell::Small => ctx.ta("privacy-suppressed", &[("threshold", Arg::Num(threshold))]),
        Cell::Protecting => ctx.t("privacy-protecting"),
    }
}

/// Dates as YYYY-MM-DD, on the community's clock: every spreadsheet reads
/// them as dates, whatever its language.
fn day(ctx: &Ctx, ts: tandem_domain::Timestamp) -> String {
    iso_date(ctx.zone().date(ts))
}

type Slugs = Path<(String, String)>;

pub async fn ideas_csv(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let list = ideas::for_export(&state.svc, &access, &i).await?;
    let mut sheet = Sheet::new(cols(
        &ctx,
        &[
            "id",
            "posted",
            "kind",
            "title",
            "text",
            "author",
            "status",
            "endorsements",
            "comments",
            "answer",
            "answered",
            "address",
        ],
    ));
    for idea in &list {
        sheet.push(vec![
            idea.id.to_string(),
            day(&ctx, idea.created_at),
            choice_label(&ctx, "idea-kind", idea.kind),
            idea.title.clone(),
            idea.body.clone(),
            author_label(&ctx, idea.pseudonym.as_deref(), idea.author_protected, idea.author_name.as_deref()),
            choice_label(&ctx, "idea-status", idea.status),
            idea.endorsements.to_string(),
            idea.comments.to_string(),
            idea.response.clone(),
            idea.responded_at.map(|t| day(&ctx, t)).unwrap_or_default(),
            format!("/c/{}/i/{}/ideas/{}", access.community.slug, i.slug, idea.id),
        ]);
    }
    Ok(download(&i, "ideas", &sheet))
}

pub async fn commitments_csv(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<Response> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let a = accountability::accountability(&state.svc, &i, ideas::EXPORT_LIMIT).await?;
    let mut sheet =
        Sheet::new(cols(&ctx, &["commitment", "description", "status", "percent", "ideas", "date", "progress"]));
    for c in &a.commitments {
        let ideas: Vec<String> = c.idea_ids.iter().map(|id| format!("#{id}")).collect();
        let status = choice_label(&ctx, "commitment-status", c.status);
        sheet.push(vec![
            c.title.clone(),
            c.description.clone(),
            status.clone(),
            c.percent.to_string(),
            ideas.join(" "),
            String::new(),
            String::new(),
        ]);
        // Its dated progress under it, oldest first, as the timeline tells it.
        for u in a.timeline.iter().rev().filter(|u| u.commitment_id == c.id) {
            sheet.push(vec![
                c.title.clone(),
                String::new(),
                choice_label(&ctx, "commitment-status", u.status),
                u.percent.to_string(),
                String::new(),
                iso_date(u.happened_on),
                u.body.clone(),
            ]);
        }
    }
    Ok(download(&i, "commitments", &sheet))
}

pub async fn stakeholders_csv(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let env = environment::environment(&state.svc, &i).await?;
    let groups = tandem_service::community::groups(&state.svc, &access).await?;
    let mut sheet = Sheet::new(cols(
        &ctx,
        &[
            "name",
            "kind",
            "group",
            "formal-authority",
            "instrument",
            "influence",
            "stance",
            "suitability",
            "reason",
            "owner",
        ],
    ));
    for s in &env.stakeholders {
        let group = s.group_id.and_then(|id| groups.iter().find(|g| g.id == id)).map(|g| group_name(&ctx, g));
        sheet.push(vec![
            s.name.clone(),
            choice_label(&ctx, "stakeholder-kind", s.kind),
            group.unwrap_or_default(),
            choice_label(&ctx, "formal-authority", s.formal_authority),
            s.instrument.clone(),
            choice_label(&ctx, "influence", s.influence),
            choice_label(&ctx, "stance", s.stance),
            choice_label(&ctx, "suitability", s.suitability),
            s.suitability_reason.clone(),
            s.relationship_owner.clone(),
        ]);
    }
    Ok(download(&i, "stakeholders", &sheet))
}

pub async fn approvals_csv(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<Response> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let env = environment::environment(&state.svc, &i).await?;
    let mut sheet = Sheet::new(cols(&ctx, &["title", "kind", "status", "who", "due", "happened", "evidence"]));
    for a in &env.authorizations {
        let who = a.stakeholder_id.and_then(|id| env.stakeholders.iter().find(|s| s.id == id)).map(|s| s.name.clone());
        sheet.push(vec![
            a.title.clone(),
            choice_label(&ctx, "authorization-kind", a.kind),
            choice_label(&ctx, "authorization-status", a.status),
            who.unwrap_or_default(),
            a.due_on.map(iso_date).unwrap_or_default(),
            a.happened_on.map(iso_date).unwrap_or_default(),
            a.evidence.clone(),
        ]);
    }
    Ok(download(&i, "approvals", &sheet))
}

pub async fn engagement_csv(State(state): State<AppState>, ctx: Ctx, Path((c, i)): Slugs) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let events = engagement::all(&state.svc, &access, &i).await?;
    let groups = tandem_service::community::groups(&state.svc, &access).await?;
    let env = environment::environment(&state.svc, &i).await?;
    let mut sheet = Sheet::new(cols(&ctx, &["date", "step", "group", "stakeholder", "people", "source"]));
    for e in &events {
        let group = e.group_id.and_then(|id| groups.iter().find(|g| g.id == id)).map(|g| group_name(&ctx, g));
        let who = e.stakeholder_id.and_then(|id| env.stakeholders.iter().find(|s| s.id == id)).map(|s| s.name.clone());
        sheet.push(vec![
            iso_date(e.occurred_on),
            choice_label(&ctx, "event-kind", e.kind),
            group.unwrap_or_default(),
            who.unwrap_or_default(),
            e.people.to_string(),
            e.source.clone(),
        ]);
    }
    Ok(download(&i, "engagement", &sheet))
}

/// A closed poll's result: each option with the figures the page publishes
/// (none when fewer ballots than the threshold were cast), then the turnout
/// per group with small figures suppressed.
pub async fn poll_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let l = load_poll(&state, &ctx, &c, &i, id).await?;
    let view = polls::view(&state.svc, &l.access, &l.poll, ctx.now).await?;
    let t = l.access.community.threshold.get();
    let poll = &l.poll;
    let mut sheet = Sheet::new(cols(&ctx, &["option", "winner", "result"]));
    let yes_no = |won: bool| ctx.t(if won { "export-yes" } else { "export-no" });
    match &view.result {
        None => return Err(crate::error::AppError::NotFound),
        Some(PollOutcome::TooFew { winners, .. }) => {
            for (n, o) in poll.options.iter().enumerate() {
                sheet.push(vec![o.clone(), yes_no(winners.contains(&(n as u32))), String::new()]);
            }
        }
        Some(PollOutcome::Counted { result, turnout, .. }) => {
            let won = |n: usize| result.winners().contains(&(n as u32));
            match result {
                PollResult::Tally(r) => {
                    for (n, o) in poll.options.iter().enumerate() {
                        sheet.push(vec![o.clone(), yes_no(won(n)), r.scores[n].to_string()]);
                    }
                }
                PollResult::Irv(r) => {
                    // One column per round; blank once an option is out.
                    for k in 1..r.rounds.len() {
                        sheet.header.push(ctx.ta("decide-round", &[("round", Arg::from(k + 1))]));
                    }
                    for (n, o) in poll.options.iter().enumerate() {
                        let mut row = vec![o.clone(), yes_no(won(n))];
                        row.extend(
                            r.rounds.iter().map(|round| round.tallies[n].map(|v| v.to_string()).unwrap_or_default()),
                        );
                        sheet.push(row);
                    }
                }
                PollResult::Schulze(s) => {
                    for (n, o) in poll.options.iter().enumerate() {
                        let wins =
                            (0..poll.options.len()).filter(|&b| b != n && s.pairwise[n][b] > s.pairwise[b][n]).count();
                        sheet.push(vec![o.clone(), yes_no(won(n)), wins.to_string()]);
                    }
                }
                PollResult::Consent(c) => {
                    for (stance, n) in ConsentStance::ALL.iter().zip([c.agree, c.abstain, c.disagree, c.block]) {
                        sheet.push(vec![choice_label(&ctx, "consent", *stance), String::new(), n.to_string()]);
                    }
                }
            }
            if let Some(b) = turnout {
                sheet.push(Vec::new());
                sheet.push(cols(&ctx, &["group", "ballots"]));
                let n = view.groups.len();
                for (g, cell) in view.groups.iter().zip(&b.cells) {
                    sheet.push(vec![group_name(&ctx, g), figure(&ctx, *cell, t)]);
                }
                if let Some(cell) = b.cells.get(n) {
                    sheet.push(vec![ctx.t("decide-group-none"), figure(&ctx, *cell, t)]);
                }
                if let Some(cell) = b.cells.get(n + 1) {
                    sheet.push(vec![ctx.t("decide-group-paper"), figure(&ctx, *cell, t)]);
                }
                sheet.push(vec![ctx.t("export-col-total"), figure(&ctx, b.total, t)]);
            }
        }
    }
    Ok(download(&l.initiative, &format!("poll-{id}"), &sheet))
}
