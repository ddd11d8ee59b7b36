//! The organisation aggregate: reading whole records and writing them in one transaction.
//!
//! A record is stored across the `organisations` row and its child tables. Reading goes back through
//! [`OrganisationInput::validate`], so a record leaves the database as the same validated
//! [`Organisation`] that went in, and a row that no longer validates is reported, not served.

use std::collections::HashMap;

use sqlx::{AssertSqlSafe, FromRow, SqliteConnection};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::revisions::{self, Change};
use crate::domain::organisation::{
    AliasInput, EvaluationInput, EventInput, FactInput, RelationInput, SourceInput,
};
use crate::domain::{FieldError, Organisation, OrganisationInput, Slug, Vocabulary, WholeNumber};

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
    load(conn, None, current_year).await
}

pub async fn find_by_slug(
    conn: &mut SqliteConnection,
    slug: &Slug,
    current_year: i32,
) -> Result<Option<Organisation>, StoreError> {
    let Some(id) = id_of(conn, slug).await? else {
        return Ok(None);
    };
    Ok(load(conn, Some(id), current_year).await?.pop())
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

#[derive(FromRow)]
struct OrganisationRow {
    id: i64,
    slug: String,
    name: String,
    description: String,
    city: Option<String>,
    scope: Option<String>,
    founded_year: Option<i64>,
    status: String,
    ended_year: Option<i64>,
    user_led_degree: String,
    degree_note: String,
    website: Option<String>,
    visibility: String,
    last_verified: Option<String>,
}

/// Loads one organisation (`only`) or all of them, with a fixed number of queries: one per table.
async fn load(
    conn: &mut SqliteConnection,
    only: Option<i64>,
    current_year: i32,
) -> Result<Vec<Organisation>, StoreError> {
    // The filter is one of two constant strings; the id itself is always bound. Two variants
    // rather than `?1 IS NULL OR id = ?1` so that loading one record uses the indexes.
    let filter = |column: &str| match only {
        Some(_) => format!("WHERE {column} = ?1"),
        None => "WHERE ?1 IS NULL".to_owned(),
    };

    let rows: Vec<OrganisationRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT id, slug, name, description, city, scope, founded_year, status, ended_year,
                user_led_degree, degree_note, website, visibility, last_verified
         FROM organisations {} ORDER BY slug",
        filter("id")
    )))
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;

    // Records in slug order, and where each row id sits among them.
    let index: HashMap<i64, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| (row.id, i))
        .collect();
    let mut inputs: Vec<OrganisationInput> = rows
        .into_iter()
        .map(|row| OrganisationInput {
            slug: Some(row.slug),
            name: row.name,
            description: row.description,
            city: row.city,
            scope: row.scope,
            founded_year: row.founded_year.map(WholeNumber::from),
            status: Some(row.status),
            ended_year: row.ended_year.map(WholeNumber::from),
            user_led_degree: Some(row.user_led_degree),
            degree_note: Some(row.degree_note),
            website: row.website,
            visibility: Some(row.visibility),
            last_verified: row.last_verified,
            ..OrganisationInput::default()
        })
        .collect();
    let record = |id: i64| index.get(&id).copied();
    let filter = filter("organisation_id");

    let aliases: Vec<(i64, String, Option<String>, String)> =
        sqlx::query_as(AssertSqlSafe(format!(
            "SELECT organisation_id, name, language, kind FROM organisation_aliases {filter}
         ORDER BY organisation_id, position"
        )))
        .bind(only)
        .fetch_all(&mut *conn)
        .await?;
    for (id, name, language, kind) in aliases {
        if let Some(i) = record(id) {
            let input = &mut inputs[i];
            input.aliases.push(AliasInput {
                name,
                language,
                kind: Some(kind),
            });
        }
    }

    for (table, column) in [
        ("organisation_categories", "category"),
        ("organisation_countries", "country"),
        ("organisation_profiles", "profile"),
        ("organisation_activities", "activity"),
    ] {
        let values: Vec<(i64, String)> = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT organisation_id, {column} FROM {table} {filter} ORDER BY organisation_id"
        )))
        .bind(only)
        .fetch_all(&mut *conn)
        .await?;
        for (id, value) in values {
            if let Some(i) = record(id) {
                let input = &mut inputs[i];
                match column {
                    "category" => input.categories.push(value),
                    "country" => input.countries.push(value),
                    "profile" => input.user_profiles.push(value),
                    _ => input.activities.push(value),
                }
            }
        }
    }

    let sources: Vec<(i64, String, String, Option<String>)> =
        sqlx::query_as(AssertSqlSafe(format!(
            "SELECT organisation_id, url, title, note FROM sources {filter}
         ORDER BY organisation_id, position"
        )))
        .bind(only)
        .fetch_all(&mut *conn)
        .await?;
    for (id, url, title, note) in sources {
        if let Some(i) = record(id) {
            let input = &mut inputs[i];
            input.sources.push(SourceInput { url, title, note });
        }
    }

    type EvaluationRow = (
        i64,
        String,
        Option<i64>,
        Option<String>,
        Option<i64>,
        String,
    );
    let evaluations: Vec<EvaluationRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT organisation_id, citation, year, design, sample_size, finding FROM evaluations
         {filter} ORDER BY organisation_id, position"
    )))
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    for (id, citation, year, design, sample_size, finding) in evaluations {
        if let Some(i) = record(id) {
            let input = &mut inputs[i];
            input.evaluations.push(EvaluationInput {
                citation,
                year: year.map(WholeNumber::from),
                design,
                sample_size: sample_size.map(WholeNumber::from),
                finding,
            });
        }
    }

    type FactRow = (i64, String, i64, Option<i64>, Option<String>);
    let facts: Vec<FactRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT organisation_id, label, value, year, note FROM facts {filter}
         ORDER BY organisation_id, position"
    )))
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    for (id, label, value, year, note) in facts {
        if let Some(i) = record(id) {
            let input = &mut inputs[i];
            input.facts.push(FactInput {
                label,
                value: Some(value.into()),
                year: year.map(WholeNumber::from),
                note,
            });
        }
    }

    let relations: Vec<(i64, String, String)> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT r.organisation_id, r.kind, t.slug FROM relations r
         JOIN organisations t ON t.id = r.target_id
         {} ORDER BY r.organisation_id, r.position",
        filter.replace("organisation_id", "r.organisation_id")
    )))
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    for (id, kind, target) in relations {
        if let Some(i) = record(id) {
            let input = &mut inputs[i];
            input.relations.push(RelationInput { kind, target });
        }
    }

    type EventRow = (i64, i64, String, String, Option<String>);
    let events: Vec<EventRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT organisation_id, year, kind, note, source_url FROM events {filter}
         ORDER BY organisation_id, position"
    )))
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    for (id, year, kind, note, source_url) in events {
        if let Some(i) = record(id) {
            let input = &mut inputs[i];
            input.events.push(EventInput {
                year: Some(year.into()),
                kind,
                note,
                source_url,
            });
        }
    }

    inputs
        .into_iter()
        .map(|input| {
            input
                .validate(current_year)
                .map_err(|errors| StoreError::Corrupt {
                    slug: input.slug.clone().unwrap_or_default(),
                    errors,
                })
        })
        .collect()
}

/// Stores `incoming` under its slug: inserts a new record, or replaces the stored one while
/// keeping its history (see [`Organisation::carry_history_from`]). Relations are not written here,
/// since their targets may not exist yet: call [`replace_relations`] once every record of a batch
/// is stored. Returns the row id, what happened, and the record as stored.
pub async fn upsert(
    conn: &mut SqliteConnection,
    incoming: &Organisation,
    now: OffsetDateTime,
    change: &Change,
) -> Result<(i64, Outcome, Organisation), StoreError> {
    let current_year = now.year();
    let timestamp = now
        .format(&Rfc3339)
        .map_err(|err| sqlx::Error::Encode(Box::new(err)))?;

    let Some(id) = id_of(conn, &incoming.slug).await? else {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organisations (slug, name, description, city, scope, founded_year,
                 status, ended_year, user_led_degree, degree_note, website, visibility,
                 last_verified, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             RETURNING id",
        )
        .bind(incoming.slug.as_str())
        .bind(&incoming.name)
        .bind(&incoming.description)
        .bind(&incoming.city)
        .bind(incoming.scope.map(|s| s.slug()))
        .bind(incoming.founded_year.map(|y| y.get()))
        .bind(incoming.status.slug())
        .bind(incoming.ended_year.map(|y| y.get()))
        .bind(incoming.user_led_degree.slug())
        .bind(&incoming.degree_note)
        .bind(incoming.website.as_ref().map(|w| w.as_str()))
        .bind(incoming.visibility.slug())
        .bind(incoming.last_verified.map(|d| d.to_string()))
        .bind(&timestamp)
        .bind(&timestamp)
        .fetch_one(&mut *conn)
        .await?;
        insert_children(conn, id, incoming).await?;
        refresh_search(conn, id).await?;
        revisions::append(conn, id, incoming, change, &timestamp).await?;
        return Ok((id, Outcome::Created, incoming.clone()));
    };

    let stored = load(conn, Some(id), current_year)
        .await?
        .pop()
        .ok_or(sqlx::Error::RowNotFound)?;
    let mut updated = incoming.clone();
    updated.carry_history_from(&stored, current_year, change.keep_events);
    if updated == stored {
        return Ok((id, Outcome::Unchanged, stored));
    }
    if revisions::count(conn, id).await? == 0 {
        // Recorded before history was kept: its state so far becomes the first revision, so the
        // previous values of this change are not lost.
        let baseline = Change::by_process(
            revisions::Action::Baseline,
            "registry",
            "The record as it stood before its history was kept",
        );
        revisions::append(conn, id, &stored, &baseline, &timestamp).await?;
    }

    sqlx::query(
        "UPDATE organisations SET name = ?, description = ?, city = ?, scope = ?,
             founded_year = ?, status = ?, ended_year = ?, user_led_degree = ?, degree_note = ?,
             website = ?, visibility = ?, last_verified = ?, updated_at = ?
         WHERE id = ?",
    )
    .bind(&updated.name)
    .bind(&updated.description)
    .bind(&updated.city)
    .bind(updated.scope.map(|s| s.slug()))
    .bind(updated.founded_year.map(|y| y.get()))
    .bind(updated.status.slug())
    .bind(updated.ended_year.map(|y| y.get()))
    .bind(updated.user_led_degree.slug())
    .bind(&updated.degree_note)
    .bind(updated.website.as_ref().map(|w| w.as_str()))
    .bind(updated.visibility.slug())
    .bind(updated.last_verified.map(|d| d.to_string()))
    .bind(&timestamp)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    for table in [
        "organisation_aliases",
        "organisation_categories",
        "organisation_countries",
        "organisation_profiles",
        "organisation_activities",
        "sources",
        "evaluations",
        "facts",
        "events",
    ] {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE organisation_id = ?"
        )))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }
    insert_children(conn, id, &updated).await?;
    refresh_search(conn, id).await?;
    revisions::append(conn, id, &updated, change, &timestamp).await?;
    Ok((id, Outcome::Updated, updated))
}

async fn insert_children(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), sqlx::Error> {
    for (position, alias) in org.aliases.iter().enumerate() {
        sqlx::query(
            "INSERT INTO organisation_aliases (organisation_id, position, name, language, kind)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&alias.name)
        .bind(alias.language.as_ref().map(|l| l.as_str()))
        .bind(alias.kind.slug())
        .execute(&mut *conn)
        .await?;
    }
    let sets = [
        (
            "organisation_categories",
            "category",
            org.categories.iter().map(|c| c.slug()).collect::<Vec<_>>(),
        ),
        (
            "organisation_countries",
            "country",
            org.countries.iter().map(|c| c.code()).collect(),
        ),
        (
            "organisation_profiles",
            "profile",
            org.user_profiles.iter().map(|p| p.slug()).collect(),
        ),
        (
            "organisation_activities",
            "activity",
            org.activities.iter().map(|a| a.slug()).collect(),
        ),
    ];
    for (table, column, values) in sets {
        for value in values {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO {table} (organisation_id, {column}) VALUES (?, ?)"
            )))
            .bind(id)
            .bind(value)
            .execute(&mut *conn)
            .await?;
        }
    }
    for (position, source) in org.sources.iter().enumerate() {
        sqlx::query(
            "INSERT INTO sources (organisation_id, position, url, title, note) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(source.url.as_str())
        .bind(&source.title)
        .bind(&source.note)
        .execute(&mut *conn)
        .await?;
    }
    for (position, evaluation) in org.evaluations.iter().enumerate() {
        sqlx::query(
            "INSERT INTO evaluations (organisation_id, position, citation, year, design,
                 sample_size, finding)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&evaluation.citation)
        .bind(evaluation.year.map(|y| y.get()))
        .bind(&evaluation.design)
        .bind(evaluation.sample_size)
        .bind(&evaluation.finding)
        .execute(&mut *conn)
        .await?;
    }
    for (position, fact) in org.facts.iter().enumerate() {
        sqlx::query(
            "INSERT INTO facts (organisation_id, position, label, value, year, note)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&fact.label)
        .bind(fact.value)
        .bind(fact.year.map(|y| y.get()))
        .bind(&fact.note)
        .execute(&mut *conn)
        .await?;
    }
    for (position, event) in org.events.iter().enumerate() {
        sqlx::query(
            "INSERT INTO events (organisation_id, position, year, kind, note, source_url)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(event.year.get())
        .bind(event.kind.slug())
        .bind(&event.note)
        .bind(event.source_url.as_ref().map(|u| u.as_str()))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Rewrites the full-text row of organisation `id` from its stored record. Mirrors the backfill in
/// `migrations/0002_search.sql`: a discreet organisation is findable by name only, an unlisted one
/// not at all.
async fn refresh_search(conn: &mut SqliteConnection, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM organisation_search WHERE rowid = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
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
         WHERE o.id = ? AND o.visibility <> 'unlisted'",
    )
    .bind(id)
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
    sqlx::query("DELETE FROM relations WHERE organisation_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (position, relation) in org.relations.iter().enumerate() {
        let target = id_of(conn, &relation.target)
            .await?
            .ok_or_else(|| StoreError::MissingTarget(relation.target.clone()))?;
        sqlx::query(
            "INSERT INTO relations (organisation_id, position, kind, target_id) VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(relation.kind.slug())
        .bind(target)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
