//! Background jobs: when to try a failed job again.

use crate::time::{HOUR, Timestamp};

pub const DEFAULT_MAX_ATTEMPTS: i64 = 10;
const FIRST_RETRY_SECS: i64 = 30;
const MAX_RETRY_SECS: i64 = 6 * HOUR;

/// When a job that has failed `attempts` times should run again, or `None`
/// when it has used up its attempts. Doubles each time from 30 s, capped at 6 h,
/// so a mail server that is down for a day does not lose anything.
pub fn retry_at(attempts: i64, max_attempts: i64, now: Timestamp) -> Option<Timestamp> {
    if attempts >= max_attempts {
        return None;
    }
    let exponent = attempts.clamp(1, 30) - 1;
    let delay = FIRST_RETRY_SECS.saturating_mul(1_i64 << exponent).min(MAX_RETRY_SECS);
    Some(now.plus_secs(delay))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backs_off_exponentially_then_caps() {
        let now = Timestamp(0);
        assert_eq!(retry_at(1, 10, now), Some(Timestamp(30)));
        assert_eq!(retry_at(2, 10, now), Some(Timestamp(60)));
        assert_eq!(retry_at(3, 10, now), Some(Timestamp(120)));
        assert_eq!(retry_at(9, 20, now), Some(Timestamp(30 * 256)));
        assert_eq!(retry_at(15, 20, now), Some(Timestamp(MAX_RETRY_SECS)));
    }

    #[test]
    fn gives_up_after_max_attempts() {
        assert_eq!(retry_at(10, 10, Timestamp(0)), None);
    }
}
