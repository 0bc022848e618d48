//! spawn_app() and friends.

use std::{future::Future, net::SocketAddr, sync::Arc};

use reqwest::{Client, Response, redirect::Policy};
use tandem_domain::{
    Timestamp,
    community::{CommunityKind, Role, SchoolPhase},
    initiative::Visibility,
    text::Slug,
};
use tandem_service::{ManualClock, Service, secrets as security};
use tandem_store::{
    Backend, Db, communities, initiatives,
    testing::{TestDb, backends},
    users,
};
use tandem_web::{AppState, WebConfig};

pub const START: Timestamp = Timestamp(1_795_000_000);
pub const PASSWORD: &str = "correct horse battery";

pub struct TestApp {
    pub addr: SocketAddr,
    pub db: Db,
    /// The service the server runs on, for tests that set up or check state through use cases.
    pub svc: Service,
    pub clock: Arc<ManualClock>,
    pub backend: Backend,
    _test_db: Option<TestDb>,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

/// Runs a test once per available backend.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        let app = spawn_app(backend).await;
        test(app).await;
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    let test_db = TestDb::new(backend).await.expect("test database");
    let db = test_db.db.clone();
    let mut app = spawn_on(db, Arc::new(ManualClock::new(START))).await;
    app._test_db = Some(test_db);
    app.backend = backend;
    app
}

/// Another server on the same database (for statelessness tests).
pub async fn spawn_on(db: Db, clock: Arc<ManualClock>) -> TestApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let svc = Service::new(db.clone()).with_clock(clock.clone());
    let state = AppState::new(svc.clone(), WebConfig::default());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = tandem_web::serve(listener, state, async {
            let _ = rx.await;
        })
        .await;
    });
    TestApp { addr, db, svc, clock, backend: Backend::Sqlite, _test_db: None, _shutdown: tx }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A browser-like client: keeps cookies, does not follow redirects.
    pub fn client(&self) -> Client {
        Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap()
    }
}

pub struct Fixture {
    pub community_id: i64,
    pub public_slug: String,
    pub private_slug: String,
}

/// A community with one user per role, a school and two initiatives.
pub async fn fixture(db: &Db) -> Fixture {
    let new = communities::NewCommunity {
        slug: "riverbend",
        name: "Riverbend",
        kind: CommunityKind::District,
        description: "A district",
    };
    let cid = communities::create(&mut db.acquire().await.unwrap(), &new, START).await.unwrap();
    let school_id =
        communities::add_school(db.pool(), cid, "northside", "Northside Middle", SchoolPhase::Middle, START)
            .await
            .unwrap()
            .unwrap();
    let hash = security::hash_password(PASSWORD).unwrap();
    let groups = communities::groups(db.pool(), cid).await.unwrap();
    let families = groups.iter().find(|g| g.key == "families").map(|g| g.id);
    for (email, role) in [
        ("admin@example.org", Role::Admin),
        ("fac@example.org", Role::Facilitator),
        ("member@example.org", Role::Member),
        ("observer@example.org", Role::Observer),
    ] {
        let u = users::NewUser {
            email: Some(email),
            display_name: email.split('@').next().unwrap(),
            password_hash: Some(&hash),
            lang: "en",
            is_site_admin: false,
        };
        let uid = users::create(db.pool(), &u, START).await.unwrap();
        let m =
            communities::NewMembership { community_id: cid, user_id: uid, role, group_id: families, school_id: None };
        communities::add_member(db.pool(), &m, START).await.unwrap();
    }
    let u = users::NewUser {
        email: Some("outsider@example.org"),
        display_name: "Outsider",
        password_hash: Some(&hash),
        lang: "en",
        is_site_admin: false,
    };
    users::create(db.pool(), &u, START).await.unwrap();
    let public = initiatives::InitiativeFields {
        school_id: Some(school_id),
        title: "Name the new school",
        summary: "Families choose",
        visibility: Visibility::Public,
        value_statement: "Every pupil belongs.",
    };
    let (_, public_slug) = initiatives::create(
        &mut db.acquire().await.unwrap(),
        cid,
        &Slug::from_title(public.title),
        &public,
        None,
        START,
    )
    .await
    .unwrap();
    let private =
        initiatives::InitiativeFields { title: "Staff workload review", visibility: Visibility::Members, ..public };
    let (_, private_slug) = initiatives::create(
        &mut db.acquire().await.unwrap(),
        cid,
        &Slug::from_title(private.title),
        &private,
        None,
        START,
    )
    .await
    .unwrap();
    Fixture { community_id: cid, public_slug, private_slug }
}

/// The anti-forgery token in a page's forms.
pub fn csrf_in(html: &str) -> String {
    let marker = "name=\"_csrf\" value=\"";
    let start = html.find(marker).expect("page has a form with a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

pub async fn get_text(client: &Client, url: &str) -> (u16, String) {
    let r = client.get(url).send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.text().await.unwrap())
}

/// Fetches `page`, takes its CSRF token and posts the form fields to `action`.
pub async fn post_form(client: &Client, app: &TestApp, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
    let (_, html) = get_text(client, &app.url(page)).await;
    let token = csrf_in(&html);
    let mut body: Vec<(&str, &str)> = fields.to_vec();
    body.push(("_csrf", &token));
    client.post(app.url(action)).form(&body).send().await.unwrap()
}

pub async fn login(app: &TestApp, email: &str) -> Client {
    let client = app.client();
    let r =
        post_form(&client, app, "/login", "/login", &[("email", email), ("password", PASSWORD), ("next", "/")]).await;
    assert_eq!(r.status().as_u16(), 303, "login as {email}");
    client
}

pub fn location(r: &Response) -> String {
    r.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}
