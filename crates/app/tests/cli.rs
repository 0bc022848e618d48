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
        let cid = communities::create(&db, &new, Timestamp(0)).await.unwrap();
        let fields = initiatives::InitiativeFields {
            school_id: None,
            title: "Redesign",
            summary: "",
            visibility: Visibility::Public,
            value_statement: "",
        };
        initiatives::create(&db, cid, &Slug::from_title("Redesign"), &fields, None, Timestamp(0)).await.unwrap();
        db.close().await;
    });
    (dir, url)
}

fn count_events(url: &str) -> usize {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let db = tandem_store::Db::connect(url, tandem_store::PoolSettings { max_connections: 1 }).await.unwrap();
        tandem_store::engagement::recent(&db, 1, 1000).await.unwrap().len()
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
