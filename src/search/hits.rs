//! What the text of a search matched, by catalogue position, and how the matches rank; read from
//! the full-text index once per query and catalogue, then kept.
//!
//! A common word matches most of the registry, and reading its matches from the index costs
//! more than everything else a search does (about 10 ms for 60 000 matches). The registry changes
//! rarely and people type the same words, so each catalogue keeps the hits of the queries it was
//! asked most recently ([`HitCache`]); a change to the registry builds a new catalogue, with an
//! empty cache.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use roaring::RoaringBitmap;

use super::catalogue::Catalogue;
use crate::db::{self, Pool};

/// Up to this many text matches are ranked by bm25; beyond it, computing bm25 for every match
/// costs more than a page may take (about 1 ms per thousand matches), so matches are ranked in
/// tiers instead: name, other names or city first, then anywhere else.
pub const BM25_LIMIT: usize = 5_000;

/// The matches of one full-text query.
#[derive(Debug, Default)]
pub struct TextHits {
    pub matched: RoaringBitmap,
    pub ranking: Ranking,
}

/// How a query's matches rank, when results are sorted by relevance.
#[derive(Debug, Default)]
pub enum Ranking {
    /// Not worked out: the search is sorted otherwise.
    #[default]
    Unranked,
    /// Each match's bm25 rank (lower is better), by position.
    Bm25(Vec<(u32, f64)>),
    /// Too many for bm25: the matches in the name, other names or city rank first.
    Tiers { first: RoaringBitmap },
}

impl TextHits {
    /// Reads the matches of `fts_query`, ranked if `ranked`, with at most `bm25_limit` ranked by
    /// bm25.
    pub async fn read(
        pool: &Pool,
        catalogue: &Catalogue,
        fts_query: &str,
        ranked: bool,
        bm25_limit: usize,
    ) -> Result<Self, sqlx::Error> {
        let ids = db::catalogue::text_matches(pool, fts_query).await?;
        let matched = positions(catalogue, ids);
        let ranking = match ranked {
            false => Ranking::Unranked,
            true if matched.len() as usize <= bm25_limit => {
                let ranks = db::catalogue::bm25_matches(pool, fts_query).await?;
                let mut ranks: Vec<(u32, f64)> = ranks
                    .into_iter()
                    .filter_map(|(id, rank)| Some((catalogue.position_of_id(id)?, rank)))
                    .filter(|(position, _)| matched.contains(*position))
                    .collect();
                ranks.sort_unstable_by_key(|&(position, _)| position);
                ranks.dedup_by_key(|&mut (position, _)| position);
                Ranking::Bm25(ranks)
            }
            true => {
                let first = db::catalogue::name_or_city_matches(pool, fts_query).await?;
                Ranking::Tiers {
                    first: positions(catalogue, first) & &matched,
                }
            }
        };
        Ok(Self { matched, ranking })
    }
}

/// The catalogue positions of organisation ids; ids it does not hold are left out.
fn positions(catalogue: &Catalogue, ids: Vec<i64>) -> RoaringBitmap {
    ids.into_iter()
        .filter_map(|id| catalogue.position_of_id(id))
        .collect()
}

/// How many queries' hits a catalogue keeps: a common word's bitmaps are a few tens of KB, a
/// rarer one's ranks by bm25 at most 80 KB, so a full cache holds a few megabytes at most.
const KEPT: usize = 64;

/// The hits of the queries last asked of one catalogue.
#[derive(Debug, Default)]
pub struct HitCache {
    kept: Mutex<Kept>,
}

#[derive(Debug, Default)]
struct Kept {
    /// By query and whether ranked: the hits and when they were last used.
    hits: HashMap<(String, bool), (Arc<TextHits>, u64)>,
    clock: u64,
}

impl HitCache {
    /// The hits of `fts_query` against `catalogue`, read unless kept.
    pub async fn get(
        &self,
        pool: &Pool,
        catalogue: &Catalogue,
        fts_query: &str,
        ranked: bool,
    ) -> Result<Arc<TextHits>, sqlx::Error> {
        let key = (fts_query.to_owned(), ranked);
        if let Some(hits) = self.lock().take(&key) {
            return Ok(hits);
        }
        // Read without holding the lock; two requests for the same new query may both read it.
        let hits = Arc::new(TextHits::read(pool, catalogue, fts_query, ranked, BM25_LIMIT).await?);
        self.lock().keep(key, hits.clone());
        Ok(hits)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Kept> {
        self.kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Kept {
    fn take(&mut self, key: &(String, bool)) -> Option<Arc<TextHits>> {
        self.clock += 1;
        let (hits, used) = self.hits.get_mut(key)?;
        *used = self.clock;
        Some(hits.clone())
    }

    fn keep(&mut self, key: (String, bool), hits: Arc<TextHits>) {
        self.clock += 1;
        if self.hits.len() >= KEPT && !self.hits.contains_key(&key) {
            let oldest = self
                .hits
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(key, _)| key.clone());
            if let Some(oldest) = oldest {
                self.hits.remove(&oldest);
            }
        }
        self.hits.insert(key, (hits, self.clock));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::catalogue::Entry;

    /// Two organisations that both mention "peer": one in its city, one in its description.
    async fn registry() -> (Pool, Catalogue) {
        let pool = db::connect_in_memory().await.unwrap();
        db::migrate(&pool).await.unwrap();
        let record = |name: &str, city: &str, description: &str| {
            serde_json::json!({
                "name": name, "city": city, "description": description,
                "categories": ["advocacy"], "user_led_degree": "unclear", "degree_note": "Test.",
                "sources": [{"url": "https://example.org/", "title": "Example"}]
            })
        };
        let file = serde_json::json!({"format": "userled-registry/1", "organisations": [
            record("Alpha", "Lyon", "Peer peer peer support, all peer."),
            record("Beta", "Peerhaven", "Support."),
        ]});
        crate::interchange::import(&pool, &file.to_string(), crate::now())
            .await
            .unwrap();
        let data = db::catalogue::load(&pool, Entry::from_row).await.unwrap();
        (pool, Catalogue::from_entries(data))
    }

    #[tokio::test]
    async fn few_matches_rank_by_bm25_and_many_by_tier() {
        let (pool, catalogue) = registry().await;
        let (alpha, beta) = (0, 1);
        assert_eq!(catalogue.entry(alpha).name(), "Alpha");
        let read = |ranked, limit| TextHits::read(&pool, &catalogue, "\"peer\"*", ranked, limit);
        // Under the limit: each match has its bm25 rank.
        let hits = read(true, BM25_LIMIT).await.unwrap();
        assert_eq!(hits.matched.iter().collect::<Vec<_>>(), [alpha, beta]);
        let Ranking::Bm25(ranks) = &hits.ranking else {
            panic!("bm25 expected: {:?}", hits.ranking);
        };
        assert_eq!(ranks.iter().map(|r| r.0).collect::<Vec<_>>(), [alpha, beta]);
        assert!(ranks.iter().all(|(_, rank)| *rank < 0.0), "{ranks:?}");
        // Over the limit: the match in the city ranks first.
        let hits = read(true, 1).await.unwrap();
        let Ranking::Tiers { first } = &hits.ranking else {
            panic!("tiers expected: {:?}", hits.ranking);
        };
        assert_eq!(first.iter().collect::<Vec<_>>(), [beta]);
        // Unranked when another sort is asked for.
        let hits = read(false, BM25_LIMIT).await.unwrap();
        assert_eq!(hits.matched.len(), 2);
        assert!(matches!(hits.ranking, Ranking::Unranked));
    }

    #[tokio::test]
    async fn a_query_is_read_once_per_catalogue() {
        let (pool, catalogue) = registry().await;
        let first = catalogue.text_hits(&pool, "\"peer\"*", true).await.unwrap();
        let again = catalogue.text_hits(&pool, "\"peer\"*", true).await.unwrap();
        assert!(Arc::ptr_eq(&first, &again));
        let unranked = catalogue
            .text_hits(&pool, "\"peer\"*", false)
            .await
            .unwrap();
        assert!(!Arc::ptr_eq(&first, &unranked));
    }

    #[test]
    fn the_cache_forgets_the_least_recently_used_query() {
        let mut kept = Kept::default();
        let key = |i: usize| (format!("\"w{i}\"*"), true);
        for i in 0..KEPT {
            kept.keep(key(i), Arc::default());
        }
        // Using the first makes the second the oldest.
        assert!(kept.take(&key(0)).is_some());
        kept.keep(key(KEPT), Arc::default());
        assert_eq!(kept.hits.len(), KEPT);
        assert!(kept.take(&key(0)).is_some());
        assert!(kept.take(&key(1)).is_none());
        assert!(kept.take(&key(KEPT)).is_some());
        // The same query ranked and unranked are kept apart.
        assert!(kept.take(&(key(0).0, false)).is_none());
    }
}
