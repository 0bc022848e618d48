//! How long a login lasts.

use crate::time::{DAY, HOUR, Timestamp};

/// A session unused this long ends.
pub const IDLE_SECS: i64 = 14 * DAY;
/// No session outlives this, however active: stolen cookies die eventually.
pub const ABSOLUTE_SECS: i64 = 90 * DAY;
/// Activity extends a session at most this often, sparing a write per request.
pub const REFRESH_AFTER_SECS: i64 = HOUR;

string_enum! {
    /// What a personal API token may do.
    pub enum TokenScope {
        /// Read what its owner may read; nothing else.
        Read = "read",
        /// Also write, as its owner.
        Write = "write",
    }
}

/// A token lives this many days unless its owner chooses otherwise…
pub const TOKEN_DEFAULT_DAYS: i64 = 90;
/// …and never more than a year: a forgotten token dies eventually.
pub const TOKEN_MAX_DAYS: i64 = 365;

/// The days a new token lives: blank for the default, 1 to a year.
pub fn token_days(input: &str) -> Result<i64, crate::FieldError> {
    match input.trim() {
        "" => Ok(TOKEN_DEFAULT_DAYS),
        typed => crate::text::integer_in("days", typed, 1..=TOKEN_MAX_DAYS),
    }
}

/// The expiry of a session created at `created_at`, last active at `now`.
pub fn expiry(created_at: Timestamp, now: Timestamp) -> Timestamp {
    now.plus_secs(IDLE_SECS).min(created_at.plus_secs(ABSOLUTE_SECS))
}

/// Whether activity at `now` should push the expiry further out.
pub fn needs_refresh(last_seen_at: Timestamp, now: Timestamp) -> bool {
    now.secs_since(last_seen_at) >= REFRESH_AFTER_SECS
}

/// A password-reset link works once, within an hour of being sent.
pub const RESET_LINK_SECS: i64 = HOUR;
/// A link confirming a new sign-in address works once, within a day.
pub const EMAIL_LINK_SECS: i64 = DAY;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_expiry_until_the_absolute_limit() {
        let start = Timestamp(0);
        assert_eq!(expiry(start, start), Timestamp(IDLE_SECS));
        let late = start.plus_secs(ABSOLUTE_SECS - DAY);
        assert_eq!(expiry(start, late), Timestamp(ABSOLUTE_SECS));
    }

    #[test]
    fn refreshes_at_most_hourly() {
        assert!(!needs_refresh(Timestamp(0), Timestamp(HOUR - 1)));
        assert!(needs_refresh(Timestamp(0), Timestamp(HOUR)));
    }
}
