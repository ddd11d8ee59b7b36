//! Requests from the public to change, make discreet or remove a published entry, open or closed
//! by a moderator.

use sqlx::{FromRow, SqliteConnection};

#[derive(Debug, Clone, FromRow)]
pub struct EntryRequestRow {
    pub id: i64,
    pub reference: String,
    pub slug: String,
    /// The entry's name now, if it is still published.
    pub name: Option<String>,
    pub kind: String,
    pub reason: String,
    pub contact_email: Option<String>,
    pub status: String,
    pub requested_at: String,
    pub closed_at: Option<String>,
    pub closed_by: Option<String>,
    pub closing_note: Option<String>,
}

const SELECT: &str = "SELECT r.id, r.reference, r.slug, o.name, r.kind, r.reason, r.contact_email,
        r.status, r.requested_at, r.closed_at, m.username AS closed_by, r.closing_note
    FROM entry_requests r
    LEFT JOIN organisations o ON o.id = r.organisation_id
    LEFT JOIN moderators m ON m.id = r.closed_by";

pub struct NewEntryRequest<'a> {
    pub reference: &'a str,
    pub organisation_id: i64,
    pub slug: &'a str,
    pub kind: &'a str,
    pub reason: &'a str,
    pub contact_email: Option<&'a str>,
    pub requested_at: &'a str,
}

/// Stores a request; `Ok(false)` if its reference is already taken (draw another).
pub async fn insert(
    conn: &mut SqliteConnection,
    new: &NewEntryRequest<'_>,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "INSERT INTO entry_requests (reference, organisation_id, slug, kind, reason,
             contact_email, requested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (reference) DO NOTHING",
    )
    .bind(new.reference)
    .bind(new.organisation_id)
    .bind(new.slug)
    .bind(new.kind)
    .bind(new.reason)
    .bind(new.contact_email)
    .bind(new.requested_at)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Open requests, oldest first.
pub async fn open(conn: &mut SqliteConnection) -> Result<Vec<EntryRequestRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE r.status = 'open' ORDER BY r.requested_at, r.id"
    )))
    .fetch_all(conn)
    .await
}

/// Recently closed requests, newest first.
pub async fn closed(
    conn: &mut SqliteConnection,
    limit: i64,
) -> Result<Vec<EntryRequestRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE r.status <> 'open' ORDER BY r.closed_at DESC, r.id DESC LIMIT ?"
    )))
    .bind(limit)
    .fetch_all(conn)
    .await
}

pub async fn by_reference(
    conn: &mut SqliteConnection,
    reference: &str,
) -> Result<Option<EntryRequestRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE r.reference = ?"
    )))
    .bind(reference)
    .fetch_optional(conn)
    .await
}

/// Closes an open request with its outcome and note, and erases its contact email. `Ok(false)`
/// if it was no longer open (closed meanwhile by someone else).
pub async fn close(
    conn: &mut SqliteConnection,
    id: i64,
    status: &str,
    moderator_id: i64,
    note: Option<&str>,
    now: &str,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE entry_requests SET status = ?, closed_at = ?, closed_by = ?, closing_note = ?,
             contact_email = NULL
         WHERE id = ? AND status = 'open'",
    )
    .bind(status)
    .bind(now)
    .bind(moderator_id)
    .bind(note)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}
