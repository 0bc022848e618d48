//! No page reads a whole table that grows with the community.
//!
//! The demo is served by the real binary with every SQL statement logged;
//! a crawler follows every link an anonymous visitor, a member and a
//! facilitator can reach; then each distinct statement the server ran is
//! explained on the same database and any full scan of a growing table
//! (the table itself, or all of one of its indexes) fails the test.
//!
//! Plans are taken as they would be at scale, not as the small demo would
//! get them: SQLite's planner has no table statistics here (the demo never
//! runs `ANALYZE`), so its plan depends only on the schema and the query;
//! PostgreSQL is told that every growing table holds millions of rows (its
//! size estimate in `pg_class`) and asked for its generic plan
//! (`plan_cache_mode`), the plan it would use for any argument.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::{AssertSqlSafe, Row};
use tandem_store::{
    Backend,
    testing::{TestDb, backends},
};

/// Tables whose rows grow with members and their activity. The others
/// (communities, schools, groups, initiatives and their phases, charters,
/// polls and budgets with their options, conversations, outcomes…) grow
/// with what facilitators set up, a few dozen rows per initiative.
const GROWING: &[&str] = &[
    "account_links",
    "api_tokens",
    "audit_log",
    "ballot_roll",
    "budget_ballots",
    "commitment_ideas",
    "commitment_updates",
    "conversation_statements",
    "conversation_votes",
    "counts",
    "engagement_events",
    "flags",
    "idea_comments",
    "idea_endorsements",
    "idea_responses",
    "ideas",
    "invitations",
    "jobs",
    "login_challenges",
    "login_known_addresses",
    "login_throttle",
    "memberships",
    "moderation_log",
    "notifications",
    "poll_ballots",
    "post_revisions",
    "recovery_codes",
    "sessions",
    "support_stances",
    "translations",
    "users",
];

/// Pages visited per visitor; the crawl is breadth first, so these are the
/// pages nearest the home page.
const PAGES_PER_VISITOR: usize = 250;

struct Server {
    child: Child,
    log: tempfile::NamedTempFile,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `tandem demo` on the test database, logging every statement to a file.
fn serve_demo(url: &str, port: u16) -> Server {
    let log = tempfile::NamedTempFile::new().unwrap();
    let out = tempfile::NamedTempFile::new().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["demo", "--addr", &format!("127.0.0.1:{port}"), "--database-url", url])
        .env("TANDEM_LOG", "warn,sqlx::query=debug")
        .env("NO_COLOR", "1")
        .stdout(out.reopen().unwrap())
        .stderr(log.reopen().unwrap())
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server { child, log };
    let started = Instant::now();
    loop {
        let mut text = String::new();
        out.reopen().unwrap().read_to_string(&mut text).unwrap();
        if text.contains("Ctrl+C") {
            return server;
        }
        assert!(started.elapsed() < Duration::from_secs(300), "the demo did not start: {text}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn log_len(server: &Server) -> usize {
    std::fs::metadata(server.log.path()).map(|m| m.len() as usize).unwrap_or(0)
}

/// The statements logged after `from` (a byte offset), whitespace folded.
fn statements_in_log(server: &Server, from: usize) -> BTreeSet<String> {
    let text = std::fs::read_to_string(server.log.path()).unwrap();
    let mut found = BTreeSet::new();
    for line in text[from.min(text.len())..].lines() {
        let Some(start) = line.find("db.statement=\"") else { continue };
        let mut sql = String::new();
        let mut chars = line[start + "db.statement=\"".len()..].chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') | Some('t') | Some('r') => sql.push(' '),
                    Some(other) => sql.push(other),
                    None => break,
                },
                c => sql.push(c),
            }
        }
        found.insert(sql.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    found
}

fn links_in(html: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=\"") {
        rest = &rest[i + 6..];
        let Some(end) = rest.find('"') else { break };
        let link = rest[..end].replace("&amp;", "&");
        rest = &rest[end..];
        let link = link.split('#').next().unwrap_or_default().to_string();
        if link.starts_with('/') && !link.starts_with("//") {
            links.push(link);
        }
    }
    links
}

fn skipped(path: &str) -> bool {
    // Sign-in links differ only in where they return to, language links
    // only in the language: the same statements.
    path.starts_with("/static/")
        || path.starts_with("/logout")
        || path.starts_with("/login")
        || path.contains("lang=")
        || [".css", ".js", ".svg", ".png", ".ico", ".webmanifest"].iter().any(|e| path.ends_with(e))
}

async fn crawl(client: &reqwest::Client, base: &str) -> usize {
    let mut seen: BTreeSet<String> = BTreeSet::from([String::from("/")]);
    let mut queue = VecDeque::from([String::from("/")]);
    let mut visited = 0;
    while let Some(path) = queue.pop_front() {
        if visited == PAGES_PER_VISITOR {
            break;
        }
        visited += 1;
        if std::env::var("EXPLAIN_SHOW_PAGES").is_ok() {
            eprintln!("page {path}");
        }
        let Ok(response) = client.get(format!("{base}{path}")).send().await else { continue };
        let is_html =
            response.headers().get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|t| t.contains("html"));
        if !is_html {
            continue;
        }
        let html = response.text().await.unwrap_or_default();
        for link in links_in(&html) {
            if !skipped(&link) && seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
    }
    visited
}

/// The form's CSRF token on a page.
fn csrf_in(page: &str) -> String {
    let at = page.find("name=\"_csrf\" value=\"").expect("a form") + "name=\"_csrf\" value=\"".len();
    page[at..at + page[at..].find('"').unwrap()].to_string()
}

/// Every GET endpoint of the API (from its OpenAPI description) on the
/// demo's design-team initiative and on the first of each thing, with a
/// facilitator's token.
async fn crawl_api(client: &reqwest::Client, base: &str) -> usize {
    let page = client.get(format!("{base}/account")).send().await.unwrap().text().await.unwrap();
    let response = client
        .post(format!("{base}/account/tokens"))
        .form(&[("_csrf", csrf_in(&page).as_str()), ("name", "explain"), ("scope", "read")])
        .send()
        .await
        .unwrap();
    let html = response.text().await.unwrap();
    let start = html.find("tdm_").expect("the new token is shown once");
    let token: String =
        html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
    let spec: serde_json::Value =
        client.get(format!("{base}/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    let api = reqwest::Client::new();
    let mut visited = 0;
    for (path, operations) in spec["paths"].as_object().expect("paths") {
        if operations.get("get").is_none() {
            continue;
        }
        let path = path
            .replace("{community}", "riverbend")
            .replace("{initiative}", "northside-middle-school-redesign-a-community-design-team")
            .replace("{id}", "1");
        if path.contains('{') {
            continue;
        }
        let _ = api.get(format!("{base}{path}")).bearer_auth(&token).send().await.map(|r| r.status());
        visited += 1;
    }
    visited
}

async fn signed_in(base: &str, email: &str) -> reqwest::Client {
    let client =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = client.get(format!("{base}/login")).send().await.unwrap().text().await.unwrap();
    let token = csrf_in(&page);
    let response = client
        .post(format!("{base}/login"))
        .form(&[("_csrf", token.as_str()), ("email", email), ("password", "tandem-demo-2026"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303, "{email} signs in");
    client
}

/// Which table each name in a statement's FROM and JOIN clauses stands for
/// (itself, or an alias).
fn tables_named(sql: &str) -> BTreeMap<String, BTreeSet<String>> {
    const NOT_ALIAS: &[&str] = &[
        "where",
        "join",
        "left",
        "inner",
        "cross",
        "on",
        "group",
        "order",
        "limit",
        "using",
        "union",
        "set",
        "values",
        "returning",
        "having",
        "natural",
        "full",
        "right",
        "outer",
        "window",
        "except",
        "intersect",
        "do",
    ];
    let tokens: Vec<String> =
        sql.replace(['(', ')', ',', ';'], " ").split_whitespace().map(|t| t.trim_matches('"').to_lowercase()).collect();
    let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (i, t) in tokens.iter().enumerate() {
        if !matches!(t.as_str(), "from" | "join" | "update" | "into") {
            continue;
        }
        let Some(table) = tokens.get(i + 1) else { continue };
        names.entry(table.clone()).or_default().insert(table.clone());
        let mut next = i + 2;
        if tokens.get(next).is_some_and(|t| t == "as") {
            next += 1;
        }
        if let Some(alias) = tokens.get(next).filter(|a| !NOT_ALIAS.contains(&a.as_str()) && a.as_str() != "select") {
            names.entry(alias.clone()).or_default().insert(table.clone());
        }
    }
    names
}

fn is_growing(name: &str, names: &BTreeMap<String, BTreeSet<String>>) -> bool {
    let name = name.to_lowercase();
    names
        .get(&name)
        .map_or(GROWING.contains(&name.as_str()), |tables| tables.iter().any(|t| GROWING.contains(&t.as_str())))
}

fn placeholders(sql: &str) -> usize {
    let mut most = 0;
    let bytes = sql.as_bytes();
    for (i, _) in sql.match_indices('$') {
        let digits: String = bytes[i + 1..].iter().take_while(|b| b.is_ascii_digit()).map(|&b| b as char).collect();
        most = most.max(digits.parse().unwrap_or(0));
    }
    most
}

fn explainable(sql: &str) -> bool {
    let first = sql.split_whitespace().next().unwrap_or_default().to_uppercase();
    matches!(first.as_str(), "SELECT" | "WITH" | "UPDATE" | "DELETE" | "INSERT")
}

/// Full scans of growing tables in one statement's plan.
async fn full_scans(test_db: &TestDb, backend: Backend, sql: &str) -> Result<Vec<String>, String> {
    let names = tables_named(sql);
    let n = placeholders(sql);
    let mut conn = test_db.db.pool().acquire().await.map_err(|e| e.to_string())?;
    match backend {
        Backend::Sqlite => {
            let mut query = sqlx::query(AssertSqlSafe(format!("EXPLAIN QUERY PLAN {sql}")));
            for _ in 0..n {
                query = query.bind(None::<i64>);
            }
            let rows = query.fetch_all(&mut *conn).await.map_err(|e| e.to_string())?;
            let mut scans = Vec::new();
            for row in rows {
                let detail: String = row.try_get(3).map_err(|e| e.to_string())?;
                if let Some(rest) = detail.strip_prefix("SCAN ") {
                    let name = rest.split_whitespace().next().unwrap_or_default();
                    if is_growing(name, &names) {
                        scans.push(detail);
                    }
                }
            }
            Ok(scans)
        }
        Backend::Postgres => {
            sqlx::query("SET plan_cache_mode = force_generic_plan")
                .execute(&mut *conn)
                .await
                .map_err(|e| e.to_string())?;
            // A parameter a variant of the statement does not use has no
            // type to infer; it is declared bigint and the statement
            // prepared again.
            let mut types = vec!["unknown"; n];
            loop {
                let declared = if n == 0 { String::new() } else { format!("({})", types.join(", ")) };
                match sqlx::query(AssertSqlSafe(format!("PREPARE explained{declared} AS {sql}")))
                    .execute(&mut *conn)
                    .await
                {
                    Ok(_) => break,
                    Err(e) => {
                        let text = e.to_string();
                        let unknown = text
                            .split("could not determine data type of parameter $")
                            .nth(1)
                            .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
                            .and_then(|d| d.parse::<usize>().ok())
                            .filter(|&k| (1..=n).contains(&k) && types[k - 1] == "unknown");
                        match unknown {
                            Some(k) => types[k - 1] = "bigint",
                            None => return Err(text),
                        }
                    }
                }
            }
            let args = vec!["NULL"; n].join(", ");
            let execute = if n == 0 { String::from("EXECUTE explained") } else { format!("EXECUTE explained({args})") };
            let rows = sqlx::query(AssertSqlSafe(format!("EXPLAIN {execute}"))).fetch_all(&mut *conn).await;
            sqlx::query("DEALLOCATE explained").execute(&mut *conn).await.map_err(|e| e.to_string())?;
            let lines: Vec<String> =
                rows.map_err(|e| e.to_string())?.iter().filter_map(|r| r.try_get::<String, _>(0).ok()).collect();
            Ok(postgres_full_scans(&lines, &names))
        }
    }
}

/// PostgreSQL plans by its estimate of each table's size: with the demo's
/// few rows it rightly reads small tables whole. The estimate (rows per
/// page times the pages on disk) is raised for every growing table and its
/// indexes to what a large district has, so the plans are the ones it
/// would choose there.
async fn pretend_growing_tables_are_large(test_db: &TestDb) {
    for table in GROWING {
        sqlx::query(
            "UPDATE pg_class SET reltuples = 5000000, relpages = 1
             WHERE oid = to_regclass($1) OR oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = to_regclass($1))",
        )
        .bind(*table)
        .execute(test_db.db.pool())
        .await
        .unwrap();
    }
}

/// Sequential scans, and index scans without an index condition (all of the
/// index), of growing tables in a PostgreSQL text plan.
fn postgres_full_scans(lines: &[String], names: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let is_node = |l: &str| l.trim_start().starts_with("->") || !l.starts_with(' ');
    let mut scans = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !is_node(line) {
            continue;
        }
        let node = line.trim_start().trim_start_matches("->").trim();
        let table = |after: &str| {
            node.split(after).nth(1).and_then(|r| r.split_whitespace().next()).unwrap_or_default().to_string()
        };
        let (full, table) = if node.starts_with("Seq Scan on ") {
            (true, table("Seq Scan on "))
        } else if node.starts_with("Index Scan") || node.starts_with("Index Only Scan") {
            let has_condition =
                lines[i + 1..].iter().take_while(|l| !is_node(l)).any(|l| l.trim_start().starts_with("Index Cond:"));
            (!has_condition, table(" on "))
        } else {
            (false, String::new())
        };
        // An alias follows the table name in the plan; the name is enough.
        if full && is_growing(&table, names) {
            scans.push(node.to_string());
        }
    }
    scans
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_page_reads_a_whole_growing_table() {
    let mut failures = Vec::new();
    for backend in backends() {
        let test_db = TestDb::new(backend).await.unwrap();
        let port = free_port();
        let server = serve_demo(&test_db.url, port);
        let from = log_len(&server);
        let base = format!("http://127.0.0.1:{port}");
        let anonymous = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let mut pages = crawl(&anonymous, &base).await;
        for email in ["parent@riverbend.example", "facilitator@riverbend.example"] {
            pages += crawl(&signed_in(&base, email).await, &base).await;
        }
        let api_calls = crawl_api(&signed_in(&base, "facilitator@riverbend.example").await, &base).await;
        // Let the worker run what the visits queued.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let statements: Vec<String> = statements_in_log(&server, from).into_iter().filter(|s| explainable(s)).collect();
        drop(server);
        assert!(pages > 100 && statements.len() > 50, "{backend:?}: {pages} pages, {} statements", statements.len());

        if backend == Backend::Postgres {
            pretend_growing_tables_are_large(&test_db).await;
        }
        // The check itself must see a full scan where there is one.
        let control = "SELECT id FROM ideas WHERE body = $1";
        let flagged = full_scans(&test_db, backend, control).await.unwrap();
        assert_eq!(flagged.len(), 1, "{backend:?}: the control statement's full scan is seen: {flagged:?}");
        let mut findings = Vec::new();
        let mut unexplained = Vec::new();
        for sql in &statements {
            match full_scans(&test_db, backend, sql).await {
                Ok(scans) if scans.is_empty() => {}
                Ok(scans) => findings.push(format!("{}\n    {sql}", scans.join("; "))),
                Err(e) => unexplained.push(format!("{e}\n    {sql}")),
            }
        }
        eprintln!(
            "{backend:?}: {pages} pages and {api_calls} API calls, {} statements explained, {} could not be explained",
            statements.len() - unexplained.len(),
            unexplained.len()
        );
        for u in &unexplained {
            eprintln!("  unexplained: {u}");
        }
        if !findings.is_empty() {
            failures.push(format!(
                "{backend:?}: {} statements read a whole growing table:\n{}",
                findings.len(),
                findings.join("\n")
            ));
        }
        // A statement that cannot be explained is one this test cannot vouch for.
        if unexplained.len() * 20 > statements.len() {
            failures.push(format!("{backend:?}: {} statements could not be explained", unexplained.len()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
