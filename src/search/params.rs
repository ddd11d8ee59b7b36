//! Search parameters: parsed from a query string with an error per bad parameter, and written
//! back to canonical query strings for links.

use std::collections::BTreeSet;

use crate::domain::vocabulary::{
    Activity, Category, MeetingMode, Scope, Set, Status, UserLedDegree, UserProfile, Vocabulary,
};
use crate::domain::{CountryCode, Year};
use crate::i18n::Message;

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
    /// How it meets; one that meets both ways answers `in_person` and `online` too.
    pub meets: Set<MeetingMode>,
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

/// One bad parameter: its name, which is the same in every language, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    pub parameter: String,
    pub detail: Message,
}

/// How a query string is read. The API is `Strict`: a parameter it does not know is an error (a
/// typo never passes silently), and so is an empty value (leave the parameter out instead).
/// Pages are `Lenient`: links from elsewhere may carry extra parameters, which are ignored, and
/// an empty value is an empty select of a form: nothing chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    Strict,
    Lenient,
}

/// One parameter a search understands: how its values are read, and written back for links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Parameter {
    Text,
    Category,
    Country,
    Degree,
    Status,
    Activity,
    Profile,
    Scope,
    Meets,
    FoundedFrom,
    FoundedTo,
    HasEvaluation,
    Sort,
    Page,
    PerPage,
    Format,
}

/// Every parameter by name, in canonical order: the one list that parsing, links and the
/// unknown-parameter message all read.
const TABLE: [(&str, Parameter); 16] = [
    ("q", Parameter::Text),
    ("category", Parameter::Category),
    ("country", Parameter::Country),
    ("degree", Parameter::Degree),
    ("status", Parameter::Status),
    ("activity", Parameter::Activity),
    ("profile", Parameter::Profile),
    ("scope", Parameter::Scope),
    ("meets", Parameter::Meets),
    ("founded_from", Parameter::FoundedFrom),
    ("founded_to", Parameter::FoundedTo),
    ("has_evaluation", Parameter::HasEvaluation),
    ("sort", Parameter::Sort),
    ("page", Parameter::Page),
    ("per_page", Parameter::PerPage),
    ("format", Parameter::Format),
];

/// The parameter that chooses the language of the API's messages, read by the web layer; a
/// search accepts it and ignores it.
pub const LANGUAGE_PARAMETER: &str = "lang";

/// The parameter names a search understands, in canonical order.
pub const PARAMETERS: [&str; 16] = {
    let mut names = [""; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        names[i] = TABLE[i].0;
        i += 1;
    }
    names
};

impl SearchParams {
    /// Parses a raw query string. Empty values are ignored (an empty select in a form); values
    /// are read as sent, only the search text is trimmed. Returns every bad parameter at once.
    pub fn parse(
        query: &str,
        current_year: i32,
        strictness: Strictness,
    ) -> Result<Self, Vec<ParamError>> {
        let mut params = SearchParams::default();
        let mut errors = Vec::new();
        let mut seen = BTreeSet::new();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            if let Err(detail) = params.read_pair(&key, &value, &mut seen, current_year, strictness)
            {
                errors.push(ParamError {
                    parameter: key.into_owned(),
                    detail,
                });
            }
        }
        // A range given backwards ("from 2000 to 1990") means the years between the two.
        let f = &mut params.filters;
        if let (Some(from), Some(to)) = (f.founded_from, f.founded_to)
            && from > to
        {
            (f.founded_from, f.founded_to) = (Some(to), Some(from));
        }
        if errors.is_empty() {
            Ok(params)
        } else {
            Err(errors)
        }
    }

    /// Reads one `key=value` pair of a query. `seen` holds the single-valued parameters already
    /// given a value.
    fn read_pair(
        &mut self,
        key: &str,
        value: &str,
        seen: &mut BTreeSet<Parameter>,
        current_year: i32,
        strictness: Strictness,
    ) -> Result<(), Message> {
        let Some(parameter) = Parameter::named(key) else {
            // The language of the answer's messages is the web layer's (`?lang=` in the API);
            // every search accepts it and leaves it alone.
            if key == LANGUAGE_PARAMETER {
                return Ok(());
            }
            return match strictness {
                Strictness::Strict => Err(unknown_parameter(key)),
                Strictness::Lenient => Ok(()),
            };
        };
        if parameter.is_single() && !value.is_empty() && !seen.insert(parameter) {
            return Err(Message::new("param-repeated"));
        }
        // An empty `q` is no text, in either strictness.
        if value.is_empty() && parameter != Parameter::Text {
            return match strictness {
                Strictness::Strict => Err(Message::new("param-empty")),
                Strictness::Lenient => Ok(()),
            };
        }
        parameter.read(value, self, current_year)
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
        TABLE
            .iter()
            .flat_map(|&(name, parameter)| {
                parameter
                    .values(self)
                    .into_iter()
                    .map(move |value| (name, value))
            })
            .collect()
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

fn unknown_parameter(name: &str) -> Message {
    Message::new("param-unknown")
        .with("name", name)
        .with("known", PARAMETERS.join(", "))
}

impl Parameter {
    fn named(name: &str) -> Option<Self> {
        TABLE
            .iter()
            .find(|(known, _)| *known == name)
            .map(|&(_, parameter)| parameter)
    }

    /// Whether the parameter holds one value, so that a second one is a mistake rather than
    /// another choice to OR in.
    fn is_single(self) -> bool {
        use Parameter::*;
        matches!(
            self,
            Text | FoundedFrom | FoundedTo | HasEvaluation | Sort | Page | PerPage
        )
    }

    /// Reads one value into `params`; the error's detail if it is not valid.
    fn read(
        self,
        value: &str,
        params: &mut SearchParams,
        current_year: i32,
    ) -> Result<(), Message> {
        let f = &mut params.filters;
        match self {
            Parameter::Text => params.q = text(value)?.trim().to_owned(),
            Parameter::Category => f.categories.insert(vocabulary(value)?),
            Parameter::Degree => f.degrees.insert(vocabulary(value)?),
            Parameter::Status => f.statuses.insert(vocabulary(value)?),
            Parameter::Activity => f.activities.insert(vocabulary(value)?),
            Parameter::Profile => f.profiles.insert(vocabulary(value)?),
            Parameter::Scope => f.scopes.insert(vocabulary(value)?),
            Parameter::Meets => f.meets.insert(vocabulary(value)?),
            Parameter::Country => {
                f.countries.insert(country(value)?);
            }
            Parameter::FoundedFrom => f.founded_from = Some(year(value, current_year)?),
            Parameter::FoundedTo => f.founded_to = Some(year(value, current_year)?),
            Parameter::HasEvaluation => f.has_evaluation = Some(boolean(value)?),
            Parameter::Sort => params.sort = Some(sort(value)?),
            Parameter::Page => params.page = page(value)?,
            Parameter::PerPage => params.per_page = per_page(value)?,
            // Chosen by the route, not the search; accepted so links can carry it.
            Parameter::Format => {}
        }
        Ok(())
    }

    /// The parameter's values in the canonical query of `params`: none when at its default,
    /// set values in vocabulary order.
    fn values(self, params: &SearchParams) -> Vec<String> {
        fn slugs<V: Vocabulary>(set: Set<V>) -> Vec<String> {
            set.iter().map(|v| v.slug().to_owned()).collect()
        }
        let f = &params.filters;
        let one = |value: Option<String>| value.into_iter().collect();
        match self {
            Parameter::Text => one(params.has_text().then(|| params.q.clone())),
            Parameter::Category => slugs(f.categories),
            Parameter::Country => f.countries.iter().map(|c| c.code().to_owned()).collect(),
            Parameter::Degree => slugs(f.degrees),
            Parameter::Status => slugs(f.statuses),
            Parameter::Activity => slugs(f.activities),
            Parameter::Profile => slugs(f.profiles),
            Parameter::Scope => slugs(f.scopes),
            Parameter::Meets => slugs(f.meets),
            Parameter::FoundedFrom => one(f.founded_from.map(|y| y.to_string())),
            Parameter::FoundedTo => one(f.founded_to.map(|y| y.to_string())),
            Parameter::HasEvaluation => one(f.has_evaluation.map(|has| has.to_string())),
            Parameter::Sort => one(params.sort.map(|sort| sort.as_str().to_owned())),
            Parameter::Page => one((params.page != 1).then(|| params.page.to_string())),
            Parameter::PerPage => {
                one((params.per_page != DEFAULT_PER_PAGE).then(|| params.per_page.to_string()))
            }
            Parameter::Format => Vec::new(),
        }
    }
}

fn text(value: &str) -> Result<String, Message> {
    if value.chars().count() > MAX_QUERY_CHARS {
        Err(Message::new("param-too-long").with("max", MAX_QUERY_CHARS))
    } else {
        Ok(value.to_owned())
    }
}

fn vocabulary<V: Vocabulary>(value: &str) -> Result<V, Message> {
    V::parse(value).map_err(|err| err.message())
}

/// A country code in capitals, as ISO writes it, or in small letters, as addresses often do.
fn country(value: &str) -> Result<CountryCode, Message> {
    let code = if value.bytes().all(|b| b.is_ascii_lowercase()) {
        value.to_ascii_uppercase()
    } else {
        value.to_owned()
    };
    code.parse::<CountryCode>().map_err(|err| err.message())
}

fn year(value: &str, current_year: i32) -> Result<i32, Message> {
    value
        .parse::<i64>()
        .map_err(|_| Message::new("param-not-year").with("value", value))
        .and_then(|y| Year::parse(y, current_year).map(Year::get))
}

fn boolean(value: &str) -> Result<bool, Message> {
    match value {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(Message::new("param-not-boolean").with("value", value)),
    }
}

fn sort(value: &str) -> Result<Sort, Message> {
    Sort::ALL
        .into_iter()
        .find(|s| s.as_str() == value)
        .ok_or_else(|| {
            Message::new("field-unknown-value")
                .with("value", value)
                .with("expected", Sort::ALL.map(Sort::as_str).join(", "))
        })
}

fn page(value: &str) -> Result<u32, Message> {
    value
        .parse::<u32>()
        .ok()
        .filter(|&page| page >= 1)
        .ok_or_else(|| Message::new("param-page").with("value", value))
}

fn per_page(value: &str) -> Result<u32, Message> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_PER_PAGE).contains(n))
        .ok_or_else(|| {
            Message::new("param-per-page")
                .with("value", value)
                .with("max", MAX_PER_PAGE)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: i32 = 2026;

    fn parse(query: &str) -> Result<SearchParams, Vec<ParamError>> {
        SearchParams::parse(query, YEAR, Strictness::Strict)
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
        assert_eq!(bad("page=%202"), ["page"]);
        assert_eq!(bad("country=De"), ["country"]);
        assert_eq!(bad("sort=random&page=1&page=2"), ["sort", "page"]);
        assert_eq!(bad("catgory=advocacy"), ["catgory"]);
        assert_eq!(bad(&format!("q={}", "a".repeat(201))), ["q"]);
        assert_eq!(bad("page=0&lang=fr"), ["page"], "lang is the web layer's");
    }

    #[test]
    fn an_empty_value_is_an_error_in_the_api_and_nothing_chosen_on_a_page() {
        assert_eq!(bad("category=&country=DK&page="), ["category", "page"]);
        assert!(parse("q=").is_ok(), "an empty q is no text");
        let lenient = SearchParams::parse("category=&page=", YEAR, Strictness::Lenient).unwrap();
        assert_eq!(lenient, SearchParams::default());
    }

    #[test]
    fn a_backwards_range_means_the_years_between() {
        let params = parse("founded_from=2000&founded_to=1990").unwrap();
        assert_eq!(params.filters.founded_from, Some(1990));
        assert_eq!(params.filters.founded_to, Some(2000));
        let long_blank = format!("q={}", "%20".repeat(201));
        assert_eq!(bad(&long_blank), ["q"], "the length is counted as sent");
    }

    #[test]
    fn problems_are_messages_in_any_language() {
        let errors = parse("page=0").unwrap_err();
        assert_eq!(
            errors[0].detail.to_string(),
            "\"0\" is not a page number (1 or more)"
        );
        assert_eq!(
            errors[0].detail.in_lang(crate::i18n::Lang::De),
            "„0“ ist keine Seitenzahl (1 oder mehr)"
        );
    }

    #[test]
    fn pages_ignore_unknown_parameters_and_empty_values() {
        let params =
            SearchParams::parse("utm_source=x&category=&q=", YEAR, Strictness::Lenient).unwrap();
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
