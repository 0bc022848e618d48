//! Login throttling: how many failed attempts an account or an address may make.
//!
//! Three counters, so that an attacker can neither guess far nor lock a real
//! person out: per account *and* address, a few free tries and then growing
//! waits (guessing from one place slows to a crawl, and only that place
//! waits); per account from addresses it has never signed in from, a larger
//! hourly limit (guessing from many places); per address, a limit across
//! accounts (one machine sweeping many accounts). The counters live in the
//! database so that every server behind a load balancer sees the same ones;
//! this module only decides.

use crate::time::{DAY, HOUR, MINUTE, Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    pub max_failures: i64,
    pub window_secs: i64,
}

/// Per account, counting only addresses it never signed in from: guesses
/// spread over many addresses. Where the person usually signs in they are
/// never held by it.
pub const PER_ACCOUNT: ThrottlePolicy = ThrottlePolicy { max_failures: 50, window_secs: HOUR };

/// Growing waits after a few free failures, per account and address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// Failures allowed without waiting.
    pub free: i64,
    /// The wait after the first failure beyond those; it doubles with each more.
    pub first_wait_secs: i64,
    pub max_wait_secs: i64,
    /// Failures this long ago are forgotten.
    pub forget_secs: i64,
}

/// Five tries, then 30 seconds, a minute, two… up to a quarter of an hour
/// between guesses; a day without failures forgets them.
pub const PER_ACCOUNT_AND_ADDRESS: Backoff =
    Backoff { free: 5, first_wait_secs: 30, max_wait_secs: 15 * MINUTE, forget_secs: DAY };

impl Backoff {
    /// How long to wait after `failures` failures before the next try.
    pub fn wait_after(&self, failures: i64) -> i64 {
        if failures < self.free {
            return 0;
        }
        let doublings = (failures - self.free).min(32) as u32;
        self.first_wait_secs.saturating_mul(1_i64 << doublings.min(40)).min(self.max_wait_secs)
    }

    /// Decides from the failures counted so far and when the last one was.
    pub fn verdict(&self, failures: i64, last_failure: Timestamp, now: Timestamp) -> Verdict {
        if now >= last_failure.plus_secs(self.forget_secs) {
            return Verdict::Allowed;
        }
        let until = last_failure.plus_secs(self.wait_after(failures));
        if now < until { Verdict::Locked { retry_after_secs: until.secs_since(now).max(1) } } else { Verdict::Allowed }
    }

    /// The failures to count from, once one more happens at `now`.
    pub fn counted(&self, failures: i64, last_failure: Timestamp, now: Timestamp) -> i64 {
        if now >= last_failure.plus_secs(self.forget_secs) { 0 } else { failures }
    }
}

/// Per address: generous enough for a school behind one NAT, tight enough to
/// stop one machine sweeping many accounts.
pub const PER_ADDRESS: ThrottlePolicy = ThrottlePolicy { max_failures: 30, window_secs: 15 * MINUTE };

/// Password-reset emails per address asked for: enough for someone who lost
/// the first one, too few to flood their inbox. Beyond it the answer is the
/// same and nothing is sent.
pub const RESET_PER_EMAIL: ThrottlePolicy = ThrottlePolicy { max_failures: 3, window_secs: HOUR };

/// Password-reset requests per client address (any accounts): beyond it the
/// client is told to wait.
pub const RESET_PER_ADDRESS: ThrottlePolicy = ThrottlePolicy { max_failures: 10, window_secs: HOUR };

/// Wrong second-factor codes per account, whatever the challenge: ten a
/// quarter of an hour leaves a million codes out of reach for years.
pub const CODES_PER_ACCOUNT: ThrottlePolicy = ThrottlePolicy { max_failures: 10, window_secs: 15 * MINUTE };

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
        let p = PER_ADDRESS;
        let start = Timestamp(10_000);
        assert_eq!(p.verdict(29, start, start.plus_secs(60)), Verdict::Allowed);
        assert_eq!(p.verdict(30, start, start.plus_secs(60)), Verdict::Locked { retry_after_secs: 15 * MINUTE - 60 });
    }

    #[test]
    fn window_end_releases() {
        let p = PER_ACCOUNT;
        let start = Timestamp(10_000);
        assert_eq!(p.verdict(50, start, start.plus_secs(HOUR)), Verdict::Allowed);
        assert_eq!(p.window_cutoff(Timestamp(10_000)), Timestamp(10_000 - HOUR));
    }

    #[test]
    fn waits_grow_after_the_free_tries_and_are_forgotten_after_a_day() {
        let b = PER_ACCOUNT_AND_ADDRESS;
        let waits: Vec<i64> = (0..12).map(|f| b.wait_after(f)).collect();
        assert_eq!(waits, [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
        assert_eq!(b.wait_after(i64::MAX), 900, "no overflow");
        let last = Timestamp(50_000);
        assert_eq!(b.verdict(4, last, last), Verdict::Allowed);
        assert_eq!(b.verdict(5, last, last.plus_secs(10)), Verdict::Locked { retry_after_secs: 20 });
        assert_eq!(b.verdict(5, last, last.plus_secs(30)), Verdict::Allowed);
        assert_eq!(b.verdict(40, last, last.plus_secs(DAY)), Verdict::Allowed);
        assert_eq!(b.counted(40, last, last.plus_secs(DAY)), 0);
        assert_eq!(b.counted(40, last, last.plus_secs(DAY - 1)), 40);
    }

    #[test]
    fn addresses_get_more_room_than_accounts() {
        let start = Timestamp(0);
        assert_eq!(PER_ADDRESS.verdict(29, start, Timestamp(1)), Verdict::Allowed);
        assert!(matches!(PER_ADDRESS.verdict(30, start, Timestamp(1)), Verdict::Locked { .. }));
    }
}
