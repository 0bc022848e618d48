//! Co-delivery rosters: strengths profiles, safeguarding checks, roles,
//! shifts and their sign-ups with hours, and the promises back.

pub use tandem_domain::rosters::{Availability, CheckStatus, GiveBack};
use tandem_domain::{
    Timestamp,
    rosters::{Profile, RoleDraft, ShiftDraft},
    time::Date,
};

use crate::{Conn, Exec, Result, StoreError, date_text, flag, get, int_flag, opt_date, opt_ts, ts};

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|_| StoreError::Corrupt("json"))
}

fn from_json<T: serde::de::DeserializeOwned>(row: &sqlx::any::AnyRow, col: &'static str) -> Result<T> {
    let raw: String = get(row, col)?;
    serde_json::from_str(&raw).map_err(|_| StoreError::Corrupt(col))
}

fn keys<T: tandem_domain::Choice>(v: &[T]) -> Vec<&'static str> {
    v.iter().map(|x| x.key()).collect()
}

fn parse_keys<T: tandem_domain::Choice>(row: &sqlx::any::AnyRow, col: &'static str) -> Result<Vec<T>> {
    let raw: Vec<String> = from_json(row, col)?;
    raw.iter().map(|k| T::parse(k).ok_or(StoreError::Corrupt(col))).collect()
}

// ---- strengths

pub async fn profile(db: impl Exec<'_>, community_id: i64, user_id: i64) -> Result<Option<Profile>> {
    let row = sqlx::query(
        "SELECT skills, strengths, languages, availability, shared FROM strength_profiles
         WHERE community_id = $1 AND user_id = $2",
    )
    .bind(community_id)
    .bind(user_id)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(profile_from).transpose()
}

fn profile_from(r: &sqlx::any::AnyRow) -> Result<Profile> {
    Ok(Profile {
        skills: from_json(r, "skills")?,
        strengths: get(r, "strengths")?,
        languages: from_json(r, "languages")?,
        availability: parse_keys(r, "availability")?,
        shared: flag(r, "shared")?,
    })
}

pub async fn save_profile(conn: &mut Conn, community_id: i64, user_id: i64, p: &Profile, now: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO strength_profiles (community_id, user_id, skills, strengths, languages, availability, shared, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (community_id, user_id) DO UPDATE SET skills = excluded.skills, strengths = excluded.strengths,
             languages = excluded.languages, availability = excluded.availability, shared = excluded.shared,
             updated_at = excluded.updated_at",
    )
    .bind(community_id)
    .bind(user_id)
    .bind(json(&p.skills)?)
    .bind(&p.strengths)
    .bind(json(&p.languages)?)
    .bind(json(&keys(&p.availability))?)
    .bind(int_flag(p.shared))
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn delete_profile(conn: &mut Conn, community_id: i64, user_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM strength_profiles WHERE community_id = $1 AND user_id = $2")
        .bind(community_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The profiles their owners chose to share for matching, with names.
pub async fn shared_profiles(db: impl Exec<'_>, community_id: i64) -> Result<Vec<(i64, String, Profile)>> {
    let rows = sqlx::query(
        "SELECT p.user_id, u.display_name, p.skills, p.strengths, p.languages, p.availability, p.shared
         FROM strength_profiles p JOIN users u ON u.id = p.user_id
         JOIN memberships m ON m.user_id = p.user_id AND m.community_id = p.community_id
         WHERE p.community_id = $1 AND p.shared = 1 ORDER BY u.display_name, p.user_id",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((get(r, "user_id")?, get(r, "display_name")?, profile_from(r)?))).collect()
}

// ---- safeguarding

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub user_id: i64,
    pub name: String,
    pub status: CheckStatus,
    pub expires_on: Option<Date>,
    pub recorded_at: Timestamp,
}

pub async fn checks(db: impl Exec<'_>, community_id: i64) -> Result<Vec<Check>> {
    let rows = sqlx::query(
        "SELECT c.user_id, u.display_name, c.status, c.expires_on, c.recorded_at FROM safeguarding_checks c
         JOIN users u ON u.id = c.user_id WHERE c.community_id = $1 ORDER BY u.display_name, c.user_id",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Check {
                user_id: get(r, "user_id")?,
                name: get(r, "display_name")?,
                status: crate::choice(r, "status")?,
                expires_on: opt_date(r, "expires_on")?,
                recorded_at: ts(r, "recorded_at")?,
            })
        })
        .collect()
}

pub async fn check_of(
    db: impl Exec<'_>,
    community_id: i64,
    user_id: i64,
) -> Result<Option<(CheckStatus, Option<Date>)>> {
    let row =
        sqlx::query("SELECT status, expires_on FROM safeguarding_checks WHERE community_id = $1 AND user_id = $2")
            .bind(community_id)
            .bind(user_id)
            .fetch_optional(db)
            .await?;
    row.as_ref().map(|r| Ok((crate::choice(r, "status")?, opt_date(r, "expires_on")?))).transpose()
}

pub async fn record_check(
    conn: &mut Conn,
    community_id: i64,
    user_id: i64,
    status: CheckStatus,
    expires_on: Option<Date>,
    by: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO safeguarding_checks (community_id, user_id, status, expires_on, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (community_id, user_id) DO UPDATE SET status = excluded.status, expires_on = excluded.expires_on,
             recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
    )
    .bind(community_id)
    .bind(user_id)
    .bind(status.key())
    .bind(date_text(expires_on))
    .bind(by)
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

// ---- roles

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub id: i64,
    pub initiative_id: i64,
    pub title: String,
    pub description: String,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub time_ask: String,
    pub safeguarding: bool,
    pub pupils: bool,
    pub gives_back: Vec<GiveBack>,
    pub gives_back_detail: String,
}

fn role(r: &sqlx::any::AnyRow) -> Result<Role> {
    Ok(Role {
        id: get(r, "id")?,
        initiative_id: get(r, "initiative_id")?,
        title: get(r, "title")?,
        description: get(r, "description")?,
        skills: from_json(r, "skills")?,
        languages: from_json(r, "languages")?,
        time_ask: get(r, "time_ask")?,
        safeguarding: flag(r, "safeguarding")?,
        pupils: flag(r, "pupils")?,
        gives_back: parse_keys(r, "gives_back")?,
        gives_back_detail: get(r, "gives_back_detail")?,
    })
}

const SELECT_ROLE: &str = "SELECT id, initiative_id, title, description, skills, languages, time_ask, safeguarding,
        pupils, gives_back, gives_back_detail FROM roles";

pub async fn roles(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Role>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT_ROLE} WHERE initiative_id = $1 ORDER BY id")))
        .bind(initiative_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(role).collect()
}

pub async fn role_by_id(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<Option<Role>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT_ROLE} WHERE initiative_id = $1 AND id = $2")))
        .bind(initiative_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(role).transpose()
}

pub async fn create_role(
    conn: &mut Conn,
    initiative_id: i64,
    d: &RoleDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO roles (initiative_id, title, description, skills, languages, time_ask, safeguarding, pupils,
                            gives_back, gives_back_detail, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(initiative_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(json(&d.skills)?)
    .bind(json(&d.languages)?)
    .bind(&d.time_ask)
    .bind(int_flag(d.safeguarding))
    .bind(int_flag(d.pupils))
    .bind(json(&keys(&d.gives_back))?)
    .bind(&d.gives_back_detail)
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

// ---- shifts and sign-ups

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    pub id: i64,
    pub role_id: i64,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: i64,
    pub location: String,
    pub supervisor_id: Option<i64>,
    pub supervisor: Option<String>,
}

pub async fn shifts(db: impl Exec<'_>, role_id: i64) -> Result<Vec<Shift>> {
    let rows = sqlx::query(
        "SELECT s.id, s.role_id, s.starts_at, s.ends_at, s.capacity, s.location, s.supervisor_id, u.display_name
         FROM shifts s LEFT JOIN users u ON u.id = s.supervisor_id WHERE s.role_id = $1 ORDER BY s.starts_at, s.id",
    )
    .bind(role_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Shift {
                id: get(r, "id")?,
                role_id: get(r, "role_id")?,
                starts_at: ts(r, "starts_at")?,
                ends_at: ts(r, "ends_at")?,
                capacity: get(r, "capacity")?,
                location: get(r, "location")?,
                supervisor_id: get(r, "supervisor_id")?,
                supervisor: get(r, "display_name")?,
            })
        })
        .collect()
}

pub async fn create_shift(
    conn: &mut Conn,
    role_id: i64,
    d: &ShiftDraft,
    supervisor: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO shifts (role_id, starts_at, ends_at, capacity, location, supervisor_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(role_id)
    .bind(d.starts_at.0)
    .bind(d.ends_at.0)
    .bind(d.capacity)
    .bind(&d.location)
    .bind(supervisor)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

/// Locks a shift's row until the transaction ends, so places hold.
pub async fn lock_shift(db: impl Exec<'_>, id: i64) -> Result<()> {
    sqlx::query("UPDATE shifts SET capacity = capacity WHERE id = $1").bind(id).execute(db).await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signup {
    pub id: i64,
    pub shift_id: i64,
    pub user_id: i64,
    pub name: String,
    pub protected: bool,
    pub active: bool,
    pub minutes: Option<i64>,
}

/// The sign-ups of a role's shifts.
pub async fn signups(db: impl Exec<'_>, role_id: i64) -> Result<Vec<Signup>> {
    let rows = sqlx::query(
        "SELECT g.id, g.shift_id, g.user_id, u.display_name, g.status, g.minutes,
                COALESCE(sg.protects_identity, 0) AS protected
         FROM shift_signups g JOIN shifts s ON s.id = g.shift_id JOIN roles r ON r.id = s.role_id
         JOIN initiatives i ON i.id = r.initiative_id JOIN users u ON u.id = g.user_id
         LEFT JOIN memberships m ON m.user_id = g.user_id AND m.community_id = i.community_id
         LEFT JOIN stakeholder_groups sg ON sg.id = m.group_id
         WHERE s.role_id = $1 ORDER BY g.shift_id, g.created_at, g.id",
    )
    .bind(role_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let status: String = get(r, "status")?;
            Ok(Signup {
                id: get(r, "id")?,
                shift_id: get(r, "shift_id")?,
                user_id: get(r, "user_id")?,
                name: get(r, "display_name")?,
                protected: flag(r, "protected")?,
                active: status == "signed_up",
                minutes: get(r, "minutes")?,
            })
        })
        .collect()
}

/// Signs someone up (again, after cancelling); a second active sign-up is a conflict.
pub async fn sign_up(conn: &mut Conn, shift_id: i64, user_id: i64, now: Timestamp) -> Result<i64> {
    let again = sqlx::query(
        "UPDATE shift_signups SET status = 'signed_up', updated_at = $1
         WHERE shift_id = $2 AND user_id = $3 AND status = 'cancelled' RETURNING id",
    )
    .bind(now.0)
    .bind(shift_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(r) = again {
        return get(&r, "id");
    }
    let row = sqlx::query(
        "INSERT INTO shift_signups (shift_id, user_id, status, created_at, updated_at)
         VALUES ($1, $2, 'signed_up', $3, $3) RETURNING id",
    )
    .bind(shift_id)
    .bind(user_id)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await
    .map_err(crate::conflict("sign-up"))?;
    get(&row, "id")
}

pub async fn cancel_signup(conn: &mut Conn, shift_id: i64, user_id: i64, now: Timestamp) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE shift_signups SET status = 'cancelled', updated_at = $1
         WHERE shift_id = $2 AND user_id = $3 AND status = 'signed_up' AND minutes IS NULL",
    )
    .bind(now.0)
    .bind(shift_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn record_minutes(conn: &mut Conn, signup_id: i64, minutes: i64, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE shift_signups SET minutes = $1, recorded_at = $2, updated_at = $2 WHERE id = $3")
        .bind(minutes)
        .bind(now.0)
        .bind(signup_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

// ---- promises back

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promise {
    pub role_id: i64,
    pub user_id: i64,
    pub name: String,
    pub protected: bool,
    pub kind: GiveBack,
    pub promised_on: Date,
    pub delivered_at: Option<Timestamp>,
}

/// Promises each of the role's give-backs to someone, once.
pub async fn promise(conn: &mut Conn, role_id: i64, user_id: i64, kinds: &[GiveBack], today: Date) -> Result<()> {
    for k in kinds {
        sqlx::query(
            "INSERT INTO promises (role_id, user_id, kind, promised_on) VALUES ($1, $2, $3, $4)
             ON CONFLICT (role_id, user_id, kind) DO NOTHING",
        )
        .bind(role_id)
        .bind(user_id)
        .bind(k.key())
        .bind(date_text(Some(today)))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The promises of an initiative's roles.
pub async fn promises(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Promise>> {
    let rows = sqlx::query(
        "SELECT p.role_id, p.user_id, u.display_name, p.kind, p.promised_on, p.delivered_at,
                COALESCE(g.protects_identity, 0) AS protected
         FROM promises p JOIN roles r ON r.id = p.role_id JOIN initiatives i ON i.id = r.initiative_id
         JOIN users u ON u.id = p.user_id
         LEFT JOIN memberships m ON m.user_id = p.user_id AND m.community_id = i.community_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         WHERE r.initiative_id = $1 ORDER BY p.promised_on, p.role_id, u.display_name",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Promise {
                role_id: get(r, "role_id")?,
                user_id: get(r, "user_id")?,
                name: get(r, "display_name")?,
                protected: flag(r, "protected")?,
                kind: crate::choice(r, "kind")?,
                promised_on: crate::date(r, "promised_on")?,
                delivered_at: opt_ts(r, "delivered_at")?,
            })
        })
        .collect()
}

pub async fn deliver(
    conn: &mut Conn,
    role_id: i64,
    user_id: i64,
    kind: GiveBack,
    by: Option<i64>,
    now: Timestamp,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE promises SET delivered_at = $1, delivered_by = $2
         WHERE role_id = $3 AND user_id = $4 AND kind = $5 AND delivered_at IS NULL",
    )
    .bind(now.0)
    .bind(by)
    .bind(role_id)
    .bind(user_id)
    .bind(kind.key())
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() == 1)
}
