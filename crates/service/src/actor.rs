//! Who is asking, through which door, and what their role lets them do in a
//! community. Built by each door (a page or API request, a command, a job)
//! and handed to every use case; nothing here knows about HTTP.

use tandem_domain::{community::Role, initiative::Visibility};
use tandem_store::{
    communities::{Community, Membership},
    initiatives::{self, Initiative},
    scope,
    users::User,
};

use crate::{Error, Result, Service};

/// The door a request came through, recorded with every audit entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    Page,
    Api,
    /// `tandem` on the server's command line: its operator acts as a site administrator.
    CommandLine,
    /// The background worker.
    Worker,
}

impl Door {
    pub fn key(self) -> &'static str {
        match self {
            Door::Page => "page",
            Door::Api => "api",
            Door::CommandLine => "cli",
            Door::Worker => "worker",
        }
    }
}

/// The person asking (none for a visitor or the command line) and the door.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: Option<User>,
    pub door: Door,
}

impl Actor {
    pub fn visitor(door: Door) -> Actor {
        Actor { user: None, door }
    }

    pub fn person(user: User, door: Door) -> Actor {
        Actor { user: Some(user), door }
    }

    /// Whoever runs `tandem` on the server: they hold the database already.
    pub fn operator() -> Actor {
        Actor { user: None, door: Door::CommandLine }
    }

    pub fn worker() -> Actor {
        Actor { user: None, door: Door::Worker }
    }

    pub fn user_id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }

    pub fn is_site_admin(&self) -> bool {
        self.door == Door::CommandLine || self.user.as_ref().is_some_and(|u| u.is_site_admin)
    }

    /// The logged-in person, or [`Error::LoginRequired`].
    pub fn require_user(&self) -> Result<&User> {
        self.user.as_ref().ok_or(Error::LoginRequired)
    }
}

/// An actor within one community: their membership decides their role.
#[derive(Debug, Clone)]
pub struct Access {
    pub actor: Actor,
    pub community: Community,
    pub membership: Option<Membership>,
}

impl Access {
    /// The community and the actor's membership, in one query.
    pub async fn load(svc: &Service, actor: &Actor, slug: &str) -> Result<Access> {
        let s = scope::load(svc.db.pool(), slug, actor.user_id(), None).await?.ok_or(Error::NotFound)?;
        Access { actor: actor.clone(), community: s.community, membership: s.membership }.checked()
    }

    /// Refuses staff of a community that requires a second factor until
    /// they have one: their powers are what an attacker would want.
    fn checked(self) -> Result<Access> {
        let staff = self.membership.as_ref().is_some_and(|m| matches!(m.role, Role::Admin | Role::Facilitator));
        let unprotected = self.actor.user.as_ref().is_some_and(|u| !u.has_second_factor);
        if self.community.staff_second_factor && staff && unprotected {
            return Err(Error::Conflict("error-second-factor-required"));
        }
        Ok(self)
    }

    /// The community, the actor's membership and an initiative they may read,
    /// in one query (the hot path of every initiative page).
    pub async fn load_initiative(
        svc: &Service,
        actor: &Actor,
        slug: &str,
        initiative_slug: &str,
    ) -> Result<(Access, Initiative)> {
        let s =
            scope::load(svc.db.pool(), slug, actor.user_id(), Some(initiative_slug)).await?.ok_or(Error::NotFound)?;
        let access = Access { actor: actor.clone(), community: s.community, membership: s.membership }.checked()?;
        let initiative = s.initiative.ok_or(Error::NotFound)?;
        access.check_visible(&initiative)?;
        Ok((access, initiative))
    }

    /// Another initiative of the same community that this person may read.
    pub async fn initiative(&self, svc: &Service, slug: &str) -> Result<Initiative> {
        let initiative = initiatives::by_slug(svc.db.pool(), self.community.id, slug).await?.ok_or(Error::NotFound)?;
        self.check_visible(&initiative)?;
        Ok(initiative)
    }

    pub fn user_id(&self) -> Option<i64> {
        self.actor.user_id()
    }

    /// Site administrators (and the command line) act as community admins everywhere.
    pub fn role(&self) -> Option<Role> {
        if self.actor.is_site_admin() {
            return Some(Role::Admin);
        }
        self.membership.as_ref().map(|m| m.role)
    }

    /// The role this person holds as a member, and only that: taking part
    /// (voting, posting, endorsing) is for members, while a site
    /// administrator's powers are staff powers only.
    pub fn member_role(&self) -> Option<Role> {
        self.membership.as_ref().map(|m| m.role)
    }

    /// The member's stakeholder group, if any.
    pub fn group_id(&self) -> Option<i64> {
        self.membership.as_ref().and_then(|m| m.group_id)
    }

    /// The member's group protects identities (pupils).
    pub fn is_protected(&self) -> bool {
        self.membership.as_ref().is_some_and(|m| m.protected)
    }

    pub fn is_member(&self) -> bool {
        self.role().is_some()
    }

    pub fn can_facilitate(&self) -> bool {
        self.role().is_some_and(Role::can_facilitate)
    }

    pub fn can_administer(&self) -> bool {
        self.role().is_some_and(Role::can_administer)
    }

    pub fn can_participate(&self) -> bool {
        self.role().is_some_and(Role::can_participate)
    }

    fn require(&self, allowed: bool) -> Result<()> {
        match (allowed, self.actor.user.is_some() || self.actor.is_site_admin()) {
            (true, _) => Ok(()),
            (false, false) => Err(Error::LoginRequired),
            (false, true) => Err(Error::Forbidden),
        }
    }

    pub fn require_member(&self) -> Result<()> {
        self.require(self.is_member())
    }

    pub fn require_participant(&self) -> Result<()> {
        self.require(self.can_participate())
    }

    pub fn require_facilitator(&self) -> Result<()> {
        self.require(self.can_facilitate())
    }

    pub fn require_admin(&self) -> Result<()> {
        self.require(self.can_administer())
    }

    /// The community's time zone: dates typed in forms are its days.
    pub fn zone(&self) -> tandem_domain::time::Zone {
        tandem_domain::time::Zone::stored(&self.community.time_zone)
    }

    /// A members-only initiative is "not found" to outsiders, and a draft to
    /// everyone but facilitators and administrators, so their existence is
    /// not revealed either.
    pub fn check_visible(&self, initiative: &Initiative) -> Result<()> {
        if initiative.community_id != self.community.id
            || (initiative.visibility == Visibility::Members && !self.is_member())
            || (initiative.published_at.is_none() && !self.can_facilitate())
        {
            return Err(Error::NotFound);
        }
        Ok(())
    }
}
