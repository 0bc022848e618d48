//! A person's notifications: in the app always, by email as they chose (see
//! `notify` for how they are sent and `accounts::set_delivery` for the choice).

use tandem_domain::Timestamp;
use tandem_store::notifications;
pub use tandem_store::{notifications::Notification, sessions::UNREAD_CAP};

use crate::{
    Actor, Result, Service,
    paging::{self, Page},
};

/// The person's latest notifications, newest first.
pub async fn list(svc: &Service, actor: &Actor, limit: i64) -> Result<Vec<Notification>> {
    Ok(page(svc, actor, "", limit.clamp(1, paging::MAX_LIMIT)).await?.items)
}

/// A page of the person's notifications, newest first, after the cursor
/// `after` (blank for the first page).
pub async fn page(svc: &Service, actor: &Actor, after: &str, limit: i64) -> Result<Page<Notification>> {
    let user = actor.require_user()?;
    let after = paging::after(after)?;
    let (rows, total) = tokio::try_join!(
        notifications::page(svc.db.pool(), user.id, after, limit),
        notifications::count(svc.db.pool(), user.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |n| paging::cursor(n.created_at.0, n.id)))
}

/// Marks every notification of the person read; returns how many were unread.
pub async fn mark_all_read(svc: &Service, actor: &Actor, now: Timestamp) -> Result<u64> {
    let user = actor.require_user()?;
    Ok(notifications::mark_all_read(svc.db.pool(), user.id, now).await?)
}
