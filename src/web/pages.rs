//! The HTML pages. Every page works without JavaScript; searches are GET forms, so every result
//! is a shareable URL.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::extract::Path;
use super::language::Locale;
use super::reach::{self, Reach};
use super::views::OrganisationSummary;
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, MeetingMode, RelationKind, Scope, Status, UserLedDegree,
    UserProfile, Vocabulary,
};
use crate::domain::{CountryCode, Organisation};
use crate::i18n::{Arg, Lang, Message};
use crate::registry::detail::{self, Direction, OrganisationDetail, RelatedOrganisation};
use crate::registry::links::{self, FailingLink, LinkStatus};
use crate::search::params::Filters;
use crate::search::{FacetKind, Results, SearchParams, Sort, Strictness, Understood};

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
    /// "Checked March 2026", for a result card.
    pub fn checked(&self, day: &crate::domain::Day) -> String {
        self.ta("card-checked", "month", month_in(self.lang(), *day))
    }

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

/// A label with the slug that styles it and the page it links to.
pub struct Badge {
    pub slug: &'static str,
    pub label: String,
    pub href: String,
}

fn badge<V: Vocabulary>(value: V, lang: Lang, href: String) -> Badge {
    Badge {
        slug: value.slug(),
        label: value.label_in(lang),
        href,
    }
}

/// A link with its text.
pub struct Link {
    pub label: String,
    pub href: String,
    /// What the link's target means, for its `title`.
    pub title: String,
}

/// A day (`2026-03-01`, or a longer timestamp starting with one) written as the language writes
/// dates in words: "1 March 2026", "1. März 2026", "1 marca 2026". Text that is not a day is
/// returned as it is.
pub fn day_in(lang: Lang, iso: &str) -> String {
    let parts = iso.get(..10).map(|day| {
        let mut fields = day.split('-').map(str::parse::<u32>);
        (fields.next(), fields.next(), fields.next())
    });
    match parts {
        Some((Some(Ok(year)), Some(Ok(month)), Some(Ok(day))))
            if (1..=12).contains(&month) && (1..=31).contains(&day) =>
        {
            lang.message(
                &Message::new("show-date")
                    .with("day", day)
                    .with("month", month)
                    // A year is a name, not a quantity: never written with a thousands separator.
                    .with("year", year.to_string()),
            )
        }
        _ => iso.to_owned(),
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
    pub label: String,
    /// The values shown: all of them, or the top `FACET_TOP` and any selected.
    pub links: Vec<FacetLink>,
    /// "Show all 12" when values are left out, "Show fewer" when all are shown of many.
    pub more: Option<FacetMore>,
}

/// The link that shows a facet's every value, or its top ones again: a plain link to this page
/// with `?all=<facet>` or without it, so it works without JavaScript.
pub struct FacetMore {
    pub label: String,
    pub href: String,
}

/// A facet with more values than this shows its top [`FACET_TOP`] and a "Show all" link;
/// up to this many show in full, as hiding one or two values behind a link helps nobody.
const FACET_COLLAPSE_OVER: usize = 10;
/// How many values a collapsed facet shows.
const FACET_TOP: usize = 8;
/// The page parameter that shows a facet in full (`?all=country`, repeatable). Only the pages
/// read it: a page's search ignores parameters it does not know, and the API refuses them.
const SHOW_ALL_PARAMETER: &str = "all";

/// A filter in force, with the link that removes it.
pub struct ActiveFilter {
    pub label: String,
    pub remove_href: String,
    /// The words of the query that became this filter, if it came from them.
    pub words: Option<String>,
}

pub struct SortOption {
    pub value: &'static str,
    pub label: String,
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
    /// How many match, and what was searched for: "12 organisations matching “x”".
    pub count: String,
    pub results: Vec<OrganisationSummary>,
    pub facets: Vec<FacetGroup>,
    pub active: Vec<ActiveFilter>,
    pub clear_href: Option<String>,
    /// Filters to keep when the search form is submitted again, as hidden fields.
    pub hidden: Vec<(&'static str, String)>,
    pub sorts: Vec<SortOption>,
    pub page: u32,
    pub page_count: u32,
    /// "Page 2 of 5".
    pub page_label: String,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
    pub csv_href: String,
    pub json_href: String,
    /// When nothing matches: the search respelled, which does match, and its link.
    pub suggestion: Option<(String, String)>,
    /// The same search without its filters, in the page's language.
    pub unfiltered_href: String,
    /// On a country or category page that finds nothing: where else to look, and "add one".
    pub elsewhere: Option<Elsewhere>,
}

/// What an empty country or category page offers instead: the European and international
/// organisations that may be open to people there, and the form to add one.
pub struct Elsewhere {
    pub intro: String,
    /// The search for European and international organisations, with its size, if it finds any.
    pub wider: Option<(String, String)>,
    /// The search for organisations that meet online, wherever they are, if it finds any.
    pub online: Option<(String, String)>,
    pub add_href: String,
}

const SEARCH_PATH: &str = "/organisations";

/// The search's address in `lang`.
fn href(lang: Lang, params: &SearchParams) -> String {
    lang.path(&format!("{SEARCH_PATH}{}", params.query_string()))
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
        FacetKind::Scope => flip(&mut f.scopes, value),
        FacetKind::Profile => flip(&mut f.profiles, value),
        FacetKind::Meets => flip(&mut f.meets, value),
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

/// A facet's name in `lang`.
fn facet_name(kind: FacetKind, lang: Lang) -> String {
    lang.t(match kind {
        FacetKind::Category => "facet-category",
        FacetKind::Country => "facet-country",
        FacetKind::Degree => "facet-degree",
        FacetKind::Status => "facet-status",
        FacetKind::Activity => "facet-activity",
        FacetKind::Decade => "facet-decade",
        FacetKind::Scope => "facet-scope",
        FacetKind::Profile => "lists-facet-profile",
        FacetKind::Meets => "facet-meets",
    })
}

/// A facet value's label in `lang`; `fallback` (the search's own label) if the value is not one
/// the facet knows.
fn facet_value_label(kind: FacetKind, value: &str, fallback: &str, lang: Lang) -> String {
    fn term<V: Vocabulary>(value: &str, lang: Lang) -> Option<String> {
        V::parse(value).ok().map(|v| v.label_in(lang))
    }
    let label = match kind {
        FacetKind::Category => term::<Category>(value, lang),
        FacetKind::Degree => term::<UserLedDegree>(value, lang),
        FacetKind::Status => term::<Status>(value, lang),
        FacetKind::Activity => term::<Activity>(value, lang),
        FacetKind::Scope => term::<Scope>(value, lang),
        FacetKind::Profile => term::<UserProfile>(value, lang),
        FacetKind::Meets => term::<MeetingMode>(value, lang),
        FacetKind::Country => value
            .parse::<CountryCode>()
            .ok()
            .map(|c| c.name_in(lang).to_string()),
        // The decade's first and last years as text: a year takes no thousands separator.
        FacetKind::Decade => value.parse::<i32>().ok().map(|start| {
            lang.ta2(
                "facet-decade-value",
                ("decade", start.to_string()),
                ("end", (start + 9).to_string()),
            )
        }),
    };
    label.unwrap_or_else(|| fallback.to_owned())
}

/// How labels sort in any of the interface's languages: accents and case aside.
fn collation_key(label: &str) -> String {
    deunicode::deunicode(label).to_lowercase()
}

/// The facets with a value to offer, each value a link that toggles it, labelled in the page's
/// language; a long facet shows its top values unless `expanded` names it.
fn facet_groups(results: &Results, locale: &Locale, expanded: &[FacetKind]) -> Vec<FacetGroup> {
    let lang = locale.lang;
    let params = &results.params;
    FacetKind::ALL
        .iter()
        .map(|&kind| {
            let mut links: Vec<FacetLink> = results
                .facets
                .get(kind)
                .iter()
                .filter(|v| v.count > 0 || v.selected)
                .map(|v| FacetLink {
                    label: facet_value_label(kind, &v.value, &v.label, lang),
                    count: v.count,
                    selected: v.selected,
                    href: href(lang, &toggled(params, kind, &v.value)),
                })
                .collect();
            // Countries and activities come most frequent first; equal counts in the
            // alphabetical order of the page's language.
            if matches!(kind, FacetKind::Country | FacetKind::Activity) {
                links.sort_by_cached_key(|link| {
                    (std::cmp::Reverse(link.count), collation_key(&link.label))
                });
            }
            let total = links.len();
            let more = match (total > FACET_COLLAPSE_OVER, expanded.contains(&kind)) {
                (false, _) => None,
                (true, true) => Some(FacetMore {
                    label: lang.t("lists-facet-show-fewer"),
                    href: with_facet_shown_in_full(locale, kind, false),
                }),
                (true, false) => {
                    // The top values, and any selected one further down: a choice in force
                    // never hides.
                    let mut position = 0;
                    links.retain(|link| {
                        position += 1;
                        position <= FACET_TOP || link.selected
                    });
                    Some(FacetMore {
                        label: lang.tn("lists-facet-show-all", total),
                        href: with_facet_shown_in_full(locale, kind, true),
                    })
                }
            };
            FacetGroup {
                key: kind.key(),
                label: facet_name(kind, lang),
                links,
                more,
            }
        })
        .filter(|group| !group.links.is_empty())
        .collect()
}

/// The facets `?all=` asks to show in full.
fn facets_shown_in_full(query: Option<&str>) -> Vec<FacetKind> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .filter(|(key, _)| key == SHOW_ALL_PARAMETER)
        .filter_map(|(_, value)| FacetKind::ALL.into_iter().find(|k| k.key() == value))
        .collect()
}

/// This page's address with facet `kind` shown in full or not, everything else in its query
/// kept as it was, and anchored at the facet so the page opens where the person was.
fn with_facet_shown_in_full(locale: &Locale, kind: FacetKind, in_full: bool) -> String {
    let query = locale.query.as_deref().unwrap_or_default();
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if !(key == SHOW_ALL_PARAMETER && value == kind.key()) {
            serializer.append_pair(&key, &value);
        }
    }
    if in_full {
        serializer.append_pair(SHOW_ALL_PARAMETER, kind.key());
    }
    let query = serializer.finish();
    let path = locale.lang.path(&locale.path);
    match query.is_empty() {
        true => format!("{path}#facet-{}", kind.key()),
        false => format!("{path}?{query}#facet-{}", kind.key()),
    }
}

/// A filter's chip text: "Country: Germany".
fn chip(lang: Lang, name: String, value: String) -> String {
    lang.ta2("list-filter", ("name", name), ("value", value))
}

/// Every filter in force: first those the query's words became, labelled by their value alone
/// ("Harm reduction", "Germany"), then the other selected facet values, then the filters that
/// have no facet.
fn active_filters(results: &Results, lang: Lang) -> Vec<ActiveFilter> {
    let params = &results.params;
    let mut understood: Vec<&Understood> = Vec::new();
    for u in &results.understood {
        if !understood
            .iter()
            .any(|seen| seen.parameter == u.parameter && seen.value == u.value)
        {
            understood.push(u);
        }
    }
    let from_words = |parameter: &str, value: &str| {
        understood
            .iter()
            .any(|u| u.parameter == parameter && u.value == value)
    };
    let mut active: Vec<ActiveFilter> = understood
        .iter()
        .filter_map(|u| understood_filter(params, u, lang))
        .collect();
    for &kind in &FacetKind::ALL {
        for v in results.facets.get(kind) {
            if v.selected && !from_words(kind.key(), &v.value) {
                active.push(ActiveFilter {
                    label: chip(
                        lang,
                        facet_name(kind, lang),
                        facet_value_label(kind, &v.value, &v.label, lang),
                    ),
                    remove_href: href(lang, &toggled(params, kind, &v.value)),
                    words: None,
                });
            }
        }
    }
    let decade_selected = results.facets.decade.iter().any(|v| v.selected);
    active.extend(unfaceted_filters(params, decade_selected, lang));
    active
}

/// The chip of a filter that words of the query became, and the search without it.
fn understood_filter(params: &SearchParams, u: &Understood, lang: Lang) -> Option<ActiveFilter> {
    let (label, without) = match u.parameter {
        // A city stays words of the text (all its names are searched); its chip takes them out.
        "city" => {
            let without = SearchParams {
                q: without_words(&params.q, &u.words),
                page: 1,
                ..params.clone()
            };
            (u.words.clone(), without)
        }
        parameter => {
            let kind = FacetKind::ALL.into_iter().find(|k| k.key() == parameter)?;
            (
                facet_value_label(kind, &u.value, &u.value, lang),
                toggled(params, kind, &u.value),
            )
        }
    };
    Some(ActiveFilter {
        label,
        remove_href: href(lang, &without),
        words: Some(u.words.clone()),
    })
}

/// `q` without the run of `words` in it (compared without case), spaces tidied.
fn without_words(q: &str, words: &str) -> String {
    let q_words: Vec<&str> = q.split_whitespace().collect();
    let remove: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
    let start = (0..q_words.len()).find(|&i| {
        remove.len() <= q_words.len() - i
            && remove
                .iter()
                .zip(&q_words[i..])
                .all(|(r, w)| w.to_lowercase() == *r)
    });
    match start {
        Some(i) => q_words[..i]
            .iter()
            .chain(&q_words[i + remove.len()..])
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        None => q.to_owned(),
    }
}

fn unfaceted_filters(
    params: &SearchParams,
    decade_selected: bool,
    lang: Lang,
) -> Vec<ActiveFilter> {
    let f = &params.filters;
    let filter = |label: String, remove: &dyn Fn(&mut Filters)| ActiveFilter {
        label,
        remove_href: href(lang, &params.with_filters(remove)),
        words: None,
    };
    let mut active = Vec::new();
    // Years are names, not quantities: passed as text, so they take no thousands separator.
    let range = match (f.founded_from, f.founded_to) {
        (Some(from), Some(to)) => Some(lang.ta2(
            "list-founded-between",
            ("from", from.to_string()),
            ("to", to.to_string()),
        )),
        (Some(from), None) => Some(lang.ta("list-founded-from", "from", from.to_string())),
        (None, Some(to)) => Some(lang.ta("list-founded-to", "to", to.to_string())),
        (None, None) => None,
    };
    if let Some(range) = range.filter(|_| !decade_selected) {
        let label = chip(lang, facet_name(FacetKind::Decade, lang), range);
        active.push(filter(label, &|f| {
            f.founded_from = None;
            f.founded_to = None;
        }));
    }
    if let Some(has) = f.has_evaluation {
        let label = lang.t(match has {
            true => "list-filter-evaluated",
            false => "list-filter-not-evaluated",
        });
        active.push(filter(label, &|f| f.has_evaluation = None));
    }
    active
}

/// A sort order's name in `lang`.
fn sort_name(sort: Sort, lang: Lang) -> String {
    lang.t(match sort {
        Sort::Relevance => "sort-relevance",
        Sort::Name => "sort-name",
        Sort::Founded => "sort-founded",
        Sort::FoundedDesc => "sort-founded-desc",
        Sort::Updated => "sort-updated",
    })
}

fn sort_options(params: &SearchParams, lang: Lang) -> Vec<SortOption> {
    let sort = params.sort();
    Sort::ALL
        .iter()
        .filter(|s| **s != Sort::Relevance || params.has_text())
        .map(|&s| SortOption {
            value: s.as_str(),
            label: sort_name(s, lang),
            selected: s == sort,
        })
        .collect()
}

/// What a search is, in words, for its page's title: "Harm reduction in Germany",
/// "Organisations matching “peer”", with the page number past the first. One category and one
/// country are named; other filters are the page's to show, not the title's.
fn search_title(lang: Lang, params: &SearchParams) -> String {
    let filters = &params.filters;
    let mut categories = filters.categories.iter();
    let category = match (categories.next(), categories.next()) {
        (Some(category), None) => Some(category.label_in(lang)),
        _ => None,
    };
    let place = match filters.countries.len() {
        1 => filters
            .countries
            .first()
            .map(|&country| in_country(lang, country)),
        _ => None,
    };
    let subject = match (category, place) {
        (Some(category), Some(place)) => lang.ta2(
            "lists-subject-category-place",
            ("category", category),
            ("place", place),
        ),
        (Some(category), None) => lang.ta("lists-subject-category", "category", category),
        (None, Some(place)) => lang.ta("lists-subject-place", "place", place),
        (None, None) => lang.t("list-heading"),
    };
    let subject = match params.has_text() {
        true => lang.ta2(
            "lists-subject-matching",
            ("subject", subject),
            ("query", &params.q),
        ),
        false => subject,
    };
    match params.page {
        1 => lang.ta("lists-title", "subject", subject),
        page => lang.ta2("lists-title-page", ("subject", subject), ("page", page)),
    }
}

/// "in Germany", "in the Netherlands", "w Niemczech": the translation chooses the preposition,
/// article or case by the country's code, and names the country otherwise.
fn in_country(lang: Lang, country: CountryCode) -> String {
    lang.ta2(
        "lists-in-country",
        ("code", country.code()),
        ("country", country.name_in(lang)),
    )
}

fn list_page(
    locale: &Locale,
    results: &Results,
    heading: String,
    intro: Option<String>,
    elsewhere: Option<Elsewhere>,
) -> ListPage {
    let lang = locale.lang;
    let params = &results.params;
    let total = results.total();
    let count = match params.has_text() {
        true => lang.ta2("list-count-query", ("count", total), ("query", &params.q)),
        false => lang.tn("list-count", total),
    };
    let title = search_title(lang, params);
    let description = intro.clone().unwrap_or_else(|| lang.t("list-description"));
    // The search form sends q and sort itself; every other filter rides along hidden.
    let hidden = params
        .pairs()
        .into_iter()
        .filter(|(key, _)| !matches!(*key, "q" | "sort" | "page"))
        .collect();
    let (page, page_count) = (params.page, results.page_count());
    let export_query = params.with_page(1).query_string();
    let unfiltered = params.with_filters(|f| *f = Filters::default());
    let expanded = facets_shown_in_full(locale.query.as_deref());
    ListPage {
        layout: Layout {
            q: params.q.clone(),
            ..Layout::new(locale, title, description)
        },
        heading,
        intro,
        q: params.q.clone(),
        total,
        count,
        results: results.page().map(OrganisationSummary::from).collect(),
        facets: facet_groups(results, locale, &expanded),
        clear_href: params.is_narrowed().then(|| lang.path(SEARCH_PATH)),
        active: active_filters(results, lang),
        hidden,
        sorts: sort_options(params, lang),
        page,
        page_count,
        page_label: lang.ta2("list-page-of", ("page", page), ("count", page_count)),
        prev_href: results
            .has_prev()
            .then(|| href(lang, &params.with_page(page.min(page_count + 1) - 1))),
        next_href: results
            .has_next()
            .then(|| href(lang, &params.with_page(page + 1))),
        csv_href: format!("/api/v1/organisations.csv{export_query}"),
        json_href: format!("/api/v1/organisations{export_query}"),
        suggestion: results.suggestion.as_ref().map(|q| {
            let respelled = SearchParams {
                q: q.clone(),
                page: 1,
                ..params.clone()
            };
            (q.clone(), href(lang, &respelled))
        }),
        unfiltered_href: href(lang, &unfiltered),
        elsewhere,
    }
}

/// The answer to a page of results past the last one.
#[derive(Template, WebTemplate)]
#[template(path = "organisations/past_end.html")]
pub struct PastEndPage {
    pub layout: Layout,
    pub heading: String,
    /// How many pages the search has, in a sentence.
    pub pages: String,
    pub last_label: String,
    pub last_href: String,
}

/// The list page, or for a page number past the last one a 404 whose page links to the last.
///
/// A 404 rather than a redirect to the last page: the address asked for holds nothing (an old
/// link or a typed number), and saying so keeps crawlers from indexing a second address for the
/// last page and tells a person why they see something other than what they asked for, while the
/// link takes them there in one step. Page 1 always exists, even when it finds nothing.
fn list_answer(locale: &Locale, results: &Results, page: impl FnOnce() -> ListPage) -> Response {
    let params = &results.params;
    let last = results.page_count();
    if params.page <= last {
        return page().into_response();
    }
    let lang = locale.lang;
    let heading = lang.ta("lists-past-end-heading", "page", params.page);
    let past_end = PastEndPage {
        layout: Layout::new(
            locale,
            lang.ta("lists-title", "subject", &heading),
            lang.t("list-description"),
        ),
        heading,
        pages: lang.tn("lists-past-end-pages", last as usize),
        last_label: lang.ta("lists-past-end-link", "page", last),
        last_href: at_page(locale, last),
    };
    (StatusCode::NOT_FOUND, past_end).into_response()
}

/// This page's own address at page `page`: its query as asked, with only the page changed.
fn at_page(locale: &Locale, page: u32) -> String {
    let query = locale.query.as_deref().unwrap_or_default();
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if key != "page" {
            serializer.append_pair(&key, &value);
        }
    }
    if page > 1 {
        serializer.append_pair("page", &page.to_string());
    }
    let query = serializer.finish();
    let path = locale.lang.path(&locale.path);
    match query.is_empty() {
        true => path,
        false => format!("{path}?{query}"),
    }
}

fn page_params(state: &AppState, query: Option<String>) -> Result<SearchParams, AppError> {
    super::search_params(state, query, Strictness::Lenient)
}

pub async fn organisations(
    locale: Locale,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let params = page_params(&state, query)?;
    let results = state.registry.search(params).await?;
    let heading = locale.lang.t("list-heading");
    Ok(list_answer(&locale, &results, || {
        list_page(&locale, &results, heading, None, None)
    }))
}

pub async fn category(
    locale: Locale,
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let lang = locale.lang;
    let category = Category::parse(&slug)
        .map_err(|_| AppError::NotFound(Message::new("error-no-category").with("slug", &slug)))?;
    let mut params = page_params(&state, query)?;
    params.filters.categories.insert(category);
    let results = state.registry.search(params).await?;
    let elsewhere = elsewhere(&state, &locale, &results).await?;
    let intro = format!(
        "{} {}",
        category.definition_in(lang),
        counted(lang, results.total())
    );
    Ok(list_answer(&locale, &results, || {
        list_page(
            &locale,
            &results,
            category.label_in(lang),
            Some(intro),
            elsewhere,
        )
    }))
}

/// Codes people type for a country that ISO 3166-1 gives another: the United Kingdom is `GB`,
/// Greece `GR` (the EU writes `UK` and `EL`).
const COUNTRY_ALIASES: [(&str, &str); 2] = [("UK", "GB"), ("EL", "GR")];

/// The address segment `code` as the country's page spells it: capitals, ISO's code.
fn canonical_country_code(code: &str) -> String {
    let upper = code.to_ascii_uppercase();
    COUNTRY_ALIASES
        .iter()
        .find(|(alias, _)| *alias == upper)
        .map_or(upper, |(_, iso)| (*iso).to_owned())
}

pub async fn country(
    locale: Locale,
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let lang = locale.lang;
    let canonical = canonical_country_code(&code);
    let country = canonical
        .parse::<CountryCode>()
        .map_err(|_| AppError::NotFound(Message::new("error-no-country").with("code", &code)))?;
    if canonical != code {
        // One address per country: `/countries/uk` and `/countries/UK` lead to `/countries/GB`,
        // with the query kept (308 keeps the method, and says it is for good).
        let query = query
            .filter(|q| !q.is_empty())
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let target = lang.path(&format!("/countries/{canonical}{query}"));
        return Ok(Redirect::permanent(&target).into_response());
    }
    let mut params = page_params(&state, query)?;
    params.filters.countries.insert(country);
    let results = state.registry.search(params).await?;
    let elsewhere = elsewhere(&state, &locale, &results).await?;
    let name = country.name_in(lang).to_string();
    let intro = format!(
        "{} {}",
        lang.ta("list-country-intro", "country", &name),
        counted(lang, results.total())
    );
    Ok(list_answer(&locale, &results, || {
        list_page(&locale, &results, name, Some(intro), elsewhere)
    }))
}

/// For a country or category page that finds nothing: the same search without its countries,
/// among organisations that work across Europe or worldwide (which may be open to people in
/// the country), and the form to add one. `None` when the page finds something.
async fn elsewhere(
    state: &AppState,
    locale: &Locale,
    results: &Results,
) -> Result<Option<Elsewhere>, AppError> {
    if results.total() > 0 {
        return Ok(None);
    }
    let lang = locale.lang;
    let params = &results.params;
    let wider = params.with_filters(|f| {
        f.countries.clear();
        f.scopes = [Scope::European, Scope::International]
            .into_iter()
            .collect();
    });
    let found = state.registry.search(wider.clone()).await?.total();
    let online = params.with_filters(|f| {
        f.countries.clear();
        f.meets = [MeetingMode::Online].into_iter().collect();
    });
    let found_online = state.registry.search(online.clone()).await?.total();
    let intro = match params.filters.countries.len() {
        1 => {
            let place = params
                .filters
                .countries
                .first()
                .map(|&country| in_country(lang, country))
                .unwrap_or_default();
            lang.ta("lists-elsewhere-intro-place", "place", place)
        }
        _ => lang.t("lists-elsewhere-intro"),
    };
    Ok(Some(Elsewhere {
        intro,
        wider: (found > 0).then(|| (lang.tn("lists-elsewhere-link", found), href(lang, &wider))),
        online: (found_online > 0).then(|| {
            (
                lang.tn("lists-elsewhere-online", found_online),
                href(lang, &online),
            )
        }),
        add_href: lang.path("/submit"),
    }))
}

/// "The registry lists 12." in `lang`.
fn counted(lang: Lang, total: usize) -> String {
    lang.tn("list-counted", total)
}

#[derive(Template, WebTemplate)]
#[template(path = "organisations/show.html")]
pub struct ShowPage {
    pub layout: Layout,
    pub name: String,
    pub slug: String,
    pub categories: Vec<Badge>,
    pub countries: Vec<Link>,
    pub record: Option<Organisation>,
    /// How to reach it, leading the page; `None` for a discreet organisation.
    pub reach: Option<Reach>,
    pub degree: Option<Badge>,
    pub related: Vec<Related>,
    pub activities: Vec<Link>,
    pub figures: Vec<Figure>,
    /// The day the entry last changed, in words.
    pub updated: String,
    /// The month the entry was last checked against the organisation, in words: "March 2026".
    pub verified: Option<String>,
    /// The year of the newest dated source: "described in a 2017 source".
    pub newest_source_year: Option<i32>,
    /// A quiet note beside each of the entry's links that did not work when last checked,
    /// by address.
    pub link_notes: std::collections::BTreeMap<String, String>,
    pub citation: String,
    pub json_href: String,
    pub suggest_href: String,
    pub history_href: String,
    pub timeline: Vec<TimelineItem>,
    /// schema.org JSON-LD, safe to place inside a script element.
    pub json_ld: String,
}

impl ShowPage {
    /// An alias's kind as it reads in parentheses after the name: "(former name)". German
    /// keeps the capital every noun has.
    pub fn alias_kind(&self, kind: &AliasKind) -> String {
        let label = kind.label_in(self.layout.lang());
        if self.layout.lang() == Lang::De {
            return label;
        }
        let mut chars = label.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => label,
        }
    }

    /// The note beside the link to `url`, if it did not work when last checked.
    pub fn link_note(&self, url: &str) -> Option<&str> {
        self.link_notes.get(url).map(String::as_str)
    }

    /// "12 participants" in the page's language.
    pub fn participants(&self, count: &u32) -> String {
        self.layout
            .tn("show-evaluation-participants", *count as usize)
    }
}

/// An organisation related to this one, with how the relation reads from this side.
pub struct Related {
    pub phrase: String,
    pub name: String,
    pub href: String,
}

/// A figure of the record, its number written as the page's language writes numbers.
pub struct Figure {
    pub label: String,
    pub year: Option<i32>,
    pub value: String,
    pub note: Option<String>,
}

/// One dated thing known about an organisation.
pub struct TimelineItem {
    pub year: i32,
    pub kind: String,
    pub text: String,
}

/// How a relation reads from this organisation's side, in `lang`: "Member of", "Has member".
fn relation_phrase(related: &RelatedOrganisation, lang: Lang) -> String {
    lang.t(match (related.kind, related.direction) {
        (RelationKind::MemberOf, Direction::Outgoing) => "show-related-member-of",
        (RelationKind::MemberOf, Direction::Incoming) => "show-related-has-member",
        (RelationKind::PartnerOf, _) => "show-related-partner-of",
        (RelationKind::FoundedBy, Direction::Outgoing) => "show-related-founded-by",
        (RelationKind::FoundedBy, Direction::Incoming) => "show-related-founded",
        (RelationKind::SucceededBy, Direction::Outgoing) => "show-related-succeeded-by",
        (RelationKind::SucceededBy, Direction::Incoming) => "show-related-succeeded",
    })
}

/// What is known of an organisation's life, by year: its founding, events, figures and
/// evaluations with a year, and its end.
fn timeline(record: &Organisation, lang: Lang) -> Vec<TimelineItem> {
    let mut items = Vec::new();
    if let Some(year) = record.founded_year {
        items.push(TimelineItem {
            year: year.get(),
            kind: lang.t("show-timeline-founded"),
            text: lang.ta("show-timeline-founded-text", "name", &record.name),
        });
    }
    for event in &record.events {
        items.push(TimelineItem {
            year: event.year.get(),
            kind: event.kind.label_in(lang),
            text: event.note.clone(),
        });
    }
    for fact in &record.facts {
        if let Some(year) = fact.year {
            items.push(TimelineItem {
                year: year.get(),
                kind: lang.t("show-timeline-figure"),
                text: lang.ta2(
                    "show-timeline-figure-text",
                    ("label", &fact.label),
                    ("value", lang.number(fact.value)),
                ),
            });
        }
    }
    for evaluation in &record.evaluations {
        if let Some(year) = evaluation.year {
            items.push(TimelineItem {
                year: year.get(),
                kind: lang.t("show-timeline-evaluation"),
                text: lang.ta2(
                    "show-timeline-evaluation-text",
                    ("citation", &evaluation.citation),
                    ("finding", &evaluation.finding),
                ),
            });
        }
    }
    if let Some(year) = record.ended_year {
        items.push(TimelineItem {
            year: year.get(),
            kind: lang.t("show-timeline-ended"),
            text: lang.ta("show-timeline-ended-text", "name", &record.name),
        });
    }
    // Stable: within a year, founding first and the end last, as pushed.
    items.sort_by_key(|item| item.year);
    items
}

/// schema.org `Organization` data for an organisation's page, as JSON that cannot close the
/// script element it sits in. The data stays the record's; only the countries' names, which
/// are the interface's words, follow the page's language.
fn json_ld(
    url: &str,
    name: &str,
    countries: &[CountryCode],
    record: Option<&Organisation>,
    lang: Lang,
) -> String {
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "url": url,
        "areaServed": countries
            .iter()
            .map(|c| serde_json::json!({"@type": "Country", "name": c.name_in(lang).to_string(), "identifier": c.code()}))
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
        reach::add_json_ld(&mut data, record);
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
    let detail = detail::detail(&state.registry, &slug).await?;
    // Only for what the public may see of the record: a discreet entry shows no links.
    let failing = match &detail.record {
        Some(record) => links::failing_links(&state.registry, record.slug.as_str()).await?,
        None => Vec::new(),
    };
    let lang = locale.lang;
    Ok(ShowPage {
        link_notes: failing
            .into_iter()
            .map(|link| (link.url.clone(), link_note(&link, lang)))
            .collect(),
        ..ShowPage::new(&locale, &state, detail)
    })
}

/// "This link did not answer when checked on 3 March 2026." in `lang`.
fn link_note(link: &FailingLink, lang: Lang) -> String {
    let (kind, code) = match link.status {
        LinkStatus::Broken { code } => ("broken", code.to_string()),
        _ => ("unreachable", String::new()),
    };
    lang.message(
        &Message::new("currency-link-note")
            .with("status", kind)
            .with("code", code)
            .with("date", day_in(lang, &link.checked_on.to_string())),
    )
}

/// A day's month and year in words, as the language names a month on its own: "March 2026",
/// "marzec 2026".
fn month_in(lang: Lang, day: crate::domain::Day) -> String {
    let date = day.date();
    lang.message(
        &Message::new("currency-month-year")
            .with("month", u32::from(u8::from(date.month())))
            // A year is a name, not a quantity: never written with a thousands separator.
            .with("year", date.year().to_string()),
    )
}

impl ShowPage {
    fn new(locale: &Locale, state: &AppState, detail: OrganisationDetail) -> Self {
        let lang = locale.lang;
        let OrganisationDetail {
            entry,
            record,
            related,
            catalogue: _,
        } = detail;
        let updated_day = entry.updated_at().get(..10).unwrap_or_default().to_owned();
        let url = format!("{}{}", state.public_url, entry.url());
        let page_url = format!("{}{}", state.public_url, lang.path(&entry.url()));
        let description = match &record {
            Some(record) => first_sentence(&record.description),
            None => lang.ta("show-description-discreet", "name", entry.name()),
        };
        let title = lang.ta("show-title", "name", entry.name());
        ShowPage {
            layout: Layout {
                og_type: "profile",
                ..Layout::new(locale, title, description).at(state, &entry.url())
            },
            timeline: record
                .as_ref()
                .map(|r| timeline(r, lang))
                .unwrap_or_default(),
            json_ld: json_ld(&url, entry.name(), &entry.countries, record.as_ref(), lang),
            reach: record.as_ref().map(|r| Reach::new(r, lang)),
            newest_source_year: entry.newest_source_year,
            citation: lang.message(
                &Message::new("show-citation")
                    .with("name", entry.name())
                    .with("url", &page_url)
                    .with("date", &updated_day),
            ),
            json_href: format!("/api/v1{}", entry.url()),
            suggest_href: lang.path(&format!("{}/suggest", entry.url())),
            history_href: lang.path(&format!("{}/history", entry.url())),
            name: entry.name().to_owned(),
            slug: entry.slug().to_owned(),
            categories: entry
                .categories
                .iter()
                .map(|c| badge(c, lang, lang.path(&format!("/categories/{}", c.slug()))))
                .collect(),
            countries: entry
                .countries
                .iter()
                .map(|c| Link {
                    label: c.name_in(lang).to_string(),
                    href: lang.path(&format!("/countries/{}", c.code())),
                    title: String::new(),
                })
                .collect(),
            degree: record.as_ref().map(|r| {
                let degree = r.user_led_degree;
                badge(
                    degree,
                    lang,
                    lang.path(&format!("/about#degree-{}", degree.slug())),
                )
            }),
            activities: record
                .iter()
                .flat_map(|r| r.activities.iter())
                .map(|a| Link {
                    label: a.label_in(lang),
                    href: lang.path(&format!("{SEARCH_PATH}?activity={}", a.slug())),
                    title: a.definition_in(lang),
                })
                .collect(),
            figures: record
                .iter()
                .flat_map(|r| r.facts.iter())
                .map(|f| Figure {
                    label: f.label.clone(),
                    year: f.year.map(|y| y.get()),
                    value: lang.number(f.value),
                    note: f.note.clone(),
                })
                .collect(),
            related: related
                .iter()
                .map(|r| Related {
                    phrase: relation_phrase(r, lang),
                    name: r.name.clone(),
                    href: lang.path(&r.url),
                })
                .collect(),
            verified: record
                .as_ref()
                .and_then(|r| r.last_verified)
                .map(|day| month_in(lang, day)),
            link_notes: Default::default(),
            record,
            updated: day_in(lang, &updated_day),
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

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: [(Lang, &str); 8] = [
        (Lang::En, include_str!("../../locales/en/organisations.ftl")),
        (Lang::De, include_str!("../../locales/de/organisations.ftl")),
        (Lang::Fr, include_str!("../../locales/fr/organisations.ftl")),
        (Lang::Es, include_str!("../../locales/es/organisations.ftl")),
        (Lang::It, include_str!("../../locales/it/organisations.ftl")),
        (Lang::Pt, include_str!("../../locales/pt/organisations.ftl")),
        (Lang::Nl, include_str!("../../locales/nl/organisations.ftl")),
        (Lang::Pl, include_str!("../../locales/pl/organisations.ftl")),
    ];

    /// The keys a Fluent file defines, in its order; it must parse without an error.
    fn keys(lang: Lang, text: &str) -> Vec<String> {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_owned()) {
            panic!("{lang}: {errors:?}");
        }
        text.lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" = ").map(|(key, _)| key.to_owned()))
            .collect()
    }

    #[test]
    fn every_language_has_every_message_of_the_organisation_pages() {
        let english = keys(Lang::En, FILES[0].1);
        assert!(english.len() > 100, "{english:?}");
        for (lang, text) in FILES {
            assert_eq!(keys(lang, text), english, "{lang}");
            for key in &english {
                let mut message = Message::new_dynamic(key)
                    .with("day", 1)
                    .with("month", 1)
                    .with("count", 2);
                for name in [
                    "year",
                    "query",
                    "heading",
                    "country",
                    "slug",
                    "code",
                    "name",
                    "value",
                    "words",
                    "from",
                    "to",
                    "page",
                    "decade",
                    "end",
                    "url",
                    "date",
                    "label",
                    "citation",
                    "finding",
                    "number",
                    "time",
                    "when",
                    "action",
                    "actor",
                    "summary",
                    "reference",
                    "part",
                    "categories",
                    "countries",
                ] {
                    message = message.with(name, "x");
                }
                let text = lang.message(&message);
                assert!(!text.is_empty() && text != *key, "{lang} {key}");
            }
        }
    }
    #[test]
    fn counts_dates_and_decades_read_as_each_language_writes_them() {
        assert_eq!(Lang::En.tn("list-count", 1), "1 organisation");
        assert_eq!(Lang::En.tn("list-count", 1234), "1,234 organisations");
        assert_eq!(Lang::Pl.tn("list-count", 3), "3 organizacje");
        assert_eq!(Lang::Pl.tn("list-count", 5), "5 organizacji");
        assert_eq!(Lang::Pl.tn("list-count", 22), "22 organizacje");
        assert_eq!(Lang::Fr.tn("list-count", 0), "0 organisation");
        assert_eq!(Lang::Pt.tn("list-count", 0), "0 organizações");
        assert_eq!(
            Lang::En.tn("list-counted", 0),
            "The registry lists none yet."
        );
        assert_eq!(Lang::En.tn("list-counted", 2), "The registry lists 2.");
        assert_eq!(day_in(Lang::En, "2026-03-01"), "1 March 2026");
        assert_eq!(day_in(Lang::De, "2026-03-01T10:00:00Z"), "1. März 2026");
        assert_eq!(day_in(Lang::Fr, "2026-03-01"), "1er mars 2026");
        assert_eq!(day_in(Lang::Pl, "2026-03-12"), "12 marca 2026");
        assert_eq!(day_in(Lang::Es, "2026-12-24"), "24 de diciembre de 2026");
        assert_eq!(day_in(Lang::En, "not a day"), "not a day");
        assert_eq!(
            facet_value_label(FacetKind::Decade, "1990", "", Lang::En),
            "1990s"
        );
        assert_eq!(
            facet_value_label(FacetKind::Decade, "1990", "", Lang::Pl),
            "1990–1999"
        );
        assert_eq!(
            facet_value_label(FacetKind::Category, "harm_reduction", "", Lang::En),
            "Harm reduction"
        );
    }
}
