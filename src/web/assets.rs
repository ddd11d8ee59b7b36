//! Static files, embedded in the binary so the site needs nothing beside it. Each is served at a
//! fingerprinted address (`/static/style.3f2a….css`) that never changes content, so browsers may
//! keep it for a year; the plain address works too, with a short lifetime.

use std::collections::HashMap;
use std::sync::OnceLock;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use super::error::AppError;
use super::extract::Path;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "style.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../static/style.css"),
    },
    Asset {
        name: "favicon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../../static/favicon.svg"),
    },
];

/// Each asset's fingerprinted file name, such as `style.3f2a9c01d4.css`.
fn fingerprinted() -> &'static HashMap<&'static str, String> {
    static NAMES: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        ASSETS
            .iter()
            .map(|asset| {
                let digest = Sha256::digest(asset.body);
                let hash: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
                let (stem, extension) = asset.name.rsplit_once('.').unwrap_or((asset.name, ""));
                (asset.name, format!("{stem}.{hash}.{extension}"))
            })
            .collect()
    })
}

/// The address to link an asset by.
pub fn url(name: &str) -> String {
    match fingerprinted().get(name) {
        Some(file) => format!("/static/{file}"),
        None => format!("/static/{name}"),
    }
}

pub async fn asset(Path(file): Path<String>) -> Result<Response, AppError> {
    let not_found =
        || AppError::NotFound(crate::i18n::Message::new("error-no-file").with("file", &file));
    let (asset, cache) = ASSETS
        .iter()
        .find_map(|asset| {
            if fingerprinted().get(asset.name) == Some(&file) {
                Some((asset, "public, max-age=31536000, immutable"))
            } else if asset.name == file {
                Some((asset, "public, max-age=300"))
            } else {
                None
            }
        })
        .ok_or_else(not_found)?;
    Ok(serve(asset, cache))
}

fn serve(asset: &Asset, cache: &'static str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        asset.body,
    )
        .into_response()
}

/// `/favicon.ico`, which browsers ask for whatever the page links: the SVG icon.
pub async fn favicon() -> Response {
    let icon = ASSETS.iter().find(|a| a.name == "favicon.svg");
    match icon {
        Some(asset) => serve(asset, "public, max-age=86400"),
        None => AppError::NotFound(crate::i18n::Message::new("error-no-icon")).into_response(),
    }
}
