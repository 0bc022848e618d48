//! `tandem backup` while the demo district is being served, restored with
//! `tandem restore` into each database: every table comes back the same.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    collections::BTreeMap,
    path::Path,
    process::{Child, Command, Stdio},
    time::Duration,
};

use tandem_store::testing::{TestDb, backends};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn tandem(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .env("LANG", "C")
        .env("TANDEM_LOG", "error")
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

/// Every table of a backup file, compared whatever order a database keeps its columns in.
fn tables(file: &Path) -> BTreeMap<String, tandem_store::testing::BackupTable> {
    tandem_store::testing::backup_tables(&std::fs::read(file).unwrap()).unwrap()
}

#[tokio::test]
async fn the_demo_backed_up_while_served_restores_into_either_database() {
    let dir = tempfile::tempdir().unwrap();
    for source in backends() {
        let src = TestDb::at_version(source, 0).await.unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["demo", "--database-url", &src.url, "--addr", &format!("127.0.0.1:{port}")])
            .env("TANDEM_LOG", "error")
            .env("LANG", "C")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // The demo listens first and says it is running once the district is filled.
        let stdout = child.stdout.take().unwrap();
        let _demo = Server(child);
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        // Reads on to the end, so the demo never writes into a closed pipe.
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.contains("demo is running") {
                    let _ = ready_tx.send(());
                }
            }
        });
        let ready = tokio::task::spawn_blocking(move || ready_rx.recv_timeout(Duration::from_secs(120)));
        assert!(ready.await.unwrap().is_ok(), "the demo started");

        let taken = dir.path().join(format!("{source:?}.backup"));
        let page = reqwest::get(format!("http://127.0.0.1:{port}/")).await.unwrap();
        assert_eq!(page.status().as_u16(), 200, "the demo is serving while the backup is taken");
        let (ok, said) = tandem(&["backup", "--database-url", &src.url, taken.to_str().unwrap()]);
        assert!(ok && said.starts_with("Backed up "), "{said}");
        let sent = tables(&taken);
        for busy in
            ["users", "ideas", "poll_ballots", "budget_ballots", "conversation_votes", "audit_log", "charter_versions"]
        {
            assert!(!sent[busy].is_empty(), "the demo fills {busy}");
        }

        for target in backends() {
            let tgt = TestDb::at_version(target, 0).await.unwrap();
            let (ok, said) = tandem(&["restore", taken.to_str().unwrap(), "--database-url", &tgt.url]);
            assert!(ok, "{source:?} → {target:?}: {said}");
            assert!(said.contains("The audit log is intact"), "{said}");
            let (ok, said) = tandem(&["audit", "verify", "--database-url", &tgt.url]);
            assert!(ok, "{said}");
            let again = dir.path().join(format!("{source:?}-{target:?}.backup"));
            assert!(tandem(&["backup", "--database-url", &tgt.url, again.to_str().unwrap()]).0);
            assert_eq!(tables(&again), sent, "{source:?} → {target:?}: every table, row and value");
            // The filled database takes no second restore.
            let (ok, said) = tandem(&["restore", taken.to_str().unwrap(), "--database-url", &tgt.url]);
            assert!(!ok && said.contains("already holds communities or people"), "{said}");
        }
    }
}
