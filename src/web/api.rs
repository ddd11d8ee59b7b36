//! The JSON API under `/api/v1`, and its OpenAPI document. Every route is declared with
//! `utoipa_axum::routes!`, so the router and the document are built from the same list.

use std::sync::OnceLock;

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::{ApiError, AppError, Problem};
use super::extract::Path;
use super::security::ClientAddress;
use super::views::{self, DataTerms, OrganisationSummary};
use crate::domain::languages::LANGUAGES;
use crate::domain::submission::SubmissionInput;
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, ContactLinkKind, EventKind, MeetingMode, RelationKind, Scope,
    Status, UserLedDegree, UserProfile, Visibility, Vocabulary,
};
use crate::domain::{CountryCode, Organisation, Slug};
use crate::i18n::Lang;
use crate::registry::contribute::{self, Candidate, Contribution, Outcome, Target};
use crate::registry::detail::{self, RelatedOrganisation};
use crate::search::{FacetKind, Facets, SearchParams, Strictness, Understood};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "userled API",
        version = "1",
        description = "The registry of user-led drug organisations as open data. Every answer \
            carries the licence (CC BY 4.0), the attribution and the time of the registry's last \
            change. Errors are RFC 9457 problem documents (application/problem+json) that name \
            the parameter at fault.",
        license(name = "CC BY 4.0 (data)", url = "https://creativecommons.org/licenses/by/4.0/")
    ),
    tags(
        (name = "organisations", description = "Search, read and export organisations"),
        (name = "vocabulary", description = "The controlled vocabularies"),
        (name = "submissions", description = "Contributions, reviewed before publication"),
        (name = "statistics", description = "The registry in numbers"),
        (name = "meta", description = "This document")
    )
)]
struct ApiDoc;

/// The API routes and the OpenAPI document describing exactly them.
pub fn router() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut document) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(list_organisations))
        .routes(routes!(export_csv))
        .routes(routes!(get_organisation))
        .routes(routes!(vocabulary))
        .routes(routes!(statistics))
        .routes(routes!(create_submission))
        .routes(routes!(openapi_json))
        .split_for_parts();
    document.openapi = utoipa::openapi::OpenApiVersion::Version31;
    (router, document)
}

/// The OpenAPI document as served, built once, with the years accepted up to the year the
/// server started in.
pub fn document() -> &'static str {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let (_, document) = router();
        let current_year = crate::clock::Clock::System.now().year();
        serde_json::to_value(&document)
            .map(|document| super::openapi::complete(document, current_year))
            .and_then(|document| serde_json::to_string_pretty(&document))
            .unwrap_or_else(|err| {
                tracing::error!(%err, "cannot serialise the OpenAPI document");
                String::from("{}")
            })
    })
}

/// The language of the answer's labels, for the document.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct LangQuery {
    /// The language of labels and definitions: `en` (the default), `de`, `fr`, `es`, `it`, `pt`,
    /// `nl` or `pl`. Without it, the `Accept-Language` header chooses among these. Values (slugs
    /// and codes) are the same in every language.
    lang: Option<String>,
}

/// The search parameters, for the document; the handlers parse the raw query themselves so that
/// every bad parameter is reported by name.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct SearchQuery {
    /// Words to search for in names, aliases, descriptions, cities, activities and source titles;
    /// case- and accent-insensitive; the last word matches as a prefix. Never query syntax. Words
    /// that name a country (in the site's eight languages or its own), a category, an activity or
    /// a user profile (in any of the site's languages) become that filter; words that name a
    /// European city (`Köln`, `Cologne`, `Koeln`) stay text that matches any of the city's names.
    /// `understood` in the answer says which.
    q: Option<String>,
    /// Repeatable; values ORed.
    category: Option<Vec<Category>>,
    /// ISO 3166-1 alpha-2; repeatable.
    country: Option<Vec<String>>,
    /// Repeatable.
    degree: Option<Vec<UserLedDegree>>,
    /// Repeatable.
    status: Option<Vec<Status>>,
    /// Repeatable.
    activity: Option<Vec<Activity>>,
    /// Repeatable.
    profile: Option<Vec<UserProfile>>,
    /// Repeatable.
    scope: Option<Vec<Scope>>,
    /// How it meets people: `in_person`, `online`, `both`; repeatable. One that meets both ways
    /// answers `in_person` and `online` too.
    meets: Option<Vec<MeetingMode>>,
    /// Founded in or after this year.
    founded_from: Option<i32>,
    /// Founded in or before this year.
    founded_to: Option<i32>,
    /// Only organisations with (true) or without (false) a recorded evaluation.
    has_evaluation: Option<bool>,
    /// `relevance` (default with `q`), `name` (default without), `founded`, `-founded`, `updated`.
    sort: Option<String>,
    /// From 1.
    page: Option<u32>,
    /// 1 to 100; default 20.
    per_page: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationList {
    pub total: usize,
    pub page: u32,
    pub per_page: u32,
    pub items: Vec<OrganisationSummary>,
    /// Counts per value; each value's `label` is in the language asked for (`lang`).
    pub facets: Facets,
    /// Words of `q` that name a country (in any interface language or its own), a category, an
    /// activity or a user profile (in any interface language), and the filter each became; the
    /// rest of `q` stays text. Words that name a city are reported with `parameter` `city`: they
    /// stay in `q` and match any of the city's names.
    pub understood: Vec<Understood>,
    /// When nothing matches: `q` respelled with words the registry knows, which finds something
    /// with the same filters ("Did you mean …?").
    pub suggestion: Option<String>,
    pub links: Links,
    #[serde(flatten)]
    pub terms: DataTerms,
}

/// Links to this page of results and its neighbours, relative to the site.
#[derive(Debug, Serialize, ToSchema)]
pub struct Links {
    #[serde(rename = "self")]
    pub this: String,
    pub next: Option<String>,
    pub prev: Option<String>,
}

fn parse(state: &AppState, query: Option<String>) -> Result<SearchParams, AppError> {
    super::search_params(state, query, Strictness::Strict)
}

/// Search organisations, with facet counts.
#[utoipa::path(
    get,
    path = "/api/v1/organisations",
    tag = "organisations",
    params(SearchQuery, LangQuery),
    responses(
        (status = 200, description = "One page of matching organisations", body = OrganisationList),
        (status = 400, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_organisations(
    State(state): State<AppState>,
    lang: Lang,
    RawQuery(query): RawQuery,
) -> Result<Json<OrganisationList>, ApiError> {
    let asked_lang = query.as_deref().is_some_and(names_lang);
    let params = parse(&state, query)?;
    let mut results = state.registry.search(params).await?;
    localise_facets(&mut results.facets, lang);
    let link = |page: u32| {
        let query = results.params.with_page(page).query_string();
        // A language asked for in the address stays in the links.
        let lang = match (asked_lang, query.is_empty()) {
            (false, _) => String::new(),
            (true, true) => format!("?lang={lang}"),
            (true, false) => format!("&lang={lang}"),
        };
        format!("/api/v1/organisations{query}{lang}")
    };
    let page = results.params.page;
    Ok(Json(OrganisationList {
        total: results.total(),
        page,
        per_page: results.params.per_page,
        items: results.page().map(OrganisationSummary::from).collect(),
        links: Links {
            this: link(page),
            next: results.has_next().then(|| link(page + 1)),
            prev: results
                .has_prev()
                .then(|| link(page.min(results.page_count() + 1) - 1)),
        },
        terms: DataTerms::new(&results.catalogue),
        understood: results.understood,
        suggestion: results.suggestion,
        facets: results.facets,
    }))
}

/// Whether a query string has a `lang` parameter.
fn names_lang(query: &str) -> bool {
    url::form_urlencoded::parse(query.as_bytes()).any(|(key, _)| key == "lang")
}

/// Facet values labelled in `lang`; countries and activities, listed by count, ordered by their
/// names in `lang` among equal counts (in English, as the search orders them).
fn localise_facets(facets: &mut Facets, lang: Lang) {
    fn term<V: Vocabulary>(value: &str, lang: Lang) -> Option<String> {
        V::parse(value).ok().map(|v| v.label_in(lang))
    }
    let label = |kind: FacetKind, value: &str| match kind {
        FacetKind::Category => term::<Category>(value, lang),
        FacetKind::Country => value
            .parse::<CountryCode>()
            .ok()
            .map(|c| c.name_in(lang).to_owned()),
        FacetKind::Degree => term::<UserLedDegree>(value, lang),
        FacetKind::Status => term::<Status>(value, lang),
        FacetKind::Activity => term::<Activity>(value, lang),
        FacetKind::Scope => term::<Scope>(value, lang),
        FacetKind::Profile => term::<UserProfile>(value, lang),
        FacetKind::Meets => term::<MeetingMode>(value, lang),
        // The decade's years as text: a year takes no digit grouping.
        FacetKind::Decade => value
            .parse::<i32>()
            .ok()
            .filter(|_| lang.has("facet-decade-value"))
            .map(|start| {
                lang.ta2(
                    "facet-decade-value",
                    ("decade", start.to_string()),
                    ("end", (start + 9).to_string()),
                )
            }),
    };
    for kind in FacetKind::ALL {
        let values = facets.get_mut(kind);
        for value in values.iter_mut() {
            if let Some(label) = label(kind, &value.value) {
                value.label = label;
            }
        }
        if lang != Lang::En && matches!(kind, FacetKind::Country | FacetKind::Activity) {
            values.sort_by_cached_key(|v| {
                let collation = deunicode::deunicode(&v.label).to_lowercase();
                (std::cmp::Reverse(v.count), collation)
            });
        }
    }
}

/// Every matching organisation as CSV: one header line, then one row each (not one page). Lists
/// are joined with `;`. A cell that a spreadsheet would read as a formula is prefixed with `'`.
#[utoipa::path(
    get,
    path = "/api/v1/organisations.csv",
    tag = "organisations",
    params(SearchQuery),
    responses(
        (status = 200, description = "Matching organisations", content_type = "text/csv", body = String,
            headers(("Link" = String, description = "The licence, rel=\"license\""),
                    ("Last-Modified" = String, description = "When the registry last changed"))),
        (status = 400, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json")
    )
)]
async fn export_csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let params = parse(&state, query)?;
    let results = state.registry.search(params).await?;
    let contacts = detail::listed_contacts(&state.registry).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |err: csv::Error| AppError::Internal(err.into());
    writer
        .write_record(OrganisationSummary::CSV_HEADER)
        .map_err(csv_error)?;
    for entry in results.all() {
        let row = OrganisationSummary::from(entry).csv_row(contacts.get(&entry.id));
        writer
            .write_record(row.iter().map(|cell| defuse_formula(cell).into_owned()))
            .map_err(csv_error)?;
    }
    let body = writer
        .into_inner()
        .map_err(|err| AppError::Internal(anyhow::anyhow!("{err}")))?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"userled-organisations.csv\""),
    );
    headers.insert(
        "x-attribution",
        HeaderValue::from_static(views::ATTRIBUTION),
    );
    if let Ok(value) = HeaderValue::from_str(&results.catalogue.changed_at) {
        headers.insert("x-last-changed", value);
    }
    Ok(response)
}

/// Spreadsheets run cells that start with these as formulas; a leading `'` keeps them text.
fn defuse_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The full record of an organisation, as `import` and `export` write it, with its page and
/// timestamps; for a discreet organisation only its name, categories and countries.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum OrganisationRecord {
    Full(Box<FullRecord>),
    Discreet(DiscreetRecord),
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FullRecord {
    #[serde(flatten)]
    pub record: Organisation,
    pub url: String,
    pub created_at: String,
    pub updated_at: String,
    /// Relations in both directions, to organisations the public may see.
    pub related: Vec<RelatedOrganisation>,
    #[serde(flatten)]
    pub terms: DataTerms,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DiscreetRecord {
    pub slug: Slug,
    pub name: String,
    pub categories: Vec<Category>,
    pub countries: Vec<CountryCode>,
    /// Always `discreet`.
    pub visibility: Visibility,
    pub url: String,
    #[serde(flatten)]
    pub terms: DataTerms,
}

/// One organisation.
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{slug}",
    tag = "organisations",
    params(("slug" = String, Path, description = "The organisation's slug", example = "brugerforeningen")),
    responses(
        (status = 200, description = "The organisation", body = OrganisationRecord),
        (status = 404, description = "No such organisation", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_organisation(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<OrganisationRecord>, ApiError> {
    let detail = detail::detail(&state.registry, &slug).await?;
    let terms = DataTerms::new(&detail.catalogue);
    let entry = detail.entry;
    Ok(Json(match detail.record {
        Some(record) => OrganisationRecord::Full(Box::new(FullRecord {
            record,
            url: entry.url(),
            created_at: entry.created_at().to_owned(),
            updated_at: entry.updated_at().to_owned(),
            related: detail.related,
            terms,
        })),
        None => OrganisationRecord::Discreet(DiscreetRecord {
            url: entry.url(),
            name: entry.name().to_owned(),
            slug: entry.to_slug(),
            categories: entry.categories.iter().collect(),
            countries: entry.countries,
            visibility: entry.visibility,
            terms,
        }),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Term {
    /// The slug, the same in every language.
    pub value: &'static str,
    /// In the language asked for.
    pub label: String,
    /// In the language asked for.
    pub definition: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Country {
    /// The ISO 3166-1 alpha-2 code.
    pub value: &'static str,
    /// The country's name in the language asked for, from Unicode CLDR.
    pub label: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WorkingLanguage {
    /// The ISO 639 code.
    pub value: &'static str,
    /// The language's name in itself, the same whatever language is asked for.
    pub label: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VocabularyList {
    pub category: Vec<Term>,
    pub degree: Vec<Term>,
    pub status: Vec<Term>,
    pub scope: Vec<Term>,
    pub profile: Vec<Term>,
    pub activity: Vec<Term>,
    pub visibility: Vec<Term>,
    pub event_kind: Vec<Term>,
    pub relation_kind: Vec<Term>,
    pub alias_kind: Vec<Term>,
    pub meets: Vec<Term>,
    pub contact_link_kind: Vec<Term>,
    /// The languages an organisation can say it works in, each named in itself.
    pub working_language: Vec<WorkingLanguage>,
    /// Every assigned ISO 3166-1 alpha-2 code.
    pub country: Vec<Country>,
    #[serde(flatten)]
    pub terms: DataTerms,
}

fn terms<V: Vocabulary>(lang: Lang) -> Vec<Term> {
    V::ALL
        .iter()
        .map(|v| Term {
            value: v.slug(),
            label: v.label_in(lang),
            definition: v.definition_in(lang),
        })
        .collect()
}

/// Every vocabulary value, with its label and definition in the language asked for.
#[utoipa::path(
    get,
    path = "/api/v1/vocabulary",
    tag = "vocabulary",
    params(LangQuery),
    responses((status = 200, description = "The vocabularies", body = VocabularyList))
)]
async fn vocabulary(
    State(state): State<AppState>,
    lang: Lang,
) -> Result<Json<VocabularyList>, ApiError> {
    let catalogue = state.registry.catalogue().await?;
    Ok(Json(VocabularyList {
        category: terms::<Category>(lang),
        degree: terms::<UserLedDegree>(lang),
        status: terms::<Status>(lang),
        scope: terms::<Scope>(lang),
        profile: terms::<UserProfile>(lang),
        activity: terms::<Activity>(lang),
        visibility: terms::<Visibility>(lang),
        event_kind: terms::<EventKind>(lang),
        relation_kind: terms::<RelationKind>(lang),
        alias_kind: terms::<AliasKind>(lang),
        meets: terms::<MeetingMode>(lang),
        contact_link_kind: terms::<ContactLinkKind>(lang),
        working_language: LANGUAGES
            .iter()
            .map(|(value, label)| WorkingLanguage { value, label })
            .collect(),
        country: CountryCode::all()
            .map(|c| Country {
                value: c.code(),
                label: c.name_in(lang),
            })
            .collect(),
        terms: DataTerms::new(&catalogue),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatisticsAnswer {
    #[serde(flatten)]
    pub statistics: crate::statistics::Statistics,
    #[serde(flatten)]
    pub terms: DataTerms,
}

/// Counts per category, user-led degree, founding decade and country: the numbers of the
/// statistics page. Unlike every other answer these count unlisted organisations too.
#[utoipa::path(
    get,
    path = "/api/v1/statistics",
    tag = "statistics",
    responses((status = 200, description = "The registry in numbers", body = StatisticsAnswer))
)]
async fn statistics(State(state): State<AppState>) -> Result<Json<StatisticsAnswer>, ApiError> {
    let statistics = (*state.registry.statistics().await?).clone();
    let catalogue = state.registry.catalogue().await?;
    Ok(Json(StatisticsAnswer {
        statistics,
        terms: DataTerms::new(&catalogue),
    }))
}

/// The answer to an accepted submission.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionReceipt {
    /// Quote it to ask about the submission; `/submit/received/{reference}` shows its status.
    pub reference: String,
    /// Always `pending`: every submission is reviewed before it is published.
    pub status: &'static str,
    /// Listed organisations whose names resemble the submitted one.
    pub possible_duplicates: Vec<Candidate>,
}

/// The body of a submission: the fields of the full record that
/// `GET /api/v1/organisations/{slug}` returns (read-only fields such as `url` and the timestamps
/// are accepted and ignored), plus `contact_email`. A body with a `slug` is a correction to that
/// organisation and needs a `note`.
#[derive(Debug, ToSchema)]
#[allow(dead_code)]
struct SubmissionBody {
    /// The organisation this corrects; leave out for a new organisation.
    slug: Option<Slug>,
    /// Required for a correction: what changed and how the submitter knows.
    note: Option<String>,
    /// Only for the moderators' questions; never shown, erased once the submission is decided.
    contact_email: Option<String>,
    #[serde(flatten)]
    record: Organisation,
}

/// Propose a new organisation or a correction, for review by a moderator.
#[utoipa::path(
    post,
    path = "/api/v1/submissions",
    tag = "submissions",
    request_body(content = SubmissionBody, content_type = "application/json"),
    responses(
        (status = 202, description = "Accepted for review", body = SubmissionReceipt,
            headers(("Location" = String, description = "The page showing the submission's status"))),
        (status = 415, description = "The body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many submissions from this address", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again"))),
        (status = 503, description = "The database stayed busy with other writes; nothing was stored", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait before trying again")))
    )
)]
async fn create_submission(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let contribution = Contribution {
        input: json_submission(&headers, &body)?,
        target: Target::NamedInRecord,
        reading_errors: Vec::new(),
        despite_duplicates: true,
    };
    let receipt = match contribute::contribute(&state.registry, &address, contribution).await? {
        Outcome::Received {
            reference,
            duplicates,
        } => SubmissionReceipt {
            reference,
            status: "pending",
            possible_duplicates: duplicates,
        },
        // Stored whatever it resembles: the receipt names the likely duplicates instead.
        Outcome::LikelyDuplicate(_) => {
            let bug = anyhow::anyhow!("an API submission was held back as a duplicate");
            return Err(AppError::Internal(bug).into());
        }
    };
    let location = format!("/submit/received/{}", receipt.reference);
    let mut response = (axum::http::StatusCode::ACCEPTED, Json(receipt)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    Ok(response)
}

/// A submission's JSON body; a body of another type is refused, as a cross-site form would send.
fn json_submission(
    headers: &axum::http::HeaderMap,
    body: &[u8],
) -> Result<SubmissionInput, AppError> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim() == "application/json");
    if !is_json {
        let message = crate::i18n::Message::new("error-json-only");
        return Err(AppError::UnsupportedMediaType(message));
    }
    SubmissionInput::from_json(body).map_err(|error| AppError::Unprocessable(vec![error]))
}

/// This OpenAPI 3.1 document.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json", body = Object))
)]
async fn openapi_json() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        document(),
    )
        .into_response()
}
