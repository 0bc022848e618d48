//! Co-production bodies: the body, the decision areas it holds, its seats,
//! each seat's terms (the whole history) and ranked alternates.

use tandem_domain::{
    Timestamp,
    bodies::{BodyDraft, BodyKind, CompositionRule, SeatDraft, SeatMethod, TermDraft},
    time::Date,
};

use crate::{Conn, Exec, Result, StoreError, choice, date, date_text, flag, get, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub id: i64,
    pub community_id: i64,
    pub initiative_id: Option<i64>,
    pub school_id: Option<i64>,
    pub name: String,
    pub kind: BodyKind,
    pub purpose: String,
    pub rules: Vec<CompositionRule>,
    pub notice_hours: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

fn body(row: &sqlx::any::AnyRow) -> Result<Body> {
    let rules: String = get(row, "rules")?;
    Ok(Body {
        id: get(row, "id")?,
        community_id: get(row, "community_id")?,
        initiative_id: get(row, "initiative_id")?,
        school_id: get(row, "school_id")?,
        name: get(row, "name")?,
        kind: choice(row, "kind")?,
        purpose: get(row, "purpose")?,
        rules: serde_json::from_str(&rules).map_err(|_| StoreError::Corrupt("rules"))?,
        notice_hours: get(row, "notice_hours")?,
        created_at: ts(row, "created_at")?,
        updated_at: ts(row, "updated_at")?,
    })
}

const SELECT: &str = "SELECT id, community_id, initiative_id, school_id, name, kind, purpose, rules, notice_hours,
                             created_at, updated_at FROM bodies";

pub async fn create(
    conn: &mut Conn,
    community_id: i64,
    initiative_id: Option<i64>,
    school_id: Option<i64>,
    d: &BodyDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO bodies (community_id, initiative_id, school_id, name, kind, purpose, rules, notice_hours,
                             created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, '[]', $7, $8, $9, $9) RETURNING id",
    )
    .bind(community_id)
    .bind(initiative_id)
    .bind(school_id)
    .bind(&d.name)
    .bind(d.kind.key())
    .bind(&d.purpose)
    .bind(d.notice_hours)
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

pub async fn update(
    conn: &mut Conn,
    id: i64,
    initiative_id: Option<i64>,
    school_id: Option<i64>,
    d: &BodyDraft,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "UPDATE bodies SET initiative_id = $1, school_id = $2, name = $3, kind = $4, purpose = $5, notice_hours = $6,
                           updated_at = $7 WHERE id = $8",
    )
    .bind(initiative_id)
    .bind(school_id)
    .bind(&d.name)
    .bind(d.kind.key())
    .bind(&d.purpose)
    .bind(d.notice_hours)
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_rules(conn: &mut Conn, id: i64, rules: &[CompositionRule], now: Timestamp) -> Result<()> {
    let text = serde_json::to_string(rules).map_err(|_| StoreError::Corrupt("rules"))?;
    sqlx::query("UPDATE bodies SET rules = $1, updated_at = $2 WHERE id = $3")
        .bind(text)
        .bind(now.0)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A community's bodies, by name.
pub async fn list(db: impl Exec<'_>, community_id: i64) -> Result<Vec<Body>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE community_id = $1 ORDER BY name, id")))
        .bind(community_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(body).collect()
}

pub async fn get_one(db: impl Exec<'_>, community_id: i64, id: i64) -> Result<Option<Body>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE community_id = $1 AND id = $2")))
        .bind(community_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(body).transpose()
}

/// Locks a body's row for the rest of the transaction (seat and term
/// changes of one body run one after the other).
pub async fn lock(db: impl Exec<'_>, id: i64) -> Result<()> {
    sqlx::query("UPDATE bodies SET id = id WHERE id = $1").bind(id).execute(db).await?;
    Ok(())
}

/// The decision areas a body holds power over, with their titles and levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldArea {
    pub id: i64,
    pub title: String,
    pub level: String,
}

pub async fn areas(db: impl Exec<'_>, body_id: i64) -> Result<Vec<HeldArea>> {
    let rows = sqlx::query(
        "SELECT a.id, a.title, a.level FROM body_areas b JOIN decision_areas a ON a.id = b.area_id
         WHERE b.body_id = $1 ORDER BY a.position, a.id",
    )
    .bind(body_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok(HeldArea { id: get(r, "id")?, title: get(r, "title")?, level: get(r, "level")? })).collect()
}

pub async fn set_areas(conn: &mut Conn, body_id: i64, areas: &[i64]) -> Result<()> {
    sqlx::query("DELETE FROM body_areas WHERE body_id = $1").bind(body_id).execute(&mut *conn).await?;
    for area in areas {
        sqlx::query("INSERT INTO body_areas (body_id, area_id) VALUES ($1, $2)")
            .bind(body_id)
            .bind(area)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub id: i64,
    pub body_id: i64,
    pub label: String,
    pub group_id: Option<i64>,
    pub group_key: Option<String>,
    /// The constituency protects identities (pupils): holders by role only in public.
    pub protected: bool,
    pub method: SeatMethod,
    pub term_months: i64,
    pub term_limit: Option<i64>,
    pub selection_id: Option<i64>,
    pub opened_on: Date,
}

pub async fn seats(db: impl Exec<'_>, body_id: i64) -> Result<Vec<Seat>> {
    let rows = sqlx::query(
        "SELECT s.id, s.body_id, s.label, s.group_id, g.key AS group_key, COALESCE(g.protects_identity, 0) AS protected,
                s.method, s.term_months, s.term_limit, s.selection_id, s.opened_on
         FROM seats s LEFT JOIN stakeholder_groups g ON g.id = s.group_id
         WHERE s.body_id = $1 ORDER BY g.position, s.id",
    )
    .bind(body_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Seat {
                id: get(r, "id")?,
                body_id: get(r, "body_id")?,
                label: get(r, "label")?,
                group_id: get(r, "group_id")?,
                group_key: get(r, "group_key")?,
                protected: flag(r, "protected")?,
                method: choice(r, "method")?,
                term_months: get(r, "term_months")?,
                term_limit: get(r, "term_limit")?,
                selection_id: get(r, "selection_id")?,
                opened_on: date(r, "opened_on")?,
            })
        })
        .collect()
}

pub async fn add_seat(
    conn: &mut Conn,
    body_id: i64,
    group_id: Option<i64>,
    d: &SeatDraft,
    opened_on: Date,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO seats (body_id, label, group_id, method, term_months, term_limit, opened_on, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(body_id)
    .bind(&d.label)
    .bind(group_id)
    .bind(d.method.key())
    .bind(d.term_months)
    .bind(d.term_limit)
    .bind(date_text(Some(opened_on)))
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

pub async fn update_seat(conn: &mut Conn, seat_id: i64, group_id: Option<i64>, d: &SeatDraft) -> Result<()> {
    sqlx::query(
        "UPDATE seats SET label = $1, group_id = $2, method = $3, term_months = $4, term_limit = $5 WHERE id = $6",
    )
    .bind(&d.label)
    .bind(group_id)
    .bind(d.method.key())
    .bind(d.term_months)
    .bind(d.term_limit)
    .bind(seat_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Links a seat to the selection by lot that fills it.
pub async fn link_selection(conn: &mut Conn, seat_id: i64, selection_id: i64) -> Result<()> {
    sqlx::query("UPDATE seats SET selection_id = $1 WHERE id = $2")
        .bind(selection_id)
        .bind(seat_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn remove_seat(conn: &mut Conn, seat_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM seats WHERE id = $1").bind(seat_id).execute(&mut *conn).await?;
    Ok(())
}

/// A term with its holder's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatTerm {
    pub id: i64,
    pub seat_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub start: Date,
    pub end: Date,
    pub interests: String,
    pub created_at: Timestamp,
}

/// Every term of a body's seats, oldest first.
pub async fn terms(db: impl Exec<'_>, body_id: i64) -> Result<Vec<SeatTerm>> {
    let rows = sqlx::query(
        "SELECT t.id, t.seat_id, t.user_id, u.display_name, t.starts_on, t.ends_on, t.interests, t.created_at
         FROM seat_terms t JOIN seats s ON s.id = t.seat_id JOIN users u ON u.id = t.user_id
         WHERE s.body_id = $1 ORDER BY t.starts_on, t.id",
    )
    .bind(body_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(SeatTerm {
                id: get(r, "id")?,
                seat_id: get(r, "seat_id")?,
                user_id: get(r, "user_id")?,
                display_name: get(r, "display_name")?,
                start: date(r, "starts_on")?,
                end: date(r, "ends_on")?,
                interests: get(r, "interests")?,
                created_at: ts(r, "created_at")?,
            })
        })
        .collect()
}

pub async fn add_term(
    conn: &mut Conn,
    seat_id: i64,
    user_id: i64,
    d: &TermDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO seat_terms (seat_id, user_id, starts_on, ends_on, interests, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(seat_id)
    .bind(user_id)
    .bind(date_text(Some(d.start)))
    .bind(date_text(Some(d.end)))
    .bind(&d.interests)
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

/// Ends a term early (a resignation): the last day it covers.
pub async fn end_term(conn: &mut Conn, term_id: i64, last_day: Date) -> Result<bool> {
    let done = sqlx::query("UPDATE seat_terms SET ends_on = $1 WHERE id = $2 AND starts_on <= $1")
        .bind(date_text(Some(last_day)))
        .bind(term_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// An alternate waiting for a seat, in rank order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternate {
    pub seat_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub rank: i64,
}

pub async fn alternates(db: impl Exec<'_>, body_id: i64) -> Result<Vec<Alternate>> {
    let rows = sqlx::query(
        "SELECT a.seat_id, a.user_id, u.display_name, a.rank
         FROM seat_alternates a JOIN seats s ON s.id = a.seat_id JOIN users u ON u.id = a.user_id
         WHERE s.body_id = $1 ORDER BY a.seat_id, a.rank, a.created_at",
    )
    .bind(body_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Alternate {
                seat_id: get(r, "seat_id")?,
                user_id: get(r, "user_id")?,
                display_name: get(r, "display_name")?,
                rank: get(r, "rank")?,
            })
        })
        .collect()
}

/// Adds an alternate after the last one; a conflict when they already are one.
pub async fn add_alternate(conn: &mut Conn, seat_id: i64, user_id: i64, now: Timestamp) -> Result<()> {
    sqlx::query(
        "INSERT INTO seat_alternates (seat_id, user_id, rank, created_at)
         SELECT $1, $2, COALESCE(MAX(rank), 0) + 1, $3 FROM seat_alternates WHERE seat_id = $1",
    )
    .bind(seat_id)
    .bind(user_id)
    .bind(now.0)
    .execute(&mut *conn)
    .await
    .map_err(crate::conflict("alternate"))?;
    Ok(())
}

pub async fn remove_alternate(conn: &mut Conn, seat_id: i64, user_id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM seat_alternates WHERE seat_id = $1 AND user_id = $2")
        .bind(seat_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The members of a body on `day`: everyone whose term covers it.
pub async fn members_on(db: impl Exec<'_>, body_id: i64, day: Date) -> Result<Vec<i64>> {
    let day = date_text(Some(day));
    let rows = sqlx::query(
        "SELECT DISTINCT t.user_id FROM seat_terms t JOIN seats s ON s.id = t.seat_id
         WHERE s.body_id = $1 AND t.starts_on <= $2 AND t.ends_on >= $2",
    )
    .bind(body_id)
    .bind(day)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| get(r, "user_id")).collect()
}
