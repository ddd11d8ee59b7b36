//! HTTP: the router, its middleware, and the handlers. Handlers are thin: they parse the request,
//! call a use case of `registry` (or `search`), and render. Nothing here reaches the database.

mod admin;
mod answer;
mod api;
mod assets;
mod caching;
pub mod error;
mod extract;
mod feeds;
pub mod form;
mod health;
mod history;
pub mod language;
mod openapi;
pub mod pages;
mod reach;
mod requests;
pub mod security;
mod statistics;
mod submit;
pub mod trust;
pub mod views;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Request, StatusCode, Uri, header};
use axum::middleware::map_response;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use api::document as openapi_document;
pub use assets::url as asset_url;
pub use trust::Operator;

use crate::clock::Clock;
use crate::i18n::Lang;
pub use crate::registry::Limits;
use crate::registry::{Pool, Registry};
use crate::search::{SearchParams, Strictness};
use error::{ApiError, AppError};

/// Request bodies above this size are refused before a handler sees them.
pub const BODY_LIMIT: usize = 64 * 1024;

/// Everything a handler may need, cloned cheaply into each request.
#[derive(Clone)]
pub struct AppState {
    pub registry: Registry,
    /// The site's public address, without a trailing slash, for citations and absolute links.
    pub public_url: Arc<str>,
    /// The reverse proxies believed about the client's address; nobody by default.
    pub trusted_proxies: Arc<security::TrustedProxies>,
    /// Who runs this register, for the contact, privacy and accessibility pages.
    pub operator: Arc<Operator>,
}

impl AppState {
    pub fn new(pool: Pool, public_url: &str) -> Self {
        Self {
            registry: Registry::new(pool),
            public_url: public_url.trim_end_matches('/').into(),
            trusted_proxies: Arc::default(),
            operator: Arc::default(),
        }
    }

    pub fn with_trusted_proxies(mut self, proxies: security::TrustedProxies) -> Self {
        self.trusted_proxies = Arc::new(proxies);
        self
    }

    pub fn with_operator(mut self, operator: Operator) -> Self {
        self.operator = Arc::new(operator);
        self
    }

    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.registry = self.registry.with_limits(limits);
        self
    }

    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.registry = self.registry.with_clock(clock);
        self
    }
}

/// The whole application: every page route here, every API route in `api::router`.
pub fn app(state: AppState) -> Router {
    let (api, _) = api::router();
    let mut app = Router::new().merge(pages());
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        // `/de/` is where people type the German home page; its address is `/de`.
        let home = lang.prefix();
        app = app.nest(home, pages()).route(
            &format!("{home}/"),
            get(move || async move { Redirect::permanent(home) }),
        );
    }
    app.route("/static/{file}", get(assets::asset))
        .route("/favicon.ico", get(assets::favicon))
        .route("/sitemap.xml", get(feeds::sitemap))
        .route("/robots.txt", get(feeds::robots))
        .route("/healthz", get(health::healthz))
        .merge(api.layer(map_response(data_licence_link)))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            language::localise,
        ))
        .with_state(state)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(map_response(security_headers))
        .layer(axum::middleware::from_fn(caching::conditional))
        .layer(CompressionLayer::new())
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

/// The pages people read, at the same paths in every language: `/about`, `/de/about`, ...
fn pages() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/organisations", get(pages::organisations))
        .route("/organisations/{slug}", get(pages::organisation))
        .route("/categories/{category}", get(pages::category))
        .route("/countries/{code}", get(pages::country))
        .route("/about", get(pages::about))
        .route("/statistics", get(statistics::statistics))
        .route("/api", get(pages::api_docs))
        .route("/organisations/{slug}/history", get(history::history))
        .route("/feed.xml", get(feeds::feed))
        .route("/contact", get(trust::contact))
        .route("/privacy", get(trust::privacy))
        .route("/accessibility", get(trust::accessibility))
        .merge(private_pages())
}

/// Where search engines are asked not to go: the forms and the moderators' pages of
/// `private_pages`, as `robots.txt` patterns.
pub const PRIVATE_PATHS: [&str; 5] = [
    "/admin",
    "/submit",
    "/organisations/*/suggest",
    "/organisations/*/request",
    "/requests",
];

/// Pages with forms, tokens or moderators' data: never stored by a cache (see [`caching`]).
fn private_pages() -> Router<AppState> {
    Router::new()
        .route(
            "/organisations/{slug}/history/{number}/restore",
            post(history::restore),
        )
        .route(
            "/organisations/{slug}/suggest",
            get(submit::suggest_form).post(submit::suggest),
        )
        .route(
            "/organisations/{slug}/request",
            get(requests::form).post(requests::ask),
        )
        .route("/requests/{reference}", get(requests::received))
        .route("/submit", get(submit::new_form).post(submit::submit))
        .route("/submit/received/{reference}", get(submit::received))
        .route("/admin", get(admin::queue))
        .route(
            "/admin/sign-in",
            get(admin::sign_in_form).post(admin::sign_in),
        )
        .route("/admin/sign-out", post(admin::sign_out))
        .route("/admin/submissions/{reference}", get(admin::review))
        .route(
            "/admin/submissions/{reference}/approve",
            post(admin::approve),
        )
        .route("/admin/submissions/{reference}/reject", post(admin::reject))
        .route("/admin/requests/{reference}", get(requests::review))
        .route("/admin/requests/{reference}/close", post(requests::close))
        .route(
            "/admin/organisations/{slug}/edit",
            get(admin::edit_form).post(admin::edit),
        )
        .route("/admin/links", get(admin::links))
        .route("/admin/due", get(admin::due))
        .route(
            "/admin/organisations/{slug}/checked",
            post(admin::mark_checked),
        )
        .route_layer(map_response(caching::private))
}

/// The search a query string asks for, or a 400 naming every bad parameter.
fn search_params(
    state: &AppState,
    query: Option<String>,
    strictness: Strictness,
) -> Result<SearchParams, AppError> {
    let query = query.as_deref().unwrap_or_default();
    SearchParams::parse(query, state.registry.current_year(), strictness)
        .map_err(AppError::BadRequest)
}

/// The security headers of [`security::SECURITY_HEADERS`], on every response.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in security::SECURITY_HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
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
    let error = AppError::NotFound(
        crate::i18n::Message::new("error-nothing-here").with("path", uri.path()),
    );
    if uri.path() == "/api" || uri.path().starts_with("/api/") {
        ApiError(error).into_response()
    } else {
        error.into_response()
    }
}
