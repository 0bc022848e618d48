//! The five key steps (seed 002) per stakeholder group, measured from
//! recorded engagement: recorded one by one or in bulk from a CSV file, all
//! or nothing, and published with small figures suppressed.

use tandem_domain::{
    Timestamp,
    engagement::{self as domain, EventDraft, Funnel, KeyStep},
    privacy::{self, Cell, Threshold},
};
pub use tandem_store::engagement::Event;
use tandem_store::{
    communities::{self, Group},
    engagement as store, environment,
    initiatives::Initiative,
};

use crate::{Access, Error, Result, Service, audit, community::check_id};
use tandem_domain::audit::Action;

/// Largest CSV accepted through the upload form and the API.
pub const MAX_CSV_BYTES: usize = 2 * 1024 * 1024;

/// One recorded activity as typed.
#[derive(Debug, Clone, Default)]
pub struct EventInput {
    pub group_id: Option<i64>,
    /// informed, attended, supported, agreed_role, trained or kept_informed
    pub kind: String,
    /// How many people it reached.
    pub people: String,
    /// YYYY-MM-DD
    pub occurred_on: String,
    pub source: String,
    /// The stakeholder it concerned, if recorded.
    pub stakeholder_id: Option<i64>,
}

/// Every group's funnel, in the community's group order.
pub async fn funnels(svc: &Service, access: &Access, initiative: &Initiative) -> Result<Vec<(Group, Funnel)>> {
    let (groups, reach) = tokio::try_join!(
        communities::groups(svc.db.pool(), access.community.id),
        store::reach(svc.db.pool(), initiative.id)
    )?;
    Ok(groups
        .into_iter()
        .map(|g| {
            let events =
                reach.iter().filter(|(gid, _, _)| *gid == Some(g.id)).map(|(_, kind, people)| (*kind, *people));
            let f = domain::funnel(events);
            (g, f)
        })
        .collect())
}

/// What may be published of the funnels: for each group with records, its
/// five steps; and each step's total. Small figures are suppressed per step,
/// with secondary suppression so a hidden figure cannot be recovered from the
/// total (see `privacy::breakdown`).
pub struct PublishedFunnels<'a> {
    pub rows: Vec<(&'a Group, [Cell; 5])>,
    pub totals: [Cell; 5],
}

pub fn published(funnels: &[(Group, Funnel)], t: Threshold) -> PublishedFunnels<'_> {
    let active: Vec<&(Group, Funnel)> = funnels.iter().filter(|(_, f)| f.events > 0).collect();
    let mut rows: Vec<(&Group, [Cell; 5])> = active.iter().map(|(g, _)| (g, [Cell::Shown(0); 5])).collect();
    let mut totals = [Cell::Shown(0); 5];
    for (s, step) in KeyStep::ALL.iter().enumerate() {
        let column: Vec<i64> = active.iter().map(|(_, f)| f.at(*step)).collect();
        let b = privacy::breakdown(&column, t);
        for (row, cell) in rows.iter_mut().zip(b.cells) {
            row.1[s] = cell;
        }
        totals[s] = b.total;
    }
    PublishedFunnels { rows, totals }
}

/// The latest records, for staff.
pub async fn recent(svc: &Service, access: &Access, initiative: &Initiative) -> Result<Vec<Event>> {
    access.require_facilitator()?;
    Ok(store::recent(svc.db.pool(), initiative.id, 50).await?)
}

/// Every record, newest first, for a spreadsheet (staff: single records can
/// hold small numbers, which only staff see).
pub async fn all(svc: &Service, access: &Access, initiative: &Initiative) -> Result<Vec<Event>> {
    access.require_facilitator()?;
    Ok(store::recent(svc.db.pool(), initiative.id, crate::ideas::EXPORT_LIMIT).await?)
}

/// Records one activity (facilitators).
pub async fn record(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &EventInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let (groups, stakeholders) = tokio::try_join!(
        communities::groups(svc.db.pool(), access.community.id),
        environment::stakeholders(svc.db.pool(), initiative.id)
    )?;
    let group = input.group_id.filter(|g| groups.iter().any(|x| x.id == *g));
    let draft = EventDraft::parse(group, &input.kind, &input.people, &input.occurred_on, &input.source);
    let ids: Vec<i64> = stakeholders.iter().map(|s| s.id).collect();
    let who = check_id("stakeholder", input.stakeholder_id, &ids);
    let (d, who) = match (draft, who) {
        (Ok(d), Ok(w)) => (d, w),
        (d, w) => {
            let mut errors = d.err().unwrap_or_default();
            errors.0.extend(w.err());
            return Err(Error::Invalid(errors));
        }
    };
    let mut tx = svc.begin().await?;
    let id = store::add(&mut *tx, initiative.id, &d, who, access.user_id(), now).await?;
    audit::entry(access, Action::EngagementRecord)
        .initiative(initiative.id)
        .subject(id)
        .detail(d.kind.key())
        .commit(tx, now)
        .await?;
    Ok(id)
}

/// Imports engagement records from a CSV file (`date,group,kind,people,source`,
/// groups by their key), all or nothing: the first bad line is reported and
/// nothing is written. `progress` hears how many rows are stored so far.
pub async fn import(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    data: &[u8],
    progress: impl FnMut(usize),
    now: Timestamp,
) -> Result<usize> {
    access.require_facilitator()?;
    if data.is_empty() {
        return Err(Error::field("file", "error-csv-missing"));
    }
    if data.len() > MAX_CSV_BYTES {
        return Err(Error::field("file", "error-too-large"));
    }
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let lookup = |key: &str| groups.iter().find(|g| g.key == key).map(|g| g.id);
    let events = domain::parse_csv(data, lookup).map_err(|p| Error::Invalid(p.invalid("file")))?;
    let mut tx = svc.begin().await?;
    let n = store::import(&mut tx, initiative.id, &events, access.user_id(), now, progress).await?;
    audit::entry(access, Action::EngagementImport).initiative(initiative.id).detail(n).commit(tx, now).await?;
    Ok(n)
}
