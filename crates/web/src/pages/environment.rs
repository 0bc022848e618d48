//! The authorizing environment of an initiative: the stakeholder map in its
//! traditional and open views, and the tracker of formal approvals.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    environment::{
        AuthorizationFacts, AuthorizationKind, AuthorizationStatus, FormalAuthority, Influence, StakeholderKind,
        Suitability,
    },
    initiative::Stance,
    text::{NAME_MAX, SUMMARY_MAX, TITLE_MAX},
    time::iso_date,
};
use tandem_service::{
    Access, Error,
    community::{self, Group},
    environment::{self as env, Authorization, AuthorizationInput, Stakeholder, StakeholderInput},
    initiatives::Initiative,
};

use crate::{
    access, charts,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in},
    pages::{
        group_name, human_day, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum EnvForm {
    NewStakeholder,
    Stakeholder(i64),
    NewAuthorization,
    Authorization(i64),
}

impl EnvForm {
    fn prefix(self) -> String {
        match self {
            EnvForm::NewStakeholder => String::from("stakeholder-new"),
            EnvForm::Stakeholder(id) => format!("stakeholder-{id}"),
            EnvForm::NewAuthorization => String::from("authorization-new"),
            EnvForm::Authorization(id) => format!("authorization-{id}"),
        }
    }
}

struct Failed<'a> {
    form: EnvForm,
    errors: Invalid,
    values: &'a FormPairs,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, initiative) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &initiative, None).await
}

fn stakeholder_input(form: &FormPairs) -> AppResult<StakeholderInput> {
    Ok(StakeholderInput {
        name: form.get("name").to_owned(),
        kind: form.get("kind").to_owned(),
        formal_authority: form.get("formal_authority").to_owned(),
        instrument: form.get("instrument").to_owned(),
        influence: form.get("influence").to_owned(),
        stance: form.get("stance").to_owned(),
        suitability: form.get("suitability").to_owned(),
        suitability_reason: form.get("suitability_reason").to_owned(),
        relationship_owner: form.get("relationship_owner").to_owned(),
        group_id: form.id("group")?,
    })
}

fn authorization_input(form: &FormPairs) -> AppResult<AuthorizationInput> {
    Ok(AuthorizationInput {
        title: form.get("title").to_owned(),
        kind: form.get("kind").to_owned(),
        status: form.get("status").to_owned(),
        due_on: form.get("due_on").to_owned(),
        happened_on: form.get("happened_on").to_owned(),
        evidence: form.get("evidence").to_owned(),
        stakeholder_id: form.id("stakeholder")?,
    })
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let env::Environment { stakeholders, authorizations } = env::environment(&state.svc, i).await?;
    let groups = community::groups(&state.svc, access).await?;
    let staff = access.can_facilitate();
    let base = shell::base_url(access, i);
    let empty = Invalid::default();
    let errors_for = |form: EnvForm| match &failed {
        Some(f) if f.form == form => &f.errors,
        _ => &empty,
    };
    let value = |form: EnvForm, name: &str, stored: &str| match &failed {
        Some(f) if f.form == form => f.values.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let is_open = |form: EnvForm| failed.as_ref().is_some_and(|f| f.form == form);
    let title = ctx.t("section-environment");
    let all_errors = failed.as_ref().map(|f| &f.errors).unwrap_or(&empty);
    let prefix = failed.as_ref().map(|f| f.form.prefix()).unwrap_or_default();
    let body = html! {
        (shell::header(ctx, access, i, Section::Environment, &title))
        p { (ctx.t("environment-lead")) " " a href="/glossary#authorizing-environment" { (ctx.t("glossary-link-authorizing")) } }
        (error_summary_in(ctx, all_errors, &[], &prefix))
        section aria-labelledby="maps-h" {
            h2 id="maps-h" { (ctx.t("environment-maps")) }
            @if stakeholders.is_empty() {
                p { (ctx.t("environment-none")) }
            } @else {
                div class="two-up" {
                    figure {
                        (charts::traditional_map(ctx, &stakeholders))
                        figcaption { (ctx.t("environment-traditional-caption")) }
                    }
                    figure {
                        (charts::open_map(ctx, &stakeholders))
                        figcaption { (ctx.t("environment-open-caption")) }
                    }
                }
            }
        }
        section aria-labelledby="stakeholders-h" id="stakeholders" {
            h2 id="stakeholders-h" { (ctx.t("environment-stakeholders")) }
            p { a href=(format!("{}/stakeholders.csv", shell::base_url(access, i))) download { (ctx.t("export-download-stakeholders")) } }
            @if !stakeholders.is_empty() {
                (crate::html::data_table(ctx, &ctx.t("environment-stakeholders-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { "#" }
                        th scope="col" { (ctx.t("stakeholder-field-name")) }
                        th scope="col" { (ctx.t("stakeholder-field-formal")) }
                        th scope="col" { (ctx.t("stakeholder-field-influence")) }
                        th scope="col" { (ctx.t("support-field-stance")) }
                        th scope="col" { (ctx.t("stakeholder-field-suitability")) }
                        th scope="col" { (ctx.t("col-group")) }
                        th scope="col" { (ctx.t("stakeholder-field-owner")) }
                    } }
                    tbody { @for (n, s) in stakeholders.iter().enumerate() { tr {
                        td { (n + 1) }
                        th scope="row" { (s.name) br; span class="meta" { (choice_label(ctx, "stakeholder-kind", s.kind)) } }
                        td { (choice_label(ctx, "formal-authority", s.formal_authority)) @if !s.instrument.is_empty() { br; span class="meta" { (s.instrument) } } }
                        td { (choice_label(ctx, "influence", s.influence)) }
                        td { (choice_label(ctx, "stance", s.stance)) }
                        td { (choice_label(ctx, "suitability", s.suitability)) @if !s.suitability_reason.is_empty() { br; span class="meta" { (s.suitability_reason) } } }
                        td { (s.group_id.and_then(|g| groups.iter().find(|x| x.id == g)).map(|g| group_name(ctx, g)).unwrap_or_else(|| String::from("—"))) }
                        td { @if s.relationship_owner.is_empty() { "—" } @else { (s.relationship_owner) } }
                    } } }
                }))
            }
            @if staff {
                @for s in &stakeholders {
                    @let form = EnvForm::Stakeholder(s.id);
                    details class="item" open[is_open(form)] {
                        summary { (ctx.ta("environment-edit-stakeholder", &[("name", s.name.as_str().into())])) }
                        form method="post" action=(format!("{base}/stakeholders/{}", s.id)) novalidate class="stack" {
                            (csrf_field(ctx))
                            (stakeholder_fields(ctx, errors_for(form), &form.prefix(), &groups, &|n, d| value(form, n, d), Some(s)))
                            button type="submit" class="button" { (ctx.t("form-save")) }
                        }
                        form method="post" action=(format!("{base}/stakeholders/{}/delete", s.id)) class="inline-form" {
                            (csrf_field(ctx))
                            button type="submit" class="button danger" { (ctx.t("form-delete")) }
                        }
                    }
                }
                h3 { (ctx.t("environment-add-stakeholder")) }
                form method="post" action=(format!("{base}/stakeholders")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (stakeholder_fields(ctx, errors_for(EnvForm::NewStakeholder), "stakeholder-new", &groups, &|n, d| value(EnvForm::NewStakeholder, n, d), None))
                    button type="submit" class="button" { (ctx.t("environment-add-stakeholder")) }
                }
            }
        }
        section aria-labelledby="approvals-h" id="approvals" {
            h2 id="approvals-h" { (ctx.t("approvals-title")) }
            p { (ctx.t("approvals-lead")) " " a href=(format!("{}/approvals.csv", shell::base_url(access, i))) download { (ctx.t("export-download-approvals")) } }
            @if authorizations.is_empty() { p { (ctx.t("approvals-none")) } } @else {
                (approvals_table(ctx, &authorizations, &stakeholders))
            }
            @if staff {
                @for a in &authorizations {
                    @let form = EnvForm::Authorization(a.id);
                    details class="item" open[is_open(form)] {
                        summary { (ctx.ta("approvals-edit", &[("title", a.title.as_str().into())])) }
                        form method="post" action=(format!("{base}/authorizations/{}", a.id)) novalidate class="stack" {
                            (csrf_field(ctx))
                            (authorization_fields(ctx, errors_for(form), &form.prefix(), &stakeholders, &|n, d| value(form, n, d), Some(a)))
                            button type="submit" class="button" { (ctx.t("form-save")) }
                        }
                        form method="post" action=(format!("{base}/authorizations/{}/delete", a.id)) class="inline-form" {
                            (csrf_field(ctx))
                            button type="submit" class="button danger" { (ctx.t("form-delete")) }
                        }
                    }
                }
                h3 { (ctx.t("approvals-add")) }
                form method="post" action=(format!("{base}/authorizations")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (authorization_fields(ctx, errors_for(EnvForm::NewAuthorization), "authorization-new", &stakeholders, &|n, d| value(EnvForm::NewAuthorization, n, d), None))
                    button type="submit" class="button" { (ctx.t("approvals-add")) }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Environment)).status(status).render(ctx))
}

/// The approvals and notifications, overdue ones flagged. Also used by the packet.
pub fn approvals_table(ctx: &Ctx, authorizations: &[Authorization], stakeholders: &[Stakeholder]) -> Markup {
    html! {
        (crate::html::data_table(ctx, &ctx.t("approvals-caption"), "data", html! {
            thead { tr {
                th scope="col" { (ctx.t("approval-field-title")) }
                th scope="col" { (ctx.t("approval-field-kind")) }
                th scope="col" { (ctx.t("approval-field-stakeholder")) }
                th scope="col" { (ctx.t("approval-field-due")) }
                th scope="col" { (ctx.t("approval-field-status")) }
                th scope="col" { (ctx.t("approval-field-evidence")) }
            } }
            tbody { @for a in authorizations {
                @let overdue = AuthorizationFacts { kind: a.kind, status: a.status, due_on: a.due_on }.is_overdue(ctx.now);
                tr {
                    th scope="row" { (a.title) }
                    td { (choice_label(ctx, "authorization-kind", a.kind)) }
                    td { (a.stakeholder_id.and_then(|id| stakeholders.iter().find(|s| s.id == id)).map(|s| s.name.clone()).unwrap_or_else(|| String::from("—"))) }
                    td {
                        @match a.due_on { Some(d) => (human_day(ctx, d)), None => "—" }
                        @if overdue { " " span class="state-pill state-attention" { "! " (ctx.t("approvals-overdue")) } }
                    }
                    td {
                        (choice_label(ctx, "authorization-status", a.status))
                        @if let Some(d) = a.happened_on { br; span class="meta" { (human_day(ctx, d)) } }
                    }
                    td { @if a.evidence.is_empty() { "—" } @else { (a.evidence) } }
                }
            } }
        }))
    }
}

fn stakeholder_fields(
    ctx: &Ctx,
    errors: &Invalid,
    prefix: &str,
    groups: &[Group],
    v: &dyn Fn(&str, &str) -> String,
    s: Option<&Stakeholder>,
) -> Markup {
    let f = Fields::with_prefix(ctx, errors, prefix);
    let key = |value: Option<&'static str>, default: &'static str| value.unwrap_or(default);
    let group_options: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("member-no-group")))
        .chain(groups.iter().map(|g| (g.id.to_string(), group_name(ctx, g))))
        .collect();
    let group = s.and_then(|s| s.group_id).map(|g| g.to_string()).unwrap_or_default();
    html! {
        (f.text("name", &ctx.t("stakeholder-field-name"), &v("name", s.map(|s| s.name.as_str()).unwrap_or("")), FieldOpts::required().max(TITLE_MAX)))
        (f.choice("kind", &ctx.t("stakeholder-field-kind"), "stakeholder-kind", StakeholderKind::parse(&v("kind", key(s.map(|s| s.kind.key()), "organisation"))), FieldOpts::required().hint(ctx.t("stakeholder-kind-hint"))))
        (f.choice("formal_authority", &ctx.t("stakeholder-field-formal"), "formal-authority", FormalAuthority::parse(&v("formal_authority", key(s.map(|s| s.formal_authority.key()), "none"))), FieldOpts::required()))
        (f.text("instrument", &ctx.t("stakeholder-field-instrument"), &v("instrument", s.map(|s| s.instrument.as_str()).unwrap_or("")), FieldOpts::default().max(TITLE_MAX).hint(ctx.t("stakeholder-instrument-hint"))))
        (f.choice("influence", &ctx.t("stakeholder-field-influence"), "influence", Influence::parse(&v("influence", key(s.map(|s| s.influence.key()), "medium"))), FieldOpts::required()))
        (f.choice("stance", &ctx.t("support-field-stance"), "stance", Stance::parse(&v("stance", key(s.map(|s| s.stance.key()), "unknown"))), FieldOpts::required()))
        (f.choice("suitability", &ctx.t("stakeholder-field-suitability"), "suitability", Suitability::parse(&v("suitability", key(s.map(|s| s.suitability.key()), "both"))), FieldOpts::required()))
        (f.textarea("suitability_reason", &ctx.t("stakeholder-field-reason"), &v("suitability_reason", s.map(|s| s.suitability_reason.as_str()).unwrap_or("")), FieldOpts::default().max(SUMMARY_MAX).rows(2)))
        (f.select("group", &ctx.t("col-group"), &group_options, &v("group", &group), FieldOpts::default()))
        (f.text("relationship_owner", &ctx.t("stakeholder-field-owner"), &v("relationship_owner", s.map(|s| s.relationship_owner.as_str()).unwrap_or("")), FieldOpts::default().max(NAME_MAX).hint(ctx.t("stakeholder-owner-hint"))))
    }
}

fn authorization_fields(
    ctx: &Ctx,
    errors: &Invalid,
    prefix: &str,
    stakeholders: &[Stakeholder],
    v: &dyn Fn(&str, &str) -> String,
    a: Option<&Authorization>,
) -> Markup {
    let f = Fields::with_prefix(ctx, errors, prefix);
    let who: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("approval-no-stakeholder")))
        .chain(stakeholders.iter().map(|s| (s.id.to_string(), s.name.clone())))
        .collect();
    let date = |d: Option<tandem_domain::time::Date>| d.map(iso_date).unwrap_or_default();
    let linked = a.and_then(|a| a.stakeholder_id).map(|id| id.to_string()).unwrap_or_default();
    html! {
        (f.text("title", &ctx.t("approval-field-title"), &v("title", a.map(|a| a.title.as_str()).unwrap_or("")), FieldOpts::required().max(TITLE_MAX).hint(ctx.t("approval-title-hint"))))
        (f.choice("kind", &ctx.t("approval-field-kind"), "authorization-kind", AuthorizationKind::parse(&v("kind", a.map(|a| a.kind.key()).unwrap_or("approval"))), FieldOpts::required()))
        (f.select("stakeholder", &ctx.t("approval-field-stakeholder"), &who, &v("stakeholder", &linked), FieldOpts::default()))
        (f.text("due_on", &ctx.t("approval-field-due"), &v("due_on", &date(a.and_then(|a| a.due_on))), FieldOpts::default().kind("date").hint(ctx.t("date-hint"))))
        (f.choice("status", &ctx.t("approval-field-status"), "authorization-status", AuthorizationStatus::parse(&v("status", a.map(|a| a.status.key()).unwrap_or("not_started"))), FieldOpts::required()))
        (f.text("happened_on", &ctx.t("approval-field-happened"), &v("happened_on", &date(a.and_then(|a| a.happened_on))), FieldOpts::default().kind("date").hint(ctx.t("date-hint"))))
        (f.textarea("evidence", &ctx.t("approval-field-evidence"), &v("evidence", a.map(|a| a.evidence.as_str()).unwrap_or("")), FieldOpts::default().max(SUMMARY_MAX).rows(2).hint(ctx.t("approval-evidence-hint"))))
    }
}

/// Shows the outcome of a change: back to the section, or the form again with its problems.
async fn done(
    state: &AppState,
    ctx: &Ctx,
    (access, i): (Access, Initiative),
    anchor: &str,
    form: EnvForm,
    values: &FormPairs,
    outcome: Result<(), Error>,
) -> AppResult<Response> {
    match outcome {
        Ok(()) => Ok(redirect_with_flash(
            ctx,
            &format!("{}#{anchor}", shell::url(&access, &i, Section::Environment)),
            "flash-saved",
        )),
        Err(Error::Invalid(errors)) => render(state, ctx, &access, &i, Some(Failed { form, errors, values })).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn add_stakeholder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = stakeholder_input(&form)?;
    let outcome = env::add_stakeholder(&state.svc, &access, &i, &input, ctx.now).await.map(|_| ());
    done(&state, &ctx, (access, i), "stakeholders", EnvForm::NewStakeholder, &form, outcome).await
}

pub async fn update_stakeholder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = stakeholder_input(&form)?;
    let outcome = env::update_stakeholder(&state.svc, &access, &i, id, &input, ctx.now).await;
    done(&state, &ctx, (access, i), "stakeholders", EnvForm::Stakeholder(id), &form, outcome).await
}

pub async fn delete_stakeholder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let outcome = env::delete_stakeholder(&state.svc, &access, &i, id, ctx.now).await;
    done(&state, &ctx, (access, i), "stakeholders", EnvForm::Stakeholder(id), &form, outcome).await
}

pub async fn add_authorization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = authorization_input(&form)?;
    let outcome = env::add_authorization(&state.svc, &access, &i, &input, ctx.now).await.map(|_| ());
    done(&state, &ctx, (access, i), "approvals", EnvForm::NewAuthorization, &form, outcome).await
}

pub async fn update_authorization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = authorization_input(&form)?;
    let outcome = env::update_authorization(&state.svc, &access, &i, id, &input, ctx.now).await;
    done(&state, &ctx, (access, i), "approvals", EnvForm::Authorization(id), &form, outcome).await
}

pub async fn delete_authorization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let outcome = env::delete_authorization(&state.svc, &access, &i, id, ctx.now).await;
    done(&state, &ctx, (access, i), "approvals", EnvForm::Authorization(id), &form, outcome).await
}
