//! Values read from the database and kept in memory, all on one mechanism with one policy: a cache holds
//! at most its capacity, and the least recently used entry makes room. Every value is kept under a key
//! read from the database (a cohort's stamp, a timetable's version), never for a time: a change made
//! through any server sharing the database shows at once on every other.
//!
//! `CohortCache` builds on it for values read per cohort with the stamp of the cohort they were read for
//! (a version that grows with every change): a value is read again only after the stamp changed, so
//! repeated views of an unchanged roster or timetable cost one small query.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::domain::ids::CohortId;
use crate::error::AppResult;

/// A bounded map shared between threads.
pub struct Cache<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
    capacity: usize,
}

struct Entry<V> {
    value: V,
    used: Instant,
}

impl<K: Eq + Hash + Clone, V: Clone> Cache<K, V> {
    /// A cache of at most `capacity` entries, kept until they make room.
    pub fn new(capacity: usize) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, Entry<V>>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The value kept under `key`.
    pub fn get(&self, key: &K) -> Option<V> {
        let mut entries = self.lock();
        let entry = entries.get_mut(key)?;
        entry.used = Instant::now();
        Some(entry.value.clone())
    }

    /// Keeps `value` under `key`; when full, the least recently used entry makes room.
    pub fn insert(&self, key: K, value: V) {
        let mut entries = self.lock();
        if entries.len() >= self.capacity
            && !entries.contains_key(&key)
            && let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, e)| e.used)
                .map(|(k, _)| k.clone())
        {
            entries.remove(&oldest);
        }
        entries.insert(
            key,
            Entry {
                value,
                used: Instant::now(),
            },
        );
    }
}

/// How many cohorts' values a cache keeps.
const CACHED_COHORTS: usize = 64;

/// One value per cohort, read again when the cohort's stamp changes.
pub struct CohortCache<S, V>(Cache<CohortId, (S, Arc<V>)>);

impl<S: Clone, V> Default for CohortCache<S, V> {
    fn default() -> Self {
        Self(Cache::new(CACHED_COHORTS))
    }
}

impl<S: PartialEq + Clone, V> CohortCache<S, V> {
    /// The cohort's value from memory if it was read with this `stamp`; otherwise `load`s and keeps it.
    pub fn get_or_load(
        &self,
        cohort: CohortId,
        stamp: S,
        load: impl FnOnce() -> AppResult<V>,
    ) -> AppResult<Arc<V>> {
        if let Some((kept, value)) = self.0.get(&cohort)
            && kept == stamp
        {
            return Ok(value);
        }
        // Reading can take a while: the cache is not locked meanwhile.
        let value = Arc::new(load()?);
        self.0.insert(cohort, (stamp, value.clone()));
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_read_again_only_when_its_stamp_changes() {
        let cache: CohortCache<i32, String> = CohortCache::default();
        let reads = std::cell::Cell::new(0);
        let read = |text: &str| {
            reads.set(reads.get() + 1);
            Ok(text.to_owned())
        };
        let first = cache.get_or_load(CohortId(1), 1, || read("v1")).unwrap();
        let again = cache.get_or_load(CohortId(1), 1, || read("other")).unwrap();
        assert_eq!(
            (first.as_str(), again.as_str(), reads.get()),
            ("v1", "v1", 1)
        );
        let changed = cache.get_or_load(CohortId(1), 2, || read("v2")).unwrap();
        assert_eq!((changed.as_str(), reads.get()), ("v2", 2));
    }

    #[test]
    fn the_least_recently_used_cohort_makes_room() {
        let cache: CohortCache<i32, i32> = CohortCache::default();
        for id in 0..CACHED_COHORTS as i32 {
            cache.get_or_load(CohortId(id), 0, || Ok(id)).unwrap();
        }
        cache.get_or_load(CohortId(0), 0, || Ok(-1)).unwrap();
        cache.get_or_load(CohortId(1000), 0, || Ok(1000)).unwrap();
        assert_eq!(
            *cache.get_or_load(CohortId(0), 0, || Ok(-1)).unwrap(),
            0,
            "used lately: kept"
        );
        assert_eq!(
            *cache.get_or_load(CohortId(1), 0, || Ok(-1)).unwrap(),
            -1,
            "oldest: read again"
        );
    }
}
