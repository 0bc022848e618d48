//! The audit log is a hash chain that refuses edits, keeps its history when
//! people and communities are deleted, and names the first broken entry;
//! on SQLite always and PostgreSQL whenever TANDEM_TEST_POSTGRES_URL is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tandem_domain::{Timestamp, audit::Break, community::CommunityKind};
use tandem_store::{
    Backend, Db, audit, communities,
    testing::{TestDb, backends},
    users,
};

const NOW: Timestamp = Timestamp(1_795_000_000);

async fn community(db: &Db) -> i64 {
    let new = communities::NewCommunity {
        slug: "riverbend",
        name: "Riverbend",
        kind: CommunityKind::District,
        description: "",
    };
    communities::create(&mut db.acquire().await.unwrap(), &new, NOW).await.unwrap()
}

async fn person(db: &Db, email: &str, name: &str) -> i64 {
    let new = users::NewUser {
        email: Some(email),
        display_name: name,
        password_hash: Some("h"),
        lang: "en",
        is_site_admin: false,
    };
    users::create(db.pool(), &new, NOW).await.unwrap()
}

async fn record(db: &Db, community: Option<i64>, actor: Option<i64>, detail: &str) {
    let entry = audit::Entry {
        community_id: community,
        initiative_id: None,
        actor_id: actor,
        via: "page",
        action: "community.update",
        subject: "riverbend",
        detail,
    };
    let mut tx = db.begin().await.unwrap();
    audit::record(&mut tx, &entry, NOW).await.unwrap();
    tx.commit().await.unwrap();
}

async fn id_at(db: &Db, seq: i64) -> i64 {
    let row = sqlx::query("SELECT id FROM audit_log WHERE seq = $1").bind(seq).fetch_one(db.pool()).await.unwrap();
    sqlx::Row::get(&row, "id")
}

/// What someone with direct access to the database could do: switch off
/// the triggers that keep the log append-only.
async fn bypass_triggers(db: &Db) {
    let sql = match db.backend() {
        Backend::Sqlite => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;",
        Backend::Postgres => "ALTER TABLE audit_log DISABLE TRIGGER USER",
    };
    sqlx::raw_sql(sql).execute(db.pool()).await.unwrap();
}

/// A database with five entries in the log.
async fn five_entries(backend: Backend) -> TestDb {
    let t = TestDb::new(backend).await.unwrap();
    let c = community(&t.db).await;
    let ana = person(&t.db, "ana@example.org", "Ana").await;
    for i in 1..=5 {
        record(&t.db, Some(c), Some(ana), &format!("change {i}")).await;
    }
    t
}

#[tokio::test]
async fn concurrent_writers_seal_one_unbroken_chain() {
    for backend in backends() {
        let t = TestDb::new(backend).await.unwrap();
        let c = community(&t.db).await;
        let writers: Vec<_> = (0..40)
            .map(|i| {
                let db = t.db.clone();
                tokio::spawn(async move { record(&db, Some(c), None, &format!("writer {i}")).await })
            })
            .collect();
        for w in writers {
            w.await.unwrap();
        }
        let found = audit::verify(&t.db, vec![]).await.unwrap();
        assert_eq!(found.broken, None, "{backend:?}");
        assert_eq!(found.entries, 40, "{backend:?}");
        assert_eq!(found.head.len(), 64);
        // The printed head is an anchor a later check accepts.
        let again = audit::verify(&t.db, vec![(40, found.head.clone())]).await.unwrap();
        assert_eq!(again.broken, None);
    }
}

#[tokio::test]
async fn the_log_refuses_updates_deletes_and_truncation() {
    for backend in backends() {
        let t = five_entries(backend).await;
        for sql in ["UPDATE audit_log SET detail = 'rewritten' WHERE seq = 3", "DELETE FROM audit_log WHERE seq = 3"] {
            let refused = sqlx::query(sql).execute(t.db.pool()).await;
            let message = refused.expect_err(sql).to_string();
            assert!(message.contains("append-only"), "{backend:?} {sql}: {message}");
        }
        if backend == Backend::Postgres {
            assert!(sqlx::query("TRUNCATE audit_log").execute(t.db.pool()).await.is_err());
        }
        assert_eq!(audit::verify(&t.db, vec![]).await.unwrap().broken, None);
        assert_eq!(audit::verify(&t.db, vec![]).await.unwrap().entries, 5);
    }
}

#[tokio::test]
async fn verify_names_the_first_broken_entry() {
    for backend in backends() {
        // A changed entry.
        let t = five_entries(backend).await;
        bypass_triggers(&t.db).await;
        sqlx::query("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3")
            .execute(t.db.pool())
            .await
            .unwrap();
        let found = audit::verify(&t.db, vec![]).await.unwrap();
        assert_eq!(found.broken, Some((Break::Contents { seq: 3 }, Some(id_at(&t.db, 3).await))), "{backend:?}");

        // A removed entry.
        let t = five_entries(backend).await;
        bypass_triggers(&t.db).await;
        let fourth = id_at(&t.db, 4).await;
        sqlx::query("DELETE FROM audit_log WHERE seq = 3").execute(t.db.pool()).await.unwrap();
        let found = audit::verify(&t.db, vec![]).await.unwrap();
        assert_eq!(found.broken, Some((Break::Gap { expected: 3, found: 4 }, Some(fourth))), "{backend:?}");

        // The last entry removed.
        let t = five_entries(backend).await;
        bypass_triggers(&t.db).await;
        sqlx::query("DELETE FROM audit_log WHERE seq = 5").execute(t.db.pool()).await.unwrap();
        let found = audit::verify(&t.db, vec![]).await.unwrap();
        assert_eq!(found.broken, Some((Break::Head { head_seq: 5, last_seq: 4 }, None)), "{backend:?}");

        // An entry slipped in without a seal.
        let t = five_entries(backend).await;
        sqlx::query("INSERT INTO audit_log (action, at) VALUES ('community.update', 1)")
            .execute(t.db.pool())
            .await
            .unwrap();
        let found = audit::verify(&t.db, vec![]).await.unwrap();
        assert_eq!(found.broken, Some((Break::Unsealed { count: 1 }, None)), "{backend:?}");

        // A whole log rewritten with fresh hashes is caught by a hash noted before.
        let t = five_entries(backend).await;
        let noted = audit::verify(&t.db, vec![]).await.unwrap().head;
        bypass_triggers(&t.db).await;
        sqlx::raw_sql("DELETE FROM audit_log; UPDATE audit_head SET seq = 0, hash = ''")
            .execute(t.db.pool())
            .await
            .unwrap();
        let c: i64 =
            sqlx::Row::get(&sqlx::query("SELECT id FROM communities").fetch_one(t.db.pool()).await.unwrap(), "id");
        for i in 1..=5 {
            record(&t.db, Some(c), None, &format!("forged {i}")).await;
        }
        assert_eq!(audit::verify(&t.db, vec![]).await.unwrap().broken, None, "a rewrite is self-consistent");
        let found = audit::verify(&t.db, vec![(5, noted)]).await.unwrap();
        assert_eq!(found.broken, Some((Break::Anchor { seq: 5 }, Some(id_at(&t.db, 5).await))), "{backend:?}");
    }
}

#[tokio::test]
async fn deleting_people_and_communities_keeps_their_history() {
    for backend in backends() {
        let t = TestDb::new(backend).await.unwrap();
        let c = community(&t.db).await;
        let ana = person(&t.db, "ana@example.org", "Ana Ruiz").await;
        record(&t.db, Some(c), Some(ana), "before").await;
        users::set_display_name(t.db.pool(), ana, "Ana R.").await.ok();
        sqlx::query("DELETE FROM users WHERE id = $1").bind(ana).execute(t.db.pool()).await.unwrap();
        let page = audit::list(&t.db, c, &audit::Filter::default(), None, 10).await.unwrap();
        assert_eq!(page.total, 1);
        assert_eq!(page.entries[0].actor_id, Some(ana));
        assert_eq!(page.entries[0].actor_name.as_deref(), Some("Ana Ruiz"), "the name when they acted");
        let actors = audit::actors(t.db.pool(), c).await.unwrap();
        assert_eq!(actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Ana Ruiz"]);

        sqlx::query("DELETE FROM communities WHERE id = $1").bind(c).execute(t.db.pool()).await.unwrap();
        let kept: i64 = sqlx::Row::get(
            &sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE community_id = $1")
                .bind(c)
                .fetch_one(t.db.pool())
                .await
                .unwrap(),
            "n",
        );
        assert_eq!(kept, 1, "{backend:?}: the community's log outlives it");
        let found = audit::verify(&t.db, vec![]).await.unwrap();
        assert_eq!((found.entries, found.broken), (1, None));
    }
}

#[tokio::test]
async fn an_upgrade_seals_the_entries_written_before_the_chain() {
    for backend in backends() {
        let t = TestDb::at_version(backend, 15).await.unwrap();
        let c = community(&t.db).await;
        let ana = person(&t.db, "ana@example.org", "Ana").await;
        for (i, actor) in [Some(ana), None, Some(ana)].into_iter().enumerate() {
            sqlx::query(
                "INSERT INTO audit_log (community_id, actor_id, via, action, subject, detail, at)
                 VALUES ($1, $2, 'page', 'community.update', 'riverbend', $3, $4)",
            )
            .bind(c)
            .bind(actor)
            .bind(format!("old {i}"))
            .bind(NOW.0 + i as i64)
            .execute(t.db.pool())
            .await
            .unwrap();
        }
        t.db.migrate().await.unwrap();
        record(&t.db, Some(c), Some(ana), "new").await;
        let found = audit::verify(&t.db, vec![]).await.unwrap();
        assert_eq!((found.entries, found.broken), (4, None), "{backend:?}");
        let page = audit::list(&t.db, c, &audit::Filter::default(), None, 10).await.unwrap();
        let names: Vec<_> = page.entries.iter().map(|e| e.actor_name.as_deref()).collect();
        // Newest first: old 2, old 1 (nobody), then "new" and old 0 at the same second.
        assert_eq!(names, [Some("Ana"), None, Some("Ana"), Some("Ana")]);
    }
}
