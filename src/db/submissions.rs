//! Submissions waiting for, or decided by, a moderator.

use sqlx::{FromRow, SqliteConnection};

#[derive(Debug, Clone, FromRow)]
pub struct SubmissionRow {
    pub id: i64,
    pub reference: String,
    pub kind: String,
    pub target_id: Option<i64>,
    pub target_slug: Option<String>,
    pub record: String,
    pub note: Option<String>,
    pub contact_email: Option<String>,
    pub duplicates: String,
    pub status: String,
    pub submitted_at: String,
    pub decided_at: Option<String>,
    pub decided_by: Option<String>,
    pub decision_reason: Option<String>,
    pub organisation_slug: Option<String>,
}

const SELECT: &str = "SELECT s.id, s.reference, s.kind, s.target_id, t.slug AS target_slug,
        s.record, s.note, s.contact_email, s.duplicates, s.status, s.submitted_at, s.decided_at,
        m.username AS decided_by, s.decision_reason, o.slug AS organisation_slug
    FROM submissions s
    LEFT JOIN organisations t ON t.id = s.target_id
    LEFT JOIN organisations o ON o.id = s.organisation_id
    LEFT JOIN moderators m ON m.id = s.decided_by";

pub struct NewSubmission<'a> {
    pub reference: &'a str,
    pub kind: &'a str,
    pub target_id: Option<i64>,
    pub record: &'a str,
    pub note: Option<&'a str>,
    pub contact_email: Option<&'a str>,
    pub duplicates: &'a str,
    pub submitted_at: &'a str,
}

/// Stores a submission; `Ok(false)` if its reference is already taken (draw another).
pub async fn insert(
    conn: &mut SqliteConnection,
    new: &NewSubmission<'_>,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "INSERT INTO submissions (reference, kind, target_id, record, note, contact_email,
             duplicates, submitted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (reference) DO NOTHING",
    )
    .bind(new.reference)
    .bind(new.kind)
    .bind(new.target_id)
    .bind(new.record)
    .bind(new.note)
    .bind(new.contact_email)
    .bind(new.duplicates)
    .bind(new.submitted_at)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Pending submissions, oldest first.
pub async fn pending(conn: &mut SqliteConnection) -> Result<Vec<SubmissionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE s.status = 'pending' ORDER BY s.submitted_at, s.id"
    )))
    .fetch_all(conn)
    .await
}

/// Recently decided submissions, newest first.
pub async fn decided(
    conn: &mut SqliteConnection,
    limit: i64,
) -> Result<Vec<SubmissionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE s.status <> 'pending' ORDER BY s.decided_at DESC, s.id DESC LIMIT ?"
    )))
    .bind(limit)
    .fetch_all(conn)
    .await
}

pub async fn by_reference(
    conn: &mut SqliteConnection,
    reference: &str,
) -> Result<Option<SubmissionRow>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE s.reference = ?"
    )))
    .bind(reference)
    .fetch_optional(conn)
    .await
}

/// Records a decision on a pending submission and erases its contact email. `Ok(false)` if it
/// was no longer pending (decided meanwhile by someone else).
pub async fn decide(
    conn: &mut SqliteConnection,
    id: i64,
    status: &str,
    moderator_id: i64,
    reason: Option<&str>,
    organisation_id: Option<i64>,
    now: &str,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE submissions SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ?,
             organisation_id = ?, contact_email = NULL
         WHERE id = ? AND status = 'pending'",
    )
    .bind(status)
    .bind(now)
    .bind(moderator_id)
    .bind(reason)
    .bind(organisation_id)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// The id of the organisation a correction may be for: a published one the public may see.
pub async fn correctable_id(
    conn: &mut SqliteConnection,
    slug: &crate::domain::Slug,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM organisations WHERE slug = ? AND visibility <> 'unlisted'")
        .bind(slug.as_str())
        .fetch_optional(conn)
        .await
}

/// Every organisation's slug, name, visibility and aliases, for spotting likely duplicates.
pub async fn names(
    conn: &mut SqliteConnection,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT slug, name, visibility FROM organisations
         UNION ALL
         SELECT o.slug, a.name, o.visibility FROM organisation_aliases a
         JOIN organisations o ON o.id = a.organisation_id",
    )
    .fetch_all(conn)
    .await
}
