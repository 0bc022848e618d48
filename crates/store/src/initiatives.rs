//! Initiatives and the data of their strategic triangle.

use sqlx::any::AnyRow;
use tandem_domain::{
    Timestamp,
    initiative::{CapacityKind, CapacityStatus, Stance, Visibility},
    text::Slug,
};

use crate::{
    Conn, Exec, Result, StoreError, choice, get, int_flag,
    paging::{After, BindPage},
    ts,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Initiative {
    pub id: i64,
    pub community_id: i64,
    pub school_id: Option<i64>,
    pub school_name: Option<String>,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub visibility: Visibility,
    pub value_statement: String,
    pub participation_open: bool,
    /// Days within which every idea should get its first response.
    pub response_target_days: i64,
    /// The power-sharing charter's version: 0 until it is published.
    pub charter_version: i64,
    pub current_phase: Option<CurrentPhase>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// `None` while a draft: only facilitators and administrators see it.
    pub published_at: Option<Timestamp>,
}

/// The phase an initiative is in now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentPhase {
    pub id: i64,
    pub template_key: Option<String>,
    pub name: String,
    pub kind: tandem_domain::phases::PhaseKind,
    pub accepts_ideas: bool,
}

/// The tables every initiative read joins: its school, its charter's version and its current phase.
pub(crate) const JOINS: &str = "LEFT JOIN schools s ON s.id = i.school_id
     LEFT JOIN charters ch ON ch.initiative_id = i.id
     LEFT JOIN phases ph ON ph.initiative_id = i.id AND ph.status = 'current'";

/// The column names an initiative row is read from: plain in this module's
/// queries, prefixed where a query also reads other rows (see `scope`).
pub(crate) struct Columns {
    id: &'static str,
    school_id: &'static str,
    school_name: &'static str,
    slug: &'static str,
    title: &'static str,
    summary: &'static str,
    visibility: &'static str,
    value_statement: &'static str,
    participation_open: &'static str,
    response_target_days: &'static str,
    created_at: &'static str,
    updated_at: &'static str,
    published_at: &'static str,
    charter_version: &'static str,
    phase: [&'static str; 5],
}

const PLAIN: Columns = Columns {
    id: "id",
    school_id: "school_id",
    school_name: "school_name",
    slug: "slug",
    title: "title",
    summary: "summary",
    visibility: "visibility",
    value_statement: "value_statement",
    participation_open: "participation_open",
    response_target_days: "response_target_days",
    created_at: "created_at",
    updated_at: "updated_at",
    published_at: "published_at",
    charter_version: "charter_version",
    phase: ["phase_id", "phase_key", "phase_name", "phase_kind", "phase_accepts"],
};

/// The same columns with an `i_` prefix, as `SELECT_PREFIXED` names them.
pub(crate) const PREFIXED: Columns = Columns {
    id: "i_id",
    school_id: "i_school_id",
    school_name: "i_school_name",
    slug: "i_slug",
    title: "i_title",
    summary: "i_summary",
    visibility: "i_visibility",
    value_statement: "i_value_statement",
    participation_open: "i_participation_open",
    response_target_days: "i_response_target_days",
    created_at: "i_created_at",
    updated_at: "i_updated_at",
    published_at: "i_published_at",
    charter_version: "i_charter_version",
    phase: ["i_phase_id", "i_phase_key", "i_phase_name", "i_phase_kind", "i_phase_accepts"],
};

const COLUMNS: &str = "i.id, i.community_id, i.school_id, s.name AS school_name, i.slug, i.title, i.summary, \
     i.visibility, i.value_statement, i.participation_open, i.response_target_days, i.created_at, i.updated_at, i.published_at, \
     ch.version AS charter_version, ph.id AS phase_id, ph.template_key AS phase_key, ph.name AS phase_name, ph.kind AS phase_kind, \
     ph.accepts_ideas AS phase_accepts";

/// [`COLUMNS`] under the names of [`PREFIXED`], for queries that join an initiative to other rows.
pub(crate) const SELECT_PREFIXED: &str = "i.id AS i_id, i.school_id AS i_school_id, s.name AS i_school_name, \
     i.slug AS i_slug, i.title AS i_title, i.summary AS i_summary, i.visibility AS i_visibility, \
     i.value_statement AS i_value_statement, i.participation_open AS i_participation_open, \
     i.response_target_days AS i_response_target_days, i.created_at AS i_created_at, i.updated_at AS i_updated_at, \
     i.published_at AS i_published_at, ch.version AS i_charter_version, ph.id AS i_phase_id, ph.template_key AS i_phase_key, ph.name AS i_phase_name, \
     ph.kind AS i_phase_kind, ph.accepts_ideas AS i_phase_accepts";

/// The one mapping of an initiative row; `None` when the row has no initiative (a LEFT JOIN missed).
pub(crate) fn initiative_from_columns(row: &AnyRow, community_id: i64, c: &Columns) -> Result<Option<Initiative>> {
    let Some(id) = get::<Option<i64>>(row, c.id)? else { return Ok(None) };
    let current_phase = match get::<Option<i64>>(row, c.phase[0])? {
        Some(phase_id) => Some(CurrentPhase {
            id: phase_id,
            template_key: get(row, c.phase[1])?,
            name: get(row, c.phase[2])?,
            kind: choice(row, c.phase[3])?,
            accepts_ideas: crate::flag(row, c.phase[4])?,
        }),
        None => None,
    };
    Ok(Some(Initiative {
        charter_version: get::<Option<i64>>(row, c.charter_version)?.unwrap_or(0),
        current_phase,
        id,
        community_id,
        school_id: get(row, c.school_id)?,
        school_name: get(row, c.school_name)?,
        slug: get(row, c.slug)?,
        title: get(row, c.title)?,
        summary: get(row, c.summary)?,
        visibility: choice(row, c.visibility)?,
        value_statement: get(row, c.value_statement)?,
        participation_open: crate::flag(row, c.participation_open)?,
        response_target_days: get(row, c.response_target_days)?,
        created_at: ts(row, c.created_at)?,
        updated_at: ts(row, c.updated_at)?,
        published_at: get::<Option<i64>>(row, c.published_at)?.map(Timestamp),
    }))
}

fn initiative_from(row: &AnyRow) -> Result<Initiative> {
    initiative_from_columns(row, get(row, "community_id")?, &PLAIN)?.ok_or(StoreError::Corrupt("id"))
}

pub struct InitiativeFields<'a> {
    pub school_id: Option<i64>,
    pub title: &'a str,
    pub summary: &'a str,
    pub visibility: Visibility,
    pub value_statement: &'a str,
}

/// Creates an initiative under the first free address derived from `slug`;
/// a draft unless `published` (bulk seeding publishes at once).
pub async fn create(
    conn: &mut Conn,
    community_id: i64,
    slug: &Slug,
    fields: &InitiativeFields<'_>,
    created_by: Option<i64>,
    now: Timestamp,
    published: bool,
) -> Result<(i64, String)> {
    for attempt in 1..=50u32 {
        let candidate = if attempt == 1 { slug.clone() } else { slug.with_suffix(attempt) };
        let inserted = sqlx::query(
            "INSERT INTO initiatives (community_id, school_id, slug, title, summary, visibility, value_statement,
                                      created_by, created_at, updated_at, published_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
             ON CONFLICT (community_id, slug) DO NOTHING RETURNING id",
        )
        .bind(community_id)
        .bind(fields.school_id)
        .bind(candidate.as_str())
        .bind(fields.title)
        .bind(fields.summary)
        .bind(fields.visibility.key())
        .bind(fields.value_statement)
        .bind(created_by)
        .bind(now.0)
        .bind(published.then_some(now.0))
        // A taken address inserts nothing (no error, which would abort a
        // PostgreSQL transaction), so the next suffix is tried.
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(row) = inserted {
            return Ok((get(&row, "id")?, candidate.as_str().to_owned()));
        }
    }
    Err(StoreError::Conflict("initiative"))
}

pub async fn update(db: impl Exec<'_>, id: i64, fields: &InitiativeFields<'_>, now: Timestamp) -> Result<()> {
    sqlx::query(
        "UPDATE initiatives SET school_id = $1, title = $2, summary = $3, visibility = $4, value_statement = $5,
                updated_at = $6 WHERE id = $7",
    )
    .bind(fields.school_id)
    .bind(fields.title)
    .bind(fields.summary)
    .bind(fields.visibility.key())
    .bind(fields.value_statement)
    .bind(now.0)
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}

/// The community and initiative slugs of an initiative, for links.
pub async fn path_of(db: impl Exec<'_>, id: i64) -> Result<Option<(String, String)>> {
    let row = sqlx::query(
        "SELECT c.slug AS community, i.slug AS initiative FROM initiatives i JOIN communities c ON c.id = i.community_id WHERE i.id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    match row {
        Some(row) => Ok(Some((get(&row, "community")?, get(&row, "initiative")?))),
        None => Ok(None),
    }
}

/// Opens or closes participation. The domain's charter gate is checked by the
/// caller before opening.
pub async fn set_participation(db: impl Exec<'_>, id: i64, open: bool, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE initiatives SET participation_open = $1, updated_at = $2 WHERE id = $3")
        .bind(int_flag(open))
        .bind(now.0)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Publishes a draft; `false` when it was already published (two facilitators
/// pressing at once publish it once).
pub async fn publish(db: impl Exec<'_>, id: i64, now: Timestamp) -> Result<bool> {
    let done =
        sqlx::query("UPDATE initiatives SET published_at = $1, updated_at = $1 WHERE id = $2 AND published_at IS NULL")
            .bind(now.0)
            .bind(id)
            .execute(db)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the initiative as changed (for "updated" dates and feeds).
pub async fn touch(db: impl Exec<'_>, id: i64, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE initiatives SET updated_at = $1 WHERE id = $2").bind(now.0).bind(id).execute(db).await?;
    Ok(())
}

/// Initiatives of a community, most recently updated first; members-only ones
/// only when `include_members_only`, drafts only when `include_drafts`.
pub async fn list(
    db: impl Exec<'_>,
    community_id: i64,
    include_members_only: bool,
    include_drafts: bool,
) -> Result<Vec<Initiative>> {
    let listing = Listing { community_id, include_members_only, include_drafts, school_id: None };
    page(db, &listing, None, i64::MAX - 1).await
}

/// Which of a community's initiatives a reader may list.
#[derive(Debug, Clone, Copy)]
pub struct Listing {
    pub community_id: i64,
    pub include_members_only: bool,
    pub include_drafts: bool,
    /// One school's only.
    pub school_id: Option<i64>,
}

const LISTED: &str = "i.community_id = $1 AND ($2 = 1 OR i.visibility = $3) AND ($4 = 1 OR i.published_at IS NOT NULL)
     AND ($5 = 0 OR i.school_id = $6)";

fn bind_listing<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    l: &Listing,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    q.bind(l.community_id)
        .bind(int_flag(l.include_members_only))
        .bind(Visibility::Public.key())
        .bind(int_flag(l.include_drafts))
        .bind(int_flag(l.school_id.is_some()))
        .bind(l.school_id.unwrap_or_default())
}

/// A page of initiatives, most recently updated first, after `after`
/// (`limit + 1` rows: the extra one says more follow).
pub async fn page(db: impl Exec<'_>, listing: &Listing, after: Option<After>, limit: i64) -> Result<Vec<Initiative>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM initiatives i {JOINS}
         WHERE {LISTED} AND ($7 = 0 OR i.updated_at < $8 OR (i.updated_at = $8 AND i.id < $9))
         ORDER BY i.updated_at DESC, i.id DESC LIMIT $10"
    );
    let rows =
        bind_listing(sqlx::query(sqlx::AssertSqlSafe(sql)), listing).bind_page(after, limit).fetch_all(db).await?;
    rows.iter().map(initiative_from).collect()
}

/// How many initiatives the listing holds on every page together.
pub async fn count(db: impl Exec<'_>, listing: &Listing) -> Result<i64> {
    let sql = format!("SELECT COUNT(*) AS n FROM initiatives i WHERE {LISTED}");
    let row = bind_listing(sqlx::query(sqlx::AssertSqlSafe(sql)), listing).fetch_one(db).await?;
    get(&row, "n")
}

pub async fn by_slug(db: impl Exec<'_>, community_id: i64, slug: &str) -> Result<Option<Initiative>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM initiatives i {JOINS}
         WHERE i.community_id = $1 AND i.slug = $2"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(community_id).bind(slug).fetch_optional(db).await?;
    row.as_ref().map(initiative_from).transpose()
}

pub async fn by_id(db: impl Exec<'_>, id: i64) -> Result<Option<Initiative>> {
    let sql = format!("SELECT {COLUMNS} FROM initiatives i {JOINS} WHERE i.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(db).await?;
    row.as_ref().map(initiative_from).transpose()
}

/// Everything on the triangle of one initiative, and the community's
/// stakeholder groups it is read against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TriangleData {
    pub outcomes: Vec<Outcome>,
    pub capacity: Vec<CapacityItem>,
    pub stances: Vec<StanceRecord>,
    pub groups: Vec<crate::communities::Group>,
}

/// Outcomes, capacity, stances and the community's groups in one round trip:
/// the initiative page's hot path (each extra query costs more than the
/// rendering). The tables share a column layout through UNION ALL; `part`
/// says which table a row came from.
pub async fn triangle(db: impl Exec<'_>, initiative_id: i64) -> Result<TriangleData> {
    let rows = sqlx::query(
        "SELECT 1 AS part, id, position AS ord, 0 AS ord2, description AS a, measure AS b, target AS c,
                '' AS d, '' AS e, created_at AS at
           FROM value_outcomes WHERE initiative_id = $1
         UNION ALL
         SELECT 2, id, position, 0, kind, title, owner, status, evidence, updated_at
           FROM capacity_items WHERE initiative_id = $1
         UNION ALL
         SELECT 3, st.group_id, g.position, g.id, st.stance, st.note, '', '', '', st.updated_at
           FROM support_stances st JOIN stakeholder_groups g ON g.id = st.group_id
          WHERE st.initiative_id = $1
         UNION ALL
         SELECT 4, g.id, g.position, g.protects_identity, g.key, COALESCE(g.name_en, ''), COALESCE(g.name_es, ''),
                CASE WHEN g.name_en IS NULL THEN '0' ELSE '1' END, CASE WHEN g.name_es IS NULL THEN '0' ELSE '1' END,
                g.community_id
           FROM stakeholder_groups g JOIN initiatives i ON i.community_id = g.community_id
          WHERE i.id = $1
         ORDER BY part, ord, ord2, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    let mut data = TriangleData::default();
    for row in &rows {
        match get::<i64>(row, "part")? {
            1 => data.outcomes.push(Outcome {
                id: get(row, "id")?,
                description: get(row, "a")?,
                measure: get(row, "b")?,
                target: get(row, "c")?,
            }),
            2 => data.capacity.push(CapacityItem {
                id: get(row, "id")?,
                kind: choice(row, "a")?,
                title: get(row, "b")?,
                owner: get(row, "c")?,
                status: choice(row, "d")?,
                evidence: get(row, "e")?,
                updated_at: ts(row, "at")?,
            }),
            3 => data.stances.push(StanceRecord {
                group_id: get(row, "id")?,
                stance: choice(row, "a")?,
                note: get(row, "b")?,
                updated_at: ts(row, "at")?,
            }),
            _ => {
                let named = |col: &'static str, flag_col: &'static str| -> Result<Option<String>> {
                    let present: String = get(row, flag_col)?;
                    Ok(if present == "1" { Some(get(row, col)?) } else { None })
                };
                data.groups.push(crate::communities::Group {
                    id: get(row, "id")?,
                    community_id: get(row, "at")?,
                    key: get(row, "a")?,
                    name_en: named("b", "d")?,
                    name_es: named("c", "e")?,
                    protects_identity: get::<i64>(row, "ord2")? != 0,
                    position: get(row, "ord")?,
                });
            }
        }
    }
    Ok(data)
}

// ---- public value: measurable outcomes

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub id: i64,
    pub description: String,
    pub measure: String,
    pub target: String,
}

pub async fn outcomes(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Outcome>> {
    let rows = sqlx::query(
        "SELECT id, description, measure, target FROM value_outcomes WHERE initiative_id = $1 ORDER BY position, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Outcome {
                id: get(row, "id")?,
                description: get(row, "description")?,
                measure: get(row, "measure")?,
                target: get(row, "target")?,
            })
        })
        .collect()
}

pub struct OutcomeFields<'a> {
    pub description: &'a str,
    pub measure: &'a str,
    pub target: &'a str,
}

pub async fn add_outcome(
    db: impl Exec<'_>,
    initiative_id: i64,
    fields: &OutcomeFields<'_>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO value_outcomes (initiative_id, description, measure, target, position, created_at)
         VALUES ($1, $2, $3, $4,
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM value_outcomes WHERE initiative_id = $1), $5)
         RETURNING id",
    )
    .bind(initiative_id)
    .bind(fields.description)
    .bind(fields.measure)
    .bind(fields.target)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

pub async fn update_outcome(
    db: impl Exec<'_>,
    initiative_id: i64,
    id: i64,
    fields: &OutcomeFields<'_>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE value_outcomes SET description = $1, measure = $2, target = $3 WHERE id = $4 AND initiative_id = $5",
    )
    .bind(fields.description)
    .bind(fields.measure)
    .bind(fields.target)
    .bind(id)
    .bind(initiative_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete_outcome(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM value_outcomes WHERE id = $1 AND initiative_id = $2")
        .bind(id)
        .bind(initiative_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

// ---- organizational capacity

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapacityItem {
    pub id: i64,
    pub kind: CapacityKind,
    pub title: String,
    pub owner: String,
    pub status: CapacityStatus,
    pub evidence: String,
    pub updated_at: Timestamp,
}

pub async fn capacity(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<CapacityItem>> {
    let rows = sqlx::query(
        "SELECT id, kind, title, owner, status, evidence, updated_at FROM capacity_items
         WHERE initiative_id = $1 ORDER BY position, id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(CapacityItem {
                id: get(row, "id")?,
                kind: choice(row, "kind")?,
                title: get(row, "title")?,
                owner: get(row, "owner")?,
                status: choice(row, "status")?,
                evidence: get(row, "evidence")?,
                updated_at: ts(row, "updated_at")?,
            })
        })
        .collect()
}

pub struct CapacityFields<'a> {
    pub kind: CapacityKind,
    pub title: &'a str,
    pub owner: &'a str,
    pub status: CapacityStatus,
    pub evidence: &'a str,
}

pub async fn add_capacity(
    db: impl Exec<'_>,
    initiative_id: i64,
    fields: &CapacityFields<'_>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO capacity_items (initiative_id, kind, title, owner, status, evidence, position, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6,
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM capacity_items WHERE initiative_id = $1), $7, $7)
         RETURNING id",
    )
    .bind(initiative_id)
    .bind(fields.kind.key())
    .bind(fields.title)
    .bind(fields.owner)
    .bind(fields.status.key())
    .bind(fields.evidence)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

pub async fn update_capacity(
    db: impl Exec<'_>,
    initiative_id: i64,
    id: i64,
    fields: &CapacityFields<'_>,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE capacity_items SET kind = $1, title = $2, owner = $3, status = $4, evidence = $5, updated_at = $6
         WHERE id = $7 AND initiative_id = $8",
    )
    .bind(fields.kind.key())
    .bind(fields.title)
    .bind(fields.owner)
    .bind(fields.status.key())
    .bind(fields.evidence)
    .bind(now.0)
    .bind(id)
    .bind(initiative_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete_capacity(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM capacity_items WHERE id = $1 AND initiative_id = $2")
        .bind(id)
        .bind(initiative_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

// ---- legitimacy & support

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceRecord {
    pub group_id: i64,
    pub stance: Stance,
    pub note: String,
    pub updated_at: Timestamp,
}

pub async fn stances(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<StanceRecord>> {
    let rows = sqlx::query(
        "SELECT st.group_id, st.stance, st.note, st.updated_at FROM support_stances st
         JOIN stakeholder_groups g ON g.id = st.group_id
         WHERE st.initiative_id = $1 ORDER BY g.position, g.id",
    )
    .bind(initiative_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(StanceRecord {
                group_id: get(row, "group_id")?,
                stance: choice(row, "stance")?,
                note: get(row, "note")?,
                updated_at: ts(row, "updated_at")?,
            })
        })
        .collect()
}

/// Records where one stakeholder group stands (replacing what was there).
pub async fn set_stance(
    db: impl Exec<'_>,
    initiative_id: i64,
    group_id: i64,
    stance: Stance,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO support_stances (initiative_id, group_id, stance, note, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (initiative_id, group_id) DO UPDATE SET stance = $3, note = $4, updated_at = $5",
    )
    .bind(initiative_id)
    .bind(group_id)
    .bind(stance.key())
    .bind(note)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn clear_stance(db: impl Exec<'_>, initiative_id: i64, group_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM support_stances WHERE initiative_id = $1 AND group_id = $2")
        .bind(initiative_id)
        .bind(group_id)
        .execute(db)
        .await?;
    Ok(())
}
