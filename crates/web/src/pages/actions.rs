//! "Who does what": an initiative's co-owned actions with their progress
//! from the checklist, each action's page where its owners tick items and
//! complete it with evidence, and the facilitators' forms.

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    actions::{ActionInput, MIN_GROUPS_MAX, OWNERS_MAX},
    text::{LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
    time::iso_date,
};
use tandem_service::{
    Access, Error,
    actions::{self, ActionRow, ActionStatus, Source, SourceKind},
    i18n::Arg,
    initiatives::Initiative,
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, crumb, csrf_field, error_summary_in, paragraphs},
    pages::{
        bodies::{Failed, group_label, typed},
        redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

/// The owners' fields on the form.
const OWNER_FIELDS: usize = 3;

fn base(access: &Access, i: &Initiative) -> String {
    format!("{}/actions", shell::base_url(access, i))
}

fn source_url(access: &Access, i: &Initiative, s: &Source) -> String {
    let c = &access.community.slug;
    match s.kind {
        SourceKind::Minutes => format!("/c/{c}/meetings/{}#minutes-h", s.id),
        SourceKind::Idea => format!("{}/{}", shell::url(access, i, Section::Ideas), s.id),
        SourceKind::Session => format!("/c/{c}/events/{}/proposals#p-{}", s.event_id.unwrap_or_default(), s.id),
        SourceKind::Commitment => shell::url(access, i, Section::Accountability),
    }
}

fn owners_text(ctx: &Ctx, groups: &[tandem_service::community::Group], row: &ActionRow) -> String {
    row.owners
        .iter()
        .map(|o| match &o.name {
            Some(n) => format!("{n} ({})", group_label(ctx, groups, o.group_key.as_deref())),
            None => ctx.t("events-a-pupil"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn progress_text(ctx: &Ctx, row: &ActionRow) -> Markup {
    let title = row.action.title.as_str();
    html! {
        progress max="100" value=(row.percent) aria-label=(ctx.ta("actions-progress-of", &[("title", title.into())])) { (row.percent) "%" }
        " " (ctx.ta("actions-progress", &[("done", Arg::Num(row.done as i64)), ("total", Arg::Num(row.items.len() as i64))]))
    }
}

fn status_badges(ctx: &Ctx, row: &ActionRow) -> Markup {
    html! {
        span class="badge" { (choice_label(ctx, "action-status", row.action.status)) }
        @if row.overdue { " " span class="badge warning" { (ctx.t("actions-overdue")) } }
    }
}

pub async fn board(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render_board(&state, &ctx, &access, &i, None).await
}

async fn render_board(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let b = actions::board(&state.svc, access, i, ctx.now).await?;
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let (sources, people) = if b.staff {
        (actions::sources(&state.svc, access, i).await?, actions::candidates(&state.svc, access).await?)
    } else {
        (Vec::new(), Vec::new())
    };
    let url = base(access, i);
    let title = ctx.t("actions-title");
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let form = failed.as_ref().map_or("", |f| f.form.as_str());
    let fa = Fields::with_prefix(ctx, if form == "action" { errors } else { &empty }, "action");
    let fr = Fields::with_prefix(ctx, if form == "rule" { errors } else { &empty }, "rule");
    let people_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("bodies-choose-person")))
        .chain(
            people
                .iter()
                .map(|(id, name, g)| (id.to_string(), format!("{name} · {}", group_label(ctx, &groups, g.as_deref())))),
        )
        .collect();
    let source_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("actions-no-source")))
        .chain(sources.iter().map(|s| {
            (
                format!("{}:{}", s.kind.key(), s.id),
                format!("{}: {}", choice_label(ctx, "action-source", s.kind), s.title),
            )
        }))
        .collect();
    let open = b.actions.iter().filter(|r| r.action.status == ActionStatus::Open).count();
    let body = html! {
        (shell::header(ctx, access, i, Section::Accountability, &title))
        p { (ctx.ta("actions-lead", &[("count", Arg::Num(b.min_groups))])) " " a href=(format!("{}/roles", shell::base_url(access, i))) { (ctx.t("roles-title")) } }
        (error_summary_in(ctx, errors, &[], form))
        @if b.staff { p { a href=(format!("{url}.csv")) download { (ctx.t("export-download")) } } }
        @if b.actions.is_empty() { p { (ctx.t("actions-none")) } }
        @else { p { (ctx.ta("actions-open-count", &[("count", Arg::Num(open as i64))])) } }
        ul class="card-list" {
            @for r in &b.actions {
                li class="card" {
                    h2 { a href=(format!("{url}/{}", r.action.id)) { (r.action.title) } }
                    p { (status_badges(ctx, r)) " · " (ctx.ta("actions-due", &[("date", Arg::Str(iso_date(r.action.due_on)))])) }
                    p { (progress_text(ctx, r)) }
                    p { strong { (ctx.t("actions-owners")) ": " } (owners_text(ctx, &groups, r)) }
                    @if let Some(s) = &r.source {
                        p { (ctx.t("actions-from")) " " a href=(source_url(access, i, s)) { (choice_label(ctx, "action-source", s.kind)) ": " (s.title) } }
                    }
                }
            }
        }
        @if b.staff {
            section aria-labelledby="action-new-h" class="panel" {
                h2 id="action-new-h" { (ctx.t("actions-new")) }
                form method="post" action=(url.clone()) novalidate class="stack" {
                    (csrf_field(ctx))
                    (fa.text("title", &ctx.t("actions-field-title"), &typed(&failed, "action", "title", ""), FieldOpts::required().max(TITLE_MAX)))
                    (fa.textarea("description", &ctx.t("actions-field-description"), &typed(&failed, "action", "description", ""), FieldOpts::default().max(LONG_TEXT_MAX).rows(2)))
                    (fa.text("due_on", &ctx.t("actions-field-due"), &typed(&failed, "action", "due_on", ""), FieldOpts::required().kind("date").hint(ctx.t("date-hint"))))
                    (fa.textarea("checklist", &ctx.t("actions-field-checklist"), &typed(&failed, "action", "checklist", ""), FieldOpts::required().rows(4).hint(ctx.t("actions-field-checklist-hint"))))
                    fieldset class="field" id="f-action-owners" {
                        legend { (ctx.t("actions-owners")) }
                        p class="hint" { (ctx.ta("actions-field-owners-hint", &[("count", Arg::Num(b.min_groups))])) }
                        @for n in 0..OWNER_FIELDS {
                            @let name = format!("owner_{n}");
                            (fa.select(&name, &ctx.ta("actions-field-owner", &[("n", Arg::Num(n as i64 + 1))]), &people_opts, &typed(&failed, "action", &name, ""), FieldOpts::default()))
                        }
                    }
                    (fa.select("source", &ctx.t("actions-field-source"), &source_opts, &typed(&failed, "action", "source", ""), FieldOpts::default()))
                    button type="submit" class="button" { (ctx.t("actions-new")) }
                }
            }
            form method="post" action=(format!("{url}/rule")) novalidate class="stack panel" {
                h2 { (ctx.t("actions-rule")) }
                (csrf_field(ctx))
                (fr.text("min_groups", &ctx.t("actions-field-min-groups"), &typed(&failed, "rule", "min_groups", &b.min_groups.to_string()), FieldOpts::required().kind("number").hint(ctx.ta("actions-field-min-groups-hint", &[("max", Arg::Num(MIN_GROUPS_MAX))]))))
                button type="submit" class="button secondary" { (ctx.t("form-save")) }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body)
        .crumbs(shell::crumbs(ctx, access, i, Section::Accountability))
        .status(status)
        .render(ctx))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = ActionInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        due_on: form.get("due_on").to_owned(),
        checklist: form.get("checklist").to_owned(),
        source: form.get("source").to_owned(),
    };
    let owners: Vec<String> = (0..OWNERS_MAX).map(|n| form.get(&format!("owner_{n}")).to_owned()).collect();
    let url = base(&access, &i);
    match actions::create(&state.svc, &access, &i, &input, &owners, &url, ctx.now).await {
        Ok(id) => Ok(redirect_with_flash(&ctx, &format!("{url}/{id}"), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_board(&state, &ctx, &access, &i, Some(Failed { form: "action".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn set_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    match actions::set_rule(&state.svc, &access, &i, form.get("min_groups"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &base(&access, &i), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_board(&state, &ctx, &access, &i, Some(Failed { form: "rule".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let text = actions::csv(&state.svc, &access, &i, ctx.now).await?;
    let name = format!("attachment; filename=\"{}-actions.csv\"", i.slug);
    Ok(([(header::CONTENT_TYPE, String::from("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, name)], text)
        .into_response())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &i, id, None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    id: i64,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let r = actions::load(&state.svc, access, i, id, ctx.now).await?;
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let url = format!("{}/{id}", base(access, i));
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let fc = Fields::with_prefix(ctx, errors, "complete");
    let open = r.action.status == ActionStatus::Open;
    let body = html! {
        p class="context" { a href=(base(access, i)) { (ctx.t("actions-title")) } " · " a href=(shell::base_url(access, i)) { (i.title) } }
        h1 { (r.action.title) }
        p { (status_badges(ctx, &r)) " · " (ctx.ta("actions-due", &[("date", Arg::Str(iso_date(r.action.due_on)))])) }
        (paragraphs(&r.action.description))
        p { strong { (ctx.t("actions-owners")) ": " } (owners_text(ctx, &groups, &r)) }
        @if let Some(s) = &r.source {
            p { (ctx.t("actions-from")) " " a href=(source_url(access, i, s)) { (choice_label(ctx, "action-source", s.kind)) ": " (s.title) } }
        }
        (error_summary_in(ctx, errors, &[], "complete"))
        section aria-labelledby="checklist-h" {
            h2 id="checklist-h" { (ctx.t("actions-checklist")) }
            p { (progress_text(ctx, &r)) }
            ul class="checklist" {
                @for item in &r.items {
                    li {
                        @if item.done_at.is_some() { span class="badge" { (ctx.t("actions-item-done")) } " " }
                        (item.text)
                        @if r.can_work && open {
                            form method="post" action=(format!("{url}/items/{}", item.position)) class="inline-form" {
                                (csrf_field(ctx))
                                input type="hidden" name="done" value=(if item.done_at.is_some() { "0" } else { "1" });
                                @let label = if item.done_at.is_some() { ctx.t("actions-untick") } else { ctx.t("actions-tick") };
                                button type="submit" class="button secondary small" aria-label=(format!("{label}: {}", item.text)) { (label) }
                            }
                        }
                    }
                }
            }
        }
        @if r.action.status == ActionStatus::Done {
            section aria-labelledby="evidence-h" {
                h2 id="evidence-h" { (ctx.t("actions-evidence")) }
                (paragraphs(&r.action.evidence))
            }
        }
        @if r.can_work && open && r.done == r.items.len() {
            form method="post" action=(format!("{url}/complete")) novalidate class="stack panel" {
                h2 { (ctx.t("actions-complete")) }
                p { (ctx.t("actions-complete-lead")) }
                (csrf_field(ctx))
                (fc.textarea("evidence", &ctx.t("actions-evidence"), &typed(&failed, "complete", "evidence", ""), FieldOpts::required().max(SUMMARY_MAX).rows(2).hint(ctx.t("actions-evidence-hint"))))
                button type="submit" class="button" { (ctx.t("actions-complete")) }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = shell::crumbs(ctx, access, i, Section::Accountability);
    crumbs.push(crumb(ctx.t("actions-title"), base(access, i)));
    Ok(Page::new(&r.action.title, body).crumbs(crumbs).status(status).render(ctx))
}

pub async fn tick(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, n)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let done = form.get("done") != "0";
    actions::tick(&state.svc, &access, &i, id, n, done, ctx.now).await?;
    let flash = if done { "flash-item-done" } else { "flash-item-undone" };
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}#checklist-h", base(&access, &i)), flash))
}

pub async fn complete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    match actions::complete(&state.svc, &access, &i, id, form.get("evidence"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{}/{id}", base(&access, &i)), "flash-action-done")),
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, &access, &i, id, Some(Failed { form: "complete".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}
