//! Who may see and do what in a community, decided once per request.

use tandem_domain::{community::Role, initiative::Visibility};
use tandem_store::{
    communities::{self, Community, Membership},
    initiatives::{self, Initiative},
};

use crate::{AppState, context::Ctx, error::AppError};

pub struct Access {
    pub community: Community,
    pub membership: Option<Membership>,
    /// Site administrators act as community admins everywhere.
    pub site_admin: bool,
}

impl Access {
    /// The community and the requester's membership, in one query.
    pub async fn load(state: &AppState, ctx: &Ctx, slug: &str) -> Result<Access, AppError> {
        let (community, membership) =
            communities::with_membership(&state.db, slug, ctx.user_id()).await?.ok_or(AppError::NotFound)?;
        let site_admin = ctx.user.as_ref().is_some_and(|u| u.is_site_admin);
        Ok(Access { community, membership, site_admin })
    }

    /// The community, the requester's membership and an initiative they may
    /// read, in one query (the initiative page's hot path).
    pub async fn load_initiative(
        state: &AppState,
        ctx: &Ctx,
        slug: &str,
        initiative_slug: &str,
    ) -> Result<(Access, Initiative), AppError> {
        let scope = communities::scope(&state.db, slug, ctx.user_id(), Some(initiative_slug))
            .await?
            .ok_or(AppError::NotFound)?;
        let site_admin = ctx.user.as_ref().is_some_and(|u| u.is_site_admin);
        let access = Access { community: scope.community, membership: scope.membership, site_admin };
        let initiative = scope.initiative.ok_or(AppError::NotFound)?;
        access.check_visible(&initiative)?;
        Ok((access, initiative))
    }

    pub fn role(&self) -> Option<Role> {
        if self.site_admin {
            return Some(Role::Admin);
        }
        self.membership.as_ref().map(|m| m.role)
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

    fn require(&self, ctx: &Ctx, allowed: bool) -> Result<(), AppError> {
        match (allowed, ctx.user.is_some()) {
            (true, _) => Ok(()),
            (false, false) => Err(AppError::LoginRequired),
            (false, true) => Err(AppError::Forbidden),
        }
    }

    pub fn require_facilitator(&self, ctx: &Ctx) -> Result<(), AppError> {
        self.require(ctx, self.can_facilitate())
    }

    pub fn require_admin(&self, ctx: &Ctx) -> Result<(), AppError> {
        self.require(ctx, self.can_administer())
    }

    /// A members-only initiative is "not found" to outsiders, so its
    /// existence is not revealed either.
    fn check_visible(&self, initiative: &Initiative) -> Result<(), AppError> {
        if initiative.visibility == Visibility::Members && !self.is_member() {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// Loads an initiative this person may read.
    pub async fn initiative(&self, state: &AppState, slug: &str) -> Result<Initiative, AppError> {
        let initiative = initiatives::by_slug(&state.db, self.community.id, slug).await?.ok_or(AppError::NotFound)?;
        self.check_visible(&initiative)?;
        Ok(initiative)
    }
}
