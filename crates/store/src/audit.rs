//! An append-only record of who changed what, for admins and disputes.

use tandem_domain::Timestamp;

use tandem_domain::audit::{Break, Sealed, Verifier};

use crate::{Conn, Exec, Result, flag, get, paging::BindPage, ts};

pub struct Entry<'a> {
    pub community_id: Option<i64>,
    /// The initiative the change concerns, when it concerns one.
    pub initiative_id: Option<i64>,
    pub actor_id: Option<i64>,
    /// The door the change came through: page, api, cli or worker.
    pub via: &'a str,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
}

/// Appends an entry to the chain. Call it inside the write's transaction:
/// the head row stays locked until it commits, so concurrent writers seal
/// one after another and the chain never forks or skips.
pub async fn record(c: &mut Conn, entry: &Entry<'_>, now: Timestamp) -> Result<()> {
    // The actor's name and protection as they are now, kept with the entry.
    let (actor_name, actor_protected) = match entry.actor_id {
        Some(id) => {
            let row = sqlx::query(
                "SELECT u.display_name,
                        COALESCE((SELECT g.protects_identity FROM memberships m
                                  JOIN stakeholder_groups g ON g.id = m.group_id
                                  WHERE m.user_id = u.id AND m.community_id = $2), 0) AS protected
                 FROM users u WHERE u.id = $1",
            )
            .bind(id)
            .bind(entry.community_id.unwrap_or(-1))
            .fetch_optional(&mut *c)
            .await?;
            match row {
                Some(r) => (get::<String>(&r, "display_name")?, flag(&r, "protected")?),
                None => (String::new(), false),
            }
        }
        None => (String::new(), false),
    };
    let (seq, previous) = lock_head(c).await?;
    let sealed = Sealed {
        seq,
        community_id: entry.community_id,
        initiative_id: entry.initiative_id,
        actor_id: entry.actor_id,
        actor_name: &actor_name,
        actor_protected,
        via: entry.via,
        action: entry.action,
        subject: entry.subject,
        detail: entry.detail,
        at: now.0,
    };
    let hash = sealed.hash(&previous);
    sqlx::query(
        "INSERT INTO audit_log (seq, community_id, initiative_id, actor_id, actor_name, actor_protected,
                                via, action, subject, detail, at, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(seq)
    .bind(entry.community_id)
    .bind(entry.initiative_id)
    .bind(entry.actor_id)
    .bind(actor_name.as_str())
    .bind(i64::from(actor_protected))
    .bind(entry.via)
    .bind(entry.action)
    .bind(entry.subject)
    .bind(entry.detail)
    .bind(now.0)
    .bind(previous.as_str())
    .bind(hash.as_str())
    .execute(&mut *c)
    .await?;
    set_head(c, seq, &hash).await
}

/// Takes the next position in the chain and the hash before it, locking the
/// head row until the transaction ends (the UPDATE is what locks it, on
/// both databases).
async fn lock_head(c: &mut Conn) -> Result<(i64, String)> {
    let row =
        sqlx::query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash").fetch_one(&mut *c).await?;
    Ok((get(&row, "seq")?, get(&row, "hash")?))
}

async fn set_head(c: &mut Conn, seq: i64, hash: &str) -> Result<()> {
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1").bind(seq).bind(hash).execute(&mut *c).await?;
    Ok(())
}

/// Seals entries written before the chain existed, in the order they were
/// written. Only the migration that adds the chain calls it, inside its own
/// transaction: a row slipped in later without a seal stays unsealed, and
/// `verify` reports it.
pub(crate) async fn seal_unsealed(c: &mut Conn) -> std::result::Result<usize, sqlx::Error> {
    let sealed = async {
        let pending =
            sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM audit_log WHERE hash IS NULL ORDER BY id")))
                .fetch_all(&mut *c)
                .await?;
        let (next, mut previous) = lock_head(c).await?;
        let mut seq = next - 1;
        for row in &pending {
            seq += 1;
            let stored = Stored::read(row)?;
            let mut sealed = stored.sealed();
            sealed.seq = seq;
            let hash = sealed.hash(&previous);
            sqlx::query("UPDATE audit_log SET seq = $1, prev_hash = $2, hash = $3 WHERE id = $4")
                .bind(seq)
                .bind(previous.as_str())
                .bind(hash.as_str())
                .bind(stored.id)
                .execute(&mut *c)
                .await?;
            previous = hash;
        }
        set_head(c, seq, &previous).await?;
        Ok::<_, crate::StoreError>(pending.len())
    }
    .await;
    sealed.map_err(|e| match e {
        crate::StoreError::Database(e) => e,
        other => sqlx::Error::Protocol(other.to_string()),
    })
}

const COLUMNS: &str = "id, seq, community_id, initiative_id, actor_id, actor_name, actor_protected, \
                       via, action, subject, detail, at, prev_hash, hash";

/// One entry as stored, every column the hash covers.
struct Stored {
    id: i64,
    seq: Option<i64>,
    community_id: Option<i64>,
    initiative_id: Option<i64>,
    actor_id: Option<i64>,
    actor_name: String,
    actor_protected: bool,
    via: String,
    action: String,
    subject: String,
    detail: String,
    at: i64,
    prev_hash: Option<String>,
    hash: Option<String>,
}

impl Stored {
    fn read(row: &sqlx::any::AnyRow) -> Result<Stored> {
        Ok(Stored {
            id: get(row, "id")?,
            seq: get(row, "seq")?,
            community_id: get(row, "community_id")?,
            initiative_id: get(row, "initiative_id")?,
            actor_id: get(row, "actor_id")?,
            actor_name: get(row, "actor_name")?,
            actor_protected: flag(row, "actor_protected")?,
            via: get(row, "via")?,
            action: get(row, "action")?,
            subject: get(row, "subject")?,
            detail: get(row, "detail")?,
            at: get(row, "at")?,
            prev_hash: get(row, "prev_hash")?,
            hash: get(row, "hash")?,
        })
    }

    fn sealed(&self) -> Sealed<'_> {
        Sealed {
            seq: self.seq.unwrap_or_default(),
            community_id: self.community_id,
            initiative_id: self.initiative_id,
            actor_id: self.actor_id,
            actor_name: &self.actor_name,
            actor_protected: self.actor_protected,
            via: &self.via,
            action: &self.action,
            subject: &self.subject,
            detail: &self.detail,
            at: self.at,
        }
    }
}

/// What `tandem audit verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// Entries checked.
    pub entries: i64,
    /// The hash of the last entry: note it somewhere else (a minute book, an
    /// email to the board) and a later rewrite of the whole log shows.
    pub head: String,
    /// The first break, with the stored id of the entry where it is.
    pub broken: Option<(Break, Option<i64>)>,
}

/// Checks the whole chain from the first entry to the head, a page at a time.
/// `anchors` are (position, hash) pairs noted earlier outside the database.
pub async fn verify(db: &crate::Db, anchors: Vec<(i64, String)>) -> Result<Verified> {
    const BATCH: i64 = 2000;
    let Head { position: head_seq, hash: head_hash } = head(db.pool()).await?;
    let mut verifier = Verifier::with_anchors(anchors);
    let mut after = i64::MIN;
    let mut checked = 0;
    // The stored id of the entry last checked, to name a broken one to an operator.
    let mut last_id = None;
    loop {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM audit_log WHERE seq IS NOT NULL AND seq > $1 ORDER BY seq LIMIT $2"
        )))
        .bind(after)
        .bind(BATCH)
        .fetch_all(db.pool())
        .await?;
        for row in &rows {
            let s = Stored::read(row)?;
            let seq = s.seq.unwrap_or_default();
            verifier.check(
                &s.sealed(),
                s.prev_hash.as_deref().unwrap_or_default(),
                s.hash.as_deref().unwrap_or_default(),
            );
            last_id = Some(s.id);
            after = seq;
            checked += 1;
            if verifier.broken().is_some() {
                break;
            }
        }
        if verifier.broken().is_some() || (rows.len() as i64) < BATCH {
            break;
        }
    }
    let unsealed: i64 = get(
        &sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE seq IS NULL OR hash IS NULL")
            .fetch_one(db.pool())
            .await?,
        "n",
    )?;
    match verifier.finish(head_seq, &head_hash) {
        Ok((entries, head)) if unsealed == 0 => Ok(Verified { entries, head, broken: None }),
        Ok((entries, head)) => {
            Ok(Verified { entries, head, broken: Some((Break::Unsealed { count: unsealed }, None)) })
        }
        Err(b) => {
            // Checking stops at an entry's break, so the last one read is it.
            let id = match b {
                Break::Gap { .. } | Break::Link { .. } | Break::Contents { .. } => last_id,
                Break::Anchor { seq } if seq <= checked => last_id,
                Break::Head { .. } | Break::Unsealed { .. } | Break::Anchor { .. } => None,
            };
            Ok(Verified { entries: checked, head: head_hash, broken: Some((b, id)) })
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub id: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    /// The actor's group in this community protects identities (pupils).
    pub actor_protected: bool,
    pub initiative_id: Option<i64>,
    pub initiative_slug: Option<String>,
    pub initiative_title: Option<String>,
    pub via: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub at: Timestamp,
}

/// Which entries of a community to read. Every condition is optional.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    pub initiative_id: Option<i64>,
    pub actor_id: Option<i64>,
    /// An exact action (e.g. `idea.respond`) or a family ending in a dot (`idea.`).
    pub action: Option<&'a str>,
    /// Entries at or after this time.
    pub from: Option<Timestamp>,
    /// Entries before this time.
    pub until: Option<Timestamp>,
}

/// One page of entries, newest first, with how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub total: i64,
    pub entries: Vec<Logged>,
    /// The end of the site's chain when the page was read.
    pub head: Head,
}

/// The last sealed entry of the whole site's chain: its position and hash.
/// Noted somewhere else, it lets a later `tandem audit verify --anchor`
/// show a rewrite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub position: i64,
    pub hash: String,
}

pub async fn head(db: impl Exec<'_>) -> Result<Head> {
    let row = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(db).await?;
    Ok(Head { position: get(&row, "seq")?, hash: get(&row, "hash")? })
}

/// The conditions of a filter as SQL, binding $2.. after the community ($1).
/// Unused conditions compare with a value that matches everything, so the
/// SQL text never changes shape and stays one statement for both databases.
const WHERE: &str = "a.community_id = $1
     AND ($2 < 0 OR a.initiative_id = $2)
     AND ($3 < 0 OR a.actor_id = $3)
     AND (($4 = '' AND $5 = '') OR a.action = $4 OR ($5 <> '' AND a.action LIKE $5))
     AND a.at >= $6 AND a.at < $7";

/// A page of entries after `after`, newest first: `limit + 1` entries are
/// read, so that one more than `limit` says another page follows.
pub async fn list(
    db: &crate::Db,
    community_id: i64,
    filter: &Filter<'_>,
    after: Option<crate::paging::After>,
    limit: i64,
) -> Result<Page> {
    let action = filter.action.map(str::trim).unwrap_or_default();
    // A family ("idea.") matches by prefix; dots and letters need no LIKE escaping
    // and anything else was refused by the caller.
    let prefix = if action.ends_with('.') { format!("{action}%") } else { String::new() };
    let from = filter.from.map(|t| t.0).unwrap_or(i64::MIN);
    let until = filter.until.map(|t| t.0).unwrap_or(i64::MAX);
    let count_sql = format!("SELECT COUNT(*) AS n FROM audit_log a WHERE {WHERE}");
    let list_sql = format!(
        "SELECT a.id, a.actor_id, a.actor_name,
                a.actor_protected + COALESCE(g.protects_identity, 0) AS actor_protected,
                a.initiative_id, n.slug AS initiative_slug,
                n.title AS initiative_title, a.via, a.action, a.subject, a.detail, a.at
         FROM audit_log a
         LEFT JOIN memberships m ON m.user_id = a.actor_id AND m.community_id = a.community_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         LEFT JOIN initiatives n ON n.id = a.initiative_id
         WHERE {WHERE} AND ($8 = 0 OR a.at < $9 OR (a.at = $9 AND a.id < $10))
         ORDER BY a.at DESC, a.id DESC LIMIT $11"
    );
    let exact = if prefix.is_empty() { action } else { "" };
    let total_row = sqlx::query(sqlx::AssertSqlSafe(count_sql))
        .bind(community_id)
        .bind(filter.initiative_id.unwrap_or(-1))
        .bind(filter.actor_id.unwrap_or(-1))
        .bind(exact)
        .bind(prefix.as_str())
        .bind(from)
        .bind(until)
        .fetch_one(db.pool())
        .await?;
    let rows = sqlx::query(sqlx::AssertSqlSafe(list_sql))
        .bind(community_id)
        .bind(filter.initiative_id.unwrap_or(-1))
        .bind(filter.actor_id.unwrap_or(-1))
        .bind(exact)
        .bind(prefix.as_str())
        .bind(from)
        .bind(until)
        .bind_page(after, limit)
        .fetch_all(db.pool())
        .await?;
    let entries = rows
        .iter()
        .map(|row| {
            let actor_id: Option<i64> = get(row, "actor_id")?;
            Ok(Logged {
                id: get(row, "id")?,
                actor_id,
                // The name when they acted, kept even if the account is gone.
                actor_name: actor_id.map(|_| get::<String>(row, "actor_name")).transpose()?,
                actor_protected: flag(row, "actor_protected")?,
                initiative_id: get(row, "initiative_id")?,
                initiative_slug: get(row, "initiative_slug")?,
                initiative_title: get(row, "initiative_title")?,
                via: get(row, "via")?,
                action: get(row, "action")?,
                subject: get(row, "subject")?,
                detail: get(row, "detail")?,
                at: ts(row, "at")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Page { total: get(&total_row, "n")?, entries, head: head(db.pool()).await? })
}

/// The distinct actions recorded in a community, for the filter's choices.
pub async fn actions(db: impl Exec<'_>, community_id: i64) -> Result<Vec<String>> {
    let rows = sqlx::query("SELECT DISTINCT action FROM audit_log WHERE community_id = $1 ORDER BY action")
        .bind(community_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|row| get(row, "action")).collect()
}

/// Someone who appears in a community's audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: i64,
    pub name: String,
    /// Their group in this community protects identities (pupils).
    pub protected: bool,
}

pub async fn actors(db: impl Exec<'_>, community_id: i64) -> Result<Vec<Actor>> {
    let rows = sqlx::query(
        "SELECT a.actor_id AS id, MAX(COALESCE(u.display_name, a.actor_name)) AS display_name,
                MAX(a.actor_protected + COALESCE(g.protects_identity, 0)) AS protected
         FROM audit_log a
         LEFT JOIN users u ON u.id = a.actor_id
         LEFT JOIN memberships m ON m.user_id = a.actor_id AND m.community_id = $1
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         WHERE a.community_id = $1 AND a.actor_id IS NOT NULL
         GROUP BY a.actor_id
         ORDER BY display_name, id",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| Ok(Actor { id: get(r, "id")?, name: get(r, "display_name")?, protected: flag(r, "protected")? }))
        .collect()
}
