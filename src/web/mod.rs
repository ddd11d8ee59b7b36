//! HTTP: the router, its middleware, and the handlers. Handlers are thin: they parse the request,
//! call `search`, `db` or `domain`, and render.

mod api;
mod assets;
mod health;
pub mod pages;
pub mod views;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Request, StatusCode, Uri, header};
use axum::middleware::map_response;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use api::document as openapi_document;

use crate::db::Pool;
use crate::error::AppError;
use crate::search::CatalogueCache;

/// Request bodies above this size are refused before a handler sees them.
pub const BODY_LIMIT: usize = 64 * 1024;

/// Everything a handler may need, cloned cheaply into each request.
#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub catalogue: Arc<CatalogueCache>,
    /// The site's public address, without a trailing slash, for citations and absolute links.
    pub public_url: Arc<str>,
}

impl AppState {
    pub fn new(pool: Pool, public_url: &str) -> Self {
        Self {
            pool,
            catalogue: Arc::new(CatalogueCache::default()),
            public_url: public_url.trim_end_matches('/').into(),
        }
    }
}

/// The whole application: every page route here, every API route in `api::router`.
pub fn app(state: AppState) -> Router {
    let (api, _) = api::router();
    Router::new()
        .route("/", get(pages::home))
        .route("/organisations", get(pages::organisations))
        .route("/organisations/{slug}", get(pages::organisation))
        .route("/categories/{category}", get(pages::category))
        .route("/countries/{code}", get(pages::country))
        .route("/about", get(pages::about))
        .route("/api", get(pages::api_docs))
        .route("/static/{file}", get(assets::asset))
        .route("/healthz", get(health::healthz))
        .merge(api.layer(map_response(data_licence_link)))
        .fallback(not_found)
        .with_state(state)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(
            TraceLayer::new_for_http()
                // Method and path only: query strings can hold what people searched for, and
                // addresses and headers are personal data.
                .make_span_with(|request: &Request<_>| {
                    tracing::info_span!("request", method = %request.method(), path = request.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// Every API answer points at the data's licence.
async fn data_licence_link(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::LINK,
        HeaderValue::from_static("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""),
    );
    response
}

/// 404 in the API's language under `/api`, as a page elsewhere.
async fn not_found(uri: Uri) -> Response {
    let error = AppError::NotFound(format!("There is nothing at {}.", uri.path()));
    if uri.path() == "/api" || uri.path().starts_with("/api/") {
        error.into_problem_response()
    } else {
        let mut response = error.into_response();
        *response.status_mut() = StatusCode::NOT_FOUND;
        response
    }
}
