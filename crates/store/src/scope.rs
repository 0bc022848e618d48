//! What every community and initiative request needs first, in one query:
//! the community, the requester's membership and (optionally) one initiative.
//! Kept apart from `communities` and `initiatives` so that neither imports
//! the other; the rows are read by their modules' own mappings.

use crate::{
    Exec, Result,
    communities::{Community, Membership, community_from},
    get,
    initiatives::{self, Initiative},
};

pub struct Scope {
    pub community: Community,
    pub membership: Option<Membership>,
    pub initiative: Option<Initiative>,
}

pub async fn load(
    db: impl Exec<'_>,
    slug: &str,
    user_id: Option<i64>,
    initiative_slug: Option<&str>,
) -> Result<Option<Scope>> {
    let sql = format!(
        "SELECT c.id, c.slug, c.name, c.kind, c.description, c.created_at, c.min_published_count, c.staff_second_factor,
                c.time_zone, c.locale, c.languages,
                m.id AS m_id, m.role AS m_role, m.group_id AS m_group_id, m.school_id AS m_school_id,
                m.created_at AS m_created_at, COALESCE(g.protects_identity, 0) AS m_protected,
                m.conduct_accepted_at AS m_conduct_accepted_at,
                {}
         FROM communities c
         LEFT JOIN memberships m ON m.community_id = c.id AND m.user_id = $2
         LEFT JOIN stakeholder_groups g ON g.id = m.group_id
         LEFT JOIN initiatives i ON i.community_id = c.id AND i.slug = $3
         {}
         WHERE c.slug = $1",
        initiatives::SELECT_PREFIXED,
        initiatives::JOINS
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(slug)
        .bind(user_id.unwrap_or(-1))
        .bind(initiative_slug.unwrap_or_default())
        .fetch_optional(db)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let community = community_from(&row)?;
    let membership = match get::<Option<i64>>(&row, "m_id")? {
        Some(id) => Some(Membership {
            id,
            community_id: community.id,
            user_id: user_id.unwrap_or_default(),
            role: crate::choice(&row, "m_role")?,
            group_id: get(&row, "m_group_id")?,
            school_id: get(&row, "m_school_id")?,
            protected: crate::flag(&row, "m_protected")?,
            conduct_accepted_at: crate::opt_ts(&row, "m_conduct_accepted_at")?,
            created_at: crate::ts(&row, "m_created_at")?,
        }),
        None => None,
    };
    let initiative = initiatives::initiative_from_columns(&row, community.id, &initiatives::PREFIXED)?;
    Ok(Some(Scope { community, membership, initiative }))
}
