//! Which language a request is answered in. A page's language is in its address (`/de/...`;
//! English has no prefix), so a shared link shows what its sender saw. The API takes `?lang=` or
//! `Accept-Language`. The browser's `Accept-Language` is only ever used to *suggest* a language on
//! a first visit to an unprefixed page, never to switch silently.

use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::AppError;
use crate::i18n::Lang;

/// The cookie that says a language suggestion was shown once, so it is not shown again.
const SUGGESTED_COOKIE: &str = "userled_language_suggested";

/// The language of the request, and its address without the language prefix, so pages can link
/// to themselves in the other languages.
#[derive(Debug, Clone)]
pub struct Locale {
    pub lang: Lang,
    /// The path without the language prefix, such as `/organisations`.
    pub path: String,
    /// The query string, without `?`, if any.
    pub query: Option<String>,
    /// A language other than this page's that the browser prefers, offered on a first visit.
    pub suggestion: Option<Lang>,
    /// The site's public address, for absolute links to the page in other languages.
    pub public_url: Arc<str>,
}

impl Locale {
    /// The English site's root, for code paths with no request.
    pub fn english(path: &str) -> Self {
        Self {
            lang: Lang::En,
            path: path.to_owned(),
            query: None,
            suggestion: None,
            public_url: Arc::from(""),
        }
    }

    /// This page with its query, in `lang`.
    pub fn address_in(&self, lang: Lang) -> String {
        let path = lang.path(&self.path);
        match &self.query {
            Some(query) if !query.is_empty() => format!("{path}?{query}"),
            _ => path,
        }
    }

    fn of_request(request: &Request, public_url: Arc<str>) -> Self {
        let uri = request.uri();
        let headers = request.headers();
        let query = uri.query().map(str::to_owned);
        if is_api(uri.path()) {
            let asked = query
                .as_deref()
                .and_then(|q| {
                    url::form_urlencoded::parse(q.as_bytes())
                        .find(|(key, _)| key == "lang")
                        .and_then(|(_, value)| Lang::from_code(&value))
                })
                .or_else(|| accept_language(headers));
            return Self {
                lang: asked.unwrap_or_default(),
                path: uri.path().to_owned(),
                query,
                suggestion: None,
                public_url,
            };
        }
        let (lang, path) = Lang::of_path(uri.path());
        let suggestion = match lang {
            Lang::En if !has_cookie(headers, SUGGESTED_COOKIE) => {
                accept_language(headers).filter(|&preferred| preferred != Lang::En)
            }
            _ => None,
        };
        Self {
            lang,
            path: path.to_owned(),
            query,
            suggestion,
            public_url,
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Locale {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(parts
            .extensions
            .get::<Locale>()
            .cloned()
            .unwrap_or_else(|| Locale::english(parts.uri.path())))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        Ok(Locale::from_request_parts(parts, state).await?.lang)
    }
}

fn is_api(path: &str) -> bool {
    path == "/api/v1" || path.starts_with("/api/")
}

fn accept_language(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(Lang::negotiate)
}

fn has_cookie(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .any(|cookie| cookie.trim().split('=').next() == Some(name))
}

/// An error whose body is written once the language is known, by [`localise`].
#[derive(Clone)]
pub struct Unrendered {
    pub error: Arc<AppError>,
    pub as_problem: bool,
}

/// The middleware that finds each request's [`Locale`], renders errors in its language, and
/// marks answers that depend on `Accept-Language`.
pub async fn localise(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let locale = Locale::of_request(&request, state.public_url.clone());
    let is_page = !is_api(&locale.path);
    if !is_page && let Some(error) = unknown_language(locale.query.as_deref()) {
        return error.problem_response(locale.lang);
    }
    let uses_accept_language = !is_page || locale.lang == Lang::En;
    request.extensions_mut().insert(locale.clone());
    let method = request.method().clone();
    let mut response = next.run(request).await;
    let unrendered = response
        .extensions_mut()
        .remove::<Unrendered>()
        .or_else(|| {
            AppError::of_bare_answer(&method, &response).map(|error| Unrendered {
                error: Arc::new(error),
                as_problem: false,
            })
        });
    if let Some(unrendered) = unrendered {
        let mut headers = std::mem::take(response.headers_mut());
        // The bare answer's own body goes; so do its type and length.
        headers.remove(header::CONTENT_TYPE);
        headers.remove(header::CONTENT_LENGTH);
        // Under /api every answer is a problem document, whoever made the error.
        response = if unrendered.as_problem || !is_page {
            unrendered.error.problem_response(locale.lang)
        } else {
            unrendered.error.page_response(&locale)
        };
        // Each name keeps every value it had (several `Vary` or `Set-Cookie` lines).
        response.headers_mut().extend(headers);
    }
    if uses_accept_language {
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("Accept-Language"));
    }
    if is_page && locale.suggestion.is_some() && is_html(&response) {
        // The suggestion is shown once: later pages of the visit stay as they are.
        response.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_static(
                "userled_language_suggested=1; Path=/; Max-Age=31536000; SameSite=Lax",
            ),
        );
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    response
}

/// A `lang` parameter naming no language of the site, in an API request: a 400 naming it,
/// rather than an answer in a language nobody asked for.
fn unknown_language(query: Option<&str>) -> Option<AppError> {
    let (_, value) =
        url::form_urlencoded::parse(query?.as_bytes()).find(|(key, _)| key == "lang")?;
    if Lang::from_code(&value).is_some() {
        return None;
    }
    let known = Lang::ALL.map(Lang::code).join(", ");
    Some(AppError::BadRequest(vec![crate::search::ParamError {
        parameter: "lang".to_owned(),
        detail: crate::i18n::Message::new("param-lang")
            .with("value", value.into_owned())
            .with("known", known),
    }]))
}

fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"))
}

impl IntoResponse for Unrendered {
    fn into_response(self) -> Response {
        let status = self.error.status();
        let mut response = status.into_response();
        self.error.add_headers(&mut response);
        response.extensions_mut().insert(self);
        response
    }
}
