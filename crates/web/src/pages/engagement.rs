//! The five key steps (seed 002) per stakeholder group, measured from
//! recorded engagement; recorded one by one or in bulk from a CSV file.

use axum::{
    extract::{Multipart, Path, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    engagement::{CSV_HEADER, EventKind, Funnel, KeyStep},
    privacy::Threshold,
    text::TITLE_MAX,
    time::iso_date,
};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    community::Group,
    engagement::{self, EventInput, published},
    environment,
    initiatives::Initiative,
};

use crate::{
    access, charts,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, field_message, figure},
    pages::{
        group_name, human_day, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

/// Largest CSV accepted through the upload form.
pub const MAX_CSV_BYTES: usize = engagement::MAX_CSV_BYTES;

/// The funnel table: groups down, the five steps across, small figures suppressed.
pub fn funnel_table(ctx: &Ctx, funnels: &[(Group, Funnel)], t: Threshold) -> Markup {
    let p = published(funnels, t);
    html! {
        (crate::html::data_table(ctx, &ctx.t("engagement-funnel-caption"), "data", html! {
            thead { tr {
                th scope="col" { (ctx.t("col-group")) }
                @for step in KeyStep::ALL { th scope="col" class="num" { (choice_label(ctx, "key-step", *step)) } }
            } }
            tbody { @for (g, cells) in &p.rows { tr {
                th scope="row" { (group_name(ctx, g)) }
                @for cell in cells { td class="num" { (figure(ctx, *cell, t)) } }
            } } }
            tfoot { tr {
                th scope="row" { (ctx.t("col-total")) }
                @for cell in p.totals { td class="num" { (figure(ctx, cell, t)) } }
            } }
        }))
    }
}

fn totals_chart(ctx: &Ctx, funnels: &[(Group, Funnel)], t: Threshold) -> Markup {
    let totals = published(funnels, t).totals;
    let rows: Vec<(String, Option<i64>)> = KeyStep::ALL
        .iter()
        .zip(totals)
        .map(|(step, total)| (choice_label(ctx, "key-step", *step), total.value()))
        .collect();
    charts::bars(ctx, "funnel", &ctx.t("engagement-chart-title"), &ctx.t("engagement-chart-desc"), &rows)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EngagementForm {
    Record,
    Upload,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, initiative) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &initiative, None, None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<(EngagementForm, Invalid, &FormPairs)>,
    imported: Option<usize>,
) -> AppResult<Response> {
    let funnels = engagement::funnels(&state.svc, access, i).await?;
    let staff = access.can_facilitate();
    let events = if staff { engagement::recent(&state.svc, access, i).await? } else { Vec::new() };
    let stakeholders = if staff { environment::environment(&state.svc, i).await?.stakeholders } else { Vec::new() };
    let groups: Vec<Group> = funnels.iter().map(|(g, _)| g.clone()).collect();
    let base = shell::url(access, i, Section::Engagement);
    let empty = Invalid::default();
    let errors_for = |form| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |name: &str, stored: &str| match &failed {
        Some((EngagementForm::Record, _, v)) => v.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let title = ctx.t("section-engagement");
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = match failed.as_ref().map(|(f, _, _)| *f) {
        Some(EngagementForm::Upload) => "upload",
        _ => "record",
    };
    let any = funnels.iter().any(|(_, f)| f.events > 0);
    let f = Fields::with_prefix(ctx, errors_for(EngagementForm::Record), "record");
    let group_options: Vec<(String, String)> = groups.iter().map(|g| (g.id.to_string(), group_name(ctx, g))).collect();
    let stakeholder_options: Vec<(String, String)> =
        std::iter::once((String::new(), ctx.t("engagement-no-stakeholder")))
            .chain(stakeholders.iter().map(|s| (s.id.to_string(), s.name.clone())))
            .collect();
    let kind_options: Vec<(String, String)> = EventKind::ALL
        .iter()
        .map(|k| {
            (
                k.key().to_owned(),
                format!("{} ({})", choice_label(ctx, "event-kind", *k), choice_label(ctx, "key-step", k.step())),
            )
        })
        .collect();
    let body = html! {
        (shell::header(ctx, access, i, Section::Engagement, &title))
        p { (ctx.t("engagement-lead")) }
        ol class="steps" { @for step in KeyStep::ALL {
            li { strong { (choice_label(ctx, "key-step", *step)) } " — " (ctx.t(&format!("key-step-{}-desc", step.key()))) }
        } }
        (error_summary_in(ctx, all_errors, &[], prefix))
        @if let Some(n) = imported {
            p class="notice ok" role="status" { (ctx.ta("engagement-imported", &[("count", Arg::from(n))])) }
        }
        section aria-labelledby="funnel-h" {
            h2 id="funnel-h" { (ctx.t("engagement-funnel")) }
            p class="meta" { (ctx.ta("engagement-counting", &[("threshold", Arg::Num(access.community.threshold.get()))])) }
            @if any {
                (totals_chart(ctx, &funnels, access.community.threshold))
                (funnel_table(ctx, &funnels, access.community.threshold))
            } @else {
                p { (ctx.t("engagement-none")) }
            }
        }
        @if staff {
            section aria-labelledby="record-h" id="record" class="panel" {
                h2 id="record-h" { (ctx.t("engagement-record")) }
                form method="post" action=(format!("{base}/events")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.select("group", &ctx.t("col-group"), &group_options, &value("group", ""), FieldOpts::required()))
                    (f.select("kind", &ctx.t("engagement-field-kind"), &kind_options, &value("kind", "informed"), FieldOpts::required()))
                    (f.text("people", &ctx.t("engagement-field-people"), &value("people", ""), FieldOpts::required().kind("number").hint(ctx.t("engagement-people-hint"))))
                    (f.text("occurred_on", &ctx.t("engagement-field-date"), &value("occurred_on", &iso_date(ctx.zone().date(ctx.now))), FieldOpts::required().kind("date").hint(ctx.t("date-hint"))))
                    (f.text("source", &ctx.t("engagement-field-source"), &value("source", ""), FieldOpts::required().max(TITLE_MAX).hint(ctx.t("engagement-source-hint"))))
                    (f.select("stakeholder", &ctx.t("engagement-field-stakeholder"), &stakeholder_options, &value("stakeholder", ""), FieldOpts::default().hint(ctx.t("engagement-stakeholder-hint"))))
                    button type="submit" class="button" { (ctx.t("engagement-record-submit")) }
                }
            }
            section aria-labelledby="upload-h" id="upload" class="panel" {
                h2 id="upload-h" { (ctx.t("engagement-upload")) }
                p { (ctx.ta("engagement-upload-lead", &[("header", CSV_HEADER.join(",").into())])) }
                form method="post" action=(format!("{base}/import")) enctype="multipart/form-data" class="stack" {
                    (csrf_field(ctx))
                    div class=(if errors_for(EngagementForm::Upload).is_empty() { "field" } else { "field field-error" }) {
                        label for="f-upload-file" { (ctx.t("engagement-upload-file")) }
                        @for e in &errors_for(EngagementForm::Upload).0 {
                            p class="field-problem" id="f-upload-file-error" { (field_message(ctx, e)) }
                        }
                        input type="file" id="f-upload-file" name="file" accept=".csv,text/csv"
                            aria-describedby=[(!errors_for(EngagementForm::Upload).is_empty()).then_some("f-upload-file-error")];
                    }
                    button type="submit" class="button" { (ctx.t("engagement-upload-submit")) }
                }
            }
            section aria-labelledby="events-h" {
                h2 id="events-h" { (ctx.t("engagement-events")) }
                p { a href=(format!("{}/engagement.csv", shell::base_url(access, i))) download { (ctx.t("export-download")) } }
                @if events.is_empty() { p { (ctx.t("engagement-none")) } } @else {
                    (crate::html::data_table(ctx, &ctx.t("engagement-events-caption"), "data", html! {
                        thead { tr {
                            th scope="col" { (ctx.t("engagement-field-date")) }
                            th scope="col" { (ctx.t("col-group")) }
                            th scope="col" { (ctx.t("engagement-field-kind")) }
                            th scope="col" class="num" { (ctx.t("engagement-field-people")) }
                            th scope="col" { (ctx.t("engagement-field-source")) }
                        } }
                        tbody { @for e in &events { tr {
                            td { (human_day(ctx, e.occurred_on)) }
                            td { (e.group_id.and_then(|id| groups.iter().find(|g| g.id == id)).map(|g| group_name(ctx, g)).unwrap_or_else(|| String::from("—"))) }
                            td { (choice_label(ctx, "event-kind", e.kind)) }
                            td class="num" { (e.people) }
                            td { (e.source) }
                        } } }
                    }))
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Engagement)).status(status).render(ctx))
}

pub async fn record(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = EventInput {
        group_id: form.id("group")?,
        kind: form.get("kind").to_owned(),
        people: form.get("people").to_owned(),
        occurred_on: form.get("occurred_on").to_owned(),
        source: form.get("source").to_owned(),
        stakeholder_id: form.id("stakeholder")?,
    };
    match engagement::record(&state.svc, &access, &i, &input, ctx.now).await {
        Ok(_) => Ok(redirect_with_flash(
            &ctx,
            &format!("{}#events-h", shell::url(&access, &i, Section::Engagement)),
            "flash-saved",
        )),
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, &access, &i, Some((EngagementForm::Record, errors, &form)), None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The CSV upload. The anti-forgery token comes first in the form, so it is
/// checked before the file is read.
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    let (_, data) = crate::forms::upload(&ctx, &headers, multipart, &[], MAX_CSV_BYTES).await?;
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let empty = FormPairs(Vec::new());
    match engagement::import(&state.svc, &access, &i, &data, |_| {}, ctx.now).await {
        Ok(n) => render(&state, &ctx, &access, &i, None, Some(n)).await,
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, &access, &i, Some((EngagementForm::Upload, errors, &empty)), None).await
        }
        Err(e) => Err(e.into()),
    }
}
