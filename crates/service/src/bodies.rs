//! Co-production bodies (issue 16): councils and steering groups with seats
//! for constituencies, terms, alternates, composition rules and what breaks
//! them. One function per use case; each owns its transaction and audit entry.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    audit::Action,
    bodies::{
        self as domain, BodyDraft, Breach, CompositionRule, SeatDraft, SeatMethod, Term, TermDraft,
        VACANCY_FINDING_DAYS,
    },
    sortition::SelectionDraft,
    time::Date,
};
pub use tandem_store::bodies::{Alternate, Body, HeldArea, Seat, SeatTerm};
use tandem_store::{
    bodies::{self as store},
    communities::{self, Group},
    meetings::{self as meeting_store, Meeting, Scope},
};

use crate::{Access, Error, Result, Service, audit, initiatives::Initiative};

/// A body as typed, with where it belongs.
#[derive(Debug, Clone, Default)]
pub struct BodyInput {
    pub name: String,
    pub kind: String,
    pub purpose: String,
    pub notice_hours: String,
    /// An initiative's slug, or empty for the whole community.
    pub initiative: String,
    /// A school's slug, or empty.
    pub school: String,
}

/// A seat as typed; the constituency is a stakeholder group's key.
#[derive(Debug, Clone, Default)]
pub struct SeatInput {
    pub label: String,
    pub constituency: String,
    pub method: String,
    pub term_months: String,
    pub term_limit: String,
}

/// A term as typed: who holds it (a member's user id) and when.
#[derive(Debug, Clone, Default)]
pub struct TermInput {
    pub holder: String,
    pub starts_on: String,
    pub ends_on: String,
    pub interests: String,
}

/// A rule as typed (see `CompositionRule::parse`).
#[derive(Debug, Clone, Default)]
pub struct RuleInput {
    pub rule: String,
    pub groups: Vec<String>,
    pub second: Vec<String>,
    pub count: String,
}

/// Where a seat stands today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeatState {
    Held(SeatTerm),
    /// The last term ended `days` ago and nobody followed (a finding after 60 days).
    Expired {
        days: i64,
    },
    /// Never held since the seat opened `days` ago.
    Vacant {
        days: i64,
    },
}

impl SeatState {
    pub fn holder(&self) -> Option<&SeatTerm> {
        match self {
            SeatState::Held(t) => Some(t),
            _ => None,
        }
    }

    pub fn vacant_days(&self) -> Option<i64> {
        match self {
            SeatState::Held(_) => None,
            SeatState::Expired { days } | SeatState::Vacant { days } => Some(*days),
        }
    }
}

#[derive(Debug, Clone)]
pub struct SeatView {
    pub seat: Seat,
    pub state: SeatState,
    /// Every term, newest first.
    pub history: Vec<SeatTerm>,
    pub alternates: Vec<Alternate>,
}

impl SeatView {
    /// Holders are named in public unless their constituency protects identities.
    pub fn named(&self) -> bool {
        !self.seat.protected
    }
}

/// What is wrong with a body today (shown on its page and in the health view).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyFindings {
    pub breaches: Vec<Breach>,
    /// Seats whose term has ended and nobody followed yet (however long ago).
    pub expired: usize,
    /// Seats vacant longer than 60 days.
    pub overdue_vacancies: usize,
}

impl BodyFindings {
    pub fn is_empty(&self) -> bool {
        self.breaches.is_empty() && self.expired == 0 && self.overdue_vacancies == 0
    }
}

pub struct BodyView {
    pub body: Body,
    pub initiative: Option<Initiative>,
    pub school: Option<String>,
    pub areas: Vec<HeldArea>,
    pub seats: Vec<SeatView>,
    pub findings: BodyFindings,
    pub meetings: Vec<Meeting>,
    /// The seats held on `today`, by constituency key, for the page's summary.
    pub held_by_group: Vec<(String, usize)>,
    /// The seats held against the community's stakeholder-group baseline
    /// (the school's where the body has one and so does the school).
    pub against_baseline: Option<AgainstBaseline>,
}

/// Who holds the seats beside who makes up the community.
#[derive(Debug, Clone, PartialEq)]
pub struct AgainstBaseline {
    pub source: String,
    pub as_of: Date,
    /// (constituency, seats held, share of the seats held, share of the community), in the baseline's order.
    pub rows: Vec<(String, usize, f64, f64)>,
}

fn against(baseline: &tandem_store::representation::Baseline, held: &[(String, usize)]) -> AgainstBaseline {
    let seats: usize = held.iter().map(|(_, n)| n).sum();
    let people: i64 = baseline.groups.iter().map(|(_, n)| n).sum();
    let share = |n: f64, total: f64| if total > 0.0 { n / total } else { 0.0 };
    let mut rows: Vec<(String, usize, f64, f64)> = baseline
        .groups
        .iter()
        .map(|(g, n)| {
            let h = held.iter().find(|(k, _)| k == g).map_or(0, |(_, n)| *n);
            (g.clone(), h, share(h as f64, seats as f64), share(*n as f64, people as f64))
        })
        .collect();
    // Seats for constituencies the baseline does not count still show.
    for (k, n) in held.iter().filter(|(k, _)| !baseline.groups.iter().any(|(g, _)| g == k)) {
        rows.push((k.clone(), *n, share(*n as f64, seats as f64), 0.0));
    }
    AgainstBaseline { source: baseline.source.clone(), as_of: baseline.as_of, rows }
}

/// A body in a list, with its seats' state.
pub struct BodySummary {
    pub body: Body,
    pub seats: usize,
    pub held: usize,
    pub findings: BodyFindings,
}

fn terms_of(history: &[SeatTerm]) -> Vec<Term> {
    history.iter().map(|t| Term { holder: t.user_id, start: t.start, end: t.end }).collect()
}

fn state(seat: &Seat, history: &[SeatTerm], today: Date) -> SeatState {
    if let Some(t) = history.iter().find(|t| t.start <= today && today <= t.end) {
        return SeatState::Held(t.clone());
    }
    let days = domain::vacant_days(&terms_of(history), seat.opened_on, today).unwrap_or(0);
    if history.iter().any(|t| t.end < today) { SeatState::Expired { days } } else { SeatState::Vacant { days } }
}

fn findings(body: &Body, seats: &[SeatView]) -> BodyFindings {
    let held: Vec<&str> =
        seats.iter().filter(|s| s.state.holder().is_some()).filter_map(|s| s.seat.group_key.as_deref()).collect();
    BodyFindings {
        breaches: domain::check_composition(&body.rules, &held),
        expired: seats.iter().filter(|s| matches!(s.state, SeatState::Expired { .. })).count(),
        overdue_vacancies: seats
            .iter()
            .filter(|s| s.state.vacant_days().is_some_and(|d| d > VACANCY_FINDING_DAYS))
            .count(),
    }
}

async fn seat_views(svc: &Service, body_id: i64, today: Date) -> Result<Vec<SeatView>> {
    let db = svc.db.pool();
    let (seats, terms, alternates) =
        tokio::try_join!(store::seats(db, body_id), store::terms(db, body_id), store::alternates(db, body_id))?;
    Ok(seats
        .into_iter()
        .map(|seat| {
            let mut history: Vec<SeatTerm> = terms.iter().filter(|t| t.seat_id == seat.id).cloned().collect();
            let state = state(&seat, &history, today);
            history.reverse();
            let alternates = alternates.iter().filter(|a| a.seat_id == seat.id).cloned().collect();
            SeatView { seat, state, history, alternates }
        })
        .collect())
}

/// A community's bodies with their state today.
pub async fn list(svc: &Service, access: &Access, now: Timestamp) -> Result<Vec<BodySummary>> {
    let today = access.zone().date(now);
    let bodies = store::list(svc.db.pool(), access.community.id).await?;
    let mut out = Vec::with_capacity(bodies.len());
    for body in bodies {
        // A body of an initiative this reader may not see is not listed either.
        if load(svc, access, body.id).await.is_err() {
            continue;
        }
        let seats = seat_views(svc, body.id, today).await?;
        let findings = findings(&body, &seats);
        let held = seats.iter().filter(|s| s.state.holder().is_some()).count();
        out.push(BodySummary { seats: seats.len(), held, findings, body });
    }
    Ok(out)
}

/// The findings of the bodies that belong to an initiative, added up (the health view).
pub async fn initiative_findings(svc: &Service, initiative: &Initiative, now: Timestamp) -> Result<BodyFindings> {
    let bodies = store::list(svc.db.pool(), initiative.community_id).await?;
    let mut all = BodyFindings::default();
    for body in bodies.into_iter().filter(|b| b.initiative_id == Some(initiative.id)) {
        let seats = seat_views(svc, body.id, now.date()).await?;
        let f = findings(&body, &seats);
        all.breaches.extend(f.breaches);
        all.expired += f.expired;
        all.overdue_vacancies += f.overdue_vacancies;
    }
    Ok(all)
}

pub async fn load(svc: &Service, access: &Access, id: i64) -> Result<Body> {
    let body = store::get_one(svc.db.pool(), access.community.id, id).await?.ok_or(Error::NotFound)?;
    if let Some(i) = body.initiative_id {
        // A body of an initiative the reader may not see is not there for them.
        let initiative = tandem_store::initiatives::by_id(svc.db.pool(), i).await?.ok_or(Error::NotFound)?;
        access.check_visible(&initiative)?;
    }
    Ok(body)
}

pub async fn view(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<BodyView> {
    let body = load(svc, access, id).await?;
    let today = access.zone().date(now);
    let db = svc.db.pool();
    let initiative = match body.initiative_id {
        Some(i) => tandem_store::initiatives::by_id(db, i).await?,
        None => None,
    };
    let school = match body.school_id {
        Some(s) => communities::schools(db, access.community.id).await?.into_iter().find(|x| x.id == s).map(|x| x.name),
        None => None,
    };
    let areas = store::areas(db, id).await?;
    let seats = seat_views(svc, id, today).await?;
    let findings = findings(&body, &seats);
    let meetings = meeting_store::list(db, access.community.id, Scope::Body(id)).await?;
    let mut held_by_group: Vec<(String, usize)> = Vec::new();
    for s in seats.iter().filter(|s| s.state.holder().is_some()) {
        let key = s.seat.group_key.clone().unwrap_or_default();
        match held_by_group.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => held_by_group.push((key, 1)),
        }
    }
    let baselines = tandem_store::representation::baselines(db, access.community.id).await?;
    let group_baseline =
        |school: Option<i64>| baselines.iter().find(|b| b.dimension == "stakeholder_group" && b.school_id == school);
    let against_baseline = body
        .school_id
        .and_then(|s| group_baseline(Some(s)))
        .or_else(|| group_baseline(None))
        .map(|b| against(b, &held_by_group));
    Ok(BodyView { body, initiative, school, areas, seats, findings, meetings, held_by_group, against_baseline })
}

async fn place_of(svc: &Service, access: &Access, input: &BodyInput) -> Result<(Option<i64>, Option<i64>)> {
    let mut e = Invalid::default();
    let initiative = match input.initiative.trim() {
        "" => None,
        slug => match access.initiative(svc, slug).await {
            Ok(i) => Some(i.id),
            Err(_) => {
                e.0.push(FieldError::new("initiative", "error-choice-invalid"));
                None
            }
        },
    };
    let school = match input.school.trim() {
        "" => None,
        slug => {
            let schools = communities::schools(svc.db.pool(), access.community.id).await?;
            match schools.iter().find(|s| s.slug == slug) {
                Some(s) => Some(s.id),
                None => {
                    e.0.push(FieldError::new("school", "error-choice-invalid"));
                    None
                }
            }
        }
    };
    e.finish()?;
    Ok((initiative, school))
}

/// Sets up a body (facilitators).
pub async fn create(svc: &Service, access: &Access, input: &BodyInput, now: Timestamp) -> Result<i64> {
    access.require_facilitator()?;
    let draft = BodyDraft::parse(&input.name, &input.kind, &input.purpose, &input.notice_hours);
    let place = place_of(svc, access, input).await;
    let (draft, (initiative, school)) = merge(draft, place)?;
    let mut tx = svc.begin().await?;
    let id = store::create(&mut tx, access.community.id, initiative, school, &draft, access.user_id(), now).await?;
    let mut entry = audit::entry(access, Action::BodyCreate).subject(id).detail(&draft.name);
    if let Some(i) = initiative {
        entry = entry.initiative(i);
    }
    entry.commit(tx, now).await?;
    Ok(id)
}

/// Both inputs' errors at once.
fn merge<A, B>(a: std::result::Result<A, Invalid>, b: Result<B>) -> Result<(A, B)> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (Err(mut e), Err(Error::Invalid(more))) => {
            e.0.extend(more.0);
            Err(Error::Invalid(e))
        }
        (Err(e), _) => Err(Error::Invalid(e)),
        (_, Err(e)) => Err(e),
    }
}

pub async fn update(svc: &Service, access: &Access, id: i64, input: &BodyInput, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let body = load(svc, access, id).await?;
    let draft = BodyDraft::parse(&input.name, &input.kind, &input.purpose, &input.notice_hours);
    let place = place_of(svc, access, input).await;
    let (draft, (initiative, school)) = merge(draft, place)?;
    let mut tx = svc.begin().await?;
    store::update(&mut tx, body.id, initiative, school, &draft, now).await?;
    if initiative != body.initiative_id {
        // Decision areas belong to an initiative's charter: moving the body drops them.
        store::set_areas(&mut tx, body.id, &[]).await?;
    }
    audit::entry(access, Action::BodyUpdate).subject(id).detail(&draft.name).commit(tx, now).await
}

/// The charter decision areas the body holds power over (its initiative's).
pub async fn set_areas(svc: &Service, access: &Access, id: i64, areas: &[String], now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let body = load(svc, access, id).await?;
    let known = match body.initiative_id {
        Some(i) => tandem_store::charter::areas(svc.db.pool(), i).await?.into_iter().map(|a| a.id).collect(),
        None => Vec::new(),
    };
    let mut chosen = Vec::new();
    for raw in areas.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
        match raw.parse::<i64>() {
            Ok(a) if known.contains(&a) => {
                if !chosen.contains(&a) {
                    chosen.push(a);
                }
            }
            _ => return Err(Error::field("areas", "error-choice-invalid")),
        }
    }
    let mut tx = svc.begin().await?;
    store::set_areas(&mut tx, id, &chosen).await?;
    audit::entry(access, Action::BodyUpdate).subject(id).detail(format!("areas {chosen:?}")).commit(tx, now).await
}

/// Adds a composition rule.
pub async fn add_rule(svc: &Service, access: &Access, id: i64, input: &RuleInput, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let body = load(svc, access, id).await?;
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let rule = CompositionRule::parse(&input.rule, &input.groups, &input.second, &input.count, |g| {
        groups.iter().any(|x| x.key == g)
    })?;
    if body.rules.contains(&rule) {
        return Err(Error::Conflict("error-rule-exists"));
    }
    if body.rules.len() >= 10 {
        return Err(Error::Conflict("error-rules-too-many"));
    }
    let mut rules = body.rules.clone();
    rules.push(rule.clone());
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    store::set_rules(&mut tx, id, &rules, now).await?;
    let detail = serde_json::to_string(&rule).unwrap_or_default();
    audit::entry(access, Action::BodyRules).subject(id).detail(detail).commit(tx, now).await
}

/// Removes the rule at `index` (from 1, as listed).
pub async fn remove_rule(svc: &Service, access: &Access, id: i64, index: usize, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let body = load(svc, access, id).await?;
    if index == 0 || index > body.rules.len() {
        return Err(Error::NotFound);
    }
    let mut rules = body.rules.clone();
    let removed = rules.remove(index - 1);
    let mut tx = svc.begin().await?;
    store::set_rules(&mut tx, id, &rules, now).await?;
    let detail = format!("removed {}", serde_json::to_string(&removed).unwrap_or_default());
    audit::entry(access, Action::BodyRules).subject(id).detail(detail).commit(tx, now).await
}

fn constituency(groups: &[Group], key: &str) -> std::result::Result<Option<i64>, FieldError> {
    match key.trim() {
        "" => Ok(None),
        k => groups
            .iter()
            .find(|g| g.key == k)
            .map(|g| Some(g.id))
            .ok_or(FieldError::new("constituency", "error-choice-invalid")),
    }
}

fn parse_seat(input: &SeatInput, groups: &[Group]) -> Result<(SeatDraft, Option<i64>)> {
    let draft = SeatDraft::parse(&input.label, &input.method, &input.term_months, &input.term_limit);
    let group = constituency(groups, &input.constituency);
    match (draft, group) {
        (Ok(d), Ok(g)) => Ok((d, g)),
        (Err(mut e), Err(f)) => {
            e.0.push(f);
            Err(Error::Invalid(e))
        }
        (Err(e), _) => Err(Error::Invalid(e)),
        (_, Err(f)) => Err(Error::Invalid(Invalid::one(f))),
    }
}

pub async fn add_seat(svc: &Service, access: &Access, body_id: i64, input: &SeatInput, now: Timestamp) -> Result<i64> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let (draft, group) = parse_seat(input, &groups)?;
    let mut tx = svc.begin().await?;
    let opened = access.zone().date(now);
    let seat = store::add_seat(&mut tx, body_id, group, &draft, opened, now).await?;
    audit::entry(access, Action::SeatAdd)
        .subject(seat)
        .detail(format!("body {body_id}: {}", draft.label))
        .commit(tx, now)
        .await?;
    Ok(seat)
}

async fn seat_of(svc: &Service, body_id: i64, seat_id: i64) -> Result<Seat> {
    store::seats(svc.db.pool(), body_id).await?.into_iter().find(|s| s.id == seat_id).ok_or(Error::NotFound)
}

pub async fn update_seat(
    svc: &Service,
    access: &Access,
    body_id: i64,
    seat_id: i64,
    input: &SeatInput,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    seat_of(svc, body_id, seat_id).await?;
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let (draft, group) = parse_seat(input, &groups)?;
    let mut tx = svc.begin().await?;
    store::update_seat(&mut tx, seat_id, group, &draft).await?;
    audit::entry(access, Action::SeatUpdate).subject(seat_id).detail(&draft.label).commit(tx, now).await
}

pub async fn remove_seat(svc: &Service, access: &Access, body_id: i64, seat_id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    let seat = seat_of(svc, body_id, seat_id).await?;
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, body_id).await?;
    // A seat that was ever held keeps its history: it can be left vacant, not removed.
    if store::terms(&mut *tx, body_id).await?.iter().any(|t| t.seat_id == seat_id) {
        return Err(Error::Conflict("error-seat-has-history"));
    }
    store::remove_seat(&mut tx, seat_id).await?;
    audit::entry(access, Action::SeatRemove).subject(seat_id).detail(&seat.label).commit(tx, now).await
}

/// The member a holder field names, checked against the seat's constituency.
async fn holder(svc: &Service, access: &Access, seat: &Seat, raw: &str) -> Result<i64> {
    let id: i64 = raw.trim().parse().map_err(|_| Error::field("holder", "error-choice-invalid"))?;
    let m = communities::membership(svc.db.pool(), access.community.id, id)
        .await?
        .ok_or(Error::field("holder", "error-choice-invalid"))?;
    if seat.group_id.is_some() && m.group_id != seat.group_id {
        return Err(Error::field("holder", "error-holder-constituency"));
    }
    Ok(id)
}

/// Gives a seat to a member for a term: refused when it overlaps another
/// term of the seat or breaks the limit on consecutive terms.
pub async fn add_term(
    svc: &Service,
    access: &Access,
    body_id: i64,
    seat_id: i64,
    input: &TermInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    let seat = seat_of(svc, body_id, seat_id).await?;
    let draft = TermDraft::parse(&input.starts_on, &input.ends_on, &input.interests, seat.term_months);
    let who = holder(svc, access, &seat, &input.holder).await;
    let (draft, user) = merge(draft, who)?;
    let mut tx = svc.begin().await?;
    let id = insert_term(&mut tx, access, body_id, &seat, user, &draft, now).await?;
    let detail = format!("seat {seat_id}: user {user} {} to {}", draft.start, draft.end);
    audit::entry(access, Action::SeatTerm).subject(id).detail(detail).commit(tx, now).await?;
    Ok(id)
}

async fn insert_term(
    tx: &mut tandem_store::Tx,
    access: &Access,
    body_id: i64,
    seat: &Seat,
    user: i64,
    draft: &TermDraft,
    now: Timestamp,
) -> Result<i64> {
    // One change of a body's seats at a time, so two overlapping terms cannot both pass the check.
    store::lock(&mut **tx, body_id).await?;
    let history: Vec<SeatTerm> =
        store::terms(&mut **tx, body_id).await?.into_iter().filter(|t| t.seat_id == seat.id).collect();
    let term = Term::new(user, draft.start, draft.end)?;
    let limit = seat.term_limit.and_then(|l| u32::try_from(l).ok());
    domain::check_term(&terms_of(&history), &term, limit)?;
    let id = store::add_term(tx, seat.id, user, draft, access.user_id(), now).await?;
    // Someone who takes the seat is no longer waiting for it.
    store::remove_alternate(tx, seat.id, user).await?;
    Ok(id)
}

/// Ends a term early (a resignation), on `last_day`.
pub async fn end_term(
    svc: &Service,
    access: &Access,
    body_id: i64,
    term_id: i64,
    last_day: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    let day = tandem_domain::time::parse_date("last_day", last_day)?;
    let terms = store::terms(svc.db.pool(), body_id).await?;
    let term = terms.iter().find(|t| t.id == term_id).ok_or(Error::NotFound)?;
    if day < term.start || day > term.end {
        return Err(Error::field("last_day", "error-term-end-outside"));
    }
    let mut tx = svc.begin().await?;
    if !store::end_term(&mut tx, term_id, day).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::SeatTermEnd).subject(term_id).detail(format!("ends {day}")).commit(tx, now).await
}

pub async fn add_alternate(
    svc: &Service,
    access: &Access,
    body_id: i64,
    seat_id: i64,
    holder_id: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    let seat = seat_of(svc, body_id, seat_id).await?;
    let user = holder(svc, access, &seat, holder_id).await?;
    let mut tx = svc.begin().await?;
    store::add_alternate(&mut tx, seat_id, user, now).await.map_err(|e| match e {
        tandem_store::StoreError::Conflict(_) => Error::field("holder", "error-alternate-exists"),
        other => other.into(),
    })?;
    audit::entry(access, Action::SeatAlternate)
        .subject(seat_id)
        .detail(format!("user {user} added"))
        .commit(tx, now)
        .await
}

pub async fn remove_alternate(
    svc: &Service,
    access: &Access,
    body_id: i64,
    seat_id: i64,
    user: i64,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    let mut tx = svc.begin().await?;
    if !store::remove_alternate(&mut tx, seat_id, user).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::SeatAlternate)
        .subject(seat_id)
        .detail(format!("user {user} removed"))
        .commit(tx, now)
        .await
}

/// Fills a vacant seat with its first alternate, for a full term from `starts_on`.
pub async fn fill_from_alternate(
    svc: &Service,
    access: &Access,
    body_id: i64,
    seat_id: i64,
    starts_on: &str,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    load(svc, access, body_id).await?;
    let seat = seat_of(svc, body_id, seat_id).await?;
    let draft = TermDraft::parse(starts_on, "", "", seat.term_months)?;
    let mut tx = svc.begin().await?;
    let alternates = store::alternates(&mut *tx, body_id).await?;
    let first = alternates.iter().find(|a| a.seat_id == seat_id).ok_or(Error::Conflict("error-no-alternate"))?;
    let user = first.user_id;
    let term = insert_term(&mut tx, access, body_id, &seat, user, &draft, now).await?;
    let detail = format!("seat {seat_id}: alternate user {user} {} to {}", draft.start, draft.end);
    audit::entry(access, Action::SeatFill).subject(term).detail(detail).commit(tx, now).await?;
    Ok(term)
}

/// Opens a selection by lot for a seat chosen by lot, on the body's
/// initiative (selections belong to initiatives); the seat links to it.
pub async fn open_selection(
    svc: &Service,
    access: &Access,
    body_id: i64,
    seat_id: i64,
    now: Timestamp,
) -> Result<(Initiative, i64)> {
    access.require_facilitator()?;
    let body = load(svc, access, body_id).await?;
    let seat = seat_of(svc, body_id, seat_id).await?;
    if seat.method != SeatMethod::Lot {
        return Err(Error::Conflict("error-seat-not-by-lot"));
    }
    let initiative_id = body.initiative_id.ok_or(Error::Conflict("error-body-needs-initiative"))?;
    let initiative = tandem_store::initiatives::by_id(svc.db.pool(), initiative_id).await?.ok_or(Error::NotFound)?;
    let dimensions = vec![String::from("stakeholder_group")];
    let draft =
        SelectionDraft::parse(&format!("{}: {}", body.name, seat.label), &body.purpose, "1", &dimensions, |_| true)?;
    let mut tx = svc.begin().await?;
    let id =
        tandem_store::sortition::create(&mut tx, access.community.id, initiative.id, &draft, access.user_id(), now)
            .await?;
    store::link_selection(&mut tx, seat_id, id).await?;
    audit::entry(access, Action::SelectionCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(format!("for seat {seat_id} of body {body_id}"))
        .commit(tx, now)
        .await?;
    Ok((initiative, id))
}

/// Members who may hold a seat of this constituency (staff's holder list).
pub async fn candidates(svc: &Service, access: &Access, seat: &Seat) -> Result<Vec<(i64, String)>> {
    access.require_facilitator()?;
    let mut conn = svc.read().await?;
    let page = communities::members(&mut conn, access.community.id, seat.group_id, None, 500).await?;
    Ok(page.members.into_iter().map(|m| (m.membership.user_id, m.display_name)).collect())
}
