//! Ideas and needs, endorsements, threaded comments and the public responses.

use sqlx::any::AnyRow;
use tandem_domain::{
    Timestamp,
    ideas::{IdeaDraft, IdeaKind, IdeaStatus, NotPossibleReason, Response},
};

use crate::{Backend, Conn, Db, Exec, Result, StoreError, choice, flag, get, opt_ts, paging::BindPage, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idea {
    pub id: i64,
    pub initiative_id: i64,
    pub author_id: Option<i64>,
    /// The author's account name: show it only when `author_protected` is false.
    pub author_name: Option<String>,
    /// The author is a pupil (their group protects identities).
    pub author_protected: bool,
    pub pseudonym: Option<String>,
    pub kind: IdeaKind,
    pub title: String,
    pub body: String,
    pub decision_area_id: Option<i64>,
    pub status: IdeaStatus,
    pub response: String,
    pub response_reason: Option<NotPossibleReason>,
    pub response_area_id: Option<i64>,
    pub merged_into: Option<i64>,
    pub conflict_note: String,
    pub first_response_at: Option<Timestamp>,
    pub responded_at: Option<Timestamp>,
    pub hidden_at: Option<Timestamp>,
    pub hidden_reason: Option<String>,
    pub endorsements: i64,
    pub comments: i64,
    pub created_at: Timestamp,
    /// Last changed by its author (the earlier words are in `revisions`).
    pub edited_at: Option<Timestamp>,
    pub withdrawn_at: Option<Timestamp>,
    pub withdrawn_reason: Option<String>,
    /// The language its author wrote it in, when they said.
    pub lang: Option<String>,
}

/// Whether an author is protected was recorded when they posted (see `create`).
const SELECT: &str = "SELECT i.id, i.initiative_id, i.author_id, u.display_name AS author_name,
        i.author_protected, i.pseudonym, i.kind, i.title, i.body, i.decision_area_id,
        i.status, i.response, i.response_reason, i.response_area_id, i.merged_into, i.conflict_note,
        i.first_response_at, i.responded_at, i.hidden_at, i.hidden_reason, i.created_at,
        i.edited_at, i.withdrawn_at, i.withdrawn_reason, i.lang,
        i.endorsements_count AS endorsements, i.comments_count AS comments
     FROM ideas i
     LEFT JOIN users u ON u.id = i.author_id";

/// 1 when the author, at this moment, is in a group that protects identities
/// in the initiative's community ($1 the initiative, $2 the author). Stored
/// with the post and never recomputed: anonymity fails closed.
const PROTECTED_NOW: &str = "(SELECT COALESCE(MAX(g.protects_identity), 0) FROM initiatives n
        JOIN memberships m ON m.community_id = n.community_id
        JOIN stakeholder_groups g ON g.id = m.group_id
        WHERE n.id = $1 AND m.user_id = $2)";

fn idea_from(row: &AnyRow) -> Result<Idea> {
    let reason: Option<String> = get(row, "response_reason")?;
    Ok(Idea {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        author_id: get(row, "author_id")?,
        author_name: get(row, "author_name")?,
        author_protected: flag(row, "author_protected")?,
        pseudonym: get(row, "pseudonym")?,
        kind: choice(row, "kind")?,
        title: get(row, "title")?,
        body: get(row, "body")?,
        decision_area_id: get(row, "decision_area_id")?,
        status: choice(row, "status")?,
        response: get(row, "response")?,
        response_reason: match reason {
            Some(r) => Some(tandem_domain::Choice::parse(&r).ok_or(StoreError::Corrupt("response_reason"))?),
            None => None,
        },
        response_area_id: get(row, "response_area_id")?,
        merged_into: get(row, "merged_into")?,
        conflict_note: get(row, "conflict_note")?,
        first_response_at: opt_ts(row, "first_response_at")?,
        responded_at: opt_ts(row, "responded_at")?,
        hidden_at: opt_ts(row, "hidden_at")?,
        hidden_reason: get(row, "hidden_reason")?,
        endorsements: get(row, "endorsements")?,
        comments: get(row, "comments")?,
        created_at: ts(row, "created_at")?,
        edited_at: opt_ts(row, "edited_at")?,
        withdrawn_at: opt_ts(row, "withdrawn_at")?,
        withdrawn_reason: get(row, "withdrawn_reason")?,
        lang: get(row, "lang")?,
    })
}

pub async fn create(
    db: impl Exec<'_>,
    initiative_id: i64,
    author_id: i64,
    draft: &IdeaDraft,
    decision_area_id: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO ideas (initiative_id, author_id, pseudonym, kind, title, body, decision_area_id, status, created_at,
                            updated_at, author_protected)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, {PROTECTED_NOW}) RETURNING id"
    )))
    .bind(initiative_id)
    .bind(author_id)
    .bind(draft.pseudonym.as_deref())
    .bind(draft.kind.key())
    .bind(&draft.title)
    .bind(&draft.body)
    .bind(decision_area_id)
    .bind(IdeaStatus::New.key())
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

/// True when moderation hid the idea (a queued email about it is then not sent).
pub async fn is_hidden(db: impl Exec<'_>, id: i64) -> Result<bool> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM ideas WHERE id = $1 AND hidden_at IS NOT NULL")
        .bind(id)
        .fetch_one(db)
        .await?;
    Ok(get::<i64>(&row, "n")? > 0)
}

pub async fn get_idea(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<Option<Idea>> {
    let sql = format!("{SELECT} WHERE i.initiative_id = $1 AND i.id = $2");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(initiative_id).bind(id).fetch_optional(db).await?;
    row.as_ref().map(idea_from).transpose()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Newest,
    Oldest,
    MostEndorsed,
    Status,
}

pub struct Filter<'a> {
    /// Words to search for in titles and bodies.
    pub words: Option<&'a str>,
    pub status: Option<IdeaStatus>,
    pub sort: Sort,
    pub limit: i64,
    /// Which ideas hidden by moderation to include.
    pub hidden: Hidden,
}

/// Ideas hidden by moderation leave every public list and search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// None of them (visitors and members).
    Exclude,
    /// Only this author's own (they see why theirs was hidden).
    AuthorsOwn(i64),
    /// All of them (moderators).
    Include,
}

/// The words of a search, letters and digits only, so neither database's
/// query syntax can be injected. At most 12 words.
fn search_words(words: &str) -> Vec<&str> {
    words.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(12).collect()
}

/// An FTS5 query: every word quoted and matched as a prefix, all required.
pub fn fts5_query(words: &str) -> Option<String> {
    let terms: Vec<String> = search_words(words).iter().map(|w| format!("\"{w}\"*")).collect();
    if terms.is_empty() { None } else { Some(terms.join(" ")) }
}

/// The same query for PostgreSQL's `to_tsquery`: prefixes, all required.
pub fn tsquery(words: &str) -> Option<String> {
    let terms: Vec<String> = search_words(words).iter().map(|w| format!("{}:*", w.to_lowercase())).collect();
    if terms.is_empty() { None } else { Some(terms.join(" & ")) }
}

/// Where the last page of a list ended: the sort keys of its last idea.
/// Passed back as `after`, it continues the list exactly there, however many
/// ideas were posted since (keyset pagination: no idea is skipped or repeated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct After {
    pub created_at: i64,
    pub id: i64,
    pub endorsements: i64,
    pub status: String,
}

impl After {
    pub fn of(idea: &Idea) -> After {
        After {
            created_at: idea.created_at.0,
            id: idea.id,
            endorsements: idea.endorsements,
            status: idea.status.key().to_owned(),
        }
    }
}

/// The ideas of an initiative as `filter` asks, hidden ones as it allows.
pub async fn list(db: &Db, initiative_id: i64, filter: &Filter<'_>) -> Result<Vec<Idea>> {
    Ok(page(db, initiative_id, filter, None).await?.0)
}

/// One page of the list, after `after`; true when more follow.
pub async fn page(
    db: &Db,
    initiative_id: i64,
    filter: &Filter<'_>,
    after: Option<&After>,
) -> Result<(Vec<Idea>, bool)> {
    // Newer first breaks every tie; the keyset repeats the order's comparisons.
    let (order, keyset) = match filter.sort {
        Sort::Newest => ("x.created_at DESC, x.id DESC", "(x.created_at < $6 OR (x.created_at = $6 AND x.id < $7))"),
        Sort::Oldest => ("x.created_at, x.id", "(x.created_at > $6 OR (x.created_at = $6 AND x.id > $7))"),
        Sort::MostEndorsed => (
            "x.endorsements DESC, x.created_at DESC, x.id DESC",
            "(x.endorsements < $8 OR (x.endorsements = $8 AND (x.created_at < $6 OR (x.created_at = $6 AND x.id < $7))))",
        ),
        Sort::Status => (
            "x.status, x.created_at DESC, x.id DESC",
            "(x.status > $9 OR (x.status = $9 AND (x.created_at < $6 OR (x.created_at = $6 AND x.id < $7))))",
        ),
    };
    let Some((matching, term)) = matching(db, filter, SELECT)? else { return Ok((Vec::new(), false)) };
    let limit = filter.limit.max(1);
    let sql = format!("SELECT * FROM ({matching}) x WHERE ($10 = 0 OR {keyset}) ORDER BY {order} LIMIT {}", limit + 1);
    let a = after.cloned().unwrap_or(After { created_at: 0, id: 0, endorsements: 0, status: String::new() });
    let rows = bind_matching(sqlx::query(sqlx::AssertSqlSafe(sql)), initiative_id, filter, term)
        .bind(a.created_at)
        .bind(a.id)
        .bind(a.endorsements)
        .bind(a.status)
        .bind(i64::from(after.is_some()))
        .fetch_all(db.pool())
        .await?;
    let more = rows.len() as i64 > limit;
    let ideas = rows.iter().take(limit as usize).map(idea_from).collect::<Result<Vec<_>>>()?;
    Ok((ideas, more))
}

/// How many ideas the filter matches in all (every page together).
pub async fn count(db: &Db, initiative_id: i64, filter: &Filter<'_>) -> Result<i64> {
    // Only the ideas' own columns: no join with users, nothing but the filter to read.
    let Some((matching, term)) = matching(db, filter, "SELECT i.id FROM ideas i")? else { return Ok(0) };
    let sql = format!("SELECT COUNT(*) AS n FROM ({matching}) x");
    let row =
        bind_matching(sqlx::query(sqlx::AssertSqlSafe(sql)), initiative_id, filter, term).fetch_one(db.pool()).await?;
    get(&row, "n")
}

/// The ideas the filter matches, unordered, as SQL over $1–$5 after
/// `select` (which names the table `i`); `None` when the search words can
/// match nothing.
fn matching(db: &Db, filter: &Filter<'_>, select: &str) -> Result<Option<(String, Option<String>)>> {
    let words = filter.words.map(str::trim).filter(|w| !w.is_empty());
    // Full-text search is the one place the backends need their own SQL:
    // SQLite's FTS5 index and PostgreSQL's tsvector index.
    let (search, term) = match (words, db.backend()) {
        (None, _) => ("AND $3 = ''", None),
        (Some(w), Backend::Sqlite) => match fts5_query(w) {
            Some(q) => ("AND i.id IN (SELECT rowid FROM ideas_fts WHERE ideas_fts MATCH $3)", Some(q)),
            None => return Ok(None),
        },
        (Some(w), Backend::Postgres) => match tsquery(w) {
            Some(q) => ("AND to_tsvector('simple', i.title || ' ' || i.body) @@ to_tsquery('simple', $3)", Some(q)),
            None => return Ok(None),
        },
    };
    Ok(Some((
        format!(
            "{select} WHERE i.initiative_id = $1 AND ($2 = '' OR i.status = $2) {search}
               AND (i.hidden_at IS NULL OR $4 = 1 OR i.author_id = $5)"
        ),
        term,
    )))
}

fn bind_matching<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    initiative_id: i64,
    filter: &Filter<'_>,
    term: Option<String>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    let (all_hidden, own_hidden) = match filter.hidden {
        Hidden::Exclude => (0, -1),
        Hidden::AuthorsOwn(user) => (0, user),
        Hidden::Include => (1, -1),
    };
    q.bind(initiative_id)
        .bind(filter.status.map(|s| s.key()).unwrap_or_default().to_owned())
        .bind(term.unwrap_or_default())
        .bind(all_hidden)
        .bind(own_hidden)
}

/// Endorses once per member; false when they already had.
pub async fn endorse(db: impl Exec<'_>, idea_id: i64, user_id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO idea_endorsements (idea_id, user_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (idea_id, user_id) DO NOTHING",
    )
    .bind(idea_id)
    .bind(user_id)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn withdraw_endorsement(db: impl Exec<'_>, idea_id: i64, user_id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM idea_endorsements WHERE idea_id = $1 AND user_id = $2")
        .bind(idea_id)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn has_endorsed(db: impl Exec<'_>, idea_id: i64, user_id: i64) -> Result<bool> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM idea_endorsements WHERE idea_id = $1 AND user_id = $2")
        .bind(idea_id)
        .bind(user_id)
        .fetch_one(db)
        .await?;
    Ok(get::<i64>(&row, "n")? > 0)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub author_protected: bool,
    pub pseudonym: Option<String>,
    pub body: String,
    pub hidden_at: Option<Timestamp>,
    pub hidden_reason: Option<String>,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    pub withdrawn_at: Option<Timestamp>,
    pub withdrawn_reason: Option<String>,
    pub lang: Option<String>,
}

/// Adds a comment; a reply must answer a comment on the same idea.
pub async fn add_comment(
    conn: &mut Conn,
    idea_id: i64,
    parent_id: Option<i64>,
    author_id: i64,
    pseudonym: Option<&str>,
    body: &str,
    now: Timestamp,
) -> Result<i64> {
    if let Some(parent) = parent_id {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM idea_comments WHERE id = $1 AND idea_id = $2")
            .bind(parent)
            .bind(idea_id)
            .fetch_one(&mut *conn)
            .await?;
        if get::<i64>(&row, "n")? == 0 {
            return Err(StoreError::NotFound);
        }
    }
    let row = sqlx::query(
        "INSERT INTO idea_comments (idea_id, parent_id, author_id, pseudonym, body, created_at, author_protected)
         VALUES ($1, $2, $3, $4, $5, $6,
                 (SELECT COALESCE(MAX(g.protects_identity), 0) FROM ideas i
                  JOIN initiatives n ON n.id = i.initiative_id
                  JOIN memberships m ON m.community_id = n.community_id
                  JOIN stakeholder_groups g ON g.id = m.group_id
                  WHERE i.id = $1 AND m.user_id = $3))
         RETURNING id",
    )
    .bind(idea_id)
    .bind(parent_id)
    .bind(author_id)
    .bind(pseudonym)
    .bind(body)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    get(&row, "id")
}

const COMMENT_COLUMNS: &str = "c.id, c.parent_id, c.author_id, u.display_name AS author_name, c.author_protected,
     c.pseudonym, c.body, c.hidden_at, c.hidden_reason, c.created_at,
     c.edited_at, c.withdrawn_at, c.withdrawn_reason, c.lang";

/// Comments in posting order (pages thread them by `parent_id`).
pub async fn comments(db: impl Exec<'_>, idea_id: i64) -> Result<Vec<Comment>> {
    let sql = format!(
        "SELECT {COMMENT_COLUMNS} FROM idea_comments c LEFT JOIN users u ON u.id = c.author_id
         WHERE c.idea_id = $1 ORDER BY c.created_at, c.id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(idea_id).fetch_all(db).await?;
    comments_from(&rows)
}

/// Where the threads of a page of comments start and end: the first and
/// last thread's first comment (time and id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threads {
    pub first: crate::paging::After,
    pub last: crate::paging::After,
}

/// The opening comments of a page of threads, oldest first, after `after`:
/// `limit + 1` of them, the extra one saying more follow.
pub async fn thread_starts(
    db: impl Exec<'_>,
    idea_id: i64,
    after: Option<crate::paging::After>,
    limit: i64,
) -> Result<Vec<crate::paging::After>> {
    let rows = sqlx::query(
        "SELECT id, created_at FROM idea_comments
         WHERE idea_id = $1 AND parent_id IS NULL
           AND ($2 = 0 OR created_at > $3 OR (created_at = $3 AND id > $4))
         ORDER BY created_at, id LIMIT $5",
    )
    .bind(idea_id)
    .bind_page(after, limit)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok(crate::paging::After { at: get(r, "created_at")?, id: get(r, "id")? })).collect()
}

/// Every comment of the threads from `threads.first` to `threads.last`, in
/// posting order: the opening comments and all their replies, however deep.
pub async fn threads(db: impl Exec<'_>, idea_id: i64, threads: Threads) -> Result<Vec<Comment>> {
    let sql = format!(
        "WITH RECURSIVE tree(id) AS (
             SELECT id FROM idea_comments
             WHERE idea_id = $1 AND parent_id IS NULL
               AND (created_at > $2 OR (created_at = $2 AND id >= $3))
               AND (created_at < $4 OR (created_at = $4 AND id <= $5))
             UNION ALL
             SELECT r.id FROM idea_comments r JOIN tree t ON r.parent_id = t.id)
         SELECT {COMMENT_COLUMNS} FROM idea_comments c LEFT JOIN users u ON u.id = c.author_id
         WHERE c.id IN (SELECT id FROM tree) ORDER BY c.created_at, c.id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(idea_id)
        .bind(threads.first.at)
        .bind(threads.first.id)
        .bind(threads.last.at)
        .bind(threads.last.id)
        .fetch_all(db)
        .await?;
    comments_from(&rows)
}

/// Where a page that begins with the comment's thread starts: the opening
/// comment of the thread before it, or `None` when its thread is the first.
pub async fn thread_before(db: impl Exec<'_>, idea_id: i64, comment_id: i64) -> Result<Option<crate::paging::After>> {
    let row = sqlx::query(
        "WITH RECURSIVE up(id, parent_id) AS (
             SELECT id, parent_id FROM idea_comments WHERE id = $1 AND idea_id = $2
             UNION ALL
             SELECT c.id, c.parent_id FROM idea_comments c JOIN up ON c.id = up.parent_id)
         SELECT p.id, p.created_at FROM idea_comments r, idea_comments p
         WHERE r.id = (SELECT id FROM up WHERE parent_id IS NULL)
           AND p.idea_id = $2 AND p.parent_id IS NULL
           AND (p.created_at < r.created_at OR (p.created_at = r.created_at AND p.id < r.id))
         ORDER BY p.created_at DESC, p.id DESC LIMIT 1",
    )
    .bind(comment_id)
    .bind(idea_id)
    .fetch_optional(db)
    .await?;
    row.map(|r| Ok(crate::paging::After { at: get(&r, "created_at")?, id: get(&r, "id")? })).transpose()
}

/// How many threads (opening comments) an idea has.
pub async fn thread_count(db: impl Exec<'_>, idea_id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM idea_comments WHERE idea_id = $1 AND parent_id IS NULL")
        .bind(idea_id)
        .fetch_one(db)
        .await?;
    get(&row, "n")
}

/// Whether the comment belongs to the idea.
pub async fn has_comment(db: impl Exec<'_>, idea_id: i64, comment_id: i64) -> Result<bool> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM idea_comments WHERE id = $1 AND idea_id = $2")
        .bind(comment_id)
        .bind(idea_id)
        .fetch_one(db)
        .await?;
    Ok(get::<i64>(&row, "n")? > 0)
}

fn comments_from(rows: &[sqlx::any::AnyRow]) -> Result<Vec<Comment>> {
    rows.iter()
        .map(|row| {
            Ok(Comment {
                id: get(row, "id")?,
                parent_id: get(row, "parent_id")?,
                author_id: get(row, "author_id")?,
                author_name: get(row, "author_name")?,
                author_protected: flag(row, "author_protected")?,
                pseudonym: get(row, "pseudonym")?,
                body: get(row, "body")?,
                hidden_at: opt_ts(row, "hidden_at")?,
                hidden_reason: get(row, "hidden_reason")?,
                created_at: ts(row, "created_at")?,
                edited_at: opt_ts(row, "edited_at")?,
                withdrawn_at: opt_ts(row, "withdrawn_at")?,
                withdrawn_reason: get(row, "withdrawn_reason")?,
                lang: get(row, "lang")?,
            })
        })
        .collect()
}

/// Records the language a post is written in.
pub async fn set_language(db: impl Exec<'_>, post: Post, lang: &str) -> Result<()> {
    let sql = match post {
        Post::Idea(_) => "UPDATE ideas SET lang = $1 WHERE id = $2",
        Post::Comment(_) => "UPDATE idea_comments SET lang = $1 WHERE id = $2",
    };
    sqlx::query(sql).bind(lang).bind(post.parts().1).execute(db).await?;
    Ok(())
}

/// Which post a revision belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Post {
    Idea(i64),
    Comment(i64),
}

impl Post {
    fn parts(self) -> (&'static str, i64) {
        match self {
            Post::Idea(id) => ("idea", id),
            Post::Comment(id) => ("comment", id),
        }
    }
}

/// Words an edit replaced, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub title: String,
    pub body: String,
    pub replaced_at: Timestamp,
}

/// Counts every idea's endorsements and visible comments again from the rows
/// (the triggers of migration 26 keep them otherwise; a restore needs this).
pub async fn recount(conn: &mut Conn) -> Result<()> {
    sqlx::query(
        "UPDATE ideas SET
             endorsements_count = (SELECT COUNT(*) FROM idea_endorsements e WHERE e.idea_id = ideas.id),
             comments_count = (SELECT COUNT(*) FROM idea_comments c WHERE c.idea_id = ideas.id AND c.hidden_at IS NULL)",
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Locks an idea's row for the rest of the transaction. Endorsing, replying,
/// answering and editing all take it first, so an edit never slips past an
/// endorsement or reply committed at the same moment.
pub async fn lock_idea(db: impl Exec<'_>, idea_id: i64) -> Result<()> {
    sqlx::query("UPDATE ideas SET id = id WHERE id = $1").bind(idea_id).execute(db).await?;
    Ok(())
}

/// What decides whether a post may still be edited, read after `lock_idea`
/// in statements of their own (so anything committed before the lock counts).
pub async fn post_state(conn: &mut Conn, post: Post) -> Result<tandem_domain::ideas::PostState> {
    let row = match post {
        Post::Idea(id) => {
            sqlx::query(
                "SELECT CASE WHEN i.first_response_at IS NULL THEN 0 ELSE 1 END AS answered,
                        i.endorsements_count AS endorsements,
                        (SELECT COUNT(*) FROM idea_comments c WHERE c.idea_id = i.id) AS replies,
                        CASE WHEN i.withdrawn_at IS NULL THEN 0 ELSE 1 END AS withdrawn,
                        CASE WHEN i.hidden_at IS NULL THEN 0 ELSE 1 END AS hidden
                 FROM ideas i WHERE i.id = $1",
            )
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
        }
        Post::Comment(id) => {
            sqlx::query(
                "SELECT 0 AS answered, 0 AS endorsements,
                        (SELECT COUNT(*) FROM idea_comments r WHERE r.parent_id = c.id) AS replies,
                        CASE WHEN c.withdrawn_at IS NULL THEN 0 ELSE 1 END AS withdrawn,
                        CASE WHEN c.hidden_at IS NULL THEN 0 ELSE 1 END AS hidden
                 FROM idea_comments c WHERE c.id = $1",
            )
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
        }
    };
    let row = row.ok_or(StoreError::NotFound)?;
    Ok(tandem_domain::ideas::PostState {
        answered: flag(&row, "answered")?,
        endorsements: get(&row, "endorsements")?,
        replies: get(&row, "replies")?,
        withdrawn: flag(&row, "withdrawn")?,
        hidden: flag(&row, "hidden")?,
    })
}

/// Replaces a post's words, keeping the old ones as a revision.
pub async fn edit(conn: &mut Conn, post: Post, title: &str, body: &str, now: Timestamp) -> Result<()> {
    let (target, id) = post.parts();
    let (old_title, old_body): (String, String) = match post {
        Post::Idea(_) => {
            let row = sqlx::query("SELECT title, body FROM ideas WHERE id = $1").bind(id).fetch_one(&mut *conn).await?;
            (get(&row, "title")?, get(&row, "body")?)
        }
        Post::Comment(_) => {
            let row =
                sqlx::query("SELECT body FROM idea_comments WHERE id = $1").bind(id).fetch_one(&mut *conn).await?;
            (String::new(), get(&row, "body")?)
        }
    };
    sqlx::query("INSERT INTO post_revisions (target, target_id, title, body, replaced_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(target)
        .bind(id)
        .bind(old_title)
        .bind(old_body)
        .bind(now.0)
        .execute(&mut *conn)
        .await?;
    let update = match post {
        Post::Idea(_) => {
            sqlx::query("UPDATE ideas SET title = $1, body = $2, edited_at = $3 WHERE id = $4").bind(title)
        }
        Post::Comment(_) => sqlx::query("UPDATE idea_comments SET body = $1, edited_at = $2 WHERE id = $3"),
    };
    update.bind(body).bind(now.0).bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// Marks a post withdrawn by its author, with their reason.
pub async fn withdraw(db: impl Exec<'_>, post: Post, reason: &str, now: Timestamp) -> Result<()> {
    let sql = match post {
        Post::Idea(_) => "UPDATE ideas SET withdrawn_at = $1, withdrawn_reason = $2 WHERE id = $3",
        Post::Comment(_) => "UPDATE idea_comments SET withdrawn_at = $1, withdrawn_reason = $2 WHERE id = $3",
    };
    sqlx::query(sql).bind(now.0).bind(reason).bind(post.parts().1).execute(db).await?;
    Ok(())
}

/// The words a post's edits replaced, oldest first.
pub async fn revisions(db: impl Exec<'_>, post: Post) -> Result<Vec<Revision>> {
    let (target, id) = post.parts();
    let rows = sqlx::query(
        "SELECT title, body, replaced_at FROM post_revisions WHERE target = $1 AND target_id = $2 ORDER BY id",
    )
    .bind(target)
    .bind(id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Revision { title: get(row, "title")?, body: get(row, "body")?, replaced_at: ts(row, "replaced_at")? })
        })
        .collect()
}

/// Records a response: the idea's new status and public answer, and the
/// history row, together. Returns the status it had before.
pub async fn respond(
    conn: &mut Conn,
    idea_id: i64,
    r: &Response,
    actor: Option<i64>,
    now: Timestamp,
) -> Result<IdeaStatus> {
    let row = sqlx::query("SELECT status FROM ideas WHERE id = $1").bind(idea_id).fetch_optional(&mut *conn).await?;
    let Some(row) = row else {
        return Err(StoreError::NotFound);
    };
    let from: IdeaStatus = choice(&row, "status")?;
    sqlx::query(
        "UPDATE ideas SET status = $1, response = $2, response_reason = $3, response_area_id = $4, merged_into = $5,
                conflict_note = $6, responded_by = $7, responded_at = $8, first_response_at = COALESCE(first_response_at, $8),
                updated_at = $8
         WHERE id = $9",
    )
    .bind(r.status.key())
    .bind(&r.text)
    .bind(r.reason.map(|x| x.key()))
    .bind(r.decision_area)
    .bind(r.merged_into)
    .bind(&r.conflict_note)
    .bind(actor)
    .bind(now.0)
    .bind(idea_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO idea_responses (idea_id, from_status, to_status, response, reason, conflict_note, actor_id, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(idea_id)
    .bind(from.key())
    .bind(r.status.key())
    .bind(&r.text)
    .bind(r.reason.map(|x| x.key()))
    .bind(&r.conflict_note)
    .bind(actor)
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    Ok(from)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseRecord {
    pub from_status: IdeaStatus,
    pub to_status: IdeaStatus,
    pub response: String,
    pub at: Timestamp,
}

pub async fn responses(db: impl Exec<'_>, idea_id: i64) -> Result<Vec<ResponseRecord>> {
    let rows = sqlx::query(
        "SELECT from_status, to_status, response, at FROM idea_responses WHERE idea_id = $1 ORDER BY at, id",
    )
    .bind(idea_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ResponseRecord {
                from_status: choice(row, "from_status")?,
                to_status: choice(row, "to_status")?,
                response: get(row, "response")?,
                at: ts(row, "at")?,
            })
        })
        .collect()
}

/// Everyone who posted, endorsed or commented on an idea.
pub async fn followers(db: impl Exec<'_>, idea_id: i64) -> Result<Vec<i64>> {
    let rows = sqlx::query(
        "SELECT author_id AS user_id FROM ideas WHERE id = $1 AND author_id IS NOT NULL
         UNION SELECT user_id FROM idea_endorsements WHERE idea_id = $1
         UNION SELECT author_id FROM idea_comments WHERE idea_id = $1 AND author_id IS NOT NULL",
    )
    .bind(idea_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|row| get(row, "user_id")).collect()
}

/// Ideas and comments a member posted since `since` (for the daily limits).
pub async fn posted_since(db: impl Exec<'_>, user_id: i64, since: Timestamp) -> Result<(i64, i64)> {
    let row = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM ideas WHERE author_id = $1 AND created_at >= $2) AS ideas,
                (SELECT COUNT(*) FROM idea_comments WHERE author_id = $1 AND created_at >= $2) AS comments",
    )
    .bind(user_id)
    .bind(since.0)
    .fetch_one(db)
    .await?;
    Ok((get(&row, "ideas")?, get(&row, "comments")?))
}

/// When each answered idea was posted and first answered (response times).
pub async fn response_times(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<(Timestamp, Timestamp)>> {
    let rows = sqlx::query(
        "SELECT created_at, first_response_at FROM ideas WHERE initiative_id = $1 AND first_response_at IS NOT NULL",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|row| Ok((ts(row, "created_at")?, ts(row, "first_response_at")?))).collect()
}

/// An unanswered idea in the facilitators' queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub id: i64,
    pub title: String,
    pub initiative_slug: String,
    pub initiative_title: String,
    pub target_days: i64,
    pub created_at: Timestamp,
}

/// Ideas still waiting for a first response in a community, oldest first.
/// A page of the community's ideas still waiting for a first answer, oldest
/// first, after `after` (`limit + 1` rows: the extra one says more follow).
/// A withdrawn idea waits for nothing.
pub async fn waiting(
    db: impl Exec<'_>,
    community_id: i64,
    after: Option<crate::paging::After>,
    limit: i64,
) -> Result<Vec<Waiting>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT i.id, i.title, n.slug, n.title AS initiative_title, n.response_target_days, i.created_at
         FROM ideas i JOIN initiatives n ON n.id = i.initiative_id
         WHERE {WAITING} AND ($2 = 0 OR i.created_at > $3 OR (i.created_at = $3 AND i.id > $4))
         ORDER BY i.created_at, i.id LIMIT $5"
    )))
    .bind(community_id)
    .bind_page(after, limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Waiting {
                id: get(row, "id")?,
                title: get(row, "title")?,
                initiative_slug: get(row, "slug")?,
                initiative_title: get(row, "initiative_title")?,
                target_days: get(row, "response_target_days")?,
                created_at: ts(row, "created_at")?,
            })
        })
        .collect()
}

/// The ideas of community $1 waiting for a first answer.
const WAITING: &str =
    "n.community_id = $1 AND i.first_response_at IS NULL AND i.hidden_at IS NULL AND i.withdrawn_at IS NULL";

/// How many of the community's ideas wait for a first answer.
pub async fn waiting_count(db: impl Exec<'_>, community_id: i64) -> Result<i64> {
    let sql = format!("SELECT COUNT(*) AS n FROM ideas i JOIN initiatives n ON n.id = i.initiative_id WHERE {WAITING}");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(community_id).fetch_one(db).await?;
    get(&row, "n")
}

/// How many of an initiative's visible ideas created before `cutoff` still
/// wait for a first response.
pub async fn unanswered_before(db: impl Exec<'_>, initiative_id: i64, cutoff: Timestamp) -> Result<i64> {
    // Counted inside the partial index ideas_unanswered, not by reading every idea.
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM ideas
         WHERE initiative_id = $1 AND first_response_at IS NULL AND hidden_at IS NULL AND withdrawn_at IS NULL
           AND created_at < $2",
    )
    .bind(initiative_id)
    .bind(cutoff.0)
    .fetch_one(db)
    .await?;
    get(&row, "n")
}

/// The public answers of an initiative's ideas (id, title, answer), oldest
/// first: the texts translators give in other languages. Hidden ideas are left out.
pub async fn answers(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<(i64, String, String)>> {
    let rows = sqlx::query(
        "SELECT id, title, response FROM ideas
         WHERE initiative_id = $1 AND response <> '' AND hidden_at IS NULL ORDER BY created_at, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|row| Ok((get(row, "id")?, get(row, "title")?, get(row, "response")?))).collect()
}

/// Every pseudonym a person posted under: (comment or not, row id, pseudonym).
pub async fn pseudonyms_of(db: impl Exec<'_>, user_id: i64) -> Result<Vec<(bool, i64, String)>> {
    let rows = sqlx::query(
        "SELECT 0 AS is_comment, id, pseudonym FROM ideas WHERE author_id = $1 AND pseudonym IS NOT NULL
         UNION ALL
         SELECT 1, id, pseudonym FROM idea_comments WHERE author_id = $1 AND pseudonym IS NOT NULL",
    )
    .bind(user_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((get::<i64>(r, "is_comment")? == 1, get(r, "id")?, get(r, "pseudonym")?))).collect()
}

/// Withdraws a pseudonym: the post then shows its author as pages do for
/// anyone without one ("a pupil" for pupils).
pub async fn clear_pseudonym(db: impl Exec<'_>, is_comment: bool, id: i64) -> Result<()> {
    let table = if is_comment { "idea_comments" } else { "ideas" };
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE {table} SET pseudonym = NULL WHERE id = $1")))
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// The ids of an initiative's ideas that are not hidden (what minutes may say a decision answers).
pub async fn visible_ids(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<i64>> {
    let rows = sqlx::query("SELECT id FROM ideas WHERE initiative_id = $1 AND hidden_at IS NULL ORDER BY id")
        .bind(initiative_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|row| get(row, "id")).collect()
}
