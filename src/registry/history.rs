//! An organisation's revisions, who may see what of them, and a moderator's restore of an earlier
//! one.

use super::accounts::Moderator;
use super::{Error, Registry, Result};
use crate::db::revisions::{self, Change};
use crate::db::{self, organisations};
use crate::domain::vocabulary::Visibility;
use crate::domain::{Organisation, Slug};
use crate::i18n::Message;

/// What kind of change a revision was, and why it was made, as the pages word them.
pub use crate::db::revisions::{Action, Summary};

/// One field that differs between two versions of a record. Values keep their codes
/// (vocabulary slugs, country codes, the parts of list items): the pages put them in words, in
/// their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The field's name in the record: `degree_note`, `categories`.
    pub field: String,
    pub before: FieldValue,
    pub after: FieldValue,
}

/// A field's value in a change, by shape.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum FieldValue {
    /// Not filled in.
    #[default]
    Empty,
    /// One value as stored: free text, a number, a date, or one vocabulary slug.
    Text(String),
    /// Several values, each a vocabulary slug or a country code, in the record's order.
    Codes(Vec<String>),
    /// The items of a list (other names, sources, events...), each as its parts in order:
    /// the part's name in the record (`url`, `source_url`) and its value.
    Items(Vec<Vec<(String, String)>>),
}

impl FieldValue {
    fn from_json(value: &serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => Self::Empty,
            Value::String(s) if s.is_empty() => Self::Empty,
            Value::Array(items) if items.is_empty() => Self::Empty,
            Value::Array(items) if items.iter().any(Value::is_object) => {
                Self::Items(items.iter().map(parts).collect())
            }
            Value::Array(items) => Self::Codes(items.iter().map(scalar_text).collect()),
            Value::Object(_) => Self::Items(vec![parts(value)]),
            other => Self::Text(scalar_text(other)),
        }
    }
}

/// A list item's filled-in parts, in the record's order.
fn parts(item: &serde_json::Value) -> Vec<(String, String)> {
    match item {
        serde_json::Value::Object(map) => map
            .iter()
            .filter(|(_, value)| !value.is_null())
            .map(|(part, value)| (part.clone(), scalar_text(value)))
            .collect(),
        other => vec![(String::new(), scalar_text(other))],
    }
}

/// A single JSON value as text: a string without its quotes, anything else as JSON writes it.
fn scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The fields that differ between two records, in the record's field order. `before` of `None`
/// means a new record: every field filled in is listed.
pub fn changes(before: Option<&Organisation>, after: &Organisation) -> Vec<FieldChange> {
    let to_map = |org: &Organisation| match serde_json::to_value(org) {
        Ok(serde_json::Value::Object(map)) => flatten_contact(map),
        _ => serde_json::Map::new(),
    };
    let after = to_map(after);
    let before = before.map(to_map).unwrap_or_default();
    after
        .iter()
        .map(|(field, value)| FieldChange {
            field: field.clone(),
            before: before
                .get(field)
                .map(FieldValue::from_json)
                .unwrap_or_default(),
            after: FieldValue::from_json(value),
        })
        .filter(|change| change.before != change.after)
        .collect()
}

/// The contact's parts as fields of their own (`contact.email`, `contact.links`...), in place of
/// `contact`, so that a change shows as the part that changed.
fn flatten_contact(
    map: serde_json::Map<String, serde_json::Value>,
) -> serde_json::Map<String, serde_json::Value> {
    let mut flat = serde_json::Map::new();
    for (field, value) in map {
        match (field.as_str(), value) {
            ("contact", serde_json::Value::Object(parts)) => {
                for (part, value) in parts {
                    flat.insert(format!("contact.{part}"), value);
                }
            }
            (_, value) => {
                flat.insert(field, value);
            }
        }
    }
    flat
}

/// One revision as a reader sees it.
#[derive(Debug, Clone)]
pub struct RevisionView {
    pub number: i64,
    /// When, to the minute: `2026-03-01 14:05`.
    pub created_at: String,
    pub action: Action,
    pub actor: String,
    pub summary: Summary,
    /// What this revision changed from the one before; empty where values are not shown.
    pub changes: Vec<FieldChange>,
    pub current: bool,
}

/// The history of one organisation, newest first.
#[derive(Debug, Clone)]
pub struct History {
    pub slug: Slug,
    pub name: String,
    pub revisions: Vec<RevisionView>,
    /// Whether values are shown: not for a discreet entry, unless to a moderator.
    pub show_values: bool,
}

/// The history of an organisation as `viewer` may see it: an unlisted organisation's only by a
/// moderator, a discreet one's without its values unless to a moderator.
pub async fn history(
    registry: &Registry,
    slug: &str,
    viewer: Option<&Moderator>,
) -> Result<History> {
    let not_found = || Error::NotFound(Message::new("error-no-organisation").with("slug", slug));
    let slug = Slug::parse(slug).map_err(|_| not_found())?;
    let year = registry.current_year();
    let mut conn = registry.pool.acquire().await?;
    let record = organisations::find_by_slug(&mut conn, &slug, year)
        .await?
        .ok_or_else(not_found)?;
    if record.visibility == Visibility::Unlisted && viewer.is_none() {
        return Err(not_found());
    }
    let show_values = record.visibility == Visibility::Listed || viewer.is_some();
    let id = organisations::id_by_slug(&mut conn, &slug)
        .await?
        .ok_or_else(not_found)?;
    let list = revisions::list(&mut conn, id, year).await?;
    let revisions = list
        .iter()
        .enumerate()
        .map(|(i, revision)| RevisionView {
            number: revision.number,
            created_at: minute(&revision.created_at),
            action: revision.action,
            actor: revision.actor.clone(),
            summary: revision.summary.clone(),
            changes: match show_values {
                true => changes(list.get(i + 1).map(|r| &r.record), &revision.record),
                false => Vec::new(),
            },
            current: i == 0,
        })
        .collect();
    Ok(History {
        slug: record.slug,
        name: record.name,
        revisions,
        show_values,
    })
}

/// A stored RFC 3339 time to the minute, as people read it.
pub(super) fn minute(timestamp: &str) -> String {
    timestamp.get(..16).unwrap_or_default().replace('T', " ")
}

/// Makes an earlier revision current again, as a new revision.
pub async fn restore(
    registry: &Registry,
    slug: &str,
    number: i64,
    moderator: &Moderator,
) -> Result<Slug> {
    let not_found = || {
        Error::NotFound(
            Message::new("error-no-revision")
                .with("slug", slug)
                .with("number", number.to_string()),
        )
    };
    let slug = Slug::parse(slug).map_err(|_| {
        Error::NotFound(Message::new("error-no-organisation-short").with("slug", slug))
    })?;
    let mut tx = db::begin_write(&registry.pool).await?;
    let id = organisations::id_by_slug(&mut tx, &slug)
        .await?
        .ok_or_else(not_found)?;
    let revision = revisions::get(&mut tx, id, number, registry.current_year())
        .await?
        .ok_or_else(not_found)?;
    let mut record = revision.record;
    record.slug = slug.clone();
    // Relations to organisations removed since are dropped rather than blocking the restore.
    let mut kept = Vec::new();
    for relation in record.relations {
        if organisations::id_by_slug(&mut tx, &relation.target)
            .await?
            .is_some()
        {
            kept.push(relation);
        }
    }
    record.relations = kept;
    let change = Change::by_moderator(
        Action::Restore,
        moderator.id,
        &moderator.username,
        Summary::Restore(number),
    );
    super::moderate::publish(&mut tx, &record, registry.now(), &change).await?;
    tx.commit().await?;
    Ok(slug)
}
