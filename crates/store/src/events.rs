//! Events: the event, its review panel and rooms, session proposals with
//! their leads, reviews and decisions, and feedback. Registration lives in
//! the meetings the event and its placed sessions point at.

pub use tandem_domain::events::{EventKind, LeadRole, ProposalStatus, SessionFormat};
use tandem_domain::{
    Timestamp,
    events::{EventDraft, FeedbackDraft, ProposalDraft, ReviewDraft},
};

use crate::{Conn, Exec, Result, StoreError, choice, flag, get, int_flag, opt_ts, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub community_id: i64,
    pub initiative_id: Option<i64>,
    pub kind: EventKind,
    pub title: String,
    pub summary: String,
    pub call_closes_at: Timestamp,
    pub goal_percent: i64,
    pub criteria: Vec<String>,
    pub programme_published_at: Option<Timestamp>,
    pub report_published_at: Option<Timestamp>,
    /// The gathering: the meeting people register for to attend the event.
    pub meeting_id: Option<i64>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

fn event(row: &sqlx::any::AnyRow) -> Result<Event> {
    let criteria: String = get(row, "criteria")?;
    Ok(Event {
        id: get(row, "id")?,
        community_id: get(row, "community_id")?,
        initiative_id: get(row, "initiative_id")?,
        kind: choice(row, "kind")?,
        title: get(row, "title")?,
        summary: get(row, "summary")?,
        call_closes_at: ts(row, "call_closes_at")?,
        goal_percent: get(row, "goal_percent")?,
        criteria: serde_json::from_str(&criteria).map_err(|_| StoreError::Corrupt("criteria"))?,
        programme_published_at: opt_ts(row, "programme_published_at")?,
        report_published_at: opt_ts(row, "report_published_at")?,
        meeting_id: get(row, "meeting_id")?,
        created_at: ts(row, "created_at")?,
        updated_at: ts(row, "updated_at")?,
    })
}

const SELECT: &str = "SELECT id, community_id, initiative_id, kind, title, summary, call_closes_at, goal_percent,
        criteria, programme_published_at, report_published_at, meeting_id, created_at, updated_at FROM events";

fn criteria_json(d: &EventDraft) -> Result<String> {
    serde_json::to_string(&d.criteria).map_err(|_| StoreError::Corrupt("criteria"))
}

pub async fn create(
    conn: &mut Conn,
    community_id: i64,
    initiative_id: Option<i64>,
    d: &EventDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO events (community_id, initiative_id, kind, title, summary, call_closes_at, goal_percent,
                             criteria, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(community_id)
    .bind(initiative_id)
    .bind(d.kind.key())
    .bind(&d.gathering.title)
    .bind(&d.gathering.description)
    .bind(d.call_closes_at.0)
    .bind(d.goal_percent)
    .bind(criteria_json(d)?)
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

/// Links the event and its gathering both ways.
pub async fn set_gathering(conn: &mut Conn, event_id: i64, meeting_id: i64) -> Result<()> {
    sqlx::query("UPDATE events SET meeting_id = $1 WHERE id = $2")
        .bind(meeting_id)
        .bind(event_id)
        .execute(&mut *conn)
        .await?;
    link_meeting(conn, meeting_id, event_id).await
}

/// Marks a meeting as part of the event (kept off the meetings lists).
pub async fn link_meeting(conn: &mut Conn, meeting_id: i64, event_id: i64) -> Result<()> {
    sqlx::query("UPDATE meetings SET event_id = $1 WHERE id = $2")
        .bind(event_id)
        .bind(meeting_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn update(conn: &mut Conn, id: i64, d: &EventDraft, now: Timestamp) -> Result<()> {
    sqlx::query(
        "UPDATE events SET kind = $1, title = $2, summary = $3, call_closes_at = $4, goal_percent = $5,
                criteria = $6, updated_at = $7 WHERE id = $8",
    )
    .bind(d.kind.key())
    .bind(&d.gathering.title)
    .bind(&d.gathering.description)
    .bind(d.call_closes_at.0)
    .bind(d.goal_percent)
    .bind(criteria_json(d)?)
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn get_one(db: impl Exec<'_>, community_id: i64, id: i64) -> Result<Option<Event>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE community_id = $1 AND id = $2")))
        .bind(community_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(event).transpose()
}

/// A community's events, newest first.
pub async fn list(db: impl Exec<'_>, community_id: i64) -> Result<Vec<Event>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE community_id = $1 ORDER BY id DESC")))
        .bind(community_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(event).collect()
}

/// Locks the event's row until the transaction ends (panel, programme).
pub async fn lock(db: impl Exec<'_>, id: i64) -> Result<()> {
    sqlx::query("UPDATE events SET updated_at = updated_at WHERE id = $1").bind(id).execute(db).await?;
    Ok(())
}

/// Publishes the programme or the report once; false when it already was.
pub async fn publish(conn: &mut Conn, id: i64, report: bool, now: Timestamp) -> Result<bool> {
    let column = if report { "report_published_at" } else { "programme_published_at" };
    let done = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE events SET {column} = $1, updated_at = $1 WHERE id = $2 AND {column} IS NULL"
    )))
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

// ---- the review panel

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewer {
    pub user_id: i64,
    pub name: String,
    pub group_key: Option<String>,
}

pub async fn reviewers(db: impl Exec<'_>, event_id: i64) -> Result<Vec<Reviewer>> {
    let rows = sqlx::query(
        "SELECT r.user_id, u.display_name, g.key AS group_key
         FROM event_reviewers r JOIN users u ON u.id = r.user_id
         JOIN events e ON e.id = r.event_id
         LEFT JOIN memberships m ON m.user_id = r.user_id AND m.community_id = e.community_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         WHERE r.event_id = $1 ORDER BY u.display_name, r.user_id",
    )
    .bind(event_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Reviewer { user_id: get(r, "user_id")?, name: get(r, "display_name")?, group_key: get(r, "group_key")? })
        })
        .collect()
}

pub async fn set_reviewers(conn: &mut Conn, event_id: i64, people: &[i64], now: Timestamp) -> Result<()> {
    sqlx::query("DELETE FROM event_reviewers WHERE event_id = $1").bind(event_id).execute(&mut *conn).await?;
    for p in people {
        sqlx::query("INSERT INTO event_reviewers (event_id, user_id, created_at) VALUES ($1, $2, $3)")
            .bind(event_id)
            .bind(p)
            .bind(now.0)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

// ---- rooms

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
}

pub async fn rooms(db: impl Exec<'_>, event_id: i64) -> Result<Vec<Room>> {
    let rows = sqlx::query("SELECT id, name, capacity FROM event_rooms WHERE event_id = $1 ORDER BY id")
        .bind(event_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|r| Ok(Room { id: get(r, "id")?, name: get(r, "name")?, capacity: get(r, "capacity")? })).collect()
}

/// Adds a room; a second room of the same name is a conflict.
pub async fn add_room(conn: &mut Conn, event_id: i64, name: &str, capacity: i64) -> Result<i64> {
    let row = sqlx::query("INSERT INTO event_rooms (event_id, name, capacity) VALUES ($1, $2, $3) RETURNING id")
        .bind(event_id)
        .bind(name)
        .bind(capacity)
        .fetch_one(&mut *conn)
        .await
        .map_err(crate::conflict("room"))?;
    get(&row, "id")
}

// ---- proposals

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub id: i64,
    pub event_id: i64,
    pub title: String,
    pub summary: String,
    pub format: SessionFormat,
    pub minutes: i64,
    pub audience: String,
    pub track: String,
    pub status: ProposalStatus,
    pub reason: String,
    pub decided_at: Option<Timestamp>,
    pub room_id: Option<i64>,
    /// The session's meeting once it is placed in the programme.
    pub meeting_id: Option<i64>,
    pub proposed_by: Option<i64>,
    pub created_at: Timestamp,
}

fn proposal(row: &sqlx::any::AnyRow) -> Result<Proposal> {
    Ok(Proposal {
        id: get(row, "id")?,
        event_id: get(row, "event_id")?,
        title: get(row, "title")?,
        summary: get(row, "summary")?,
        format: choice(row, "format")?,
        minutes: get(row, "minutes")?,
        audience: get(row, "audience")?,
        track: get(row, "track")?,
        status: choice(row, "status")?,
        reason: get(row, "reason")?,
        decided_at: opt_ts(row, "decided_at")?,
        room_id: get(row, "room_id")?,
        meeting_id: get(row, "meeting_id")?,
        proposed_by: get(row, "proposed_by")?,
        created_at: ts(row, "created_at")?,
    })
}

const SELECT_PROPOSAL: &str = "SELECT id, event_id, title, summary, format, minutes, audience, track, status, reason,
        decided_at, room_id, meeting_id, proposed_by, created_at FROM session_proposals";

pub async fn proposals(db: impl Exec<'_>, event_id: i64) -> Result<Vec<Proposal>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT_PROPOSAL} WHERE event_id = $1 ORDER BY id")))
        .bind(event_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(proposal).collect()
}

pub async fn proposal_by_id(db: impl Exec<'_>, event_id: i64, id: i64) -> Result<Option<Proposal>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT_PROPOSAL} WHERE event_id = $1 AND id = $2")))
        .bind(event_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(proposal).transpose()
}

pub async fn create_proposal(
    conn: &mut Conn,
    event_id: i64,
    d: &ProposalDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO session_proposals (event_id, title, summary, format, minutes, audience, track, status, reason,
                                        proposed_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'proposed', '', $8, $9, $9) RETURNING id",
    )
    .bind(event_id)
    .bind(&d.title)
    .bind(&d.summary)
    .bind(d.format.key())
    .bind(d.minutes)
    .bind(&d.audience)
    .bind(&d.track)
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = get(&row, "id")?;
    for (n, lead) in d.leads.iter().enumerate() {
        sqlx::query(
            "INSERT INTO session_leads (proposal_id, position, user_id, name, role) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(n as i64)
        .bind(if lead.me { by } else { None })
        .bind(&lead.name)
        .bind(lead.role.key())
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// Moves a proposal on from `from`; false when it was no longer there.
pub async fn set_status(
    conn: &mut Conn,
    id: i64,
    from: ProposalStatus,
    to: ProposalStatus,
    reason: &str,
    by: Option<i64>,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE session_proposals SET status = $1, reason = $2, decided_by = $3, decided_at = $4, updated_at = $4
         WHERE id = $5 AND status = $6",
    )
    .bind(to.key())
    .bind(reason)
    .bind(by)
    .bind(now.0)
    .bind(id)
    .bind(from.key())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Puts an accepted session in a room, with the meeting people register for.
pub async fn place(conn: &mut Conn, id: i64, room_id: i64, meeting_id: i64, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE session_proposals SET room_id = $1, meeting_id = $2, updated_at = $3 WHERE id = $4")
        .bind(room_id)
        .bind(meeting_id)
        .bind(now.0)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lead {
    pub proposal_id: i64,
    pub user_id: Option<i64>,
    pub name: String,
    pub role: LeadRole,
}

/// The leads of every proposal of an event, in order.
pub async fn leads(db: impl Exec<'_>, event_id: i64) -> Result<Vec<Lead>> {
    let rows = sqlx::query(
        "SELECT l.proposal_id, l.user_id, l.name, l.role FROM session_leads l
         JOIN session_proposals p ON p.id = l.proposal_id
         WHERE p.event_id = $1 ORDER BY l.proposal_id, l.position",
    )
    .bind(event_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Lead {
                proposal_id: get(r, "proposal_id")?,
                user_id: get(r, "user_id")?,
                name: get(r, "name")?,
                role: choice(r, "role")?,
            })
        })
        .collect()
}

// ---- reviews

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub proposal_id: i64,
    pub reviewer_id: i64,
    pub reviewer: String,
    pub conflict: bool,
    pub scores: Vec<i64>,
    pub comment: String,
}

pub async fn reviews(db: impl Exec<'_>, event_id: i64) -> Result<Vec<Review>> {
    let rows = sqlx::query(
        "SELECT r.proposal_id, r.reviewer_id, u.display_name, r.conflict, r.scores, r.comment
         FROM session_reviews r JOIN session_proposals p ON p.id = r.proposal_id
         JOIN users u ON u.id = r.reviewer_id
         WHERE p.event_id = $1 ORDER BY r.proposal_id, u.display_name",
    )
    .bind(event_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let scores: String = get(r, "scores")?;
            Ok(Review {
                proposal_id: get(r, "proposal_id")?,
                reviewer_id: get(r, "reviewer_id")?,
                reviewer: get(r, "display_name")?,
                conflict: flag(r, "conflict")?,
                scores: serde_json::from_str(&scores).map_err(|_| StoreError::Corrupt("scores"))?,
                comment: get(r, "comment")?,
            })
        })
        .collect()
}

/// Records a reviewer's scores (replacing their earlier ones), or their
/// declared conflict when `review` is none.
pub async fn save_review(
    conn: &mut Conn,
    proposal_id: i64,
    reviewer_id: i64,
    review: Option<&ReviewDraft>,
    now: Timestamp,
) -> Result<()> {
    let scores = match review {
        Some(r) => serde_json::to_string(&r.scores).map_err(|_| StoreError::Corrupt("scores"))?,
        None => "[]".to_owned(),
    };
    sqlx::query(
        "INSERT INTO session_reviews (proposal_id, reviewer_id, conflict, scores, comment, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (proposal_id, reviewer_id)
         DO UPDATE SET conflict = excluded.conflict, scores = excluded.scores, comment = excluded.comment,
                       updated_at = excluded.updated_at",
    )
    .bind(proposal_id)
    .bind(reviewer_id)
    .bind(int_flag(review.is_none()))
    .bind(scores)
    .bind(review.map_or("", |r| r.comment.as_str()))
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

// ---- feedback

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub proposal_id: i64,
    pub user_id: i64,
    pub useful: i64,
    pub changed: i64,
    pub worked: String,
    pub better: String,
}

/// One answer per person and session: a second is a conflict.
pub async fn add_feedback(
    conn: &mut Conn,
    proposal_id: i64,
    user_id: i64,
    f: &FeedbackDraft,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO session_feedback (proposal_id, user_id, useful, changed, worked, better, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(proposal_id)
    .bind(user_id)
    .bind(f.useful)
    .bind(f.changed)
    .bind(&f.worked)
    .bind(&f.better)
    .bind(now.0)
    .execute(&mut *conn)
    .await
    .map_err(crate::conflict("feedback"))?;
    Ok(())
}

pub async fn feedback(db: impl Exec<'_>, event_id: i64) -> Result<Vec<Feedback>> {
    let rows = sqlx::query(
        "SELECT f.proposal_id, f.user_id, f.useful, f.changed, f.worked, f.better FROM session_feedback f
         JOIN session_proposals p ON p.id = f.proposal_id WHERE p.event_id = $1 ORDER BY f.proposal_id, f.created_at",
    )
    .bind(event_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Feedback {
                proposal_id: get(r, "proposal_id")?,
                user_id: get(r, "user_id")?,
                useful: get(r, "useful")?,
                changed: get(r, "changed")?,
                worked: get(r, "worked")?,
                better: get(r, "better")?,
            })
        })
        .collect()
}

pub async fn add_event_feedback(
    conn: &mut Conn,
    event_id: i64,
    user_id: i64,
    overall: i64,
    comment: &str,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO event_feedback (event_id, user_id, overall, comment, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(event_id)
    .bind(user_id)
    .bind(overall)
    .bind(comment)
    .bind(now.0)
    .execute(&mut *conn)
    .await
    .map_err(crate::conflict("feedback"))?;
    Ok(())
}

/// Delegates' views of the event: (person, overall, comment).
pub async fn event_feedback(db: impl Exec<'_>, event_id: i64) -> Result<Vec<(i64, i64, String)>> {
    let rows =
        sqlx::query("SELECT user_id, overall, comment FROM event_feedback WHERE event_id = $1 ORDER BY created_at")
            .bind(event_id)
            .fetch_all(db)
            .await?;
    rows.iter().map(|r| Ok((get(r, "user_id")?, get(r, "overall")?, get(r, "comment")?))).collect()
}

/// Where the programme puts each placed session: (proposal, room, start, end),
/// from the session's meeting; cancelled meetings are off the programme.
pub async fn placed(db: impl Exec<'_>, event_id: i64) -> Result<Vec<(i64, i64, Timestamp, Timestamp)>> {
    let rows = sqlx::query(
        "SELECT p.id, p.room_id, m.starts_at, m.ends_at FROM session_proposals p
         JOIN meetings m ON m.id = p.meeting_id
         WHERE p.event_id = $1 AND p.room_id IS NOT NULL AND m.cancelled_at IS NULL ORDER BY m.starts_at, p.id",
    )
    .bind(event_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((get(r, "id")?, get(r, "room_id")?, ts(r, "starts_at")?, ts(r, "ends_at")?))).collect()
}
