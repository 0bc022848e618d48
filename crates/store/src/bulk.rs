//! Rows in bulk, for `tandem demo --scale N`: a district many times the
//! demo's size, written in multi-row INSERTs inside one transaction, so that
//! anyone can reproduce the figures measured at scale in minutes rather than
//! hours. Nothing else writes through here: real writes go through the use
//! cases, one at a time, with their checks and their audit entries.

use crate::{Conn, Result, get};

/// One value of a row.
#[derive(Debug, Clone)]
pub enum Cell {
    Int(i64),
    Text(String),
    Null,
}

impl From<i64> for Cell {
    fn from(v: i64) -> Cell {
        Cell::Int(v)
    }
}

impl From<Option<i64>> for Cell {
    fn from(v: Option<i64>) -> Cell {
        v.map_or(Cell::Null, Cell::Int)
    }
}

impl From<&str> for Cell {
    fn from(v: &str) -> Cell {
        Cell::Text(v.to_owned())
    }
}

impl From<String> for Cell {
    fn from(v: String) -> Cell {
        Cell::Text(v)
    }
}

/// Bound values per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535).
const MAX_BINDS: usize = 30_000;
/// Rows per statement: each statement stays well under the slow-statement
/// log's second, and under the bind limit for wide rows.
const MAX_ROWS: usize = 1_000;

/// Inserts `rows` into `table` (each row one value per column), many rows
/// per statement; returns the new ids in order when `with_ids`.
async fn insert(
    conn: &mut Conn,
    table: &'static str,
    columns: &'static [&'static str],
    rows: &[Vec<Cell>],
    with_ids: bool,
) -> Result<Vec<i64>> {
    let per_statement = (MAX_BINDS / columns.len()).clamp(1, MAX_ROWS);
    let mut ids = Vec::with_capacity(if with_ids { rows.len() } else { 0 });
    for chunk in rows.chunks(per_statement) {
        let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
        let mut n = 0;
        for (r, _) in chunk.iter().enumerate() {
            if r > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for c in 0..columns.len() {
                n += 1;
                if c > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${n}"));
            }
            sql.push(')');
        }
        if with_ids {
            sql.push_str(" RETURNING id");
        }
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for row in chunk {
            for cell in row {
                q = match cell {
                    Cell::Int(v) => q.bind(*v),
                    Cell::Text(v) => q.bind(v.clone()),
                    Cell::Null => q.bind(Option::<i64>::None),
                };
            }
        }
        if with_ids {
            for row in q.fetch_all(&mut *conn).await? {
                ids.push(get(&row, "id")?);
            }
        } else {
            q.execute(&mut *conn).await?;
        }
    }
    Ok(ids)
}

/// Someone who joined the community.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub lang: &'static str,
    pub group_id: Option<i64>,
    pub school_id: Option<i64>,
    pub joined_at: i64,
}

/// An idea on a board.
#[derive(Debug, Clone)]
pub struct IdeaRow {
    pub author_id: i64,
    pub kind: &'static str,
    pub title: String,
    pub body: String,
    pub status: &'static str,
    pub at: i64,
}

/// A ballot and its voter (put on the roll).
#[derive(Debug, Clone)]
pub struct BallotRow {
    pub user_id: i64,
    pub group_id: Option<i64>,
    pub content: String,
    pub tracker: String,
    pub at: i64,
}

/// People who joined a community, as members. Returns their user ids, in order.
pub async fn members(conn: &mut Conn, community_id: i64, people: &[Person]) -> Result<Vec<i64>> {
    let users: Vec<Vec<Cell>> =
        people.iter().map(|p| vec![p.name.clone().into(), p.lang.into(), p.joined_at.into()]).collect();
    let ids = insert(conn, "users", &["display_name", "lang", "created_at"], &users, true).await?;
    let memberships: Vec<Vec<Cell>> = people
        .iter()
        .zip(&ids)
        .map(|(p, id)| {
            vec![
                community_id.into(),
                (*id).into(),
                "member".into(),
                p.group_id.into(),
                p.school_id.into(),
                p.joined_at.into(),
            ]
        })
        .collect();
    insert(
        conn,
        "memberships",
        &["community_id", "user_id", "role", "group_id", "school_id", "created_at"],
        &memberships,
        false,
    )
    .await?;
    Ok(ids)
}

/// Ideas on an initiative's board. Returns their ids.
pub async fn ideas(conn: &mut Conn, initiative_id: i64, ideas: &[IdeaRow]) -> Result<Vec<i64>> {
    let rows: Vec<Vec<Cell>> = ideas
        .iter()
        .map(|i| {
            vec![
                initiative_id.into(),
                i.author_id.into(),
                i.kind.into(),
                i.title.clone().into(),
                i.body.clone().into(),
                i.status.into(),
                i.at.into(),
                i.at.into(),
            ]
        })
        .collect();
    let columns = &["initiative_id", "author_id", "kind", "title", "body", "status", "created_at", "updated_at"];
    insert(conn, "ideas", columns, &rows, true).await
}

/// Endorsements: `(idea, member, at)`, each pair once.
pub async fn endorsements(conn: &mut Conn, rows: &[(i64, i64, i64)]) -> Result<()> {
    let rows: Vec<Vec<Cell>> = rows.iter().map(|(i, u, at)| vec![(*i).into(), (*u).into(), (*at).into()]).collect();
    insert(conn, "idea_endorsements", &["idea_id", "user_id", "created_at"], &rows, false).await?;
    Ok(())
}

/// Comments opening a thread: `(idea, author, body, at)`.
pub async fn comments(conn: &mut Conn, rows: &[(i64, i64, String, i64)]) -> Result<()> {
    let rows: Vec<Vec<Cell>> =
        rows.iter().map(|(i, u, body, at)| vec![(*i).into(), (*u).into(), body.clone().into(), (*at).into()]).collect();
    insert(conn, "idea_comments", &["idea_id", "author_id", "body", "created_at"], &rows, false).await?;
    Ok(())
}

/// Notifications that an idea's status changed: `(recipient, initiative, idea, title, at)`.
pub async fn notifications(conn: &mut Conn, rows: &[(i64, i64, i64, String, i64)]) -> Result<()> {
    let rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|(u, n, i, detail, at)| {
            vec![(*u).into(), "idea_status".into(), (*n).into(), (*i).into(), detail.clone().into(), (*at).into()]
        })
        .collect();
    let columns = &["user_id", "kind", "initiative_id", "idea_id", "detail", "created_at"];
    insert(conn, "notifications", columns, &rows, false).await?;
    Ok(())
}

/// Ballots in a poll (`budget` false) or a budget, with the voters on the roll.
pub async fn ballots(conn: &mut Conn, budget: bool, owner_id: i64, rows: &[BallotRow]) -> Result<()> {
    let (table, ballot_box) = if budget { ("budget_ballots", "budget") } else { ("poll_ballots", "poll") };
    let ballots: Vec<Vec<Cell>> = rows
        .iter()
        .map(|b| {
            vec![
                owner_id.into(),
                b.user_id.into(),
                b.group_id.into(),
                b.content.clone().into(),
                b.tracker.clone().into(),
                b.at.into(),
                b.at.into(),
            ]
        })
        .collect();
    let columns: &'static [&'static str] = if budget {
        &["budget_id", "user_id", "group_id", "content", "tracker", "created_at", "updated_at"]
    } else {
        &["poll_id", "user_id", "group_id", "content", "tracker", "created_at", "updated_at"]
    };
    insert(conn, table, columns, &ballots, false).await?;
    let roll: Vec<Vec<Cell>> = rows
        .iter()
        .map(|b| vec![ballot_box.into(), owner_id.into(), b.user_id.into(), b.group_id.into(), b.at.into()])
        .collect();
    insert(conn, "ballot_roll", &["box", "owner_id", "user_id", "group_id", "voted_at"], &roll, false).await?;
    Ok(())
}

/// Votes in a conversation: `(statement, voter, group, vote, at)`, each pair once.
pub async fn conversation_votes(
    conn: &mut Conn,
    conversation_id: i64,
    rows: &[(i64, i64, Option<i64>, i64, i64)],
) -> Result<()> {
    let rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|(s, u, g, v, at)| {
            vec![conversation_id.into(), (*s).into(), (*u).into(), (*g).into(), (*v).into(), (*at).into()]
        })
        .collect();
    let columns = &["conversation_id", "statement_id", "user_id", "group_id", "vote", "updated_at"];
    insert(conn, "conversation_votes", columns, &rows, false).await?;
    crate::conversations::recount_votes(&mut *conn, conversation_id).await
}
