//! The organisation aggregate: reading whole records and writing them in one transaction.
//!
//! A record is stored across the `organisations` row and its child tables. Reading goes back through
//! [`OrganisationInput::validate`], so a record leaves the database as the same validated
//! [`Organisation`] that went in, and a row that no longer validates is reported, not served.

use std::collections::HashMap;

use sqlx::sqlite::SqliteRow;
use sqlx::{AssertSqlSafe, FromRow, SqliteConnection};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::revisions::{self, Change};
use crate::domain::organisation::{
    AliasInput, ContactLinkInput, EvaluationInput, EventInput, FactInput, PostalAddressInput,
    RelationInput, SourceInput,
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

impl From<OrganisationRow> for OrganisationInput {
    fn from(row: OrganisationRow) -> Self {
        Self {
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
            ..Self::default()
        }
    }
}

/// The WHERE clause selecting the rows of the organisations a load reads; the id is always bound
/// as `?1`. Two variants rather than `?1 IS NULL OR id = ?1` so that loading one record uses the
/// indexes.
fn filter(column: &str, only: Option<i64>) -> String {
    match only {
        Some(_) => format!("WHERE {column} = ?1"),
        None => "WHERE ?1 IS NULL".to_owned(),
    }
}

/// A row of one of a record's lists, read in the list's order.
trait ListRow: for<'r> FromRow<'r, SqliteRow> + Send + Unpin {
    /// The query for the rows of the organisations `only` selects (see [`filter`]).
    fn select(only: Option<i64>) -> String;
    fn organisation_id(&self) -> i64;
    fn add_to(self, input: &mut OrganisationInput);
}

#[derive(FromRow)]
struct AliasRow {
    organisation_id: i64,
    name: String,
    language: Option<String>,
    kind: String,
}

impl ListRow for AliasRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT organisation_id, name, language, kind FROM organisation_aliases {}
             ORDER BY organisation_id, position",
            filter("organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        input.aliases.push(AliasInput {
            name: self.name,
            language: self.language,
            kind: Some(self.kind),
        });
    }
}

#[derive(FromRow)]
struct SourceRow {
    organisation_id: i64,
    url: String,
    title: String,
    year: Option<i64>,
    note: Option<String>,
}

impl ListRow for SourceRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT organisation_id, url, title, year, note FROM sources {}
             ORDER BY organisation_id, position",
            filter("organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        input.sources.push(SourceInput {
            url: self.url,
            title: self.title,
            year: self.year.map(WholeNumber::from),
            note: self.note,
        });
    }
}

/// The one row of an organisation's contact details, where it has any.
#[derive(FromRow)]
struct ContactRow {
    organisation_id: i64,
    email: Option<String>,
    telephone: Option<String>,
    address_street: Option<String>,
    address_postal_code: Option<String>,
    address_locality: Option<String>,
    address_country: Option<String>,
    meets: Option<String>,
    how_to_get_in_touch: Option<String>,
}

impl ListRow for ContactRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT organisation_id, email, telephone, address_street, address_postal_code,
                    address_locality, address_country, meets, how_to_get_in_touch
             FROM organisation_contacts {} ORDER BY organisation_id",
            filter("organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        let contact = &mut input.contact;
        contact.email = self.email;
        contact.telephone = self.telephone;
        contact.address = self.address_street.is_some().then_some(PostalAddressInput {
            street: self.address_street,
            postal_code: self.address_postal_code,
            locality: self.address_locality,
            country: self.address_country,
        });
        contact.meets = self.meets;
        contact.how_to_get_in_touch = self.how_to_get_in_touch;
    }
}

#[derive(FromRow)]
struct ContactLinkRow {
    organisation_id: i64,
    kind: String,
    url: String,
}

impl ListRow for ContactLinkRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT organisation_id, kind, url FROM organisation_contact_links {}
             ORDER BY organisation_id, position",
            filter("organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        input.contact.links.push(ContactLinkInput {
            kind: self.kind,
            url: self.url,
        });
    }
}

#[derive(FromRow)]
struct EvaluationRow {
    organisation_id: i64,
    citation: String,
    year: Option<i64>,
    design: Option<String>,
    sample_size: Option<i64>,
    finding: String,
}

impl ListRow for EvaluationRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT organisation_id, citation, year, design, sample_size, finding FROM evaluations
             {} ORDER BY organisation_id, position",
            filter("organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        input.evaluations.push(EvaluationInput {
            citation: self.citation,
            year: self.year.map(WholeNumber::from),
            design: self.design,
            sample_size: self.sample_size.map(WholeNumber::from),
            finding: self.finding,
        });
    }
}

#[derive(FromRow)]
struct FactRow {
    organisation_id: i64,
    label: String,
    value: i64,
    year: Option<i64>,
    note: Option<String>,
}

impl ListRow for FactRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT organisation_id, label, value, year, note FROM facts {}
             ORDER BY organisation_id, position",
            filter("organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        input.facts.push(FactInput {
            label: self.label,
            value: Some(self.value.into()),
            year: self.year.map(WholeNumber::from),
            note: self.note,
        });
    }
}

/// A relation with its target's slug, which is how a record names it.
#[derive(FromRow)]
struct RelationRow {
    organisation_id: i64,
    kind: String,
    target: String,
}

impl ListRow for RelationRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT r.organisation_id AS organisation_id, r.kind AS kind, t.slug AS target
             FROM relations r JOIN organisations t ON t.id = r.target_id
             {} ORDER BY r.organisation_id, r.position",
            filter("r.organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        input.relations.push(RelationInput {
            kind: self.kind,
            target: self.target,
        });
    }
}

#[derive(FromRow)]
struct EventRow {
    organisation_id: i64,
    year: i64,
    kind: String,
    note: String,
    source_url: Option<String>,
}

impl ListRow for EventRow {
    fn select(only: Option<i64>) -> String {
        format!(
            "SELECT organisation_id, year, kind, note, source_url FROM events {}
             ORDER BY organisation_id, position",
            filter("organisation_id", only)
        )
    }

    fn organisation_id(&self) -> i64 {
        self.organisation_id
    }

    fn add_to(self, input: &mut OrganisationInput) {
        input.events.push(EventInput {
            year: Some(self.year.into()),
            kind: self.kind,
            note: self.note,
            source_url: self.source_url,
        });
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

    fn values_of(self, input: &mut OrganisationInput) -> &mut Vec<String> {
        match self {
            Set::Categories => &mut input.categories,
            Set::Countries => &mut input.countries,
            Set::Profiles => &mut input.user_profiles,
            Set::Activities => &mut input.activities,
            Set::Languages => &mut input.contact.languages,
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

/// A member of one of a record's sets.
#[derive(FromRow)]
struct SetRow {
    organisation_id: i64,
    value: String,
}

/// Records being read: inputs in slug order, and where each row id sits among them.
struct Loading {
    only: Option<i64>,
    inputs: Vec<OrganisationInput>,
    index: HashMap<i64, usize>,
}

impl Loading {
    async fn start(conn: &mut SqliteConnection, only: Option<i64>) -> Result<Self, sqlx::Error> {
        let rows: Vec<OrganisationRow> = sqlx::query_as(AssertSqlSafe(format!(
            "SELECT id, slug, name, description, city, scope, founded_year, status, ended_year,
                    user_led_degree, degree_note, website, visibility, last_verified
             FROM organisations {} ORDER BY slug",
            filter("id", only)
        )))
        .bind(only)
        .fetch_all(conn)
        .await?;
        let index = rows
            .iter()
            .enumerate()
            .map(|(i, row)| (row.id, i))
            .collect();
        Ok(Self {
            only,
            inputs: rows.into_iter().map(OrganisationInput::from).collect(),
            index,
        })
    }

    fn record(&mut self, id: i64) -> Option<&mut OrganisationInput> {
        let i = *self.index.get(&id)?;
        self.inputs.get_mut(i)
    }

    async fn add_list<R: ListRow>(
        &mut self,
        conn: &mut SqliteConnection,
    ) -> Result<(), sqlx::Error> {
        let rows: Vec<R> = sqlx::query_as(AssertSqlSafe(R::select(self.only)))
            .bind(self.only)
            .fetch_all(conn)
            .await?;
        for row in rows {
            if let Some(input) = self.record(row.organisation_id()) {
                row.add_to(input);
            }
        }
        Ok(())
    }

    async fn add_sets(&mut self, conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
        for set in Set::ALL {
            let (table, column) = set.table_and_column();
            let rows: Vec<SetRow> = sqlx::query_as(AssertSqlSafe(format!(
                "SELECT organisation_id, {column} AS value FROM {table} {} ORDER BY organisation_id",
                filter("organisation_id", self.only)
            )))
            .bind(self.only)
            .fetch_all(&mut *conn)
            .await?;
            for row in rows {
                if let Some(input) = self.record(row.organisation_id) {
                    set.values_of(input).push(row.value);
                }
            }
        }
        Ok(())
    }

    fn validate(self, current_year: i32) -> Result<Vec<Organisation>, StoreError> {
        self.inputs
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
}

/// Loads one organisation (`only`) or all of them, with a fixed number of queries: one per table.
async fn load(
    conn: &mut SqliteConnection,
    only: Option<i64>,
    current_year: i32,
) -> Result<Vec<Organisation>, StoreError> {
    let mut loading = Loading::start(conn, only).await?;
    loading.add_list::<AliasRow>(conn).await?;
    loading.add_sets(conn).await?;
    loading.add_list::<ContactRow>(conn).await?;
    loading.add_list::<ContactLinkRow>(conn).await?;
    loading.add_list::<SourceRow>(conn).await?;
    loading.add_list::<EvaluationRow>(conn).await?;
    loading.add_list::<FactRow>(conn).await?;
    loading.add_list::<RelationRow>(conn).await?;
    loading.add_list::<EventRow>(conn).await?;
    loading.validate(current_year)
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
        let id = insert_row(conn, incoming, &timestamp).await?;
        write_dependents(conn, id, incoming, change, &timestamp).await?;
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
    update_row(conn, id, &updated, &timestamp).await?;
    delete_children(conn, id).await?;
    write_dependents(conn, id, &updated, change, &timestamp).await?;
    Ok((id, Outcome::Updated, updated))
}

async fn insert_row(
    conn: &mut SqliteConnection,
    org: &Organisation,
    timestamp: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO organisations (slug, name, description, city, scope, founded_year,
             status, ended_year, user_led_degree, degree_note, website, visibility,
             last_verified, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         RETURNING id",
    )
    .bind(org.slug.as_str())
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
    .bind(timestamp)
    .fetch_one(conn)
    .await
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

/// Deletes the rows of every list and set of organisation `id` but its relations, which
/// [`replace_relations`] writes.
async fn delete_children(conn: &mut SqliteConnection, id: i64) -> Result<(), sqlx::Error> {
    let sets = Set::ALL.map(|set| set.table_and_column().0);
    let lists = [
        "organisation_contacts",
        "organisation_contact_links",
        "sources",
        "evaluations",
        "facts",
        "events",
    ];
    for table in ["organisation_aliases"].iter().chain(&sets).chain(&lists) {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE organisation_id = ?"
        )))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Writes what hangs on the organisations row: its lists and sets, its search row, and a revision.
async fn write_dependents(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
    change: &Change,
    timestamp: &str,
) -> Result<(), sqlx::Error> {
    insert_aliases(conn, id, org).await?;
    insert_sets(conn, id, org).await?;
    insert_contact(conn, id, org).await?;
    insert_sources(conn, id, org).await?;
    insert_evaluations(conn, id, org).await?;
    insert_facts(conn, id, org).await?;
    insert_events(conn, id, org).await?;
    refresh_search(conn, id).await?;
    revisions::append(conn, id, org, change, timestamp).await?;
    Ok(())
}

async fn insert_aliases(
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
    Ok(())
}

async fn insert_sets(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), sqlx::Error> {
    for set in Set::ALL {
        let (table, column) = set.table_and_column();
        for value in set.slugs(org) {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO {table} (organisation_id, {column}) VALUES (?, ?)"
            )))
            .bind(id)
            .bind(value)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// The contact row (only when there is something besides links and languages, which have tables
/// of their own) and the contact links.
async fn insert_contact(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), sqlx::Error> {
    let contact = &org.contact;
    let address = contact.address.as_ref();
    let has_row = contact.email.is_some()
        || contact.telephone.is_some()
        || address.is_some()
        || contact.meets.is_some()
        || contact.how_to_get_in_touch.is_some();
    if has_row {
        sqlx::query(
            "INSERT INTO organisation_contacts (organisation_id, email, telephone, address_street,
                 address_postal_code, address_locality, address_country, meets,
                 how_to_get_in_touch)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(contact.email.as_ref().map(|e| e.as_str()))
        .bind(contact.telephone.as_ref().map(|t| t.as_str()))
        .bind(address.map(|a| a.street.as_str()))
        .bind(address.and_then(|a| a.postal_code.as_deref()))
        .bind(address.map(|a| a.locality.as_str()))
        .bind(address.map(|a| a.country.code()))
        .bind(contact.meets.map(|m| m.slug()))
        .bind(&contact.how_to_get_in_touch)
        .execute(&mut *conn)
        .await?;
    }
    for (position, link) in contact.links.iter().enumerate() {
        sqlx::query(
            "INSERT INTO organisation_contact_links (organisation_id, position, kind, url)
             VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(link.kind.slug())
        .bind(link.url.as_str())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn insert_sources(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), sqlx::Error> {
    for (position, source) in org.sources.iter().enumerate() {
        sqlx::query(
            "INSERT INTO sources (organisation_id, position, url, title, year, note)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(source.url.as_str())
        .bind(&source.title)
        .bind(source.year.map(|y| y.get()))
        .bind(&source.note)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn insert_evaluations(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), sqlx::Error> {
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
    Ok(())
}

async fn insert_facts(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), sqlx::Error> {
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
    Ok(())
}

async fn insert_events(
    conn: &mut SqliteConnection,
    id: i64,
    org: &Organisation,
) -> Result<(), sqlx::Error> {
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
/// `migrations/0009_contentless_search.sql`: a discreet organisation is findable by name only, an
/// unlisted one not at all. The old row goes first: a contentless table does not refuse a second
/// row with the same rowid, it would index both.
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
