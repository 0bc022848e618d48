//! Councils, groups and their meetings through the API: bodies, seats,
//! terms, alternates and rules; meetings, agenda, registration, attendance
//! and minutes; the personal calendar feed (mirrors `pages/bodies.rs` and
//! `pages/meetings.rs`; the iCalendar files themselves are already machine-readable).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::{delete, get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::{
    meetings::{ActionInput, DecisionInput, MeetingInput},
    privacy::Cell,
};
use tandem_service::{
    bodies::{self, BodyInput, RuleInput, SeatInput, SeatState, TermInput},
    meetings::{self, Owner, RegistrationStatus, Scope},
};
use utoipa::ToSchema;

use super::{
    ApiJson, created,
    dto::{Created, ErrorBody, hidden_why},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/communities/{community}/bodies", get(list_bodies).post(create_body))
        .route("/api/v1/communities/{community}/bodies/{id}", get(get_body).put(update_body))
        .route("/api/v1/communities/{community}/bodies/{id}/areas", put(set_areas))
        .route("/api/v1/communities/{community}/bodies/{id}/rules", post(add_rule))
        .route("/api/v1/communities/{community}/bodies/{id}/rules/{n}", delete(remove_rule))
        .route("/api/v1/communities/{community}/bodies/{id}/seats", post(add_seat))
        .route("/api/v1/communities/{community}/bodies/{id}/seats/{seat}", delete(remove_seat))
        .route("/api/v1/communities/{community}/bodies/{id}/seats/{seat}/terms", post(add_term))
        .route("/api/v1/communities/{community}/bodies/{id}/seats/{seat}/alternates", post(add_alternate))
        .route("/api/v1/communities/{community}/bodies/{id}/seats/{seat}/fill", post(fill_seat))
        .route("/api/v1/communities/{community}/bodies/{id}/seats/{seat}/selection", post(open_selection))
        .route("/api/v1/communities/{community}/bodies/{id}/terms/{term}/end", post(end_term))
        .route("/api/v1/communities/{community}/bodies/{id}/meetings", post(create_body_meeting))
        .route("/api/v1/communities/{community}/meetings", get(list_meetings).post(create_meeting))
        .route("/api/v1/communities/{community}/meetings/{id}", get(get_meeting).put(update_meeting))
        .route("/api/v1/communities/{community}/meetings/{id}/cancel", post(cancel_meeting))
        .route("/api/v1/communities/{community}/meetings/{id}/agenda", post(add_item))
        .route("/api/v1/communities/{community}/meetings/{id}/agenda/publish", post(publish_agenda))
        .route("/api/v1/communities/{community}/meetings/{id}/agenda/{item}", delete(remove_item))
        .route("/api/v1/communities/{community}/meetings/{id}/registration", put(register).delete(cancel_registration))
        .route("/api/v1/communities/{community}/meetings/{id}/registration/needs", put(set_needs))
        .route("/api/v1/communities/{community}/meetings/{id}/check-in", post(check_in))
        .route("/api/v1/communities/{community}/meetings/{id}/attendance/{registration}", put(mark_attendance))
        .route("/api/v1/communities/{community}/meetings/{id}/walk-ins", post(walk_in))
        .route("/api/v1/communities/{community}/meetings/{id}/minutes", put(save_minutes))
        .route("/api/v1/communities/{community}/meetings/{id}/minutes/approve", post(approve_minutes))
        .route("/api/v1/communities/{community}/meetings/{id}/minutes/publish", post(publish_minutes))
        .route("/api/v1/communities/{community}/calendar-feed", post(create_feed).delete(revoke_feed))
}

#[derive(Serialize, ToSchema)]
pub struct BodySummaryOut {
    pub id: i64,
    pub name: String,
    /// school_site_council, parent_council, pupil_council, steering_group, oversight_council or design_team
    pub kind: String,
    pub seats: i64,
    pub held: i64,
    /// Rules broken, expired terms or vacancies over 60 days.
    pub needs_attention: bool,
}

/// A community's councils and groups.
#[utoipa::path(get, path = "/api/v1/communities/{community}/bodies", tag = "bodies",
    params(("community" = String, Path)), responses((status = 200, body = Vec<BodySummaryOut>), (status = 404, body = ErrorBody)))]
pub async fn list_bodies(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<BodySummaryOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let list = bodies::list(&state.svc, &access, ctx.now).await?;
    Ok(Json(
        list.into_iter()
            .map(|b| BodySummaryOut {
                id: b.body.id,
                name: b.body.name,
                kind: b.body.kind.key().to_owned(),
                seats: b.seats as i64,
                held: b.held as i64,
                needs_attention: !b.findings.is_empty(),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct BodyIn {
    pub name: String,
    /// school_site_council, parent_council, pupil_council, steering_group, oversight_council or design_team
    pub kind: String,
    pub purpose: String,
    /// Hours before a meeting its agenda must be published (default 72).
    pub notice_hours: Option<i64>,
    /// An initiative's slug; its charter's decision areas are the ones the body can hold.
    pub initiative: String,
    /// A school's slug.
    pub school: String,
}

fn body_input(x: BodyIn) -> BodyInput {
    BodyInput {
        name: x.name,
        kind: x.kind,
        purpose: x.purpose,
        notice_hours: x.notice_hours.map(|n| n.to_string()).unwrap_or_default(),
        initiative: x.initiative,
        school: x.school,
    }
}

/// Sets up a council or group (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies", tag = "bodies",
    params(("community" = String, Path)), request_body = BodyIn,
    responses((status = 201, body = Created), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_body(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(x): ApiJson<BodyIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let id = bodies::create(&state.svc, &access, &body_input(x), ctx.now).await?;
    Ok(created(Created { id }))
}

/// Changes a council or group (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/bodies/{id}", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = BodyIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_body(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<BodyIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    bodies::update(&state.svc, &access, id, &body_input(x), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct TermOut {
    pub id: i64,
    /// Null for a pupil, who is shown by role only.
    pub holder: Option<String>,
    pub pupil: bool,
    pub starts_on: String,
    pub ends_on: String,
    /// Declared interests; null for a pupil.
    pub interests: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SeatOut {
    pub id: i64,
    pub label: String,
    /// A stakeholder group's key; null when anyone may hold the seat.
    pub constituency: Option<String>,
    /// election, lot, appointment or ex_officio
    pub method: String,
    pub term_months: i64,
    pub term_limit: Option<i64>,
    /// The current term; null when vacant.
    pub current: Option<TermOut>,
    /// Days since the seat was last held (or opened); null when held.
    pub vacant_days: Option<i64>,
    /// The last term ended and nobody followed yet.
    pub expired: bool,
    pub alternates: i64,
    /// Every term, newest first (staff only).
    pub history: Vec<TermOut>,
    /// The selection by lot that fills it, if any.
    pub selection: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct BreachOut {
    /// majority, parity or at_least
    pub rule: String,
    pub have: i64,
    pub need: i64,
}

#[derive(Serialize, ToSchema)]
pub struct BodyOut {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub purpose: String,
    pub initiative: Option<String>,
    pub school: Option<String>,
    pub notice_hours: i64,
    /// The composition rules as declared (rule, groups / first / second, count).
    #[schema(value_type = Vec<Object>)]
    pub rules: Vec<serde_json::Value>,
    pub breaches: Vec<BreachOut>,
    pub expired_terms: i64,
    pub vacancies_over_60_days: i64,
    /// Decision areas (ids) of the initiative's charter the body holds power over.
    pub areas: Vec<i64>,
    pub seats: Vec<SeatOut>,
    /// Meeting ids, by start.
    pub meetings: Vec<i64>,
    /// Seats held against the community's stakeholder-group baseline, where there is one.
    pub against_baseline: Vec<SeatShareOut>,
}

#[derive(Serialize, ToSchema)]
pub struct SeatShareOut {
    pub constituency: String,
    pub seats: i64,
    /// 0 to 1
    pub share_of_seats: f64,
    /// 0 to 1
    pub share_of_community: f64,
}

fn term_out(t: &tandem_service::bodies::SeatTerm, named: bool) -> TermOut {
    TermOut {
        id: t.id,
        holder: named.then(|| t.display_name.clone()),
        pupil: !named,
        starts_on: tandem_domain::time::iso_date(t.start),
        ends_on: tandem_domain::time::iso_date(t.end),
        interests: named.then(|| t.interests.clone()),
    }
}

/// A council or group's public composition: seats by constituency, holders
/// (pupils by role only), terms, vacancies, declared interests, rules and breaches.
#[utoipa::path(get, path = "/api/v1/communities/{community}/bodies/{id}", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path)), responses((status = 200, body = BodyOut), (status = 404, body = ErrorBody)))]
pub async fn get_body(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<BodyOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let v = bodies::view(&state.svc, &access, id, ctx.now).await?;
    let staff = access.can_facilitate();
    Ok(Json(BodyOut {
        id: v.body.id,
        name: v.body.name,
        kind: v.body.kind.key().to_owned(),
        purpose: v.body.purpose,
        initiative: v.initiative.map(|i| i.slug),
        school: v.school,
        notice_hours: v.body.notice_hours,
        rules: v.body.rules.iter().filter_map(|r| serde_json::to_value(r).ok()).collect(),
        breaches: v
            .findings
            .breaches
            .iter()
            .map(|b| BreachOut { rule: b.rule.key().to_owned(), have: i64::from(b.have), need: i64::from(b.need) })
            .collect(),
        expired_terms: v.findings.expired as i64,
        vacancies_over_60_days: v.findings.overdue_vacancies as i64,
        areas: v.areas.iter().map(|a| a.id).collect(),
        seats: v
            .seats
            .iter()
            .map(|s| {
                let named = s.named() || staff;
                SeatOut {
                    id: s.seat.id,
                    label: s.seat.label.clone(),
                    constituency: s.seat.group_key.clone(),
                    method: s.seat.method.key().to_owned(),
                    term_months: s.seat.term_months,
                    term_limit: s.seat.term_limit,
                    current: s.state.holder().map(|t| term_out(t, named)),
                    vacant_days: s.state.vacant_days(),
                    expired: matches!(s.state, SeatState::Expired { .. }),
                    alternates: s.alternates.len() as i64,
                    history: if staff { s.history.iter().map(|t| term_out(t, true)).collect() } else { Vec::new() },
                    selection: s.seat.selection_id,
                }
            })
            .collect(),
        meetings: v.meetings.iter().map(|m| m.id).collect(),
        against_baseline: v
            .against_baseline
            .iter()
            .flat_map(|a| &a.rows)
            .map(|(k, n, seats, community)| SeatShareOut {
                constituency: k.clone(),
                seats: *n as i64,
                share_of_seats: *seats,
                share_of_community: *community,
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AreasIn {
    /// Decision area ids of the body's initiative.
    pub areas: Vec<i64>,
}

/// The charter decision areas the body holds power over (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/bodies/{id}/areas", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = AreasIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_areas(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<AreasIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let areas: Vec<String> = x.areas.iter().map(|a| a.to_string()).collect();
    bodies::set_areas(&state.svc, &access, id, &areas, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct RuleIn {
    /// majority, parity or at_least
    pub rule: String,
    /// Constituencies (stakeholder group keys): the majority, the first side of parity, or those counted by at_least.
    pub groups: Vec<String>,
    /// Parity's other side.
    pub second: Vec<String>,
    /// at_least's number of seats.
    pub count: Option<i64>,
}

/// Declares a composition rule (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/rules", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = RuleIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<RuleIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = RuleInput {
        rule: x.rule,
        groups: x.groups,
        second: x.second,
        count: x.count.map(|n| n.to_string()).unwrap_or_default(),
    };
    bodies::add_rule(&state.svc, &access, id, &input, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes the n-th rule, from 1 (facilitators).
#[utoipa::path(delete, path = "/api/v1/communities/{community}/bodies/{id}/rules/{n}", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path), ("n" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn remove_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, n)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let n = usize::try_from(n).unwrap_or(0);
    bodies::remove_rule(&state.svc, &access, id, n, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct SeatIn {
    pub label: String,
    /// A stakeholder group's key, or empty for anyone.
    pub constituency: String,
    /// election, lot, appointment or ex_officio
    pub method: String,
    /// 1 to 60
    pub term_months: i64,
    /// 1 to 10 consecutive terms; null for no limit.
    pub term_limit: Option<i64>,
}

/// Adds a seat (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/seats", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = SeatIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_seat(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<SeatIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = SeatInput {
        label: x.label,
        constituency: x.constituency,
        method: x.method,
        term_months: x.term_months.to_string(),
        term_limit: x.term_limit.map(|n| n.to_string()).unwrap_or_default(),
    };
    let seat = bodies::add_seat(&state.svc, &access, id, &input, ctx.now).await?;
    Ok(created(Created { id: seat }))
}

/// Removes a seat that was never held; one with a history stays (facilitators).
#[utoipa::path(delete, path = "/api/v1/communities/{community}/bodies/{id}/seats/{seat}", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path), ("seat" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn remove_seat(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, seat)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    bodies::remove_seat(&state.svc, &access, id, seat, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct TermIn {
    /// The member's user id.
    pub holder: i64,
    /// YYYY-MM-DD
    pub starts_on: String,
    /// YYYY-MM-DD; empty for the seat's term length.
    pub ends_on: String,
    /// Declared conflicts of interest.
    pub interests: String,
}

/// Gives a seat to a member for a term: refused when it overlaps another term or breaks the limit (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/seats/{seat}/terms", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path), ("seat" = i64, Path)), request_body = TermIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_term(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, seat)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<TermIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let input =
        TermInput { holder: x.holder.to_string(), starts_on: x.starts_on, ends_on: x.ends_on, interests: x.interests };
    let term = bodies::add_term(&state.svc, &access, id, seat, &input, ctx.now).await?;
    Ok(created(Created { id: term }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PersonIn {
    /// The member's user id.
    pub holder: i64,
}

/// Adds an alternate after the last one (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/seats/{seat}/alternates", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path), ("seat" = i64, Path)), request_body = PersonIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_alternate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, seat)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<PersonIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    bodies::add_alternate(&state.svc, &access, id, seat, &x.holder.to_string(), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DayIn {
    /// YYYY-MM-DD
    pub day: String,
}

/// Gives a vacant seat to its first alternate for a full term from `day` (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/seats/{seat}/fill", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path), ("seat" = i64, Path)), request_body = DayIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn fill_seat(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, seat)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<DayIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let term = bodies::fill_from_alternate(&state.svc, &access, id, seat, &x.day, ctx.now).await?;
    Ok(created(Created { id: term }))
}

/// Opens a selection by lot for a seat chosen by lot, on the body's initiative (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/seats/{seat}/selection", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path), ("seat" = i64, Path)),
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn open_selection(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, seat)): Path<(String, i64, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let (_, selection) = bodies::open_selection(&state.svc, &access, id, seat, ctx.now).await?;
    Ok(created(Created { id: selection }))
}

/// Ends a term early, on `day` (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/terms/{term}/end", tag = "bodies",
    params(("community" = String, Path), ("id" = i64, Path), ("term" = i64, Path)), request_body = DayIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn end_term(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, term)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<DayIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    bodies::end_term(&state.svc, &access, id, term, &x.day, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct MeetingIn {
    /// For a meeting of an initiative (POST /meetings): its slug.
    pub initiative: String,
    pub title: String,
    pub description: String,
    /// in_person, online or hybrid
    pub mode: String,
    pub location: String,
    /// https address to join online.
    pub link: String,
    /// YYYY-MM-DDTHH:MM on the community's clock.
    pub starts_at: String,
    pub ends_at: String,
    /// 1 to 5000
    pub capacity: i64,
    /// Places kept per constituency (group key to places).
    pub reserved: std::collections::BTreeMap<String, i64>,
    /// Hours before the start to remind those with a place (default 24; 0 for none).
    pub reminder_hours: Option<i64>,
}

fn meeting_input(x: &MeetingIn) -> (MeetingInput, Vec<(String, String)>) {
    let input = MeetingInput {
        title: x.title.clone(),
        description: x.description.clone(),
        mode: x.mode.clone(),
        location: x.location.clone(),
        link: x.link.clone(),
        starts_at: x.starts_at.clone(),
        ends_at: x.ends_at.clone(),
        capacity: x.capacity.to_string(),
        reminder_hours: x.reminder_hours.map(|n| n.to_string()).unwrap_or_default(),
    };
    (input, x.reserved.iter().map(|(k, v)| (k.clone(), v.to_string())).collect())
}

/// Schedules a meeting of the body (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/bodies/{id}/meetings", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = MeetingIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_body_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<MeetingIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let (input, reserved) = meeting_input(&x);
    let m = meetings::create(&state.svc, &access, Owner::Body(id), &input, &reserved, ctx.now).await?;
    Ok(created(Created { id: m }))
}

/// Schedules a meeting of an initiative (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings", tag = "meetings",
    params(("community" = String, Path)), request_body = MeetingIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(x): ApiJson<MeetingIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let initiative = access
        .initiative(&state.svc, &x.initiative)
        .await
        .map_err(|_| tandem_service::Error::field("initiative", "error-choice-invalid"))?;
    let (input, reserved) = meeting_input(&x);
    let m = meetings::create(&state.svc, &access, Owner::Initiative(initiative.id), &input, &reserved, ctx.now).await?;
    Ok(created(Created { id: m }))
}

#[derive(Serialize, ToSchema)]
pub struct MeetingSummaryOut {
    pub id: i64,
    pub title: String,
    pub body: Option<i64>,
    pub initiative: Option<i64>,
    /// in_person, online or hybrid
    pub mode: String,
    pub starts_at: String,
    pub ends_at: String,
    pub cancelled: bool,
}

/// A community's meetings, by start.
#[utoipa::path(get, path = "/api/v1/communities/{community}/meetings", tag = "meetings",
    params(("community" = String, Path)), responses((status = 200, body = Vec<MeetingSummaryOut>), (status = 404, body = ErrorBody)))]
pub async fn list_meetings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<MeetingSummaryOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let list = meetings::list(&state.svc, &access, Scope::Community).await?;
    Ok(Json(
        list.into_iter()
            .map(|m| MeetingSummaryOut {
                id: m.id,
                title: m.title,
                body: m.body_id,
                initiative: m.initiative_id,
                mode: m.mode.key().to_owned(),
                starts_at: m.starts_at.rfc3339(),
                ends_at: m.ends_at.rfc3339(),
                cancelled: m.cancelled_at.is_some(),
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct AgendaItemOut {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub minutes: i64,
    pub area: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ReservedOut {
    pub constituency: String,
    pub places: i64,
    pub left: i64,
}

#[derive(Serialize, ToSchema)]
pub struct MyRegistrationOut {
    /// registered, waitlisted or cancelled
    pub status: String,
    /// The check-in code to show at the door.
    pub code: String,
    #[schema(value_type = Object)]
    pub needs: serde_json::Value,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    pub id: i64,
    pub name: String,
    pub constituency: Option<String>,
    pub status: String,
    pub code: String,
    pub present: bool,
    pub walk_in: bool,
}

#[derive(Serialize, ToSchema)]
pub struct MeetingCountOut {
    pub key: String,
    /// Null when hidden (see `hidden`).
    pub count: Option<i64>,
    /// `small` or `hidden` when the count is not shown.
    pub hidden: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MinutesOut {
    /// draft, approved or published
    pub status: String,
    pub version: i64,
    pub summary: String,
    #[schema(value_type = Vec<Object>)]
    pub decisions: Vec<serde_json::Value>,
    #[schema(value_type = Vec<Object>)]
    pub actions: Vec<serde_json::Value>,
    pub approved_at: Option<String>,
    /// The meeting at which the body approved them.
    pub approved_in: Option<i64>,
    pub moved_by: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MeetingOut {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub body: Option<i64>,
    pub initiative: Option<String>,
    pub mode: String,
    pub location: String,
    /// The link to join online: only for people with a place and staff.
    pub link: Option<String>,
    pub starts_at: String,
    pub ends_at: String,
    pub time_zone: String,
    pub cancelled: bool,
    /// The calendar SEQUENCE: it rises with every change.
    pub sequence: i64,
    pub capacity: i64,
    pub registered: i64,
    pub waitlisted: i64,
    pub open_places_left: i64,
    pub reserved: Vec<ReservedOut>,
    pub agenda_published_at: Option<String>,
    /// The agenda came (or will come) later than the body's notice rule asks.
    pub notice_broken: bool,
    pub agenda: Vec<AgendaItemOut>,
    pub mine: Option<MyRegistrationOut>,
    /// Access needs, totals only (staff).
    pub needs: Vec<MeetingCountOut>,
    /// Every registration in queue order (staff).
    pub registrations: Vec<RegistrationOut>,
    /// Attendance by constituency (small numbers hidden from readers who are not staff).
    pub attendance: Vec<MeetingCountOut>,
    pub quorate: Option<bool>,
    pub minutes: Option<MinutesOut>,
}

fn count(key: String, c: Cell) -> MeetingCountOut {
    MeetingCountOut { key, count: c.value(), hidden: hidden_why(c) }
}

/// A meeting: details, agenda, places, your registration and code; for
/// staff the registrations and access-need totals; attendance and minutes.
#[utoipa::path(get, path = "/api/v1/communities/{community}/meetings/{id}", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), responses((status = 200, body = MeetingOut), (status = 404, body = ErrorBody)))]
pub async fn get_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<MeetingOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let v = meetings::view(&state.svc, &access, id, ctx.now).await?;
    let m = &v.meeting;
    let has_place = v.mine.as_ref().is_some_and(|r| r.status == RegistrationStatus::Registered);
    let mut needs: Vec<MeetingCountOut> = Vec::new();
    if let Some(n) = &v.needs {
        needs.extend(n.by_need.iter().map(|(k, c)| count(k.key().to_owned(), Cell::Shown(*c))));
        needs.extend(n.languages.iter().map(|(l, c)| count(format!("interpreting:{l}"), Cell::Shown(*c))));
    }
    Ok(Json(MeetingOut {
        id: m.id,
        title: m.title.clone(),
        description: m.description.clone(),
        body: m.body_id,
        initiative: v.initiative.as_ref().map(|i| i.slug.clone()),
        mode: m.mode.key().to_owned(),
        location: m.location.clone(),
        link: (has_place || v.staff).then(|| m.link.clone()).filter(|l| !l.is_empty()),
        starts_at: m.starts_at.rfc3339(),
        ends_at: m.ends_at.rfc3339(),
        time_zone: access.zone().name().to_owned(),
        cancelled: m.cancelled_at.is_some(),
        sequence: m.sequence,
        capacity: v.places.capacity,
        registered: v.places.registered,
        waitlisted: v.places.waitlisted,
        open_places_left: v.places.open_left,
        reserved: v
            .places
            .reserved
            .iter()
            .map(|(r, left)| ReservedOut { constituency: r.group_key.clone(), places: r.places, left: *left })
            .collect(),
        agenda_published_at: m.agenda_published_at.map(|t| t.rfc3339()),
        notice_broken: v.notice_broken,
        agenda: if m.agenda_published_at.is_some() || v.staff {
            v.agenda
                .iter()
                .map(|i| AgendaItemOut {
                    id: i.id,
                    title: i.title.clone(),
                    owner: i.owner.clone(),
                    minutes: i.minutes,
                    area: i.area_id,
                })
                .collect()
        } else {
            Vec::new()
        },
        mine: v.mine.as_ref().map(|r| MyRegistrationOut {
            status: r.status.key().to_owned(),
            code: r.code.clone(),
            needs: serde_json::to_value(&r.needs).unwrap_or_default(),
        }),
        needs,
        registrations: v
            .registrations
            .iter()
            .map(|r| RegistrationOut {
                id: r.id,
                name: r.name.clone(),
                constituency: r.group_key.clone(),
                status: r.status.key().to_owned(),
                code: r.code.clone(),
                present: r.attended_at.is_some(),
                walk_in: r.walk_in,
            })
            .collect(),
        attendance: v
            .attendance
            .as_ref()
            .map(|a| {
                let mut out: Vec<MeetingCountOut> = a.groups.iter().map(|(k, c)| count(k.clone(), *c)).collect();
                out.push(count(String::from("total"), a.total));
                out
            })
            .unwrap_or_default(),
        quorate: v.quorum.as_ref().map(|q| q.quorate),
        minutes: v.minutes.as_ref().map(|mv| MinutesOut {
            status: m.minutes_status.key().to_owned(),
            version: mv.version,
            summary: mv.summary.clone(),
            decisions: mv.decisions.iter().filter_map(|d| serde_json::to_value(d).ok()).collect(),
            actions: mv.actions.iter().filter_map(|a| serde_json::to_value(a).ok()).collect(),
            approved_at: m.minutes_approved_at.map(|t| t.rfc3339()),
            approved_in: m.minutes_approved_in,
            moved_by: v.moved_by.clone(),
        }),
    }))
}

fn meeting_path(c: &str, id: i64) -> String {
    format!("/c/{c}/meetings/{id}")
}

/// Changes a meeting; its calendar SEQUENCE rises (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/meetings/{id}", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = MeetingIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<MeetingIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let (input, reserved) = meeting_input(&x);
    meetings::update(&state.svc, &access, id, &input, &reserved, &meeting_path(&c, id), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Cancels a meeting; those with a place are told (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings/{id}/cancel", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn cancel_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    meetings::cancel(&state.svc, &access, id, &meeting_path(&c, id), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AgendaItemIn {
    pub title: String,
    pub owner: String,
    /// 1 to 480 (default 15)
    pub minutes: Option<i64>,
    /// A decision area of the initiative's charter.
    pub area: Option<i64>,
}

/// Adds an agenda item (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings/{id}/agenda", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = AgendaItemIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<AgendaItemIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = meetings::ItemInput {
        title: x.title,
        owner: x.owner,
        minutes: x.minutes.map(|n| n.to_string()).unwrap_or_default(),
        area: x.area.map(|n| n.to_string()).unwrap_or_default(),
    };
    let item = meetings::add_item(&state.svc, &access, id, &input, ctx.now).await?;
    Ok(created(Created { id: item }))
}

/// Removes an agenda item (facilitators).
#[utoipa::path(delete, path = "/api/v1/communities/{community}/meetings/{id}/agenda/{item}", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path), ("item" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn remove_item(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, item)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    meetings::remove_item(&state.svc, &access, id, item, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct AgendaPublishedOut {
    /// The agenda came as early as the body's notice rule asks.
    pub notice_kept: bool,
}

/// Publishes the agenda and sends it to the body's members (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings/{id}/agenda/publish", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = AgendaPublishedOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn publish_agenda(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<AgendaPublishedOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let notice_kept = meetings::publish_agenda(&state.svc, &access, id, &meeting_path(&c, id), ctx.now).await?;
    Ok(Json(AgendaPublishedOut { notice_kept }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct NeedsIn {
    /// interpreting, childcare, step_free, dietary, other
    pub needs: Vec<String>,
    /// The language to interpret into (with interpreting).
    pub language: String,
    /// What else (with other).
    pub other: String,
}

#[derive(Serialize, ToSchema)]
pub struct RegisteredOut {
    pub id: i64,
    /// registered or waitlisted
    pub status: String,
    pub code: String,
    /// Place on the waitlist, from 1.
    pub position: Option<i64>,
}

/// Registers you: a place kept for your constituency, else an open place, else the waitlist.
#[utoipa::path(put, path = "/api/v1/communities/{community}/meetings/{id}/registration", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = NeedsIn,
    responses((status = 200, body = RegisteredOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<NeedsIn>,
) -> AppResult<Json<RegisteredOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let r = meetings::register(&state.svc, &access, id, &x.needs, &x.language, &x.other, ctx.now).await?;
    Ok(Json(RegisteredOut { id: r.id, status: r.status.key().to_owned(), code: r.code, position: r.position }))
}

/// Gives up your place; the first on the waitlist who fits takes it.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/meetings/{id}/registration", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn cancel_registration(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    meetings::cancel_registration(&state.svc, &access, id, &meeting_path(&c, id), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Changes your access needs.
#[utoipa::path(put, path = "/api/v1/communities/{community}/meetings/{id}/registration/needs", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = NeedsIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_needs(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<NeedsIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    meetings::set_needs(&state.svc, &access, id, &x.needs, &x.language, &x.other, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CheckInCodeIn {
    /// The six-character check-in code (case, spaces and dashes do not matter).
    pub code: String,
}

#[derive(Serialize, ToSchema)]
pub struct CheckedInOut {
    pub name: String,
}

/// Checks someone in with their code (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings/{id}/check-in", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = CheckInCodeIn,
    responses((status = 200, body = CheckedInOut), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn check_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<CheckInCodeIn>,
) -> AppResult<Json<CheckedInOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let name = meetings::check_in(&state.svc, &access, id, &x.code, ctx.now).await?;
    Ok(Json(CheckedInOut { name }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PresentIn {
    pub present: bool,
}

/// Marks a registration present or absent (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/meetings/{id}/attendance/{registration}", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path), ("registration" = i64, Path)), request_body = PresentIn,
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn mark_attendance(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, registration)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<PresentIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    meetings::mark(&state.svc, &access, id, registration, x.present, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct WalkInIn {
    /// A member's user id, or none with a name.
    pub member: Option<i64>,
    pub name: String,
    /// A stakeholder group's key.
    pub constituency: String,
}

/// Adds someone who came without registering, present (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings/{id}/walk-ins", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = WalkInIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn walk_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<WalkInIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let member = x.member.map(|m| m.to_string()).unwrap_or_default();
    let reg = meetings::walk_in(&state.svc, &access, id, &x.name, &member, &x.constituency, ctx.now).await?;
    Ok(created(Created { id: reg }))
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct MinutesDecisionIn {
    pub text: String,
    pub area: Option<i64>,
    /// Idea numbers it answers (they then see it on "you said, we did").
    pub ideas: Vec<i64>,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ActionIn {
    pub text: String,
    pub owner: String,
    /// YYYY-MM-DD
    pub due: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct MinutesIn {
    pub summary: String,
    pub decisions: Vec<MinutesDecisionIn>,
    pub actions: Vec<ActionIn>,
}

#[derive(Serialize, ToSchema)]
pub struct MinutesVersionOut {
    pub version: i64,
}

/// Saves a new version of the minutes while they are a draft (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/meetings/{id}/minutes", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = MinutesIn,
    responses((status = 200, body = MinutesVersionOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn save_minutes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<MinutesIn>,
) -> AppResult<Json<MinutesVersionOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let decisions: Vec<DecisionInput> = x
        .decisions
        .into_iter()
        .map(|d| DecisionInput {
            text: d.text,
            area: d.area.map(|a| a.to_string()).unwrap_or_default(),
            ideas: d.ideas.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(","),
        })
        .collect();
    let actions: Vec<ActionInput> =
        x.actions.into_iter().map(|a| ActionInput { text: a.text, owner: a.owner, due: a.due }).collect();
    let version = meetings::save_minutes(&state.svc, &access, id, &x.summary, &decisions, &actions, ctx.now).await?;
    Ok(Json(MinutesVersionOut { version }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ApprovalIn {
    /// The later meeting of the body at which they were approved.
    pub approved_in: i64,
    /// The member (user id) who moved the approval.
    pub mover: i64,
}

/// Records the body's approval of the minutes, with who moved it (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings/{id}/minutes/approve", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = ApprovalIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn approve_minutes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<ApprovalIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    meetings::approve_minutes(
        &state.svc,
        &access,
        id,
        &x.approved_in.to_string(),
        &x.mover.to_string(),
        &meeting_path(&c, id),
        ctx.now,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct PublishedOut {
    /// Decisions that became commitments on "you said, we did".
    pub commitments: i64,
}

/// Publishes approved minutes (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/meetings/{id}/minutes/publish", tag = "meetings",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = PublishedOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn publish_minutes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<PublishedOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let n = meetings::publish_minutes(&state.svc, &access, id, ctx.now).await?;
    Ok(Json(PublishedOut { commitments: n as i64 }))
}

#[derive(Serialize, ToSchema)]
pub struct FeedOut {
    /// The private address of your "my meetings" calendar; shown once.
    pub url: String,
}

/// Makes a new private address for your "my meetings" calendar; the old one stops working.
#[utoipa::path(post, path = "/api/v1/communities/{community}/calendar-feed", tag = "meetings",
    params(("community" = String, Path)),
    responses((status = 200, body = FeedOut), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_feed(State(state): State<AppState>, ctx: Ctx, Path(c): Path<String>) -> AppResult<Json<FeedOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let secret = meetings::create_feed(&state.svc, &access, ctx.now).await?;
    Ok(Json(FeedOut { url: format!("{}/c/{c}/feeds/{secret}", state.svc.base_url()) }))
}

/// Turns your private calendar address off.
#[utoipa::path(delete, path = "/api/v1/communities/{community}/calendar-feed", tag = "meetings",
    params(("community" = String, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn revoke_feed(State(state): State<AppState>, ctx: Ctx, Path(c): Path<String>) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    meetings::revoke_feed(&state.svc, &access).await?;
    Ok(StatusCode::NO_CONTENT)
}
