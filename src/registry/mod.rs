//! The application layer: one module per use case, between the web (which parses requests and
//! renders answers) and the database (which stores). Every rule lives here once, whether a browser
//! form or the JSON API asks.
//!
//! - [`contribute`]: a new organisation or a correction from the public, the duplicate check and
//!   the per-address limit, and the submitter's view of it afterwards;
//! - [`moderate`]: the queue, reviewing, approving, rejecting and editing;
//! - [`history`]: an organisation's revisions, who may see what of them, and restoring one;
//! - [`detail`]: what the public may see of one organisation;
//! - [`entry_requests`]: asking for an entry to be changed, made discreet or removed, and the
//!   moderators closing such a request;
//! - [`accounts`]: moderators' sign-in and sessions;
//! - [`links`]: checking the web addresses the registry names (`userled check-links`), and what
//!   moderators and the public are told of the broken ones;
//! - [`verification`]: the entries due for checking against the organisations, and marking one
//!   checked.

pub mod accounts;
pub mod contribute;
pub mod detail;
pub mod entry_requests;
pub mod history;
pub mod limits;
pub mod links;
pub mod moderate;
pub mod verification;

use std::sync::Arc;

use time::OffsetDateTime;

use crate::clock::Clock;
use crate::db;
use crate::db::organisations::StoreError;

pub use crate::db::Pool;
use crate::domain::FieldError;
use crate::i18n::Message;
use crate::search::{self, Catalogue, CatalogueCache, Results, SearchParams};
use crate::statistics::{Statistics, StatisticsCache};

pub use limits::Limits;
use limits::Throttles;

/// What a use case can answer instead of its result.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Nothing here: the message says what was looked for.
    #[error("{0}")]
    NotFound(Message),
    /// The request conflicts with the current state, such as a decision already taken.
    #[error("{0}")]
    Conflict(Message),
    /// The input has invalid fields, each named by its path in the record.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// Too many requests from this address or for this account; retry after so many seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    /// The database stayed locked by other writes past the busy timeout; nothing was written.
    /// Retry after so many seconds.
    #[error("the database is busy")]
    Busy { retry_after: u64 },
    /// A failure of ours. Its detail is logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl Error {
    /// One invalid field.
    pub fn invalid(field: &str, message: Message) -> Self {
        Self::Invalid(vec![FieldError::new(field, message)])
    }

    fn wait(wait: std::time::Duration) -> Self {
        Self::TooManyRequests {
            retry_after: wait.as_secs().max(1),
        }
    }
}

/// What a client is told to wait after the database stayed busy: as long as a write already
/// waited for it.
const BUSY_RETRY_AFTER: u64 = db::BUSY_TIMEOUT.as_secs();

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Self {
        if db::is_busy(&err) {
            tracing::warn!(error = %err, "the database was busy");
            return Self::Busy {
                retry_after: BUSY_RETRY_AFTER,
            };
        }
        Self::Internal(err.into())
    }
}

impl From<StoreError> for Error {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::MissingTarget(slug) => Self::invalid(
                "relations",
                Message::new("field-relation-missing").with("slug", slug.as_str()),
            ),
            StoreError::Database(err) => err.into(),
            other => Self::Internal(other.into()),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// What every use case works with: the database, the caches built from it, the limits, and the
/// clock. Cloned cheaply into each request.
#[derive(Clone)]
pub struct Registry {
    pool: Pool,
    catalogue: Arc<CatalogueCache>,
    statistics: Arc<StatisticsCache>,
    throttles: Arc<Throttles>,
    clock: Clock,
    /// After how many days an entry is due for checking against the organisation again.
    verify_after_days: u32,
}

impl Registry {
    pub fn new(pool: Pool) -> Self {
        Self {
            pool,
            catalogue: Arc::new(CatalogueCache::default()),
            statistics: Arc::new(StatisticsCache::default()),
            throttles: Arc::new(Throttles::new(Limits::default())),
            clock: Clock::System,
            verify_after_days: verification::DEFAULT_VERIFY_AFTER_DAYS,
        }
    }

    /// Entries last checked more than `days` ago are due for checking again.
    pub fn with_verify_after_days(mut self, days: u32) -> Self {
        self.verify_after_days = days;
        self
    }

    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.throttles = Arc::new(Throttles::new(limits));
        self
    }

    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    /// The latest year a record may name.
    pub fn current_year(&self) -> i32 {
        self.now().year()
    }

    fn now_text(&self) -> Result<String> {
        Ok(self.clock.now_text()?)
    }

    /// The catalogue of visible organisations, rebuilt if the registry changed.
    pub async fn catalogue(&self) -> Result<Arc<Catalogue>> {
        Ok(self.catalogue.get(&self.pool).await?)
    }

    /// The catalogue as of `version`, a version read with a record (see
    /// [`CatalogueCache::at_version`]).
    pub async fn catalogue_at(&self, version: i64) -> Result<Arc<Catalogue>> {
        Ok(self.catalogue.at_version(&self.pool, version).await?)
    }

    pub async fn search(&self, params: SearchParams) -> Result<Results> {
        Ok(search::search(&self.catalogue, &self.pool, params).await?)
    }

    pub async fn statistics(&self) -> Result<Arc<Statistics>> {
        Ok(self.statistics.get(&self.pool).await?)
    }

    /// Whether the database answers: the health check.
    pub async fn ready(&self) -> Result<()> {
        Ok(db::ping(&self.pool).await?)
    }
}
