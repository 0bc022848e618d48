//! Meetings: the community's list with its calendars and the personal feed,
//! and each meeting's page — details, agenda, registration with access
//! needs and the check-in code, the waitlist, attendance and quorum,
//! minutes from draft to approved to published — with the facilitators' forms.

use axum::{
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::html;
use tandem_domain::{
    Invalid,
    meetings::{AccessNeed, ActionInput, DecisionInput},
    text::{LONG_TEXT_MAX, TITLE_MAX},
};
use tandem_service::{
    Access, Error,
    i18n::Arg,
    meetings::{self, MeetingView, MinutesStatus, Owner, RegistrationStatus, Scope},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{
        FieldOpts, Fields, Page, choice_label, crumb, csrf_field, data_table, error_summary, error_summary_in, figure,
        paragraphs,
    },
    labels::{human_date, human_moment, human_time},
    pages::{
        bodies::{Failed, crumbs, group_label, meeting_fields, meeting_input},
        redirect_with_flash,
    },
    state::AppState,
};

fn base(access: &Access) -> String {
    format!("/c/{}/meetings", access.community.slug)
}

/// An iCalendar file as a download calendar programs subscribe to.
pub fn ics(body: String, name: &str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{name}.ics\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_list(&state, &ctx, &access, None, None).await
}

async fn render_list(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    failed: Option<Failed<'_>>,
    new_feed: Option<String>,
) -> AppResult<Response> {
    let all = meetings::list(&state.svc, access, Scope::Community).await?;
    let staff = access.can_facilitate();
    let feed = meetings::feed_since(&state.svc, access).await?;
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let initiatives = if staff { tandem_service::initiatives::list(&state.svc, access).await? } else { Vec::new() };
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let value =
        |name: &str, default: &str| failed.as_ref().map_or(default.to_owned(), |f| f.values.get(name).to_owned());
    let title = ctx.ta("meetings-title", &[("community", Arg::Str(access.community.name.clone()))]);
    let url = base(access);
    let now = ctx.now;
    let upcoming: Vec<_> = all.iter().filter(|m| m.ends_at >= now).collect();
    let past: Vec<_> = all.iter().rev().filter(|m| m.ends_at < now).take(20).collect();
    let f = Fields::new(ctx, errors);
    let base_url = state.svc.base_url();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("meetings-lead")) " " a href=(format!("/c/{}/bodies", access.community.slug)) { (ctx.t("bodies-title-short")) } }
        (error_summary(ctx, errors, &[]))
        h2 { (ctx.t("meetings-upcoming")) }
        @if upcoming.is_empty() { p { (ctx.t("meetings-none-upcoming")) } }
        ul class="card-list" {
            @for m in &upcoming {
                li class="card" {
                    h3 { a href=(format!("{url}/{}", m.id)) { (m.title) } }
                    p { (human_date(ctx, m.starts_at)) " · " (human_time(ctx, m.starts_at)) " · " (choice_label(ctx, "meeting-mode", m.mode))
                        @if m.cancelled_at.is_some() { " · " strong { (ctx.t("meetings-cancelled")) } } }
                }
            }
        }
        @if !past.is_empty() {
            h2 { (ctx.t("meetings-past")) }
            ul { @for m in &past { li { a href=(format!("{url}/{}", m.id)) { (m.title) } " · " (human_date(ctx, m.starts_at)) } } }
        }
        section aria-labelledby="calendar-h" class="panel" {
            h2 id="calendar-h" { (ctx.t("meetings-calendars")) }
            p { a href=(format!("/c/{}/calendar.ics", access.community.slug)) { (ctx.t("meetings-subscribe-community")) } }
            @if access.is_member() {
                h3 { (ctx.t("meetings-my-feed")) }
                p { (ctx.t("meetings-my-feed-lead")) }
                @if let Some(secret) = &new_feed {
                    p { (ctx.t("meetings-my-feed-new")) }
                    p class="long-value" { code { (format!("{base_url}/c/{}/feeds/{secret}", access.community.slug)) } }
                } @else if let Some(since) = feed {
                    p { (ctx.ta("meetings-my-feed-since", &[("date", Arg::Str(human_date(ctx, since)))])) }
                }
                form method="post" action=(format!("/c/{}/calendar/feed", access.community.slug)) class="inline-form" {
                    (csrf_field(ctx))
                    button type="submit" class="button secondary" { (if feed.is_some() { ctx.t("meetings-my-feed-renew") } else { ctx.t("meetings-my-feed-create") }) }
                }
                @if feed.is_some() {
                    form method="post" action=(format!("/c/{}/calendar/feed/revoke", access.community.slug)) class="inline-form" {
                        (csrf_field(ctx))
                        button type="submit" class="button secondary" { (ctx.t("meetings-my-feed-revoke")) }
                    }
                }
            }
        }
        @if staff {
            section aria-labelledby="meeting-h" class="panel" {
                h2 id="meeting-h" { (ctx.t("meetings-new-initiative")) }
                @let opts: Vec<(String, String)> = initiatives.iter().map(|i| (i.slug.clone(), i.title.clone())).collect();
                form method="post" action=(url) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.select("initiative", &ctx.t("bodies-field-initiative"), &opts, &value("initiative", ""), FieldOpts::required()))
                    (meeting_fields(ctx, &f, &value, &groups))
                    button type="submit" class="button" { (ctx.t("meetings-new")) }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

/// A meeting of an initiative, from the community's list.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let initiative = match access.initiative(&state.svc, form.get("initiative")).await {
        Ok(i) => i,
        Err(_) => {
            let errors = Invalid::one(tandem_domain::FieldError::new("initiative", "error-choice-invalid"));
            return render_list(
                &state,
                &ctx,
                &access,
                Some(Failed { form: "meeting".into(), errors, values: &form }),
                None,
            )
            .await;
        }
    };
    let (input, reserved) = meeting_input(&form);
    match meetings::create(&state.svc, &access, Owner::Initiative(initiative.id), &input, &reserved, ctx.now).await {
        Ok(m) => Ok(redirect_with_flash(&ctx, &format!("{}/{m}", base(&access)), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_list(&state, &ctx, &access, Some(Failed { form: "meeting".into(), errors, values: &form }), None)
                .await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn create_feed(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let secret = meetings::create_feed(&state.svc, &access, ctx.now).await?;
    render_list(&state, &ctx, &access, None, Some(secret)).await
}

pub async fn revoke_feed(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    meetings::revoke_feed(&state.svc, &access).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}#calendar-h", base(&access)), "flash-feed-revoked"))
}

pub async fn feed(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, secret)): Path<(String, String)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    Ok(ics(meetings::feed(&state.svc, &access, &secret).await?, "my-meetings"))
}

pub async fn community_calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let name = access.community.name.clone();
    Ok(ics(meetings::calendar(&state.svc, &access, &name, Scope::Community).await?, "meetings"))
}

pub async fn body_calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let body = tandem_service::bodies::load(&state.svc, &access, id).await?;
    Ok(ics(meetings::calendar(&state.svc, &access, &body.name, Scope::Body(id)).await?, "body"))
}

pub async fn initiative_calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    Ok(ics(meetings::calendar(&state.svc, &access, &i.title, Scope::Initiative(i.id)).await?, "initiative"))
}

pub async fn meeting_calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    Ok(ics(meetings::meeting_calendar(&state.svc, &access, id).await?, &format!("meeting-{id}")))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
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
    let v: MeetingView = meetings::view(&state.svc, access, id, ctx.now).await?;
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let m = &v.meeting;
    let url = format!("{}/{id}", base(access));
    let empty = Invalid::default();
    let e = |form: &str| failed.as_ref().filter(|f| f.form == form).map_or(&empty, |f| &f.errors);
    let t = |form: &str, name: &str, default: &str| {
        failed.as_ref().filter(|f| f.form == form).map_or(default.to_owned(), |f| f.values.get(name).to_owned())
    };
    let all_errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let zone = ctx.zone();
    let open = m.cancelled_at.is_none() && m.starts_at > ctx.now;
    let staff = v.staff;
    let area_name = |a: Option<i64>| a.and_then(|a| v.areas.iter().find(|(id, _)| *id == a)).map(|(_, n)| n.clone());
    let edit_value = |name: &str, default: &str| {
        let current = match name {
            "title" => m.title.clone(),
            "description" => m.description.clone(),
            "mode" => m.mode.key().to_owned(),
            "location" => m.location.clone(),
            "link" => m.link.clone(),
            "starts_at" => zone.local_input(m.starts_at),
            "ends_at" => zone.local_input(m.ends_at),
            "capacity" => m.capacity.to_string(),
            "reminder_hours" => m.reminder_hours.to_string(),
            other => match other.strip_prefix("reserved-") {
                Some(k) => v
                    .places
                    .reserved
                    .iter()
                    .find(|(r, _)| r.group_key == k)
                    .map(|(r, _)| r.places.to_string())
                    .unwrap_or_default(),
                None => default.to_owned(),
            },
        };
        t("edit", name, &current)
    };
    let needs_chosen: Vec<String> =
        failed.as_ref().filter(|f| f.form == "register").map(|f| f.values.all("needs")).unwrap_or_default();
    let minutes = v.minutes.as_ref();
    let decision_rows: Vec<(String, String, String)> = {
        let mut rows: Vec<(String, String, String)> = minutes
            .map(|mv| {
                mv.decisions
                    .iter()
                    .map(|d| {
                        (
                            d.text.clone(),
                            d.area_id.map(|a| a.to_string()).unwrap_or_default(),
                            d.ideas.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", "),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        rows.extend((0..3).map(|_| (String::new(), String::new(), String::new())));
        rows
    };
    let action_rows: Vec<(String, String, String)> = {
        let mut rows: Vec<(String, String, String)> = minutes
            .map(|mv| {
                mv.actions
                    .iter()
                    .map(|a| (a.text.clone(), a.owner.clone(), a.due.clone().unwrap_or_default()))
                    .collect()
            })
            .unwrap_or_default();
        rows.extend((0..3).map(|_| (String::new(), String::new(), String::new())));
        rows
    };
    let mut area_opts = vec![(String::new(), ctx.t("meetings-no-area"))];
    area_opts.extend(v.areas.iter().map(|(id, n)| (id.to_string(), n.clone())));
    let body = html! {
        p class="context" {
            @if let Some(ev) = m.event_id { a href=(format!("/c/{}/events/{ev}", access.community.slug)) { (ctx.t("events-back-to-event")) } }
            @else if let Some(b) = &v.body { a href=(format!("/c/{}/bodies/{}", access.community.slug, b.id)) { (b.name) } }
            @else if let Some(i) = &v.initiative { a href=(format!("/c/{}/i/{}", access.community.slug, i.slug)) { (i.title) } }
        }
        h1 { (m.title) }
        @if m.cancelled_at.is_some() { p class="warning" role="status" { strong { (ctx.t("meetings-cancelled")) } } }
        dl class="facts" {
            dt { (ctx.t("meetings-when")) } dd { (human_moment(ctx, m.starts_at)) " – " (human_time(ctx, m.ends_at)) }
            dt { (ctx.t("meetings-field-mode")) } dd { (choice_label(ctx, "meeting-mode", m.mode)) }
            @if !m.location.is_empty() { dt { (ctx.t("meetings-field-location")) } dd { (m.location) } }
            @if !m.link.is_empty() && (v.mine.as_ref().is_some_and(|r| r.status == RegistrationStatus::Registered) || staff) {
                dt { (ctx.t("meetings-field-link")) } dd { a href=(m.link) { (m.link) } }
            }
            dt { (ctx.t("meetings-places")) } dd { (ctx.ta("meetings-places-value", &[("registered", Arg::Num(v.places.registered)), ("capacity", Arg::Num(v.places.capacity)), ("waitlisted", Arg::Num(v.places.waitlisted))])) }
            @for (r, left) in &v.places.reserved {
                dt { (ctx.ta("meetings-kept-for", &[("group", Arg::Str(group_label(ctx, &groups, Some(&r.group_key))))])) }
                dd { (ctx.ta("meetings-kept-value", &[("places", Arg::Num(r.places)), ("left", Arg::Num(*left))])) }
            }
        }
        (paragraphs(&m.description))
        p { a href=(format!("{url}/calendar.ics")) { (ctx.t("meetings-add-to-calendar")) } }
        (error_summary_in(ctx, all_errors, &[], failed.as_ref().map_or("", |f| f.form.as_str())))
        @if v.notice_broken && m.cancelled_at.is_none() && m.event_id.is_none() {
            p class="warning" { (ctx.ta("meetings-notice-broken", &[("hours", Arg::Num(v.notice_hours))])) }
        }
        @if m.event_id.is_none() {
        section aria-labelledby="agenda-h" {
            h2 id="agenda-h" { (ctx.t("meetings-agenda")) }
            @if m.agenda_published_at.is_none() && !staff { p { (ctx.t("meetings-agenda-not-yet")) } }
            @else if v.agenda.is_empty() { p { (ctx.t("meetings-agenda-empty")) } }
            @else {
                ol {
                    @for item in &v.agenda {
                        li { (item.title)
                            " · " (ctx.ta("meetings-item-minutes", &[("minutes", Arg::Num(item.minutes))]))
                            @if !item.owner.is_empty() { " · " (item.owner) }
                            @if let Some(a) = area_name(item.area_id) { " · " span class="badge" { (a) } }
                            @if staff && m.agenda_published_at.is_none() {
                                form method="post" action=(format!("{url}/agenda/{}/delete", item.id)) class="inline-form" {
                                    (csrf_field(ctx))
                                    button type="submit" class="button secondary small" { (ctx.t("meetings-item-remove")) }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(p) = m.agenda_published_at { p class="hint" { (ctx.ta("meetings-agenda-published", &[("date", Arg::Str(human_moment(ctx, p)))])) } }
        }
        }
        section aria-labelledby="register-h" class="panel" {
            h2 id="register-h" { (ctx.t("meetings-registration")) }
            @match &v.mine {
                Some(r) if r.status != RegistrationStatus::Cancelled => {
                    @if r.status == RegistrationStatus::Registered {
                        p role="status" { (ctx.t("meetings-you-are-registered")) }
                        p { (ctx.t("meetings-your-code")) " " strong class="code" { (r.code) } }
                        p class="hint" { (ctx.t("meetings-code-hint")) }
                    } @else {
                        p role="status" { (ctx.t("meetings-you-are-waitlisted")) }
                    }
                    @if open {
                        form method="post" action=(format!("{url}/registration/cancel")) {
                            (csrf_field(ctx))
                            button type="submit" class="button secondary" { (ctx.t("meetings-cancel-registration")) }
                        }
                    }
                }
                _ => {
                    @if !open { p { (ctx.t("error-registration-closed")) } }
                    @else if access.user_id().is_none() { p { a href=(format!("/login?next={url}")) { (ctx.t("meetings-login-to-register")) } } }
                    @else if !access.is_member() { p { (ctx.t("meetings-members-register")) } }
                    @else {
                        @let f = Fields::with_prefix(ctx, e("register"), "register");
                        form method="post" action=(format!("{url}/register")) novalidate class="stack" {
                            (csrf_field(ctx))
                            fieldset class="field" id="f-register-needs" {
                                legend { (ctx.t("meetings-needs")) }
                                p class="hint" { (ctx.t("meetings-needs-hint")) }
                                @for n in AccessNeed::ALL {
                                    div class="checkbox" {
                                        input type="checkbox" id=(format!("f-need-{}", n.key())) name="needs" value=(n.key()) checked[needs_chosen.iter().any(|c| c == n.key())];
                                        label for=(format!("f-need-{}", n.key())) { (choice_label(ctx, "access-need", *n)) }
                                    }
                                }
                            }
                            (f.text("language", &ctx.t("meetings-needs-language"), &t("register", "language", ""), FieldOpts::default()))
                            (f.text("needs_other", &ctx.t("meetings-needs-other"), &t("register", "needs_other", ""), FieldOpts::default()))
                            button type="submit" class="button" { (if v.places.open_left > 0 || v.places.reserved.iter().any(|(_, l)| *l > 0) { ctx.t("meetings-register") } else { ctx.t("meetings-join-waitlist") }) }
                        }
                    }
                }
            }
        }
        @if let Some(a) = &v.attendance {
            section aria-labelledby="attendance-h" {
                h2 id="attendance-h" { (ctx.t("meetings-attendance")) }
                ul {
                    @for (k, c) in &a.groups { li { (group_label(ctx, &groups, (!k.is_empty()).then_some(k.as_str()))) ": " (figure(ctx, *c, access.community.threshold)) } }
                    li { strong { (ctx.t("meetings-attendance-total")) ": " (figure(ctx, a.total, access.community.threshold)) } }
                }
                @if let Some(q) = &v.quorum {
                    p { (ctx.ta(if q.quorate { "meetings-quorate" } else { "meetings-not-quorate" }, &[("present", Arg::Num(q.present)), ("seats", Arg::Num(q.seats))])) }
                }
            }
        }
        @if m.event_id.is_none() {
        section aria-labelledby="minutes-h" {
            h2 id="minutes-h" { (ctx.t("meetings-minutes")) }
            @match minutes {
                None => { p { (ctx.t("meetings-minutes-none")) } }
                Some(mv) => {
                    p { span class="badge" { (ctx.t(&format!("minutes-status-{}", m.minutes_status.key()))) }
                        @if let (Some(at), Some(by)) = (m.minutes_approved_at, &v.moved_by) { " · " (ctx.ta("meetings-minutes-approved-by", &[("name", Arg::Str(by.clone())), ("date", Arg::Str(human_date(ctx, at)))])) } }
                    (paragraphs(&mv.summary))
                    @if !mv.decisions.is_empty() {
                        h3 { (ctx.t("meetings-decisions")) }
                        ul { @for d in &mv.decisions { li { (d.text)
                            @if let Some(a) = area_name(d.area_id) { " · " span class="badge" { (a) } }
                            @if !d.ideas.is_empty() { " · " (ctx.ta("meetings-decision-ideas", &[("ideas", Arg::Str(d.ideas.iter().map(|i| format!("#{i}")).collect::<Vec<_>>().join(", ")))])) } } } }
                    }
                    @if !mv.actions.is_empty() {
                        h3 { (ctx.t("meetings-actions")) }
                        ul { @for a in &mv.actions { li { (a.text) " · " (a.owner) @if let Some(d) = &a.due { " · " (d) } } } }
                    }
                }
            }
        }
        }
        @if staff {
            section aria-labelledby="organise-h" class="stack" {
                h2 id="organise-h" { (ctx.t("meetings-organise")) }
                @if let Some(n) = &v.needs {
                    div class="panel" {
                        h3 { (ctx.t("meetings-needs-totals")) }
                        @if n.by_need.is_empty() { p { (ctx.t("meetings-needs-none")) } }
                        ul {
                            @for (need, count) in &n.by_need { li { (choice_label(ctx, "access-need", *need)) ": " (count) } }
                            @for (lang, count) in &n.languages { li { (ctx.ta("meetings-needs-language-count", &[("language", Arg::Str(lang.clone())), ("count", Arg::Num(*count))])) } }
                            @for o in &n.other { li { (o) } }
                        }
                    }
                }
                @let fc = Fields::with_prefix(ctx, e("checkin"), "checkin");
                form method="post" action=(format!("{url}/check-in")) novalidate class="stack panel" {
                    h3 { (ctx.t("meetings-check-in")) }
                    (csrf_field(ctx))
                    (fc.text("code", &ctx.t("meetings-check-in-code"), &t("checkin", "code", ""), FieldOpts::required().autocomplete("off")))
                    button type="submit" class="button" { (ctx.t("meetings-check-in")) }
                }
                @if !v.registrations.is_empty() {
                    (data_table(ctx, &ctx.t("meetings-list"), "data", html! {
                            thead { tr { th scope="col" { (ctx.t("meetings-person")) } th scope="col" { (ctx.t("bodies-constituency")) } th scope="col" { (ctx.t("meetings-status")) } th scope="col" { (ctx.t("meetings-present")) } } }
                            tbody {
                                @for r in v.registrations.iter().filter(|r| r.status != RegistrationStatus::Cancelled) {
                                    tr {
                                        th scope="row" { (r.name) }
                                        td { (group_label(ctx, &groups, r.group_key.as_deref())) }
                                        td { (ctx.t(&format!("registration-status-{}", r.status.key()))) @if r.walk_in { " · " (ctx.t("meetings-walk-in")) } }
                                        td {
                                            form method="post" action=(format!("{url}/attendance/{}", r.id)) class="inline-form" {
                                                (csrf_field(ctx))
                                                input type="hidden" name="present" value=(if r.attended_at.is_some() { "0" } else { "1" });
                                                button type="submit" class="button secondary small" aria-label=(format!("{} {}", if r.attended_at.is_some() { ctx.t("meetings-unmark") } else { ctx.t("meetings-mark") }, r.name)) {
                                                    (if r.attended_at.is_some() { ctx.t("meetings-unmark") } else { ctx.t("meetings-mark") })
                                                }
                                            }
                                            @if r.attended_at.is_some() { " " (ctx.t("meetings-present")) }
                                        }
                                    }
                                }
                            }
                    }))
                }
                @let fw = Fields::with_prefix(ctx, e("walkin"), "walkin");
                form method="post" action=(format!("{url}/walk-in")) novalidate class="stack panel" {
                    h3 { (ctx.t("meetings-walk-in-add")) }
                    (csrf_field(ctx))
                    (fw.text("name", &ctx.t("meetings-person"), &t("walkin", "name", ""), FieldOpts::required().max(80)))
                    @let gopts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("bodies-any-constituency"))).chain(groups.iter().map(|g| (g.key.clone(), crate::labels::group_name(ctx, g)))).collect();
                    (fw.select("constituency", &ctx.t("bodies-constituency"), &gopts, &t("walkin", "constituency", ""), FieldOpts::default()))
                    button type="submit" class="button secondary" { (ctx.t("meetings-walk-in-add")) }
                }
                @if m.agenda_published_at.is_none() && m.cancelled_at.is_none() && m.event_id.is_none() {
                    @let fa = Fields::with_prefix(ctx, e("item"), "item");
                    form method="post" action=(format!("{url}/agenda")) novalidate class="stack panel" {
                        h3 { (ctx.t("meetings-item-add")) }
                        (csrf_field(ctx))
                        (fa.text("title", &ctx.t("meetings-item-title"), &t("item", "title", ""), FieldOpts::required().max(TITLE_MAX)))
                        (fa.text("owner", &ctx.t("meetings-item-owner"), &t("item", "owner", ""), FieldOpts::default()))
                        (fa.text("minutes", &ctx.t("meetings-item-length"), &t("item", "minutes", "15"), FieldOpts::default().kind("number")))
                        (fa.select("area", &ctx.t("meetings-item-area"), &area_opts, &t("item", "area", ""), FieldOpts::default()))
                        button type="submit" class="button secondary" { (ctx.t("meetings-item-add")) }
                    }
                    @if !v.agenda.is_empty() {
                        form method="post" action=(format!("{url}/agenda/publish")) {
                            (csrf_field(ctx))
                            button type="submit" class="button" { (ctx.t("meetings-agenda-publish")) }
                        }
                    }
                }
                @if matches!(m.minutes_status, MinutesStatus::None | MinutesStatus::Draft) && m.event_id.is_none() {
                    @let fm = Fields::with_prefix(ctx, e("minutes"), "minutes");
                    form method="post" action=(format!("{url}/minutes")) novalidate class="stack panel" {
                        h3 { (ctx.t("meetings-minutes-write")) }
                        (csrf_field(ctx))
                        (fm.textarea("summary", &ctx.t("meetings-minutes-summary"), &t("minutes", "summary", &minutes.map(|mv| mv.summary.clone()).unwrap_or_default()), FieldOpts::default().max(LONG_TEXT_MAX).rows(5)))
                        @let fr = Fields::new(ctx, e("minutes"));
                        @for (n, (text, area, ideas)) in decision_rows.iter().enumerate() {
                            fieldset class="field" {
                                legend { (ctx.ta("meetings-decision-n", &[("n", Arg::Num(n as i64 + 1))])) }
                                (fr.text(&format!("decision_text_{n}"), &ctx.t("meetings-decision-text"), &t("minutes", &format!("decision_text_{n}"), text), FieldOpts::default()))
                                (fr.select(&format!("decision_area_{n}"), &ctx.t("meetings-item-area"), &area_opts, &t("minutes", &format!("decision_area_{n}"), area), FieldOpts::default()))
                                (fr.text(&format!("decision_ideas_{n}"), &ctx.t("meetings-decision-ideas-field"), &t("minutes", &format!("decision_ideas_{n}"), ideas), FieldOpts::default().hint(ctx.t("meetings-decision-ideas-hint"))))
                            }
                        }
                        @for (n, (text, owner, due)) in action_rows.iter().enumerate() {
                            fieldset class="field" {
                                legend { (ctx.ta("meetings-action-n", &[("n", Arg::Num(n as i64 + 1))])) }
                                (fr.text(&format!("action_text_{n}"), &ctx.t("meetings-action-text"), &t("minutes", &format!("action_text_{n}"), text), FieldOpts::default()))
                                (fr.text(&format!("action_owner_{n}"), &ctx.t("meetings-action-owner"), &t("minutes", &format!("action_owner_{n}"), owner), FieldOpts::default()))
                                (fr.text(&format!("action_due_{n}"), &ctx.t("meetings-action-due"), &t("minutes", &format!("action_due_{n}"), due), FieldOpts::default().kind("date")))
                            }
                        }
                        button type="submit" class="button" { (ctx.t("meetings-minutes-save")) }
                    }
                }
                @if m.minutes_status == MinutesStatus::Draft && !v.approvable_in.is_empty() {
                    @let fp = Fields::with_prefix(ctx, e("approve"), "approve");
                    @let at: Vec<(String, String)> = v.approvable_in.iter().map(|x| (x.id.to_string(), format!("{} · {}", x.title, human_date(ctx, x.starts_at)))).collect();
                    @let movers: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("bodies-choose-person"))).chain(v.movers.iter().map(|(id, n)| (id.to_string(), n.clone()))).collect();
                    form method="post" action=(format!("{url}/minutes/approve")) novalidate class="stack panel" {
                        h3 { (ctx.t("meetings-minutes-approve")) }
                        p { (ctx.t("meetings-minutes-approve-lead")) }
                        (csrf_field(ctx))
                        (fp.select("approved_in", &ctx.t("meetings-approved-in"), &at, &t("approve", "approved_in", ""), FieldOpts::required()))
                        (fp.select("mover", &ctx.t("meetings-mover"), &movers, &t("approve", "mover", ""), FieldOpts::required()))
                        button type="submit" class="button" { (ctx.t("meetings-minutes-approve")) }
                    }
                } @else if m.minutes_status == MinutesStatus::Draft && v.body.is_some() {
                    p class="hint" { (ctx.t("meetings-minutes-approve-later")) }
                }
                @if m.minutes_status == MinutesStatus::Approved {
                    form method="post" action=(format!("{url}/minutes/publish")) {
                        (csrf_field(ctx))
                        button type="submit" class="button" { (ctx.t("meetings-minutes-publish")) }
                    }
                }
                @if m.event_id.is_some() {
                    p class="hint" { (ctx.t("events-meeting-managed")) }
                } @else if m.cancelled_at.is_none() {
                    @let fe = Fields::with_prefix(ctx, e("edit"), "edit");
                    form method="post" action=(url.clone()) novalidate class="stack panel" {
                        h3 { (ctx.t("meetings-edit")) }
                        (csrf_field(ctx))
                        (meeting_fields(ctx, &fe, &edit_value, &groups))
                        button type="submit" class="button secondary" { (ctx.t("form-save")) }
                    }
                    form method="post" action=(format!("{url}/cancel")) {
                        (csrf_field(ctx))
                        button type="submit" class="button secondary" { (ctx.t("meetings-cancel")) }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = crumbs(ctx, access);
    crumbs.push(crumb(ctx.t("meetings-title-short"), base(access)));
    Ok(Page::new(&m.title, body).crumbs(crumbs).status(status).render(ctx))
}

type Args = (String, i64);

#[allow(clippy::too_many_arguments)]
async fn after<T>(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    form: &str,
    values: &FormPairs,
    result: tandem_service::Result<T>,
    (anchor, flash): (&str, &'static str),
) -> AppResult<Response> {
    match result {
        Ok(_) => Ok(redirect_with_flash(ctx, &format!("{}/{id}#{anchor}", base(access)), flash)),
        Err(Error::Invalid(errors)) => {
            render(state, ctx, access, id, Some(Failed { form: form.to_owned(), errors, values })).await
        }
        Err(e) => Err(e.into()),
    }
}

fn path(access: &Access, id: i64) -> String {
    format!("{}/{id}", base(access))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let (input, reserved) = meeting_input(&form);
    let result = meetings::update(&state.svc, &access, id, &input, &reserved, &path(&access, id), ctx.now).await;
    after(&state, &ctx, &access, id, "edit", &form, result, ("organise-h", "flash-saved")).await
}

pub async fn cancel(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<Args>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    meetings::cancel(&state.svc, &access, id, &path(&access, id), ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &path(&access, id), "flash-meeting-cancelled"))
}

pub async fn add_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = meetings::ItemInput {
        title: form.get("title").to_owned(),
        owner: form.get("owner").to_owned(),
        minutes: form.get("minutes").to_owned(),
        area: form.get("area").to_owned(),
    };
    let result = meetings::add_item(&state.svc, &access, id, &input, ctx.now).await;
    after(&state, &ctx, &access, id, "item", &form, result, ("agenda-h", "flash-saved")).await
}

pub async fn remove_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, item)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    meetings::remove_item(&state.svc, &access, id, item, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}#agenda-h", path(&access, id)), "flash-saved"))
}

pub async fn publish_agenda(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let kept = meetings::publish_agenda(&state.svc, &access, id, &path(&access, id), ctx.now).await?;
    let flash = if kept { "flash-agenda-published" } else { "flash-agenda-published-late" };
    Ok(redirect_with_flash(&ctx, &format!("{}#agenda-h", path(&access, id)), flash))
}

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = meetings::register(
        &state.svc,
        &access,
        id,
        &form.all("needs"),
        form.get("language"),
        form.get("needs_other"),
        ctx.now,
    )
    .await;
    let flash = match &result {
        Ok(r) if r.status == RegistrationStatus::Waitlisted => "flash-waitlisted",
        _ => "flash-registered",
    };
    after(&state, &ctx, &access, id, "register", &form, result, ("register-h", flash)).await
}

pub async fn cancel_registration(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    meetings::cancel_registration(&state.svc, &access, id, &path(&access, id), ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}#register-h", path(&access, id)), "flash-registration-cancelled"))
}

pub async fn check_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = meetings::check_in(&state.svc, &access, id, form.get("code"), ctx.now).await;
    after(&state, &ctx, &access, id, "checkin", &form, result, ("organise-h", "flash-checked-in")).await
}

pub async fn mark(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, reg)): Path<(String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    meetings::mark(&state.svc, &access, id, reg, form.get("present") == "1", ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}#organise-h", path(&access, id)), "flash-saved"))
}

pub async fn walk_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = meetings::walk_in(
        &state.svc,
        &access,
        id,
        form.get("name"),
        form.get("member"),
        form.get("constituency"),
        ctx.now,
    )
    .await;
    after(&state, &ctx, &access, id, "walkin", &form, result, ("organise-h", "flash-saved")).await
}

/// The minutes form's numbered rows.
pub fn minutes_rows(form: &FormPairs) -> (Vec<DecisionInput>, Vec<ActionInput>) {
    let max = tandem_domain::meetings::MINUTES_ROWS_MAX + 1;
    let decisions = (0..max)
        .take_while(|n| {
            ["text", "area", "ideas"].iter().any(|f| form.0.iter().any(|(k, _)| *k == format!("decision_{f}_{n}")))
        })
        .map(|n| DecisionInput {
            text: form.get(&format!("decision_text_{n}")).to_owned(),
            area: form.get(&format!("decision_area_{n}")).to_owned(),
            ideas: form.get(&format!("decision_ideas_{n}")).to_owned(),
        })
        .collect();
    let actions = (0..max)
        .take_while(|n| {
            ["text", "owner", "due"].iter().any(|f| form.0.iter().any(|(k, _)| *k == format!("action_{f}_{n}")))
        })
        .map(|n| ActionInput {
            text: form.get(&format!("action_text_{n}")).to_owned(),
            owner: form.get(&format!("action_owner_{n}")).to_owned(),
            due: form.get(&format!("action_due_{n}")).to_owned(),
        })
        .collect();
    (decisions, actions)
}

pub async fn save_minutes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let (decisions, actions) = minutes_rows(&form);
    let result =
        meetings::save_minutes(&state.svc, &access, id, form.get("summary"), &decisions, &actions, ctx.now).await;
    after(&state, &ctx, &access, id, "minutes", &form, result, ("minutes-h", "flash-saved")).await
}

pub async fn approve_minutes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = meetings::approve_minutes(
        &state.svc,
        &access,
        id,
        form.get("approved_in"),
        form.get("mover"),
        &path(&access, id),
        ctx.now,
    )
    .await;
    after(&state, &ctx, &access, id, "approve", &form, result, ("minutes-h", "flash-minutes-approved")).await
}

pub async fn publish_minutes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    meetings::publish_minutes(&state.svc, &access, id, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}#minutes-h", path(&access, id)), "flash-minutes-published"))
}
