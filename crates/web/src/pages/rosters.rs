//! Co-delivery: an initiative's roles (what they ask, what people get back)
//! and each role's shifts with sign-up, hours and promises back; a member's
//! private strengths; the facilitators' safeguarding records.

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use maud::html;
use tandem_domain::{
    Invalid,
    rosters::{Availability, ProfileInput, RoleInput},
    text::{LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
    time::iso_date,
};
use tandem_service::{
    Access, Error,
    i18n::Arg,
    initiatives::Initiative,
    rosters::{self, CheckStatus, GiveBack},
};

use crate::{
    access,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{FieldOpts, Fields, Page, choice_label, crumb, csrf_field, data_table, error_summary_in, paragraphs},
    labels::{human_moment, human_time},
    pages::{
        bodies::{Failed, crumbs, typed},
        redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

fn base(access: &Access, i: &Initiative) -> String {
    format!("{}/roles", shell::base_url(access, i))
}

fn hours(minutes: i64) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render_list(&state, &ctx, &access, &i, None).await
}

async fn render_list(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let roles = rosters::roles(&state.svc, i, ctx.now).await?;
    let staff = access.can_facilitate();
    let url = base(access, i);
    let title = ctx.t("roles-title");
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let f = Fields::with_prefix(ctx, errors, "role");
    let chosen: Vec<String> = failed.as_ref().map(|f| f.values.all("gives_back")).unwrap_or_default();
    let body = html! {
        (shell::header(ctx, access, i, Section::Accountability, &title))
        p { (ctx.t("roles-lead")) " " @if access.is_member() { a href=(format!("/c/{}/strengths", access.community.slug)) { (ctx.t("strengths-link")) } } }
        (error_summary_in(ctx, errors, &[], "role"))
        @if staff { p { a href=(format!("{url}/hours.csv")) download { (ctx.t("roles-hours-csv")) } " · " a href=(format!("/c/{}/safeguarding", access.community.slug)) { (ctx.t("safeguarding-title")) } } }
        @if roles.is_empty() { p { (ctx.t("roles-none")) } }
        ul class="card-list" {
            @for r in &roles {
                li class="card" {
                    h2 { a href=(format!("{url}/{}", r.role.id)) { (r.role.title) } }
                    p { strong { (ctx.t("roles-asks")) ": " } (r.role.time_ask) @if !r.role.skills.is_empty() { " · " (r.role.skills.join(", ")) } }
                    p { strong { (ctx.t("roles-gives-back")) ": " } (r.role.gives_back.iter().map(|g| choice_label(ctx, "give-back", *g)).collect::<Vec<_>>().join(", ")) }
                    p { (ctx.ta("roles-places", &[("shifts", Arg::Num(r.upcoming as i64)), ("left", Arg::Num(r.places_left))])) }
                }
            }
        }
        @if staff {
            section aria-labelledby="role-new-h" class="panel" {
                h2 id="role-new-h" { (ctx.t("roles-new")) }
                form method="post" action=(url.clone()) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.text("title", &ctx.t("roles-field-title"), &typed(&failed, "role", "title", ""), FieldOpts::required().max(TITLE_MAX)))
                    (f.textarea("description", &ctx.t("roles-field-description"), &typed(&failed, "role", "description", ""), FieldOpts::required().max(LONG_TEXT_MAX).rows(3)))
                    (f.text("time_ask", &ctx.t("roles-field-time"), &typed(&failed, "role", "time_ask", ""), FieldOpts::required().max(SUMMARY_MAX)))
                    (f.text("skills", &ctx.t("roles-field-skills"), &typed(&failed, "role", "skills", ""), FieldOpts::default().hint(ctx.t("roles-field-tags-hint"))))
                    (f.text("languages", &ctx.t("roles-field-languages"), &typed(&failed, "role", "languages", ""), FieldOpts::default().hint(ctx.t("roles-field-tags-hint"))))
                    div class="checkbox" {
                        input type="checkbox" id="f-role-safeguarding" name="safeguarding" value="1" checked[!typed(&failed, "role", "safeguarding", "").is_empty()];
                        label for="f-role-safeguarding" { (ctx.t("roles-field-safeguarding")) }
                    }
                    div class="checkbox" {
                        input type="checkbox" id="f-role-pupils" name="pupils" value="1" checked[!typed(&failed, "role", "pupils", "").is_empty()];
                        label for="f-role-pupils" { (ctx.t("roles-field-pupils")) }
                    }
                    fieldset class="field" id="f-role-gives_back" {
                        legend { (ctx.t("roles-gives-back")) }
                        @for g in GiveBack::ALL {
                            div class="checkbox" {
                                input type="checkbox" id=(format!("f-give-{}", g.key())) name="gives_back" value=(g.key()) checked[chosen.iter().any(|c| c == g.key())];
                                label for=(format!("f-give-{}", g.key())) { (choice_label(ctx, "give-back", *g)) }
                            }
                        }
                    }
                    (f.text("gives_back_detail", &ctx.t("roles-field-gives-back-detail"), &typed(&failed, "role", "gives_back_detail", ""), FieldOpts::default().max(SUMMARY_MAX)))
                    button type="submit" class="button" { (ctx.t("roles-new")) }
                }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body)
        .crumbs(shell::crumbs(ctx, access, i, Section::Accountability))
        .status(status)
        .render(ctx))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let input = RoleInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        skills: form.get("skills").to_owned(),
        languages: form.get("languages").to_owned(),
        time_ask: form.get("time_ask").to_owned(),
        safeguarding: !form.get("safeguarding").is_empty(),
        pupils: !form.get("pupils").is_empty(),
        gives_back: form.all("gives_back"),
        gives_back_detail: form.get("gives_back_detail").to_owned(),
    };
    match rosters::create_role(&state.svc, &access, &i, &input, ctx.now).await {
        Ok(id) => Ok(redirect_with_flash(&ctx, &format!("{}/{id}", base(&access, &i)), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_list(&state, &ctx, &access, &i, Some(Failed { form: "role".into(), errors, values: &form })).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn hours_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let text = rosters::hours_csv(&state.svc, &access, &i).await?;
    let name = format!("attachment; filename=\"{}-hours.csv\"", i.slug);
    Ok(([(header::CONTENT_TYPE, String::from("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, name)], text)
        .into_response())
}

type RoleArgs = (String, String, i64);

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<RoleArgs>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    render(&state, &ctx, &access, &i, id, None).await
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    id: i64,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let v = rosters::role_view(&state.svc, access, i, id, ctx.now).await?;
    let r = &v.role;
    let url = format!("{}/{id}", base(access, i));
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let form = failed.as_ref().map_or("", |f| f.form.as_str());
    let fs = Fields::with_prefix(ctx, if form == "shift" { errors } else { &empty }, "shift");
    let supervisors: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("roles-no-supervisor")))
        .chain(v.supervisors.iter().map(|(u, n)| (u.to_string(), n.clone())))
        .collect();
    let body = html! {
        p class="context" { a href=(base(access, i)) { (ctx.t("roles-title")) } " · " a href=(shell::base_url(access, i)) { (i.title) } }
        h1 { (r.title) }
        (paragraphs(&r.description))
        dl class="facts" {
            dt { (ctx.t("roles-asks")) } dd { (r.time_ask) }
            @if !r.skills.is_empty() { dt { (ctx.t("roles-field-skills")) } dd { (r.skills.join(", ")) } }
            @if !r.languages.is_empty() { dt { (ctx.t("roles-field-languages")) } dd { (r.languages.join(", ")) } }
            dt { (ctx.t("roles-gives-back")) } dd { (r.gives_back.iter().map(|g| choice_label(ctx, "give-back", *g)).collect::<Vec<_>>().join(", ")) @if !r.gives_back_detail.is_empty() { " — " (r.gives_back_detail) } }
        }
        @if r.safeguarding { p class="hint" { (ctx.t("roles-safeguarding-note")) } }
        @if r.pupils { p class="hint" { (ctx.t("roles-pupils-note")) } }
        (error_summary_in(ctx, errors, &[], form))
        @if v.my_minutes > 0 || !v.my_promises.is_empty() {
            section aria-labelledby="mine-h" class="panel" {
                h2 id="mine-h" { (ctx.t("roles-your-time")) }
                p { (ctx.ta("roles-your-hours", &[("hours", Arg::Str(hours(v.my_minutes)))])) }
                ul { @for p in &v.my_promises {
                    li { (choice_label(ctx, "give-back", p.kind)) ": " (ctx.t(if p.delivered_at.is_some() { "roles-promise-kept" } else { "roles-promise-open" })) }
                } }
            }
        }
        section aria-labelledby="shifts-h" {
            h2 id="shifts-h" { (ctx.t("roles-shifts")) }
            @if v.shifts.is_empty() { p { (ctx.t("roles-shifts-none")) } }
            @for s in &v.shifts {
                @let sid = s.shift.id;
                article class="card" aria-labelledby=(format!("shift-{sid}")) {
                    h3 id=(format!("shift-{sid}")) { (human_moment(ctx, s.shift.starts_at)) "–" (human_time(ctx, s.shift.ends_at)) }
                    p { (s.shift.location) @if let Some(n) = &s.shift.supervisor { " · " (ctx.ta("roles-supervised-by", &[("name", Arg::Str(n.clone()))])) } }
                    p { (ctx.ta("events-places-left", &[("left", Arg::Num(s.left)), ("capacity", Arg::Num(s.shift.capacity))])) }
                    @if s.shift.starts_at > ctx.now && access.can_participate() {
                        @if s.mine {
                            p role="status" { (ctx.t("roles-you-signed-up")) }
                            form method="post" action=(format!("{url}/shifts/{sid}/cancel")) {
                                (csrf_field(ctx))
                                button type="submit" class="button secondary" { (ctx.t("meetings-cancel-registration")) }
                            }
                        } @else if s.left > 0 {
                            form method="post" action=(format!("{url}/shifts/{sid}/signup")) {
                                (csrf_field(ctx))
                                button type="submit" class="button" aria-label=(format!("{} {}", ctx.t("roles-sign-up"), human_moment(ctx, s.shift.starts_at))) { (ctx.t("roles-sign-up")) }
                            }
                        } @else { p { (ctx.t("error-shift-full")) } }
                    }
                    @if v.staff && !s.signups.is_empty() {
                        h4 { (ctx.t("roles-signed-up")) }
                        ul {
                            @for g in &s.signups {
                                @let hf = format!("hours-{}", g.id);
                                @let fh = Fields::with_prefix(ctx, if form == hf { errors } else { &empty }, &hf);
                                li {
                                    (g.name)
                                    @if let Some(m) = g.minutes { " · " (ctx.ta("roles-hours-given", &[("hours", Arg::Str(hours(m)))])) }
                                    @else {
                                        form method="post" action=(format!("{url}/signups/{}/hours", g.id)) class="stack" novalidate {
                                            (csrf_field(ctx))
                                            (fh.text("hours", &ctx.ta("roles-hours-for", &[("name", Arg::Str(g.name.clone()))]), &typed(&failed, &hf, "hours", ""), FieldOpts::required().hint(ctx.t("roles-hours-hint"))))
                                            button type="submit" class="button secondary small" { (ctx.t("roles-record-hours")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @if v.staff && !s.matches.is_empty() {
                        h4 { (ctx.t("roles-suggestions")) }
                        ul {
                            @for (_, name, m) in &s.matches {
                                li { (name) ": "
                                    (m.skills.iter().chain(m.languages.iter()).cloned().collect::<Vec<_>>().join(", "))
                                    @if m.available { " · " (ctx.t("roles-usually-free")) } }
                            }
                        }
                    }
                }
            }
        }
        @if v.staff {
            @if !v.promises.is_empty() {
                section aria-labelledby="promises-h" {
                    h2 id="promises-h" { (ctx.t("roles-promises")) }
                    (data_table(ctx, &ctx.t("roles-promises"), "data", html! {
                        thead { tr { th scope="col" { (ctx.t("meetings-person")) } th scope="col" { (ctx.t("roles-gives-back")) } th scope="col" { (ctx.t("roles-promised-on")) } th scope="col" { (ctx.t("meetings-status")) } } }
                        tbody {
                            @for p in &v.promises {
                                tr {
                                    th scope="row" { (p.name) }
                                    td { (choice_label(ctx, "give-back", p.kind)) }
                                    td { (rosters::promised_on(p)) }
                                    td {
                                        @if p.delivered_at.is_some() { (ctx.t("roles-promise-kept")) }
                                        @else {
                                            form method="post" action=(format!("{url}/promises/deliver")) class="inline-form" {
                                                (csrf_field(ctx))
                                                input type="hidden" name="user" value=(p.user_id);
                                                input type="hidden" name="kind" value=(p.kind.key());
                                                button type="submit" class="button secondary small" aria-label=(format!("{}: {} ({})", ctx.t("roles-mark-kept"), p.name, choice_label(ctx, "give-back", p.kind))) { (ctx.t("roles-mark-kept")) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }))
                }
            }
            form method="post" action=(format!("{url}/shifts")) novalidate class="stack panel" {
                h2 { (ctx.t("roles-add-shift")) }
                (csrf_field(ctx))
                (fs.text("starts_at", &ctx.t("meetings-field-starts"), &typed(&failed, "shift", "starts_at", ""), FieldOpts::required().kind("datetime-local")))
                (fs.text("ends_at", &ctx.t("meetings-field-ends"), &typed(&failed, "shift", "ends_at", ""), FieldOpts::required().kind("datetime-local")))
                (fs.text("capacity", &ctx.t("meetings-field-capacity"), &typed(&failed, "shift", "capacity", "4"), FieldOpts::required().kind("number")))
                (fs.text("location", &ctx.t("meetings-field-location"), &typed(&failed, "shift", "location", ""), FieldOpts::required()))
                (fs.select("supervisor", &ctx.t("roles-supervisor"), &supervisors, &typed(&failed, "shift", "supervisor", ""), FieldOpts::default().hint(ctx.t("roles-supervisor-hint"))))
                button type="submit" class="button secondary" { (ctx.t("roles-add-shift")) }
            }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let mut crumbs = shell::crumbs(ctx, access, i, Section::Accountability);
    crumbs.push(crumb(ctx.t("roles-title"), base(access, i)));
    Ok(Page::new(&r.title, body).crumbs(crumbs).status(status).render(ctx))
}

#[allow(clippy::too_many_arguments)]
async fn after(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    i: &Initiative,
    id: i64,
    form: &str,
    values: &FormPairs,
    result: tandem_service::Result<()>,
    flash: &'static str,
) -> AppResult<Response> {
    match result {
        Ok(()) => Ok(redirect_with_flash(ctx, &format!("{}/{id}#shifts-h", base(access, i)), flash)),
        Err(Error::Invalid(errors)) => {
            render(state, ctx, access, i, id, Some(Failed { form: form.to_owned(), errors, values })).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn add_shift(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<RoleArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let fields = (form.get("starts_at"), form.get("ends_at"), form.get("capacity"), form.get("location"));
    let r = rosters::add_shift(&state.svc, &access, &i, id, fields, form.get("supervisor"), ctx.now).await.map(|_| ());
    after(&state, &ctx, &access, &i, id, "shift", &form, r, "flash-saved").await
}

pub async fn sign_up(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, shift)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    rosters::sign_up(&state.svc, &access, &i, id, shift, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}#shift-{shift}", base(&access, &i)), "flash-signed-up"))
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, shift)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    rosters::cancel(&state.svc, &access, &i, id, shift, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}#shift-{shift}", base(&access, &i)), "flash-registration-cancelled"))
}

pub async fn record_hours(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id, signup)): Path<(String, String, i64, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let path = format!("{}/{id}", base(&access, &i));
    let r = rosters::record_hours(&state.svc, &access, &i, id, signup, form.get("hours"), &path, ctx.now).await;
    after(&state, &ctx, &access, &i, id, &format!("hours-{signup}"), &form, r, "flash-hours-recorded").await
}

pub async fn deliver(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug, id)): Path<RoleArgs>,
    form: FormPairs,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    rosters::deliver(&state.svc, &access, &i, id, form.get("user"), form.get("kind"), ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("{}/{id}#promises-h", base(&access, &i)), "flash-promise-kept"))
}

pub async fn strengths(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_strengths(&state, &ctx, &access, None).await
}

async fn render_strengths(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let p = rosters::my_profile(&state.svc, access).await?.unwrap_or_default();
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let f = Fields::with_prefix(ctx, errors, "strengths");
    let title = ctx.t("strengths-title");
    let url = format!("/c/{}/strengths", access.community.slug);
    let chosen: Vec<String> = match &failed {
        Some(f) => f.values.all("availability"),
        None => p.availability.iter().map(|a| a.key().to_owned()).collect(),
    };
    let shared = match &failed {
        Some(f) => !f.values.get("shared").is_empty(),
        None => p.shared,
    };
    let body = html! {
        h1 { (title) }
        p { (ctx.t("strengths-lead")) }
        (error_summary_in(ctx, errors, &[], "strengths"))
        form method="post" action=(url.clone()) novalidate class="stack" {
            (csrf_field(ctx))
            (f.text("skills", &ctx.t("strengths-skills"), &typed(&failed, "strengths", "skills", &p.skills.join(", ")), FieldOpts::default().hint(ctx.t("roles-field-tags-hint"))))
            (f.textarea("strengths", &ctx.t("strengths-strengths"), &typed(&failed, "strengths", "strengths", &p.strengths), FieldOpts::default().max(SUMMARY_MAX).rows(3).hint(ctx.t("strengths-strengths-hint"))))
            (f.text("languages", &ctx.t("strengths-languages"), &typed(&failed, "strengths", "languages", &p.languages.join(", ")), FieldOpts::default().hint(ctx.t("roles-field-tags-hint"))))
            fieldset class="field" id="f-strengths-availability" {
                legend { (ctx.t("strengths-availability")) }
                @for a in Availability::ALL {
                    div class="checkbox" {
                        input type="checkbox" id=(format!("f-avail-{}", a.key())) name="availability" value=(a.key()) checked[chosen.iter().any(|c| c == a.key())];
                        label for=(format!("f-avail-{}", a.key())) { (choice_label(ctx, "availability", *a)) }
                    }
                }
            }
            div class="checkbox" {
                input type="checkbox" id="f-strengths-shared" name="shared" value="1" checked[shared];
                label for="f-strengths-shared" { (ctx.t("strengths-shared")) }
            }
            button type="submit" class="button" { (ctx.t("form-save")) }
        }
        form method="post" action=(format!("{url}/delete")) {
            (csrf_field(ctx))
            button type="submit" class="button secondary" { (ctx.t("strengths-delete")) }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

pub async fn save_strengths(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = ProfileInput {
        skills: form.get("skills").to_owned(),
        strengths: form.get("strengths").to_owned(),
        languages: form.get("languages").to_owned(),
        availability: form.all("availability"),
        shared: !form.get("shared").is_empty(),
    };
    match rosters::save_profile(&state.svc, &access, &input, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/strengths"), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_strengths(&state, &ctx, &access, Some(Failed { form: "strengths".into(), errors, values: &form }))
                .await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete_strengths(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    rosters::delete_profile(&state.svc, &access).await?;
    Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/strengths"), "flash-strengths-deleted"))
}

pub async fn safeguarding(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_safeguarding(&state, &ctx, &access, None).await
}

async fn render_safeguarding(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    failed: Option<Failed<'_>>,
) -> AppResult<Response> {
    let checks = rosters::checks(&state.svc, access).await?;
    let people = tandem_service::actions::candidates(&state.svc, access).await?;
    let empty = Invalid::default();
    let errors = failed.as_ref().map_or(&empty, |f| &f.errors);
    let f = Fields::with_prefix(ctx, errors, "check");
    let title = ctx.t("safeguarding-title");
    let opts: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("bodies-choose-person")))
        .chain(people.iter().map(|(u, n, _)| (u.to_string(), n.clone())))
        .collect();
    let body = html! {
        h1 { (title) }
        p { (ctx.t("safeguarding-lead")) }
        (error_summary_in(ctx, errors, &[], "check"))
        @if checks.is_empty() { p { (ctx.t("safeguarding-none")) } }
        @else {
            (data_table(ctx, &title, "data", html! {
                thead { tr { th scope="col" { (ctx.t("meetings-person")) } th scope="col" { (ctx.t("meetings-status")) } th scope="col" { (ctx.t("safeguarding-expires")) } } }
                tbody { @for c in &checks { tr {
                    th scope="row" { (c.name) }
                    td { (choice_label(ctx, "check-status", c.status)) }
                    td { (c.expires_on.map(iso_date).unwrap_or_default()) }
                } } }
            }))
        }
        form method="post" action=(format!("/c/{}/safeguarding", access.community.slug)) novalidate class="stack panel" {
            h2 { (ctx.t("safeguarding-record")) }
            (csrf_field(ctx))
            (f.select("user", &ctx.t("meetings-person"), &opts, &typed(&failed, "check", "user", ""), FieldOpts::required()))
            (f.choice("status", &ctx.t("meetings-status"), "check-status", CheckStatus::parse(&typed(&failed, "check", "status", "cleared")), FieldOpts::required()))
            (f.text("expires_on", &ctx.t("safeguarding-expires"), &typed(&failed, "check", "expires_on", ""), FieldOpts::default().kind("date").hint(ctx.t("date-hint"))))
            button type="submit" class="button" { (ctx.t("safeguarding-record")) }
        }
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(crumbs(ctx, access)).status(status).render(ctx))
}

pub async fn record_check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match rosters::record_check(
        &state.svc,
        &access,
        form.get("user"),
        form.get("status"),
        form.get("expires_on"),
        ctx.now,
    )
    .await
    {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/safeguarding"), "flash-saved")),
        Err(Error::Invalid(errors)) => {
            render_safeguarding(&state, &ctx, &access, Some(Failed { form: "check".into(), errors, values: &form }))
                .await
        }
        Err(e) => Err(e.into()),
    }
}
