//! Councils and steering groups: the community's list, and each body's
//! public composition page (seats by constituency, holders, terms,
//! vacancies, declared interests, rules and what breaks them) with the
//! facilitators' forms for seats, terms, alternates and rules.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    bodies::{BodyKind, CompositionRule, SeatMethod},
    meetings::MeetingMode,
    text::{LONG_TEXT_MAX, TITLE_MAX},
};
use tandem_service::{
    Access, Error,
    bodies::{self, BodyInput, BodyView, RuleInput, SeatInput, SeatState, SeatView, TermInput},
    community::Group,
    i18n::Arg,
    meetings::{self, Owner},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{
        Crumb, FieldOpts, Fields, Page, choice_label, choice_options, crumb, csrf_field, data_table, error_summary,
        error_summary_in, paragraphs,
    },
    labels::{group_name, human_date, human_day, human_time, percent},
    pages::redirect_with_flash,
    state::AppState,
};

pub fn crumbs(ctx: &Ctx, access: &Access) -> Vec<Crumb> {
    let c = &access.community;
    vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))]
}

fn base(access: &Access) -> String {
    format!("/c/{}/bodies", access.community.slug)
}

/// A form that failed, to show again with its errors and what was typed.
pub struct Failed<'a> {
    pub form: String,
    pub errors: Invalid,
    pub values: &'a FormPairs,
}

impl Failed<'_> {
    fn errors_for<'b>(failed: &'b Option<Failed<'_>>, form: &str, empty: &'b Invalid) -> &'b Invalid {
        failed.as_ref().filter(|f| f.form == form).map_or(empty, |f| &f.errors)
    }
}

/// What was typed into `name` of the failed `form`, else `default`.
pub fn typed(failed: &Option<Failed<'_>>, form: &str, name: &str, default: &str) -> String {
    failed.as_ref().filter(|f| f.form == form).map_or(default.to_owned(), |f| f.values.get(name).to_owned())
}

pub fn group_label(ctx: &Ctx, groups: &[Group], key: Option<&str>) -> String {
    match key {
        Some(k) => groups.iter().find(|g| g.key == k).map_or(k.to_owned(), |g| group_name(ctx, g)),
        None => ctx.t("bodies-any-constituency"),
    }
}

fn group_options(ctx: &Ctx, groups: &[Group], none: Option<String>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = none.into_iter().map(|n| (String::new(), n)).collect();
    out.extend(groups.iter().map(|g| (g.key.clone(), group_name(ctx, g))));
    out
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_list(&state, &ctx, &access, None).await
}

async fn body_fields(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    f: &Fields<'_>,
    value: &(dyn Fn(&str, &str) -> String + Sync),
) -> AppResult<Markup> {
    let initiatives = tandem_service::initiatives::list(&state.svc, access).await?;
    let schools = tandem_service::community::schools(&state.svc, access).await?;
    let mut i_opts = vec![(String::new(), ctx.t("bodies-whole-community"))];
    i_opts.extend(initiatives.iter().map(|i| (i.slug.clone(), i.title.clone())));
    let mut s_opts = vec![(String::new(), ctx.t("bodies-no-school"))];
    s_opts.extend(schools.iter().map(|s| (s.slug.clone(), s.name.clone())));
    let kind = BodyKind::parse(&value("kind", ""));
    Ok(html! {
        (f.text("name", &ctx.t("bodies-field-name"), &value("name", ""), FieldOpts::required().max(TITLE_MAX)))
        (f.choice("kind", &ctx.t("bodies-field-kind"), "body-kind", kind, FieldOpts::required()))
        (f.textarea("purpose", &ctx.t("bodies-field-purpose"), &value("purpose", ""), FieldOpts::required().max(LONG_TEXT_MAX).rows(3)))
        (f.select("initiative", &ctx.t("bodies-field-initiative"), &i_opts, &value("initiative", ""), FieldOpts::default().hint(ctx.t("bodies-field-initiative-hint"))))
        (f.select("school", &ctx.t("bodies-field-school"), &s_opts, &value("school", ""), FieldOpts::default()))
        (f.text("notice_hours", &ctx.t("bodies-field-notice"), &value("notice_hours", "72"), FieldOpts::default().kind("number").hint(ctx.t("bodies-field-notice-hint"))))
    })
}

async fn render_list(state: &AppState, ctx: &Ctx, access: &Access, failed: Option<Failed<'_>>) -> AppResult<Response> {
    let all = bodies::list(&state.svc, access, ctx.now).await?;
    let staff = access.can_facilitate();
    let empty = Invalid::default();
    let errors = Failed::errors_for(&failed, "body", &empty);
    let value = |name: &str, default: &str| typed(&failed, "body", name, default);
    let title = ctx.ta("bodies-title", &[("community", Arg::Str(access.community.name.clone()))]);
    let url = base(access);
    let form = if staff {
        let f = Fields::new(ctx, errors);
        Some(body_fields(state, ctx, access, &f, &value).await?)
    } else {
        None
    };
    let body = html! {
        h1 { (title) }
        p { (ctx.t("bodies-lead")) }
        p { a href=(format!("/c/{}/meetings", access.community.slug)) { (ctx.t("meetings-title-short")) } }
        (error_summary(ctx, errors, &[]))
        @if all.is_empty() { p { (ctx.t("bodies-none")) } }
        ul class="card-list" {
            @for b in &all {
                li class="card" {
                    h2 { a href=(format!("{url}/{}", b.body.id)) { (b.body.name) } }
                    p { span class="badge" { (choice_label(ctx, "body-kind", b.body.kind)) } " · "
                        (ctx.ta("bodies-seats-held", &[("held", Arg::Num(b.held as i64)), ("seats", Arg::Num(b.seats as i64))])) }
                    @if !b.findings.is_empty() {
                        p class="warning" { (ctx.t("bodies-has-findings")) }
                    }
                }
            }
        }
        @if let Some(fields) = form {
            section aria-labelledby="new-body-h" class="panel" {
                h2 id="new-body-h" { (ctx.t("bodies-new")) }
                form method="post" action=(url) novalidate class="stack" {
                    (csrf_field(ctx))
                    (fields)
                    button type="submit" class="button" { (ctx.t("bodies-new")) }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

fn body_input(form: &FormPairs) -> BodyInput {
    BodyInput {
        name: form.get("name").to_owned(),
        kind: form.get("kind").to_owned(),
        purpose: form.get("purpose").to_owned(),
        notice_hours: form.get("notice_hours").to_owned(),
        initiative: form.get("initiative").to_owned(),
        school: form.get("school").to_owned(),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match bodies::create(&state.svc, &access, &body_input(&form), ctx.now).await {
        Ok(id) => Ok(redirect_with_flash(&ctx, &format!("{}/{id}", base(&access)), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_list(&state, &ctx, &access, Some(Failed { form: "body".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render(&state, &ctx, &access, id, None).await
}

fn rule_text(ctx: &Ctx, groups: &[Group], rule: &CompositionRule) -> String {
    let names = |keys: &[String]| keys.iter().map(|k| group_label(ctx, groups, Some(k))).collect::<Vec<_>>().join(", ");
    match rule {
        CompositionRule::Majority { groups: g } => ctx.ta("rule-majority", &[("groups", Arg::Str(names(g)))]),
        CompositionRule::Parity { first, second } => {
            ctx.ta("rule-parity", &[("first", Arg::Str(names(first))), ("second", Arg::Str(names(second)))])
        }
        CompositionRule::AtLeast { groups: g, count } => {
            ctx.ta("rule-at-least", &[("groups", Arg::Str(names(g))), ("count", Arg::Num(i64::from(*count)))])
        }
    }
}

fn seat_row(ctx: &Ctx, groups: &[Group], s: &SeatView, staff: bool) -> Markup {
    html! {
        tr {
            th scope="row" { (s.seat.label) }
            td { (group_label(ctx, groups, s.seat.group_key.as_deref())) }
            td { (choice_label(ctx, "seat-method", s.seat.method)) }
            td {
                @match &s.state {
                    SeatState::Held(t) => {
                        @if s.named() || staff { (t.display_name) } @else { (ctx.t("bodies-holder-by-role")) }
                    }
                    SeatState::Expired { days } => { span class="warning" { (ctx.ta("bodies-term-expired", &[("days", Arg::Num(*days))])) } }
                    SeatState::Vacant { days } => { span class="warning" { (ctx.ta("bodies-vacant", &[("days", Arg::Num(*days))])) } }
                }
            }
            td {
                @if let Some(t) = s.state.holder() { (human_day(ctx, t.start)) " – " (human_day(ctx, t.end)) }
            }
            td {
                @if let Some(t) = s.state.holder() {
                    @if t.interests.is_empty() { (ctx.t("bodies-no-interests")) } @else if s.named() || staff { (t.interests) } @else { (ctx.t("bodies-interests-declared")) }
                }
            }
            td { (s.alternates.len()) }
        }
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let v: BodyView = bodies::view(&state.svc, access, id, ctx.now).await?;
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let staff = access.can_facilitate();
    let url = format!("{}/{id}", base(access));
    let empty = Invalid::default();
    let all_errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let title = v.body.name.clone();
    let now = ctx.now;
    let upcoming: Vec<_> = v.meetings.iter().filter(|m| m.ends_at >= now).collect();
    let past: Vec<_> = v.meetings.iter().rev().filter(|m| m.ends_at < now).collect();
    let staff_forms = if staff { Some(staff_forms(state, ctx, access, &v, &groups, &failed).await?) } else { None };
    let body = html! {
        h1 { (title) }
        p { span class="badge" { (choice_label(ctx, "body-kind", v.body.kind)) }
            @if let Some(i) = &v.initiative { " · " a href=(format!("/c/{}/i/{}", access.community.slug, i.slug)) { (i.title) } }
            @if let Some(s) = &v.school { " · " (s) } }
        (paragraphs(&v.body.purpose))
        (error_summary_in(ctx, all_errors, &[], failed.as_ref().map_or("", |f| f.form.as_str())))
        @if !v.findings.is_empty() {
            section class="panel warning" aria-labelledby="findings-h" {
                h2 id="findings-h" { (ctx.t("bodies-findings")) }
                ul {
                    @for b in &v.findings.breaches {
                        li { (ctx.ta("bodies-breach", &[("rule", Arg::Str(rule_text(ctx, &groups, &b.rule))), ("have", Arg::Num(i64::from(b.have))), ("need", Arg::Num(i64::from(b.need)))])) }
                    }
                    @if v.findings.expired > 0 { li { (ctx.ta("bodies-finding-expired", &[("count", Arg::Num(v.findings.expired as i64))])) } }
                    @if v.findings.overdue_vacancies > 0 { li { (ctx.ta("bodies-finding-vacancies", &[("count", Arg::Num(v.findings.overdue_vacancies as i64))])) } }
                }
            }
        }
        section aria-labelledby="seats-h" {
            h2 id="seats-h" { (ctx.t("bodies-composition")) }
            @if v.seats.is_empty() { p { (ctx.t("bodies-no-seats")) } } @else {
                (data_table(ctx, &ctx.t("bodies-seats-table"), "data", html! {
                        thead { tr {
                            th scope="col" { (ctx.t("bodies-seat")) }
                            th scope="col" { (ctx.t("bodies-constituency")) }
                            th scope="col" { (ctx.t("bodies-method")) }
                            th scope="col" { (ctx.t("bodies-holder")) }
                            th scope="col" { (ctx.t("bodies-term")) }
                            th scope="col" { (ctx.t("bodies-interests")) }
                            th scope="col" { (ctx.t("bodies-alternates")) }
                        } }
                        tbody { @for s in &v.seats { (seat_row(ctx, &groups, s, staff)) } }
                }))
                p { (ctx.t("bodies-pupils-by-role")) }
            }
            @if !v.held_by_group.is_empty() {
                h3 { (ctx.t("bodies-held-by-group")) }
                ul { @for (k, n) in &v.held_by_group { li { (group_label(ctx, &groups, (!k.is_empty()).then_some(k.as_str()))) ": " (n) } } }
            }
        }
        @if let Some(a) = &v.against_baseline {
            section aria-labelledby="against-h" {
                h2 id="against-h" { (ctx.t("bodies-against-baseline")) }
                p { (ctx.ta("bodies-against-baseline-lead", &[("source", Arg::Str(a.source.clone())), ("date", Arg::Str(human_day(ctx, a.as_of)))])) }
                (data_table(ctx, &ctx.t("bodies-against-baseline"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("bodies-constituency")) }
                        th scope="col" class="num" { (ctx.t("bodies-seats-held-col")) }
                        th scope="col" class="num" { (ctx.t("bodies-share-of-seats")) }
                        th scope="col" class="num" { (ctx.t("bodies-share-of-community")) }
                    } }
                    tbody {
                        @for (k, n, seats, community) in &a.rows {
                            tr {
                                th scope="row" { (group_label(ctx, &groups, Some(k))) }
                                td class="num" { (n) }
                                td class="num" { (percent(*seats)) }
                                td class="num" { (percent(*community)) }
                            }
                        }
                    }
                }))
            }
        }
        section aria-labelledby="rules-h" {
            h2 id="rules-h" { (ctx.t("bodies-rules")) }
            @if v.body.rules.is_empty() { p { (ctx.t("bodies-no-rules")) } }
            ul {
                @for (n, r) in v.body.rules.iter().enumerate() {
                    li { (rule_text(ctx, &groups, r))
                        @if staff {
                            form method="post" action=(format!("{url}/rules/{}/delete", n + 1)) class="inline-form" {
                                (csrf_field(ctx))
                                button type="submit" class="button secondary small" { (ctx.t("bodies-rule-remove")) }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="areas-h" {
            h2 id="areas-h" { (ctx.t("bodies-areas")) }
            @if v.areas.is_empty() { p { (ctx.t("bodies-no-areas")) } }
            ul { @for a in &v.areas { li { (a.title) " · " (ctx.t(&format!("level-{}", a.level))) } } }
        }
        section aria-labelledby="meetings-h" {
            h2 id="meetings-h" { (ctx.t("meetings-title-short")) }
            p { a href=(format!("{url}/calendar.ics")) { (ctx.t("meetings-subscribe-body")) } }
            @if upcoming.is_empty() { p { (ctx.t("meetings-none-upcoming")) } }
            ul { @for m in &upcoming { li { a href=(format!("/c/{}/meetings/{}", access.community.slug, m.id)) { (m.title) } " · " (human_date(ctx, m.starts_at)) " " (human_time(ctx, m.starts_at))
                @if m.cancelled_at.is_some() { " · " (ctx.t("meetings-cancelled")) } } } }
            @if !past.is_empty() {
                h3 { (ctx.t("meetings-past")) }
                ul { @for m in &past { li { a href=(format!("/c/{}/meetings/{}", access.community.slug, m.id)) { (m.title) } " · " (human_date(ctx, m.starts_at)) } } }
            }
        }
        @if let Some(forms) = staff_forms { (forms) }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = crumbs(ctx, access);
    crumbs.push(crumb(ctx.t("bodies-title-short"), base(access)));
    Ok(Page::new(&title, body).crumbs(crumbs).status(status).render(ctx))
}

async fn staff_forms(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    v: &BodyView,
    groups: &[Group],
    failed: &Option<Failed<'_>>,
) -> AppResult<Markup> {
    let url = format!("{}/{}", base(access), v.body.id);
    let empty = Invalid::default();
    let e = |form: &str| Failed::errors_for(failed, form, &empty);
    let t = |form: &str, name: &str, default: &str| typed(failed, form, name, default);
    let body_value = |name: &str, default: &str| {
        let current = match name {
            "name" => v.body.name.clone(),
            "kind" => v.body.kind.key().to_owned(),
            "purpose" => v.body.purpose.clone(),
            "notice_hours" => v.body.notice_hours.to_string(),
            "initiative" => v.initiative.as_ref().map(|i| i.slug.clone()).unwrap_or_default(),
            _ => default.to_owned(),
        };
        t("edit", name, &current)
    };
    let fe = Fields::with_prefix(ctx, e("edit"), "edit");
    let edit_fields = body_fields(state, ctx, access, &fe, &body_value).await?;
    let areas = match &v.initiative {
        Some(i) => tandem_service::charter::areas(&state.svc, i).await?,
        None => Vec::new(),
    };
    let mut seat_forms = Vec::new();
    for s in &v.seats {
        let candidates = bodies::candidates(&state.svc, access, &s.seat).await?;
        seat_forms.push((s, candidates));
    }
    let fr = Fields::with_prefix(ctx, e("rule"), "rule");
    let fs = Fields::with_prefix(ctx, e("seat"), "seat");
    let fm = Fields::with_prefix(ctx, e("meeting"), "meeting");
    let today = ctx.zone().date(ctx.now);
    let iso_today = tandem_domain::time::iso_date(today);
    let rule_options: Vec<(String, String)> = ["majority", "parity", "at_least"]
        .iter()
        .map(|k| ((*k).to_owned(), ctx.t(&format!("rule-kind-{k}"))))
        .collect();
    let chosen = |form: &str, name: &str| {
        failed.as_ref().filter(|f| f.form == form).map(|f| f.values.all(name)).unwrap_or_default()
    };
    Ok(html! {
        section aria-labelledby="manage-h" class="stack" {
            h2 id="manage-h" { (ctx.t("bodies-manage")) }
            @for (s, candidates) in &seat_forms {
                @let form_id = format!("term-{}", s.seat.id);
                @let ft = Fields::with_prefix(ctx, e(&format!("term-{}", s.seat.id)), &form_id);
                details class="panel" open[failed.as_ref().is_some_and(|f| f.form.ends_with(&format!("-{}", s.seat.id)))] {
                    summary { (s.seat.label) }
                    @if !s.history.is_empty() {
                        h3 { (ctx.t("bodies-history")) }
                        ul { @for h in &s.history { li { (h.display_name) " · " (human_day(ctx, h.start)) " – " (human_day(ctx, h.end))
                            @if h.start <= today && today <= h.end {
                                form method="post" action=(format!("{url}/terms/{}/end", h.id)) class="inline-form" {
                                    (csrf_field(ctx))
                                    label for=(format!("end-{}", h.id)) { (ctx.t("bodies-end-term-on")) }
                                    input id=(format!("end-{}", h.id)) name="last_day" type="date" value=(iso_today);
                                    button type="submit" class="button secondary small" { (ctx.t("bodies-end-term")) }
                                }
                            } } } }
                    }
                    @if !s.alternates.is_empty() {
                        h3 { (ctx.t("bodies-alternates")) }
                        ol { @for a in &s.alternates { li { (a.display_name) } } }
                        @if s.state.holder().is_none() {
                            form method="post" action=(format!("{url}/seats/{}/fill", s.seat.id)) class="inline-form" {
                                (csrf_field(ctx))
                                input type="hidden" name="starts_on" value=(iso_today);
                                button type="submit" class="button" { (ctx.t("bodies-fill-from-alternate")) }
                            }
                        }
                    }
                    @let options: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("bodies-choose-person"))).chain(candidates.iter().map(|(id, n)| (id.to_string(), n.clone()))).collect();
                    form method="post" action=(format!("{url}/seats/{}/terms", s.seat.id)) novalidate class="stack" {
                        h3 { (ctx.t("bodies-add-term")) }
                        (csrf_field(ctx))
                        (ft.select("holder", &ctx.t("bodies-holder"), &options, &t(&form_id, "holder", ""), FieldOpts::required()))
                        (ft.text("starts_on", &ctx.t("bodies-starts-on"), &t(&form_id, "starts_on", &iso_today), FieldOpts::required().kind("date")))
                        (ft.text("ends_on", &ctx.t("bodies-ends-on"), &t(&form_id, "ends_on", ""), FieldOpts::default().kind("date").hint(ctx.ta("bodies-ends-on-hint", &[("months", Arg::Num(s.seat.term_months))]))))
                        (ft.textarea("interests", &ctx.t("bodies-interests"), &t(&form_id, "interests", ""), FieldOpts::default().rows(2).hint(ctx.t("bodies-interests-hint"))))
                        button type="submit" class="button" { (ctx.t("bodies-add-term")) }
                    }
                    @let alt_id = format!("alt-{}", s.seat.id);
                    @let fa = Fields::with_prefix(ctx, e(&alt_id), &alt_id);
                    form method="post" action=(format!("{url}/seats/{}/alternates", s.seat.id)) novalidate class="stack" {
                        (csrf_field(ctx))
                        (fa.select("holder", &ctx.t("bodies-alternate"), &options, "", FieldOpts::required()))
                        button type="submit" class="button secondary" { (ctx.t("bodies-add-alternate")) }
                    }
                    @if s.seat.method == SeatMethod::Lot {
                        @match (s.seat.selection_id, &v.initiative) {
                            (Some(sel), Some(i)) => { p { a href=(format!("/c/{}/i/{}/selections/{sel}", access.community.slug, i.slug)) { (ctx.t("bodies-selection-link")) } } }
                            (None, Some(_)) => {
                                form method="post" action=(format!("{url}/seats/{}/selection", s.seat.id)) {
                                    (csrf_field(ctx))
                                    button type="submit" class="button secondary" { (ctx.t("bodies-open-selection")) }
                                }
                            }
                            _ => { p class="hint" { (ctx.t("error-body-needs-initiative")) } }
                        }
                    }
                    @if s.history.is_empty() {
                        form method="post" action=(format!("{url}/seats/{}/delete", s.seat.id)) {
                            (csrf_field(ctx))
                            button type="submit" class="button secondary" { (ctx.t("bodies-remove-seat")) }
                        }
                    }
                }
            }
            form method="post" action=(format!("{url}/seats")) novalidate class="stack panel" {
                h3 id="seat-h" { (ctx.t("bodies-add-seat")) }
                (csrf_field(ctx))
                (fs.text("label", &ctx.t("bodies-seat"), &t("seat", "label", ""), FieldOpts::required().max(TITLE_MAX)))
                (fs.select("constituency", &ctx.t("bodies-constituency"), &group_options(ctx, groups, Some(ctx.t("bodies-any-constituency"))), &t("seat", "constituency", ""), FieldOpts::default()))
                (fs.select("method", &ctx.t("bodies-method"), &choice_options::<SeatMethod>(ctx, "seat-method"), &t("seat", "method", "election"), FieldOpts::required()))
                (fs.text("term_months", &ctx.t("bodies-term-months"), &t("seat", "term_months", "24"), FieldOpts::required().kind("number")))
                (fs.text("term_limit", &ctx.t("bodies-term-limit"), &t("seat", "term_limit", ""), FieldOpts::default().kind("number").hint(ctx.t("bodies-term-limit-hint"))))
                button type="submit" class="button" { (ctx.t("bodies-add-seat")) }
            }
            form method="post" action=(format!("{url}/rules")) novalidate class="stack panel" {
                h3 { (ctx.t("bodies-add-rule")) }
                (csrf_field(ctx))
                (fr.select("rule", &ctx.t("bodies-rule-kind"), &rule_options, &t("rule", "rule", "majority"), FieldOpts::required()))
                fieldset class="field" id="f-rule-groups" {
                    legend { (ctx.t("bodies-rule-groups")) }
                    @for g in groups {
                        div class="checkbox" {
                            input type="checkbox" id=(format!("f-rule-g-{}", g.key)) name="groups" value=(g.key) checked[chosen("rule", "groups").contains(&g.key)];
                            label for=(format!("f-rule-g-{}", g.key)) { (group_name(ctx, g)) }
                        }
                    }
                }
                fieldset class="field" id="f-rule-second" {
                    legend { (ctx.t("bodies-rule-second")) }
                    p class="hint" { (ctx.t("bodies-rule-second-hint")) }
                    @for g in groups {
                        div class="checkbox" {
                            input type="checkbox" id=(format!("f-rule-s-{}", g.key)) name="second" value=(g.key) checked[chosen("rule", "second").contains(&g.key)];
                            label for=(format!("f-rule-s-{}", g.key)) { (group_name(ctx, g)) }
                        }
                    }
                }
                (fr.text("count", &ctx.t("bodies-rule-count"), &t("rule", "count", ""), FieldOpts::default().kind("number").hint(ctx.t("bodies-rule-count-hint"))))
                button type="submit" class="button" { (ctx.t("bodies-add-rule")) }
            }
            @if !areas.is_empty() {
                form method="post" action=(format!("{url}/areas")) class="stack panel" {
                    (csrf_field(ctx))
                    fieldset class="field" {
                        legend { (ctx.t("bodies-areas")) }
                        @for a in &areas {
                            div class="checkbox" {
                                input type="checkbox" id=(format!("f-area-{}", a.id)) name="areas" value=(a.id) checked[v.areas.iter().any(|x| x.id == a.id)];
                                label for=(format!("f-area-{}", a.id)) { (a.area.title) }
                            }
                        }
                    }
                    button type="submit" class="button secondary" { (ctx.t("bodies-save-areas")) }
                }
            }
            form method="post" action=(format!("{url}/meetings")) novalidate class="stack panel" {
                h3 id="meeting-h" { (ctx.t("meetings-new")) }
                (csrf_field(ctx))
                (meeting_fields(ctx, &fm, &|name, default| t("meeting", name, default), groups))
                button type="submit" class="button" { (ctx.t("meetings-new")) }
            }
            form method="post" action=(url.clone()) novalidate class="stack panel" {
                h3 { (ctx.t("bodies-edit")) }
                (csrf_field(ctx))
                (edit_fields)
                button type="submit" class="button secondary" { (ctx.t("form-save")) }
            }
        }
    })
}

/// The fields of a meeting form (new or edit), with places kept per constituency.
pub fn meeting_fields(ctx: &Ctx, f: &Fields<'_>, value: &dyn Fn(&str, &str) -> String, groups: &[Group]) -> Markup {
    let mode = MeetingMode::parse(&value("mode", "in_person"));
    html! {
        (f.text("title", &ctx.t("meetings-field-title"), &value("title", ""), FieldOpts::required().max(TITLE_MAX)))
        (f.textarea("description", &ctx.t("meetings-field-description"), &value("description", ""), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
        (f.choice("mode", &ctx.t("meetings-field-mode"), "meeting-mode", mode, FieldOpts::required()))
        (f.text("location", &ctx.t("meetings-field-location"), &value("location", ""), FieldOpts::default().hint(ctx.t("meetings-field-location-hint"))))
        (f.text("link", &ctx.t("meetings-field-link"), &value("link", ""), FieldOpts::default().kind("url").hint(ctx.t("meetings-field-link-hint"))))
        (f.text("starts_at", &ctx.t("meetings-field-starts"), &value("starts_at", ""), FieldOpts::required().kind("datetime-local").hint(ctx.ta("meetings-field-zone-hint", &[("zone", Arg::Str(ctx.zone().name().to_owned()))]))))
        (f.text("ends_at", &ctx.t("meetings-field-ends"), &value("ends_at", ""), FieldOpts::required().kind("datetime-local")))
        (f.text("capacity", &ctx.t("meetings-field-capacity"), &value("capacity", "30"), FieldOpts::required().kind("number")))
        fieldset class="field" {
            legend { (ctx.t("meetings-field-reserved")) }
            p class="hint" { (ctx.t("meetings-field-reserved-hint")) }
            @for g in groups {
                (f.text(&format!("reserved-{}", g.key), &group_name(ctx, g), &value(&format!("reserved-{}", g.key), ""), FieldOpts::default().kind("number")))
            }
        }
        (f.text("reminder_hours", &ctx.t("meetings-field-reminder"), &value("reminder_hours", "24"), FieldOpts::default().kind("number").hint(ctx.t("meetings-field-reminder-hint"))))
    }
}

/// The meeting form's fields as the service takes them.
pub fn meeting_input(form: &FormPairs) -> (tandem_domain::meetings::MeetingInput, Vec<(String, String)>) {
    let input = tandem_domain::meetings::MeetingInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        mode: form.get("mode").to_owned(),
        location: form.get("location").to_owned(),
        link: form.get("link").to_owned(),
        starts_at: form.get("starts_at").to_owned(),
        ends_at: form.get("ends_at").to_owned(),
        capacity: form.get("capacity").to_owned(),
        reminder_hours: form.get("reminder_hours").to_owned(),
    };
    let reserved =
        form.0.iter().filter_map(|(k, v)| k.strip_prefix("reserved-").map(|g| (g.to_owned(), v.clone()))).collect();
    (input, reserved)
}

type Args = (String, i64);
type SeatArgs = (String, i64, i64);

#[allow(clippy::too_many_arguments)]
async fn after<T>(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    form: impl Into<String>,
    values: &FormPairs,
    result: tandem_service::Result<T>,
    (anchor, flash): (&str, &'static str),
) -> AppResult<Response> {
    match result {
        Ok(_) => Ok(redirect_with_flash(ctx, &format!("{}/{id}#{anchor}", base(access)), flash)),
        Err(Error::Invalid(errors)) => {
            render(state, ctx, access, id, Some(Failed { form: form.into(), errors, values })).await
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
    let result = bodies::update(&state.svc, &access, id, &body_input(&form), ctx.now).await;
    after(&state, &ctx, &access, id, "edit", &form, result, ("manage-h", "flash-saved")).await
}

pub async fn set_areas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = bodies::set_areas(&state.svc, &access, id, &form.all("areas"), ctx.now).await;
    after(&state, &ctx, &access, id, "areas", &form, result, ("areas-h", "flash-saved")).await
}

pub async fn add_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = RuleInput {
        rule: form.get("rule").to_owned(),
        groups: form.all("groups"),
        second: form.all("second"),
        count: form.get("count").to_owned(),
    };
    let result = bodies::add_rule(&state.svc, &access, id, &input, ctx.now).await;
    after(&state, &ctx, &access, id, "rule", &form, result, ("rules-h", "flash-saved")).await
}

pub async fn remove_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, n)): Path<(String, i64, usize)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = bodies::remove_rule(&state.svc, &access, id, n, ctx.now).await;
    after(&state, &ctx, &access, id, "rule", &form, result, ("rules-h", "flash-saved")).await
}

fn seat_input(form: &FormPairs) -> SeatInput {
    SeatInput {
        label: form.get("label").to_owned(),
        constituency: form.get("constituency").to_owned(),
        method: form.get("method").to_owned(),
        term_months: form.get("term_months").to_owned(),
        term_limit: form.get("term_limit").to_owned(),
    }
}

pub async fn add_seat(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = bodies::add_seat(&state.svc, &access, id, &seat_input(&form), ctx.now).await;
    after(&state, &ctx, &access, id, "seat", &form, result, ("seats-h", "flash-saved")).await
}

pub async fn remove_seat(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, seat)): Path<SeatArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = bodies::remove_seat(&state.svc, &access, id, seat, ctx.now).await;
    after(&state, &ctx, &access, id, "seat", &form, result, ("seats-h", "flash-saved")).await
}

pub async fn add_term(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, seat)): Path<SeatArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = TermInput {
        holder: form.get("holder").to_owned(),
        starts_on: form.get("starts_on").to_owned(),
        ends_on: form.get("ends_on").to_owned(),
        interests: form.get("interests").to_owned(),
    };
    let result = bodies::add_term(&state.svc, &access, id, seat, &input, ctx.now).await;
    after(&state, &ctx, &access, id, format!("term-{seat}"), &form, result, ("seats-h", "flash-saved")).await
}

pub async fn end_term(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, term)): Path<SeatArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = bodies::end_term(&state.svc, &access, id, term, form.get("last_day"), ctx.now).await;
    after(&state, &ctx, &access, id, "end", &form, result, ("seats-h", "flash-saved")).await
}

pub async fn add_alternate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, seat)): Path<SeatArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = bodies::add_alternate(&state.svc, &access, id, seat, form.get("holder"), ctx.now).await;
    after(&state, &ctx, &access, id, format!("alt-{seat}"), &form, result, ("seats-h", "flash-saved")).await
}

pub async fn fill(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, seat)): Path<SeatArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let result = bodies::fill_from_alternate(&state.svc, &access, id, seat, form.get("starts_on"), ctx.now).await;
    after(&state, &ctx, &access, id, "fill", &form, result, ("seats-h", "flash-seat-filled")).await
}

pub async fn open_selection(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, seat)): Path<SeatArgs>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let (i, sel) = bodies::open_selection(&state.svc, &access, id, seat, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("/c/{}/i/{}/selections/{sel}", access.community.slug, i.slug), "flash-saved"))
}

pub async fn create_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let (input, reserved) = meeting_input(&form);
    match meetings::create(&state.svc, &access, Owner::Body(id), &input, &reserved, ctx.now).await {
        Ok(m) => Ok(redirect_with_flash(&ctx, &format!("/c/{}/meetings/{m}", access.community.slug), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, &access, id, Some(Failed { form: "meeting".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}
