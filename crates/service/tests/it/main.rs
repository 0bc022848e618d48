//! Use cases called directly, on SQLite and (when `TANDEM_TEST_POSTGRES_URL`
//! is set) PostgreSQL: no HTTP, so each test reads as the story it checks.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod audit;
mod charter;
mod community;
mod conversations;
mod decide;
mod engagement;
mod hidden;
mod ideas;
mod initiatives;
mod invitations;
mod limits;
mod moderation;
mod phases;
mod pupils;

/// The fields a refused input names, in order; anything else fails the test.
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
