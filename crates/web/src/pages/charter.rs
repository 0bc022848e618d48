//! The power-sharing charter of an initiative: what participants can and
//! cannot influence, published before participation opens, with every later
//! change recorded and shown.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    charter::{CharterState, DecisionArea, INTRO_MAX, InfluenceLevel},
    text::{NAME_MAX, SUMMARY_MAX, TITLE_MAX},
};
use tandem_service::translations::Field;
use tandem_service::{
    Access, Error,
    charter::{self, AreaInput, Edit, StoredArea},
    initiatives::Initiative,
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, paragraphs},
    pages::{
        confirm::{self, Confirm},
        human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CharterForm {
    Intro,
    NewArea,
    Area(i64),
    Delete(i64),
    Publish,
}

impl CharterForm {
    fn prefix(self) -> String {
        match self {
            CharterForm::Intro => String::from("intro"),
            CharterForm::NewArea => String::from("area-new"),
            CharterForm::Area(id) => format!("area-{id}"),
            CharterForm::Delete(id) => format!("delete-{id}"),
            CharterForm::Publish => String::from("publish"),
        }
    }
}

struct Failed<'a> {
    form: CharterForm,
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

/// The published charter (or the draft, for staff), as readers see it. Used by the packet too.
pub fn charter_view(ctx: &Ctx, intro: &str, areas: &[DecisionArea]) -> Markup {
    html! {
        @if !intro.trim().is_empty() { (paragraphs(intro)) }
        @if areas.is_empty() { p { (ctx.t("charter-no-areas")) } }
        @for a in areas {
            article class="area" {
                h3 { (a.title) }
                p { span class=(format!("level level-{}", a.level.key())) { (crate::html::term(&choice_label(ctx, "level", a.level), &crate::pages::glossary::level_anchor(a.level))) } " — " (ctx.t(&format!("level-{}-desc", a.level.key()))) }
                dl class="facts" {
                    dt { (ctx.t("area-field-final")) } dd { (a.final_decision_by) }
                    dt { (ctx.t("area-field-fixed")) } dd { @if a.fixed.is_empty() { (ctx.t("area-nothing-fixed")) } @else { (a.fixed) } }
                    dt { (ctx.t("area-field-risks")) } dd { @if a.risks.is_empty() { "—" } @else { (a.risks) } }
                    dt { (ctx.t("area-field-reciprocity")) } dd { (a.reciprocity) }
                }
            }
        }
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let charter::CharterView { charter, areas, versions } = charter::charter(&state.svc, access, i).await?;
    let staff = access.can_facilitate();
    let published = CharterState { version: charter.version }.is_published();
    let base = shell::url(access, i, Section::Charter);
    let empty = Invalid::default();
    let errors_for = |form: CharterForm| match &failed {
        Some(f) if f.form == form => &f.errors,
        _ => &empty,
    };
    let value = |form: CharterForm, name: &str, stored: &str| match &failed {
        Some(f) if f.form == form => f.values.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let title = ctx.t("section-charter");
    let all_errors = failed.as_ref().map(|f| &f.errors).unwrap_or(&empty);
    let prefix = failed.as_ref().map(|f| f.form.prefix()).unwrap_or_default();
    // The charter as readers see it, in their language where translated.
    let texts = tandem_service::translations::texts(&state.svc, access, i, ctx.lang.code()).await?;
    let plain: Vec<DecisionArea> = areas
        .iter()
        .map(|a| {
            let mut area = a.area.clone();
            area.title = texts.get(Field::AreaTitle, a.id, &area.title).to_owned();
            area.final_decision_by = texts.get(Field::AreaFinalDecision, a.id, &area.final_decision_by).to_owned();
            area.fixed = texts.get(Field::AreaFixed, a.id, &area.fixed).to_owned();
            area.risks = texts.get(Field::AreaRisks, a.id, &area.risks).to_owned();
            area.reciprocity = texts.get(Field::AreaReciprocity, a.id, &area.reciprocity).to_owned();
            area
        })
        .collect();
    let intro = texts.get(Field::CharterIntro, i.id, &charter.intro).to_owned();
    let reason_field = |form: CharterForm| {
        let prefix = form.prefix();
        let f = Fields::with_prefix(ctx, errors_for(form), &prefix);
        html! {
            @if published {
                (f.text("reason", &ctx.t("charter-field-reason"), &value(form, "reason", ""), FieldOpts::required().max(SUMMARY_MAX).hint(ctx.t("charter-reason-hint"))))
            }
        }
    };
    let body = html! {
        (shell::header(ctx, access, i, Section::Charter, &title))
        p { (ctx.t("charter-lead")) }
        (error_summary_in(ctx, all_errors, &[], &prefix))
        @if published {
            p class="notice ok" {
                (ctx.ta("charter-published", &[
                    ("version", charter.version.into()),
                    ("date", charter.published_at.map(|t| human_date(ctx, t)).unwrap_or_default().into()),
                ]))
            }
        } @else {
            p class="notice" { (ctx.t(if staff { "charter-draft-staff" } else { "charter-draft-public" })) }
        }
        @if published || staff {
            section aria-labelledby="charter-h" {
                h2 id="charter-h" { (ctx.t("charter-areas")) }
                (charter_view(ctx, &intro, &plain))
            }
        }
        @if staff && !published {
            section aria-labelledby="publish-h" class="panel" {
                h2 id="publish-h" { (ctx.t("charter-publish-title")) }
                p { (ctx.t("charter-publish-lead")) }
                form method="post" action=(format!("{base}/publish")) {
                    (csrf_field(ctx))
                    button type="submit" class="button" { (ctx.t("charter-publish")) }
                }
            }
        }
        @if staff {
            section aria-labelledby="edit-h" class="panel" {
                h2 id="edit-h" { (ctx.t("charter-edit")) }
                @if published { p class="notice" { (ctx.t("charter-edit-published")) } }
                h3 { (ctx.t("charter-intro")) }
                form method="post" action=(format!("{base}/intro")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (Fields::with_prefix(ctx, errors_for(CharterForm::Intro), "intro").textarea("intro", &ctx.t("charter-field-intro"), &value(CharterForm::Intro, "intro", &charter.intro), FieldOpts::default().max(INTRO_MAX).rows(4).hint(ctx.t("charter-intro-hint"))))
                    (reason_field(CharterForm::Intro))
                    button type="submit" class="button" { (ctx.t("form-save")) }
                }
                @for a in &areas {
                    @let form = CharterForm::Area(a.id);
                    details class="item" open[failed.as_ref().is_some_and(|f| f.form == form || f.form == CharterForm::Delete(a.id))] {
                        summary { (a.area.title) " — " (choice_label(ctx, "level", a.area.level)) }
                        form method="post" action=(format!("{base}/areas/{}", a.id)) novalidate class="stack" {
                            (csrf_field(ctx))
                            (area_fields(ctx, errors_for(form), &form.prefix(), &|n, d| value(form, n, d), Some(a)))
                            (reason_field(form))
                            button type="submit" class="button" { (ctx.t("form-save")) }
                        }
                        form method="post" action=(format!("{base}/areas/{}/delete", a.id)) novalidate class="stack" {
                            (csrf_field(ctx))
                            (reason_field(CharterForm::Delete(a.id)))
                            button type="submit" class="button danger" { (ctx.t("form-delete")) }
                        }
                    }
                }
                h3 { (ctx.t("charter-add-area")) }
                form method="post" action=(format!("{base}/areas")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (area_fields(ctx, errors_for(CharterForm::NewArea), "area-new", &|n, d| value(CharterForm::NewArea, n, d), None))
                    (reason_field(CharterForm::NewArea))
                    button type="submit" class="button" { (ctx.t("charter-add-area")) }
                }
            }
        }
        @if !versions.is_empty() {
            section aria-labelledby="history-h" {
                h2 id="history-h" { (ctx.t("charter-history")) }
                (crate::html::data_table(ctx, &ctx.t("charter-history-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("charter-col-version")) }
                        th scope="col" { (ctx.t("charter-col-date")) }
                        th scope="col" { (ctx.t("charter-col-reason")) }
                    } }
                    tbody { @for v in &versions { tr {
                        th scope="row" { a href=(format!("{base}/v/{}", v.version)) { (ctx.ta("charter-version", &[("version", v.version.into())])) } }
                        td { (human_date(ctx, v.published_at)) }
                        td { @if v.version == 1 { (ctx.t("charter-first-publication")) } @else { (v.reason) } }
                    } } }
                }))
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Charter)).status(status).render(ctx))
}

fn area_fields(
    ctx: &Ctx,
    errors: &Invalid,
    prefix: &str,
    v: &dyn Fn(&str, &str) -> String,
    a: Option<&StoredArea>,
) -> Markup {
    let f = Fields::with_prefix(ctx, errors, prefix);
    let a = a.map(|a| &a.area);
    html! {
        (f.text("title", &ctx.t("area-field-title"), &v("title", a.map(|a| a.title.as_str()).unwrap_or("")), FieldOpts::required().max(TITLE_MAX).hint(ctx.t("area-title-hint"))))
        (f.choice("level", &ctx.t("area-field-level"), "level", InfluenceLevel::parse(&v("level", a.map(|a| a.level.key()).unwrap_or("consult"))), FieldOpts::required().hint(ctx.t("area-level-hint"))))
        (f.text("final_decision_by", &ctx.t("area-field-final"), &v("final_decision_by", a.map(|a| a.final_decision_by.as_str()).unwrap_or("")), FieldOpts::required().max(NAME_MAX)))
        (f.textarea("fixed", &ctx.t("area-field-fixed"), &v("fixed", a.map(|a| a.fixed.as_str()).unwrap_or("")), FieldOpts::default().max(SUMMARY_MAX).rows(2)))
        (f.textarea("risks", &ctx.t("area-field-risks"), &v("risks", a.map(|a| a.risks.as_str()).unwrap_or("")), FieldOpts::default().max(SUMMARY_MAX).rows(2)))
        (f.textarea("reciprocity", &ctx.t("area-field-reciprocity"), &v("reciprocity", a.map(|a| a.reciprocity.as_str()).unwrap_or("")), FieldOpts::required().max(SUMMARY_MAX).rows(2).hint(ctx.t("area-reciprocity-hint"))))
    }
}

fn area_input(form: &FormPairs) -> AreaInput {
    AreaInput {
        title: form.get("title").to_owned(),
        level: form.get("level").to_owned(),
        final_decision_by: form.get("final_decision_by").to_owned(),
        fixed: form.get("fixed").to_owned(),
        risks: form.get("risks").to_owned(),
        reciprocity: form.get("reciprocity").to_owned(),
    }
}

/// Applies one change through the service and shows the outcome: back to the
/// charter, the form again with its problems, or the reason it was refused.
async fn apply(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    islug: &str,
    form: CharterForm,
    edit: Edit,
    values: &FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(state, ctx, slug, islug).await?;
    let url = shell::url(&access, &i, Section::Charter);
    match charter::edit(&state.svc, &access, &i, &edit, values.get("reason"), ctx.now).await {
        Ok(()) => {
            let flash = if form == CharterForm::Publish { "flash-charter-published" } else { "flash-saved" };
            let to = if form == CharterForm::Publish { url } else { format!("{url}#edit-h") };
            Ok(redirect_with_flash(ctx, &to, flash))
        }
        Err(Error::Invalid(errors)) => render(state, ctx, &access, &i, Some(Failed { form, errors, values })).await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn set_intro(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let edit = Edit::Intro(form.get("intro").to_owned());
    apply(&state, &ctx, &slug, &islug, CharterForm::Intro, edit, &form).await
}

pub async fn add_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let edit = Edit::AddArea(area_input(&form));
    apply(&state, &ctx, &slug, &islug, CharterForm::NewArea, edit, &form).await
}

pub async fn update_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let edit = Edit::UpdateArea(id, area_input(&form));
    apply(&state, &ctx, &slug, &islug, CharterForm::Area(id), edit, &form).await
}

pub async fn delete_area(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    apply(&state, &ctx, &slug, &islug, CharterForm::Delete(id), Edit::DeleteArea(id), &form).await
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    if !confirm::confirmed(&form) {
        let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
        access.require_facilitator()?;
        let charter = shell::url(&access, &i, Section::Charter);
        let c = Confirm {
            title: "confirm-charter-title",
            lead: "confirm-charter-lead",
            button: "confirm-charter-button",
            action: &format!("{charter}/publish"),
            back: &charter,
            danger: false,
        };
        return Ok(confirm::page(&ctx, &c, &form));
    }
    apply(&state, &ctx, &slug, &islug, CharterForm::Publish, Edit::Publish, &form).await
}

/// One published version, exactly as it was.
pub async fn version(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, number)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let (v, snapshot) = charter::version(&state.svc, &i, number).await?;
    let title = ctx.ta("charter-version-title", &[("version", number.into())]);
    let body = html! {
        (shell::header(&ctx, &access, &i, Section::Charter, &title))
        p class="notice" {
            (ctx.ta("charter-version-note", &[("date", human_date(&ctx, v.published_at).into())]))
            @if number > 1 { " " (ctx.t("charter-col-reason")) ": " (v.reason) }
        }
        section aria-labelledby="charter-h" {
            h2 id="charter-h" { (ctx.t("charter-areas")) }
            (charter_view(&ctx, &snapshot.intro, &snapshot.areas))
        }
        p { a href=(shell::url(&access, &i, Section::Charter)) { (ctx.t("charter-back")) } }
    };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(&ctx, &access, &i, Section::Charter)).render(&ctx))
}
