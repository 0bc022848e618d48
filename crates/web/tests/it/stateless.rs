//! Servers keep nothing of their own: sessions, throttles and jobs are in the database.

use std::sync::Arc;

use tandem_service::{ManualClock, jobs};
use tandem_store::Backend;

use crate::support::*;

#[tokio::test]
async fn a_session_made_on_one_server_is_honoured_by_another() {
    on_each_backend(|first| async move {
        first.riverbend().await;
        // A second server process on the same database (PostgreSQL: the
        // deployment with several servers behind a load balancer).
        let second = spawn_on(first.db.clone(), Arc::new(ManualClock::new(START))).await;
        let client = first.login("member@example.org").await;
        let (status, html) = get_text(&client, &second.url("/account")).await;
        assert_eq!(status, 200, "logged in on the second server too ({:?})", first.backend);
        assert!(html.contains("member@example.org"));
        // A form rendered by one server is accepted by the other (CSRF token in the database).
        let r = second.post_form(&client, "/account", "/lang", &[("lang", "es"), ("next", "/")]).await;
        assert_eq!(r.status().as_u16(), 303);
        // Logging out on the second ends the session on the first.
        second.post_form(&client, "/account", "/logout", &[]).await;
        assert_eq!(client.get(first.url("/account")).send().await.unwrap().status().as_u16(), 303);
        // Throttling counts failures across servers.
        let attacker = first.client();
        for server in [&first, &second, &first, &second, &first] {
            let r = server
                .post_form(
                    &attacker,
                    "/login",
                    "/login",
                    &[("email", "fac@example.org"), ("password", "nope nope nope")],
                )
                .await;
            assert_eq!(r.status().as_u16(), 401);
        }
        let r = second
            .post_form(&attacker, "/login", "/login", &[("email", "fac@example.org"), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status().as_u16(), 429);
        if first.backend == Backend::Postgres {
            eprintln!("two servers shared sessions through one PostgreSQL");
        }
    })
    .await;
}

#[tokio::test]
async fn the_cleanup_job_runs_from_the_database_queue() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.login("member@example.org").await;
        drop(client);
        jobs::schedule_cleanup(&app.db, app.clock.now_for_tests()).await.unwrap();
        assert_eq!(jobs::step(&app.svc, "w1").await.unwrap(), jobs::Step::Idle, "scheduled for the next hour");
        app.clock.advance(15 * 24 * 3600);
        let step = jobs::step(&app.svc, "w1").await.unwrap();
        assert!(matches!(step, jobs::Step::Done { ref kind, .. } if kind == jobs::CLEANUP), "{step:?}");
        assert_eq!(
            tandem_store::sessions::purge_expired(app.db.pool(), app.clock.now_for_tests()).await.unwrap(),
            0,
            "already purged"
        );
    })
    .await;
}
