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
    pub async fn load(state: &AppState, ctx: &Ctx, slug: &str) -> Result<Access, AppError> {
        let community = communities::by_slug(&state.db, slug)
            .await?
            .ok_or(AppError::NotFound)?;
        let membership = match ctx.user_id() {
            Some(uid) => communities::membership(&state.db, community.id, uid).await?,
            None => None,
        };
        let site_admin = ctx.user.as_ref().is_some_and(|u| u.is_site_admin);
        Ok(Access {
            community,
            membership,
            site_admin,
        })
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

    /// Loads an initiative this person may read. A members-only initiative is
    /// "not found" to outsiders, so its existence is not revealed either.
    pub async fn initiative(&self, state: &AppState, slug: &str) -> Result<Initiative, AppError> {
        let initiative = initiatives::by_slug(&state.db, self.community.id, slug)
            .await?
            .ok_or(AppError::NotFound)?;
        if initiative.visibility == Visibility::Members && !self.is_member() {
            return Err(AppError::NotFound);
        }
        Ok(initiative)
    }
}
