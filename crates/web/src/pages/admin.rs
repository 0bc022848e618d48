//! Staff pages of a community: members, invitation links and settings.

use axum::{
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::Response,
};
use maud::{Markup, html};
use serde::Deserialize;
use tandem_domain::{
    FieldError, Invalid,
    community::{Locale, Role, SchoolPhase},
    invitation, text,
};
use tandem_service::i18n::Arg;
use tandem_service::{
    Access, Error,
    community::{self, Group, GroupInput, Member, MemberInput, School, SchoolInput, SettingsInput},
    invitations::{self, InvitationInput},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, choice_options, crumb, csrf_field, error_summary, pager},
    pages::{group_name, human_date, redirect_with_flash},
    paging::PageQuery,
    state::AppState,
};

const MEMBERS_PER_PAGE: i64 = 50;

fn crumbs(ctx: &Ctx, access: &Access) -> Vec<crate::html::Crumb> {
    let c = &access.community;
    vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))]
}

fn group_options(ctx: &Ctx, groups: &[Group]) -> Vec<(String, String)> {
    std::iter::once((String::new(), ctx.t("member-no-group")))
        .chain(groups.iter().map(|g| (g.id.to_string(), group_name(ctx, g))))
        .collect()
}

fn school_options(ctx: &Ctx, schools: &[School]) -> Vec<(String, String)> {
    std::iter::once((String::new(), ctx.t("member-no-school")))
        .chain(schools.iter().map(|s| (s.slug.clone(), s.name.clone())))
        .collect()
}

// ---- members

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MembersQuery {
    pub group: String,
    pub after: String,
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<MembersQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_members(&state, &ctx, &access, &q, None).await
}

/// A sign-in link just issued: for whom, and the link (shown this once).
struct IssuedLink {
    name: String,
    link: String,
}

async fn render_members(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    q: &MembersQuery,
    issued: Option<IssuedLink>,
) -> AppResult<Response> {
    access.require_facilitator()?;
    let c = &access.community;
    let groups = community::groups(&state.svc, access).await?;
    let schools = community::schools(&state.svc, access).await?;
    let group_filter = q.group.parse::<i64>().ok().filter(|id| groups.iter().any(|g| g.id == *id));
    let page = community::members(&state.svc, access, group_filter, &q.after, MEMBERS_PER_PAGE).await?;
    let admin = access.can_administer();
    let staff_fill = tandem_service::representation::settings(&state.svc, access).await?.staff_fill_pupils;
    let title = ctx.t("members-title");
    let list_address = match group_filter {
        Some(g) => format!("/c/{}/members?group={g}", c.slug),
        None => format!("/c/{}/members", c.slug),
    };
    let body = html! {
        h1 { (title) }
        p { (ctx.t("members-privacy-note")) }
        @if let Some(issued) = &issued {
            div class="notice ok" role="status" {
                p { strong { (ctx.ta("members-signin-created", &[("name", issued.name.as_str().into())])) } }
                p { label for="new-link" { (ctx.t("invitations-link-label")) } }
                input id="new-link" type="text" readonly value=(issued.link) class="code";
                p class="hint" { (ctx.ta("members-signin-once", &[("days", Arg::Num(invitation::SIGNIN_DAYS))])) }
            }
        }
        @if admin {
            p { (ctx.t("members-merge-lead")) " " a href=(format!("/c/{}/members/merge", c.slug)) { (ctx.t("members-merge-link")) } }
        }
        form method="get" action=(format!("/c/{}/members", c.slug)) class="filter" {
            label for="f-group" { (ctx.t("members-filter-group")) }
            select id="f-group" name="group" {
                option value="" { (ctx.t("initiatives-filter-all")) }
                @for g in &groups { option value=(g.id) selected[Some(g.id) == group_filter] { (group_name(ctx, g)) } }
            }
            button type="submit" class="button secondary" { (ctx.t("initiatives-filter-submit")) }
        }
        p class="meta" { (ctx.ta("members-count", &[("count", Arg::Num(page.total))])) }
        (crate::html::data_table(ctx, &ctx.t("members-caption"), "data", html! {
            thead { tr {
                th scope="col" { (ctx.t("col-name")) }
                th scope="col" { (ctx.t("col-role")) }
                th scope="col" { (ctx.t("col-group")) }
                th scope="col" { (ctx.t("col-school")) }
                th scope="col" { (ctx.t("col-joined")) }
                th scope="col" { (ctx.t("col-actions")) }
            } }
            tbody { @for m in &page.items {
                tr {
                    td {
                        (m.display_name)
                        @if m.membership.protected { " " span class="badge" { (ctx.t("members-pupil-badge")) } }
                        @if admin { @if let Some(email) = &m.email { br; span class="meta" { (email) } } }
                    }
                    td { (ctx.t(&format!("role-{}", m.membership.role.key()))) }
                    td { (m.membership.group_id.and_then(|id| groups.iter().find(|g| g.id == id)).map(|g| group_name(ctx, g)).unwrap_or_else(|| String::from("—"))) }
                    td { (m.school_name.clone().unwrap_or_else(|| String::from("—"))) }
                    td { (human_date(ctx, m.membership.created_at)) }
                    td {
                        @if signs_in_by_link(m) {
                            form method="post" action=(format!("/c/{}/members/{}/signin-link", c.slug, m.membership.id)) class="inline-form" {
                                (csrf_field(ctx))
                                button type="submit" class="button secondary small" { (ctx.ta("members-signin-issue", &[("name", m.display_name.as_str().into())])) }
                            }
                        }
                        @if staff_fill && m.membership.protected {
                            a href=(format!("/c/{}/members/{}/profile", c.slug, m.membership.id)) { (ctx.ta("members-pupil-profile", &[("name", m.display_name.as_str().into())])) }
                        }
                        @if admin {
                            details {
                                summary { (ctx.ta("members-change", &[("name", m.display_name.as_str().into())])) }
                                (member_form(ctx, access, m, &groups, &schools))
                            }
                        }
                    }
                }
            } }
        }))
        (pager(ctx, page.items.len(), page.total, page.next.as_deref(), &list_address, "after", &q.after))
    };
    let status = if issued.is_some() { StatusCode::CREATED } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

/// Members who sign in only by links (no password, not staff) can be sent a new one.
fn signs_in_by_link(m: &Member) -> bool {
    !m.has_password && matches!(m.membership.role, Role::Member | Role::Observer)
}

/// Issues a one-time sign-in link to a member's own account and shows it once.
pub async fn signin_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, membership_id)): Path<(String, i64)>,
    headers: axum::http::HeaderMap,
    _form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let url = format!("/c/{}/members", access.community.slug);
    match invitations::create_signin(&state.svc, &access, membership_id, ctx.now).await {
        Ok(created) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            let link = invitations::link(&state.svc, host, &created.code);
            let name = community::member_name(&state.svc, &access, membership_id).await?;
            let issued = IssuedLink { name, link };
            render_members(&state, &ctx, &access, &MembersQuery::default(), Some(issued)).await
        }
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

// ---- merging two accounts of one person

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeQuery {
    pub retire: String,
}

pub async fn merge_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<MergeQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let values = FormPairs(vec![(String::from("retire"), q.retire)]);
    render_merge(&state, &ctx, &access, &values, &Invalid::default(), None).await
}

async fn render_merge(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    values: &FormPairs,
    errors: &Invalid,
    done: Option<community::Merged>,
) -> AppResult<Response> {
    let (members, groups) =
        tokio::try_join!(community::all_members(&state.svc, access), community::groups(&state.svc, access))?;
    let title = ctx.t("merge-title");
    let option = |m: &Member| {
        let group = m.membership.group_id.and_then(|id| groups.iter().find(|g| g.id == id)).map(|g| group_name(ctx, g));
        let label = ctx.ta(
            "merge-option",
            &[
                ("name", m.display_name.as_str().into()),
                ("group", group.unwrap_or_else(|| String::from("—")).into()),
                ("joined", human_date(ctx, m.membership.created_at).into()),
                ("number", Arg::Num(m.membership.id)),
            ],
        );
        (m.membership.id.to_string(), label)
    };
    let choices: Vec<(String, String)> =
        std::iter::once((String::new(), ctx.t("merge-choose"))).chain(members.iter().map(option)).collect();
    let labels = [("keep", ctx.t("merge-field-keep")), ("retire", ctx.t("merge-field-retire"))];
    let f = Fields::new(ctx, errors);
    let body = html! {
        h1 { (title) }
        @if let Some(done) = &done {
            div class="notice ok" role="status" {
                p { strong { (ctx.t("merge-done")) } }
                p { (ctx.ta("merge-done-ballots", &[("count", Arg::Num(done.ballots_deduplicated))])) }
                @if done.sealed_twice > 0 {
                    p { (ctx.ta("merge-done-sealed", &[("count", Arg::Num(done.sealed_twice))])) }
                }
            }
        }
        p { (ctx.t("merge-lead")) }
        ul {
            li { (ctx.t("merge-what-ballots")) }
            li { (ctx.t("merge-what-posts")) }
            li { (ctx.t("merge-what-retired")) }
            li { (ctx.t("merge-what-sealed")) }
        }
        (error_summary(ctx, errors, &labels))
        form method="post" action=(format!("/c/{}/members/merge", access.community.slug)) novalidate class="stack" {
            (csrf_field(ctx))
            (f.select("keep", &labels[0].1, &choices, values.get("keep"), FieldOpts::required().hint(ctx.t("merge-keep-hint"))))
            (f.select("retire", &labels[1].1, &choices, values.get("retire"), FieldOpts::required().hint(ctx.t("merge-retire-hint"))))
            button type="submit" class="button danger" { (ctx.t("merge-submit")) }
        }
    };
    let status = if !errors.is_empty() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

pub async fn merge(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let chosen = |name: &'static str| -> Result<i64, FieldError> {
        form.get(name).trim().parse::<i64>().map_err(|_| FieldError::new(name, "error-choice-invalid"))
    };
    let (keep, retire) = match (chosen("keep"), chosen("retire")) {
        (Ok(k), Ok(r)) => (k, r),
        (k, r) => {
            let errors = Invalid(k.err().into_iter().chain(r.err()).collect());
            return render_merge(&state, &ctx, &access, &form, &errors, None).await;
        }
    };
    match community::merge_members(&state.svc, &access, keep, retire, ctx.now).await {
        Ok(done) => render_merge(&state, &ctx, &access, &FormPairs(Vec::new()), &Invalid::default(), Some(done)).await,
        Err(Error::Invalid(errors)) => render_merge(&state, &ctx, &access, &form, &errors, None).await,
        Err(Error::Conflict(message)) => {
            Ok(redirect_with_flash(&ctx, &format!("/c/{}/members/merge", access.community.slug), message))
        }
        Err(e) => Err(e.into()),
    }
}

fn member_form(ctx: &Ctx, access: &Access, m: &Member, groups: &[Group], schools: &[School]) -> Markup {
    let errors = Invalid::default();
    let prefix = format!("member-{}", m.membership.id);
    let f = Fields::with_prefix(ctx, &errors, &prefix);
    let group = m.membership.group_id.map(|g| g.to_string()).unwrap_or_default();
    let school = m
        .membership
        .school_id
        .and_then(|id| schools.iter().find(|s| s.id == id))
        .map(|s| s.slug.clone())
        .unwrap_or_default();
    html! {
        form method="post" action=(format!("/c/{}/members/{}", access.community.slug, m.membership.id)) class="stack" {
            (csrf_field(ctx))
            (f.choice("role", &ctx.t("col-role"), "role", Some(m.membership.role), FieldOpts::required()))
            (f.select("group", &ctx.t("col-group"), &group_options(ctx, groups), &group, FieldOpts::default()))
            (f.select("school", &ctx.t("col-school"), &school_options(ctx, schools), &school, FieldOpts::default()))
            button type="submit" class="button" { (ctx.t("form-save")) }
        }
    }
}

pub async fn update_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, membership_id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = MemberInput {
        role: form.get("role").to_owned(),
        group_id: form.id("group")?,
        school: form.get("school").to_owned(),
    };
    let url = format!("/c/{}/members", access.community.slug);
    match community::update_member(&state.svc, &access, membership_id, &input, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &url, "flash-saved")),
        Err(Error::Conflict(message)) => Ok(redirect_with_flash(&ctx, &url, message)),
        Err(e) => Err(e.into()),
    }
}

// ---- invitations

pub async fn invitations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_admin()?;
    render_invitations(&state, &ctx, &access, &FormPairs(Vec::new()), &Invalid::default(), None, &q.after).await
}

async fn render_invitations(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    values: &FormPairs,
    errors: &Invalid,
    created: Option<String>,
    after: &str,
) -> AppResult<Response> {
    let c = &access.community;
    let groups = community::groups(&state.svc, access).await?;
    let schools = community::schools(&state.svc, access).await?;
    let page = invitations::list(&state.svc, access, after, 100).await?;
    let list = &page.items;
    let title = ctx.t("invitations-title");
    let f = Fields::new(ctx, errors);
    let role = Role::parse(values.get("role")).or(Some(Role::Member));
    let labels = [
        ("role", ctx.t("col-role")),
        ("group", ctx.t("col-group")),
        ("school", ctx.t("col-school")),
        ("note", ctx.t("invitations-field-note")),
        ("days", ctx.t("invitations-field-days")),
    ];
    let status = if !errors.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else if created.is_some() {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let body = html! {
        h1 { (title) }
        p { (ctx.t("invitations-lead")) }
        @if let Some(link) = &created {
            div class="notice ok" role="status" {
                p { strong { (ctx.t("invitations-created")) } }
                p { label for="new-link" { (ctx.t("invitations-link-label")) } }
                input id="new-link" type="text" readonly value=(link) class="code";
                p class="hint" { (ctx.t("invitations-link-once")) }
            }
        }
        (error_summary(ctx, errors, &labels))
        section aria-labelledby="new-inv-h" class="panel" {
            h2 id="new-inv-h" { (ctx.t("invitations-new")) }
            form method="post" action=(format!("/c/{}/invitations", c.slug)) novalidate class="stack" {
                (csrf_field(ctx))
                (f.choice("role", &labels[0].1, "role", role, FieldOpts::required()))
                (f.select("group", &labels[1].1, &group_options(ctx, &groups), values.get("group"), FieldOpts::default().hint(ctx.t("invitations-group-hint"))))
                (f.select("school", &labels[2].1, &school_options(ctx, &schools), values.get("school"), FieldOpts::default()))
                (f.text("note", &labels[3].1, values.get("note"), FieldOpts::default().max(text::TITLE_MAX).hint(ctx.t("invitations-note-hint"))))
                (f.text("days", &labels[4].1, values.get("days"), FieldOpts::default().kind("number")
                    .hint(ctx.ta("invitations-days-hint", &[("default", Arg::Num(invitation::DEFAULT_DAYS)), ("max", Arg::Num(invitation::MAX_DAYS))]))))
                button type="submit" class="button" { (ctx.t("invitations-create")) }
            }
        }
        section aria-labelledby="list-inv-h" {
            h2 id="list-inv-h" { (ctx.t("invitations-recent")) }
            @if list.is_empty() { p { (ctx.t("invitations-none")) } } @else {
                (crate::html::data_table(ctx, &ctx.t("invitations-recent"), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("invitations-field-note")) }
                        th scope="col" { (ctx.t("col-role")) }
                        th scope="col" { (ctx.t("col-group")) }
                        th scope="col" { (ctx.t("invitations-col-status")) }
                        th scope="col" { (ctx.t("invitations-col-expires")) }
                        th scope="col" { (ctx.t("col-actions")) }
                    } }
                    tbody { @for inv in list {
                        @let st = inv.status(ctx.now);
                        tr {
                            td { @if inv.for_user_id.is_some() { (ctx.t("invitations-signin")) } @else if inv.note.is_empty() { "—" } @else { (inv.note) } }
                            td { (choice_label(ctx, "role", inv.role)) }
                            td { (inv.group_id.and_then(|id| groups.iter().find(|g| g.id == id)).map(|g| group_name(ctx, g)).unwrap_or_else(|| String::from("—"))) }
                            td { (ctx.t(&format!("invitation-status-{}", st.key()))) }
                            td { (human_date(ctx, inv.expires_at)) }
                            td {
                                @if st == invitation::InvitationStatus::Open {
                                    form method="post" action=(format!("/c/{}/invitations/{}/revoke", c.slug, inv.id)) class="inline-form" {
                                        (csrf_field(ctx))
                                        button type="submit" class="button danger small" aria-label=(ctx.ta("invitations-revoke-label", &[("note", inv.note.as_str().into())])) { (ctx.t("invitations-revoke")) }
                                    }
                                }
                            }
                        }
                    } }
                }))
            }
            (pager(ctx, list.len(), page.total, page.next.as_deref(), &format!("/c/{}/invitations", c.slug), "after", after))
        }
    };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

pub async fn create_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    headers: axum::http::HeaderMap,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_admin()?;
    let input = InvitationInput {
        role: form.get("role").to_owned(),
        group_id: form.id("group")?,
        school: form.get("school").to_owned(),
        note: form.get("note").to_owned(),
        days: form.get("days").to_owned(),
    };
    match invitations::create(&state.svc, &access, &input, ctx.now).await {
        Ok(created) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            let link = invitations::link(&state.svc, host, &created.code);
            render_invitations(&state, &ctx, &access, &FormPairs(Vec::new()), &Invalid::default(), Some(link), "").await
        }
        Err(Error::Invalid(errors)) => render_invitations(&state, &ctx, &access, &form, &errors, None, "").await,
        Err(e) => Err(e.into()),
    }
}

pub async fn revoke_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    _form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let flash = match invitations::revoke(&state.svc, &access, id, ctx.now).await {
        Ok(()) => "flash-invitation-revoked",
        Err(Error::Conflict(_)) => "flash-invitation-not-revoked",
        Err(e) => return Err(e.into()),
    };
    Ok(redirect_with_flash(&ctx, &format!("/c/{}/invitations", access.community.slug), flash))
}

// ---- settings: the community, its stakeholder groups and schools

#[derive(Clone, Copy, PartialEq, Eq)]
enum SettingsForm {
    Community,
    NewGroup,
    Group(i64),
    NewSchool,
}

pub async fn settings(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_admin()?;
    render_settings(&state, &ctx, &access, None).await
}

async fn render_settings(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    failed: Option<(SettingsForm, Invalid, &FormPairs)>,
) -> AppResult<Response> {
    let c = &access.community;
    let groups = community::groups(&state.svc, access).await?;
    let schools = community::schools(&state.svc, access).await?;
    let empty = Invalid::default();
    let errors_for = |form| match &failed {
        Some((f, e, _)) if *f == form => e,
        _ => &empty,
    };
    let value = |form, name: &str, stored: &str| match &failed {
        Some((f, _, v)) if *f == form => v.get(name).to_owned(),
        _ => stored.to_owned(),
    };
    let title = ctx.t("settings-title");
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let all_errors = failed.as_ref().map(|(_, e, _)| e).unwrap_or(&empty);
    let prefix = match failed.as_ref().map(|(f, _, _)| *f) {
        Some(SettingsForm::NewGroup) => String::from("group-new"),
        Some(SettingsForm::Group(id)) => format!("group-{id}"),
        Some(SettingsForm::NewSchool) => String::from("school-new"),
        _ => String::new(),
    };
    let cf = Fields::new(ctx, errors_for(SettingsForm::Community));
    let gf = Fields::with_prefix(ctx, errors_for(SettingsForm::NewGroup), "group-new");
    let sf = Fields::with_prefix(ctx, errors_for(SettingsForm::NewSchool), "school-new");
    let body = html! {
        h1 { (title) }
        (crate::html::error_summary_in(ctx, all_errors, &[], &prefix))
        section aria-labelledby="community-h" class="panel" {
            h2 id="community-h" { (ctx.t("settings-community")) }
            form method="post" action=(format!("/c/{}/settings", c.slug)) novalidate class="stack" {
                (csrf_field(ctx))
                (cf.text("name", &ctx.t("settings-field-name"), &value(SettingsForm::Community, "name", &c.name), FieldOpts::required().max(text::TITLE_MAX)))
                (cf.textarea("description", &ctx.t("settings-field-description"), &value(SettingsForm::Community, "description", &c.description), FieldOpts::default().max(text::SUMMARY_MAX).rows(3)))
                (cf.text("threshold", &ctx.t("settings-field-threshold"), &value(SettingsForm::Community, "threshold", &c.threshold.get().to_string()), FieldOpts::required().kind("number").hint(ctx.t("settings-threshold-hint"))))
                div class="field checkbox" {
                    input type="checkbox" id="f-community-staff_second_factor" name="staff_second_factor" value="1"
                        aria-describedby="f-community-staff_second_factor-hint"
                        checked[value(SettingsForm::Community, "staff_second_factor", if c.staff_second_factor { "1" } else { "" }) == "1"];
                    label for="f-community-staff_second_factor" { (ctx.t("settings-field-staff-second-factor")) }
                    p class="hint" id="f-community-staff_second_factor-hint" { (ctx.t("settings-staff-second-factor-hint")) }
                }
                (cf.text("time_zone", &ctx.t("settings-field-time-zone"), &value(SettingsForm::Community, "time_zone", &c.time_zone), FieldOpts::required().max(64).autocomplete("off").hint(ctx.t("settings-time-zone-hint"))))
                (cf.select("locale", &ctx.t("settings-field-locale"), &choice_options::<Locale>(ctx, "locale"), &value(SettingsForm::Community, "locale", c.locale.key()), FieldOpts::required().hint(ctx.t("settings-locale-hint"))))
                @let langs = tandem_domain::content::Languages::stored(&c.languages);
                @let typed_langs: Option<Vec<String>> = match &failed { Some((SettingsForm::Community, _, v)) => Some(v.all("languages")), _ => None };
                @let language_options: Vec<(String, String)> = tandem_domain::content::LANGUAGES.iter().map(|(code, name, _)| ((*code).to_owned(), (*name).to_owned())).collect();
                (cf.select("language", &ctx.t("settings-field-language"), &language_options, &value(SettingsForm::Community, "language", langs.original()), FieldOpts::required().hint(ctx.t("settings-language-hint"))))
                fieldset class="field" {
                    legend { (ctx.t("settings-field-languages")) }
                    p class="hint" { (ctx.t("settings-languages-hint")) }
                    @for (code, name, _) in tandem_domain::content::LANGUAGES {
                        @let ticked = match &typed_langs { Some(t) => t.iter().any(|x| x == code), None => langs.translations().contains(code) };
                        div class="checkbox" {
                            input type="checkbox" id=(format!("f-community-languages-{code}")) name="languages" value=(code) checked[ticked];
                            label for=(format!("f-community-languages-{code}")) lang=(code) { (name) }
                        }
                    }
                }
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
        }
        section aria-labelledby="groups-h" class="panel" {
            h2 id="groups-h" { (ctx.t("settings-groups")) }
            p { (ctx.t("settings-groups-hint")) }
            @for g in &groups {
                @let form = SettingsForm::Group(g.id);
                @let gprefix = format!("group-{}", g.id);
                @let f = Fields::with_prefix(ctx, errors_for(form), &gprefix);
                details class="item" open[failed.as_ref().is_some_and(|(f, _, _)| *f == form)] {
                    summary { (group_name(ctx, g)) @if g.protects_identity { " " span class="badge" { (ctx.t("settings-group-protected")) } } }
                    form method="post" action=(format!("/c/{}/groups/{}", c.slug, g.id)) novalidate class="stack" {
                        (csrf_field(ctx))
                        (f.text("name_en", &ctx.t("settings-field-name-en"), &value(form, "name_en", g.name_en.as_deref().unwrap_or("")), FieldOpts::default().max(text::NAME_MAX).hint(ctx.t("settings-field-name-default-hint"))))
                        (f.text("name_es", &ctx.t("settings-field-name-es"), &value(form, "name_es", g.name_es.as_deref().unwrap_or("")), FieldOpts::default().max(text::NAME_MAX)))
                        button type="submit" class="button" { (ctx.t("form-save")) }
                    }
                }
            }
            h3 { (ctx.t("settings-group-add")) }
            form method="post" action=(format!("/c/{}/groups", c.slug)) novalidate class="stack" {
                (csrf_field(ctx))
                (gf.text("name_en", &ctx.t("settings-field-name-en"), &value(SettingsForm::NewGroup, "name_en", ""), FieldOpts::required().max(text::NAME_MAX)))
                (gf.text("name_es", &ctx.t("settings-field-name-es"), &value(SettingsForm::NewGroup, "name_es", ""), FieldOpts::default().max(text::NAME_MAX)))
                div class="field checkbox" {
                    input type="checkbox" id="f-group-new-protects" name="protects_identity" value="1"
                        checked[value(SettingsForm::NewGroup, "protects_identity", "") == "1"];
                    label for="f-group-new-protects" { (ctx.t("settings-field-protects")) }
                }
                button type="submit" class="button" { (ctx.t("settings-group-add")) }
            }
        }
        section aria-labelledby="schools-h" class="panel" {
            h2 id="schools-h" { (ctx.t("community-schools")) }
            @if schools.is_empty() { p { (ctx.t("community-no-schools")) } }
            ul { @for s in &schools { li { (s.name) " — " (choice_label(ctx, "school-phase", s.phase)) } } }
            h3 { (ctx.t("settings-school-add")) }
            form method="post" action=(format!("/c/{}/schools", c.slug)) novalidate class="stack" {
                (csrf_field(ctx))
                (sf.text("name", &ctx.t("settings-field-name"), &value(SettingsForm::NewSchool, "name", ""), FieldOpts::required().max(text::TITLE_MAX)))
                (sf.choice("phase", &ctx.t("settings-field-phase"), "school-phase", SchoolPhase::parse(&value(SettingsForm::NewSchool, "phase", "primary")), FieldOpts::required()))
                button type="submit" class="button" { (ctx.t("settings-school-add")) }
            }
        }
    };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

/// Shows the outcome of a settings change: back to the settings, or the form again with its problems.
async fn settings_saved(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    form: SettingsForm,
    values: &FormPairs,
    outcome: Result<(), Error>,
) -> AppResult<Response> {
    match outcome {
        Ok(()) => {
            let section = match form {
                SettingsForm::Community => "community-h",
                SettingsForm::NewGroup | SettingsForm::Group(_) => "groups-h",
                SettingsForm::NewSchool => "schools-h",
            };
            Ok(redirect_with_flash(ctx, &format!("/c/{}/settings#{section}", access.community.slug), "flash-saved"))
        }
        Err(Error::Invalid(errors)) => render_settings(state, ctx, access, Some((form, errors, values))).await,
        Err(e) => Err(e.into()),
    }
}

fn group_input(form: &FormPairs) -> GroupInput {
    GroupInput {
        name_en: form.get("name_en").to_owned(),
        name_es: form.get("name_es").to_owned(),
        protects_identity: form.ticked("protects_identity"),
    }
}

pub async fn update_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = SettingsInput {
        name: form.get("name").to_owned(),
        description: form.get("description").to_owned(),
        threshold: form.get("threshold").to_owned(),
        staff_second_factor: Some(form.ticked("staff_second_factor")),
        time_zone: Some(form.get("time_zone").to_owned()),
        locale: Some(form.get("locale").to_owned()),
        // A form without the field (an older page) keeps the languages as they are.
        languages: (!form.get("language").is_empty()).then(|| (form.get("language").to_owned(), form.all("languages"))),
    };
    let outcome = community::update_settings(&state.svc, &access, &input, ctx.now).await;
    settings_saved(&state, &ctx, &access, SettingsForm::Community, &form, outcome).await
}

pub async fn add_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let outcome = community::add_group(&state.svc, &access, &group_input(&form), ctx.now).await.map(|_| ());
    settings_saved(&state, &ctx, &access, SettingsForm::NewGroup, &form, outcome).await
}

pub async fn rename_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, group_id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let outcome = community::rename_group(&state.svc, &access, group_id, &group_input(&form), ctx.now).await;
    settings_saved(&state, &ctx, &access, SettingsForm::Group(group_id), &form, outcome).await
}

pub async fn add_school(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = SchoolInput { name: form.get("name").to_owned(), phase: form.get("phase").to_owned() };
    let outcome = community::add_school(&state.svc, &access, &input, ctx.now).await.map(|_| ());
    settings_saved(&state, &ctx, &access, SettingsForm::NewSchool, &form, outcome).await
}
