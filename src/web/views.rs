//! What the pages, the API and the CSV show of an organisation, built in one place so they agree,
//! and the open-data terms every answer carries.

use serde::Serialize;

use crate::db::{self, organisations};
use crate::domain::vocabulary::{
    Category, RelationKind, Scope, Status, UserLedDegree, Visibility, Vocabulary,
};
use crate::domain::{CountryCode, Organisation, Slug};
use crate::error::AppError;
use crate::search::{Catalogue, Entry};

use super::AppState;

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

/// An organisation in a list, the API's items and the CSV's rows. For a discreet organisation
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
    pub has_evaluation: bool,
}

impl From<&Entry> for OrganisationSummary {
    fn from(entry: &Entry) -> Self {
        Self {
            slug: entry.slug.clone(),
            name: entry.name.clone(),
            url: entry.url(),
            visibility: entry.visibility,
            categories: entry.categories.iter().collect(),
            countries: entry.countries.clone(),
            city: entry.city.clone(),
            scope: entry.scope,
            founded_year: entry.founded_year,
            ended_year: entry.ended_year,
            status: entry.status,
            user_led_degree: entry.degree,
            website: entry.website.clone(),
            has_evaluation: entry.has_evaluation,
        }
    }
}

impl OrganisationSummary {
    pub const CSV_HEADER: [&'static str; 14] = [
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
        "has_evaluation",
    ];

    /// The CSV row, in [`Self::CSV_HEADER`] order; lists are joined with `;`.
    pub fn csv_row(&self) -> [String; 14] {
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
            self.has_evaluation.to_string(),
        ]
    }
}

/// A relation as shown on an organisation's page: to a visible organisation, in either direction.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RelatedOrganisation {
    pub kind: RelationKind,
    /// `outgoing`: this organisation `kind` the other; `incoming`: the other `kind` this one.
    pub direction: Direction,
    pub slug: Slug,
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Outgoing,
    Incoming,
}

impl RelatedOrganisation {
    /// How the relation reads from this organisation's side.
    pub fn phrase(&self) -> &'static str {
        match (self.kind, self.direction) {
            (RelationKind::MemberOf, Direction::Outgoing) => "Member of",
            (RelationKind::MemberOf, Direction::Incoming) => "Has member",
            (RelationKind::PartnerOf, _) => "Partner of",
            (RelationKind::FoundedBy, Direction::Outgoing) => "Founded by",
            (RelationKind::FoundedBy, Direction::Incoming) => "Founded",
            (RelationKind::SucceededBy, Direction::Outgoing) => "Succeeded by",
            (RelationKind::SucceededBy, Direction::Incoming) => "Succeeded",
        }
    }
}

/// Everything the public may know of one organisation.
#[derive(Debug, Clone)]
pub struct OrganisationDetail {
    pub entry: Entry,
    /// The full record; `None` for a discreet organisation.
    pub record: Option<Organisation>,
    pub related: Vec<RelatedOrganisation>,
}

/// Loads an organisation for public display. Unlisted and unknown organisations are the same 404.
pub async fn organisation_detail(
    state: &AppState,
    catalogue: &Catalogue,
    slug: &str,
) -> Result<OrganisationDetail, AppError> {
    let not_found = || {
        AppError::NotFound(format!(
            "There is no organisation \"{slug}\" in the registry."
        ))
    };
    let entry = catalogue.by_slug(slug).ok_or_else(not_found)?.clone();
    if entry.is_discreet() {
        return Ok(OrganisationDetail {
            entry,
            record: None,
            related: Vec::new(),
        });
    }
    let mut conn = state.pool.acquire().await?;
    let mut record = organisations::find_by_slug(&mut conn, &entry.slug, crate::now().year())
        .await?
        .ok_or_else(not_found)?;
    let related_to = |kind, direction, other: &Entry| RelatedOrganisation {
        kind,
        direction,
        slug: other.slug.clone(),
        name: other.name.clone(),
        url: other.url(),
    };
    // Relations to organisations the public may not see are left out, in both directions.
    record
        .relations
        .retain(|r| catalogue.by_slug(r.target.as_str()).is_some());
    let mut related: Vec<RelatedOrganisation> = record
        .relations
        .iter()
        .filter_map(|r| {
            catalogue
                .by_slug(r.target.as_str())
                .map(|other| related_to(r.kind, Direction::Outgoing, other))
        })
        .collect();
    for (source, kind) in db::catalogue::incoming_relations(&mut conn, entry.id).await? {
        if let (Some(other), Ok(kind)) = (catalogue.by_id(source), kind.parse()) {
            related.push(related_to(kind, Direction::Incoming, other));
        }
    }
    Ok(OrganisationDetail {
        entry,
        record: Some(record),
        related,
    })
}
