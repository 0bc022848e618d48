//! Conversations, their statements and votes, and the stored opinion map.
//! A member's vote on a statement is one row, replaced when they change it.

use sqlx::any::AnyRow;
use tandem_domain::{Timestamp, conversation::StatementStatus};

use crate::{Conn, Exec, Result, choice, flag, get, int_flag, opt_ts, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    pub id: i64,
    pub initiative_id: i64,
    pub topic: String,
    pub description: String,
    pub created_at: Timestamp,
    pub statements: i64,
    pub voters: i64,
    pub votes: i64,
    /// When the latest opinion map was drawn (see [`drawn`] for the map).
    pub analysed_at: Option<Timestamp>,
    /// How many votes the stored map counted.
    pub analysed_votes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: i64,
    pub author_id: Option<i64>,
    pub body: String,
    pub status: StatementStatus,
    pub seeded: bool,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoredVote {
    pub user_id: i64,
    pub group_id: Option<i64>,
    pub statement_id: i64,
    pub vote: i8,
    pub updated_at: Timestamp,
}

pub async fn create(
    db: impl Exec<'_>,
    initiative_id: i64,
    topic: &str,
    description: &str,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO conversations (initiative_id, topic, description, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(initiative_id)
    .bind(topic)
    .bind(description)
    .bind(by)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

const COLUMNS: &str = "c.id, c.initiative_id, c.topic, c.description, c.created_at, c.analysed_at,
     c.analysed_votes,
     (SELECT COUNT(*) FROM conversation_statements s WHERE s.conversation_id = c.id AND s.status = 'accepted') AS statements,
     c.voters_count AS voters, c.votes_count AS votes";

fn from_row(row: &AnyRow) -> Result<Conversation> {
    Ok(Conversation {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        topic: get(row, "topic")?,
        description: get(row, "description")?,
        created_at: ts(row, "created_at")?,
        statements: get(row, "statements")?,
        voters: get(row, "voters")?,
        votes: get(row, "votes")?,
        analysed_at: opt_ts(row, "analysed_at")?,
        analysed_votes: get(row, "analysed_votes")?,
    })
}

/// The stored map, read only where it is shown: the analysis and the
/// stakeholder spread (JSON), kept out of [`Conversation`] so that lists,
/// votes and moderation do not load them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    pub analysis: Option<String>,
    /// Stakeholder group id → people in each opinion group.
    pub spread: Option<String>,
}

pub async fn drawn(db: impl Exec<'_>, conversation_id: i64) -> Result<Drawn> {
    let row = sqlx::query("SELECT analysis, spread FROM conversations WHERE id = $1")
        .bind(conversation_id)
        .fetch_optional(db)
        .await?;
    match row {
        Some(r) => Ok(Drawn { analysis: get(&r, "analysis")?, spread: get(&r, "spread")? }),
        None => Ok(Drawn::default()),
    }
}

/// The clustering memory the next redraw continues from (JSON).
pub async fn memory(db: impl Exec<'_>, conversation_id: i64) -> Result<Option<String>> {
    let row =
        sqlx::query("SELECT memory FROM conversations WHERE id = $1").bind(conversation_id).fetch_optional(db).await?;
    Ok(match row {
        Some(r) => get(&r, "memory")?,
        None => None,
    })
}

/// Every conversation of an initiative, in the order they were opened.
pub async fn list(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Conversation>> {
    page(db, initiative_id, None, i64::MAX - 1).await
}

/// A page of an initiative's conversations in the order they were opened,
/// after the conversation `after` (`limit + 1` rows: the extra says more follow).
pub async fn page(db: impl Exec<'_>, initiative_id: i64, after: Option<i64>, limit: i64) -> Result<Vec<Conversation>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM conversations c WHERE c.initiative_id = $1 AND c.id > $2 ORDER BY c.id LIMIT $3"
    )))
    .bind(initiative_id)
    .bind(after.unwrap_or(0))
    .bind(limit.saturating_add(1))
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// How many conversations an initiative has opened.
pub async fn count(db: impl Exec<'_>, initiative_id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM conversations WHERE initiative_id = $1")
        .bind(initiative_id)
        .fetch_one(db)
        .await?;
    get(&row, "n")
}

pub async fn get_conversation(db: impl Exec<'_>, id: i64) -> Result<Option<Conversation>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM conversations c WHERE c.id = $1")))
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn add_statement(
    db: impl Exec<'_>,
    conversation_id: i64,
    author_id: Option<i64>,
    body: &str,
    status: StatementStatus,
    seeded: bool,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO conversation_statements (conversation_id, author_id, body, status, seeded, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(conversation_id)
    .bind(author_id)
    .bind(body)
    .bind(status.key())
    .bind(int_flag(seeded))
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

pub async fn statements(db: impl Exec<'_>, conversation_id: i64) -> Result<Vec<Statement>> {
    let rows = sqlx::query(
        "SELECT id, author_id, body, status, seeded, created_at FROM conversation_statements
         WHERE conversation_id = $1 ORDER BY id",
    )
    .bind(conversation_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Statement {
                id: get(r, "id")?,
                author_id: get(r, "author_id")?,
                body: get(r, "body")?,
                status: choice(r, "status")?,
                seeded: flag(r, "seeded")?,
                created_at: ts(r, "created_at")?,
            })
        })
        .collect()
}

/// Sets a statement's moderation status; false when it is not in this conversation.
pub async fn set_status(
    db: impl Exec<'_>,
    conversation_id: i64,
    statement_id: i64,
    status: StatementStatus,
) -> Result<bool> {
    let done = sqlx::query("UPDATE conversation_statements SET status = $1 WHERE id = $2 AND conversation_id = $3")
        .bind(status.key())
        .bind(statement_id)
        .bind(conversation_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Records (or changes) a member's vote on an accepted statement of this
/// conversation, and keeps the conversation's counts of votes and voters;
/// false when there is no such statement. Call inside a transaction: the
/// conversation's row is locked first, so votes arriving at once are
/// counted one after the other.
pub async fn vote(
    conn: &mut Conn,
    conversation_id: i64,
    statement_id: i64,
    user_id: i64,
    group_id: Option<i64>,
    vote: i8,
    now: Timestamp,
) -> Result<bool> {
    sqlx::query("UPDATE conversations SET votes_count = votes_count WHERE id = $1")
        .bind(conversation_id)
        .execute(&mut *conn)
        .await?;
    let row = sqlx::query(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM conversation_votes WHERE statement_id = $1 AND user_id = $2)
                     THEN 1 ELSE 0 END AS changes,
                CASE WHEN EXISTS (SELECT 1 FROM conversation_votes WHERE conversation_id = $3 AND user_id = $2)
                     THEN 1 ELSE 0 END AS voted",
    )
    .bind(statement_id)
    .bind(user_id)
    .bind(conversation_id)
    .fetch_one(&mut *conn)
    .await?;
    let (changes, voted) = (flag(&row, "changes")?, flag(&row, "voted")?);
    let done = sqlx::query(
        "INSERT INTO conversation_votes (conversation_id, statement_id, user_id, group_id, vote, updated_at)
         SELECT $1, s.id, $3, $4, $5, $6 FROM conversation_statements s
         WHERE s.id = $2 AND s.conversation_id = $1 AND s.status = 'accepted'
         ON CONFLICT (statement_id, user_id) DO UPDATE SET vote = excluded.vote, group_id = excluded.group_id,
             updated_at = excluded.updated_at",
    )
    .bind(conversation_id)
    .bind(statement_id)
    .bind(user_id)
    .bind(group_id)
    .bind(i64::from(vote))
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    if !changes {
        sqlx::query(
            "UPDATE conversations SET votes_count = votes_count + 1, voters_count = voters_count + $1 WHERE id = $2",
        )
        .bind(i64::from(!voted))
        .bind(conversation_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}

/// Counts a conversation's votes and voters again from the votes, after
/// writes that bypass [`vote`] (imports, bulk seeding, merged accounts).
pub async fn recount_votes(db: impl Exec<'_>, conversation_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE conversations SET
             votes_count = (SELECT COUNT(*) FROM conversation_votes v WHERE v.conversation_id = $1),
             voters_count = (SELECT COUNT(DISTINCT v.user_id) FROM conversation_votes v WHERE v.conversation_id = $1)
         WHERE id = $1",
    )
    .bind(conversation_id)
    .execute(db)
    .await?;
    Ok(())
}

/// Every vote, oldest change first.
pub async fn votes(db: impl Exec<'_>, conversation_id: i64) -> Result<Vec<StoredVote>> {
    let rows = sqlx::query(
        "SELECT user_id, group_id, statement_id, vote, updated_at FROM conversation_votes
         WHERE conversation_id = $1 ORDER BY updated_at, id",
    )
    .bind(conversation_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let vote: i64 = get(r, "vote")?;
            Ok(StoredVote {
                user_id: get(r, "user_id")?,
                group_id: get(r, "group_id")?,
                statement_id: get(r, "statement_id")?,
                vote: vote.clamp(-1, 1) as i8,
                updated_at: ts(r, "updated_at")?,
            })
        })
        .collect()
}

/// The statements this member has voted on, with their votes.
pub async fn my_votes(db: impl Exec<'_>, conversation_id: i64, user_id: i64) -> Result<Vec<(i64, i8)>> {
    let rows =
        sqlx::query("SELECT statement_id, vote FROM conversation_votes WHERE conversation_id = $1 AND user_id = $2")
            .bind(conversation_id)
            .bind(user_id)
            .fetch_all(db)
            .await?;
    rows.iter()
        .map(|r| {
            let vote: i64 = get(r, "vote")?;
            Ok((get(r, "statement_id")?, vote.clamp(-1, 1) as i8))
        })
        .collect()
}

pub async fn save_analysis(
    db: impl Exec<'_>,
    conversation_id: i64,
    analysis: &str,
    memory: &str,
    spread: &str,
    votes: i64,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "UPDATE conversations SET analysis = $1, memory = $2, spread = $3, analysed_votes = $4, analysed_at = $5
         WHERE id = $6",
    )
    .bind(analysis)
    .bind(memory)
    .bind(spread)
    .bind(votes)
    .bind(now.0)
    .bind(conversation_id)
    .execute(db)
    .await?;
    Ok(())
}

/// A statement of an imported conversation, keyed by its id in the source.
pub struct ImportedStatement {
    pub key: i64,
    pub author: Option<i64>,
    pub body: String,
    pub status: StatementStatus,
    pub created_at: Timestamp,
}

/// A vote of an imported conversation: (participant key, statement key,
/// vote, when), in the order cast.
pub type ImportedVote = (i64, i64, i8, Timestamp);

/// Imports a whole conversation in one transaction, all or nothing. Source
/// participants are anonymous: each becomes a user with no email, no
/// password and no membership, named only "Participant N".
pub async fn import(
    conn: &mut Conn,
    initiative_id: i64,
    topic: &str,
    description: &str,
    statements: &[ImportedStatement],
    votes: &[ImportedVote],
    now: Timestamp,
) -> Result<i64> {
    use std::collections::BTreeMap;
    let row = sqlx::query(
        "INSERT INTO conversations (initiative_id, topic, description, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(initiative_id)
    .bind(topic)
    .bind(description)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = get(&row, "id")?;
    let mut participants: BTreeMap<i64, i64> = BTreeMap::new();
    let keys: Vec<i64> = votes.iter().map(|v| v.0).chain(statements.iter().filter_map(|s| s.author)).collect();
    for key in keys {
        if participants.contains_key(&key) {
            continue;
        }
        let name = format!("Participant {key}");
        let user = crate::users::NewUser {
            email: None,
            display_name: &name,
            password_hash: None,
            lang: "en",
            is_site_admin: false,
        };
        let uid = crate::users::create(&mut *conn, &user, now).await?;
        participants.insert(key, uid);
    }
    let mut statement_ids: BTreeMap<i64, i64> = BTreeMap::new();
    for s in statements {
        let row = sqlx::query(
            "INSERT INTO conversation_statements (conversation_id, author_id, body, status, seeded, created_at)
             VALUES ($1, $2, $3, $4, 0, $5) RETURNING id",
        )
        .bind(id)
        .bind(s.author.and_then(|a| participants.get(&a).copied()))
        .bind(&s.body)
        .bind(s.status.key())
        .bind(s.created_at.0)
        .fetch_one(&mut *conn)
        .await?;
        statement_ids.insert(s.key, get(&row, "id")?);
    }
    for &(participant, statement, vote, at) in votes {
        let (Some(&user), Some(&sid)) = (participants.get(&participant), statement_ids.get(&statement)) else {
            continue;
        };
        sqlx::query(
            "INSERT INTO conversation_votes (conversation_id, statement_id, user_id, vote, updated_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (statement_id, user_id) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(sid)
        .bind(user)
        .bind(i64::from(vote))
        .bind(at.0)
        .execute(&mut *conn)
        .await?;
    }
    recount_votes(&mut *conn, id).await?;
    Ok(id)
}
