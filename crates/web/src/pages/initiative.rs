//! An initiative: its page with the strategic triangle, and the forms staff
//! use to create and edit it.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    initiative::{CapacityKind, CapacityStatus, Stance, Visibility},
    text,
};
use tandem_service::{
    Access, Error,
    community::{self, Group, School},
    initiatives::{self, CapacityInput, Initiative, InitiativeInput, OutcomeInput, StanceInput},
    surveys,
};

use crate::{
    access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, crumb, csrf_field, error_summary, error_summary_in, paragraphs},
    pages::{
        confirm::{self, Confirm},
        group_name, human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
    triangle::{self, TriangleView},
};

fn initiative_url(access: &Access, i: &Initiative) -> String {
    format!("/c/{}/i/{}", access.community.slug, i.slug)
}

fn school_options(ctx: &Ctx, schools: &[School]) -> Vec<(String, String)> {
    std::iter::once((String::new(), ctx.t("initiative-district-wide")))
        .chain(schools.iter().map(|s| (s.slug.clone(), s.name.clone())))
        .collect()
}

fn basics_fields(ctx: &Ctx, errors: &Invalid, schools: &[School], v: &dyn Fn(&str) -> String) -> Markup {
    let f = Fields::new(ctx, errors);
    let visibility = Visibility::parse(&v("visibility"));
    html! {
        (f.text("title", &ctx.t("initiative-field-title"), &v("title"), FieldOpts::required().max(text::TITLE_MAX)))
        (f.textarea("summary", &ctx.t("initiative-field-summary"), &v("summary"), FieldOpts::default().max(text::SUMMARY_MAX).rows(3)))
        (f.select("school", &ctx.t("initiative-field-school"), &school_options(ctx, schools), &v("school"), FieldOpts::required()))
        (f.choice("visibility", &ctx.t("initiative-field-visibility"), "visibility", visibility.or(Some(Visibility::Public)), FieldOpts::required().hint(ctx.t("initiative-field-visibility-hint"))))
        (f.textarea("value_statement", &ctx.t("initiative-field-value"), &v("value_statement"),
            FieldOpts::default().max(text::LONG_TEXT_MAX).rows(5).hint(ctx.t("initiative-field-value-hint"))))
    }
}

fn basics_labels(ctx: &Ctx) -> Vec<(&'static str, String)> {
    vec![
        ("title", ctx.t("initiative-field-title")),
        ("summary", ctx.t("initiative-field-summary")),
        ("school", ctx.t("initiative-field-school")),
        ("visibility", ctx.t("initiative-field-visibility")),
        ("value_statement", ctx.t("initiative-field-value")),
    ]
}

// ---- create

pub async fn new_form(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_facilitator()?;
    let schools = community::schools(&state.svc, &access).await?;
    Ok(render_new(&ctx, &access, &schools, &FormPairs(Vec::new()), &Invalid::default(), StatusCode::OK))
}

fn render_new(
    ctx: &Ctx,
    access: &Access,
    schools: &[School],
    values: &FormPairs,
    errors: &Invalid,
    status: StatusCode,
) -> Response {
    let title = ctx.t("initiative-new");
    let c = &access.community;
    let v = |name: &str| values.get(name).to_owned();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("initiative-new-lead")) " " a href="/glossary#strategic-triangle" { (ctx.t("glossary-link-triangle")) } }
        (error_summary(ctx, errors, &basics_labels(ctx)))
        form method="post" action=(format!("/c/{}/initiatives", c.slug)) novalidate class="stack" {
            (csrf_field(ctx))
            (basics_fields(ctx, errors, schools, &v))
            button type="submit" class="button" { (ctx.t("initiative-create")) }
        }
    };
    Page::new(&title, body)
        .crumbs(vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))])
        .status(status)
        .render(ctx)
}

/// The basics of an initiative as its forms send them.
fn basics_input(form: &FormPairs) -> InitiativeInput {
    InitiativeInput {
        title: Some(form.get("title").to_owned()),
        summary: Some(form.get("summary").to_owned()),
        school: Some(form.get("school").to_owned()),
        visibility: Some(form.get("visibility").to_owned()),
        value_statement: Some(form.get("value_statement").to_owned()),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match initiatives::create(&state.svc, &access, &basics_input(&form), ctx.now).await {
        Ok(created) => Ok(redirect_with_flash(
            &ctx,
            &format!("/c/{}/i/{}", access.community.slug, created.slug),
            "flash-initiative-created",
        )),
        Err(Error::Invalid(errors)) => {
            let schools = community::schools(&state.svc, &access).await?;
            Ok(render_new(&ctx, &access, &schools, &form, &errors, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(e) => Err(e.into()),
    }
}

// ---- show

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, initiative) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let tandem_service::health::Evaluated { triangle: view, health } =
        tandem_service::health::evaluate(&state.svc, &initiative, ctx.now).await?;
    let measured = tandem_service::surveys::measured(&state.svc, &access, initiative.id).await?;
    let (texts, missing) = tokio::try_join!(
        tandem_service::translations::texts(&state.svc, &access, &initiative, ctx.lang.code()),
        tandem_service::translations::missing(&state.svc, &access, &initiative)
    )?;
    // Shown in the reader's language where a translation exists; forms edit the original.
    let initiative = crate::pages::translations::localized(&texts, &initiative);
    let i = &initiative;
    let a = &view.assessment;
    let staff = access.can_facilitate();
    let base = shell::base_url(&access, i);
    let body = html! {
        h1 { (i.title) }
        p class="meta" {
            (i.school_name.clone().unwrap_or_else(|| ctx.t("initiative-district-wide")))
            " · " (ctx.ta("initiative-updated", &[("date", human_date(&ctx, i.updated_at).into())]))
            @if i.visibility == Visibility::Members { " · " span class="badge" { (ctx.t("visibility-members")) } }
            @if i.published_at.is_none() { " · " span class="badge" { (ctx.t("initiative-draft")) } }
        }
        (shell::nav(&ctx, &access, i, Section::Overview))
        (crate::pages::translations::also_in(&ctx, &access))
        @if staff { (crate::pages::translations::missing_notice(&ctx, &access, i, missing)) }
        @if i.published_at.is_none() {
            div class="notice" {
                p { (ctx.t("initiative-draft-notice")) }
                form method="post" action=(format!("{base}/publish")) class="inline-form" {
                    (csrf_field(&ctx))
                    button type="submit" class="button" { (ctx.t("initiative-publish")) }
                }
            }
        }
        @if !i.summary.is_empty() { p class="lead" { (i.summary) } }
        dl class="status-strip" {
            div {
                dt { (ctx.t("overview-phase")) }
                dd {
                    @match &i.current_phase {
                        Some(p) => { a href=(format!("{base}/phases")) { (current_phase_name(&ctx, p)) } " (" (choice_label(&ctx, "phase-kind", p.kind)) ")" }
                        None => (ctx.t("overview-no-phase")),
                    }
                }
            }
            div {
                dt { (ctx.t("overview-charter")) }
                dd { a href=(format!("{base}/charter")) {
                    @if i.charter_version > 0 { (ctx.ta("charter-version", &[("version", i.charter_version.into())])) } @else { (ctx.t("overview-charter-draft")) }
                } }
            }
            div {
                dt { (ctx.t("overview-participation")) }
                dd { (ctx.t(if i.participation_open { "overview-participation-open" } else { "overview-participation-closed" })) }
            }
        }
        @if staff {
            div class="toolbar" {
                a class="button secondary" href=(format!("{base}/edit")) { (ctx.t("initiative-edit")) }
                @if tandem_service::translations::languages(&access).all().len() > 1 {
                    a class="button secondary" href=(format!("{base}/translations")) { (ctx.t("translations-title")) }
                }
                form method="post" action=(format!("{base}/participation")) class="inline-form" {
                    (csrf_field(&ctx))
                    input type="hidden" name="open" value=(if i.participation_open { "0" } else { "1" });
                    button type="submit" class="button secondary" {
                        (ctx.t(if i.participation_open { "overview-close-participation" } else { "overview-open-participation" }))
                    }
                }
            }
        }
        section aria-labelledby="triangle-h" {
            h2 id="triangle-h" { (ctx.t("triangle-title")) }
            p { (ctx.t("triangle-explainer")) " " a href="/glossary#strategic-triangle" { (ctx.t("glossary-link-triangle")) } }
            @if a.rounds_the_bases() {
                p class="notice ok" { (ctx.t("triangle-rounds")) }
            } @else {
                p class="notice" { (ctx.t("triangle-not-rounding")) }
            }
            div class="triangle-layout" {
                (triangle::svg(&ctx, a, "triangle"))
                (triangle::table(&ctx, a, &health.findings))
            }
        }
        (value_section(&ctx, i, &view, (&measured, &access.community.slug)))
        (capacity_section(&ctx, &view))
        (support_section(&ctx, &view.groups, &view))
    };
    Ok(Page::new(&i.title, body).crumbs(shell::crumbs(&ctx, &access, i, Section::Overview)).render(&ctx))
}

use crate::labels::current_phase_name;

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ParticipationForm {
    pub open: String,
}

/// Opens or closes participation. Opening goes through the charter gate:
/// no participation before the power-sharing charter is published.
pub async fn participation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    crate::forms::Form(form): crate::forms::Form<ParticipationForm>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let open = match form.open.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(AppError::BadRequest("error-form-unreadable")),
    };
    let url = shell::base_url(&access, &i);
    match initiatives::set_participation(&state.svc, &access, &i, open, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(
            &ctx,
            &url,
            if open { "flash-participation-opened" } else { "flash-participation-closed" },
        )),
        Err(Error::Conflict(refused)) => Ok(redirect_with_flash(&ctx, &url, refused)),
        Err(e) => Err(e.into()),
    }
}

/// Publishes a draft initiative, after a confirmation page.
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    access.require_facilitator()?;
    let url = shell::base_url(&access, &i);
    if !confirm::confirmed(&form) {
        let c = Confirm {
            title: "confirm-initiative-title",
            lead: if i.visibility == Visibility::Members {
                "confirm-initiative-lead-members"
            } else {
                "confirm-initiative-lead-public"
            },
            button: "confirm-initiative-button",
            action: &format!("{url}/publish"),
            back: &url,
            danger: false,
        };
        return Ok(confirm::page(&ctx, &c, &form));
    }
    match initiatives::publish(&state.svc, &access, &i, ctx.now).await {
        Ok(_) => Ok(redirect_with_flash(&ctx, &url, "flash-initiative-published")),
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

/// `measured`: the outcomes' measures from published surveys, and the community's address for their results.
fn value_section(
    ctx: &Ctx,
    i: &Initiative,
    view: &initiatives::Triangle,
    (measured, community): (&[surveys::Measured], &str),
) -> Markup {
    html! {
        section aria-labelledby="value-h" {
            h2 id="value-h" { (ctx.t("base-public_value")) }
            @if i.value_statement.is_empty() { p { (ctx.t("value-no-statement")) } } @else { (paragraphs(&i.value_statement)) }
            @if view.outcomes.is_empty() {
                p { (ctx.t("value-no-outcomes")) }
            } @else {
                (crate::html::data_table(ctx, &ctx.t("value-outcomes-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("outcome-field-description")) }
                        th scope="col" { (ctx.t("outcome-field-measure")) }
                        th scope="col" { (ctx.t("outcome-field-target")) }
                        th scope="col" { (ctx.t("value-measured")) }
                    } }
                    tbody { @for o in &view.outcomes { tr {
                        td { (o.description) }
                        td { (dash(&o.measure)) }
                        td { (dash(&o.target)) }
                        td { @match measured.iter().find(|m| m.outcome_id == o.id) {
                            Some(m) => {
                                @let score = m.estimate.map_or_else(|| "—".to_owned(), |e| format!("{:.2} ({:.2}–{:.2})", e.mean, e.low, e.high));
                                @let survey = if m.survey.wave_label.is_empty() { m.survey.title.clone() } else { format!("{} · {}", m.survey.title, m.survey.wave_label) };
                                a href=(format!("/c/{community}/surveys/{}/results", m.survey.id)) {
                                    (ctx.ta("value-measured-by", &[("scale", m.scale.as_str().into()), ("survey", survey.into()), ("score", score.into())]))
                                }
                                @if let Some(c) = m.change { " " span class="meta" { (format!("{:+.2}", c.difference)) } }
                            }
                            None => "—",
                        } }
                    } } }
                }))
            }
        }
    }
}

fn dash(s: &str) -> &str {
    if s.trim().is_empty() { "—" } else { s }
}

fn capacity_section(ctx: &Ctx, view: &TriangleView) -> Markup {
    html! {
        section aria-labelledby="capacity-h" {
            h2 id="capacity-h" { (ctx.t("base-capacity")) }
            p { (ctx.t("capacity-explainer")) }
            @if view.capacity.is_empty() {
                p { (ctx.t("capacity-none")) }
            } @else {
                (crate::html::data_table(ctx, &ctx.t("capacity-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("capacity-field-title")) }
                        th scope="col" { (ctx.t("capacity-field-kind")) }
                        th scope="col" { (ctx.t("capacity-field-owner")) }
                        th scope="col" { (ctx.t("capacity-field-status")) }
                        th scope="col" { (ctx.t("capacity-field-evidence")) }
                    } }
                    tbody { @for item in &view.capacity { tr {
                        td { (item.title) }
                        td { (choice_label(ctx, "capacity-kind", item.kind)) }
                        td { @if item.owner.is_empty() { span class="warn" { (ctx.t("capacity-no-owner")) } } @else { (item.owner) } }
                        td { (choice_label(ctx, "capacity-status", item.status)) }
                        td { (dash(&item.evidence)) }
                    } } }
                }))
            }
        }
    }
}

fn support_section(ctx: &Ctx, groups: &[Group], view: &TriangleView) -> Markup {
    html! {
        section aria-labelledby="support-h" {
            h2 id="support-h" { (ctx.t("base-legitimacy")) }
            p { (ctx.t("support-explainer")) " " a href="/glossary#authorizing-environment" { (ctx.t("glossary-link-authorizing")) } }
            (crate::html::data_table(ctx, &ctx.t("support-caption"), "data", html! {
                thead { tr {
                    th scope="col" { (ctx.t("col-group")) }
                    th scope="col" { (ctx.t("support-field-stance")) }
                    th scope="col" { (ctx.t("support-field-note")) }
                } }
                tbody { @for g in groups {
                    @let record = view.stances.iter().find(|s| s.group_id == g.id);
                    tr {
                        th scope="row" { (group_name(ctx, g)) }
                        td { @match record {
                            Some(r) => span class=(format!("stance stance-{}", r.stance.key())) { (choice_label(ctx, "stance", r.stance)) },
                            None => span class="muted" { (ctx.t("support-not-recorded")) },
                        } }
                        td { (record.map(|r| dash(&r.note)).unwrap_or("—")) }
                    }
                } }
            }))
        }
    }
}

// ---- edit

/// Which form on the edit page a submission came from, so its errors and
/// values can be shown in the right place.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EditForm {
    Basics,
    NewOutcome,
    Outcome(i64),
    NewCapacity,
    Capacity(i64),
    Support,
}

impl EditForm {
    /// The id prefix of this form's fields.
    fn prefix(self) -> String {
        match self {
            EditForm::Basics | EditForm::Support => String::new(),
            EditForm::NewOutcome => String::from("outcome-new"),
            EditForm::Outcome(id) => format!("outcome-{id}"),
            EditForm::NewCapacity => String::from("capacity-new"),
            EditForm::Capacity(id) => format!("capacity-{id}"),
        }
    }
}

struct Failed<'a> {
    form: EditForm,
    errors: Invalid,
    values: &'a FormPairs,
}

struct Loaded {
    access: Access,
    initiative: Initiative,
    groups: Vec<Group>,
    schools: Vec<School>,
}

async fn load_for_edit(state: &AppState, ctx: &Ctx, slug: &str, islug: &str) -> AppResult<Loaded> {
    let access = access::community(state, ctx, slug).await?;
    access.require_facilitator()?;
    let initiative = access.initiative(&state.svc, islug).await?;
    let groups = community::groups(&state.svc, &access).await?;
    let schools = community::schools(&state.svc, &access).await?;
    Ok(Loaded { access, initiative, groups, schools })
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    render_edit(&state, &ctx, &l, None).await
}

async fn render_edit(state: &AppState, ctx: &Ctx, l: &Loaded, failed: Option<Failed<'_>>) -> AppResult<Response> {
    let view = initiatives::triangle(&state.svc, &l.initiative).await?;
    let i = &l.initiative;
    let base_url = initiative_url(&l.access, i);
    let empty = Invalid::default();
    let errors_for = |form: EditForm| match &failed {
        Some(f) if f.form == form => &f.errors,
        _ => &empty,
    };
    // A failed form shows what was typed; every other form shows what is stored.
    let value = |form: EditForm, name: &str, stored: &str| match &failed {
        Some(f) if f.form == form => f.values.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let school_slug = l.schools.iter().find(|s| Some(s.id) == i.school_id).map(|s| s.slug.clone()).unwrap_or_default();
    let basics_value = |name: &str| {
        let stored = match name {
            "title" => i.title.clone(),
            "summary" => i.summary.clone(),
            "school" => school_slug.clone(),
            "visibility" => i.visibility.key().to_owned(),
            "value_statement" => i.value_statement.clone(),
            _ => String::new(),
        };
        value(EditForm::Basics, name, &stored)
    };
    let title = ctx.ta("initiative-edit-title", &[("title", i.title.as_str().into())]);
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let all_errors = failed.as_ref().map(|f| &f.errors).unwrap_or(&empty);
    let body = html! {
        h1 { (title) }
        p { a href=(base_url) { (ctx.t("initiative-back")) } }
        (error_summary_in(ctx, all_errors, &[], &failed.as_ref().map(|f| f.form.prefix()).unwrap_or_default()))
        section aria-labelledby="basics-h" class="panel" {
            h2 id="basics-h" { (ctx.t("initiative-basics")) }
            form method="post" action=(format!("{base_url}/edit")) novalidate class="stack" {
                (csrf_field(ctx))
                (basics_fields(ctx, errors_for(EditForm::Basics), &l.schools, &basics_value))
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
        }
        section aria-labelledby="outcomes-h" class="panel" {
            h2 id="outcomes-h" { (ctx.t("value-outcomes-caption")) }
            p { (ctx.t("value-outcomes-hint")) }
            @for o in &view.outcomes {
                @let form = EditForm::Outcome(o.id);
                @let prefix = format!("outcome-{}", o.id);
                details class="item" open[failed.as_ref().is_some_and(|f| f.form == form)] {
                    summary { (o.description) }
                    form method="post" action=(format!("{base_url}/outcomes/{}", o.id)) novalidate class="stack" {
                        (csrf_field(ctx))
                        (outcome_fields(ctx, errors_for(form), &prefix, &|n, s| value(form, n, s), o))
                        button type="submit" class="button" { (ctx.t("form-save")) }
                    }
                    form method="post" action=(format!("{base_url}/outcomes/{}/delete", o.id)) class="inline-form" {
                        (csrf_field(ctx))
                        button type="submit" class="button danger" { (ctx.t("form-delete")) }
                    }
                }
            }
            h3 { (ctx.t("outcome-add")) }
            form method="post" action=(format!("{base_url}/outcomes")) novalidate class="stack" {
                (csrf_field(ctx))
                (outcome_fields(ctx, errors_for(EditForm::NewOutcome), "outcome-new", &|n, s| value(EditForm::NewOutcome, n, s), &initiatives::Outcome { id: 0, description: String::new(), measure: String::new(), target: String::new() }))
                button type="submit" class="button" { (ctx.t("outcome-add")) }
            }
        }
        section aria-labelledby="capacity-edit-h" class="panel" {
            h2 id="capacity-edit-h" { (ctx.t("base-capacity")) }
            @for item in &view.capacity {
                @let form = EditForm::Capacity(item.id);
                @let prefix = format!("capacity-{}", item.id);
                details class="item" open[failed.as_ref().is_some_and(|f| f.form == form)] {
                    summary { (item.title) " — " (choice_label(ctx, "capacity-status", item.status)) }
                    form method="post" action=(format!("{base_url}/capacity/{}", item.id)) novalidate class="stack" {
                        (csrf_field(ctx))
                        (capacity_fields(ctx, errors_for(form), &prefix, &|n, s| value(form, n, s), Some(item)))
                        button type="submit" class="button" { (ctx.t("form-save")) }
                    }
                    form method="post" action=(format!("{base_url}/capacity/{}/delete", item.id)) class="inline-form" {
                        (csrf_field(ctx))
                        button type="submit" class="button danger" { (ctx.t("form-delete")) }
                    }
                }
            }
            h3 { (ctx.t("capacity-add")) }
            form method="post" action=(format!("{base_url}/capacity")) novalidate class="stack" {
                (csrf_field(ctx))
                (capacity_fields(ctx, errors_for(EditForm::NewCapacity), "capacity-new", &|n, s| value(EditForm::NewCapacity, n, s), None))
                button type="submit" class="button" { (ctx.t("capacity-add")) }
            }
        }
        section aria-labelledby="support-edit-h" class="panel" {
            h2 id="support-edit-h" { (ctx.t("base-legitimacy")) }
            p { (ctx.t("support-edit-hint")) }
            form method="post" action=(format!("{base_url}/support")) novalidate {
                (csrf_field(ctx))
                (crate::html::data_table(ctx, &ctx.t("support-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("col-group")) }
                        th scope="col" { (ctx.t("support-field-stance")) }
                        th scope="col" { (ctx.t("support-field-note")) }
                    } }
                    tbody { @for g in &l.groups {
                        @let record = view.stances.iter().find(|s| s.group_id == g.id);
                        @let stance_name = format!("stance_{}", g.id);
                        @let note_name = format!("note_{}", g.id);
                        @let stance_value = value(EditForm::Support, &stance_name, record.map(|r| r.stance.key()).unwrap_or(""));
                        @let invalid = errors_for(EditForm::Support).0.iter().any(|e| e.args.iter().any(|(_, v)| *v == g.id.to_string()));
                        tr {
                            th scope="row" id=(format!("g-{}", g.id)) { (group_name(ctx, g)) }
                            td {
                                select name=(stance_name) id=(format!("f-{stance_name}")) aria-labelledby=(format!("g-{} support-stance-col", g.id)) aria-invalid=[invalid.then_some("true")] {
                                    option value="" { (ctx.t("support-not-recorded")) }
                                    @for s in Stance::ALL {
                                        option value=(s.key()) selected[stance_value == s.key()] { (choice_label(ctx, "stance", *s)) }
                                    }
                                }
                            }
                            td {
                                input type="text" name=(note_name) id=(format!("f-{note_name}")) maxlength=(text::SUMMARY_MAX)
                                    aria-labelledby=(format!("g-{} support-note-col", g.id))
                                    value=(value(EditForm::Support, &note_name, record.map(|r| r.note.as_str()).unwrap_or("")));
                            }
                        }
                    } }
                }))
                span hidden id="support-stance-col" { (ctx.t("support-field-stance")) }
                span hidden id="support-note-col" { (ctx.t("support-field-note")) }
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
        }
    };
    let c = &l.access.community;
    Ok(Page::new(&title, body)
        .crumbs(vec![
            crumb(ctx.t("nav-home"), "/"),
            crumb(c.name.clone(), format!("/c/{}", c.slug)),
            crumb(i.title.clone(), base_url.clone()),
        ])
        .status(status)
        .render(ctx))
}

fn outcome_fields(
    ctx: &Ctx,
    errors: &Invalid,
    prefix: &str,
    v: &dyn Fn(&str, &str) -> String,
    o: &initiatives::Outcome,
) -> Markup {
    let f = Fields::with_prefix(ctx, errors, prefix);
    html! {
        (f.text("description", &ctx.t("outcome-field-description"), &v("description", &o.description), FieldOpts::required().max(text::SUMMARY_MAX)))
        (f.text("measure", &ctx.t("outcome-field-measure"), &v("measure", &o.measure), FieldOpts::default().max(text::SUMMARY_MAX).hint(ctx.t("outcome-field-measure-hint"))))
        (f.text("target", &ctx.t("outcome-field-target"), &v("target", &o.target), FieldOpts::default().max(text::TITLE_MAX)))
    }
}

fn capacity_fields(
    ctx: &Ctx,
    errors: &Invalid,
    prefix: &str,
    v: &dyn Fn(&str, &str) -> String,
    item: Option<&initiatives::CapacityItem>,
) -> Markup {
    let f = Fields::with_prefix(ctx, errors, prefix);
    let kind = CapacityKind::parse(&v("kind", item.map(|i| i.kind.key()).unwrap_or("people")));
    let status = CapacityStatus::parse(&v("status", item.map(|i| i.status.key()).unwrap_or("needed")));
    html! {
        (f.text("title", &ctx.t("capacity-field-title"), &v("title", item.map(|i| i.title.as_str()).unwrap_or("")), FieldOpts::required().max(text::TITLE_MAX)))
        (f.choice("kind", &ctx.t("capacity-field-kind"), "capacity-kind", kind, FieldOpts::required()))
        (f.text("owner", &ctx.t("capacity-field-owner"), &v("owner", item.map(|i| i.owner.as_str()).unwrap_or("")), FieldOpts::default().max(text::NAME_MAX).hint(ctx.t("capacity-field-owner-hint"))))
        (f.choice("status", &ctx.t("capacity-field-status"), "capacity-status", status, FieldOpts::required()))
        (f.textarea("evidence", &ctx.t("capacity-field-evidence"), &v("evidence", item.map(|i| i.evidence.as_str()).unwrap_or("")), FieldOpts::default().max(text::SUMMARY_MAX).rows(2)))
    }
}

/// What a failed edit shows again: the form, its problems and what was typed.
async fn saved_or_failed(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    form: EditForm,
    values: &FormPairs,
    outcome: Result<(), Error>,
) -> AppResult<Response> {
    match outcome {
        Ok(()) => {
            // Back to the section just saved, not the top of a long page.
            let section = match form {
                EditForm::Basics => "basics-h",
                EditForm::NewOutcome | EditForm::Outcome(_) => "outcomes-h",
                EditForm::NewCapacity | EditForm::Capacity(_) => "capacity-edit-h",
                EditForm::Support => "support-edit-h",
            };
            let url = format!("{}/edit#{section}", initiative_url(&l.access, &l.initiative));
            Ok(redirect_with_flash(ctx, &url, "flash-saved"))
        }
        Err(Error::Invalid(errors)) => render_edit(state, ctx, l, Some(Failed { form, errors, values })).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let outcome =
        initiatives::update(&state.svc, &l.access, &l.initiative, &basics_input(&form), ctx.now).await.map(|_| ());
    saved_or_failed(&state, &ctx, &l, EditForm::Basics, &form, outcome).await
}

fn outcome_input(form: &FormPairs) -> OutcomeInput {
    OutcomeInput {
        description: form.get("description").to_owned(),
        measure: form.get("measure").to_owned(),
        target: form.get("target").to_owned(),
    }
}

fn capacity_input(form: &FormPairs) -> CapacityInput {
    CapacityInput {
        kind: form.get("kind").to_owned(),
        title: form.get("title").to_owned(),
        owner: form.get("owner").to_owned(),
        status: form.get("status").to_owned(),
        evidence: form.get("evidence").to_owned(),
    }
}

pub async fn add_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let outcome = initiatives::add_outcome(&state.svc, &l.access, &l.initiative, &outcome_input(&form), ctx.now)
        .await
        .map(|_| ());
    saved_or_failed(&state, &ctx, &l, EditForm::NewOutcome, &form, outcome).await
}

pub async fn update_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let outcome = initiatives::update_outcome(&state.svc, &l.access, &l.initiative, id, &outcome_input(&form), ctx.now)
        .await
        .map(|_| ());
    saved_or_failed(&state, &ctx, &l, EditForm::Outcome(id), &form, outcome).await
}

pub async fn delete_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let outcome = initiatives::delete_outcome(&state.svc, &l.access, &l.initiative, id, ctx.now).await;
    saved_or_failed(&state, &ctx, &l, EditForm::Outcome(id), &form, outcome).await
}

pub async fn add_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let outcome = initiatives::add_capacity(&state.svc, &l.access, &l.initiative, &capacity_input(&form), ctx.now)
        .await
        .map(|_| ());
    saved_or_failed(&state, &ctx, &l, EditForm::NewCapacity, &form, outcome).await
}

pub async fn update_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let outcome =
        initiatives::update_capacity(&state.svc, &l.access, &l.initiative, id, &capacity_input(&form), ctx.now)
            .await
            .map(|_| ());
    saved_or_failed(&state, &ctx, &l, EditForm::Capacity(id), &form, outcome).await
}

pub async fn delete_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let outcome = initiatives::delete_capacity(&state.svc, &l.access, &l.initiative, id, ctx.now).await;
    saved_or_failed(&state, &ctx, &l, EditForm::Capacity(id), &form, outcome).await
}

/// One row per stakeholder group: `stance_{id}` and `note_{id}`.
pub async fn set_support(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load_for_edit(&state, &ctx, &slug, &islug).await?;
    let rows: Vec<StanceInput> = l
        .groups
        .iter()
        .map(|g| StanceInput {
            group_id: g.id,
            stance: form.get(&format!("stance_{}", g.id)).to_owned(),
            note: form.get(&format!("note_{}", g.id)).to_owned(),
        })
        .collect();
    let outcome = initiatives::set_stances(&state.svc, &l.access, &l.initiative, &rows, ctx.now).await;
    saved_or_failed(&state, &ctx, &l, EditForm::Support, &form, outcome).await
}
