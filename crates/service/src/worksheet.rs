//! The guiding-questions worksheet (the six questions that close seed 001):
//! a members' reflection about power and bias, every answer kept with its history.

use tandem_domain::{Timestamp, worksheet};
pub use tandem_store::worksheet::Answer;
use tandem_store::{initiatives::Initiative, worksheet as store};

use crate::{Access, Error, Result, Service, audit, commit};
use tandem_domain::audit::Action;

/// Every answer ever given, newest first within each question (members only:
/// the worksheet is candid).
pub async fn history(svc: &Service, access: &Access, initiative: &Initiative) -> Result<Vec<Answer>> {
    access.require_member()?;
    Ok(store::history(svc.db.pool(), initiative.id).await?)
}

/// Answers question `question` (1–6) (facilitators). An unknown question is not found.
pub async fn answer(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    question: &str,
    answer: &str,
    now: Timestamp,
) -> Result<u8> {
    access.require_member()?;
    access.require_facilitator()?;
    let (q, text) = match worksheet::answer(question, answer) {
        Ok(checked) => checked,
        Err(e) if e.field == "question" => return Err(Error::NotFound),
        Err(e) => return Err(e.into()),
    };
    let mut tx = svc.begin().await?;
    store::save(&mut *tx, initiative.id, q, &text, access.user_id(), now).await?;
    audit::entry(access, Action::WorksheetAnswer).initiative(initiative.id).subject(q).record(&mut tx, now).await?;
    commit(tx).await?;
    Ok(q)
}
