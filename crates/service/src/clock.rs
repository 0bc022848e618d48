//! Where "now" comes from: the one place Tandem reads the wall clock (a
//! clippy rule forbids it anywhere else). Every door reads it once per
//! request, command or job and hands the time to the use case; tests swap in
//! a clock they can move.

use std::sync::atomic::{AtomicI64, Ordering};

use tandem_domain::Timestamp;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)] // the one permitted reading of the wall clock
    fn now(&self) -> Timestamp {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        Timestamp(secs)
    }
}

/// A clock tests set and advance by hand.
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn new(start: Timestamp) -> Self {
        ManualClock(AtomicI64::new(start.0))
    }

    /// The current time, without importing the [`Clock`] trait.
    pub fn now_for_tests(&self) -> Timestamp {
        Timestamp(self.0.load(Ordering::SeqCst))
    }

    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.0.load(Ordering::SeqCst))
    }
}
