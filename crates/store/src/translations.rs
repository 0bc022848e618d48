//! Translations of an initiative's texts, one row per text and language.

use tandem_domain::{Timestamp, content::Field};

use crate::{Exec, Result, get};

/// One translated text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub field: Field,
    pub item_id: i64,
    pub lang: String,
    pub text: String,
}

/// Writes a translation, or removes it when `text` is `None`.
pub async fn set(
    db: impl Exec<'_>,
    initiative_id: i64,
    (field, item_id, lang): (Field, i64, &str),
    text: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    match text {
        Some(text) => {
            sqlx::query(
                "INSERT INTO translations (initiative_id, field, item_id, lang, text, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (field, item_id, lang) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
            )
            .bind(initiative_id)
            .bind(field.key())
            .bind(item_id)
            .bind(lang)
            .bind(text)
            .bind(now.0)
            .execute(db)
            .await?;
        }
        None => {
            sqlx::query(
                "DELETE FROM translations WHERE field = $1 AND item_id = $2 AND lang = $3 AND initiative_id = $4",
            )
            .bind(field.key())
            .bind(item_id)
            .bind(lang)
            .bind(initiative_id)
            .execute(db)
            .await?;
        }
    }
    Ok(())
}

fn rows_to(rows: &[sqlx::any::AnyRow]) -> Result<Vec<Translation>> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let field: String = get(row, "field")?;
        // A field no longer translatable is left out rather than failing the page.
        let Some(field) = Field::parse(&field) else { continue };
        out.push(Translation {
            field,
            item_id: get(row, "item_id")?,
            lang: get(row, "lang")?,
            text: get(row, "text")?,
        });
    }
    Ok(out)
}

/// Every translation of an initiative, in one language or all (`None`).
pub async fn of_initiative(db: impl Exec<'_>, initiative_id: i64, lang: Option<&str>) -> Result<Vec<Translation>> {
    let rows = sqlx::query(
        "SELECT field, item_id, lang, text FROM translations
         WHERE initiative_id = $1 AND ($2 = '' OR lang = $2) ORDER BY field, item_id, lang",
    )
    .bind(initiative_id)
    .bind(lang.unwrap_or_default())
    .fetch_all(db)
    .await?;
    rows_to(&rows)
}

/// The translated titles and summaries of a community's initiatives in one language (the lists).
pub async fn initiative_names(db: impl Exec<'_>, community_id: i64, lang: &str) -> Result<Vec<Translation>> {
    let rows = sqlx::query(
        "SELECT t.field, t.item_id, t.lang, t.text FROM translations t
         JOIN initiatives i ON i.id = t.initiative_id
         WHERE i.community_id = $1 AND t.lang = $2 AND t.field IN ('initiative.title', 'initiative.summary')",
    )
    .bind(community_id)
    .bind(lang)
    .fetch_all(db)
    .await?;
    rows_to(&rows)
}
