//! Phases of an initiative: which is current, when each runs, and the record
//! of every move between them.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    phases::{PhaseKind, PhaseStatus},
    text::{SUMMARY_MAX, TITLE_MAX},
    time::iso_date,
};
use tandem_service::{
    Access, Error,
    initiatives::Initiative,
    phases::{self, Phase, PhaseInput},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in},
    pages::{
        human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

pub use crate::labels::phase_name;

fn dates(ctx: &Ctx, p: &Phase) -> String {
    let d = |x: Option<tandem_domain::time::Date>| x.map(|d| crate::labels::human_day(ctx, d));
    match (d(p.starts_on), d(p.ends_on)) {
        (Some(a), Some(b)) => format!("{a} – {b}"),
        (Some(a), None) => ctx.ta("phase-from", &[("date", a.into())]),
        (None, Some(b)) => ctx.ta("phase-until", &[("date", b.into())]),
        (None, None) => ctx.t("phase-no-dates"),
    }
}

/// The phases as a list (overview, packet and this page).
pub fn phase_list(ctx: &Ctx, phases: &[Phase]) -> Markup {
    html! {
        ol class="phases" {
            @for p in phases {
                li class=(format!("phase phase-{}", p.status.key())) aria-current=[(p.status == PhaseStatus::Current).then_some("step")] {
                    strong { (phase_name(ctx, p)) }
                    " " span class="badge" { (choice_label(ctx, "phase-status", p.status)) }
                    br;
                    span class="meta" { (choice_label(ctx, "phase-kind", p.kind)) " · " (dates(ctx, p)) }
                }
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PhaseForm {
    New,
    Edit(i64),
    Current(i64),
}

impl PhaseForm {
    fn prefix(self) -> String {
        match self {
            PhaseForm::New => String::from("phase-new"),
            PhaseForm::Edit(id) => format!("phase-{id}"),
            PhaseForm::Current(id) => format!("current-{id}"),
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, initiative) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &initiative, None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<(PhaseForm, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let phases::Phases { phases, transitions } = phases::phases(&state.svc, i).await?;
    let staff = access.can_facilitate();
    let base = shell::url(access, i, Section::Phases);
    let empty = Invalid::default();
    let errors_for = |form| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |form, name: &str, stored: &str| match &failed {
        Some((f, _, v)) if *f == form => v.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let name_of = |id: Option<i64>| id.and_then(|id| phases.iter().find(|p| p.id == id)).map(|p| phase_name(ctx, p));
    let title = ctx.t("section-phases");
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = failed.as_ref().map(|(f, _, _)| f.prefix()).unwrap_or_default();
    let body = html! {
        (shell::header(ctx, access, i, Section::Phases, &title))
        p { (ctx.t("phases-lead")) " " a href="/glossary#co-creation" { (ctx.t("home-explainer-link")) } }
        (error_summary_in(ctx, all_errors, &[], &prefix))
        (phase_list(ctx, &phases))
        @if staff {
            section aria-labelledby="phases-edit-h" class="panel" {
                h2 id="phases-edit-h" { (ctx.t("phases-edit")) }
                @for p in &phases {
                    @let form = PhaseForm::Edit(p.id);
                    details class="item" open[failed.as_ref().is_some_and(|(f, _, _)| *f == form || *f == PhaseForm::Current(p.id))] {
                        summary { (phase_name(ctx, p)) " — " (choice_label(ctx, "phase-status", p.status)) }
                        @if p.status != PhaseStatus::Current {
                            form method="post" action=(format!("{base}/{}/current", p.id)) novalidate class="stack" {
                                (csrf_field(ctx))
                                (Fields::with_prefix(ctx, errors_for(PhaseForm::Current(p.id)), &PhaseForm::Current(p.id).prefix())
                                    .text("note", &ctx.t("phases-field-note"), &value(PhaseForm::Current(p.id), "note", ""), FieldOpts::default().max(SUMMARY_MAX)))
                                button type="submit" class="button" { (ctx.t("phases-make-current")) }
                            }
                        }
                        form method="post" action=(format!("{base}/{}", p.id)) novalidate class="stack" {
                            (csrf_field(ctx))
                            (phase_fields(ctx, errors_for(form), &form.prefix(), &|n, d| value(form, n, d), Some(p)))
                            button type="submit" class="button" { (ctx.t("form-save")) }
                        }
                        @if p.status != PhaseStatus::Current {
                            form method="post" action=(format!("{base}/{}/delete", p.id)) class="inline-form" {
                                (csrf_field(ctx))
                                button type="submit" class="button danger" { (ctx.t("form-delete")) }
                            }
                        }
                    }
                }
                h3 { (ctx.t("phases-add")) }
                form method="post" action=(base.clone()) novalidate class="stack" {
                    (csrf_field(ctx))
                    (phase_fields(ctx, errors_for(PhaseForm::New), "phase-new", &|n, d| value(PhaseForm::New, n, d), None))
                    button type="submit" class="button" { (ctx.t("phases-add")) }
                }
            }
        }
        section aria-labelledby="transitions-h" {
            h2 id="transitions-h" { (ctx.t("phases-history")) }
            @if transitions.is_empty() { p { (ctx.t("phases-history-none")) } } @else {
                (crate::html::data_table(ctx, &ctx.t("phases-history"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("charter-col-date")) }
                        th scope="col" { (ctx.t("phases-col-move")) }
                        th scope="col" { (ctx.t("phases-field-note")) }
                    } }
                    tbody { @for t in &transitions { tr {
                        td { (human_date(ctx, t.at)) }
                        td { (name_of(t.from_phase).unwrap_or_else(|| String::from("—"))) " → " (name_of(t.to_phase).unwrap_or_else(|| String::from("—"))) }
                        td { @if t.note.is_empty() { "—" } @else { (t.note) } }
                    } } }
                }))
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Phases)).status(status).render(ctx))
}

fn phase_fields(
    ctx: &Ctx,
    errors: &Invalid,
    prefix: &str,
    v: &dyn Fn(&str, &str) -> String,
    p: Option<&Phase>,
) -> Markup {
    let f = Fields::with_prefix(ctx, errors, prefix);
    let from_template = p.is_some_and(|p| p.template_key.is_some());
    let date = |d: Option<tandem_domain::time::Date>| d.map(iso_date).unwrap_or_default();
    let name_opts = if from_template {
        FieldOpts::default().max(TITLE_MAX).hint(ctx.t("phases-name-template-hint"))
    } else {
        FieldOpts::required().max(TITLE_MAX)
    };
    html! {
        (f.text("name", &ctx.t("phases-field-name"), &v("name", p.map(|p| p.name.as_str()).unwrap_or("")), name_opts))
        (f.choice("kind", &ctx.t("phases-field-kind"), "phase-kind", PhaseKind::parse(&v("kind", p.map(|p| p.kind.key()).unwrap_or("co_creation"))), FieldOpts::required()))
        (f.text("starts_on", &ctx.t("phases-field-starts"), &v("starts_on", &date(p.and_then(|p| p.starts_on))), FieldOpts::default().kind("date").hint(ctx.t("date-hint"))))
        (f.text("ends_on", &ctx.t("phases-field-ends"), &v("ends_on", &date(p.and_then(|p| p.ends_on))), FieldOpts::default().kind("date").hint(ctx.t("date-hint"))))
        @let accepts = v("accepts_ideas", if p.is_none_or(|p| p.accepts_ideas) { "1" } else { "" }) == "1";
        div class="field checkbox" {
            input type="checkbox" id=(format!("f-{prefix}-accepts_ideas")) name="accepts_ideas" value="1" checked[accepts];
            label for=(format!("f-{prefix}-accepts_ideas")) { (ctx.t("phases-field-accepts-ideas")) }
        }
    }
}

fn phase_input(form: &FormPairs) -> PhaseInput {
    PhaseInput {
        name: form.get("name").to_owned(),
        kind: form.get("kind").to_owned(),
        starts_on: form.get("starts_on").to_owned(),
        ends_on: form.get("ends_on").to_owned(),
        accepts_ideas: form.ticked("accepts_ideas"),
    }
}

/// Shows the outcome of a change: back to the phases, or the form again with its problems.
async fn done(
    state: &AppState,
    ctx: &Ctx,
    (access, i): (Access, Initiative),
    form: PhaseForm,
    values: &FormPairs,
    outcome: Result<(), Error>,
) -> AppResult<Response> {
    match outcome {
        Ok(()) => Ok(redirect_with_flash(
            ctx,
            &format!("{}#phases-edit-h", shell::url(&access, &i, Section::Phases)),
            "flash-saved",
        )),
        Err(Error::Invalid(errors)) => render(state, ctx, &access, &i, Some((form, errors, values))).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let outcome = phases::add(&state.svc, &access, &i, &phase_input(&form), ctx.now).await.map(|_| ());
    done(&state, &ctx, (access, i), PhaseForm::New, &form, outcome).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let outcome = phases::update(&state.svc, &access, &i, id, &phase_input(&form), ctx.now).await;
    done(&state, &ctx, (access, i), PhaseForm::Edit(id), &form, outcome).await
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let outcome = phases::delete(&state.svc, &access, &i, id, ctx.now).await;
    done(&state, &ctx, (access, i), PhaseForm::Edit(id), &form, outcome).await
}

pub async fn make_current_handler(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let outcome = phases::make_current_phase(&state.svc, &access, &i, id, form.get("note"), ctx.now).await;
    done(&state, &ctx, (access, i), PhaseForm::Current(id), &form, outcome).await
}
