//! The organisation aggregate: reading whole records and writing them in one transaction.
//!
//! A record is stored across the `organisations` row and its child tables. Reading goes back through
//! [`OrganisationInput::validate`], so a record leaves the database as the same validated
//! [`Organisation`] that went in, and a row that no longer validates is reported, not served.

use std::collections::HashMap;
use std::sync::LazyLock;

use sqlx::query::{Query, QueryAs};
use sqlx::sqlite::SqliteArguments;
use sqlx::{AssertSqlSafe, Sqlite, SqliteConnection};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::insert_rows;
use super::revisions::{self, Change};
use crate::domain::organisation::Relation;
use crate::domain::{FieldError, Organisation, OrganisationInput, Slug, Vocabulary};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("the stored record \"{slug}\" is no longer valid: {}", list(.errors))]
    Corrupt {
        slug: String,
        errors: Vec<FieldError>,
    },
    #[error("relation target \"{0}\" is not in the registry")]
    MissingTarget(Slug),
}

fn list(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// What an upsert did to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

pub async fn count(conn: &mut SqliteConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT count(*) FROM organisations")
        .fetch_one(conn)
        .await
}

/// Every organisation, whatever its visibility, ordered by slug.
pub async fn load_all(
    conn: &mut SqliteConnection,
    current_year: i32,
) -> Result<Vec<Organisation>, StoreError> {
    load(conn, Selection::All, current_year).await
}

/// Up to `count` organisations, whatever their visibility, in slug order, after the slug `after`
/// (from the first if `None`): a whole registry read a batch at a time, so that neither one
/// statement nor memory grows with it. Read the batches in one transaction for one state of the
/// registry.
pub async fn load_batch(
    conn: &mut SqliteConnection,
    after: Option<&str>,
    count: u32,
    current_year: i32,
) -> Result<Vec<Organisation>, StoreError> {
    let rows: Vec<(i64, String)> = sqlx::query_as(AssertSqlSafe(BATCH_AFTER_SLUG.as_str()))
        .bind(after.unwrap_or_default())
        .bind(count)
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|(_, json)| record_from_json(&json, current_year))
        .collect()
}

/// [`records_statement`] for [`load_batch`]: every slug sorts after the empty text.
static BATCH_AFTER_SLUG: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} LIMIT ?2",
        records_statement("WHERE o.slug > ?1", Columns::Record)
    )
});

pub async fn find_by_slug(
    conn: &mut SqliteConnection,
    slug: &Slug,
    current_year: i32,
) -> Result<Option<Organisation>, StoreError> {
    let row: Option<(i64, String)> = sqlx::query_as(AssertSqlSafe(RECORD_BY_SLUG.as_str()))
        .bind(slug.as_str())
        .fetch_optional(conn)
        .await?;
    row.map(|(_, json)| record_from_json(&json, current_year))
        .transpose()
}

/// The organisation with row id `id`, whatever its visibility.
pub async fn by_id(
    conn: &mut SqliteConnection,
    id: i64,
    current_year: i32,
) -> Result<Option<Organisation>, StoreError> {
    Ok(load(conn, Selection::One(id), current_year).await?.pop())
}

async fn id_of(conn: &mut SqliteConnection, slug: &Slug) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM organisations WHERE slug = ?")
        .bind(slug.as_str())
        .fetch_optional(conn)
        .await
}

/// The slugs of all stored organisations.
pub async fn slugs(conn: &mut SqliteConnection) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT slug FROM organisations ORDER BY slug")
        .fetch_all(conn)
        .await
}

/// The organisations a load reads, or whose full-text rows are rewritten.
#[derive(Debug, Clone)]
enum Selection {
    All,
    One(i64),
    /// Their ids as a JSON array, read by `json_each`: one bound value however many they are.
    Several(String),
}

impl Selection {
    fn several(ids: impl IntoIterator<Item = i64>) -> Selection {
        Selection::Several(super::id_list(ids))
    }

    /// The WHERE clause selecting the rows of these organisations by `column`; the selection is
    /// always bound as `?1` (see [`Selection::bind`]). A variant each rather than
    /// `?1 IS NULL OR id = ?1` so that loading one record uses the indexes.
    fn filter(&self, column: &str) -> String {
        match self {
            Selection::All => "WHERE ?1 IS NULL".to_owned(),
            Selection::One(_) => format!("WHERE {column} = ?1"),
            Selection::Several(_) => format!("WHERE {column} IN (SELECT value FROM json_each(?1))"),
        }
    }

    fn bind<'q, O>(
        &self,
        query: QueryAs<'q, Sqlite, O, SqliteArguments>,
    ) -> QueryAs<'q, Sqlite, O, SqliteArguments> {
        match self {
            Selection::All => query.bind(None::<i64>),
            Selection::One(id) => query.bind(*id),
            Selection::Several(ids) => query.bind(ids.clone()),
        }
    }

    /// [`Selection::bind`] for a statement that returns no rows.
    fn bind_statement<'q>(
        &self,
        query: Query<'q, Sqlite, SqliteArguments>,
    ) -> Query<'q, Sqlite, SqliteArguments> {
        match self {
            Selection::All => query.bind(None::<i64>),
            Selection::One(id) => query.bind(*id),
            Selection::Several(ids) => query.bind(ids.clone()),
        }
    }
}

/// The record's sets, each stored in a junction table of its own.
#[derive(Clone, Copy)]
enum Set {
    Categories,
    Countries,
    Profiles,
    Activities,
    Languages,
}

impl Set {
    const ALL: [Set; 5] = [
        Set::Categories,
        Set::Countries,
        Set::Profiles,
        Set::Activities,
        Set::Languages,
    ];

    fn table_and_column(self) -> (&'static str, &'static str) {
        match self {
            Set::Categories => ("organisation_categories", "category"),
            Set::Countries => ("organisation_countries", "country"),
            Set::Profiles => ("organisation_profiles", "profile"),
            Set::Activities => ("organisation_activities", "activity"),
            Set::Languages => ("organisation_languages", "language"),
        }
    }

    fn slugs(self, org: &Organisation) -> Vec<&str> {
        match self {
            Set::Categories => org.categories.iter().map(|c| c.slug()).collect(),
            Set::Countries => org.countries.iter().map(|c| c.code()).collect(),
            Set::Profiles => org.user_profiles.iter().map(|p| p.slug()).collect(),
            Set::Activities => org.activities.iter().map(|a| a.slug()).collect(),
            Set::Languages => org.contact.languages.iter().map(|l| l.as_str()).collect(),
        }
    }
}

/// The statement that reads the organisations `filter` (a WHERE clause on `o`) selects, in slug
/// order, each as its row id and the record in the interchange format as JSON: every list and
/// set is gathered by SQLite (`json_group_array`) in the same statement, so a record is one round
/// trip to SQLite's thread rather than one per table, and serde reads it as an import reads a
/// file. [`Columns::Page`] adds what the page of one organisation needs besides, in the same
/// round trip: the relations that point at it, as `[source id, kind]` pairs, and the registry's
/// version.
///
/// Each list is gathered from a subquery in the list's order, not with an `ORDER BY` inside
/// `json_group_array`: that form sorts every list in a temporary b-tree of its own, a dozen per
/// record, which was half the cost of reading one record. The subquery's order is the order of
/// the table's primary key (or of the index the subquery searches), so nothing is sorted, and
/// SQLite keeps a subquery's `ORDER BY` when an aggregate such as `json_group_array` reads it.
fn records_statement(filter: &str, columns: Columns) -> String {
    let set = |table: &str, column: &str| {
        format!(
            "json((SELECT json_group_array({column}) FROM (
                       SELECT {column} FROM {table} WHERE organisation_id = o.id
                       ORDER BY {column})))"
        )
    };
    let list = |table: &str, object: &str| {
        format!(
            "json((SELECT json_group_array(json_object({object})) FROM (
                       SELECT * FROM {table} WHERE organisation_id = o.id ORDER BY position)))"
        )
    };
    format!(
        "SELECT o.id, json_object(
            'slug', o.slug, 'name', o.name,
            'aliases', {aliases},
            'description', o.description,
            'categories', {categories},
            'countries', {countries},
            'city', o.city, 'scope', o.scope, 'founded_year', o.founded_year, 'status', o.status,
            'ended_year', o.ended_year, 'user_led_degree', o.user_led_degree,
            'degree_note', o.degree_note,
            'user_profiles', {profiles},
            'activities', {activities},
            'website', o.website,
            'contact', json_object(
                'email', c.email, 'telephone', c.telephone,
                'address', CASE WHEN c.address_street IS NOT NULL THEN json_object(
                    'street', c.address_street, 'postal_code', c.address_postal_code,
                    'locality', c.address_locality, 'country', c.address_country) END,
                'links', {links},
                'meets', c.meets,
                'languages', {languages},
                'how_to_get_in_touch', c.how_to_get_in_touch),
            'visibility', o.visibility, 'last_verified', o.last_verified,
            'sources', {sources},
            'evaluations', {evaluations},
            'facts', {facts},
            'relations', json((SELECT json_group_array(json_object('kind', kind, 'target', slug))
                               FROM (SELECT r.kind, t.slug
                                     FROM relations r JOIN organisations t ON t.id = r.target_id
                                     WHERE r.organisation_id = o.id ORDER BY r.position))),
            'events', {events}){incoming}
         FROM organisations o LEFT JOIN organisation_contacts c ON c.organisation_id = o.id
         {filter} ORDER BY o.slug",
        aliases = list(
            "organisation_aliases",
            "'name', name, 'language', language, 'kind', kind"
        ),
        categories = set("organisation_categories", "category"),
        countries = set("organisation_countries", "country"),
        profiles = set("organisation_profiles", "profile"),
        activities = set("organisation_activities", "activity"),
        links = list("organisation_contact_links", "'kind', kind, 'url', url"),
        languages = set("organisation_languages", "language"),
        sources = list(
            "sources",
            "'url', url, 'title', title, 'year', year, 'note', note"
        ),
        evaluations = list(
            "evaluations",
            "'citation', citation, 'year', year, 'design', design, 'sample_size', sample_size,
             'finding', finding"
        ),
        facts = list(
            "facts",
            "'label', label, 'value', value, 'year', year, 'note', note"
        ),
        events = list(
            "events",
            "'year', year, 'kind', kind, 'note', note, 'source_url', source_url"
        ),
        incoming = match columns {
            Columns::Record => "",
            Columns::Page => {
                ", json((SELECT json_group_array(json_array(organisation_id, kind))
                         FROM (SELECT organisation_id, kind FROM relations WHERE target_id = o.id
                               ORDER BY organisation_id, position))),
                   (SELECT version FROM registry_state WHERE id = 1)"
            }
        },
    )
}

/// What [`records_statement`] reads of each record: its id and the record itself, and for
/// [`Columns::Page`] also the relations that point at it and the registry's version, which
/// tells the reader which catalogue the record belongs with.
#[derive(Clone, Copy)]
enum Columns {
    Record,
    Page,
}

/// [`records_statement`] for one record by its slug, bound as `?1`: its record alone, and as
/// its page reads it. Written once, not on every request.
static RECORD_BY_SLUG: LazyLock<String> =
    LazyLock::new(|| records_statement(BY_SLUG, Columns::Record));
static PAGE_BY_SLUG: LazyLock<String> = LazyLock::new(|| records_statement(BY_SLUG, Columns::Page));
const BY_SLUG: &str = "WHERE o.slug = ?1";

/// Loads the organisations `only` selects, in slug order, in one statement (see
/// [`records_statement`]), each validated as it was when it went in.
async fn load(
    conn: &mut SqliteConnection,
    only: Selection,
    current_year: i32,
) -> Result<Vec<Organisation>, StoreError> {
    let rows: Vec<(i64, String)> = only
        .bind(sqlx::query_as(AssertSqlSafe(records_statement(
            &only.filter("o.id"),
            Columns::Record,
        ))))
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|(_, json)| record_from_json(&json, current_year))
        .collect()
}

/// A record as [`records_statement`] writes it, validated.
fn record_from_json(json: &str, current_year: i32) -> Result<Organisation, StoreError> {
    let input: OrganisationInput = from_statement_json(json)?;
    let slug = input.slug.clone().unwrap_or_default();
    input
        .validate(current_year)
        .map_err(|errors| StoreError::Corrupt { slug, errors })
}

/// JSON that a statement of this module wrote: failing to read it is a fault in the statement.
fn from_statement_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, sqlx::Error> {
    serde_json::from_str(json).map_err(|error| sqlx::Error::Decode(Box::new(error)))
}

/// What the page of one organisation reads, in one statement: the record, the relations that
/// point at it, and the registry's version as of that reading.
#[derive(Debug)]
pub struct StoredPage {
    pub record: Organisation,
    /// `(source id, kind)`, by source.
    pub incoming: Vec<(i64, String)>,
    pub version: i64,
}

/// The organisation `slug` names, whatever its visibility, as its page reads it.
pub async fn page_by_slug(
    conn: &mut SqliteConnection,
    slug: &str,
    current_year: i32,
) -> Result<Option<StoredPage>, StoreError> {
    let row: Option<(i64, String, String, i64)> =
        sqlx::query_as(AssertSqlSafe(PAGE_BY_SLUG.as_str()))
            .bind(slug)
            .fetch_optional(conn)
            .await?;
    let Some((_, record, incoming, version)) = row else {
        return Ok(None);
    };
    Ok(Some(StoredPage {
        record: record_from_json(&record, current_year)?,
        incoming: from_statement_json(&incoming)?,
        version,
    }))
}

/// How many records an import reads, compares and writes at a time: each table then takes a
/// statement or two per batch rather than one per record, and the stored records compared
/// against stay few in memory.
pub const BATCH: usize = 500;

/// How many full-text rows a statement writes at the end of an import: tens of thousands at a
/// time, each statement about a second. FTS5 writes what it holds in memory as a new segment of
/// the index at the end of every statement, and merges segments four at a time: few statements,
/// few merges.
const SEARCH_ROWS_PER_STATEMENT: usize = 35_000;

/// How much FTS5 may hold in memory before it writes a segment (its `hashsize`), while an import
/// fills the full-text index. At FTS5's default of 1 MiB, a hundred thousand rows make about a
/// hundred segments, merged again and again into larger ones; at 8 MiB, about a dozen, and the
/// fill takes about two thirds of the time (measured on 100 000 records). At 32 MiB, a few, and
/// the fill a few tenths of a second less, for some 20 MB more at the import's peak (which holds
/// a few batches of records, not the file's).
const IMPORT_SEARCH_HASH_BYTES: i64 = 32 << 20;

/// FTS5's own `hashsize`, which the server's writes keep.
const SEARCH_HASH_BYTES: i64 = 1 << 20;

/// Stores `incoming` under its slug: inserts a new record, or replaces the stored one while
/// keeping its history (see [`Organisation::carry_history_from`]), and rewrites its full-text row.
/// Relations are not written here, since their targets may not exist yet: call
/// [`replace_relations`] once every record of a batch is stored. Returns the row id, what
/// happened, and the record as stored.
pub async fn upsert(
    conn: &mut SqliteConnection,
    incoming: &Organisation,
    now: OffsetDateTime,
    change: &Change,
) -> Result<(i64, Outcome, Organisation), StoreError> {
    let mut ids = HashMap::new();
    if let Some(id) = id_of(conn, &incoming.slug).await? {
        ids.insert(incoming.slug.to_string(), id);
    }
    let written = write_batch(conn, std::slice::from_ref(incoming), &mut ids, now, change)
        .await?
        .pop()
        .ok_or(sqlx::Error::RowNotFound)?;
    if written.outcome != Outcome::Unchanged {
        refresh_search(conn, &Selection::One(written.id)).await?;
    }
    let stored = written.stored.unwrap_or_else(|| incoming.clone());
    Ok((written.id, written.outcome, stored))
}

/// Stores every record as [`upsert`] would, in order, then the relations of those written (once
/// every target exists) and their full-text rows, all together at the end. Records go in batches of
/// [`BATCH`] through [`Upserts`]. Returns what happened to each record, in order.
pub async fn upsert_all(
    conn: &mut SqliteConnection,
    records: Vec<Organisation>,
    now: OffsetDateTime,
    change: &Change,
) -> Result<Vec<Outcome>, StoreError> {
    let mut upserts = Upserts::begin(conn, now, change).await?;
    let mut records = records.into_iter();
    loop {
        let batch: Vec<Organisation> = records.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        upserts.write(batch).await?;
    }
    upserts.finish().await
}

/// Records stored as [`upsert`] would store them, a batch at a time, as they come (an import
/// writes each batch of a file as soon as it is read): the stored ones are read, compared and
/// written a batch at a time, each table's new rows in one statement (see `insert_rows`). What
/// depends on every record being there, relations and full-text rows, is written by
/// [`Upserts::finish`]. Dropped before then, it leaves the transaction to be rolled back.
pub struct Upserts<'c> {
    conn: &'c mut SqliteConnection,
    now: OffsetDateTime,
    change: &'c Change,
    /// The row id of every stored organisation, by slug, new ones added as they are written.
    ids: HashMap<String, i64>,
    outcomes: Vec<Outcome>,
    /// Of each record written, only its row id and relations are kept past its batch: the rest
    /// is freed batch by batch, and the memory reused by the batches after it.
    written: Vec<(i64, Vec<Relation>)>,
}

impl<'c> Upserts<'c> {
    pub async fn begin(
        conn: &'c mut SqliteConnection,
        now: OffsetDateTime,
        change: &'c Change,
    ) -> Result<Upserts<'c>, StoreError> {
        let ids = sqlx::query_as("SELECT slug, id FROM organisations")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .collect();
        Ok(Upserts {
            conn,
            now,
            change,
            ids,
            outcomes: Vec::new(),
            written: Vec::new(),
        })
    }

    /// Whether an organisation with this slug is stored, or was written by this batch or one
    /// before it.
    pub fn knows(&self, slug: &str) -> bool {
        self.ids.contains_key(slug)
    }

    /// Writes a batch of records whose slugs differ from each other and from those of every
    /// batch before it.
    pub async fn write(&mut self, batch: Vec<Organisation>) -> Result<(), StoreError> {
        let stored = write_batch(self.conn, &batch, &mut self.ids, self.now, self.change).await?;
        for (record, stored) in batch.into_iter().zip(stored) {
            self.outcomes.push(stored.outcome);
            if stored.outcome != Outcome::Unchanged {
                self.written.push((stored.id, record.relations));
            }
        }
        Ok(())
    }

    /// Writes the relations and full-text rows of every record written; returns what happened
    /// to each record, in the order they came.
    pub async fn finish(self) -> Result<Vec<Outcome>, StoreError> {
        let Upserts {
            conn,
            ids,
            outcomes,
            written,
            ..
        } = self;
        if !written.is_empty() {
            let relations: Vec<(i64, &[Relation])> = written
                .iter()
                .map(|(id, relations)| (*id, relations.as_slice()))
                .collect();
            replace_all_relations(conn, &relations, &ids).await?;
            set_search_hash(conn, IMPORT_SEARCH_HASH_BYTES).await?;
            for rows in written.chunks(SEARCH_ROWS_PER_STATEMENT) {
                refresh_search(conn, &Selection::several(rows.iter().map(|(id, _)| *id))).await?;
            }
            set_search_hash(conn, SEARCH_HASH_BYTES).await?;
        }
        super::release_free_pages(conn).await?;
        Ok(outcomes)
    }
}

/// Sets how much the full-text index holds in memory before it writes a segment (see
/// [`IMPORT_SEARCH_HASH_BYTES`]). FTS5 keeps the setting in the database, within the
/// transaction, and every connection reads it from there.
async fn set_search_hash(conn: &mut SqliteConnection, bytes: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO organisation_search (organisation_search, rank) VALUES ('hashsize', ?)",
    )
    .bind(bytes)
    .execute(conn)
    .await?;
    Ok(())
}

/// What writing a batch did to one of its records.
struct Stored {
    id: i64,
    outcome: Outcome,
    /// The record as stored, where it differs from the one given: history carried over from the
    /// stored record (updated), or the stored record itself (unchanged).
    stored: Option<Organisation>,
}

/// Writes a batch of records with distinct slugs, `ids` holding the row id of every stored
/// organisation the batch names (new ones are added): everything but relations and full-text
/// rows, which depend on other records.
async fn write_batch(
    conn: &mut SqliteConnection,
    batch: &[Organisation],
    ids: &mut HashMap<String, i64>,
    now: OffsetDateTime,
    change: &Change,
) -> Result<Vec<Stored>, StoreError> {
    let current_year = now.year();
    let timestamp = now
        .format(&Rfc3339)
        .map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
    let known: Vec<i64> = batch
        .iter()
        .filter_map(|org| ids.get(org.slug.as_str()).copied())
        .collect();
    let mut previous: HashMap<String, Organisation> = match known.is_empty() {
        true => HashMap::new(),
        false => load(conn, Selection::several(known), current_year)
            .await?
            .into_iter()
            .map(|org| (org.slug.to_string(), org))
            .collect(),
    };

    let plans = batch
        .iter()
        .map(|org| {
            let Some(&id) = ids.get(org.slug.as_str()) else {
                return Ok(Plan::Create);
            };
            let stored = previous
                .remove(org.slug.as_str())
                .ok_or(sqlx::Error::RowNotFound)?;
            let mut next = org.clone();
            next.carry_history_from(&stored, current_year, change.keep_events);
            Ok(match next == stored {
                true => Plan::Keep {
                    id,
                    stored: Box::new(stored),
                },
                false => Plan::Update {
                    id,
                    next: Box::new(next),
                    stored: Box::new(stored),
                },
            })
        })
        .collect::<Result<Vec<Plan>, sqlx::Error>>()?;
    let updates = || {
        plans.iter().filter_map(|plan| match plan {
            Plan::Update { id, next, stored } => Some((*id, &**next, &**stored)),
            _ => None,
        })
    };

    // What the updated records were goes into their history before they change.
    let superseded: Vec<(i64, &Organisation)> =
        updates().map(|(id, _, stored)| (id, stored)).collect();
    revisions::supersede(conn, &superseded, &timestamp).await?;

    let created: Vec<&Organisation> = batch
        .iter()
        .zip(&plans)
        .filter(|(_, plan)| matches!(plan, Plan::Create))
        .map(|(org, _)| org)
        .collect();
    let created_ids = insert_organisation_rows(conn, &created, &timestamp).await?;
    for (id, next, _) in updates() {
        update_row(conn, id, next, &timestamp).await?;
    }
    if updates().next().is_some() {
        delete_children(conn, &Selection::several(updates().map(|(id, ..)| id))).await?;
    }
    let written: Vec<(i64, &Organisation)> = created_ids
        .iter()
        .copied()
        .zip(created.iter().copied())
        .chain(updates().map(|(id, next, _)| (id, next)))
        .collect();
    insert_children(conn, &written).await?;
    let written_ids: Vec<i64> = written.iter().map(|(id, _)| *id).collect();
    revisions::append_all(conn, &written_ids, change, &timestamp).await?;
    for (org, id) in created.iter().zip(&created_ids) {
        ids.insert(org.slug.to_string(), *id);
    }

    let mut created_ids = created_ids.into_iter();
    plans
        .into_iter()
        .map(|plan| {
            Ok(match plan {
                Plan::Create => Stored {
                    id: created_ids.next().ok_or(sqlx::Error::RowNotFound)?,
                    outcome: Outcome::Created,
                    stored: None,
                },
                Plan::Update { id, next, .. } => Stored {
                    id,
                    outcome: Outcome::Updated,
                    stored: Some(*next),
                },
                Plan::Keep { id, stored } => Stored {
                    id,
                    outcome: Outcome::Unchanged,
                    stored: Some(*stored),
                },
            })
        })
        .collect()
}

/// What a batch does with one of its records.
enum Plan {
    Create,
    /// Replace the stored record with `next`, its history carried over.
    Update {
        id: i64,
        next: Box<Organisation>,
        stored: Box<Organisation>,
    },
    /// Leave it: the stored record is the same.
    Keep {
        id: i64,
        stored: Box<Organisation>,
    },
}

/// Inserts the organisations rows of new records, in order; returns their row ids, in the same
/// order. The ids are the ones SQLite would choose, one more than the largest so far each (the
/// table has no AUTOINCREMENT), given here so that no row has to come back to say its id; the
/// write lock held since the transaction began keeps them free.
async fn insert_organisation_rows(
    conn: &mut SqliteConnection,
    orgs: &[&Organisation],
    timestamp: &str,
) -> Result<Vec<i64>, sqlx::Error> {
    if orgs.is_empty() {
        return Ok(Vec::new());
    }
    let largest: i64 = sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM organisations")
        .fetch_one(&mut *conn)
        .await?;
    let ids = (1..=orgs.len() as i64)
        .map(|n| largest.checked_add(n))
        .collect::<Option<Vec<i64>>>()
        .ok_or_else(|| sqlx::Error::Protocol("no row ids left for new organisations".into()))?;
    let rows: Vec<_> = ids
        .iter()
        .zip(orgs)
        .map(|(id, org)| {
            (
                id,
                org.slug.as_str(),
                org.name.as_str(),
                org.description.as_str(),
                org.city.as_deref(),
                org.scope.map(|s| s.slug()),
                org.founded_year.map(|y| y.get()),
                org.status.slug(),
                org.ended_year.map(|y| y.get()),
                org.user_led_degree.slug(),
                org.degree_note.as_str(),
                org.website.as_ref().map(|w| w.as_str()),
                org.visibility.slug(),
                org.last_verified.map(|d| d.to_string()),
                timestamp,
                timestamp,
            )
        })
        .collect();
    insert_rows(
        conn,
        "organisations",
        &[
            "id",
            "slug",
            "name",
            "description",
            "city",
            "scope",
            "founded_year",
            "status",
            "ended_year",
            "user_led_degree",
            "degree_note",
            "website",
            "visibility",
            "last_verified",
            "created_at",
            "updated_at",
        ],
        &rows,
    )
    .await?;
    Ok(ids)
}

async fn update_row(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
    timestamp: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE organisations SET name = ?, description = ?, city = ?, scope = ?,
             founded_year = ?, status = ?, ended_year = ?, user_led_degree = ?, degree_note = ?,
             website = ?, visibility = ?, last_verified = ?, updated_at = ?
         WHERE id = ?",
    )
    .bind(&org.name)
    .bind(&org.description)
    .bind(&org.city)
    .bind(org.scope.map(|s| s.slug()))
    .bind(org.founded_year.map(|y| y.get()))
    .bind(org.status.slug())
    .bind(org.ended_year.map(|y| y.get()))
    .bind(org.user_led_degree.slug())
    .bind(&org.degree_note)
    .bind(org.website.as_ref().map(|w| w.as_str()))
    .bind(org.visibility.slug())
    .bind(org.last_verified.map(|d| d.to_string()))
    .bind(timestamp)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The tables of a record's lists and sets but its relations, which [`replace_relations`] and
/// [`replace_all_relations`] write.
const CHILD_TABLES: [&str; 12] = [
    "organisation_aliases",
    "organisation_categories",
    "organisation_countries",
    "organisation_profiles",
    "organisation_activities",
    "organisation_languages",
    "organisation_contacts",
    "organisation_contact_links",
    "sources",
    "evaluations",
    "facts",
    "events",
];

/// Deletes the rows of every list and set of the selected organisations but their relations.
async fn delete_children(conn: &mut SqliteConnection, only: &Selection) -> Result<(), sqlx::Error> {
    for table in CHILD_TABLES {
        only.bind_statement(sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {table} {}",
            only.filter("organisation_id")
        ))))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The items of one list of each record, with the record's row id and the item's position.
fn positioned<'a, T>(
    written: &[(i64, &'a Organisation)],
    list: impl Fn(&'a Organisation) -> &'a [T],
) -> Vec<(i64, i64, &'a T)> {
    written
        .iter()
        .flat_map(|&(id, org)| {
            list(org)
                .iter()
                .enumerate()
                .map(move |(position, item)| (id, position as i64, item))
        })
        .collect()
}

/// Writes the lists and sets of records just stored (their relations apart), each table's rows
/// in as few statements as the limit on bound parameters allows.
async fn insert_children(
    conn: &mut SqliteConnection,
    written: &[(i64, &Organisation)],
) -> Result<(), sqlx::Error> {
    let aliases: Vec<_> = positioned(written, |org| &org.aliases)
        .into_iter()
        .map(|(id, position, alias)| {
            (
                id,
                position,
                alias.name.as_str(),
                alias.language.as_ref().map(|l| l.as_str()),
                alias.kind.slug(),
            )
        })
        .collect();
    insert_rows(
        conn,
        "organisation_aliases",
        &["organisation_id", "position", "name", "language", "kind"],
        &aliases,
    )
    .await?;
    for set in Set::ALL {
        let members: Vec<(i64, &str)> = written
            .iter()
            .flat_map(|&(id, org)| set.slugs(org).into_iter().map(move |value| (id, value)))
            .collect();
        let (table, column) = set.table_and_column();
        insert_rows(conn, table, &["organisation_id", column], &members).await?;
    }
    insert_contacts(conn, written).await?;
    let sources: Vec<_> = positioned(written, |org| &org.sources)
        .into_iter()
        .map(|(id, position, source)| {
            (
                id,
                position,
                source.url.as_str(),
                source.title.as_str(),
                source.year.map(|y| y.get()),
                source.note.as_deref(),
            )
        })
        .collect();
    insert_rows(
        conn,
        "sources",
        &[
            "organisation_id",
            "position",
            "url",
            "title",
            "year",
            "note",
        ],
        &sources,
    )
    .await?;
    let evaluations: Vec<_> = positioned(written, |org| &org.evaluations)
        .into_iter()
        .map(|(id, position, evaluation)| {
            (
                id,
                position,
                evaluation.citation.as_str(),
                evaluation.year.map(|y| y.get()),
                evaluation.design.as_deref(),
                evaluation.sample_size,
                evaluation.finding.as_str(),
            )
        })
        .collect();
    insert_rows(
        conn,
        "evaluations",
        &[
            "organisation_id",
            "position",
            "citation",
            "year",
            "design",
            "sample_size",
            "finding",
        ],
        &evaluations,
    )
    .await?;
    let facts: Vec<_> = positioned(written, |org| &org.facts)
        .into_iter()
        .map(|(id, position, fact)| {
            (
                id,
                position,
                fact.label.as_str(),
                fact.value,
                fact.year.map(|y| y.get()),
                fact.note.as_deref(),
            )
        })
        .collect();
    insert_rows(
        conn,
        "facts",
        &[
            "organisation_id",
            "position",
            "label",
            "value",
            "year",
            "note",
        ],
        &facts,
    )
    .await?;
    let events: Vec<_> = positioned(written, |org| &org.events)
        .into_iter()
        .map(|(id, position, event)| {
            (
                id,
                position,
                event.year.get(),
                event.kind.slug(),
                event.note.as_str(),
                event.source_url.as_ref().map(|u| u.as_str()),
            )
        })
        .collect();
    insert_rows(
        conn,
        "events",
        &[
            "organisation_id",
            "position",
            "year",
            "kind",
            "note",
            "source_url",
        ],
        &events,
    )
    .await
}

/// The contact rows (only where there is something besides links and languages, which have
/// tables of their own) and the contact links.
async fn insert_contacts(
    conn: &mut SqliteConnection,
    written: &[(i64, &Organisation)],
) -> Result<(), sqlx::Error> {
    let contacts: Vec<_> = written
        .iter()
        .map(|&(id, org)| (id, &org.contact))
        .filter(|(_, contact)| {
            contact.email.is_some()
                || contact.telephone.is_some()
                || contact.address.is_some()
                || contact.meets.is_some()
                || contact.how_to_get_in_touch.is_some()
        })
        .map(|(id, contact)| {
            let address = contact.address.as_ref();
            (
                id,
                contact.email.as_ref().map(|e| e.as_str()),
                contact.telephone.as_ref().map(|t| t.as_str()),
                address.map(|a| a.street.as_str()),
                address.and_then(|a| a.postal_code.as_deref()),
                address.map(|a| a.locality.as_str()),
                address.map(|a| a.country.code()),
                contact.meets.map(|m| m.slug()),
                contact.how_to_get_in_touch.as_deref(),
            )
        })
        .collect();
    insert_rows(
        conn,
        "organisation_contacts",
        &[
            "organisation_id",
            "email",
            "telephone",
            "address_street",
            "address_postal_code",
            "address_locality",
            "address_country",
            "meets",
            "how_to_get_in_touch",
        ],
        &contacts,
    )
    .await?;
    let links: Vec<_> = positioned(written, |org| &org.contact.links)
        .into_iter()
        .map(|(id, position, link)| (id, position, link.kind.slug(), link.url.as_str()))
        .collect();
    insert_rows(
        conn,
        "organisation_contact_links",
        &["organisation_id", "position", "kind", "url"],
        &links,
    )
    .await
}

/// Rewrites the full-text rows of the selected organisations from their stored records. Mirrors
/// the backfill in `migrations/0009_contentless_search.sql`: a discreet organisation is findable
/// by name only, an unlisted one not at all. The old rows go first: a contentless table does not
/// refuse a second row with the same rowid, it would index both.
async fn refresh_search(conn: &mut SqliteConnection, only: &Selection) -> Result<(), sqlx::Error> {
    only.bind_statement(sqlx::query(AssertSqlSafe(format!(
        "DELETE FROM organisation_search {}",
        only.filter("rowid")
    ))))
    .execute(&mut *conn)
    .await?;
    only.bind_statement(sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO organisation_search (rowid, name, aliases, description, city, activities, sources)
         SELECT o.id,
                o.name,
                CASE WHEN o.visibility = 'listed' THEN
                    (SELECT group_concat(name, ' ') FROM organisation_aliases WHERE organisation_id = o.id)
                END,
                CASE WHEN o.visibility = 'listed' THEN o.description END,
                CASE WHEN o.visibility = 'listed' THEN o.city END,
                CASE WHEN o.visibility = 'listed' THEN
                    (SELECT group_concat(a.label, ' ') FROM organisation_activities oa
                     JOIN activities a ON a.slug = oa.activity WHERE oa.organisation_id = o.id)
                END,
                CASE WHEN o.visibility = 'listed' THEN
                    (SELECT group_concat(title, ' ') FROM sources WHERE organisation_id = o.id)
                END
         FROM organisations o
         {} AND o.visibility <> 'unlisted'",
        only.filter("o.id")
    ))))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The row id of the organisation with this slug, whatever its visibility.
pub async fn id_by_slug(
    conn: &mut SqliteConnection,
    slug: &Slug,
) -> Result<Option<i64>, sqlx::Error> {
    id_of(conn, slug).await
}

/// Replaces the relations of organisation `id` with those of `org`, resolving target slugs.
pub async fn replace_relations(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), StoreError> {
    let mut ids = HashMap::new();
    for relation in &org.relations {
        if let Some(target) = id_of(conn, &relation.target).await? {
            ids.insert(relation.target.to_string(), target);
        }
    }
    replace_all_relations(conn, &[(id, org.relations.as_slice())], &ids).await
}

/// Replaces the relations of the records just written (`written`: row id and the record's
/// relations) with theirs, resolving target slugs with `ids`, the row id of every stored
/// organisation by slug.
async fn replace_all_relations(
    conn: &mut SqliteConnection,
    written: &[(i64, &[Relation])],
    ids: &HashMap<String, i64>,
) -> Result<(), StoreError> {
    let only = Selection::several(written.iter().map(|(id, _)| *id));
    only.bind_statement(sqlx::query(AssertSqlSafe(format!(
        "DELETE FROM relations {}",
        only.filter("organisation_id")
    ))))
    .execute(&mut *conn)
    .await?;
    let rows = written
        .iter()
        .flat_map(|&(id, relations)| {
            relations
                .iter()
                .enumerate()
                .map(move |(position, relation)| (id, position as i64, relation))
        })
        .map(|(id, position, relation)| {
            let target = ids
                .get(relation.target.as_str())
                .copied()
                .ok_or_else(|| StoreError::MissingTarget(relation.target.clone()))?;
            Ok((id, position, relation.kind.slug(), target))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    insert_rows(
        conn,
        "relations",
        &["organisation_id", "position", "kind", "target_id"],
        &rows,
    )
    .await?;
    Ok(())
}
