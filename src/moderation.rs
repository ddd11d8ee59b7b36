//! Contributions and moderation: storing submissions, spotting likely duplicates, and the
//! moderators' decisions, edits and restores. Every change to a published organisation goes
//! through `db::organisations::upsert` in one transaction and leaves a revision.

use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::db::moderators::Moderator;
use crate::db::organisations::{self, StoreError};
use crate::db::revisions::{self, Action, Change};
use crate::db::submissions::{self, NewSubmission, SubmissionRow};
use crate::db::{Pool, catalogue};
use crate::domain::submission::{
    DUPLICATE_THRESHOLD, Kind, Submission, fold_name, name_similarity,
};
use crate::domain::vocabulary::Visibility;
use crate::domain::{FieldError, Organisation, OrganisationInput, Slug};
use crate::error::AppError;

/// An existing organisation whose name resembles a submitted one.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Candidate {
    pub slug: String,
    pub name: String,
    #[serde(skip)]
    pub visibility: String,
}

impl Candidate {
    /// Whether the public may be shown this candidate.
    pub fn is_public(&self) -> bool {
        self.visibility != Visibility::Unlisted.to_string()
    }
}

fn timestamp(now: OffsetDateTime) -> Result<String, AppError> {
    now.format(&Rfc3339)
        .map_err(|err| AppError::Internal(err.into()))
}

/// Organisations whose name or an alias resembles `name` (case, accents and spacing aside), best
/// first, at most five; every visibility, so moderators see all. `except` leaves one out.
pub async fn likely_duplicates(
    pool: &Pool,
    name: &str,
    except: Option<&Slug>,
) -> Result<Vec<Candidate>, AppError> {
    let wanted = fold_name(name);
    let mut conn = pool.acquire().await?;
    let mut scored: Vec<(f64, Candidate)> = Vec::new();
    for (slug, other, visibility) in submissions::names(&mut conn).await? {
        if except.is_some_and(|e| e.as_str() == slug) {
            continue;
        }
        let score = name_similarity(&wanted, &fold_name(&other));
        if score >= DUPLICATE_THRESHOLD {
            match scored.iter_mut().find(|(_, c)| c.slug == slug) {
                Some((best, _)) => *best = best.max(score),
                None => scored.push((
                    score,
                    Candidate {
                        slug,
                        name: other,
                        visibility,
                    },
                )),
            }
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut candidates: Vec<Candidate> = scored.into_iter().map(|(_, c)| c).take(5).collect();
    // Show each candidate under its registered name, not the alias that matched.
    let all =
        catalogue::names_by_slug(&mut conn, candidates.iter().map(|c| c.slug.as_str())).await?;
    for candidate in &mut candidates {
        if let Some(name) = all.get(&candidate.slug) {
            candidate.name = name.clone();
        }
    }
    Ok(candidates)
}

/// What the submitter is told.
#[derive(Debug, Clone)]
pub struct Received {
    pub reference: String,
}

/// Stores a valid submission for review. A correction must name a published organisation.
pub async fn submit(
    pool: &Pool,
    submission: &Submission,
    duplicates: &[Candidate],
    now: OffsetDateTime,
) -> Result<Received, AppError> {
    let submitted_at = timestamp(now)?;
    let record =
        serde_json::to_string(&submission.record).map_err(|err| AppError::Internal(err.into()))?;
    let duplicates = serde_json::to_string(
        &duplicates
            .iter()
            .map(|c| c.slug.as_str())
            .collect::<Vec<_>>(),
    )
    .map_err(|err| AppError::Internal(err.into()))?;
    let mut conn = pool.acquire().await?;
    let (kind, target_id) = match &submission.kind {
        Kind::New => ("new", None),
        Kind::Correction(slug) => {
            let id = public_id(&mut conn, slug).await?.ok_or_else(|| {
                AppError::Unprocessable(vec![FieldError {
                    field: "slug".into(),
                    message: format!("there is no organisation \"{slug}\" to correct"),
                }])
            })?;
            ("correction", Some(id))
        }
    };
    // A reference is drawn at random; on the rare clash, draw again.
    for _ in 0..8 {
        let reference = crate::auth::new_reference();
        let stored = submissions::insert(
            &mut conn,
            &NewSubmission {
                reference: &reference,
                kind,
                target_id,
                record: &record,
                note: submission.note.as_deref(),
                contact_email: submission.contact_email.as_ref().map(|e| e.as_str()),
                duplicates: &duplicates,
                submitted_at: &submitted_at,
            },
        )
        .await?;
        if stored {
            return Ok(Received { reference });
        }
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "could not draw an unused submission reference"
    )))
}

/// The id of an organisation the public may see.
async fn public_id(
    conn: &mut sqlx::SqliteConnection,
    slug: &Slug,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM organisations WHERE slug = ? AND visibility <> 'unlisted'")
        .bind(slug.as_str())
        .fetch_optional(conn)
        .await
}

/// A submission as a moderator reviews it.
#[derive(Debug, Clone)]
pub struct Review {
    pub row: SubmissionRow,
    pub record: Organisation,
    /// The live entry a correction is for.
    pub live: Option<Organisation>,
    pub duplicates: Vec<String>,
}

pub async fn review(pool: &Pool, reference: &str, now: OffsetDateTime) -> Result<Review, AppError> {
    let mut conn = pool.acquire().await?;
    let row = submissions::by_reference(&mut conn, reference)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("There is no submission {reference}.")))?;
    let record = stored_record(&row.record, now.year())?;
    let live = match &row.target_slug {
        Some(slug) => match Slug::parse(slug) {
            Ok(slug) => organisations::find_by_slug(&mut conn, &slug, now.year()).await?,
            Err(_) => None,
        },
        None => None,
    };
    let duplicates = serde_json::from_str(&row.duplicates).unwrap_or_default();
    Ok(Review {
        row,
        record,
        live,
        duplicates,
    })
}

fn stored_record(json: &str, current_year: i32) -> Result<Organisation, AppError> {
    let input: OrganisationInput =
        serde_json::from_str(json).map_err(|err| AppError::Internal(err.into()))?;
    input
        .validate(current_year)
        .map_err(AppError::Unprocessable)
}

/// Checks that every relation points at a stored organisation.
async fn check_relations(
    conn: &mut sqlx::SqliteConnection,
    record: &Organisation,
) -> Result<(), AppError> {
    let mut errors = Vec::new();
    for (i, relation) in record.relations.iter().enumerate() {
        if organisations::id_by_slug(conn, &relation.target)
            .await?
            .is_none()
        {
            errors.push(FieldError {
                field: format!("relations[{i}].target"),
                message: format!("no organisation \"{}\" in the registry", relation.target),
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Unprocessable(errors))
    }
}

/// A slug not yet taken: the record's own, or it with `-2`, `-3`… appended.
async fn free_slug(conn: &mut sqlx::SqliteConnection, slug: &Slug) -> Result<Slug, AppError> {
    if organisations::id_by_slug(conn, slug).await?.is_none() {
        return Ok(slug.clone());
    }
    for n in 2..1000 {
        let base = slug.as_str();
        let cut = base.len().min(Slug::MAX_LEN - 4);
        let candidate = Slug::parse(&format!("{}-{n}", base[..cut].trim_end_matches('-')))
            .map_err(|err| AppError::Internal(anyhow::anyhow!(err)))?;
        if organisations::id_by_slug(conn, &candidate).await?.is_none() {
            return Ok(candidate);
        }
    }
    Err(AppError::Conflict(format!("No free slug for \"{slug}\".")))
}

/// Writes a record and its relations, leaving a revision: the one way moderation changes the
/// registry.
async fn publish(
    conn: &mut sqlx::SqliteConnection,
    record: &Organisation,
    now: OffsetDateTime,
    change: &Change,
) -> Result<(i64, Organisation), AppError> {
    let (id, _, stored) = organisations::upsert(conn, record, now, change)
        .await
        .map_err(store_error)?;
    organisations::replace_relations(conn, id, &stored)
        .await
        .map_err(store_error)?;
    Ok((id, stored))
}

fn store_error(err: StoreError) -> AppError {
    match err {
        StoreError::MissingTarget(slug) => AppError::Unprocessable(vec![FieldError {
            field: "relations".into(),
            message: format!("no organisation \"{slug}\" in the registry"),
        }]),
        other => other.into(),
    }
}

/// Publishes a pending submission, as the moderator may have edited it, in one transaction;
/// returns the organisation's slug.
pub async fn approve(
    pool: &Pool,
    reference: &str,
    mut record: Organisation,
    moderator: &Moderator,
    now: OffsetDateTime,
) -> Result<Slug, AppError> {
    let decided_at = timestamp(now)?;
    let mut tx = pool.begin().await?;
    let row = pending(&mut tx, reference).await?;
    match row.target_slug.as_deref() {
        // A correction keeps the slug of the entry it corrects.
        Some(target) => {
            record.slug =
                Slug::parse(target).map_err(|err| AppError::Internal(anyhow::anyhow!(err)))?
        }
        None if row.kind == "correction" => {
            return Err(AppError::Conflict(
                "The organisation this correction was for no longer exists.".into(),
            ));
        }
        None => record.slug = free_slug(&mut tx, &record.slug).await?,
    }
    check_relations(&mut tx, &record).await?;
    let change = Change::by_moderator(
        Action::Approval,
        moderator.id,
        &moderator.username,
        format!("Approved contribution {reference}"),
    );
    let (id, stored) = publish(&mut tx, &record, now, &change).await?;
    let decided = submissions::decide(
        &mut tx,
        row.id,
        "approved",
        moderator.id,
        None,
        Some(id),
        &decided_at,
    )
    .await?;
    if !decided {
        return Err(already_decided(reference));
    }
    tx.commit().await?;
    Ok(stored.slug)
}

fn already_decided(reference: &str) -> AppError {
    AppError::Conflict(format!("Submission {reference} has already been decided."))
}

async fn pending(
    conn: &mut sqlx::SqliteConnection,
    reference: &str,
) -> Result<SubmissionRow, AppError> {
    let row = submissions::by_reference(conn, reference)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("There is no submission {reference}.")))?;
    if row.status != "pending" {
        return Err(already_decided(reference));
    }
    Ok(row)
}

/// Rejects a pending submission with a reason.
pub async fn reject(
    pool: &Pool,
    reference: &str,
    reason: &str,
    moderator: &Moderator,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AppError::Unprocessable(vec![FieldError {
            field: "reason".into(),
            message: "give a reason for the record".into(),
        }]));
    }
    let decided_at = timestamp(now)?;
    let mut tx = pool.begin().await?;
    let row = pending(&mut tx, reference).await?;
    if !submissions::decide(
        &mut tx,
        row.id,
        "rejected",
        moderator.id,
        Some(reason),
        None,
        &decided_at,
    )
    .await?
    {
        return Err(already_decided(reference));
    }
    tx.commit().await?;
    Ok(())
}

/// A moderator's direct edit of a published organisation.
pub async fn edit(
    pool: &Pool,
    slug: &Slug,
    mut record: Organisation,
    moderator: &Moderator,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let mut tx = pool.begin().await?;
    if organisations::id_by_slug(&mut tx, slug).await?.is_none() {
        return Err(AppError::NotFound(format!(
            "There is no organisation \"{slug}\"."
        )));
    }
    record.slug = slug.clone();
    check_relations(&mut tx, &record).await?;
    let change = Change::by_moderator(Action::Edit, moderator.id, &moderator.username, "Edited");
    publish(&mut tx, &record, now, &change).await?;
    tx.commit().await?;
    Ok(())
}

/// Makes an earlier revision current again, as a new revision.
pub async fn restore(
    pool: &Pool,
    slug: &Slug,
    number: i64,
    moderator: &Moderator,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let mut tx = pool.begin().await?;
    let not_found =
        || AppError::NotFound(format!("Organisation \"{slug}\" has no revision {number}."));
    let id = organisations::id_by_slug(&mut tx, slug)
        .await?
        .ok_or_else(not_found)?;
    let revision = revisions::get(&mut tx, id, number, now.year())
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
        format!("Restored revision {number}"),
    );
    publish(&mut tx, &record, now, &change).await?;
    tx.commit().await?;
    Ok(())
}

/// The current time as stored (RFC 3339).
pub fn now_text() -> Result<String, AppError> {
    timestamp(crate::now())
}

/// One field that differs between two versions of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields that differ between two records, in the record's field order, with their values
/// as text. `before` of `None` means a new record: every field filled in is listed.
pub fn changes(before: Option<&Organisation>, after: &Organisation) -> Vec<FieldChange> {
    let to_map = |org: &Organisation| match serde_json::to_value(org) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let after = to_map(after);
    let before = before.map(to_map).unwrap_or_default();
    after
        .iter()
        .filter(|(field, value)| before.get(*field) != Some(*value))
        .map(|(field, value)| FieldChange {
            field: field.clone(),
            before: before.get(field).map(value_text).unwrap_or_default(),
            after: value_text(value),
        })
        .filter(|change| change.before != change.after)
        .collect()
}

/// A JSON value as a person would read it.
fn value_text(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::Object(_) => value_text(item),
                other => value_text(other),
            })
            .collect::<Vec<_>>()
            .join(if items.iter().any(|i| i.is_object()) {
                "\n"
            } else {
                ", "
            }),
        Value::Object(map) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| format!("{}: {}", k.replace('_', " "), value_text(v)))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}
