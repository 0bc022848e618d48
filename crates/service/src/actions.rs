//! Co-responsibility actions (issue 17): an initiative's "who does what".
//! Each action is owned together by people of at least the initiative's
//! number of constituencies, has a due date and a checklist whose ticks
//! are its progress, links back to what it came from (minutes, an idea, a
//! conference session, a commitment), reminds its owners once it is
//! overdue (and shows on the health view), and reaches "you said, we did"
//! when it is done.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    accountability::{CommitmentDraft, CommitmentStatus, ProgressDraft},
    actions::{self as domain, ActionDraft, ActionInput, MIN_GROUPS_MAX},
    audit::Action as Audit,
    export::Sheet,
    jobs::DEFAULT_MAX_ATTEMPTS,
    text,
    time::{DAY, Date, iso_date},
};
pub use tandem_store::actions::{Action, ActionStatus, Item, Owner, Source, SourceKind};
use tandem_store::{actions as store, communities, jobs};

use crate::{Access, Error, Result, Service, audit, initiatives::Initiative, meetings};

pub const OVERDUE_JOB: &str = "action_overdue";

/// A co-owner as this reader may see them: a pupil by role only, except on staff pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownOwner {
    pub user_id: i64,
    pub name: Option<String>,
    pub group_key: Option<String>,
    pub pupil: bool,
}

/// An action on the board.
pub struct ActionRow {
    pub action: Action,
    pub owners: Vec<ShownOwner>,
    pub items: Vec<Item>,
    pub done: usize,
    pub percent: i64,
    pub overdue: bool,
    pub source: Option<Source>,
    /// The reader owns it (or facilitates): they tick its items and complete it.
    pub can_work: bool,
}

pub struct Board {
    pub actions: Vec<ActionRow>,
    pub min_groups: i64,
    pub staff: bool,
}

fn rows(
    access: &Access,
    actions: Vec<Action>,
    owners: &[Owner],
    items: &[Item],
    sources: &[Source],
    today: Date,
) -> Vec<ActionRow> {
    let staff = access.can_facilitate();
    let user = access.user_id();
    actions
        .into_iter()
        .map(|a| {
            let own: Vec<&Owner> = owners.iter().filter(|o| o.action_id == a.id).collect();
            let its: Vec<Item> = items.iter().filter(|i| i.action_id == a.id).cloned().collect();
            let done = its.iter().filter(|i| i.done_at.is_some()).count();
            ActionRow {
                owners: own
                    .iter()
                    .map(|o| ShownOwner {
                        user_id: o.user_id,
                        name: (!o.protected || staff || user == Some(o.user_id)).then(|| o.name.clone()),
                        group_key: o.group_key.clone(),
                        pupil: o.protected,
                    })
                    .collect(),
                percent: domain::progress(done, its.len()),
                done,
                items: its,
                overdue: domain::is_overdue(a.status, a.due_on, today),
                source: a.source.and_then(|(k, id)| sources.iter().find(|s| s.kind == k && s.id == id).cloned()),
                can_work: staff || own.iter().any(|o| Some(o.user_id) == user),
                action: a,
            }
        })
        .collect()
}

/// The initiative's "who does what" board.
pub async fn board(svc: &Service, access: &Access, initiative: &Initiative, now: Timestamp) -> Result<Board> {
    let db = svc.db.pool();
    let (actions, owners, items, min_groups) = tokio::try_join!(
        store::list(db, initiative.id),
        store::owners(db, initiative.id),
        store::items(db, initiative.id),
        store::min_groups(db, initiative.id),
    )?;
    let sources = store::sources(db, initiative.id, true).await?;
    let today = access.zone().date(now);
    Ok(Board {
        actions: rows(access, actions, &owners, &items, &sources, today),
        min_groups,
        staff: access.can_facilitate(),
    })
}

/// One action.
pub async fn load(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    now: Timestamp,
) -> Result<ActionRow> {
    let db = svc.db.pool();
    let action = store::get_one(db, initiative.id, id).await?.ok_or(Error::NotFound)?;
    let (owners, items) = tokio::try_join!(store::owners(db, initiative.id), store::items(db, initiative.id))?;
    let sources = match action.source {
        Some(_) => store::sources(db, initiative.id, true).await?,
        None => Vec::new(),
    };
    let today = access.zone().date(now);
    rows(access, vec![action], &owners, &items, &sources, today).pop().ok_or(Error::NotFound)
}

/// What a new action can come from, for the form (facilitators).
pub async fn sources(svc: &Service, access: &Access, initiative: &Initiative) -> Result<Vec<Source>> {
    access.require_facilitator()?;
    Ok(store::sources(svc.db.pool(), initiative.id, false).await?)
}

/// Members who can co-own an action, with their group (facilitators).
pub async fn candidates(svc: &Service, access: &Access) -> Result<Vec<(i64, String, Option<String>)>> {
    access.require_facilitator()?;
    let mut conn = svc.read().await?;
    let page = communities::members(&mut conn, access.community.id, None, None, 1000).await?;
    Ok(page.members.into_iter().map(|m| (m.membership.user_id, m.display_name, m.group_key)).collect())
}

/// Creates an action (facilitators): co-owners from enough constituencies,
/// a date ahead, a checklist, and a source of this initiative. The owners
/// are told by email; a reminder waits for the day after it is due.
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &ActionInput,
    owners: &[String],
    path: &str,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let db = svc.db.pool();
    let today = access.zone().date(now);
    let mut e = Invalid::default();
    let draft = ActionDraft::parse(input, today).map_err(|i| e.0.extend(i.0)).ok();
    let mut people: Vec<(i64, Option<i64>)> = Vec::new();
    for raw in owners.iter().map(|o| o.trim()).filter(|o| !o.is_empty()) {
        let found = match raw.parse::<i64>() {
            Ok(u) => communities::membership(db, access.community.id, u).await?,
            Err(_) => None,
        };
        match found {
            Some(m) if !people.iter().any(|(u, _)| *u == m.user_id) => people.push((m.user_id, m.group_id)),
            Some(_) => {}
            None => {
                e.0.push(FieldError::new("owners", "error-choice-invalid"));
                break;
            }
        }
    }
    let min_groups = store::min_groups(db, initiative.id).await?;
    if e.field("owners").is_none() {
        let groups: Vec<Option<i64>> = people.iter().map(|(_, g)| *g).collect();
        e.check(domain::check_owners(&groups, min_groups));
    }
    // A source of another initiative (or none at all) is refused, whatever else is wrong.
    if let Ok(Some((kind, id))) = domain::parse_source(&input.source)
        && !store::sources(db, initiative.id, true).await?.iter().any(|s| s.kind == kind && s.id == id)
    {
        e.0.push(FieldError::new("source", "error-choice-invalid"));
    }
    let Some(draft) = draft.filter(|_| e.is_empty()) else { return Err(Error::Invalid(e)) };
    let mut tx = svc.begin().await?;
    let id = store::create(&mut tx, initiative.id, &draft, &people, access.user_id(), now).await?;
    schedule_overdue(&mut tx, access, id, draft.due_on, now).await?;
    let ids: Vec<i64> = people.iter().map(|(u, _)| *u).collect();
    let due = iso_date(draft.due_on);
    meetings::email(
        &mut tx,
        svc,
        &ids,
        "email-action-owner-subject",
        "email-action-owner-body",
        &draft.title,
        &due,
        path,
        now,
    )
    .await?;
    audit::entry(access, Audit::ActionCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(&draft.title)
        .commit(tx, now)
        .await?;
    Ok(id)
}

/// The reminder runs the morning after the action is due, on the community's clock.
async fn schedule_overdue(
    c: &mut tandem_store::Conn,
    access: &Access,
    id: i64,
    due_on: Date,
    now: Timestamp,
) -> Result<()> {
    let zone = access.zone();
    let run_at = zone.at(due_on, 9, 0).plus_secs(DAY).max(now);
    let payload = serde_json::json!({ "action": id, "community": access.community.id, "path": "" }).to_string();
    let key = format!("action-overdue-{id}-{}", iso_date(due_on));
    let job = jobs::NewJob {
        kind: OVERDUE_JOB,
        payload: &payload,
        run_at,
        max_attempts: DEFAULT_MAX_ATTEMPTS,
        dedupe_key: Some(&key),
    };
    jobs::enqueue(&mut *c, &job, now).await?;
    Ok(())
}

/// Whether the reader may work on the action: a co-owner, or staff.
fn may_work(row: &ActionRow) -> Result<()> {
    if row.can_work { Ok(()) } else { Err(Error::Forbidden) }
}

/// Ticks (or unticks) an item of an open action: its progress moves.
#[allow(clippy::too_many_arguments)]
pub async fn tick(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    position: i64,
    done: bool,
    now: Timestamp,
) -> Result<()> {
    let row = load(svc, access, initiative, id, now).await?;
    may_work(&row)?;
    if row.action.status != ActionStatus::Open {
        return Err(Error::Conflict("error-action-closed"));
    }
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    if !store::set_item(&mut tx, id, position, done, access.user_id(), now).await? {
        return Err(Error::NotFound);
    }
    let detail = format!("item {} {}", position + 1, if done { "done" } else { "not done" });
    audit::entry(access, Audit::ActionTick).initiative(initiative.id).subject(id).detail(detail).commit(tx, now).await
}

/// Completes an action whose checklist is all ticked, with its evidence;
/// it then appears on "you said, we did".
pub async fn complete(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    evidence: &str,
    now: Timestamp,
) -> Result<()> {
    let row = load(svc, access, initiative, id, now).await?;
    may_work(&row)?;
    let evidence = text::line("evidence", evidence, text::SUMMARY_MAX).map_err(|f| Error::Invalid(f.into()))?;
    if row.done < row.items.len() {
        return Err(Error::Conflict("error-checklist-not-done"));
    }
    let mut tx = svc.begin().await?;
    store::lock(&mut *tx, id).await?;
    if !store::close(&mut tx, id, ActionStatus::Done, &evidence, now).await? {
        return Err(Error::Conflict("error-action-closed"));
    }
    let title: String = row.action.title.chars().take(text::TITLE_MAX).collect();
    let draft = CommitmentDraft { title, description: row.action.description.clone() };
    let ideas: Vec<i64> = match row.action.source {
        Some((SourceKind::Idea, i)) => vec![i],
        _ => Vec::new(),
    };
    let c = tandem_store::accountability::create(&mut tx, initiative.id, &draft, None, &ideas, access.user_id(), now)
        .await?;
    let progress = ProgressDraft {
        status: CommitmentStatus::Done,
        percent: 100,
        body: evidence,
        happened_on: access.zone().date(now),
    };
    tandem_store::accountability::add_update(&mut tx, initiative.id, c, &progress, access.user_id(), now).await?;
    audit::entry(access, Audit::ActionClose).initiative(initiative.id).subject(id).detail("done").commit(tx, now).await
}

/// Sets how many constituencies an action's co-owners must come from (facilitators).
pub async fn set_rule(svc: &Service, access: &Access, initiative: &Initiative, n: &str, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let n = text::integer_in("min_groups", n, 1..=MIN_GROUPS_MAX).map_err(|f| Error::Invalid(f.into()))?;
    let mut tx = svc.begin().await?;
    store::set_min_groups(&mut *tx, initiative.id, n).await?;
    audit::entry(access, Audit::ActionRule)
        .initiative(initiative.id)
        .subject(initiative.id)
        .detail(format!("co-owners from at least {n} constituencies"))
        .commit(tx, now)
        .await
}

/// The reminder job: emails an action's owners when it is still open past
/// its date, then again a week later until it is closed.
pub async fn run_overdue(svc: &Service, payload: &str, now: Timestamp) -> Result<()> {
    let p: serde_json::Value =
        serde_json::from_str(payload).map_err(|e| Error::Internal(format!("bad payload: {e}")))?;
    let (Some(id), Some(community)) = (p["action"].as_i64(), p["community"].as_i64()) else {
        return Err(Error::Internal("bad payload".into()));
    };
    let mut tx = svc.begin().await?;
    let Some(initiative) = store::initiative_of(&mut *tx, id).await? else { return Ok(()) };
    let Some(action) = store::get_one(&mut *tx, initiative, id).await? else { return Ok(()) };
    let Some(c) = communities::by_id(&mut *tx, community).await? else { return Ok(()) };
    let zone = tandem_domain::time::Zone::stored(&c.time_zone);
    let today = zone.date(now);
    if !domain::is_overdue(action.status, action.due_on, today) {
        return Ok(());
    }
    let owners: Vec<i64> = store::owners(&mut *tx, initiative)
        .await?
        .into_iter()
        .filter(|o| o.action_id == id)
        .map(|o| o.user_id)
        .collect();
    let slug = tandem_store::initiatives::path_of(&mut *tx, initiative).await?.map(|(_, s)| s).unwrap_or_default();
    let path = format!("/c/{}/i/{slug}/actions/{id}", c.slug);
    let due = iso_date(action.due_on);
    meetings::email(
        &mut tx,
        svc,
        &owners,
        "email-action-overdue-subject",
        "email-action-overdue-body",
        &action.title,
        &due,
        &path,
        now,
    )
    .await?;
    let next = jobs::NewJob {
        kind: OVERDUE_JOB,
        payload,
        run_at: now.plus_secs(7 * DAY),
        max_attempts: DEFAULT_MAX_ATTEMPTS,
        dedupe_key: Some(&format!("action-overdue-{id}-{}", iso_date(today))),
    };
    jobs::enqueue(&mut *tx, &next, now).await?;
    crate::commit(tx).await
}

/// The board as CSV: adults by name, pupils by role only, no other personal data.
pub async fn csv(svc: &Service, access: &Access, initiative: &Initiative, now: Timestamp) -> Result<String> {
    access.require_facilitator()?;
    let b = board(svc, access, initiative, now).await?;
    let mut sheet = Sheet::new(
        ["action", "title", "status", "due_on", "overdue", "done", "items", "progress_percent", "owners", "source"]
            .iter()
            .map(|h| (*h).to_owned())
            .collect(),
    );
    for r in &b.actions {
        let owners: Vec<String> = r
            .owners
            .iter()
            .map(|o| if o.pupil { "pupil".to_owned() } else { o.name.clone().unwrap_or_default() })
            .collect();
        sheet.push(vec![
            r.action.id.to_string(),
            r.action.title.clone(),
            r.action.status.key().to_owned(),
            iso_date(r.action.due_on),
            if r.overdue { "yes" } else { "no" }.to_owned(),
            r.done.to_string(),
            r.items.len().to_string(),
            r.percent.to_string(),
            owners.join("; "),
            r.source.as_ref().map(|s| format!("{}:{}", s.kind.key(), s.id)).unwrap_or_default(),
        ]);
    }
    Ok(sheet.to_csv())
}
