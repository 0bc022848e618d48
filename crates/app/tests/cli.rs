//! The real binary: bad command-line input gets a clear message in the
//! terminal's language and a failing exit code, and changes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn tandem(args: &[&str], lang: &str) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("TANDEM_LOG", "error")
        .output()
        .expect("the binary runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_bad_address_is_explained_in_english_and_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let (code, err) = tandem(&["serve", "--database-url", &url, "--addr", "localhost"], "en_GB.UTF-8");
    assert_eq!(code, 1);
    assert!(err.contains("\"localhost\" is not an address to listen on"), "{err}");
    let (code, err) = tandem(&["serve", "--database-url", &url, "--addr", "localhost"], "es_ES.UTF-8");
    assert_eq!(code, 1);
    assert!(err.contains("no es una dirección válida"), "{err}");
}

#[test]
fn unsupported_databases_and_existing_demo_files_are_refused() {
    let (code, err) = tandem(&["migrate", "--database-url", "mysql://root@localhost/x"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("must start with sqlite:// or postgres://"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("precious.db");
    std::fs::write(&existing, b"keep me").unwrap();
    let (code, err) = tandem(&["demo", "--database", existing.to_str().unwrap(), "--addr", "127.0.0.1:0"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me", "the file is untouched");
}

#[test]
fn migrate_creates_and_then_finds_nothing_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("new.db").display());
    let run = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["migrate", "--database-url", &url])
            .env("LANG", lang)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (code, first) = run("C");
    assert_eq!(code, Some(0));
    assert!(first.ends_with("applied.\n") && !first.starts_with('0'), "{first}");
    assert_eq!(run("es_ES.UTF-8"), (Some(0), String::from("Se aplicaron 0 migraciones.\n")));
}

/// A migrated SQLite file with one community and one initiative.
fn district() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        use tandem_domain::{Timestamp, community::CommunityKind, initiative::Visibility, text::Slug};
        use tandem_store::{Db, PoolSettings, communities, initiatives};
        let db = Db::connect(&url, PoolSettings { max_connections: 1 }).await.unwrap();
        db.migrate().await.unwrap();
        let new = communities::NewCommunity {
            slug: "riverbend",
            name: "Riverbend",
            kind: CommunityKind::District,
            description: "",
        };
        let cid = communities::create(&mut db.acquire().await.unwrap(), &new, Timestamp(0)).await.unwrap();
        let fields = initiatives::InitiativeFields {
            school_id: None,
            title: "Redesign",
            summary: "",
            visibility: Visibility::Public,
            value_statement: "",
        };
        initiatives::create(
            &mut db.acquire().await.unwrap(),
            cid,
            &Slug::from_title("Redesign"),
            &fields,
            None,
            Timestamp(0),
            true,
        )
        .await
        .unwrap();
        db.close().await;
    });
    (dir, url)
}

fn count_events(url: &str) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let db = tandem_store::Db::connect(url, tandem_store::PoolSettings { max_connections: 1 }).await.unwrap();
        tandem_store::engagement::recent(db.pool(), 1, 1000).await.unwrap().len()
    })
}

#[test]
fn engagement_imports_all_of_a_file_or_nothing() {
    let (dir, url) = district();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter\n2026-10-02,families,informed,ten,Assembly\n").unwrap();
    let args = |file: &std::path::Path| -> Vec<String> {
        [
            "import",
            "engagement",
            file.to_str().unwrap(),
            "--community",
            "riverbend",
            "--initiative",
            "redesign",
            "--database-url",
            &url,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let run = |file: &std::path::Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem")).args(args(file)).env("LANG", "C").output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, _, err) = run(&bad);
    assert_eq!(code, Some(1));
    assert!(err.contains("Line 3") && err.contains("people: Enter a whole number."), "{err}");
    assert_eq!(count_events(&url), 0, "nothing half-imported");
    let good = dir.path().join("good.csv");
    std::fs::write(&good, "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter\n2026-10-02,pupils,attended,55,Assembly\n").unwrap();
    let (code, out, _) = run(&good);
    assert_eq!(code, Some(0));
    assert_eq!(out, "2 records imported.\n");
    assert_eq!(count_events(&url), 2);
    let (code, _, err) = run(&dir.path().join("missing.csv"));
    assert_eq!(code, Some(1));
    assert!(err.contains("could not be read"), "{err}");
}

fn shared(path: &str) -> String {
    format!("{}/../../../shared/data/{path}", env!("CARGO_MANIFEST_DIR"))
}

fn json_out(args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem")).args(args).env("LANG", "C").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn pb_counts_real_files_as_the_reference_does() {
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shared("pabulib/expected.json")).unwrap()).unwrap();
    for (file, rule, completion, key) in [
        ("Netherlands_Assen_2024.pb", "mes", Some("add1"), "mes_cost_sat_add1"),
        ("Poland_Swiecie_2023.pb", "mes", Some("add1-greedy"), "mes_cost_sat_add1_greedy"),
        ("Poland_Lodz_2022_Teofilow-Wielkopolska.pb", "mes", None, "mes_cost_sat"),
        ("Poland_Gdynia_2020_Babie_Doly__small.pb", "greedy-cost", None, "greedy_cost_sat"),
        ("Poland_Gdynia_2020_Babie_Doly__small.pb", "greedy-card", None, "greedy_cardinality_sat"),
        ("Poland_Wroclaw_2017_Rejon_nr_11_750.pb", "phragmen", None, "sequential_phragmen"),
    ] {
        let path = shared(&format!("pabulib/{file}"));
        let mut args = vec!["pb", path.as_str(), "--rule", rule, "--json"];
        if let Some(c) = completion {
            args.extend(["--completion", c]);
        }
        let got = json_out(&args);
        let want = &expected[file]["outcomes"][key];
        assert_eq!(got["selected"], want["selected"], "{file} {rule}");
        assert_eq!(got["spent"].to_string(), want["total_cost"].as_str().unwrap(), "{file} {rule}");
    }
    // The official greedy reproduces the file's own outcome where the reference says it does.
    let got = json_out(&["pb", &shared("pabulib/Poland_Lodz_2022.pb"), "--rule", "greedy", "--json"]);
    assert_eq!(got["selected"], expected["Poland_Lodz_2022.pb"]["selected"]);
    assert_eq!(got["rule"], "greedy");
}

#[test]
fn vote_counts_real_elections_as_the_reference_does() {
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shared("preflib/expected.json")).unwrap()).unwrap();
    for (file, method, key) in [
        ("debian/00002-00000006.soi", "schulze", "schulze_pref_voting"),
        ("nswla/00058-00000003.soi", "irv", "irv_pref_voting"),
        ("nswla/00058-00000003.soi", "plurality", "plurality_pref_voting"),
        ("nswla/00058-00000027.soi", "borda", "borda_pref_voting"),
    ] {
        let got = json_out(&["vote", &shared(&format!("preflib/{file}")), "--method", method, "--json"]);
        let name = file.split('/').next_back().unwrap();
        let want: Vec<String> = expected[name][key]["winners"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_u64().unwrap().to_string())
            .collect();
        assert_eq!(got["winners"], serde_json::json!(want), "{file} {method}");
        assert_eq!(got["method"], method);
    }
}

#[test]
fn bad_count_files_are_explained_in_the_terminals_language() {
    let dir = tempfile::tempdir().unwrap();
    let pb = dir.path().join("bad.pb");
    std::fs::write(&pb, "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1,9\n").unwrap();
    let path = pb.to_str().unwrap();
    let (code, err) = tandem(&["pb", path, "--rule", "mes"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("line 10: the vote names project \"9\", which is not in PROJECTS"), "{err}");
    let (code, err) = tandem(&["pb", path, "--rule", "mes"], "es_ES.UTF-8");
    assert_eq!(code, 1);
    assert!(err.contains("línea 10: el voto nombra el proyecto «9»"), "{err}");
    let soi = dir.path().join("bad.soi");
    std::fs::write(&soi, "# NUMBER ALTERNATIVES: 2\n3: 1,3\n").unwrap();
    let (code, err) = tandem(&["vote", soi.to_str().unwrap(), "--method", "irv"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("line 2: alternative 3 is not between 1 and 2"), "{err}");
    let (code, err) = tandem(&["pb", &shared("pabulib/Poland_Krakow_2024_Stare_Miasto.pb"), "--rule", "phragmen"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("approval ballots; this file has ordinal"), "{err}");
    let assen = shared("pabulib/Netherlands_Assen_2024.pb");
    let (code, err) = tandem(&["pb", &assen, "--rule", "greedy", "--completion", "add1"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("Equal Shares only"), "{err}");
    let (code, err) = tandem(&["pb", "/no/such/file.pb", "--rule", "mes"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/file.pb"), "{err}");
}

/// `tandem polis analyze --json` gives Pol.is' own participants (as string
/// ids from the CSV) in groups that agree with Pol.is' group-id at least as
/// well as red-dwarf does, and statement ids from comments.csv.
#[test]
fn polis_analyze_maps_a_real_conversation() {
    let dir = shared("polis/openData/canadian-electoral-reform");
    let out = json_out(&["polis", "analyze", &dir, "--json"]);
    // On this conversation our groups are exactly Pol.is' (red-dwarf: ARI 1.0).
    assert_groups_are_polis_groups(&dir, &out);
    let comments = std::fs::read_to_string(format!("{dir}/comments.csv")).unwrap();
    for id in out["consensus"].as_array().unwrap() {
        assert!(comments.contains(&format!(",{},", id.as_str().unwrap())), "{id}");
    }
    assert_eq!(out["repness"].as_object().unwrap().len(), 2);
}

/// `--grouping polis` runs Pol.is' own pipeline (100 base clusters); on
/// bg2050-volunteers it finds Pol.is' two groups exactly, where the default
/// and red-dwarf agree far less (ARI 0.19).
#[test]
fn polis_analyze_runs_polis_own_pipeline_on_request() {
    let dir = shared("polis/openData/bg2050-volunteers");
    let out = json_out(&["polis", "analyze", &dir, "--json", "--grouping", "polis"]);
    assert_groups_are_polis_groups(&dir, &out);
}

/// Two groups, each holding participants of one Pol.is group only.
fn assert_groups_are_polis_groups(dir: &str, out: &serde_json::Value) {
    let matrix = std::fs::read_to_string(format!("{dir}/participants-votes.csv")).unwrap();
    let header: Vec<&str> = matrix.lines().next().unwrap().split(',').collect();
    let column = header.iter().position(|h| *h == "group-id").unwrap();
    let polis: std::collections::BTreeMap<String, String> = matrix
        .lines()
        .skip(1)
        .filter_map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            (!cells[column].is_empty()).then(|| (cells[0].to_string(), cells[column].to_string()))
        })
        .collect();
    let groups = out["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2);
    let mut seen = std::collections::BTreeSet::new();
    for g in groups {
        let members: Vec<&str> = g["participants"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
        let labels: std::collections::BTreeSet<&String> = members.iter().filter_map(|p| polis.get(*p)).collect();
        assert_eq!(labels.len(), 1, "group {} mixes Pol.is groups {labels:?}", g["id"]);
        seen.extend(labels);
    }
    assert_eq!(seen.len(), 2, "both of Pol.is' groups are found");
}

#[test]
fn damaged_polis_exports_are_explained_in_the_terminals_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("comments.csv"), "comment-id,moderated,comment-body\n0,1,Hi\n").unwrap();
    std::fs::write(dir.path().join("votes.csv"), "timestamp,comment-id,voter-id,vote\n1,0,0,1\n2,0,1,maybe\n").unwrap();
    let path = dir.path().to_str().unwrap();
    let (code, err) = tandem(&["polis", "analyze", path], "en_GB.UTF-8");
    assert_eq!(code, 1);
    assert!(err.contains("votes.csv, line 3: a vote is 1, -1 or 0, not \"maybe\""), "{err}");
    let (code, err) = tandem(&["polis", "analyze", path], "es_ES.UTF-8");
    assert_eq!(code, 1);
    assert!(err.contains("línea 3: un voto es 1, -1 o 0"), "{err}");
    std::fs::remove_file(dir.path().join("votes.csv")).unwrap();
    let (code, err) = tandem(&["polis", "analyze", path], "en_GB.UTF-8");
    assert_eq!(code, 1);
    assert!(err.contains("neither a votes.csv nor a participants-votes.csv"), "{err}");
}

/// A real Pol.is export goes into an initiative and comes back out in the
/// same layout with the same final votes, participants numbered, never named.
#[test]
fn polis_conversations_import_and_export_round_trip() {
    let (dir, url) = district();
    let source = shared("polis/openData/scoop-hivemind.freshwater");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem")).args(args).env("LANG", "C").output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = run(&[
        "polis",
        "import",
        &source,
        "--community",
        "riverbend",
        "--initiative",
        "redesign",
        "--database-url",
        &url,
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("Conversation 1 imported: 80 statements, "), "{out}");
    let exported = dir.path().join("out");
    let target = exported.to_str().unwrap();
    let (code, _, err) = run(&[
        "polis",
        "export",
        target,
        "--community",
        "riverbend",
        "--initiative",
        "redesign",
        "--conversation",
        "1",
        "--database-url",
        &url,
    ]);
    assert_eq!(code, Some(0), "{err}");
    let read = |d: &std::path::Path, f: &str| std::fs::read(d.join(f)).ok();
    let original = tandem_decide::opinion::opendata::read(
        &read(std::path::Path::new(&source), "comments.csv").unwrap(),
        read(std::path::Path::new(&source), "votes.csv").as_deref(),
        read(std::path::Path::new(&source), "participants-votes.csv").as_deref(),
        None,
    )
    .unwrap();
    let back = tandem_decide::opinion::opendata::read(
        &read(&exported, "comments.csv").unwrap(),
        read(&exported, "votes.csv").as_deref(),
        read(&exported, "participants-votes.csv").as_deref(),
        read(&exported, "summary.csv").as_deref(),
    )
    .unwrap();
    // The same final votes, up to renumbering of participants and statements.
    let profile = |c: &tandem_decide::opinion::opendata::Conversation| {
        let t = c.table();
        let mut rows: Vec<Vec<i8>> =
            (0..t.participants().len()).map(|p| t.row(p).iter().map(|x| x.1).collect()).collect();
        rows.sort();
        (t.vote_count(), t.statements().len(), rows)
    };
    assert_eq!(profile(&original), profile(&back));
    assert_eq!(back.comments.len(), original.comments.len());
    assert_eq!(
        back.comments.iter().filter(|c| c.moderated < 0).count(),
        original.comments.iter().filter(|c| c.moderated < 0).count()
    );
    assert!(!back.groups.is_empty(), "group ids from the drawn map");
    let all = std::fs::read_to_string(exported.join("participants-votes.csv")).unwrap();
    assert!(!all.contains("Participant"), "participants are numbers, not names");
    let (code, _, err) = run(&[
        "polis",
        "export",
        target,
        "--community",
        "riverbend",
        "--initiative",
        "redesign",
        "--conversation",
        "9",
        "--database-url",
        &url,
    ]);
    assert_eq!(code, Some(1));
    assert!(err.contains("There is no conversation 9"), "{err}");
}

#[test]
fn audit_verify_passes_an_intact_log_and_names_a_changed_entry() {
    let (_dir, url) = district();
    for slug in ["hillside", "lakeside"] {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["admin", "create-community", "--database-url", &url, "--slug", slug, "--name", slug])
            .env("LANG", "C")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let verify = |extra: &[&str], lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["audit", "verify", "--database-url", &url])
            .args(extra)
            .env("LANG", lang)
            .env("TANDEM_LOG", "error")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), text)
    };
    let (code, text) = verify(&[], "C");
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("intact: 2 entries"), "{text}");
    let anchor = text.lines().find_map(|l| l.strip_prefix("Latest: ")).expect("the head is printed").to_owned();
    assert!(anchor.starts_with("2:") && anchor.len() == 66, "{anchor}");
    assert_eq!(verify(&["--anchor", &anchor], "C").0, Some(0));
    let (code, text) = verify(&["--anchor", "2:not-a-hash"], "es_ES.UTF-8");
    assert_eq!(code, Some(1));
    assert!(text.contains("no es un ancla"), "{text}");

    // Someone with the database file switches off the guard and edits an entry.
    let path = url.trim_start_matches("sqlite://").to_owned();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let first_id: i64 = rt.block_on(async {
        use sqlx::Row;
        let db =
            tandem_store::Db::connect(&format!("sqlite://{path}"), tandem_store::PoolSettings { max_connections: 1 })
                .await
                .unwrap();
        sqlx::raw_sql("DROP TRIGGER audit_log_no_update").execute(db.pool()).await.unwrap();
        sqlx::query("UPDATE audit_log SET subject = 'elsewhere' WHERE seq = 1").execute(db.pool()).await.unwrap();
        sqlx::query("SELECT id FROM audit_log WHERE seq = 1").fetch_one(db.pool()).await.unwrap().get("id")
    });
    let (code, text) = verify(&[], "C");
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains(&format!("broken at entry {first_id} (position 1)")), "{text}");
    assert!(text.contains("contents were changed"), "{text}");
}

#[test]
fn recount_checks_a_closed_poll_against_its_stored_count_and_fails_when_it_differs() {
    use tandem_service::{Service, polls, testing};
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("r.db").display());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    // A poll that closed on 20 November 2026 (the fixture's clock starts two days before).
    let (slug, poll_id) = rt.block_on(async {
        let db = tandem_store::Db::connect(&url, tandem_store::PoolSettings { max_connections: 2 }).await.unwrap();
        db.migrate().await.unwrap();
        let clock = std::sync::Arc::new(tandem_service::ManualClock::new(testing::START));
        let svc = Service::new(db).with_clock(clock);
        let f = testing::riverbend(&svc).await;
        let area = testing::open_for_participation(&svc, &f.public_slug, svc.now()).await;
        let (fac, board) = testing::in_initiative(&svc, "fac@example.org", &f.public_slug).await;
        let input = polls::PollInput {
            title: String::from("Name the school"),
            method: String::from("plurality"),
            options: vec![String::from("Oak"), String::from("Elm")],
            decision_area_id: Some(area),
            closes_on: String::from("2026-11-20"),
            ..polls::PollInput::default()
        };
        let id = polls::create(&svc, &fac, &board, &input, svc.now()).await.unwrap();
        let poll = polls::poll(&svc, &board, id).await.unwrap();
        for who in ["admin@example.org", "fac@example.org", "member@example.org", "pupil@example.org"] {
            let (voter, b) = testing::in_initiative(&svc, who, &f.public_slug).await;
            let marks = tandem_domain::decisions::PollMarks { choice: String::from("1"), ..Default::default() };
            polls::cast(&svc, &voter, &b, &poll, &marks, svc.now()).await.unwrap();
        }
        (f.public_slug, id)
    });
    let recount = || {
        let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["recount", "--community", "riverbend", "--initiative", &slug, "--poll", &poll_id.to_string()])
            .args(["--database-url", &url])
            .env("LANG", "C")
            .env("TANDEM_LOG", "error")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), text)
    };
    let (code, text) = recount();
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("The recount matches: 4 ballots"), "{text}");

    // A ballot changed in the database after the count was stored.
    rt.block_on(async {
        let db = tandem_store::Db::connect(&url, tandem_store::PoolSettings { max_connections: 1 }).await.unwrap();
        sqlx::query("UPDATE poll_ballots SET content = '2'").execute(db.pool()).await.unwrap();
    });
    let (code, text) = recount();
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("does not match the stored count: now 4 ballots"), "{text}");

    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["recount", "--community", "riverbend", "--initiative", &slug, "--database-url", &url])
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "one of --poll and --budget is required");
}

/// `tandem representation`: the documented JSON shape, figures worked out by
/// hand, the shared suppression, and bad rows named by line with nothing
/// printed on standard output.
#[test]
fn representation_measures_files_and_refuses_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("baseline.csv");
    std::fs::write(
        &base,
        "dimension,group,count\nhome_language,English,300\nhome_language,Spanish,150\nhome_language,Arabic,50\nsend,yes,40\nsend,no,360\n",
    )
    .unwrap();
    // 32 English, 10 Spanish, 3 Arabic.
    let mut rows = String::from("participant,home_language,send,contributions\n");
    for i in 0..45 {
        let language = match i {
            0..30 => "English",
            30..40 => "Spanish",
            40..43 => "Arabic",
            _ => "English",
        };
        let send = if i < 20 { "no" } else { "-" };
        rows.push_str(&format!("p{i},{language},{send},{}\n", if i == 0 { 91 } else { 1 }));
    }
    let parts = dir.path().join("participants.csv");
    std::fs::write(&parts, rows).unwrap();
    let (b, p) = (base.to_str().unwrap(), parts.to_str().unwrap());
    let out = json_out(&["representation", b, p, "--json"]);
    let language = &out["dimensions"][0];
    assert_eq!(language["dimension"], "home_language");
    // Arabic (3) is small, Spanish (10) hides to protect it, and English
    // alone would stand for the whole dimension: nothing of it is shown.
    assert_eq!(language["shown"], false);
    assert!(language["dissimilarity"].is_null() && language["unknown"].is_null());
    for g in language["groups"].as_array().unwrap() {
        assert_eq!(g["suppressed"], true);
        assert!(g["participants"].is_null() && g["share"].is_null() && g["rate"].is_null() && g["ratio"].is_null());
        assert!(g["impact_ratio"].is_null() && g["baseline"].is_number());
    }
    assert_eq!(language["groups"][0]["baseline_share"], 0.6);
    // send: 20 "no" and 25 unknown; "yes" is shown as 0 (zero is never hidden).
    let send = &out["dimensions"][1];
    assert_eq!(send["unknown"], 25);
    assert_eq!(send["groups"][0]["participants"], 0);
    assert_eq!(send["groups"][1]["participants"], 20);
    assert_eq!(send["groups"][1]["share"], 1.0);
    assert_eq!(send["groups"][1]["rate"], 20.0 / 360.0);
    // Duncan D = ½(|0 − .1| + |1 − .9|) = 0.1.
    assert!((send["dissimilarity"].as_f64().unwrap() - 0.1).abs() < 1e-12);
    let voice = &out["voice"];
    assert_eq!(voice["participants"], 45);
    assert_eq!(voice["contributions"], 135);
    // ⌈4.5⌉ = 5 largest: 91 + 4 = 95 of 135.
    assert!((voice["top10_share"].as_f64().unwrap() - 95.0 / 135.0).abs() < 1e-12);
    // Gini with one at 91 and 44 at 1: Σ|xi−xj| = 2·44·90; / (2 n² mean) = 7920 / (2·45·135).
    assert!((voice["gini"].as_f64().unwrap() - 7920.0 / (2.0 * 45.0 * 135.0)).abs() < 1e-12);
    let kinds: Vec<&str> = out["alerts"].as_array().unwrap().iter().map(|a| a["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"absent") && kinds.contains(&"concentration"), "{kinds:?}");

    // A bad row: the line is named, in the terminal's language, and nothing is printed.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "participant,home_language,send,contributions\np1,English,no,2\np2,English,no,lots\n")
        .unwrap();
    let run = |lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["representation", b, bad.to_str().unwrap(), "--json"])
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap()
    };
    let out = run("C");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing printed as a result");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Line 3: contributions:"), "{err}");
    let err = String::from_utf8_lossy(&run("es_ES.UTF-8").stderr).into_owned();
    assert!(err.contains("Línea 3: contributions:") && err.contains("no se leyó nada"), "{err}");
    std::fs::write(&bad, "dimension,group,count\nhome_language,English,many\n").unwrap();
    let (code, err) = tandem(&["representation", bad.to_str().unwrap(), p], "C");
    assert_eq!(code, 1);
    assert!(err.contains("Line 2: count:"), "{err}");
}

fn count_baselines(url: &str) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let db = tandem_store::Db::connect(url, tandem_store::PoolSettings { max_connections: 1 }).await.unwrap();
        tandem_store::representation::baselines(db.pool(), 1).await.unwrap().iter().map(|b| b.groups.len()).sum()
    })
}

/// `tandem import baseline`: all of a file or nothing, the bad line named.
#[test]
fn baselines_import_all_of_a_file_or_nothing() {
    let (dir, url) = district();
    let run = |file: &std::path::Path, extra: &[&str]| {
        let mut args = vec!["import", "baseline", file.to_str().unwrap(), "--community", "riverbend"];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--database-url", &url]);
        let out = Command::new(env!("CARGO_BIN_EXE_tandem")).args(&args).env("LANG", "C").output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "dimension,group,count\nhome_language,English,300\nhome_language,Arabic,lots\n").unwrap();
    let (code, _, err) = run(&bad, &["--source", "Census", "--as-of", "2026-10-01"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("Line 3") && err.contains("count:"), "{err}");
    assert_eq!(count_baselines(&url), 0, "nothing half-imported");
    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        "dimension,group,count\nhome_language,English,300\nhome_language,Arabic,50\nneighbourhood,North,120\n",
    )
    .unwrap();
    let (code, _, err) = run(&good, &["--source", "Census", "--school", "nowhere"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("no school \"nowhere\""), "{err}");
    let (code, out, err) = run(&good, &["--source", "Census"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out, "3 groups imported.\n");
    assert_eq!(count_baselines(&url), 3);
}

#[test]
fn sortition_selects_draws_and_verifies_the_papers_instance() {
    let dir = shared("sortition/example_small_20");
    let (categories, respondents) = (format!("{dir}/categories.csv"), format!("{dir}/respondents.csv"));
    let args = ["sortition", "select", &categories, &respondents, "--panel", "20", "--json"];
    let out = json_out(&args);
    // reference_statistics.txt: the exact LEXIMIN minimum is 10 %, the Gini coefficient 0.
    assert!((out["min_probability"].as_f64().unwrap() - 0.1).abs() < 1e-6);
    assert!(out["gini"].as_f64().unwrap() < 1e-6);
    let probabilities = out["probabilities"].as_object().unwrap();
    assert_eq!(probabilities.len(), 200, "people numbered by row from 1");
    assert!(probabilities.contains_key("1") && probabilities.contains_key("200"));
    let sum: f64 = out["panels"].as_array().unwrap().iter().map(|p| p["probability"].as_f64().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-9);
    assert!(out.get("selected").is_none(), "no seed, no draw");

    // A public draw: the hash of the secret, then the dice.
    let drawn = json_out(&[&args[..], &["--secret", "river-bend-2026", "--entropy", "6 2 5 1 4"]].concat());
    let selected = drawn["selected"].as_array().unwrap();
    assert_eq!(selected.len(), 20);
    let commitment = drawn["commitment"].as_str().unwrap().to_owned();
    let published = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(published.path(), drawn.to_string()).unwrap();
    let path = published.path().to_str().unwrap();
    let verify = |secret: &str, entropy: &str| {
        Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["sortition", "verify", path, "--secret", secret, "--entropy", entropy])
            .env("LANG", "C")
            .output()
            .unwrap()
    };
    let ok = verify("river-bend-2026", "62514");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let said = String::from_utf8_lossy(&ok.stdout);
    let ids: Vec<&str> = selected.iter().map(|v| v.as_str().unwrap()).collect();
    assert!(said.contains(&ids.join(", ")) && said.contains("Verified"), "{said}");
    // The commit command prints the same hash anyone can get with sha256sum.
    let commit = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["sortition", "commit", "--secret", "river-bend-2026"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&commit.stdout).trim(), commitment);
    // A reveal that does not match the hash draws nothing.
    let wrong = verify("river-bend-2025", "62514");
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("does not match the hash"));
    assert!(String::from_utf8_lossy(&wrong.stdout).is_empty());
    // Other dice, another panel: the file's record no longer matches.
    let other = verify("river-bend-2026", "11111");
    assert_eq!(other.status.code(), Some(1));
}

#[test]
fn bad_sortition_input_is_explained_in_the_terminals_language() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let categories = write("categories.csv", "category,feature,min,max\nrole,parent,2,3\nrole,pupil,1,2\n");
    let people =
        write("people.csv", "id,role,address\na,parent,1 Elm\nb,parent,1 Elm\nc,pupil,2 Oak\nd,parent,3 Ash\n");
    let select = |extra: &[&str], categories: &str, people: &str, lang: &str| {
        tandem(&[&["sortition", "select", categories, people][..], extra].concat(), lang)
    };
    let (code, err) = select(&["--panel", "3"], &categories, &people, "C");
    assert_eq!(code, 0, "{err}");
    let cases: Vec<(Vec<&str>, String, String, &str, &str)> = vec![
        (
            vec!["--panel", "9"],
            categories.clone(),
            people.clone(),
            "9 seats, but only 4 people",
            "9 puestos, pero solo 4",
        ),
        (
            vec!["--panel", "4", "--household", "address"],
            categories.clone(),
            people.clone(),
            "4 seats, but only 3 people can sit",
            "",
        ),
        (
            vec!["--panel", "3", "--household", "street"],
            categories.clone(),
            people.clone(),
            "no column “street”",
            "no hay columna «street»",
        ),
        (
            vec!["--panel", "3"],
            write("tight.csv", "category,feature,min,max\nrole,parent,3,3\nrole,pupil,1,1\n"),
            people.clone(),
            "minimums add up to 4 and the maximums to 4, for 3 seats",
            "los mínimos suman 4",
        ),
        (
            vec!["--panel", "3"],
            write("few.csv", "category,feature,min,max\nrole,parent,0,3\nrole,pupil,2,3\n"),
            people.clone(),
            "Smallest change: role = pupil from 2–3 to 1–3",
            "Cambio mínimo: role = pupil de 2–3 a 1–3",
        ),
        (
            vec!["--panel", "3"],
            categories.clone(),
            write("dup.csv", "id,role\na,parent\na,pupil\n"),
            "line 3: the id a appears twice",
            "línea 3: el id a aparece dos veces",
        ),
        (
            vec!["--panel", "3"],
            categories.clone(),
            write("odd.csv", "id,role\na,teacher\n"),
            "line 2: role: “teacher” has no quota",
            "«teacher» no tiene cuota",
        ),
        (
            vec!["--panel", "3", "--exclude", "zz"],
            categories.clone(),
            people.clone(),
            "No one with the id zz",
            "Nadie con el id zz",
        ),
    ];
    for (extra, categories, people, english, spanish) in cases {
        let (code, err) = select(&extra, &categories, &people, "en_GB.UTF-8");
        assert_eq!(code, 1, "{extra:?}");
        assert!(err.contains(english), "{extra:?}: {err}");
        assert!(!err.contains("panicked"));
        if !spanish.is_empty() {
            let (code, err) = select(&extra, &categories, &people, "es_ES.UTF-8");
            assert_eq!(code, 1);
            assert!(err.contains(spanish), "{extra:?}: {err}");
        }
    }
    let broken = write("lottery.json", "{\"panels\": 3}");
    let (code, err) = tandem(&["sortition", "verify", &broken, "--seed", "x"], "C");
    assert_eq!(code, 1);
    assert!(err.contains("is not a lottery"), "{err}");
}
