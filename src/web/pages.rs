//! The HTML pages. Every page works without JavaScript; searches are GET forms, so every result
//! is a shareable URL.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, RawQuery, State};

use super::AppState;
use super::error::AppError;
use super::language::Locale;
use super::views::OrganisationSummary;
use crate::domain::vocabulary::{Category, UserLedDegree, Vocabulary};
use crate::domain::{CountryCode, Organisation};
use crate::i18n::{Arg, Lang, Message};
use crate::registry::detail::{self, OrganisationDetail, RelatedOrganisation};
use crate::search::params::Filters;
use crate::search::{FacetKind, Results, SearchParams, Sort, Strictness};

/// What every page's frame needs.
pub struct Layout {
    pub title: String,
    pub description: String,
    /// The text in the header's search box.
    pub q: String,
    /// The page's public address, for the canonical link and Open Graph.
    pub url: Option<String>,
    /// The Open Graph type: `website`, or `profile` for an organisation.
    pub og_type: &'static str,
    /// The page's language and address, for its texts, links and alternates.
    pub locale: Locale,
}

/// The page in another language, for the switcher and the `hreflang` alternates.
pub struct Alternate {
    pub lang: Lang,
    pub href: String,
    pub current: bool,
}

impl Layout {
    pub fn new(locale: &Locale, title: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            description: description.into(),
            q: String::new(),
            url: None,
            og_type: "website",
            locale: locale.clone(),
        }
    }

    /// The same layout, with the page's public address (`path` without a language prefix).
    pub fn at(mut self, state: &AppState, path: &str) -> Self {
        self.url = Some(format!(
            "{}{}",
            state.public_url,
            self.locale.lang.path(path)
        ));
        self
    }

    pub fn lang(&self) -> Lang {
        self.locale.lang
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.locale.lang.t(key)
    }

    /// The message `key` with `$count`, which chooses the plural form.
    pub fn tn(&self, key: &str, count: usize) -> String {
        self.locale.lang.tn(key, count)
    }

    /// The message `key` with one argument.
    pub fn ta(&self, key: &str, name: &'static str, value: impl Into<Arg>) -> String {
        self.locale.lang.ta(key, name, value)
    }

    /// The message `key` with two arguments.
    pub fn ta2(
        &self,
        key: &str,
        first: (&'static str, impl Into<Arg>),
        second: (&'static str, impl Into<Arg>),
    ) -> String {
        self.locale.lang.ta2(key, first, second)
    }

    /// A message made elsewhere, in the page's language.
    pub fn message(&self, message: &Message) -> String {
        self.locale.lang.message(message)
    }

    /// A whole number as the page's language writes it.
    pub fn number(&self, number: &usize) -> String {
        self.locale
            .lang
            .number(i64::try_from(*number).unwrap_or(i64::MAX))
    }

    /// A site path (`/organisations?q=x`) in the page's language.
    pub fn path(&self, path: &str) -> String {
        self.locale.lang.path(path)
    }

    /// This page in every language, for the switcher; each keeps the page's query.
    pub fn alternates(&self) -> Vec<Alternate> {
        Lang::ALL
            .into_iter()
            .map(|lang| Alternate {
                lang,
                href: self.locale.address_in(lang),
                current: lang == self.locale.lang,
            })
            .collect()
    }

    /// The absolute addresses of this page in every language, for `hreflang` links.
    pub fn hreflang(&self) -> Vec<Alternate> {
        let public_url = &self.locale.public_url;
        self.alternates()
            .into_iter()
            .map(|alternate| Alternate {
                href: format!("{public_url}{}", alternate.href),
                ..alternate
            })
            .collect()
    }

    /// The address of the page in English, for `hreflang="x-default"`.
    pub fn default_href(&self) -> String {
        format!(
            "{}{}",
            self.locale.public_url,
            self.locale.address_in(Lang::En)
        )
    }

    /// The language the browser prefers, offered on a first visit, with this page's address in it.
    pub fn suggestion(&self) -> Option<Alternate> {
        self.locale.suggestion.map(|lang| Alternate {
            lang,
            href: self.locale.address_in(lang),
            current: false,
        })
    }

    pub fn stylesheet(&self) -> String {
        super::asset_url("style.css")
    }

    pub fn favicon(&self) -> String {
        super::asset_url("favicon.svg")
    }
}

/// A label with the slug that styles it.
pub struct Badge {
    pub slug: &'static str,
    pub label: &'static str,
}

fn badge<V: Vocabulary>(value: V) -> Badge {
    Badge {
        slug: value.slug(),
        label: value.label(),
    }
}

pub struct CategoryCount {
    pub slug: &'static str,
    /// The category's page in the page's language.
    pub href: String,
    pub label: String,
    pub definition: String,
    pub count: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    pub layout: Layout,
    /// How many organisations in how many countries, in a sentence.
    pub count: String,
    pub categories: Vec<CategoryCount>,
    pub recent: Vec<OrganisationSummary>,
}

pub async fn home(locale: Locale, State(state): State<AppState>) -> Result<HomePage, AppError> {
    let catalogue = state.registry.catalogue().await?;
    let entries = catalogue.entries();
    let categories = Category::ALL
        .iter()
        .map(|&c| CategoryCount {
            slug: c.slug(),
            href: locale.lang.path(&format!("/categories/{}", c.slug())),
            label: c.label_in(locale.lang),
            definition: c.definition_in(locale.lang),
            count: entries.iter().filter(|e| e.categories.contains(c)).count(),
        })
        .collect();
    let countries = {
        let mut seen = vec![false; CountryCode::COUNT];
        for entry in entries {
            for country in &entry.countries {
                seen[country.ordinal()] = true;
            }
        }
        seen.into_iter().filter(|s| *s).count()
    };
    Ok(HomePage {
        layout: Layout::new(
            &locale,
            locale.lang.t("home-title"),
            locale.lang.t("home-description"),
        )
        .at(&state, "/"),
        count: locale.lang.ta2(
            "home-lead-count",
            ("total", entries.len()),
            ("countries", countries),
        ),
        categories,
        recent: catalogue
            .recent(6)
            .into_iter()
            .map(OrganisationSummary::from)
            .collect(),
    })
}

/// A facet value as a link that adds or removes it, keeping everything else.
pub struct FacetLink {
    pub label: String,
    pub count: usize,
    pub selected: bool,
    pub href: String,
}

pub struct FacetGroup {
    pub key: &'static str,
    pub label: &'static str,
    pub links: Vec<FacetLink>,
}

/// A filter in force, with the link that removes it.
pub struct ActiveFilter {
    pub label: String,
    pub remove_href: String,
}

pub struct SortOption {
    pub value: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "organisations/list.html")]
pub struct ListPage {
    pub layout: Layout,
    pub heading: String,
    pub intro: Option<String>,
    pub q: String,
    pub total: usize,
    pub results: Vec<OrganisationSummary>,
    pub facets: Vec<FacetGroup>,
    pub active: Vec<ActiveFilter>,
    pub clear_href: Option<String>,
    /// Filters to keep when the search form is submitted again, as hidden fields.
    pub hidden: Vec<(&'static str, String)>,
    pub sorts: Vec<SortOption>,
    pub page: u32,
    pub page_count: u32,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
    pub csv_href: String,
    pub json_href: String,
    /// When nothing matches: the search respelled, which does match, and its link.
    pub suggestion: Option<(String, String)>,
}

const SEARCH_PATH: &str = "/organisations";

fn href(params: &SearchParams) -> String {
    format!("{SEARCH_PATH}{}", params.query_string())
}

/// The search with `value` of facet `kind` switched on or off.
fn toggled(params: &SearchParams, kind: FacetKind, value: &str) -> SearchParams {
    fn flip<V: Vocabulary>(set: &mut crate::domain::vocabulary::Set<V>, value: &str) {
        if let Ok(v) = V::parse(value) {
            set.toggle(v);
        }
    }
    params.with_filters(|f| match kind {
        FacetKind::Category => flip(&mut f.categories, value),
        FacetKind::Degree => flip(&mut f.degrees, value),
        FacetKind::Status => flip(&mut f.statuses, value),
        FacetKind::Activity => flip(&mut f.activities, value),
        FacetKind::Country => {
            if let Ok(country) = value.parse::<CountryCode>()
                && !f.countries.remove(&country)
            {
                f.countries.insert(country);
            }
        }
        FacetKind::Decade => {
            if let Ok(start) = value.parse::<i32>() {
                if f.founded_from == Some(start) && f.founded_to == Some(start + 9) {
                    f.founded_from = None;
                    f.founded_to = None;
                } else {
                    f.founded_from = Some(start);
                    f.founded_to = Some(start + 9);
                }
            }
        }
    })
}

/// The facets with a value to offer, each value a link that toggles it.
fn facet_groups(results: &Results) -> Vec<FacetGroup> {
    let params = &results.params;
    FacetKind::ALL
        .iter()
        .map(|&kind| FacetGroup {
            key: kind.key(),
            label: kind.label(),
            links: results
                .facets
                .get(kind)
                .iter()
                .filter(|v| v.count > 0 || v.selected)
                .map(|v| FacetLink {
                    label: v.label.clone(),
                    count: v.count,
                    selected: v.selected,
                    href: href(&toggled(params, kind, &v.value)),
                })
                .collect(),
        })
        .filter(|group| !group.links.is_empty())
        .collect()
}

/// Every filter in force: selected facet values, then the filters that have no facet.
fn active_filters(results: &Results) -> Vec<ActiveFilter> {
    let params = &results.params;
    let mut active: Vec<ActiveFilter> = FacetKind::ALL
        .iter()
        .flat_map(|&kind| {
            results
                .facets
                .get(kind)
                .iter()
                .filter(|v| v.selected)
                .map(move |v| ActiveFilter {
                    label: format!("{}: {}", kind.label(), v.label),
                    remove_href: href(&toggled(params, kind, &v.value)),
                })
        })
        .collect();
    let decade_selected = results.facets.decade.iter().any(|v| v.selected);
    active.extend(unfaceted_filters(params, decade_selected));
    active
}

fn unfaceted_filters(params: &SearchParams, decade_selected: bool) -> Vec<ActiveFilter> {
    let f = &params.filters;
    let filter = |label: String, remove: &dyn Fn(&mut Filters)| ActiveFilter {
        label,
        remove_href: href(&params.with_filters(remove)),
    };
    let mut active = Vec::new();
    let range = match (f.founded_from, f.founded_to) {
        (Some(from), Some(to)) => Some(format!("{from} to {to}")),
        (Some(from), None) => Some(format!("{from} or later")),
        (None, Some(to)) => Some(format!("{to} or earlier")),
        (None, None) => None,
    };
    if let Some(range) = range.filter(|_| !decade_selected) {
        active.push(filter(format!("Founded: {range}"), &|f| {
            f.founded_from = None;
            f.founded_to = None;
        }));
    }
    if !f.profiles.is_empty() {
        let values: Vec<&str> = f.profiles.iter().map(|p| p.label()).collect();
        let label = format!("User profile: {}", values.join(", "));
        active.push(filter(label, &|f| f.profiles = Default::default()));
    }
    if !f.scopes.is_empty() {
        let values: Vec<&str> = f.scopes.iter().map(|s| s.label()).collect();
        let label = format!("Scope: {}", values.join(", "));
        active.push(filter(label, &|f| f.scopes = Default::default()));
    }
    if let Some(has) = f.has_evaluation {
        let label = if has {
            "With an evaluation"
        } else {
            "Without an evaluation"
        };
        active.push(filter(label.into(), &|f| f.has_evaluation = None));
    }
    active
}

fn sort_options(params: &SearchParams) -> Vec<SortOption> {
    let sort = params.sort();
    Sort::ALL
        .iter()
        .filter(|s| **s != Sort::Relevance || params.has_text())
        .map(|&s| SortOption {
            value: s.as_str(),
            label: s.label(),
            selected: s == sort,
        })
        .collect()
}

fn list_page(
    locale: &Locale,
    results: &Results,
    heading: String,
    intro: Option<String>,
) -> ListPage {
    let params = &results.params;
    let title = match params.has_text() {
        true => format!("“{}”: {heading} – userled", params.q),
        false => format!("{heading} – userled"),
    };
    let description = intro
        .clone()
        .unwrap_or_else(|| "Search the registry of user-led drug organisations.".into());
    // The search form sends q and sort itself; every other filter rides along hidden.
    let hidden = params
        .pairs()
        .into_iter()
        .filter(|(key, _)| !matches!(*key, "q" | "sort" | "page"))
        .collect();
    let (page, page_count) = (params.page, results.page_count());
    let export_query = params.with_page(1).query_string();
    ListPage {
        layout: Layout {
            q: params.q.clone(),
            ..Layout::new(locale, title, description)
        },
        heading,
        intro,
        q: params.q.clone(),
        total: results.total(),
        results: results.page().map(OrganisationSummary::from).collect(),
        facets: facet_groups(results),
        clear_href: params.is_narrowed().then(|| SEARCH_PATH.to_owned()),
        active: active_filters(results),
        hidden,
        sorts: sort_options(params),
        page,
        page_count,
        prev_href: results
            .has_prev()
            .then(|| href(&params.with_page(page.min(page_count + 1) - 1))),
        next_href: results
            .has_next()
            .then(|| href(&params.with_page(page + 1))),
        csv_href: format!("/api/v1/organisations.csv{export_query}"),
        json_href: format!("/api/v1/organisations{export_query}"),
        suggestion: results.suggestion.as_ref().map(|q| {
            let respelled = SearchParams {
                q: q.clone(),
                page: 1,
                ..params.clone()
            };
            (q.clone(), href(&respelled))
        }),
    }
}

fn page_params(state: &AppState, query: Option<String>) -> Result<SearchParams, AppError> {
    super::search_params(state, query, Strictness::IgnoreUnknown)
}

pub async fn organisations(
    locale: Locale,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<ListPage, AppError> {
    let params = page_params(&state, query)?;
    let results = state.registry.search(params).await?;
    Ok(list_page(&locale, &results, "Organisations".into(), None))
}

pub async fn category(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<ListPage, AppError> {
    let category = Category::parse(&slug)
        .map_err(|_| AppError::NotFound(Message::new("error-no-category").with("slug", &slug)))?;
    let mut params = page_params(&state, query)?;
    params.filters.categories.insert(category);
    let results = state.registry.search(params).await?;
    let intro = format!("{} {}", category.definition(), counted(results.total()));
    Ok(list_page(
        &locale,
        &results,
        category.label().into(),
        Some(intro),
    ))
}

pub async fn country(
    locale: Locale,
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<ListPage, AppError> {
    let country = code
        .to_ascii_uppercase()
        .parse::<CountryCode>()
        .map_err(|_| AppError::NotFound(Message::new("error-no-country").with("code", &code)))?;
    let mut params = page_params(&state, query)?;
    params.filters.countries.insert(country);
    let results = state.registry.search(params).await?;
    let intro = format!(
        "User-led organisations based or working in {}. {}",
        country.name(),
        counted(results.total())
    );
    Ok(list_page(
        &locale,
        &results,
        country.name().into(),
        Some(intro),
    ))
}

fn counted(total: usize) -> String {
    match total {
        0 => "The registry lists none yet.".into(),
        1 => "The registry lists one.".into(),
        n => format!("The registry lists {n}."),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "organisations/show.html")]
pub struct ShowPage {
    pub layout: Layout,
    pub name: String,
    pub slug: String,
    pub categories: Vec<Badge>,
    pub countries: Vec<(&'static str, &'static str)>,
    pub record: Option<Organisation>,
    pub degree: Option<Badge>,
    pub related: Vec<RelatedOrganisation>,
    pub updated: String,
    pub citation: String,
    pub json_href: String,
    pub timeline: Vec<TimelineItem>,
    /// schema.org JSON-LD, safe to place inside a script element.
    pub json_ld: String,
}

/// One dated thing known about an organisation.
pub struct TimelineItem {
    pub year: i32,
    pub kind: &'static str,
    pub text: String,
}

/// What is known of an organisation's life, by year: its founding, events, figures and
/// evaluations with a year, and its end.
fn timeline(record: &Organisation) -> Vec<TimelineItem> {
    let mut items = Vec::new();
    if let Some(year) = record.founded_year {
        items.push(TimelineItem {
            year: year.get(),
            kind: "Founded",
            text: format!("{} was founded.", record.name),
        });
    }
    for event in &record.events {
        items.push(TimelineItem {
            year: event.year.get(),
            kind: event.kind.label(),
            text: event.note.clone(),
        });
    }
    for fact in &record.facts {
        if let Some(year) = fact.year {
            items.push(TimelineItem {
                year: year.get(),
                kind: "Figure",
                text: format!("{}: {}", fact.label, fact.value_text()),
            });
        }
    }
    for evaluation in &record.evaluations {
        if let Some(year) = evaluation.year {
            items.push(TimelineItem {
                year: year.get(),
                kind: "Evaluation",
                text: format!("{}: {}", evaluation.citation, evaluation.finding),
            });
        }
    }
    if let Some(year) = record.ended_year {
        items.push(TimelineItem {
            year: year.get(),
            kind: "Ended",
            text: format!("{} stopped working.", record.name),
        });
    }
    // Stable: within a year, founding first and the end last, as pushed.
    items.sort_by_key(|item| item.year);
    items
}

/// schema.org `Organization` data for an organisation's page, as JSON that cannot close the
/// script element it sits in.
fn json_ld(
    url: &str,
    name: &str,
    countries: &[CountryCode],
    record: Option<&Organisation>,
) -> String {
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "url": url,
        "areaServed": countries
            .iter()
            .map(|c| serde_json::json!({"@type": "Country", "name": c.name(), "identifier": c.code()}))
            .collect::<Vec<_>>(),
    });
    if let Some(record) = record {
        data["description"] = record.description.clone().into();
        if let Some(year) = record.founded_year {
            data["foundingDate"] = year.to_string().into();
        }
        if let Some(year) = record.ended_year {
            data["dissolutionDate"] = year.to_string().into();
        }
        if let Some(website) = &record.website {
            data["sameAs"] = serde_json::json!([website.as_str()]);
        }
        if !record.aliases.is_empty() {
            data["alternateName"] = record.aliases.iter().map(|a| a.name.clone()).collect();
        }
        if let Some(city) = &record.city {
            data["location"] = serde_json::json!({"@type": "Place", "name": city});
        }
    }
    data.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

pub async fn organisation(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<ShowPage, AppError> {
    let catalogue = state.registry.catalogue().await?;
    let detail = detail::detail(&state.registry, &catalogue, &slug).await?;
    Ok(ShowPage::new(&locale, &state, detail))
}

impl ShowPage {
    fn new(locale: &Locale, state: &AppState, detail: OrganisationDetail) -> Self {
        let OrganisationDetail {
            entry,
            record,
            related,
        } = detail;
        let updated = entry.updated_at.get(..10).unwrap_or_default().to_owned();
        let url = format!("{}{}", state.public_url, entry.url());
        let description = match &record {
            Some(record) => first_sentence(&record.description),
            None => format!(
                "{} in the registry of user-led drug organisations.",
                entry.name
            ),
        };
        let title = format!("{} – userled", entry.name);
        ShowPage {
            layout: Layout {
                og_type: "profile",
                ..Layout::new(locale, title, description).at(state, &entry.url())
            },
            timeline: record.as_ref().map(timeline).unwrap_or_default(),
            json_ld: json_ld(&url, &entry.name, &entry.countries, record.as_ref()),
            citation: format!(
                "“{}”. In: userled, the registry of user-led drug organisations. {url} (entry \
                 updated {updated}). Licence: CC BY 4.0.",
                entry.name
            ),
            json_href: format!("/api/v1{}", entry.url()),
            name: entry.name.clone(),
            slug: entry.slug.to_string(),
            categories: entry.categories.iter().map(badge).collect(),
            countries: entry
                .countries
                .iter()
                .map(|c| (c.code(), c.name()))
                .collect(),
            degree: record.as_ref().map(|r| badge(r.user_led_degree)),
            record,
            related,
            updated,
        }
    }
}

fn first_sentence(text: &str) -> String {
    let end = text.find(". ").map(|i| i + 1).unwrap_or(text.len());
    text[..end].chars().take(300).collect()
}

pub struct DegreeView {
    pub slug: &'static str,
    pub label: String,
    pub definition: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub layout: Layout,
    pub categories: Vec<DegreeView>,
    pub degrees: Vec<DegreeView>,
    pub visibilities: Vec<DegreeView>,
    /// The degree that says the sources do not tell who leads an organisation.
    pub unclear: String,
}

/// Every value of a vocabulary with its label and definition in `lang`.
fn terms<V: Vocabulary>(lang: Lang) -> Vec<DegreeView> {
    V::ALL
        .iter()
        .map(|v| DegreeView {
            slug: v.slug(),
            label: v.label_in(lang),
            definition: v.definition_in(lang),
        })
        .collect()
}

pub async fn about(locale: Locale) -> AboutPage {
    let lang = locale.lang;
    AboutPage {
        layout: Layout::new(&locale, lang.t("about-title"), lang.t("about-description")),
        categories: terms::<Category>(lang),
        degrees: terms::<UserLedDegree>(lang),
        visibilities: terms::<crate::domain::vocabulary::Visibility>(lang),
        unclear: UserLedDegree::Unclear.label_in(lang),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "api.html")]
pub struct ApiPage {
    pub layout: Layout,
    pub categories: Vec<&'static str>,
}

pub async fn api_docs(locale: Locale) -> ApiPage {
    let lang = locale.lang;
    ApiPage {
        layout: Layout::new(
            &locale,
            lang.t("api-page-title"),
            lang.t("api-page-description"),
        ),
        categories: Category::ALL.iter().map(|c| c.slug()).collect(),
    }
}

/// A part of a sentence: the message's own words (`arg` empty), or the argument `arg`, which
/// the template marks up as a link, code or emphasis.
pub struct Piece {
    pub text: String,
    pub arg: &'static str,
}

/// The message `key` cut at its arguments, so that a template can mark each one up while the
/// words around it, and their order, stay the translation's. Each `(name, text)` fills
/// `{ $name }`; all of it is escaped by the template like any other text.
pub fn pieces(lang: Lang, key: &str, args: &[(&'static str, &str)]) -> Vec<Piece> {
    const OPEN: char = '\u{e000}';
    const CLOSE: char = '\u{e001}';
    let message = args
        .iter()
        .enumerate()
        .fold(Message::new_dynamic(key), |message, (i, &(name, _))| {
            message.with(name, format!("{OPEN}{i}{CLOSE}"))
        });
    let text = lang.message(&message);
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find(OPEN) {
        let Some(length) = rest[start..].find(CLOSE) else {
            break;
        };
        let index = rest[start + OPEN.len_utf8()..start + length].parse::<usize>();
        if start > 0 {
            out.push(Piece {
                text: rest[..start].to_owned(),
                arg: "",
            });
        }
        if let Some(&(name, value)) = index.ok().and_then(|i| args.get(i)) {
            out.push(Piece {
                text: value.to_owned(),
                arg: name,
            });
        }
        rest = &rest[start + length + CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Piece {
            text: rest.to_owned(),
            arg: "",
        });
    }
    out
}
