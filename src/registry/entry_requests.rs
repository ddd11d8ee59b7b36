//! Requests from the public about a published entry: change it, make it discreet, or remove it.
//! They are held to the same per-address limit as contributions, wait in the moderators' queue,
//! and are closed as done or declined with a note the requester can read under their reference.
//! The contact email is erased when a request is closed, as for submissions.

use super::accounts::Moderator;
use super::history::minute;
use super::{Error, Registry, Result};
use crate::db::{self, entry_requests};
use crate::domain::FieldError;
use crate::domain::submission::MAX_NOTE_CHARS;
use crate::domain::types::Email;
use crate::i18n::Message;

/// What a request asks for. The slugs are stored and sent by the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    Change,
    Discreet,
    Remove,
}

impl RequestKind {
    pub const ALL: [RequestKind; 3] = [Self::Change, Self::Discreet, Self::Remove];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Change => "change",
            Self::Discreet => "discreet",
            Self::Remove => "remove",
        }
    }

    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }
}

/// How a moderator closes a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// What was asked has been done.
    Done,
    /// Not done; the note says why.
    Declined,
}

impl Outcome {
    pub fn slug(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Declined => "declined",
        }
    }

    pub fn parse(slug: &str) -> Option<Self> {
        [Self::Done, Self::Declined]
            .into_iter()
            .find(|outcome| outcome.slug() == slug)
    }
}

/// The entry a request may be about: one the public can see, listed or discreet.
#[derive(Debug, Clone)]
pub struct Target {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

pub async fn target(registry: &Registry, slug: &str) -> Result<Target> {
    let catalogue = registry.catalogue().await?;
    let entry = catalogue
        .by_slug(slug)
        .ok_or_else(|| Error::NotFound(Message::new("error-no-organisation").with("slug", slug)))?;
    Ok(Target {
        id: entry.id,
        slug: entry.slug().to_owned(),
        name: entry.name().to_owned(),
    })
}

/// A request as the form sent it, unchecked.
#[derive(Debug, Clone, Default)]
pub struct RequestInput {
    pub kind: String,
    pub reason: String,
    pub contact_email: String,
    /// The form's honeypot was filled in: a robot.
    pub honeypot_filled: bool,
}

/// A checked request.
struct Checked {
    kind: RequestKind,
    reason: String,
    contact_email: Option<Email>,
}

/// Every problem of a request, each named by its field, in the order of the form.
fn check(input: RequestInput) -> std::result::Result<Checked, Vec<FieldError>> {
    let mut errors = Vec::new();
    let kind = RequestKind::parse(input.kind.trim());
    if kind.is_none() {
        errors.push(FieldError::new(
            "kind",
            Message::new("request-kind-required"),
        ));
    }
    let reason = input.reason.trim().to_owned();
    if reason.is_empty() {
        errors.push(FieldError::new(
            "reason",
            Message::new("request-reason-required"),
        ));
    } else if input.reason.chars().count() > MAX_NOTE_CHARS {
        errors.push(FieldError::new(
            "reason",
            Message::new("request-reason-too-long").with("max", MAX_NOTE_CHARS),
        ));
    }
    let contact_email = match input.contact_email.trim() {
        "" => None,
        email => match Email::parse(email) {
            Ok(email) => Some(email),
            Err(message) => {
                errors.push(FieldError::new("contact_email", message));
                None
            }
        },
    };
    if input.honeypot_filled {
        errors.push(FieldError::new(
            "leave_this_empty",
            Message::new("field-honeypot"),
        ));
    }
    match kind {
        Some(kind) if errors.is_empty() => Ok(Checked {
            kind,
            reason,
            contact_email,
        }),
        _ => Err(errors),
    }
}

/// Stores a request about the entry `slug` for the moderators, within the per-address limit that
/// contributions share; returns its reference. The slot is reserved first, so parallel requests
/// cannot all pass, and given back unless the request is stored.
pub async fn ask(
    registry: &Registry,
    address: &str,
    slug: &str,
    input: RequestInput,
) -> Result<String> {
    let slot = registry
        .throttles
        .submissions
        .reserve(address)
        .map_err(Error::wait)?;
    let checked = check(input).map_err(Error::Invalid)?;
    let target = target(registry, slug).await?;
    let requested_at = registry.now_text()?;
    let mut conn = registry.pool.acquire().await?;
    // A reference is drawn at random; on the rare clash, draw again.
    for _ in 0..8 {
        let reference = crate::auth::new_reference();
        let new = entry_requests::NewEntryRequest {
            reference: &reference,
            organisation_id: target.id,
            slug: &target.slug,
            kind: checked.kind.slug(),
            reason: &checked.reason,
            contact_email: checked.contact_email.as_ref().map(Email::as_str),
            requested_at: &requested_at,
        };
        if entry_requests::insert(&mut conn, &new).await? {
            slot.keep();
            return Ok(reference);
        }
    }
    Err(anyhow::anyhow!("could not draw an unused request reference").into())
}

/// A request as moderators see it.
#[derive(Debug, Clone)]
pub struct RequestItem {
    pub reference: String,
    pub slug: String,
    /// The entry's name, or its slug if it is no longer published.
    pub name: String,
    pub kind: RequestKind,
    pub reason: String,
    pub contact_email: Option<String>,
    /// `open`, `done` or `declined`.
    pub status: String,
    /// When, to the minute.
    pub requested_at: String,
    pub closed_by: Option<String>,
    pub closing_note: Option<String>,
}

impl RequestItem {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

impl TryFrom<entry_requests::EntryRequestRow> for RequestItem {
    type Error = Error;

    fn try_from(row: entry_requests::EntryRequestRow) -> Result<Self> {
        let kind = RequestKind::parse(&row.kind)
            .ok_or_else(|| anyhow::anyhow!("request {} has unknown kind {}", row.id, row.kind))?;
        Ok(Self {
            reference: row.reference,
            name: row.name.unwrap_or_else(|| row.slug.clone()),
            slug: row.slug,
            kind,
            reason: row.reason,
            contact_email: row.contact_email,
            status: row.status,
            requested_at: minute(&row.requested_at),
            closed_by: row.closed_by,
            closing_note: row.closing_note,
        })
    }
}

fn items(rows: Vec<entry_requests::EntryRequestRow>) -> Result<Vec<RequestItem>> {
    rows.into_iter().map(RequestItem::try_from).collect()
}

/// The requests of the queue: the open ones, oldest first, and the twenty latest closed.
pub struct RequestQueue {
    pub open: Vec<RequestItem>,
    pub closed: Vec<RequestItem>,
}

pub async fn queue(registry: &Registry) -> Result<RequestQueue> {
    let mut conn = registry.pool.acquire().await?;
    Ok(RequestQueue {
        open: items(entry_requests::open(&mut conn).await?)?,
        closed: items(entry_requests::closed(&mut conn, 20).await?)?,
    })
}

fn no_request(reference: &str) -> Error {
    Error::NotFound(Message::new("request-not-found").with("reference", reference))
}

/// One request, as a moderator reviews it.
pub async fn review(registry: &Registry, reference: &str) -> Result<RequestItem> {
    let mut conn = registry.pool.acquire().await?;
    let row = entry_requests::by_reference(&mut conn, reference)
        .await?
        .ok_or_else(|| no_request(reference))?;
    RequestItem::try_from(row)
}

/// What the requester may see under their reference: what they asked about, whether it is
/// closed, and the moderator's note. Not their reason or their email.
#[derive(Debug, Clone)]
pub struct RequestStatus {
    pub reference: String,
    pub slug: String,
    pub name: String,
    pub kind: RequestKind,
    pub status: String,
    pub closing_note: Option<String>,
}

pub async fn status(registry: &Registry, reference: &str) -> Result<RequestStatus> {
    let item = review(registry, reference).await?;
    Ok(RequestStatus {
        reference: item.reference,
        slug: item.slug,
        name: item.name,
        kind: item.kind,
        status: item.status,
        closing_note: item.closing_note,
    })
}

/// Closes an open request as done or declined; a declined one needs a note, which the requester
/// reads. The contact email is erased in the same statement.
pub async fn close(
    registry: &Registry,
    reference: &str,
    outcome: &str,
    note: &str,
    moderator: &Moderator,
) -> Result<()> {
    let mut errors = Vec::new();
    let outcome = Outcome::parse(outcome.trim());
    if outcome.is_none() {
        errors.push(FieldError::new(
            "outcome",
            Message::new("request-outcome-required"),
        ));
    }
    let note = note.trim();
    if note.is_empty() && outcome == Some(Outcome::Declined) {
        errors.push(FieldError::new(
            "note",
            Message::new("request-note-required"),
        ));
    } else if note.chars().count() > MAX_NOTE_CHARS {
        errors.push(FieldError::new(
            "note",
            Message::new("request-reason-too-long").with("max", MAX_NOTE_CHARS),
        ));
    }
    let Some(outcome) = outcome.filter(|_| errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };
    let closed_at = registry.now_text()?;
    let mut tx = db::begin_write(&registry.pool).await?;
    let row = entry_requests::by_reference(&mut tx, reference)
        .await?
        .ok_or_else(|| no_request(reference))?;
    let note = Some(note).filter(|n| !n.is_empty());
    let closed = entry_requests::close(
        &mut tx,
        row.id,
        outcome.slug(),
        moderator.id,
        note,
        &closed_at,
    )
    .await?;
    if !closed {
        let message = Message::new("request-already-closed")
            .with("reference", reference)
            .with("moderator", row.closed_by.unwrap_or_default());
        return Err(Error::Conflict(message));
    }
    tx.commit().await?;
    Ok(())
}
