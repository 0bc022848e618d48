//! "You said, we did": commitments that answer ideas, their progress as a
//! public timeline, and the Atom feed of an initiative.

use axum::{
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::{Markup, PreEscaped, html};
use tandem_domain::{
    Invalid, Timestamp,
    accountability::CommitmentStatus,
    text::{LONG_TEXT_MAX, TITLE_MAX},
    time::iso_date,
};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    accountability::{self, CommitmentInput, ProgressInput},
    ideas::{self, ListQuery},
    initiatives::Initiative,
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, pager, paragraphs},
    pages::{
        human_day, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum AccForm {
    New,
    Progress(i64),
}

impl AccForm {
    fn prefix(self) -> String {
        match self {
            AccForm::New => String::from("commitment-new"),
            AccForm::Progress(id) => format!("progress-{id}"),
        }
    }
}

/// The page's two lists, each paged by its own cursor.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct AccQuery {
    pub after: String,
    pub timeline_after: String,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AccQuery>,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &i, &q, None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    q: &AccQuery,
    failed: Option<(AccForm, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let (commitments_page, timeline_page) = tokio::try_join!(
        accountability::commitments(&state.svc, i, &q.after, 50),
        accountability::timeline_page(&state.svc, i, &q.timeline_after, 50)
    )?;
    let (commitments, timeline) = (&commitments_page.items, &timeline_page.items);
    let ideas = ideas::list(&state.svc, access, i, &ListQuery::default(), ideas::LIST_LIMIT).await?;
    let staff = access.can_facilitate();
    let base = shell::url(access, i, Section::Accountability);
    let ideas_base = shell::url(access, i, Section::Ideas);
    let empty = Invalid::default();
    let errors_for = |form| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |form, name: &str, stored: &str| match &failed {
        Some((f, _, v)) if *f == form => v.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let chosen: Vec<String> = match &failed {
        Some((AccForm::New, _, v)) => v.0.iter().filter(|(k, _)| k == "idea").map(|(_, v)| v.clone()).collect(),
        _ => Vec::new(),
    };
    let title = ctx.t("section-accountability");
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = failed.as_ref().map(|(f, _, _)| f.prefix()).unwrap_or_default();
    let body = html! {
        (shell::header(ctx, access, i, Section::Accountability, &title))
        p { (ctx.t("accountability-lead")) }
        p { a href=(format!("{}/actions", shell::base_url(access, i))) { (ctx.t("actions-title")) } " · " a href=(format!("{}/roles", shell::base_url(access, i))) { (ctx.t("roles-title")) } }
        (error_summary_in(ctx, all_errors, &[], &prefix))
        section aria-labelledby="commitments-h" {
            h2 id="commitments-h" { (ctx.t("accountability-commitments")) }
            p { a href=(format!("{base}.csv")) download { (ctx.t("export-download")) } }
            @if commitments.is_empty() { p { (ctx.t("accountability-none")) } }
            @for c in commitments {
                article class="commitment" {
                    h3 { (c.title) }
                    p {
                        span class="badge" { (choice_label(ctx, "commitment-status", c.status)) } " "
                        progress max="100" value=(c.percent) aria-label=(ctx.ta("accountability-percent", &[("title", c.title.as_str().into())])) { (c.percent) "%" }
                        " " (c.percent) "%"
                    }
                    @if !c.description.is_empty() { (paragraphs(&c.description)) }
                    @if !c.idea_ids.is_empty() {
                        p { (ctx.t("accountability-answers")) ": "
                            @for (n, id) in c.idea_ids.iter().enumerate() {
                                @if n > 0 { ", " }
                                @let title = ideas.iter().find(|x| x.id == *id).map(|x| x.title.clone()).unwrap_or_default();
                                a href=(format!("{ideas_base}/{id}")) { (title) }
                            }
                        }
                    }
                    @if staff {
                        @let form = AccForm::Progress(c.id);
                        @let progress_prefix = form.prefix();
                        @let f = Fields::with_prefix(ctx, errors_for(form), &progress_prefix);
                        details class="item" open[failed.as_ref().is_some_and(|(f, _, _)| *f == form)] {
                            summary { (ctx.t("accountability-add-progress")) }
                            form method="post" action=(format!("{base}/commitments/{}/progress", c.id)) novalidate class="stack" {
                                (csrf_field(ctx))
                                (f.choice("status", &ctx.t("accountability-field-status"), "commitment-status", CommitmentStatus::parse(&value(form, "status", c.status.key())), FieldOpts::required()))
                                (f.text("percent", &ctx.t("accountability-field-percent"), &value(form, "percent", &c.percent.to_string()), FieldOpts::required().kind("number")))
                                (f.textarea("body", &ctx.t("accountability-field-body"), &value(form, "body", ""), FieldOpts::required().max(LONG_TEXT_MAX).rows(3)))
                                (f.text("happened_on", &ctx.t("engagement-field-date"), &value(form, "happened_on", &iso_date(ctx.zone().date(ctx.now))), FieldOpts::required().kind("date").hint(ctx.t("date-hint"))))
                                button type="submit" class="button" { (ctx.t("accountability-add-progress")) }
                            }
                        }
                    }
                }
            }
            (pager(ctx, commitments.len(), commitments_page.total, commitments_page.next.as_deref(), &format!("{base}#commitments-h"), "after", &q.after))
        }
        section aria-labelledby="timeline-h" {
            h2 id="timeline-h" { (ctx.t("accountability-timeline")) }
            @if timeline.is_empty() { p { (ctx.t("accountability-timeline-none")) } }
            ol class="timeline" {
                @for u in timeline {
                    li {
                        p class="meta" { (human_day(ctx, u.happened_on)) " · " (u.commitment_title) " · " (choice_label(ctx, "commitment-status", u.status)) " · " (u.percent) "%" }
                        (paragraphs(&u.body))
                    }
                }
            }
            (pager(ctx, timeline.len(), timeline_page.total, timeline_page.next.as_deref(), &format!("{base}#timeline-h"), "timeline_after", &q.timeline_after))
            p { a href=(format!("{}/feed.atom", shell::base_url(access, i))) { (ctx.t("ideas-feed")) } }
        }
        @if staff {
            section aria-labelledby="new-commitment-h" class="panel" {
                h2 id="new-commitment-h" { (ctx.t("accountability-new")) }
                @let f = Fields::with_prefix(ctx, errors_for(AccForm::New), "commitment-new");
                form method="post" action=(format!("{base}/commitments")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.text("title", &ctx.t("accountability-field-title"), &value(AccForm::New, "title", ""), FieldOpts::required().max(TITLE_MAX)))
                    (f.textarea("description", &ctx.t("accountability-field-description"), &value(AccForm::New, "description", ""), FieldOpts::default().max(LONG_TEXT_MAX).rows(3)))
                    @if !ideas.is_empty() {
                        fieldset {
                            legend { (ctx.t("accountability-field-ideas")) }
                            @for idea in ideas.iter().filter(|x| x.hidden_at.is_none()) {
                                div class="checkbox" {
                                    input type="checkbox" id=(format!("f-link-{}", idea.id)) name="idea" value=(idea.id) checked[chosen.contains(&idea.id.to_string())];
                                    label for=(format!("f-link-{}", idea.id)) { (idea.title) }
                                }
                            }
                        }
                    }
                    button type="submit" class="button" { (ctx.t("accountability-new")) }
                }
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
    let input = CommitmentInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        idea_ids: form.ids("idea")?,
    };
    match accountability::create(&state.svc, &access, &i, &input, ctx.now).await {
        Ok(_) => Ok(redirect_with_flash(
            &ctx,
            &format!("{}#commitments-h", shell::url(&access, &i, Section::Accountability)),
            "flash-saved",
        )),
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, &access, &i, &AccQuery::default(), Some((AccForm::New, errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = ProgressInput {
        status: form.get("status").to_owned(),
        percent: form.get("percent").to_owned(),
        body: form.get("body").to_owned(),
        happened_on: form.get("happened_on").to_owned(),
    };
    let url = shell::url(&access, &i, Section::Accountability);
    match accountability::progress(&state.svc, &access, &i, id, &input, &url, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("{url}#commitments-h"), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, &access, &i, &AccQuery::default(), Some((AccForm::Progress(id), errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}

fn atom_entry(id: &str, title: &str, updated: Timestamp, link: &str, summary: &str) -> Markup {
    html! {
        entry {
            id { (id) }
            title { (title) }
            updated { (updated.rfc3339()) }
            link href=(link) {}
            summary { (summary) }
        }
    }
}

/// An Atom feed of responses to ideas and progress on commitments.
pub async fn feed(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let base = state.svc.base_url();
    // A feed is read by anyone it is passed to: what a visitor sees, whoever fetches it.
    let ideas = ideas::public_list(&state.svc, &i, &ListQuery::default(), 100).await?;
    let timeline = accountability::timeline(&state.svc, &i, 50).await?;
    let mut entries: Vec<(Timestamp, Markup)> = Vec::new();
    for idea in ideas.iter().filter(|x| x.hidden_at.is_none()) {
        if let Some(at) = idea.responded_at {
            let link = format!("{base}{}/{}", shell::url(&access, &i, Section::Ideas), idea.id);
            let title = format!("{} — {}", idea.title, choice_label(&ctx, "idea-status", idea.status));
            entries.push((at, atom_entry(&format!("{link}#response-{}", at.0), &title, at, &link, &idea.response)));
        }
    }
    for u in &timeline {
        let link = format!("{base}{}", shell::url(&access, &i, Section::Accountability));
        let title =
            ctx.ta("feed-progress", &[("title", u.commitment_title.as_str().into()), ("percent", Arg::Num(u.percent))]);
        entries.push((
            u.created_at,
            atom_entry(
                &format!("{link}#update-{}-{}", u.commitment_id, u.created_at.0),
                &title,
                u.created_at,
                &link,
                &u.body,
            ),
        ));
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));
    let updated = entries.first().map(|e| e.0).unwrap_or(i.updated_at);
    let self_link = format!("{base}{}/feed.atom", shell::base_url(&access, &i));
    let xml = html! {
        (PreEscaped("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"))
        feed xmlns="http://www.w3.org/2005/Atom" xml:lang=(ctx.lang.code()) {
            id { (self_link) }
            title { (ctx.ta("feed-title", &[("title", i.title.as_str().into())])) }
            updated { (updated.rfc3339()) }
            link rel="self" href=(self_link) {}
            link rel="alternate" href=(format!("{base}{}", shell::base_url(&access, &i))) {}
            @for (_, e) in entries.iter().take(100) { (e) }
        }
    };
    let mut response = xml.into_string().into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/atom+xml; charset=utf-8"));
    Ok(response)
}
