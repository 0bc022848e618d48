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
    /// turnout per group if that can be shown without giving a small group away.
    Counted {
        result: PollResult,
        turnout: Option<privacy::Breakdown>,
        /// Consent: the reasons the objections gave, unsigned.
        objections: Vec<String>,
        /// Every counted ballot by its tracker, in tracker order: each voter
        /// checks theirs, anyone recounts.
        bulletin: Vec<(String, PollBallot)>,
    },
    /// Fewer ballots: only which option won (none for consent), never a
    /// count, a matrix or a group.
    TooFew { winners: Vec<u32>, threshold: i64 },
}

impl PollOutcome {
    /// The count of `counted` ballots as it may be published.
    fn of(poll: &Poll, counted: &[&StoredBallot], turnout: Option<privacy::Breakdown>, t: Threshold) -> PollOutcome {
        let ballots = ballots_of(poll, counted);
        let plain: Vec<PollBallot> = ballots.iter().map(|(_, b)| b.clone()).collect();
        let result = domain::count_poll(poll.method, &poll.options, &plain);
        if (counted.len() as i64) < t.get() {
            return PollOutcome::TooFew { winners: result.winners().to_vec(), threshold: t.get() };
        }
        let mut bulletin: Vec<(String, PollBallot)> =
            ballots.iter().map(|(k, b)| ((*k).to_owned(), b.clone())).collect();
        bulletin.sort_by(|a, b| a.0.cmp(&b.0));
        PollOutcome::Counted {
            result,
            turnout,
            objections: plain.iter().filter_map(|b| b.objection().map(str::to_owned)).collect(),
            bulletin,
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
    let (groups, stored, roll) = tokio::try_join!(
        communities::groups(svc.db.pool(), access.community.id),
        store::ballots(svc.db.pool(), BallotBox::Poll, poll.id),
        store::roll_groups(svc.db.pool(), BallotBox::Poll, poll.id)
    )?;
    let (mine, voted) = match access.user_id() {
        Some(uid) => (
            store::my_ballot(svc.db.pool(), BallotBox::Poll, poll.id, uid).await?.and_then(|(content, tracker)| {
                PollBallot::decode(poll.method, poll.options.len(), &content).map(|b| (b, tracker))
            }),
            store::voted(svc.db.pool(), BallotBox::Poll, poll.id, uid).await?,
        ),
        None => (None, false),
    };
    let t = access.community.threshold;
    // A cancelled poll counts nothing; paper ballots still to come keep the count open.
    let result =
        (poll.cancelled_at.is_none() && domain::count_final(window, poll.paper.counting_until, now)).then(|| {
            let counted = ballots::counting(&stored);
            let paper = counted.iter().filter(|b| b.is_paper()).count() as i64;
            PollOutcome::of(poll, &counted, ballots::turnout(&groups, &roll, paper, t), t)
        });
    let paper = if access.can_facilitate() { ballots::paper_list(stored) } else { Vec::new() };
    Ok(PollView { window, groups, mine, voted, result, paper })
}
