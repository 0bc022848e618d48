//! Baselines (who the community is), members' declared profiles, and who
//! contributed to a scope — the inputs of the representation measures.

use std::collections::BTreeMap;

use tandem_domain::{Timestamp, time::Date};

use crate::{Conn, Exec, Result, date, get, ts};

/// A dimension's counts for a community (`school_id` None) or one school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    pub id: i64,
    pub school_id: Option<i64>,
    pub dimension: String,
    pub source: String,
    pub as_of: Date,
    pub updated_at: Timestamp,
    pub groups: Vec<(String, i64)>,
}

/// Every baseline of a community, community-wide ones first, by dimension.
pub async fn baselines(db: impl Exec<'_>, community_id: i64) -> Result<Vec<Baseline>> {
    let rows = sqlx::query(
        "SELECT b.id, b.school_id, b.dimension, b.source, b.as_of, b.updated_at, g.name, g.people
         FROM baselines b JOIN baseline_groups g ON g.baseline_id = b.id
         WHERE b.community_id = $1
         ORDER BY COALESCE(b.school_id, 0), b.dimension, g.position",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    let mut out: Vec<Baseline> = Vec::new();
    for row in &rows {
        let id: i64 = get(row, "id")?;
        if out.last().is_none_or(|b| b.id != id) {
            out.push(Baseline {
                id,
                school_id: get(row, "school_id")?,
                dimension: get(row, "dimension")?,
                source: get(row, "source")?,
                as_of: date(row, "as_of")?,
                updated_at: ts(row, "updated_at")?,
                groups: Vec::new(),
            });
        }
        if let Some(b) = out.last_mut() {
            b.groups.push((get(row, "name")?, get(row, "people")?));
        }
    }
    Ok(out)
}

pub struct NewBaseline<'a> {
    pub school_id: Option<i64>,
    pub dimension: &'a str,
    pub source: &'a str,
    pub as_of: Date,
    pub groups: &'a [(String, i64)],
}

/// Replaces the baseline of one dimension for a community or school: the
/// caller holds the community's lock (`communities::lock_roles`), so two
/// replacements happen one after another. `progress` hears each group stored.
pub async fn replace(
    conn: &mut Conn,
    community_id: i64,
    b: &NewBaseline<'_>,
    by: Option<i64>,
    now: Timestamp,
    mut progress: impl FnMut(usize),
) -> Result<i64> {
    sqlx::query(
        "DELETE FROM baselines WHERE community_id = $1 AND dimension = $2
           AND (school_id = $3 OR (school_id IS NULL AND $4 = 0))",
    )
    .bind(community_id)
    .bind(b.dimension)
    .bind(b.school_id.unwrap_or(0))
    .bind(i64::from(b.school_id.is_some()))
    .execute(&mut *conn)
    .await?;
    let row = sqlx::query(
        "INSERT INTO baselines (community_id, school_id, dimension, source, as_of, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(community_id)
    .bind(b.school_id)
    .bind(b.dimension)
    .bind(b.source)
    .bind(tandem_domain::time::iso_date(b.as_of))
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = get(&row, "id")?;
    for (position, (name, people)) in b.groups.iter().enumerate() {
        sqlx::query("INSERT INTO baseline_groups (baseline_id, position, name, people) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(position as i64)
            .bind(name)
            .bind(*people)
            .execute(&mut *conn)
            .await?;
        progress(position + 1);
    }
    Ok(id)
}

/// Removes one baseline; false when the community has no such baseline.
pub async fn remove(db: impl Exec<'_>, community_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM baselines WHERE id = $1 AND community_id = $2")
        .bind(id)
        .bind(community_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The community's representation settings as stored (JSON), if any.
pub async fn settings(db: impl Exec<'_>, community_id: i64) -> Result<Option<String>> {
    let row =
        sqlx::query("SELECT representation FROM communities WHERE id = $1").bind(community_id).fetch_one(db).await?;
    get(&row, "representation")
}

pub async fn set_settings(db: impl Exec<'_>, community_id: i64, json: &str) -> Result<()> {
    sqlx::query("UPDATE communities SET representation = $1 WHERE id = $2")
        .bind(json)
        .bind(community_id)
        .execute(db)
        .await?;
    Ok(())
}

/// One member's own answers, by dimension.
pub async fn profile(db: impl Exec<'_>, community_id: i64, user_id: i64) -> Result<BTreeMap<String, String>> {
    let rows = sqlx::query("SELECT dimension, answer FROM profile_answers WHERE community_id = $1 AND user_id = $2")
        .bind(community_id)
        .bind(user_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|r| Ok((get(r, "dimension")?, get(r, "answer")?))).collect()
}

/// Sets (or with `None` clears) one answer of a member's profile.
pub async fn set_answer(
    db: &mut Conn,
    community_id: i64,
    user_id: i64,
    dimension: &str,
    answer: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    sqlx::query("DELETE FROM profile_answers WHERE community_id = $1 AND user_id = $2 AND dimension = $3")
        .bind(community_id)
        .bind(user_id)
        .bind(dimension)
        .execute(&mut *db)
        .await?;
    if let Some(answer) = answer {
        sqlx::query(
            "INSERT INTO profile_answers (community_id, user_id, dimension, answer, updated_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(community_id)
        .bind(user_id)
        .bind(dimension)
        .bind(answer)
        .bind(now.0)
        .execute(&mut *db)
        .await?;
    }
    Ok(())
}

/// Where contributions are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Every initiative of the community (optionally only members of one school).
    Community {
        community_id: i64,
        school_id: Option<i64>,
    },
    Initiative(i64),
    /// The ideas board of an initiative: ideas, comments, endorsements.
    Ideas(i64),
    Poll(i64),
    Budget(i64),
    Conversation(i64),
}

/// One participant: contributions in the scope, stakeholder group key,
/// school slug and declared answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Participant {
    pub contributions: i64,
    pub group_key: Option<String>,
    pub school: Option<String>,
    pub answers: Vec<(String, String)>,
}

/// The contributions of each member to a scope within `[from, to)`, with
/// what is known of them. People appear only as numbers here; nothing of
/// this leaves the service except through the suppressed measures.
pub async fn participants(
    db: impl Exec<'_>,
    community_id: i64,
    scope: Scope,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Participant>> {
    let in_initiatives = |column: &str| match scope {
        Scope::Community { .. } => format!("{column} IN (SELECT id FROM initiatives WHERE community_id = $1)"),
        _ => format!("{column} = $1"),
    };
    let board = || {
        format!(
            "SELECT author_id AS user_id FROM ideas WHERE {ideas} AND author_id IS NOT NULL AND created_at >= $2 AND created_at < $3
             UNION ALL SELECT k.author_id FROM idea_comments k JOIN ideas i ON i.id = k.idea_id
               WHERE {i} AND k.author_id IS NOT NULL AND k.created_at >= $2 AND k.created_at < $3
             UNION ALL SELECT e.user_id FROM idea_endorsements e JOIN ideas i ON i.id = e.idea_id
               WHERE {i} AND e.created_at >= $2 AND e.created_at < $3",
            ideas = in_initiatives("initiative_id"),
            i = in_initiatives("i.initiative_id"),
        )
    };
    let boxes = |kind: &str, table: &str| {
        format!(
            "SELECT r.user_id FROM ballot_roll r WHERE r.box = '{kind}'
               AND r.owner_id IN (SELECT id FROM {table} WHERE {i}) AND r.voted_at >= $2 AND r.voted_at < $3",
            i = in_initiatives("initiative_id"),
        )
    };
    let conversation = |which: &str| {
        format!(
            "SELECT s.author_id AS user_id FROM conversation_statements s
               WHERE s.conversation_id {which} AND s.author_id IS NOT NULL AND s.seeded = 0
                 AND s.created_at >= $2 AND s.created_at < $3
             UNION ALL SELECT v.user_id FROM conversation_votes v
               WHERE v.conversation_id {which} AND v.updated_at >= $2 AND v.updated_at < $3"
        )
    };
    let conversations_of = || format!("IN (SELECT id FROM conversations WHERE {})", in_initiatives("initiative_id"));
    let sources = match scope {
        Scope::Community { .. } | Scope::Initiative(_) => format!(
            "{} UNION ALL {} UNION ALL {} UNION ALL {}",
            board(),
            boxes("poll", "polls"),
            boxes("budget", "budgets"),
            conversation(&conversations_of())
        ),
        Scope::Ideas(_) => board(),
        Scope::Poll(_) => "SELECT r.user_id FROM ballot_roll r WHERE r.box = 'poll' AND r.owner_id = $1
                             AND r.voted_at >= $2 AND r.voted_at < $3"
            .to_owned(),
        Scope::Budget(_) => "SELECT r.user_id FROM ballot_roll r WHERE r.box = 'budget' AND r.owner_id = $1
                               AND r.voted_at >= $2 AND r.voted_at < $3"
            .to_owned(),
        Scope::Conversation(_) => conversation("= $1"),
    };
    let (owner, school) = match scope {
        Scope::Community { community_id, school_id } => (community_id, school_id),
        Scope::Initiative(id) | Scope::Ideas(id) | Scope::Poll(id) | Scope::Budget(id) | Scope::Conversation(id) => {
            (id, None)
        }
    };
    let sql = format!(
        "WITH c AS ({sources}),
              t AS (SELECT user_id, COUNT(*) AS n FROM c GROUP BY user_id)
         SELECT t.user_id, t.n, g.key AS group_key, s.slug AS school, pa.dimension, pa.answer
         FROM t JOIN memberships m ON m.community_id = $4 AND m.user_id = t.user_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         LEFT JOIN schools s ON s.id = m.school_id
         LEFT JOIN profile_answers pa ON pa.community_id = $4 AND pa.user_id = t.user_id
         WHERE ($5 = 0 OR m.school_id = $5)
         ORDER BY t.user_id"
    );
    // Only fixed fragments of this file are joined; every value is bound.
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(owner)
        .bind(from.0)
        .bind(to.0)
        .bind(community_id)
        .bind(school.unwrap_or(0))
        .fetch_all(db)
        .await?;
    let mut out: Vec<Participant> = Vec::new();
    let mut last: Option<i64> = None;
    for row in &rows {
        let user: i64 = get(row, "user_id")?;
        if last != Some(user) {
            last = Some(user);
            out.push(Participant {
                contributions: get(row, "n")?,
                group_key: get(row, "group_key")?,
                school: get(row, "school")?,
                answers: Vec::new(),
            });
        }
        let dimension: Option<String> = get(row, "dimension")?;
        let answer: Option<String> = get(row, "answer")?;
        if let (Some(p), Some(d), Some(a)) = (out.last_mut(), dimension, answer) {
            p.answers.push((d, a));
        }
    }
    Ok(out)
}

/// Marks an invitation as aimed at one group of a dimension (outreach).
pub async fn aim_invitation(db: impl Exec<'_>, invitation_id: i64, dimension: &str, group: &str) -> Result<()> {
    sqlx::query("UPDATE invitations SET aimed_dimension = $1, aimed_group = $2 WHERE id = $3")
        .bind(dimension)
        .bind(group)
        .bind(invitation_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Invitations aimed at groups: (dimension, group, created, accepted).
pub async fn aimed_invitations(db: impl Exec<'_>, community_id: i64) -> Result<Vec<(String, String, i64, i64)>> {
    let rows = sqlx::query(
        "SELECT aimed_dimension, aimed_group, COUNT(*) AS created,
                SUM(CASE WHEN used_at IS NOT NULL THEN 1 ELSE 0 END) AS accepted
         FROM invitations WHERE community_id = $1 AND aimed_dimension IS NOT NULL
         GROUP BY aimed_dimension, aimed_group ORDER BY aimed_dimension, aimed_group",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let accepted: Option<i64> = get(r, "accepted")?;
            Ok((get(r, "aimed_dimension")?, get(r, "aimed_group")?, get(r, "created")?, accepted.unwrap_or(0)))
        })
        .collect()
}
