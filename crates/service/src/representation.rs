//! Who takes part: the community's baselines, members' own profiles, and
//! the representation measures of a scope (the community, a school, an
//! initiative or one of its processes) over a period beside the one before.
//! Individuals never leave this module: only `decide::representation`'s
//! suppressed figures do.

use std::collections::BTreeMap;

use tandem_decide::representation::{self as measures, DimensionInput, Input, Report, UNKNOWN};
use tandem_domain::{
    FieldError, Invalid, Timestamp,
    audit::Action,
    representation::{
        self as domain, BaselineRow, CommunitySettings, DimensionKey, PREFER_NOT_TO_SAY, community_accepts,
    },
    text,
    time::{self, Date},
};
pub use tandem_store::representation::{Baseline, Scope};
use tandem_store::{
    communities::{self, Group, School},
    initiatives::Initiative,
    representation as store,
};

use crate::{Access, Error, Result, Service, audit, engagement::MAX_CSV_BYTES};

/// The community's choices (defaults until an administrator saves some).
pub async fn settings(svc: &Service, access: &Access) -> Result<CommunitySettings> {
    let stored = store::settings(svc.db.pool(), access.community.id).await?;
    Ok(CommunitySettings::stored(stored.as_deref()))
}

/// The settings form as typed.
#[derive(Debug, Clone, Default)]
pub struct SettingsInput {
    pub sensitive: bool,
    pub staff_fill_pupils: bool,
    pub impact_floor_percent: String,
    pub min_baseline: String,
    pub capture_contributions_percent: String,
    pub capture_participants_percent: String,
    pub top10_percent: String,
}

/// Saves the community's representation settings (administrators).
pub async fn set_settings(svc: &Service, access: &Access, input: &SettingsInput, now: Timestamp) -> Result<()> {
    access.require_admin()?;
    let parsed = CommunitySettings::parse(
        input.sensitive,
        input.staff_fill_pupils,
        &input.impact_floor_percent,
        &input.min_baseline,
        &input.capture_contributions_percent,
        &input.capture_participants_percent,
        &input.top10_percent,
    )
    .map_err(Error::Invalid)?;
    let json = serde_json::to_string(&parsed).map_err(|e| Error::Internal(e.to_string()))?;
    let mut tx = svc.begin().await?;
    store::set_settings(&mut *tx, access.community.id, &json).await?;
    audit::entry(access, Action::RepresentationSettings)
        .detail(if parsed.sensitive { "sensitive" } else { "" })
        .commit(tx, now)
        .await?;
    svc.reports.forget(|key| key.0 == access.community.id);
    Ok(())
}

/// Every baseline of the community (anyone who may see the community: they
/// are aggregate public statistics with their source).
pub async fn baselines(svc: &Service, access: &Access) -> Result<Vec<Baseline>> {
    Ok(store::baselines(svc.db.pool(), access.community.id).await?)
}

/// One dimension's baseline as typed in the form: `group,count` per line.
#[derive(Debug, Clone, Default)]
pub struct BaselineInput {
    pub school_id: Option<i64>,
    pub dimension: String,
    pub source: String,
    /// YYYY-MM-DD: when the counts were taken.
    pub as_of: String,
    pub rows: String,
}

/// What a baseline's groups must be for the dimensions that come from
/// membership: stakeholder group keys, school slugs.
fn check_known_groups(
    dimension: &str,
    groups: &[(String, i64)],
    community_groups: &[Group],
    schools: &[School],
) -> std::result::Result<(), FieldError> {
    let known = |g: &str| match DimensionKey::parse(dimension) {
        Some(DimensionKey::StakeholderGroup) => community_groups.iter().any(|x| x.key == g),
        Some(DimensionKey::School) => schools.iter().any(|s| s.slug == g),
        _ => true,
    };
    match groups.iter().find(|(g, _)| !known(g)) {
        Some((g, _)) => Err(FieldError::new("rows", "error-baseline-unknown-group").with_arg("value", g)),
        None => Ok(()),
    }
}

async fn check_school(svc: &Service, access: &Access, school_id: Option<i64>) -> Result<Vec<School>> {
    let schools = communities::schools(svc.db.pool(), access.community.id).await?;
    if let Some(id) = school_id
        && !schools.iter().any(|s| s.id == id)
    {
        return Err(Error::field("school", "error-choice-invalid"));
    }
    Ok(schools)
}

fn source_and_date(source: &str, as_of: &str, errors: &mut Invalid) -> Option<(String, Date)> {
    let source = errors.check(text::line("source", source, 200));
    let as_of = errors.check(time::parse_date("as_of", as_of));
    source.zip(as_of)
}

/// Replaces the baseline of one dimension for the community or a school
/// (facilitators).
pub async fn set_baseline(svc: &Service, access: &Access, input: &BaselineInput, now: Timestamp) -> Result<i64> {
    access.require_facilitator()?;
    let settings = settings(svc, access).await?;
    let schools = check_school(svc, access, input.school_id).await?;
    let groups_of_community = communities::groups(svc.db.pool(), access.community.id).await?;
    let mut errors = Invalid::default();
    let dimension = input.dimension.trim();
    if !community_accepts(dimension, settings.sensitive) {
        errors.0.push(FieldError::new("dimension", "error-choice-invalid"));
    }
    let meta = source_and_date(&input.source, &input.as_of, &mut errors);
    let mut groups: Vec<(String, i64)> = Vec::new();
    for (i, line) in input.rows.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let (group, count) = line.rsplit_once(',').unwrap_or((line, ""));
        match BaselineRow::parse(dimension, group, count) {
            Ok(row) if groups.iter().any(|(g, _)| *g == row.group) => {
                errors.0.push(
                    FieldError::new("rows", "error-baseline-duplicate-line")
                        .with_arg("line", i + 1)
                        .with_arg("value", &row.group),
                );
            }
            Ok(row) => groups.push((row.group, row.count)),
            Err(_) => errors.0.push(FieldError::new("rows", "error-baseline-line").with_arg("line", i + 1)),
        }
    }
    if groups.is_empty() && errors.0.iter().all(|e| e.field != "rows") {
        errors.0.push(FieldError::new("rows", "error-required"));
    }
    if groups.len() > domain::MAX_GROUPS {
        errors.0.push(FieldError::new("rows", "error-baseline-too-many").with_arg("max", domain::MAX_GROUPS));
    }
    if let Err(e) = check_known_groups(dimension, &groups, &groups_of_community, &schools) {
        errors.0.push(e);
    }
    let (source, as_of) = match meta {
        Some(m) if errors.is_empty() => m,
        _ => return Err(Error::Invalid(errors)),
    };
    let mut tx = svc.begin().await?;
    communities::lock_roles(&mut *tx, access.community.id).await?;
    let new = store::NewBaseline { school_id: input.school_id, dimension, source: &source, as_of, groups: &groups };
    let id = store::replace(&mut tx, access.community.id, &new, access.user_id(), now, |_| {}).await?;
    audit::entry(access, Action::BaselineSet).subject(id).detail(dimension).commit(tx, now).await?;
    svc.reports.forget(|key| key.0 == access.community.id);
    Ok(id)
}

/// Imports a baseline CSV (`dimension,group,count`) for the community or a
/// school: every dimension in the file replaces that dimension's baseline,
/// all in one transaction, or nothing when any line is wrong.
#[allow(clippy::too_many_arguments)]
pub async fn import_baseline(
    svc: &Service,
    access: &Access,
    school_id: Option<i64>,
    source: &str,
    as_of: &str,
    data: &[u8],
    mut progress: impl FnMut(usize),
    now: Timestamp,
) -> Result<usize> {
    access.require_facilitator()?;
    if data.is_empty() {
        return Err(Error::field("file", "error-csv-missing"));
    }
    if data.len() > MAX_CSV_BYTES {
        return Err(Error::field("file", "error-too-large"));
    }
    let settings = settings(svc, access).await?;
    let schools = check_school(svc, access, school_id).await?;
    let mut errors = Invalid::default();
    let meta = source_and_date(source, as_of, &mut errors);
    let Some((source, as_of)) = meta.filter(|_| errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };
    let rows = domain::parse_baseline_csv(data, |d| community_accepts(d, settings.sensitive), |_| {})
        .map_err(|p| Error::Invalid(p.invalid("file")))?;
    let community_groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let mut by_dimension: Vec<(String, Vec<(String, i64)>)> = Vec::new();
    for row in &rows {
        match by_dimension.iter_mut().find(|(d, _)| *d == row.dimension) {
            Some((_, groups)) => groups.push((row.group.clone(), row.count)),
            None => by_dimension.push((row.dimension.clone(), vec![(row.group.clone(), row.count)])),
        }
    }
    for (dimension, groups) in &by_dimension {
        check_known_groups(dimension, groups, &community_groups, &schools).map_err(|e| {
            Error::Invalid(Invalid::one(
                FieldError::new("file", e.message)
                    .with_arg("value", e.args.first().map(|a| a.1.clone()).unwrap_or_default()),
            ))
        })?;
    }
    let mut tx = svc.begin().await?;
    communities::lock_roles(&mut *tx, access.community.id).await?;
    let mut stored = 0;
    for (dimension, groups) in &by_dimension {
        let new = store::NewBaseline { school_id, dimension, source: &source, as_of, groups };
        let base = stored;
        store::replace(&mut tx, access.community.id, &new, access.user_id(), now, |n| progress(base + n)).await?;
        stored += groups.len();
    }
    audit::entry(access, Action::BaselineSet).detail(format!("import: {stored}")).commit(tx, now).await?;
    svc.reports.forget(|key| key.0 == access.community.id);
    Ok(stored)
}

/// Removes one baseline (facilitators).
pub async fn remove_baseline(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    if !store::remove(&mut *tx, access.community.id, id).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::BaselineRemove).subject(id).commit(tx, now).await?;
    svc.reports.forget(|key| key.0 == access.community.id);
    Ok(())
}

/// One question of a member's profile: the dimension, the groups of the
/// community's baseline to choose from, and the member's own answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub dimension: DimensionKey,
    pub choices: Vec<String>,
    /// A group, [`PREFER_NOT_TO_SAY`], or `None` when not answered.
    pub answer: Option<String>,
}

/// The questions a member may answer about themselves: each declared
/// dimension with a community-wide baseline (sensitive ones only where
/// switched on). Pupils do not see it: staff fill pupils' profiles where the
/// community allows.
pub async fn profile(svc: &Service, access: &Access) -> Result<Vec<Question>> {
    access.require_member()?;
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let (settings, baselines, answers) = tokio::try_join!(
        settings(svc, access),
        async { Ok(store::baselines(svc.db.pool(), access.community.id).await?) },
        async { Ok(store::profile(svc.db.pool(), access.community.id, user).await?) }
    )?;
    Ok(questions(&settings, &baselines, &answers))
}

fn questions(
    settings: &CommunitySettings,
    baselines: &[Baseline],
    answers: &BTreeMap<String, String>,
) -> Vec<Question> {
    DimensionKey::declared()
        .filter(|d| !d.sensitive() || settings.sensitive)
        .filter_map(|d| {
            let b = baselines.iter().find(|b| b.school_id.is_none() && b.dimension == d.key())?;
            Some(Question {
                dimension: d,
                choices: b.groups.iter().map(|(g, _)| g.clone()).collect(),
                answer: answers.get(d.key()).cloned(),
            })
        })
        .collect()
}

/// Saves a member's own answers: each a group offered, "prefer not to say"
/// (`-`), or empty to withdraw the answer.
pub async fn set_profile(svc: &Service, access: &Access, answers: &[(String, String)], now: Timestamp) -> Result<()> {
    access.require_member()?;
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    if access.is_protected() {
        return Err(Error::Forbidden);
    }
    let (_, asked) = offered(svc, access).await?;
    let checked = check_answers(&asked, answers)?;
    let mut tx = svc.begin().await?;
    write_answers(&mut tx, access.community.id, user, &checked, now).await?;
    crate::commit(tx).await
}

/// The community's settings and the questions it asks (no answers).
async fn offered(svc: &Service, access: &Access) -> Result<(CommunitySettings, Vec<Question>)> {
    let (settings, baselines) = tokio::try_join!(settings(svc, access), async {
        Ok(store::baselines(svc.db.pool(), access.community.id).await?)
    })?;
    let asked = questions(&settings, &baselines, &BTreeMap::new());
    Ok((settings, asked))
}

/// Each answer checked against the questions asked: a choice, "prefer not
/// to say", or empty to withdraw it.
fn check_answers(asked: &[Question], answers: &[(String, String)]) -> Result<Vec<(&'static str, Option<String>)>> {
    let mut checked = Vec::new();
    for (dimension, answer) in answers {
        let Some(q) = asked.iter().find(|q| q.dimension.key() == dimension) else {
            return Err(Error::field("dimension", "error-choice-invalid"));
        };
        let value = match answer.trim() {
            "" => None,
            PREFER_NOT_TO_SAY => Some(PREFER_NOT_TO_SAY.to_owned()),
            a if q.choices.iter().any(|c| c == a) => Some(a.to_owned()),
            _ => return Err(Error::field(q.dimension.key(), "error-choice-invalid")),
        };
        checked.push((q.dimension.key(), value));
    }
    Ok(checked)
}

async fn write_answers(
    tx: &mut tandem_store::Tx,
    community_id: i64,
    user: i64,
    checked: &[(&'static str, Option<String>)],
    now: Timestamp,
) -> Result<()> {
    for (dimension, value) in checked {
        store::set_answer(tx, community_id, user, dimension, value.as_deref(), now).await?;
    }
    Ok(())
}

/// The questions staff may answer for a pupil, never with the answers
/// recorded before (facilitators, where the community allows it).
pub async fn pupil_questions(svc: &Service, access: &Access) -> Result<Vec<Question>> {
    access.require_facilitator()?;
    let (settings, asked) = offered(svc, access).await?;
    if !settings.staff_fill_pupils {
        return Err(Error::Forbidden);
    }
    Ok(asked)
}

/// Staff fill in a pupil's profile where the community allows it; the form
/// never shows what was recorded before (only aggregates are ever shown).
pub async fn set_pupil_profile(
    svc: &Service,
    access: &Access,
    membership_id: i64,
    answers: &[(String, String)],
    now: Timestamp,
) -> Result<()> {
    let asked = pupil_questions(svc, access).await?;
    let m = communities::membership_by_id(svc.db.pool(), access.community.id, membership_id)
        .await?
        .ok_or(Error::NotFound)?;
    if !m.protected {
        return Err(Error::Forbidden);
    }
    let checked = check_answers(&asked, answers)?;
    let mut tx = svc.begin().await?;
    write_answers(&mut tx, access.community.id, m.user_id, &checked, now).await?;
    audit::entry(access, Action::MemberUpdate).subject(membership_id).detail("profile").commit(tx, now).await?;
    Ok(())
}

/// Which part of the community a report covers, as chosen on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Initiative,
    Ideas,
    Poll(i64),
    Budget(i64),
    Conversation(i64),
}

impl Focus {
    /// `ideas`, `poll-3`, `budget-2`, `conversation-4`; anything else is the whole initiative.
    pub fn parse(input: &str) -> Focus {
        let number = |prefix: &str| input.strip_prefix(prefix).and_then(|n| n.parse::<i64>().ok());
        match input {
            "ideas" => Focus::Ideas,
            _ => number("poll-")
                .map(Focus::Poll)
                .or_else(|| number("budget-").map(Focus::Budget))
                .or_else(|| number("conversation-").map(Focus::Conversation))
                .unwrap_or(Focus::Initiative),
        }
    }

    pub fn key(self) -> String {
        match self {
            Focus::Initiative => String::new(),
            Focus::Ideas => "ideas".into(),
            Focus::Poll(id) => format!("poll-{id}"),
            Focus::Budget(id) => format!("budget-{id}"),
            Focus::Conversation(id) => format!("conversation-{id}"),
        }
    }
}

/// A period of whole days in the community's time zone; both ends optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    pub fn parse(from: &str, to: &str) -> Result<Period> {
        let mut errors = Invalid::default();
        let from = errors.check(time::parse_optional_date("from", from)).flatten();
        let to = errors.check(time::parse_optional_date("to", to)).flatten();
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            errors.0.push(FieldError::new("to", "error-period-order"));
        }
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
        Ok(Period { from, to })
    }

    /// The period of the same length just before, when both ends are given.
    pub fn previous(self) -> Option<Period> {
        let (from, to) = (self.from?, self.to?);
        let (start, end) = (Timestamp::from_date(from), Timestamp::from_date(to));
        // A calendar month is followed by the month before, not by as many days.
        if domain::public_period(Some(from), None) == (Some(from), Some(to)) {
            let (f, t) = domain::public_period(Some(start.plus_days(-1).date()), None);
            return Some(Period { from: f, to: t });
        }
        let days = (end.0 - start.0) / time::DAY + 1;
        Some(Period { from: Some(start.plus_days(-days).date()), to: Some(start.plus_days(-1).date()) })
    }
}

/// The measures of one scope and period, with the period before.
#[derive(Debug, Clone)]
pub struct WhoTakesPart {
    pub period: Period,
    pub current: Report,
    pub previous: Option<(Period, Report)>,
    /// The baselines measured against, one per dimension (a school's where it has its own).
    pub baselines: Vec<Baseline>,
    pub groups: Vec<Group>,
    pub schools: Vec<School>,
}

/// How long a report is kept before it is counted again, in seconds.
/// Representation is a trend over weeks: a figure half a minute old serves
/// every reader of a busy page from one count (each server keeps its own).
pub use crate::memo::MEMO_SECONDS;

type MemoKey = (i64, Scope, Option<i64>, Period);

/// Reports kept for [`MEMO_SECONDS`] by the service clock (see `crate::memo`).
/// A change to a community's baselines or settings drops that community's
/// reports at once; new contributions show within the lifetime.
pub type Memo = crate::memo::Memo<MemoKey, WhoTakesPart>;

async fn measure(
    svc: &Service,
    access: &Access,
    scope: Scope,
    school_id: Option<i64>,
    period: Period,
) -> Result<WhoTakesPart> {
    let key = (access.community.id, scope, school_id, period);
    let now = svc.now();
    if let Some(kept) = svc.reports.get(&key, now) {
        return Ok(kept);
    }
    let report = count(svc, access, scope, school_id, period).await?;
    svc.reports.put(key, now, report.clone());
    Ok(report)
}

async fn count(
    svc: &Service,
    access: &Access,
    scope: Scope,
    school_id: Option<i64>,
    period: Period,
) -> Result<WhoTakesPart> {
    let db = svc.db.pool();
    let (settings, all, groups, schools) = tokio::try_join!(
        settings(svc, access),
        async { Ok(store::baselines(db, access.community.id).await?) },
        async { Ok(communities::groups(db, access.community.id).await?) },
        async { Ok(communities::schools(db, access.community.id).await?) }
    )?;
    // Per dimension, the school's own baseline where it has one, else the community's.
    let mut baselines: Vec<Baseline> = Vec::new();
    for d in DimensionKey::ALL.iter().filter(|d| !d.sensitive() || settings.sensitive) {
        let own = school_id.and_then(|s| all.iter().find(|b| b.school_id == Some(s) && b.dimension == d.key()));
        if let Some(b) = own.or_else(|| all.iter().find(|b| b.school_id.is_none() && b.dimension == d.key())) {
            baselines.push(b.clone());
        }
    }
    let zone = access.zone();
    let bounds = |p: Period| {
        (p.from.map_or(Timestamp(0), |d| zone.start_of(d)), p.to.map_or(Timestamp(i64::MAX / 2), |d| zone.end_of(d)))
    };
    let report = |people: Vec<store::Participant>| build(&baselines, &people, access, &settings);
    let (from, to) = bounds(period);
    let current = report(store::participants(db, access.community.id, scope, from, to).await?);
    let previous = match period.previous() {
        Some(p) => {
            let (from, to) = bounds(p);
            Some((p, report(store::participants(db, access.community.id, scope, from, to).await?)))
        }
        None => None,
    };
    Ok(WhoTakesPart { period, current, previous, baselines, groups, schools })
}

fn build(baselines: &[Baseline], people: &[store::Participant], access: &Access, s: &CommunitySettings) -> Report {
    let dimensions = baselines
        .iter()
        .filter_map(|b| {
            let key = DimensionKey::parse(&b.dimension)?;
            let index: BTreeMap<&str, u32> =
                b.groups.iter().enumerate().map(|(i, (g, _))| (g.as_str(), i as u32)).collect();
            let values = people
                .iter()
                .map(|p| {
                    let value = match key {
                        DimensionKey::StakeholderGroup => p.group_key.as_deref(),
                        DimensionKey::School => p.school.as_deref(),
                        _ => p.answers.iter().find(|(d, _)| d == key.key()).map(|(_, a)| a.as_str()),
                    };
                    value.and_then(|v| index.get(v).copied()).unwrap_or(UNKNOWN)
                })
                .collect();
            Some(DimensionInput {
                name: b.dimension.clone(),
                sensitive: key.sensitive(),
                groups: b.groups.clone(),
                values,
            })
        })
        .collect();
    let contributions = people.iter().map(|p| u64::try_from(p.contributions).unwrap_or(0)).collect();
    measures::measure(&Input { dimensions, contributions }, access.community.threshold, &s.alerts)
}

/// The community as a whole, or the members of one school.
pub async fn community_report(
    svc: &Service,
    access: &Access,
    school_id: Option<i64>,
    period: Period,
) -> Result<WhoTakesPart> {
    check_school(svc, access, school_id).await?;
    let scope = Scope::Community { community_id: access.community.id, school_id };
    measure(svc, access, scope, school_id, allowed(access, period)).await
}

/// An initiative or one of its processes.
pub async fn initiative_report(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    focus: Focus,
    period: Period,
) -> Result<WhoTakesPart> {
    access.check_visible(initiative)?;
    let scope = match focus {
        Focus::Initiative => Scope::Initiative(initiative.id),
        Focus::Ideas => Scope::Ideas(initiative.id),
        Focus::Poll(id) => Scope::Poll(crate::polls::poll(svc, initiative, id).await?.id),
        Focus::Budget(id) => Scope::Budget(crate::budgets::budget(svc, initiative, id).await?.id),
        Focus::Conversation(id) => {
            Scope::Conversation(crate::conversations::conversation(svc, initiative, id).await?.id)
        }
    };
    measure(svc, access, scope, initiative.school_id, allowed(access, period)).await
}

/// The period as asked by staff; for anyone else the calendar month it
/// falls in (see `domain::representation::public_period`).
fn allowed(access: &Access, period: Period) -> Period {
    if access.can_facilitate() {
        return period;
    }
    let (from, to) = domain::public_period(period.from, period.to);
    Period { from, to }
}

/// Who takes part in an initiative over its whole life: what the health
/// view, its API and the authorization packet show.
pub async fn over_its_life(svc: &Service, access: &Access, initiative: &Initiative) -> Result<WhoTakesPart> {
    initiative_report(svc, access, initiative, Focus::Initiative, Period::default()).await
}

/// Acting on a gap: a one-time link for a *member* (never a staff role),
/// aimed at one group of a dimension, so the next period can show whether
/// the outreach brought people in (facilitators). A stakeholder-group aim
/// joins the new member to that group; a school aim, to that school.
pub async fn invite_group(
    svc: &Service,
    access: &Access,
    dimension: &str,
    group: &str,
    days: &str,
    now: Timestamp,
) -> Result<crate::invitations::Created> {
    access.require_facilitator()?;
    let db = svc.db.pool();
    let (all, groups, schools) = tokio::try_join!(
        async { Ok::<_, Error>(store::baselines(db, access.community.id).await?) },
        async { Ok(communities::groups(db, access.community.id).await?) },
        async { Ok(communities::schools(db, access.community.id).await?) }
    )?;
    let known = all.iter().any(|b| b.dimension == dimension && b.groups.iter().any(|(g, _)| g == group));
    if !known {
        return Err(Error::field("aim", "error-choice-invalid"));
    }
    let expires_at =
        tandem_domain::invitation::expiry_from_days("days", days, now).map_err(|e| Error::Invalid(Invalid::one(e)))?;
    let (group_id, school_id) = match DimensionKey::parse(dimension) {
        Some(DimensionKey::StakeholderGroup) => (groups.iter().find(|g| g.key == group).map(|g| g.id), None),
        Some(DimensionKey::School) => (None, schools.iter().find(|s| s.slug == group).map(|s| s.id)),
        _ => (None, None),
    };
    let code = crate::secrets::new_token();
    let note = format!("{dimension}: {group}");
    let new = tandem_store::invitations::NewInvitation {
        community_id: access.community.id,
        code_hash: &crate::secrets::token_hash(&code),
        role: tandem_domain::community::Role::Member,
        group_id,
        school_id,
        note: &note,
        created_by: access.user_id(),
        expires_at,
        for_user_id: None,
    };
    let mut tx = svc.begin().await?;
    let id = tandem_store::invitations::create(&mut *tx, &new, now).await?;
    store::aim_invitation(&mut *tx, id, dimension, group).await?;
    audit::entry(access, Action::InvitationCreate).subject(id).detail(&note).commit(tx, now).await?;
    Ok(crate::invitations::Created { id, code, expires_at })
}

/// Invitations aimed at a group and how many were taken up, per group
/// (staff: a count of one could be a person).
pub async fn outreach(svc: &Service, access: &Access) -> Result<Vec<(String, String, i64, i64)>> {
    access.require_facilitator()?;
    Ok(store::aimed_invitations(svc.db.pool(), access.community.id).await?)
}
