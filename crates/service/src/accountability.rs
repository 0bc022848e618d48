//! "You said, we did": commitments that answer ideas, their dated progress,
//! and the notifications that reach everyone who followed those ideas.

use tandem_domain::{
    Timestamp,
    accountability::{CommitmentDraft, ProgressDraft},
    notify::NotificationKind,
};
pub use tandem_store::accountability::{Commitment, Update};
use tandem_store::{StoreError, accountability as store, ideas, initiatives::Initiative};

use crate::{
    Access, Error, Result, Service, audit, notify,
    paging::{self, Page},
};
use tandem_domain::audit::Action;

/// The commitments of an initiative and its public timeline (newest first).
pub struct Accountability {
    pub commitments: Vec<Commitment>,
    pub timeline: Vec<Update>,
}

pub async fn accountability(svc: &Service, initiative: &Initiative, timeline: i64) -> Result<Accountability> {
    let mut c = svc.read().await?;
    let commitments = store::list(&mut c, initiative.id).await?;
    let timeline = store::timeline(&mut *c, initiative.id, timeline).await?;
    Ok(Accountability { commitments, timeline })
}

/// A page of an initiative's commitments, in the order they were made,
/// after the cursor `after`.
pub async fn commitments(svc: &Service, initiative: &Initiative, after: &str, limit: i64) -> Result<Page<Commitment>> {
    let after = paging::after(after)?.map(|a| a.id);
    let mut c = svc.read().await?;
    let rows = store::page(&mut c, initiative.id, after, limit).await?;
    let total = store::count(&mut *c, initiative.id).await?;
    Ok(Page::from_rows(rows, limit, total, |c| paging::cursor(c.id, c.id)))
}

/// A page of the initiative's progress updates, newest first, after the
/// cursor `after`.
pub async fn timeline_page(svc: &Service, initiative: &Initiative, after: &str, limit: i64) -> Result<Page<Update>> {
    let after = paging::after_name(after)?;
    let after = after.as_ref().map(|(day, id)| (day.as_str(), *id));
    let (rows, total) = tokio::try_join!(
        store::timeline_page(svc.db.pool(), initiative.id, after, limit),
        store::timeline_count(svc.db.pool(), initiative.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |u| {
        paging::name_cursor(&tandem_domain::time::iso_date(u.happened_on), u.id)
    }))
}

/// The latest progress updates alone (the Atom feed).
pub async fn timeline(svc: &Service, initiative: &Initiative, limit: i64) -> Result<Vec<Update>> {
    Ok(store::timeline(svc.db.pool(), initiative.id, limit).await?)
}

#[derive(Debug, Clone, Default)]
pub struct CommitmentInput {
    pub title: String,
    pub description: String,
    /// The ideas (of the same initiative) this commitment answers.
    pub idea_ids: Vec<i64>,
}

/// Creates a commitment answering ideas (facilitators).
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &CommitmentInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let d = CommitmentDraft::parse(&input.title, &input.description)?;
    let mut tx = svc.begin().await?;
    let id = match store::create(&mut tx, initiative.id, &d, None, &input.idea_ids, access.user_id(), now).await {
        Ok(id) => id,
        Err(StoreError::NotFound) => return Err(Error::field("idea_ids", "error-choice-invalid")),
        Err(e) => return Err(e.into()),
    };
    audit::entry(access, Action::CommitmentCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(&d.title)
        .commit(tx, now)
        .await?;
    Ok(id)
}

/// Progress as typed.
#[derive(Debug, Clone, Default)]
pub struct ProgressInput {
    /// planned, in_progress, done or dropped
    pub status: String,
    /// 0–100
    pub percent: String,
    pub body: String,
    /// YYYY-MM-DD
    pub happened_on: String,
}

/// Records progress on a commitment (facilitators) and tells the followers of
/// the ideas it answers, in one transaction. `path` is the page to read more.
pub async fn progress(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    input: &ProgressInput,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let draft = ProgressDraft::parse(&input.status, &input.percent, &input.body, &input.happened_on)?;
    let mut tx = svc.begin().await?;
    let commitments = store::list(&mut tx, initiative.id).await?;
    let c = commitments.iter().find(|c| c.id == id).ok_or(Error::NotFound)?;
    store::add_update(&mut tx, initiative.id, id, &draft, access.user_id(), now).await?;
    let mut followers = Vec::new();
    for idea in store::linked_ideas(&mut *tx, id).await? {
        followers.extend(ideas::followers(&mut *tx, idea).await?);
    }
    let status_id = format!("commitment-status-{}", draft.status.key());
    let event = notify::Event {
        kind: NotificationKind::CommitmentProgress,
        initiative_id: initiative.id,
        idea_id: None,
        commitment_id: Some(id),
        title: &c.title,
        status_id: &status_id,
        text: &draft.body,
        path,
    };
    notify::followers(&mut tx, svc, &followers, access.user_id(), &event, now).await?;
    audit::entry(access, Action::CommitmentProgress)
        .initiative(initiative.id)
        .subject(id)
        .detail(format!("{} {}%", draft.status.key(), draft.percent))
        .commit(tx, now)
        .await
}
