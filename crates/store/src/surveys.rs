//! Surveys: the survey and its questions, the roll of invitees with their
//! one-time tokens (hashed) and whether they answered, and the responses —
//! anonymous ones with nothing that leads back to the roll.

pub use tandem_domain::surveys::{Mode, Question};
use tandem_domain::{Timestamp, surveys::Answer};

use crate::{Conn, Exec, Result, StoreError, choice, flag, get, opt_ts, ts};

/// Where a survey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Draft,
    Open,
    Closed,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Open => "open",
            Status::Closed => "closed",
        }
    }

    fn parse(raw: &str) -> Result<Status> {
        match raw {
            "draft" => Ok(Status::Draft),
            "open" => Ok(Status::Open),
            "closed" => Ok(Status::Closed),
            _ => Err(StoreError::Corrupt("status")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub id: i64,
    pub community_id: i64,
    pub initiative_id: Option<i64>,
    pub title: String,
    pub intro: String,
    pub mode: Mode,
    pub status: Status,
    pub created_at: Timestamp,
    pub opened_at: Option<Timestamp>,
    pub closed_at: Option<Timestamp>,
}

fn survey(r: &sqlx::any::AnyRow) -> Result<Survey> {
    let status: String = get(r, "status")?;
    Ok(Survey {
        id: get(r, "id")?,
        community_id: get(r, "community_id")?,
        initiative_id: get(r, "initiative_id")?,
        title: get(r, "title")?,
        intro: get(r, "intro")?,
        mode: choice(r, "mode")?,
        status: Status::parse(&status)?,
        created_at: ts(r, "created_at")?,
        opened_at: opt_ts(r, "opened_at")?,
        closed_at: opt_ts(r, "closed_at")?,
    })
}

const SELECT: &str =
    "SELECT id, community_id, initiative_id, title, intro, mode, status, created_at, opened_at, closed_at FROM surveys";

#[allow(clippy::too_many_arguments)]
pub async fn create(
    conn: &mut Conn,
    community_id: i64,
    initiative_id: Option<i64>,
    title: &str,
    intro: &str,
    mode: Mode,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO surveys (community_id, initiative_id, title, intro, mode, status, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7) RETURNING id",
    )
    .bind(community_id)
    .bind(initiative_id)
    .bind(title)
    .bind(intro)
    .bind(mode.key())
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

pub async fn get_one(db: impl Exec<'_>, community_id: i64, id: i64) -> Result<Option<Survey>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE community_id = $1 AND id = $2")))
        .bind(community_id)
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(survey).transpose()
}

/// Moves a survey on from `from`; false when it was elsewhere.
pub async fn set_status(conn: &mut Conn, id: i64, from: Status, to: Status, now: Timestamp) -> Result<bool> {
    let column = if to == Status::Open { "opened_at" } else { "closed_at" };
    let r = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE surveys SET status = $1, {column} = $2 WHERE id = $3 AND status = $4"
    )))
    .bind(to.key())
    .bind(now.0)
    .bind(id)
    .bind(from.key())
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn questions(db: impl Exec<'_>, survey_id: i64) -> Result<Vec<Question>> {
    let rows = sqlx::query("SELECT definition FROM survey_questions WHERE survey_id = $1 ORDER BY position")
        .bind(survey_id)
        .fetch_all(db)
        .await?;
    rows.iter()
        .map(|r| {
            let raw: String = get(r, "definition")?;
            serde_json::from_str(&raw).map_err(|_| StoreError::Corrupt("definition"))
        })
        .collect()
}

pub async fn add_question(conn: &mut Conn, survey_id: i64, position: i64, q: &Question) -> Result<()> {
    let definition = serde_json::to_string(q).map_err(|_| StoreError::Corrupt("definition"))?;
    sqlx::query("INSERT INTO survey_questions (survey_id, position, definition) VALUES ($1, $2, $3)")
        .bind(survey_id)
        .bind(position)
        .bind(definition)
        .execute(&mut *conn)
        .await
        .map_err(crate::conflict("question"))?;
    Ok(())
}

/// Someone on the roll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    pub id: i64,
    pub survey_id: i64,
    pub user_id: Option<i64>,
    pub group_id: Option<i64>,
    pub school_id: Option<i64>,
    pub answered: bool,
}

fn invitee(r: &sqlx::any::AnyRow) -> Result<Invitee> {
    Ok(Invitee {
        id: get(r, "id")?,
        survey_id: get(r, "survey_id")?,
        user_id: get(r, "user_id")?,
        group_id: get(r, "group_id")?,
        school_id: get(r, "school_id")?,
        answered: flag(r, "answered")?,
    })
}

/// Puts someone on the roll with their token's hash; a member already on it is left as they are.
#[allow(clippy::too_many_arguments)]
pub async fn invite(
    conn: &mut Conn,
    survey_id: i64,
    token_hash: &str,
    user_id: Option<i64>,
    group_id: Option<i64>,
    school_id: Option<i64>,
    channel: &str,
) -> Result<bool> {
    let r = sqlx::query(
        "INSERT INTO survey_roll (survey_id, token_hash, user_id, group_id, school_id, channel, answered)
         VALUES ($1, $2, $3, $4, $5, $6, 0) ON CONFLICT DO NOTHING",
    )
    .bind(survey_id)
    .bind(token_hash)
    .bind(user_id)
    .bind(group_id)
    .bind(school_id)
    .bind(channel)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn by_token(db: impl Exec<'_>, token_hash: &str) -> Result<Option<Invitee>> {
    let row = sqlx::query(
        "SELECT id, survey_id, user_id, group_id, school_id, answered FROM survey_roll WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(invitee).transpose()
}

pub async fn roll(db: impl Exec<'_>, survey_id: i64) -> Result<Vec<Invitee>> {
    let rows = sqlx::query(
        "SELECT id, survey_id, user_id, group_id, school_id, answered FROM survey_roll WHERE survey_id = $1 ORDER BY id",
    )
    .bind(survey_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(invitee).collect()
}

/// Marks an invitee as having answered, once: false when they already had.
pub async fn mark_answered(conn: &mut Conn, roll_id: i64) -> Result<bool> {
    let r = sqlx::query("UPDATE survey_roll SET answered = 1 WHERE id = $1 AND answered = 0")
        .bind(roll_id)
        .execute(&mut *conn)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// A response as stored. `user_id` is none for anonymous surveys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub id: String,
    pub group_id: Option<i64>,
    pub school_id: Option<i64>,
    pub user_id: Option<i64>,
    pub paper: bool,
    pub answers: Vec<Option<Answer>>,
}

pub async fn add_response(conn: &mut Conn, survey_id: i64, r: &Response) -> Result<()> {
    let answers = serde_json::to_string(&r.answers).map_err(|_| StoreError::Corrupt("answers"))?;
    sqlx::query(
        "INSERT INTO survey_responses (id, survey_id, group_id, school_id, user_id, paper, answers)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&r.id)
    .bind(survey_id)
    .bind(r.group_id)
    .bind(r.school_id)
    .bind(r.user_id)
    .bind(crate::int_flag(r.paper))
    .bind(answers)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn responses(db: impl Exec<'_>, survey_id: i64) -> Result<Vec<Response>> {
    let rows = sqlx::query(
        "SELECT id, group_id, school_id, user_id, paper, answers FROM survey_responses WHERE survey_id = $1 ORDER BY id",
    )
    .bind(survey_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let raw: String = get(r, "answers")?;
            Ok(Response {
                id: get(r, "id")?,
                group_id: get(r, "group_id")?,
                school_id: get(r, "school_id")?,
                user_id: get(r, "user_id")?,
                paper: flag(r, "paper")?,
                answers: serde_json::from_str(&raw).map_err(|_| StoreError::Corrupt("answers"))?,
            })
        })
        .collect()
}
