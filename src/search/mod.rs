//! The one query layer behind the HTML pages, the JSON API and the CSV export, so the three can
//! never disagree: parameters ([`params`]), the in-memory catalogue ([`catalogue`]), full-text
//! queries ([`text`]) and the search itself ([`engine`]).

pub mod bitmaps;
pub mod catalogue;
pub mod engine;
pub mod hits;
pub mod index_words;
pub mod names;
pub mod params;
pub mod suggest;
pub mod text;
pub mod understand;

use std::sync::Arc;

pub use catalogue::{Catalogue, CatalogueCache, Entry};
pub use engine::{FacetKind, FacetValue, Facets, Matches};
pub use index_words::IndexWords;
pub use params::{ParamError, SearchParams, Sort, Strictness};
pub use understand::Understood;

use crate::db::Pool;

/// A search's results, holding the catalogue they point into.
#[derive(Debug)]
pub struct Results {
    pub catalogue: Arc<Catalogue>,
    pub params: SearchParams,
    /// Every match, in order, as catalogue positions.
    pub matches: Matches,
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
            .starting_at(start)
            .take(self.params.per_page as usize)
            .map(|p| self.catalogue.entry(p))
    }

    /// Every match, in order.
    pub fn all(&self) -> impl Iterator<Item = &Entry> {
        self.matches.starting_at(0).map(|p| self.catalogue.entry(p))
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
    let hits = match text::TextQuery::new(&params.q) {
        Some(query) => Some(catalogue.text_hits(pool, &query).await?),
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
    let words = catalogue.index_words(pool).await?;
    let Some(respelled) = suggest::respelled(words, &params.q) else {
        return Ok(None);
    };
    let attempt = SearchParams {
        q: respelled,
        ..params.clone()
    };
    let found = !run(catalogue, pool, &attempt).await?.matches.is_empty();
    Ok(found.then_some(attempt.q))
}
