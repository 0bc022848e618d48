//! Communities, their schools, stakeholder groups and memberships.

use sqlx::any::AnyRow;
use tandem_domain::{
    Timestamp,
    community::{CommunityKind, DEFAULT_GROUPS, Locale, Role, SchoolPhase},
    privacy::Threshold,
};

use crate::{Conn, Exec, Result, choice, conflict, flag, get, int_flag, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Community {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: CommunityKind,
    pub description: String,
    pub created_at: Timestamp,
    /// Counts below this are never published (at least 5).
    pub threshold: Threshold,
    /// Administrators and facilitators must sign in with a second factor.
    pub staff_second_factor: bool,
    /// An IANA time zone name; `Zone::stored` reads it.
    pub time_zone: String,
    pub locale: Locale,
    /// The languages its content is written in, original first ("en,es"); `Languages::stored` reads it.
    pub languages: String,
}

pub(crate) fn community_from(row: &AnyRow) -> Result<Community> {
    Ok(Community {
        id: get(row, "id")?,
        slug: get(row, "slug")?,
        name: get(row, "name")?,
        kind: choice(row, "kind")?,
        description: get(row, "description")?,
        created_at: ts(row, "created_at")?,
        threshold: Threshold::new(get(row, "min_published_count")?),
        staff_second_factor: flag(row, "staff_second_factor")?,
        time_zone: get(row, "time_zone")?,
        locale: choice(row, "locale")?,
        languages: get(row, "languages")?,
    })
}

const COMMUNITY_COLUMNS: &str = "id, slug, name, kind, description, created_at, min_published_count, staff_second_factor, time_zone, locale, languages";

pub struct NewCommunity<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub kind: CommunityKind,
    pub description: &'a str,
}

/// Sets where a community is and the languages it writes in (bulk seeding;
/// administrators go through `update`).
pub async fn set_place(db: impl Exec<'_>, id: i64, time_zone: &str, locale: Locale, languages: &str) -> Result<()> {
    sqlx::query("UPDATE communities SET time_zone = $1, locale = $2, languages = $3 WHERE id = $4")
        .bind(time_zone)
        .bind(locale.key())
        .bind(languages)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Creates a community with the default stakeholder groups, in one transaction.
pub async fn create(conn: &mut Conn, new: &NewCommunity<'_>, now: Timestamp) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO communities (slug, name, kind, description, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(new.slug)
    .bind(new.name)
    .bind(new.kind.key())
    .bind(new.description)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await
    .map_err(conflict("community"))?;
    let id: i64 = get(&row, "id")?;
    for (position, group) in DEFAULT_GROUPS.iter().enumerate() {
        sqlx::query(
            "INSERT INTO stakeholder_groups (community_id, key, protects_identity, position) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(group.key)
        .bind(int_flag(group.protects_identity))
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// Every community, by name.
pub async fn list(db: impl Exec<'_>) -> Result<Vec<Community>> {
    page(db, None, i64::MAX - 1).await
}

/// A page of communities by name, after `after` (the previous page's last
/// name and id); `limit + 1` rows: the extra one says more follow.
pub async fn page(db: impl Exec<'_>, after: Option<(&str, i64)>, limit: i64) -> Result<Vec<Community>> {
    let sql = format!(
        "SELECT {COMMUNITY_COLUMNS} FROM communities
         WHERE $1 = 0 OR name > $2 OR (name = $2 AND id > $3)
         ORDER BY name, id LIMIT $4"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(int_flag(after.is_some()))
        .bind(after.map(|a| a.0).unwrap_or_default())
        .bind(after.map(|a| a.1).unwrap_or_default())
        .bind(limit.saturating_add(1))
        .fetch_all(db)
        .await?;
    rows.iter().map(community_from).collect()
}

/// How many communities this server holds.
pub async fn count(db: impl Exec<'_>) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM communities").fetch_one(db).await?;
    get(&row, "n")
}

pub async fn by_slug(db: impl Exec<'_>, slug: &str) -> Result<Option<Community>> {
    let sql = format!("SELECT {COMMUNITY_COLUMNS} FROM communities WHERE slug = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(slug).fetch_optional(db).await?;
    row.as_ref().map(community_from).transpose()
}

pub async fn by_id(db: impl Exec<'_>, id: i64) -> Result<Option<Community>> {
    let sql = format!("SELECT {COMMUNITY_COLUMNS} FROM communities WHERE id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(db).await?;
    row.as_ref().map(community_from).transpose()
}

pub async fn update(
    db: impl Exec<'_>,
    id: i64,
    name: &str,
    description: &str,
    threshold: Threshold,
    staff_second_factor: bool,
    place: (&str, Locale, &str),
) -> Result<()> {
    sqlx::query(
        "UPDATE communities SET name = $1, description = $2, min_published_count = $3, staff_second_factor = $4,
                time_zone = $5, locale = $6, languages = $7
         WHERE id = $8",
    )
    .bind(name)
    .bind(description)
    .bind(threshold.get())
    .bind(int_flag(staff_second_factor))
    .bind(place.0)
    .bind(place.1.key())
    .bind(place.2)
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}

// ---- schools

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub id: i64,
    pub community_id: i64,
    pub slug: String,
    pub name: String,
    pub phase: SchoolPhase,
}

fn school_from(row: &AnyRow) -> Result<School> {
    Ok(School {
        id: get(row, "id")?,
        community_id: get(row, "community_id")?,
        slug: get(row, "slug")?,
        name: get(row, "name")?,
        phase: choice(row, "phase")?,
    })
}

/// Adds a school; `None` when its address is taken (nothing is written, and no
/// error aborts the caller's transaction, so it can try another address).
pub async fn add_school(
    db: impl Exec<'_>,
    community_id: i64,
    slug: &str,
    name: &str,
    phase: SchoolPhase,
    now: Timestamp,
) -> Result<Option<i64>> {
    let row = sqlx::query(
        "INSERT INTO schools (community_id, slug, name, phase, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (community_id, slug) DO NOTHING RETURNING id",
    )
    .bind(community_id)
    .bind(slug)
    .bind(name)
    .bind(phase.key())
    .bind(now.0)
    .fetch_optional(db)
    .await?;
    row.map(|r| get(&r, "id")).transpose()
}

pub async fn schools(db: impl Exec<'_>, community_id: i64) -> Result<Vec<School>> {
    let rows = sqlx::query(
        "SELECT id, community_id, slug, name, phase FROM schools WHERE community_id = $1 ORDER BY name, id",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(school_from).collect()
}

// ---- stakeholder groups

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: i64,
    pub community_id: i64,
    pub key: String,
    pub name_en: Option<String>,
    pub name_es: Option<String>,
    pub protects_identity: bool,
    pub position: i64,
}

fn group_from(row: &AnyRow) -> Result<Group> {
    Ok(Group {
        id: get(row, "id")?,
        community_id: get(row, "community_id")?,
        key: get(row, "key")?,
        name_en: get(row, "name_en")?,
        name_es: get(row, "name_es")?,
        protects_identity: flag(row, "protects_identity")?,
        position: get(row, "position")?,
    })
}

pub async fn groups(db: impl Exec<'_>, community_id: i64) -> Result<Vec<Group>> {
    let rows = sqlx::query(
        "SELECT id, community_id, key, name_en, name_es, protects_identity, position
         FROM stakeholder_groups WHERE community_id = $1 ORDER BY position, id",
    )
    .bind(community_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(group_from).collect()
}

pub struct GroupNames<'a> {
    pub name_en: Option<&'a str>,
    pub name_es: Option<&'a str>,
}

/// Adds a community-specific group; `None` when the key exists (nothing is
/// written and the caller's transaction goes on).
pub async fn add_group(
    db: impl Exec<'_>,
    community_id: i64,
    key: &str,
    names: &GroupNames<'_>,
    protects_identity: bool,
) -> Result<Option<i64>> {
    let row = sqlx::query(
        "INSERT INTO stakeholder_groups (community_id, key, name_en, name_es, protects_identity, position)
         VALUES ($1, $2, $3, $4, $5,
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM stakeholder_groups WHERE community_id = $1))
         ON CONFLICT (community_id, key) DO NOTHING RETURNING id",
    )
    .bind(community_id)
    .bind(key)
    .bind(names.name_en)
    .bind(names.name_es)
    .bind(int_flag(protects_identity))
    .fetch_optional(db)
    .await?;
    row.map(|r| get(&r, "id")).transpose()
}

/// Renames a group; blank names fall back to the built-in translation.
pub async fn rename_group(db: impl Exec<'_>, community_id: i64, group_id: i64, names: &GroupNames<'_>) -> Result<bool> {
    let done =
        sqlx::query("UPDATE stakeholder_groups SET name_en = $1, name_es = $2 WHERE id = $3 AND community_id = $4")
            .bind(names.name_en)
            .bind(names.name_es)
            .bind(group_id)
            .bind(community_id)
            .execute(db)
            .await?;
    Ok(done.rows_affected() == 1)
}

// ---- memberships

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub id: i64,
    pub community_id: i64,
    pub user_id: i64,
    pub role: Role,
    pub group_id: Option<i64>,
    pub school_id: Option<i64>,
    /// The member's group protects identities (pupils).
    pub protected: bool,
    /// When they accepted the code of conduct (asked at their first contribution).
    pub conduct_accepted_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

const MEMBERSHIP_COLUMNS: &str = "m.id, m.community_id, m.user_id, m.role, m.group_id, m.school_id, m.created_at, \
     m.conduct_accepted_at, COALESCE(g.protects_identity, 0) AS protected";

fn membership_from(row: &AnyRow) -> Result<Membership> {
    Ok(Membership {
        id: get(row, "id")?,
        community_id: get(row, "community_id")?,
        user_id: get(row, "user_id")?,
        role: choice(row, "role")?,
        group_id: get(row, "group_id")?,
        school_id: get(row, "school_id")?,
        protected: flag(row, "protected")?,
        conduct_accepted_at: crate::opt_ts(row, "conduct_accepted_at")?,
        created_at: ts(row, "created_at")?,
    })
}

/// Records that a member accepted the code of conduct.
pub async fn accept_conduct(db: impl Exec<'_>, community_id: i64, user_id: i64, now: Timestamp) -> Result<()> {
    sqlx::query(
        "UPDATE memberships SET conduct_accepted_at = $1 WHERE community_id = $2 AND user_id = $3 AND conduct_accepted_at IS NULL",
    )
    .bind(now.0)
    .bind(community_id)
    .bind(user_id)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn membership(db: impl Exec<'_>, community_id: i64, user_id: i64) -> Result<Option<Membership>> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships m LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         WHERE m.community_id = $1 AND m.user_id = $2"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(community_id).bind(user_id).fetch_optional(db).await?;
    row.as_ref().map(membership_from).transpose()
}

pub async fn membership_by_id(db: impl Exec<'_>, community_id: i64, membership_id: i64) -> Result<Option<Membership>> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships m LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         WHERE m.community_id = $1 AND m.id = $2"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(community_id).bind(membership_id).fetch_optional(db).await?;
    row.as_ref().map(membership_from).transpose()
}

/// The communities a user belongs to, with their membership.
pub async fn memberships_of(db: impl Exec<'_>, user_id: i64) -> Result<Vec<(Community, Membership)>> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS}, c.slug AS c_slug, c.name AS c_name, c.kind AS c_kind,
                c.description AS c_description, c.created_at AS c_created_at,
                c.min_published_count AS c_min_published_count, c.staff_second_factor AS c_staff_second_factor,
                c.time_zone AS c_time_zone, c.locale AS c_locale, c.languages AS c_languages
         FROM memberships m JOIN communities c ON c.id = m.community_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         WHERE m.user_id = $1 ORDER BY c.name"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(user_id).fetch_all(db).await?;
    rows.iter()
        .map(|row| {
            let community = Community {
                id: get(row, "community_id")?,
                slug: get(row, "c_slug")?,
                name: get(row, "c_name")?,
                kind: choice(row, "c_kind")?,
                description: get(row, "c_description")?,
                created_at: ts(row, "c_created_at")?,
                threshold: Threshold::new(get(row, "c_min_published_count")?),
                staff_second_factor: flag(row, "c_staff_second_factor")?,
                time_zone: get(row, "c_time_zone")?,
                locale: choice(row, "c_locale")?,
                languages: get(row, "c_languages")?,
            };
            Ok((community, membership_from(row)?))
        })
        .collect()
}

pub struct NewMembership {
    pub community_id: i64,
    pub user_id: i64,
    pub role: Role,
    pub group_id: Option<i64>,
    pub school_id: Option<i64>,
}

/// Adds a member; `Conflict("membership")` when they already belong.
pub async fn add_member<'c, E>(exec: E, new: &NewMembership, now: Timestamp) -> Result<i64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let row = sqlx::query(
        "INSERT INTO memberships (community_id, user_id, role, group_id, school_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(new.community_id)
    .bind(new.user_id)
    .bind(new.role.key())
    .bind(new.group_id)
    .bind(new.school_id)
    .bind(now.0)
    .fetch_one(exec)
    .await
    .map_err(conflict("membership"))?;
    get(&row, "id")
}

/// Changes a member's role, group and school; false when no such member.
pub async fn update_member(
    db: impl Exec<'_>,
    community_id: i64,
    membership_id: i64,
    role: Role,
    group_id: Option<i64>,
    school_id: Option<i64>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE memberships SET role = $1, group_id = $2, school_id = $3 WHERE id = $4 AND community_id = $5",
    )
    .bind(role.key())
    .bind(group_id)
    .bind(school_id)
    .bind(membership_id)
    .bind(community_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Locks the community's row until the transaction ends, so changes to its
/// roles happen one after another (PostgreSQL reads committed data, and two
/// demotions would otherwise each count the other administrator still there).
/// SQLite's writers are serialised already; the update is harmless there.
pub async fn lock_roles(db: impl Exec<'_>, community_id: i64) -> Result<()> {
    sqlx::query("UPDATE communities SET id = id WHERE id = $1").bind(community_id).execute(db).await?;
    Ok(())
}

pub async fn count_admins(db: impl Exec<'_>, community_id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM memberships WHERE community_id = $1 AND role = $2")
        .bind(community_id)
        .bind(Role::Admin.key())
        .fetch_one(db)
        .await?;
    get(&row, "n")
}

/// A member as staff see them on the members page.
#[derive(Debug, Clone)]
pub struct Member {
    pub membership: Membership,
    pub display_name: String,
    pub email: Option<String>,
    /// Signs in with a password (else only by links: families and pupils who joined by invitation).
    pub has_password: bool,
    pub group_key: Option<String>,
    pub school_name: Option<String>,
}

pub struct MemberPage {
    pub members: Vec<Member>,
    pub total: i64,
}

/// Members ordered by name, a page at a time after `after` (the previous
/// page's last name and membership id), optionally one group only. Reads
/// `limit + 1` members: the extra one says another page follows.
pub async fn members(
    conn: &mut Conn,
    community_id: i64,
    group_id: Option<i64>,
    after: Option<(&str, i64)>,
    limit: i64,
) -> Result<MemberPage> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS}, u.display_name, u.email, g.key AS group_key, s.name AS school_name,
                CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS has_password
         FROM memberships m JOIN users u ON u.id = m.user_id
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         LEFT JOIN schools s ON s.id = m.school_id
         WHERE m.community_id = $1 AND ($2 = 0 OR m.group_id = $3)
           AND ($4 = 0 OR u.display_name > $5 OR (u.display_name = $5 AND m.id > $6))
         ORDER BY u.display_name, m.id LIMIT $7"
    );
    let filter = group_id.unwrap_or_default();
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(community_id)
        .bind(int_flag(group_id.is_some()))
        .bind(filter)
        .bind(int_flag(after.is_some()))
        .bind(after.map(|a| a.0).unwrap_or_default())
        .bind(after.map(|a| a.1).unwrap_or_default())
        .bind(limit + 1)
        .fetch_all(&mut *conn)
        .await?;
    let members = rows
        .iter()
        .map(|row| {
            Ok(Member {
                membership: membership_from(row)?,
                display_name: get(row, "display_name")?,
                email: get(row, "email")?,
                has_password: crate::flag(row, "has_password")?,
                group_key: get(row, "group_key")?,
                school_name: get(row, "school_name")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let total_row = sqlx::query(
        "SELECT COUNT(*) AS n FROM memberships m WHERE m.community_id = $1 AND ($2 = 0 OR m.group_id = $3)",
    )
    .bind(community_id)
    .bind(int_flag(group_id.is_some()))
    .bind(filter)
    .fetch_one(&mut *conn)
    .await?;
    Ok(MemberPage { members, total: get(&total_row, "n")? })
}

/// How many members each group has (`None` = no group), for aggregate figures.
pub async fn member_counts(db: impl Exec<'_>, community_id: i64) -> Result<Vec<(Option<i64>, i64)>> {
    let rows = sqlx::query("SELECT group_id, COUNT(*) AS n FROM memberships WHERE community_id = $1 GROUP BY group_id")
        .bind(community_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|row| Ok((get(row, "group_id")?, get(row, "n")?))).collect()
}

/// The display names of a community's members, but one (a pupil's own
/// words are checked against them before they are published).
pub async fn member_names(db: impl Exec<'_>, community_id: i64, except_user: i64) -> Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.community_id = $1 AND m.user_id <> $2",
    )
    .bind(community_id)
    .bind(except_user)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| get(r, "display_name")).collect()
}
