//! How current the registry is: the stored checks of its web addresses (`link_checks`) and the
//! organisations due for checking against the organisations themselves (`last_verified`).

use sqlx::{AssertSqlSafe, FromRow, SqliteConnection};

/// The last check of one web address, as stored.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct LinkCheckRow {
    pub url: String,
    /// `ok`, `redirected`, `broken` or `unreachable`.
    pub status: String,
    /// Where a redirected address led.
    pub final_url: Option<String>,
    /// The HTTP status of the last answer.
    pub http_status: Option<i64>,
    /// Why an unreachable address gave no answer: `dns`, `connect`, `timeout`, `redirects`,
    /// `other`.
    pub failure: Option<String>,
    /// The day of the check, `YYYY-MM-DD`.
    pub checked_on: String,
}

/// Every use of a web address in a record, whatever its visibility: `(organisation_id, url,
/// place)`, the place `website`, `contact` (a social or messaging link), `source` or `event`.
/// The one list the checker, the pruning and the moderators' list all read.
const USES: &str = "uses (organisation_id, url, place) AS (
         SELECT id, website, 'website' FROM organisations WHERE website IS NOT NULL
         UNION SELECT organisation_id, url, 'contact' FROM organisation_contact_links
         UNION SELECT organisation_id, url, 'source' FROM sources
         UNION SELECT organisation_id, source_url, 'event' FROM events
               WHERE source_url IS NOT NULL)";

/// Every web address the registry names, each once.
pub async fn addresses(conn: &mut SqliteConnection) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(AssertSqlSafe(format!(
        "WITH {USES} SELECT DISTINCT url FROM uses ORDER BY 1"
    )))
    .fetch_all(conn)
    .await
}

/// Stores the check of one address, replacing the one before.
pub async fn record(conn: &mut SqliteConnection, check: &LinkCheckRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO link_checks (url, status, final_url, http_status, failure, checked_on)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET status = excluded.status,
             final_url = excluded.final_url, http_status = excluded.http_status,
             failure = excluded.failure, checked_on = excluded.checked_on",
    )
    .bind(&check.url)
    .bind(&check.status)
    .bind(&check.final_url)
    .bind(check.http_status)
    .bind(&check.failure)
    .bind(&check.checked_on)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets the checks of addresses that no record names any more; returns how many.
pub async fn prune(conn: &mut SqliteConnection) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(AssertSqlSafe(format!(
        "WITH {USES} DELETE FROM link_checks WHERE url NOT IN (SELECT url FROM uses)"
    )))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// A checked address that did not simply work, with a record that names it.
#[derive(Debug, Clone, FromRow)]
pub struct ProblemRow {
    #[sqlx(flatten)]
    pub check: LinkCheckRow,
    pub slug: String,
    pub name: String,
    /// Where the record names it: `website`, `contact`, `source` or `event`.
    pub place: String,
}

/// Every address whose last check was not `ok`, once per record and place naming it: broken and
/// unreachable first, then redirected; within each, by organisation name.
pub async fn problems(conn: &mut SqliteConnection) -> Result<Vec<ProblemRow>, sqlx::Error> {
    sqlx::query_as(AssertSqlSafe(format!(
        "WITH {USES}
         SELECT l.url, l.status, l.final_url, l.http_status, l.failure, l.checked_on,
                o.slug, o.name, u.place
         FROM link_checks l
         JOIN uses u ON u.url = l.url
         JOIN organisations o ON o.id = u.organisation_id
         WHERE l.status <> 'ok'
         ORDER BY l.status = 'redirected', o.name COLLATE NOCASE, o.slug,
                  CASE u.place WHEN 'website' THEN 0 WHEN 'contact' THEN 1 WHEN 'source' THEN 2
                      ELSE 3 END, l.url"
    )))
    .fetch_all(conn)
    .await
}

/// The checks of the organisation `slug`'s website, contact links and sources that found them
/// broken or unreachable: what its public page notes beside those links.
pub async fn failing_for(
    conn: &mut SqliteConnection,
    slug: &str,
) -> Result<Vec<LinkCheckRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT url, status, final_url, http_status, failure, checked_on FROM link_checks
         WHERE status IN ('broken', 'unreachable') AND url IN (
             SELECT website FROM organisations WHERE slug = ?1
             UNION SELECT c.url FROM organisation_contact_links c
                   JOIN organisations o ON o.id = c.organisation_id WHERE o.slug = ?1
             UNION SELECT s.url FROM sources s JOIN organisations o ON o.id = s.organisation_id
                   WHERE o.slug = ?1)
         ORDER BY url",
    )
    .bind(slug)
    .fetch_all(conn)
    .await
}

/// An organisation due for checking against the organisation itself.
#[derive(Debug, Clone, FromRow)]
pub struct DueRow {
    pub slug: String,
    pub name: String,
    pub visibility: String,
    /// `YYYY-MM-DD`, or none if it was never checked.
    pub last_verified: Option<String>,
}

/// The organisations never checked or last checked before `cutoff` (`YYYY-MM-DD`), oldest first:
/// never checked, then by the day of their last check, then by name; at most `limit`.
pub async fn due(
    conn: &mut SqliteConnection,
    cutoff: &str,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT slug, name, visibility, last_verified FROM organisations
         WHERE last_verified IS NULL OR last_verified < ?
         ORDER BY last_verified IS NOT NULL, last_verified, name COLLATE NOCASE, slug
         LIMIT ?",
    )
    .bind(cutoff)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// How many organisations [`due`] would list without a limit.
pub async fn due_count(conn: &mut SqliteConnection, cutoff: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT count(*) FROM organisations WHERE last_verified IS NULL OR last_verified < ?",
    )
    .bind(cutoff)
    .fetch_one(conn)
    .await
}
