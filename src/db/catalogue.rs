//! Reads for search: the rows of the in-memory catalogue, full-text hits, and the registry's
//! change counter.

use sqlx::{FromRow, SqliteConnection};

use super::Pool;

/// One organisation's searchable and listable fields, as stored. Unlisted organisations are never
/// read here. Read as a JSON array of its fields in this order (see `load_in_batches`).
#[derive(Debug, serde::Deserialize)]
pub struct CatalogueRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub visibility: String,
    pub city: Option<String>,
    pub scope: Option<String>,
    pub founded_year: Option<i64>,
    pub ended_year: Option<i64>,
    pub status: String,
    pub user_led_degree: String,
    pub website: Option<String>,
    pub meets: Option<String>,
    pub last_verified: Option<String>,
    pub newest_source_year: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
    /// The set-valued fields, each as its values joined by commas (slugs and country codes
    /// hold none).
    pub categories: Option<String>,
    pub countries: Option<String>,
    pub activities: Option<String>,
    pub profiles: Option<String>,
    /// The other names, in their order, as a JSON array of strings.
    pub aliases: Option<String>,
    /// Whether it has at least one evaluation.
    pub evaluated: bool,
}

/// Everything the catalogue is built from, read in one transaction so that it is consistent with
/// `version`: the rows as stored, or as the reader turned them into entries.
#[derive(Debug, Default)]
pub struct CatalogueData<Row = CatalogueRow> {
    pub version: i64,
    pub changed_at: String,
    pub rows: Vec<Row>,
}

/// The registry's change counter and the time of its last change (RFC 3339).
pub async fn state(conn: &mut SqliteConnection) -> Result<(i64, String), sqlx::Error> {
    sqlx::query_as("SELECT version, changed_at FROM registry_state WHERE id = 1")
        .fetch_one(conn)
        .await
}

/// Rows read at a time: each batch is turned into entries (and its descriptions dropped) before
/// the next is read, so a rebuild never holds every description at once.
const BATCH: i64 = 1_000;

/// Reads the catalogue's rows, each turned by `convert` as it is read (`None` drops it), in the
/// order of their ids.
pub async fn load<Row>(
    pool: &Pool,
    convert: impl FnMut(CatalogueRow) -> Option<Row>,
) -> Result<CatalogueData<Row>, sqlx::Error> {
    load_in_batches(pool, BATCH, convert).await
}

/// [`load`], reading `batch` rows at a time.
pub(crate) async fn load_in_batches<Row>(
    pool: &Pool,
    batch_size: i64,
    mut convert: impl FnMut(CatalogueRow) -> Option<Row>,
) -> Result<CatalogueData<Row>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let (version, changed_at) = state(&mut tx).await?;
    // Room for every row at once: a vector grown by doubling holds up to twice what it needs,
    // and both copies while it moves.
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM organisations WHERE visibility <> 'unlisted'")
            .fetch_one(&mut *tx)
            .await?;
    let mut rows = Vec::with_capacity(usize::try_from(count).unwrap_or_default());
    let mut after = i64::MIN;
    loop {
        // A batch crosses from SQLite's thread as one JSON array of rows, each organisation's
        // sets in its row: handing rows across one by one was a third of a rebuild (perf).
        let batch: Option<String> = sqlx::query_scalar(
            "SELECT json_group_array(json_array(
                    o.id, o.slug, o.name, o.description, o.visibility, o.city, o.scope,
                    o.founded_year, o.ended_year, o.status, o.user_led_degree, o.website,
                    c.meets, o.last_verified,
                    (SELECT max(s.year) FROM sources s WHERE s.organisation_id = o.id),
                    o.created_at, o.updated_at,
                    (SELECT group_concat(category) FROM organisation_categories
                     WHERE organisation_id = o.id),
                    (SELECT group_concat(country) FROM organisation_countries
                     WHERE organisation_id = o.id),
                    (SELECT group_concat(activity) FROM organisation_activities
                     WHERE organisation_id = o.id),
                    (SELECT group_concat(profile) FROM organisation_profiles
                     WHERE organisation_id = o.id),
                    -- As text: the array is parsed when the entry is made. In order from
                    -- a subquery, not sorted in a temporary b-tree per row
                    -- (see `organisations::records_statement`).
                    (SELECT json_group_array(name) || ''
                     FROM (SELECT name FROM organisation_aliases WHERE organisation_id = o.id
                           ORDER BY position)
                     HAVING count(*) > 0),
                    json(CASE WHEN EXISTS (SELECT 1 FROM evaluations WHERE organisation_id = o.id)
                         THEN 'true' ELSE 'false' END)))
             FROM (SELECT * FROM organisations
                   WHERE visibility <> 'unlisted' AND id > ? ORDER BY id LIMIT ?) o
             LEFT JOIN organisation_contacts c ON c.organisation_id = o.id",
        )
        .bind(after)
        .bind(batch_size)
        .fetch_one(&mut *tx)
        .await?;
        let batch: Vec<CatalogueRow> = serde_json::from_str(batch.as_deref().unwrap_or("[]"))
            .map_err(|err| sqlx::Error::Decode(Box::new(err)))?;
        // The largest id read, whatever order the array came in.
        let Some(last) = batch.iter().map(|row| row.id).max() else {
            break;
        };
        after = last;
        let full = batch.len() as i64 == batch_size;
        rows.extend(batch.into_iter().filter_map(&mut convert));
        if !full {
            break;
        }
    }
    tx.commit().await?;
    Ok(CatalogueData {
        version,
        changed_at,
        rows,
    })
}

/// A listed organisation's contact details as stored, each as one line of text, for the CSV.
#[derive(Debug, Clone, Default, FromRow)]
pub struct ContactText {
    pub id: i64,
    pub email: Option<String>,
    pub telephone: Option<String>,
    /// "Street, postcode town, country code".
    pub address: Option<String>,
    /// The links' addresses, separated by spaces, in their order.
    pub links: Option<String>,
    /// The language codes, separated by `;`.
    pub languages: Option<String>,
    pub how_to_get_in_touch: Option<String>,
}

/// The contact details of every listed organisation that has any: never of a discreet or an
/// unlisted one. Read from the contact tables outwards, so the cost follows the organisations
/// with contact details, not the size of the registry.
pub async fn listed_contacts(pool: &Pool) -> Result<Vec<ContactText>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, c.email, c.telephone,
                CASE WHEN c.address_street IS NOT NULL THEN
                    c.address_street || ', ' || coalesce(c.address_postal_code || ' ', '')
                    || c.address_locality || ', ' || c.address_country
                END AS address,
                (SELECT group_concat(url, ' ') FROM (
                     SELECT url FROM organisation_contact_links l
                     WHERE l.organisation_id = o.id ORDER BY position)) AS links,
                (SELECT group_concat(language, ';') FROM (
                     SELECT language FROM organisation_languages g
                     WHERE g.organisation_id = o.id ORDER BY language)) AS languages,
                c.how_to_get_in_touch
         FROM (SELECT organisation_id AS id FROM organisation_contacts
               UNION SELECT organisation_id FROM organisation_contact_links
               UNION SELECT organisation_id FROM organisation_languages) AS given
         JOIN organisations o ON o.id = given.id
         LEFT JOIN organisation_contacts c ON c.organisation_id = o.id
         WHERE o.visibility = 'listed'",
    )
    .fetch_all(pool)
    .await
}

/// Ids of the organisations matching an FTS5 query built by `search::text`. The ids come back as
/// one comma-separated row: tens of thousands of rows one by one cost far more than the search.
pub async fn text_matches(pool: &Pool, fts_query: &str) -> Result<Vec<i64>, sqlx::Error> {
    let ids: Option<String> = sqlx::query_scalar(
        "SELECT group_concat(rowid) FROM organisation_search WHERE organisation_search MATCH ?",
    )
    .bind(fts_query)
    .fetch_one(pool)
    .await?;
    Ok(parse_ids(ids.as_deref().unwrap_or_default()))
}

/// Ids of the organisations whose name, other names or city match an FTS5 query built by
/// `search::text`: the first tier when matches are too many to rank by bm25.
pub async fn name_or_city_matches(pool: &Pool, fts_query: &str) -> Result<Vec<i64>, sqlx::Error> {
    text_matches(pool, &format!("{{name aliases city}} : ({fts_query})")).await
}

/// The matches of an FTS5 query with their bm25 rank (lower is better: names weigh most, then
/// other names and the city; see [`super::bm25::COLUMN_WEIGHTS`]). `phrase_rows` gives, for each
/// phrase of the query in its order, how many rows of the index hold it, if known: what FTS5's
/// own `bm25()` would count again at every statement ([`super::bm25`]). `row_lengths` gives the
/// matching rows' lengths in tokens, as [`row_lengths`] read them: those left out are looked up
/// row by row. About 0.5 ms per thousand matches: for queries known to match few.
pub async fn bm25_matches(
    pool: &Pool,
    fts_query: &str,
    phrase_rows: &[Option<usize>],
    row_lengths: Vec<(i64, u32)>,
) -> Result<Vec<(i64, f64)>, sqlx::Error> {
    let counts: Vec<String> = phrase_rows
        .iter()
        .map(|rows| rows.map_or_else(|| "-".to_owned(), |rows| rows.to_string()))
        .collect();
    // LIMIT -1 keeps SQLite from flattening the subquery, where an FTS5 function may not be
    // called.
    let ranked: Option<String> = sqlx::query_scalar(
        "SELECT group_concat(id || ':' || rank) FROM (
             SELECT rowid AS id, userled_bm25(organisation_search, ?2, ?3) AS rank
             FROM organisation_search WHERE organisation_search MATCH ?1 LIMIT -1)",
    )
    .bind(fts_query)
    .bind(counts.join(" "))
    .bind(super::bm25::lengths_blob(row_lengths))
    .fetch_one(pool)
    .await?;
    Ok(pairs(ranked.as_deref())
        .filter_map(|(id, rank)| {
            Some((
                id.parse().ok()?,
                super::bm25::rank_from_bits(rank.parse().ok()?),
            ))
        })
        .collect())
}

/// Every row of the full-text index with its length in tokens, read in one pass over the
/// index's `docsize` table (about 50 ms at 100 000 organisations): what bm25 weighs a match's
/// frequency against, and otherwise looks up row by row ([`super::bm25`]). The rows cross as
/// one text of `id:hex` pairs, as [`text_matches`] does for ids.
pub async fn row_lengths(pool: &Pool) -> Result<Vec<(i64, u32)>, sqlx::Error> {
    let rows: Option<String> = sqlx::query_scalar(
        "SELECT group_concat(id || ':' || hex(sz)) FROM organisation_search_docsize",
    )
    .fetch_one(pool)
    .await?;
    Ok(pairs(rows.as_deref())
        .filter_map(|(id, sz)| Some((id.parse().ok()?, super::bm25::row_length(&from_hex(sz)?)?)))
        .collect())
}

/// The `key:value` pairs of a `group_concat` of them, separated by commas (none for `NULL`).
fn pairs(list: Option<&str>) -> impl Iterator<Item = (&str, &str)> {
    list.unwrap_or_default()
        .split(',')
        .filter_map(|pair| pair.split_once(':'))
}

/// The bytes of upper-case hexadecimal text, as SQLite's `hex()` writes them.
fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Every word of the full-text index, in order, with how many organisations use it. fts5vocab
/// counts them by walking the whole index (about 0.1 s at 100 000 organisations), so this is
/// read once per catalogue ([`crate::search::IndexWords`]), not per search.
pub async fn index_words(pool: &Pool) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT term, doc FROM organisation_search_terms ORDER BY term")
        .fetch_all(pool)
        .await
}

fn parse_ids(list: &str) -> Vec<i64> {
    list.split(',').filter_map(|id| id.parse().ok()).collect()
}

/// The names of the organisations with these slugs.
pub async fn names_by_slug<'a>(
    conn: &mut SqliteConnection,
    slugs: impl Iterator<Item = &'a str>,
) -> Result<std::collections::HashMap<String, String>, sqlx::Error> {
    let mut names = std::collections::HashMap::new();
    for slug in slugs {
        let name: Option<String> =
            sqlx::query_scalar("SELECT name FROM organisations WHERE slug = ?")
                .bind(slug)
                .fetch_optional(&mut *conn)
                .await?;
        if let Some(name) = name {
            names.insert(slug.to_owned(), name);
        }
    }
    Ok(names)
}

/// Counts over every published organisation, unlisted ones included: statistics are the one
/// place they are counted.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub version: i64,
    pub changed_at: String,
    /// By visibility slug.
    pub visibility: Vec<(String, i64)>,
    pub categories: Vec<(String, i64)>,
    pub degrees: Vec<(String, i64)>,
    /// By decade's first year; `None` for an unknown founding year.
    pub decades: Vec<(Option<i64>, i64)>,
    pub countries: Vec<(String, i64)>,
}

pub async fn counts(pool: &Pool) -> Result<Counts, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let (version, changed_at) = state(&mut tx).await?;
    let visibility = sqlx::query_as("SELECT visibility, count(*) FROM organisations GROUP BY 1")
        .fetch_all(&mut *tx)
        .await?;
    let categories =
        sqlx::query_as("SELECT category, count(*) FROM organisation_categories GROUP BY 1")
            .fetch_all(&mut *tx)
            .await?;
    let degrees = sqlx::query_as("SELECT user_led_degree, count(*) FROM organisations GROUP BY 1")
        .fetch_all(&mut *tx)
        .await?;
    let decades = sqlx::query_as(
        "SELECT founded_year / 10 * 10, count(*) FROM organisations GROUP BY 1 ORDER BY 1",
    )
    .fetch_all(&mut *tx)
    .await?;
    let countries = sqlx::query_as(
        "SELECT country, count(*) FROM organisation_countries GROUP BY 1 ORDER BY 2 DESC, 1",
    )
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Counts {
        version,
        changed_at,
        visibility,
        categories,
        degrees,
        decades,
        countries,
    })
}
