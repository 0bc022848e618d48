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
    assert_eq!(run("C"), (Some(0), String::from("1 migration applied.\n")));
    assert_eq!(run("es_ES.UTF-8"), (Some(0), String::from("Se aplicaron 0 migraciones.\n")));
}
