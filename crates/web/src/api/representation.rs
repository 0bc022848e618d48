//! Who takes part through the API: the measures of the community, a school,
//! an initiative or one of its processes; the baselines, settings, outreach
//! links and each member's own profile (mirrors `pages/representation.rs`).

use std::collections::BTreeMap;

use axum::{
    Json, Router,
    body::Bytes,
    extract::{DefaultBodyLimit, Path, Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{delete, get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_decide::representation::{Alert, Report};
use tandem_domain::time::iso_date;
use tandem_service::{
    engagement::MAX_CSV_BYTES,
    invitations,
    representation::{self as who, BaselineInput, Focus, Period, SettingsInput, WhoTakesPart},
};
use utoipa::{IntoParams, ToSchema};

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody, hidden_why},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/representation"), get(initiative_report))
        .route("/api/v1/communities/{community}/representation", get(community_report))
        .route("/api/v1/communities/{community}/representation/settings", get(get_settings).put(set_settings))
        .route("/api/v1/communities/{community}/baselines", get(list_baselines))
        .route(
            "/api/v1/communities/{community}/baselines/import",
            post(import_baselines).layer(DefaultBodyLimit::max(MAX_CSV_BYTES + 1024)),
        )
        .route("/api/v1/communities/{community}/baselines/{dimension}", put(set_baseline))
        .route("/api/v1/communities/{community}/baselines/by-id/{id}", delete(remove_baseline))
        .route("/api/v1/communities/{community}/outreach", get(list_outreach).post(invite_group))
        .route("/api/v1/communities/{community}/profile", get(get_profile).put(set_profile))
        .route("/api/v1/communities/{community}/members/{id}/profile", put(set_pupil_profile))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct WhoParams {
    /// `ideas`, `poll-{id}`, `budget-{id}` or `conversation-{id}`; empty for the whole initiative.
    pub focus: String,
    /// A school's address (community reports only).
    pub school: String,
    /// First day, YYYY-MM-DD (with `to`, the period before is reported too).
    pub from: String,
    /// Last day, YYYY-MM-DD.
    pub to: String,
}

#[derive(Serialize, ToSchema)]
pub struct WhoGroupOut {
    pub group: String,
    pub label: String,
    pub baseline: i64,
    pub baseline_share: Option<f64>,
    /// Null when suppressed (see `hidden`).
    pub participants: Option<i64>,
    pub share: Option<f64>,
    pub ratio: Option<f64>,
    pub rate: Option<f64>,
    pub rate_low: Option<f64>,
    pub rate_high: Option<f64>,
    pub impact_ratio: Option<f64>,
    pub flagged: bool,
    pub contribution_share: Option<f64>,
    pub suppressed: bool,
    /// `small` (under the community's threshold) or `hidden` (larger, hidden to protect a small one).
    pub hidden: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DimensionOut {
    pub dimension: String,
    pub label: String,
    /// False when fewer than two groups could be shown: then nothing of it is.
    pub shown: bool,
    pub dissimilarity: Option<f64>,
    pub unknown: Option<i64>,
    pub groups: Vec<WhoGroupOut>,
}

#[derive(Serialize, ToSchema)]
pub struct VoiceOut {
    pub participants: i64,
    pub contributions: u64,
    pub gini: Option<f64>,
    pub hoover: Option<f64>,
    pub top10_share: Option<f64>,
    /// (share of people, share of contributions), from (0, 0) to (1, 1).
    pub lorenz: Vec<[f64; 2]>,
}

#[derive(Serialize, ToSchema)]
pub struct AlertOut {
    /// gap, capture, concentration or absent
    pub kind: String,
    pub dimension: Option<String>,
    pub group: Option<String>,
    /// The impact ratio (gap), contribution share (capture) or top-10 % share (concentration).
    pub value: Option<f64>,
    /// The alert in plain words, in the reader's language.
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct WhoReportOut {
    pub from: Option<String>,
    pub to: Option<String>,
    pub dimensions: Vec<DimensionOut>,
    /// Null when there are fewer participants than the threshold.
    pub voice: Option<VoiceOut>,
    pub alerts: Vec<AlertOut>,
}

#[derive(Serialize, ToSchema)]
pub struct WhoOut {
    pub current: WhoReportOut,
    /// The period of the same length just before, when both ends were given.
    pub previous: Option<WhoReportOut>,
}

fn report_out(ctx: &Ctx, w: &WhoTakesPart, period: Period, r: &Report) -> WhoReportOut {
    let label = |d: &str, g: &str| crate::labels::group_label(ctx, d, g, &w.groups, &w.schools);
    WhoReportOut {
        from: period.from.map(iso_date),
        to: period.to.map(iso_date),
        dimensions: r
            .dimensions
            .iter()
            .map(|d| DimensionOut {
                dimension: d.dimension.clone(),
                label: crate::labels::dimension_label(ctx, &d.dimension),
                shown: d.shown,
                dissimilarity: d.dissimilarity,
                unknown: d.unknown,
                groups: d
                    .groups
                    .iter()
                    .map(|g| WhoGroupOut {
                        group: g.group.clone(),
                        label: label(&d.dimension, &g.group),
                        baseline: g.baseline,
                        baseline_share: g.baseline_share,
                        participants: g.participants,
                        share: g.share,
                        ratio: g.ratio,
                        rate: g.rate,
                        rate_low: g.rate_low,
                        rate_high: g.rate_high,
                        impact_ratio: g.impact_ratio,
                        flagged: g.flagged,
                        contribution_share: g.contribution_share,
                        suppressed: g.suppressed,
                        hidden: hidden_why(g.cell),
                    })
                    .collect(),
            })
            .collect(),
        voice: r.voice.as_ref().map(|v| VoiceOut {
            participants: v.participants,
            contributions: v.contributions,
            gini: v.gini,
            hoover: v.hoover,
            top10_share: v.top10_share,
            lorenz: v.lorenz.iter().map(|(x, y)| [*x, *y]).collect(),
        }),
        alerts: r
            .alerts
            .iter()
            .map(|a| {
                let message = crate::labels::alert_message(ctx, a, w);
                match a {
                    Alert::Gap { dimension, group, impact_ratio } => AlertOut {
                        kind: "gap".into(),
                        dimension: Some(dimension.clone()),
                        group: Some(group.clone()),
                        value: Some(*impact_ratio),
                        message,
                    },
                    Alert::Capture { dimension, group, contribution_share, .. } => AlertOut {
                        kind: "capture".into(),
                        dimension: Some(dimension.clone()),
                        group: Some(group.clone()),
                        value: Some(*contribution_share),
                        message,
                    },
                    Alert::Concentration { top10_share } => AlertOut {
                        kind: "concentration".into(),
                        dimension: None,
                        group: None,
                        value: Some(*top10_share),
                        message,
                    },
                    Alert::Absent { dimension, group } => AlertOut {
                        kind: "absent".into(),
                        dimension: Some(dimension.clone()),
                        group: Some(group.clone()),
                        value: None,
                        message,
                    },
                }
            })
            .collect(),
    }
}

fn who_out(ctx: &Ctx, w: &WhoTakesPart) -> WhoOut {
    WhoOut {
        current: report_out(ctx, w, w.period, &w.current),
        previous: w.previous.as_ref().map(|(p, r)| report_out(ctx, w, *p, r)),
    }
}

/// Who takes part in an initiative or one of its processes, against the
/// community's baseline; figures under the threshold are null.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/representation", tag = "who takes part",
    params(("community" = String, Path), ("initiative" = String, Path), WhoParams),
    responses((status = 200, body = WhoOut), (status = 422, body = ErrorBody)))]
pub async fn initiative_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    Query(q): Query<WhoParams>,
) -> AppResult<Json<WhoOut>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let period = Period::parse(&q.from, &q.to)?;
    let w = who::initiative_report(&state.svc, &access, &i, Focus::parse(&q.focus), period).await?;
    Ok(Json(who_out(&ctx, &w)))
}

/// Who takes part across the community, or among the members of one school.
#[utoipa::path(get, path = "/api/v1/communities/{community}/representation", tag = "who takes part",
    params(("community" = String, Path), WhoParams),
    responses((status = 200, body = WhoOut), (status = 422, body = ErrorBody)))]
pub async fn community_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    Query(q): Query<WhoParams>,
) -> AppResult<Json<WhoOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let schools = tandem_service::community::schools(&state.svc, &access).await?;
    let school = match q.school.as_str() {
        "" => None,
        slug => Some(schools.iter().find(|s| s.slug == slug).map(|s| s.id).ok_or(tandem_service::Error::NotFound)?),
    };
    let period = Period::parse(&q.from, &q.to)?;
    let w = who::community_report(&state.svc, &access, school, period).await?;
    Ok(Json(who_out(&ctx, &w)))
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SettingsBody {
    /// Ask and measure special needs, low income and ethnicity.
    pub sensitive: bool,
    /// Staff may fill in pupils' profiles (only ever shown in aggregate).
    pub staff_fill_pupils: bool,
    /// Flag a group whose rate is under this percentage of the highest (default 80).
    pub impact_floor_percent: i64,
    /// Judge a group's rate only from this many in its baseline (default 20).
    pub min_baseline: i64,
    /// Capture: one group makes more than this percentage of contributions… (default 50)
    pub capture_contributions_percent: i64,
    /// …while under this percentage of participants (default 33).
    pub capture_participants_percent: i64,
    /// Concentration: the top 10 % make more than this percentage (default 50).
    pub top10_percent: i64,
}

fn whole(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// The community's representation settings.
#[utoipa::path(get, path = "/api/v1/communities/{community}/representation/settings", tag = "who takes part",
    params(("community" = String, Path)), responses((status = 200, body = SettingsBody)))]
pub async fn get_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<SettingsBody>> {
    let access = access::community(&state, &ctx, &c).await?;
    let s = who::settings(&state.svc, &access).await?;
    Ok(Json(SettingsBody {
        sensitive: s.sensitive,
        staff_fill_pupils: s.staff_fill_pupils,
        impact_floor_percent: whole(s.alerts.impact_ratio_floor),
        min_baseline: s.alerts.min_baseline,
        capture_contributions_percent: whole(s.alerts.capture_contribution_share),
        capture_participants_percent: whole(s.alerts.capture_participant_share),
        top10_percent: whole(s.alerts.top10_limit),
    }))
}

/// Saves the community's representation settings (administrators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/representation/settings", tag = "who takes part",
    params(("community" = String, Path)), request_body = SettingsBody,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(b): ApiJson<SettingsBody>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = SettingsInput {
        sensitive: b.sensitive,
        staff_fill_pupils: b.staff_fill_pupils,
        impact_floor_percent: b.impact_floor_percent.to_string(),
        min_baseline: b.min_baseline.to_string(),
        capture_contributions_percent: b.capture_contributions_percent.to_string(),
        capture_participants_percent: b.capture_participants_percent.to_string(),
        top10_percent: b.top10_percent.to_string(),
    };
    who::set_settings(&state.svc, &access, &input, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct BaselineOut {
    pub id: i64,
    /// Null for the whole community.
    pub school_id: Option<i64>,
    pub dimension: String,
    pub source: String,
    pub as_of: String,
    pub groups: Vec<BaselineGroup>,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct BaselineGroup {
    pub group: String,
    pub count: i64,
}

/// The community's baselines: aggregate counts per group, with their source and date.
#[utoipa::path(get, path = "/api/v1/communities/{community}/baselines", tag = "who takes part",
    params(("community" = String, Path)), responses((status = 200, body = Vec<BaselineOut>)))]
pub async fn list_baselines(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<BaselineOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let all = who::baselines(&state.svc, &access).await?;
    Ok(Json(
        all.into_iter()
            .map(|b| BaselineOut {
                id: b.id,
                school_id: b.school_id,
                dimension: b.dimension,
                source: b.source,
                as_of: iso_date(b.as_of),
                groups: b.groups.into_iter().map(|(group, count)| BaselineGroup { group, count }).collect(),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct BaselineIn {
    /// Null for the whole community.
    pub school_id: Option<i64>,
    pub source: String,
    /// YYYY-MM-DD
    pub as_of: String,
    pub groups: Vec<BaselineGroup>,
}

/// Replaces one dimension's baseline for the community or a school (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/baselines/{dimension}", tag = "who takes part",
    params(("community" = String, Path), ("dimension" = String, Path)), request_body = BaselineIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_baseline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, dimension)): Path<(String, String)>,
    ApiJson(b): ApiJson<BaselineIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let rows: Vec<String> =
        b.groups.iter().map(|g| format!("{},{}", g.group.replace(['\n', '\r'], " "), g.count)).collect();
    let input =
        BaselineInput { school_id: b.school_id, dimension, source: b.source, as_of: b.as_of, rows: rows.join("\n") };
    let id = who::set_baseline(&state.svc, &access, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// Null for the whole community.
    pub school_id: Option<i64>,
    pub source: String,
    /// YYYY-MM-DD
    pub as_of: String,
}

#[derive(Serialize, ToSchema)]
pub struct BaselinesImported {
    pub imported: usize,
}

/// Imports a baseline CSV sent as the body (`dimension,group,count`): each
/// dimension in it replaces that dimension's baseline, all or nothing.
#[utoipa::path(post, path = "/api/v1/communities/{community}/baselines/import", tag = "who takes part",
    params(("community" = String, Path), ImportParams),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 201, body = BaselinesImported), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn import_baselines(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    Query(q): Query<ImportParams>,
    body: Bytes,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let imported =
        who::import_baseline(&state.svc, &access, q.school_id, &q.source, &q.as_of, &body, |_| {}, ctx.now).await?;
    Ok(created(BaselinesImported { imported }))
}

/// Removes one baseline (facilitators).
#[utoipa::path(delete, path = "/api/v1/communities/{community}/baselines/by-id/{id}", tag = "who takes part",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn remove_baseline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    who::remove_baseline(&state.svc, &access, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct OutreachOut {
    pub dimension: String,
    pub group: String,
    pub sent: i64,
    pub accepted: i64,
}

/// Invitations aimed at groups and how many were taken up (facilitators).
#[utoipa::path(get, path = "/api/v1/communities/{community}/outreach", tag = "who takes part",
    params(("community" = String, Path)), responses((status = 200, body = Vec<OutreachOut>)), security(("token" = [])))]
pub async fn list_outreach(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<OutreachOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let rows = who::outreach(&state.svc, &access).await?;
    Ok(Json(
        rows.into_iter()
            .map(|(dimension, group, sent, accepted)| OutreachOut { dimension, group, sent, accepted })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct OutreachIn {
    pub dimension: String,
    pub group: String,
    /// Days the link stays valid; empty for the default.
    pub days: String,
}

#[derive(Serialize, ToSchema)]
pub struct OutreachLink {
    pub id: i64,
    /// Shown this once: only its hash is stored.
    pub link: String,
    pub expires_at: String,
}

/// A one-time member invitation aimed at one group (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/outreach", tag = "who takes part",
    params(("community" = String, Path)), request_body = OutreachIn,
    responses((status = 201, body = OutreachLink), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn invite_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<OutreachIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let made = who::invite_group(&state.svc, &access, &b.dimension, &b.group, &b.days, ctx.now).await?;
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let link = invitations::link(&state.svc, host, &made.code);
    Ok(created(OutreachLink { id: made.id, link, expires_at: made.expires_at.rfc3339() }))
}

#[derive(Serialize, ToSchema)]
pub struct ProfileQuestionOut {
    pub dimension: String,
    pub label: String,
    pub choices: Vec<String>,
    /// A choice, "-" (prefer not to say) or null (not answered).
    pub answer: Option<String>,
}

/// The signed-in member's own profile questions and answers.
#[utoipa::path(get, path = "/api/v1/communities/{community}/profile", tag = "who takes part",
    params(("community" = String, Path)), responses((status = 200, body = Vec<ProfileQuestionOut>)), security(("token" = [])))]
pub async fn get_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<ProfileQuestionOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let questions = who::profile(&state.svc, &access).await?;
    Ok(Json(
        questions
            .into_iter()
            .map(|q| ProfileQuestionOut {
                dimension: q.dimension.key().to_owned(),
                label: crate::labels::dimension_label(&ctx, q.dimension.key()),
                choices: q.choices,
                answer: q.answer,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AboutMeIn {
    /// dimension → a choice, "-" (prefer not to say) or "" (withdraw the answer).
    pub answers: BTreeMap<String, String>,
}

/// Saves the signed-in member's own answers.
#[utoipa::path(put, path = "/api/v1/communities/{community}/profile", tag = "who takes part",
    params(("community" = String, Path)), request_body = AboutMeIn,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(b): ApiJson<AboutMeIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let answers: Vec<(String, String)> = b.answers.into_iter().collect();
    who::set_profile(&state.svc, &access, &answers, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Records a pupil's answers (facilitators, where the community allows it);
/// what was recorded before is never returned.
#[utoipa::path(put, path = "/api/v1/communities/{community}/members/{id}/profile", tag = "who takes part",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = AboutMeIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_pupil_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(b): ApiJson<AboutMeIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let answers: Vec<(String, String)> = b.answers.into_iter().collect();
    who::set_pupil_profile(&state.svc, &access, id, &answers, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
