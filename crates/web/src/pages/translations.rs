//! The translators' page of an initiative (facilitators): every text that can
//! be written in the community's other languages, beside its original, with
//! the ones still missing marked; and the "also in …" switch readers see.

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
};
use maud::{Markup, html};
use serde::Deserialize;
use tandem_domain::{Invalid, content};
use tandem_service::{
    Access, Error,
    i18n::{Arg, Lang},
    initiatives::Initiative,
    translations::{self, Field, Item, Texts},
};

use crate::{
    access,
    context::Ctx,
    error::{AppError, AppResult},
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, csrf_field, error_summary_in},
    pages::{
        redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

/// The id of one text's section on the page.
fn text_id(field: Field, id: i64) -> String {
    format!("t-{}-{id}", field.key().replace(['.', '_'], "-"))
}

/// The id of one text's form in one language.
fn anchor(field: Field, id: i64, lang: &str) -> String {
    format!("{}-{lang}", text_id(field, id))
}

/// "Also in: Español" for readers, where the community writes in another of
/// the interface's languages: the same page in that language.
pub fn also_in(ctx: &Ctx, access: &Access) -> Markup {
    let langs = translations::languages(access);
    let others: Vec<Lang> =
        langs.all().iter().filter_map(|code| Lang::parse(code)).filter(|l| *l != ctx.lang).collect();
    html! {
        @if langs.all().len() > 1 && !others.is_empty() {
            form method="post" action="/lang" class="also-in" {
                (csrf_field(ctx))
                input type="hidden" name="next" value=(ctx.path);
                span { (ctx.t("content-also-in")) " " }
                @for l in others {
                    button type="submit" name="lang" value=(l.code()) lang=(l.code()) class="link-button" { (l.native_name()) }
                    " "
                }
            }
        }
    }
}

/// An initiative as a reader in another language sees it (never for forms,
/// which edit the original).
pub fn localized(texts: &Texts, i: &Initiative) -> Initiative {
    let mut shown = i.clone();
    shown.title = texts.get(Field::InitiativeTitle, i.id, &i.title).to_owned();
    shown.summary = texts.get(Field::InitiativeSummary, i.id, &i.summary).to_owned();
    shown.value_statement = texts.get(Field::InitiativeValue, i.id, &i.value_statement).to_owned();
    shown
}

/// A staff notice of the texts still missing a translation, linking to the page.
pub fn missing_notice(ctx: &Ctx, access: &Access, i: &Initiative, missing: usize) -> Markup {
    html! {
        @if missing > 0 {
            p class="notice" {
                (ctx.ta("translations-missing-notice", &[("count", Arg::from(missing))])) " "
                a href=(format!("{}/translations?missing=1", shell::base_url(access, i))) { (ctx.t("translations-go")) }
            }
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SheetQuery {
    /// "1": only the texts still missing a translation.
    pub missing: String,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    Query(q): Query<SheetQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &i, q.missing == "1", None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    only_missing: bool,
    failed: Option<(String, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let items = translations::sheet(&state.svc, access, i).await?;
    let langs = translations::languages(access);
    let missing = items.iter().filter(|it| it.missing() > 0).count();
    let base = format!("{}/translations", shell::base_url(access, i));
    let title = ctx.t("translations-title");
    let empty = Invalid::default();
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = failed.as_ref().map(|(p, _, _)| p.clone()).unwrap_or_default();
    let original = langs.original();
    let shown: Vec<&Item> = items.iter().filter(|it| !only_missing || it.missing() > 0).collect();
    let body = html! {
        p class="context" { a href=(shell::base_url(access, i)) { (i.title) } }
        h1 { (title) }
        (error_summary_in(ctx, all_errors, &[], &prefix))
        @if langs.translations().is_empty() {
            p class="notice" { (ctx.t("translations-one-language")) }
        } @else {
            p class="lead" {
                (ctx.ta("translations-lead", &[
                    ("original", content::native_name(original).unwrap_or(original).into()),
                    ("others", langs.translations().iter().map(|l| content::native_name(l).unwrap_or(l)).collect::<Vec<_>>().join(", ").into()),
                ]))
            }
            p class="meta" role="status" {
                (ctx.ta("translations-missing", &[("count", Arg::from(missing)), ("total", Arg::from(items.len()))]))
                " · "
                @if only_missing { a href=(base) { (ctx.t("translations-show-all")) } }
                @else { a href=(format!("{base}?missing=1")) { (ctx.t("translations-show-missing")) } }
            }
            @for item in &shown {
                // A plain block, not a region: dozens of texts would make dozens of landmarks.
                div class="panel translation" {
                    h2 id=(format!("{}-h", text_id(item.field, item.item_id))) {
                        (ctx.t(&item.field.label()))
                        @if !item.context.is_empty() { " — " span lang=(original) { (item.context) } }
                    }
                    p class="meta" { (content::native_name(original).unwrap_or(original)) }
                    blockquote lang=(original) dir=(if content::is_rtl(original) { "rtl" } else { "auto" }) { (crate::html::paragraphs(&item.original)) }
                    @for (lang, done) in &item.translations {
                        @let id = anchor(item.field, item.item_id, lang);
                        @let typed = match &failed { Some((p, _, v)) if *p == id => v.get("text").to_owned(), _ => done.clone().unwrap_or_default() };
                        @let errors = match &failed { Some((p, e, _)) if *p == id => e, _ => &empty };
                        @let f = Fields::with_prefix(ctx, errors, &id);
                        @let name = content::native_name(lang).unwrap_or(lang);
                        form method="post" action=(base) id=(id) novalidate class="stack" {
                            (csrf_field(ctx))
                            input type="hidden" name="field" value=(item.field.key());
                            input type="hidden" name="item" value=(item.item_id);
                            input type="hidden" name="lang" value=(lang);
                            @if done.is_none() { p { span class="badge" { (ctx.t("translations-missing-badge")) } } }
                            @let label = ctx.ta("translations-in", &[("language", (*name).into())]);
                            @if item.field.is_line() {
                                (f.text("text", &label, &typed, FieldOpts::default()))
                            } @else {
                                (f.textarea("text", &label, &typed, FieldOpts::default().rows(4).hint(ctx.t(if item.field == Field::PollOptions { "translations-options-hint" } else { "translations-blank-hint" }))))
                            }
                            button type="submit" class="button secondary" { (ctx.t("form-save")) }
                        }
                    }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(ctx, access, i, Section::Overview)).status(status).render(ctx))
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let field = Field::parse(form.get("field")).ok_or(AppError::BadRequest("error-form-unreadable"))?;
    let item: i64 = form.get("item").parse().map_err(|_| AppError::BadRequest("error-form-unreadable"))?;
    let lang = form.get("lang");
    let key = (field, item, lang);
    match translations::save(&state.svc, &access, &i, key, form.get("text"), ctx.now).await {
        Ok(()) => {
            let url = format!("{}/translations#{}", shell::base_url(&access, &i), anchor(field, item, lang));
            Ok(redirect_with_flash(&ctx, &url, "flash-saved"))
        }
        Err(Error::Invalid(errors)) => {
            render(&state, &ctx, &access, &i, false, Some((anchor(field, item, lang), errors, &form))).await
        }
        Err(e) => Err(e.into()),
    }
}
