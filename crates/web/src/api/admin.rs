//! Running a community through the API: members, invitation links, the
//! community's settings, stakeholder groups and schools (mirrors
//! `pages/admin.rs`). Pupils' names are withheld.

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::privacy;
use tandem_service::{
    community::{self, GroupInput, MemberInput, SchoolInput, SettingsInput},
    invitations::{self, InvitationInput},
    paging,
};
use utoipa::ToSchema;

use super::{
    ApiJson, PageQuery, created,
    dto::{self, ErrorBody},
    paged, with_page_headers,
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/communities/{community}/members", get(list_members))
        .route("/api/v1/communities/{community}/members/{id}", put(update_member))
        .route("/api/v1/communities/{community}/members/{id}/signin-link", post(signin_link))
        .route("/api/v1/communities/{community}/members/merge", post(merge_members))
        .route("/api/v1/communities/{community}/invitations", get(list_invitations).post(create_invitation))
        .route("/api/v1/communities/{community}/invitations/{id}", axum::routing::delete(revoke_invitation))
        .route("/api/v1/communities/{community}/groups", post(add_group))
        .route("/api/v1/communities/{community}/groups/{id}", put(rename_group))
        .route("/api/v1/communities/{community}/schools", post(add_school))
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct MemberParams {
    /// Members per page, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
    /// The cursor from the previous page's `next` (or its `Link` header); blank for the first page.
    after: String,
    /// Only members of this stakeholder group.
    group: Option<i64>,
}

/// Members of a community (staff only). Pupils' names are withheld.
#[utoipa::path(get, path = "/api/v1/communities/{community}/members", tag = "members",
    params(("community" = String, Path, description = "Community slug"), MemberParams),
    responses((status = 200, body = dto::MemberList, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Members on every page together")
    )), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ()))]
pub async fn list_members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<MemberParams>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let limit = paging::limit(params.limit, 50)?;
    let page = community::members(&state.svc, &access, params.group, &params.after, limit).await?;
    let mut address = format!("/api/v1/communities/{}/members", access.community.slug);
    if let Some(g) = params.group {
        address.push_str(&format!("?group={g}"));
    }
    let (total, next) = (page.total, page.next.clone());
    let body = dto::MemberList {
        total,
        next: next.clone(),
        members: page
            .items
            .into_iter()
            .map(|m| {
                let name = privacy::PublicName::for_member(&m.display_name, m.membership.protected);
                dto::Member {
                    id: m.membership.id,
                    name_withheld: name.shown().is_none(),
                    name: name.shown().map(str::to_owned),
                    role: m.membership.role.key().to_owned(),
                    group_id: m.membership.group_id,
                    school: m.school_name,
                    joined_at: m.membership.created_at.rfc3339(),
                }
            })
            .collect(),
    };
    Ok(with_page_headers(Json(body).into_response(), total, next.as_deref(), &address, limit))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct MemberIn {
    /// admin, facilitator, member or observer
    pub role: String,
    pub group_id: Option<i64>,
    /// A school's address, or empty for none.
    pub school: String,
}

/// Changes a member's role, group and school (admins). A community keeps at least one admin.
#[utoipa::path(put, path = "/api/v1/communities/{community}/members/{id}", tag = "members",
    params(("community" = String, Path), ("id" = i64, Path, description = "Membership id")), request_body = MemberIn,
    responses((status = 204), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn update_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<MemberIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = MemberInput { role: x.role, group_id: x.group_id, school: x.school };
    community::update_member(&state.svc, &access, id, &input, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Issues a one-time sign-in link to a member's own account (staff), for a
/// member who signs in only by links and lost their way in. It replaces
/// their earlier unused sign-in links; the link is only shown in this response.
#[utoipa::path(post, path = "/api/v1/communities/{community}/members/{id}/signin-link", tag = "members",
    params(("community" = String, Path), ("id" = i64, Path, description = "Membership id")),
    responses((status = 201, body = dto::InvitationCreated), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn signin_link(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let made = invitations::create_signin(&state.svc, &access, id, ctx.now).await?;
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    Ok(created(dto::InvitationCreated {
        id: made.id,
        link: invitations::link(&state.svc, host, &made.code),
        expires_at: made.expires_at.rfc3339(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct MergeIn {
    /// The membership whose account stays.
    pub keep: Option<i64>,
    /// The membership whose account is merged into it and retired.
    pub retire: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct MergedOut {
    /// Open polls and budgets where both accounts had voted: the latest ballot was kept.
    pub ballots_deduplicated: i64,
    /// Closed polls and budgets where both had voted: both ballots stay counted
    /// (they can no longer be told apart); the roll lists the person once.
    pub sealed_twice: i64,
}

/// Merges two accounts of the same person (admins): one ballot per open
/// poll or budget (the latest), posts and votes move, the retired account
/// can no longer sign in. Audited.
#[utoipa::path(post, path = "/api/v1/communities/{community}/members/merge", tag = "members",
    params(("community" = String, Path)), request_body = MergeIn,
    responses((status = 200, body = MergedOut), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn merge_members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(x): ApiJson<MergeIn>,
) -> AppResult<Json<MergedOut>> {
    let access = access::community(&state, &ctx, &slug).await?;
    let missing = |field| tandem_domain::FieldError::new(field, "error-choice-invalid");
    let (keep, retire) = match (x.keep, x.retire) {
        (Some(k), Some(r)) => (k, r),
        (k, r) => {
            let problems = [k.is_none().then(|| missing("keep")), r.is_none().then(|| missing("retire"))];
            return Err(crate::error::AppError::Invalid(tandem_domain::Invalid(
                problems.into_iter().flatten().collect(),
            )));
        }
    };
    let done = community::merge_members(&state.svc, &access, keep, retire, ctx.now).await?;
    Ok(Json(MergedOut { ballots_deduplicated: done.ballots_deduplicated, sealed_twice: done.sealed_twice }))
}

#[derive(Serialize, ToSchema)]
pub struct InvitationOut {
    pub id: i64,
    pub role: String,
    pub group_id: Option<i64>,
    pub note: String,
    pub created_at: String,
    pub expires_at: String,
    /// open, used, expired or revoked
    pub status: String,
}

/// The community's invitation links, newest first, a page at a time (admins);
/// the links themselves are never shown again.
#[utoipa::path(get, path = "/api/v1/communities/{community}/invitations", tag = "members",
    params(("community" = String, Path), PageQuery),
    responses((status = 200, body = Vec<InvitationOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Invitations on every page together")
    )), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ()))]
pub async fn list_invitations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let limit = q.limit()?;
    let page = invitations::list(&state.svc, &access, &q.after, limit).await?;
    let page = page.map(|i| InvitationOut {
        status: i.status(ctx.now).key().to_owned(),
        id: i.id,
        role: i.role.key().to_owned(),
        group_id: i.group_id,
        note: i.note,
        created_at: i.created_at.rfc3339(),
        expires_at: i.expires_at.rfc3339(),
    });
    Ok(paged(page, &format!("/api/v1/communities/{}/invitations", access.community.slug), limit))
}

/// Creates a one-time invitation link (admins). The link is only shown in this response.
#[utoipa::path(post, path = "/api/v1/communities/{community}/invitations", tag = "members",
    params(("community" = String, Path, description = "Community slug")),
    request_body = dto::InvitationInput,
    responses((status = 201, body = dto::InvitationCreated), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn create_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    ApiJson(x): ApiJson<dto::InvitationInput>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = InvitationInput {
        role: x.role,
        group_id: x.group_id,
        school: x.school.unwrap_or_default(),
        note: x.note,
        days: x.days.map(|d| d.to_string()).unwrap_or_default(),
    };
    let made = invitations::create(&state.svc, &access, &input, ctx.now).await?;
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    Ok(created(dto::InvitationCreated {
        id: made.id,
        link: invitations::link(&state.svc, host, &made.code),
        expires_at: made.expires_at.rfc3339(),
    }))
}

/// Revokes an unused invitation link (admins).
#[utoipa::path(delete, path = "/api/v1/communities/{community}/invitations/{id}", tag = "members",
    params(("community" = String, Path, description = "Community slug"), ("id" = i64, Path, description = "Invitation id")),
    responses((status = 204), (status = 409, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn revoke_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &slug).await?;
    invitations::revoke(&state.svc, &access, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SettingsIn {
    pub name: String,
    pub description: String,
    /// Counts below this are never published (5–100); absent keeps the current one.
    pub privacy_threshold: Option<i64>,
    /// Whether administrators and facilitators must sign in with a second
    /// factor; absent keeps the current setting.
    pub staff_second_factor: Option<bool>,
    /// An IANA time zone name, e.g. America/New_York; absent keeps the current one.
    #[schema(example = "America/New_York")]
    pub time_zone: Option<String>,
    /// en-US, en-GB, es-ES, es-MX or es-US; absent keeps the current one.
    #[schema(example = "en-US")]
    pub locale: Option<String>,
    /// The languages content is written in, the original first (en, es, ar,
    /// zh, vi, fr, pt, ht, so, ru); absent keeps the current ones.
    pub languages: Option<Vec<String>>,
}

/// Renames the community, changes its description, privacy threshold, time
/// zone and locale (admins).
#[utoipa::path(patch, path = "/api/v1/communities/{community}", tag = "communities",
    params(("community" = String, Path)), request_body = SettingsIn,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(x): ApiJson<SettingsIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &slug).await?;
    community::update_settings(
        &state.svc,
        &access,
        &SettingsInput {
            name: x.name,
            description: x.description,
            threshold: x.privacy_threshold.map(|n| n.to_string()).unwrap_or_default(),
            staff_second_factor: x.staff_second_factor,
            time_zone: x.time_zone,
            locale: x.locale,
            languages: x.languages.map(|all| {
                let mut codes = all.into_iter();
                (codes.next().unwrap_or_default(), codes.collect())
            }),
        },
        ctx.now,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct GroupIn {
    pub name_en: String,
    pub name_es: String,
    /// Its members are minors: their names never leave the staff pages (set when the group is added).
    pub protects_identity: bool,
}

/// Adds a stakeholder group (admins).
#[utoipa::path(post, path = "/api/v1/communities/{community}/groups", tag = "communities",
    params(("community" = String, Path)), request_body = GroupIn,
    responses((status = 201, body = dto::Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(x): ApiJson<GroupIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = GroupInput { name_en: x.name_en, name_es: x.name_es, protects_identity: x.protects_identity };
    let id = community::add_group(&state.svc, &access, &input, ctx.now).await?;
    Ok(created(dto::Created { id }))
}

/// Renames a stakeholder group (admins); empty names fall back to the built-in translation.
#[utoipa::path(put, path = "/api/v1/communities/{community}/groups/{id}", tag = "communities",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = GroupIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn rename_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<GroupIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = GroupInput { name_en: x.name_en, name_es: x.name_es, protects_identity: x.protects_identity };
    community::rename_group(&state.svc, &access, id, &input, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SchoolIn {
    pub name: String,
    /// primary, middle, secondary, all_through or special
    pub phase: String,
}

/// Adds a school (admins).
#[utoipa::path(post, path = "/api/v1/communities/{community}/schools", tag = "communities",
    params(("community" = String, Path)), request_body = SchoolIn,
    responses((status = 201, body = dto::School), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_school(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    ApiJson(x): ApiJson<SchoolIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let s = community::add_school(&state.svc, &access, &SchoolInput { name: x.name, phase: x.phase }, ctx.now).await?;
    Ok(created(dto::School { slug: s.slug, name: s.name, phase: s.phase.key().to_owned() }))
}
