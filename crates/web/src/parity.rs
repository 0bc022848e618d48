//! API parity: every action a page offers has an API operation and the
//! reverse, and every API route is in the OpenAPI document. The routes are
//! read from the router's source (`lib.rs` for pages, `api/*.rs` for the
//! API), so a new route on one side fails this test until its counterpart
//! exists or it is added, with a reason, to a list of one-sided routes.

use std::{collections::BTreeSet, path::Path};

use utoipa::OpenApi;

/// Pages under an initiative and the API's matching prefix.
const I: &str = "/c/{community}/i/{initiative}";
const AI: &str = "/api/v1/communities/{community}/initiatives/{initiative}";
const A: &str = "/api/v1/communities/{community}";

/// (page route, API operation) pairs doing the same thing. A route may pair
/// with several operations (one page shows what the API serves in parts).
const PAIRS: &[(&str, &str)] = &[
    ("GET /", "GET /api/v1/communities"),
    ("GET /account", "GET /api/v1/me"),
    ("GET /account", "GET /api/v1/me/tokens"),
    ("POST /account/profile", "PUT /api/v1/me/profile"),
    ("POST /account/password", "PUT /api/v1/me/password"),
    ("POST /account/email", "POST /api/v1/me/email"),
    ("GET /account/second-factor", "POST /api/v1/me/second-factor"),
    ("POST /account/second-factor", "POST /api/v1/me/second-factor"),
    ("POST /account/second-factor/confirm", "POST /api/v1/me/second-factor/confirm"),
    ("POST /account/second-factor/recovery-codes", "POST /api/v1/me/second-factor/recovery-codes"),
    ("POST /account/second-factor/disable", "POST /api/v1/me/second-factor/disable"),
    ("POST /account/tokens", "POST /api/v1/me/tokens"),
    ("POST /account/tokens/{id}/revoke", "DELETE /api/v1/me/tokens/{id}"),
    ("POST /account/delivery", "PUT /api/v1/me/delivery"),
    ("GET /notifications", "GET /api/v1/notifications"),
    ("POST /notifications/read", "POST /api/v1/notifications/read"),
    ("GET /c/{community}", "GET A"),
    ("GET /c/{community}/initiatives", "GET A/initiatives"),
    ("POST /c/{community}/initiatives", "POST A/initiatives"),
    ("GET /c/{community}/queue", "GET A/queue"),
    ("GET /c/{community}/moderation", "GET A/moderation/flags"),
    ("GET /c/{community}/moderation", "GET A/moderation/log"),
    ("POST /c/{community}/moderation/{kind}/{id}", "POST A/moderation/{kind}/{id}"),
    ("GET /c/{community}/members", "GET A/members"),
    ("POST /c/{community}/members/{id}", "PUT A/members/{id}"),
    ("POST /c/{community}/members/{id}/signin-link", "POST A/members/{id}/signin-link"),
    ("GET /c/{community}/members/merge", "GET A/members"),
    ("POST /c/{community}/members/merge", "POST A/members/merge"),
    ("GET /c/{community}/invitations", "GET A/invitations"),
    ("POST /c/{community}/invitations", "POST A/invitations"),
    ("POST /c/{community}/invitations/{id}/revoke", "DELETE A/invitations/{id}"),
    ("GET /c/{community}/settings", "GET A"),
    ("POST /c/{community}/settings", "PATCH A"),
    ("GET /c/{community}/audit", "GET A/audit"),
    ("POST /c/{community}/groups", "POST A/groups"),
    ("POST /c/{community}/groups/{id}", "PUT A/groups/{id}"),
    ("POST /c/{community}/schools", "POST A/schools"),
    ("GET I", "GET AI"),
    ("POST I/edit", "PATCH AI"),
    ("POST I/participation", "PUT AI/participation"),
    ("POST I/publish", "POST AI/publish"),
    ("GET I/translations", "GET AI/translations"),
    ("POST I/translations", "PUT AI/translations/{field}/{item}/{lang}"),
    ("POST I/outcomes", "POST AI/outcomes"),
    ("POST I/outcomes/{id}", "PUT AI/outcomes/{id}"),
    ("POST I/outcomes/{id}/delete", "DELETE AI/outcomes/{id}"),
    ("POST I/capacity", "POST AI/capacity"),
    ("POST I/capacity/{id}", "PUT AI/capacity/{id}"),
    ("POST I/capacity/{id}/delete", "DELETE AI/capacity/{id}"),
    ("POST I/support", "PUT AI/support/{group}"),
    ("GET I/environment", "GET AI/environment"),
    ("POST I/stakeholders", "POST AI/stakeholders"),
    ("POST I/stakeholders/{id}", "PUT AI/stakeholders/{id}"),
    ("POST I/stakeholders/{id}/delete", "DELETE AI/stakeholders/{id}"),
    ("POST I/authorizations", "POST AI/authorizations"),
    ("POST I/authorizations/{id}", "PUT AI/authorizations/{id}"),
    ("POST I/authorizations/{id}/delete", "DELETE AI/authorizations/{id}"),
    ("GET I/charter", "GET AI/charter"),
    ("POST I/charter/intro", "PUT AI/charter/intro"),
    ("POST I/charter/areas", "POST AI/charter/areas"),
    ("POST I/charter/areas/{id}", "PUT AI/charter/areas/{id}"),
    ("POST I/charter/areas/{id}/delete", "DELETE AI/charter/areas/{id}"),
    ("POST I/charter/publish", "POST AI/charter/publish"),
    ("GET I/charter/v/{version}", "GET AI/charter/versions/{version}"),
    ("GET I/phases", "GET AI/phases"),
    ("POST I/phases", "POST AI/phases"),
    ("POST I/phases/{id}", "PUT AI/phases/{id}"),
    ("POST I/phases/{id}/delete", "DELETE AI/phases/{id}"),
    ("POST I/phases/{id}/current", "POST AI/phases/{id}/current"),
    ("GET I/engagement", "GET AI/engagement"),
    ("GET I/who", "GET AI/representation"),
    ("GET /c/{community}/who", "GET A/representation"),
    ("POST /c/{community}/who/settings", "PUT A/representation/settings"),
    ("GET /c/{community}/baselines", "GET A/baselines"),
    ("GET /c/{community}/baselines", "GET A/representation/settings"),
    ("GET /c/{community}/baselines", "GET A/outreach"),
    ("POST /c/{community}/baselines", "PUT A/baselines/{dimension}"),
    ("POST /c/{community}/baselines/import", "POST A/baselines/import"),
    ("POST /c/{community}/baselines/{id}/delete", "DELETE A/baselines/by-id/{id}"),
    ("POST /c/{community}/outreach", "POST A/outreach"),
    ("GET /c/{community}/profile", "GET A/profile"),
    ("POST /c/{community}/profile", "PUT A/profile"),
    ("GET /c/{community}/members/{id}/profile", "GET A/profile"),
    ("POST /c/{community}/members/{id}/profile", "PUT A/members/{id}/profile"),
    ("POST I/engagement/events", "POST AI/engagement/events"),
    ("POST I/engagement/import", "POST AI/engagement/import"),
    ("GET I/worksheet", "GET AI/worksheet"),
    ("POST I/worksheet/{question}", "PUT AI/worksheet/{question}"),
    ("GET I/health", "GET AI/health"),
    ("GET I/ideas", "GET AI/ideas"),
    ("POST I/ideas", "POST AI/ideas"),
    ("GET I/ideas/{id}", "GET AI/ideas/{id}"),
    ("POST I/ideas/{id}/endorse", "PUT AI/ideas/{id}/endorsement"),
    ("POST I/ideas/{id}/endorse", "DELETE AI/ideas/{id}/endorsement"),
    ("POST I/ideas/{id}/comments", "POST AI/ideas/{id}/comments"),
    ("POST I/ideas/{id}/respond", "PUT AI/ideas/{id}/response"),
    ("POST I/ideas/{id}/edit", "PATCH AI/ideas/{id}"),
    ("POST I/ideas/{id}/withdraw", "POST AI/ideas/{id}/withdrawal"),
    ("POST I/ideas/{id}/comments/{cid}/edit", "PATCH AI/ideas/{id}/comments/{cid}"),
    ("POST I/ideas/{id}/comments/{cid}/withdraw", "POST AI/ideas/{id}/comments/{cid}/withdrawal"),
    ("POST I/ideas/{id}/flag", "POST A/flags/{kind}/{id}"),
    ("POST I/ideas/{id}/comments/{cid}/flag", "POST A/flags/{kind}/{id}"),
    ("POST I/ideas/{id}/moderate", "POST A/moderation/{kind}/{id}"),
    ("POST I/ideas/{id}/comments/{cid}/moderate", "POST A/moderation/{kind}/{id}"),
    ("GET I/decide", "GET AI/polls"),
    ("GET I/decide", "GET AI/budgets"),
    ("GET I/decide", "GET AI/conversations"),
    ("POST I/polls", "POST AI/polls"),
    ("GET I/polls/{id}", "GET AI/polls/{id}"),
    ("POST I/polls/{id}/ballot", "PUT AI/polls/{id}/ballot"),
    ("POST I/polls/{id}/paper", "POST AI/polls/{id}/paper"),
    ("POST I/polls/{id}/edit", "PUT AI/polls/{id}"),
    ("POST I/polls/{id}/end", "POST AI/polls/{id}/end"),
    ("POST I/polls/{id}/recount", "POST AI/polls/{id}/recount"),
    ("POST I/budgets/{id}/recount", "POST AI/budgets/{id}/recount"),
    ("POST I/polls/{id}/paper/declare", "POST AI/polls/{id}/paper/declare"),
    ("POST I/polls/{id}/paper/{ballot}/confirm", "POST AI/polls/{id}/paper/{ballot}/confirm"),
    ("POST I/budgets", "POST AI/budgets"),
    ("GET I/budgets/{id}", "GET AI/budgets/{id}"),
    ("POST I/budgets/{id}/ballot", "PUT AI/budgets/{id}/ballot"),
    ("POST I/budgets/{id}/paper", "POST AI/budgets/{id}/paper"),
    ("POST I/budgets/{id}/paper/declare", "POST AI/budgets/{id}/paper/declare"),
    ("POST I/budgets/{id}/paper/{ballot}/confirm", "POST AI/budgets/{id}/paper/{ballot}/confirm"),
    ("POST I/budgets/{id}/projects", "POST AI/budgets/{id}/projects"),
    ("POST I/budgets/{id}/projects/{project}", "PUT AI/budgets/{id}/projects/{project}"),
    ("GET I/budgets/{id}/ballots.pb", "GET AI/budgets/{id}/ballots.pb"),
    ("POST I/conversations", "POST AI/conversations"),
    ("GET I/conversations/{id}", "GET AI/conversations/{id}"),
    ("POST I/conversations/{id}/vote", "PUT AI/conversations/{id}/votes/{statement}"),
    ("POST I/conversations/{id}/statements", "POST AI/conversations/{id}/statements"),
    ("POST I/conversations/{id}/statements/{sid}/moderate", "PUT AI/conversations/{id}/statements/{statement}"),
    ("GET I/conversations/{id}/report", "GET AI/conversations/{id}/report"),
    ("GET I/accountability", "GET AI/commitments"),
    // Spreadsheet downloads hold what the JSON of the same list holds.
    ("GET I/ideas.csv", "GET AI/ideas"),
    ("GET I/accountability.csv", "GET AI/commitments"),
    ("GET I/stakeholders.csv", "GET AI/environment"),
    ("GET I/approvals.csv", "GET AI/environment"),
    ("GET I/engagement.csv", "GET AI/engagement"),
    ("GET I/polls/{id}/results.csv", "GET AI/polls/{id}"),
    ("POST I/accountability/commitments", "POST AI/commitments"),
    ("POST I/accountability/commitments/{id}/progress", "POST AI/commitments/{id}/progress"),
    ("GET I/actions", "GET AI/actions"),
    ("POST I/actions", "POST AI/actions"),
    ("GET I/actions.csv", "GET AI/actions.csv"),
    ("POST I/actions/rule", "PUT AI/actions/rule"),
    ("GET I/actions/{id}", "GET AI/actions/{id}"),
    ("POST I/actions/{id}/items/{n}", "PUT AI/actions/{id}/items/{n}"),
    ("POST I/actions/{id}/complete", "POST AI/actions/{id}/complete"),
    ("GET I/roles", "GET AI/roles"),
    ("POST I/roles", "POST AI/roles"),
    ("GET I/roles/hours.csv", "GET AI/roles/hours.csv"),
    ("GET I/roles/{id}", "GET AI/roles/{id}"),
    ("POST I/roles/{id}/shifts", "POST AI/roles/{id}/shifts"),
    ("POST I/roles/{id}/shifts/{shift}/signup", "PUT AI/roles/{id}/shifts/{shift}/signup"),
    ("POST I/roles/{id}/shifts/{shift}/cancel", "DELETE AI/roles/{id}/shifts/{shift}/signup"),
    ("POST I/roles/{id}/signups/{signup}/hours", "PUT AI/roles/{id}/signups/{signup}/hours"),
    ("POST I/roles/{id}/promises/deliver", "POST AI/roles/{id}/promises/deliver"),
    ("GET /c/{community}/strengths", "GET A/strengths"),
    ("POST /c/{community}/strengths", "PUT A/strengths"),
    ("POST /c/{community}/strengths/delete", "DELETE A/strengths"),
    ("GET /c/{community}/safeguarding", "GET A/safeguarding"),
    ("POST /c/{community}/safeguarding", "POST A/safeguarding"),
    ("GET I/selections", "GET AI/selections"),
    ("POST I/selections", "POST AI/selections"),
    ("GET I/selections/{id}", "GET AI/selections/{id}"),
    ("POST I/selections/{id}/volunteer", "PUT AI/selections/{id}/volunteer"),
    ("POST I/selections/{id}/withdraw", "DELETE AI/selections/{id}/volunteer"),
    ("POST I/selections/{id}/quotas", "PUT AI/selections/{id}/quotas"),
    ("POST I/selections/{id}/quotas/proportional", "POST AI/selections/{id}/quotas/proportional"),
    ("POST I/selections/{id}/commit", "POST AI/selections/{id}/commit"),
    ("POST I/selections/{id}/draw", "POST AI/selections/{id}/draw"),
    ("POST I/selections/{id}/respond", "POST AI/selections/{id}/respond"),
    ("POST I/selections/{id}/replacements", "POST AI/selections/{id}/replacements"),
    ("POST I/selections/{id}/close", "POST AI/selections/{id}/close"),
    ("GET I/selections/{id}/lottery/{round}", "GET AI/selections/{id}/lottery/{round}"),
    ("GET /c/{community}/bodies", "GET A/bodies"),
    ("POST /c/{community}/bodies", "POST A/bodies"),
    ("GET /c/{community}/bodies/{id}", "GET A/bodies/{id}"),
    ("POST /c/{community}/bodies/{id}", "PUT A/bodies/{id}"),
    ("POST /c/{community}/bodies/{id}/areas", "PUT A/bodies/{id}/areas"),
    ("POST /c/{community}/bodies/{id}/rules", "POST A/bodies/{id}/rules"),
    ("POST /c/{community}/bodies/{id}/rules/{n}/delete", "DELETE A/bodies/{id}/rules/{n}"),
    ("POST /c/{community}/bodies/{id}/seats", "POST A/bodies/{id}/seats"),
    ("POST /c/{community}/bodies/{id}/seats/{seat}/delete", "DELETE A/bodies/{id}/seats/{seat}"),
    ("POST /c/{community}/bodies/{id}/seats/{seat}/terms", "POST A/bodies/{id}/seats/{seat}/terms"),
    ("POST /c/{community}/bodies/{id}/seats/{seat}/alternates", "POST A/bodies/{id}/seats/{seat}/alternates"),
    ("POST /c/{community}/bodies/{id}/seats/{seat}/fill", "POST A/bodies/{id}/seats/{seat}/fill"),
    ("POST /c/{community}/bodies/{id}/seats/{seat}/selection", "POST A/bodies/{id}/seats/{seat}/selection"),
    ("POST /c/{community}/bodies/{id}/terms/{term}/end", "POST A/bodies/{id}/terms/{term}/end"),
    ("POST /c/{community}/bodies/{id}/meetings", "POST A/bodies/{id}/meetings"),
    ("GET /c/{community}/meetings", "GET A/meetings"),
    ("POST /c/{community}/meetings", "POST A/meetings"),
    ("POST /c/{community}/calendar/feed", "POST A/calendar-feed"),
    ("POST /c/{community}/calendar/feed/revoke", "DELETE A/calendar-feed"),
    ("GET /c/{community}/meetings/{id}", "GET A/meetings/{id}"),
    ("POST /c/{community}/meetings/{id}", "PUT A/meetings/{id}"),
    ("POST /c/{community}/meetings/{id}/cancel", "POST A/meetings/{id}/cancel"),
    ("POST /c/{community}/meetings/{id}/agenda", "POST A/meetings/{id}/agenda"),
    ("POST /c/{community}/meetings/{id}/agenda/publish", "POST A/meetings/{id}/agenda/publish"),
    ("POST /c/{community}/meetings/{id}/agenda/{item}/delete", "DELETE A/meetings/{id}/agenda/{item}"),
    ("POST /c/{community}/meetings/{id}/register", "PUT A/meetings/{id}/registration"),
    ("POST /c/{community}/meetings/{id}/registration/cancel", "DELETE A/meetings/{id}/registration"),
    ("POST /c/{community}/meetings/{id}/check-in", "POST A/meetings/{id}/check-in"),
    ("POST /c/{community}/meetings/{id}/attendance/{registration}", "PUT A/meetings/{id}/attendance/{registration}"),
    ("POST /c/{community}/meetings/{id}/walk-in", "POST A/meetings/{id}/walk-ins"),
    ("POST /c/{community}/meetings/{id}/minutes", "PUT A/meetings/{id}/minutes"),
    ("POST /c/{community}/meetings/{id}/minutes/approve", "POST A/meetings/{id}/minutes/approve"),
    ("POST /c/{community}/meetings/{id}/minutes/publish", "POST A/meetings/{id}/minutes/publish"),
    ("GET /c/{community}/events", "GET A/events"),
    ("POST /c/{community}/events", "POST A/events"),
    ("GET /c/{community}/events/{id}", "GET A/events/{id}"),
    ("POST /c/{community}/events/{id}", "PUT A/events/{id}"),
    ("GET /c/{community}/events/{id}/certificate", "GET A/events/{id}/certificate"),
    ("GET /c/{community}/events/{id}/report", "GET A/events/{id}/report"),
    ("GET /c/{community}/events/{id}/report.csv", "GET A/events/{id}/report.csv"),
    ("POST /c/{community}/events/{id}/report/publish", "POST A/events/{id}/report/publish"),
    ("POST /c/{community}/events/{id}/panel", "PUT A/events/{id}/panel"),
    ("POST /c/{community}/events/{id}/rooms", "POST A/events/{id}/rooms"),
    ("POST /c/{community}/events/{id}/programme/publish", "POST A/events/{id}/programme/publish"),
    ("POST /c/{community}/events/{id}/feedback", "POST A/events/{id}/feedback"),
    ("GET /c/{community}/events/{id}/proposals", "GET A/events/{id}/proposals"),
    ("POST /c/{community}/events/{id}/proposals", "POST A/events/{id}/proposals"),
    (
        "POST /c/{community}/events/{id}/proposals/{proposal}/withdraw",
        "POST A/events/{id}/proposals/{proposal}/withdraw",
    ),
    ("POST /c/{community}/events/{id}/proposals/{proposal}/review", "PUT A/events/{id}/proposals/{proposal}/review"),
    (
        "POST /c/{community}/events/{id}/proposals/{proposal}/conflict",
        "POST A/events/{id}/proposals/{proposal}/conflict",
    ),
    (
        "POST /c/{community}/events/{id}/proposals/{proposal}/decision",
        "POST A/events/{id}/proposals/{proposal}/decision",
    ),
    ("POST /c/{community}/events/{id}/proposals/{proposal}/place", "PUT A/events/{id}/proposals/{proposal}/place"),
    (
        "POST /c/{community}/events/{id}/proposals/{proposal}/feedback",
        "POST A/events/{id}/proposals/{proposal}/feedback",
    ),
    ("GET /c/{community}/surveys", "GET A/surveys"),
    ("POST /c/{community}/surveys", "POST A/surveys"),
    ("GET /c/{community}/surveys/{id}", "GET A/surveys/{id}"),
    ("POST /c/{community}/surveys/{id}/questions", "POST A/surveys/{id}/questions"),
    ("POST /c/{community}/surveys/{id}/scales", "POST A/surveys/{id}/scales"),
    ("POST /c/{community}/surveys/{id}/scales/{position}/outcome", "PUT A/surveys/{id}/scales/{position}/outcome"),
    ("POST /c/{community}/surveys/{id}/open", "POST A/surveys/{id}/open"),
    ("POST /c/{community}/surveys/{id}/close", "POST A/surveys/{id}/close"),
    ("POST /c/{community}/surveys/{id}/publish", "POST A/surveys/{id}/publish"),
    ("POST /c/{community}/surveys/{id}/invite", "POST A/surveys/{id}/invite"),
    ("POST /c/{community}/surveys/{id}/links", "POST A/surveys/{id}/links"),
    ("POST /c/{community}/surveys/{id}/remind", "POST A/surveys/{id}/remind"),
    ("POST /c/{community}/surveys/{id}/wave", "POST A/surveys/{id}/waves"),
    ("POST /c/{community}/surveys/{id}/wave-label", "PUT A/surveys/{id}/wave-label"),
    ("POST /c/{community}/surveys/{id}/paper", "POST A/surveys/{id}/paper"),
    ("GET /c/{community}/surveys/{id}/results", "GET A/surveys/{id}/results"),
    ("POST /c/{community}/surveys/{id}/texts/{response}/{question}", "PUT A/surveys/{id}/texts/{response}/{question}"),
    ("GET /c/{community}/surveys/{id}/responses.csv", "GET A/surveys/{id}/responses.csv"),
    ("GET /c/{community}/surveys/{id}/codebook.csv", "GET A/surveys/{id}/codebook.csv"),
    ("GET /c/{community}/s/{token}", "GET A/survey-invitations/{token}"),
    ("POST /c/{community}/s/{token}", "POST A/survey-invitations/{token}"),
];

/// Pages with no API operation, because of what they are.
const PAGE_ONLY: &[(&str, &str)] = &[
    ("GET /login", "a browser's login form; API callers use a token made on the account page"),
    ("POST /login", "starts a cookie session, which only browsers hold"),
    ("POST /logout", "ends a cookie session; a token is revoked instead"),
    ("POST /lang", "a browser's language; API callers send Accept-Language or set it in their profile"),
    ("GET /login/code", "the second step of a browser's login; API callers use a token"),
    ("POST /login/code", "the same step's form; it starts a cookie session"),
    ("GET /login/forgot", "someone who forgot their password holds no token to call the API with"),
    ("POST /login/forgot", "the same form; its answer never says whether the address has an account"),
    ("GET /reset/{token}", "a one-time link from an email, opened by someone signed out"),
    ("POST /reset/{token}", "the same link's form; it starts a cookie session"),
    ("GET /account/email/{token}", "a one-time link from an email, opened wherever the mail is read"),
    ("POST /account/email/{token}", "the same link's confirmation; holding the link is the proof"),
    ("GET /join/{code}", "a one-time link opened by someone who may have no account, hence no token"),
    ("POST /join/{code}", "the same link's form"),
    ("GET /glossary", "reference text for readers"),
    ("GET /c/{community}/conduct", "the code of conduct, text for readers"),
    ("GET /c/{community}/initiatives/new", "an empty form"),
    ("GET I/edit", "a form filled with what GET of the initiative returns"),
    ("GET I/packet", "a printable document assembling what the API serves as charter, environment and health"),
    ("GET I/feed.atom", "an Atom feed, already machine-readable"),
    ("GET /c/{community}/calendar.ics", "an iCalendar file, already machine-readable"),
    ("GET /c/{community}/bodies/{id}/calendar.ics", "an iCalendar file, already machine-readable"),
    ("GET /c/{community}/meetings/{id}/calendar.ics", "an iCalendar file, already machine-readable"),
    ("GET /c/{community}/events/{id}/calendar.ics", "an iCalendar file, already machine-readable"),
    ("GET I/calendar.ics", "an iCalendar file, already machine-readable"),
    ("GET /c/{community}/feeds/{secret}", "a personal iCalendar feed for calendar programs, behind its own secret"),
    ("GET /c/{community}/surveys/{id}/paper", "an empty copy of the questionnaire to type a paper form into"),
    ("GET /c/{community}/surveys/{id}/form", "the questionnaire to print; GET of the survey serves its questions"),
];

/// API operations with no page, because of what they are.
const API_ONLY: &[(&str, &str)] = &[
    ("GET AI/polls/{id}/ballots", "the list of ballots the poll's page shows a page at a time (?ballots=)"),
    ("GET AI/budgets/{id}/ballots", "the list of ballots the budget's page shows a page at a time (?ballots=)"),
    (
        "PUT A/meetings/{id}/registration/needs",
        "changes access needs without registering again; the page asks them at registration",
    ),
];

fn expand(route: &str) -> String {
    let (method, path) = route.split_once(' ').unwrap_or(("", route));
    let path = if path == "I" || path.starts_with("I/") {
        path.replacen('I', I, 1)
    } else if path == "AI" || path.starts_with("AI/") {
        path.replacen("AI", AI, 1)
    } else if path == "A" || path.starts_with("A/") {
        path.replacen('A', A, 1)
    } else {
        path.to_owned()
    };
    format!("{method} {path}")
}

/// The source of `.route(PATH, get(..).post(..))` calls, as "METHOD path";
/// `at("/x")` is the path under `at_prefix`.
fn routes_in(source: &str, at_prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find(".route(") {
        rest = &rest[start + ".route(".len()..];
        // The call's text up to its closing parenthesis.
        let mut depth = 1;
        let end = rest
            .char_indices()
            .find(|(_, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        let call = &rest[..end];
        let Some(open) = call.find('"') else { continue };
        let Some(close) = call[open + 1..].find('"') else { continue };
        let literal = &call[open + 1..open + 1 + close];
        let path = if call[..open].contains("at(") { format!("{at_prefix}{literal}") } else { literal.to_owned() };
        let handlers = &call[open + 1 + close + 1..];
        for (method, marker) in
            [("GET", "get("), ("POST", "post("), ("PUT", "put("), ("PATCH", "patch("), ("DELETE", "delete(")]
        {
            let called = handlers.match_indices(marker).any(|(i, _)| {
                let before = handlers[..i].chars().last();
                !matches!(before, Some(c) if c.is_alphanumeric() || c == '_')
            });
            if called {
                out.push(format!("{method} {path}"));
            }
        }
    }
    out
}

fn source(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn page_routes() -> BTreeSet<String> {
    routes_in(&source("src/lib.rs"), I).into_iter().collect()
}

fn api_routes() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api");
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("api directory").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("api source");
        out.extend(routes_in(&text, AI).into_iter().filter(|r| r.contains(" /api/v1/") && !r.contains("openapi.json")));
    }
    out
}

fn documented() -> BTreeSet<String> {
    let doc = crate::api::ApiDoc::openapi();
    let mut out = BTreeSet::new();
    for (path, item) in &doc.paths.paths {
        for (method, op) in [
            ("GET", &item.get),
            ("POST", &item.post),
            ("PUT", &item.put),
            ("PATCH", &item.patch),
            ("DELETE", &item.delete),
        ] {
            if op.is_some() {
                out.insert(format!("{method} {path}"));
            }
        }
    }
    out
}

/// Routes outside the product's pages: assets and health checks.
fn is_infrastructure(route: &str) -> bool {
    ["/static/", "/healthz", "/livez"].iter().any(|p| route.contains(p))
}

#[test]
fn the_route_reader_finds_the_routes() {
    let pages = page_routes();
    assert!(pages.contains("GET /login") && pages.contains("POST /login"));
    assert!(pages.contains(&format!("POST {I}/polls/{{id}}/ballot")));
    assert!(api_routes().contains(&format!("PUT {AI}/polls/{{id}}/ballot")));
    assert!(pages.len() > 90, "{}", pages.len());
}

#[test]
fn every_page_action_has_an_api_operation_and_the_reverse() {
    let pages: BTreeSet<String> = page_routes().into_iter().filter(|r| !is_infrastructure(r)).collect();
    let api = api_routes();
    let paired_pages: BTreeSet<String> = PAIRS.iter().map(|(p, _)| expand(p)).collect();
    let paired_api: BTreeSet<String> = PAIRS.iter().map(|(_, a)| expand(a)).collect();
    let page_only: BTreeSet<String> = PAGE_ONLY.iter().map(|(p, _)| expand(p)).collect();
    let api_only: BTreeSet<String> = API_ONLY.iter().map(|(a, _)| expand(a)).collect();

    let unpaired_pages: Vec<&String> =
        pages.iter().filter(|r| !paired_pages.contains(*r) && !page_only.contains(*r)).collect();
    assert!(
        unpaired_pages.is_empty(),
        "page routes with no API operation (pair them or say why not): {unpaired_pages:#?}"
    );
    let unpaired_api: Vec<&String> =
        api.iter().filter(|r| !paired_api.contains(*r) && !api_only.contains(*r)).collect();
    assert!(unpaired_api.is_empty(), "API operations with no page (pair them or say why not): {unpaired_api:#?}");

    // No stale rows: everything named above exists.
    let stale_pages: Vec<&String> = paired_pages.union(&page_only).filter(|r| !pages.contains(*r)).collect();
    assert!(stale_pages.is_empty(), "listed page routes that do not exist: {stale_pages:#?}");
    let stale_api: Vec<&String> = paired_api.union(&api_only).filter(|r| !api.contains(*r)).collect();
    assert!(stale_api.is_empty(), "listed API operations that do not exist: {stale_api:#?}");
}

#[test]
fn every_api_route_is_in_the_openapi_document() {
    let api = api_routes();
    let documented = documented();
    let missing: Vec<&String> = api.difference(&documented).collect();
    assert!(missing.is_empty(), "routes missing from the OpenAPI document: {missing:#?}");
    let phantom: Vec<&String> = documented.difference(&api).collect();
    assert!(phantom.is_empty(), "documented operations with no route: {phantom:#?}");
}

/// utoipa names a schema after its Rust type and keeps only the last of two
/// with one name, so a type named like another in a second file would
/// silently describe the other's responses: every schema's name is unique.
#[test]
fn no_two_api_schemas_share_a_name() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api");
    let mut seen: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("api directory").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("api source");
        let file = entry.file_name().to_string_lossy().into_owned();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.contains("ToSchema") || !line.trim_start().starts_with("#[derive") {
                continue;
            }
            let name = lines[i + 1..]
                .iter()
                .find_map(|l| {
                    l.trim_start().strip_prefix("pub struct ").or_else(|| l.trim_start().strip_prefix("pub enum "))
                })
                .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric() && c != '_').next())
                .unwrap_or_default()
                .to_owned();
            if let Some(other) = seen.insert(name.clone(), file.clone()) {
                panic!("the schema {name} is defined in both {other} and {file}");
            }
        }
    }
    assert!(seen.len() > 50, "the reader finds the schemas ({})", seen.len());
}
