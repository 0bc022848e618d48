//! Co-delivery through the API: roles, shifts, sign-ups, hours and promises
//! back; the reader's own strengths; the facilitators' safeguarding records;
//! hours as CSV (mirrors `pages/rosters.rs`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::{
    rosters::{ProfileInput, RoleInput},
    time::iso_date,
};
use tandem_service::rosters;
use utoipa::ToSchema;

use super::{
    ApiJson, at, created,
    dto::{Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(&at("/roles"), get(list_roles).post(create_role))
        .route(&at("/roles/hours.csv"), get(hours_csv))
        .route(&at("/roles/{id}"), get(get_role))
        .route(&at("/roles/{id}/shifts"), post(add_shift))
        .route(&at("/roles/{id}/shifts/{shift}/signup"), put(sign_up).delete(cancel_signup))
        .route(&at("/roles/{id}/signups/{signup}/hours"), put(record_hours))
        .route(&at("/roles/{id}/promises/deliver"), post(deliver_promise))
        .route(
            "/api/v1/communities/{community}/strengths",
            get(get_strengths).put(put_strengths).delete(delete_strengths),
        )
        .route("/api/v1/communities/{community}/safeguarding", get(list_checks).post(record_check))
}

#[derive(Serialize, ToSchema)]
pub struct RoleOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub time_ask: String,
    /// Adults in this role need a cleared safeguarding check (its status is never shown).
    pub safeguarding: bool,
    /// Pupils may take it, under a named staff supervisor.
    pub pupils: bool,
    /// training, certificate, reference, credit_hours
    pub gives_back: Vec<String>,
    pub gives_back_detail: String,
}

fn role_out(r: &rosters::Role) -> RoleOut {
    RoleOut {
        id: r.id,
        title: r.title.clone(),
        description: r.description.clone(),
        skills: r.skills.clone(),
        languages: r.languages.clone(),
        time_ask: r.time_ask.clone(),
        safeguarding: r.safeguarding,
        pupils: r.pupils,
        gives_back: r.gives_back.iter().map(|g| g.key().to_owned()).collect(),
        gives_back_detail: r.gives_back_detail.clone(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct RoleSummaryOut {
    pub role: RoleOut,
    pub upcoming_shifts: i64,
    pub places_left: i64,
}

/// An initiative's roles: what each asks and gives back, and places left.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, body = Vec<RoleSummaryOut>), (status = 404, body = ErrorBody)))]
pub async fn list_roles(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Json<Vec<RoleSummaryOut>>> {
    let (_, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let roles = rosters::roles(&state.svc, &i, ctx.now).await?;
    Ok(Json(
        roles
            .iter()
            .map(|r| RoleSummaryOut {
                role: role_out(&r.role),
                upcoming_shifts: r.upcoming as i64,
                places_left: r.places_left,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct RoleIn {
    pub title: String,
    pub description: String,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub time_ask: String,
    pub safeguarding: bool,
    pub pupils: bool,
    /// At least one of training, certificate, reference, credit_hours.
    pub gives_back: Vec<String>,
    pub gives_back_detail: String,
}

/// Adds a role (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)), request_body = RoleIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_role(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
    ApiJson(x): ApiJson<RoleIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let input = RoleInput {
        title: x.title,
        description: x.description,
        skills: x.skills.join(","),
        languages: x.languages.join(","),
        time_ask: x.time_ask,
        safeguarding: x.safeguarding,
        pupils: x.pupils,
        gives_back: x.gives_back,
        gives_back_detail: x.gives_back_detail,
    };
    let id = rosters::create_role(&state.svc, &access, &i, &input, ctx.now).await?;
    Ok(created(Created { id }))
}

#[derive(Serialize, ToSchema)]
pub struct ShiftOut {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub location: String,
    pub capacity: i64,
    pub places_left: i64,
    pub supervisor: Option<String>,
    /// The reader has a place.
    pub mine: bool,
    /// Staff: who signed up (user id, and minutes given once recorded).
    pub signups: Vec<SignupOut>,
    /// Staff: members whose shared strengths fit, best first.
    pub suggestions: Vec<SuggestionOut>,
}

#[derive(Serialize, ToSchema)]
pub struct SignupOut {
    pub id: i64,
    pub user_id: i64,
    pub minutes: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct SuggestionOut {
    pub user_id: i64,
    pub name: String,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    pub usually_free: bool,
    pub score: i64,
}

#[derive(Serialize, ToSchema)]
pub struct PromiseOut {
    pub user_id: i64,
    /// training, certificate, reference, credit_hours
    pub kind: String,
    pub promised_on: String,
    pub kept: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RoleDetailOut {
    pub role: RoleOut,
    pub shifts: Vec<ShiftOut>,
    /// The reader's minutes given in this role, and what they were promised.
    pub my_minutes: i64,
    pub my_promises: Vec<PromiseOut>,
    /// Staff: every promise of the role.
    pub promises: Vec<PromiseOut>,
}

fn promise_out(p: &rosters::Promise) -> PromiseOut {
    PromiseOut {
        user_id: p.user_id,
        kind: p.kind.key().to_owned(),
        promised_on: iso_date(p.promised_on),
        kept: p.delivered_at.is_some(),
    }
}

/// A role with its shifts, the reader's place and hours; for staff the
/// sign-ups, suggestions from shared strengths and promises back.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles/{id}", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = RoleDetailOut), (status = 404, body = ErrorBody)))]
pub async fn get_role(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
) -> AppResult<Json<RoleDetailOut>> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let v = rosters::role_view(&state.svc, &access, &i, id, ctx.now).await?;
    Ok(Json(RoleDetailOut {
        role: role_out(&v.role),
        shifts: v
            .shifts
            .iter()
            .map(|s| ShiftOut {
                id: s.shift.id,
                starts_at: s.shift.starts_at.0,
                ends_at: s.shift.ends_at.0,
                location: s.shift.location.clone(),
                capacity: s.shift.capacity,
                places_left: s.left,
                supervisor: s.shift.supervisor.clone(),
                mine: s.mine,
                signups: s
                    .signups
                    .iter()
                    .map(|g| SignupOut { id: g.id, user_id: g.user_id, minutes: g.minutes })
                    .collect(),
                suggestions: s
                    .matches
                    .iter()
                    .map(|(u, n, m)| SuggestionOut {
                        user_id: *u,
                        name: n.clone(),
                        skills: m.skills.clone(),
                        languages: m.languages.clone(),
                        usually_free: m.available,
                        score: m.score,
                    })
                    .collect(),
            })
            .collect(),
        my_minutes: v.my_minutes,
        my_promises: v.my_promises.iter().map(promise_out).collect(),
        promises: v.promises.iter().map(promise_out).collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ShiftIn {
    /// Local date and time on the community's clock, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    pub ends_at: String,
    pub capacity: Option<i64>,
    pub location: String,
    /// A member of staff; required where pupils may take the role.
    pub supervisor: Option<i64>,
}

/// Adds a shift (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles/{id}/shifts", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = ShiftIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_shift(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<ShiftIn>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let capacity = x.capacity.map(|n| n.to_string()).unwrap_or_default();
    let supervisor = x.supervisor.map(|n| n.to_string()).unwrap_or_default();
    let fields = (x.starts_at.as_str(), x.ends_at.as_str(), capacity.as_str(), x.location.as_str());
    let shift = rosters::add_shift(&state.svc, &access, &i, id, fields, &supervisor, ctx.now).await?;
    Ok(created(Created { id: shift }))
}

/// Signs the reader up for a shift: 409 when it is full, past, already
/// theirs, needs a supervisor for a pupil, or a safeguarding check.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles/{id}/shifts/{shift}/signup", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("shift" = i64, Path)),
    responses((status = 201, body = Created), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn sign_up(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, shift)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let signup = rosters::sign_up(&state.svc, &access, &i, id, shift, ctx.now).await?;
    Ok(created(Created { id: signup }))
}

/// The reader gives up their place.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles/{id}/shifts/{shift}/signup", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("shift" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn cancel_signup(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, shift)): Path<(String, String, i64, i64)>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    rosters::cancel(&state.svc, &access, &i, id, shift, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct HoursIn {
    /// Hours given, 0.25 to 12 ("1.5").
    pub hours: String,
}

/// Records the hours someone gave (facilitators); they are thanked and promised what the role gives back.
#[utoipa::path(put, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles/{id}/signups/{signup}/hours", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path), ("signup" = i64, Path)), request_body = HoursIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn record_hours(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id, signup)): Path<(String, String, i64, i64)>,
    ApiJson(x): ApiJson<HoursIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let path = format!("/c/{c}/i/{}/roles/{id}", i.slug);
    rosters::record_hours(&state.svc, &access, &i, id, signup, &x.hours, &path, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DeliverIn {
    pub user: Option<i64>,
    /// training, certificate, reference, credit_hours
    pub kind: String,
}

/// Marks a promise back as kept (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles/{id}/promises/deliver", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path), ("id" = i64, Path)), request_body = DeliverIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn deliver_promise(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i, id)): Path<(String, String, i64)>,
    ApiJson(x): ApiJson<DeliverIn>,
) -> AppResult<StatusCode> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let user = x.user.map(|n| n.to_string()).unwrap_or_default();
    rosters::deliver(&state.svc, &access, &i, id, &user, &x.kind, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Hours given in the initiative's roles as CSV (facilitators): pupils by role only.
#[utoipa::path(get, path = "/api/v1/communities/{community}/initiatives/{initiative}/roles/hours.csv", tag = "accountability",
    params(("community" = String, Path), ("initiative" = String, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn hours_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, i)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &c, &i).await?;
    let text = rosters::hours_csv(&state.svc, &access, &i).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct StrengthsDto {
    pub skills: Vec<String>,
    pub strengths: String,
    pub languages: Vec<String>,
    /// weekday_morning, weekday_afternoon, weekday_evening, weekend
    pub availability: Vec<String>,
    /// Facilitators may see it when matching people to roles; never public.
    pub shared: bool,
}

/// The reader's own strengths (never anyone else's).
#[utoipa::path(get, path = "/api/v1/communities/{community}/strengths", tag = "accountability",
    params(("community" = String, Path)),
    responses((status = 200, body = StrengthsDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("token" = [])))]
pub async fn get_strengths(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<StrengthsDto>> {
    let access = access::community(&state, &ctx, &c).await?;
    let p = rosters::my_profile(&state.svc, &access).await?.unwrap_or_default();
    Ok(Json(StrengthsDto {
        skills: p.skills,
        strengths: p.strengths,
        languages: p.languages,
        availability: p.availability.iter().map(|a| a.key().to_owned()).collect(),
        shared: p.shared,
    }))
}

/// Records the reader's strengths, private unless `shared`.
#[utoipa::path(put, path = "/api/v1/communities/{community}/strengths", tag = "accountability",
    params(("community" = String, Path)), request_body = StrengthsDto,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn put_strengths(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(x): ApiJson<StrengthsDto>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = ProfileInput {
        skills: x.skills.join(","),
        strengths: x.strengths,
        languages: x.languages.join(","),
        availability: x.availability,
        shared: x.shared,
    };
    rosters::save_profile(&state.svc, &access, &input, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Forgets the reader's strengths.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/strengths", tag = "accountability",
    params(("community" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn delete_strengths(State(state): State<AppState>, ctx: Ctx, Path(c): Path<String>) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    rosters::delete_profile(&state.svc, &access).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct CheckOut {
    pub user_id: i64,
    pub name: String,
    /// cleared, pending or refused
    pub status: String,
    pub expires_on: Option<String>,
}

/// Safeguarding checks (facilitators only; never public).
#[utoipa::path(get, path = "/api/v1/communities/{community}/safeguarding", tag = "accountability",
    params(("community" = String, Path)),
    responses((status = 200, body = Vec<CheckOut>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("token" = [])))]
pub async fn list_checks(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<CheckOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let checks = rosters::checks(&state.svc, &access).await?;
    Ok(Json(
        checks
            .into_iter()
            .map(|x| CheckOut {
                user_id: x.user_id,
                name: x.name,
                status: x.status.key().to_owned(),
                expires_on: x.expires_on.map(iso_date),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CheckIn {
    pub user: Option<i64>,
    /// cleared, pending or refused
    pub status: String,
    /// `YYYY-MM-DD`; required when cleared.
    pub expires_on: String,
}

/// Records someone's safeguarding check (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/safeguarding", tag = "accountability",
    params(("community" = String, Path)), request_body = CheckIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn record_check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(x): ApiJson<CheckIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let user = x.user.map(|n| n.to_string()).unwrap_or_default();
    rosters::record_check(&state.svc, &access, &user, &x.status, &x.expires_on, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
