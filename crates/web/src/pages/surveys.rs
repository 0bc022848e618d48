//! Co-evaluation surveys: the community's surveys, each survey's page
//! where organisers write questions, combine scales, invite, remind, enter
//! paper forms and publish; the page a respondent opens from their link
//! (how their answers are kept is said before the first question); and the
//! results, printable as the report.

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::{Markup, html};
use tandem_domain::{
    Invalid,
    privacy::Threshold,
    survey_templates::TEMPLATES,
    surveys::{Mode, QuestionInput, QuestionKind, RATING_MAX, RawAnswers, SCALE_POINTS, ScaleLabels, scale_items},
    text::{LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
};
use tandem_service::{
    Access, Error,
    i18n::Arg,
    surveys::{self, Audience, Estimate, Question, QuestionResult, Results, Status, Survey},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{
        FieldOpts, Fields, Page, choice_label, choice_options, crumb, csrf_field, data_table, error_summary_in, figure,
        paragraphs,
    },
    labels::{group_name, human_date},
    pages::{
        bodies::{Failed, crumbs, group_label, typed},
        redirect_with_flash,
    },
    state::AppState,
};

fn base(access: &Access) -> String {
    format!("/c/{}/surveys", access.community.slug)
}

fn errors_in<'b>(failed: &'b Option<Failed<'_>>, form: &str, empty: &'b Invalid) -> &'b Invalid {
    failed.as_ref().filter(|f| f.form == form).map_or(empty, |f| &f.errors)
}

fn status_badge(ctx: &Ctx, s: &Survey) -> Markup {
    html! {
        span class="badge" { (ctx.t(&format!("survey-status-{}", s.status.key()))) }
        @if s.published_at.is_some() { " " span class="badge" { (ctx.t("survey-published")) } }
    }
}

/// A mean with its 95 % interval: "3.80 (3.62–3.98)".
fn mean_text(e: &Estimate) -> String {
    format!("{:.2} ({:.2}–{:.2})", e.mean, e.low, e.high)
}

// ---- the list

pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_list(&state, &ctx, &access, None).await
}

async fn render_list(state: &AppState, ctx: &Ctx, access: &Access, failed: Option<Failed<'_>>) -> AppResult<Response> {
    let all = surveys::list(&state.svc, access, None).await?;
    let staff = access.can_facilitate();
    let initiatives = if staff { tandem_service::initiatives::list(&state.svc, access).await? } else { Vec::new() };
    let empty = Invalid::default();
    let errors = errors_in(&failed, "survey", &empty);
    let value = |name: &str, default: &str| typed(&failed, "survey", name, default);
    let title = ctx.t("surveys-title");
    let url = base(access);
    let f = Fields::with_prefix(ctx, errors, "survey");
    let initiative_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("events-whole-community")))
        .chain(initiatives.iter().map(|i| (i.id.to_string(), i.title.clone())))
        .collect();
    let template_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("surveys-blank")))
        .chain(TEMPLATES.iter().map(|t| (t.key.to_owned(), ctx.t(&format!("survey-template-{}", t.key)))))
        .collect();
    let lang_opts = vec![("en".to_owned(), "English".to_owned()), ("es".to_owned(), "Español".to_owned())];
    let body = html! {
        h1 { (title) }
        p { (ctx.t("surveys-lead")) }
        (error_summary_in(ctx, errors, &[], "survey"))
        @if all.is_empty() { p { (ctx.t("surveys-none")) } }
        ul class="card-list" {
            @for s in &all {
                li class="card" {
                    h2 { a href=(format!("{url}/{}", s.id)) { (s.title) } }
                    p { (status_badge(ctx, s)) " · " (choice_label(ctx, "survey-mode-short", s.mode))
                        @if !s.wave_label.is_empty() { " · " (s.wave_label) } }
                    @if s.published_at.is_some() || staff {
                        p { a href=(format!("{url}/{}/results", s.id)) { (ctx.t("surveys-results")) } }
                    }
                }
            }
        }
        @if staff {
            section aria-labelledby="survey-new-h" class="panel" {
                h2 id="survey-new-h" { (ctx.t("surveys-new")) }
                p { (ctx.t("surveys-new-lead")) }
                form method="post" action=(url) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.select("initiative", &ctx.t("bodies-field-initiative"), &initiative_opts, &value("initiative", ""), FieldOpts::default().hint(ctx.t("surveys-initiative-hint"))))
                    (f.select("template", &ctx.t("surveys-template"), &template_opts, &value("template", ""), FieldOpts::default().hint(ctx.t("surveys-template-hint"))))
                    (f.select("language", &ctx.t("surveys-template-language"), &lang_opts, &value("language", ctx.lang.code()), FieldOpts::default()))
                    (f.text("title", &ctx.t("surveys-field-title"), &value("title", ""), FieldOpts::default().max(TITLE_MAX).hint(ctx.t("surveys-field-title-hint"))))
                    (f.textarea("intro", &ctx.t("surveys-field-intro"), &value("intro", ""), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
                    (f.select("mode", &ctx.t("surveys-field-mode"), &choice_options::<Mode>(ctx, "survey-mode-short"), &value("mode", "anonymous"), FieldOpts::required().hint(ctx.t("surveys-field-mode-hint"))))
                    button type="submit" class="button" { (ctx.t("surveys-new")) }
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
    let initiative = form.id("initiative")?;
    let done = match form.get("template").trim() {
        "" => {
            let fields = (form.get("title"), form.get("intro"), form.get("mode"));
            surveys::create(&state.svc, &access, initiative, fields, ctx.now).await
        }
        key => surveys::from_template(&state.svc, &access, initiative, key, form.get("language"), ctx.now).await,
    };
    match done {
        Ok(id) => Ok(redirect_with_flash(&ctx, &format!("{}/{id}", base(&access)), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_list(&state, &ctx, &access, Some(Failed { form: "survey".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---- one survey

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render(&state, &ctx, &access, id, None).await
}

fn question_summary(ctx: &Ctx, n: usize, q: &Question) -> Markup {
    html! {
        @if !q.section.is_empty() { p class="meta" { strong { (q.section) } } }
        p {
            strong { (n + 1) ". " (q.prompt) }
            " " span class="badge" { (choice_label(ctx, "survey-kind", q.kind)) }
            @if q.required { " " span class="badge" { (ctx.t("surveys-required")) } }
        }
        @if let Some(l) = q.labels { p class="meta" { (ctx.t("surveys-labels")) ": " (labels_line(ctx, l)) } }
        @if !q.options.is_empty() { p class="meta" { (q.options.join(" · ")) } }
        @if !q.rows.is_empty() { p class="meta" { (q.rows.join(" · ")) } }
        @if let Some(c) = &q.show_if {
            p class="meta" { (ctx.ta("surveys-shown-if", &[("n", Arg::Num(c.question as i64 + 1)), ("options", Arg::Str(c.any_of.iter().map(|o| (o + 1).to_string()).collect::<Vec<_>>().join(", ")))])) }
        }
    }
}

fn labels_line(ctx: &Ctx, l: ScaleLabels) -> String {
    (1..=SCALE_POINTS).map(|p| ctx.t(&format!("survey-label-{}-{p}", l.key()))).collect::<Vec<_>>().join(" · ")
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let (s, questions, scales) = surveys::get(&state.svc, access, id).await?;
    let staff = access.can_facilitate();
    let url = format!("{}/{id}", base(access));
    let empty = Invalid::default();
    let value = |form: &str, name: &str, default: &str| typed(&failed, form, name, default);
    let fq = Fields::with_prefix(ctx, errors_in(&failed, "question", &empty), "question");
    let fs = Fields::with_prefix(ctx, errors_in(&failed, "scale", &empty), "scale");
    let fi = Fields::with_prefix(ctx, errors_in(&failed, "invite", &empty), "invite");
    let fl = Fields::with_prefix(ctx, errors_in(&failed, "links", &empty), "links");
    let fw = Fields::with_prefix(ctx, errors_in(&failed, "wave", &empty), "wave");
    let fn_ = Fields::with_prefix(ctx, errors_in(&failed, "name", &empty), "name");
    let meetings = if staff && s.status == Status::Open {
        tandem_service::meetings::list(&state.svc, access, tandem_service::meetings::Scope::Community).await?
    } else {
        Vec::new()
    };
    let (groups, schools, bodies, events, outcomes, rates) = if staff {
        let outcomes = surveys::outcomes(&state.svc, access, id).await?;
        (
            tandem_service::community::groups(&state.svc, access).await?,
            tandem_service::community::schools(&state.svc, access).await?,
            tandem_service::bodies::list(&state.svc, access, ctx.now).await?,
            tandem_service::events::list(&state.svc, access).await?,
            outcomes,
            surveys::response_rates(&state.svc, access, id).await?,
        )
    } else {
        Default::default()
    };
    let chosen = |form: &str, name: &str| -> Vec<String> {
        failed.as_ref().filter(|f| f.form == form).map(|f| f.values.all(name)).unwrap_or_default()
    };
    let outcome_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("surveys-no-outcome")))
        .chain(outcomes.iter().map(|o| (o.id.to_string(), o.description.clone())))
        .collect();
    let group_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("bodies-any-constituency")))
        .chain(groups.iter().map(|g| (g.key.clone(), group_name(ctx, g))))
        .collect();
    let school_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("surveys-any-school")))
        .chain(schools.iter().map(|x| (x.id.to_string(), x.name.clone())))
        .collect();
    let items = scale_items(&questions);
    let errors_all = failed.as_ref().map_or(&empty, |f| &f.errors);
    let form_name = failed.as_ref().map_or("", |f| f.form.as_str());
    let body = html! {
        h1 { (s.title) }
        p class="meta" { (status_badge(ctx, &s)) @if !s.wave_label.is_empty() { " · " (s.wave_label) } }
        (paragraphs(&s.intro))
        div class="notice" { p { (ctx.t(&format!("survey-mode-{}", s.mode.key()))) } }
        @if s.published_at.is_some() || staff {
            p { a class="button secondary" href=(format!("{url}/results")) { (ctx.t("surveys-results")) } }
        }
        @if !staff && s.status == Status::Open { p { (ctx.t("surveys-answer-by-link")) } }
        @if !questions.is_empty() { p { a href=(format!("{url}/form")) { (ctx.t("surveys-printable")) } } }
        (error_summary_in(ctx, errors_all, &[], form_name))
        @if staff {
            section aria-labelledby="steps-h" class="panel" {
                h2 id="steps-h" { (ctx.t("surveys-steps")) }
                @match (s.status, s.published_at) {
                    (Status::Draft, _) => {
                        p { (ctx.t("surveys-draft-lead")) }
                        form method="post" action=(format!("{url}/open")) class="inline-form" {
                            (csrf_field(ctx)) button type="submit" class="button" { (ctx.t("surveys-open")) }
                        }
                    }
                    (Status::Open, _) => {
                        p { (ctx.t("surveys-open-lead")) }
                        form method="post" action=(format!("{url}/close")) class="inline-form" {
                            (csrf_field(ctx)) button type="submit" class="button secondary" { (ctx.t("surveys-close")) }
                        }
                    }
                    (Status::Closed, None) => {
                        p { (ctx.t("surveys-publish-lead")) }
                        form method="post" action=(format!("{url}/publish")) class="inline-form" {
                            (csrf_field(ctx)) button type="submit" class="button" { (ctx.t("surveys-publish")) }
                        }
                    }
                    (Status::Closed, Some(at)) => {
                        p { (ctx.ta("surveys-published-on", &[("date", Arg::Str(human_date(ctx, at)))])) }
                    }
                }
                form method="post" action=(format!("{url}/wave-label")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (fn_.text("wave_label", &ctx.t("surveys-field-wave-label"), &value("name", "wave_label", &s.wave_label), FieldOpts::required().max(TITLE_MAX).hint(ctx.t("surveys-field-wave-label-hint"))))
                    button type="submit" class="button secondary" { (ctx.t("surveys-name-wave")) }
                }
                p {
                    a href=(format!("{url}/responses.csv")) download { (ctx.t("surveys-export-responses")) } " · "
                    a href=(format!("{url}/codebook.csv")) download { (ctx.t("surveys-export-codebook")) }
                }
            }
        }
        section aria-labelledby="questions-h" {
            h2 id="questions-h" { (ctx.t("surveys-questions")) }
            @if questions.is_empty() { p { (ctx.t("surveys-no-questions")) } }
            ol class="plain" { @for (n, q) in questions.iter().enumerate() { li { (question_summary(ctx, n, q)) } } }
        }
        @if staff && s.status == Status::Draft {
            form method="post" action=(format!("{url}/questions")) novalidate class="stack panel" {
                h2 { (ctx.t("surveys-add-question")) }
                (csrf_field(ctx))
                (fq.text("section", &ctx.t("surveys-field-section"), &value("question", "section", ""), FieldOpts::default().max(TITLE_MAX).hint(ctx.t("surveys-field-section-hint"))))
                (fq.choice("kind", &ctx.t("surveys-field-kind"), "survey-kind", QuestionKind::parse(&value("question", "kind", "scale")), FieldOpts::required()))
                (fq.text("prompt", &ctx.t("surveys-field-prompt"), &value("question", "prompt", ""), FieldOpts::required().max(SUMMARY_MAX).hint(ctx.t("surveys-field-prompt-hint"))))
                (fq.choice("labels", &ctx.t("surveys-field-labels"), "survey-labels", ScaleLabels::parse(&value("question", "labels", "agreement")), FieldOpts::default().hint(ctx.t("surveys-field-labels-hint"))))
                (fq.textarea("options", &ctx.t("surveys-field-options"), &value("question", "options", ""), FieldOpts::default().rows(3).hint(ctx.t("surveys-field-options-hint"))))
                (checkbox("f-question-other", "other", &ctx.t("surveys-field-other"), value("question", "other", "") == "1"))
                (fq.textarea("rows", &ctx.t("surveys-field-rows"), &value("question", "rows", ""), FieldOpts::default().rows(3).hint(ctx.t("surveys-field-rows-hint"))))
                (checkbox("f-question-required", "required", &ctx.t("surveys-field-required"), value("question", "required", "") == "1"))
                (fq.text("show_if", &ctx.t("surveys-field-show-if"), &value("question", "show_if", ""), FieldOpts::default().hint(ctx.t("surveys-field-show-if-hint"))))
                button type="submit" class="button" { (ctx.t("surveys-add-question")) }
            }
        }
        section aria-labelledby="scales-h" {
            h2 id="scales-h" { (ctx.t("surveys-scales")) }
            p { (ctx.t("surveys-scales-lead")) }
            @if scales.is_empty() { p { (ctx.t("surveys-no-scales")) } }
            ul class="plain" {
                @for sc in &scales {
                    li {
                        strong { (sc.name) } " — "
                        (sc.items.iter().map(|i| if i.reverse { format!("{} ({})", i.key(), ctx.t("surveys-reversed")) } else { i.key() }).collect::<Vec<_>>().join(", "))
                        @if staff && s.initiative_id.is_some() {
                            form method="post" action=(format!("{url}/scales/{}/outcome", sc.position)) class="inline-form" {
                                (csrf_field(ctx))
                                @let fid = format!("f-scale-outcome-{}", sc.position);
                                label for=(fid) { (ctx.ta("surveys-scale-measures", &[("name", Arg::Str(sc.name.clone()))])) }
                                select id=(fid) name="outcome" {
                                    @for (v, t) in &outcome_opts { option value=(v) selected[sc.outcome_id.map(|o| o.to_string()).unwrap_or_default() == *v] { (t) } }
                                }
                                button type="submit" class="button secondary small" { (ctx.t("form-save")) }
                            }
                        }
                    }
                }
            }
        }
        @if staff && !items.is_empty() {
            form method="post" action=(format!("{url}/scales")) novalidate class="stack panel" {
                h2 { (ctx.t("surveys-add-scale")) }
                (csrf_field(ctx))
                (fs.text("name", &ctx.t("surveys-field-scale-name"), &value("scale", "name", ""), FieldOpts::required().max(TITLE_MAX)))
                fieldset class="field" id="f-scale-items" {
                    legend { (ctx.t("surveys-field-scale-items")) }
                    p class="hint" { (ctx.t("surveys-field-scale-items-hint")) }
                    @for (item, label) in &items {
                        @let key = item.key();
                        div class="checkbox" {
                            input type="checkbox" id=(format!("f-scale-i-{key}")) name="items" value=(key) checked[chosen("scale", "items").contains(&key)];
                            label for=(format!("f-scale-i-{key}")) { (key) ". " (label) }
                        }
                        div class="checkbox" {
                            input type="checkbox" id=(format!("f-scale-r-{key}")) name="reversed" value=(key) checked[chosen("scale", "reversed").contains(&key)];
                            label for=(format!("f-scale-r-{key}")) { (ctx.ta("surveys-reverse-item", &[("item", Arg::Str(key.clone()))])) }
                        }
                    }
                }
                @if s.initiative_id.is_some() {
                    (fs.select("outcome", &ctx.t("surveys-field-outcome"), &outcome_opts, &value("scale", "outcome", ""), FieldOpts::default().hint(ctx.t("surveys-field-outcome-hint"))))
                }
                button type="submit" class="button" { (ctx.t("surveys-add-scale")) }
            }
        }
        @if staff && s.status == Status::Open {
            section aria-labelledby="invite-h" class="panel" {
                h2 id="invite-h" { (ctx.t("surveys-invite")) }
                p { (ctx.t("surveys-invite-lead")) }
                form method="post" action=(format!("{url}/invite")) novalidate class="stack" {
                    (csrf_field(ctx))
                    fieldset class="field" id="f-invite-groups" {
                        legend { (ctx.t("surveys-field-groups")) }
                        @for g in &groups {
                            div class="checkbox" {
                                input type="checkbox" id=(format!("f-invite-g-{}", g.key)) name="groups" value=(g.key) checked[chosen("invite", "groups").contains(&g.key)];
                                label for=(format!("f-invite-g-{}", g.key)) { (group_name(ctx, g)) }
                            }
                        }
                    }
                    @if !schools.is_empty() {
                        fieldset class="field" id="f-invite-schools" {
                            legend { (ctx.t("surveys-field-schools")) }
                            @for x in &schools {
                                div class="checkbox" {
                                    input type="checkbox" id=(format!("f-invite-s-{}", x.id)) name="schools" value=(x.id) checked[chosen("invite", "schools").contains(&x.id.to_string())];
                                    label for=(format!("f-invite-s-{}", x.id)) { (x.name) }
                                }
                            }
                        }
                    }
                    @let body_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("surveys-no-body"))).chain(bodies.iter().map(|b| (b.body.id.to_string(), b.body.name.clone()))).collect();
                    (fi.select("body", &ctx.t("surveys-field-body"), &body_opts, &value("invite", "body", ""), FieldOpts::default()))
                    @let event_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("surveys-no-event"))).chain(events.iter().map(|e| (e.event.id.to_string(), e.event.title.clone()))).collect();
                    (fi.select("event", &ctx.t("surveys-field-event"), &event_opts, &value("invite", "event", ""), FieldOpts::default()))
                    @let meeting_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("surveys-no-meeting"))).chain(meetings.iter().map(|m| (m.id.to_string(), format!("{} · {}", m.title, human_date(ctx, m.starts_at))))).collect();
                    (fi.select("meeting", &ctx.t("surveys-field-meeting"), &meeting_opts, &value("invite", "meeting", ""), FieldOpts::default().hint(ctx.t("surveys-field-meeting-hint"))))
                    button type="submit" class="button" { (ctx.t("surveys-invite")) }
                }
                form method="post" action=(format!("{url}/remind")) class="inline-form" {
                    (csrf_field(ctx))
                    button type="submit" class="button secondary" { (ctx.t("surveys-remind")) }
                }
                p class="hint" { (ctx.t("surveys-remind-hint")) }
            }
            form method="post" action=(format!("{url}/links")) novalidate class="stack panel" {
                h2 { (ctx.t("surveys-links")) }
                p { (ctx.t("surveys-links-lead")) }
                (csrf_field(ctx))
                (fl.select("group", &ctx.t("surveys-field-group"), &group_opts, &value("links", "group", ""), FieldOpts::default()))
                (fl.select("school", &ctx.t("surveys-field-school"), &school_opts, &value("links", "school", ""), FieldOpts::default()))
                (fl.text("count", &ctx.t("surveys-field-count"), &value("links", "count", "30"), FieldOpts::required().kind("number").hint(ctx.ta("surveys-field-count-hint", &[("max", Arg::Num(surveys::LINKS_MAX))]))))
                button type="submit" class="button secondary" { (ctx.t("surveys-links-print")) }
            }
            p { a href=(format!("{url}/paper")) { (ctx.t("surveys-paper")) } }
        }
        @if staff && !rates.is_empty() {
            (data_table(ctx, &ctx.t("surveys-rates"), "data", html! {
                thead { tr { th scope="col" { (ctx.t("surveys-group")) } th scope="col" { (ctx.t("surveys-invited")) } th scope="col" { (ctx.t("surveys-answered")) } } }
                tbody { @for (k, invited, answered) in &rates { tr {
                    td { (group_label(ctx, &groups, k.as_deref())) } td { (invited) } td { (answered) }
                } } }
            }))
        }
        @if staff && s.status != Status::Draft {
            form method="post" action=(format!("{url}/wave")) novalidate class="stack panel" {
                h2 { (ctx.t("surveys-wave")) }
                p { (ctx.t("surveys-wave-lead")) }
                (csrf_field(ctx))
                (fw.text("wave_label", &ctx.t("surveys-field-wave-label"), &value("wave", "wave_label", ""), FieldOpts::required().max(TITLE_MAX).hint(ctx.t("surveys-field-wave-label-hint"))))
                button type="submit" class="button secondary" { (ctx.t("surveys-wave")) }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = crumbs(ctx, access);
    crumbs.push(crumb(ctx.t("surveys-title"), base(access)));
    Ok(Page::new(&s.title, body).crumbs(crumbs).status(status).render(ctx))
}

fn checkbox(id: &str, name: &str, label: &str, checked: bool) -> Markup {
    html! {
        div class="checkbox" {
            input type="checkbox" id=(id) name=(name) value="1" checked[checked];
            label for=(id) { (label) }
        }
    }
}

/// Runs a form's use case: back to the survey with a flash, or the survey
/// again with the form's problems.
async fn after(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    (form_name, form): (&str, &FormPairs),
    done: tandem_service::Result<()>,
    flash: &'static str,
) -> AppResult<Response> {
    match done {
        Ok(()) => Ok(redirect_with_flash(ctx, &format!("{}/{id}", base(access)), flash)),
        Err(Error::Invalid(errors)) => {
            render(state, ctx, access, id, Some(Failed { form: form_name.into(), errors, values: form })).await
        }
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(ctx, &format!("{}/{id}", base(access)), message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn add_question(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = question_input(&form);
    let done = surveys::add_question(&state.svc, &access, id, &input, ctx.now).await;
    after(&state, &ctx, &access, id, ("question", &form), done, "flash-saved").await
}

pub fn question_input(form: &FormPairs) -> QuestionInput {
    QuestionInput {
        section: form.get("section").to_owned(),
        kind: form.get("kind").to_owned(),
        prompt: form.get("prompt").to_owned(),
        options: form.get("options").to_owned(),
        other: form.ticked("other"),
        labels: form.get("labels").to_owned(),
        rows: form.get("rows").to_owned(),
        required: form.ticked("required"),
        show_if: form.get("show_if").to_owned(),
    }
}

pub async fn add_scale(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let outcome = form.id("outcome")?;
    let (items, reversed) = (form.all("items"), form.all("reversed"));
    let done =
        surveys::add_scale(&state.svc, &access, id, (form.get("name"), &items, &reversed), outcome, ctx.now).await;
    after(&state, &ctx, &access, id, ("scale", &form), done, "flash-saved").await
}

pub async fn link_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, position)): Path<(String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let outcome = form.id("outcome")?;
    let done = surveys::link_outcome(&state.svc, &access, id, position, outcome, ctx.now).await;
    after(&state, &ctx, &access, id, ("scale", &form), done, "flash-saved").await
}

pub async fn name_wave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let done = surveys::name_wave(&state.svc, &access, id, form.get("wave_label"), ctx.now).await;
    after(&state, &ctx, &access, id, ("name", &form), done, "flash-saved").await
}

pub async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let done = surveys::open(&state.svc, &access, id, ctx.now).await;
    after(&state, &ctx, &access, id, ("open", &form), done, "flash-survey-opened").await
}

pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let done = surveys::close(&state.svc, &access, id, ctx.now).await;
    after(&state, &ctx, &access, id, ("close", &form), done, "flash-survey-closed").await
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let done = surveys::publish(&state.svc, &access, id, ctx.now).await;
    after(&state, &ctx, &access, id, ("publish", &form), done, "flash-survey-published").await
}

pub async fn remind(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let done = surveys::remind(&state.svc, &access, id, ctx.now).await.map(|_| ());
    after(&state, &ctx, &access, id, ("remind", &form), done, "flash-survey-reminded").await
}

pub async fn new_wave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match surveys::new_wave(&state.svc, &access, id, form.get("wave_label"), ctx.now).await {
        Ok(wave) => Ok(redirect_with_flash(&ctx, &format!("{}/{wave}", base(&access)), "flash-saved")),
        other => after(&state, &ctx, &access, id, ("wave", &form), other.map(|_| ()), "flash-saved").await,
    }
}

pub fn audience(form: &FormPairs) -> Result<Audience, crate::error::AppError> {
    Ok(Audience {
        groups: form.all("groups"),
        schools: form.ids("schools")?,
        body: form.id("body")?,
        event: form.id("event")?,
        meeting: form.id("meeting")?,
    })
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let who = audience(&form)?;
    match surveys::invite(&state.svc, &access, id, &who, ctx.now).await {
        Ok(invited) if invited.links.is_empty() => {
            let flash = if invited.emailed == 0 { "flash-survey-nobody-new" } else { "flash-survey-invited" };
            Ok(redirect_with_flash(&ctx, &format!("{}/{id}", base(&access)), flash))
        }
        Ok(invited) => {
            let named: Vec<(Option<String>, String)> = invited.links.into_iter().map(|(n, t)| (Some(n), t)).collect();
            links_page(&state, &ctx, &access, id, invited.emailed, &named).await
        }
        other => after(&state, &ctx, &access, id, ("invite", &form), other.map(|_| ()), "flash-survey-invited").await,
    }
}

pub async fn blank_links(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let school = form.id("school")?;
    match surveys::blank_links(&state.svc, &access, id, (form.get("group"), school, form.get("count")), ctx.now).await {
        Ok(tokens) => {
            let rows: Vec<(Option<String>, String)> = tokens.into_iter().map(|t| (None, t)).collect();
            links_page(&state, &ctx, &access, id, 0, &rows).await
        }
        other => after(&state, &ctx, &access, id, ("links", &form), other.map(|_| ()), "flash-saved").await,
    }
}

/// Links to print and hand out, one per person, each with the survey's
/// title and how answers are kept; shown once (only their hashes are kept).
async fn links_page(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    emailed: usize,
    rows: &[(Option<String>, String)],
) -> AppResult<Response> {
    let (s, ..) = surveys::get(&state.svc, access, id).await?;
    let site = state.svc.base_url();
    let title = ctx.ta("surveys-links-title", &[("title", Arg::Str(s.title.clone()))]);
    let body = html! {
        h1 { (title) }
        @if emailed > 0 { p { (ctx.ta("surveys-emailed", &[("count", Arg::Num(emailed as i64))])) } }
        div class="notice no-print" { p { (ctx.t("surveys-links-once")) } }
        ul class="plain slips" {
            @for (name, token) in rows {
                li class="slip" {
                    @if let Some(n) = name { p { strong { (n) } } }
                    p { (s.title) }
                    p class="meta" { (ctx.t(&format!("survey-mode-{}", s.mode.key()))) }
                    p { code { (site) (surveys::link_path(access, token)) } }
                }
            }
        }
        p class="no-print" { a href=(format!("{}/{id}", base(access))) { (ctx.t("surveys-back")) } }
    };
    Ok(Page::new(&title, body).print().render(ctx))
}

// ---- answering

/// The questionnaire to print and fill in by hand (paper forms are then
/// typed in by organisers).
pub async fn printable(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let (s, questions, _) = surveys::get(&state.svc, &access, id).await?;
    let body = html! {
        h1 { (s.title) }
        p { (ctx.t(&format!("survey-mode-{}", s.mode.key()))) }
        (paragraphs(&s.intro))
        p class="no-print" { (ctx.t("surveys-print-hint")) }
        div class="stack survey paper-form" { (questionnaire(&ctx, &questions, None, &Invalid::default())) }
    };
    let mut crumbs = crumbs(&ctx, &access);
    crumbs.push(crumb(ctx.t("surveys-title"), base(&access)));
    crumbs.push(crumb(s.title.clone(), format!("{}/{id}", base(&access))));
    Ok(Page::new(&s.title, body).crumbs(crumbs).print().render(&ctx))
}

/// The fields of a questionnaire: every question as a group of inputs
/// named as `check_answers` reads them, with its problem beside it. A
/// question asked only after some answers says so (there is no script to
/// hide it).
fn questionnaire(ctx: &Ctx, questions: &[Question], form: Option<&FormPairs>, errors: &Invalid) -> Markup {
    let all = |name: &str| form.map(|f| f.all(name)).unwrap_or_default();
    let one = |name: &str| form.map(|f| f.get(name).to_owned()).unwrap_or_default();
    html! {
        @for (n, q) in questions.iter().enumerate() {
            @let name = format!("q{n}");
            @let id = format!("f-{name}");
            @if !q.section.is_empty() { h2 { (q.section) } }
            @let error = errors.field(&name);
            fieldset class=(if error.is_some() { "field field-error question" } else { "field question" }) id=(id)
                aria-describedby=[error.map(|_| format!("{id}-error"))] {
                legend {
                    (n + 1) ". " (q.prompt)
                    @if !q.required { " " span class="optional" { (ctx.t("form-optional")) } }
                }
                @if let Some(c) = &q.show_if {
                    p class="hint" { (ctx.ta("surveys-condition-hint", &[("n", Arg::Num(c.question as i64 + 1)), ("options", Arg::Str(c.any_of.iter().filter_map(|o| questions.get(c.question).and_then(|t| t.options.get(*o)).cloned()).collect::<Vec<_>>().join(" / ")))])) }
                }
                @if let Some(e) = error {
                    p class="field-problem" id=(format!("{id}-error")) {
                        span class="visually-hidden" { (ctx.t("form-error-prefix")) " " }
                        (crate::html::field_message(ctx, e))
                    }
                }
                @match q.kind {
                    QuestionKind::Single | QuestionKind::Multiple => {
                        @let kind = if q.kind == QuestionKind::Single { "radio" } else { "checkbox" };
                        @let picked = all(&name);
                        @for (o, option) in q.options.iter().enumerate() {
                            div class="checkbox" {
                                input type=(kind) id=(format!("{id}-{o}")) name=(name) value=(o) checked[picked.contains(&o.to_string())];
                                label for=(format!("{id}-{o}")) { (option) }
                            }
                        }
                        @if q.other {
                            div class="checkbox" {
                                input type=(kind) id=(format!("{id}-other")) name=(name) value="other" checked[picked.iter().any(|p| p == "other")];
                                label for=(format!("{id}-other")) { (ctx.t("surveys-other")) }
                            }
                            label for=(format!("{id}-other-text")) class="visually-hidden" { (ctx.t("surveys-other-text")) }
                            input type="text" id=(format!("{id}-other-text")) name=(format!("{name}_other")) value=(one(&format!("{name}_other"))) maxlength=(SUMMARY_MAX);
                        }
                    }
                    QuestionKind::Scale => {
                        @let picked = one(&name);
                        @for p in 1..=SCALE_POINTS {
                            div class="checkbox" {
                                input type="radio" id=(format!("{id}-{p}")) name=(name) value=(p) checked[picked == p.to_string()];
                                label for=(format!("{id}-{p}")) { (ctx.t(&format!("survey-label-{}-{p}", q.labels.unwrap_or(ScaleLabels::Agreement).key()))) }
                            }
                        }
                    }
                    QuestionKind::Rating => {
                        p class="hint" { (ctx.t("surveys-rating-hint")) }
                        div class="rating" {
                            @let picked = one(&name);
                            @for p in 0..=RATING_MAX {
                                span class="rating-point" {
                                    input type="radio" id=(format!("{id}-{p}")) name=(name) value=(p) checked[picked == p.to_string()];
                                    label for=(format!("{id}-{p}")) { (p) }
                                }
                            }
                        }
                    }
                    QuestionKind::Ranking => {
                        p class="hint" { (ctx.t("surveys-ranking-hint")) }
                        @for (o, option) in q.options.iter().enumerate() {
                            @let field = format!("{name}_rank_{o}");
                            @let picked = one(&field);
                            div class="field" {
                                label for=(format!("{id}-rank-{o}")) { (option) }
                                select id=(format!("{id}-rank-{o}")) name=(field) {
                                    option value="" { "—" }
                                    @for r in 1..=q.options.len() { option value=(r) selected[picked == r.to_string()] { (r) } }
                                }
                            }
                        }
                    }
                    QuestionKind::ShortText => {
                        label for=(format!("{id}-text")) class="visually-hidden" { (q.prompt) }
                        input type="text" id=(format!("{id}-text")) name=(name) value=(one(&name)) maxlength=(SUMMARY_MAX);
                    }
                    QuestionKind::LongText => {
                        label for=(format!("{id}-text")) class="visually-hidden" { (q.prompt) }
                        textarea id=(format!("{id}-text")) name=(name) rows="4" maxlength=(LONG_TEXT_MAX) { (one(&name)) }
                    }
                    QuestionKind::Grid => {
                        @for (r, row) in q.rows.iter().enumerate() {
                            @let field = format!("{name}_r{r}");
                            @let picked = one(&field);
                            fieldset class="grid-row" {
                                legend { (row) }
                                @for p in 1..=SCALE_POINTS {
                                    div class="checkbox" {
                                        input type="radio" id=(format!("{id}-r{r}-{p}")) name=(field) value=(p) checked[picked == p.to_string()];
                                        label for=(format!("{id}-r{r}-{p}")) { (ctx.t(&format!("survey-label-{}-{p}", q.labels.unwrap_or(ScaleLabels::Agreement).key()))) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn raw_answers(form: &FormPairs) -> RawAnswers {
    let mut raw = RawAnswers::new();
    for (k, v) in &form.0 {
        if k.starts_with('q') {
            raw.entry(k.clone()).or_default().push(v.clone());
        }
    }
    raw
}

pub async fn take(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, token)): Path<(String, String)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_take(&state, &ctx, &access, &token, None).await
}

async fn render_take(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    token: &str,
    failed: Option<(&FormPairs, Invalid)>,
) -> AppResult<Response> {
    let inv = surveys::invitation(&state.svc, access, token).await?;
    let s = &inv.survey;
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |(_, e)| e);
    let labels: Vec<(String, String)> =
        inv.questions.iter().enumerate().map(|(n, q)| (format!("q{n}"), q.prompt.clone())).collect();
    let label_refs: Vec<(&str, String)> = labels.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let body = html! {
        h1 { (s.title) }
        div class="notice" role="note" {
            h2 { (ctx.t("surveys-how-kept")) }
            p { (ctx.t(&format!("survey-mode-{}", s.mode.key()))) }
        }
        @if inv.answered {
            div class="notice" role="status" { p { (ctx.t("surveys-thanks")) } }
        } @else if s.status != Status::Open {
            div class="notice" role="status" { p { (ctx.t("error-survey-not-open")) } }
        } @else {
            (paragraphs(&s.intro))
            (error_summary_in(ctx, errors, &label_refs, ""))
            form method="post" action=(surveys::link_path(access, token)) novalidate class="stack survey" {
                (csrf_field(ctx))
                (questionnaire(ctx, &inv.questions, failed.as_ref().map(|(f, _)| *f), errors))
                button type="submit" class="button" { (ctx.t("surveys-send")) }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&s.title, body).status(status).render(ctx))
}

pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, token)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match surveys::respond(&state.svc, &access, &token, &raw_answers(&form)).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &surveys::link_path(&access, &token), "flash-survey-thanks")),
        Err(Error::Invalid(errors)) => render_take(&state, &ctx, &access, &token, Some((&form, errors))).await,
        Err(e) => Err(e.into()),
    }
}

// ---- paper forms

pub async fn paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_paper(&state, &ctx, &access, id, None).await
}

async fn render_paper(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    id: i64,
    failed: Option<(&FormPairs, Invalid)>,
) -> AppResult<Response> {
    access.require_facilitator()?;
    let (s, questions, _) = surveys::get(&state.svc, access, id).await?;
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let schools = tandem_service::community::schools(&state.svc, access).await?;
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |(_, e)| e);
    let f = Fields::new(ctx, errors);
    let kept = |name: &str, default: &str| failed.as_ref().map_or(default.to_owned(), |(f, _)| f.get(name).to_owned());
    let group_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("bodies-any-constituency")))
        .chain(groups.iter().map(|g| (g.key.clone(), group_name(ctx, g))))
        .collect();
    let school_opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("surveys-any-school")))
        .chain(schools.iter().map(|x| (x.id.to_string(), x.name.clone())))
        .collect();
    let url = format!("{}/{id}", base(access));
    let title = ctx.ta("surveys-paper-title", &[("title", Arg::Str(s.title.clone()))]);
    let mut labels: Vec<(String, String)> =
        questions.iter().enumerate().map(|(n, q)| (format!("q{n}"), q.prompt.clone())).collect();
    labels.push(("note".into(), ctx.t("surveys-field-note")));
    let label_refs: Vec<(&str, String)> = labels.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("surveys-paper-lead")) }
        (error_summary_in(ctx, errors, &label_refs, ""))
        @if s.status != Status::Open {
            div class="notice" role="status" { p { (ctx.t("error-survey-not-open")) } }
        } @else {
            form method="post" action=(format!("{url}/paper")) novalidate class="stack survey" {
                (csrf_field(ctx))
                (f.text("note", &ctx.t("surveys-field-note"), &kept("note", ""), FieldOpts::required().max(TITLE_MAX).hint(ctx.t("surveys-field-note-hint"))))
                (f.select("group", &ctx.t("surveys-field-group"), &group_opts, &kept("group", ""), FieldOpts::default()))
                (f.select("school", &ctx.t("surveys-field-school"), &school_opts, &kept("school", ""), FieldOpts::default()))
                (questionnaire(ctx, &questions, failed.as_ref().map(|(f, _)| *f), errors))
                button type="submit" class="button" { (ctx.t("surveys-paper-save")) }
            }
        }
        p { a href=(url) { (ctx.t("surveys-back")) } }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = crumbs(ctx, access);
    crumbs.push(crumb(ctx.t("surveys-title"), base(access)));
    crumbs.push(crumb(s.title.clone(), url));
    Ok(Page::new(&title, body).crumbs(crumbs).status(status).render(ctx))
}

pub async fn enter_paper(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let school = form.id("school")?;
    let fields = (form.get("group"), school, form.get("note"));
    match surveys::enter_paper(&state.svc, &access, id, fields, &raw_answers(&form), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{}/{id}/paper", base(&access)), "flash-survey-paper")),
        Err(Error::Invalid(errors)) => render_paper(&state, &ctx, &access, id, Some((&form, errors))).await,
        Err(e) => Err(e.into()),
    }
}

// ---- results

pub async fn results(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let r = surveys::results(&state.svc, &access, id).await?;
    let groups = tandem_service::community::groups(&state.svc, &access).await?;
    let staff = access.can_facilitate();
    let t = access.community.threshold;
    let url = format!("{}/{id}", base(&access));
    let title = ctx.ta("surveys-results-title", &[("title", Arg::Str(r.survey.title.clone()))]);
    let body = results_body(&ctx, &r, &groups, t, staff, &url);
    let mut crumbs = crumbs(&ctx, &access);
    crumbs.push(crumb(ctx.t("surveys-title"), base(&access)));
    crumbs.push(crumb(r.survey.title.clone(), url));
    Ok(Page::new(&title, body).crumbs(crumbs).print().render(&ctx))
}

fn results_body(
    ctx: &Ctx,
    r: &Results,
    groups: &[tandem_service::community::Group],
    t: Threshold,
    staff: bool,
    url: &str,
) -> Markup {
    let s = &r.survey;
    let title = ctx.ta("surveys-results-title", &[("title", Arg::Str(s.title.clone()))]);
    let pct = |n: u32, total: u32| {
        if total == 0 { String::new() } else { crate::labels::percent(f64::from(n) / f64::from(total)) }
    };
    html! {
        h1 { (title) }
        p class="meta" { (status_badge(ctx, s)) @if !s.wave_label.is_empty() { " · " (s.wave_label) } }
        @if s.published_at.is_none() { div class="notice" role="status" { p { (ctx.t("surveys-results-unpublished")) } } }
        p { (ctx.t(&format!("survey-mode-{}", s.mode.key()))) }
        p { (ctx.t("surveys-respondents")) ": " (figure(ctx, r.total, t)) " · " (ctx.ta("surveys-invited-count", &[("count", Arg::Num(r.invited))])) }
        p class="hint" { (ctx.ta("surveys-suppression", &[("threshold", Arg::Num(t.get())), ("texts", Arg::Num(surveys::TEXT_MIN as i64))])) }
        @if !r.respondents.is_empty() {
            (data_table(ctx, &ctx.t("surveys-respondents-by-group"), "data", html! {
                thead { tr { th scope="col" { (ctx.t("surveys-group")) } th scope="col" { (ctx.t("surveys-respondents")) } } }
                tbody { @for (k, cell) in &r.respondents { tr { td { (group_label(ctx, groups, k.as_deref())) } td { (figure(ctx, *cell, t)) } } } }
            }))
        }
        @if staff && !r.rates.is_empty() {
            (data_table(ctx, &ctx.t("surveys-rates"), "data", html! {
                thead { tr { th scope="col" { (ctx.t("surveys-group")) } th scope="col" { (ctx.t("surveys-invited")) } th scope="col" { (ctx.t("surveys-answered")) } th scope="col" { (ctx.t("surveys-rate")) } } }
                tbody { @for (k, invited, answered) in &r.rates { tr {
                    td { (group_label(ctx, groups, k.as_deref())) } td { (invited) } td { (answered) }
                    td { (crate::labels::percent(*answered as f64 / (*invited).max(1) as f64)) }
                } } }
            }))
        }
        @if !r.scales.is_empty() {
            section aria-labelledby="scales-h" {
                h2 id="scales-h" { (ctx.t("surveys-scales")) }
                (data_table(ctx, &ctx.t("surveys-scales-caption"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("surveys-scale")) }
                        th scope="col" { (ctx.t("surveys-score")) }
                        th scope="col" { abbr title=(ctx.t("surveys-alpha-long")) { (ctx.t("surveys-alpha")) } }
                        th scope="col" { (ctx.t("surveys-previous")) }
                        th scope="col" { (ctx.t("surveys-change")) }
                        th scope="col" { (ctx.t("surveys-outcome")) }
                    } }
                    tbody { @for sc in &r.scales { tr {
                        th scope="row" { (sc.name) }
                        td { @match &sc.estimate { Some(e) => (mean_text(e)), None => (ctx.ta("privacy-suppressed", &[("threshold", Arg::Num(t.get()))])) } }
                        td { @match sc.alpha { Some(a) => (format!("{a:.2}")), None => "—" } }
                        td { @match &sc.previous { Some((w, e, _)) => { (mean_text(e)) " " span class="meta" { (if w.wave_label.is_empty() { human_date(ctx, w.created_at) } else { w.wave_label.clone() }) } }, None => "—" } }
                        td { @match sc.previous.as_ref().and_then(|p| p.2) { Some(c) => (format!("{:+.2} ({:+.2} to {:+.2})", c.difference, c.low, c.high)), None => "—" } }
                        td { @match &sc.outcome { Some((_, d, target)) => { (d) @if !target.is_empty() { " · " (ctx.t("outcome-field-target")) ": " (target) } }, None => "—" } }
                    } } }
                }))
                p class="hint" { (ctx.t("surveys-change-hint")) }
            }
        }
        section aria-labelledby="answers-h" {
            h2 id="answers-h" { (ctx.t("surveys-questions")) }
            @for (n, (q, res)) in r.questions.iter().zip(&r.results).enumerate() {
                section class="result" aria-labelledby=(format!("q{n}-h")) {
                    h3 id=(format!("q{n}-h")) { (n + 1) ". " (q.prompt) }
                    @match res {
                        QuestionResult::Suppressed => p class="meta" { (ctx.ta("surveys-too-few", &[("threshold", Arg::Num(t.get()))])) },
                        QuestionResult::Points { overall, by_group, by_school } => {
                            @let total: u32 = overall.counts.iter().sum();
                            @let caption = ctx.ta("surveys-answers-to", &[("n", Arg::Num(n as i64 + 1))]);
                            (data_table(ctx, &caption, "data", html! {
                                thead { tr { th scope="col" { (ctx.t("surveys-answer")) } th scope="col" { (ctx.t("surveys-count")) } th scope="col" { (ctx.t("surveys-share")) } } }
                                tbody { @for (k, c) in overall.counts.iter().enumerate() { tr {
                                    td { (point_label(ctx, q, k)) } td { (c) } td { (pct(*c, total)) }
                                } } }
                            }))
                            @if let Some(e) = &overall.estimate {
                                p { (ctx.t("surveys-mean")) ": " (mean_text(&shift(q, e))) }
                            }
                            @if !by_group.is_empty() || !by_school.is_empty() {
                                ul class="plain" {
                                    @for (k, e) in by_group { li { (group_label(ctx, groups, k.as_deref())) ": " (mean_text(&shift(q, e))) " · n = " (e.n) } }
                                    @for (k, e) in by_school { li { (k.clone().unwrap_or_else(|| ctx.t("surveys-no-school"))) ": " (mean_text(&shift(q, e))) " · n = " (e.n) } }
                                }
                            }
                        }
                        QuestionResult::Grid(rows) => {
                            (data_table(ctx, &ctx.ta("surveys-answers-to", &[("n", Arg::Num(n as i64 + 1))]), "data", html! {
                                thead { tr { th scope="col" { (ctx.t("surveys-item")) } th scope="col" { (ctx.t("surveys-mean")) } th scope="col" { "n" } } }
                                tbody { @for (row, d) in q.rows.iter().zip(rows) { tr {
                                    th scope="row" { (row) }
                                    td { @match &d.estimate { Some(e) => (mean_text(e)), None => "—" } }
                                    td { (d.counts.iter().sum::<u32>()) }
                                } } }
                            }))
                        }
                        QuestionResult::Counts(counts) => {
                            ul class="plain" { @for (o, c) in q.options.iter().zip(counts) { li { (o) ": " (c) } } }
                        }
                        QuestionResult::Texts(texts) => {
                            @if texts.is_empty() { p class="meta" { (ctx.t("surveys-no-texts")) } }
                            ul class="plain texts" {
                                @for a in texts {
                                    li {
                                        blockquote { (a.text) }
                                        @if staff {
                                            p class="meta no-print" {
                                                (ctx.t(match a.published { Some(true) => "surveys-text-published", Some(false) => "surveys-text-withheld", None => "surveys-text-waiting" }))
                                                form method="post" action=(format!("{url}/texts/{}/{n}", a.response_id)) class="inline-form" {
                                                    (csrf_field(ctx))
                                                    @if a.published != Some(true) {
                                                        button type="submit" name="publish" value="1" class="button secondary small" { (ctx.t("surveys-text-publish")) }
                                                    }
                                                    @if a.published != Some(false) {
                                                        button type="submit" name="publish" value="0" class="button secondary small" { (ctx.t("surveys-text-withhold")) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Ratings are counted from 1 inside (0 means no answer); shown from 0.
fn shift(q: &Question, e: &Estimate) -> Estimate {
    if q.kind == QuestionKind::Rating {
        Estimate { mean: e.mean - 1.0, low: e.low - 1.0, high: e.high - 1.0, ..*e }
    } else {
        *e
    }
}

fn point_label(ctx: &Ctx, q: &Question, k: usize) -> String {
    match q.kind {
        QuestionKind::Scale => {
            ctx.t(&format!("survey-label-{}-{}", q.labels.unwrap_or(ScaleLabels::Agreement).key(), k + 1))
        }
        QuestionKind::Rating => k.to_string(),
        _ => q.options.get(k).cloned().unwrap_or_default(),
    }
}

pub async fn moderate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id, response, question)): Path<(String, i64, String, usize)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let publish = form.get("publish") == "1";
    surveys::moderate(&state.svc, &access, id, &response, question, publish, ctx.now).await?;
    let flash = if publish { "flash-text-published" } else { "flash-text-withheld" };
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}/results#q{question}-h", base(&access)), flash))
}

// ---- exports

pub async fn responses_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let text = surveys::responses_csv(&state.svc, &access, id).await?;
    Ok(csv_response(format!("survey-{id}-responses.csv"), text))
}

pub async fn codebook_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let text = surveys::codebook_csv(&state.svc, &access, id, &|k: &str| ctx.t(k)).await?;
    Ok(csv_response(format!("survey-{id}-codebook.csv"), text))
}

pub fn csv_response(name: String, text: String) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [(header::CONTENT_TYPE, String::from("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, disposition)],
        text,
    )
        .into_response()
}
