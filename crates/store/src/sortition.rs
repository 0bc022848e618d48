//! Selections by lot: the selection, its volunteers (whose answers never
//! leave the service except as the lottery's input and suppressed counts),
//! and its rounds of publish-then-draw.

use tandem_domain::{
    Timestamp,
    sortition::{Quota, SelectionDraft, SelectionStatus, VolunteerStatus},
};

use crate::{Conn, Exec, Result, StoreError, choice, flag, get, opt_ts, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub id: i64,
    pub initiative_id: i64,
    pub title: String,
    pub purpose: String,
    pub seats: i64,
    pub dimensions: Vec<String>,
    pub quotas: Vec<Quota>,
    pub status: SelectionStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

fn json<T: serde::de::DeserializeOwned>(row: &sqlx::any::AnyRow, col: &'static str) -> Result<T> {
    let text: String = get(row, col)?;
    serde_json::from_str(&text).map_err(|_| StoreError::Corrupt(col))
}

fn selection(row: &sqlx::any::AnyRow) -> Result<Selection> {
    Ok(Selection {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        title: get(row, "title")?,
        purpose: get(row, "purpose")?,
        seats: get(row, "seats")?,
        dimensions: json(row, "dimensions")?,
        quotas: json(row, "quotas")?,
        status: choice(row, "status")?,
        created_at: ts(row, "created_at")?,
        updated_at: ts(row, "updated_at")?,
    })
}

const SELECT: &str =
    "SELECT id, initiative_id, title, purpose, seats, dimensions, quotas, status, created_at, updated_at
                      FROM selections";

pub async fn create(
    conn: &mut Conn,
    community_id: i64,
    initiative_id: i64,
    d: &SelectionDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let dimensions: Vec<&str> = d.dimensions.iter().map(|k| k.key()).collect();
    let row = sqlx::query(
        "INSERT INTO selections (community_id, initiative_id, title, purpose, seats, dimensions, quotas, status, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, '[]', $7, $8, $9, $9) RETURNING id",
    )
    .bind(community_id)
    .bind(initiative_id)
    .bind(&d.title)
    .bind(&d.purpose)
    .bind(d.seats)
    .bind(serde_json::json!(dimensions).to_string())
    .bind(SelectionStatus::Open.key())
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

/// An initiative's selections, newest first.
pub async fn list(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Selection>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE initiative_id = $1 ORDER BY id DESC")))
        .bind(initiative_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(selection).collect()
}

pub async fn get_one(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<Option<Selection>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE initiative_id = $1 AND id = $2")))
        .bind(initiative_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(selection).transpose()
}

/// Saves the quotas while volunteering is open; false once it is not.
pub async fn set_quotas(conn: &mut Conn, id: i64, quotas: &[Quota], now: Timestamp) -> Result<bool> {
    let text = serde_json::to_string(quotas).map_err(|_| StoreError::Corrupt("quotas"))?;
    let done = sqlx::query("UPDATE selections SET quotas = $1, updated_at = $2 WHERE id = $3 AND status = $4")
        .bind(text)
        .bind(now.0)
        .bind(id)
        .bind(SelectionStatus::Open.key())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves a selection from one status to another; false when it was not in
/// `from` (someone else moved it first), so each step happens once.
pub async fn set_status(
    conn: &mut Conn,
    id: i64,
    from: SelectionStatus,
    to: SelectionStatus,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query("UPDATE selections SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4")
        .bind(to.key())
        .bind(now.0)
        .bind(id)
        .bind(from.key())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A volunteer, with what membership says of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volunteer {
    pub user_id: i64,
    pub display_name: String,
    /// A pupil (their group protects identities): never named in public.
    pub protected: bool,
    pub group_key: Option<String>,
    pub school: Option<String>,
    /// Private answers by dimension key (JSON object).
    pub answers: std::collections::BTreeMap<String, String>,
    pub number: Option<i64>,
    pub status: VolunteerStatus,
    pub selected_in: Option<i64>,
    pub created_at: Timestamp,
    pub responded_at: Option<Timestamp>,
}

pub async fn volunteers(db: impl Exec<'_>, community_id: i64, selection_id: i64) -> Result<Vec<Volunteer>> {
    let rows = sqlx::query(
        "SELECT v.user_id, u.display_name, COALESCE(g.protects_identity, 0) AS protected, g.key AS group_key,
                s.slug AS school, v.answers, v.number, v.status, v.selected_in, v.created_at, v.responded_at
         FROM selection_volunteers v
         JOIN users u ON u.id = v.user_id
         LEFT JOIN memberships m ON m.community_id = $1 AND m.user_id = v.user_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         LEFT JOIN schools s ON s.id = m.school_id
         WHERE v.selection_id = $2
         ORDER BY v.created_at, v.user_id",
    )
    .bind(community_id)
    .bind(selection_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Volunteer {
                user_id: get(row, "user_id")?,
                display_name: get(row, "display_name")?,
                protected: flag(row, "protected")?,
                group_key: get(row, "group_key")?,
                school: get(row, "school")?,
                answers: json(row, "answers")?,
                number: get(row, "number")?,
                status: choice(row, "status")?,
                selected_in: get(row, "selected_in")?,
                created_at: ts(row, "created_at")?,
                responded_at: opt_ts(row, "responded_at")?,
            })
        })
        .collect()
}

/// Joins the pool or changes one's answers, only while volunteering is open.
pub async fn volunteer(
    conn: &mut Conn,
    selection_id: i64,
    user_id: i64,
    answers: &std::collections::BTreeMap<String, String>,
    now: Timestamp,
) -> Result<bool> {
    let text = serde_json::to_string(answers).map_err(|_| StoreError::Corrupt("answers"))?;
    let done = sqlx::query(
        "INSERT INTO selection_volunteers (selection_id, user_id, answers, status, created_at)
         SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM selections WHERE id = $1 AND status = $6)
         ON CONFLICT (selection_id, user_id) DO UPDATE SET answers = excluded.answers",
    )
    .bind(selection_id)
    .bind(user_id)
    .bind(text)
    .bind(VolunteerStatus::Pool.key())
    .bind(now.0)
    .bind(SelectionStatus::Open.key())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Leaves the pool, only while volunteering is open.
pub async fn withdraw(conn: &mut Conn, selection_id: i64, user_id: i64) -> Result<bool> {
    let done = sqlx::query(
        "DELETE FROM selection_volunteers WHERE selection_id = $1 AND user_id = $2
           AND EXISTS (SELECT 1 FROM selections WHERE id = $1 AND status = $3)",
    )
    .bind(selection_id)
    .bind(user_id)
    .bind(SelectionStatus::Open.key())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives volunteers their numbers in the published lottery.
pub async fn number(conn: &mut Conn, selection_id: i64, numbers: &[(i64, i64)]) -> Result<()> {
    for (user_id, number) in numbers {
        sqlx::query("UPDATE selection_volunteers SET number = $1 WHERE selection_id = $2 AND user_id = $3")
            .bind(number)
            .bind(selection_id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Marks the people a round drew.
pub async fn mark_selected(conn: &mut Conn, selection_id: i64, round: i64, numbers: &[i64]) -> Result<()> {
    for number in numbers {
        let done = sqlx::query(
            "UPDATE selection_volunteers SET status = $1, selected_in = $2
             WHERE selection_id = $3 AND number = $4 AND status = $5",
        )
        .bind(VolunteerStatus::Selected.key())
        .bind(round)
        .bind(selection_id)
        .bind(number)
        .bind(VolunteerStatus::Pool.key())
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
    }
    Ok(())
}

/// A selected person's answer; false unless they were selected and had not answered.
pub async fn respond(
    conn: &mut Conn,
    selection_id: i64,
    user_id: i64,
    to: VolunteerStatus,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE selection_volunteers SET status = $1, responded_at = $2
         WHERE selection_id = $3 AND user_id = $4 AND status = $5",
    )
    .bind(to.key())
    .bind(now.0)
    .bind(selection_id)
    .bind(user_id)
    .bind(VolunteerStatus::Selected.key())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// One round: its published lottery and hash, then what the draw used and drew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub round: i64,
    pub seats: i64,
    pub commitment: String,
    /// The published lottery (JSON, volunteer numbers only).
    pub lottery: String,
    pub committed_at: Timestamp,
    pub secret: Option<String>,
    pub entropy: Option<String>,
    /// Numbers drawn (JSON list).
    pub selected: Option<String>,
    pub drawn_at: Option<Timestamp>,
}

pub async fn rounds(db: impl Exec<'_>, selection_id: i64) -> Result<Vec<Round>> {
    let rows = sqlx::query(
        "SELECT round, seats, commitment, lottery, committed_at, secret, entropy, selected, drawn_at
         FROM selection_rounds WHERE selection_id = $1 ORDER BY round",
    )
    .bind(selection_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Round {
                round: get(row, "round")?,
                seats: get(row, "seats")?,
                commitment: get(row, "commitment")?,
                lottery: get(row, "lottery")?,
                committed_at: ts(row, "committed_at")?,
                secret: get(row, "secret")?,
                entropy: get(row, "entropy")?,
                selected: get(row, "selected")?,
                drawn_at: opt_ts(row, "drawn_at")?,
            })
        })
        .collect()
}

pub struct NewRound<'a> {
    pub round: i64,
    pub seats: i64,
    pub commitment: &'a str,
    pub lottery: &'a str,
}

/// Publishes a round; the primary key refuses a second round of one number.
pub async fn add_round(
    conn: &mut Conn,
    selection_id: i64,
    r: &NewRound<'_>,
    by: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO selection_rounds (selection_id, round, seats, commitment, lottery, committed_by, committed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(selection_id)
    .bind(r.round)
    .bind(r.seats)
    .bind(r.commitment)
    .bind(r.lottery)
    .bind(by)
    .bind(now.0)
    .execute(&mut *conn)
    .await
    .map_err(crate::conflict("selection_rounds"))?;
    Ok(())
}

/// Records a round's draw; false when it was drawn already.
pub async fn record_draw(
    conn: &mut Conn,
    selection_id: i64,
    round: i64,
    secret: &str,
    entropy: &str,
    selected: &[i64],
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE selection_rounds SET secret = $1, entropy = $2, selected = $3, drawn_at = $4
         WHERE selection_id = $5 AND round = $6 AND drawn_at IS NULL",
    )
    .bind(secret)
    .bind(entropy)
    .bind(serde_json::json!(selected).to_string())
    .bind(now.0)
    .bind(selection_id)
    .bind(round)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
