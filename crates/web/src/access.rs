//! The service's access rules, loaded for a request: who is asking (from the
//! request context) within which community and initiative.

use tandem_service::{Access, initiatives::Initiative};

use crate::{context::Ctx, error::AppResult, state::AppState};

/// The community and the requester's membership.
pub async fn community(state: &AppState, ctx: &Ctx, slug: &str) -> AppResult<Access> {
    let access = Access::load(&state.svc, &ctx.actor(), slug).await?;
    ctx.set_place(&access.community);
    Ok(access)
}

/// The community, the requester's membership and an initiative they may read.
pub async fn initiative(state: &AppState, ctx: &Ctx, slug: &str, initiative: &str) -> AppResult<(Access, Initiative)> {
    let (access, initiative) = Access::load_initiative(&state.svc, &ctx.actor(), slug, initiative).await?;
    ctx.set_place(&access.community);
    Ok((access, initiative))
}
