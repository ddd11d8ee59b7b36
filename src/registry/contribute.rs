//! Contributions from the public, through the form or the API alike: a new organisation or a
//! correction, validated like any record, checked against likely duplicates, held to the
//! per-address limit, and stored for review under a reference the submitter can follow.

use serde::Serialize;

use super::{Error, Registry, Result};
use crate::db::submissions::{self, NewSubmission};
use crate::db::{Pool, catalogue};
use crate::domain::submission::{
    DUPLICATE_THRESHOLD, Kind, Submission, SubmissionInput, fold_name, name_similarity,
};
use crate::domain::vocabulary::Visibility;
use crate::domain::{FieldError, Slug};
use crate::i18n::Message;

/// Which organisation a contribution is about.
#[derive(Debug, Clone)]
pub enum Target {
    New,
    /// A correction to this published organisation (the address of the correction form).
    Correction(Slug),
    /// The API: a `slug` in the record names the organisation corrected; none means a new one.
    NamedInRecord,
}

/// A contribution as the web read it.
#[derive(Debug, Clone)]
pub struct Contribution {
    pub input: SubmissionInput,
    pub target: Target,
    /// Problems found while reading the request (a form's honeypot), reported with the record's.
    pub reading_errors: Vec<FieldError>,
    /// Store it even if it resembles a listed organisation. The API does, and names the likely
    /// duplicates in its answer; the form first asks the person to confirm.
    pub despite_duplicates: bool,
}

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

/// What became of a contribution.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Stored for review.
    Received {
        reference: String,
        /// Organisations the public may see whose names resemble it.
        duplicates: Vec<Candidate>,
    },
    /// Not stored: it resembles these organisations, and the submitter has not yet confirmed
    /// that it is a different one.
    LikelyDuplicate(Vec<Candidate>),
}

/// Validates a contribution and stores it for review, within the per-address limit. The slot is
/// reserved before anything else, so parallel requests cannot all pass the limit; it is given back
/// unless the submission is stored.
pub async fn contribute(
    registry: &Registry,
    address: &str,
    contribution: Contribution,
) -> Result<Outcome> {
    let slot = registry
        .throttles
        .submissions
        .reserve(address)
        .map_err(Error::wait)?;
    let mut reading_errors = contribution.reading_errors;
    let submission = match validate(registry, contribution.input, contribution.target) {
        Ok(submission) if reading_errors.is_empty() => submission,
        Ok(_) => return Err(Error::Invalid(reading_errors)),
        Err(mut errors) => {
            errors.append(&mut reading_errors);
            return Err(Error::Invalid(errors));
        }
    };
    let duplicates = match submission.kind {
        Kind::New => likely_duplicates(&registry.pool, &submission.record.name, None).await?,
        Kind::Correction(_) => Vec::new(),
    };
    let public: Vec<Candidate> = duplicates
        .iter()
        .filter(|c| c.is_public())
        .cloned()
        .collect();
    if !public.is_empty() && !contribution.despite_duplicates {
        return Ok(Outcome::LikelyDuplicate(public));
    }
    let reference = store(registry, &submission, &duplicates).await?;
    slot.keep();
    Ok(Outcome::Received {
        reference,
        duplicates: public,
    })
}

fn validate(
    registry: &Registry,
    input: SubmissionInput,
    target: Target,
) -> std::result::Result<Submission, Vec<FieldError>> {
    let corrects = match target {
        Target::New => None,
        Target::Correction(slug) => Some(slug),
        Target::NamedInRecord => named_slug(&input)?,
    };
    input.validate(corrects, registry.current_year())
}

/// The slug a record names, if it names one.
fn named_slug(input: &SubmissionInput) -> std::result::Result<Option<Slug>, Vec<FieldError>> {
    let named = input.record.slug.as_deref().map(str::trim);
    match named.filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(slug) => Slug::parse(slug)
            .map(Some)
            .map_err(|message| vec![FieldError::new("slug", message)]),
    }
}

/// Organisations whose name or an alias resembles `name` (case, accents and spacing aside), best
/// first, at most five; every visibility, so moderators see all. `except` leaves one out.
pub(super) async fn likely_duplicates(
    pool: &Pool,
    name: &str,
    except: Option<&Slug>,
) -> Result<Vec<Candidate>> {
    let wanted = fold_name(name);
    let mut conn = pool.acquire().await?;
    let mut scored: Vec<(f64, Candidate)> = Vec::new();
    for (slug, other, visibility) in submissions::names(&mut conn).await? {
        if except.is_some_and(|e| e.as_str() == slug) {
            continue;
        }
        let score = name_similarity(&wanted, &fold_name(&other));
        if score < DUPLICATE_THRESHOLD {
            continue;
        }
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
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut candidates: Vec<Candidate> = scored.into_iter().map(|(_, c)| c).take(5).collect();
    // Show each candidate under its registered name, not the alias that matched.
    let names =
        catalogue::names_by_slug(&mut conn, candidates.iter().map(|c| c.slug.as_str())).await?;
    for candidate in &mut candidates {
        if let Some(name) = names.get(&candidate.slug) {
            candidate.name = name.clone();
        }
    }
    Ok(candidates)
}

/// Stores a valid submission for review under a new reference. A correction must name a
/// published organisation.
async fn store(
    registry: &Registry,
    submission: &Submission,
    duplicates: &[Candidate],
) -> Result<String> {
    let submitted_at = registry.now_text()?;
    let record = serde_json::to_string(&submission.record).map_err(anyhow::Error::from)?;
    let duplicates = duplicates
        .iter()
        .map(|c| c.slug.as_str())
        .collect::<Vec<_>>();
    let duplicates = serde_json::to_string(&duplicates).map_err(anyhow::Error::from)?;
    let mut conn = registry.pool.acquire().await?;
    let (kind, target_id) = match &submission.kind {
        Kind::New => ("new", None),
        Kind::Correction(slug) => {
            let id = submissions::correctable_id(&mut conn, slug)
                .await?
                .ok_or_else(|| {
                    Error::invalid(
                        "slug",
                        Message::new("field-correction-target").with("slug", slug.as_str()),
                    )
                })?;
            ("correction", Some(id))
        }
    };
    // A reference is drawn at random; on the rare clash, draw again.
    for _ in 0..8 {
        let reference = crate::auth::new_reference();
        let new = NewSubmission {
            reference: &reference,
            kind,
            target_id,
            record: &record,
            note: submission.note.as_deref(),
            contact_email: submission.contact_email.as_ref().map(|e| e.as_str()),
            duplicates: &duplicates,
            submitted_at: &submitted_at,
        };
        if submissions::insert(&mut conn, &new).await? {
            return Ok(reference);
        }
    }
    Err(anyhow::anyhow!("could not draw an unused submission reference").into())
}

/// What the submitter may see of a submission: its status, and the entry once published.
#[derive(Debug, Clone)]
pub struct Status {
    pub reference: String,
    pub status: String,
    pub organisation: Option<String>,
    /// The moderator's reason, when the contribution was rejected.
    pub reason: Option<String>,
}

pub async fn status(registry: &Registry, reference: &str) -> Result<Status> {
    let mut conn = registry.pool.acquire().await?;
    let row = submissions::by_reference(&mut conn, reference)
        .await?
        .ok_or_else(|| {
            Error::NotFound(Message::new("error-no-submission").with("reference", reference))
        })?;
    let reason = row.decision_reason.filter(|_| row.status == "rejected");
    Ok(Status {
        reason,
        reference: row.reference,
        status: row.status,
        organisation: row.organisation_slug,
    })
}
