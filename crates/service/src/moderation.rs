//! Guardrails (seed 000: co-contamination): members flag ideas and comments;
//! facilitators hide them only with a reason that is logged and shown in
//! place, restore them, or dismiss the flags.

use tandem_domain::{
    Timestamp,
    ideas::{self as domain, PostRefused},
    time::DAY,
};
pub use tandem_store::moderation::{LogEntry, OpenFlag, Target};
use tandem_store::{moderation as store, users};

use crate::{
    Access, Error, Result, Service, audit, commit,
    paging::{self, Page},
};
use tandem_domain::audit::Action;

/// Flags an idea or comment for the facilitators (members). Flagging twice
/// changes nothing; the daily limit holds under concurrency.
pub async fn flag(svc: &Service, access: &Access, target: Target, id: i64, reason: &str, now: Timestamp) -> Result<()> {
    let user = access.actor.require_user()?;
    access.require_member()?;
    let reason = domain::flag_reason(reason)?;
    let mut tx = svc.begin().await?;
    if !store::exists(&mut *tx, access.community.id, target, id).await? {
        return Err(Error::NotFound);
    }
    users::lock_for_contribution(&mut *tx, user.id, now).await?;
    if store::flags_since(&mut *tx, user.id, now.plus_secs(-DAY)).await? >= domain::LIMITS.flags_per_day {
        return Err(Error::Conflict(PostRefused::Limit.message()));
    }
    store::flag(&mut *tx, access.community.id, target, id, user.id, &reason, now).await?;
    commit(tx).await
}

/// What a facilitator decides about a flagged or visible item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Hide it, with the reason shown in its place.
    Hide,
    /// Show it again.
    Restore,
    /// Keep it visible and close its flags.
    Dismiss,
}

impl Decision {
    pub fn parse(key: &str) -> Option<Decision> {
        match key {
            "hide" => Some(Decision::Hide),
            "show" | "restore" => Some(Decision::Restore),
            "dismiss" => Some(Decision::Dismiss),
            _ => None,
        }
    }
}

/// Hides, restores or dismisses (facilitators). Hiding and dismissing need a
/// reason; the decision resolves the item's flags and is logged, together.
pub async fn decide(
    svc: &Service,
    access: &Access,
    target: Target,
    id: i64,
    decision: Decision,
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let reason = match decision {
        Decision::Restore => reason.trim().to_owned(),
        Decision::Hide | Decision::Dismiss => domain::hide_reason(reason)?,
    };
    let community = access.community.id;
    let actor = access.user_id();
    let mut tx = svc.begin().await?;
    if !store::exists(&mut *tx, community, target, id).await? {
        return Err(Error::NotFound);
    }
    let action = match decision {
        Decision::Hide => {
            store::set_hidden(&mut tx, community, target, id, Some(&reason), actor, now).await?;
            Action::ModerationHide
        }
        Decision::Restore => {
            store::set_hidden(&mut tx, community, target, id, None, actor, now).await?;
            Action::ModerationRestore
        }
        Decision::Dismiss => {
            store::dismiss(&mut tx, community, target, id, &reason, actor, now).await?;
            Action::ModerationDismiss
        }
    };
    audit::entry(access, action).subject(format!("{}:{id}", target.key())).detail(&reason).record(&mut tx, now).await?;
    commit(tx).await
}

/// The queue: unresolved flags, grouped by item, oldest first (facilitators).
pub async fn open_flags(svc: &Service, access: &Access, after: &str, limit: i64) -> Result<Page<OpenFlag>> {
    access.require_facilitator()?;
    let after = paging::after(after)?;
    let (rows, total) = tokio::try_join!(
        store::open_flags(svc.db.pool(), access.community.id, after, limit),
        store::open_flag_count(svc.db.pool(), access.community.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |f| paging::cursor(f.first_at.0, f.first_id)))
}

/// The community's moderation decisions, newest first, a page at a time (facilitators).
pub async fn log(svc: &Service, access: &Access, after: &str, limit: i64) -> Result<Page<LogEntry>> {
    access.require_facilitator()?;
    let after = paging::after(after)?;
    let (rows, total) = tokio::try_join!(
        store::log(svc.db.pool(), access.community.id, after, limit),
        store::log_count(svc.db.pool(), access.community.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |l| paging::cursor(l.at.0, l.id)))
}
