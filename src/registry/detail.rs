//! What the public may see of one organisation, for its page, the API and the correction form.
//! It starts from the catalogue, which holds only what the public may see: an unlisted
//! organisation is the same 404 as an unknown one, and a discreet one shows only its name,
//! categories and countries.

use std::sync::Arc;

use serde::Serialize;

use super::{Error, Registry, Result};
use crate::db::catalogue as stored;
use crate::db::organisations::{self, StoredPage};
use crate::domain::vocabulary::RelationKind;
use crate::domain::{Organisation, Slug};
use crate::i18n::Message;
use crate::search::{Catalogue, Entry};

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
    fn new(kind: RelationKind, direction: Direction, other: &Entry) -> Self {
        Self {
            kind,
            direction,
            slug: other.to_slug(),
            name: other.name().to_owned(),
            url: other.url(),
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
    /// The catalogue the entry is from: the registry as of the record's reading.
    pub catalogue: Arc<Catalogue>,
}

fn not_found(slug: &str) -> Error {
    Error::NotFound(Message::new("error-no-organisation").with("slug", slug))
}

/// Loads an organisation for public display. The record, the relations pointing at it and the
/// registry's version come in one statement; the catalogue at that version then says what the
/// public may see, so a request for a record asks the database once.
pub async fn detail(registry: &Registry, slug: &str) -> Result<OrganisationDetail> {
    let mut conn = registry.pool.acquire().await?;
    let stored = organisations::page_by_slug(&mut conn, slug, registry.current_year()).await?;
    drop(conn);
    let StoredPage {
        mut record,
        incoming,
        version,
    } = stored.ok_or_else(|| not_found(slug))?;
    let catalogue = registry.catalogue_at(version).await?;
    let entry = catalogue
        .by_slug(slug)
        .ok_or_else(|| not_found(slug))?
        .clone();
    if entry.is_discreet() {
        return Ok(OrganisationDetail {
            entry,
            record: None,
            related: Vec::new(),
            catalogue,
        });
    }
    // Relations to organisations the public may not see are left out, in both directions.
    record
        .relations
        .retain(|r| catalogue.by_slug(r.target.as_str()).is_some());
    let mut related: Vec<RelatedOrganisation> = record
        .relations
        .iter()
        .filter_map(|r| {
            let other = catalogue.by_slug(r.target.as_str())?;
            Some(RelatedOrganisation::new(r.kind, Direction::Outgoing, other))
        })
        .collect();
    for (source, kind) in incoming {
        if let (Some(other), Ok(kind)) = (catalogue.by_id(source), kind.parse()) {
            related.push(RelatedOrganisation::new(kind, Direction::Incoming, other));
        }
    }
    Ok(OrganisationDetail {
        entry,
        record: Some(record),
        related,
        catalogue,
    })
}

/// A published organisation the public may see in full, for the correction form. A discreet
/// entry's record is not shown, so it cannot be corrected through the form.
pub async fn correctable(registry: &Registry, slug: &str) -> Result<Organisation> {
    let detail = detail(registry, slug).await?;
    detail.record.ok_or_else(|| {
        Error::NotFound(Message::new("error-discreet-correction").with("slug", slug))
    })
}

pub use crate::db::catalogue::ContactText;

/// The contact details the public may see, by organisation id: those of listed organisations
/// only, for lists that show them (the CSV).
pub async fn listed_contacts(
    registry: &Registry,
) -> Result<std::collections::HashMap<i64, ContactText>> {
    let contacts = stored::listed_contacts(&registry.pool).await?;
    Ok(contacts.into_iter().map(|c| (c.id, c)).collect())
}
