//! The moderators' work: the queue, reviewing a submission, approving it (as sent or as the
//! moderator edited it), rejecting it with a reason, and editing a published entry. Every change
//! to a published organisation goes through `publish` inside one transaction and leaves a
//! revision.

use sqlx::SqliteConnection;
use time::OffsetDateTime;

use super::accounts::Moderator;
use super::history::{FieldChange, changes, minute};
use super::{Error, Registry, Result};
use crate::db::revisions::{Action, Change, Summary};
use crate::db::submissions::{self, SubmissionRow};
use crate::db::{self, organisations};
use crate::domain::organisation::limits;
use crate::domain::{FieldError, Organisation, OrganisationInput, Slug};
use crate::i18n::Message;

/// A submission as the queue lists it.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub reference: String,
    pub kind: String,
    pub name: String,
    pub target: Option<String>,
    /// When, to the minute.
    pub submitted_at: String,
    pub duplicates: Vec<String>,
    pub status: String,
    pub decided_by: Option<String>,
    pub decision_reason: Option<String>,
}

impl From<&SubmissionRow> for QueueItem {
    fn from(row: &SubmissionRow) -> Self {
        let name = serde_json::from_str::<serde_json::Value>(&row.record)
            .ok()
            .and_then(|v| v["name"].as_str().map(str::to_owned))
            .unwrap_or_default();
        Self {
            reference: row.reference.clone(),
            kind: row.kind.clone(),
            name,
            target: row.target_slug.clone(),
            submitted_at: minute(&row.submitted_at),
            duplicates: serde_json::from_str(&row.duplicates).unwrap_or_default(),
            status: row.status.clone(),
            decided_by: row.decided_by.clone(),
            decision_reason: row.decision_reason.clone(),
        }
    }
}

/// The queue: what waits, oldest first, and the twenty latest decisions.
pub struct Queue {
    pub pending: Vec<QueueItem>,
    pub decided: Vec<QueueItem>,
}

pub async fn queue(registry: &Registry) -> Result<Queue> {
    let mut conn = registry.pool.acquire().await?;
    let pending = submissions::pending(&mut conn).await?;
    let decided = submissions::decided(&mut conn, 20).await?;
    Ok(Queue {
        pending: pending.iter().map(QueueItem::from).collect(),
        decided: decided.iter().map(QueueItem::from).collect(),
    })
}

/// A submission as a moderator reviews it.
#[derive(Debug, Clone)]
pub struct Review {
    pub item: QueueItem,
    pub note: Option<String>,
    pub contact_email: Option<String>,
    pub record: Organisation,
    /// For a correction: what it changes; for a new entry: every field given.
    pub changes: Vec<FieldChange>,
    pub is_correction: bool,
    pub pending: bool,
}

pub async fn review(registry: &Registry, reference: &str) -> Result<Review> {
    let year = registry.current_year();
    let mut conn = registry.pool.acquire().await?;
    let row = submissions::by_reference(&mut conn, reference)
        .await?
        .ok_or_else(|| no_submission(reference))?;
    let record = stored_record(&row.record, year)?;
    let live = match row.target_slug.as_deref().map(Slug::parse) {
        Some(Ok(slug)) => organisations::find_by_slug(&mut conn, &slug, year).await?,
        _ => None,
    };
    Ok(Review {
        item: QueueItem::from(&row),
        changes: changes(live.as_ref(), &record),
        record,
        is_correction: row.kind == "correction",
        pending: row.status == "pending",
        note: row.note,
        contact_email: row.contact_email,
    })
}

fn no_submission(reference: &str) -> Error {
    Error::NotFound(Message::new("error-no-submission").with("reference", reference))
}

fn already_decided(reference: &str) -> Error {
    Error::Conflict(Message::new("error-already-decided").with("reference", reference))
}

/// A decision on a submission that is no longer pending: says how it was decided, and by whom,
/// so a moderator who lost a race knows what happened.
fn decided_by_someone(row: &SubmissionRow) -> Error {
    let Some(moderator) = row.decided_by.as_deref() else {
        return already_decided(&row.reference);
    };
    let message = Message::new("conflict-already-decided")
        .with("reference", &row.reference)
        .with("decision", &row.status)
        .with("moderator", moderator);
    Error::Conflict(message)
}

fn stored_record(json: &str, current_year: i32) -> Result<Organisation> {
    let input: OrganisationInput = serde_json::from_str(json).map_err(anyhow::Error::from)?;
    input.validate(current_year).map_err(Error::Invalid)
}

/// Publishes a pending submission, as the moderator may have edited it, in one transaction;
/// returns the organisation's slug. Errors name fields by their path in `record`.
pub async fn approve(
    registry: &Registry,
    reference: &str,
    mut record: OrganisationInput,
    moderator: &Moderator,
) -> Result<Slug> {
    // The registry chooses a new entry's slug, and a correction keeps its entry's.
    record.slug = None;
    let mut record = record
        .validate(registry.current_year())
        .map_err(Error::Invalid)?;
    let decided_at = registry.now_text()?;
    let mut tx = db::begin_write(&registry.pool).await?;
    let row = pending(&mut tx, reference).await?;
    record.slug = match row.target_slug.as_deref() {
        Some(target) => Slug::parse(target).map_err(|err| anyhow::anyhow!(err))?,
        None if row.kind == "correction" => {
            return Err(Error::Conflict(Message::new(
                "error-correction-target-gone",
            )));
        }
        None => free_slug(&mut tx, &record.slug).await?,
    };
    check_relations(&mut tx, &record).await?;
    let change = Change::by_moderator(
        Action::Approval,
        moderator.id,
        &moderator.username,
        Summary::Approval(reference.to_owned()),
    );
    let (id, stored) = publish(&mut tx, &record, registry.now(), &change).await?;
    let decision = Decision::Approved(id);
    if !decide(&mut tx, &row, decision, moderator, &decided_at).await? {
        return Err(already_decided(reference));
    }
    tx.commit().await?;
    Ok(stored.slug)
}

/// Rejects a pending submission with a reason, which the submitter's page shows.
pub async fn reject(
    registry: &Registry,
    reference: &str,
    reason: &str,
    moderator: &Moderator,
) -> Result<()> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::invalid(
            "reason",
            Message::new("field-reason-required"),
        ));
    }
    let decided_at = registry.now_text()?;
    let mut tx = db::begin_write(&registry.pool).await?;
    let row = pending(&mut tx, reference).await?;
    let decision = Decision::Rejected(reason);
    if !decide(&mut tx, &row, decision, moderator, &decided_at).await? {
        return Err(already_decided(reference));
    }
    tx.commit().await?;
    Ok(())
}

enum Decision<'a> {
    /// Published as the organisation with this id.
    Approved(i64),
    Rejected(&'a str),
}

/// Records a decision; `false` if someone else decided first.
async fn decide(
    conn: &mut SqliteConnection,
    row: &SubmissionRow,
    decision: Decision<'_>,
    moderator: &Moderator,
    decided_at: &str,
) -> Result<bool> {
    let (status, reason, organisation) = match decision {
        Decision::Approved(id) => ("approved", None, Some(id)),
        Decision::Rejected(reason) => ("rejected", Some(reason), None),
    };
    let decided = submissions::decide(
        conn,
        row.id,
        status,
        moderator.id,
        reason,
        organisation,
        decided_at,
    )
    .await?;
    Ok(decided)
}

async fn pending(conn: &mut SqliteConnection, reference: &str) -> Result<SubmissionRow> {
    let row = submissions::by_reference(conn, reference)
        .await?
        .ok_or_else(|| no_submission(reference))?;
    if row.status != "pending" {
        return Err(decided_by_someone(&row));
    }
    Ok(row)
}

/// A published organisation as stored, whatever its visibility: what a moderator edits.
pub async fn entry(registry: &Registry, slug: &str) -> Result<Organisation> {
    let not_found =
        || Error::NotFound(Message::new("error-no-organisation-short").with("slug", slug));
    let slug = Slug::parse(slug).map_err(|_| not_found())?;
    let mut conn = registry.pool.acquire().await?;
    organisations::find_by_slug(&mut conn, &slug, registry.current_year())
        .await?
        .ok_or_else(not_found)
}

/// A moderator's direct edit of a published organisation, with the moderator's `reason` for it
/// (may be blank): it becomes the revision's summary and, when the status changes, the note of
/// the `status_changed` event that records it (required then). Errors name fields by their path
/// in `record`.
pub async fn edit(
    registry: &Registry,
    slug: &Slug,
    mut record: OrganisationInput,
    reason: &str,
    moderator: &Moderator,
) -> Result<()> {
    let length = reason.chars().count();
    if length > limits::NOTE {
        let message = Message::new("field-too-long")
            .with("length", length)
            .with("max", limits::NOTE);
        return Err(Error::invalid("note", message));
    }
    let year = registry.current_year();
    record.slug = Some(slug.to_string());
    let mut record = record.validate(year).map_err(Error::Invalid)?;
    let mut tx = db::begin_write(&registry.pool).await?;
    let Some(stored) = organisations::find_by_slug(&mut tx, slug, year).await? else {
        return Err(Error::NotFound(
            Message::new("error-no-organisation-short").with("slug", slug.as_str()),
        ));
    };
    record
        .record_status_change(&stored, year, reason)
        .map_err(|error| Error::Invalid(vec![error]))?;
    check_relations(&mut tx, &record).await?;
    // The registry's own summary is translated where history is shown; a moderator's stays as
    // written.
    let summary = match reason.split_whitespace().collect::<Vec<_>>().join(" ") {
        folded if folded.is_empty() => Summary::Edit,
        folded => Summary::Note(folded),
    };
    let change = Change::by_moderator(Action::Edit, moderator.id, &moderator.username, summary);
    publish(&mut tx, &record, registry.now(), &change).await?;
    tx.commit().await?;
    Ok(())
}

/// Checks that every relation points at a stored organisation.
async fn check_relations(conn: &mut SqliteConnection, record: &Organisation) -> Result<()> {
    let mut errors = Vec::new();
    for (i, relation) in record.relations.iter().enumerate() {
        if organisations::id_by_slug(conn, &relation.target)
            .await?
            .is_none()
        {
            errors.push(FieldError::new(
                format!("relations[{i}].target"),
                Message::new("field-relation-missing").with("slug", relation.target.as_str()),
            ));
        }
    }
    match errors.is_empty() {
        true => Ok(()),
        false => Err(Error::Invalid(errors)),
    }
}

/// A slug not yet taken: the record's own, or it with `-2`, `-3`… appended.
async fn free_slug(conn: &mut SqliteConnection, slug: &Slug) -> Result<Slug> {
    if organisations::id_by_slug(conn, slug).await?.is_none() {
        return Ok(slug.clone());
    }
    for n in 2..1000 {
        let base = slug.as_str();
        let cut = base.len().min(Slug::MAX_LEN - 4);
        let candidate = Slug::parse(&format!("{}-{n}", base[..cut].trim_end_matches('-')))
            .map_err(|err| anyhow::anyhow!(err))?;
        if organisations::id_by_slug(conn, &candidate).await?.is_none() {
            return Ok(candidate);
        }
    }
    Err(Error::Conflict(
        Message::new("error-no-free-slug").with("slug", slug.as_str()),
    ))
}

/// Writes a record and its relations, leaving a revision: the one way moderation changes the
/// registry.
pub(super) async fn publish(
    conn: &mut SqliteConnection,
    record: &Organisation,
    now: OffsetDateTime,
    change: &Change,
) -> Result<(i64, Organisation)> {
    let (id, _, stored) = organisations::upsert(conn, record, now, change).await?;
    organisations::replace_relations(conn, id, &stored).await?;
    Ok((id, stored))
}
