//! The registry file: the human-readable JSON format of the seed, `import` and `export`.
//!
//! ```json
//! { "format": "userled-registry/1", "organisations": [ { "slug": "...", ... } ] }
//! ```
//!
//! Each record has the shape of [`Organisation`]. `export` writes records ordered by slug with every
//! key present, so export → import → export reproduces the file byte for byte. `import` checks the
//! whole file first and writes nothing unless every record is valid; then it upserts all records by
//! slug in one transaction.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::db::organisations::{self, Outcome, StoreError};
use crate::db::revisions::{Action, Change};
use crate::db::{self, Pool};
use crate::domain::{Organisation, OrganisationInput};

/// The format marker every registry file starts with.
pub const FORMAT: &str = "userled-registry/1";

/// The seed: every organisation named in the paper, loaded into an empty database.
pub const SEED: &str = include_str!("../data/organisations.json");

/// One problem in a registry file, located by the record's position (from 1) and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based position of the record in the file; `None` for a problem with the file itself.
    pub position: Option<usize>,
    pub name: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.position, &self.name) {
            (Some(position), Some(name)) => write!(f, "record {position} ({name:?}): ")?,
            (Some(position), None) => write!(f, "record {position}: ")?,
            (None, _) => f.write_str("file: ")?,
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file has {} problem(s); nothing was written", .0.len())]
    Invalid(Vec<Problem>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ImportError {
    fn from(err: sqlx::Error) -> Self {
        Self::Store(err.into())
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} record(s): {} created, {} updated, {} unchanged",
            self.created + self.updated + self.unchanged,
            self.created,
            self.updated,
            self.unchanged
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    format: String,
    organisations: Vec<serde_json::Value>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    organisations: &'a [Organisation],
}

/// Parses and validates a registry file against the registry's existing slugs (for relation
/// targets). Returns the valid records, or every problem found.
pub fn parse(
    text: &str,
    existing_slugs: &BTreeSet<String>,
    current_year: i32,
) -> Result<Vec<Organisation>, Vec<Problem>> {
    let file = read_file(text)?;
    let mut problems = Vec::new();
    let mut records: Vec<Record> = Vec::new();
    // Slug -> position of the first record that uses it.
    let mut positions: BTreeMap<String, usize> = BTreeMap::new();
    for (index, value) in file.organisations.into_iter().enumerate() {
        let position = index + 1;
        let name = value
            .get("name")
            .and_then(|n| n.as_str())
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(String::from);
        let report = |field: Option<String>, message: String| Problem {
            position: Some(position),
            name: name.clone(),
            field,
            message,
        };
        match read_record(value, current_year) {
            Err(errors) => problems.extend(errors.into_iter().map(|(f, m)| report(f, m))),
            Ok(org) => match positions.get(org.slug.as_str()) {
                Some(first) => problems.push(report(
                    Some("slug".into()),
                    format!("\"{}\" is already used by record {first}", org.slug),
                )),
                None => {
                    positions.insert(org.slug.to_string(), position);
                    records.push((position, name.clone(), org));
                }
            },
        }
    }
    problems.extend(missing_targets(&records, &positions, existing_slugs));
    problems.sort_by_key(|p| p.position);
    if problems.is_empty() {
        Ok(records.into_iter().map(|(_, _, org)| org).collect())
    } else {
        Err(problems)
    }
}

/// A valid record with its position in the file and its name as given.
type Record = (usize, Option<String>, Organisation);

/// The file's envelope, checked for its format.
fn read_file(text: &str) -> Result<FileIn, Vec<Problem>> {
    let file_problem = |message: String| {
        vec![Problem {
            position: None,
            name: None,
            field: None,
            message,
        }]
    };
    let file: FileIn = serde_json::from_str(text).map_err(|err| {
        file_problem(format!(
            "not a registry file ({err}); expected {{\"format\": \"{FORMAT}\", \"organisations\": [...]}}"
        ))
    })?;
    if file.format != FORMAT {
        return Err(file_problem(format!(
            "format \"{}\" is not supported; expected \"{FORMAT}\"",
            file.format
        )));
    }
    Ok(file)
}

/// One record read and validated, or its problems as (field, message).
fn read_record(
    value: serde_json::Value,
    current_year: i32,
) -> Result<Organisation, Vec<(Option<String>, String)>> {
    let input: OrganisationInput = serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        vec![((path != ".").then_some(path), err.into_inner().to_string())]
    })?;
    input.validate(current_year).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| (Some(e.field), e.message.to_string()))
            .collect()
    })
}

/// Relations whose target is neither in the file nor in the registry.
fn missing_targets(
    records: &[Record],
    positions: &BTreeMap<String, usize>,
    existing_slugs: &BTreeSet<String>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (position, name, org) in records {
        for (i, relation) in org.relations.iter().enumerate() {
            let target = relation.target.as_str();
            if !positions.contains_key(target) && !existing_slugs.contains(target) {
                problems.push(Problem {
                    position: Some(*position),
                    name: name.clone(),
                    field: Some(format!("relations[{i}].target")),
                    message: format!("no organisation \"{target}\" in the file or the registry"),
                });
            }
        }
    }
    problems
}

/// Validates the whole file, then upserts every record by slug in one transaction, which holds the
/// write lock from its start: server writes meanwhile wait up to their busy timeout. Writes
/// nothing if any record is invalid.
pub async fn import(
    pool: &Pool,
    text: &str,
    now: OffsetDateTime,
) -> Result<ImportReport, ImportError> {
    import_as(pool, text, now, "import").await
}

/// [`import`], recording `actor` ("import", "seed") in each changed record's history.
pub async fn import_as(
    pool: &Pool,
    text: &str,
    now: OffsetDateTime,
    actor: &str,
) -> Result<ImportReport, ImportError> {
    let change = Change::by_process(
        Action::Import,
        actor,
        if actor == "seed" {
            "Loaded from the seed"
        } else {
            "Imported from a registry file"
        },
    );
    // The file is checked outside any transaction, so the server keeps writing meanwhile; the
    // write phase then takes the write lock at once (a read transaction turned writer would fail
    // if the server wrote in between).
    let existing = {
        let mut conn = pool.acquire().await?;
        slug_set(&mut conn).await?
    };
    let mut records = parse(text, &existing, now.year()).map_err(ImportError::Invalid)?;
    let mut tx = db::begin_write(pool).await?;
    let stored = slug_set(&mut tx).await?;
    if !existing.is_subset(&stored) {
        // An organisation a relation may point at went away meanwhile: check again.
        records = parse(text, &stored, now.year()).map_err(ImportError::Invalid)?;
    }

    let mut report = ImportReport::default();
    let mut written = Vec::new();
    for org in &records {
        let (id, outcome, stored) = organisations::upsert(&mut tx, org, now, &change).await?;
        match outcome {
            Outcome::Created => report.created += 1,
            Outcome::Updated => report.updated += 1,
            Outcome::Unchanged => {
                report.unchanged += 1;
                continue;
            }
        }
        written.push((id, stored));
    }
    // Relations last, once every target of the batch exists.
    for (id, org) in &written {
        organisations::replace_relations(&mut tx, *id, org).await?;
    }
    tx.commit().await?;
    Ok(report)
}

async fn slug_set(conn: &mut sqlx::SqliteConnection) -> Result<BTreeSet<String>, sqlx::Error> {
    Ok(organisations::slugs(conn).await?.into_iter().collect())
}

/// The whole registry, every visibility included, as a registry file.
pub async fn export(pool: &Pool, current_year: i32) -> anyhow::Result<String> {
    let mut conn = pool.acquire().await?;
    let organisations = organisations::load_all(&mut conn, current_year).await?;
    Ok(to_file(&organisations)?)
}

/// Writes records as a registry file: two-space indentation, a final newline.
pub fn to_file(organisations: &[Organisation]) -> serde_json::Result<String> {
    let file = FileOut {
        format: FORMAT,
        organisations,
    };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}

/// Writes records as a registry file without indentation: the same records as [`to_file`], for
/// files too large to read comfortably.
pub fn write_compact(
    writer: impl std::io::Write,
    organisations: &[Organisation],
) -> serde_json::Result<()> {
    let file = FileOut {
        format: FORMAT,
        organisations,
    };
    serde_json::to_writer(writer, &file)
}

/// Loads the seed if the registry is empty; returns what it did, or `None` if there was data.
pub async fn seed_if_empty(
    pool: &Pool,
    now: OffsetDateTime,
) -> Result<Option<ImportReport>, ImportError> {
    let mut conn = pool.acquire().await?;
    if organisations::count(&mut conn).await? > 0 {
        return Ok(None);
    }
    drop(conn);
    import_as(pool, SEED, now, "seed").await.map(Some)
}
