//! Backups: consistent while writers run, restored into either database,
//! refused whole when damaged; on SQLite always and PostgreSQL whenever
//! TANDEM_TEST_POSTGRES_URL is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    io::{Read, Write},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
};

use tandem_domain::{Timestamp, community::CommunityKind};
use tandem_store::{
    Backend, Db, audit,
    backup::{self, BackupError},
    communities,
    testing::{TestDb, backends},
    users,
};

const NOW: Timestamp = Timestamp(1_795_000_000);

async fn seed(db: &Db) -> i64 {
    let new = communities::NewCommunity {
        slug: "riverbend",
        name: "Riverbend",
        kind: CommunityKind::District,
        description: "",
    };
    let c = communities::create(&mut db.acquire().await.unwrap(), &new, NOW).await.unwrap();
    for (i, name) in ["Ana Ruiz", "Ngozi \"Zee\" Okafor", "李 小龙", "O'Brien\nnewline"].iter().enumerate() {
        let email = format!("p{i}@example.org");
        let new = users::NewUser {
            email: Some(&email),
            display_name: name,
            password_hash: None,
            lang: "es",
            is_site_admin: false,
        };
        let id = users::create(db.pool(), &new, NOW).await.unwrap();
        record(db, c, Some(id)).await;
    }
    c
}

async fn record(db: &Db, community: i64, actor: Option<i64>) {
    let entry = audit::Entry {
        community_id: Some(community),
        initiative_id: None,
        actor_id: actor,
        via: "cli",
        action: "community.update",
        subject: "riverbend",
        detail: "",
    };
    let mut tx = db.begin().await.unwrap();
    audit::record(&mut tx, &entry, NOW).await.unwrap();
    tx.commit().await.unwrap();
}

async fn dump(db: &Db) -> Vec<u8> {
    let mut out = Vec::new();
    backup::dump(db, &mut out, |_, _| {}).await.unwrap();
    out
}

fn gunzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).unwrap();
    text
}

fn gzip(text: &str) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(text.as_bytes()).unwrap();
    gz.finish().unwrap()
}

fn tables(bytes: &[u8]) -> std::collections::BTreeMap<String, tandem_store::testing::BackupTable> {
    tandem_store::testing::backup_tables(bytes).unwrap()
}

async fn restore(db: &Db, bytes: &[u8]) -> Result<backup::Summary, BackupError> {
    backup::restore(db, || Ok(bytes), |_, _| {}).await
}

#[tokio::test]
async fn a_backup_taken_while_writers_run_is_one_consistent_moment() {
    for source in backends() {
        let t = TestDb::new(source).await.unwrap();
        let c = seed(&t.db).await;
        let stop = Arc::new(AtomicBool::new(false));
        let writer = {
            let (db, stop) = (t.db.clone(), stop.clone());
            tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    record(&db, c, None).await;
                    n += 1;
                }
                n
            })
        };
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let bytes = dump(&t.db).await;
        stop.store(true, Ordering::Relaxed);
        let written = writer.await.unwrap();
        assert!(written > 0, "the writer ran during the backup");
        // The head and the entries were read at one moment: restored anywhere,
        // the chain ends exactly at the head.
        for target in backends() {
            let r = TestDb::new(target).await.unwrap();
            let summary = restore(&r.db, &bytes).await.unwrap();
            let found = audit::verify(&r.db, vec![]).await.unwrap();
            assert_eq!(found.broken, None, "{source:?} → {target:?}");
            assert_eq!(found.entries, summary.rows["audit_log"], "{source:?} → {target:?}");
        }
    }
}

#[tokio::test]
async fn every_row_comes_back_on_either_database_and_new_rows_follow_on() {
    for source in backends() {
        let t = TestDb::new(source).await.unwrap();
        seed(&t.db).await;
        // Same-table references that point forward: an account merged into a newer one.
        sqlx::query(
            "UPDATE users SET merged_into = (SELECT MAX(id) FROM users) WHERE id = (SELECT MIN(id) FROM users)",
        )
        .execute(t.db.pool())
        .await
        .unwrap();
        let original = dump(&t.db).await;
        for target in backends() {
            let r = TestDb::new(target).await.unwrap();
            let summary = restore(&r.db, &original).await.unwrap();
            assert_eq!(summary.rows["users"], 4);
            let (back, sent) = (tables(&dump(&r.db).await), tables(&original));
            assert!(sent.len() > 40 && sent["users"].len() == 4 && sent["audit_log"].len() == 4);
            assert_eq!(back, sent, "{source:?} → {target:?}: every table, row and value");
            // Ids continue after the restored ones.
            let new = users::NewUser {
                email: Some("new@example.org"),
                display_name: "New",
                password_hash: None,
                lang: "en",
                is_site_admin: false,
            };
            let id = users::create(r.db.pool(), &new, NOW).await.unwrap();
            assert!(id > 4, "{target:?}: {id}");
            // A second restore into the same (now full) database is refused.
            assert!(matches!(restore(&r.db, &original).await, Err(BackupError::NotEmpty)));
        }
    }
}

#[tokio::test]
async fn a_damaged_backup_is_refused_whole_and_changes_nothing() {
    let t = TestDb::new(Backend::Sqlite).await.unwrap();
    seed(&t.db).await;
    let good = gunzip(&dump(&t.db).await);
    let lines: Vec<&str> = good.lines().collect();
    let edited = good.replacen("Ana Ruiz", "Someone Else", 1);
    let without_a_row =
        lines.iter().enumerate().filter(|(i, _)| *i != 5).map(|(_, l)| format!("{l}\n")).collect::<String>();
    let cut = lines[..lines.len() - 1].iter().map(|l| format!("{l}\n")).collect::<String>();
    let bad_json = good.replacen("[1,", "[1,,", 1);
    type Expected = fn(&BackupError) -> bool;
    let cases: Vec<(&str, Vec<u8>, Expected)> = vec![
        ("edited", gzip(&edited), |e| matches!(e, BackupError::Checksum)),
        ("a row removed", gzip(&without_a_row), |e| matches!(e, BackupError::Damaged(_) | BackupError::Checksum)),
        ("cut short", gzip(&cut), |e| matches!(e, BackupError::Truncated)),
        ("unreadable line", gzip(&bad_json), |e| matches!(e, BackupError::Damaged(n) if *n > 1)),
        ("not gzip", good.clone().into_bytes(), |e| matches!(e, BackupError::NotABackup)),
        ("another gzip", gzip("name,count\na,1\n"), |e| matches!(e, BackupError::NotABackup)),
        ("empty", Vec::new(), |e| matches!(e, BackupError::NotABackup)),
    ];
    for backend in backends() {
        for (what, bytes, expected) in &cases {
            // A database nobody has set up yet stays that way.
            let r = TestDb::at_version(backend, 0).await.unwrap();
            let refused = restore(&r.db, bytes).await.expect_err(what);
            assert!(expected(&refused), "{backend:?} {what}: {refused:?}");
            let tables: i64 = sqlx::Row::get(
                &sqlx::query(match backend {
                    Backend::Sqlite => "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'users'",
                    Backend::Postgres => "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = 'users' AND table_schema = current_schema()",
                })
                .fetch_one(r.db.pool())
                .await
                .unwrap(),
                "n",
            );
            assert_eq!(tables, 0, "{backend:?} {what}: nothing was created");
        }
    }
}

#[tokio::test]
async fn a_backup_from_an_older_schema_is_restored_then_upgraded() {
    for source in backends() {
        let t = TestDb::at_version(source, 15).await.unwrap();
        let new = communities::NewCommunity {
            slug: "riverbend",
            name: "Riverbend",
            kind: CommunityKind::District,
            description: "",
        };
        let c = communities::create(&mut t.db.acquire().await.unwrap(), &new, NOW).await.unwrap();
        sqlx::query("INSERT INTO audit_log (community_id, via, action, at) VALUES ($1, 'cli', 'community.create', $2)")
            .bind(c)
            .bind(NOW.0)
            .execute(t.db.pool())
            .await
            .unwrap();
        let old = dump(&t.db).await;
        assert!(gunzip(&old).starts_with("{\"format\":\"tandem-backup\",\"layout\":1,\"schema\":15,"));
        for target in backends() {
            let r = TestDb::at_version(target, 0).await.unwrap();
            restore(&r.db, &old).await.unwrap();
            let found = audit::verify(&r.db, vec![]).await.unwrap();
            assert_eq!((found.entries, found.broken), (1, None), "{source:?} → {target:?}: sealed by the upgrade");
            // A target already set up by a newer schema cannot take an older backup.
            let ahead = TestDb::new(target).await.unwrap();
            assert!(
                matches!(restore(&ahead.db, &old).await, Err(BackupError::TargetAhead { target, backup: 15 }) if target > 15)
            );
        }
    }
}
