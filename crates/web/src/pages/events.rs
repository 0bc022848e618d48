//! Events: the community's list; each event's page — the programme by day
//! with the share of sessions led by families and pupils, registration (the
//! meetings' own), feedback for those who came, the organisers' forms — the
//! call for sessions with the panel's reviews and decisions, the report, the
//! certificate of attendance and the calendar.

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    events::{EventInput, LeadRole, ProposalInput, SCORE_MAX},
    text::{LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
};
use tandem_service::{
    Access, Error,
    events::{self, EventView, PlaceInput, ProposalStatus, Results, SessionRow, ShownLead},
    i18n::Arg,
    meetings::RegistrationStatus,
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, crumb, csrf_field, data_table, error_summary_in, paragraphs},
    labels::{human_date, human_moment, human_time},
    pages::{
        bodies::{Failed, crumbs, typed},
        redirect_with_flash,
    },
    state::AppState,
};

type Args = (String, i64);
type ProposalArgs = (String, i64, i64);

fn base(access: &Access) -> String {
    format!("/c/{}/events", access.community.slug)
}

fn errors_in<'b>(failed: &'b Option<Failed<'_>>, form: &str, empty: &'b Invalid) -> &'b Invalid {
    failed.as_ref().filter(|f| f.form == form).map_or(empty, |f| &f.errors)
}

fn event_input(form: &FormPairs) -> EventInput {
    EventInput {
        kind: form.get("kind").to_owned(),
        title: form.get("title").to_owned(),
        summary: form.get("summary").to_owned(),
        mode: form.get("mode").to_owned(),
        location: form.get("location").to_owned(),
        link: form.get("link").to_owned(),
        starts_at: form.get("starts_at").to_owned(),
        ends_at: form.get("ends_at").to_owned(),
        capacity: form.get("capacity").to_owned(),
        call_closes_at: form.get("call_closes_at").to_owned(),
        goal_percent: form.get("goal_percent").to_owned(),
        criteria: form.get("criteria").to_owned(),
    }
}

fn event_fields(ctx: &Ctx, f: &Fields<'_>, value: &dyn Fn(&str, &str) -> String) -> Markup {
    let kind = tandem_domain::events::EventKind::parse(&value("kind", "conference"));
    let mode = tandem_domain::meetings::MeetingMode::parse(&value("mode", "in_person"));
    let zone_hint = ctx.ta("meetings-field-zone-hint", &[("zone", Arg::Str(ctx.zone().name().to_owned()))]);
    html! {
        (f.choice("kind", &ctx.t("events-field-kind"), "event-kind", kind, FieldOpts::required()))
        (f.text("title", &ctx.t("meetings-field-title"), &value("title", ""), FieldOpts::required().max(TITLE_MAX)))
        (f.textarea("summary", &ctx.t("events-field-summary"), &value("summary", ""), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
        (f.choice("mode", &ctx.t("meetings-field-mode"), "meeting-mode", mode, FieldOpts::required()))
        (f.text("location", &ctx.t("meetings-field-location"), &value("location", ""), FieldOpts::default().hint(ctx.t("meetings-field-location-hint"))))
        (f.text("link", &ctx.t("meetings-field-link"), &value("link", ""), FieldOpts::default().kind("url").hint(ctx.t("meetings-field-link-hint"))))
        (f.text("starts_at", &ctx.t("meetings-field-starts"), &value("starts_at", ""), FieldOpts::required().kind("datetime-local").hint(zone_hint)))
        (f.text("ends_at", &ctx.t("meetings-field-ends"), &value("ends_at", ""), FieldOpts::required().kind("datetime-local")))
        (f.text("capacity", &ctx.t("meetings-field-capacity"), &value("capacity", "100"), FieldOpts::required().kind("number")))
        (f.text("call_closes_at", &ctx.t("events-field-call-closes"), &value("call_closes_at", ""), FieldOpts::required().kind("datetime-local").hint(ctx.t("events-field-call-closes-hint"))))
        (f.text("goal_percent", &ctx.t("events-field-goal"), &value("goal_percent", "50"), FieldOpts::default().kind("number").hint(ctx.t("events-field-goal-hint"))))
        (f.textarea("criteria", &ctx.t("events-field-criteria"), &value("criteria", ""), FieldOpts::default().rows(3).hint(ctx.t("events-field-criteria-hint"))))
    }
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_list(&state, &ctx, &access, None).await
}

async fn render_list(state: &AppState, ctx: &Ctx, access: &Access, failed: Option<Failed<'_>>) -> AppResult<Response> {
    let all = events::list(&state.svc, access).await?;
    let staff = access.can_facilitate();
    let initiatives = if staff { tandem_service::initiatives::list(&state.svc, access).await? } else { Vec::new() };
    let empty = Invalid::default();
    let errors = errors_in(&failed, "event", &empty);
    let value = |name: &str, default: &str| typed(&failed, "event", name, default);
    let title = ctx.ta("events-title", &[("community", Arg::Str(access.community.name.clone()))]);
    let url = base(access);
    let f = Fields::new(ctx, errors);
    let body = html! {
        h1 { (title) }
        p { (ctx.t("events-lead")) }
        (error_summary_in(ctx, errors, &[], ""))
        @if all.is_empty() { p { (ctx.t("events-none")) } }
        ul class="card-list" {
            @for item in &all {
                li class="card" {
                    h2 { a href=(format!("{url}/{}", item.event.id)) { (item.event.title) } }
                    p { (choice_label(ctx, "event-kind", item.event.kind))
                        @if let Some(g) = &item.gathering { " · " (human_date(ctx, g.starts_at)) " · " (g.location) } }
                    @if item.event.call_closes_at > ctx.now { p { span class="badge" { (ctx.t("events-call-open")) } } }
                }
            }
        }
        @if staff {
            section aria-labelledby="event-h" class="panel" {
                h2 id="event-h" { (ctx.t("events-new")) }
                @let opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("events-whole-community")))
                    .chain(initiatives.iter().map(|i| (i.slug.clone(), i.title.clone()))).collect();
                form method="post" action=(url) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.select("initiative", &ctx.t("bodies-field-initiative"), &opts, &value("initiative", ""), FieldOpts::default()))
                    (event_fields(ctx, &f, &value))
                    button type="submit" class="button" { (ctx.t("events-new")) }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let initiative = match form.get("initiative").trim() {
        "" => None,
        s => match access.initiative(&state.svc, s).await {
            Ok(i) => Some(i.id),
            Err(_) => {
                let errors = Invalid::one(tandem_domain::FieldError::new("initiative", "error-choice-invalid"));
                return render_list(
                    &state,
                    &ctx,
                    &access,
                    Some(Failed { form: "event".into(), errors, values: &form }),
                )
                .await;
            }
        },
    };
    match events::create(&state.svc, &access, initiative, &event_input(&form), ctx.now).await {
        Ok(id) => Ok(redirect_with_flash(&ctx, &format!("{}/{id}", base(&access)), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_list(&state, &ctx, &access, Some(Failed { form: "event".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A lead as shown: their name (or "a pupil") and role.
fn lead_text(ctx: &Ctx, l: &ShownLead) -> String {
    let role = choice_label(ctx, "lead-role", l.role);
    match &l.name {
        Some(n) => format!("{n} ({role})"),
        None => ctx.t("events-a-pupil"),
    }
}

fn leads_text(ctx: &Ctx, leads: &[ShownLead]) -> String {
    leads.iter().map(|l| lead_text(ctx, l)).collect::<Vec<_>>().join(", ")
}

fn tenths(t: i64) -> String {
    format!("{}.{}", t / 10, t % 10)
}

fn scale_options(ctx: &Ctx, low: &str, high: &str) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), ctx.t("events-choose"))];
    for n in 1..=SCORE_MAX {
        let label = match n {
            1 => format!("1 – {}", ctx.t(low)),
            SCORE_MAX => format!("{SCORE_MAX} – {}", ctx.t(high)),
            n => n.to_string(),
        };
        out.push((n.to_string(), label));
    }
    out
}

fn results_block(ctx: &Ctx, r: &Results, threshold: i64) -> Markup {
    html! {
        @match r.answers {
            Some(n) => { p { (ctx.ta("events-answers", &[("count", Arg::Num(n))])) } }
            None => { p { (ctx.ta("events-answers-few", &[("threshold", Arg::Num(threshold))])) } }
        }
        @if let (Some(u), Some(c)) = (r.useful, r.changed) {
            ul {
                li { (ctx.t("events-useful")) ": " strong { (tenths(u)) } " / 5" }
                li { (ctx.t("events-changed")) ": " strong { (tenths(c)) } " / 5" }
            }
        } @else if r.answers.is_some_and(|n| n > 0) {
            p class="hint" { (ctx.ta("events-results-wait", &[("count", Arg::Num(tandem_domain::events::SCALE_MIN.max(threshold)))])) }
        }
        @if !r.worked.is_empty() {
            h4 { (ctx.t("events-worked")) }
            ul { @for t in &r.worked { li { (t) } } }
        }
        @if !r.better.is_empty() {
            h4 { (ctx.t("events-better")) }
            ul { @for t in &r.better { li { (t) } } }
        }
    }
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<Args>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render(&state, &ctx, &access, id, None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let v: EventView = events::view(&state.svc, access, id, ctx.now).await?;
    let ev = &v.event;
    let url = format!("{}/{id}", base(access));
    let slug = &access.community.slug;
    let empty = Invalid::default();
    let all_errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let zone = ctx.zone();
    let threshold = access.community.threshold.get();
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let members = if v.staff { events::panel_candidates(&state.svc, access).await? } else { Vec::new() };
    let edit_value = |name: &str, default: &str| {
        let g = v.gathering.as_ref();
        let current = match name {
            "kind" => ev.kind.key().to_owned(),
            "title" => ev.title.clone(),
            "summary" => ev.summary.clone(),
            "mode" => g.map(|g| g.mode.key().to_owned()).unwrap_or_default(),
            "location" => g.map(|g| g.location.clone()).unwrap_or_default(),
            "link" => g.map(|g| g.link.clone()).unwrap_or_default(),
            "starts_at" => g.map(|g| zone.local_input(g.starts_at)).unwrap_or_default(),
            "ends_at" => g.map(|g| zone.local_input(g.ends_at)).unwrap_or_default(),
            "capacity" => g.map(|g| g.capacity.to_string()).unwrap_or_default(),
            "call_closes_at" => zone.local_input(ev.call_closes_at),
            "goal_percent" => ev.goal_percent.to_string(),
            "criteria" => ev.criteria.join("\n"),
            _ => default.to_owned(),
        };
        typed(&failed, "edit", name, &current)
    };
    let placed: Vec<&SessionRow> = v.sessions.iter().filter(|s| s.meeting.is_some()).collect();
    let mut days: Vec<tandem_domain::time::Date> = Vec::new();
    for s in &placed {
        if let Some(m) = &s.meeting {
            let d = zone.date(m.starts_at);
            if !days.contains(&d) {
                days.push(d);
            }
        }
    }
    let accepted: Vec<&SessionRow> =
        v.sessions.iter().filter(|s| s.proposal.status == ProposalStatus::Accepted && s.meeting.is_none()).collect();
    let share = v.share;
    let body = html! {
        @if let Some(i) = &v.initiative { p class="context" { a href=(format!("/c/{slug}/i/{}", i.slug)) { (i.title) } } }
        h1 { (ev.title) }
        p { span class="badge" { (choice_label(ctx, "event-kind", ev.kind)) } }
        @if let Some(g) = &v.gathering {
            dl class="facts" {
                dt { (ctx.t("meetings-when")) } dd { (human_moment(ctx, g.starts_at)) " – " (human_moment(ctx, g.ends_at)) }
                dt { (ctx.t("meetings-field-mode")) } dd { (choice_label(ctx, "meeting-mode", g.mode)) }
                @if !g.location.is_empty() { dt { (ctx.t("meetings-field-location")) } dd { (g.location) } }
                @if let Some(p) = &v.places {
                    dt { (ctx.t("meetings-places")) } dd { (ctx.ta("meetings-places-value", &[("registered", Arg::Num(p.registered)), ("capacity", Arg::Num(p.capacity)), ("waitlisted", Arg::Num(p.waitlisted))])) }
                }
                dt { (ctx.t("events-call")) } dd { (ctx.ta(if v.call_open { "events-call-closes" } else { "events-call-closed" }, &[("date", Arg::Str(human_moment(ctx, ev.call_closes_at)))])) }
            }
        }
        (paragraphs(&ev.summary))
        ul class="inline-links" {
            li { a href=(format!("{url}/proposals")) { (ctx.t(if v.call_open { "events-propose-link" } else { "events-proposals-link" })) } }
            li { a href=(format!("{url}/calendar.ics")) { (ctx.t("meetings-add-to-calendar")) } }
            @if v.staff || ev.report_published_at.is_some() { li { a href=(format!("{url}/report")) { (ctx.t("events-report")) } } }
            @if v.came { li { a href=(format!("{url}/certificate")) { (ctx.t("events-certificate")) } } }
        }
        (error_summary_in(ctx, all_errors, &[], failed.as_ref().map_or("", |f| f.form.as_str())))
        @if let Some(g) = &v.gathering {
            section aria-labelledby="register-h" class="panel" {
                h2 id="register-h" { (ctx.t("events-registration")) }
                @match &v.mine {
                    Some(r) if r.status == RegistrationStatus::Registered => {
                        p role="status" { (ctx.t("meetings-you-are-registered")) }
                        p { (ctx.t("meetings-your-code")) " " strong class="code" { (r.code) } }
                    }
                    Some(_) => { p role="status" { (ctx.t("meetings-you-are-waitlisted")) } }
                    None => { p { (ctx.t("events-registration-lead")) } }
                }
                p { a href=(format!("/c/{slug}/meetings/{}#register-h", g.id)) { (ctx.t(if v.mine.is_some() { "events-registration-manage" } else { "events-register" })) } }
            }
        }
        section aria-labelledby="programme-h" {
            h2 id="programme-h" { (ctx.t("events-programme")) }
            p class=(if share.met() { "share met" } else { "share" }) {
                (ctx.ta("events-share", &[("led", Arg::Num(share.family_led)), ("sessions", Arg::Num(share.sessions)), ("percent", Arg::Num(share.percent())), ("goal", Arg::Num(share.goal_percent))]))
                " " strong { (ctx.t(if share.met() { "events-goal-met" } else { "events-goal-not-met" })) }
            }
            @if ev.programme_published_at.is_none() {
                p class="hint" { (ctx.t(if v.staff { "events-programme-draft" } else { "events-programme-not-yet" })) }
            }
            @for day in &days {
                h3 { (human_date(ctx, zone.at(*day, 12, 0))) }
                @let rows: Vec<&&SessionRow> = placed.iter().filter(|s| s.meeting.as_ref().is_some_and(|m| zone.date(m.starts_at) == *day)).collect();
                (data_table(ctx, &ctx.ta("events-programme-of", &[("date", Arg::Str(tandem_domain::time::iso_date(*day)))]), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("events-time")) } th scope="col" { (ctx.t("events-room")) }
                        th scope="col" { (ctx.t("events-session")) } th scope="col" { (ctx.t("events-leads")) }
                        th scope="col" { (ctx.t("meetings-places")) }
                    } }
                    tbody {
                        @for s in rows {
                            @let m = s.meeting.as_ref();
                            tr {
                                td { @if let Some(m) = m { (human_time(ctx, m.starts_at)) "–" (human_time(ctx, m.ends_at)) } }
                                td { (s.room.clone().unwrap_or_default()) @if !s.proposal.track.is_empty() { br; span class="hint" { (s.proposal.track) } } }
                                th scope="row" {
                                    a href=(format!("{url}/proposals#p-{}", s.proposal.id)) { (s.proposal.title) }
                                    " " span class="hint" { (choice_label(ctx, "session-format", s.proposal.format)) }
                                    @if s.family_led { " " span class="badge" { (ctx.t("events-family-led")) } }
                                }
                                td { (leads_text(ctx, &s.leads)) }
                                td {
                                    @if let Some(p) = &s.places { (ctx.ta("events-places-left", &[("left", Arg::Num((p.capacity - p.registered).max(0))), ("capacity", Arg::Num(p.capacity))])) }
                                    @if let Some(r) = &s.mine { br; (ctx.t(&format!("registration-status-{}", r.status.key()))) }
                                    @if let Some(m) = m { br; a href=(format!("/c/{slug}/meetings/{}#register-h", m.id)) aria-label=(format!("{} {}", ctx.t("events-session-register"), s.proposal.title)) { (ctx.t("events-session-register")) } }
                                }
                            }
                        }
                    }
                }))
            }
            @if !accepted.is_empty() {
                h3 { (ctx.t("events-accepted-unplaced")) }
                ul { @for s in &accepted { li { a href=(format!("{url}/proposals#p-{}", s.proposal.id)) { (s.proposal.title) } " · " (leads_text(ctx, &s.leads)) } } }
            }
        }
        @let to_rate: Vec<&SessionRow> = v.sessions.iter().filter(|s| s.can_feedback).collect();
        @if !to_rate.is_empty() || (v.came && !v.gave_event_feedback) {
            section aria-labelledby="feedback-h" class="stack" {
                h2 id="feedback-h" { (ctx.t("events-your-feedback")) }
                p { (ctx.t("events-feedback-lead")) }
                @for s in &to_rate {
                    @let form = format!("feedback-{}", s.proposal.id);
                    @let ff = Fields::with_prefix(ctx, errors_in(&failed, &form, &empty), &form);
                    form method="post" action=(format!("{url}/proposals/{}/feedback", s.proposal.id)) novalidate class="stack panel" {
                        h3 { (s.proposal.title) }
                        (csrf_field(ctx))
                        (ff.select("useful", &ctx.t("events-useful"), &scale_options(ctx, "events-scale-not-at-all", "events-scale-very"), &typed(&failed, &form, "useful", ""), FieldOpts::required()))
                        (ff.select("changed", &ctx.t("events-changed"), &scale_options(ctx, "events-scale-not-at-all", "events-scale-a-great-deal"), &typed(&failed, &form, "changed", ""), FieldOpts::required()))
                        (ff.textarea("worked", &ctx.t("events-worked"), &typed(&failed, &form, "worked", ""), FieldOpts::default().max(SUMMARY_MAX).rows(2)))
                        (ff.textarea("better", &ctx.t("events-better"), &typed(&failed, &form, "better", ""), FieldOpts::default().max(SUMMARY_MAX).rows(2)))
                        button type="submit" class="button" { (ctx.t("events-feedback-send")) }
                    }
                }
                @if v.came && !v.gave_event_feedback {
                    @let fo = Fields::with_prefix(ctx, errors_in(&failed, "overall", &empty), "overall");
                    form method="post" action=(format!("{url}/feedback")) novalidate class="stack panel" {
                        h3 { (ctx.t("events-overall")) }
                        (csrf_field(ctx))
                        (fo.select("overall", &ctx.t("events-overall-question"), &scale_options(ctx, "events-scale-poor", "events-scale-excellent"), &typed(&failed, "overall", "overall", ""), FieldOpts::required()))
                        (fo.textarea("comment", &ctx.t("events-overall-comment"), &typed(&failed, "overall", "comment", ""), FieldOpts::default().max(SUMMARY_MAX).rows(2)))
                        button type="submit" class="button" { (ctx.t("events-feedback-send")) }
                    }
                }
            }
        }
        @let mine_led: Vec<&SessionRow> = v.sessions.iter().filter(|s| s.is_lead && s.results.is_some()).collect();
        @if !mine_led.is_empty() && !v.staff {
            section aria-labelledby="lead-results-h" {
                h2 id="lead-results-h" { (ctx.t("events-your-sessions")) }
                @for s in &mine_led { h3 { (s.proposal.title) } @if let Some(r) = &s.results { (results_block(ctx, r, threshold)) } }
            }
        }
        @if v.staff {
            section aria-labelledby="organise-h" class="stack" {
                h2 id="organise-h" { (ctx.t("meetings-organise")) }
                form method="post" action=(format!("{url}/panel")) novalidate class="stack panel" {
                    h3 { (ctx.t("events-panel")) }
                    p { (ctx.t("events-panel-lead")) }
                    @if !v.panel_mixed { p class="warning" { (ctx.t("error-panel-not-mixed")) } }
                    (csrf_field(ctx))
                    fieldset class="field" id="f-panel-reviewers" {
                        legend { (ctx.t("events-panel-members")) }
                        @for (uid, name, group) in &members {
                            div class="checkbox" {
                                input type="checkbox" id=(format!("f-reviewer-{uid}")) name="reviewers" value=(uid) checked[v.panel.iter().any(|r| r.user_id == *uid)];
                                label for=(format!("f-reviewer-{uid}")) { (name) @if let Some(g) = group { " · " (crate::pages::bodies::group_label(ctx, &groups, Some(g))) } }
                            }
                        }
                    }
                    button type="submit" class="button secondary" { (ctx.t("events-panel-save")) }
                }
                @let fr = Fields::with_prefix(ctx, errors_in(&failed, "room", &empty), "room");
                form method="post" action=(format!("{url}/rooms")) novalidate class="stack panel" {
                    h3 { (ctx.t("events-rooms")) }
                    @if v.rooms.is_empty() { p { (ctx.t("events-rooms-none")) } }
                    ul { @for r in &v.rooms { li { (r.name) " · " (ctx.ta("events-room-capacity", &[("capacity", Arg::Num(r.capacity))])) } } }
                    (csrf_field(ctx))
                    (fr.text("name", &ctx.t("events-room-name"), &typed(&failed, "room", "name", ""), FieldOpts::required().max(80)))
                    (fr.text("capacity", &ctx.t("meetings-field-capacity"), &typed(&failed, "room", "capacity", "30"), FieldOpts::required().kind("number")))
                    button type="submit" class="button secondary" { (ctx.t("events-room-add")) }
                }
                @if ev.programme_published_at.is_none() && !placed.is_empty() {
                    form method="post" action=(format!("{url}/programme/publish")) {
                        (csrf_field(ctx))
                        button type="submit" class="button" { (ctx.t("events-programme-publish")) }
                    }
                }
                @let fe = Fields::with_prefix(ctx, errors_in(&failed, "edit", &empty), "edit");
                form method="post" action=(url.clone()) novalidate class="stack panel" {
                    h3 { (ctx.t("events-edit")) }
                    (csrf_field(ctx))
                    (event_fields(ctx, &fe, &edit_value))
                    button type="submit" class="button secondary" { (ctx.t("form-save")) }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = crumbs(ctx, access);
    crumbs.push(crumb(ctx.t("events-title-short"), base(access)));
    Ok(Page::new(&ev.title, body).crumbs(crumbs).status(status).render(ctx))
}

pub async fn proposals(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<Args>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_proposals(&state, &ctx, &access, id, None).await
}

async fn render_proposals(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let v: EventView = events::view(&state.svc, access, id, ctx.now).await?;
    let ev = &v.event;
    let url = format!("{}/{id}", base(access));
    let empty = Invalid::default();
    let all_errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let fpro = Fields::with_prefix(ctx, errors_in(&failed, "propose", &empty), "propose");
    let pupil = access.is_protected();
    let zone = ctx.zone();
    let title = ctx.ta("events-proposals-title", &[("event", Arg::Str(ev.title.clone()))]);
    let room_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("events-choose")))
        .chain(v.rooms.iter().map(|r| (r.id.to_string(), format!("{} ({})", r.name, r.capacity))))
        .collect();
    let body = html! {
        p class="context" { a href=(url.clone()) { (ev.title) } }
        h1 { (title) }
        p { (ctx.ta(if v.call_open { "events-call-closes" } else { "events-call-closed" }, &[("date", Arg::Str(human_moment(ctx, ev.call_closes_at)))])) }
        h2 { (ctx.t("events-criteria")) }
        ol { @for c in &ev.criteria { li { (c) } } }
        (error_summary_in(ctx, all_errors, &[], failed.as_ref().map_or("", |f| f.form.as_str())))
        @if v.call_open && access.can_participate() {
            section aria-labelledby="propose-h" class="panel" {
                h2 id="propose-h" { (ctx.t("events-propose")) }
                p { (ctx.t("events-propose-lead")) }
                form method="post" action=(format!("{url}/proposals")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (fpro.text("title", &ctx.t("events-session-title"), &typed(&failed, "propose", "title", ""), FieldOpts::required().max(TITLE_MAX)))
                    (fpro.textarea("summary", &ctx.t("events-session-summary"), &typed(&failed, "propose", "summary", ""), FieldOpts::required().max(LONG_TEXT_MAX).rows(4)))
                    (fpro.choice("format", &ctx.t("events-session-format"), "session-format", tandem_domain::events::SessionFormat::parse(&typed(&failed, "propose", "format", "workshop")), FieldOpts::required()))
                    (fpro.text("minutes", &ctx.t("events-session-minutes"), &typed(&failed, "propose", "minutes", "45"), FieldOpts::required().kind("number")))
                    (fpro.text("audience", &ctx.t("events-session-audience"), &typed(&failed, "propose", "audience", ""), FieldOpts::default().max(SUMMARY_MAX)))
                    (fpro.text("track", &ctx.t("events-session-track"), &typed(&failed, "propose", "track", ""), FieldOpts::default().max(80).hint(ctx.t("events-session-track-hint"))))
                    fieldset class="field" id="f-propose-leads" {
                        legend { (ctx.t("events-leads")) }
                        div class="checkbox" {
                            input type="checkbox" id="f-propose-i_lead" name="i_lead" value="1" checked[failed.as_ref().filter(|f| f.form == "propose").is_none_or(|f| !f.values.get("i_lead").is_empty())];
                            label for="f-propose-i_lead" { (ctx.t("events-i-lead")) }
                        }
                        @if !pupil {
                            (fpro.choice("my_role", &ctx.t("events-my-role"), "lead-role", LeadRole::parse(&typed(&failed, "propose", "my_role", "parent_carer")), FieldOpts::default()))
                        }
                        @for n in 0..3 {
                            @let name = format!("lead_name_{n}");
                            @let role = format!("lead_role_{n}");
                            @let roles: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("events-choose")))
                                .chain(LeadRole::ALL.iter().map(|r| (r.key().to_owned(), choice_label(ctx, "lead-role", *r)))).collect();
                            (fpro.text(&name, &ctx.ta("events-lead-name", &[("n", Arg::Num(n + 1))]), &typed(&failed, "propose", &name, ""), FieldOpts::default().max(80)))
                            (fpro.select(&role, &ctx.ta("events-lead-role", &[("n", Arg::Num(n + 1))]), &roles, &typed(&failed, "propose", &role, ""), FieldOpts::default()))
                        }
                        p class="hint" { (ctx.t("events-pupil-names-hint")) }
                    }
                    button type="submit" class="button" { (ctx.t("events-propose-send")) }
                }
            }
        }
        h2 { (ctx.t("events-proposals")) }
        @if v.sessions.is_empty() { p { (ctx.t("events-proposals-none")) } }
        @for s in &v.sessions {
            @let p = &s.proposal;
            @let pid = p.id;
            article class="card" id=(format!("p-{pid}")) aria-labelledby=(format!("p-{pid}-h")) {
                h3 id=(format!("p-{pid}-h")) { (p.title) }
                p { span class="badge" { (ctx.t(&format!("proposal-status-{}", p.status.key()))) }
                    " " (choice_label(ctx, "session-format", p.format)) " · " (ctx.ta("meetings-item-minutes", &[("minutes", Arg::Num(p.minutes))]))
                    @if s.family_led { " · " span class="badge" { (ctx.t("events-family-led")) } } }
                p { strong { (ctx.t("events-leads")) ": " } (leads_text(ctx, &s.leads)) }
                @if !p.audience.is_empty() { p { strong { (ctx.t("events-session-audience")) ": " } (p.audience) } }
                (paragraphs(&p.summary))
                @if matches!(p.status, ProposalStatus::Accepted | ProposalStatus::Declined) {
                    p { strong { (ctx.t("events-panel-decision")) ": " } (p.reason) }
                }
                @if let (Some(room), Some(m)) = (&s.room, &s.meeting) {
                    p { (human_moment(ctx, m.starts_at)) "–" (human_time(ctx, m.ends_at)) " · " (room) }
                }
                @if v.staff || v.reviewer {
                    p class="hint" {
                        (ctx.ta("events-reviews-count", &[("count", Arg::Num(s.reviews)), ("conflicts", Arg::Num(s.conflicts))]))
                        @if let Some(score) = s.score { " · " (ctx.ta("events-mean-score", &[("score", Arg::Str(tenths(score)))])) }
                    }
                }
                @if let Some(r) = &s.my_review {
                    p class="hint" { @if r.conflict { (ctx.t("events-you-declared-conflict")) } @else { (ctx.t("events-you-reviewed")) " " (r.comment) } }
                }
                @if s.can_review {
                    @let form = format!("review-{pid}");
                    @let fr = Fields::with_prefix(ctx, errors_in(&failed, &form, &empty), &form);
                    form method="post" action=(format!("{url}/proposals/{pid}/review")) novalidate class="stack panel" {
                        h4 { (ctx.t("events-review")) }
                        (csrf_field(ctx))
                        @for (n, c) in ev.criteria.iter().enumerate() {
                            @let name = format!("score_{n}");
                            @let prior = s.my_review.as_ref().and_then(|r| r.scores.get(n)).map(|x| x.to_string()).unwrap_or_default();
                            (fr.select(&name, c, &scale_options(ctx, "events-scale-weak", "events-scale-strong"), &typed(&failed, &form, &name, &prior), FieldOpts::required()))
                        }
                        (fr.textarea("comment", &ctx.t("events-review-comment"), &typed(&failed, &form, "comment", &s.my_review.as_ref().map(|r| r.comment.clone()).unwrap_or_default()), FieldOpts::required().max(SUMMARY_MAX).rows(2)))
                        button type="submit" class="button" { (ctx.t("events-review-send")) }
                    }
                    form method="post" action=(format!("{url}/proposals/{pid}/conflict")) {
                        (csrf_field(ctx))
                        button type="submit" class="button secondary" aria-label=(format!("{}: {}", ctx.t("events-declare-conflict"), p.title)) { (ctx.t("events-declare-conflict")) }
                    }
                }
                @if p.status == ProposalStatus::Proposed && access.user_id().is_some() && p.proposed_by == access.user_id() {
                    form method="post" action=(format!("{url}/proposals/{pid}/withdraw")) {
                        (csrf_field(ctx))
                        button type="submit" class="button secondary" { (ctx.t("events-withdraw")) }
                    }
                }
                @if v.staff && p.status == ProposalStatus::Proposed {
                    @let form = format!("decide-{pid}");
                    @let fd = Fields::with_prefix(ctx, errors_in(&failed, &form, &empty), &form);
                    @let opts = vec![(String::new(), ctx.t("events-choose")), ("accepted".to_owned(), ctx.t("proposal-status-accepted")), ("declined".to_owned(), ctx.t("proposal-status-declined"))];
                    form method="post" action=(format!("{url}/proposals/{pid}/decision")) novalidate class="stack panel" {
                        h4 { (ctx.t("events-decide")) }
                        (csrf_field(ctx))
                        (fd.select("decision", &ctx.t("events-decision"), &opts, &typed(&failed, &form, "decision", ""), FieldOpts::required()))
                        (fd.textarea("reason", &ctx.t("events-decision-reason"), &typed(&failed, &form, "reason", ""), FieldOpts::required().max(SUMMARY_MAX).rows(2)))
                        button type="submit" class="button" { (ctx.t("events-decide")) }
                    }
                }
                @if v.staff && p.status == ProposalStatus::Accepted {
                    @let form = format!("place-{pid}");
                    @let fpl = Fields::with_prefix(ctx, errors_in(&failed, &form, &empty), &form);
                    @let start = s.meeting.as_ref().map(|m| zone.local_input(m.starts_at)).or_else(|| v.gathering.as_ref().map(|g| zone.local_input(g.starts_at))).unwrap_or_default();
                    form method="post" action=(format!("{url}/proposals/{pid}/place")) novalidate class="stack panel" {
                        h4 { (ctx.t(if s.meeting.is_some() { "events-move" } else { "events-place" })) }
                        (csrf_field(ctx))
                        @if v.rooms.is_empty() { p class="hint" { (ctx.t("events-rooms-none")) } }
                        (fpl.select("room", &ctx.t("events-room"), &room_opts, &typed(&failed, &form, "room", &p.room_id.map(|r| r.to_string()).unwrap_or_default()), FieldOpts::required()))
                        (fpl.text("starts_at", &ctx.t("meetings-field-starts"), &typed(&failed, &form, "starts_at", &start), FieldOpts::required().kind("datetime-local")))
                        (fpl.text("capacity", &ctx.t("meetings-field-capacity"), &typed(&failed, &form, "capacity", &s.meeting.as_ref().map(|m| m.capacity.to_string()).unwrap_or_default()), FieldOpts::default().kind("number").hint(ctx.t("events-capacity-hint"))))
                        button type="submit" class="button" { (ctx.t(if s.meeting.is_some() { "events-move" } else { "events-place" })) }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = crumbs(ctx, access);
    crumbs.push(crumb(ctx.t("events-title-short"), base(access)));
    crumbs.push(crumb(ev.title.clone(), url.clone()));
    Ok(Page::new(&title, body).crumbs(crumbs).status(status).render(ctx))
}

pub async fn report(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<Args>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let v: EventView = events::view(&state.svc, &access, id, ctx.now).await?;
    if !v.staff && v.event.report_published_at.is_none() {
        return Err(Error::NotFound.into());
    }
    let ev = &v.event;
    let url = format!("{}/{id}", base(&access));
    let threshold = access.community.threshold.get();
    let title = ctx.ta("events-report-title", &[("event", Arg::Str(ev.title.clone()))]);
    let share = v.share;
    let placed: Vec<&SessionRow> = v.sessions.iter().filter(|s| s.meeting.is_some()).collect();
    let body = html! {
        p class="context" { a href=(url.clone()) { (ev.title) } }
        h1 { (title) }
        @if ev.report_published_at.is_none() { p class="hint" { (ctx.t("events-report-draft")) } }
        p { (ctx.ta("events-share", &[("led", Arg::Num(share.family_led)), ("sessions", Arg::Num(share.sessions)), ("percent", Arg::Num(share.percent())), ("goal", Arg::Num(share.goal_percent))]))
            " " strong { (ctx.t(if share.met() { "events-goal-met" } else { "events-goal-not-met" })) } }
        h2 { (ctx.t("events-overall")) }
        (results_overall(&ctx, &v, threshold))
        h2 { (ctx.t("events-sessions-side-by-side")) }
        (data_table(&ctx, &ctx.t("events-sessions-side-by-side"), "data", html! {
            thead { tr {
                th scope="col" { (ctx.t("events-session")) } th scope="col" { (ctx.t("events-leads")) }
                th scope="col" { (ctx.t("events-answers-col")) } th scope="col" { (ctx.t("events-useful")) } th scope="col" { (ctx.t("events-changed")) }
            } }
            tbody {
                @for s in &placed {
                    @let r = s.results.clone().unwrap_or_default();
                    tr {
                        th scope="row" { (s.proposal.title) @if s.family_led { " " span class="badge" { (ctx.t("events-family-led")) } } }
                        td { (leads_text(&ctx, &s.leads)) }
                        td { @match r.answers { Some(n) => { (n) } None => { (crate::html::figure(&ctx, tandem_domain::privacy::Cell::Small, access.community.threshold)) } } }
                        td { (r.useful.map(tenths).unwrap_or_else(|| "—".to_owned())) }
                        td { (r.changed.map(tenths).unwrap_or_else(|| "—".to_owned())) }
                    }
                }
            }
        }))
        p class="hint" { (ctx.ta("events-results-rule", &[("scales", Arg::Num(tandem_domain::events::SCALE_MIN.max(threshold))), ("text", Arg::Num(tandem_domain::events::TEXT_MIN))])) }
        @if v.staff {
            @for s in placed.iter().filter(|s| s.results.as_ref().is_some_and(|r| !r.worked.is_empty() || !r.better.is_empty())) {
                section aria-labelledby=(format!("r-{}", s.proposal.id)) {
                    h3 id=(format!("r-{}", s.proposal.id)) { (s.proposal.title) }
                    @if let Some(r) = &s.results { (results_block(&ctx, r, threshold)) }
                }
            }
            p { a href=(format!("{url}/report.csv")) { (ctx.t("events-report-csv")) } }
            @if ev.report_published_at.is_none() {
                form method="post" action=(format!("{url}/report/publish")) {
                    (csrf_field(&ctx))
                    button type="submit" class="button" { (ctx.t("events-report-publish")) }
                }
            }
        }
    };
    let mut crumbs = crumbs(&ctx, &access);
    crumbs.push(crumb(ctx.t("events-title-short"), base(&access)));
    crumbs.push(crumb(ev.title.clone(), url.clone()));
    Ok(Page::new(&title, body).crumbs(crumbs).render(&ctx))
}

fn results_overall(ctx: &Ctx, v: &EventView, threshold: i64) -> Markup {
    html! {
        @match v.overall.answers {
            Some(n) => { p { (ctx.ta("events-answers", &[("count", Arg::Num(n))])) } }
            None => { p { (ctx.ta("events-answers-few", &[("threshold", Arg::Num(threshold))])) } }
        }
        @if let Some(m) = v.overall.useful { p { (ctx.t("events-overall-question")) ": " strong { (tenths(m)) } " / 5" } }
        @if !v.comments.is_empty() { ul { @for c in &v.comments { li { (c) } } } }
    }
}

pub async fn report_csv(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<Args>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let text = events::report_csv(&state.svc, &access, id, ctx.now).await?;
    let name = format!("attachment; filename=\"event-{id}-report.csv\"");
    Ok(([(header::CONTENT_TYPE, String::from("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, name)], text)
        .into_response())
}

pub async fn certificate(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<Args>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let c = events::certificate(&state.svc, &access, id).await?;
    let title = ctx.t("events-certificate");
    let body = html! {
        div class="certificate" {
            h1 { (title) }
            p class="lead" { (ctx.ta("events-certificate-text", &[("name", Arg::Str(c.name.clone())), ("event", Arg::Str(c.event.title.clone())), ("community", Arg::Str(access.community.name.clone()))])) }
            @if let Some(g) = &c.gathering { p { (human_date(&ctx, g.starts_at)) @if ctx.zone().date(g.starts_at) != ctx.zone().date(g.ends_at) { " – " (human_date(&ctx, g.ends_at)) } @if !g.location.is_empty() { " · " (g.location) } } }
            @if !c.sessions.is_empty() {
                h2 { (ctx.t("events-certificate-sessions")) }
                ul { @for m in &c.sessions { li { (m.title) " · " (human_moment(&ctx, m.starts_at)) } } }
            }
            p class="hint no-print" { (ctx.t("events-certificate-print")) }
        }
    };
    Ok(Page::new(&title, body).print().render(&ctx))
}

pub async fn calendar(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<Args>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    Ok(crate::pages::meetings::ics(events::calendar(&state.svc, &access, id).await?, &format!("event-{id}")))
}

#[allow(clippy::too_many_arguments)]
async fn after<T>(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    form: &str,
    values: &FormPairs,
    result: tandem_service::Result<T>,
    (on_proposals, anchor, flash): (bool, &str, &'static str),
) -> AppResult<Response> {
    let page = if on_proposals { format!("{}/{id}/proposals", base(access)) } else { format!("{}/{id}", base(access)) };
    match result {
        Ok(_) => Ok(redirect_with_flash(ctx, &format!("{page}#{anchor}"), flash)),
        Err(Error::Invalid(errors)) => {
            let failed = Some(Failed { form: form.to_owned(), errors, values });
            if on_proposals {
                render_proposals(state, ctx, access, id, failed).await
            } else {
                render(state, ctx, access, id, failed).await
            }
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let path = format!("{}/{id}", base(&access));
    let result = events::update(&state.svc, &access, id, &event_input(&form), &path, ctx.now).await;
    after(&state, &ctx, &access, id, "edit", &form, result, (false, "organise-h", "flash-saved")).await
}

pub async fn set_panel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = events::set_panel(&state.svc, &access, id, &form.all("reviewers"), ctx.now).await;
    after(&state, &ctx, &access, id, "panel", &form, result, (false, "organise-h", "flash-saved")).await
}

pub async fn add_room(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = events::add_room(&state.svc, &access, id, form.get("name"), form.get("capacity"), ctx.now).await;
    after(&state, &ctx, &access, id, "room", &form, result, (false, "organise-h", "flash-saved")).await
}

pub async fn publish_programme(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    events::publish_programme(&state.svc, &access, id, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}#programme-h", base(&access)), "flash-programme-published"))
}

pub async fn publish_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    events::publish_report(&state.svc, &access, id, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}/report", base(&access)), "flash-report-published"))
}

pub async fn event_feedback(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result =
        events::give_event_feedback(&state.svc, &access, id, form.get("overall"), form.get("comment"), ctx.now).await;
    after(&state, &ctx, &access, id, "overall", &form, result, (false, "programme-h", "flash-feedback-thanks")).await
}

fn proposal_input(form: &FormPairs) -> ProposalInput {
    ProposalInput {
        title: form.get("title").to_owned(),
        summary: form.get("summary").to_owned(),
        format: form.get("format").to_owned(),
        minutes: form.get("minutes").to_owned(),
        audience: form.get("audience").to_owned(),
        track: form.get("track").to_owned(),
        i_lead: !form.get("i_lead").is_empty(),
        my_role: form.get("my_role").to_owned(),
        leads: (0..tandem_domain::events::LEADS_MAX)
            .map(|n| (form.get(&format!("lead_name_{n}")).to_owned(), form.get(&format!("lead_role_{n}")).to_owned()))
            .collect(),
    }
}

pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match events::propose(&state.svc, &access, id, &proposal_input(&form), ctx.now).await {
        Ok(p) => {
            Ok(redirect_with_flash(&ctx, &format!("{}/{id}/proposals#p-{p}", base(&access)), "flash-proposal-sent"))
        }
        Err(Error::Invalid(errors)) => {
            render_proposals(&state, &ctx, &access, id, Some(Failed { form: "propose".into(), errors, values: &form }))
                .await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, p)): Path<ProposalArgs>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    events::withdraw(&state.svc, &access, id, p, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}/proposals#p-{p}", base(&access)), "flash-proposal-withdrawn"))
}

pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, p)): Path<ProposalArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let scores: Vec<String> =
        (0..tandem_domain::events::CRITERIA_MAX).map(|n| form.get(&format!("score_{n}")).to_owned()).collect();
    let result = events::review(&state.svc, &access, id, p, &scores, form.get("comment"), ctx.now).await;
    let anchor = format!("p-{p}");
    after(&state, &ctx, &access, id, &format!("review-{p}"), &form, result, (true, &anchor, "flash-review-saved")).await
}

pub async fn declare_conflict(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, p)): Path<ProposalArgs>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    events::declare_conflict(&state.svc, &access, id, p, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}/proposals#p-{p}", base(&access)), "flash-conflict-declared"))
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, p)): Path<ProposalArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let path = format!("{}/{id}/proposals#p-{p}", base(&access));
    let result =
        events::decide(&state.svc, &access, id, p, form.get("decision"), form.get("reason"), &path, ctx.now).await;
    let anchor = format!("p-{p}");
    after(&state, &ctx, &access, id, &format!("decide-{p}"), &form, result, (true, &anchor, "flash-decision-saved"))
        .await
}

pub async fn place(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, p)): Path<ProposalArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = PlaceInput {
        room: form.get("room").to_owned(),
        starts_at: form.get("starts_at").to_owned(),
        capacity: form.get("capacity").to_owned(),
    };
    let path = format!("{}/{id}", base(&access));
    let result = events::place(&state.svc, &access, id, p, &input, &path, ctx.now).await;
    let anchor = format!("p-{p}");
    after(&state, &ctx, &access, id, &format!("place-{p}"), &form, result, (true, &anchor, "flash-saved")).await
}

pub async fn session_feedback(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, p)): Path<ProposalArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = events::give_feedback(
        &state.svc,
        &access,
        id,
        p,
        form.get("useful"),
        form.get("changed"),
        form.get("worked"),
        form.get("better"),
        ctx.now,
    )
    .await;
    after(
        &state,
        &ctx,
        &access,
        id,
        &format!("feedback-{p}"),
        &form,
        result,
        (false, "programme-h", "flash-feedback-thanks"),
    )
    .await
}
