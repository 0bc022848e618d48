//! The person's own account through the API: who they are, their name,
//! language, sign-in details, delivery of notifications, personal tokens
//! and notifications (mirrors `pages/account.rs` and `pages/notifications.rs`).

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::StatusCode,
    response::Response,
    routing::{delete, get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_service::{
    accounts::{self, ProfileInput, TokenInput},
    community, notifications,
    recovery::{self, EmailChangeInput, PasswordInput},
    second_factor,
};
use utoipa::ToSchema;

use super::{
    ApiJson, PageQuery, created,
    dto::{self, ErrorBody},
    paged,
};
use crate::{context::Ctx, error::AppResult, labels::notification_link, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/me", get(me))
        .route("/api/v1/me/profile", put(profile))
        .route("/api/v1/me/password", put(password))
        .route("/api/v1/me/email", post(email))
        .route("/api/v1/me/second-factor", post(second_factor_start))
        .route("/api/v1/me/second-factor/confirm", post(second_factor_confirm))
        .route("/api/v1/me/second-factor/recovery-codes", post(second_factor_codes))
        .route("/api/v1/me/second-factor/disable", post(second_factor_disable))
        .route("/api/v1/me/delivery", put(delivery))
        .route("/api/v1/me/tokens", get(list_tokens).post(create_token))
        .route("/api/v1/me/tokens/{id}", delete(revoke_token))
        .route("/api/v1/notifications", get(notifications))
        .route("/api/v1/notifications/read", post(read_all))
}

/// The person making the request.
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, body = dto::Me), (status = 401, body = ErrorBody)),
    security(("token" = []), ()))]
pub async fn me(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<dto::Me>> {
    let user = ctx.require_user()?;
    let memberships = community::memberships_of(&state.svc, &ctx.actor())
        .await?
        .into_iter()
        .map(|(c, m)| dto::Membership { community: c.slug, role: m.role.key().to_owned() })
        .collect();
    Ok(Json(dto::Me {
        id: user.id,
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        lang: user.lang.clone(),
        second_factor: user.has_second_factor,
        memberships,
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProfileIn {
    pub display_name: String,
    /// en or es
    pub lang: String,
}

/// Changes your name and language.
#[utoipa::path(put, path = "/api/v1/me/profile", tag = "account", request_body = ProfileIn,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn profile(State(state): State<AppState>, ctx: Ctx, ApiJson(x): ApiJson<ProfileIn>) -> AppResult<StatusCode> {
    let input = ProfileInput { display_name: x.display_name, lang: x.lang };
    accounts::update_profile(&state.svc, &ctx.actor(), &input, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PasswordIn {
    /// Needed when the account already has a password.
    pub current_password: String,
    pub new_password: String,
}

/// Sets your password; every other session ends and every API token is
/// revoked (this request's too, when it came with one).
#[utoipa::path(put, path = "/api/v1/me/password", tag = "account", request_body = PasswordIn,
    responses((status = 204, description = "Saved"), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn password(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(x): ApiJson<PasswordIn>,
) -> AppResult<StatusCode> {
    let input = PasswordInput { current_password: x.current_password, new_password: x.new_password };
    recovery::change_password(&state.svc, &ctx.actor(), &input, ctx.session_token.as_deref(), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct EmailIn {
    pub email: String,
    /// Needed when the account has a password.
    pub current_password: String,
}

/// Asks to sign in with a new address: a link goes to it, and the address
/// changes when the link is opened. The answer is the same whether or not
/// another account has the address.
#[utoipa::path(post, path = "/api/v1/me/email", tag = "account", request_body = EmailIn,
    responses((status = 202, description = "A link was sent to the new address"), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn email(State(state): State<AppState>, ctx: Ctx, ApiJson(x): ApiJson<EmailIn>) -> AppResult<StatusCode> {
    let input = EmailChangeInput { email: x.email, current_password: x.current_password };
    recovery::request_email_change(&state.svc, &ctx.actor(), &input, ctx.now).await?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Serialize, ToSchema)]
pub struct SecondFactorSetup {
    /// The secret to type into an authenticator app (base 32, in groups of four).
    pub secret: String,
    /// The otpauth:// address a QR code carries.
    pub uri: String,
}

/// Starts setting up a second factor (or shows the one waiting for its first code).
#[utoipa::path(post, path = "/api/v1/me/second-factor", tag = "account",
    responses((status = 200, body = SecondFactorSetup), (status = 409, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn second_factor_start(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<SecondFactorSetup>> {
    let e = second_factor::start(&state.svc, &ctx.actor()).await?;
    Ok(Json(SecondFactorSetup { secret: e.secret, uri: e.uri }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CodeIn {
    /// Six digits from the app.
    pub code: String,
}

#[derive(Serialize, ToSchema)]
pub struct RecoveryCodes {
    /// Each works once in place of a code; shown only now.
    pub recovery_codes: Vec<String>,
}

/// Turns the second factor on with a first code; returns the recovery codes.
#[utoipa::path(post, path = "/api/v1/me/second-factor/confirm", tag = "account", request_body = CodeIn,
    responses((status = 201, body = RecoveryCodes), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn second_factor_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(x): ApiJson<CodeIn>,
) -> AppResult<(StatusCode, Json<RecoveryCodes>)> {
    let codes =
        second_factor::confirm(&state.svc, &ctx.actor(), &x.code, ctx.session_token.as_deref(), ctx.now).await?;
    Ok((StatusCode::CREATED, Json(RecoveryCodes { recovery_codes: codes })))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PasswordCheckIn {
    pub current_password: String,
}

/// Replaces the recovery codes; the old ones stop working.
#[utoipa::path(post, path = "/api/v1/me/second-factor/recovery-codes", tag = "account", request_body = PasswordCheckIn,
    responses((status = 201, body = RecoveryCodes), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn second_factor_codes(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(x): ApiJson<PasswordCheckIn>,
) -> AppResult<(StatusCode, Json<RecoveryCodes>)> {
    let codes = second_factor::new_recovery_codes(&state.svc, &ctx.actor(), &x.current_password, ctx.now).await?;
    Ok((StatusCode::CREATED, Json(RecoveryCodes { recovery_codes: codes })))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SecondFactorOffIn {
    pub current_password: String,
    /// A code from the app, or a recovery code.
    pub code: String,
}

/// Turns the second factor off (the password and a code are needed).
#[utoipa::path(post, path = "/api/v1/me/second-factor/disable", tag = "account", request_body = SecondFactorOffIn,
    responses((status = 204, description = "Turned off"), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("token" = []), ("csrf" = [])))]
pub async fn second_factor_disable(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(x): ApiJson<SecondFactorOffIn>,
) -> AppResult<StatusCode> {
    second_factor::disable(&state.svc, &ctx.actor(), &x.current_password, &x.code, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DeliveryIn {
    /// immediate, daily or off
    pub delivery: String,
}

/// How you hear about what you follow.
#[utoipa::path(put, path = "/api/v1/me/delivery", tag = "account", request_body = DeliveryIn,
    responses((status = 204), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn delivery(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(x): ApiJson<DeliveryIn>,
) -> AppResult<StatusCode> {
    accounts::set_delivery(&state.svc, &ctx.actor(), &x.delivery, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct TokenOut {
    pub id: i64,
    pub name: String,
    /// read or write
    pub scope: String,
    pub created_at: String,
    pub expires_at: String,
    pub last_used_at: Option<String>,
    pub revoked: bool,
}

/// Your personal API tokens, newest first, a page at a time (their values
/// are shown only once, when created).
#[utoipa::path(get, path = "/api/v1/me/tokens", tag = "account", params(PageQuery),
    responses((status = 200, body = Vec<TokenOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Tokens on every page together")
    )), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ()))]
pub async fn list_tokens(State(state): State<AppState>, ctx: Ctx, Query(q): Query<PageQuery>) -> AppResult<Response> {
    let limit = q.limit()?;
    let page = accounts::tokens(&state.svc, &ctx.actor(), &q.after, limit).await?.map(|t| TokenOut {
        id: t.id,
        name: t.name,
        scope: t.scope.key().to_owned(),
        created_at: t.created_at.rfc3339(),
        expires_at: t.expires_at.rfc3339(),
        last_used_at: t.last_used_at.map(|x| x.rfc3339()),
        revoked: t.revoked_at.is_some(),
    });
    Ok(paged(page, "/api/v1/me/tokens", limit))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct TokenIn {
    pub name: String,
    /// read (the default) or write
    pub scope: String,
    /// Days it lives, 1–365 (default 90).
    pub days: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct TokenCreated {
    pub id: i64,
    /// Shown this once: store it now.
    pub token: String,
}

/// Creates a personal API token.
#[utoipa::path(post, path = "/api/v1/me/tokens", tag = "account", request_body = TokenIn,
    responses((status = 201, body = TokenCreated), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(x): ApiJson<TokenIn>,
) -> AppResult<Response> {
    let input = TokenInput { name: x.name, scope: x.scope, days: x.days.map(|d| d.to_string()).unwrap_or_default() };
    let (id, token) = accounts::create_token(&state.svc, &ctx.actor(), &input, ctx.now).await?;
    Ok(created(TokenCreated { id, token }))
}

/// Revokes one of your tokens.
#[utoipa::path(delete, path = "/api/v1/me/tokens/{id}", tag = "account", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn revoke_token(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<StatusCode> {
    accounts::revoke_token(&state.svc, &ctx.actor(), id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct NotificationOut {
    pub id: i64,
    /// idea_status, commitment_progress or reply
    pub kind: String,
    pub message: String,
    pub link: Option<String>,
    pub read: bool,
    pub created_at: String,
}

/// Your notifications, newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "account", params(PageQuery),
    responses((status = 200, body = Vec<NotificationOut>, headers(
        ("Link" = String, description = "The next page, when there is one: <…?after=…>; rel=\"next\""),
        ("X-Total-Count" = i64, description = "Notifications on every page together")
    )), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ()))]
pub async fn notifications(State(state): State<AppState>, ctx: Ctx, Query(q): Query<PageQuery>) -> AppResult<Response> {
    let limit = q.limit()?;
    let page = notifications::page(&state.svc, &ctx.actor(), &q.after, limit).await?;
    let page = page.map(|n| NotificationOut {
        id: n.id,
        kind: n.kind.key().to_owned(),
        message: ctx.ta(&format!("notification-{}", n.kind.key()), &[("title", n.detail.as_str().into())]),
        link: notification_link(&n),
        read: n.read_at.is_some(),
        created_at: n.created_at.rfc3339(),
    });
    Ok(paged(page, "/api/v1/notifications", limit))
}

/// Marks all your notifications read.
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "account",
    responses((status = 204), (status = 401, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn read_all(State(state): State<AppState>, ctx: Ctx) -> AppResult<StatusCode> {
    notifications::mark_all_read(&state.svc, &ctx.actor(), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
