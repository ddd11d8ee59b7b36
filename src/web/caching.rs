//! Conditional requests: every public GET answer carries a validator (a weak ETag of its body)
//! and `Cache-Control: no-cache`, and a request that sends the same tag back gets `304 Not
//! Modified` without the body. Private pages (moderation, forms with tokens) are never stored.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Bodies above this size are sent without a validator rather than held in memory.
const MAX_TAGGED_BODY: usize = 64 * 1024 * 1024;

const NO_STORE: HeaderValue = HeaderValue::from_static("no-store");

/// Marks a private page's answer, whatever it is, as never to be stored.
pub async fn private(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, NO_STORE);
    response
}

pub async fn conditional(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;

    if response.headers().get(header::CACHE_CONTROL) == Some(&NO_STORE) {
        return response;
    }
    let cacheable = (method == Method::GET || method == Method::HEAD)
        && response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE);
    if !cacheable {
        return response;
    }

    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_TAGGED_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let digest = Sha256::digest(&bytes);
    let tag: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    let etag = format!("W/\"{tag}\"");
    let Ok(etag_value) = HeaderValue::from_str(&etag) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.insert(header::ETAG, etag_value.clone());
    parts
        .headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-cache"));

    let matches = if_none_match
        .as_ref()
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .map(|t| t.trim().trim_start_matches("W/"))
                .any(|t| t == "*" || t == etag.trim_start_matches("W/"))
        });
    if matches {
        let mut not_modified = StatusCode::NOT_MODIFIED.into_response();
        for name in [header::ETAG, header::CACHE_CONTROL, header::VARY] {
            if let Some(value) = parts.headers.get(&name) {
                not_modified.headers_mut().insert(name, value.clone());
            }
        }
        return not_modified;
    }
    Response::from_parts(parts, Body::from(bytes))
}
