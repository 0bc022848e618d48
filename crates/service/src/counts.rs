//! Results stored at the close. When a poll's or budget's count becomes
//! final, a job counts its ballots once and stores the result with how many
//! ballots it counted and a SHA-256 of them; pages and the API serve the
//! stored result, whatever the number of ballots. A recount (a button for
//! facilitators, `tandem recount`) counts the stored ballots again and
//! records whether it matches. If no job has run yet, the first reader
//! counts and stores instead, so a result is never missing.

use serde::{Deserialize, Serialize, de::DeserializeOwned};
use sha2::{Digest, Sha256};
use tandem_decide::pb::Outcome;
use tandem_domain::{
    Timestamp,
    audit::Action,
    decisions::{self as domain, PollResult, Window},
};
use tandem_store::{
    counts as store,
    decisions::{self as ballots_store, BallotBox, Budget, Poll, StoredBallot},
    initiatives::Initiative,
    jobs,
};

use crate::{
    Access, Error, Result, Service, audit, ballots, budgets,
    paging::{self, Page},
    polls,
};

pub const COUNT_JOB: &str = "count";

/// Ballots on the roll per stakeholder group (`None`: in no group), for turnout.
pub type RollCounts = Vec<(Option<i64>, i64)>;

/// What is stored of a poll's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollCount {
    pub result: PollResult,
    /// Confirmed paper ballots among those counted.
    pub paper: i64,
    pub roll: RollCounts,
    /// Consent: the reasons the objections gave, unsigned.
    pub objections: Vec<String>,
}

/// What is stored of a budget's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetCount {
    /// `None` when the rule could not run (no project on the ballot).
    pub outcome: Option<Outcome>,
    pub paper: i64,
    pub roll: RollCounts,
}

/// A stored count with its record: how many ballots, their hash, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted<T> {
    pub body: T,
    pub record: CountRecord,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountRecord {
    pub ballots: i64,
    pub ballots_sha256: String,
    pub counted_at: Timestamp,
    /// The last recount: when, and whether it matched.
    pub recount: Option<(Timestamp, bool)>,
}

/// What a recount found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recount {
    pub matches: bool,
    pub stored: CountRecord,
    pub ballots: i64,
    pub ballots_sha256: String,
}

/// The SHA-256 of the counted ballots: each as `tracker TAB content LF`,
/// in tracker order, so the same ballots always give the same hash.
pub fn ballots_sha256(counted: &[&StoredBallot]) -> String {
    let mut lines: Vec<(&str, &str)> = counted.iter().map(|b| (b.tracker.as_str(), b.content.as_str())).collect();
    lines.sort_unstable();
    let mut hash = Sha256::new();
    for (tracker, content) in lines {
        hash.update(tracker.as_bytes());
        hash.update(b"\t");
        hash.update(content.as_bytes());
        hash.update(b"\n");
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn roll_counts(roll: &[Option<i64>]) -> RollCounts {
    let mut counts: std::collections::BTreeMap<Option<i64>, i64> = Default::default();
    for group in roll {
        *counts.entry(*group).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// When a count becomes final: at the close, or when paper counting ends.
pub fn final_at(closes_at: Timestamp, counting_until: Option<Timestamp>) -> Timestamp {
    counting_until.map_or(closes_at, |until| until.max(closes_at))
}

#[derive(Serialize, Deserialize)]
struct JobPayload {
    #[serde(rename = "box")]
    ballot_box: String,
    initiative: i64,
    id: i64,
}

/// Queues the count for when it becomes final. Each moment gets its own
/// job (a changed close date queues another; the early one finds the count
/// not yet final and does nothing).
pub(crate) async fn schedule(
    db: impl tandem_store::Exec<'_>,
    ballot_box: BallotBox,
    initiative_id: i64,
    id: i64,
    at: Timestamp,
    now: Timestamp,
) -> Result<()> {
    let payload =
        serde_json::to_string(&JobPayload { ballot_box: ballot_box.key().to_owned(), initiative: initiative_id, id })
            .map_err(|e| Error::Internal(e.to_string()))?;
    let key = format!("count:{}:{id}:{}", ballot_box.key(), at.0);
    let job = jobs::NewJob { kind: COUNT_JOB, payload: &payload, run_at: at, max_attempts: 5, dedupe_key: Some(&key) };
    jobs::enqueue(db, &job, now).await?;
    Ok(())
}

/// The job: counts and stores the result if it is final and not stored yet.
pub(crate) async fn run_job(svc: &Service, payload: &str, now: Timestamp) -> Result<()> {
    let job: JobPayload = serde_json::from_str(payload).map_err(|e| Error::Internal(format!("bad payload: {e}")))?;
    let mut c = svc.read().await?;
    match job.ballot_box.as_str() {
        "poll" => {
            let Some(poll) = ballots_store::poll(&mut c, job.initiative, job.id).await? else { return Ok(()) };
            drop(c);
            if poll_is_final(&poll, now) {
                poll_count(svc, &poll, now).await?;
            }
        }
        "budget" => {
            let Some(budget) = ballots_store::budget(&mut *c, job.initiative, job.id).await? else { return Ok(()) };
            drop(c);
            if budget_is_final(&budget, now) {
                budget_count(svc, &budget, now).await?;
            }
        }
        other => return Err(Error::Internal(format!("unknown ballot box {other}"))),
    }
    Ok(())
}

pub fn poll_is_final(poll: &Poll, now: Timestamp) -> bool {
    poll.cancelled_at.is_none() && domain::count_final(polls::window_of(poll, now), poll.paper.counting_until, now)
}

pub fn budget_is_final(budget: &Budget, now: Timestamp) -> bool {
    let window = domain::window(budget.opens_at, budget.closes_at, now);
    domain::count_final(window, budget.paper.counting_until, now)
}

fn record_of(stored: &store::StoredCount) -> CountRecord {
    CountRecord {
        ballots: stored.ballots,
        ballots_sha256: stored.ballots_sha256.clone(),
        counted_at: stored.counted_at,
        recount: stored.recount,
    }
}

fn read<T: DeserializeOwned>(stored: &store::StoredCount) -> Result<Counted<T>> {
    let body = serde_json::from_str(&stored.body).map_err(|e| Error::Internal(format!("a stored count: {e}")))?;
    Ok(Counted { body, record: record_of(stored) })
}

/// The stored count, or (if none yet) counts now and stores it; the caller
/// has checked that the count is final.
async fn stored_or_count<T, F>(
    svc: &Service,
    ballot_box: BallotBox,
    owner_id: i64,
    now: Timestamp,
    count: F,
) -> Result<Counted<T>>
where
    T: Serialize + DeserializeOwned,
    F: AsyncFnOnce() -> Result<(T, i64, String)>,
{
    if let Some(stored) = store::get_count(svc.db.pool(), ballot_box, owner_id).await? {
        return read(&stored);
    }
    let (body, ballots, sha256) = count().await?;
    let text = serde_json::to_string(&body).map_err(|e| Error::Internal(e.to_string()))?;
    store::put_count(svc.db.pool(), ballot_box, owner_id, ballots, &sha256, &text, now).await?;
    // Another server may have stored its count first: the stored one is served.
    let stored = store::get_count(svc.db.pool(), ballot_box, owner_id).await?.ok_or(Error::NotFound)?;
    read(&stored)
}

/// Counts the poll's stored ballots (sealing the box first if needed).
async fn count_poll_now(svc: &Service, poll: &Poll, now: Timestamp) -> Result<(PollCount, i64, String)> {
    ballots::seal_if_closed(svc, BallotBox::Poll, poll.id, Window::Closed, poll.sealed_at, now).await?;
    let (stored, roll) = tokio::try_join!(
        ballots_store::ballots(svc.db.pool(), BallotBox::Poll, poll.id),
        ballots_store::roll_groups(svc.db.pool(), BallotBox::Poll, poll.id)
    )?;
    let counted = ballots::counting(&stored);
    let plain: Vec<_> = polls::ballots_of(poll, &counted).into_iter().map(|(_, b)| b).collect();
    let body = PollCount {
        result: domain::count_poll(poll.method, &poll.options, &plain),
        paper: counted.iter().filter(|b| b.is_paper()).count() as i64,
        roll: roll_counts(&roll),
        objections: plain.iter().filter_map(|b| b.objection().map(str::to_owned)).collect(),
    };
    Ok((body, counted.len() as i64, ballots_sha256(&counted)))
}

async fn count_budget_now(svc: &Service, budget: &Budget, now: Timestamp) -> Result<(BudgetCount, i64, String)> {
    ballots::seal_if_closed(svc, BallotBox::Budget, budget.id, Window::Closed, budget.sealed_at, now).await?;
    let (projects, stored, roll) = tokio::try_join!(
        ballots_store::projects(svc.db.pool(), budget.id),
        ballots_store::ballots(svc.db.pool(), BallotBox::Budget, budget.id),
        ballots_store::roll_groups(svc.db.pool(), BallotBox::Budget, budget.id)
    )?;
    let counted = ballots::counting(&stored);
    let election = budgets::election_of(budget, &projects, &counted);
    let body = BudgetCount {
        outcome: domain::count_budget(&election, budget.rule),
        paper: counted.iter().filter(|b| b.is_paper()).count() as i64,
        roll: roll_counts(&roll),
    };
    Ok((body, counted.len() as i64, ballots_sha256(&counted)))
}

/// The poll's count (final: the caller checked), stored once.
pub(crate) async fn poll_count(svc: &Service, poll: &Poll, now: Timestamp) -> Result<Counted<PollCount>> {
    stored_or_count(svc, BallotBox::Poll, poll.id, now, async || count_poll_now(svc, poll, now).await).await
}

/// The budget's count (final: the caller checked), stored once.
pub(crate) async fn budget_count(svc: &Service, budget: &Budget, now: Timestamp) -> Result<Counted<BudgetCount>> {
    stored_or_count(svc, BallotBox::Budget, budget.id, now, async || count_budget_now(svc, budget, now).await).await
}

/// A page of the counted ballots by tracker, `(tracker, content)`, out of
/// the ballots the stored count holds. The caller has checked that the
/// count may be published (its record comes from a published outcome).
pub(crate) async fn bulletin_rows(
    svc: &Service,
    ballot_box: BallotBox,
    owner_id: i64,
    record: &CountRecord,
    after: &str,
    limit: i64,
) -> Result<Page<(String, String)>> {
    let after = paging::after_key(after)?;
    let rows = ballots_store::bulletin_page(svc.db.pool(), ballot_box, owner_id, after.as_deref(), limit).await?;
    Ok(Page::from_rows(rows, limit, record.ballots, |(tracker, _)| tracker.clone()))
}

async fn recount<T: Serialize + DeserializeOwned + PartialEq>(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    (ballot_box, owner_id, action): (BallotBox, i64, Action),
    stored: Counted<T>,
    (fresh, ballots, sha256): (T, i64, String),
    now: Timestamp,
) -> Result<Recount> {
    let matches = fresh == stored.body && sha256 == stored.record.ballots_sha256 && ballots == stored.record.ballots;
    let mut tx = svc.begin().await?;
    store::record_recount(&mut *tx, ballot_box, owner_id, matches, now).await?;
    audit::entry(access, action)
        .initiative(initiative.id)
        .subject(owner_id)
        .detail(if matches { "matches" } else { "differs" })
        .commit(tx, now)
        .await?;
    Ok(Recount { matches, stored: stored.record, ballots, ballots_sha256: sha256 })
}

/// Counts a closed poll's ballots again and says whether the stored result
/// still matches (facilitators; audited; the stored result stands either way).
pub async fn recount_poll(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    poll: &Poll,
    now: Timestamp,
) -> Result<Recount> {
    access.require_facilitator()?;
    if !poll_is_final(poll, now) {
        return Err(Error::Conflict("recount-not-final"));
    }
    let stored = poll_count(svc, poll, now).await?;
    let fresh = count_poll_now(svc, poll, now).await?;
    recount(svc, access, initiative, (BallotBox::Poll, poll.id, Action::PollRecount), stored, fresh, now).await
}

/// The same for a closed budget.
pub async fn recount_budget(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    now: Timestamp,
) -> Result<Recount> {
    access.require_facilitator()?;
    if !budget_is_final(budget, now) {
        return Err(Error::Conflict("recount-not-final"));
    }
    let stored = budget_count(svc, budget, now).await?;
    let fresh = count_budget_now(svc, budget, now).await?;
    recount(svc, access, initiative, (BallotBox::Budget, budget.id, Action::BudgetRecount), stored, fresh, now).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballot(tracker: &str, content: &str) -> StoredBallot {
        StoredBallot {
            user_id: None,
            content: content.to_owned(),
            tracker: tracker.to_owned(),
            entered_by: None,
            confirmed_by: None,
            entered_by_name: None,
            confirmed_by_name: None,
            note: String::new(),
            updated_at: Timestamp(0),
            id: 0,
        }
    }

    #[test]
    fn the_hash_depends_on_the_ballots_not_their_order() {
        let (a, b) = (ballot("aa", "1"), ballot("bb", "2"));
        assert_eq!(ballots_sha256(&[&a, &b]), ballots_sha256(&[&b, &a]));
        assert_ne!(ballots_sha256(&[&a, &b]), ballots_sha256(&[&a, &ballot("bb", "3")]));
        // SHA-256 of "aa\t1\nbb\t2\n", worked out with sha256sum.
        assert_eq!(ballots_sha256(&[&a, &b]), "6c4b05d02cf221580b3b9750481e4f6c244c8fb935097012660fb6e70e8a3f7f");
    }

    #[test]
    fn roll_counts_group_the_roll() {
        assert_eq!(roll_counts(&[Some(2), None, Some(2), Some(1)]), vec![(None, 1), (Some(1), 1), (Some(2), 2)]);
    }

    #[test]
    fn final_at_is_the_later_of_the_close_and_paper_counting() {
        assert_eq!(final_at(Timestamp(10), None), Timestamp(10));
        assert_eq!(final_at(Timestamp(10), Some(Timestamp(20))), Timestamp(20));
    }
}
