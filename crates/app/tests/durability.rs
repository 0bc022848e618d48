//! Acknowledged writes survive the server being killed (SIGKILL) under a
//! write load, on both databases: every API token the server answered 201
//! for is in the database afterwards.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::Duration,
};

use tandem_domain::Timestamp;
use tandem_store::{testing, users};

const PASSWORD: &str = "durable test passphrase";

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start(url: &str, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["serve", "--database-url", url, "--addr", &format!("127.0.0.1:{port}"), "--worker", "false"])
        .env("TANDEM_LOG", "error")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    for _ in 0..400 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the server did not start");
}

fn csrf_in(html: &str) -> String {
    let at = html.find("name=\"_csrf\" value=\"").unwrap() + 20;
    html[at..].chars().take_while(|c| *c != '"').collect()
}

#[tokio::test]
async fn every_acknowledged_write_survives_a_kill_9() {
    for backend in testing::backends() {
        let t = testing::TestDb::new(backend).await.unwrap();
        let hash = tandem_service::secrets::hash_password(PASSWORD).unwrap();
        let new = users::NewUser {
            email: Some("writer@example.org"),
            display_name: "Writer",
            password_hash: Some(&hash),
            lang: "en",
            is_site_admin: false,
        };
        users::create(t.db.pool(), &new, Timestamp(1_795_000_000)).await.unwrap();
        let port = free_port();
        let mut server = start(&t.url, port).await;
        let base = format!("http://127.0.0.1:{port}");
        let client =
            reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let html = client.get(format!("{base}/login")).send().await.unwrap().text().await.unwrap();
        let r = client
            .post(format!("{base}/login"))
            .form(&[("_csrf", csrf_in(&html).as_str()), ("email", "writer@example.org"), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "{backend:?}");
        let html = client.get(format!("{base}/account")).send().await.unwrap().text().await.unwrap();
        let csrf = Arc::new(csrf_in(&html));

        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let mut writers = tokio::task::JoinSet::new();
        for w in 0..6 {
            let (client, base, csrf, acknowledged) = (client.clone(), base.clone(), csrf.clone(), acknowledged.clone());
            writers.spawn(async move {
                for i in 0.. {
                    let name = format!("w{w}-{i}");
                    let sent = client
                        .post(format!("{base}/account/tokens"))
                        .form(&[("_csrf", csrf.as_str()), ("name", name.as_str()), ("scope", "read"), ("days", "30")])
                        .send()
                        .await;
                    match sent {
                        Ok(r) if r.status().as_u16() == 201 => acknowledged.lock().unwrap().push(name),
                        Ok(r) => panic!("unexpected status {}", r.status()),
                        Err(_) => return,
                    }
                }
            });
        }
        tokio::time::sleep(Duration::from_millis(1500)).await;
        server.0.kill().unwrap(); // SIGKILL: no shutdown, no flush
        server.0.wait().unwrap();
        while writers.join_next().await.is_some() {}

        // The server comes back on the same database, and everything it acknowledged is there.
        let _again = start(&t.url, port).await;
        let rows = sqlx::query("SELECT name FROM api_tokens").fetch_all(t.db.pool()).await.unwrap();
        let stored: std::collections::HashSet<String> =
            rows.iter().map(|r| sqlx::Row::try_get::<String, _>(r, "name").unwrap()).collect();
        let acknowledged = acknowledged.lock().unwrap().clone();
        assert!(acknowledged.len() > 10, "the load wrote something: {} on {backend:?}", acknowledged.len());
        let lost: Vec<&String> = acknowledged.iter().filter(|n| !stored.contains(*n)).collect();
        assert!(
            lost.is_empty(),
            "{} of {} acknowledged writes lost on {backend:?}: {lost:?}",
            lost.len(),
            acknowledged.len()
        );
        eprintln!("{backend:?}: {} acknowledged writes, all present after kill -9", acknowledged.len());
    }
}
