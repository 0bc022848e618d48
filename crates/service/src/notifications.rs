//! A person's notifications: in the app always, by email as they chose (see
//! `notify` for how they are sent and `accounts::set_delivery` for the choice).

use tandem_domain::Timestamp;
use tandem_store::notifications;
pub use tandem_store::notifications::Notification;

use crate::{Actor, Result, Service};

/// The person's notifications, newest first.
pub async fn list(svc: &Service, actor: &Actor, limit: i64) -> Result<Vec<Notification>> {
    let user = actor.require_user()?;
    Ok(notifications::list(svc.db.pool(), user.id, limit.clamp(1, 500)).await?)
}

/// Marks every notification of the person read; returns how many were unread.
pub async fn mark_all_read(svc: &Service, actor: &Actor, now: Timestamp) -> Result<u64> {
    let user = actor.require_user()?;
    Ok(notifications::mark_all_read(svc.db.pool(), user.id, now).await?)
}
