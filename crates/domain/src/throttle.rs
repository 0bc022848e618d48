//! Login throttling: how many failed attempts an account or an address may make.
//!
//! The counters live in the database so that every server behind a load
//! balancer sees the same ones; this module only decides.

use crate::time::{MINUTE, Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    pub max_failures: i64,
    pub window_secs: i64,
}

/// Per account: a handful of guesses, then wait. Slows password guessing
/// against one person without locking them out for long.
pub const PER_ACCOUNT: ThrottlePolicy = ThrottlePolicy { max_failures: 5, window_secs: 15 * MINUTE };

/// Per address: generous enough for a school behind one NAT, tight enough to
/// stop one machine sweeping many accounts.
pub const PER_ADDRESS: ThrottlePolicy = ThrottlePolicy { max_failures: 30, window_secs: 15 * MINUTE };

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Try again after this many seconds.
    Locked {
        retry_after_secs: i64,
    },
}

impl ThrottlePolicy {
    /// Failures recorded before this time belong to an old window and are forgotten.
    pub fn window_cutoff(&self, now: Timestamp) -> Timestamp {
        now.plus_secs(-self.window_secs)
    }

    /// Decides from the failures counted in the window that began at `window_start`.
    pub fn verdict(&self, failures: i64, window_start: Timestamp, now: Timestamp) -> Verdict {
        let window_end = window_start.plus_secs(self.window_secs);
        if failures >= self.max_failures && now < window_end {
            Verdict::Locked { retry_after_secs: window_end.secs_since(now).max(1) }
        } else {
            Verdict::Allowed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_after_max_failures_within_window() {
        let p = PER_ACCOUNT;
        let start = Timestamp(10_000);
        assert_eq!(p.verdict(4, start, start.plus_secs(60)), Verdict::Allowed);
        assert_eq!(p.verdict(5, start, start.plus_secs(60)), Verdict::Locked { retry_after_secs: 15 * MINUTE - 60 });
    }

    #[test]
    fn window_end_releases() {
        let p = PER_ACCOUNT;
        let start = Timestamp(10_000);
        assert_eq!(p.verdict(50, start, start.plus_secs(15 * MINUTE)), Verdict::Allowed);
        assert_eq!(p.window_cutoff(Timestamp(10_000)), Timestamp(10_000 - 15 * MINUTE));
    }

    #[test]
    fn addresses_get_more_room_than_accounts() {
        let start = Timestamp(0);
        assert_eq!(PER_ADDRESS.verdict(29, start, Timestamp(1)), Verdict::Allowed);
        assert!(matches!(PER_ADDRESS.verdict(30, start, Timestamp(1)), Verdict::Locked { .. }));
    }
}
