//! Integration tests: the real app on port 0, a fresh database per test,
//! SQLite always and PostgreSQL when TANDEM_TEST_POSTGRES_URL is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod api;
mod auth;
mod authors;
mod bodies;
mod confirm;
mod conversation;
mod decide;
mod events;
mod exports;
mod forms;
mod ideas;
mod initiatives;
mod invitations;
mod lists;
mod page_cache;
mod pages;
mod place;
mod recovery;
mod representation;
mod rosters;
mod seed_model;
mod sortition;
mod stateless;
mod surveys;
mod translations;
