//! The guiding-questions worksheet (the six questions that close seed 001):
//! a members' reflection, every answer kept with its history.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use maud::html;
use tandem_domain::{Invalid, text::LONG_TEXT_MAX, worksheet::QUESTIONS};
use tandem_service::{Access, Error, initiatives::Initiative, worksheet};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, csrf_field, error_summary_in, paragraphs},
    pages::{
        human_date, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &i, None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<(u8, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let history = worksheet::history(&state.svc, access, i).await?;
    let staff = access.can_facilitate();
    let base = shell::url(access, i, Section::Worksheet);
    let title = ctx.t("section-worksheet");
    let empty = Invalid::default();
    let prefix = failed.as_ref().map(|(q, _, _)| format!("q{q}")).unwrap_or_default();
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let body = html! {
        (shell::header(ctx, access, i, Section::Worksheet, &title))
        p { (ctx.t("worksheet-lead")) }
        (error_summary_in(ctx, all_errors, &[], &prefix))
        @for q in 1..=QUESTIONS {
            @let answers: Vec<_> = history.iter().filter(|a| a.question == q).collect();
            @let errors = match &failed { Some((n, e, _)) if *n == q => e, _ => &empty };
            @let typed = match &failed { Some((n, _, v)) if *n == q => Some(v.get("answer").to_owned()), _ => None };
            section class="question" aria-labelledby=(format!("q{q}-h")) {
                h2 id=(format!("q{q}-h")) { (q) ". " (ctx.t(&format!("worksheet-q{q}"))) }
                @match answers.first() {
                    Some(latest) => {
                        (paragraphs(&latest.answer))
                        p class="meta" { (ctx.ta("worksheet-answered", &[("date", human_date(ctx, latest.answered_at).into()), ("name", latest.answered_by.clone().unwrap_or_default().into())])) }
                    }
                    None => p class="muted" { (ctx.t("worksheet-unanswered")) },
                }
                @if answers.len() > 1 {
                    details class="item" {
                        summary { (ctx.ta("worksheet-history", &[("count", (answers.len() - 1).into())])) }
                        @for old in answers.iter().skip(1) {
                            div class="old-answer" {
                                p class="meta" { (human_date(ctx, old.answered_at)) " · " (old.answered_by.clone().unwrap_or_default()) }
                                (paragraphs(&old.answer))
                            }
                        }
                    }
                }
                @if staff {
                    details class="item" open[typed.is_some()] {
                        summary { (ctx.t(if answers.is_empty() { "worksheet-answer" } else { "worksheet-revise" })) }
                        form method="post" action=(format!("{base}/{q}")) novalidate class="stack" {
                            (csrf_field(ctx))
                            (Fields::with_prefix(ctx, errors, &format!("q{q}")).textarea("answer", &ctx.t("worksheet-field-answer"),
                                &typed.unwrap_or_else(|| answers.first().map(|a| a.answer.clone()).unwrap_or_default()),
                                FieldOpts::required().max(LONG_TEXT_MAX).rows(5)))
                            button type="submit" class="button" { (ctx.t("form-save")) }
                        }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Worksheet)).status(status).render(ctx))
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, question)): Path<(String, String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    match worksheet::answer(&state.svc, &access, &i, &question, form.get("answer"), ctx.now).await {
        Ok(q) => Ok(redirect_with_flash(
            &ctx,
            &format!("{}#q{q}-h", shell::url(&access, &i, Section::Worksheet)),
            "flash-saved",
        )),
        Err(Error::Invalid(errors)) => {
            let q = question.parse::<u8>().ok().filter(|q| (1..=QUESTIONS).contains(q)).unwrap_or(1);
            render(&state, &ctx, &access, &i, Some((q, errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}
