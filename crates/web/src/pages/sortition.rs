//! Chosen by lot: an initiative's selections (design teams), the volunteer
//! form, quotas and the preview of chances by group, the public draw with its
//! published hash and lottery, answers from those drawn, and replacements.

use axum::{
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    representation::{DimensionKey, PREFER_NOT_TO_SAY},
    sortition::{MAX_SEATS, SelectionStatus, VolunteerStatus},
    text::{LONG_TEXT_MAX, TITLE_MAX},
};
use tandem_service::{
    Access, Error,
    community::{groups as community_groups, schools as community_schools},
    i18n::Arg,
    initiatives::Initiative,
    sortition::{self, Member, SelectionInput, SelectionView},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{
        FieldOpts, Fields, Page, choice_label, csrf_field, data_table, error_summary, error_summary_in, figure,
        paragraphs,
    },
    labels::{dimension_label, group_label, percent},
    pages::{
        human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

fn base(access: &Access, i: &Initiative) -> String {
    shell::url(access, i, Section::Selections)
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render_list(&state, &ctx, &access, &i, None).await
}

async fn render_list(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<(Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let selections = sortition::list(&state.svc, i).await?;
    let staff = access.can_facilitate();
    let askable = if staff { sortition::askable(&state.svc, access).await? } else { Vec::new() };
    let empty = Invalid::default();
    let errors = failed.as_ref().map(|(e, _)| e).unwrap_or(&empty);
    let value = |name: &str, default: &str| failed.as_ref().map_or(default.to_owned(), |(_, f)| f.get(name).to_owned());
    let chosen: Vec<String> = failed.as_ref().map(|(_, f)| f.all("dimensions")).unwrap_or_default();
    let url = base(access, i);
    let title = ctx.t("section-selections");
    let body = html! {
        (shell::header(ctx, access, i, Section::Selections, &title))
        p { (ctx.t("selections-lead")) }
        (error_summary(ctx, errors, &[]))
        @if selections.is_empty() { p { (ctx.t("selections-none")) } }
        ul class="card-list" {
            @for s in &selections {
                li class="card" {
                    h2 { a href=(format!("{url}/{}", s.id)) { (s.title) } }
                    p { span class="badge" { (choice_label(ctx, "selection-status", s.status)) } " · "
                        (ctx.ta("selections-seats", &[("seats", Arg::Num(s.seats))])) }
                }
            }
        }
        @if staff {
            section aria-labelledby="new-selection-h" class="panel" {
                h2 id="new-selection-h" { (ctx.t("selections-new")) }
                @let f = Fields::new(ctx, errors);
                form method="post" action=(url) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.text("title", &ctx.t("selections-field-title"), &value("title", ""), FieldOpts::required().max(TITLE_MAX)))
                    (f.textarea("purpose", &ctx.t("selections-field-purpose"), &value("purpose", ""), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
                    (f.text("seats", &ctx.t("selections-field-seats"), &value("seats", "12"), FieldOpts::required().kind("number").hint(ctx.ta("selections-field-seats-hint", &[("max", Arg::Num(MAX_SEATS))]))))
                    fieldset class="field" id="f-dimensions" {
                        legend { (ctx.t("selections-field-dimensions")) }
                        p class="hint" { (ctx.t("selections-field-dimensions-hint")) }
                        @for d in &askable {
                            div class="checkbox" {
                                input type="checkbox" id=(format!("f-dim-{}", d.key())) name="dimensions" value=(d.key())
                                    checked[chosen.iter().any(|c| c == d.key()) || (failed.is_none() && *d == DimensionKey::StakeholderGroup)];
                                label for=(format!("f-dim-{}", d.key())) { (dimension_label(ctx, d.key())) }
                            }
                        }
                    }
                    button type="submit" class="button" { (ctx.t("selections-new")) }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Selections)).status(status).render(ctx))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = SelectionInput {
        title: form.get("title").to_owned(),
        purpose: form.get("purpose").to_owned(),
        seats: form.get("seats").to_owned(),
        dimensions: form.all("dimensions"),
    };
    match sortition::create(&state.svc, &access, &i, &input, ctx.now).await {
        Ok(id) => Ok(redirect_with_flash(&ctx, &format!("{}/{id}", base(&access, &i)), "flash-saved")),
        Err(Error::Invalid(errors)) => render_list(&state, &ctx, &access, &i, Some((errors, &form))).await,
        Err(e) => Err(e.into()),
    }
}

/// Which form failed, to show its errors beside it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Volunteer,
    Quotas,
    Commit,
    Draw,
    Replace,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &i, id, None).await
}

fn member_label(ctx: &Ctx, m: &Member) -> String {
    match (&m.name, &m.year) {
        (Some(name), _) => name.clone(),
        (None, Some(year)) => ctx.ta("selection-pupil-year", &[("year", Arg::Str(year.clone()))]),
        (None, None) => ctx.t("selection-pupil"),
    }
}

fn chance(ctx: &Ctx, c: Option<f64>) -> String {
    c.map(percent).unwrap_or_else(|| ctx.t("selection-chance-none"))
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    id: i64,
    failed: Option<(Form, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let (v, groups, schools) = tokio::try_join!(
        sortition::view(&state.svc, access, i, id),
        community_groups(&state.svc, access),
        community_schools(&state.svc, access)
    )?;
    let s = &v.selection;
    let staff = access.can_facilitate();
    let url = format!("{}/{}", base(access, i), s.id);
    let empty = Invalid::default();
    let errors_for = |form: Form| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let typed = |form: Form, name: &str| match &failed {
        Some((f, _, values)) if *f == form => Some(values.get(name).to_owned()),
        _ => None,
    };
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = match failed.as_ref().map(|(f, _, _)| *f) {
        Some(Form::Commit) => "commit",
        Some(Form::Draw) => "draw",
        Some(Form::Replace) => "replace",
        _ => "",
    };
    let t = access.community.threshold;
    let title = s.title.clone();
    let label = |d: &str, g: &str| {
        if g == PREFER_NOT_TO_SAY {
            ctx.t("selection-group-unknown")
        } else {
            group_label(ctx, d, g, &groups, &schools)
        }
    };
    let body = html! {
        (shell::header(ctx, access, i, Section::Selections, &title))
        p { span class="badge" { (choice_label(ctx, "selection-status", s.status)) } " · "
            (ctx.ta("selections-seats", &[("seats", Arg::Num(s.seats))])) " · "
            (ctx.t("selection-volunteers")) ": " (figure(ctx, v.volunteers, t)) }
        @if !s.purpose.is_empty() { (paragraphs(&s.purpose)) }
        details class="item" {
            summary { (ctx.t("selection-how")) }
            p { (ctx.t("selection-how-body")) }
        }
        (error_summary_in(ctx, all_errors, &[], prefix))
        (my_part(ctx, &v, &url, errors_for(Form::Volunteer), &|name| typed(Form::Volunteer, name)))
        section aria-labelledby="quotas-h" {
            h2 id="quotas-h" { (ctx.t("selection-quotas")) }
            p { (ctx.t("selection-quotas-lead")) }
            @for c in &v.categories {
                @let caption = dimension_label(ctx, c.dimension.key());
                (data_table(ctx, &caption, "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("selection-col-group")) }
                        th scope="col" class="num" { (ctx.t("selection-col-community")) }
                        th scope="col" class="num" { (ctx.t("selection-col-quota")) }
                        th scope="col" class="num" { (ctx.t("selection-col-volunteers")) }
                        th scope="col" class="num" { (ctx.t("selection-col-chance")) }
                    } }
                    tbody {
                        @for g in &c.groups {
                            tr {
                                th scope="row" { (label(c.dimension.key(), &g.group)) }
                                td class="num" { @if let Some(n) = g.baseline { (n) } @else { "–" } }
                                td class="num" { (g.min) "–" (g.max) }
                                td class="num" { (figure(ctx, g.volunteers, t)) }
                                td class="num" { (chance(ctx, g.chance)) }
                            }
                        }
                    }
                }))
            }
            @if staff && s.status == SelectionStatus::Open {
                @for (id_, args) in &v.preview_problem {
                    p class="warn" { (ctx.ta(id_, args)) }
                }
                (quotas_form(ctx, &v, &url, errors_for(Form::Quotas), &|name| typed(Form::Quotas, name), &label))
            }
        }
        section aria-labelledby="draw-h" {
            h2 id="draw-h" { (ctx.t("selection-draw")) }
            @if v.rounds.is_empty() { p { (ctx.t("selection-draw-none")) } }
            @for r in &v.rounds {
                @let published: serde_json::Value = serde_json::from_str(&r.lottery).unwrap_or_default();
                article class="item" {
                    h3 { (ctx.ta("selection-round", &[("round", Arg::Num(r.round))])) }
                    dl class="facts" {
                        dt { (ctx.t("selection-round-seats")) } dd { (r.seats) }
                        dt { (ctx.t("selection-round-published")) } dd { (human_date(ctx, r.committed_at)) }
                        dt { (ctx.t("selection-round-commitment")) } dd { code class="hash" { (r.commitment) } }
                        dt { (ctx.t("selection-round-fingerprint")) } dd { code class="hash" { (published["fingerprint"].as_str().unwrap_or_default()) } }
                        dt { (ctx.t("selection-round-min")) } dd { (chance(ctx, published["min_probability"].as_f64())) }
                        dt { (ctx.t("selection-round-gini")) } dd { (chance(ctx, published["gini"].as_f64())) }
                        @if let (Some(at), Some(secret), Some(entropy)) = (r.drawn_at, &r.secret, &r.entropy) {
                            dt { (ctx.t("selection-round-drawn")) } dd { (human_date(ctx, at)) }
                            dt { (ctx.t("selection-round-secret")) } dd { code { (secret) } }
                            dt { (ctx.t("selection-round-entropy")) } dd { code { (entropy) } }
                        }
                    }
                    p { a href=(format!("{url}/lottery/{}", r.round)) download=(format!("lottery-{}-{}.json", s.id, r.round)) { (ctx.t("selection-round-download")) } }
                    @if let (Some(secret), Some(entropy)) = (&r.secret, &r.entropy) {
                        p { (ctx.t("selection-verify")) }
                        pre class="command" { code { "tandem sortition verify lottery-" (s.id) "-" (r.round) ".json --secret '" (secret) "' --entropy '" (entropy) "'" } }
                    }
                }
            }
            @if staff { (staff_actions(ctx, &v, &url, &|f| errors_for(f), &|f, name| typed(f, name))) }
        }
        @if !v.panel.is_empty() {
            section aria-labelledby="panel-h" {
                h2 id="panel-h" { (ctx.t("selection-panel")) }
                ul class="plain" {
                    @for m in &v.panel {
                        li { (member_label(ctx, m)) " · " span class="badge" { (choice_label(ctx, "volunteer-status", m.status)) }
                            " · " (ctx.ta("selection-round", &[("round", Arg::Num(m.round))])) }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Selections)).status(status).render(ctx))
}

/// The reader's own part: answering if drawn, their number, volunteering.
fn my_part(
    ctx: &Ctx,
    v: &SelectionView,
    url: &str,
    errors: &Invalid,
    typed: &dyn Fn(&str) -> Option<String>,
) -> Markup {
    let open = v.selection.status == SelectionStatus::Open;
    html! {
        @if let Some(me) = &v.me {
            section aria-labelledby="me-h" class="panel" {
                h2 id="me-h" { (ctx.t("selection-me")) }
                p { (ctx.ta("selection-me-status", &[("status", Arg::Str(choice_label(ctx, "volunteer-status", me.status)))])) }
                @if let Some(n) = me.number { p { (ctx.ta("selection-me-number", &[("number", Arg::Num(n))])) } }
                @if me.status == VolunteerStatus::Selected {
                    p { (ctx.t("selection-me-asked")) }
                    div class="inline-actions" {
                        form method="post" action=(format!("{url}/respond")) {
                            (csrf_field(ctx))
                            input type="hidden" name="accept" value="yes";
                            button type="submit" class="button" { (ctx.t("selection-accept")) }
                        }
                        form method="post" action=(format!("{url}/respond")) {
                            (csrf_field(ctx))
                            input type="hidden" name="accept" value="no";
                            button type="submit" class="button secondary" { (ctx.t("selection-decline")) }
                        }
                    }
                }
                @if open && me.status == VolunteerStatus::Pool {
                    form method="post" action=(format!("{url}/withdraw")) {
                        (csrf_field(ctx))
                        button type="submit" class="button secondary" { (ctx.t("selection-withdraw")) }
                    }
                }
            }
        }
        @if v.can_volunteer {
            section aria-labelledby="volunteer-h" class="panel" {
                h2 id="volunteer-h" { (ctx.t(if v.me.is_some() { "selection-change-answers" } else { "selection-volunteer" })) }
                p { (ctx.t("selection-volunteer-lead")) }
                form method="post" action=(format!("{url}/volunteer")) class="stack" {
                    (csrf_field(ctx))
                    @for q in &v.questions {
                        @let key = q.dimension.key();
                        @let chosen = typed(key).or_else(|| q.answer.clone()).unwrap_or_default();
                        @let error = errors.0.iter().find(|e| e.field == key);
                        fieldset class="field" id=(format!("f-{key}")) aria-describedby=[error.map(|_| format!("f-{key}-error"))] {
                            legend { (dimension_label(ctx, key)) }
                            @if let Some(e) = error { p class="field-problem" id=(format!("f-{key}-error")) { (crate::html::field_message(ctx, e)) } }
                            @for (n, c) in q.choices.iter().enumerate() {
                                div { input type="radio" id=(format!("f-{key}-{n}")) name=(key) value=(c) checked[chosen == *c]; " " label for=(format!("f-{key}-{n}")) { (c) } }
                            }
                            div { input type="radio" id=(format!("f-{key}-pnts")) name=(key) value=(PREFER_NOT_TO_SAY) checked[chosen == PREFER_NOT_TO_SAY]; " " label for=(format!("f-{key}-pnts")) { (ctx.t("profile-prefer-not")) } }
                        }
                    }
                    p class="hint" { (ctx.t("selection-volunteer-private")) }
                    button type="submit" class="button" { (ctx.t(if v.me.is_some() { "form-save" } else { "selection-volunteer" })) }
                }
            }
        }
    }
}

/// The quotas as a form: least and most seats per group.
fn quotas_form(
    ctx: &Ctx,
    v: &SelectionView,
    url: &str,
    errors: &Invalid,
    typed: &dyn Fn(&str) -> Option<String>,
    label: &dyn Fn(&str, &str) -> String,
) -> Markup {
    let mut n = 0usize;
    let mut rows = Vec::new();
    for c in &v.categories {
        for g in &c.groups {
            rows.push((n, c.dimension.key(), g));
            n += 1;
        }
    }
    let f = Fields::new(ctx, errors);
    html! {
        details class="item" open[!errors.is_empty()] {
            summary { (ctx.t("selection-set-quotas")) }
            form method="post" action=(format!("{url}/quotas")) novalidate class="stack" id="f-quotas" {
                (csrf_field(ctx))
                @for (n, d, g) in &rows {
                    fieldset class="field quota" {
                        legend { (dimension_label(ctx, d)) ": " (label(d, &g.group)) }
                        (f.text(&format!("min-{n}"), &ctx.t("selection-min"), &typed(&format!("min-{n}")).unwrap_or_else(|| g.min.to_string()), FieldOpts::required().kind("number")))
                        (f.text(&format!("max-{n}"), &ctx.t("selection-max"), &typed(&format!("max-{n}")).unwrap_or_else(|| g.max.to_string()), FieldOpts::required().kind("number")))
                    }
                }
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
            form method="post" action=(format!("{url}/quotas/proportional")) {
                (csrf_field(ctx))
                button type="submit" class="button secondary" { (ctx.t("selection-proportional")) }
            }
        }
    }
}

/// Publishing, drawing, replacing and closing (facilitators).
fn staff_actions<'a>(
    ctx: &Ctx,
    v: &SelectionView,
    url: &str,
    errors_for: &dyn Fn(Form) -> &'a Invalid,
    typed: &dyn Fn(Form, &str) -> Option<String>,
) -> Markup {
    let secret_opts = || FieldOpts::required().autocomplete("off").hint(ctx.t("selection-secret-hint"));
    html! {
        @match v.selection.status {
            SelectionStatus::Open => {
                @let f = Fields::with_prefix(ctx, errors_for(Form::Commit), "commit");
                form method="post" action=(format!("{url}/commit")) novalidate class="stack panel" {
                    h3 { (ctx.t("selection-commit")) }
                    p { (ctx.t("selection-commit-lead")) }
                    (csrf_field(ctx))
                    (f.text("secret", &ctx.t("selection-secret"), &typed(Form::Commit, "secret").unwrap_or_default(), secret_opts()))
                    button type="submit" class="button" { (ctx.t("selection-commit")) }
                }
            }
            SelectionStatus::Committed => {
                @let f = Fields::with_prefix(ctx, errors_for(Form::Draw), "draw");
                form method="post" action=(format!("{url}/draw")) novalidate class="stack panel" {
                    h3 { (ctx.t("selection-do-draw")) }
                    p { (ctx.t("selection-do-draw-lead")) }
                    (csrf_field(ctx))
                    (f.text("secret", &ctx.t("selection-secret"), &typed(Form::Draw, "secret").unwrap_or_default(), FieldOpts::required().autocomplete("off")))
                    (f.text("entropy", &ctx.t("selection-entropy"), &typed(Form::Draw, "entropy").unwrap_or_default(), FieldOpts::required().autocomplete("off").hint(ctx.t("selection-entropy-hint"))))
                    button type="submit" class="button" { (ctx.t("selection-do-draw")) }
                }
            }
            SelectionStatus::Drawn => {
                @if v.to_replace > 0 {
                    @let f = Fields::with_prefix(ctx, errors_for(Form::Replace), "replace");
                    form method="post" action=(format!("{url}/replacements")) novalidate class="stack panel" {
                        h3 { (ctx.t("selection-replace")) }
                        p { (ctx.ta("selection-replace-lead", &[("count", Arg::Num(v.to_replace))])) }
                        (csrf_field(ctx))
                        (f.text("secret", &ctx.t("selection-secret"), &typed(Form::Replace, "secret").unwrap_or_default(), secret_opts()))
                        button type="submit" class="button" { (ctx.t("selection-replace")) }
                    }
                }
                form method="post" action=(format!("{url}/close")) {
                    (csrf_field(ctx))
                    button type="submit" class="button secondary" { (ctx.t("selection-close")) }
                }
            }
            SelectionStatus::Closed => {}
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn after(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    id: i64,
    form: Form,
    values: &FormPairs,
    result: tandem_service::Result<()>,
    (anchor, flash): (&str, &'static str),
) -> AppResult<Response> {
    match result {
        Ok(()) => Ok(redirect_with_flash(ctx, &format!("{}/{id}#{anchor}", base(access, i)), flash)),
        Err(Error::Invalid(errors)) => render(state, ctx, access, i, id, Some((form, errors, values))).await,
        Err(e) => Err(e.into()),
    }
}

type Args = (String, String, i64);

pub async fn volunteer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let answers = crate::pages::representation::answers_of(&form);
    let result = sortition::volunteer(&state.svc, &access, &i, id, &answers, ctx.now).await;
    after(&state, &ctx, &access, &i, id, Form::Volunteer, &form, result, ("me-h", "flash-volunteered")).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let result = sortition::withdraw(&state.svc, &access, &i, id).await;
    after(&state, &ctx, &access, &i, id, Form::Volunteer, &form, result, ("volunteer-h", "flash-withdrawn")).await
}

pub async fn set_quotas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let rows = tandem_domain::sortition::MAX_QUOTA_ROWS;
    let typed: Vec<(String, String)> = (0..rows)
        .take_while(|n| form.0.iter().any(|(k, _)| *k == format!("min-{n}")))
        .map(|n| (form.get(&format!("min-{n}")).to_owned(), form.get(&format!("max-{n}")).to_owned()))
        .collect();
    let result = sortition::set_quotas(&state.svc, &access, &i, id, &typed, ctx.now).await;
    after(&state, &ctx, &access, &i, id, Form::Quotas, &form, result, ("quotas-h", "flash-saved")).await
}

pub async fn proportional(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let result = sortition::proportional_quotas(&state.svc, &access, &i, id, ctx.now).await;
    after(&state, &ctx, &access, &i, id, Form::Quotas, &form, result, ("quotas-h", "flash-saved")).await
}

pub async fn commit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let result = sortition::commit(&state.svc, &access, &i, id, form.get("secret"), ctx.now).await;
    after(&state, &ctx, &access, &i, id, Form::Commit, &form, result, ("draw-h", "flash-lottery-published")).await
}

pub async fn draw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let path = format!("{}/{id}", base(&access, &i));
    let result = sortition::draw(&state.svc, &access, &i, id, form.get("secret"), form.get("entropy"), &path, ctx.now)
        .await
        .map(|_| ());
    after(&state, &ctx, &access, &i, id, Form::Draw, &form, result, ("panel-h", "flash-drawn")).await
}

pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let accept = match form.get("accept") {
        "yes" => true,
        "no" => false,
        _ => return Err(crate::error::AppError::BadRequest("error-choice-invalid")),
    };
    let result = sortition::respond(&state.svc, &access, &i, id, accept, ctx.now).await;
    after(&state, &ctx, &access, &i, id, Form::Volunteer, &form, result, ("me-h", "flash-answer-recorded")).await
}

pub async fn replacements(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let result = sortition::prepare_replacements(&state.svc, &access, &i, id, form.get("secret"), ctx.now).await;
    after(&state, &ctx, &access, &i, id, Form::Replace, &form, result, ("draw-h", "flash-lottery-published")).await
}

pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<Args>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let result = sortition::close(&state.svc, &access, &i, id, ctx.now).await;
    after(&state, &ctx, &access, &i, id, Form::Draw, &form, result, ("panel-h", "flash-saved")).await
}

/// A round's published lottery, the file `tandem sortition verify` reads.
pub async fn lottery(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, round)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let (_, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let json = sortition::lottery_file(&state.svc, &i, id, round).await?;
    let mut response = json.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"lottery-{id}-{round}.json\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}
