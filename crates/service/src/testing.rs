//! A small world for tests of this and other crates (the `testing` feature):
//! a fresh database per test on SQLite and, when `TANDEM_TEST_POSTGRES_URL`
//! is set, again on PostgreSQL; a clock the test moves; and a community with
//! one person per role, so a test says what it checks rather than how it
//! gets there.

use std::{future::Future, sync::Arc};

use tandem_domain::{
    Timestamp,
    community::{CommunityKind, Role, SchoolPhase},
    initiative::Visibility,
    text::Slug,
};
use tandem_store::{
    Backend, Db, communities, initiatives, phases,
    testing::{TestDb, backends},
    users,
};

use crate::{
    Access, Actor, Door, ManualClock, Service,
    charter::{self, AreaInput, Edit},
    initiatives::Initiative,
    secrets::hash_password,
};

/// When every test's world begins.
pub const START: Timestamp = Timestamp(1_795_000_000);
/// Every fixture account's password.
pub const PASSWORD: &str = "correct horse battery";
pub const COMMUNITY: &str = "riverbend";

/// The people of the fixture community: (email, role, stakeholder group).
pub const PEOPLE: &[(&str, Role, &str)] = &[
    ("admin@example.org", Role::Admin, "families"),
    ("fac@example.org", Role::Facilitator, "families"),
    ("member@example.org", Role::Member, "families"),
    ("observer@example.org", Role::Observer, "families"),
    ("pupil@example.org", Role::Member, "pupils"),
];

pub struct World {
    pub svc: Service,
    pub db: Db,
    pub clock: Arc<ManualClock>,
    pub backend: Backend,
    _test_db: TestDb,
}

/// Runs a test once per available backend, each in a fresh world.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(World) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        test(World::new(backend).await).await;
    }
}

/// The fixture's community, school and initiatives.
#[derive(Debug, Clone)]
pub struct Riverbend {
    pub community_id: i64,
    pub school_id: i64,
    /// An initiative anyone may read.
    pub public_id: i64,
    pub public_slug: String,
    /// An initiative for members only.
    pub private_slug: String,
}

impl World {
    pub async fn new(backend: Backend) -> World {
        let test_db = match TestDb::new(backend).await {
            Ok(t) => t,
            Err(e) => panic!("test database on {backend:?}: {e}"),
        };
        let clock = Arc::new(ManualClock::new(START));
        let db = test_db.db.clone();
        let svc = Service::new(db.clone()).with_clock(clock.clone());
        World { svc, db, clock, backend, _test_db: test_db }
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now_for_tests()
    }

    /// The same world with a mail server and a public address, so that
    /// links go out by email (the tests read them from the queue; nothing is
    /// delivered).
    pub fn sending_mail(mut self) -> World {
        let mailer = expect(crate::mail::Mailer::new("smtp://127.0.0.1:9", "Tandem <noreply@tandem.invalid>"));
        self.svc.mailer = Some(Arc::new(mailer));
        self.svc.public_url = Some(String::from("https://tandem.example.org"));
        self
    }

    /// The emails queued and not yet sent, oldest first.
    pub async fn queued_emails(&self) -> Vec<crate::mail::Email> {
        let payloads = expect(tandem_store::jobs::pending_payloads(self.db.pool(), crate::notify::EMAIL_JOB).await);
        payloads.iter().filter_map(|p| serde_json::from_str(p).ok()).collect()
    }

    /// See [`riverbend`].
    pub async fn riverbend(&self) -> Riverbend {
        riverbend(&self.svc).await
    }

    /// The person with this email, acting through `door`.
    pub async fn actor(&self, email: &str, door: Door) -> Actor {
        actor(&self.svc, email, door).await
    }

    /// The person with this email in the fixture community, through the API.
    pub async fn access(&self, email: &str) -> Access {
        access(&self.svc, email).await
    }

    /// The same, with one of the community's initiatives.
    pub async fn in_initiative(&self, email: &str, slug: &str) -> (Access, Initiative) {
        in_initiative(&self.svc, email, slug).await
    }

    /// See [`open_for_participation`].
    pub async fn open_for_participation(&self, slug: &str) -> i64 {
        open_for_participation(&self.svc, slug, self.now()).await
    }
}

/// A community "riverbend" with a school, one person per role (see
/// [`PEOPLE`]), a site administrator and an outsider, and two initiatives
/// with the default phases, written straight to the store at [`START`].
pub async fn riverbend(svc: &Service) -> Riverbend {
    let db = svc.db.pool();
    let new = communities::NewCommunity {
        slug: COMMUNITY,
        name: "Riverbend",
        kind: CommunityKind::District,
        description: "A district",
    };
    let mut c = expect(svc.db.acquire().await);
    let cid = expect(communities::create(&mut c, &new, START).await);
    let school_id =
        expect(communities::add_school(db, cid, "northside", "Northside Middle", SchoolPhase::Middle, START).await)
            .unwrap_or_default();
    let hash = expect(hash_password(PASSWORD));
    let groups = expect(communities::groups(db, cid).await);
    for (email, role, group) in PEOPLE {
        let uid = person(svc, email, &hash, false).await;
        let group_id = groups.iter().find(|g| g.key == *group).map(|g| g.id);
        let m = communities::NewMembership { community_id: cid, user_id: uid, role: *role, group_id, school_id: None };
        expect(communities::add_member(db, &m, START).await);
    }
    person(svc, "outsider@example.org", &hash, false).await;
    person(svc, "site@example.org", &hash, true).await;
    let public = initiatives::InitiativeFields {
        school_id: Some(school_id),
        title: "Name the new school",
        summary: "Families choose",
        visibility: Visibility::Public,
        value_statement: "Every pupil belongs.",
    };
    let (public_id, public_slug) =
        expect(initiatives::create(&mut c, cid, &Slug::from_title(public.title), &public, None, START, true).await);
    expect(phases::create_defaults(&mut c, public_id).await);
    let private =
        initiatives::InitiativeFields { title: "Staff workload review", visibility: Visibility::Members, ..public };
    let (private_id, private_slug) =
        expect(initiatives::create(&mut c, cid, &Slug::from_title(private.title), &private, None, START, true).await);
    expect(phases::create_defaults(&mut c, private_id).await);
    Riverbend { community_id: cid, school_id, public_id, public_slug, private_slug }
}

async fn person(svc: &Service, email: &str, hash: &str, site_admin: bool) -> i64 {
    let name = email.split('@').next().unwrap_or(email);
    let u = users::NewUser {
        email: Some(email),
        display_name: name,
        password_hash: Some(hash),
        lang: "en",
        is_site_admin: site_admin,
    };
    expect(users::create(svc.db.pool(), &u, START).await)
}

/// The person with this email, acting through `door`.
pub async fn actor(svc: &Service, email: &str, door: Door) -> Actor {
    let user = expect(users::get_by_email(svc.db.pool(), email).await);
    Actor::person(user.unwrap_or_else(|| panic!("no user {email}")), door)
}

/// The person with this email in the fixture community, through the API.
pub async fn access(svc: &Service, email: &str) -> Access {
    expect(Access::load(svc, &actor(svc, email, Door::Api).await, COMMUNITY).await)
}

/// The same, with one of the community's initiatives.
pub async fn in_initiative(svc: &Service, email: &str, slug: &str) -> (Access, Initiative) {
    expect(Access::load_initiative(svc, &actor(svc, email, Door::Api).await, COMMUNITY, slug).await)
}

/// Publishes the initiative's charter with one decision area (as the
/// facilitator) and opens participation. Returns the area's id.
pub async fn open_for_participation(svc: &Service, slug: &str, now: Timestamp) -> i64 {
    let (fac, i) = in_initiative(svc, "fac@example.org", slug).await;
    let area = AreaInput {
        title: String::from("Staffing"),
        level: String::from("consult"),
        final_decision_by: String::from("District HR"),
        fixed: String::from("Hiring follows the teachers' contract."),
        risks: String::new(),
        reciprocity: String::from("You hear first"),
    };
    expect(charter::edit(svc, &fac, &i, &Edit::AddArea(area), "", now).await);
    expect(charter::edit(svc, &fac, &i, &Edit::Publish, "", now).await);
    let (fac, i) = in_initiative(svc, "fac@example.org", slug).await;
    expect(crate::initiatives::set_participation(svc, &fac, &i, true, now).await);
    let areas = expect(charter::areas(svc, &i).await);
    areas.first().map(|a| a.id).unwrap_or_default()
}

/// Test set-up either works or the test cannot say anything: stop with the reason.
fn expect<T, E: std::fmt::Debug>(r: Result<T, E>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("test set-up failed: {e:?}"),
    }
}
