//! Aggregate counts of the registry, for `/statistics` and `/api/v1/statistics`. Unlike every
//! other surface they include unlisted organisations, which are only ever counted.

use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::db::{self, Pool};
use crate::domain::CountryCode;
use crate::domain::vocabulary::{Category, UserLedDegree, Visibility, Vocabulary};

/// One labelled count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Count {
    pub value: String,
    pub label: String,
    pub count: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Statistics {
    /// Every published organisation, whatever its visibility.
    pub total: i64,
    pub listed: i64,
    pub discreet: i64,
    /// Counted here, shown nowhere.
    pub unlisted: i64,
    /// Every category, in vocabulary order; an organisation may have several.
    pub category: Vec<Count>,
    /// Every degree, in vocabulary order.
    pub degree: Vec<Count>,
    /// Decades with at least one founding, in order; `value` is the decade's first year.
    pub decade: Vec<Count>,
    /// Organisations whose founding year is not known.
    pub founded_unknown: i64,
    /// Countries with at least one organisation, most first; an organisation may have several.
    pub country: Vec<Count>,
    #[serde(skip)]
    pub version: i64,
    #[serde(skip)]
    pub changed_at: String,
}

/// The count stored for `value`, or 0.
fn count_of(pairs: &[(String, i64)], value: &str) -> i64 {
    pairs
        .iter()
        .find(|(v, _)| v == value)
        .map_or(0, |(_, n)| *n)
}

/// A count for every value of a vocabulary, in its order, zeros included.
fn every<V: Vocabulary>(pairs: &[(String, i64)]) -> Vec<Count> {
    V::ALL
        .iter()
        .map(|v| Count {
            value: v.slug().to_owned(),
            label: v.label().to_owned(),
            count: count_of(pairs, v.slug()),
        })
        .collect()
}

impl Statistics {
    fn from_counts(counts: db::catalogue::Counts) -> Self {
        let visibility = &counts.visibility;
        let decades = &counts.decades;
        Self {
            total: visibility.iter().map(|(_, n)| n).sum(),
            listed: count_of(visibility, Visibility::Listed.slug()),
            discreet: count_of(visibility, Visibility::Discreet.slug()),
            unlisted: count_of(visibility, Visibility::Unlisted.slug()),
            category: every::<Category>(&counts.categories),
            degree: every::<UserLedDegree>(&counts.degrees),
            decade: decades
                .iter()
                .filter_map(|(decade, n)| {
                    decade.map(|d| Count {
                        value: d.to_string(),
                        label: format!("{d}s"),
                        count: *n,
                    })
                })
                .collect(),
            founded_unknown: decades
                .iter()
                .filter(|(decade, _)| decade.is_none())
                .map(|(_, n)| n)
                .sum(),
            country: counts
                .countries
                .iter()
                .filter_map(|(code, n)| {
                    let country: CountryCode = code.parse().ok()?;
                    Some(Count {
                        value: country.code().to_owned(),
                        label: country.name().to_owned(),
                        count: *n,
                    })
                })
                .collect(),
            version: counts.version,
            changed_at: counts.changed_at,
        }
    }
}

/// The statistics of the registry as it is now, computed again only when it changed.
#[derive(Default)]
pub struct StatisticsCache {
    current: Mutex<Option<Arc<Statistics>>>,
}

impl StatisticsCache {
    pub async fn get(&self, pool: &Pool) -> Result<Arc<Statistics>, sqlx::Error> {
        let mut conn = pool.acquire().await?;
        let (version, _) = db::catalogue::state(&mut conn).await?;
        drop(conn);
        let cached = self
            .current
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .filter(|s| s.version == version);
        if let Some(statistics) = cached {
            return Ok(statistics);
        }
        let statistics = Arc::new(Statistics::from_counts(db::catalogue::counts(pool).await?));
        *self.current.lock().unwrap_or_else(|p| p.into_inner()) = Some(statistics.clone());
        Ok(statistics)
    }
}
