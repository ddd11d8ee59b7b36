//! The one query layer behind the HTML pages, the JSON API and the CSV export, so the three can
//! never disagree: parameters ([`params`]), the in-memory catalogue ([`catalogue`]), full-text
//! queries ([`text`]) and the search itself ([`engine`]).

pub mod bitmaps;
pub mod catalogue;
pub mod engine;
pub mod params;
pub mod suggest;
pub mod text;
pub mod understand;

use std::sync::Arc;

pub use catalogue::{Catalogue, CatalogueCache, Entry};
pub use engine::{FacetKind, FacetValue, Facets};
pub use params::{ParamError, SearchParams, Sort, Strictness};
pub use understand::Understood;

use crate::db::{self, Pool};

/// A search's results, holding the catalogue they point into.
#[derive(Debug)]
pub struct Results {
    pub catalogue: Arc<Catalogue>,
    pub params: SearchParams,
    /// Every match, in order, as catalogue positions.
    pub matches: Vec<u32>,
    pub facets: Facets,
    /// Words of the query that became filters, already applied in `params`.
    pub understood: Vec<Understood>,
    /// When nothing matches: the query respelled with words the registry knows, which does
    /// match something.
    pub suggestion: Option<String>,
}

impl Results {
    pub fn total(&self) -> usize {
        self.matches.len()
    }

    /// The entries of the requested page.
    pub fn page(&self) -> impl Iterator<Item = &Entry> {
        let start = (self.params.page as usize - 1).saturating_mul(self.params.per_page as usize);
        self.matches
            .iter()
            .skip(start)
            .take(self.params.per_page as usize)
            .map(|&p| self.catalogue.entry(p))
    }

    /// Every match, in order.
    pub fn all(&self) -> impl Iterator<Item = &Entry> {
        self.matches.iter().map(|&p| self.catalogue.entry(p))
    }

    pub fn page_count(&self) -> u32 {
        let per_page = self.params.per_page as usize;
        self.total().div_ceil(per_page).max(1) as u32
    }

    pub fn has_next(&self) -> bool {
        self.params.page < self.page_count()
    }

    pub fn has_prev(&self) -> bool {
        self.params.page > 1
    }
}

/// Up to this many text matches are ranked by bm25; beyond it, computing bm25 for every match
/// costs more than a page may take (about 1 ms per thousand matches), so matches are ranked in
/// tiers instead: name, then other names or city, then anywhere else.
pub const BM25_LIMIT: usize = 5_000;

/// The text matches with their rank (lower is better), as [`engine::run`] takes them: one
/// full-text statement either way.
async fn text_hits(
    pool: &Pool,
    fts_query: &str,
    ranked: bool,
    bm25_limit: usize,
) -> Result<Vec<(i64, f64)>, sqlx::Error> {
    if ranked {
        return db::catalogue::ranked_matches(pool, fts_query, bm25_limit).await;
    }
    let ids = db::catalogue::text_matches(pool, fts_query).await?;
    Ok(ids.into_iter().map(|id| (id, 0.0)).collect())
}

/// Runs a search against the registry as it is now.
pub async fn search(
    cache: &CatalogueCache,
    pool: &Pool,
    mut params: SearchParams,
) -> Result<Results, sqlx::Error> {
    let understood = understand::understand(&mut params);
    let catalogue = cache.get(pool).await?;
    let outcome = run(&catalogue, pool, &params).await?;
    let suggestion = match outcome.matches.is_empty() {
        true => suggestion(&catalogue, pool, &params).await?,
        false => None,
    };
    Ok(Results {
        catalogue,
        params,
        matches: outcome.matches,
        facets: outcome.facets,
        understood,
        suggestion,
    })
}

async fn run(
    catalogue: &Catalogue,
    pool: &Pool,
    params: &SearchParams,
) -> Result<engine::Outcome, sqlx::Error> {
    let hits = match text::fts_query(&params.q) {
        Some(query) => {
            let ranked = params.sort() == Sort::Relevance;
            Some(text_hits(pool, &query, ranked, BM25_LIMIT).await?)
        }
        // Text made only of punctuation searches for nothing in particular.
        None => None,
    };
    Ok(engine::run(catalogue, params, hits.as_deref()))
}

/// The query respelled, if that finds something with the same filters.
async fn suggestion(
    catalogue: &Catalogue,
    pool: &Pool,
    params: &SearchParams,
) -> Result<Option<String>, sqlx::Error> {
    let Some(respelled) = suggest::respelled(pool, &params.q).await? else {
        return Ok(None);
    };
    let attempt = SearchParams {
        q: respelled,
        ..params.clone()
    };
    let found = !run(catalogue, pool, &attempt).await?.matches.is_empty();
    Ok(found.then_some(attempt.q))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two organisations that both mention "peer": one in its city, one in its description.
    async fn pool() -> Pool {
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
        pool
    }

    fn order(hits: &[(i64, f64)]) -> Vec<i64> {
        let mut hits = hits.to_vec();
        hits.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        hits.into_iter().map(|(id, _)| id).collect()
    }

    #[tokio::test]
    async fn few_matches_rank_by_bm25_and_many_by_tier() {
        let pool = pool().await;
        // Under the limit: bm25, which favours the description dense with the word.
        let ranked = text_hits(&pool, "\"peer\"*", true, BM25_LIMIT)
            .await
            .unwrap();
        assert_eq!(ranked.len(), 2);
        assert!(ranked.iter().all(|(_, rank)| *rank < 0.0));
        // Over the limit: a match in the city outranks one in the description.
        let tiered = text_hits(&pool, "\"peer\"*", true, 1).await.unwrap();
        assert_eq!(order(&tiered), [2, 1]);
        // Unranked when another sort is asked for.
        let plain = text_hits(&pool, "\"peer\"*", false, BM25_LIMIT)
            .await
            .unwrap();
        assert!(plain.iter().all(|(_, rank)| *rank == 0.0));
    }
}
