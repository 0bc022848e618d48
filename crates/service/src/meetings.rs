//! Meetings (issue 16): of a body or an initiative, with an agenda and the
//! notice rule, registration with places reserved per constituency and a
//! waitlist, access needs totalled for organisers, attendance by check-in
//! code and quorum, minutes in versions (draft, approved by the body with
//! its mover, published) whose decisions reach "you said, we did", reminders
//! by email and calendars.

use rand::RngExt;
use tandem_decide::disclosure::{self, Cell};
use tandem_domain::{
    FieldError, Invalid, Timestamp,
    accountability::{CommitmentDraft, CommitmentStatus, ProgressDraft},
    audit::Action,
    bodies::quorate,
    calendar::{self, Event},
    jobs::DEFAULT_MAX_ATTEMPTS,
    meetings::{
        self as domain, AccessNeed, AccessNeeds, ActionInput, AgendaItemDraft, CODE_LEN, DecisionInput, MeetingDraft,
        MeetingInput, MinutesDraft, Placement,
    },
    time::HOUR,
};
pub use tandem_store::meetings::{
    AgendaItem, Meeting, MinutesStatus, MinutesVersion, Registration, RegistrationStatus, Reserved, Scope,
};
use tandem_store::{
    Conn, bodies as body_store,
    bodies::Body,
    communities, jobs,
    meetings::{self as store, NewRegistration},
    users,
};

use crate::{
    Access, Error, Result, Service, audit,
    i18n::{Arg, Lang},
    initiatives::Initiative,
    mail::Email,
    notify::queue_email,
    secrets,
};

pub const REMINDER_JOB: &str = "meeting_reminder";

/// What a meeting belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Body(i64),
    Initiative(i64),
}

/// Loads a meeting this reader may see: one of a body or initiative they
/// cannot read is not there for them.
pub async fn load(svc: &Service, access: &Access, id: i64) -> Result<Meeting> {
    let m = store::get_one(svc.db.pool(), access.community.id, id).await?.ok_or(Error::NotFound)?;
    visible(svc, access, &m).await?;
    Ok(m)
}

async fn visible(svc: &Service, access: &Access, m: &Meeting) -> Result<()> {
    if let Some(b) = m.body_id {
        crate::bodies::load(svc, access, b).await?;
    }
    if let Some(i) = m.initiative_id {
        let initiative = tandem_store::initiatives::by_id(svc.db.pool(), i).await?.ok_or(Error::NotFound)?;
        access.check_visible(&initiative)?;
    }
    Ok(())
}

/// An event's gathering and sessions change from the event's programme, so
/// their calendars, places and titles stay in step with it.
fn not_of_event(m: &Meeting) -> Result<()> {
    if m.event_id.is_some() { Err(Error::Conflict("error-meeting-of-event")) } else { Ok(()) }
}

/// Meetings a list shows, those this reader may see.
pub async fn list(svc: &Service, access: &Access, scope: Scope) -> Result<Vec<Meeting>> {
    let all = store::list(svc.db.pool(), access.community.id, scope).await?;
    let mut out = Vec::with_capacity(all.len());
    for m in all {
        if visible(svc, access, &m).await.is_ok() {
            out.push(m);
        }
    }
    Ok(out)
}

/// Where registration stands, for everyone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    pub capacity: i64,
    pub registered: i64,
    pub waitlisted: i64,
    /// Places anyone may still take (not counting those kept for a constituency).
    pub open_left: i64,
    /// Places kept per constituency, and how many are left.
    pub reserved: Vec<(Reserved, i64)>,
}

/// The organisers' totals of access needs (never per person).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeedsTotals {
    pub by_need: Vec<(AccessNeed, i64)>,
    /// Languages asked for interpreting, with how many asked.
    pub languages: Vec<(String, i64)>,
    /// The "other" needs as written, without names.
    pub other: Vec<String>,
}

/// Attendance by constituency, suppressed for the public page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendance {
    pub groups: Vec<(String, Cell)>,
    pub total: Cell,
}

pub struct Quorum {
    pub seats: i64,
    pub present: i64,
    pub quorate: bool,
}

pub struct MeetingView {
    pub meeting: Meeting,
    pub body: Option<Body>,
    pub initiative: Option<Initiative>,
    pub agenda: Vec<AgendaItem>,
    /// Decision areas the agenda and minutes may touch: the initiative's charter.
    pub areas: Vec<(i64, String)>,
    pub places: Places,
    /// The reader's own registration.
    pub mine: Option<Registration>,
    /// The agenda was published late for the body's notice rule (or not yet, with less time left).
    pub notice_broken: bool,
    pub notice_hours: i64,
    /// Staff only: every registration in queue order, with codes.
    pub registrations: Vec<Registration>,
    pub needs: Option<NeedsTotals>,
    pub attendance: Option<Attendance>,
    pub quorum: Option<Quorum>,
    /// The minutes this reader may read: published to all; draft and
    /// approved to staff and the body's members.
    pub minutes: Option<MinutesVersion>,
    pub minutes_versions: i64,
    /// Later meetings of the same body, where the minutes can be approved.
    pub approvable_in: Vec<Meeting>,
    /// Who may move the approval: the body's members.
    pub movers: Vec<(i64, String)>,
    pub moved_by: Option<String>,
    pub staff: bool,
}

fn reserved_taken(regs: &[Registration], reserved: &[Reserved]) -> Vec<(String, u32)> {
    reserved
        .iter()
        .map(|r| {
            let n = regs
                .iter()
                .filter(|g| g.status == RegistrationStatus::Registered && g.reserved && g.group_id == Some(r.group_id))
                .count();
            (r.group_key.clone(), u32::try_from(n).unwrap_or(u32::MAX))
        })
        .collect()
}

pub(crate) fn places(m: &Meeting, regs: &[Registration], reserved: &[Reserved]) -> Places {
    let registered = regs.iter().filter(|r| r.status == RegistrationStatus::Registered && !r.walk_in).count() as i64;
    let waitlisted = regs.iter().filter(|r| r.status == RegistrationStatus::Waitlisted).count() as i64;
    let taken = reserved_taken(regs, reserved);
    let open_taken =
        regs.iter().filter(|r| r.status == RegistrationStatus::Registered && !r.reserved && !r.walk_in).count() as i64;
    let kept: i64 = reserved.iter().map(|r| r.places).sum();
    let reserved =
        reserved.iter().zip(&taken).map(|(r, (_, n))| (r.clone(), (r.places - i64::from(*n)).max(0))).collect();
    Places {
        capacity: m.capacity,
        registered,
        waitlisted,
        open_left: (m.capacity - kept - open_taken).max(0),
        reserved,
    }
}

fn is_member_of(members: &[i64], access: &Access) -> bool {
    access.user_id().is_some_and(|u| members.contains(&u))
}

pub async fn view(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<MeetingView> {
    let meeting = load(svc, access, id).await?;
    let db = svc.db.pool();
    let body = match meeting.body_id {
        Some(b) => body_store::get_one(db, access.community.id, b).await?,
        None => None,
    };
    let initiative_id = meeting.initiative_id.or(body.as_ref().and_then(|b| b.initiative_id));
    let initiative = match initiative_id {
        Some(i) => tandem_store::initiatives::by_id(db, i).await?,
        None => None,
    };
    let areas = match initiative_id {
        Some(i) => tandem_store::charter::areas(db, i).await?.into_iter().map(|a| (a.id, a.area.title)).collect(),
        None => Vec::new(),
    };
    let (agenda, regs, reserved) =
        tokio::try_join!(store::agenda(db, id), store::registrations(db, id), store::reserved(db, id))?;
    let places = places(&meeting, &regs, &reserved);
    let mine = access.user_id().and_then(|u| regs.iter().find(|r| r.user_id == Some(u)).cloned());
    let notice_hours = body.as_ref().map_or(domain::DEFAULT_NOTICE_HOURS, |b| b.notice_hours);
    let notice_broken = match meeting.agenda_published_at {
        Some(p) => !domain::notice_given(p, meeting.starts_at, notice_hours),
        None => !domain::notice_given(now, meeting.starts_at, notice_hours) && meeting.cancelled_at.is_none(),
    };
    let zone = access.zone();
    let day = zone.date(meeting.starts_at);
    let members = match &body {
        Some(b) => body_store::members_on(db, b.id, day).await?,
        None => Vec::new(),
    };
    let staff = access.can_facilitate();
    let insider = staff || is_member_of(&members, access);
    let attended: Vec<&Registration> = regs.iter().filter(|r| r.attended_at.is_some()).collect();
    let attendance = (!attended.is_empty()).then(|| {
        let mut keys: Vec<String> = Vec::new();
        for r in &attended {
            let k = r.group_key.clone().unwrap_or_default();
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        let counts: Vec<i64> = keys
            .iter()
            .map(|k| attended.iter().filter(|r| r.group_key.clone().unwrap_or_default() == *k).count() as i64)
            .collect();
        if staff {
            Attendance {
                groups: keys.into_iter().zip(counts.iter().map(|n| Cell::Shown(*n))).collect(),
                total: Cell::Shown(attended.len() as i64),
            }
        } else {
            let b = disclosure::breakdown(&counts, access.community.threshold);
            Attendance { groups: keys.into_iter().zip(b.cells).collect(), total: b.total }
        }
    });
    let quorum = match &body {
        Some(b) => {
            let seats = body_store::seats(db, b.id).await?.len() as i64;
            let present = members.iter().filter(|u| attended.iter().any(|r| r.user_id == Some(**u))).count() as i64;
            Some(Quorum {
                seats,
                present,
                quorate: quorate(u32::try_from(seats).unwrap_or(0), u32::try_from(present).unwrap_or(0)),
            })
        }
        None => None,
    };
    let versions = store::minutes(db, id).await?;
    let readable = meeting.minutes_status == MinutesStatus::Published || insider;
    let minutes = if readable { versions.first().cloned() } else { None };
    let approvable_in = match (&body, meeting.minutes_status) {
        (Some(b), MinutesStatus::Draft) if staff => store::list(db, access.community.id, Scope::Body(b.id))
            .await?
            .into_iter()
            .filter(|m| m.starts_at > meeting.starts_at && m.cancelled_at.is_none())
            .collect(),
        _ => Vec::new(),
    };
    let movers = if staff && body.is_some() {
        let people = users::get_many(&mut *svc.read().await?, &members).await?;
        people.into_iter().map(|u| (u.id, u.display_name)).collect()
    } else {
        Vec::new()
    };
    let moved_by = match meeting.minutes_moved_by {
        Some(u) if readable => {
            users::get_many(&mut *svc.read().await?, &[u]).await?.into_iter().next().map(|u| u.display_name)
        }
        _ => None,
    };
    let needs = staff.then(|| totals(&regs));
    Ok(MeetingView {
        registrations: if staff { regs } else { Vec::new() },
        meeting,
        body,
        initiative,
        agenda,
        areas,
        places,
        mine,
        notice_broken,
        notice_hours,
        needs,
        attendance,
        quorum,
        minutes,
        minutes_versions: versions.len() as i64,
        approvable_in,
        movers,
        moved_by,
        staff,
    })
}

fn totals(regs: &[Registration]) -> NeedsTotals {
    let active: Vec<&Registration> = regs.iter().filter(|r| r.status != RegistrationStatus::Cancelled).collect();
    let by_need = AccessNeed::ALL
        .iter()
        .map(|n| (*n, active.iter().filter(|r| r.needs.needs.iter().any(|k| k == n.key())).count() as i64))
        .filter(|(_, c)| *c > 0)
        .collect();
    let mut languages: Vec<(String, i64)> = Vec::new();
    for r in active.iter().filter(|r| !r.needs.language.is_empty()) {
        match languages.iter_mut().find(|(l, _)| l.eq_ignore_ascii_case(&r.needs.language)) {
            Some((_, n)) => *n += 1,
            None => languages.push((r.needs.language.clone(), 1)),
        }
    }
    let mut other: Vec<String> =
        active.iter().filter(|r| !r.needs.other.is_empty()).map(|r| r.needs.other.clone()).collect();
    other.sort();
    NeedsTotals { by_need, languages, other }
}

/// Places kept per constituency as typed: (group key, places).
fn parse_reserved(
    groups: &[communities::Group],
    rows: &[(String, String)],
    capacity: i64,
) -> std::result::Result<Vec<(i64, i64)>, Invalid> {
    let mut e = Invalid::default();
    let mut out = Vec::new();
    for (key, places) in rows {
        if places.trim().is_empty() {
            continue;
        }
        let Some(g) = groups.iter().find(|g| g.key == key.trim()) else {
            e.0.push(FieldError::new("reserved", "error-choice-invalid"));
            continue;
        };
        if let Some(n) = e.check(tandem_domain::text::integer_in("reserved", places, 0..=domain::CAPACITY_MAX)) {
            out.push((g.id, n));
        }
    }
    if out.iter().map(|(_, n)| n).sum::<i64>() > capacity {
        e.0.push(FieldError::new("reserved", "error-reserved-over-capacity"));
    }
    e.finish()?;
    Ok(out)
}

async fn owner_of(svc: &Service, access: &Access, owner: Owner) -> Result<(Option<i64>, Option<i64>)> {
    match owner {
        Owner::Body(b) => {
            crate::bodies::load(svc, access, b).await?;
            Ok((Some(b), None))
        }
        Owner::Initiative(i) => Ok((None, Some(i))),
    }
}

/// Schedules the reminder for the meeting as it now is; an older one finds
/// the sequence changed and does nothing.
pub(crate) async fn schedule_reminder(
    c: &mut Conn,
    m_id: i64,
    starts_at: Timestamp,
    hours: i64,
    sequence: i64,
    now: Timestamp,
) -> Result<()> {
    if hours == 0 {
        return Ok(());
    }
    let run_at = starts_at.plus_secs(-hours * HOUR).max(now);
    if starts_at <= now {
        return Ok(());
    }
    let payload = serde_json::json!({ "meeting": m_id, "sequence": sequence }).to_string();
    let key = format!("meeting-reminder-{m_id}-{sequence}");
    let job = jobs::NewJob {
        kind: REMINDER_JOB,
        payload: &payload,
        run_at,
        max_attempts: DEFAULT_MAX_ATTEMPTS,
        dedupe_key: Some(&key),
    };
    jobs::enqueue(&mut *c, &job, now).await?;
    Ok(())
}

/// Schedules a meeting (facilitators), with the places kept per constituency.
pub async fn create(
    svc: &Service,
    access: &Access,
    owner: Owner,
    input: &MeetingInput,
    reserved: &[(String, String)],
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let (body, initiative) = owner_of(svc, access, owner).await?;
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let draft = MeetingDraft::parse(input, &access.zone());
    let capacity = draft.as_ref().map(|d| d.capacity).unwrap_or(domain::CAPACITY_MAX);
    let kept = parse_reserved(&groups, reserved, capacity);
    let (draft, kept) = match (draft, kept) {
        (Ok(d), Ok(k)) => (d, k),
        (a, b) => {
            let mut e = a.err().unwrap_or_default();
            e.0.extend(b.err().unwrap_or_default().0);
            return Err(Error::Invalid(e));
        }
    };
    if draft.starts_at <= now {
        return Err(Error::field("starts_at", "error-meeting-in-past"));
    }
    let mut tx = svc.begin().await?;
    let id = store::create(&mut tx, access.community.id, body, initiative, &draft, access.user_id(), now).await?;
    store::set_reserved(&mut tx, id, &kept).await?;
    schedule_reminder(&mut tx, id, draft.starts_at, draft.reminder_hours, 0, now).await?;
    let mut entry = audit::entry(access, Action::MeetingCreate).subject(id).detail(&draft.title);
    if let Some(i) = initiative {
        entry = entry.initiative(i);
    }
    entry.commit(tx, now).await?;
    Ok(id)
}

/// Changes a meeting; its calendar sequence rises, places freed by a larger
/// capacity go to the waitlist in order.
pub async fn update(
    svc: &Service,
    access: &Access,
    id: i64,
    input: &MeetingInput,
    reserved: &[(String, String)],
    path: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let meeting = load(svc, access, id).await?;
    not_of_event(&meeting)?;
    if meeting.cancelled_at.is_some() {
        return Err(Error::Conflict("error-meeting-cancelled"));
    }
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let draft = MeetingDraft::parse(input, &access.zone());
    let capacity = draft.as_ref().map(|d| d.capacity).unwrap_or(domain::CAPACITY_MAX);
    let kept = parse_reserved(&groups, reserved, capacity);
    let (draft, kept) = match (draft, kept) {
        (Ok(d), Ok(k)) => (d, k),
        (a, b) => {
            let mut e = a.err().unwrap_or_default();
            e.0.extend(b.err().unwrap_or_default().0);
            return Err(Error::Invalid(e));
        }
    };
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    let regs = store::registrations(&mut *tx, id).await?;
    let registered = regs.iter().filter(|r| r.status == RegistrationStatus::Registered && !r.walk_in).count() as i64;
    if draft.capacity < registered {
        let f = FieldError::new("capacity", "error-capacity-below-registered").with_arg("count", registered);
        return Err(Error::Invalid(Invalid::one(f)));
    }
    if !store::update(&mut tx, id, &draft, now).await? {
        return Err(Error::Conflict("error-meeting-cancelled"));
    }
    store::set_reserved(&mut tx, id, &kept).await?;
    let promoted = promote(&mut tx, id, &draft_meeting(&meeting, &draft), now).await?;
    tell_promoted(&mut tx, svc, &meeting.title, &promoted, path, now).await?;
    let updated = store::by_id(&mut *tx, id).await?.ok_or(Error::NotFound)?;
    schedule_reminder(&mut tx, id, updated.starts_at, updated.reminder_hours, updated.sequence, now).await?;
    audit::entry(access, Action::MeetingUpdate).subject(id).detail(&draft.title).commit(tx, now).await
}

fn draft_meeting(m: &Meeting, d: &MeetingDraft) -> Meeting {
    Meeting { capacity: d.capacity, ..m.clone() }
}

/// Cancels a meeting: calendars show it cancelled, registered people are told.
pub async fn cancel(svc: &Service, access: &Access, id: i64, path: &str, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let meeting = load(svc, access, id).await?;
    not_of_event(&meeting)?;
    let mut tx = svc.begin().await?;
    if !store::cancel(&mut tx, id, now).await? {
        return Err(Error::Conflict("error-meeting-cancelled"));
    }
    let regs = store::registrations(&mut *tx, id).await?;
    let people: Vec<i64> =
        regs.iter().filter(|r| r.status != RegistrationStatus::Cancelled).filter_map(|r| r.user_id).collect();
    let when = access.zone().local_input(meeting.starts_at).replace('T', " ");
    email(
        &mut tx,
        svc,
        &people,
        "email-meeting-cancelled-subject",
        "email-meeting-cancelled-body",
        &meeting.title,
        &when,
        path,
        now,
    )
    .await?;
    audit::entry(access, Action::MeetingCancel).subject(id).detail(&meeting.title).commit(tx, now).await
}

/// An agenda item as typed.
#[derive(Debug, Clone, Default)]
pub struct ItemInput {
    pub title: String,
    pub owner: String,
    pub minutes: String,
    /// A decision area's id, or empty.
    pub area: String,
}

/// Adds an agenda item; the decision area must be one of the initiative's.
pub async fn add_item(svc: &Service, access: &Access, id: i64, input: &ItemInput, now: Timestamp) -> Result<i64> {
    access.require_facilitator()?;
    let v = view(svc, access, id, now).await?;
    not_of_event(&v.meeting)?;
    let draft = AgendaItemDraft::parse(&input.title, &input.owner, &input.minutes);
    let area = match input.area.trim() {
        "" => Ok(None),
        a => a
            .parse::<i64>()
            .ok()
            .filter(|a| v.areas.iter().any(|(id, _)| id == a))
            .map(Some)
            .ok_or(FieldError::new("area", "error-choice-invalid")),
    };
    let (draft, area) = match (draft, area) {
        (Ok(d), Ok(a)) => (d, a),
        (d, a) => {
            let mut e = d.err().unwrap_or_default();
            if let Err(f) = a {
                e.0.push(f);
            }
            return Err(Error::Invalid(e));
        }
    };
    let mut tx = svc.begin().await?;
    let item = store::add_item(&mut tx, id, &draft, area).await?;
    store::touch(&mut tx, id, now).await?;
    audit::entry(access, Action::MeetingAgenda)
        .subject(id)
        .detail(format!("item {item}: {}", draft.title))
        .commit(tx, now)
        .await?;
    Ok(item)
}

pub async fn remove_item(svc: &Service, access: &Access, id: i64, item: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let mut tx = svc.begin().await?;
    if !store::remove_item(&mut tx, id, item).await? {
        return Err(Error::NotFound);
    }
    store::touch(&mut tx, id, now).await?;
    audit::entry(access, Action::MeetingAgenda).subject(id).detail(format!("item {item} removed")).commit(tx, now).await
}

/// Publishes the agenda and sends it to every member of the body. Returns
/// whether the notice rule was kept (a late agenda is published with a warning).
pub async fn publish_agenda(svc: &Service, access: &Access, id: i64, path: &str, now: Timestamp) -> Result<bool> {
    access.require_facilitator()?;
    let v = view(svc, access, id, now).await?;
    not_of_event(&v.meeting)?;
    if v.agenda.is_empty() {
        return Err(Error::Conflict("error-agenda-empty"));
    }
    let mut tx = svc.begin().await?;
    if !store::publish_agenda(&mut tx, id, now).await? {
        return Err(Error::Conflict("error-agenda-published"));
    }
    if let Some(b) = &v.body {
        let day = access.zone().date(v.meeting.starts_at);
        let members = body_store::members_on(&mut *tx, b.id, day).await?;
        let items: Vec<String> = v.agenda.iter().enumerate().map(|(n, i)| format!("{}. {}", n + 1, i.title)).collect();
        email(
            &mut tx,
            svc,
            &members,
            "email-agenda-subject",
            "email-agenda-body",
            &v.meeting.title,
            &items.join("\n"),
            path,
            now,
        )
        .await?;
    }
    let kept = domain::notice_given(now, v.meeting.starts_at, v.notice_hours);
    let detail = if kept { "agenda published" } else { "agenda published late for the notice rule" };
    audit::entry(access, Action::MeetingAgenda).subject(id).detail(detail).commit(tx, now).await?;
    Ok(kept)
}

fn new_code() -> String {
    let mut bytes = [0u8; CODE_LEN];
    rand::rng().fill(&mut bytes);
    domain::check_in_code(&bytes)
}

/// Where a registration landed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    pub id: i64,
    pub status: RegistrationStatus,
    pub code: String,
    /// Place on the waitlist (from 1), when waitlisted.
    pub position: Option<i64>,
}

/// Registers the reader: a place kept for their constituency if one is
/// free, else an open place, else the waitlist. One registration per person
/// (the database's constraint stands behind this check); places hold under
/// any number of simultaneous requests because the meeting's row is locked.
pub async fn register(
    svc: &Service,
    access: &Access,
    id: i64,
    needs: &[String],
    language: &str,
    other: &str,
    now: Timestamp,
) -> Result<Registered> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    access.require_member()?;
    let needs = AccessNeeds::parse(needs, language, other)?;
    let meeting = load(svc, access, id).await?;
    let name = access.actor.user.as_ref().map(|u| u.display_name.clone()).unwrap_or_default();
    let group = access.membership.as_ref().and_then(|m| m.group_id);
    let mut tx = svc.begin().await?;
    if !store::lock_open(&mut *tx, id, now).await? {
        return Err(Error::Conflict(if meeting.cancelled_at.is_some() {
            "error-meeting-cancelled"
        } else {
            "error-registration-closed"
        }));
    }
    let regs = store::registrations(&mut *tx, id).await?;
    let existing = regs.iter().find(|r| r.user_id == Some(user));
    if existing.is_some_and(|r| r.status != RegistrationStatus::Cancelled) {
        return Err(Error::Conflict("error-already-registered"));
    }
    let reserved = store::reserved(&mut *tx, id).await?;
    let (status, in_reserved) = placement(&meeting, &regs, &reserved, group);
    let (reg_id, code) = match existing {
        Some(r) => {
            store::requeue(&mut tx, r.id, status, in_reserved, &needs, now).await?;
            (r.id, r.code.clone())
        }
        None => {
            let code = new_code();
            let new = NewRegistration {
                meeting_id: id,
                user_id: Some(user),
                name: &name,
                group_id: group,
                status,
                reserved: in_reserved,
                code: &code,
                needs: &needs,
                attended_at: None,
                walk_in: false,
            };
            let reg = store::insert_registration(&mut tx, &new, now).await.map_err(|e| match e {
                tandem_store::StoreError::Conflict(_) => Error::Conflict("error-already-registered"),
                other => other.into(),
            })?;
            (reg, code)
        }
    };
    let position = (status == RegistrationStatus::Waitlisted)
        .then(|| regs.iter().filter(|r| r.status == RegistrationStatus::Waitlisted).count() as i64 + 1);
    crate::commit(tx).await?;
    Ok(Registered { id: reg_id, status, code, position })
}

fn placement(
    m: &Meeting,
    regs: &[Registration],
    reserved: &[Reserved],
    group: Option<i64>,
) -> (RegistrationStatus, bool) {
    let kept: Vec<(&str, u32)> =
        reserved.iter().map(|r| (r.group_key.as_str(), u32::try_from(r.places).unwrap_or(0))).collect();
    let taken = reserved_taken(regs, reserved);
    let taken_ref: Vec<(&str, u32)> = taken.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    let open_taken =
        regs.iter().filter(|r| r.status == RegistrationStatus::Registered && !r.reserved && !r.walk_in).count();
    let key = group.and_then(|g| reserved.iter().find(|r| r.group_id == g)).map(|r| r.group_key.as_str());
    match domain::place(
        u32::try_from(m.capacity).unwrap_or(0),
        &kept,
        &taken_ref,
        u32::try_from(open_taken).unwrap_or(u32::MAX),
        key,
    ) {
        Placement::Reserved => (RegistrationStatus::Registered, true),
        Placement::Open => (RegistrationStatus::Registered, false),
        Placement::Waitlist => (RegistrationStatus::Waitlisted, false),
    }
}

/// Moves people up from the waitlist, in order, while places are free for them.
pub(crate) async fn promote(c: &mut Conn, id: i64, meeting: &Meeting, now: Timestamp) -> Result<Vec<i64>> {
    let reserved = store::reserved(&mut *c, id).await?;
    let mut regs = store::registrations(&mut *c, id).await?;
    let mut promoted = Vec::new();
    loop {
        let next = regs.iter().position(|r| {
            r.status == RegistrationStatus::Waitlisted
                && placement(meeting, &regs, &reserved, r.group_id).0 == RegistrationStatus::Registered
        });
        let Some(i) = next else { break };
        let (_, in_reserved) = placement(meeting, &regs, &reserved, regs[i].group_id);
        store::set_status(&mut *c, regs[i].id, RegistrationStatus::Registered, in_reserved, now).await?;
        regs[i].status = RegistrationStatus::Registered;
        regs[i].reserved = in_reserved;
        if let Some(u) = regs[i].user_id {
            promoted.push(u);
        }
    }
    Ok(promoted)
}

pub(crate) async fn tell_promoted(
    c: &mut Conn,
    svc: &Service,
    title: &str,
    people: &[i64],
    path: &str,
    now: Timestamp,
) -> Result<()> {
    email(c, svc, people, "email-meeting-promoted-subject", "email-meeting-promoted-body", title, "", path, now).await
}

/// The reader cancels their registration; the first on the waitlist who
/// fits takes the place and is told.
pub async fn cancel_registration(svc: &Service, access: &Access, id: i64, path: &str, now: Timestamp) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let meeting = load(svc, access, id).await?;
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    let mine = store::registration_of(&mut *tx, id, user).await?;
    let Some(mine) = mine.filter(|r| r.status != RegistrationStatus::Cancelled) else {
        return Err(Error::Conflict("error-not-registered"));
    };
    store::set_status(&mut tx, mine.id, RegistrationStatus::Cancelled, false, now).await?;
    if meeting.cancelled_at.is_none() && meeting.starts_at > now {
        let promoted = promote(&mut tx, id, &meeting, now).await?;
        tell_promoted(&mut tx, svc, &meeting.title, &promoted, path, now).await?;
    }
    crate::commit(tx).await
}

/// Changes the reader's access needs.
pub async fn set_needs(
    svc: &Service,
    access: &Access,
    id: i64,
    needs: &[String],
    language: &str,
    other: &str,
    now: Timestamp,
) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let needs = AccessNeeds::parse(needs, language, other)?;
    load(svc, access, id).await?;
    let mut tx = svc.begin().await?;
    let mine = store::registration_of(&mut *tx, id, user).await?;
    let Some(mine) = mine.filter(|r| r.status != RegistrationStatus::Cancelled) else {
        return Err(Error::Conflict("error-not-registered"));
    };
    store::set_needs(&mut tx, mine.id, &needs, now).await?;
    crate::commit(tx).await
}

/// A facilitator checks someone in with the code they read out. Returns the
/// registration's name (for the confirmation on screen).
pub async fn check_in(svc: &Service, access: &Access, id: i64, code: &str, now: Timestamp) -> Result<String> {
    access.require_facilitator()?;
    let code = domain::parse_check_in_code("code", code)?;
    load(svc, access, id).await?;
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    let regs = store::registrations(&mut *tx, id).await?;
    let r = regs
        .iter()
        .find(|r| r.code == code && r.status != RegistrationStatus::Cancelled)
        .ok_or(Error::field("code", "error-check-in-unknown"))?;
    if r.attended_at.is_some() {
        return Err(Error::field("code", "error-checked-in-already"));
    }
    store::set_attended(&mut tx, r.id, Some(now), now).await?;
    let name = r.name.clone();
    audit::entry(access, Action::MeetingAttendance)
        .subject(id)
        .detail(format!("registration {} checked in", r.id))
        .commit(tx, now)
        .await?;
    Ok(name)
}

/// Marks (or unmarks) attendance from the list.
pub async fn mark(
    svc: &Service,
    access: &Access,
    id: i64,
    registration: i64,
    present: bool,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let mut tx = svc.begin().await?;
    let regs = store::registrations(&mut *tx, id).await?;
    let r = regs.iter().find(|r| r.id == registration).ok_or(Error::NotFound)?;
    store::set_attended(&mut tx, r.id, present.then_some(now), now).await?;
    let detail = format!("registration {} {}", r.id, if present { "present" } else { "absent" });
    audit::entry(access, Action::MeetingAttendance).subject(id).detail(detail).commit(tx, now).await
}

/// Adds someone who came without registering, present at once. A member
/// (by user id) or a name; their constituency counts in the attendance.
pub async fn walk_in(
    svc: &Service,
    access: &Access,
    id: i64,
    name: &str,
    member: &str,
    constituency: &str,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let db = svc.db.pool();
    let groups = communities::groups(db, access.community.id).await?;
    let (user, name, group) = match member.trim() {
        "" => {
            let mut e = Invalid::default();
            let name = e.check(tandem_domain::text::line("name", name, tandem_domain::text::NAME_MAX));
            let group = match constituency.trim() {
                "" => None,
                k => match groups.iter().find(|g| g.key == k) {
                    Some(g) => Some(g.id),
                    None => {
                        e.0.push(FieldError::new("constituency", "error-choice-invalid"));
                        None
                    }
                },
            };
            e.finish()?;
            (None, name.unwrap_or_default(), group)
        }
        raw => {
            let uid: i64 = raw.parse().map_err(|_| Error::field("member", "error-choice-invalid"))?;
            let m = communities::membership(db, access.community.id, uid)
                .await?
                .ok_or(Error::field("member", "error-choice-invalid"))?;
            let person =
                users::get_many(&mut *svc.read().await?, &[uid]).await?.into_iter().next().ok_or(Error::NotFound)?;
            (Some(uid), person.display_name, m.group_id)
        }
    };
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    if let Some(u) = user
        && let Some(r) = store::registration_of(&mut *tx, id, u).await?
    {
        // Registered after all (or waitlisted, or cancelled): mark them present on that registration.
        store::set_attended(&mut tx, r.id, Some(now), now).await?;
        audit::entry(access, Action::MeetingAttendance)
            .subject(id)
            .detail(format!("registration {} present", r.id))
            .commit(tx, now)
            .await?;
        return Ok(r.id);
    }
    let code = new_code();
    let none = AccessNeeds::default();
    let new = NewRegistration {
        meeting_id: id,
        user_id: user,
        name: &name,
        group_id: group,
        status: RegistrationStatus::Registered,
        reserved: false,
        code: &code,
        needs: &none,
        attended_at: Some(now),
        walk_in: true,
    };
    let reg = store::insert_registration(&mut tx, &new, now).await?;
    audit::entry(access, Action::MeetingAttendance)
        .subject(id)
        .detail(format!("walk-in {reg}"))
        .commit(tx, now)
        .await?;
    Ok(reg)
}

/// Saves a new version of the minutes while they are a draft.
pub async fn save_minutes(
    svc: &Service,
    access: &Access,
    id: i64,
    summary: &str,
    decisions: &[DecisionInput],
    actions: &[ActionInput],
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let v = view(svc, access, id, now).await?;
    not_of_event(&v.meeting)?;
    let ideas = match v.initiative.as_ref() {
        Some(i) => tandem_store::ideas::visible_ids(svc.db.pool(), i.id).await?,
        None => Vec::new(),
    };
    let draft = MinutesDraft::parse(
        summary,
        decisions,
        actions,
        |a| v.areas.iter().any(|(id, _)| *id == a),
        |i| ideas.contains(&i),
    )?;
    let mut tx = svc.begin().await?;
    let Some(version) = store::save_minutes(&mut tx, id, &draft, access.user_id(), now).await? else {
        return Err(Error::Conflict("error-minutes-approved"));
    };
    audit::entry(access, Action::MinutesSave).subject(id).detail(format!("version {version}")).commit(tx, now).await?;
    Ok(version)
}

/// The body approves the minutes at a later meeting, on the motion of one of its members.
pub async fn approve_minutes(
    svc: &Service,
    access: &Access,
    id: i64,
    approved_in: &str,
    mover: &str,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let v = view(svc, access, id, now).await?;
    if v.body.is_none() {
        return Err(Error::Conflict("error-minutes-no-body"));
    }
    let mut e = Invalid::default();
    let at = approved_in.trim().parse::<i64>().ok().filter(|m| v.approvable_in.iter().any(|x| x.id == *m));
    if at.is_none() {
        e.0.push(FieldError::new("approved_in", "error-choice-invalid"));
    }
    let by = mover.trim().parse::<i64>().ok().filter(|u| v.movers.iter().any(|(x, _)| x == u));
    if by.is_none() {
        e.0.push(FieldError::new("mover", "error-mover-not-member"));
    }
    let (Some(at), Some(by)) = (at, by) else { return Err(Error::Invalid(e)) };
    let mut tx = svc.begin().await?;
    if !store::approve_minutes(&mut tx, id, at, by, now).await? {
        return Err(Error::Conflict("error-minutes-not-draft"));
    }
    let members: Vec<i64> = v.movers.iter().map(|(u, _)| *u).collect();
    let summary = v.minutes.as_ref().map(|m| m.summary.clone()).unwrap_or_default();
    email(&mut tx, svc, &members, "email-minutes-subject", "email-minutes-body", &v.meeting.title, &summary, path, now)
        .await?;
    audit::entry(access, Action::MinutesApprove)
        .subject(id)
        .detail(format!("approved at meeting {at}, moved by user {by}"))
        .commit(tx, now)
        .await
}

/// Publishes approved minutes: decisions that answer ideas become
/// commitments on the initiative's "you said, we did", dated the meeting's day.
pub async fn publish_minutes(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<usize> {
    access.require_facilitator()?;
    let v = view(svc, access, id, now).await?;
    let minutes = v.minutes.clone().ok_or(Error::Conflict("error-minutes-not-approved"))?;
    let mut tx = svc.begin().await?;
    if !store::publish_minutes(&mut tx, id, now).await? {
        return Err(Error::Conflict("error-minutes-not-approved"));
    }
    let mut answered = 0;
    if let Some(i) = &v.initiative {
        let day = access.zone().date(v.meeting.starts_at);
        let where_ = v.body.as_ref().map_or(v.meeting.title.clone(), |b| b.name.clone());
        for d in minutes.decisions.iter().filter(|d| !d.ideas.is_empty()) {
            let title: String = d.text.chars().take(tandem_domain::text::TITLE_MAX).collect();
            let draft = CommitmentDraft { title, description: d.text.clone() };
            let c =
                tandem_store::accountability::create(&mut tx, i.id, &draft, d.area_id, &d.ideas, access.user_id(), now)
                    .await?;
            let progress = ProgressDraft {
                status: CommitmentStatus::Planned,
                percent: 0,
                body: format!("{where_}: {} ({})", v.meeting.title, tandem_domain::time::iso_date(day)),
                happened_on: day,
            };
            tandem_store::accountability::add_update(&mut tx, i.id, c, &progress, access.user_id(), now).await?;
            answered += 1;
        }
    }
    audit::entry(access, Action::MinutesPublish)
        .subject(id)
        .detail(format!("{answered} decisions on you said, we did"))
        .commit(tx, now)
        .await?;
    Ok(answered)
}

/// Queues one email per person, each in their language: `title` and
/// `text` fill the message, `path` is the page to read more.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn email(
    c: &mut Conn,
    svc: &Service,
    people: &[i64],
    subject_id: &str,
    body_id: &str,
    title: &str,
    text: &str,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    if svc.mailer.is_none() || people.is_empty() {
        return Ok(());
    }
    let base = svc.base_url();
    for person in users::get_many(&mut *c, people).await? {
        let Some(address) = &person.email else { continue };
        let lang = Lang::parse(&person.lang).unwrap_or(Lang::En);
        let t = |id: &str, args: &[(&str, Arg)]| svc.i18n.format(lang, id, args);
        let args =
            [("title", Arg::from(title)), ("text", Arg::from(text)), ("url", Arg::from(format!("{base}{path}")))];
        let footer = t("email-footer", &[("url", format!("{base}/account").into())]);
        let email = Email {
            to: address.clone(),
            subject: t(subject_id, &args),
            text: format!("{}\n\n-- \n{footer}\n", t(body_id, &args)),
            about_idea: None,
        };
        queue_email(&mut *c, &email, now).await?;
    }
    Ok(())
}

/// The reminder job: emails everyone registered, once, unless the meeting
/// changed since the job was scheduled (a newer job carries the new time).
pub async fn run_reminder(svc: &Service, payload: &str, now: Timestamp) -> Result<()> {
    let p: serde_json::Value =
        serde_json::from_str(payload).map_err(|e| Error::Internal(format!("bad payload: {e}")))?;
    let (Some(id), Some(sequence)) = (p["meeting"].as_i64(), p["sequence"].as_i64()) else {
        return Err(Error::Internal("bad payload".into()));
    };
    let mut tx = svc.begin().await?;
    let Some(m) = store::by_id(&mut *tx, id).await? else { return Ok(()) };
    if m.sequence != sequence
        || m.cancelled_at.is_some()
        || m.starts_at <= now
        || !store::mark_reminded(&mut tx, id, now).await?
    {
        return Ok(());
    }
    let community = communities::by_id(&mut *tx, m.community_id).await?.ok_or(Error::NotFound)?;
    let zone = tandem_domain::time::Zone::stored(&community.time_zone);
    let regs = store::registrations(&mut *tx, id).await?;
    let people: Vec<i64> =
        regs.iter().filter(|r| r.status == RegistrationStatus::Registered).filter_map(|r| r.user_id).collect();
    let path = format!("/c/{}/meetings/{id}", community.slug);
    let when = format!("{} ({})", zone.local_input(m.starts_at).replace('T', " "), zone.name());
    email(
        &mut tx,
        svc,
        &people,
        "email-meeting-reminder-subject",
        "email-meeting-reminder-body",
        &m.title,
        &when,
        &path,
        now,
    )
    .await?;
    crate::commit(tx).await
}

pub(crate) fn ics_event(svc: &Service, slug: &str, m: &Meeting) -> Event {
    let base = svc.base_url();
    let host = base.split("://").nth(1).unwrap_or("tandem").split(['/', ':']).next().unwrap_or("tandem").to_owned();
    let location = match (m.location.is_empty(), m.link.is_empty()) {
        (false, false) => format!("{} / {}", m.location, m.link),
        (false, true) => m.location.clone(),
        _ => m.link.clone(),
    };
    Event {
        uid: format!("meeting-{}@{host}", m.id),
        sequence: m.sequence,
        stamp: m.updated_at,
        created: m.created_at,
        start: m.starts_at,
        end: m.ends_at,
        summary: m.title.clone(),
        description: m.description.clone(),
        location,
        url: format!("{base}/c/{slug}/meetings/{}", m.id),
        cancelled: m.cancelled_at.is_some(),
    }
}

/// One calendar file of the meetings a list holds (as this reader may see them).
pub async fn calendar(svc: &Service, access: &Access, name: &str, scope: Scope) -> Result<String> {
    let meetings = list(svc, access, scope).await?;
    let events: Vec<Event> = meetings.iter().map(|m| ics_event(svc, &access.community.slug, m)).collect();
    Ok(calendar::calendar(name, &access.zone(), &events))
}

pub async fn meeting_calendar(svc: &Service, access: &Access, id: i64) -> Result<String> {
    let m = load(svc, access, id).await?;
    Ok(calendar::calendar(&m.title, &access.zone(), &[ics_event(svc, &access.community.slug, &m)]))
}

/// A new secret address for the reader's "my meetings" feed; the old one stops working.
pub async fn create_feed(svc: &Service, access: &Access, now: Timestamp) -> Result<String> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    access.require_member()?;
    let secret = secrets::new_token();
    let mut tx = svc.begin().await?;
    store::set_feed(&mut tx, user, access.community.id, &secrets::token_hash(&secret), now).await?;
    crate::commit(tx).await?;
    Ok(secret)
}

pub async fn revoke_feed(svc: &Service, access: &Access) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let mut tx = svc.begin().await?;
    store::revoke_feed(&mut tx, user, access.community.id).await?;
    crate::commit(tx).await
}

pub async fn feed_since(svc: &Service, access: &Access) -> Result<Option<Timestamp>> {
    let Some(user) = access.user_id() else { return Ok(None) };
    Ok(store::feed_of(svc.db.pool(), user, access.community.id).await?)
}

/// The personal feed behind a secret address: the meetings its owner is
/// registered or waitlisted for. `access` is a visitor's (calendar programs
/// do not sign in); an unknown or revoked secret is "not found".
pub async fn feed(svc: &Service, access: &Access, secret: &str) -> Result<String> {
    if !secrets::plausible_token(secret) {
        return Err(Error::NotFound);
    }
    let db = svc.db.pool();
    let user =
        store::feed_owner(db, access.community.id, &secrets::token_hash(secret)).await?.ok_or(Error::NotFound)?;
    let meetings = store::of_person(db, access.community.id, user).await?;
    let events: Vec<Event> = meetings.iter().map(|m| ics_event(svc, &access.community.slug, m)).collect();
    Ok(calendar::calendar(&access.community.name, &access.zone(), &events))
}
