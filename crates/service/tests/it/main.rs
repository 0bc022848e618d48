//! Use cases called directly, on SQLite and (when `TANDEM_TEST_POSTGRES_URL`
//! is set) PostgreSQL: no HTTP, so each test reads as the story it checks.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod actions;
mod audit;
mod ballots;
mod bodies;
mod charter;
mod community;
mod conversations;
mod counts;
mod decide;
mod engagement;
mod events;
mod hidden;
mod ideas;
mod initiatives;
mod invitations;
mod limits;
mod moderation;
mod one_account;
mod phases;
mod pupils;
mod recovery;
mod representation;
mod rosters;
mod second_factor;
mod sortition;
mod surveys;

/// The fields a refused input names, in order; anything else fails the test.
/// A new member of the fixture community in `group`, with their access.
pub async fn member(
    w: &tandem_service::testing::World,
    f: &tandem_service::testing::Riverbend,
    group: &str,
    name: &str,
) -> (i64, tandem_service::Access) {
    use tandem_store::{communities, users};
    let db = w.db.pool();
    let groups = communities::groups(db, f.community_id).await.unwrap();
    let email = format!("{name}@example.org");
    let u = users::NewUser {
        email: Some(&email),
        display_name: name,
        password_hash: None,
        lang: "en",
        is_site_admin: false,
    };
    let uid = users::create(db, &u, w.now()).await.unwrap();
    let m = communities::NewMembership {
        community_id: f.community_id,
        user_id: uid,
        role: tandem_domain::community::Role::Member,
        group_id: groups.iter().find(|g| g.key == group).map(|g| g.id),
        school_id: Some(f.school_id),
    };
    communities::add_member(db, &m, w.now()).await.unwrap();
    (uid, w.access(&email).await)
}

pub fn fields_of<T: std::fmt::Debug>(r: tandem_service::Result<T>) -> Vec<&'static str> {
    match r {
        Err(tandem_service::Error::Invalid(i)) => i.0.iter().map(|e| e.field).collect(),
        other => panic!("expected invalid input, got {other:?}"),
    }
}

/// A plurality poll on Oak, Elm and Ash, open until the end of November,
/// started by the facilitator once the public initiative's charter is published.
pub fn poll_input(area: i64) -> tandem_service::polls::PollInput {
    tandem_service::polls::PollInput {
        title: String::from("Name the school"),
        method: String::from("plurality"),
        options: vec![String::from("Oak"), String::from("Elm"), String::from("Ash")],
        decision_area_id: Some(area),
        closes_on: String::from("2026-11-30"),
        ..Default::default()
    }
}

/// Opens the public initiative for participation and starts [`poll_input`]'s poll.
pub async fn open_poll(w: &tandem_service::testing::World, slug: &str) -> tandem_service::polls::Poll {
    let area = w.open_for_participation(slug).await;
    let (fac, board) = w.in_initiative("fac@example.org", slug).await;
    let id = tandem_service::polls::create(&w.svc, &fac, &board, &poll_input(area), w.now()).await.unwrap();
    tandem_service::polls::poll(&w.svc, &board, id).await.unwrap()
}

/// Declares `n` paper ballots, enters each as the facilitator and confirms
/// each as the administrator (four eyes), so that they count.
pub async fn paper_poll_ballots(
    w: &tandem_service::testing::World,
    slug: &str,
    poll: &tandem_service::polls::Poll,
    marks: &tandem_domain::decisions::PollMarks,
    n: usize,
) {
    use tandem_service::polls;
    let (fac, board) = w.in_initiative("fac@example.org", slug).await;
    let (admin, _) = w.in_initiative("admin@example.org", slug).await;
    let before = polls::view(&w.svc, &fac, poll, w.now()).await.unwrap().paper.len();
    polls::declare_paper(&w.svc, &fac, &board, poll, &(before + n).to_string(), "", w.now()).await.unwrap();
    for _ in 0..n {
        polls::cast_paper(&w.svc, &fac, &board, poll, marks, "Box", w.now()).await.unwrap();
    }
    for b in polls::view(&w.svc, &fac, poll, w.now()).await.unwrap().paper.iter().filter(|b| b.confirmed_by.is_none()) {
        polls::confirm_paper(&w.svc, &admin, &board, poll, b.id, w.now()).await.unwrap();
    }
}

/// The same for a budget.
pub async fn paper_budget_ballots(
    w: &tandem_service::testing::World,
    slug: &str,
    budget: &tandem_service::budgets::Budget,
    marks: &tandem_domain::decisions::BudgetMarks,
    n: usize,
) {
    use tandem_service::budgets;
    let (fac, board) = w.in_initiative("fac@example.org", slug).await;
    let (admin, _) = w.in_initiative("admin@example.org", slug).await;
    let before = budgets::view(&w.svc, &fac, &board, budget, w.now()).await.unwrap().paper.len();
    budgets::declare_paper(&w.svc, &fac, &board, budget, &(before + n).to_string(), "", w.now()).await.unwrap();
    for _ in 0..n {
        budgets::cast_paper(&w.svc, &fac, &board, budget, marks, "Box", w.now()).await.unwrap();
    }
    let paper = budgets::view(&w.svc, &fac, &board, budget, w.now()).await.unwrap().paper;
    for b in paper.iter().filter(|b| b.confirmed_by.is_none()) {
        budgets::confirm_paper(&w.svc, &admin, &board, budget, b.id, w.now()).await.unwrap();
    }
}
