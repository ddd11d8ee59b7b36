use axum::extract::State;
use axum::http::StatusCode;

use super::AppState;

/// 200 once the database answers, 503 while it does not.
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.registry.ready().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(err) => {
            tracing::error!(%err, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
        }
    }
}
