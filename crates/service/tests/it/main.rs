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
mod ideas;
mod initiatives;
mod invitations;
mod limits;
mod moderation;
mod phases;

/// The fields a refused input names, in order; anything else fails the test.
pub fn fields_of<T: std::fmt::Debug>(r: tandem_service::Result<T>) -> Vec<&'static str> {
    match r {
        Err(tandem_service::Error::Invalid(i)) => i.0.iter().map(|e| e.field).collect(),
        other => panic!("expected invalid input, got {other:?}"),
    }
}
