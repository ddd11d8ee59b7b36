//! Files for machines: `sitemap.xml` (listed organisations only), `robots.txt`, and an Atom feed of
//! new and changed organisations.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::AppError;
use crate::domain::vocabulary::{Category, Visibility, Vocabulary};
use crate::i18n::Lang;
use crate::search::Entry;

/// Sitemaps hold at most 50 000 addresses.
const SITEMAP_LIMIT: usize = 50_000;
const FEED_ENTRIES: usize = 50;

/// Escapes text for XML content and attribute values.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn with_type(body: String, content_type: &'static str) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
}

pub async fn sitemap(State(state): State<AppState>) -> Result<Response, AppError> {
    let catalogue = state.registry.catalogue().await?;
    let site = &state.public_url;
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let pages = ["/", "/organisations", "/statistics", "/about", "/api"]
        .into_iter()
        .map(String::from)
        .chain(
            Category::ALL
                .iter()
                .map(|c| format!("/categories/{}", c.slug())),
        );
    for path in pages {
        body.push_str(&format!(
            "<url><loc>{}</loc></url>\n",
            xml(&format!("{site}{path}"))
        ));
    }
    // Discreet organisations are shown, but not offered to search engines.
    for entry in catalogue
        .entries()
        .iter()
        .filter(|e| e.visibility == Visibility::Listed)
        .take(SITEMAP_LIMIT - 20)
    {
        body.push_str(&format!(
            "<url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            xml(&format!("{site}{}", entry.url())),
            xml(entry.updated_at.get(..10).unwrap_or_default())
        ));
    }
    body.push_str("</urlset>\n");
    Ok(with_type(body, "application/xml; charset=utf-8"))
}

pub async fn robots(State(state): State<AppState>) -> Response {
    let mut body = String::from("User-agent: *\n");
    for lang in Lang::ALL {
        for path in super::PRIVATE_PATHS {
            body.push_str(&format!("Disallow: {}{path}\n", lang.prefix()));
        }
    }
    body.push_str(&format!("Sitemap: {}/sitemap.xml\n", state.public_url));
    with_type(body, "text/plain; charset=utf-8")
}

/// The most recently added or changed listed organisations, as an Atom feed.
pub async fn feed(State(state): State<AppState>) -> Result<Response, AppError> {
    let catalogue = state.registry.catalogue().await?;
    let site = &state.public_url;
    let mut entries: Vec<&Entry> = catalogue
        .entries()
        .iter()
        .filter(|e| e.visibility == Visibility::Listed)
        .collect();
    entries.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
    entries.truncate(FEED_ENTRIES);
    let updated = entries
        .first()
        .map_or(catalogue.changed_at.as_str(), |e| e.updated_at.as_str());
    let mut body = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>userled: new and changed organisations</title>\n\
         <subtitle>The registry of user-led drug organisations</subtitle>\n\
         <id>{feed}</id>\n<link rel=\"self\" href=\"{feed}\"/>\n<link href=\"{home}\"/>\n\
         <updated>{updated}</updated>\n<author><name>userled</name></author>\n\
         <rights>CC BY 4.0</rights>\n",
        feed = xml(&format!("{site}/feed.xml")),
        home = xml(&format!("{site}/")),
        updated = xml(updated),
    );
    for entry in entries {
        body.push_str(&feed_entry(site, entry));
    }
    body.push_str("</feed>\n");
    Ok(with_type(body, "application/atom+xml; charset=utf-8"))
}

/// One organisation as an Atom entry, summarised by its categories and countries.
fn feed_entry(site: &str, entry: &Entry) -> String {
    let url = format!("{site}{}", entry.url());
    let categories: Vec<&str> = entry.categories.iter().map(|c| c.label()).collect();
    let countries: Vec<&str> = entry.countries.iter().map(|c| c.name()).collect();
    let summary = [categories.join(", "), countries.join(", ")]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    format!(
        "<entry>\n<title>{title}</title>\n<id>{url}</id>\n<link href=\"{url}\"/>\n\
         <published>{published}</published>\n<updated>{updated}</updated>\n\
         <summary>{summary}</summary>\n</entry>\n",
        title = xml(&entry.name),
        url = xml(&url),
        published = xml(&entry.created_at),
        updated = xml(&entry.updated_at),
        summary = xml(&summary),
    )
}
