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
    /// The first survey of the series this one repeats, if it is a later wave.
    pub wave_of: Option<i64>,
    /// "Start of year", "Spring 2027"…
    pub wave_label: String,
    /// When organisers published the results; until then only they see them.
    pub published_at: Option<Timestamp>,
}

impl Survey {
    /// The series it belongs to: the first survey's id.
    pub fn series(&self) -> i64 {
        self.wave_of.unwrap_or(self.id)
    }
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
        wave_of: get(r, "wave_of")?,
        wave_label: get(r, "wave_label")?,
        published_at: opt_ts(r, "published_at")?,
    })
}

const SELECT: &str =
    "SELECT id, community_id, initiative_id, title, intro, mode, status, created_at, opened_at, closed_at,
     wave_of, wave_label, published_at FROM surveys";

/// What a new survey is given.
pub struct NewSurvey<'a> {
    pub community_id: i64,
    pub initiative_id: Option<i64>,
    pub title: &'a str,
    pub intro: &'a str,
    pub mode: Mode,
    pub wave_of: Option<i64>,
    pub wave_label: &'a str,
}

pub async fn create(conn: &mut Conn, new: &NewSurvey<'_>, by: Option<i64>, now: Timestamp) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO surveys (community_id, initiative_id, title, intro, mode, status, created_by, created_at, wave_of, wave_label)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9) RETURNING id",
    )
    .bind(new.community_id)
    .bind(new.initiative_id)
    .bind(new.title)
    .bind(new.intro)
    .bind(new.mode.key())
    .bind(by)
    .bind(now.0)
    .bind(new.wave_of)
    .bind(new.wave_label)
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
    /// "email", "link" (printed for families without email) or "paper".
    pub channel: String,
    pub answered: bool,
}

fn invitee(r: &sqlx::any::AnyRow) -> Result<Invitee> {
    Ok(Invitee {
        id: get(r, "id")?,
        survey_id: get(r, "survey_id")?,
        user_id: get(r, "user_id")?,
        group_id: get(r, "group_id")?,
        school_id: get(r, "school_id")?,
        channel: get(r, "channel")?,
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
        "SELECT id, survey_id, user_id, group_id, school_id, channel, answered FROM survey_roll WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(invitee).transpose()
}

pub async fn roll(db: impl Exec<'_>, survey_id: i64) -> Result<Vec<Invitee>> {
    let rows = sqlx::query(
        "SELECT id, survey_id, user_id, group_id, school_id, channel, answered FROM survey_roll WHERE survey_id = $1 ORDER BY id",
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

/// A community's surveys (of one initiative, or all), newest first.
pub async fn list(db: impl Exec<'_>, community_id: i64, initiative_id: Option<i64>) -> Result<Vec<Survey>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE community_id = $1 AND ($2 IS NULL OR initiative_id = $2) ORDER BY id DESC"
    )))
    .bind(community_id)
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(survey).collect()
}

/// The surveys of one series (the first and its later waves), oldest first.
pub async fn series(db: impl Exec<'_>, community_id: i64, first: i64) -> Result<Vec<Survey>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE community_id = $1 AND (id = $2 OR wave_of = $2) ORDER BY id"
    )))
    .bind(community_id)
    .bind(first)
    .fetch_all(db)
    .await?;
    rows.iter().map(survey).collect()
}

/// Names a survey's wave ("Start of year").
pub async fn set_wave_label(conn: &mut Conn, id: i64, label: &str) -> Result<()> {
    sqlx::query("UPDATE surveys SET wave_label = $1 WHERE id = $2").bind(label).bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// Publishes a closed survey's results; false when it was not closed or already published.
pub async fn publish(conn: &mut Conn, id: i64, now: Timestamp) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE surveys SET published_at = $1 WHERE id = $2 AND status = 'closed' AND published_at IS NULL",
    )
    .bind(now.0)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

// ---- scales

/// A scale as stored, with the outcome it measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredScale {
    pub position: i64,
    pub name: String,
    pub items: Vec<tandem_domain::surveys::ScaleItem>,
    pub outcome_id: Option<i64>,
}

pub async fn scales(db: impl Exec<'_>, survey_id: i64) -> Result<Vec<StoredScale>> {
    let rows = sqlx::query(
        "SELECT position, name, items, outcome_id FROM survey_scales WHERE survey_id = $1 ORDER BY position",
    )
    .bind(survey_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let raw: String = get(r, "items")?;
            Ok(StoredScale {
                position: get(r, "position")?,
                name: get(r, "name")?,
                items: serde_json::from_str(&raw).map_err(|_| StoreError::Corrupt("items"))?,
                outcome_id: get(r, "outcome_id")?,
            })
        })
        .collect()
}

pub async fn add_scale(conn: &mut Conn, survey_id: i64, s: &StoredScale) -> Result<()> {
    let items = serde_json::to_string(&s.items).map_err(|_| StoreError::Corrupt("items"))?;
    sqlx::query("INSERT INTO survey_scales (survey_id, position, name, items, outcome_id) VALUES ($1, $2, $3, $4, $5)")
        .bind(survey_id)
        .bind(s.position)
        .bind(&s.name)
        .bind(items)
        .bind(s.outcome_id)
        .execute(&mut *conn)
        .await
        .map_err(crate::conflict("scale"))?;
    Ok(())
}

/// Links a scale to an outcome (or unlinks it); false when there is no such scale.
pub async fn link_outcome(conn: &mut Conn, survey_id: i64, position: i64, outcome: Option<i64>) -> Result<bool> {
    let r = sqlx::query("UPDATE survey_scales SET outcome_id = $1 WHERE survey_id = $2 AND position = $3")
        .bind(outcome)
        .bind(survey_id)
        .bind(position)
        .execute(&mut *conn)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// An initiative's outcomes measured by a scale of a survey whose results
/// are published: (outcome, survey, scale position), newest survey first.
pub async fn measured_outcomes(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<(i64, i64, i64)>> {
    let rows = sqlx::query(
        "SELECT sc.outcome_id, s.id, sc.position FROM survey_scales sc JOIN surveys s ON s.id = sc.survey_id
          WHERE s.initiative_id = $1 AND s.published_at IS NOT NULL AND sc.outcome_id IS NOT NULL
          ORDER BY s.id DESC, sc.position",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((get(r, "outcome_id")?, get(r, "id")?, get(r, "position")?))).collect()
}

// ---- moderation of written answers

/// Records whether one written answer may be published.
pub async fn moderate_text(
    conn: &mut Conn,
    survey_id: i64,
    response_id: &str,
    question: i64,
    published: bool,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO survey_texts (survey_id, response_id, question, published) VALUES ($1, $2, $3, $4)
         ON CONFLICT (survey_id, response_id, question) DO UPDATE SET published = excluded.published",
    )
    .bind(survey_id)
    .bind(response_id)
    .bind(question)
    .bind(crate::int_flag(published))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Every moderation decision of a survey: (response, question, published).
pub async fn text_decisions(db: impl Exec<'_>, survey_id: i64) -> Result<Vec<(String, i64, bool)>> {
    let rows = sqlx::query("SELECT response_id, question, published FROM survey_texts WHERE survey_id = $1")
        .bind(survey_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|r| Ok((get(r, "response_id")?, get(r, "question")?, flag(r, "published")?))).collect()
}

// ---- distribution

/// Gives an invitee who has not answered a new token (a reminder carries a
/// fresh link, since only hashes are kept); false when they have answered.
pub async fn renew_token(conn: &mut Conn, roll_id: i64, token_hash: &str) -> Result<bool> {
    let r = sqlx::query("UPDATE survey_roll SET token_hash = $1 WHERE id = $2 AND answered = 0")
        .bind(token_hash)
        .bind(roll_id)
        .execute(&mut *conn)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Puts an answered paper form on the roll, so response rates count it.
pub async fn paper_on_roll(
    conn: &mut Conn,
    survey_id: i64,
    token_hash: &str,
    group_id: Option<i64>,
    school_id: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO survey_roll (survey_id, token_hash, user_id, group_id, school_id, channel, answered)
         VALUES ($1, $2, NULL, $3, $4, 'paper', 1)",
    )
    .bind(survey_id)
    .bind(token_hash)
    .bind(group_id)
    .bind(school_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
