//! Events (issue 17): a conference, workshop day or open evening with a call
//! for sessions, review by a mixed panel (conflicts declared and excluded),
//! decisions with reasons, a programme of rooms and times without clashes,
//! the share of sessions led by families and pupils against the event's
//! goal, registration and check-in (the meetings' own, for the whole event
//! and for each session), certificates for those who came, feedback from
//! those who attended with small numbers protected, and a report that
//! reaches "you said, we did".

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    accountability::{CommitmentDraft, CommitmentStatus, ProgressDraft},
    audit::Action,
    events::{
        self as domain, Clash, EventDraft, EventInput, FeedbackDraft, LeadKey, LeadRole, ProposalDraft, ProposalInput,
        ReviewDraft, Share, Slot,
    },
    meetings::{CAPACITY_MAX, MeetingDraft},
    text::{self, NAME_MAX},
};
pub use tandem_store::events::{Event, EventKind, Lead, Proposal, ProposalStatus, Review, Reviewer, Room};
use tandem_store::{
    communities,
    events::{self as store, Feedback},
    meetings::{self as meeting_store, Meeting, Registration, RegistrationStatus},
};

use crate::{
    Access, Error, Result, Service, audit,
    i18n::{Arg, Lang},
    initiatives::Initiative,
    meetings::{self, Places},
};

/// Loads an event this reader may see: one of an initiative they cannot
/// read is not there for them.
pub async fn load(svc: &Service, access: &Access, id: i64) -> Result<Event> {
    let e = store::get_one(svc.db.pool(), access.community.id, id).await?.ok_or(Error::NotFound)?;
    initiative_of(svc, access, &e).await?;
    Ok(e)
}

async fn initiative_of(svc: &Service, access: &Access, e: &Event) -> Result<Option<Initiative>> {
    let Some(i) = e.initiative_id else { return Ok(None) };
    let initiative = tandem_store::initiatives::by_id(svc.db.pool(), i).await?.ok_or(Error::NotFound)?;
    access.check_visible(&initiative)?;
    Ok(Some(initiative))
}

/// An event in a list, with its dates and place.
pub struct EventItem {
    pub event: Event,
    pub gathering: Option<Meeting>,
}

/// The community's events this reader may see, newest first.
pub async fn list(svc: &Service, access: &Access) -> Result<Vec<EventItem>> {
    let db = svc.db.pool();
    let mut out = Vec::new();
    for event in store::list(db, access.community.id).await? {
        if initiative_of(svc, access, &event).await.is_err() {
            continue;
        }
        let gathering = match event.meeting_id {
            Some(m) => meeting_store::by_id(db, m).await?,
            None => None,
        };
        out.push(EventItem { event, gathering });
    }
    Ok(out)
}

/// Schedules an event (facilitators), with its gathering for registration.
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: Option<i64>,
    input: &EventInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    if let Some(i) = initiative {
        let found = tandem_store::initiatives::by_id(svc.db.pool(), i).await?.ok_or(Error::NotFound)?;
        access.check_visible(&found)?;
    }
    let draft = EventDraft::parse(input, &access.zone())?;
    if draft.gathering.starts_at <= now {
        return Err(Error::field("starts_at", "error-meeting-in-past"));
    }
    let mut tx = svc.begin().await?;
    let id = store::create(&mut tx, access.community.id, initiative, &draft, access.user_id(), now).await?;
    let g = &draft.gathering;
    let meeting =
        meeting_store::create(&mut tx, access.community.id, None, initiative, g, access.user_id(), now).await?;
    store::set_gathering(&mut tx, id, meeting).await?;
    meetings::schedule_reminder(&mut tx, meeting, g.starts_at, g.reminder_hours, 0, now).await?;
    let mut entry = audit::entry(access, Action::EventCreate).subject(id).detail(&g.title);
    if let Some(i) = initiative {
        entry = entry.initiative(i);
    }
    entry.commit(tx, now).await?;
    Ok(id)
}

/// Changes an event; its gathering's calendar sequence rises and places
/// freed by a larger capacity go to the waitlist in order.
pub async fn update(
    svc: &Service,
    access: &Access,
    id: i64,
    input: &EventInput,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let event = load(svc, access, id).await?;
    let draft = EventDraft::parse(input, &access.zone())?;
    let gathering = event.meeting_id.ok_or(Error::NotFound)?;
    let mut tx = svc.begin().await?;
    meeting_store::lock(&mut *tx, gathering).await?;
    resize(&mut tx, svc, gathering, &draft.gathering, path, now).await?;
    store::update(&mut tx, id, &draft, now).await?;
    let m = meeting_store::by_id(&mut *tx, gathering).await?.ok_or(Error::NotFound)?;
    meetings::schedule_reminder(&mut tx, gathering, m.starts_at, m.reminder_hours, m.sequence, now).await?;
    audit::entry(access, Action::EventUpdate).subject(id).detail(&draft.gathering.title).commit(tx, now).await
}

/// Rewrites a locked meeting of the event: a capacity below those
/// registered is refused; places it frees go to the waitlist.
async fn resize(
    tx: &mut tandem_store::Tx,
    svc: &Service,
    meeting: i64,
    draft: &MeetingDraft,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    let regs = meeting_store::registrations(&mut **tx, meeting).await?;
    let registered = regs.iter().filter(|r| r.status == RegistrationStatus::Registered && !r.walk_in).count() as i64;
    if draft.capacity < registered {
        let f = FieldError::new("capacity", "error-capacity-below-registered").with_arg("count", registered);
        return Err(Error::Invalid(Invalid::one(f)));
    }
    if !meeting_store::update(tx, meeting, draft, now).await? {
        return Err(Error::Conflict("error-meeting-cancelled"));
    }
    let updated = meeting_store::by_id(&mut **tx, meeting).await?.ok_or(Error::NotFound)?;
    let promoted = meetings::promote(tx, meeting, &updated, now).await?;
    meetings::tell_promoted(tx, svc, &updated.title, &promoted, path, now).await
}

/// Names the review panel: members of the community. Returns whether it is
/// mixed (a family member and a member of staff); decisions wait until it is.
pub async fn set_panel(svc: &Service, access: &Access, id: i64, people: &[String], now: Timestamp) -> Result<bool> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let mut ids: Vec<i64> = Vec::new();
    for raw in people.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let user: i64 = raw.parse().map_err(|_| Error::field("reviewers", "error-choice-invalid"))?;
        communities::membership(svc.db.pool(), access.community.id, user)
            .await?
            .ok_or(Error::field("reviewers", "error-choice-invalid"))?;
        if !ids.contains(&user) {
            ids.push(user);
        }
    }
    if ids.len() > 20 {
        return Err(Error::Invalid(Invalid::one(
            FieldError::new("reviewers", "error-too-many-rows").with_arg("max", 20),
        )));
    }
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    store::set_reviewers(&mut tx, id, &ids, now).await?;
    let panel = store::reviewers(&mut *tx, id).await?;
    let mixed = mixed(&panel);
    let detail = format!("{} reviewers{}", ids.len(), if mixed { "" } else { ", not mixed" });
    audit::entry(access, Action::EventPanel).subject(id).detail(detail).commit(tx, now).await?;
    Ok(mixed)
}

/// Members who can sit on a review panel, with their group (facilitators).
pub async fn panel_candidates(svc: &Service, access: &Access) -> Result<Vec<(i64, String, Option<String>)>> {
    access.require_facilitator()?;
    let mut conn = svc.read().await?;
    let page = communities::members(&mut conn, access.community.id, None, None, 500).await?;
    Ok(page.members.into_iter().map(|m| (m.membership.user_id, m.display_name, m.group_key)).collect())
}

fn mixed(panel: &[Reviewer]) -> bool {
    let keys: Vec<Option<&str>> = panel.iter().map(|r| r.group_key.as_deref()).collect();
    domain::panel_mixed(&keys)
}

/// Adds a room to the programme's grid.
pub async fn add_room(
    svc: &Service,
    access: &Access,
    id: i64,
    name: &str,
    capacity: &str,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let mut e = Invalid::default();
    let name = e.check(text::line("name", name, NAME_MAX));
    let capacity = e.check(text::integer_in("capacity", capacity, 1..=CAPACITY_MAX));
    let (Some(name), Some(capacity)) = (name, capacity) else { return Err(Error::Invalid(e)) };
    let mut tx = svc.begin().await?;
    let room = store::add_room(&mut tx, id, &name, capacity).await.map_err(|e| match e {
        tandem_store::StoreError::Conflict(_) => Error::field("name", "error-room-exists"),
        other => other.into(),
    })?;
    audit::entry(access, Action::EventRoom).subject(id).detail(&name).commit(tx, now).await?;
    Ok(room)
}

/// Any member proposes a session while the call is open.
pub async fn propose(svc: &Service, access: &Access, id: i64, input: &ProposalInput, now: Timestamp) -> Result<i64> {
    let user = access.actor.require_user()?;
    access.require_participant()?;
    let event = load(svc, access, id).await?;
    if now >= event.call_closes_at {
        return Err(Error::Conflict("error-call-closed"));
    }
    let draft = ProposalDraft::parse(input, &user.display_name, access.is_protected())?;
    let mut tx = svc.begin().await?;
    let proposal = store::create_proposal(&mut tx, id, &draft, Some(user.id), now).await?;
    audit::entry(access, Action::ProposalCreate).subject(proposal).detail(&draft.title).commit(tx, now).await?;
    Ok(proposal)
}

async fn proposal_of(svc: &Service, event: i64, proposal: i64) -> Result<Proposal> {
    store::proposal_by_id(svc.db.pool(), event, proposal).await?.ok_or(Error::NotFound)
}

/// The proposer withdraws a proposal not yet decided.
pub async fn withdraw(svc: &Service, access: &Access, id: i64, proposal: i64, now: Timestamp) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    load(svc, access, id).await?;
    let p = proposal_of(svc, id, proposal).await?;
    if p.proposed_by != Some(user) {
        return Err(Error::Forbidden);
    }
    let mut tx = svc.begin().await?;
    if !store::set_status(&mut tx, proposal, ProposalStatus::Proposed, ProposalStatus::Withdrawn, "", None, now).await?
    {
        return Err(Error::Conflict("error-proposal-decided"));
    }
    audit::entry(access, Action::ProposalWithdraw).subject(proposal).detail(&p.title).commit(tx, now).await
}

/// Whether `user` may not review `p`: they proposed or lead it.
fn conflicted(p: &Proposal, leads: &[Lead], user: i64) -> bool {
    p.proposed_by == Some(user) || leads.iter().any(|l| l.proposal_id == p.id && l.user_id == Some(user))
}

/// A panel member's place to review: the proposal undecided, no conflict.
async fn reviewable(svc: &Service, access: &Access, id: i64, proposal: i64) -> Result<(Event, Proposal, i64)> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let event = load(svc, access, id).await?;
    let db = svc.db.pool();
    if !store::reviewers(db, id).await?.iter().any(|r| r.user_id == user) {
        return Err(Error::Forbidden);
    }
    let p = proposal_of(svc, id, proposal).await?;
    if p.status != ProposalStatus::Proposed {
        return Err(Error::Conflict("error-proposal-decided"));
    }
    let leads = store::leads(db, id).await?;
    let declared =
        store::reviews(db, id).await?.iter().any(|r| r.proposal_id == proposal && r.reviewer_id == user && r.conflict);
    if declared || conflicted(&p, &leads, user) {
        return Err(Error::Conflict("error-review-conflict"));
    }
    Ok((event, p, user))
}

/// A panel member scores a proposal on each of the event's criteria with a
/// comment (a later review replaces their earlier one).
pub async fn review(
    svc: &Service,
    access: &Access,
    id: i64,
    proposal: i64,
    scores: &[String],
    comment: &str,
    now: Timestamp,
) -> Result<()> {
    let (event, _, user) = reviewable(svc, access, id, proposal).await?;
    let draft = ReviewDraft::parse(event.criteria.len(), scores, comment)?;
    let mut tx = svc.begin().await?;
    store::save_review(&mut tx, proposal, user, Some(&draft), now).await?;
    audit::entry(access, Action::ProposalReview).subject(proposal).detail("scored").commit(tx, now).await
}

/// A panel member declares a conflict of interest: their scores (if any)
/// are withdrawn and they cannot review this proposal again.
pub async fn declare_conflict(svc: &Service, access: &Access, id: i64, proposal: i64, now: Timestamp) -> Result<()> {
    let (_, _, user) = reviewable(svc, access, id, proposal).await?;
    let mut tx = svc.begin().await?;
    store::save_review(&mut tx, proposal, user, None, now).await?;
    audit::entry(access, Action::ProposalReview).subject(proposal).detail("conflict declared").commit(tx, now).await
}

/// Records the panel's decision with its reason (facilitators): only with a
/// mixed panel and at least one review without a conflict. The proposer is
/// told by email.
#[allow(clippy::too_many_arguments)]
pub async fn decide(
    svc: &Service,
    access: &Access,
    id: i64,
    proposal: i64,
    decision: &str,
    reason: &str,
    path: &str,
    now: Timestamp,
) -> Result<ProposalStatus> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let db = svc.db.pool();
    let p = proposal_of(svc, id, proposal).await?;
    let (status, reason) = domain::parse_decision(decision, reason)?;
    if !mixed(&store::reviewers(db, id).await?) {
        return Err(Error::Conflict("error-panel-not-mixed"));
    }
    if !store::reviews(db, id).await?.iter().any(|r| r.proposal_id == proposal && !r.conflict) {
        return Err(Error::Conflict("error-proposal-not-reviewed"));
    }
    let mut tx = svc.begin().await?;
    if !store::set_status(&mut tx, proposal, ProposalStatus::Proposed, status, &reason, access.user_id(), now).await? {
        return Err(Error::Conflict("error-proposal-decided"));
    }
    if let Some(by) = p.proposed_by {
        let subject = match status {
            ProposalStatus::Accepted => "email-proposal-accepted-subject",
            _ => "email-proposal-declined-subject",
        };
        meetings::email(&mut tx, svc, &[by], subject, "email-proposal-decided-body", &p.title, &reason, path, now)
            .await?;
    }
    let detail = format!("{}: {reason}", status.key());
    audit::entry(access, Action::ProposalDecide).subject(proposal).detail(detail).commit(tx, now).await?;
    Ok(status)
}

/// What the programme form sends to place a session.
#[derive(Debug, Clone, Default)]
pub struct PlaceInput {
    pub room: String,
    pub starts_at: String,
    /// Places; empty means the room's capacity.
    pub capacity: String,
}

/// Places an accepted session in a room at a time, inside the event:
/// refused when the room or one of its leads is elsewhere at that time.
/// The session's meeting (registration, check-in, calendar) is created the
/// first time and moved after (subscribers see the new time).
pub async fn place(
    svc: &Service,
    access: &Access,
    id: i64,
    proposal: i64,
    input: &PlaceInput,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let event = load(svc, access, id).await?;
    let db = svc.db.pool();
    let p = proposal_of(svc, id, proposal).await?;
    if p.status != ProposalStatus::Accepted {
        return Err(Error::Conflict("error-proposal-not-accepted"));
    }
    let gathering = meeting_store::by_id(db, event.meeting_id.ok_or(Error::NotFound)?).await?.ok_or(Error::NotFound)?;
    let rooms = store::rooms(db, id).await?;
    let mut e = Invalid::default();
    let room = match input.room.trim().parse::<i64>().ok().and_then(|r| rooms.iter().find(|room| room.id == r)) {
        Some(r) => Some(r.clone()),
        None => e.check(Err(FieldError::new("room", "error-choice-invalid"))),
    };
    let slot = e
        .check(access.zone().parse_local("starts_at", &input.starts_at))
        .and_then(|s| e.check(domain::session_slot(s, p.minutes, gathering.starts_at, gathering.ends_at)));
    let capacity = if input.capacity.trim().is_empty() {
        room.as_ref().map(|r| r.capacity)
    } else {
        e.check(text::integer_in("capacity", &input.capacity, 1..=CAPACITY_MAX))
    };
    let (Some(room), Some((starts, ends)), Some(capacity)) = (room, slot, capacity) else {
        return Err(Error::Invalid(e));
    };
    let mut tx = svc.begin().await?;
    // One change of the programme at a time, so two sessions cannot both take a free slot.
    store::lock(&mut *tx, id).await?;
    let all = store::proposals(&mut *tx, id).await?;
    let leads = store::leads(&mut *tx, id).await?;
    let placed: Vec<Slot> = store::placed(&mut *tx, id)
        .await?
        .into_iter()
        .map(|(session, room, starts_at, ends_at)| Slot {
            session,
            room,
            starts_at,
            ends_at,
            leads: keys(&leads, session),
        })
        .collect();
    let candidate = Slot { session: p.id, room: room.id, starts_at: starts, ends_at: ends, leads: keys(&leads, p.id) };
    let found = domain::clashes(&placed, &candidate);
    if !found.is_empty() {
        let title = |s: i64| all.iter().find(|q| q.id == s).map(|q| q.title.clone()).unwrap_or_default();
        let errors = found
            .into_iter()
            .map(|c| match c {
                Clash::Room { other } => FieldError::new("room", "error-clash-room").with_arg("session", title(other)),
                Clash::Lead { other, name } => FieldError::new("starts_at", "error-clash-lead")
                    .with_arg("name", name)
                    .with_arg("session", title(other)),
            })
            .collect();
        return Err(Error::Invalid(Invalid(errors)));
    }
    let location = if gathering.location.is_empty() {
        room.name.clone()
    } else {
        format!("{}, {}", room.name, gathering.location)
    };
    let draft = MeetingDraft {
        title: p.title.clone(),
        description: p.summary.clone(),
        mode: gathering.mode,
        location,
        link: gathering.link.clone(),
        starts_at: starts,
        ends_at: ends,
        capacity,
        // The event's own reminder covers its sessions.
        reminder_hours: 0,
    };
    let meeting = match p.meeting_id {
        Some(m) => {
            meeting_store::lock(&mut *tx, m).await?;
            resize(&mut tx, svc, m, &draft, path, now).await?;
            m
        }
        None => {
            let m = meeting_store::create(
                &mut tx,
                access.community.id,
                None,
                event.initiative_id,
                &draft,
                access.user_id(),
                now,
            )
            .await?;
            store::link_meeting(&mut tx, m, id).await?;
            m
        }
    };
    store::place(&mut tx, p.id, room.id, meeting, now).await?;
    let detail = format!("{} in {} at {}", p.title, room.name, access.zone().local_input(starts));
    audit::entry(access, Action::SessionPlace).subject(p.id).detail(detail).commit(tx, now).await
}

/// Each lead of a session as a clash key, with the name said when it clashes.
fn keys(leads: &[Lead], session: i64) -> Vec<(LeadKey, String)> {
    leads
        .iter()
        .filter(|l| l.proposal_id == session)
        .map(|l| {
            (LeadKey::of(l.user_id, &l.name), if l.role == LeadRole::Pupil { String::new() } else { l.name.clone() })
        })
        .collect()
}

/// Publishes the programme: everyone can then see where and when each session is.
pub async fn publish_programme(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    if store::placed(svc.db.pool(), id).await?.is_empty() {
        return Err(Error::Conflict("error-programme-empty"));
    }
    let mut tx = svc.begin().await?;
    if !store::publish(&mut tx, id, false, now).await? {
        return Err(Error::Conflict("error-programme-published"));
    }
    audit::entry(access, Action::EventProgramme).subject(id).detail("programme published").commit(tx, now).await
}

/// The reader's registration of a meeting, when they are checked in.
async fn attended(svc: &Service, meeting: Option<i64>, user: i64) -> Result<Option<Registration>> {
    let Some(m) = meeting else { return Ok(None) };
    let r = meeting_store::registration_of(svc.db.pool(), m, user).await?;
    Ok(r.filter(|r| r.attended_at.is_some() && r.status != RegistrationStatus::Cancelled))
}

/// Feedback on a session, once, from someone checked in to it.
#[allow(clippy::too_many_arguments)]
pub async fn give_feedback(
    svc: &Service,
    access: &Access,
    id: i64,
    proposal: i64,
    useful: &str,
    changed: &str,
    worked: &str,
    better: &str,
    now: Timestamp,
) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    load(svc, access, id).await?;
    let p = proposal_of(svc, id, proposal).await?;
    if attended(svc, p.meeting_id, user).await?.is_none() {
        return Err(Error::Conflict("error-feedback-not-attended"));
    }
    let draft = FeedbackDraft::parse(useful, changed, worked, better)?;
    let mut tx = svc.begin().await?;
    store::add_feedback(&mut tx, proposal, user, &draft, now).await.map_err(|e| match e {
        tandem_store::StoreError::Conflict(_) => Error::Conflict("error-feedback-given"),
        other => other.into(),
    })?;
    crate::commit(tx).await
}

/// Whether the reader came to the event: checked in to it or to one of its sessions.
async fn came(svc: &Service, event: &Event, user: i64) -> Result<bool> {
    Ok(!meeting_store::attended_in_event(svc.db.pool(), event.id, user).await?.is_empty())
}

/// A delegate's view of the whole event, once, from someone who came.
pub async fn give_event_feedback(
    svc: &Service,
    access: &Access,
    id: i64,
    overall: &str,
    comment: &str,
    now: Timestamp,
) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let event = load(svc, access, id).await?;
    if !came(svc, &event, user).await? {
        return Err(Error::Conflict("error-feedback-not-attended"));
    }
    let (overall, comment) = domain::parse_event_feedback(overall, comment)?;
    let mut tx = svc.begin().await?;
    store::add_event_feedback(&mut tx, id, user, overall, &comment, now).await.map_err(|e| match e {
        tandem_store::StoreError::Conflict(_) => Error::Conflict("error-feedback-given"),
        other => other.into(),
    })?;
    crate::commit(tx).await
}

/// A lead as this reader may see them: a pupil's name only for staff and
/// the person who proposed the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownLead {
    pub name: Option<String>,
    pub role: LeadRole,
}

/// Feedback on one session, as far as this reader may see it. Scales from
/// `SCALE_MIN` answers (or the community's threshold), open text from `TEXT_MIN`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// How many answered; `None` when fewer than the threshold and the reader is the public.
    pub answers: Option<i64>,
    /// Means in tenths (4.3 is 43), when enough answered.
    pub useful: Option<i64>,
    pub changed: Option<i64>,
    pub worked: Vec<String>,
    pub better: Vec<String>,
}

fn results(fb: &[&Feedback], threshold: i64, insider: bool) -> Results {
    let n = fb.len() as i64;
    let scale_min = domain::SCALE_MIN.max(threshold);
    let scales = n >= scale_min;
    let text = insider && n >= domain::TEXT_MIN;
    let useful: Vec<i64> = fb.iter().map(|f| f.useful).collect();
    let changed: Vec<i64> = fb.iter().map(|f| f.changed).collect();
    let texts = |pick: fn(&Feedback) -> &str| -> Vec<String> {
        if text {
            fb.iter().map(|f| pick(f)).filter(|t| !t.is_empty()).map(str::to_owned).collect()
        } else {
            Vec::new()
        }
    };
    Results {
        answers: (insider || n == 0 || n >= threshold).then_some(n),
        useful: scales.then(|| domain::mean_tenths(&useful)).flatten(),
        changed: scales.then(|| domain::mean_tenths(&changed)).flatten(),
        worked: texts(|f| &f.worked),
        better: texts(|f| &f.better),
    }
}

/// A session of the event as this reader sees it.
pub struct SessionRow {
    pub proposal: Proposal,
    pub leads: Vec<ShownLead>,
    pub family_led: bool,
    /// Where and when, once placed (and the programme published, for the public).
    pub room: Option<String>,
    pub meeting: Option<Meeting>,
    pub places: Option<Places>,
    /// The reader's registration for the session.
    pub mine: Option<Registration>,
    /// For staff and the panel: mean score in tenths and how many scored.
    pub score: Option<i64>,
    pub reviews: i64,
    pub conflicts: i64,
    /// The reader's own review, when they are on the panel.
    pub my_review: Option<Review>,
    /// Whether the reader may review it (on the panel, no conflict, undecided).
    pub can_review: bool,
    /// Whether the reader is one of its leads (they see their results).
    pub is_lead: bool,
    pub results: Option<Results>,
    /// Whether the reader attended and has not yet given feedback.
    pub can_feedback: bool,
    pub gave_feedback: bool,
}

pub struct EventView {
    pub event: Event,
    pub initiative: Option<Initiative>,
    pub gathering: Option<Meeting>,
    pub places: Option<Places>,
    pub mine: Option<Registration>,
    pub call_open: bool,
    pub panel: Vec<Reviewer>,
    pub panel_mixed: bool,
    pub rooms: Vec<Room>,
    pub sessions: Vec<SessionRow>,
    pub share: Share,
    pub programme_visible: bool,
    pub staff: bool,
    pub reviewer: bool,
    /// Whether the reader came (certificate, overall feedback).
    pub came: bool,
    pub gave_event_feedback: bool,
    /// Delegates' overall view: how many answered and the mean in tenths (when enough).
    pub overall: Results,
    pub comments: Vec<String>,
}

/// The event's page: the call, the panel, proposals and decisions, the
/// programme with the share of family-led sessions, registration, results.
pub async fn view(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<EventView> {
    let event = load(svc, access, id).await?;
    let initiative = initiative_of(svc, access, &event).await?;
    let db = svc.db.pool();
    let (proposals, leads, reviews, panel, rooms, feedback, placed) = tokio::try_join!(
        store::proposals(db, id),
        store::leads(db, id),
        store::reviews(db, id),
        store::reviewers(db, id),
        store::rooms(db, id),
        store::feedback(db, id),
        store::placed(db, id),
    )?;
    let user = access.user_id();
    let staff = access.can_facilitate();
    let reviewer = user.is_some_and(|u| panel.iter().any(|r| r.user_id == u));
    let programme_visible = staff || event.programme_published_at.is_some();
    let threshold = access.community.threshold.get();
    let (gathering, places, mine) = meeting_parts(svc, event.meeting_id, user).await?;
    let mut sessions = Vec::new();
    for p in proposals {
        if p.status == ProposalStatus::Withdrawn && p.proposed_by != user && !staff {
            continue;
        }
        let own: Vec<&Lead> = leads.iter().filter(|l| l.proposal_id == p.id).collect();
        let proposer = user.is_some() && p.proposed_by == user;
        let shown = own
            .iter()
            .map(|l| ShownLead {
                name: (l.role != LeadRole::Pupil || staff || proposer).then(|| l.name.clone()),
                role: l.role,
            })
            .collect();
        let is_lead = user.is_some_and(|u| own.iter().any(|l| l.user_id == Some(u)));
        let scored: Vec<&Review> = reviews.iter().filter(|r| r.proposal_id == p.id && !r.conflict).collect();
        let all_scores: Vec<i64> = scored.iter().flat_map(|r| r.scores.iter().copied()).collect();
        let my_review =
            user.and_then(|u| reviews.iter().find(|r| r.proposal_id == p.id && r.reviewer_id == u).cloned());
        let can_review = reviewer
            && p.status == ProposalStatus::Proposed
            && user.is_some_and(|u| !conflicted(&p, &leads, u))
            && !my_review.as_ref().is_some_and(|r| r.conflict);
        let on_programme = placed.iter().any(|(s, ..)| *s == p.id) && programme_visible;
        let (meeting, session_places, session_mine) =
            if on_programme { meeting_parts(svc, p.meeting_id, user).await? } else { (None, None, None) };
        let fb: Vec<&Feedback> = feedback.iter().filter(|f| f.proposal_id == p.id).collect();
        let gave_feedback = user.is_some_and(|u| fb.iter().any(|f| f.user_id == u));
        let can_feedback = !gave_feedback && session_mine.as_ref().is_some_and(|r| r.attended_at.is_some());
        let insider = staff || is_lead;
        let public = event.report_published_at.is_some();
        let results = (meeting.is_some() && (insider || public)).then(|| results(&fb, threshold, insider));
        sessions.push(SessionRow {
            family_led: own.iter().any(|l| l.role.is_family()),
            leads: shown,
            room: if on_programme {
                rooms.iter().find(|r| Some(r.id) == p.room_id).map(|r| r.name.clone())
            } else {
                None
            },
            meeting,
            places: session_places,
            mine: session_mine,
            score: (staff || reviewer).then(|| domain::mean_tenths(&all_scores)).flatten(),
            reviews: if staff || reviewer { scored.len() as i64 } else { 0 },
            conflicts: if staff || reviewer {
                reviews.iter().filter(|r| r.proposal_id == p.id && r.conflict).count() as i64
            } else {
                0
            },
            my_review,
            can_review,
            is_lead,
            results,
            can_feedback,
            gave_feedback,
            proposal: p,
        });
    }
    sessions.sort_by_key(|s| (s.meeting.as_ref().map(|m| m.starts_at), s.proposal.id));
    let share = share_of(&sessions, &leads, &placed, event.goal_percent);
    let came = match user {
        Some(u) => came(svc, &event, u).await?,
        None => false,
    };
    let overall_rows = store::event_feedback(db, id).await?;
    let gave_event_feedback = user.is_some_and(|u| overall_rows.iter().any(|(p, ..)| *p == u));
    let overall_scores: Vec<i64> = overall_rows.iter().map(|(_, o, _)| *o).collect();
    let n = overall_scores.len() as i64;
    let visible = staff || event.report_published_at.is_some();
    let overall = Results {
        answers: (staff || n == 0 || n >= threshold).then_some(n).filter(|_| visible),
        useful: (visible && n >= domain::SCALE_MIN.max(threshold))
            .then(|| domain::mean_tenths(&overall_scores))
            .flatten(),
        ..Results::default()
    };
    let comments = if staff && n >= domain::TEXT_MIN {
        overall_rows.into_iter().map(|(_, _, c)| c).filter(|c| !c.is_empty()).collect()
    } else {
        Vec::new()
    };
    Ok(EventView {
        call_open: event.call_closes_at > now,
        panel_mixed: mixed(&panel),
        panel: if staff || reviewer { panel } else { Vec::new() },
        event,
        initiative,
        gathering,
        places,
        mine,
        rooms,
        sessions,
        share,
        programme_visible,
        staff,
        reviewer,
        came,
        gave_event_feedback,
        overall,
        comments,
    })
}

/// The share of family-led sessions: of the programme once sessions are
/// placed, else of those accepted.
fn share_of(sessions: &[SessionRow], leads: &[Lead], placed: &[(i64, i64, Timestamp, Timestamp)], goal: i64) -> Share {
    let counted: Vec<i64> = if placed.is_empty() {
        sessions.iter().filter(|s| s.proposal.status == ProposalStatus::Accepted).map(|s| s.proposal.id).collect()
    } else {
        placed.iter().map(|(s, ..)| *s).collect()
    };
    let roles: Vec<Vec<LeadRole>> =
        counted.iter().map(|s| leads.iter().filter(|l| l.proposal_id == *s).map(|l| l.role).collect()).collect();
    Share::of(roles.iter().map(Vec::as_slice), goal)
}

async fn meeting_parts(
    svc: &Service,
    meeting: Option<i64>,
    user: Option<i64>,
) -> Result<(Option<Meeting>, Option<Places>, Option<Registration>)> {
    let Some(id) = meeting else { return Ok((None, None, None)) };
    let db = svc.db.pool();
    let Some(m) = meeting_store::by_id(db, id).await? else { return Ok((None, None, None)) };
    let (regs, reserved) = tokio::try_join!(meeting_store::registrations(db, id), meeting_store::reserved(db, id))?;
    let places = meetings::places(&m, &regs, &reserved);
    let mine =
        user.and_then(|u| regs.into_iter().find(|r| r.user_id == Some(u) && r.status != RegistrationStatus::Cancelled));
    Ok((Some(m), Some(places), mine))
}

/// A certificate of attendance: only for someone checked in to the event
/// or one of its sessions, with the sessions they were checked in to.
pub struct Certificate {
    pub name: String,
    pub event: Event,
    pub gathering: Option<Meeting>,
    pub sessions: Vec<Meeting>,
}

pub async fn certificate(svc: &Service, access: &Access, id: i64) -> Result<Certificate> {
    let user = access.actor.require_user()?;
    let event = load(svc, access, id).await?;
    let attended = meeting_store::attended_in_event(svc.db.pool(), id, user.id).await?;
    if attended.is_empty() {
        return Err(Error::Conflict("error-certificate-not-attended"));
    }
    let (gatherings, sessions): (Vec<Meeting>, Vec<Meeting>) =
        attended.into_iter().partition(|m| Some(m.id) == event.meeting_id);
    let gathering = match gatherings.into_iter().next() {
        Some(g) => Some(g),
        None => match event.meeting_id {
            Some(m) => meeting_store::by_id(svc.db.pool(), m).await?,
            None => None,
        },
    };
    Ok(Certificate { name: user.display_name.clone(), event, gathering, sessions })
}

/// The event's calendar: the event and, once the programme is published
/// (or for staff), each session.
pub async fn calendar(svc: &Service, access: &Access, id: i64) -> Result<String> {
    let event = load(svc, access, id).await?;
    let db = svc.db.pool();
    let mut meetings = Vec::new();
    if let Some(m) = event.meeting_id
        && let Some(m) = meeting_store::by_id(db, m).await?
    {
        meetings.push(m);
    }
    if access.can_facilitate() || event.programme_published_at.is_some() {
        for p in store::proposals(db, id).await? {
            if p.room_id.is_some()
                && let Some(m) = p.meeting_id
                && let Some(m) = meeting_store::by_id(db, m).await?
            {
                meetings.push(m);
            }
        }
    }
    let events: Vec<_> = meetings.iter().map(|m| meetings::ics_event(svc, &access.community.slug, m)).collect();
    Ok(tandem_domain::calendar::calendar(&event.title, &access.zone(), &events))
}

/// Publishes the report once the event is over: the results become public
/// (as far as the thresholds allow) and, for an event of an initiative, a
/// dated entry reaches its "you said, we did".
pub async fn publish_report(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let v = view(svc, access, id, now).await?;
    if v.gathering.as_ref().is_none_or(|g| g.ends_at > now) {
        return Err(Error::Conflict("error-event-not-over"));
    }
    let mut tx = svc.begin().await?;
    if !store::publish(&mut tx, id, true, now).await? {
        return Err(Error::Conflict("error-report-published"));
    }
    if let Some(i) = v.event.initiative_id {
        let day = access.zone().date(now);
        let title: String = v.event.title.chars().take(tandem_domain::text::TITLE_MAX).collect();
        let lang = access.actor.user.as_ref().and_then(|u| Lang::parse(&u.lang)).unwrap_or(Lang::En);
        let summary = report_line(svc, lang, &v);
        let draft = CommitmentDraft { title, description: v.event.summary.clone() };
        let c = tandem_store::accountability::create(&mut tx, i, &draft, None, &[], access.user_id(), now).await?;
        let progress = ProgressDraft { status: CommitmentStatus::Done, percent: 100, body: summary, happened_on: day };
        tandem_store::accountability::add_update(&mut tx, i, c, &progress, access.user_id(), now).await?;
    }
    audit::entry(access, Action::EventReport).subject(id).detail("report published").commit(tx, now).await
}

/// The line "you said, we did" carries, in the publisher's language: what
/// ran, who led it, what people said.
fn report_line(svc: &Service, lang: Lang, v: &EventView) -> String {
    let placed = v.sessions.iter().filter(|s| s.meeting.is_some()).count() as i64;
    let args = [
        ("sessions", Arg::from(placed)),
        ("led", Arg::from(v.share.family_led)),
        ("percent", Arg::from(v.share.percent())),
        ("goal", Arg::from(v.share.goal_percent)),
    ];
    let mut line = svc.i18n.format(lang, "event-report-line", &args);
    if let (Some(n), Some(mean)) = (v.overall.answers, v.overall.useful) {
        let rating = format!("{}.{}", mean / 10, mean % 10);
        let args = [("count", Arg::from(n)), ("rating", Arg::from(rating))];
        line.push(' ');
        line.push_str(&svc.i18n.format(lang, "event-report-rating", &args));
    }
    line
}

/// The organisers' export of the programme and its results (staff): one row
/// per session, no names of people (leads by role), figures as the report
/// shows them to organisers.
pub async fn report_csv(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<String> {
    access.require_facilitator()?;
    let v = view(svc, access, id, now).await?;
    let zone = access.zone();
    let mut sheet = tandem_domain::export::Sheet::new(
        [
            "session",
            "title",
            "format",
            "status",
            "lead_roles",
            "family_led",
            "room",
            "starts_at",
            "ends_at",
            "capacity",
            "registered",
            "waitlisted",
            "answers",
            "useful_mean",
            "changed_mean",
        ]
        .iter()
        .map(|h| (*h).to_owned())
        .collect(),
    );
    let tenths = |t: Option<i64>| t.map(|t| format!("{}.{}", t / 10, t % 10)).unwrap_or_default();
    for s in &v.sessions {
        let p = &s.proposal;
        let roles: Vec<&str> = s.leads.iter().map(|l| l.role.key()).collect();
        let results = s.results.clone().unwrap_or_default();
        sheet.push(vec![
            p.id.to_string(),
            p.title.clone(),
            p.format.key().to_owned(),
            p.status.key().to_owned(),
            roles.join(" "),
            if s.family_led { "yes" } else { "no" }.to_owned(),
            s.room.clone().unwrap_or_default(),
            s.meeting.as_ref().map(|m| zone.local_input(m.starts_at)).unwrap_or_default(),
            s.meeting.as_ref().map(|m| zone.local_input(m.ends_at)).unwrap_or_default(),
            s.places.as_ref().map(|x| x.capacity.to_string()).unwrap_or_default(),
            s.places.as_ref().map(|x| x.registered.to_string()).unwrap_or_default(),
            s.places.as_ref().map(|x| x.waitlisted.to_string()).unwrap_or_default(),
            results.answers.map(|n| n.to_string()).unwrap_or_default(),
            tenths(results.useful),
            tenths(results.changed),
        ]);
    }
    Ok(sheet.to_csv())
}
