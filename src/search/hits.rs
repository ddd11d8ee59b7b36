//! What the text of a search matched, by catalogue position, and how the matches rank; read from
//! the full-text index once per catalogue, then kept.
//!
//! A common word matches most of the registry, and reading its matches from the index costs
//! more than everything else a search does (about 10 ms for 60 000 matches, and 5 more for those
//! in names and cities). So each catalogue keeps, least recently used forgotten first:
//! - each part's matches ([`PartHits`]: a word, or a city's names), since a query's matches are
//!   the intersection of its parts', and common words recur across queries;
//! - each whole query's matches and ranking ([`TextHits`]).
//!
//! After a catalogue is built, every entry's length in the index (which bm25 weighs) and the
//! index's most frequent words are read in the background ([`warm`]), so that even the first
//! search for a common word finds them kept. A change to the registry builds a new catalogue,
//! with nothing kept.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};

use roaring::RoaringBitmap;
use tokio::sync::OnceCell;

use super::catalogue::Catalogue;
use super::text::TextQuery;
use crate::db::{self, Pool};

/// Up to this many text matches are ranked by bm25; beyond it, computing bm25 for every match
/// costs more than a page may take (about 1 ms per thousand matches), so matches are ranked in
/// tiers instead: name, other names or city first, then anywhere else.
pub const BM25_LIMIT: usize = 5_000;

/// The matches of one full-text query, and how they rank.
#[derive(Debug)]
pub struct TextHits {
    pub matched: RoaringBitmap,
    pub ranking: Ranking,
}

/// How a query's matches rank when results are sorted by relevance. Worked out with the matches
/// whatever the sort, so that a query is read and kept once.
#[derive(Debug)]
pub enum Ranking {
    /// Each match's bm25 rank (lower is better), by position.
    Bm25(Vec<(u32, f64)>),
    /// Too many for bm25: the matches in the name, other names or city rank first.
    Tiers { first: RoaringBitmap },
}

/// What one part of a query matches.
#[derive(Debug)]
pub struct PartHits {
    matched: RoaringBitmap,
    /// How many rows of the full-text index match, the catalogue's or not: what bm25 weighs a
    /// part by (`db::bm25`).
    rows: usize,
    /// The matches in the name, other names or city: read only when a query holding this part
    /// has too many matches for bm25.
    first: OnceCell<RoaringBitmap>,
}

impl PartHits {
    async fn read(pool: &Pool, catalogue: &Catalogue, part: &str) -> Result<Self, sqlx::Error> {
        let ids = db::catalogue::text_matches(pool, part).await?;
        Ok(Self {
            rows: ids.len(),
            matched: positions(catalogue, ids),
            first: OnceCell::new(),
        })
    }

    async fn first(
        &self,
        pool: &Pool,
        catalogue: &Catalogue,
        part: &str,
    ) -> Result<&RoaringBitmap, sqlx::Error> {
        self.first
            .get_or_try_init(|| async {
                let ids = db::catalogue::name_or_city_matches(pool, part).await?;
                Ok(positions(catalogue, ids) & &self.matched)
            })
            .await
    }
}

/// The catalogue positions of organisation ids; ids it does not hold are left out.
fn positions(catalogue: &Catalogue, ids: Vec<i64>) -> RoaringBitmap {
    ids.into_iter()
        .filter_map(|id| catalogue.position_of_id(id))
        .collect()
}

/// How many whole queries' hits a catalogue keeps: a common word's bitmaps are a few tens of
/// KB, a rarer one's ranks by bm25 at most 80 KB, so a full cache holds a few megabytes at most.
const KEPT_QUERIES: usize = 64;

/// How many parts' hits a catalogue keeps: at most two bitmaps of 16 KB each at 100 000
/// organisations, so at most 8 MB; room for every warmed word in both its forms, and for
/// what is asked besides.
const KEPT_PARTS: usize = 256;

/// How many of the index's most frequent words are read after a catalogue is built, and how
/// many organisations a word must be in to be worth it. Reading a word when asked costs about a
/// millisecond per thousand organisations that hold it ("peer", in 6 000 of 10 000, 7 to 10 ms
/// in a query new to the server), so below 2 000 it costs two at most. At 100 000 organisations
/// the warming reads the 96 most frequent words in about two seconds of one core, in the
/// background; at 10 000, the 46 in 2 000 organisations or more, in 0.2 s.
const WARM_WORDS: usize = 96;
const WARM_MIN_ORGANISATIONS: u32 = 2_000;

/// The hits of the queries and parts last asked of one catalogue.
#[derive(Debug, Default)]
pub struct HitCache {
    queries: Cells<TextHits>,
    parts: Cells<PartHits>,
    /// Each entry's length in the full-text index, in tokens, by position (0 where not read):
    /// read once in the background ([`warm`]), for bm25. Until then, the rank looks each
    /// match's length up itself, to the same result.
    row_lengths: OnceCell<Vec<u32>>,
}

impl HitCache {
    /// The hits of `query` against `catalogue`, read unless kept or being read.
    pub async fn get(
        &self,
        pool: &Pool,
        catalogue: &Catalogue,
        query: &TextQuery,
    ) -> Result<Arc<TextHits>, sqlx::Error> {
        let whole = query.whole();
        self.queries
            .get(&whole, KEPT_QUERIES, || {
                self.read(pool, catalogue, query, &whole, BM25_LIMIT)
            })
            .await
    }

    /// Reads every entry's length in the full-text index, unless read.
    async fn read_row_lengths(
        &self,
        pool: &Pool,
        catalogue: &Catalogue,
    ) -> Result<(), sqlx::Error> {
        self.row_lengths
            .get_or_try_init(|| async {
                let mut by_position = vec![0; catalogue.len()];
                for (id, length) in db::catalogue::row_lengths(pool).await? {
                    if let Some(position) = catalogue.position_of_id(id) {
                        by_position[position as usize] = length;
                    }
                }
                Ok::<_, sqlx::Error>(by_position)
            })
            .await?;
        Ok(())
    }

    /// Reads a query's hits from its parts', with at most `bm25_limit` ranked by bm25.
    async fn read(
        &self,
        pool: &Pool,
        catalogue: &Catalogue,
        query: &TextQuery,
        whole: &str,
        bm25_limit: usize,
    ) -> Result<TextHits, sqlx::Error> {
        let mut parts = Vec::with_capacity(query.parts().len());
        for part in query.parts() {
            parts.push((part, self.part(pool, catalogue, part).await?));
        }
        // In the whole query's order, before the parts are sorted: a word's rows as read, a city's
        // names (several phrases, each rare) counted by the statement itself.
        let phrase_rows: Vec<Option<usize>> = parts
            .iter()
            .zip(query.phrases_per_part())
            .flat_map(|((_, hits), &phrases)| match phrases {
                1 => vec![Some(hits.rows)],
                _ => vec![None; phrases],
            })
            .collect();
        // Smallest first: each intersection is then no larger than the first part.
        parts.sort_by_key(|(_, hits)| hits.matched.len());
        let mut matched = parts
            .first()
            .map(|(_, hits)| hits.matched.clone())
            .unwrap_or_default();
        for (_, hits) in parts.iter().skip(1) {
            matched &= &hits.matched;
        }
        let ranking = if matched.len() as usize <= bm25_limit {
            // bm25 weighs the whole query, so it is read for the whole query: for few matches,
            // a quick statement.
            let row_lengths = match self.row_lengths.get() {
                Some(lengths) => matched
                    .iter()
                    .filter_map(|position| {
                        let length = *lengths.get(position as usize)?;
                        (length > 0).then(|| (catalogue.entry(position).id, length))
                    })
                    .collect(),
                None => Vec::new(),
            };
            let ranks = db::catalogue::bm25_matches(pool, whole, &phrase_rows, row_lengths).await?;
            let mut ranks: Vec<(u32, f64)> = ranks
                .into_iter()
                .filter_map(|(id, rank)| Some((catalogue.position_of_id(id)?, rank)))
                .filter(|(position, _)| matched.contains(*position))
                .collect();
            ranks.sort_unstable_by_key(|&(position, _)| position);
            ranks.dedup_by_key(|&mut (position, _)| position);
            Ranking::Bm25(ranks)
        } else {
            // A query's parts must each match in a name, other name or city to rank first, as
            // FTS5 reads a column filter over an AND: each part in any of those columns.
            let mut first = matched.clone();
            for (part, hits) in &parts {
                first &= hits.first(pool, catalogue, part).await?;
            }
            Ranking::Tiers { first }
        };
        Ok(TextHits { matched, ranking })
    }

    async fn part(
        &self,
        pool: &Pool,
        catalogue: &Catalogue,
        part: &str,
    ) -> Result<Arc<PartHits>, sqlx::Error> {
        self.parts
            .get(part, KEPT_PARTS, || PartHits::read(pool, catalogue, part))
            .await
    }
}

/// Reads into `catalogue`'s cache the entries' lengths in the full-text index, then the index's
/// most frequent words, as the last word of a query (a prefix) and as any other word, with their
/// matches in names and cities: the reads that cost most when asked. Only while the catalogue is
/// in use: once the registry has changed and no request holds it, the rest is left unread (a
/// burst of changes would otherwise keep several catalogues alive). Returns how many words were
/// read.
pub async fn warm(catalogue: Weak<Catalogue>, pool: &Pool) -> Result<usize, sqlx::Error> {
    warm_words(catalogue, pool, WARM_MIN_ORGANISATIONS, WARM_WORDS).await
}

async fn warm_words(
    catalogue: Weak<Catalogue>,
    pool: &Pool,
    min_organisations: u32,
    count: usize,
) -> Result<usize, sqlx::Error> {
    let words = match catalogue.upgrade() {
        Some(catalogue) => {
            catalogue
                .hit_cache()
                .read_row_lengths(pool, &catalogue)
                .await?;
            catalogue
                .index_words(pool)
                .await?
                .most_used(min_organisations, count)
        }
        None => return Ok(0),
    };
    let mut read = 0;
    for word in &words {
        let Some(catalogue) = catalogue.upgrade() else {
            break;
        };
        let cache = catalogue.hit_cache();
        for part in [format!("\"{word}\"*"), format!("\"{word}\"")] {
            let hits = cache.part(pool, &catalogue, &part).await?;
            hits.first(pool, &catalogue, &part).await?;
        }
        read += 1;
    }
    Ok(read)
}

/// Values read once per key: requests that ask for one being read wait for that reading rather
/// than each doing the full-text work. At most `kept` are kept, the least recently used
/// forgotten first.
#[derive(Debug)]
struct Cells<T> {
    kept: Mutex<Kept<T>>,
}

impl<T> Default for Cells<T> {
    fn default() -> Self {
        Self {
            kept: Mutex::new(Kept {
                cells: HashMap::new(),
                clock: 0,
            }),
        }
    }
}

type Cell<T> = Arc<OnceCell<Arc<T>>>;

#[derive(Debug)]
struct Kept<T> {
    /// By key: the value (or its reading) and when it was last asked for.
    cells: HashMap<String, (Cell<T>, u64)>,
    clock: u64,
}

impl<T> Cells<T> {
    async fn get<F, Fut>(&self, key: &str, kept: usize, read: F) -> Result<Arc<T>, sqlx::Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        let cell = self.lock().cell(key, kept);
        // A failed reading leaves the cell empty: the next request tries again.
        let value = cell
            .get_or_try_init(|| async { read().await.map(Arc::new) })
            .await?;
        Ok(value.clone())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Kept<T>> {
        self.kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl<T> Kept<T> {
    /// The cell of `key`, made (forgetting the least recently used if `kept` are kept) unless
    /// there is one.
    fn cell(&mut self, key: &str, kept: usize) -> Cell<T> {
        self.clock += 1;
        if let Some((cell, used)) = self.cells.get_mut(key) {
            *used = self.clock;
            return cell.clone();
        }
        if self.cells.len() >= kept {
            // The least recently used of those read: one still being read stays, so that a
            // request for it meanwhile waits for that reading rather than starting another. Only
            // when every one is being read does the oldest go (its reading goes on for those
            // waiting on it; only the cache forgets it).
            let oldest = |read_only: bool| {
                self.cells
                    .iter()
                    .filter(|(_, (cell, _))| !read_only || cell.initialized())
                    .min_by_key(|(_, (_, used))| *used)
                    .map(|(key, _)| key.clone())
            };
            if let Some(oldest) = oldest(true).or_else(|| oldest(false)) {
                self.cells.remove(&oldest);
            }
        }
        let cell = Cell::default();
        self.cells
            .insert(key.to_owned(), (cell.clone(), self.clock));
        cell
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
        (pool.clone(), catalogue(&pool).await)
    }

    async fn catalogue(pool: &Pool) -> Catalogue {
        let data = db::catalogue::load(pool, Entry::from_row).await.unwrap();
        Catalogue::from_entries(data)
    }

    fn query(text: &str) -> TextQuery {
        TextQuery::new(text).unwrap()
    }

    #[tokio::test]
    async fn few_matches_rank_by_bm25_and_many_by_tier() {
        let (pool, catalogue) = registry().await;
        let (alpha, beta) = (0, 1);
        assert_eq!(catalogue.entry(alpha).name(), "Alpha");
        let peer = query("peer");
        let read = |limit| {
            let cache = HitCache::default();
            let (pool, catalogue, peer) = (&pool, &catalogue, &peer);
            async move {
                cache
                    .read(pool, catalogue, peer, &peer.whole(), limit)
                    .await
            }
        };
        // Under the limit: each match has its bm25 rank.
        let hits = read(BM25_LIMIT).await.unwrap();
        assert_eq!(hits.matched.iter().collect::<Vec<_>>(), [alpha, beta]);
        let Ranking::Bm25(ranks) = &hits.ranking else {
            panic!("bm25 expected: {:?}", hits.ranking);
        };
        assert_eq!(ranks.iter().map(|r| r.0).collect::<Vec<_>>(), [alpha, beta]);
        assert!(ranks.iter().all(|(_, rank)| *rank < 0.0), "{ranks:?}");
        // Over the limit: the match in the city ranks first.
        let hits = read(1).await.unwrap();
        let Ranking::Tiers { first } = &hits.ranking else {
            panic!("tiers expected: {:?}", hits.ranking);
        };
        assert_eq!(first.iter().collect::<Vec<_>>(), [beta]);
    }

    /// A query read from its parts matches what FTS5 finds for the whole query, and so does its
    /// first tier: on the seed, for words, several words, a prefix and a city's names.
    #[tokio::test]
    async fn parts_find_what_the_whole_query_finds() {
        let pool = db::connect_in_memory().await.unwrap();
        db::migrate(&pool).await.unwrap();
        let seed = std::fs::read_to_string("data/organisations.json").unwrap();
        crate::interchange::import(&pool, &seed, crate::now())
            .await
            .unwrap();
        let catalogue = catalogue(&pool).await;
        let cache = HitCache::default();
        let mut tiers_seen = 0;
        for text in [
            "peer",
            "Peer support",
            "harm reduction",
            "drug user",
            "users network",
            "Berlin",
            "peer Den Haag support",
            "Köln drug",
            "recovery",
            "x",
        ] {
            let text = query(text);
            let whole = text.whole();
            let expected = positions(
                &catalogue,
                db::catalogue::text_matches(&pool, &whole).await.unwrap(),
            );
            // Limit 0: always the tiers, which are what the parts compose.
            let hits = cache
                .read(&pool, &catalogue, &text, &whole, 0)
                .await
                .unwrap();
            assert_eq!(hits.matched, expected, "{whole}");
            if expected.is_empty() {
                continue;
            }
            let Ranking::Tiers { first } = &hits.ranking else {
                panic!("tiers expected for {whole}");
            };
            let names = db::catalogue::name_or_city_matches(&pool, &whole)
                .await
                .unwrap();
            assert_eq!(*first, positions(&catalogue, names) & &expected, "{whole}");
            tiers_seen += usize::from(!first.is_empty() && first.len() < expected.len());
        }
        assert!(
            tiers_seen >= 3,
            "few queries told the tiers apart: {tiers_seen}"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_query_is_read_once_per_catalogue_however_many_ask_at_once() {
        let (pool, catalogue) = registry().await;
        let catalogue = Arc::new(catalogue);
        let mut asks = tokio::task::JoinSet::new();
        for i in 0..100 {
            let (pool, catalogue) = (pool.clone(), catalogue.clone());
            // In capitals or not: one query.
            let text = if i % 2 == 0 { "peer" } else { "PEER" };
            asks.spawn(async move { catalogue.text_hits(&pool, &query(text)).await });
        }
        let hits: Vec<Arc<TextHits>> = asks
            .join_all()
            .await
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(hits[0].matched.len(), 2);
        assert!(hits.iter().all(|h| Arc::ptr_eq(h, &hits[0])));
        let again = catalogue.text_hits(&pool, &query("Peer")).await.unwrap();
        assert!(Arc::ptr_eq(&hits[0], &again));
        let other = catalogue.text_hits(&pool, &query("alpha")).await.unwrap();
        assert_eq!(other.matched.iter().collect::<Vec<_>>(), [0]);
    }

    #[tokio::test]
    async fn warming_reads_the_most_frequent_words_while_the_catalogue_is_used() {
        let (pool, catalogue) = registry().await;
        let catalogue = Arc::new(catalogue);
        // Only "support" and the source's "example" are words of both organisations.
        let read = warm_words(Arc::downgrade(&catalogue), &pool, 2, 10).await;
        assert_eq!(read.unwrap(), 2);
        let cache = catalogue.hit_cache();
        let mut kept: Vec<String> = cache.parts.lock().cells.keys().cloned().collect();
        kept.sort();
        assert_eq!(
            kept,
            ["\"example\"", "\"example\"*", "\"support\"", "\"support\"*"]
        );
        let support = cache.part(&pool, &catalogue, "\"support\"*").await.unwrap();
        assert_eq!(support.matched.len(), 2);
        // Its first tier was read too: in no name or city.
        assert_eq!(support.first.get().map(RoaringBitmap::len), Some(0));
        // At most `count` words.
        let (pool, catalogue) = registry().await;
        let catalogue = Arc::new(catalogue);
        let read = warm_words(Arc::downgrade(&catalogue), &pool, 1, 1).await;
        assert_eq!(read.unwrap(), 1);
        assert_eq!(catalogue.hit_cache().parts.lock().cells.len(), 2);
        // Nothing once the catalogue is no longer used.
        let unused = Arc::downgrade(&catalogue);
        drop(catalogue);
        assert_eq!(warm_words(unused, &pool, 1, 10).await.unwrap(), 0);
    }

    #[test]
    fn the_cache_forgets_the_least_recently_used_key() {
        let mut kept: Kept<TextHits> = Kept {
            cells: HashMap::new(),
            clock: 0,
        };
        let key = |i: usize| format!("\"w{i}\"*");
        let cells: Vec<Cell<TextHits>> = (0..3).map(|i| kept.cell(&key(i), 3)).collect();
        // Asking for the first again makes the second the oldest, and gives the same cell.
        assert!(Arc::ptr_eq(&kept.cell(&key(0), 3), &cells[0]));
        kept.cell(&key(3), 3);
        assert_eq!(kept.cells.len(), 3);
        assert!(Arc::ptr_eq(&kept.cell(&key(0), 3), &cells[0]));
        assert!(!kept.cells.contains_key(&key(1)));
        assert!(kept.cells.contains_key(&key(2)));
        assert!(kept.cells.contains_key(&key(3)));
    }

    #[test]
    fn the_cache_keeps_a_key_being_read_while_it_can_forget_one_read() {
        let mut kept: Kept<u32> = Kept {
            cells: HashMap::new(),
            clock: 0,
        };
        let being_read = kept.cell("\"a\"", 2);
        kept.cell("\"b\"", 2).set(Arc::new(1)).unwrap();
        // "a", the oldest, is still being read: "b" goes instead.
        kept.cell("\"c\"", 2);
        assert!(Arc::ptr_eq(&kept.cell("\"a\"", 2), &being_read));
        assert!(!kept.cells.contains_key("\"b\""));
        // With every one being read, the oldest goes.
        kept.cell("\"d\"", 2);
        assert!(!kept.cells.contains_key("\"c\""));
        assert!(kept.cells.contains_key("\"a\"") && kept.cells.contains_key("\"d\""));
    }
}
