//! Email through a real SMTP server process (`tandem smtp-sink`): answers
//! reach followers in their own language, an SMTP outage delays mail but loses
//! none, and daily-digest readers get one email a day.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    path::Path,
    process::{Child, Command, Stdio},
    sync::Arc,
    time::Duration,
};

use tandem_domain::{
    Timestamp,
    community::CommunityKind,
    initiative::Visibility,
    notify::{Delivery, NotificationKind},
    text::Slug,
};
use tandem_service::{
    DEFAULT_MAIL_FROM, ManualClock, Service,
    jobs::{self, Step},
    mail::Mailer,
    notify::Event,
};
use tandem_store::{Db, communities, initiatives, notifications, testing, users};

/// 2026-11-18 12:00 UTC.
const START: Timestamp = Timestamp(1_795_003_200);

/// The SMTP sink, killed when the test ends.
struct Sink(Child);

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start_sink(port: u16, dir: &Path) -> Sink {
    let child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["smtp-sink", "--addr", &format!("127.0.0.1:{port}"), "--dir", dir.to_str().unwrap()])
        .env("TANDEM_LOG", "error")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let sink = Sink(child);
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return sink;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the SMTP sink did not start");
}

struct Received {
    to: String,
    subject: String,
    body: String,
}

fn received(dir: &Path) -> Vec<Received> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let raw = std::fs::read(entry.unwrap().path()).unwrap();
        let message = mail_parser::MessageParser::default().parse(&raw).expect("a well-formed message");
        all.push(Received {
            to: message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned(),
            subject: message.subject().unwrap_or_default().to_owned(),
            body: message.body_text(0).unwrap_or_default().into_owned(),
        });
    }
    all.sort_by(|a, b| a.to.cmp(&b.to));
    all
}

async fn person(db: &Db, email: &str, lang: &str, delivery: Delivery) -> i64 {
    let u = users::NewUser { email: Some(email), display_name: email, password_hash: None, lang, is_site_admin: false };
    let id = users::create(db.pool(), &u, START).await.unwrap();
    users::set_delivery(db.pool(), id, delivery).await.unwrap();
    id
}

async fn initiative(db: &Db) -> i64 {
    let c = communities::NewCommunity {
        slug: "riverbend",
        name: "Riverbend",
        kind: CommunityKind::District,
        description: "",
    };
    let cid = communities::create(&mut db.acquire().await.unwrap(), &c, START).await.unwrap();
    let fields = initiatives::InitiativeFields {
        school_id: None,
        title: "Later start",
        summary: "",
        visibility: Visibility::Public,
        value_statement: "",
    };
    initiatives::create(
        &mut db.acquire().await.unwrap(),
        cid,
        &Slug::from_title("Later start"),
        &fields,
        None,
        START,
        true,
    )
    .await
    .unwrap()
    .0
}

fn state(db: Db, clock: Arc<ManualClock>, port: u16) -> Service {
    let mailer = Mailer::new(&format!("smtp://127.0.0.1:{port}"), DEFAULT_MAIL_FROM).unwrap();
    Service::new(db)
        .with_mailer(mailer)
        .with_clock(clock)
        .with_public_url(Some(String::from("https://tandem.example.org")))
}

/// Tells followers in one transaction, as the use cases that answer ideas do.
async fn followers(svc: &Service, to: &[i64], actor: Option<i64>, event: &Event<'_>, now: Timestamp) -> usize {
    let mut tx = svc.db.begin().await.unwrap();
    let told = tandem_service::notify::followers(&mut tx, svc, to, actor, event, now).await.unwrap();
    tx.commit().await.unwrap();
    told
}

async fn drain(state: &Service) -> Vec<Step> {
    let mut steps = Vec::new();
    loop {
        match jobs::step(state, "test-worker").await.unwrap() {
            Step::Idle => return steps,
            step => steps.push(step),
        }
    }
}

fn is_retry(step: &Step) -> bool {
    matches!(step, Step::Retrying { kind, .. } if kind == "email")
}

fn is_sent(step: &Step) -> bool {
    matches!(step, Step::Done { kind, .. } if kind == "email")
}

#[tokio::test]
async fn answers_reach_followers_in_their_language_after_the_mail_server_comes_back() {
    for backend in testing::backends() {
        let t = testing::TestDb::new(backend).await.unwrap();
        let db = t.db.clone();
        let initiative_id = initiative(&db).await;
        let ana = person(&db, "ana@example.org", "en", Delivery::Immediate).await;
        let bea = person(&db, "bea@example.org", "es", Delivery::Immediate).await;
        let quiet = person(&db, "quiet@example.org", "en", Delivery::Off).await;
        let facilitator = person(&db, "fac@example.org", "en", Delivery::Immediate).await;
        let port = free_port();
        let clock = Arc::new(ManualClock::new(START));
        let state = state(db.clone(), clock.clone(), port);

        let event = Event {
            kind: NotificationKind::IdeaStatus,
            initiative_id,
            idea_id: None,
            commitment_id: None,
            title: "Buses at 8:40",
            status_id: "idea-status-not_possible",
            text: "The bus contract is fixed until July.",
            path: "/c/riverbend/i/later-start/ideas/1",
        };
        let told = followers(&state, &[ana, bea, quiet, facilitator], Some(facilitator), &event, START).await;
        assert_eq!(told, 3, "everyone but the person who answered");
        for who in [ana, bea, quiet] {
            assert_eq!(notifications::unread_count(db.pool(), who).await.unwrap(), 1, "in the app whatever they chose");
        }
        assert_eq!(notifications::unread_count(db.pool(), facilitator).await.unwrap(), 0);

        // No SMTP server yet: both emails fail and wait to be retried.
        let steps = drain(&state).await;
        assert_eq!(steps.len(), 2, "{steps:?}");
        assert!(steps.iter().all(is_retry), "{steps:?}");

        let dir = tempfile::tempdir().unwrap();
        let _sink = start_sink(port, dir.path()).await;
        assert!(drain(&state).await.is_empty(), "nothing retries before its time");
        clock.advance(31);
        let steps = drain(&state).await;
        assert_eq!(steps.len(), 2, "{steps:?}");
        assert!(steps.iter().all(is_sent), "{steps:?}");

        let mail = received(dir.path());
        assert_eq!(mail.len(), 2, "the person who chose no email gets none");
        assert_eq!(mail[0].to, "ana@example.org");
        assert_eq!(mail[0].subject, "An answer about \"Buses at 8:40\"");
        assert!(mail[0].body.contains("has a new status: Not possible."), "{}", mail[0].body);
        assert!(mail[0].body.contains("The bus contract is fixed until July."), "{}", mail[0].body);
        assert!(mail[0].body.contains("https://tandem.example.org/c/riverbend/i/later-start/ideas/1"));
        assert!(mail[0].body.contains("https://tandem.example.org/account"), "how to change what they get");
        assert_eq!(mail[1].to, "bea@example.org");
        assert_eq!(mail[1].subject, "Una respuesta sobre «Buses at 8:40»", "Spanish for a Spanish reader");
        assert!(mail[1].body.contains("No es posible"), "{}", mail[1].body);
    }
}

#[tokio::test]
async fn daily_readers_get_one_digest_at_seven() {
    for backend in testing::backends() {
        let t = testing::TestDb::new(backend).await.unwrap();
        let db = t.db.clone();
        let initiative_id = initiative(&db).await;
        let carmen = person(&db, "carmen@example.org", "es", Delivery::Daily).await;
        let port = free_port();
        let dir = tempfile::tempdir().unwrap();
        let _sink = start_sink(port, dir.path()).await;
        let clock = Arc::new(ManualClock::new(START));
        let state = state(db.clone(), clock.clone(), port);
        for title in ["Buses at 8:40", "Breakfast club"] {
            let event = Event {
                kind: NotificationKind::IdeaStatus,
                initiative_id,
                idea_id: None,
                commitment_id: None,
                title,
                status_id: "idea-status-accepted",
                text: "Yes.",
                path: "/c/riverbend/i/later-start/ideas",
            };
            followers(&state, &[carmen], None, &event, START).await;
        }
        assert!(drain(&state).await.is_empty(), "no email straight away for a daily reader");

        jobs::schedule_digest(&db, START).await.unwrap();
        assert!(drain(&state).await.is_empty(), "the digest waits for 07:00");
        // START is 12:00; the next 07:00 is 19 hours away.
        clock.advance(19 * 3600);
        let steps = drain(&state).await;
        assert!(matches!(&steps[0], Step::Done { kind, .. } if kind == "digest"), "{steps:?}");
        assert_eq!(steps.iter().filter(|s| is_sent(s)).count(), 1, "{steps:?}");
        let mail = received(dir.path());
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].to, "carmen@example.org");
        assert!(mail[0].subject.contains('2'), "{}", mail[0].subject);
        assert!(mail[0].body.contains("Buses at 8:40") && mail[0].body.contains("Breakfast club"), "{}", mail[0].body);

        // The next day's digest has nothing new to say.
        jobs::schedule_digest(&db, clock.now_for_tests()).await.unwrap();
        clock.advance(24 * 3600);
        let steps = drain(&state).await;
        assert!(!steps.iter().any(is_sent), "nothing twice: {steps:?}");
        assert_eq!(received(dir.path()).len(), 1);
    }
}

#[tokio::test]
async fn a_password_reset_link_arrives_in_the_persons_language_and_works_once() {
    for backend in testing::backends() {
        let t = testing::TestDb::new(backend).await.unwrap();
        let db = t.db.clone();
        person(&db, "bea@example.org", "es", Delivery::Off).await;
        let port = free_port();
        let dir = tempfile::tempdir().unwrap();
        let _sink = start_sink(port, dir.path()).await;
        let clock = Arc::new(ManualClock::new(START));
        let state = state(db.clone(), clock.clone(), port);
        // Asked for whatever they chose for notifications: this is about the account.
        tandem_service::recovery::request_password_reset(&state, "bea@example.org", "10.0.0.1", START).await.unwrap();
        tandem_service::recovery::request_password_reset(&state, "nadie@example.org", "10.0.0.1", START).await.unwrap();
        let steps = drain(&state).await;
        assert_eq!(steps.iter().filter(|s| is_sent(s)).count(), 1, "{steps:?}");
        let mail = received(dir.path());
        assert_eq!(mail.len(), 1, "nothing for an address without an account");
        assert_eq!(mail[0].to, "bea@example.org");
        assert_eq!(mail[0].subject, "Elija una contraseña nueva");
        let at = mail[0].body.find("https://tandem.example.org/reset/").expect("the link") + 33;
        let token: String = mail[0].body[at..].chars().take_while(|c| !c.is_whitespace()).collect();
        let door = tandem_service::Door::Page;
        let reset =
            tandem_service::recovery::reset_password(&state, door, &token, "una frase larga nueva", "10.0.0.1", START);
        assert_eq!(reset.await.map(|s| s.user.email).ok().flatten().as_deref(), Some("bea@example.org"));
        let again =
            tandem_service::recovery::reset_password(&state, door, &token, "otra frase larga más", "10.0.0.1", START);
        assert!(again.await.is_err(), "a link works once");
    }
}
