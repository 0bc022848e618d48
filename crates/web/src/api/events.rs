//! Events through the API: the event and its programme, the call for
//! sessions with the panel's reviews and decisions, rooms, feedback, the
//! report (also as CSV) and the certificate (mirrors `pages/events.rs`;
//! registration and check-in are the meetings' own operations, on the
//! event's `meeting` and each session's `meeting`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post, put},
};
use serde::{Deserialize, Serialize};
use tandem_domain::events::{EventInput, ProposalInput};
use tandem_service::events::{self, EventView, PlaceInput, Results, SessionRow};
use utoipa::ToSchema;

use super::{
    ApiJson, created,
    dto::{Created, ErrorBody},
};
use crate::{access, context::Ctx, error::AppResult, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/communities/{community}/events", get(list_events).post(create_event))
        .route("/api/v1/communities/{community}/events/{id}", get(get_event).put(update_event))
        .route("/api/v1/communities/{community}/events/{id}/panel", put(set_panel))
        .route("/api/v1/communities/{community}/events/{id}/rooms", post(add_room))
        .route("/api/v1/communities/{community}/events/{id}/programme/publish", post(publish_programme))
        .route("/api/v1/communities/{community}/events/{id}/feedback", post(event_feedback))
        .route("/api/v1/communities/{community}/events/{id}/report", get(get_report))
        .route("/api/v1/communities/{community}/events/{id}/report.csv", get(report_csv))
        .route("/api/v1/communities/{community}/events/{id}/report/publish", post(publish_report))
        .route("/api/v1/communities/{community}/events/{id}/certificate", get(get_certificate))
        .route("/api/v1/communities/{community}/events/{id}/proposals", get(list_proposals).post(propose))
        .route("/api/v1/communities/{community}/events/{id}/proposals/{proposal}/withdraw", post(withdraw))
        .route("/api/v1/communities/{community}/events/{id}/proposals/{proposal}/review", put(review))
        .route("/api/v1/communities/{community}/events/{id}/proposals/{proposal}/conflict", post(declare_conflict))
        .route("/api/v1/communities/{community}/events/{id}/proposals/{proposal}/decision", post(decide))
        .route("/api/v1/communities/{community}/events/{id}/proposals/{proposal}/place", put(place))
        .route("/api/v1/communities/{community}/events/{id}/proposals/{proposal}/feedback", post(session_feedback))
}

fn event_path(c: &str, id: i64) -> String {
    format!("/c/{c}/events/{id}")
}

#[derive(Serialize, ToSchema)]
pub struct EventSummaryOut {
    pub id: i64,
    pub title: String,
    /// conference, workshop_day or open_evening
    pub kind: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub call_open: bool,
}

/// A community's events, newest first.
#[utoipa::path(get, path = "/api/v1/communities/{community}/events", tag = "events",
    params(("community" = String, Path)), responses((status = 200, body = Vec<EventSummaryOut>), (status = 404, body = ErrorBody)))]
pub async fn list_events(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
) -> AppResult<Json<Vec<EventSummaryOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let list = events::list(&state.svc, &access).await?;
    Ok(Json(
        list.into_iter()
            .map(|i| EventSummaryOut {
                id: i.event.id,
                title: i.event.title,
                kind: i.event.kind.key().to_owned(),
                starts_at: i.gathering.as_ref().map(|g| g.starts_at.0),
                ends_at: i.gathering.as_ref().map(|g| g.ends_at.0),
                call_open: i.event.call_closes_at > ctx.now,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct EventDetailsIn {
    /// An initiative's slug, or empty for the whole community.
    pub initiative: String,
    /// conference, workshop_day or open_evening
    pub kind: String,
    pub title: String,
    pub summary: String,
    /// in_person, online or hybrid
    pub mode: String,
    pub location: String,
    pub link: String,
    /// Local date and time on the community's clock, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    pub ends_at: String,
    pub call_closes_at: String,
    pub capacity: Option<i64>,
    /// More than this share of sessions should be led by families and pupils (default 50).
    pub goal_percent: Option<i64>,
    /// Review criteria (at most 6; none means the defaults).
    pub criteria: Vec<String>,
}

fn event_input(x: &EventDetailsIn) -> EventInput {
    EventInput {
        kind: x.kind.clone(),
        title: x.title.clone(),
        summary: x.summary.clone(),
        mode: x.mode.clone(),
        location: x.location.clone(),
        link: x.link.clone(),
        starts_at: x.starts_at.clone(),
        ends_at: x.ends_at.clone(),
        capacity: x.capacity.map(|n| n.to_string()).unwrap_or_default(),
        call_closes_at: x.call_closes_at.clone(),
        goal_percent: x.goal_percent.map(|n| n.to_string()).unwrap_or_default(),
        criteria: x.criteria.join("\n"),
    }
}

/// Sets up an event with its call for sessions (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/events", tag = "events",
    params(("community" = String, Path)), request_body = EventDetailsIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn create_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(c): Path<String>,
    ApiJson(x): ApiJson<EventDetailsIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let initiative = match x.initiative.trim() {
        "" => None,
        s => Some(
            access
                .initiative(&state.svc, s)
                .await
                .map_err(|_| tandem_service::Error::field("initiative", "error-choice-invalid"))?
                .id,
        ),
    };
    let id = events::create(&state.svc, &access, initiative, &event_input(&x), ctx.now).await?;
    Ok(created(Created { id }))
}

/// Changes an event (facilitators); its initiative stays.
#[utoipa::path(put, path = "/api/v1/communities/{community}/events/{id}", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = EventDetailsIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn update_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<EventDetailsIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    events::update(&state.svc, &access, id, &event_input(&x), &event_path(&c, id), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct LeadOut {
    /// Absent for a pupil, unless the reader is staff or the proposer.
    pub name: Option<String>,
    /// parent_carer, pupil, staff or partner
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct PlacesOut {
    pub capacity: i64,
    pub registered: i64,
    pub waitlisted: i64,
}

#[derive(Serialize, ToSchema)]
pub struct SessionOut {
    /// The proposal's id.
    pub id: i64,
    pub title: String,
    pub summary: String,
    /// talk, workshop, panel, discussion or activity
    pub format: String,
    pub minutes: i64,
    pub audience: String,
    pub track: String,
    /// proposed, accepted, declined or withdrawn
    pub status: String,
    /// The panel's reason, once decided.
    pub reason: String,
    pub leads: Vec<LeadOut>,
    pub family_led: bool,
    pub room: Option<String>,
    /// The session's meeting: register, check in and download its calendar there.
    pub meeting: Option<i64>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub places: Option<PlacesOut>,
    /// The reader's registration: registered or waitlisted.
    pub my_registration: Option<String>,
    /// For staff and the panel: mean score in tenths (43 is 4.3) and how many scored.
    pub score_tenths: Option<i64>,
    pub reviews: i64,
    pub conflicts: i64,
    pub can_review: bool,
    pub can_give_feedback: bool,
    pub results: Option<ResultsOut>,
}

#[derive(Serialize, ToSchema, Default)]
pub struct ResultsOut {
    /// How many answered; absent when fewer than the community's threshold (for the public).
    pub answers: Option<i64>,
    /// Means in tenths, once enough answered.
    pub useful_tenths: Option<i64>,
    pub changed_tenths: Option<i64>,
    /// Written answers: organisers and the session's leads, from 10 answers.
    pub worked: Vec<String>,
    pub better: Vec<String>,
}

fn results_out(r: &Results) -> ResultsOut {
    ResultsOut {
        answers: r.answers,
        useful_tenths: r.useful,
        changed_tenths: r.changed,
        worked: r.worked.clone(),
        better: r.better.clone(),
    }
}

fn session_out(s: &SessionRow) -> SessionOut {
    let p = &s.proposal;
    SessionOut {
        id: p.id,
        title: p.title.clone(),
        summary: p.summary.clone(),
        format: p.format.key().to_owned(),
        minutes: p.minutes,
        audience: p.audience.clone(),
        track: p.track.clone(),
        status: p.status.key().to_owned(),
        reason: p.reason.clone(),
        leads: s.leads.iter().map(|l| LeadOut { name: l.name.clone(), role: l.role.key().to_owned() }).collect(),
        family_led: s.family_led,
        room: s.room.clone(),
        meeting: s.meeting.as_ref().map(|m| m.id),
        starts_at: s.meeting.as_ref().map(|m| m.starts_at.0),
        ends_at: s.meeting.as_ref().map(|m| m.ends_at.0),
        places: s.places.as_ref().map(|p| PlacesOut {
            capacity: p.capacity,
            registered: p.registered,
            waitlisted: p.waitlisted,
        }),
        my_registration: s.mine.as_ref().map(|r| r.status.key().to_owned()),
        score_tenths: s.score,
        reviews: s.reviews,
        conflicts: s.conflicts,
        can_review: s.can_review,
        can_give_feedback: s.can_feedback,
        results: s.results.as_ref().map(results_out),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ShareOut {
    pub family_led: i64,
    pub sessions: i64,
    pub percent: i64,
    pub goal_percent: i64,
    /// More than the goal's share.
    pub met: bool,
}

#[derive(Serialize, ToSchema)]
pub struct EventOut {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub summary: String,
    pub initiative: Option<String>,
    /// The event's gathering: register for the event and check in there.
    pub meeting: Option<i64>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub location: String,
    pub places: Option<PlacesOut>,
    pub my_registration: Option<String>,
    pub call_closes_at: i64,
    pub call_open: bool,
    pub criteria: Vec<String>,
    pub share: ShareOut,
    pub programme_published: bool,
    pub report_published: bool,
    /// Staff and the panel: who reviews (ids), and whether the panel is mixed.
    pub panel: Vec<i64>,
    pub panel_mixed: bool,
    pub rooms: Vec<RoomOut>,
    /// The programme: placed sessions (times once published), then accepted ones.
    pub sessions: Vec<SessionOut>,
    pub came: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RoomOut {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
}

fn event_out(v: &EventView) -> EventOut {
    let e = &v.event;
    let g = v.gathering.as_ref();
    EventOut {
        id: e.id,
        title: e.title.clone(),
        kind: e.kind.key().to_owned(),
        summary: e.summary.clone(),
        initiative: v.initiative.as_ref().map(|i| i.slug.clone()),
        meeting: g.map(|g| g.id),
        starts_at: g.map(|g| g.starts_at.0),
        ends_at: g.map(|g| g.ends_at.0),
        location: g.map(|g| g.location.clone()).unwrap_or_default(),
        places: v.places.as_ref().map(|p| PlacesOut {
            capacity: p.capacity,
            registered: p.registered,
            waitlisted: p.waitlisted,
        }),
        my_registration: v.mine.as_ref().map(|r| r.status.key().to_owned()),
        call_closes_at: e.call_closes_at.0,
        call_open: v.call_open,
        criteria: e.criteria.clone(),
        share: ShareOut {
            family_led: v.share.family_led,
            sessions: v.share.sessions,
            percent: v.share.percent(),
            goal_percent: v.share.goal_percent,
            met: v.share.met(),
        },
        programme_published: e.programme_published_at.is_some(),
        report_published: e.report_published_at.is_some(),
        panel: v.panel.iter().map(|r| r.user_id).collect(),
        panel_mixed: v.panel_mixed,
        rooms: v.rooms.iter().map(|r| RoomOut { id: r.id, name: r.name.clone(), capacity: r.capacity }).collect(),
        sessions: v
            .sessions
            .iter()
            .filter(|s| s.meeting.is_some() || s.proposal.status == events::ProposalStatus::Accepted)
            .map(session_out)
            .collect(),
        came: v.came,
    }
}

/// An event: its facts, registration, the programme with the share of
/// sessions led by families and pupils, and (for staff) the panel and rooms.
#[utoipa::path(get, path = "/api/v1/communities/{community}/events/{id}", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), responses((status = 200, body = EventOut), (status = 404, body = ErrorBody)))]
pub async fn get_event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<EventOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let v = events::view(&state.svc, &access, id, ctx.now).await?;
    Ok(Json(event_out(&v)))
}

/// Every proposal with its leads, status and the panel's decision; for
/// staff and the panel, the review counts and mean score.
#[utoipa::path(get, path = "/api/v1/communities/{community}/events/{id}/proposals", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), responses((status = 200, body = Vec<SessionOut>), (status = 404, body = ErrorBody)))]
pub async fn list_proposals(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<Vec<SessionOut>>> {
    let access = access::community(&state, &ctx, &c).await?;
    let v = events::view(&state.svc, &access, id, ctx.now).await?;
    Ok(Json(v.sessions.iter().map(session_out).collect()))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PanelIn {
    /// Member ids; at least one family member and one member of staff before decisions.
    pub reviewers: Vec<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct PanelOut {
    pub mixed: bool,
}

/// Names the review panel (facilitators).
#[utoipa::path(put, path = "/api/v1/communities/{community}/events/{id}/panel", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = PanelIn,
    responses((status = 200, body = PanelOut), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn set_panel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<PanelIn>,
) -> AppResult<Json<PanelOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let people: Vec<String> = x.reviewers.iter().map(i64::to_string).collect();
    let mixed = events::set_panel(&state.svc, &access, id, &people, ctx.now).await?;
    Ok(Json(PanelOut { mixed }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct RoomIn {
    pub name: String,
    pub capacity: Option<i64>,
}

/// Adds a room to the programme's grid (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/rooms", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = RoomIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn add_room(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<RoomIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let capacity = x.capacity.map(|n| n.to_string()).unwrap_or_default();
    let room = events::add_room(&state.svc, &access, id, &x.name, &capacity, ctx.now).await?;
    Ok(created(Created { id: room }))
}

/// Publishes the programme (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/programme/publish", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn publish_programme(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    events::publish_programme(&state.svc, &access, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct EventFeedbackIn {
    /// 1 (poor) to 5 (excellent)
    pub overall: Option<i64>,
    pub comment: String,
}

/// A delegate's view of the whole event, once, from someone checked in.
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/feedback", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = EventFeedbackIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn event_feedback(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<EventFeedbackIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let overall = x.overall.map(|n| n.to_string()).unwrap_or_default();
    events::give_event_feedback(&state.svc, &access, id, &overall, &x.comment, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct EventReportOut {
    pub published: bool,
    pub share: ShareOut,
    pub overall: ResultsOut,
    /// Delegates' comments: organisers only, from 10 answers.
    pub comments: Vec<String>,
    pub sessions: Vec<SessionOut>,
}

/// The event's report: the share against the goal, delegates' overall view
/// and each session's results side by side (public once published).
#[utoipa::path(get, path = "/api/v1/communities/{community}/events/{id}/report", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), responses((status = 200, body = EventReportOut), (status = 404, body = ErrorBody)))]
pub async fn get_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<EventReportOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let v = events::view(&state.svc, &access, id, ctx.now).await?;
    if !v.staff && v.event.report_published_at.is_none() {
        return Err(tandem_service::Error::NotFound.into());
    }
    let out = event_out(&v);
    Ok(Json(EventReportOut {
        published: v.event.report_published_at.is_some(),
        share: out.share,
        overall: results_out(&v.overall),
        comments: v.comments.clone(),
        sessions: v.sessions.iter().filter(|s| s.meeting.is_some()).map(session_out).collect(),
    }))
}

/// The programme and its results as CSV (facilitators): one row per session, leads by role only.
#[utoipa::path(get, path = "/api/v1/communities/{community}/events/{id}/report.csv", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn report_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let text = events::report_csv(&state.svc, &access, id, ctx.now).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}

/// Publishes the report once the event is over (facilitators); an event of
/// an initiative reaches its "you said, we did".
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/report/publish", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn publish_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    events::publish_report(&state.svc, &access, id, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct CertificateOut {
    pub name: String,
    pub event: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    /// Sessions the holder was checked in to.
    pub sessions: Vec<String>,
}

/// The reader's certificate of attendance, only when they were checked in.
#[utoipa::path(get, path = "/api/v1/communities/{community}/events/{id}/certificate", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)),
    responses((status = 200, body = CertificateOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = [])))]
pub async fn get_certificate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
) -> AppResult<Json<CertificateOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let cert = events::certificate(&state.svc, &access, id).await?;
    Ok(Json(CertificateOut {
        name: cert.name,
        event: cert.event.title,
        starts_at: cert.gathering.as_ref().map(|g| g.starts_at.0),
        ends_at: cert.gathering.as_ref().map(|g| g.ends_at.0),
        sessions: cert.sessions.into_iter().map(|m| m.title).collect(),
    }))
}

#[derive(Deserialize, Serialize, ToSchema, Default)]
#[serde(default)]
pub struct LeadIn {
    pub name: String,
    /// parent_carer, pupil, staff or partner
    pub role: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProposalIn {
    pub title: String,
    pub summary: String,
    /// talk, workshop, panel, discussion or activity
    pub format: String,
    /// 10 to 480 (default 45)
    pub minutes: Option<i64>,
    pub audience: String,
    pub track: String,
    /// Whether the proposer leads it, and as what (a pupil leads as a pupil).
    pub i_lead: bool,
    pub my_role: String,
    pub leads: Vec<LeadIn>,
}

/// Proposes a session while the call is open (members).
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/proposals", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path)), request_body = ProposalIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id)): Path<(String, i64)>,
    ApiJson(x): ApiJson<ProposalIn>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = ProposalInput {
        title: x.title,
        summary: x.summary,
        format: x.format,
        minutes: x.minutes.map(|n| n.to_string()).unwrap_or_default(),
        audience: x.audience,
        track: x.track,
        i_lead: x.i_lead,
        my_role: x.my_role,
        leads: x.leads.into_iter().map(|l| (l.name, l.role)).collect(),
    };
    let p = events::propose(&state.svc, &access, id, &input, ctx.now).await?;
    Ok(created(Created { id: p }))
}

/// The proposer withdraws a proposal not yet decided.
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/proposals/{proposal}/withdraw", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path), ("proposal" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, p)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    events::withdraw(&state.svc, &access, id, p, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ReviewIn {
    /// One score per criterion, in order, each 1 to 5.
    pub scores: Vec<i64>,
    pub comment: String,
}

/// A panel member scores a proposal (replacing their earlier review).
#[utoipa::path(put, path = "/api/v1/communities/{community}/events/{id}/proposals/{proposal}/review", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path), ("proposal" = i64, Path)), request_body = ReviewIn,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, p)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<ReviewIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let scores: Vec<String> = x.scores.iter().map(i64::to_string).collect();
    events::review(&state.svc, &access, id, p, &scores, &x.comment, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A panel member declares a conflict of interest and is excluded from this proposal.
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/proposals/{proposal}/conflict", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path), ("proposal" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn declare_conflict(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, p)): Path<(String, i64, i64)>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    events::declare_conflict(&state.svc, &access, id, p, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct ProposalDecisionIn {
    /// accepted or declined
    pub decision: String,
    /// Published with the decision.
    pub reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct ProposalDecisionOut {
    pub status: String,
}

/// Records the panel's decision with its reason (facilitators).
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/proposals/{proposal}/decision", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path), ("proposal" = i64, Path)), request_body = ProposalDecisionIn,
    responses((status = 200, body = ProposalDecisionOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, p)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<ProposalDecisionIn>,
) -> AppResult<Json<ProposalDecisionOut>> {
    let access = access::community(&state, &ctx, &c).await?;
    let path = format!("{}/proposals#p-{p}", event_path(&c, id));
    let status = events::decide(&state.svc, &access, id, p, &x.decision, &x.reason, &path, ctx.now).await?;
    Ok(Json(ProposalDecisionOut { status: status.key().to_owned() }))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct PlaceIn {
    pub room: Option<i64>,
    /// Local date and time on the community's clock, `YYYY-MM-DDTHH:MM`; the end follows from the length.
    pub starts_at: String,
    /// Places; absent means the room's.
    pub capacity: Option<i64>,
}

/// Places an accepted session in a room at a time (facilitators); refused
/// when the room or a lead is elsewhere then.
#[utoipa::path(put, path = "/api/v1/communities/{community}/events/{id}/proposals/{proposal}/place", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path), ("proposal" = i64, Path)), request_body = PlaceIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn place(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, p)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<PlaceIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let input = PlaceInput {
        room: x.room.map(|r| r.to_string()).unwrap_or_default(),
        starts_at: x.starts_at,
        capacity: x.capacity.map(|n| n.to_string()).unwrap_or_default(),
    };
    events::place(&state.svc, &access, id, p, &input, &event_path(&c, id), ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct FeedbackIn {
    /// 1 (not at all) to 5 (very)
    pub useful: Option<i64>,
    /// 1 (not at all) to 5 (a great deal)
    pub changed: Option<i64>,
    pub worked: String,
    pub better: String,
}

/// Feedback on a session, once, from someone checked in to it.
#[utoipa::path(post, path = "/api/v1/communities/{community}/events/{id}/proposals/{proposal}/feedback", tag = "events",
    params(("community" = String, Path), ("id" = i64, Path), ("proposal" = i64, Path)), request_body = FeedbackIn,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)), security(("token" = []), ("csrf" = [])))]
pub async fn session_feedback(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((c, id, p)): Path<(String, i64, i64)>,
    ApiJson(x): ApiJson<FeedbackIn>,
) -> AppResult<StatusCode> {
    let access = access::community(&state, &ctx, &c).await?;
    let useful = x.useful.map(|n| n.to_string()).unwrap_or_default();
    let changed = x.changed.map(|n| n.to_string()).unwrap_or_default();
    events::give_feedback(&state.svc, &access, id, p, &useful, &changed, &x.worked, &x.better, ctx.now).await?;
    Ok(StatusCode::NO_CONTENT)
}
