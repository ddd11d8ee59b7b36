//! Revision history: every change to a published organisation, with who made it, when, and the
//! record as it stood afterwards.

use std::collections::HashSet;

use serde::Serialize;
use sqlx::{FromRow, SqliteConnection};

use super::{id_list, insert_rows};

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

    pub fn label(self) -> &'static str {
        match self {
            Action::Baseline => "Earliest recorded state",
            Action::Import => "Imported",
            Action::Approval => "Approved contribution",
            Action::Edit => "Edited by a moderator",
            Action::Restore => "Restored",
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

/// Who changed a record and why, recorded with the revision.
#[derive(Debug, Clone)]
pub struct Change {
    pub action: Action,
    pub moderator_id: Option<i64>,
    /// A moderator's username, or the name of a process: "import", "seed".
    pub actor: String,
    pub summary: String,
    /// Whether events already stored are kept even if the new record omits them. True for
    /// imports and approvals, so history is never lost by accident; a moderator's own edit or
    /// restore sets the events exactly, and that change is itself recorded here.
    pub keep_events: bool,
}

impl Change {
    pub fn by_process(action: Action, actor: &str, summary: impl Into<String>) -> Self {
        Self {
            action,
            moderator_id: None,
            actor: actor.to_owned(),
            summary: summary.into(),
            keep_events: true,
        }
    }

    pub fn by_moderator(
        action: Action,
        moderator_id: i64,
        username: &str,
        summary: impl Into<String>,
    ) -> Self {
        Self {
            action,
            moderator_id: Some(moderator_id),
            actor: username.to_owned(),
            summary: summary.into(),
            keep_events: action == Action::Approval,
        }
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct RevisionRow {
    pub number: i64,
    pub created_at: String,
    pub action: String,
    pub actor: String,
    pub summary: String,
    pub record: String,
}

/// A stored revision, its record validated again.
#[derive(Debug, Clone)]
pub struct Revision {
    pub number: i64,
    pub created_at: String,
    pub action: Action,
    pub actor: String,
    pub summary: String,
    pub record: Organisation,
}

impl RevisionRow {
    fn into_revision(self, current_year: i32) -> Option<Revision> {
        let input: OrganisationInput = serde_json::from_str(&self.record).ok()?;
        Some(Revision {
            number: self.number,
            created_at: self.created_at,
            action: Action::parse(&self.action)?,
            actor: self.actor,
            summary: self.summary,
            record: input.validate(current_year).ok()?,
        })
    }
}

/// Appends a revision to each of `records` (row id and record as it stands after the change),
/// each organisation at most once, all made by `change` at `timestamp`.
pub async fn append_all(
    conn: &mut SqliteConnection,
    records: &[(i64, &Organisation)],
    change: &Change,
    timestamp: &str,
) -> Result<(), sqlx::Error> {
    let rows = records
        .iter()
        .map(|&(id, record)| {
            let json =
                serde_json::to_string(record).map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
            Ok((id, json))
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    insert_rows(
        conn,
        "revisions (organisation_id, number, created_at, action, moderator_id, actor, summary,
             record)",
        8,
        &rows,
        |row, (id, json)| {
            row.push_bind(*id)
                .push(
                    "(SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE organisation_id = ",
                )
                .push_bind_unseparated(*id)
                .push_unseparated(")")
                .push_bind(timestamp)
                .push_bind(change.action.as_str())
                .push_bind(change.moderator_id)
                .push_bind(change.actor.as_str())
                .push_bind(change.summary.as_str())
                .push_bind(json.as_str());
        },
    )
    .await
}

/// Those of the organisations `ids` that have no revision yet.
pub async fn without_revisions(
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

/// Every revision of organisation `id`, newest first. Revisions whose record no longer validates
/// are skipped.
pub async fn list(
    conn: &mut SqliteConnection,
    id: i64,
    current_year: i32,
) -> Result<Vec<Revision>, sqlx::Error> {
    let rows: Vec<RevisionRow> = sqlx::query_as(
        "SELECT number, created_at, action, actor, summary, record FROM revisions
         WHERE organisation_id = ? ORDER BY number DESC",
    )
    .bind(id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| row.into_revision(current_year))
        .collect())
}

pub async fn get(
    conn: &mut SqliteConnection,
    id: i64,
    number: i64,
    current_year: i32,
) -> Result<Option<Revision>, sqlx::Error> {
    let row: Option<RevisionRow> = sqlx::query_as(
        "SELECT number, created_at, action, actor, summary, record FROM revisions
         WHERE organisation_id = ? AND number = ?",
    )
    .bind(id)
    .bind(number)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|row| row.into_revision(current_year)))
}
