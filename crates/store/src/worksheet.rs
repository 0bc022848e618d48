//! Guiding-questions worksheet: every answer is kept, the latest one shows.

use tandem_domain::Timestamp;

use crate::{Exec, Result, get, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub question: u8,
    pub answer: String,
    pub answered_by: Option<String>,
    pub answered_at: Timestamp,
}

pub async fn save(
    db: impl Exec<'_>,
    initiative_id: i64,
    question: u8,
    answer: &str,
    by: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO worksheet_answers (initiative_id, question, answer, answered_by, answered_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(initiative_id)
    .bind(i64::from(question))
    .bind(answer)
    .bind(by)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(())
}

/// Every answer ever given, newest first within each question.
pub async fn history(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Answer>> {
    let rows = sqlx::query(
        "SELECT w.question, w.answer, u.display_name AS answered_by, w.answered_at
         FROM worksheet_answers w LEFT JOIN users u ON u.id = w.answered_by
         WHERE w.initiative_id = $1 ORDER BY w.question, w.answered_at DESC, w.id DESC",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            let q: i64 = get(row, "question")?;
            Ok(Answer {
                question: u8::try_from(q).map_err(|_| crate::StoreError::Corrupt("question"))?,
                answer: get(row, "answer")?,
                answered_by: get(row, "answered_by")?,
                answered_at: ts(row, "answered_at")?,
            })
        })
        .collect()
}
