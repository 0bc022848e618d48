//! Triangle health through the API: what needs attention so that no base is
//! neglected (mirrors `pages/health.rs`).

use axum::{
    Json, Router,
    extract::{Path, State},
    routing::get,
};
use serde::Serialize;
use tandem_service::health;
use utoipa::ToSchema;

use super::at;
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route(&at("/health"), get(get_health))
}

type Slugs = Path<(String, String)>;

#[derive(Serialize, ToSchema)]
pub struct FindingOut {
    /// A stable key, e.g. capacity-without-owner.
    pub check: String,
    /// public_value, capacity or legitimacy
    pub base: String,
    /// critical or warning
    pub severity: String,
    pub count: i64,
    pub message: String,
}

/// Triangle health: what needs attention so that no base is neglected.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/health", tag = "health",
    params(("community" = String, Path), ("initiative" = String, Path)), responses((status = 200, body = Vec<FindingOut>)))]
pub async fn get_health(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Slugs,
) -> AppResult<Json<Vec<FindingOut>>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let h = health::evaluate(&state.svc, &i, ctx.now).await?.health;
    let who = tandem_service::representation::over_its_life(&state.svc, &access, &i).await?;
    // Who takes part: each alert is a legitimacy warning of its own.
    let alerts = who.current.alerts.iter().map(|a| {
        let kind = match a {
            tandem_decide::representation::Alert::Gap { .. } => "representation-gap",
            tandem_decide::representation::Alert::Capture { .. } => "representation-capture",
            tandem_decide::representation::Alert::Concentration { .. } => "representation-concentration",
            tandem_decide::representation::Alert::Absent { .. } => "representation-absent",
        };
        FindingOut {
            check: kind.to_owned(),
            base: "legitimacy".to_owned(),
            severity: "warning".to_owned(),
            count: 1,
            message: crate::labels::alert_message(&ctx, a, &who),
        }
    });
    Ok(Json(
        h.findings
            .iter()
            .map(|f| FindingOut {
                check: f.check.key().to_owned(),
                base: f.check.base().key().to_owned(),
                severity: f.check.severity().key().to_owned(),
                count: f.count,
                message: ctx
                    .ta(&format!("health-{}", f.check.key()), &[("count", tandem_service::i18n::Arg::Num(f.count))]),
            })
            .chain(alerts)
            .collect(),
    ))
}
