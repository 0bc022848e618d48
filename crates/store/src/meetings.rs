//! Meetings: the meeting, its places reserved per constituency, agenda,
//! registrations (one per person, by constraint) with the waitlist, access
//! needs and attendance, minutes in versions, and personal calendar feeds.

pub use tandem_domain::meetings::{MinutesStatus, RegistrationStatus};
use tandem_domain::{
    Timestamp,
    meetings::{AccessNeeds, AgendaItemDraft, MeetingDraft, MeetingMode, MinutesAction, MinutesDecision, MinutesDraft},
};

use crate::{Conn, Exec, Result, StoreError, choice, flag, get, int_flag, opt_ts, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: i64,
    pub community_id: i64,
    pub body_id: Option<i64>,
    pub initiative_id: Option<i64>,
    /// Set for an event's gathering and its sessions (issue 17).
    pub event_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub mode: MeetingMode,
    pub location: String,
    pub link: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: i64,
    pub agenda_published_at: Option<Timestamp>,
    pub cancelled_at: Option<Timestamp>,
    pub sequence: i64,
    pub reminder_hours: i64,
    pub reminded_at: Option<Timestamp>,
    pub minutes_status: MinutesStatus,
    pub minutes_approved_in: Option<i64>,
    pub minutes_moved_by: Option<i64>,
    pub minutes_approved_at: Option<Timestamp>,
    pub minutes_published_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

fn meeting(row: &sqlx::any::AnyRow) -> Result<Meeting> {
    Ok(Meeting {
        id: get(row, "id")?,
        community_id: get(row, "community_id")?,
        body_id: get(row, "body_id")?,
        initiative_id: get(row, "initiative_id")?,
        event_id: get(row, "event_id")?,
        title: get(row, "title")?,
        description: get(row, "description")?,
        mode: choice(row, "mode")?,
        location: get(row, "location")?,
        link: get(row, "link")?,
        starts_at: ts(row, "starts_at")?,
        ends_at: ts(row, "ends_at")?,
        capacity: get(row, "capacity")?,
        agenda_published_at: opt_ts(row, "agenda_published_at")?,
        cancelled_at: opt_ts(row, "cancelled_at")?,
        sequence: get(row, "sequence")?,
        reminder_hours: get(row, "reminder_hours")?,
        reminded_at: opt_ts(row, "reminded_at")?,
        minutes_status: choice(row, "minutes_status")?,
        minutes_approved_in: get(row, "minutes_approved_in")?,
        minutes_moved_by: get(row, "minutes_moved_by")?,
        minutes_approved_at: opt_ts(row, "minutes_approved_at")?,
        minutes_published_at: opt_ts(row, "minutes_published_at")?,
        created_at: ts(row, "created_at")?,
        updated_at: ts(row, "updated_at")?,
    })
}

const SELECT: &str =
    "SELECT id, community_id, body_id, initiative_id, event_id, title, description, mode, location, link,
        starts_at, ends_at, capacity, agenda_published_at, cancelled_at, sequence, reminder_hours, reminded_at,
        minutes_status, minutes_approved_in, minutes_moved_by, minutes_approved_at, minutes_published_at,
        created_at, updated_at FROM meetings";

pub async fn create(
    conn: &mut Conn,
    community_id: i64,
    body_id: Option<i64>,
    initiative_id: Option<i64>,
    d: &MeetingDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO meetings (community_id, body_id, initiative_id, title, description, mode, location, link,
                               starts_at, ends_at, capacity, sequence, reminder_hours, minutes_status,
                               created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, 'none', $13, $14, $14) RETURNING id",
    )
    .bind(community_id)
    .bind(body_id)
    .bind(initiative_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.mode.key())
    .bind(&d.location)
    .bind(&d.link)
    .bind(d.starts_at.0)
    .bind(d.ends_at.0)
    .bind(d.capacity)
    .bind(d.reminder_hours)
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

/// Rewrites a meeting that is not cancelled, raising its sequence (calendar
/// subscribers replace their copy); a new time is reminded again.
pub async fn update(conn: &mut Conn, id: i64, d: &MeetingDraft, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET title = $1, description = $2, mode = $3, location = $4, link = $5,
                starts_at = $6, ends_at = $7, capacity = $8, reminder_hours = $9,
                reminded_at = CASE WHEN starts_at = $6 THEN reminded_at ELSE NULL END,
                sequence = sequence + 1, updated_at = $10
         WHERE id = $11 AND cancelled_at IS NULL",
    )
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.mode.key())
    .bind(&d.location)
    .bind(&d.link)
    .bind(d.starts_at.0)
    .bind(d.ends_at.0)
    .bind(d.capacity)
    .bind(d.reminder_hours)
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks a change subscribers should see (agenda published, an item added).
pub async fn touch(conn: &mut Conn, id: i64, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE meetings SET sequence = sequence + 1, updated_at = $1 WHERE id = $2")
        .bind(now.0)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn cancel(conn: &mut Conn, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET cancelled_at = $1, sequence = sequence + 1, updated_at = $1
         WHERE id = $2 AND cancelled_at IS NULL",
    )
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn publish_agenda(conn: &mut Conn, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET agenda_published_at = $1, sequence = sequence + 1, updated_at = $1
         WHERE id = $2 AND agenda_published_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn get_one(db: impl Exec<'_>, community_id: i64, id: i64) -> Result<Option<Meeting>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE community_id = $1 AND id = $2")))
        .bind(community_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(meeting).transpose()
}

pub async fn by_id(db: impl Exec<'_>, id: i64) -> Result<Option<Meeting>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1"))).bind(id).fetch_optional(db).await?;
    row.as_ref().map(meeting).transpose()
}

/// Which meetings a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Community,
    Body(i64),
    Initiative(i64),
}

/// A community's meetings (or a body's, or an initiative's), by start; an
/// event's gathering and sessions are on the event's programme instead.
pub async fn list(db: impl Exec<'_>, community_id: i64, scope: Scope) -> Result<Vec<Meeting>> {
    let (clause, id) = match scope {
        Scope::Community => ("community_id = $1 AND $2 = 0 AND event_id IS NULL", 0),
        Scope::Body(b) => ("community_id = $1 AND body_id = $2", b),
        Scope::Initiative(i) => ("community_id = $1 AND initiative_id = $2 AND event_id IS NULL", i),
    };
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE {clause} ORDER BY starts_at, id")))
        .bind(community_id)
        .bind(id)
        .fetch_all(db)
        .await?;
    rows.iter().map(meeting).collect()
}

/// The meetings a person is registered (or waitlisted) for in a community.
pub async fn of_person(db: impl Exec<'_>, community_id: i64, user_id: i64) -> Result<Vec<Meeting>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE community_id = $1 AND id IN
           (SELECT meeting_id FROM meeting_registrations WHERE user_id = $2 AND status <> 'cancelled')
         ORDER BY starts_at, id"
    )))
    .bind(community_id)
    .bind(user_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(meeting).collect()
}

/// Places kept for a constituency, by group id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reserved {
    pub group_id: i64,
    pub group_key: String,
    pub places: i64,
}

pub async fn reserved(db: impl Exec<'_>, meeting_id: i64) -> Result<Vec<Reserved>> {
    let rows = sqlx::query(
        "SELECT r.group_id, g.key AS group_key, r.places FROM meeting_reserved r
         JOIN stakeholder_groups g ON g.id = r.group_id WHERE r.meeting_id = $1 ORDER BY g.position",
    )
    .bind(meeting_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Reserved { group_id: get(r, "group_id")?, group_key: get(r, "group_key")?, places: get(r, "places")? })
        })
        .collect()
}

pub async fn set_reserved(conn: &mut Conn, meeting_id: i64, places: &[(i64, i64)]) -> Result<()> {
    sqlx::query("DELETE FROM meeting_reserved WHERE meeting_id = $1").bind(meeting_id).execute(&mut *conn).await?;
    for (group, n) in places.iter().filter(|(_, n)| *n > 0) {
        sqlx::query("INSERT INTO meeting_reserved (meeting_id, group_id, places) VALUES ($1, $2, $3)")
            .bind(meeting_id)
            .bind(group)
            .bind(n)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub owner: String,
    pub area_id: Option<i64>,
    pub minutes: i64,
}

pub async fn agenda(db: impl Exec<'_>, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    let rows = sqlx::query(
        "SELECT id, position, title, owner, area_id, minutes FROM agenda_items WHERE meeting_id = $1
         ORDER BY position, id",
    )
    .bind(meeting_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(AgendaItem {
                id: get(r, "id")?,
                position: get(r, "position")?,
                title: get(r, "title")?,
                owner: get(r, "owner")?,
                area_id: get(r, "area_id")?,
                minutes: get(r, "minutes")?,
            })
        })
        .collect()
}

pub async fn add_item(conn: &mut Conn, meeting_id: i64, d: &AgendaItemDraft, area_id: Option<i64>) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO agenda_items (meeting_id, position, title, owner, area_id, minutes)
         SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3, $4, $5 FROM agenda_items WHERE meeting_id = $1
         RETURNING id",
    )
    .bind(meeting_id)
    .bind(&d.title)
    .bind(&d.owner)
    .bind(area_id)
    .bind(d.minutes)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

pub async fn remove_item(conn: &mut Conn, meeting_id: i64, item_id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM agenda_items WHERE meeting_id = $1 AND id = $2")
        .bind(meeting_id)
        .bind(item_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub id: i64,
    pub meeting_id: i64,
    pub user_id: Option<i64>,
    pub name: String,
    pub group_id: Option<i64>,
    pub group_key: Option<String>,
    pub protected: bool,
    pub status: RegistrationStatus,
    /// Holds a place kept for its constituency.
    pub reserved: bool,
    pub code: String,
    pub needs: AccessNeeds,
    pub queued_at: Timestamp,
    pub attended_at: Option<Timestamp>,
    pub walk_in: bool,
}

const REGISTRATION: &str = "SELECT r.id, r.meeting_id, r.user_id, r.name, r.group_id, g.key AS group_key,
        COALESCE(g.protects_identity, 0) AS protected, r.status, r.reserved, r.code, r.needs, r.language,
        r.needs_other, r.queued_at, r.attended_at, r.walk_in
     FROM meeting_registrations r LEFT JOIN stakeholder_groups g ON g.id = r.group_id";

fn registration(row: &sqlx::any::AnyRow) -> Result<Registration> {
    let needs: String = get(row, "needs")?;
    Ok(Registration {
        id: get(row, "id")?,
        meeting_id: get(row, "meeting_id")?,
        user_id: get(row, "user_id")?,
        name: get(row, "name")?,
        group_id: get(row, "group_id")?,
        group_key: get(row, "group_key")?,
        protected: flag(row, "protected")?,
        status: choice(row, "status")?,
        reserved: flag(row, "reserved")?,
        code: get(row, "code")?,
        needs: AccessNeeds {
            needs: serde_json::from_str(&needs).map_err(|_| StoreError::Corrupt("needs"))?,
            language: get(row, "language")?,
            other: get(row, "needs_other")?,
        },
        queued_at: ts(row, "queued_at")?,
        attended_at: opt_ts(row, "attended_at")?,
        walk_in: flag(row, "walk_in")?,
    })
}

/// A meeting's registrations in queue order (who came first is first).
pub async fn registrations(db: impl Exec<'_>, meeting_id: i64) -> Result<Vec<Registration>> {
    let rows =
        sqlx::query(sqlx::AssertSqlSafe(format!("{REGISTRATION} WHERE r.meeting_id = $1 ORDER BY r.queued_at, r.id")))
            .bind(meeting_id)
            .fetch_all(db)
            .await?;
    rows.iter().map(registration).collect()
}

pub async fn registration_of(db: impl Exec<'_>, meeting_id: i64, user_id: i64) -> Result<Option<Registration>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{REGISTRATION} WHERE r.meeting_id = $1 AND r.user_id = $2")))
        .bind(meeting_id)
        .bind(user_id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(registration).transpose()
}

/// Locks a meeting that takes registrations (not cancelled, not started);
/// false when it does not. Registrations then run one after the other, so
/// places are counted once.
pub async fn lock_open(db: impl Exec<'_>, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query("UPDATE meetings SET id = id WHERE id = $1 AND cancelled_at IS NULL AND starts_at > $2")
        .bind(id)
        .bind(now.0)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Locks a meeting's row whatever its state (attendance, minutes).
pub async fn lock(db: impl Exec<'_>, id: i64) -> Result<()> {
    sqlx::query("UPDATE meetings SET id = id WHERE id = $1").bind(id).execute(db).await?;
    Ok(())
}

/// A new registration (or walk-in) as the service placed it.
pub struct NewRegistration<'a> {
    pub meeting_id: i64,
    pub user_id: Option<i64>,
    pub name: &'a str,
    pub group_id: Option<i64>,
    pub status: RegistrationStatus,
    pub reserved: bool,
    pub code: &'a str,
    pub needs: &'a AccessNeeds,
    pub attended_at: Option<Timestamp>,
    pub walk_in: bool,
}

/// Inserts a registration; a person's second one is a conflict (the
/// database's UNIQUE (meeting, person) stands behind the service's check).
pub async fn insert_registration(conn: &mut Conn, r: &NewRegistration<'_>, now: Timestamp) -> Result<i64> {
    let needs = serde_json::to_string(&r.needs.needs).map_err(|_| StoreError::Corrupt("needs"))?;
    let row = sqlx::query(
        "INSERT INTO meeting_registrations (meeting_id, user_id, name, group_id, status, reserved, code, needs,
                language, needs_other, queued_at, attended_at, walk_in, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $11, $11) RETURNING id",
    )
    .bind(r.meeting_id)
    .bind(r.user_id)
    .bind(r.name)
    .bind(r.group_id)
    .bind(r.status.key())
    .bind(int_flag(r.reserved))
    .bind(r.code)
    .bind(needs)
    .bind(&r.needs.language)
    .bind(&r.needs.other)
    .bind(now.0)
    .bind(r.attended_at.map(|t| t.0))
    .bind(int_flag(r.walk_in))
    .fetch_one(&mut *conn)
    .await
    .map_err(crate::conflict("registration"))?;
    get(&row, "id")
}

/// Brings back a cancelled registration at the end of the queue.
pub async fn requeue(
    conn: &mut Conn,
    id: i64,
    status: RegistrationStatus,
    reserved: bool,
    needs: &AccessNeeds,
    now: Timestamp,
) -> Result<bool> {
    let list = serde_json::to_string(&needs.needs).map_err(|_| StoreError::Corrupt("needs"))?;
    let done = sqlx::query(
        "UPDATE meeting_registrations SET status = $1, reserved = $2, needs = $3, language = $4, needs_other = $5,
                queued_at = $6, updated_at = $6 WHERE id = $7 AND status = 'cancelled'",
    )
    .bind(status.key())
    .bind(int_flag(reserved))
    .bind(list)
    .bind(&needs.language)
    .bind(&needs.other)
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_needs(conn: &mut Conn, id: i64, needs: &AccessNeeds, now: Timestamp) -> Result<()> {
    let list = serde_json::to_string(&needs.needs).map_err(|_| StoreError::Corrupt("needs"))?;
    sqlx::query(
        "UPDATE meeting_registrations SET needs = $1, language = $2, needs_other = $3, updated_at = $4 WHERE id = $5",
    )
    .bind(list)
    .bind(&needs.language)
    .bind(&needs.other)
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_status(
    conn: &mut Conn,
    id: i64,
    status: RegistrationStatus,
    reserved: bool,
    now: Timestamp,
) -> Result<()> {
    sqlx::query("UPDATE meeting_registrations SET status = $1, reserved = $2, updated_at = $3 WHERE id = $4")
        .bind(status.key())
        .bind(int_flag(reserved))
        .bind(now.0)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Records (or clears) attendance.
pub async fn set_attended(conn: &mut Conn, id: i64, at: Option<Timestamp>, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE meeting_registrations SET attended_at = $1, updated_at = $2 WHERE id = $3")
        .bind(at.map(|t| t.0))
        .bind(now.0)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn mark_reminded(conn: &mut Conn, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query("UPDATE meetings SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL")
        .bind(now.0)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// One version of a meeting's minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesVersion {
    pub version: i64,
    pub summary: String,
    pub decisions: Vec<MinutesDecision>,
    pub actions: Vec<MinutesAction>,
    pub created_by: Option<i64>,
    pub created_at: Timestamp,
}

/// Every version, newest first.
pub async fn minutes(db: impl Exec<'_>, meeting_id: i64) -> Result<Vec<MinutesVersion>> {
    let rows = sqlx::query(
        "SELECT version, summary, decisions, actions, created_by, created_at FROM minutes_versions
         WHERE meeting_id = $1 ORDER BY version DESC",
    )
    .bind(meeting_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let decisions: String = get(r, "decisions")?;
            let actions: String = get(r, "actions")?;
            Ok(MinutesVersion {
                version: get(r, "version")?,
                summary: get(r, "summary")?,
                decisions: serde_json::from_str(&decisions).map_err(|_| StoreError::Corrupt("decisions"))?,
                actions: serde_json::from_str(&actions).map_err(|_| StoreError::Corrupt("actions"))?,
                created_by: get(r, "created_by")?,
                created_at: ts(r, "created_at")?,
            })
        })
        .collect()
}

/// Saves a new version while the minutes are a draft (or not begun); false once approved.
pub async fn save_minutes(
    conn: &mut Conn,
    meeting_id: i64,
    d: &MinutesDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<Option<i64>> {
    let moved = sqlx::query(
        "UPDATE meetings SET minutes_status = 'draft', updated_at = $1
         WHERE id = $2 AND minutes_status IN ('none', 'draft')",
    )
    .bind(now.0)
    .bind(meeting_id)
    .execute(&mut *conn)
    .await?;
    if moved.rows_affected() != 1 {
        return Ok(None);
    }
    let decisions = serde_json::to_string(&d.decisions).map_err(|_| StoreError::Corrupt("decisions"))?;
    let actions = serde_json::to_string(&d.actions).map_err(|_| StoreError::Corrupt("actions"))?;
    let row = sqlx::query(
        "INSERT INTO minutes_versions (meeting_id, version, summary, decisions, actions, created_by, created_at)
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4, $5, $6 FROM minutes_versions WHERE meeting_id = $1
         RETURNING version",
    )
    .bind(meeting_id)
    .bind(&d.summary)
    .bind(decisions)
    .bind(actions)
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Some(get(&row, "version")?))
}

/// Draft to approved, recording the meeting that approved them and who moved it.
pub async fn approve_minutes(
    conn: &mut Conn,
    meeting_id: i64,
    approved_in: i64,
    mover: i64,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET minutes_status = 'approved', minutes_approved_in = $1, minutes_moved_by = $2,
                minutes_approved_at = $3, updated_at = $3
         WHERE id = $4 AND minutes_status = 'draft'",
    )
    .bind(approved_in)
    .bind(mover)
    .bind(now.0)
    .bind(meeting_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn publish_minutes(conn: &mut Conn, meeting_id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE meetings SET minutes_status = 'published', minutes_published_at = $1, updated_at = $1
         WHERE id = $2 AND minutes_status = 'approved'",
    )
    .bind(now.0)
    .bind(meeting_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores a personal feed's secret (hashed), replacing the last one.
pub async fn set_feed(conn: &mut Conn, user_id: i64, community_id: i64, hash: &str, now: Timestamp) -> Result<()> {
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1 AND community_id = $2")
        .bind(user_id)
        .bind(community_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO calendar_feeds (user_id, community_id, secret_hash, created_at) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(community_id)
        .bind(hash)
        .bind(now.0)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn revoke_feed(conn: &mut Conn, user_id: i64, community_id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1 AND community_id = $2")
        .bind(user_id)
        .bind(community_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether the person has a feed now, and since when.
pub async fn feed_of(db: impl Exec<'_>, user_id: i64, community_id: i64) -> Result<Option<Timestamp>> {
    let row = sqlx::query("SELECT created_at FROM calendar_feeds WHERE user_id = $1 AND community_id = $2")
        .bind(user_id)
        .bind(community_id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(|r| ts(r, "created_at")).transpose()
}

/// The person a feed's secret belongs to, in a community.
pub async fn feed_owner(db: impl Exec<'_>, community_id: i64, hash: &str) -> Result<Option<i64>> {
    let row = sqlx::query("SELECT user_id FROM calendar_feeds WHERE community_id = $1 AND secret_hash = $2")
        .bind(community_id)
        .bind(hash)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(|r| get(r, "user_id")).transpose()
}

/// The meetings of an event (its gathering and sessions) a person was checked in to, by start.
pub async fn attended_in_event(db: impl Exec<'_>, event_id: i64, user_id: i64) -> Result<Vec<Meeting>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE event_id = $1 AND id IN
           (SELECT meeting_id FROM meeting_registrations
            WHERE user_id = $2 AND attended_at IS NOT NULL AND status <> 'cancelled')
         ORDER BY starts_at, id"
    )))
    .bind(event_id)
    .bind(user_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(meeting).collect()
}
