use axum::extract::State;
use axum::http::StatusCode;

use super::AppState;
use crate::db;

/// 200 once the database answers, 503 while it does not.
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match db::ping(&state.pool).await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(err) => {
            tracing::error!(%err, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
        }
    }
}
