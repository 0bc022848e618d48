//! "Who takes part": participants against the community's baseline, the
//! spread of voice, and the alerts with a way to act; the baselines and the
//! settings behind them; and each member's own profile.

use axum::{
    extract::{Multipart, Path, Query, State},
    http::{HeaderMap, StatusCode, header},
    response::Response,
};
use maud::{Markup, html};
use serde::Deserialize;
use tandem_decide::representation::{Alert, Dimension, Report};
use tandem_domain::{
    Invalid,
    representation::{BASELINE_HEADER, DimensionKey, PREFER_NOT_TO_SAY},
    time::iso_date,
};
use tandem_service::{
    Access, Error,
    i18n::Arg,
    invitations,
    representation::{self as who, BaselineInput, Focus, Period, SettingsInput, WhoTakesPart},
};

use crate::{
    access, charts,
    context::Ctx,
    error::AppResult,
    forms::FormPairs,
    html::{
        FieldOpts, Fields, Page, crumb, csrf_field, data_table, error_summary, error_summary_in, field_message, figure,
    },
    labels::{alert_message, dimension_label, group_label},
    pages::{
        human_day, redirect_with_flash,
        shell::{self, Section},
    },
    state::AppState,
};

#[derive(Deserialize, Default)]
pub struct WhoQuery {
    #[serde(default)]
    pub focus: String,
    #[serde(default)]
    pub school: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

/// A share, or a dash where there is none to show.
fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), crate::labels::percent)
}

fn ratio(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), |x| format!("{x:.2}"))
}

/// Where a facilitator acts on a gap: the community's outreach form, aimed at the group.
fn act_link(access: &Access, dimension: &str, group: &str) -> String {
    format!(
        "/c/{}/baselines?aim_dimension={}&aim_group={}#outreach",
        access.community.slug,
        crate::html::encode_query(dimension),
        crate::html::encode_query(group)
    )
}

/// The alerts with their plain-language explanation, and for staff a link
/// to act. Gaps are gathered per dimension (one line naming each group), so
/// a dimension with many small groups does not bury the rest.
pub fn alerts_list(ctx: &Ctx, access: &Access, w: &WhoTakesPart) -> Markup {
    let alerts = &w.current.alerts;
    let mut gap_dimensions: Vec<&str> = Vec::new();
    for a in alerts {
        if let Alert::Gap { dimension, .. } = a
            && !gap_dimensions.contains(&dimension.as_str())
        {
            gap_dimensions.push(dimension);
        }
    }
    let act = |dimension: &str, group: &str| {
        html! {
            @if access.can_facilitate() {
                " (" a href=(act_link(access, dimension, group)) { (ctx.t("who-act")) } ")"
            }
        }
    };
    html! {
        @if alerts.is_empty() {
            p { (ctx.t("who-no-alerts")) }
        } @else {
            ul class="findings" {
                @for d in &gap_dimensions {
                    li {
                        (ctx.ta("who-alert-gaps", &[("dimension", Arg::Str(dimension_label(ctx, d)))]))
                        ul {
                            @for a in alerts {
                                @if let Alert::Gap { dimension, group, impact_ratio } = a {
                                    @if dimension == d {
                                        li {
                                            (ctx.ta("who-alert-gap-group", &[
                                                ("group", Arg::Str(group_label(ctx, dimension, group, &w.groups, &w.schools))),
                                                ("percent", Arg::Str(percent(Some(*impact_ratio)))),
                                            ]))
                                            (act(dimension, group))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @for a in alerts.iter().filter(|a| !matches!(a, Alert::Gap { .. })) {
                    li {
                        (alert_message(ctx, a, w))
                        @if let Alert::Absent { dimension, group } = a { (act(dimension, group)) }
                    }
                }
            }
        }
    }
}

fn dimension_section(
    ctx: &Ctx,
    access: &Access,
    d: &Dimension,
    previous: Option<&Dimension>,
    w: &WhoTakesPart,
    n: usize,
) -> Markup {
    let t = access.community.threshold;
    let name = dimension_label(ctx, &d.dimension);
    let id = format!("dim-{n}");
    let labels: Vec<String> =
        d.groups.iter().map(|g| group_label(ctx, &d.dimension, &g.group, &w.groups, &w.schools)).collect();
    let rows: Vec<(String, Option<f64>, Option<f64>)> =
        d.groups.iter().zip(&labels).map(|(g, l)| (l.clone(), g.share, g.baseline_share)).collect();
    let before = |group: &str| previous.and_then(|p| p.groups.iter().find(|g| g.group == group)).and_then(|g| g.share);
    html! {
        section aria-labelledby=(format!("{id}-h")) {
            h3 id=(format!("{id}-h")) { (name) }
            @if !d.shown {
                p { (ctx.ta("who-dimension-hidden", &[("threshold", Arg::Num(t.get()))])) }
            } @else {
                p class="meta" {
                    (ctx.ta("who-dissimilarity", &[("value", Arg::Str(percent(d.dissimilarity)))]))
                    " · "
                    (ctx.t("who-unknown")) ": " (d.unknown.map_or_else(|| ctx.t("privacy-protecting"), |u| u.to_string()))
                }
                (charts::share_bars(ctx, &format!("{id}-chart"), &ctx.ta("who-chart-title", &[("dimension", Arg::Str(name.clone()))]), &ctx.t("who-chart-desc"), &rows))
                (data_table(ctx, &ctx.ta("who-table-caption", &[("dimension", Arg::Str(name.clone()))]), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("who-col-group")) }
                        th scope="col" class="num" { (ctx.t("who-col-baseline")) }
                        th scope="col" class="num" { (ctx.t("who-col-baseline-share")) }
                        th scope="col" class="num" { (ctx.t("who-col-participants")) }
                        th scope="col" class="num" { (ctx.t("who-col-share")) }
                        @if previous.is_some() { th scope="col" class="num" { (ctx.t("who-col-share-before")) } }
                        th scope="col" class="num" { (ctx.t("who-col-ratio")) }
                        th scope="col" class="num" { (ctx.t("who-col-rate")) }
                        th scope="col" class="num" { (ctx.t("who-col-impact")) }
                        th scope="col" class="num" { (ctx.t("who-col-voice")) }
                    } }
                    tbody { @for (g, label) in d.groups.iter().zip(&labels) { tr {
                        th scope="row" { (label) @if g.flagged { " " span class="tag warn" { (ctx.t("who-flag")) } } }
                        td class="num" { (g.baseline) }
                        td class="num" { (percent(g.baseline_share)) }
                        td class="num" { (figure(ctx, g.cell, t)) }
                        td class="num" { (percent(g.share)) }
                        @if previous.is_some() { td class="num" { (percent(before(&g.group))) } }
                        td class="num" { (ratio(g.ratio)) }
                        td class="num" {
                            (percent(g.rate))
                            @if let (Some(lo), Some(hi)) = (g.rate_low, g.rate_high) {
                                " " span class="meta" { "(" (percent(Some(lo))) "–" (percent(Some(hi))) ")" }
                            }
                        }
                        td class="num" { (ratio(g.impact_ratio)) }
                        td class="num" { (percent(g.contribution_share)) }
                    } } }
                }))
            }
        }
    }
}

fn voice_section(ctx: &Ctx, access: &Access, r: &Report) -> Markup {
    html! {
        section aria-labelledby="voice-h" {
            h2 id="voice-h" { (ctx.t("who-voice")) }
            p { (ctx.t("who-voice-lead")) }
            @match &r.voice {
                None => p { (ctx.ta("who-voice-few", &[("threshold", Arg::Num(access.community.threshold.get()))])) },
                Some(v) => {
                    dl class="facts" {
                        dt { (ctx.t("who-participants")) } dd { (v.participants) }
                        dt { (ctx.t("who-contributions")) } dd { (v.contributions) }
                        dt { (ctx.t("who-gini")) } dd { (ratio(v.gini)) }
                        dt { (ctx.t("who-hoover")) } dd { (percent(v.hoover)) }
                        dt { (ctx.t("who-top10")) } dd { (percent(v.top10_share)) }
                    }
                    @if !v.lorenz.is_empty() {
                        (charts::lorenz(ctx, "lorenz", &ctx.t("who-lorenz-title"), &ctx.t("who-lorenz-desc"), &v.lorenz))
                        @let deciles: Vec<&(f64, f64)> = v.lorenz.iter().filter(|(x, _)| ((x * 10.0).round() - x * 10.0).abs() < 1e-9).collect();
                        (data_table(ctx, &ctx.t("who-lorenz-caption"), "data", html! {
                            thead { tr { th scope="col" { (ctx.t("who-lorenz-x")) } th scope="col" class="num" { (ctx.t("who-lorenz-y")) } } }
                            tbody { @for (x, y) in deciles { tr { th scope="row" { (percent(Some(*x))) } td class="num" { (percent(Some(*y))) } } } }
                        }))
                    }
                }
            }
        }
    }
}

/// The whole report below the period form.
fn report(ctx: &Ctx, access: &Access, w: &WhoTakesPart) -> Markup {
    let t = access.community.threshold;
    let previous = w.previous.as_ref();
    html! {
        @if let (Some(from), Some(to)) = (w.period.from, w.period.to) {
            p { strong { (ctx.ta("who-period", &[
                ("from", Arg::Str(human_day(ctx, from))),
                ("to", Arg::Str(human_day(ctx, to))),
            ])) } }
        }
        @if let Some((p, _)) = previous {
            p class="meta" { (ctx.ta("who-previous", &[
                ("from", Arg::Str(p.from.map(|d| human_day(ctx, d)).unwrap_or_default())),
                ("to", Arg::Str(p.to.map(|d| human_day(ctx, d)).unwrap_or_default())),
            ])) }
        }
        p class="meta" {
            (ctx.ta("who-privacy", &[("threshold", Arg::Num(t.get()))])) " "
            (ctx.ta("who-freshness", &[("seconds", Arg::Num(who::MEMO_SECONDS))]))
        }
        section aria-labelledby="alerts-h" {
            h2 id="alerts-h" { (ctx.t("who-alerts")) }
            (alerts_list(ctx, access, w))
        }
        section aria-labelledby="groups-h" {
            h2 id="groups-h" { (ctx.t("who-groups")) }
            @if w.baselines.is_empty() {
                p { (ctx.t("who-no-baseline")) " " a href=(format!("/c/{}/baselines", access.community.slug)) { (ctx.t("who-baselines-link")) } }
            }
            @for (n, d) in w.current.dimensions.iter().enumerate() {
                (dimension_section(ctx, access, d, previous.and_then(|(_, r)| r.dimensions.iter().find(|x| x.dimension == d.dimension)), w, n))
            }
        }
        (voice_section(ctx, access, &w.current))
        @if !w.baselines.is_empty() {
            section aria-labelledby="sources-h" {
                h2 id="sources-h" { (ctx.t("who-sources")) }
                ul { @for b in &w.baselines {
                    li { (dimension_label(ctx, &b.dimension)) ": " (b.source) " (" (human_day(ctx, b.as_of)) ")" }
                } }
            }
        }
    }
}

/// What the health view and the authorization packet say about who takes
/// part: the alerts over the initiative's life, then (in the packet) each
/// shown dimension's shares against the community.
pub fn summary(
    ctx: &Ctx,
    access: &Access,
    i: &tandem_service::initiatives::Initiative,
    w: &WhoTakesPart,
    tables: bool,
) -> Markup {
    let base = shell::url(access, i, Section::Who);
    html! {
        (alerts_list(ctx, access, w))
        @if tables {
            @for d in w.current.dimensions.iter().filter(|d| d.shown) {
                @let name = dimension_label(ctx, &d.dimension);
                (data_table(ctx, &ctx.ta("who-table-caption", &[("dimension", Arg::Str(name.clone()))]), "data", html! {
                    thead { tr {
                        th scope="col" { (ctx.t("who-col-group")) }
                        th scope="col" class="num" { (ctx.t("who-col-share")) }
                        th scope="col" class="num" { (ctx.t("who-col-baseline-share")) }
                        th scope="col" class="num" { (ctx.t("who-col-ratio")) }
                    } }
                    tbody { @for g in &d.groups { tr {
                        th scope="row" { (group_label(ctx, &d.dimension, &g.group, &w.groups, &w.schools)) }
                        td class="num" { (percent(g.share)) }
                        td class="num" { (percent(g.baseline_share)) }
                        td class="num" { (ratio(g.ratio)) }
                    } } }
                }))
            }
            @if let Some(v) = &w.current.voice {
                p { (ctx.t("who-gini")) ": " (ratio(v.gini)) " · " (ctx.t("who-top10")) ": " (percent(v.top10_share)) }
            }
        }
        p class="no-print" { a href=(base) { (ctx.t("section-who")) } }
    }
}

fn period_fields(ctx: &Ctx, access: &Access, q: &WhoQuery, errors: &Invalid) -> Markup {
    let f = Fields::new(ctx, errors);
    let hint = if access.can_facilitate() { ctx.t("date-hint") } else { ctx.t("who-period-months") };
    html! {
        (f.text("from", &ctx.t("who-from"), &q.from, FieldOpts::default().kind("date").hint(hint)))
        (f.text("to", &ctx.t("who-to"), &q.to, FieldOpts::default().kind("date")))
    }
}

/// "Who takes part" in an initiative or one of its processes.
pub async fn initiative_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, islug)): Path<(String, String)>,
    Query(q): Query<WhoQuery>,
) -> AppResult<Response> {
    let (access, i) = access::initiative(&state, &ctx, &slug, &islug).await?;
    let focus = Focus::parse(&q.focus);
    let (period, errors) = match Period::parse(&q.from, &q.to) {
        Ok(p) => (p, Invalid::default()),
        Err(Error::Invalid(e)) => (Period::default(), e),
        Err(e) => return Err(e.into()),
    };
    let w = who::initiative_report(&state.svc, &access, &i, focus, period).await?;
    let (polls, budgets, conversations) = tokio::try_join!(
        tandem_service::polls::list(&state.svc, &i),
        tandem_service::budgets::list(&state.svc, &i),
        tandem_service::conversations::list(&state.svc, &i)
    )?;
    let mut options =
        vec![(String::new(), ctx.t("who-focus-initiative")), ("ideas".to_owned(), ctx.t("who-focus-ideas"))];
    options.extend(
        polls
            .iter()
            .map(|p| (Focus::Poll(p.id).key(), ctx.ta("who-focus-poll", &[("title", Arg::Str(p.title.clone()))]))),
    );
    options.extend(
        budgets
            .iter()
            .map(|b| (Focus::Budget(b.id).key(), ctx.ta("who-focus-budget", &[("title", Arg::Str(b.title.clone()))]))),
    );
    options.extend(conversations.iter().map(|c| {
        (Focus::Conversation(c.id).key(), ctx.ta("who-focus-conversation", &[("title", Arg::Str(c.topic.clone()))]))
    }));
    let title = ctx.t("section-who");
    let f = Fields::new(&ctx, &errors);
    let body = html! {
        (shell::header(&ctx, &access, &i, Section::Who, &title))
        p { (ctx.t("who-lead")) }
        (error_summary(&ctx, &errors, &[]))
        form method="get" action=(shell::url(&access, &i, Section::Who)) class="stack filters" {
            (f.select("focus", &ctx.t("who-focus"), &options, &focus.key(), FieldOpts::default()))
            (period_fields(&ctx, &access, &q, &errors))
            button type="submit" class="button secondary" { (ctx.t("who-show")) }
        }
        (report(&ctx, &access, &w))
        @if access.can_facilitate() {
            p { a href=(format!("{}#record", shell::url(&access, &i, Section::Engagement))) { (ctx.t("who-record-outreach")) } }
        }
        p { a href=(format!("/c/{}/who", access.community.slug)) { (ctx.t("who-community-link")) } }
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(Page::new(&title, body).crumbs(shell::crumbs(&ctx, &access, &i, Section::Who)).status(status).render(&ctx))
}

fn community_crumbs(ctx: &Ctx, access: &Access) -> Vec<crate::html::Crumb> {
    let c = &access.community;
    vec![crumb(ctx.t("nav-home"), "/"), crumb(c.name.clone(), format!("/c/{}", c.slug))]
}

/// "Who takes part" across the community, or among the members of one school.
pub async fn community_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<WhoQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let schools = tandem_service::community::schools(&state.svc, &access).await?;
    let school = schools.iter().find(|s| s.slug == q.school).map(|s| s.id);
    let (period, errors) = match Period::parse(&q.from, &q.to) {
        Ok(p) => (p, Invalid::default()),
        Err(Error::Invalid(e)) => (Period::default(), e),
        Err(e) => return Err(e.into()),
    };
    let w = who::community_report(&state.svc, &access, school, period).await?;
    let title = ctx.ta("who-community-title", &[("community", Arg::Str(access.community.name.clone()))]);
    let mut options = vec![(String::new(), ctx.t("who-whole-community"))];
    options.extend(schools.iter().map(|s| (s.slug.clone(), s.name.clone())));
    let f = Fields::new(&ctx, &errors);
    let body = html! {
        h1 { (title) }
        p { (ctx.t("who-community-lead")) }
        (error_summary(&ctx, &errors, &[]))
        form method="get" action=(format!("/c/{}/who", access.community.slug)) class="stack filters" {
            (f.select("school", &ctx.t("who-school"), &options, &q.school, FieldOpts::default()))
            (period_fields(&ctx, &access, &q, &errors))
            button type="submit" class="button secondary" { (ctx.t("who-show")) }
        }
        (report(&ctx, &access, &w))
        ul class="actions" {
            li { a href=(format!("/c/{}/baselines", access.community.slug)) { (ctx.t("who-baselines-link")) } }
            @if access.is_member() && !access.is_protected() {
                li { a href=(format!("/c/{}/profile", access.community.slug)) { (ctx.t("profile-title")) } }
            }
        }
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(Page::new(&title, body).crumbs(community_crumbs(&ctx, &access)).status(status).render(&ctx))
}

#[derive(Deserialize, Default)]
pub struct AimQuery {
    #[serde(default)]
    pub aim_dimension: String,
    #[serde(default)]
    pub aim_group: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BaselineForm {
    Set,
    Import,
    Settings,
    Outreach,
}

struct Outcome {
    failed: Option<(BaselineForm, Invalid)>,
    values: FormPairs,
    notice: Option<String>,
    link: Option<String>,
}

impl Outcome {
    fn none() -> Outcome {
        Outcome { failed: None, values: FormPairs(Vec::new()), notice: None, link: None }
    }

    /// A form sent back with its problems and what was typed.
    fn failed(form: BaselineForm, errors: Invalid, values: FormPairs) -> Outcome {
        Outcome { failed: Some((form, errors)), values, ..Outcome::none() }
    }
}

/// The community's baselines (public: aggregate statistics with their
/// source) and, for staff, the forms to set them, the settings and outreach.
pub async fn baselines_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<AimQuery>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let mut values = FormPairs(Vec::new());
    values.0.push(("aim".to_owned(), format!("{}\u{1f}{}", q.aim_dimension, q.aim_group)));
    render_baselines(&state, &ctx, &access, Outcome { values, ..Outcome::none() }).await
}

async fn render_baselines(state: &AppState, ctx: &Ctx, access: &Access, o: Outcome) -> AppResult<Response> {
    let baselines = who::baselines(&state.svc, access).await?;
    let settings = who::settings(&state.svc, access).await?;
    let groups = tandem_service::community::groups(&state.svc, access).await?;
    let schools = tandem_service::community::schools(&state.svc, access).await?;
    let staff = access.can_facilitate();
    let outreach = if staff { who::outreach(&state.svc, access).await? } else { Vec::new() };
    let title = ctx.t("baselines-title");
    let empty = Invalid::default();
    let errors_for = |form| match &o.failed {
        Some((f, e)) if *f == form => e,
        _ => &empty,
    };
    let v = |name: &str, default: &str| {
        let typed = o.values.get(name);
        if o.failed.is_some() || !typed.is_empty() { typed.to_owned() } else { default.to_owned() }
    };
    let school_name = |id: Option<i64>| match id {
        None => ctx.t("who-whole-community"),
        Some(id) => schools.iter().find(|s| s.id == id).map_or_else(String::new, |s| s.name.clone()),
    };
    let dimension_options: Vec<(String, String)> = DimensionKey::ALL
        .iter()
        .filter(|d| !d.sensitive() || settings.sensitive)
        .map(|d| (d.key().to_owned(), dimension_label(ctx, d.key())))
        .collect();
    let mut school_options = vec![(String::new(), ctx.t("who-whole-community"))];
    school_options.extend(schools.iter().map(|s| (s.id.to_string(), s.name.clone())));
    let mut aim_options: Vec<(String, String)> = Vec::new();
    for b in baselines.iter().filter(|b| b.school_id.is_none()) {
        for (g, _) in &b.groups {
            aim_options.push((
                format!("{}\u{1f}{}", b.dimension, g),
                format!(
                    "{}: {}",
                    dimension_label(ctx, &b.dimension),
                    group_label(ctx, &b.dimension, g, &groups, &schools)
                ),
            ));
        }
    }
    let a = &settings.alerts;
    let pct = |x: f64| format!("{:.0}", x * 100.0);
    let slug = &access.community.slug;
    let all_errors = o.failed.as_ref().map(|(_, e)| e).unwrap_or(&empty);
    let prefix = match o.failed.as_ref().map(|(f, _)| *f) {
        Some(BaselineForm::Import) => "import",
        Some(BaselineForm::Settings) => "settings",
        Some(BaselineForm::Outreach) => "outreach",
        _ => "set",
    };
    let body = html! {
        h1 { (title) }
        p { (ctx.t("baselines-lead")) }
        (error_summary_in(ctx, all_errors, &[], prefix))
        @if let Some(n) = &o.notice { p class="notice ok" role="status" { (n) } }
        @if baselines.is_empty() {
            p { (ctx.t("baselines-none")) }
        }
        @for b in &baselines {
            @let caption = format!("{} — {}", dimension_label(ctx, &b.dimension), school_name(b.school_id));
            section aria-label=(caption) {
                (data_table(ctx, &caption, "data", html! {
                    thead { tr { th scope="col" { (ctx.t("who-col-group")) } th scope="col" class="num" { (ctx.t("who-col-baseline")) } } }
                    tbody { @for (g, n) in &b.groups { tr { th scope="row" { (group_label(ctx, &b.dimension, g, &groups, &schools)) } td class="num" { (n) } } } }
                }))
                p class="meta" { (ctx.ta("baselines-source", &[("source", Arg::Str(b.source.clone())), ("date", Arg::Str(human_day(ctx, b.as_of)))])) }
                @if staff {
                    form method="post" action=(format!("/c/{slug}/baselines/{}/delete", b.id)) {
                        (csrf_field(ctx))
                        button type="submit" class="button secondary" { (ctx.ta("baselines-remove", &[("name", Arg::Str(caption.clone()))])) }
                    }
                }
            }
        }
        @if staff {
            @let f = Fields::with_prefix(ctx, errors_for(BaselineForm::Set), "set");
            section aria-labelledby="set-h" id="set" class="panel" {
                h2 id="set-h" { (ctx.t("baselines-set")) }
                form method="post" action=(format!("/c/{slug}/baselines")) novalidate class="stack" {
                    (csrf_field(ctx))
                    (f.select("dimension", &ctx.t("baselines-dimension"), &dimension_options, &v("dimension", ""), FieldOpts::required()))
                    (f.select("school", &ctx.t("who-school"), &school_options, &v("school", ""), FieldOpts::default()))
                    (f.textarea("rows", &ctx.t("baselines-rows"), &v("rows", ""), FieldOpts::required().rows(6).hint(ctx.t("baselines-rows-hint"))))
                    (f.text("source", &ctx.t("baselines-source-field"), &v("source", ""), FieldOpts::required().max(200).hint(ctx.t("baselines-source-hint"))))
                    (f.text("as_of", &ctx.t("baselines-as-of"), &v("as_of", &iso_date(ctx.zone().date(ctx.now))), FieldOpts::required().kind("date").hint(ctx.t("date-hint"))))
                    button type="submit" class="button" { (ctx.t("baselines-save")) }
                }
            }
            section aria-labelledby="import-h" id="import" class="panel" {
                h2 id="import-h" { (ctx.t("baselines-import")) }
                p { (ctx.ta("baselines-import-lead", &[("header", Arg::Str(BASELINE_HEADER.join(",")))])) }
                @let fi = Fields::with_prefix(ctx, errors_for(BaselineForm::Import), "import");
                form method="post" action=(format!("/c/{slug}/baselines/import")) enctype="multipart/form-data" class="stack" {
                    (csrf_field(ctx))
                    (fi.select("school", &ctx.t("who-school"), &school_options, "", FieldOpts::default()))
                    (fi.text("source", &ctx.t("baselines-source-field"), "", FieldOpts::required().max(200)))
                    (fi.text("as_of", &ctx.t("baselines-as-of"), &iso_date(ctx.zone().date(ctx.now)), FieldOpts::required().kind("date")))
                    div class=(if errors_for(BaselineForm::Import).0.iter().any(|e| e.field == "file") { "field field-error" } else { "field" }) {
                        label for="f-import-file" { (ctx.t("baselines-file")) }
                        @for e in errors_for(BaselineForm::Import).0.iter().filter(|e| e.field == "file") {
                            p class="field-problem" id="f-import-file-error" { (field_message(ctx, e)) }
                        }
                        input type="file" id="f-import-file" name="file" accept=".csv,text/csv";
                    }
                    button type="submit" class="button" { (ctx.t("baselines-import-submit")) }
                }
            }
            section aria-labelledby="outreach-h" id="outreach" class="panel" {
                h2 id="outreach-h" { (ctx.t("outreach-title")) }
                p { (ctx.t("outreach-lead")) }
                @if let Some(link) = &o.link {
                    div class="notice ok" role="status" {
                        p { label for="new-link" { (ctx.t("outreach-created")) } }
                        input id="new-link" type="text" readonly value=(link) class="code";
                    }
                }
                @if aim_options.is_empty() { p { (ctx.t("baselines-none")) } } @else {
                    @let fo = Fields::with_prefix(ctx, errors_for(BaselineForm::Outreach), "outreach");
                    form method="post" action=(format!("/c/{slug}/outreach")) novalidate class="stack" {
                        (csrf_field(ctx))
                        (fo.select("aim", &ctx.t("outreach-aim"), &aim_options, &v("aim", ""), FieldOpts::required()))
                        (fo.text("days", &ctx.t("invitations-field-days"), &v("days", ""), FieldOpts::default().kind("number")))
                        button type="submit" class="button" { (ctx.t("outreach-submit")) }
                    }
                }
                @if !outreach.is_empty() {
                    (data_table(ctx, &ctx.t("outreach-caption"), "data", html! {
                        thead { tr {
                            th scope="col" { (ctx.t("outreach-aim")) }
                            th scope="col" class="num" { (ctx.t("outreach-sent")) }
                            th scope="col" class="num" { (ctx.t("outreach-accepted")) }
                        } }
                        tbody { @for (d, g, created, accepted) in &outreach { tr {
                            th scope="row" { (dimension_label(ctx, d)) ": " (group_label(ctx, d, g, &groups, &schools)) }
                            td class="num" { (created) }
                            td class="num" { (accepted) }
                        } } }
                    }))
                }
                p { (ctx.t("outreach-record")) }
            }
        }
        @if access.can_administer() {
            @let fs = Fields::with_prefix(ctx, errors_for(BaselineForm::Settings), "settings");
            section aria-labelledby="settings-h" id="settings" class="panel" {
                h2 id="settings-h" { (ctx.t("who-settings")) }
                form method="post" action=(format!("/c/{slug}/who/settings")) novalidate class="stack" {
                    (csrf_field(ctx))
                    div class="field" {
                        input type="checkbox" id="f-sensitive" name="sensitive" value="1" checked[settings.sensitive];
                        " " label for="f-sensitive" { (ctx.t("who-settings-sensitive")) }
                    }
                    div class="field" {
                        input type="checkbox" id="f-staff-fill" name="staff_fill_pupils" value="1" checked[settings.staff_fill_pupils];
                        " " label for="f-staff-fill" { (ctx.t("who-settings-staff-fill")) }
                    }
                    (fs.text("impact_floor", &ctx.t("who-settings-impact"), &v("impact_floor", &pct(a.impact_ratio_floor)), FieldOpts::required().kind("number")))
                    (fs.text("min_baseline", &ctx.t("who-settings-min-baseline"), &v("min_baseline", &a.min_baseline.to_string()), FieldOpts::required().kind("number")))
                    (fs.text("capture_contributions", &ctx.t("who-settings-capture-contributions"), &v("capture_contributions", &pct(a.capture_contribution_share)), FieldOpts::required().kind("number")))
                    (fs.text("capture_participants", &ctx.t("who-settings-capture-participants"), &v("capture_participants", &pct(a.capture_participant_share)), FieldOpts::required().kind("number")))
                    (fs.text("top10_limit", &ctx.t("who-settings-top10"), &v("top10_limit", &pct(a.top10_limit)), FieldOpts::required().kind("number")))
                    button type="submit" class="button" { (ctx.t("form-save")) }
                }
            }
        }
        p { a href=(format!("/c/{slug}/who")) { (ctx.ta("who-community-title", &[("community", Arg::Str(access.community.name.clone()))])) } }
    };
    let status = if o.failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(Page::new(&title, body).crumbs(community_crumbs(ctx, access)).status(status).render(ctx))
}

pub async fn set_baseline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = BaselineInput {
        school_id: form.id("school")?,
        dimension: form.get("dimension").to_owned(),
        source: form.get("source").to_owned(),
        as_of: form.get("as_of").to_owned(),
        rows: form.get("rows").to_owned(),
    };
    match who::set_baseline(&state.svc, &access, &input, ctx.now).await {
        Ok(_) => Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/baselines"), "flash-saved")),
        Err(Error::Invalid(e)) => {
            render_baselines(&state, &ctx, &access, Outcome::failed(BaselineForm::Set, e, form)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The CSV upload; the anti-forgery token comes first and is checked before the file is read.
pub async fn import_baseline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    let (fields, file) = crate::forms::upload(
        &ctx,
        &headers,
        multipart,
        &["school", "source", "as_of"],
        tandem_service::engagement::MAX_CSV_BYTES,
    )
    .await?;
    let access = access::community(&state, &ctx, &slug).await?;
    let school = fields.id("school")?;
    let result = who::import_baseline(
        &state.svc,
        &access,
        school,
        fields.get("source"),
        fields.get("as_of"),
        &file,
        |_| {},
        ctx.now,
    )
    .await;
    match result {
        Ok(n) => {
            let notice = ctx.ta("baselines-imported", &[("count", Arg::from(n))]);
            render_baselines(&state, &ctx, &access, Outcome { notice: Some(notice), ..Outcome::none() }).await
        }
        Err(Error::Invalid(e)) => {
            render_baselines(&state, &ctx, &access, Outcome::failed(BaselineForm::Import, e, fields)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_baseline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    access.require_facilitator()?;
    if !crate::pages::confirm::confirmed(&form) {
        let back = format!("/c/{slug}/baselines");
        let c = crate::pages::confirm::Confirm {
            title: "baselines-remove-confirm",
            lead: "baselines-remove-consequence",
            button: "baselines-remove-button",
            action: &format!("/c/{slug}/baselines/{id}/delete"),
            back: &back,
            danger: true,
        };
        return Ok(crate::pages::confirm::page(&ctx, &c, &form));
    }
    who::remove_baseline(&state.svc, &access, id, ctx.now).await?;
    Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/baselines"), "flash-saved"))
}

pub async fn save_settings(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let input = SettingsInput {
        sensitive: form.get("sensitive") == "1",
        staff_fill_pupils: form.get("staff_fill_pupils") == "1",
        impact_floor_percent: form.get("impact_floor").to_owned(),
        min_baseline: form.get("min_baseline").to_owned(),
        capture_contributions_percent: form.get("capture_contributions").to_owned(),
        capture_participants_percent: form.get("capture_participants").to_owned(),
        top10_percent: form.get("top10_limit").to_owned(),
    };
    match who::set_settings(&state.svc, &access, &input, ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/baselines#settings"), "flash-saved")),
        Err(Error::Invalid(e)) => {
            render_baselines(&state, &ctx, &access, Outcome::failed(BaselineForm::Settings, e, form)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn invite_group(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    headers: HeaderMap,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let aim = form.get("aim").to_owned();
    let (dimension, group) = aim.split_once('\u{1f}').unwrap_or(("", ""));
    match who::invite_group(&state.svc, &access, dimension, group, form.get("days"), ctx.now).await {
        Ok(created) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            let link = invitations::link(&state.svc, host, &created.code);
            render_baselines(&state, &ctx, &access, Outcome { link: Some(link), ..Outcome::none() }).await
        }
        Err(Error::Invalid(e)) => {
            render_baselines(&state, &ctx, &access, Outcome::failed(BaselineForm::Outreach, e, form)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A member's own profile: optional, each question with "prefer not to say".
pub async fn profile_page(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    render_profile(&state, &ctx, &access, None, &Invalid::default()).await
}

/// For whom a profile form is: the member themself, or a pupil by staff.
#[derive(Clone, Copy)]
enum Whose {
    Own,
    Pupil(i64),
}

async fn render_profile(
    state: &AppState,
    ctx: &Ctx,
    access: &Access,
    typed: Option<&FormPairs>,
    errors: &Invalid,
) -> AppResult<Response> {
    if access.is_protected() {
        return Err(Error::Forbidden.into());
    }
    let questions = who::profile(&state.svc, access).await?;
    profile_form(ctx, access, Whose::Own, &questions, typed, errors)
}

fn profile_form(
    ctx: &Ctx,
    access: &Access,
    whose: Whose,
    questions: &[tandem_service::representation::Question],
    typed: Option<&FormPairs>,
    errors: &Invalid,
) -> AppResult<Response> {
    let slug = &access.community.slug;
    let (title, lead, action) = match whose {
        Whose::Own => (ctx.t("profile-title"), ctx.t("profile-lead"), format!("/c/{slug}/profile")),
        Whose::Pupil(id) => {
            (ctx.t("profile-pupil-title"), ctx.t("profile-pupil-lead"), format!("/c/{slug}/members/{id}/profile"))
        }
    };
    let body = html! {
        h1 { (title) }
        p { (lead) }
        (error_summary(ctx, errors, &[]))
        @if questions.is_empty() {
            p { (ctx.t("profile-none")) }
        } @else {
            form method="post" action=(action) class="stack" {
                (csrf_field(ctx))
                @for q in questions {
                    @let key = q.dimension.key();
                    @let chosen = typed.map(|t| t.get(key).to_owned()).or_else(|| q.answer.clone()).unwrap_or_default();
                    fieldset class="field" {
                        legend { (dimension_label(ctx, key)) }
                        @for (n, c) in q.choices.iter().enumerate() {
                            div { input type="radio" id=(format!("f-{key}-{n}")) name=(key) value=(c) checked[chosen == *c]; " " label for=(format!("f-{key}-{n}")) { (c) } }
                        }
                        div { input type="radio" id=(format!("f-{key}-pnts")) name=(key) value=(PREFER_NOT_TO_SAY) checked[chosen == PREFER_NOT_TO_SAY]; " " label for=(format!("f-{key}-pnts")) { (ctx.t("profile-prefer-not")) } }
                        div { input type="radio" id=(format!("f-{key}-none")) name=(key) value="" checked[chosen.is_empty()]; " " label for=(format!("f-{key}-none")) { (ctx.t("profile-no-answer")) } }
                    }
                }
                button type="submit" class="button" { (ctx.t("form-save")) }
            }
        }
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(Page::new(&title, body).crumbs(community_crumbs(ctx, access)).status(status).render(ctx))
}

/// A member's declared answers as a form gives them (dimension, group).
pub(crate) fn answers_of(form: &FormPairs) -> Vec<(String, String)> {
    DimensionKey::declared()
        .filter(|d| form.0.iter().any(|(k, _)| k == d.key()))
        .map(|d| (d.key().to_owned(), form.get(d.key()).to_owned()))
        .collect()
}

/// Staff record a pupil's answers where the community allows it: the form
/// never shows what was recorded before.
pub async fn pupil_profile_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    let questions = who::pupil_questions(&state.svc, &access).await?;
    profile_form(&ctx, &access, Whose::Pupil(id), &questions, None, &Invalid::default())
}

pub async fn save_pupil_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match who::set_pupil_profile(&state.svc, &access, id, &answers_of(&form), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/members"), "flash-saved")),
        Err(Error::Invalid(e)) => {
            let questions = who::pupil_questions(&state.svc, &access).await?;
            profile_form(&ctx, &access, Whose::Pupil(id), &questions, Some(&form), &e)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: FormPairs,
) -> AppResult<Response> {
    let access = access::community(&state, &ctx, &slug).await?;
    match who::set_profile(&state.svc, &access, &answers_of(&form), ctx.now).await {
        Ok(()) => Ok(redirect_with_flash(&ctx, &format!("/c/{slug}/profile"), "flash-saved")),
        Err(Error::Invalid(e)) => render_profile(&state, &ctx, &access, Some(&form), &e).await,
        Err(e) => Err(e.into()),
    }
}
