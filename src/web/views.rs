//! What the API and the CSV show of an organisation in a list, built in one place so they agree,
//! and the open-data terms every answer carries.

use serde::Serialize;

use crate::domain::vocabulary::{
    Category, MeetingMode, Scope, Status, UserLedDegree, Visibility, Vocabulary,
};
use crate::domain::{CountryCode, Day, Slug};
use crate::i18n::Lang;
use crate::registry::detail::ContactText;
use crate::search::{Catalogue, Entry};

pub const LICENCE_NAME: &str = "CC BY 4.0";
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";
pub const ATTRIBUTION: &str = "userled, the registry of user-led drug organisations, and its \
    contributors; first entries from Webster R. (2017), User-led interventions: an expanding \
    resource? (EMCDDA)";

/// The terms of the open data, carried by every API answer.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DataTerms {
    pub licence: Licence,
    pub attribution: &'static str,
    /// When the registry last changed (RFC 3339).
    pub last_changed: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Licence {
    pub name: &'static str,
    pub url: &'static str,
}

impl DataTerms {
    pub fn new(catalogue: &Catalogue) -> Self {
        Self {
            licence: Licence {
                name: LICENCE_NAME,
                url: LICENCE_URL,
            },
            attribution: ATTRIBUTION,
            last_changed: catalogue.changed_at.clone(),
        }
    }
}

/// An organisation in a list: the pages' result cards, the API's items and the CSV's rows. For a discreet organisation
/// everything but its name, categories and countries is empty.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrganisationSummary {
    pub slug: Slug,
    pub name: String,
    /// Its page on this site.
    pub url: String,
    pub visibility: Visibility,
    pub categories: Vec<Category>,
    pub countries: Vec<CountryCode>,
    pub city: Option<String>,
    pub scope: Option<Scope>,
    pub founded_year: Option<i32>,
    pub ended_year: Option<i32>,
    pub status: Option<Status>,
    pub user_led_degree: Option<UserLedDegree>,
    pub website: Option<String>,
    /// How it meets people.
    pub meets: Option<MeetingMode>,
    /// When the entry was last checked against the organisation.
    pub last_verified: Option<Day>,
    /// The year of its newest dated source.
    pub newest_source_year: Option<i32>,
    pub has_evaluation: bool,
    /// The description in one line, for the pages' result cards only: the API and the CSV
    /// leave it out (their readers have the record's full description).
    #[serde(skip)]
    pub summary: Option<String>,
}

impl From<&Entry> for OrganisationSummary {
    fn from(entry: &Entry) -> Self {
        Self {
            slug: entry.to_slug(),
            name: entry.name().to_owned(),
            url: entry.url(),
            visibility: entry.visibility,
            categories: entry.categories.iter().collect(),
            countries: entry.countries.clone(),
            city: entry.city().map(str::to_owned),
            scope: entry.scope,
            founded_year: entry.founded_year,
            ended_year: entry.ended_year,
            status: entry.status,
            user_led_degree: entry.degree,
            website: entry.website().map(str::to_owned),
            meets: entry.meets,
            last_verified: entry.last_verified,
            newest_source_year: entry.newest_source_year,
            has_evaluation: entry.has_evaluation,
            summary: entry.summary().map(str::to_owned),
        }
    }
}

impl OrganisationSummary {
    pub fn is_discreet(&self) -> bool {
        self.visibility == Visibility::Discreet
    }

    /// The countries' names in `lang`, for the pages' result cards.
    pub fn country_names_in(&self, lang: Lang) -> Vec<String> {
        self.countries
            .iter()
            .map(|c| c.name_in(lang).to_string())
            .collect()
    }

    pub const CSV_HEADER: [&'static str; 23] = [
        "slug",
        "name",
        "url",
        "visibility",
        "categories",
        "countries",
        "city",
        "scope",
        "founded_year",
        "ended_year",
        "status",
        "user_led_degree",
        "website",
        "email",
        "telephone",
        "address",
        "contact_links",
        "meets",
        "languages",
        "how_to_get_in_touch",
        "last_verified",
        "newest_source_year",
        "has_evaluation",
    ];

    /// The CSV row, in [`Self::CSV_HEADER`] order; lists are joined with `;` (contact links,
    /// whose addresses may hold `;`, with spaces). `contact` is the organisation's contact
    /// details, which only listed organisations show.
    pub fn csv_row(&self, contact: Option<&ContactText>) -> [String; 23] {
        let contact = contact.filter(|_| !self.is_discreet());
        let part = |get: fn(&ContactText) -> &Option<String>| {
            contact.and_then(|c| get(c).clone()).unwrap_or_default()
        };
        let join = |values: Vec<&str>| values.join(";");
        let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
        [
            self.slug.to_string(),
            self.name.clone(),
            self.url.clone(),
            self.visibility.slug().into(),
            join(self.categories.iter().map(|c| c.slug()).collect()),
            join(self.countries.iter().map(|c| c.code()).collect()),
            self.city.clone().unwrap_or_default(),
            self.scope.map(|s| s.slug().to_owned()).unwrap_or_default(),
            year(self.founded_year),
            year(self.ended_year),
            self.status.map(|s| s.slug().to_owned()).unwrap_or_default(),
            self.user_led_degree
                .map(|d| d.slug().to_owned())
                .unwrap_or_default(),
            self.website.clone().unwrap_or_default(),
            part(|c| &c.email),
            part(|c| &c.telephone),
            part(|c| &c.address),
            part(|c| &c.links),
            self.meets.map(|m| m.slug().to_owned()).unwrap_or_default(),
            part(|c| &c.languages),
            part(|c| &c.how_to_get_in_touch),
            self.last_verified
                .map(|d| d.to_string())
                .unwrap_or_default(),
            year(self.newest_source_year),
            self.has_evaluation.to_string(),
        ]
    }
}
