//! Tandem's concepts as types and rules.
//!
//! Nothing here performs I/O or reads the clock: time arrives as a
//! [`Timestamp`] parameter so that tests decide what "now" is.

#[macro_use]
mod macros;

pub mod accountability;
pub mod actions;
pub mod audit;
pub mod bodies;
pub mod calendar;
pub mod charter;
pub mod community;
pub mod content;
pub mod conversation;
pub mod decisions;
pub mod engagement;
pub mod environment;
pub mod error;
pub mod events;
pub mod export;
pub mod health;
pub mod ideas;
pub mod initiative;
pub mod invitation;
pub mod jobs;
pub mod meetings;
pub mod notify;
pub mod phases;
pub mod privacy;
pub mod representation;
pub mod rosters;
pub mod second_factor;
pub mod session;
pub mod sortition;
pub mod survey_templates;
pub mod surveys;
pub mod text;
pub mod throttle;
pub mod time;
pub mod worksheet;

pub use error::{FieldError, Invalid};
pub use time::Timestamp;

/// A closed set of choices stored and exchanged as short strings (roles,
/// stances, statuses...). Lets the store read them and forms offer them
/// without knowing which set they are.
pub trait Choice: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
    fn parse(input: &str) -> Option<Self>;
}
