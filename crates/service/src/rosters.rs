//! Co-delivery rosters (issue 17, seed 003): strengths each person records
//! for themselves (shared for matching only if they choose), roles that say
//! what they ask and what people get back, shifts whose places hold under
//! any number of simultaneous sign-ups, pupils only under a named staff
//! supervisor, adults working with pupils only with a cleared safeguarding
//! check, hours given and thanked, and the promises back tracked until kept.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    audit::Action,
    events::is_staff_group,
    export::Sheet,
    rosters::{self as domain, Match, Profile, ProfileInput, RoleDraft, RoleInput, ShiftDraft},
    time::{Date, iso_date, parse_optional_date},
};
pub use tandem_store::rosters::{Availability, Check, CheckStatus, GiveBack, Promise, Role, Shift, Signup};
use tandem_store::{communities, rosters as store};

use crate::{Access, Error, Result, Service, audit, initiatives::Initiative, meetings};

/// The reader's own strengths, if they recorded any.
pub async fn my_profile(svc: &Service, access: &Access) -> Result<Option<Profile>> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    access.require_member()?;
    Ok(store::profile(svc.db.pool(), access.community.id, user).await?)
}

pub async fn save_profile(svc: &Service, access: &Access, input: &ProfileInput, now: Timestamp) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    access.require_member()?;
    let p = Profile::parse(input)?;
    let mut tx = svc.begin().await?;
    store::save_profile(&mut tx, access.community.id, user, &p, now).await?;
    crate::commit(tx).await
}

/// Forgets the reader's strengths entirely.
pub async fn delete_profile(svc: &Service, access: &Access) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let mut tx = svc.begin().await?;
    store::delete_profile(&mut tx, access.community.id, user).await?;
    crate::commit(tx).await
}

/// A role with its shifts' places, for the list.
pub struct RoleSummary {
    pub role: Role,
    pub upcoming: usize,
    pub places_left: i64,
}

pub async fn roles(svc: &Service, initiative: &Initiative, now: Timestamp) -> Result<Vec<RoleSummary>> {
    let db = svc.db.pool();
    let mut out = Vec::new();
    for role in store::roles(db, initiative.id).await? {
        let (shifts, signups) = tokio::try_join!(store::shifts(db, role.id), store::signups(db, role.id))?;
        let upcoming: Vec<&Shift> = shifts.iter().filter(|s| s.starts_at > now).collect();
        let places_left = upcoming
            .iter()
            .map(|s| (s.capacity - signups.iter().filter(|g| g.shift_id == s.id && g.active).count() as i64).max(0))
            .sum();
        out.push(RoleSummary { upcoming: upcoming.len(), places_left, role });
    }
    Ok(out)
}

pub async fn create_role(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &RoleInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let d = RoleDraft::parse(input)?;
    let mut tx = svc.begin().await?;
    let id = store::create_role(&mut tx, initiative.id, &d, access.user_id(), now).await?;
    audit::entry(access, Action::RoleCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(&d.title)
        .commit(tx, now)
        .await?;
    Ok(id)
}

/// A shift as this reader sees it.
pub struct ShiftView {
    pub shift: Shift,
    pub taken: i64,
    pub left: i64,
    pub mine: bool,
    /// Staff: who signed up (pupils by name here only) and suggestions from shared strengths.
    pub signups: Vec<Signup>,
    pub matches: Vec<(i64, String, Match)>,
}

pub struct RoleView {
    pub role: Role,
    pub shifts: Vec<ShiftView>,
    pub staff: bool,
    /// The reader's hours given in this role, in minutes, and what they were promised.
    pub my_minutes: i64,
    pub my_promises: Vec<Promise>,
    /// Staff: every promise of this role, kept or not.
    pub promises: Vec<Promise>,
    /// Staff: who may supervise a shift (staff members).
    pub supervisors: Vec<(i64, String)>,
}

async fn role_of(svc: &Service, initiative: &Initiative, id: i64) -> Result<Role> {
    store::role_by_id(svc.db.pool(), initiative.id, id).await?.ok_or(Error::NotFound)
}

pub async fn role_view(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    now: Timestamp,
) -> Result<RoleView> {
    let role = role_of(svc, initiative, id).await?;
    let db = svc.db.pool();
    let (shifts, signups, promises) =
        tokio::try_join!(store::shifts(db, id), store::signups(db, id), store::promises(db, initiative.id))?;
    let staff = access.can_facilitate();
    let user = access.user_id();
    let profiles = if staff { store::shared_profiles(db, access.community.id).await? } else { Vec::new() };
    let zone = access.zone();
    let views = shifts
        .into_iter()
        .map(|s| {
            let own: Vec<Signup> = signups.iter().filter(|g| g.shift_id == s.id && g.active).cloned().collect();
            let taken = own.len() as i64;
            let slot = domain::slot_of(&zone.wall_clock(s.starts_at));
            let mut matches: Vec<(i64, String, Match)> = if staff && s.starts_at > now {
                profiles
                    .iter()
                    .filter(|(u, ..)| !own.iter().any(|g| g.user_id == *u))
                    .filter_map(|(u, name, p)| {
                        domain::match_profile(p, &role.skills, &role.languages, slot).map(|m| (*u, name.clone(), m))
                    })
                    .collect()
            } else {
                Vec::new()
            };
            matches.sort_by(|a, b| b.2.score.cmp(&a.2.score).then_with(|| a.1.cmp(&b.1)));
            matches.truncate(5);
            ShiftView {
                left: (s.capacity - taken).max(0),
                mine: user.is_some_and(|u| own.iter().any(|g| g.user_id == u)),
                taken,
                signups: if staff {
                    signups
                        .iter()
                        .filter(|g| g.shift_id == s.id && (g.active || g.minutes.is_some()))
                        .cloned()
                        .collect()
                } else {
                    Vec::new()
                },
                matches,
                shift: s,
            }
        })
        .collect();
    let my_minutes = user.map_or(0, |u| signups.iter().filter(|g| g.user_id == u).filter_map(|g| g.minutes).sum());
    let of_role: Vec<Promise> = promises.into_iter().filter(|p| p.role_id == id).collect();
    let my_promises = user.map(|u| of_role.iter().filter(|p| p.user_id == u).cloned().collect()).unwrap_or_default();
    let supervisors = if staff {
        let mut conn = svc.read().await?;
        let page = communities::members(&mut conn, access.community.id, None, None, 1000).await?;
        page.members
            .into_iter()
            .filter(|m| m.group_key.as_deref().is_some_and(is_staff_group) || m.membership.role.can_facilitate())
            .map(|m| (m.membership.user_id, m.display_name))
            .collect()
    } else {
        Vec::new()
    };
    Ok(RoleView {
        role,
        shifts: views,
        staff,
        my_minutes,
        my_promises,
        promises: if staff { of_role } else { Vec::new() },
        supervisors,
    })
}

/// Adds a shift (facilitators). A role pupils may take needs a supervisor
/// on every shift: a member of staff.
#[allow(clippy::too_many_arguments)]
pub async fn add_shift(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    role: i64,
    (starts, ends, capacity, location): (&str, &str, &str, &str),
    supervisor: &str,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let role = role_of(svc, initiative, role).await?;
    let mut e = Invalid::default();
    let draft = ShiftDraft::parse(starts, ends, capacity, location, &access.zone()).map_err(|i| e.0.extend(i.0)).ok();
    if let Some(d) = &draft
        && d.starts_at <= now
    {
        e.0.push(FieldError::new("starts_at", "error-meeting-in-past"));
    }
    let supervisor = match supervisor.trim() {
        "" if role.pupils => {
            e.0.push(FieldError::new("supervisor", "error-shift-needs-supervisor"));
            None
        }
        "" => None,
        raw => {
            let m = match raw.parse::<i64>() {
                Ok(u) => communities::membership(svc.db.pool(), access.community.id, u).await?,
                Err(_) => None,
            };
            let group = match m.as_ref().and_then(|m| m.group_id) {
                Some(g) => communities::groups(svc.db.pool(), access.community.id)
                    .await?
                    .into_iter()
                    .find(|x| x.id == g)
                    .map(|x| x.key),
                None => None,
            };
            match m {
                Some(m) if m.role.can_facilitate() || group.as_deref().is_some_and(is_staff_group) => Some(m.user_id),
                _ => {
                    e.0.push(FieldError::new("supervisor", "error-supervisor-staff"));
                    None
                }
            }
        }
    };
    let Some(draft) = draft.filter(|_| e.is_empty()) else { return Err(Error::Invalid(e)) };
    let mut tx = svc.begin().await?;
    let id = store::create_shift(&mut tx, role.id, &draft, supervisor, now).await?;
    let detail = format!("{}: {}", role.title, access.zone().local_input(draft.starts_at));
    audit::entry(access, Action::ShiftCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(detail)
        .commit(tx, now)
        .await?;
    Ok(id)
}

async fn shift_of(svc: &Service, role: i64, shift: i64) -> Result<Shift> {
    store::shifts(svc.db.pool(), role).await?.into_iter().find(|s| s.id == shift).ok_or(Error::NotFound)
}

/// Signs the reader up for a shift: one place each, never more than there
/// are (the shift's row is locked), pupils only where a supervisor is named,
/// adults in roles with pupils only with a cleared check on the day.
pub async fn sign_up(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    role: i64,
    shift: i64,
    now: Timestamp,
) -> Result<i64> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    access.require_participant()?;
    let role = role_of(svc, initiative, role).await?;
    let s = shift_of(svc, role.id, shift).await?;
    if s.starts_at <= now {
        return Err(Error::Conflict("error-shift-past"));
    }
    if access.is_protected() {
        if !role.pupils {
            return Err(Error::Conflict("error-role-adults-only"));
        }
        if s.supervisor_id.is_none() {
            return Err(Error::Conflict("error-shift-needs-supervisor"));
        }
    } else if role.safeguarding {
        let check = store::check_of(svc.db.pool(), access.community.id, user).await?;
        let day = access.zone().date(s.starts_at);
        if !domain::cleared(check.map(|c| c.0), check.and_then(|c| c.1), day) {
            return Err(Error::Conflict("error-safeguarding-needed"));
        }
    }
    let mut tx = svc.begin().await?;
    store::lock_shift(&mut *tx, shift).await?;
    let signups = store::signups(&mut *tx, role.id).await?;
    let active: Vec<&Signup> = signups.iter().filter(|g| g.shift_id == shift && g.active).collect();
    if active.iter().any(|g| g.user_id == user) {
        return Err(Error::Conflict("error-already-signed-up"));
    }
    if active.len() as i64 >= s.capacity {
        return Err(Error::Conflict("error-shift-full"));
    }
    let id = store::sign_up(&mut tx, shift, user, now).await.map_err(|e| match e {
        tandem_store::StoreError::Conflict(_) => Error::Conflict("error-already-signed-up"),
        other => other.into(),
    })?;
    crate::commit(tx).await?;
    Ok(id)
}

/// The reader gives up their place (not once their hours are recorded).
pub async fn cancel(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    role: i64,
    shift: i64,
    now: Timestamp,
) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let role = role_of(svc, initiative, role).await?;
    shift_of(svc, role.id, shift).await?;
    let mut tx = svc.begin().await?;
    store::lock_shift(&mut *tx, shift).await?;
    if !store::cancel_signup(&mut tx, shift, user, now).await? {
        return Err(Error::Conflict("error-not-signed-up"));
    }
    crate::commit(tx).await
}

/// Records the hours someone gave (facilitators): they are thanked, and what
/// the role gives back is promised to them until it is delivered.
#[allow(clippy::too_many_arguments)]
pub async fn record_hours(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    role: i64,
    signup: i64,
    hours: &str,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let role = role_of(svc, initiative, role).await?;
    let minutes = domain::parse_hours("hours", hours)?;
    let db = svc.db.pool();
    let g = store::signups(db, role.id).await?.into_iter().find(|g| g.id == signup).ok_or(Error::NotFound)?;
    if !g.active {
        return Err(Error::Conflict("error-not-signed-up"));
    }
    let mut tx = svc.begin().await?;
    store::record_minutes(&mut tx, signup, minutes, now).await?;
    store::promise(&mut tx, role.id, g.user_id, &role.gives_back, access.zone().date(now)).await?;
    let given = format!("{}:{:02}", minutes / 60, minutes % 60);
    meetings::email(
        &mut tx,
        svc,
        &[g.user_id],
        "email-hours-thanks-subject",
        "email-hours-thanks-body",
        &role.title,
        &given,
        path,
        now,
    )
    .await?;
    let detail = format!("sign-up {signup}: {given}");
    audit::entry(access, Action::HoursRecord)
        .initiative(initiative.id)
        .subject(role.id)
        .detail(detail)
        .commit(tx, now)
        .await
}

/// Marks a promise back as kept (facilitators).
#[allow(clippy::too_many_arguments)]
pub async fn deliver(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    role: i64,
    user: &str,
    kind: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let role = role_of(svc, initiative, role).await?;
    let kind = GiveBack::parse_field("kind", kind)?;
    let user: i64 = user.trim().parse().map_err(|_| Error::field("user", "error-choice-invalid"))?;
    let mut tx = svc.begin().await?;
    if !store::deliver(&mut tx, role.id, user, kind, access.user_id(), now).await? {
        return Err(Error::Conflict("error-promise-not-open"));
    }
    let detail = format!("{} to user {user}", kind.key());
    audit::entry(access, Action::PromiseKept)
        .initiative(initiative.id)
        .subject(role.id)
        .detail(detail)
        .commit(tx, now)
        .await
}

/// How many promises back of an initiative are overdue (a health finding).
pub async fn promises_overdue(svc: &Service, initiative: i64, today: Date) -> Result<usize> {
    let all = store::promises(svc.db.pool(), initiative).await?;
    Ok(all.iter().filter(|p| domain::promise_overdue(p.promised_on, p.delivered_at.is_some(), today)).count())
}

/// The community's safeguarding checks (facilitators only; never public).
pub async fn checks(svc: &Service, access: &Access) -> Result<Vec<Check>> {
    access.require_facilitator()?;
    Ok(store::checks(svc.db.pool(), access.community.id).await?)
}

pub async fn record_check(
    svc: &Service,
    access: &Access,
    user: &str,
    status: &str,
    expires_on: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut e = Invalid::default();
    let member = match user.trim().parse::<i64>() {
        Ok(u) => communities::membership(svc.db.pool(), access.community.id, u).await?.map(|m| m.user_id),
        Err(_) => None,
    };
    if member.is_none() {
        e.0.push(FieldError::new("user", "error-choice-invalid"));
    }
    let status = e.check(CheckStatus::parse_field("status", status));
    let expires = e.check(parse_optional_date("expires_on", expires_on));
    let (Some(user), Some(status), Some(expires)) = (member, status, expires) else { return Err(Error::Invalid(e)) };
    if status == CheckStatus::Cleared && expires.is_none() {
        return Err(Error::field("expires_on", "error-check-expiry"));
    }
    let mut tx = svc.begin().await?;
    store::record_check(&mut tx, access.community.id, user, status, expires, access.user_id(), now).await?;
    // The audit says a check was recorded for whom, not its outcome.
    audit::entry(access, Action::SafeguardingRecord)
        .subject(user)
        .detail("safeguarding check recorded")
        .commit(tx, now)
        .await
}

/// Hours given in an initiative's roles as CSV (facilitators): adults by
/// name, pupils by role only.
pub async fn hours_csv(svc: &Service, access: &Access, initiative: &Initiative) -> Result<String> {
    access.require_facilitator()?;
    let db = svc.db.pool();
    let zone = access.zone();
    let mut sheet = Sheet::new(["role", "shift_starts", "person", "hours"].iter().map(|h| (*h).to_owned()).collect());
    for role in store::roles(db, initiative.id).await? {
        let shifts = store::shifts(db, role.id).await?;
        for g in store::signups(db, role.id).await?.into_iter().filter(|g| g.minutes.is_some()) {
            let starts =
                shifts.iter().find(|s| s.id == g.shift_id).map(|s| zone.local_input(s.starts_at)).unwrap_or_default();
            let minutes = g.minutes.unwrap_or_default();
            sheet.push(vec![
                role.title.clone(),
                starts,
                if g.protected { "pupil".to_owned() } else { g.name.clone() },
                format!("{}.{:02}", minutes / 60, minutes % 60 * 100 / 60),
            ]);
        }
    }
    Ok(sheet.to_csv())
}

/// The day a promise was made, for pages.
pub fn promised_on(p: &Promise) -> String {
    iso_date(p.promised_on)
}
