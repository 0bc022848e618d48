//! spawn_app() and friends.

use std::{future::Future, net::SocketAddr, sync::Arc};

use reqwest::{Client, Response, redirect::Policy};
pub use tandem_service::testing::{PASSWORD, Riverbend as Fixture, START};
use tandem_service::{ManualClock, Service, testing};
use tandem_store::{
    Backend, Db,
    testing::{TestDb, backends},
};
use tandem_web::{AppState, WebConfig};

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
    spawn_app_with(backend, WebConfig::default()).await
}

/// A server with these web settings (a public HTTPS address, say).
pub async fn spawn_app_with(backend: Backend, config: WebConfig) -> TestApp {
    let test_db = TestDb::new(backend).await.expect("test database");
    let db = test_db.db.clone();
    let mut app = serve_on(db, Arc::new(ManualClock::new(START)), config).await;
    app._test_db = Some(test_db);
    app.backend = backend;
    app
}

/// A server that sends mail (to a port where nothing listens: the tests read
/// the queue) and knows its public address, so that it sends links.
pub async fn spawn_app_sending_mail(backend: Backend) -> TestApp {
    let test_db = TestDb::new(backend).await.expect("test database");
    let clock = Arc::new(ManualClock::new(START));
    let mailer = tandem_service::mail::Mailer::new("smtp://127.0.0.1:9", "Tandem <noreply@tandem.invalid>").unwrap();
    let svc = Service::new(test_db.db.clone()).with_clock(clock.clone()).with_mailer(mailer);
    let config = WebConfig { public_url: Some(String::from("https://tandem.example.org")), ..WebConfig::default() };
    let mut app = serve_service(svc, clock, config).await;
    app._test_db = Some(test_db);
    app.backend = backend;
    app
}

/// The emails the server queued and has not sent, oldest first.
pub async fn queued_emails(app: &TestApp) -> Vec<tandem_service::mail::Email> {
    let payloads = tandem_store::jobs::pending_payloads(app.db.pool(), "email").await.unwrap();
    payloads.iter().map(|p| serde_json::from_str(p).unwrap()).collect()
}

/// Another server on the same database (for statelessness tests).
pub async fn spawn_on(db: Db, clock: Arc<ManualClock>) -> TestApp {
    serve_on(db, clock, WebConfig::default()).await
}

async fn serve_on(db: Db, clock: Arc<ManualClock>, config: WebConfig) -> TestApp {
    serve_service(Service::new(db).with_clock(clock.clone()), clock, config).await
}

async fn serve_service(svc: Service, clock: Arc<ManualClock>, config: WebConfig) -> TestApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let db = svc.db.clone();
    let state = AppState::new(svc.clone(), config);
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

    /// The fixture community: one person per role, a school and two
    /// initiatives with the default phases (see `tandem_service::testing`).
    pub async fn riverbend(&self) -> Fixture {
        testing::riverbend(&self.svc).await
    }

    /// A browser logged in as this person (through the login form).
    pub async fn login(&self, email: &str) -> Client {
        let client = self.client();
        let fields = [("email", email), ("password", PASSWORD), ("next", "/")];
        let r = self.post_form(&client, "/login", "/login", &fields).await;
        assert_eq!(r.status().as_u16(), 303, "login as {email}");
        client
    }

    /// Fetches `page`, takes its CSRF token and posts the form fields to `action`.
    pub async fn post_form(&self, client: &Client, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let (_, html) = get_text(client, &self.url(page)).await;
        let token = csrf_in(&html);
        let mut body: Vec<(&str, &str)> = fields.to_vec();
        body.push(("_csrf", &token));
        client.post(self.url(action)).form(&body).send().await.unwrap()
    }

    /// A new API token for this person, made on their account page.
    pub async fn api_token(&self, email: &str) -> String {
        let client = self.login(email).await;
        let r = self.post_form(&client, "/account", "/account/tokens", &[("name", "script"), ("scope", "write")]).await;
        assert_eq!(r.status().as_u16(), 201);
        let html = r.text().await.unwrap();
        let start = html.find("tdm_").expect("token shown once");
        html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect()
    }

    /// Publishes the public initiative's charter with one decision area and
    /// opens participation. Returns the initiative's and the area's ids.
    pub async fn open_board(&self, f: &Fixture) -> (i64, i64) {
        let area = testing::open_for_participation(&self.svc, &f.public_slug, self.clock.now_for_tests()).await;
        (f.public_id, area)
    }
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

pub fn location(r: &Response) -> String {
    r.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}
