//! userled: the public registry of user-led drug organisations.
//!
//! See ARCHITECTURE.md for the map of modules and how a request flows through them.

pub mod auth;
pub mod cli;
pub mod clock;
pub mod db;
pub mod domain;
pub mod i18n;
pub mod interchange;
pub mod registry;
pub mod search;
pub mod statistics;
pub mod web;

use std::future::Future;
use std::path::Path;

use tokio::net::TcpListener;

pub use clock::Clock;
pub use web::{AppState, app};

/// The system's time, for the command line; the server reads the time from its registry's
/// [`Clock`], so tests can fix it.
pub fn now() -> time::OffsetDateTime {
    Clock::System.now()
}

/// Opens the database at `path` (creating it and its folder if needed), applies migrations, and
/// loads the seed if the registry is empty.
pub async fn prepare(path: &Path) -> anyhow::Result<db::Pool> {
    let pool = db::connect(path).await?;
    db::migrate(&pool).await?;
    if let Some(report) = interchange::seed_if_empty(&pool, now()).await? {
        tracing::info!(%report, "seeded an empty registry");
    }
    Ok(pool)
}

/// Serves the application on `listener` until `shutdown` completes, then lets requests in flight
/// finish.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Connection info gives throttles the client's address; it is never logged.
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
