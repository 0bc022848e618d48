//! Figures kept for a moment on each server, so a busy page computes them
//! once instead of once per reader: "who takes part" reports and published
//! survey results. When a kept figure grows old the first reader computes it
//! again while the others are given the kept one. Writes that change a
//! figure drop it on the server that made them; other servers see the
//! change within the lifetime.

use std::{collections::HashMap, hash::Hash, sync::Mutex};

use tandem_domain::Timestamp;

/// How long a figure is kept before it is computed again, in seconds.
pub const MEMO_SECONDS: i64 = 30;
/// Figures kept at most per server and kind; all are dropped when it fills.
const MEMO_ENTRIES: usize = 512;

pub struct Memo<K, V> {
    kept: Mutex<HashMap<K, Kept<V>>>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo { kept: Mutex::new(HashMap::new()) }
    }
}

struct Kept<V> {
    computed_at: Timestamp,
    /// When a reader began computing it again, if one is.
    recomputing_since: Option<Timestamp>,
    value: V,
}

impl<K: Eq + Hash, V: Clone> Memo<K, V> {
    /// The kept figure, or `None` when this reader should compute it.
    pub fn get(&self, key: &K, now: Timestamp) -> Option<V> {
        let mut kept = self.kept.lock().ok()?;
        let entry = kept.get_mut(key)?;
        let fresh = now.secs_since(entry.computed_at) < MEMO_SECONDS && entry.computed_at <= now;
        // A recount that has not finished in this long has failed: another reader tries.
        let recomputing = entry.recomputing_since.is_some_and(|at| now.secs_since(at) < MEMO_SECONDS && at <= now);
        if fresh || recomputing {
            return Some(entry.value.clone());
        }
        entry.recomputing_since = Some(now);
        None
    }

    pub fn put(&self, key: K, now: Timestamp, value: V) {
        if let Ok(mut kept) = self.kept.lock() {
            if kept.len() >= MEMO_ENTRIES {
                kept.clear();
            }
            kept.insert(key, Kept { computed_at: now, recomputing_since: None, value });
        }
    }

    /// Drops every figure whose key `matches`.
    pub fn forget(&self, matches: impl Fn(&K) -> bool) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.retain(|key, _| !matches(key));
        }
    }
}
