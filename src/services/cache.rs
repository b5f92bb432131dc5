//! Values read from the database and kept in memory, one per cohort, each with the stamp of the cohort
//! it was read for (e.g. a version that grows with every change): a value is read again only after the
//! stamp changed, so repeated views of an unchanged roster or timetable cost one small query.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::domain::ids::CohortId;
use crate::error::AppResult;

/// How many cohorts' values a cache keeps; the least recently used one makes room.
const CACHED_COHORTS: usize = 64;

pub struct CohortCache<S, V> {
    entries: Mutex<HashMap<CohortId, Entry<S, V>>>,
}

struct Entry<S, V> {
    stamp: S,
    value: Arc<V>,
    used: Instant,
}

impl<S, V> Default for CohortCache<S, V> {
    fn default() -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

impl<S: PartialEq, V> CohortCache<S, V> {
    /// The cohort's value from memory if it was read with this `stamp`; otherwise `load`s and keeps it.
    pub fn get_or_load(
        &self,
        cohort: CohortId,
        stamp: S,
        load: impl FnOnce() -> AppResult<V>,
    ) -> AppResult<Arc<V>> {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(hit) = entries.get_mut(&cohort).filter(|e| e.stamp == stamp) {
            hit.used = Instant::now();
            return Ok(hit.value.clone());
        }
        // Reading can take a while: others may use the cache meanwhile.
        drop(entries);
        let value = Arc::new(load()?);
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= CACHED_COHORTS
            && !entries.contains_key(&cohort)
            && let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, e)| e.used)
                .map(|(id, _)| *id)
        {
            entries.remove(&oldest);
        }
        entries.insert(
            cohort,
            Entry {
                stamp,
                value: value.clone(),
                used: Instant::now(),
            },
        );
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
