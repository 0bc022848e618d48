//! The ideas board: needs and ideas from the community, each with a reasoned
//! public response; endorsements, threaded comments, flags and moderation.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use std::collections::HashMap;

use maud::{Markup, html};
use serde::Deserialize;
use tandem_domain::{
    FieldError, Invalid, Timestamp,
    ideas::{self as domain, IdeaKind, IdeaStatus, NotPossibleReason, PostRefused},
    text::{LONG_TEXT_MAX, NAME_MAX, SUMMARY_MAX, TITLE_MAX},
};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    charter::{self, StoredArea},
    ideas::{self, Comment, CommentInput, Idea, IdeaInput, Post, ResponseInputFields, Revision},
    initiatives::Initiative,
    moderation::{self, Decision, Target},
};

use crate::{
    access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, csrf_field, error_summary_in, pager, paragraphs},
    pages::{
        confirm, encode_query, human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

pub use crate::labels::author_label;

fn idea_url(access: &Access, i: &Initiative, id: i64) -> String {
    format!("{}/{id}", shell::url(access, i, Section::Ideas))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub status: String,
    pub sort: String,
    /// Where the page starts: the cursor the previous page gave.
    pub after: String,
}

/// Ideas on one page of the board.
const PAGE_SIZE: i64 = 50;

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render_list(&state, &ctx, &access, &i, &q, None).await
}

async fn render_list(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    q: &ListQuery,
    failed: Option<(Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let status = IdeaStatus::parse(&q.status);
    let query = ideas::ListQuery { words: q.q.clone(), status: q.status.clone(), sort: q.sort.clone() };
    let board = ideas::board(&state.svc, access, i, &query, &q.after, PAGE_SIZE).await?;
    let list = &board.items;
    let areas = charter::areas(&state.svc, i).await?;
    let gate = match ideas::posting_gate(&state.svc, access, i, ctx.now).await? {
        Some(refused) => Err(refused),
        None => Ok(()),
    };
    let median = ideas::median_response_hours(&state.svc, i).await?;
    let base = shell::url(access, i, Section::Ideas);
    let title = ctx.t("section-ideas");
    let empty = Invalid::default();
    let errors = failed.as_ref().map(|(e, _)| e).unwrap_or(&empty);
    let value = |name: &str| failed.as_ref().map(|(_, v)| v.get(name).to_owned()).unwrap_or_default();
    let needs_conduct = access.membership.as_ref().is_some_and(|m| m.conduct_accepted_at.is_none());
    let protected = access.membership.as_ref().is_some_and(|m| m.protected);
    let f = Fields::with_prefix(ctx, errors, "idea");
    let area_options: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("ideas-no-area")))
        .chain(areas.iter().map(|a| (a.id.to_string(), a.area.title.clone())))
        .collect();
    let sort_options = [
        ("newest", "ideas-sort-newest"),
        ("oldest", "ideas-sort-oldest"),
        ("endorsed", "ideas-sort-endorsed"),
        ("status", "ideas-sort-status"),
    ];
    let body = html! {
        (shell::header(ctx, access, i, Section::Ideas, &title))
        p { (ctx.t("ideas-lead")) }
        p class="meta" {
            (ctx.ta("ideas-target", &[("days", Arg::Num(i.response_target_days))]))
            @if let Some(h) = median { " " (ctx.ta("ideas-median", &[("hours", Arg::Num(h))])) }
            " · " a href=(format!("{base}.csv")) download { (ctx.t("export-download")) }
        }
        form method="get" action=(base.clone()) class="filter" role="search" {
            label for="f-q" { (ctx.t("ideas-search")) }
            input type="search" id="f-q" name="q" value=(q.q);
            label for="f-status" { (ctx.t("ideas-filter-status")) }
            select id="f-status" name="status" {
                option value="" { (ctx.t("initiatives-filter-all")) }
                @for s in IdeaStatus::ALL { option value=(s.key()) selected[status == Some(*s)] { (choice_label(ctx, "idea-status", *s)) } }
            }
            label for="f-sort" { (ctx.t("ideas-sort")) }
            select id="f-sort" name="sort" {
                @for (key, label) in sort_options { option value=(key) selected[q.sort == key] { (ctx.t(label)) } }
            }
            button type="submit" class="button secondary" { (ctx.t("initiatives-filter-submit")) }
        }
        @if list.is_empty() { p { (ctx.t("ideas-none")) } }
        @else { p class="meta" role="status" { (ctx.ta("ideas-showing", &[("shown", Arg::from(list.len())), ("total", Arg::Num(board.total))])) } }
        ul class="idea-list" {
            @for idea in list {
                li class="card" {
                    h2 class="idea-title" { a href=(format!("{base}/{}", idea.id)) { (idea.title) } }
                    p class="meta" {
                        (choice_label(ctx, "idea-kind", idea.kind)) " · "
                        span class=(format!("badge status-{}", idea.status.key())) { (choice_label(ctx, "idea-status", idea.status)) }
                        " · " (ctx.ta("ideas-endorsements", &[("count", Arg::Num(idea.endorsements))]))
                        " · " (ctx.ta("ideas-comments", &[("count", Arg::Num(idea.comments))]))
                        " · " (human_date(ctx, idea.created_at))
                    }
                    @if let Some(reason) = &idea.hidden_reason {
                        p class="hidden-note" { (ctx.ta("moderation-hidden-in-place", &[("reason", reason.as_str().into())])) }
                    } @else if domain::response_overdue(idea.created_at, idea.first_response_at, i.response_target_days, ctx.now) {
                        p class="warn" { (ctx.t("ideas-overdue")) }
                    }
                }
            }
        }
        @if let Some(next) = &board.next {
            @let more = format!("{base}?q={}&status={}&sort={}&after={}", encode_query(&q.q), encode_query(&q.status), encode_query(&q.sort), encode_query(next));
            p class="pager" { a href=(more) rel="next" { (ctx.t("ideas-next-page")) } }
        }
        @if !q.after.is_empty() {
            p class="pager" { a href=(format!("{base}?q={}&status={}&sort={}", encode_query(&q.q), encode_query(&q.status), encode_query(&q.sort))) { (ctx.t("ideas-first-page")) } }
        }
        section aria-labelledby="post-h" id="post" class="panel" {
            h2 id="post-h" { (ctx.t("ideas-post")) }
            @match gate {
                Err(refused) => p class="notice" { (ctx.t(refused.message())) @if refused == PostRefused::NotAMember && ctx.user.is_none() { " " a href=(format!("/login?next={}", super::encode_query(&base))) { (ctx.t("nav-login")) } } },
                Ok(()) => {
                    (error_summary_in(ctx, errors, &[], "idea"))
                    form method="post" action=(base.clone()) novalidate class="stack" {
                        (csrf_field(ctx))
                        (f.choice("kind", &ctx.t("ideas-field-kind"), "idea-kind", IdeaKind::parse(&value("kind")).or(Some(IdeaKind::Idea)), FieldOpts::required()))
                        (f.text("title", &ctx.t("ideas-field-title"), &value("title"), FieldOpts::required().max(TITLE_MAX)))
                        (f.textarea("body", &ctx.t("ideas-field-body"), &value("body"), FieldOpts::required().max(LONG_TEXT_MAX).rows(5)))
                        (language_field(ctx, &f, &value("lang")))
                        @if !areas.is_empty() {
                            (f.select("area", &ctx.t("ideas-field-area"), &area_options, &value("area"), FieldOpts::default().hint(ctx.t("ideas-area-hint"))))
                        }
                        (f.text("pseudonym", &ctx.t("ideas-field-pseudonym"), &value("pseudonym"), FieldOpts::default().max(NAME_MAX)
                            .hint(ctx.t(if protected { "ideas-pseudonym-pupil-hint" } else { "ideas-pseudonym-hint" }))))
                        @if needs_conduct { (conduct_checkbox(ctx, access, errors, "idea")) }
                        (post_anyway_checkbox(ctx, errors, "idea"))
                        button type="submit" class="button" { (ctx.t("ideas-post-submit")) }
                    }
                }
            }
        }
        p { a href=(format!("{}/feed.atom", shell::base_url(access, i))) { (ctx.t("ideas-feed")) } }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Ideas)).status(status).render(ctx))
}

/// Offered only after a pupil was warned that their words may show who they are.
fn post_anyway_checkbox(ctx: &Ctx, errors: &Invalid, prefix: &str) -> Markup {
    if !errors.0.iter().any(|e| e.message == "error-may-identify") {
        return html! {};
    }
    let id = format!("f-{prefix}-post_anyway");
    html! {
        div class="field checkbox" {
            input type="checkbox" id=(id) name="post_anyway" value="1";
            label for=(id) { (ctx.t("ideas-post-anyway")) }
        }
    }
}

fn conduct_checkbox(ctx: &Ctx, access: &Access, errors: &Invalid, prefix: &str) -> Markup {
    let id = format!("f-{prefix}-conduct");
    let error = errors.field("conduct");
    html! {
        div class=(if error.is_some() { "field checkbox field-error" } else { "field checkbox" }) {
            @if let Some(e) = error { p class="field-problem" id=(format!("{id}-error")) { (crate::html::field_message(ctx, e)) } }
            input type="checkbox" id=(id) name="conduct" value="1" aria-describedby=[error.map(|_| format!("{id}-error"))];
            label for=(id) {
                (ctx.t("conduct-accept")) " "
                a href=(format!("/c/{}/conduct", access.community.slug)) { (ctx.t("conduct-title")) }
            }
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = IdeaInput {
        kind: form.get("kind").to_owned(),
        title: form.get("title").to_owned(),
        body: form.get("body").to_owned(),
        decision_area_id: form.id("area")?,
        pseudonym: form.get("pseudonym").to_owned(),
        accept_conduct: form.ticked("conduct"),
        post_anyway: form.ticked("post_anyway"),
        lang: form.get("lang").to_owned(),
    };
    match ideas::post(&state.svc, &access, &i, &input, ctx.now).await {
        Ok(id) => Ok(redirect_with_flash(&ctx, &idea_url(&access, &i, id), "flash-idea-posted")),
        Err(Error::Conflict(refused)) => {
            Ok(redirect_with_flash(&ctx, &shell::url(&access, &i, Section::Ideas), refused))
        }
        Err(Error::Invalid(errors)) => {
            render_list(&state, &ctx, &access, &i, &ListQuery::default(), Some((errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---- one idea

pub struct Loaded {
    pub access: Access,
    pub initiative: Initiative,
    pub idea: Idea,
}

pub async fn load(state: &AppState, ctx: &Ctx, slug: &str, islug: &str, id: i64) -> AppResult<Loaded> {
    let (access, initiative) = access::initiative(state, ctx, slug, islug).await?;
    let idea = ideas::idea(&state.svc, &access, &initiative, id).await?;
    Ok(Loaded { access, initiative, idea })
}

/// Which page of an idea's comment threads to show.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IdeaQuery {
    pub comments_after: String,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    Query(q): Query<IdeaQuery>,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    render_idea(&state, &ctx, &l, &q.comments_after, None).await
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum IdeaForm {
    Comment(Option<i64>),
    Respond,
    Flag,
    Hide(Target, i64),
    Edit,
    Withdraw,
    EditComment(i64),
    WithdrawComment(i64),
}

impl IdeaForm {
    fn prefix(self) -> String {
        match self {
            IdeaForm::Comment(None) => String::from("comment"),
            IdeaForm::Comment(Some(p)) => format!("reply-{p}"),
            IdeaForm::Respond => String::from("respond"),
            IdeaForm::Flag => String::from("flag"),
            IdeaForm::Hide(t, id) => format!("hide-{}-{id}", t.key()),
            IdeaForm::Edit => String::from("edit"),
            IdeaForm::Withdraw => String::from("withdraw"),
            IdeaForm::EditComment(id) => format!("edit-{id}"),
            IdeaForm::WithdrawComment(id) => format!("withdraw-{id}"),
        }
    }
}

fn area_title(areas: &[StoredArea], id: Option<i64>) -> Option<&StoredArea> {
    id.and_then(|id| areas.iter().find(|a| a.id == id))
}

impl IdeaForm {
    /// The comment a form is about, if any: the page shows its thread.
    fn comment(self) -> Option<i64> {
        match self {
            IdeaForm::Comment(parent) => parent,
            IdeaForm::Hide(Target::Comment, id) | IdeaForm::EditComment(id) | IdeaForm::WithdrawComment(id) => Some(id),
            _ => None,
        }
    }
}

/// An idea's address showing one comment: on the page of threads that
/// begins with its thread, scrolled to it.
async fn comment_address(state: &AppState, l: &Loaded, cid: i64) -> AppResult<String> {
    let url = idea_url(&l.access, &l.initiative, l.idea.id);
    let cursor = ideas::page_of_comment(&state.svc, &l.idea, cid).await?;
    Ok(if cursor.is_empty() {
        format!("{url}#comment-{cid}")
    } else {
        format!("{url}?comments_after={}#comment-{cid}", encode_query(&cursor))
    })
}

/// Renders an idea with the page of comment threads after `comments_after`;
/// a form sent back about a comment shows that comment's thread instead.
async fn render_idea(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    comments_after: &str,
    failed: Option<(IdeaForm, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let (access, i, idea) = (&l.access, &l.initiative, &l.idea);
    let comments_after = match failed.as_ref().and_then(|(f, _, _)| f.comment()) {
        Some(cid) => ideas::page_of_comment(&state.svc, idea, cid).await?,
        None => comments_after.to_owned(),
    };
    let ideas::IdeaPage { comments: comment_page, responses: history, areas, endorsed, merge_candidates: others } =
        ideas::page(&state.svc, access, i, idea, &comments_after).await?;
    let comments = &comment_page.items;
    let can_take_part = domain::may_take_part(i.participation_open, access.role()).is_ok() && !idea.status.is_closed();
    let staff = access.can_facilitate();
    let url = idea_url(access, i, idea.id);
    let empty = Invalid::default();
    let errors_for = |form: IdeaForm| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |form: IdeaForm, name: &str, stored: &str| match &failed {
        Some((f, _, v)) if *f == form => v.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = failed.as_ref().map(|(f, _, _)| f.prefix()).unwrap_or_default();
    let needs_conduct = access.membership.as_ref().is_some_and(|m| m.conduct_accepted_at.is_none());
    let hidden = idea.hidden_reason.is_some();
    let readable = !hidden || ideas::sees_hidden(access, idea.author_id);
    let author = author_label(ctx, idea.pseudonym.as_deref(), idea.author_protected, idea.author_name.as_deref());
    let revisions = if readable && idea.edited_at.is_some() {
        ideas::revisions(&state.svc, Post::Idea(idea.id)).await?
    } else {
        Vec::new()
    };
    let mut comment_revisions = HashMap::new();
    for c in comments
        .iter()
        .filter(|c| c.edited_at.is_some() && (c.hidden_at.is_none() || ideas::sees_hidden(access, c.author_id)))
    {
        comment_revisions.insert(c.id, ideas::revisions(&state.svc, Post::Comment(c.id)).await?);
    }
    let mine = access.user_id().is_some() && access.user_id() == idea.author_id;
    // The public answer in the reader's language where translated; the respond form edits the original.
    let texts = tandem_service::translations::texts(&state.svc, access, i, ctx.lang.code()).await?;
    let body = html! {
        p class="context" { a href=(shell::url(access, i, Section::Ideas)) { (ctx.t("ideas-back")) } }
        h1 { @if readable { (idea.title) } @else { (ctx.t("moderation-hidden-title")) } }
        (shell::nav(ctx, access, i, Section::Ideas))
        (error_summary_in(ctx, all_errors, &[], &prefix))
        @if let Some(reason) = &idea.hidden_reason {
            p class="hidden-note" { (ctx.ta("moderation-hidden-in-place", &[("reason", reason.as_str().into())])) }
        }
        @if readable {
            p class="meta" {
                (choice_label(ctx, "idea-kind", idea.kind)) " · " (ctx.ta("ideas-posted-by", &[("name", author.as_str().into()), ("date", human_date(ctx, idea.created_at).into())]))
                @if let Some(a) = area_title(&areas, idea.decision_area_id) { " · " (ctx.t("ideas-field-area")) ": " (a.area.title) }
            }
            @if hidden { p class="meta" { (ctx.t(if staff { "moderation-staff-see" } else { "moderation-author-see" })) } }
            @if let Some(reason) = &idea.withdrawn_reason {
                p class="notice" role="status" { (ctx.ta("post-withdrawn", &[("reason", reason.as_str().into())])) }
            }
            (in_language(ctx, idea.lang.as_deref(), &idea.body))
            (edited_note(ctx, idea.edited_at, &revisions, true))
            @if mine {
                (author_panel(ctx, &url, "", ideas::idea_state(idea), AuthorForms {
                    edit: IdeaForm::Edit,
                    withdraw: IdeaForm::Withdraw,
                    title: Some(value(IdeaForm::Edit, "title", &idea.title)),
                    body: value(IdeaForm::Edit, "body", &idea.body),
                    reason: value(IdeaForm::Withdraw, "reason", ""),
                    failed: failed.as_ref().map(|(f, e, _)| (*f, e)),
                }))
            }
        }
        section aria-labelledby="response-h" class="response" {
            h2 id="response-h" { (ctx.t("ideas-response")) }
            p { span class=(format!("badge status-{}", idea.status.key())) { (choice_label(ctx, "idea-status", idea.status)) } }
            @if idea.status.is_answered() {
                @if let Some(reason) = idea.response_reason {
                    p { strong { (ctx.t("ideas-reason")) ": " } (choice_label(ctx, "not-possible", reason)) }
                    @if reason == NotPossibleReason::Charter {
                        @if let Some(a) = area_title(&areas, idea.response_area_id) {
                            div class="notice" {
                                p { (ctx.ta("ideas-charter-fixed", &[("area", a.area.title.as_str().into()), ("level", choice_label(ctx, "level", a.area.level).into())])) }
                                @if !a.area.fixed.is_empty() { p { (a.area.fixed) } }
                                p { a href=(shell::url(access, i, Section::Charter)) { (ctx.t("section-charter")) } }
                            }
                        }
                    }
                }
                // A hidden idea's answer is cleared for most readers: so is its translation.
                @let answer = if idea.response.is_empty() { "" } else { texts.get(tandem_service::translations::Field::IdeaResponse, idea.id, &idea.response) };
                (paragraphs(answer))
                @if let Some(target) = idea.merged_into { p { a href=(idea_url(access, i, target)) { (ctx.t("ideas-merged-link")) } } }
                @if !idea.conflict_note.is_empty() { p class="meta" { strong { (ctx.t("ideas-conflict")) ": " } (idea.conflict_note) } }
                @if let Some(at) = idea.responded_at { p class="meta" { (ctx.ta("ideas-responded", &[("date", human_date(ctx, at).into())])) } }
            } @else {
                p { (ctx.ta("ideas-awaiting", &[("days", Arg::Num(i.response_target_days))])) }
            }
            @if history.len() > 1 {
                details class="item" {
                    summary { (ctx.t("ideas-history")) }
                    ol { @for h in &history { li { (human_date(ctx, h.at)) ": " (choice_label(ctx, "idea-status", h.from_status)) " → " (choice_label(ctx, "idea-status", h.to_status)) " — " (h.response) } } }
                }
            }
        }
        @if !hidden {
            p {
                (ctx.ta("ideas-endorsements", &[("count", Arg::Num(idea.endorsements))]))
                @if can_take_part && ctx.user.is_some() {
                    " "
                    form method="post" action=(format!("{url}/endorse")) class="inline-form" {
                        (csrf_field(ctx))
                        input type="hidden" name="action" value=(if endorsed { "withdraw" } else { "endorse" });
                        button type="submit" class="button secondary small" { (ctx.t(if endorsed { "ideas-withdraw" } else { "ideas-endorse" })) }
                    }
                }
            }
        }
        @if staff {
            section aria-labelledby="respond-h" class="panel" {
                h2 id="respond-h" { (ctx.t("ideas-respond")) }
                (respond_form(ctx, &url, idea, &areas, &others, errors_for(IdeaForm::Respond), &|n, d| value(IdeaForm::Respond, n, d)))
                @let hide_form = IdeaForm::Hide(Target::Idea, idea.id);
                (moderation_form(ctx, &url, Target::Idea, idea.id, hidden, errors_for(hide_form), &value(hide_form, "reason", "")))
            }
        }
        section aria-labelledby="comments-h" {
            h2 id="comments-h" { (ctx.ta("ideas-comments", &[("count", Arg::Num(idea.comments))])) }
            (thread(ctx, access, &url, comments, None, can_take_part, staff, &failed, &comment_revisions))
            (pager(ctx, comment_page.items.iter().filter(|c| c.parent_id.is_none()).count(), comment_page.total, comment_page.next.as_deref(), &format!("{url}#comments-h"), "comments_after", &comments_after))
            @if can_take_part && ctx.user.is_some() {
                h3 { (ctx.t("ideas-add-comment")) }
                (comment_form(ctx, access, &url, None, errors_for(IdeaForm::Comment(None)), &value(IdeaForm::Comment(None), "body", ""), needs_conduct))
            }
        }
        @if ctx.user.is_some() && access.is_member() && !hidden {
            details class="item" open[failed.as_ref().is_some_and(|(f, _, _)| *f == IdeaForm::Flag)] {
                summary { (ctx.t("moderation-flag-idea")) }
                (flag_form(ctx, &format!("{url}/flag"), "flag", errors_for(IdeaForm::Flag), &value(IdeaForm::Flag, "reason", "")))
            }
        }
    };
    let title = if readable { idea.title.clone() } else { ctx.t("moderation-hidden-title") };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Ideas)).status(status).render(ctx))
}

#[allow(clippy::too_many_arguments)]
fn thread(
    ctx: &Ctx,
    access: &Access,
    url: &str,
    comments: &[Comment],
    parent: Option<i64>,
    can_take_part: bool,
    staff: bool,
    failed: &Option<(IdeaForm, Invalid, &FormPairs)>,
    revisions: &HashMap<i64, Vec<Revision>>,
) -> Markup {
    let children: Vec<&Comment> = comments.iter().filter(|c| c.parent_id == parent).collect();
    let empty = Invalid::default();
    html! {
        @if !children.is_empty() {
            ol class=(if parent.is_none() { "comments" } else { "comments replies" }) {
                @for c in children {
                    li id=(format!("comment-{}", c.id)) {
                        @let hidden = c.hidden_reason.is_some();
                        p class="meta" {
                            (author_label(ctx, c.pseudonym.as_deref(), c.author_protected, c.author_name.as_deref())) " · " (human_date(ctx, c.created_at))
                        }
                        @if let Some(reason) = &c.hidden_reason {
                            p class="hidden-note" { (ctx.ta("moderation-hidden-in-place", &[("reason", reason.as_str().into())])) }
                        }
                        @if let Some(reason) = &c.withdrawn_reason {
                            p class="notice" { (ctx.ta("post-withdrawn", &[("reason", reason.as_str().into())])) }
                        }
                        @if !hidden || ideas::sees_hidden(access, c.author_id) {
                            (in_language(ctx, c.lang.as_deref(), &c.body))
                            (edited_note(ctx, c.edited_at, revisions.get(&c.id).map(Vec::as_slice).unwrap_or_default(), false))
                        }
                        @if access.user_id().is_some() && access.user_id() == c.author_id {
                            @let typed = |form: IdeaForm, name: &str, stored: &str| match failed { Some((f, _, v)) if *f == form => v.get(name).to_owned(), _ => stored.to_owned() };
                            (author_panel(ctx, &format!("{url}/comments/{}", c.id), &format!("-{}", c.id), ideas::comment_state(c, comments), AuthorForms {
                                edit: IdeaForm::EditComment(c.id),
                                withdraw: IdeaForm::WithdrawComment(c.id),
                                title: None,
                                body: typed(IdeaForm::EditComment(c.id), "body", &c.body),
                                reason: typed(IdeaForm::WithdrawComment(c.id), "reason", ""),
                                failed: failed.as_ref().map(|(f, e, _)| (*f, e)),
                            }))
                        }
                        @if can_take_part && !hidden && ctx.user.is_some() {
                            @let form = IdeaForm::Comment(Some(c.id));
                            @let (errors, typed) = match failed { Some((f, e, v)) if *f == form => (e, v.get("body").to_owned()), _ => (&empty, String::new()) };
                            details class="reply" open[!errors.is_empty()] {
                                summary { (ctx.t("ideas-reply")) }
                                (comment_form(ctx, access, url, Some(c.id), errors, &typed, access.membership.as_ref().is_some_and(|m| m.conduct_accepted_at.is_none())))
                            }
                            details class="reply" {
                                summary { (ctx.t("moderation-flag-comment")) }
                                (flag_form(ctx, &format!("{url}/comments/{}/flag", c.id), &format!("flag-{}", c.id), &empty, ""))
                            }
                        }
                        @if staff {
                            @let form = IdeaForm::Hide(Target::Comment, c.id);
                            @let (errors, typed) = match failed { Some((f, e, v)) if *f == form => (e, v.get("reason").to_owned()), _ => (&empty, String::new()) };
                            (moderation_form(ctx, url, Target::Comment, c.id, hidden, errors, &typed))
                        }
                        (thread(ctx, access, url, comments, Some(c.id), can_take_part, staff, failed, revisions))
                    }
                }
            }
        }
    }
}

/// "The language you are writing in": any language, the reader's chosen first.
fn language_field(ctx: &Ctx, f: &Fields<'_>, typed: &str) -> Markup {
    let options: Vec<(String, String)> = tandem_domain::content::LANGUAGES
        .iter()
        .map(|(code, name, _)| ((*code).to_owned(), (*name).to_owned()))
        .collect();
    let selected = if typed.is_empty() { ctx.lang.code() } else { typed };
    f.select(
        "lang",
        &ctx.t("post-field-lang"),
        &options,
        selected,
        FieldOpts::default().hint(ctx.t("post-field-lang-hint")),
    )
}

/// "Written in Español" where a post is in another language than the page,
/// and the post's text marked with its language for screen readers.
fn in_language(ctx: &Ctx, lang: Option<&str>, body: &str) -> Markup {
    html! {
        @match lang.filter(|l| *l != ctx.lang.code()) {
            Some(l) => {
                p class="meta" { (ctx.ta("post-written-in", &[("language", tandem_domain::content::native_name(l).unwrap_or(l).into())])) }
                div lang=(l) dir=(if tandem_domain::content::is_rtl(l) { "rtl" } else { "auto" }) { (paragraphs(body)) }
            }
            None => (paragraphs(body)),
        }
    }
}

/// "Edited on …" and, in a disclosure, the words each edit replaced.
fn edited_note(ctx: &Ctx, edited_at: Option<Timestamp>, revisions: &[Revision], with_title: bool) -> Markup {
    html! {
        @if let Some(at) = edited_at {
            p class="meta" { (ctx.ta("post-edited", &[("date", human_date(ctx, at).into())])) }
            @if !revisions.is_empty() {
                details class="item" {
                    summary { (ctx.ta("post-history", &[("count", Arg::from(revisions.len()))])) }
                    ol {
                        @for r in revisions {
                            li {
                                p class="meta" { (ctx.ta("post-replaced-on", &[("date", human_date(ctx, r.replaced_at).into())])) }
                                @if with_title { p { strong { (r.title) } } }
                                (paragraphs(&r.body))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What an author's own post offers them: its forms and what they hold.
struct AuthorForms<'a> {
    edit: IdeaForm,
    withdraw: IdeaForm,
    /// Ideas have a title; comments do not.
    title: Option<String>,
    body: String,
    reason: String,
    failed: Option<(IdeaForm, &'a Invalid)>,
}

/// Edit while nobody has acted on the post; after that, why not, and
/// withdrawing with a reason.
fn author_panel(
    ctx: &Ctx,
    url: &str,
    id_suffix: &str,
    state: tandem_domain::ideas::PostState,
    f: AuthorForms<'_>,
) -> Markup {
    let empty = Invalid::default();
    let errors_for = |form: IdeaForm| match f.failed {
        Some((failed, e)) if failed == form => e,
        _ => &empty,
    };
    let (edit_prefix, withdraw_prefix) = (f.edit.prefix(), f.withdraw.prefix());
    let edit_fields = Fields::with_prefix(ctx, errors_for(f.edit), &edit_prefix);
    let withdraw_fields = Fields::with_prefix(ctx, errors_for(f.withdraw), &withdraw_prefix);
    let may_edit = domain::may_edit(state);
    html! {
        @if may_edit.is_ok() {
            details class="item" id=(format!("edit{id_suffix}")) open[!errors_for(f.edit).is_empty()] {
                summary { (ctx.t("post-edit")) }
                p class="hint" { (ctx.t("post-edit-hint")) }
                form method="post" action=(format!("{url}/edit")) novalidate class="stack" {
                    (csrf_field(ctx))
                    @if let Some(title) = &f.title {
                        (edit_fields.text("title", &ctx.t("ideas-field-title"), title, FieldOpts::required().max(tandem_domain::text::TITLE_MAX)))
                    }
                    (edit_fields.textarea("body", &ctx.t(if f.title.is_some() { "ideas-field-body" } else { "ideas-field-comment" }), &f.body, FieldOpts::required().rows(5)))
                    button type="submit" class="button" { (ctx.t("form-save")) }
                }
            }
        }
        @if !state.withdrawn && !state.hidden {
            details class="item" id=(format!("withdraw{id_suffix}")) open[!errors_for(f.withdraw).is_empty()] {
                summary { (ctx.t("post-withdraw")) }
                @if let Err(why) = may_edit { p class="hint" { (ctx.t(why.message())) } }
                form method="post" action=(format!("{url}/withdraw")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (withdraw_fields.text("reason", &ctx.t("post-withdraw-reason"), &f.reason, FieldOpts::required().max(SUMMARY_MAX)))
                    button type="submit" class="button secondary" { (ctx.t("post-withdraw")) }
                }
            }
        }
    }
}

fn comment_form(
    ctx: &Ctx,
    access: &Access,
    url: &str,
    parent: Option<i64>,
    errors: &Invalid,
    typed: &str,
    needs_conduct: bool,
) -> Markup {
    let prefix = IdeaForm::Comment(parent).prefix();
    let protected = access.membership.as_ref().is_some_and(|m| m.protected);
    let f = Fields::with_prefix(ctx, errors, &prefix);
    html! {
        form method="post" action=(format!("{url}/comments")) novalidate class="stack" {
            (csrf_field(ctx))
            @if let Some(p) = parent { input type="hidden" name="parent" value=(p); }
            (f.textarea("body", &ctx.t("ideas-field-comment"), typed, FieldOpts::required().max(SUMMARY_MAX * 4).rows(3)))
            @if protected {
                (f.text("pseudonym", &ctx.t("ideas-field-pseudonym"), "", FieldOpts::default().max(NAME_MAX).hint(ctx.t("ideas-pseudonym-pupil-hint"))))
            }
            (language_field(ctx, &f, ""))
            @if needs_conduct { (conduct_checkbox(ctx, access, errors, &prefix)) }
            (post_anyway_checkbox(ctx, errors, &prefix))
            button type="submit" class="button" { (ctx.t("ideas-comment-submit")) }
        }
    }
}

fn flag_form(ctx: &Ctx, action: &str, prefix: &str, errors: &Invalid, typed: &str) -> Markup {
    let f = Fields::with_prefix(ctx, errors, prefix);
    html! {
        form method="post" action=(action) novalidate class="stack" {
            (csrf_field(ctx))
            (f.text("reason", &ctx.t("moderation-field-flag-reason"), typed, FieldOpts::required().max(SUMMARY_MAX).hint(ctx.t("moderation-flag-hint"))))
            button type="submit" class="button secondary" { (ctx.t("moderation-flag-submit")) }
        }
    }
}

fn moderation_form(
    ctx: &Ctx,
    url: &str,
    target: Target,
    id: i64,
    hidden: bool,
    errors: &Invalid,
    typed: &str,
) -> Markup {
    let action = match target {
        Target::Idea => format!("{url}/moderate"),
        Target::Comment => format!("{url}/comments/{id}/moderate"),
    };
    let prefix = IdeaForm::Hide(target, id).prefix();
    let f = Fields::with_prefix(ctx, errors, &prefix);
    html! {
        details class="item" open[!errors.is_empty()] {
            summary { (ctx.t(if hidden { "moderation-show" } else { "moderation-hide" })) }
            form method="post" action=(action) novalidate class="stack" {
                (csrf_field(ctx))
                input type="hidden" name="action" value=(if hidden { "show" } else { "hide" });
                @if !hidden {
                    (f.text("reason", &ctx.t("moderation-field-reason"), typed, FieldOpts::required().max(SUMMARY_MAX).hint(ctx.t("moderation-reason-hint"))))
                }
                button type="submit" class="button danger" { (ctx.t(if hidden { "moderation-show" } else { "moderation-hide" })) }
            }
        }
    }
}

fn respond_form(
    ctx: &Ctx,
    url: &str,
    idea: &Idea,
    areas: &[StoredArea],
    others: &[Idea],
    errors: &Invalid,
    v: &dyn Fn(&str, &str) -> String,
) -> Markup {
    let f = Fields::with_prefix(ctx, errors, "respond");
    let statuses: Vec<(String, String)> =
        IdeaStatus::RESPONSES.iter().map(|s| (s.key().to_owned(), choice_label(ctx, "idea-status", *s))).collect();
    let reasons: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("ideas-reason-none")))
        .chain(NotPossibleReason::ALL.iter().map(|r| (r.key().to_owned(), choice_label(ctx, "not-possible", *r))))
        .collect();
    let area_options: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("ideas-no-area")))
        .chain(areas.iter().map(|a| (a.id.to_string(), a.area.title.clone())))
        .collect();
    let merge_options: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("ideas-no-merge")))
        .chain(others.iter().filter(|o| o.id != idea.id).map(|o| (o.id.to_string(), o.title.clone())))
        .collect();
    let current = if idea.status == IdeaStatus::New { "under_review" } else { idea.status.key() };
    html! {
        form method="post" action=(format!("{url}/respond")) novalidate class="stack" {
            (csrf_field(ctx))
            (f.select("status", &ctx.t("ideas-field-status"), &statuses, &v("status", current), FieldOpts::required()))
            (f.select("reason", &ctx.t("ideas-field-reason"), &reasons, &v("reason", idea.response_reason.map(|r| r.key()).unwrap_or("")), FieldOpts::default().hint(ctx.t("ideas-reason-hint"))))
            (f.select("decision_area", &ctx.t("ideas-field-charter-area"), &area_options, &v("decision_area", &idea.response_area_id.map(|a| a.to_string()).unwrap_or_default()), FieldOpts::default().hint(ctx.t("ideas-charter-area-hint"))))
            (f.select("merged_into", &ctx.t("ideas-field-merge"), &merge_options, &v("merged_into", &idea.merged_into.map(|a| a.to_string()).unwrap_or_default()), FieldOpts::default()))
            // The list holds the latest ideas; any older one is reached by its number.
            (f.text("merged_into_other", &ctx.t("ideas-field-merge-other"), &v("merged_into_other", ""), FieldOpts::default().hint(ctx.t("ideas-merge-other-hint")).max(12)))
            (f.textarea("response", &ctx.t("ideas-field-response"), &v("response", &idea.response), FieldOpts::required().max(LONG_TEXT_MAX).rows(4).hint(ctx.t("ideas-response-hint"))))
            (f.text("conflict_note", &ctx.t("ideas-field-conflict"), &v("conflict_note", &idea.conflict_note), FieldOpts::default().max(SUMMARY_MAX).hint(ctx.t("ideas-conflict-hint"))))
            button type="submit" class="button" { (ctx.t("ideas-respond-submit")) }
        }
    }
}

pub async fn endorse(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = idea_url(&l.access, &l.initiative, id);
    let on = match form.get("action") {
        "endorse" => true,
        "withdraw" => false,
        _ => return Err(AppError::BadRequest("error-form-unreadable")),
    };
    match ideas::endorse(&state.svc, &l.access, &l.initiative, &l.idea, on, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &url, "flash-saved")),
        // The gate's refusals explain themselves on the idea's page; a closed idea is an error.
        Err(Error::Conflict(message)) if message != "error-idea-closed" => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = idea_url(&l.access, &l.initiative, id);
    let parent = form.id("parent")?;
    let input = CommentInput {
        body: form.get("body").to_owned(),
        parent_id: parent,
        pseudonym: form.get("pseudonym").to_owned(),
        accept_conduct: form.ticked("conduct"),
        post_anyway: form.ticked("post_anyway"),
        lang: form.get("lang").to_owned(),
    };
    match ideas::comment(&state.svc, &l.access, &l.initiative, &l.idea, &input, ctx.now).await {
        Ok(cid) => Ok(redirect_with_flash(&ctx, &comment_address(&state, &l, cid).await?, "flash-comment-posted")),
        Err(Error::Conflict(message)) if message != "error-idea-closed" => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(Error::Invalid(errors)) => {
            render_idea(&state, &ctx, &l, "", Some((IdeaForm::Comment(parent), errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Records a facilitator's response and tells everyone following the idea.
pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = idea_url(&l.access, &l.initiative, id);
    // A number typed for an older idea wins over the list's choice.
    let merged_into = match form.get("merged_into_other").trim().trim_start_matches('#') {
        "" => form.id("merged_into")?,
        typed => match typed.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                let problem = Invalid::one(FieldError::new("merged_into_other", "error-number-invalid"));
                return render_idea(&state, &ctx, &l, "", Some((IdeaForm::Respond, problem, &form))).await;
            }
        },
    };
    let input = ResponseInputFields {
        status: form.get("status").to_owned(),
        reason: form.get("reason").to_owned(),
        response: form.get("response").to_owned(),
        decision_area_id: form.id("decision_area")?,
        merged_into,
        conflict_note: form.get("conflict_note").to_owned(),
    };
    match ideas::respond(&state.svc, &l.access, &l.initiative, &l.idea, &input, &url, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &url, "flash-response-saved")),
        Err(Error::Invalid(mut errors)) => {
            // An unknown target is told beside the field it was typed in.
            if !form.get("merged_into_other").trim().is_empty() {
                errors.0.iter_mut().filter(|e| e.field == "merged_into").for_each(|e| e.field = "merged_into_other");
            }
            render_idea(&state, &ctx, &l, "", Some((IdeaForm::Respond, errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn flag_target(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    target: Target,
    id: i64,
    form: &FormPairs,
) -> AppResult<Response> {
    let url = idea_url(&l.access, &l.initiative, l.idea.id);
    match moderation::flag(&state.svc, &l.access, target, id, form.get("reason"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(ctx, &url, "flash-flagged")),
        Err(Error::Invalid(errors)) => render_idea(state, ctx, l, "", Some((IdeaForm::Flag, errors, form))).await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

pub async fn flag_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    flag_target(&state, &ctx, &l, Target::Idea, id, &form).await
}

/// The comment must belong to the idea in the address.
async fn comment_of(state: &AppState, l: &Loaded, cid: i64) -> AppResult<()> {
    if !ideas::has_comment(&state.svc, &l.idea, cid).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

pub async fn flag_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, cid)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    comment_of(&state, &l, cid).await?;
    flag_target(&state, &ctx, &l, Target::Comment, cid, &form).await
}

async fn moderate_target(
    state: &AppState,
    ctx: &Ctx,
    l: &Loaded,
    target: Target,
    id: i64,
    form: &FormPairs,
) -> AppResult<Response> {
    let url = idea_url(&l.access, &l.initiative, l.idea.id);
    let decision = match form.get("action") {
        "show" => Decision::Restore,
        "hide" => Decision::Hide,
        _ => return Err(AppError::BadRequest("error-form-unreadable")),
    };
    if decision == Decision::Hide && !confirm::confirmed(form) {
        l.access.require_facilitator()?;
        let action = match target {
            Target::Comment => format!("{url}/comments/{id}/moderate"),
            _ => format!("{url}/moderate"),
        };
        return Ok(confirm::page(ctx, &confirm::hide(&action, &url), form));
    }
    match moderation::decide(&state.svc, &l.access, target, id, decision, form.get("reason"), ctx.now).await {
        Ok(()) => {
            Ok(redirect_with_flash(ctx, &url, if decision == Decision::Hide { "flash-hidden" } else { "flash-shown" }))
        }
        Err(Error::Invalid(errors)) => {
            render_idea(state, ctx, l, "", Some((IdeaForm::Hide(target, id), errors, form))).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn moderate_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    moderate_target(&state, &ctx, &l, Target::Idea, id, &form).await
}

pub async fn moderate_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, cid)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    comment_of(&state, &l, cid).await?;
    moderate_target(&state, &ctx, &l, Target::Comment, cid, &form).await
}

/// Every status and reason label, for the i18n check.
pub fn label_keys() -> Vec<String> {
    let mut keys: Vec<String> = IdeaStatus::ALL.iter().map(|s| format!("idea-status-{}", s.key())).collect();
    keys.extend(IdeaKind::ALL.iter().map(|k| format!("idea-kind-{}", k.key())));
    keys.extend(NotPossibleReason::ALL.iter().map(|r| format!("not-possible-{}", r.key())));
    for r in [
        PostRefused::ParticipationClosed,
        PostRefused::PhaseClosed,
        PostRefused::NotAMember,
        PostRefused::Observer,
        PostRefused::Limit,
    ] {
        keys.push(r.message().to_owned());
    }
    keys
}

/// Saves an author's changes to their own idea.
pub async fn edit_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = idea_url(&l.access, &l.initiative, id);
    match ideas::edit_idea(&state.svc, &l.access, &l.initiative, &l.idea, form.get("title"), form.get("body"), ctx.now)
        .await
    {
        Ok(()) => Ok(redirect_with_flash(&ctx, &url, "flash-post-edited")),
        Err(Error::Invalid(errors)) => render_idea(&state, &ctx, &l, "", Some((IdeaForm::Edit, errors, &form))).await,
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &format!("{url}#withdraw"), message)),
        Err(e) => Err(e.into()),
    }
}

/// Withdraws an author's own idea, after a confirmation page.
pub async fn withdraw_idea(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<(String, String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = idea_url(&l.access, &l.initiative, id);
    if !confirm::confirmed(&form) && !form.get("reason").trim().is_empty() {
        let action = format!("{url}/withdraw");
        return Ok(confirm::page(&ctx, &confirm::withdraw(&action, &url), &form));
    }
    match ideas::withdraw_idea(&state.svc, &l.access, &l.initiative, &l.idea, form.get("reason"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &url, "flash-post-withdrawn")),
        Err(Error::Invalid(errors)) => {
            render_idea(&state, &ctx, &l, "", Some((IdeaForm::Withdraw, errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Saves an author's changes to their own comment.
pub async fn edit_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, cid)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    match ideas::edit_comment(&state.svc, &l.access, &l.initiative, &l.idea, cid, form.get("body"), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &comment_address(&state, &l, cid).await?, "flash-post-edited")),
        Err(Error::Invalid(errors)) => {
            render_idea(&state, &ctx, &l, "", Some((IdeaForm::EditComment(cid), errors, &form))).await
        }
        Err(Error::Conflict(message)) => {
            Ok(redirect_with_flash(&ctx, &comment_address(&state, &l, cid).await?, message))
        }
        Err(e) => Err(e.into()),
    }
}

/// Withdraws an author's own comment, after a confirmation page.
pub async fn withdraw_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, cid)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let l = load(&state, &ctx, &slug, &islug, id).await?;
    let url = idea_url(&l.access, &l.initiative, id);
    if !confirm::confirmed(&form) && !form.get("reason").trim().is_empty() {
        let action = format!("{url}/comments/{cid}/withdraw");
        return Ok(confirm::page(&ctx, &confirm::withdraw(&action, &url), &form));
    }
    match ideas::withdraw_comment(&state.svc, &l.access, &l.initiative, &l.idea, cid, form.get("reason"), ctx.now).await
    {
        Ok(()) => Ok(redirect_with_flash(&ctx, &comment_address(&state, &l, cid).await?, "flash-post-withdrawn")),
        Err(Error::Invalid(errors)) => {
            render_idea(&state, &ctx, &l, "", Some((IdeaForm::WithdrawComment(cid), errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}
