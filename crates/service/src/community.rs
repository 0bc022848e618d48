//! Communities: their schools, stakeholder groups and members, and the
//! administrators' settings. Member counts leave here already suppressed
//! under the privacy threshold.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    community::{CommunityKind, Locale, Role, SchoolPhase},
    content::Languages,
    privacy,
    text::{self, Slug},
    time::Zone,
};
use tandem_store::communities::{self, GroupNames};
pub use tandem_store::communities::{Community, Group, Member, MemberPage, Membership, School};

use crate::{
    Access, Actor, Error, Result, Service, audit, commit,
    paging::{self, Page},
};
use tandem_domain::audit::Action;

/// Every community on this server.
pub async fn all(svc: &Service) -> Result<Vec<Community>> {
    Ok(communities::list(svc.db.pool()).await?)
}

/// A page of the server's communities by name, after the cursor `after`.
pub async fn page(svc: &Service, after: &str, limit: i64) -> Result<Page<Community>> {
    let after = paging::after_name(after)?;
    let after = after.as_ref().map(|(name, id)| (name.as_str(), *id));
    let (rows, total) =
        tokio::try_join!(communities::page(svc.db.pool(), after, limit), communities::count(svc.db.pool()))?;
    Ok(Page::from_rows(rows, limit, total, |c| paging::name_cursor(&c.name, c.id)))
}

/// The communities this person belongs to, with their membership.
pub async fn memberships_of(svc: &Service, actor: &Actor) -> Result<Vec<(Community, Membership)>> {
    match actor.user_id() {
        Some(uid) => Ok(communities::memberships_of(svc.db.pool(), uid).await?),
        None => Ok(Vec::new()),
    }
}

pub async fn schools(svc: &Service, access: &Access) -> Result<Vec<School>> {
    Ok(communities::schools(svc.db.pool(), access.community.id).await?)
}

pub async fn groups(svc: &Service, access: &Access) -> Result<Vec<Group>> {
    Ok(communities::groups(svc.db.pool(), access.community.id).await?)
}

/// Members per stakeholder group, in the groups' order, with small cells
/// suppressed (and the total kept exact only when nothing can be derived).
pub struct GroupSizes {
    pub groups: Vec<Group>,
    pub breakdown: privacy::Breakdown,
}

pub async fn group_sizes(svc: &Service, access: &Access) -> Result<GroupSizes> {
    let (groups, counts) = tokio::try_join!(
        communities::groups(svc.db.pool(), access.community.id),
        communities::member_counts(svc.db.pool(), access.community.id)
    )?;
    let per_group: Vec<i64> =
        groups.iter().map(|g| counts.iter().filter(|(gid, _)| *gid == Some(g.id)).map(|(_, n)| *n).sum()).collect();
    Ok(GroupSizes { breakdown: privacy::breakdown(&per_group, access.community.threshold), groups })
}

/// A page of members ordered by name, optionally one group only (staff).
/// Pupils' names are for staff pages only; the API withholds them.
/// `after` is the cursor of the previous page (blank for the first).
pub async fn members(
    svc: &Service,
    access: &Access,
    group_id: Option<i64>,
    after: &str,
    limit: i64,
) -> Result<Page<Member>> {
    access.require_facilitator()?;
    let limit = paging::limit(Some(limit), limit)?;
    let after = paging::after_name(after)?;
    let mut c = svc.read().await?;
    let after = after.as_ref().map(|(name, id)| (name.as_str(), *id));
    let found = communities::members(&mut c, access.community.id, group_id, after, limit).await?;
    Ok(Page::from_rows(found.members, limit, found.total, |m| paging::name_cursor(&m.display_name, m.membership.id)))
}

/// An optional chosen id that must be one of `allowed`.
pub(crate) fn check_id(field: &'static str, id: Option<i64>, allowed: &[i64]) -> Result<Option<i64>, FieldError> {
    match id {
        Some(id) if !allowed.contains(&id) => Err(FieldError::new(field, "error-choice-invalid")),
        other => Ok(other),
    }
}

/// A member's role, group and school as an administrator sets them.
#[derive(Debug, Clone, Default)]
pub struct MemberInput {
    pub role: String,
    pub group_id: Option<i64>,
    /// A school's address, or blank for none.
    pub school: String,
}

/// A school chosen by its address (blank for none) among the community's.
pub(crate) fn school_by_slug(field: &'static str, slug: &str, schools: &[School]) -> Result<Option<i64>, FieldError> {
    match slug.trim() {
        "" => Ok(None),
        s => schools
            .iter()
            .find(|x| x.slug == s)
            .map(|x| Some(x.id))
            .ok_or(FieldError::new(field, "error-choice-invalid")),
    }
}

/// Changes a member's role, group and school (administrators). A community
/// always keeps an administrator.
pub async fn update_member(
    svc: &Service,
    access: &Access,
    membership_id: i64,
    input: &MemberInput,
    now: Timestamp,
) -> Result<()> {
    access.require_admin()?;
    let c = &access.community;
    let (groups, schools) =
        tokio::try_join!(communities::groups(svc.db.pool(), c.id), communities::schools(svc.db.pool(), c.id))?;
    let mut errors = Invalid::default();
    let role = errors.check(Role::parse_field("role", &input.role));
    let group_ids: Vec<i64> = groups.iter().map(|g| g.id).collect();
    let group = errors.check(check_id("group", input.group_id, &group_ids));
    let school = errors.check(school_by_slug("school", &input.school, &schools));
    let (Some(role), Some(group), Some(school)) = (role, group, school) else {
        return Err(Error::Invalid(errors));
    };
    let mut tx = svc.begin().await?;
    // Counted under the community's lock, so two demotions at once cannot both pass.
    communities::lock_roles(&mut *tx, c.id).await?;
    let current = communities::membership_by_id(&mut *tx, c.id, membership_id).await?.ok_or(Error::NotFound)?;
    if current.role == Role::Admin && role != Role::Admin && communities::count_admins(&mut *tx, c.id).await? <= 1 {
        return Err(Error::Conflict("error-last-admin"));
    }
    communities::update_member(&mut *tx, c.id, membership_id, role, group, school).await?;
    audit::entry(access, Action::MemberUpdate).subject(membership_id).detail(role.key()).record(&mut tx, now).await?;
    commit(tx).await
}

// ---- one person, one account

pub use tandem_store::merge::Merged;

/// A member's name, for staff pages (facilitators).
pub async fn member_name(svc: &Service, access: &Access, membership_id: i64) -> Result<String> {
    access.require_facilitator()?;
    let m = communities::membership_by_id(svc.db.pool(), access.community.id, membership_id)
        .await?
        .ok_or(Error::NotFound)?;
    let user = tandem_store::users::get_by_id(svc.db.pool(), m.user_id).await?.ok_or(Error::NotFound)?;
    Ok(user.display_name)
}

/// Every member, for choosing two accounts to merge (administrators).
pub async fn all_members(svc: &Service, access: &Access) -> Result<Vec<communities::Member>> {
    access.require_admin()?;
    let mut c = svc.read().await?;
    // One page as large as any community: the merge form lists them all.
    Ok(communities::members(&mut c, access.community.id, None, None, 100_000).await?.members)
}

/// Merges two accounts of the same person (administrators): the member
/// `retire` (a membership of this community) goes into `keep`. One ballot
/// per open poll or budget (the latest), one vote per statement, one
/// endorsement per idea; posts and proposals move; the retired account
/// leaves the community and can no longer sign in. Refused for an account
/// that belongs to another community too (its administrators decide there),
/// a site administrator, yourself, or the last administrator. Recorded in
/// the audit log with what it found, including closed votes where both
/// accounts had voted (their ballots can no longer be told apart).
pub async fn merge_members(svc: &Service, access: &Access, keep: i64, retire: i64, now: Timestamp) -> Result<Merged> {
    access.require_admin()?;
    let c = &access.community;
    if keep == retire {
        return Err(Error::field("retire", "error-merge-same"));
    }
    let mut tx = svc.begin().await?;
    communities::lock_roles(&mut *tx, c.id).await?;
    let kept = communities::membership_by_id(&mut *tx, c.id, keep).await?;
    let retired = communities::membership_by_id(&mut *tx, c.id, retire).await?;
    let mut errors = Invalid::default();
    if kept.is_none() {
        errors.0.push(FieldError::new("keep", "error-choice-invalid"));
    }
    if retired.is_none() {
        errors.0.push(FieldError::new("retire", "error-choice-invalid"));
    }
    let (Some(kept), Some(retired)) = (kept, retired) else { return Err(Error::Invalid(errors)) };
    if kept.user_id == retired.user_id {
        return Err(Error::field("retire", "error-merge-same"));
    }
    if access.user_id() == Some(retired.user_id) {
        return Err(Error::Conflict("error-merge-account-self"));
    }
    let user = tandem_store::users::get_by_id(&mut *tx, retired.user_id).await?.ok_or(Error::NotFound)?;
    if user.is_site_admin {
        return Err(Error::Conflict("error-merge-site-admin"));
    }
    if communities::memberships_of(&mut *tx, retired.user_id).await?.len() > 1 {
        return Err(Error::Conflict("error-merge-other-community"));
    }
    if retired.role == Role::Admin && kept.role != Role::Admin && communities::count_admins(&mut *tx, c.id).await? <= 1
    {
        return Err(Error::Conflict("error-last-admin"));
    }
    let conversations = tandem_store::merge::conversations_of(&mut tx, retired.user_id).await?;
    let merged = tandem_store::merge::merge(&mut tx, c.id, kept.user_id, retired.user_id, now).await?;
    for conversation in conversations {
        crate::conversations::schedule_map(&mut tx, conversation, now).await?;
    }
    audit::entry(access, Action::MemberMerge)
        .subject(keep)
        .detail(format!(
            "member {retire} (account {}) into account {}; {} open ballots deduplicated; {} closed votes cast by both",
            retired.user_id, kept.user_id, merged.ballots_deduplicated, merged.sealed_twice
        ))
        .record(&mut tx, now)
        .await?;
    commit(tx).await?;
    Ok(merged)
}

// ---- settings

#[derive(Debug, Clone, Default)]
pub struct SettingsInput {
    pub name: String,
    pub description: String,
    /// The least count published (5 to 100); blank keeps the current one.
    pub threshold: String,
    /// Whether administrators and facilitators must use a second factor;
    /// `None` keeps the current setting.
    pub staff_second_factor: Option<bool>,
    /// An IANA time zone name ("America/New_York"); `None` keeps the current one.
    pub time_zone: Option<String>,
    /// en-US, en-GB, es-ES, es-MX or es-US; `None` keeps the current one.
    pub locale: Option<String>,
    /// The language content is first written in, and those it is translated
    /// into; `None` keeps the current ones.
    pub languages: Option<(String, Vec<String>)>,
}

/// Renames the community, changes its description and the threshold below
/// which counts are never published (administrators).
pub async fn update_settings(svc: &Service, access: &Access, input: &SettingsInput, now: Timestamp) -> Result<()> {
    access.require_admin()?;
    let mut errors = Invalid::default();
    let name = errors.check(text::line("name", &input.name, text::TITLE_MAX));
    let description = errors.check(text::optional("description", &input.description, text::SUMMARY_MAX));
    let threshold = match input.threshold.trim() {
        "" => Some(access.community.threshold),
        typed => errors.check(privacy::parse_threshold("threshold", typed)),
    };
    let zone = match &input.time_zone {
        Some(typed) => errors.check(Zone::parse("time_zone", typed)),
        None => Some(Zone::stored(&access.community.time_zone)),
    };
    let locale = match &input.locale {
        Some(typed) => errors.check(Locale::parse_field("locale", typed)),
        None => Some(access.community.locale),
    };
    let languages = match &input.languages {
        Some((original, others)) => errors.check(Languages::parse("languages", original, others)),
        None => Some(Languages::stored(&access.community.languages)),
    };
    let second_factor = input.staff_second_factor.unwrap_or(access.community.staff_second_factor);
    // An administrator without one would lock themselves out by turning it on.
    if second_factor
        && !access.community.staff_second_factor
        && !access.actor.user.as_ref().is_some_and(|u| u.has_second_factor)
    {
        errors.0.push(FieldError::new("staff_second_factor", "error-second-factor-yourself-first"));
    }
    let (Some(name), Some(description), Some(threshold), Some(zone), Some(locale), Some(languages)) =
        (name, description, threshold, zone, locale, languages)
    else {
        return Err(Error::Invalid(errors));
    };
    errors.finish()?;
    let mut tx = svc.begin().await?;
    let description = description.as_deref().unwrap_or_default();
    let languages = languages.to_stored();
    let place = (zone.name(), locale, languages.as_str());
    communities::update(&mut *tx, access.community.id, &name, description, threshold, second_factor, place).await?;
    audit::entry(access, Action::CommunityUpdate)
        .subject(&access.community.slug)
        .detail(format!(
            "threshold {}, staff second factor {}, time zone {}, locale {}, languages {}",
            threshold.get(),
            if second_factor { "on" } else { "off" },
            zone.name(),
            locale.key(),
            languages
        ))
        .record(&mut tx, now)
        .await?;
    commit(tx).await
}

/// A stakeholder group's names; a new group needs an English name.
#[derive(Debug, Clone, Default)]
pub struct GroupInput {
    pub name_en: String,
    pub name_es: String,
    /// Its members are minors: their names never leave the staff pages.
    pub protects_identity: bool,
}

fn group_names(input: &GroupInput, required: bool) -> Result<(Option<String>, Option<String>)> {
    let mut errors = Invalid::default();
    let en = if required {
        errors.check(text::line("name_en", &input.name_en, text::NAME_MAX).map(Some))
    } else {
        errors.check(text::optional("name_en", &input.name_en, text::NAME_MAX))
    };
    let es = errors.check(text::optional("name_es", &input.name_es, text::NAME_MAX));
    match (en, es) {
        (Some(en), Some(es)) if errors.is_empty() => Ok((en, es)),
        _ => Err(Error::Invalid(errors)),
    }
}

/// Adds a stakeholder group (administrators). Returns its id.
pub async fn add_group(svc: &Service, access: &Access, input: &GroupInput, now: Timestamp) -> Result<i64> {
    access.require_admin()?;
    let (en, es) = group_names(input, true)?;
    let base = Slug::from_title(en.as_deref().unwrap_or_default());
    let names = GroupNames { name_en: en.as_deref(), name_es: es.as_deref() };
    let mut tx = svc.begin().await?;
    for n in 1..=20u32 {
        let key = if n == 1 { base.clone() } else { base.with_suffix(n) };
        let key = key.as_str().replace('-', "_");
        if let Some(id) =
            communities::add_group(&mut *tx, access.community.id, &key, &names, input.protects_identity).await?
        {
            audit::entry(access, Action::GroupAdd)
                .subject(&key)
                .detail(en.as_deref().unwrap_or_default())
                .record(&mut tx, now)
                .await?;
            commit(tx).await?;
            return Ok(id);
        }
    }
    Err(Error::Conflict("error-group-exists"))
}

/// Renames a group (administrators); blank names fall back to the built-in translation.
pub async fn rename_group(
    svc: &Service,
    access: &Access,
    group_id: i64,
    input: &GroupInput,
    now: Timestamp,
) -> Result<()> {
    access.require_admin()?;
    let (en, es) = group_names(input, false)?;
    let names = GroupNames { name_en: en.as_deref(), name_es: es.as_deref() };
    let mut tx = svc.begin().await?;
    if !communities::rename_group(&mut *tx, access.community.id, group_id, &names).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::GroupRename).subject(group_id).record(&mut tx, now).await?;
    commit(tx).await
}

#[derive(Debug, Clone, Default)]
pub struct SchoolInput {
    pub name: String,
    /// primary, middle, secondary, all_through or special
    pub phase: String,
}

/// Adds a school under the first free address derived from its name (administrators).
pub async fn add_school(svc: &Service, access: &Access, input: &SchoolInput, now: Timestamp) -> Result<School> {
    access.require_admin()?;
    let mut errors = Invalid::default();
    let name = errors.check(text::line("name", &input.name, text::TITLE_MAX));
    let phase = errors.check(SchoolPhase::parse_field("phase", &input.phase));
    let (Some(name), Some(phase)) = (name, phase) else {
        return Err(Error::Invalid(errors));
    };
    let base = Slug::from_title(&name);
    let mut tx = svc.begin().await?;
    for n in 1..=20u32 {
        let slug = if n == 1 { base.clone() } else { base.with_suffix(n) };
        if let Some(id) =
            communities::add_school(&mut *tx, access.community.id, slug.as_str(), &name, phase, now).await?
        {
            audit::entry(access, Action::SchoolAdd).subject(slug.as_str()).detail(&name).record(&mut tx, now).await?;
            commit(tx).await?;
            return Ok(School { id, community_id: access.community.id, slug: slug.as_str().to_owned(), name, phase });
        }
    }
    Err(Error::Conflict("error-school-exists"))
}

// ---- the site: communities themselves

#[derive(Debug, Clone, Default)]
pub struct CommunityInput {
    pub slug: String,
    pub name: String,
    /// district, network or school
    pub kind: String,
    pub description: String,
}

/// Creates a community with the default stakeholder groups (site administrators
/// and the command line).
pub async fn create(svc: &Service, actor: &Actor, input: &CommunityInput, now: Timestamp) -> Result<Community> {
    if !actor.is_site_admin() {
        return Err(if actor.user.is_some() { Error::Forbidden } else { Error::LoginRequired });
    }
    let mut errors = Invalid::default();
    let slug = errors.check(Slug::parse("slug", &input.slug));
    let name = errors.check(text::line("name", &input.name, text::TITLE_MAX));
    let kind = errors.check(CommunityKind::parse_field("kind", &input.kind));
    let description = errors.check(text::optional("description", &input.description, text::SUMMARY_MAX));
    let (Some(slug), Some(name), Some(kind), Some(description)) = (slug, name, kind, description) else {
        return Err(Error::Invalid(errors));
    };
    let mut tx = svc.begin().await?;
    if communities::by_slug(&mut *tx, slug.as_str()).await?.is_some() {
        return Err(Error::Conflict("error-community-exists"));
    }
    let new = communities::NewCommunity {
        slug: slug.as_str(),
        name: &name,
        kind,
        description: description.as_deref().unwrap_or_default(),
    };
    let id = match communities::create(&mut tx, &new, now).await {
        Ok(id) => id,
        Err(tandem_store::StoreError::Conflict(_)) => return Err(Error::Conflict("error-community-exists")),
        Err(e) => return Err(e.into()),
    };
    audit::site_entry(actor, Action::CommunityCreate).community(id).subject(slug.as_str()).record(&mut tx, now).await?;
    let created = communities::by_id(&mut *tx, id).await?.ok_or(Error::NotFound)?;
    commit(tx).await?;
    Ok(created)
}

/// Finds a community by its address (for the command line, which has no access yet).
pub async fn by_slug(svc: &Service, slug: &str) -> Result<Community> {
    communities::by_slug(svc.db.pool(), slug).await?.ok_or(Error::NotFound)
}
