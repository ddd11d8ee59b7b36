//! Files for machines: `sitemap.xml` (listed organisations only, every page in every language),
//! `robots.txt`, and an Atom feed of new and changed organisations in each language.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::AppError;
use super::language::Locale;
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

/// The alternates of one page: its address in every language and, for `x-default`, in English.
fn alternates(site: &str, path: &str) -> String {
    let mut links = String::new();
    for lang in Lang::ALL {
        links.push_str(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
            lang.code(),
            xml(&format!("{site}{}", lang.path(path)))
        ));
    }
    links.push_str(&format!(
        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
        xml(&format!("{site}{path}"))
    ));
    links
}

/// Every public page in every language, each address with its alternates in the others (the
/// `xhtml:link` form of `hreflang` that search engines read in sitemaps).
pub async fn sitemap(State(state): State<AppState>) -> Result<Response, AppError> {
    let catalogue = state.registry.catalogue().await?;
    let site = &state.public_url;
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let pages: Vec<(String, Option<&str>)> = [
        "/",
        "/organisations",
        "/statistics",
        "/about",
        "/api",
        "/contact",
        "/privacy",
        "/accessibility",
    ]
    .into_iter()
    .map(String::from)
    .chain(
        Category::ALL
            .iter()
            .map(|c| format!("/categories/{}", c.slug())),
    )
    .map(|path| (path, None))
    .collect();
    let per_language = SITEMAP_LIMIT / Lang::ALL.len();
    // Discreet organisations are shown, but not offered to search engines.
    let organisations = catalogue
        .entries()
        .iter()
        .filter(|e| e.visibility == Visibility::Listed)
        .take(per_language.saturating_sub(pages.len()))
        .map(|entry| (entry.url(), entry.updated_at().get(..10)));
    for (path, lastmod) in pages.into_iter().chain(organisations) {
        let links = alternates(site, &path);
        let lastmod = lastmod
            .map(|day| format!("<lastmod>{}</lastmod>", xml(day)))
            .unwrap_or_default();
        for lang in Lang::ALL {
            body.push_str(&format!(
                "<url><loc>{}</loc>{lastmod}\n{links}</url>\n",
                xml(&format!("{site}{}", lang.path(&path)))
            ));
        }
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

/// The most recently added or changed listed organisations, as an Atom feed in the language of
/// its address (`/feed.xml`, `/de/feed.xml`), linking to that language's pages.
pub async fn feed(locale: Locale, State(state): State<AppState>) -> Result<Response, AppError> {
    let lang = locale.lang;
    let catalogue = state.registry.catalogue().await?;
    let site = &state.public_url;
    let mut entries: Vec<&Entry> = catalogue
        .entries()
        .iter()
        .filter(|e| e.visibility == Visibility::Listed)
        .collect();
    entries.sort_by(|a, b| b.updated_at().cmp(a.updated_at()));
    entries.truncate(FEED_ENTRIES);
    let updated = entries
        .first()
        .map_or(catalogue.changed_at.as_str(), |e| e.updated_at());
    let mut body = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n\
         <title>{title}</title>\n\
         <subtitle>{subtitle}</subtitle>\n\
         <id>{feed}</id>\n<link rel=\"self\" href=\"{feed}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n\
         <updated>{updated}</updated>\n<author><name>userled</name></author>\n\
         <rights>CC BY 4.0</rights>\n",
        code = lang.code(),
        title = xml(&lang.t("feed-heading")),
        subtitle = xml(&lang.t("feed-subtitle")),
        feed = xml(&format!("{site}{}", lang.path("/feed.xml"))),
        home = xml(&format!("{site}{}", lang.path("/"))),
        updated = xml(updated),
    );
    for entry in entries {
        body.push_str(&feed_entry(site, entry, lang));
    }
    body.push_str("</feed>\n");
    Ok(with_type(body, "application/atom+xml; charset=utf-8"))
}

/// One organisation as an Atom entry, summarised by its categories and countries in `lang`.
fn feed_entry(site: &str, entry: &Entry, lang: Lang) -> String {
    let url = format!("{site}{}", lang.path(&entry.url()));
    let categories: Vec<String> = entry.categories.iter().map(|c| c.label_in(lang)).collect();
    let countries: Vec<String> = entry
        .countries
        .iter()
        .map(|c| c.name_in(lang).to_string())
        .collect();
    let summary = match (categories.is_empty(), countries.is_empty()) {
        (false, false) => lang.ta2(
            "feed-entry-summary",
            ("categories", categories.join(", ")),
            ("countries", countries.join(", ")),
        ),
        _ => [categories, countries].concat().join(", "),
    };
    format!(
        "<entry>\n<title>{title}</title>\n<id>{url}</id>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n\
         <published>{published}</published>\n<updated>{updated}</updated>\n\
         <summary>{summary}</summary>\n</entry>\n",
        title = xml(entry.name()),
        url = xml(&url),
        published = xml(entry.created_at()),
        updated = xml(entry.updated_at()),
        summary = xml(&summary),
    )
}
