//! Checking entries against the organisations themselves: the moderators' list of entries due
//! for it (never checked, or checked longer ago than the registry's age for it), and marking one
//! checked today, which leaves a revision naming the moderator and their note.

use time::{Date, Duration};

use super::accounts::Moderator;
use super::moderate::publish;
use super::{Error, Registry, Result};
use crate::db::revisions::{Action, Change, Summary};
use crate::db::{self, currency, organisations};
use crate::domain::organisation::limits;
use crate::domain::{Day, Slug};
use crate::i18n::Message;

/// How old a check may grow before the entry is due again, unless configured otherwise.
pub const DEFAULT_VERIFY_AFTER_DAYS: u32 = 365;

/// The most entries the list shows at once; it says how many more are due.
pub const DUE_LIST_LIMIT: i64 = 500;

/// An entry due for checking.
#[derive(Debug, Clone)]
pub struct DueEntry {
    pub slug: String,
    pub name: String,
    /// `listed`, `discreet` or `unlisted`.
    pub visibility: String,
    /// The day of its last check, if it ever had one.
    pub last_verified: Option<Day>,
}

/// The entries due for checking, oldest first, and how many there are in all.
pub struct DueList {
    pub entries: Vec<DueEntry>,
    pub total: i64,
    /// Entries last checked before this day are due.
    pub cutoff: Date,
    pub verify_after_days: u32,
}

pub async fn due(registry: &Registry) -> Result<DueList> {
    let today = registry.now().date();
    let cutoff = today
        .checked_sub(Duration::days(i64::from(registry.verify_after_days)))
        .unwrap_or(Date::MIN);
    let cutoff_text = Day::from(cutoff).to_string();
    let mut conn = registry.pool.acquire().await?;
    let rows = currency::due(&mut conn, &cutoff_text, DUE_LIST_LIMIT).await?;
    let total = currency::due_count(&mut conn, &cutoff_text).await?;
    let entries = rows
        .into_iter()
        .map(|row| DueEntry {
            // The column's CHECK keeps it a day; anything else reads as never checked.
            last_verified: row
                .last_verified
                .as_deref()
                .and_then(|d| Day::parse(d).ok()),
            slug: row.slug,
            name: row.name,
            visibility: row.visibility,
        })
        .collect();
    Ok(DueList {
        entries,
        total,
        cutoff,
        verify_after_days: registry.verify_after_days,
    })
}

/// Records that a moderator checked the entry `slug` against the organisation today, with a note
/// saying how (required: it is the revision's summary, so the history shows who checked, when
/// and how). An entry already marked checked today is a conflict, so no note is lost.
pub async fn mark_checked(
    registry: &Registry,
    slug: &str,
    note: &str,
    moderator: &Moderator,
) -> Result<()> {
    let note = checked_note(note)?;
    let not_found =
        || Error::NotFound(Message::new("error-no-organisation-short").with("slug", slug));
    let slug = Slug::parse(slug).map_err(|_| not_found())?;
    let now = registry.now();
    let today = Day::from(now.date());
    let mut tx = db::begin_write(&registry.pool).await?;
    let mut record = organisations::find_by_slug(&mut tx, &slug, now.year())
        .await?
        .ok_or_else(not_found)?;
    if record.last_verified == Some(today) {
        return Err(Error::Conflict(
            Message::new("currency-already-checked-today").with("name", &record.name),
        ));
    }
    record.last_verified = Some(today);
    let change = Change::by_moderator(
        Action::Edit,
        moderator.id,
        &moderator.username,
        Summary::Note(note),
    );
    publish(&mut tx, &record, now, &change).await?;
    tx.commit().await?;
    Ok(())
}

/// The note of a check, on one line; an error on `note` if it is blank or too long.
fn checked_note(note: &str) -> Result<String> {
    let length = note.chars().count();
    if length > limits::NOTE {
        return Err(Error::invalid(
            "note",
            Message::new("field-too-long")
                .with("length", length)
                .with("max", limits::NOTE),
        ));
    }
    let folded = note.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.is_empty() {
        return Err(Error::invalid(
            "note",
            Message::new("currency-check-note-required"),
        ));
    }
    if folded.chars().any(char::is_control) {
        return Err(Error::invalid(
            "note",
            Message::new("field-control-characters"),
        ));
    }
    Ok(folded)
}
