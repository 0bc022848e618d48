//! What polls and budgets share as ballot boxes: a tracker for every ballot,
//! a roll of who voted kept apart from the ballots, the seal that destroys
//! the link at the close, and paper ballots entered by one facilitator and
//! confirmed by another, never more than were declared collected.
//!
//! The threat model, in short (README "Secret ballots"): until the close the
//! server knows who cast which ballot, because a member may change theirs;
//! at the close each ballot is written anew without its owner, group or time,
//! in random order, and only the roll says who voted. Someone holding the
//! database (or a backup) from before the close can link them; after it,
//! nobody can. There is no cryptography here: the protection is that the
//! link is gone.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    decisions::{self as domain, Window, paper_note},
    privacy::{self, Breakdown, Threshold},
    time::parse_date,
};
pub use tandem_store::decisions::{PaperCount, StoredBallot};
use tandem_store::{
    Conn,
    communities::Group,
    decisions::{self as store, BallotBox},
};

use crate::{
    Access, Error, Result, Service, audit, commit, i18n::Lang, initiatives::Initiative, mail::Email, notify,
    secrets::new_tracker,
};
use tandem_domain::audit::Action;

/// Records a member's ballot in the caller's transaction and returns its
/// tracker; the first time, the member is also sent their tracker by email
/// (when they have an address and the server sends mail).
pub(crate) async fn cast(
    c: &mut Conn,
    svc: &Service,
    access: &Access,
    (ballot_box, owner_id, title): (BallotBox, i64, &str),
    content: &str,
    now: Timestamp,
) -> Result<String> {
    let user = access.actor.require_user()?;
    let first = !store::voted(&mut *c, ballot_box, owner_id, user.id).await?;
    let tracker =
        store::cast(&mut *c, ballot_box, owner_id, user.id, access.group_id(), content, &new_tracker(), now).await?;
    if first
        && svc.mailer.is_some()
        && let Some(address) = &user.email
    {
        let lang = Lang::parse(&user.lang).unwrap_or(Lang::En);
        let args = [("title", title.into()), ("tracker", tracker.as_str().into())];
        let email = Email {
            to: address.clone(),
            subject: svc.i18n.format(lang, "email-tracker-subject", &args),
            text: svc.i18n.format(lang, "email-tracker-body", &args),
            about_idea: None,
        };
        let key = format!("{}{tracker}", store::tracker_email_prefix(ballot_box, owner_id));
        notify::queue_email_keyed(&mut *c, &email, Some(&key), now).await?;
    }
    Ok(tracker)
}

/// Facilitators say how many paper ballots were collected (before entering
/// any) and, if they will be counted after the close, until which day.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn declare_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    (ballot_box, owner_id): (BallotBox, i64),
    closes_at: Timestamp,
    declared: &str,
    counting_until: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut errors = Invalid::default();
    let count = errors.check(domain::paper_declared(declared));
    let until = match counting_until.trim() {
        "" => Some(None),
        day => errors.check(parse_date("counting_until", day).and_then(|d| {
            // Counting ends at the end of the day given, which must be after the close.
            let end = access.zone().end_of(d);
            if end <= closes_at {
                Err(FieldError::new("counting_until", "error-counting-before-close"))
            } else {
                Ok(Some(end))
            }
        })),
    };
    let (Some(count), Some(until)) = (count, until) else { return Err(Error::Invalid(errors)) };
    let mut tx = svc.begin().await?;
    let paper = store::lock_paper(&mut tx, ballot_box, owner_id).await?;
    if count < paper.entered {
        return Err(Error::field("declared", "error-paper-below-entered"));
    }
    store::declare_paper(&mut *tx, ballot_box, owner_id, count, until).await?;
    let at = crate::counts::final_at(closes_at, until);
    crate::counts::schedule(&mut *tx, ballot_box, initiative.id, owner_id, at, now).await?;
    audit::entry(access, Action::PaperDeclare)
        .initiative(initiative.id)
        .subject(format!("{}:{owner_id}", ballot_box.key()))
        .detail(count)
        .commit(tx, now)
        .await
}

/// Enters a paper ballot: while voting is open or in the counting window,
/// and never more than were declared collected (counted under a lock, so
/// two facilitators entering at once cannot pass it together).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn enter_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    (ballot_box, owner_id): (BallotBox, i64),
    window: Window,
    content: std::result::Result<String, Invalid>,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let user = access.actor.require_user()?;
    let (content, note) = match (content, paper_note(note)) {
        (Ok(c), Ok(n)) => (c, n),
        (c, n) => {
            let mut e = c.err().unwrap_or_default();
            e.0.extend(n.err().map(|x| x.0).unwrap_or_default());
            return Err(Error::Invalid(e));
        }
    };
    let mut tx = svc.begin().await?;
    let paper = store::lock_paper(&mut tx, ballot_box, owner_id).await?;
    if !domain::paper_open(window, paper.counting_until, now) {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    match paper.declared {
        None => return Err(Error::Conflict("error-paper-undeclared")),
        Some(declared) if paper.entered >= declared => return Err(Error::Conflict("error-paper-all-entered")),
        Some(_) => {}
    }
    store::cast_paper(&mut *tx, ballot_box, owner_id, &content, &new_tracker(), user.id, &note, now).await?;
    let action = match ballot_box {
        BallotBox::Poll => Action::PollPaper,
        BallotBox::Budget => Action::BudgetPaper,
    };
    audit::entry(access, action).initiative(initiative.id).subject(owner_id).detail(&note).commit(tx, now).await
}

/// A second facilitator confirms a paper ballot they did not enter; only
/// then does it count. Like entering, only while paper ballots are taken:
/// once the count is final, nothing may change it.
pub(crate) async fn confirm_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    (ballot_box, owner_id): (BallotBox, i64),
    window: Window,
    ballot_id: i64,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let user = access.actor.require_user()?;
    let mut tx = svc.begin().await?;
    let paper = store::lock_paper(&mut tx, ballot_box, owner_id).await?;
    if !domain::paper_open(window, paper.counting_until, now) {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    if !store::confirm_paper(&mut *tx, ballot_box, owner_id, ballot_id, user.id, now).await? {
        // Entered by this facilitator, already confirmed, or not a paper ballot here.
        return Err(Error::Conflict("error-paper-not-confirmable"));
    }
    audit::entry(access, Action::PaperConfirm)
        .initiative(initiative.id)
        .subject(format!("{}:{owner_id}:{ballot_id}", ballot_box.key()))
        .commit(tx, now)
        .await
}

/// Seals the box once voting has closed (once; later calls do nothing).
pub(crate) async fn seal_if_closed(
    svc: &Service,
    ballot_box: BallotBox,
    owner_id: i64,
    window: Window,
    sealed_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<()> {
    if window != Window::Closed || sealed_at.is_some() {
        return Ok(());
    }
    let mut tx = svc.begin().await?;
    store::seal(&mut tx, ballot_box, owner_id, now).await?;
    commit(tx).await
}

/// Ballots per stakeholder group (from the roll), then from members in no
/// group, then on paper (confirmed only), suppressed so that no hidden count
/// can be derived from the others or from the number of ballots the result
/// adds up to; `None` when that cannot be done.
pub fn turnout(groups: &[Group], roll: &[(Option<i64>, i64)], paper: i64, t: Threshold) -> Option<Breakdown> {
    let mut all: Vec<i64> =
        groups.iter().map(|g| roll.iter().filter(|(r, _)| *r == Some(g.id)).map(|(_, n)| n).sum()).collect();
    let ungrouped =
        roll.iter().filter(|(r, _)| r.is_none_or(|id| !groups.iter().any(|g| g.id == id))).map(|(_, n)| n).sum();
    all.push(ungrouped);
    all.push(paper);
    privacy::breakdown_of_known_total(&all, t)
}

/// The ballots that count: every member's, and paper ones once confirmed.
pub fn counting(stored: &[StoredBallot]) -> Vec<&StoredBallot> {
    stored.iter().filter(|b| b.counts()).collect()
}
