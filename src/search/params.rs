//! Search parameters: parsed from a query string with an error per bad parameter, and written
//! back to canonical query strings for links.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::domain::vocabulary::{
    Activity, Category, Scope, Set, Status, UserLedDegree, UserProfile, Vocabulary,
};
use crate::domain::{CountryCode, Year};

pub const DEFAULT_PER_PAGE: u32 = 20;
pub const MAX_PER_PAGE: u32 = 100;
pub const MAX_QUERY_CHARS: usize = 200;

/// The sort orders a search accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Relevance,
    Name,
    Founded,
    FoundedDesc,
    Updated,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::Relevance,
        Sort::Name,
        Sort::Founded,
        Sort::FoundedDesc,
        Sort::Updated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Founded => "founded",
            Sort::FoundedDesc => "-founded",
            Sort::Updated => "updated",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Best match",
            Sort::Name => "Name",
            Sort::Founded => "Oldest first",
            Sort::FoundedDesc => "Newest first",
            Sort::Updated => "Recently updated",
        }
    }
}

/// Filters, combinable: values of one filter are ORed, different filters ANDed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub categories: Set<Category>,
    pub countries: BTreeSet<CountryCode>,
    pub degrees: Set<UserLedDegree>,
    pub statuses: Set<Status>,
    pub activities: Set<Activity>,
    pub profiles: Set<UserProfile>,
    pub scopes: Set<Scope>,
    pub founded_from: Option<i32>,
    pub founded_to: Option<i32>,
    pub has_evaluation: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchParams {
    /// The text searched for, trimmed; empty for none.
    pub q: String,
    pub filters: Filters,
    /// As asked; `None` for the default (see [`SearchParams::sort`]).
    pub sort: Option<Sort>,
    pub page: u32,
    pub per_page: u32,
}

impl Default for SearchParams {
    fn default() -> Self {
        Self {
            q: String::new(),
            filters: Filters::default(),
            sort: None,
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

/// One bad parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ParamError {
    pub parameter: String,
    pub detail: String,
}

/// Whether parameters the search does not know are errors (the API, where a typo should not pass
/// silently) or ignored (pages, where links from elsewhere may carry extra parameters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    RejectUnknown,
    IgnoreUnknown,
}

/// The parameter names a search understands, in canonical order.
pub const PARAMETERS: [&str; 15] = [
    "q",
    "category",
    "country",
    "degree",
    "status",
    "activity",
    "profile",
    "scope",
    "founded_from",
    "founded_to",
    "has_evaluation",
    "sort",
    "page",
    "per_page",
    "format",
];

impl SearchParams {
    /// Parses a raw query string. Empty values are ignored (an empty select in a form). Returns
    /// every bad parameter at once.
    pub fn parse(
        query: &str,
        current_year: i32,
        strictness: Strictness,
    ) -> Result<Self, Vec<ParamError>> {
        let mut params = SearchParams::default();
        let mut errors = Vec::new();
        let mut seen_single = BTreeSet::new();
        let mut error = |parameter: &str, detail: String| {
            errors.push(ParamError {
                parameter: parameter.to_owned(),
                detail,
            })
        };
        fn vocabulary<V: Vocabulary>(
            set: &mut Set<V>,
            value: &str,
            error: &mut dyn FnMut(&str, String),
        ) {
            match V::parse(value) {
                Ok(v) => set.insert(v),
                Err(err) => error(V::NAME, err.to_string()),
            }
        }
        let year = |value: &str| -> Result<i32, String> {
            value
                .parse::<i64>()
                .map_err(|_| format!("\"{value}\" is not a year"))
                .and_then(|y| Year::parse(y, current_year).map(Year::get))
        };

        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            let single = matches!(
                key.as_ref(),
                "q" | "founded_from"
                    | "founded_to"
                    | "has_evaluation"
                    | "sort"
                    | "page"
                    | "per_page"
            );
            if single && !value.is_empty() && !seen_single.insert(key.to_string()) {
                error(&key, "is given more than once".into());
                continue;
            }
            if value.is_empty() && key != "q" {
                if !PARAMETERS.contains(&key.as_ref()) && strictness == Strictness::RejectUnknown {
                    error(&key, unknown_parameter(&key));
                }
                continue;
            }
            match key.as_ref() {
                "q" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        error("q", format!("is longer than {MAX_QUERY_CHARS} characters"));
                    } else {
                        params.q = value.to_owned();
                    }
                }
                "category" => vocabulary(&mut params.filters.categories, value, &mut error),
                "degree" => vocabulary(&mut params.filters.degrees, value, &mut error),
                "status" => vocabulary(&mut params.filters.statuses, value, &mut error),
                "activity" => vocabulary(&mut params.filters.activities, value, &mut error),
                "profile" => vocabulary(&mut params.filters.profiles, value, &mut error),
                "scope" => vocabulary(&mut params.filters.scopes, value, &mut error),
                "country" => match value.to_ascii_uppercase().parse::<CountryCode>() {
                    Ok(country) => {
                        params.filters.countries.insert(country);
                    }
                    Err(err) => error("country", err.to_string()),
                },
                "founded_from" => match year(value) {
                    Ok(y) => params.filters.founded_from = Some(y),
                    Err(detail) => error("founded_from", detail),
                },
                "founded_to" => match year(value) {
                    Ok(y) => params.filters.founded_to = Some(y),
                    Err(detail) => error("founded_to", detail),
                },
                "has_evaluation" => match value {
                    "true" | "1" | "yes" | "on" => params.filters.has_evaluation = Some(true),
                    "false" | "0" | "no" => params.filters.has_evaluation = Some(false),
                    _ => error(
                        "has_evaluation",
                        format!("\"{value}\" is not true or false"),
                    ),
                },
                "sort" => match Sort::ALL.iter().find(|s| s.as_str() == value) {
                    Some(sort) => params.sort = Some(*sort),
                    None => error(
                        "sort",
                        format!(
                            "unknown value \"{value}\"; expected one of: {}",
                            Sort::ALL.map(Sort::as_str).join(", ")
                        ),
                    ),
                },
                "page" => match value.parse::<u32>() {
                    Ok(page) if page >= 1 => params.page = page,
                    _ => error(
                        "page",
                        format!("\"{value}\" is not a page number (1 or more)"),
                    ),
                },
                "per_page" => match value.parse::<u32>() {
                    Ok(n) if (1..=MAX_PER_PAGE).contains(&n) => params.per_page = n,
                    _ => error(
                        "per_page",
                        format!("\"{value}\" is not a number from 1 to {MAX_PER_PAGE}"),
                    ),
                },
                // Chosen by the route, not the search; accepted so links can carry it.
                "format" => {}
                other => {
                    if strictness == Strictness::RejectUnknown {
                        error(other, unknown_parameter(other));
                    }
                }
            }
        }
        if let (Some(from), Some(to)) = (params.filters.founded_from, params.filters.founded_to)
            && from > to
        {
            error("founded_to", format!("{to} is before founded_from {from}"));
        }
        if errors.is_empty() {
            Ok(params)
        } else {
            Err(errors)
        }
    }

    /// The sort in effect: as asked, else relevance for a text search and name otherwise.
    /// Relevance without text means name.
    pub fn sort(&self) -> Sort {
        match (self.sort, self.has_text()) {
            (Some(Sort::Relevance), false) => Sort::Name,
            (Some(sort), _) => sort,
            (None, true) => Sort::Relevance,
            (None, false) => Sort::Name,
        }
    }

    pub fn has_text(&self) -> bool {
        !self.q.is_empty()
    }

    /// Whether any filter or text narrows the search.
    pub fn is_narrowed(&self) -> bool {
        self.has_text() || self.filters != Filters::default()
    }

    /// The canonical query pairs, defaults left out, values in vocabulary order.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let f = &self.filters;
        if self.has_text() {
            pairs.push(("q", self.q.clone()));
        }
        fn slugs<V: Vocabulary>(
            pairs: &mut Vec<(&'static str, String)>,
            name: &'static str,
            set: Set<V>,
        ) {
            pairs.extend(set.iter().map(|v| (name, v.slug().to_owned())));
        }
        slugs(&mut pairs, "category", f.categories);
        pairs.extend(f.countries.iter().map(|c| ("country", c.code().to_owned())));
        slugs(&mut pairs, "degree", f.degrees);
        slugs(&mut pairs, "status", f.statuses);
        slugs(&mut pairs, "activity", f.activities);
        slugs(&mut pairs, "profile", f.profiles);
        slugs(&mut pairs, "scope", f.scopes);
        if let Some(year) = f.founded_from {
            pairs.push(("founded_from", year.to_string()));
        }
        if let Some(year) = f.founded_to {
            pairs.push(("founded_to", year.to_string()));
        }
        if let Some(has) = f.has_evaluation {
            pairs.push(("has_evaluation", has.to_string()));
        }
        if let Some(sort) = self.sort {
            pairs.push(("sort", sort.as_str().to_owned()));
        }
        if self.page != 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if self.per_page != DEFAULT_PER_PAGE {
            pairs.push(("per_page", self.per_page.to_string()));
        }
        pairs
    }

    /// `?a=b&c=d`, or empty when every parameter is at its default.
    pub fn query_string(&self) -> String {
        let pairs = self.pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let mut serializer = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in pairs {
            serializer.append_pair(key, &value);
        }
        format!("?{}", serializer.finish())
    }

    pub fn with_page(&self, page: u32) -> Self {
        Self {
            page,
            ..self.clone()
        }
    }

    /// The same search with one filter changed, back on page 1.
    pub fn with_filters(&self, change: impl FnOnce(&mut Filters)) -> Self {
        let mut next = self.with_page(1);
        change(&mut next.filters);
        next
    }
}

fn unknown_parameter(name: &str) -> String {
    format!(
        "\"{name}\" is not a search parameter; known ones are: {}",
        PARAMETERS.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: i32 = 2026;

    fn parse(query: &str) -> Result<SearchParams, Vec<ParamError>> {
        SearchParams::parse(query, YEAR, Strictness::RejectUnknown)
    }

    fn bad(query: &str) -> Vec<String> {
        parse(query)
            .unwrap_err()
            .into_iter()
            .map(|e| e.parameter)
            .collect()
    }

    #[test]
    fn repeated_filters_collect_and_round_trip() {
        let params = parse(
            "country=dk&category=advocacy&q=%20peer%20&category=mutual_aid&founded_from=1990&page=2&sort=-founded",
        )
        .unwrap();
        assert_eq!(params.q, "peer");
        assert_eq!(params.filters.categories.iter().count(), 2);
        assert_eq!(params.page, 2);
        assert_eq!(params.sort(), Sort::FoundedDesc);
        assert_eq!(
            params.query_string(),
            "?q=peer&category=mutual_aid&category=advocacy&country=DK&founded_from=1990&sort=-founded&page=2"
        );
        assert_eq!(
            parse(&params.query_string()[1..]).unwrap(),
            params,
            "the canonical form parses back"
        );
    }

    #[test]
    fn every_bad_parameter_is_named() {
        assert_eq!(bad("category=foo"), ["category"]);
        assert_eq!(bad("page=0"), ["page"]);
        assert_eq!(bad("per_page=1000"), ["per_page"]);
        assert_eq!(bad("founded_from=abc"), ["founded_from"]);
        assert_eq!(bad("country=XX"), ["country"]);
        assert_eq!(bad("founded_from=2000&founded_to=1990"), ["founded_to"]);
        assert_eq!(bad("sort=random&page=1&page=2"), ["sort", "page"]);
        assert_eq!(bad("catgory=advocacy"), ["catgory"]);
        assert_eq!(bad(&format!("q={}", "a".repeat(201))), ["q"]);
    }

    #[test]
    fn pages_ignore_unknown_parameters_and_empty_values() {
        let params =
            SearchParams::parse("utm_source=x&category=&q=", YEAR, Strictness::IgnoreUnknown)
                .unwrap();
        assert_eq!(params, SearchParams::default());
        assert_eq!(params.query_string(), "");
    }

    #[test]
    fn the_default_sort_depends_on_text() {
        assert_eq!(parse("").unwrap().sort(), Sort::Name);
        assert_eq!(parse("q=x").unwrap().sort(), Sort::Relevance);
        assert_eq!(parse("sort=relevance").unwrap().sort(), Sort::Name);
    }
}
