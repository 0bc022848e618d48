//! The audit trail: every privileged write records who did what to which
//! object, when and through which door, inside the write's own transaction.
//! Administrators read it filtered and paginated.

pub use tandem_domain::audit::Action;
use tandem_domain::{FieldError, Invalid, Timestamp, time};
use tandem_store::{Conn, Tx, audit};

use crate::{Access, Actor, Error, Result, Service, paging};

/// One entry being written: `audit::entry(&access, Action::IdeaRespond).initiative(i.id).subject(..)`.
pub(crate) struct Entry<'a> {
    actor: &'a Actor,
    community_id: Option<i64>,
    initiative_id: Option<i64>,
    action: Action,
    subject: String,
    detail: String,
}

/// An entry about something in `access`'s community.
pub(crate) fn entry(access: &Access, action: Action) -> Entry<'_> {
    Entry {
        actor: &access.actor,
        community_id: Some(access.community.id),
        initiative_id: None,
        action,
        subject: String::new(),
        detail: String::new(),
    }
}

/// An entry outside any community (an account, a site-wide change).
pub(crate) fn site_entry(actor: &Actor, action: Action) -> Entry<'_> {
    Entry { actor, community_id: None, initiative_id: None, action, subject: String::new(), detail: String::new() }
}

impl<'a> Entry<'a> {
    pub(crate) fn community(mut self, id: i64) -> Self {
        self.community_id = Some(id);
        self
    }

    pub(crate) fn initiative(mut self, id: i64) -> Self {
        self.initiative_id = Some(id);
        self
    }

    /// What was changed: a slug, an id.
    pub(crate) fn subject(mut self, subject: impl ToString) -> Self {
        self.subject = subject.to_string();
        self
    }

    /// A short note: the new status, the role given.
    pub(crate) fn detail(mut self, detail: impl ToString) -> Self {
        self.detail = detail.to_string();
        self
    }

    /// The usual end of a write to an initiative: records this entry, dates
    /// the initiative (its "updated" date) and commits, all or nothing.
    pub(crate) async fn commit(self, mut tx: Tx, now: Timestamp) -> Result<()> {
        if let Some(id) = self.initiative_id {
            crate::touch(&mut tx, id, now).await?;
        }
        self.record(&mut tx, now).await?;
        crate::commit(tx).await
    }

    pub(crate) async fn record(self, c: &mut Conn, now: Timestamp) -> Result<()> {
        let row = audit::Entry {
            community_id: self.community_id,
            initiative_id: self.initiative_id,
            actor_id: self.actor.user_id(),
            via: self.actor.door.key(),
            action: self.action.key(),
            subject: &self.subject,
            detail: &self.detail,
        };
        audit::record(&mut *c, &row, now).await?;
        Ok(())
    }
}

pub use audit::{Logged, Page};

/// Entries per page of the audit log.
pub const PAGE_SIZE: i64 = 50;

/// What an administrator asks of the audit log, as typed (all optional).
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// An initiative's address.
    pub initiative: String,
    /// A member's user id.
    pub actor: Option<i64>,
    /// An action's key (`idea.respond`) or a family (`idea.`).
    pub action: String,
    /// YYYY-MM-DD, inclusive.
    pub from: String,
    /// YYYY-MM-DD, inclusive.
    pub until: String,
    /// Where the page starts: a cursor from the previous page, blank for the first.
    pub after: String,
}

/// A page of the community's audit log, newest first (administrators), and
/// the cursor of the next page when there is one.
pub async fn list(svc: &Service, access: &Access, q: &Query, limit: i64) -> Result<(Page, Option<String>)> {
    access.require_admin()?;
    let after = paging::after(&q.after);
    let mut errors = Invalid::default();
    let initiative_id = match q.initiative.trim() {
        "" => None,
        slug => match access.initiative(svc, slug).await {
            Ok(i) => Some(i.id),
            Err(_) => {
                errors.0.push(FieldError::new("initiative", "error-choice-invalid"));
                None
            }
        },
    };
    // An action's key, or a family of actions ending in a dot.
    let action = q.action.trim();
    let known = match action.strip_suffix('.') {
        _ if action.is_empty() => true,
        Some(family) => Action::ALL.iter().any(|a| a.family() == family),
        None => Action::parse(action).is_some(),
    };
    if !known {
        errors.0.push(FieldError::new("action", "error-choice-invalid"));
    }
    let day = |field: &'static str, text: &str, errors: &mut Invalid| match text.trim() {
        "" => None,
        t => errors.check(time::parse_date(field, t)),
    };
    let from = day("from", &q.from, &mut errors).map(Timestamp::from_date);
    let until = day("until", &q.until, &mut errors).map(|d| Timestamp::from_date(d).plus_days(1));
    let after = match after {
        Ok(a) => a,
        Err(Error::Invalid(e)) => {
            errors.0.extend(e.0);
            None
        }
        Err(e) => return Err(e),
    };
    errors.finish()?;
    let filter =
        audit::Filter { initiative_id, actor_id: q.actor, action: Some(action).filter(|a| !a.is_empty()), from, until };
    let mut found = audit::list(&svc.db, access.community.id, &filter, after, limit).await?;
    let (entries, more) = tandem_store::paging::split(std::mem::take(&mut found.entries), limit);
    let next = if more { entries.last().map(|e| paging::cursor(e.at.0, e.id)) } else { None };
    found.entries = entries;
    Ok((found, next))
}

/// The actions recorded in the community, for the filter's choices (administrators).
pub async fn actions(svc: &Service, access: &Access) -> Result<Vec<Action>> {
    access.require_admin()?;
    let keys = audit::actions(svc.db.pool(), access.community.id).await?;
    Ok(keys.iter().filter_map(|k| Action::parse(k)).collect())
}

pub use audit::Actor as LoggedActor;

/// The people who appear in the community's log, by name, for the filter's
/// choices (administrators).
pub async fn actors(svc: &Service, access: &Access) -> Result<Vec<LoggedActor>> {
    access.require_admin()?;
    Ok(audit::actors(svc.db.pool(), access.community.id).await?)
}

pub use audit::Verified;
pub use tandem_domain::audit::Break;

/// Checks the whole audit chain and any hashes noted outside the database
/// (operators, from the command line: anyone who can reach the database can
/// read it anyway).
pub async fn verify(svc: &Service, anchors: Vec<(i64, String)>) -> Result<Verified> {
    Ok(audit::verify(&svc.db, anchors).await?)
}
