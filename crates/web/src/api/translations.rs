//! Translations of an initiative's texts through the API (facilitators): the
//! translators' sheet, and one text saved in one language.

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    routing::{get, put},
};
use serde::{Deserialize, Serialize};
use tandem_service::translations::{self, Field};
use utoipa::ToSchema;

use super::{ApiJson, at, dto::ErrorBody};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route(&at("/translations"), get(sheet)).route(&at("/translations/{field}/{item}/{lang}"), put(save))
}

#[derive(Serialize, ToSchema)]
pub struct TranslationOut {
    pub lang: String,
    /// Null while missing.
    pub text: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct TextOut {
    /// e.g. initiative.title, area.fixed, poll.options (one option per line)
    pub field: String,
    /// The id of what the text belongs to (the initiative, an area, a poll…).
    pub item: i64,
    /// What it belongs to, for the translator.
    pub context: String,
    pub original: String,
    pub translations: Vec<TranslationOut>,
}

/// Every text of the initiative that can be translated, with its translations.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/translations", tag = "initiatives",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = Vec<TextOut>), (status = 403, body = ErrorBody)), security(("token" = [])))]
pub async fn sheet(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<Vec<TextOut>>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let items = translations::sheet(&state.svc, &access, &i).await?;
    Ok(Json(
        items
            .into_iter()
            .map(|it| TextOut {
                field: it.field.key().to_owned(),
                item: it.item_id,
                context: it.context,
                original: it.original,
                translations: it
                    .translations
                    .into_iter()
                    .map(|(lang, text)| TranslationOut { lang: lang.to_owned(), text })
                    .collect(),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct TranslationIn {
    /// Blank removes the translation.
    pub text: String,
}

/// Saves one text in one of the community's other languages.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/translations/{field}/{item}/{lang}", tag = "initiatives",
    params(("community" = String, Path), ("initiative" = String, Path), ("field" = String, Path), ("item" = i64, Path), ("lang" = String, Path)),
    request_body = TranslationIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, field, item, lang)): Path<(String, String, String, i64, String)>,
    ApiJson(x): ApiJson<TranslationIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let field = Field::parse(&field).ok_or(crate::error::AppError::NotFound)?;
    translations::save(&state.svc, &access, &i, (field, item, &lang), &x.text, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
