//! Polls tied to a decision area of the published charter: one ballot per
//! member (changeable until the close), paper ballots entered by facilitators
//! with a note, results counted from every stored ballot once voting closes,
//! and turnout per stakeholder group with small figures suppressed. Ballots
//! are secret: casting one is never written to the audit log.

use tandem_domain::{
    Timestamp,
    charter::InfluenceLevel,
    decisions::{self as domain, PollBallot, PollDraft, PollFields, PollMarks, PollResult, VoteRefused, Window},
    privacy::{self, Threshold},
};
pub use tandem_store::decisions::{Poll, StoredBallot};
use tandem_store::{
    charter,
    communities::{self, Group},
    decisions::{self as store, BallotBox},
    initiatives::Initiative,
};

use crate::{
    Access, Error, Result, Service, audit, ballots, commit,
    counts::{self, CountRecord, Counted, PollCount},
    paging::{self, Page},
};
use tandem_domain::audit::Action;

/// Whether this member may vote now on something open to `eligible` groups
/// (empty: everyone) during `window`.
pub fn vote_gate(
    access: &Access,
    initiative: &Initiative,
    eligible: &[i64],
    window: Window,
) -> std::result::Result<(), VoteRefused> {
    domain::may_vote(access.member_role(), access.group_id(), eligible, initiative.participation_open, window)
}

/// Votes need a published charter: it says what the vote can decide.
pub(crate) fn require_charter(initiative: &Initiative) -> Result<()> {
    if initiative.charter_version == 0 {
        return Err(Error::Conflict("decide-needs-charter"));
    }
    Ok(())
}

pub async fn list(svc: &Service, initiative: &Initiative) -> Result<Vec<Poll>> {
    let mut c = svc.read().await?;
    Ok(store::polls(&mut c, initiative.id).await?)
}

/// A page of the initiative's polls, latest closing first, after the cursor `after`.
pub async fn page(svc: &Service, initiative: &Initiative, after: &str, limit: i64) -> Result<Page<Poll>> {
    let after = paging::after(after)?;
    let mut c = svc.read().await?;
    let rows = store::polls_page(&mut c, initiative.id, after, limit).await?;
    let (total, _) = store::decision_counts(&mut *c, initiative.id).await?;
    Ok(Page::from_rows(rows, limit, total, |p| paging::cursor(p.closes_at.0, p.id)))
}

pub async fn poll(svc: &Service, initiative: &Initiative, id: i64) -> Result<Poll> {
    let mut c = svc.read().await?;
    store::poll(&mut c, initiative.id, id).await?.ok_or(Error::NotFound)
}

/// A poll as typed; ids as numbers.
#[derive(Debug, Clone, Default)]
pub struct PollInput {
    pub title: String,
    pub description: String,
    /// plurality, approval, score, borda, irv, schulze or consent
    pub method: String,
    pub options: Vec<String>,
    pub decision_area_id: Option<i64>,
    /// YYYY-MM-DD; blank for today.
    pub opens_on: String,
    /// YYYY-MM-DD: voting closes at the end of this day (UTC).
    pub closes_on: String,
    /// Blank for none.
    pub quorum: String,
    /// Empty: every member may vote.
    pub eligible_groups: Vec<i64>,
}

/// Where a poll is in time: a cancelled poll is over.
pub fn window_of(poll: &Poll, now: Timestamp) -> Window {
    if poll.cancelled_at.is_some() { Window::Closed } else { domain::window(poll.opens_at, poll.closes_at, now) }
}

/// A poll as typed, checked against the charter: its decision area must
/// exist and must be one the community can influence (not "inform").
async fn draft_of(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &PollInput,
    now: Timestamp,
) -> Result<PollDraft> {
    let stored = charter::areas(svc.db.pool(), initiative.id).await?;
    let areas: Vec<i64> = stored.iter().map(|a| a.id).collect();
    let groups: Vec<i64> =
        communities::groups(svc.db.pool(), access.community.id).await?.into_iter().map(|g| g.id).collect();
    let fields = PollFields {
        title: &input.title,
        description: &input.description,
        method: &input.method,
        options: &input.options,
        area: input.decision_area_id,
        opens_on: &input.opens_on,
        closes_on: &input.closes_on,
        quorum: &input.quorum,
        groups: &input.eligible_groups,
    };
    let d = PollDraft::parse(&fields, &areas, &groups, access.zone().date(now), &access.zone())?;
    let inform_only = stored.iter().any(|a| a.id == d.area_id && a.area.level == InfluenceLevel::Inform);
    if inform_only {
        // The charter says this area cannot be influenced: a vote on it would promise what it cannot keep.
        return Err(Error::field("area", "error-area-inform-only"));
    }
    Ok(d)
}

/// Starts a poll (facilitators; the charter must be published).
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &PollInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    require_charter(initiative)?;
    let d = draft_of(svc, access, initiative, input, now).await?;
    let mut tx = svc.begin().await?;
    let id = store::create_poll(&mut tx, initiative.id, &d, access.user_id(), now).await?;
    counts::schedule(&mut *tx, BallotBox::Poll, initiative.id, id, d.dates.closes_at, now).await?;
    audit::entry(access, Action::PollCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(d.method.key())
        .commit(tx, now)
        .await?;
    Ok(id)
}

/// Changes a poll before anyone has voted (facilitators). Once a ballot is
/// in, the question stands as it was asked (`Conflict("error-poll-has-ballots")`).
pub async fn update(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    poll: &Poll,
    input: &PollInput,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    if window_of(poll, now) == Window::Closed {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    let d = draft_of(svc, access, initiative, input, now).await?;
    let mut tx = svc.begin().await?;
    if !store::edit_poll(&mut tx, poll.id, &d).await? {
        return Err(Error::Conflict("error-poll-has-ballots"));
    }
    let closes = counts::final_at(d.dates.closes_at, poll.paper.counting_until);
    counts::schedule(&mut *tx, BallotBox::Poll, initiative.id, poll.id, closes, now).await?;
    audit::entry(access, Action::PollUpdate).initiative(initiative.id).subject(poll.id).commit(tx, now).await
}

/// How a poll ends before its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Nothing is counted.
    Cancel,
    /// What was cast so far is counted now.
    CloseEarly,
}

/// Cancels a poll or closes it early (facilitators), always with a public reason.
pub async fn end(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    poll: &Poll,
    ending: Ending,
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let reason = tandem_domain::text::line("reason", reason, tandem_domain::text::SUMMARY_MAX)?;
    let mut tx = svc.begin().await?;
    if !store::end_poll(&mut *tx, poll.id, ending == Ending::Cancel, &reason, now).await? {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    let action = match ending {
        Ending::Cancel => Action::PollCancel,
        Ending::CloseEarly => Action::PollClose,
    };
    if ending == Ending::CloseEarly {
        let at = counts::final_at(now, poll.paper.counting_until);
        counts::schedule(&mut *tx, BallotBox::Poll, initiative.id, poll.id, at, now).await?;
    }
    audit::entry(access, action).initiative(initiative.id).subject(poll.id).detail(&reason).commit(tx, now).await
}

/// Casts or changes the member's ballot while the poll is open, and returns
/// its tracker. One ballot per member is kept by the database's constraint,
/// whatever arrives at once; the poll's row is locked meanwhile, so no edit
/// or early close slips between. Ballots are never in the audit log.
pub async fn cast(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    poll: &Poll,
    marks: &PollMarks,
    now: Timestamp,
) -> Result<String> {
    vote_gate(access, initiative, &poll.eligible_groups, window_of(poll, now))
        .map_err(|r| Error::Conflict(r.message()))?;
    let b = PollBallot::parse(poll.method, poll.options.len(), marks)?;
    let mut tx = svc.begin().await?;
    if !store::lock_open_poll(&mut *tx, poll.id, now).await? {
        return Err(Error::Conflict(VoteRefused::Closed.message()));
    }
    let tracker =
        ballots::cast(&mut tx, svc, access, (BallotBox::Poll, poll.id, &poll.title), &b.encode(), now).await?;
    commit(tx).await?;
    Ok(tracker)
}

/// Declares how many paper ballots were collected, and until which day they
/// may still be entered after the close (blank: only while voting is open).
pub async fn declare_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    poll: &Poll,
    declared: &str,
    counting_until: &str,
    now: Timestamp,
) -> Result<()> {
    if poll.cancelled_at.is_some() {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    let owner = (BallotBox::Poll, poll.id);
    ballots::declare_paper(svc, access, initiative, owner, poll.closes_at, declared, counting_until, now).await
}

/// Enters a paper ballot (facilitators), with a note saying where it came
/// from; it counts once another facilitator confirms it.
pub async fn cast_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    poll: &Poll,
    marks: &PollMarks,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    if poll.cancelled_at.is_some() {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    let content = PollBallot::parse(poll.method, poll.options.len(), marks).map(|b| b.encode());
    let window = window_of(poll, now);
    ballots::enter_paper(svc, access, initiative, (BallotBox::Poll, poll.id), window, content, note, now).await
}

/// A second facilitator confirms a paper ballot someone else entered.
pub async fn confirm_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    poll: &Poll,
    ballot_id: i64,
    now: Timestamp,
) -> Result<()> {
    if poll.cancelled_at.is_some() {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    let window = window_of(poll, now);
    ballots::confirm_paper(svc, access, initiative, (BallotBox::Poll, poll.id), window, ballot_id, now).await
}

/// Stored ballots read back with their trackers; one that no longer fits
/// the poll is skipped (never expected).
pub fn ballots_of<'a>(poll: &Poll, stored: &[&'a StoredBallot]) -> Vec<(&'a str, PollBallot)> {
    stored
        .iter()
        .filter_map(|b| {
            PollBallot::decode(poll.method, poll.options.len(), &b.content).map(|p| (b.tracker.as_str(), p))
        })
        .collect()
}

/// What is published of a poll once voting closes.
#[derive(Debug, Clone)]
pub enum PollOutcome {
    /// At least the community's threshold of ballots: the full count, and
    /// turnout per group if that can be shown without giving a small group
    /// away. The ballots themselves are listed page by page ([`bulletin`]).
    Counted {
        result: PollResult,
        turnout: Option<privacy::Breakdown>,
        /// Consent: the reasons the objections gave, unsigned.
        objections: Vec<String>,
        /// How many ballots were counted, their hash, when, and the last recount.
        record: CountRecord,
    },
    /// Fewer ballots: only which option won (none for consent), never a
    /// count, a matrix or a group.
    TooFew { winners: Vec<u32>, threshold: i64 },
}

impl PollOutcome {
    /// The stored count as it may be published.
    fn of(count: Counted<PollCount>, groups: &[Group], t: Threshold) -> PollOutcome {
        let Counted { body, record } = count;
        if record.ballots < t.get() {
            return PollOutcome::TooFew { winners: body.result.winners().to_vec(), threshold: t.get() };
        }
        PollOutcome::Counted {
            turnout: ballots::turnout(groups, &body.roll, body.paper, t),
            result: body.result,
            objections: body.objections,
            record,
        }
    }
}

/// What a poll's page and the API show besides the poll.
pub struct PollView {
    pub window: Window,
    pub groups: Vec<Group>,
    /// The reader's own ballot and its tracker, while the poll is open.
    pub mine: Option<(PollBallot, String)>,
    /// The reader is on the roll (after the close, their ballot is no longer theirs to see).
    pub voted: bool,
    /// Once the count is final: what may be published of it.
    pub result: Option<PollOutcome>,
    /// For facilitators: the paper ballots, who entered and who confirmed each.
    pub paper: Vec<StoredBallot>,
}

pub async fn view(svc: &Service, access: &Access, poll: &Poll, now: Timestamp) -> Result<PollView> {
    let window = window_of(poll, now);
    // At the close the ballots lose their owners, before anything is counted.
    ballots::seal_if_closed(svc, BallotBox::Poll, poll.id, window, poll.sealed_at, now).await?;
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let (mine, voted) = match access.user_id() {
        Some(uid) => (
            store::my_ballot(svc.db.pool(), BallotBox::Poll, poll.id, uid).await?.and_then(|(content, tracker)| {
                PollBallot::decode(poll.method, poll.options.len(), &content).map(|b| (b, tracker))
            }),
            store::voted(svc.db.pool(), BallotBox::Poll, poll.id, uid).await?,
        ),
        None => (None, false),
    };
    // A cancelled poll counts nothing; paper ballots still to come keep the
    // count open; once final, the stored count is served.
    let result = match counts::poll_is_final(poll, now) {
        true => Some(PollOutcome::of(counts::poll_count(svc, poll, now).await?, &groups, access.community.threshold)),
        false => None,
    };
    let paper = match access.can_facilitate() {
        true => store::paper_ballots(svc.db.pool(), BallotBox::Poll, poll.id).await?,
        false => Vec::new(),
    };
    Ok(PollView { window, groups, mine, voted, result, paper })
}

/// Ballots listed per page on the public list.
pub const BULLETIN_PAGE: i64 = 100;

/// A page of the counted ballots by tracker, once the count is final and
/// holds at least the community's threshold of ballots (below it, ballots
/// of a handful of voters could be told apart).
pub async fn bulletin(
    svc: &Service,
    access: &Access,
    poll: &Poll,
    after: &str,
    limit: i64,
    now: Timestamp,
) -> Result<Page<(String, PollBallot)>> {
    if !counts::poll_is_final(poll, now) {
        return Err(Error::Conflict("decide-count-not-final"));
    }
    let count = counts::poll_count(svc, poll, now).await?;
    if count.record.ballots < access.community.threshold.get() {
        return Err(Error::Conflict("error-too-few-to-publish"));
    }
    bulletin_of(svc, poll, &count.record, after, limit).await
}

/// [`bulletin`] for a caller already holding the published count
/// ([`PollOutcome::Counted`]'s record), without reading it again.
pub async fn bulletin_of(
    svc: &Service,
    poll: &Poll,
    record: &CountRecord,
    after: &str,
    limit: i64,
) -> Result<Page<(String, PollBallot)>> {
    let rows = counts::bulletin_rows(svc, BallotBox::Poll, poll.id, record, after, limit).await?;
    Ok(rows.filter_map(|(tracker, content)| {
        PollBallot::decode(poll.method, poll.options.len(), &content).map(|b| (tracker, b))
    }))
}
