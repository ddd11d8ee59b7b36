//! Revision history: every change to a published organisation, with who made it, when, why, and
//! the record as it stood afterwards.
//!
//! The newest revision's record is the organisation as stored: it is read from there, not kept
//! twice. A revision keeps its own copy, compressed, from the moment a newer one supersedes it
//! ([`supersede`], called before the organisation changes). Revisions written before
//! `migrations/0010_compact_revisions.sql` keep the JSON they were written with.

use std::collections::HashSet;
use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use serde::Serialize;
use sqlx::query::QueryAs;
use sqlx::sqlite::SqliteArguments;
use sqlx::{Connection, FromRow, QueryBuilder, Sqlite, SqliteConnection};

use super::organisations::{self, StoreError};
use super::{MAX_PARAMETERS, id_list};
use crate::domain::{Organisation, OrganisationInput};

/// What kind of change made a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The record as it stood before its history was kept.
    Baseline,
    Import,
    Approval,
    Edit,
    Restore,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Baseline => "baseline",
            Action::Import => "import",
            Action::Approval => "approval",
            Action::Edit => "edit",
            Action::Restore => "restore",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        [
            Action::Baseline,
            Action::Import,
            Action::Approval,
            Action::Edit,
            Action::Restore,
        ]
        .into_iter()
        .find(|a| a.as_str() == value)
    }
}

/// Why a record changed: one of the registry's own summaries, which the history words in its
/// reader's language, or a moderator's own words, shown as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Summary {
    /// The record as it stood before its history was kept.
    Baseline,
    /// Loaded from the seed.
    Seed,
    /// Imported from a registry file.
    Import,
    /// A contribution approved, by its reference.
    Approval(String),
    /// An earlier revision made current again, by its number.
    Restore(i64),
    /// Edited by a moderator who gave no reason.
    Edit,
    /// A moderator's own words.
    Note(String),
}

impl Summary {
    /// In English, as the `summary` column holds it for whoever reads the table.
    pub fn text(&self) -> String {
        match self {
            Summary::Baseline => "The record as it stood before its history was kept".to_owned(),
            Summary::Seed => "Loaded from the seed".to_owned(),
            Summary::Import => "Imported from a registry file".to_owned(),
            Summary::Approval(reference) => format!("Approved contribution {reference}"),
            Summary::Restore(number) => format!("Restored revision {number}"),
            Summary::Edit => "Edited".to_owned(),
            Summary::Note(note) => note.clone(),
        }
    }

    /// The kind and its argument, as stored (see `migrations/0010_compact_revisions.sql`).
    fn kind(&self) -> (Option<&'static str>, Option<String>) {
        match self {
            Summary::Baseline => (Some("baseline"), None),
            Summary::Seed => (Some("seed"), None),
            Summary::Import => (Some("import"), None),
            Summary::Approval(reference) => (Some("approval"), Some(reference.clone())),
            Summary::Restore(number) => (Some("restore"), Some(number.to_string())),
            Summary::Edit => (Some("edit"), None),
            Summary::Note(_) => (None, None),
        }
    }

    /// A stored summary: its kind, the kind's argument, and its words. An unknown kind, or an
    /// argument that does not fit it, leaves the words as written.
    fn stored(kind: Option<&str>, argument: Option<String>, text: String) -> Summary {
        match (kind, argument) {
            (Some("baseline"), _) => Summary::Baseline,
            (Some("seed"), _) => Summary::Seed,
            (Some("import"), _) => Summary::Import,
            (Some("approval"), Some(reference)) => Summary::Approval(reference),
            (Some("restore"), Some(number)) => match number.parse() {
                Ok(number) => Summary::Restore(number),
                Err(_) => Summary::Note(text),
            },
            (Some("edit"), _) => Summary::Edit,
            _ => Summary::Note(text),
        }
    }
}

/// Who changed a record and why, recorded with the revision.
#[derive(Debug, Clone)]
pub struct Change {
    pub action: Action,
    pub moderator_id: Option<i64>,
    /// A moderator's username, or the name of a process: "import", "seed".
    pub actor: String,
    pub summary: Summary,
    /// Whether events already stored are kept even if the new record omits them. True for
    /// imports and approvals, so history is never lost by accident; a moderator's own edit or
    /// restore sets the events exactly, and that change is itself recorded here.
    pub keep_events: bool,
}

impl Change {
    pub fn by_process(action: Action, actor: &str, summary: Summary) -> Self {
        Self {
            action,
            moderator_id: None,
            actor: actor.to_owned(),
            summary,
            keep_events: true,
        }
    }

    pub fn by_moderator(
        action: Action,
        moderator_id: i64,
        username: &str,
        summary: Summary,
    ) -> Self {
        Self {
            action,
            moderator_id: Some(moderator_id),
            actor: username.to_owned(),
            summary,
            keep_events: action == Action::Approval,
        }
    }
}

#[derive(Debug, Clone, FromRow)]
struct RevisionRow {
    number: i64,
    created_at: String,
    action: String,
    actor: String,
    summary: String,
    summary_kind: Option<String>,
    summary_argument: Option<String>,
    /// JSON, in revisions written before they were kept compressed; else empty.
    record: String,
    record_deflated: Option<Vec<u8>>,
}

/// A stored revision, its record validated again.
#[derive(Debug, Clone)]
pub struct Revision {
    pub number: i64,
    pub created_at: String,
    pub action: Action,
    pub actor: String,
    pub summary: Summary,
    pub record: Organisation,
}

impl RevisionRow {
    /// Whether the revision keeps no record of its own: it is the newest, whose record is the
    /// organisation as stored.
    fn is_current(&self) -> bool {
        self.record.is_empty() && self.record_deflated.is_none()
    }

    /// The revision, with `current` (the organisation as stored, where it is still valid) as the
    /// record of the newest; `None` if its record no longer validates.
    fn into_revision(self, current: Option<&Organisation>, current_year: i32) -> Option<Revision> {
        let record = match (self.record.is_empty(), &self.record_deflated) {
            (false, _) => parse(&self.record, current_year)?,
            (true, Some(deflated)) => parse(&inflate(deflated)?, current_year)?,
            (true, None) => current?.clone(),
        };
        Some(Revision {
            number: self.number,
            created_at: self.created_at,
            action: Action::parse(&self.action)?,
            actor: self.actor,
            summary: Summary::stored(
                self.summary_kind.as_deref(),
                self.summary_argument,
                self.summary,
            ),
            record,
        })
    }
}

fn parse(json: &str, current_year: i32) -> Option<Organisation> {
    let input: OrganisationInput = serde_json::from_str(json).ok()?;
    input.validate(current_year).ok()
}

/// A record's JSON compressed with zlib: a record is about half as large, and the format is
/// the most common there is.
fn deflate(record: &Organisation) -> Result<Vec<u8>, sqlx::Error> {
    let json = serde_json::to_vec(record).map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(json.len() / 2), Compression::default());
    encoder
        .write_all(&json)
        .and_then(|()| encoder.finish())
        .map_err(|err| sqlx::Error::Encode(Box::new(err)))
}

fn inflate(deflated: &[u8]) -> Option<String> {
    let mut json = String::new();
    ZlibDecoder::new(deflated).read_to_string(&mut json).ok()?;
    Some(json)
}

/// Appends a revision to each of the organisations `ids`, each at most once, all made by
/// `change` at `timestamp`. Their records are the organisations as stored: call [`supersede`]
/// before changing an organisation that has revisions.
pub async fn append_all(
    conn: &mut SqliteConnection,
    ids: &[i64],
    change: &Change,
    timestamp: &str,
) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    let (kind, argument) = change.summary.kind();
    // One statement, whatever the number of revisions: the ids as one JSON array.
    sqlx::query(
        "INSERT INTO revisions (organisation_id, number, created_at, action, moderator_id, actor,
             summary, summary_kind, summary_argument, record)
         SELECT j.value,
                coalesce((SELECT max(number) FROM revisions r WHERE r.organisation_id = j.value),
                         0) + 1,
                ?2, ?3, ?4, ?5, ?6, ?7, ?8, ''
         FROM json_each(?1) j",
    )
    .bind(id_list(ids.iter().copied()))
    .bind(timestamp)
    .bind(change.action.as_str())
    .bind(change.moderator_id)
    .bind(&change.actor)
    .bind(change.summary.text())
    .bind(kind)
    .bind(argument)
    .execute(conn)
    .await?;
    Ok(())
}

/// Keeps the records of organisations about to change (`records`: row id and record as stored)
/// in their history: in the newest revision, which until now had the organisation as stored for
/// its record, or, for an organisation recorded before history was kept, in a first revision (a
/// baseline), so that the previous values of the change are not lost.
pub async fn supersede(
    conn: &mut SqliteConnection,
    records: &[(i64, &Organisation)],
    timestamp: &str,
) -> Result<(), sqlx::Error> {
    if records.is_empty() {
        return Ok(());
    }
    let without_history = without_revisions(conn, records.iter().map(|(id, _)| *id)).await?;
    let baselines: Vec<i64> = records
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| without_history.contains(id))
        .collect();
    let baseline = Change::by_process(Action::Baseline, "registry", Summary::Baseline);
    append_all(conn, &baselines, &baseline, timestamp).await?;
    let deflated = records
        .iter()
        .map(|(id, record)| Ok((*id, deflate(record)?)))
        .collect::<Result<Vec<(i64, Vec<u8>)>, sqlx::Error>>()?;
    // One statement for as many records as SQLite's limit on bound parameters allows: the pairs
    // of row id and record as a VALUES table, each matched through the (organisation_id, number)
    // index.
    for chunk in deflated.chunks(MAX_PARAMETERS / 2) {
        let mut update = QueryBuilder::<Sqlite>::new(
            "UPDATE revisions SET record_deflated = superseded.column2 FROM (",
        );
        update.push_values(chunk, |mut row, (id, record)| {
            row.push_bind(*id).push_bind(record.as_slice());
        });
        update.push(
            ") AS superseded
             WHERE revisions.organisation_id = superseded.column1
               AND revisions.record = '' AND revisions.record_deflated IS NULL",
        );
        update.build().persistent(false).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Those of the organisations `ids` that have no revision yet.
async fn without_revisions(
    conn: &mut SqliteConnection,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashSet<i64>, sqlx::Error> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT j.value FROM json_each(?) j
         WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.organisation_id = j.value)",
    )
    .bind(id_list(ids))
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().collect())
}

/// Reads revisions of organisation `id` and, if one of them is the newest that keeps no record
/// of its own, the organisation as stored, in one transaction so that the two agree.
async fn read(
    conn: &mut SqliteConnection,
    id: i64,
    query: QueryAs<'_, Sqlite, RevisionRow, SqliteArguments>,
    current_year: i32,
) -> Result<Vec<Revision>, sqlx::Error> {
    let mut tx = conn.begin().await?;
    let rows = query.fetch_all(&mut *tx).await?;
    let current = match rows.iter().any(RevisionRow::is_current) {
        false => None,
        true => match organisations::by_id(&mut tx, id, current_year).await {
            Ok(current) => current,
            Err(StoreError::Database(err)) => return Err(err),
            // Not valid any more: the revision is skipped, like any whose record is not.
            Err(_) => None,
        },
    };
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| row.into_revision(current.as_ref(), current_year))
        .collect())
}

/// Every revision of organisation `id`, newest first. Revisions whose record no longer validates
/// are skipped.
pub async fn list(
    conn: &mut SqliteConnection,
    id: i64,
    current_year: i32,
) -> Result<Vec<Revision>, sqlx::Error> {
    let query = sqlx::query_as(
        "SELECT number, created_at, action, actor, summary, summary_kind, summary_argument,
                record, record_deflated
         FROM revisions WHERE organisation_id = ? ORDER BY number DESC",
    )
    .bind(id);
    read(conn, id, query, current_year).await
}

pub async fn get(
    conn: &mut SqliteConnection,
    id: i64,
    number: i64,
    current_year: i32,
) -> Result<Option<Revision>, sqlx::Error> {
    let query = sqlx::query_as(
        "SELECT number, created_at, action, actor, summary, summary_kind, summary_argument,
                record, record_deflated
         FROM revisions WHERE organisation_id = ? AND number = ?",
    )
    .bind(id)
    .bind(number);
    Ok(read(conn, id, query, current_year).await?.pop())
}
