//! The registry file: the human-readable JSON format of the seed, `import` and `export`.
//!
//! ```json
//! { "format": "userled-registry/1", "organisations": [ { "slug": "...", ... } ] }
//! ```
//!
//! Each record has the shape of [`Organisation`]. `export` writes records ordered by slug with every
//! key present, so export → import → export reproduces the file byte for byte. `import` upserts all
//! records by slug in one transaction and writes nothing unless every record is valid: a text (the
//! seed) or a stream is checked whole first; a file on disk is written as it is read
//! ([`import_file`]), and the transaction rolled back at its first problem.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::io::Seek;

use serde::Serialize;
use time::OffsetDateTime;
use tokio::sync::mpsc;

use crate::db::organisations::{self, Outcome, StoreError};
use crate::db::revisions::{Action, Change, Summary};
use crate::db::{self, Pool};
use crate::domain::organisation::Relation;
use crate::domain::{Organisation, OrganisationInput};

/// The format marker every registry file starts with.
pub const FORMAT: &str = "userled-registry/1";

/// The seed: every organisation named in the paper, loaded into an empty database.
pub const SEED: &str = include_str!("../data/organisations.json");

/// One problem in a registry file, located by the record's position (from 1) and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based position of the record in the file; `None` for a problem with the file itself.
    pub position: Option<usize>,
    pub name: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.position, &self.name) {
            (Some(position), Some(name)) => write!(f, "record {position} ({name:?}): ")?,
            (Some(position), None) => write!(f, "record {position}: ")?,
            (None, _) => f.write_str("file: ")?,
        }
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// At most this many problems are listed; the rest are counted.
pub const LISTED_PROBLEMS: usize = 100;

/// A quoted value longer than this many characters is shortened in messages.
pub const QUOTED_CHARS: usize = 60;

/// The problems of a file: the first [`LISTED_PROBLEMS`] found, and how many more there were.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    pub listed: Vec<Problem>,
    pub unlisted: usize,
}

impl Extend<Problem> for Problems {
    fn extend<I: IntoIterator<Item = Problem>>(&mut self, problems: I) {
        problems.into_iter().for_each(|problem| self.push(problem));
    }
}

impl Problems {
    pub fn total(&self) -> usize {
        self.listed.len() + self.unlisted
    }

    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }

    fn push(&mut self, problem: Problem) {
        if self.listed.len() < LISTED_PROBLEMS {
            self.listed.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    /// A problem with the file as a whole, which makes any other moot.
    fn file(message: String) -> Problems {
        Problems {
            listed: vec![Problem {
                position: None,
                name: None,
                field: None,
                message: bounded(&message),
            }],
            unlisted: 0,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file has {} problem(s); nothing was written", .0.total())]
    Invalid(Problems),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),
}

impl From<sqlx::Error> for ImportError {
    fn from(err: sqlx::Error) -> Self {
        Self::Store(err.into())
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl ImportReport {
    fn of(outcomes: Vec<Outcome>) -> ImportReport {
        let mut report = ImportReport::default();
        for outcome in outcomes {
            match outcome {
                Outcome::Created => report.created += 1,
                Outcome::Updated => report.updated += 1,
                Outcome::Unchanged => report.unchanged += 1,
            }
        }
        report
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} record(s): {} created, {} updated, {} unchanged",
            self.created + self.updated + self.unchanged,
            self.created,
            self.updated,
            self.unchanged
        )
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    organisations: &'a [Organisation],
}

/// Parses and validates a registry file against the registry's existing slugs (for relation
/// targets). Returns the valid records, or the problems found.
pub fn parse(
    text: &str,
    existing_slugs: &BTreeSet<String>,
    current_year: i32,
) -> Result<Vec<Organisation>, Problems> {
    check(text, current_year).resolve(existing_slugs)
}

/// A registry file read and its records validated on their own, with no database involved: what
/// remains is to check relation targets against the registry ([`Checked::resolve`]).
#[derive(Debug)]
pub struct Checked {
    records: Vec<Record>,
    problems: Problems,
}

/// A valid record with its position in the file and its name as given (shortened).
type Record = (usize, Option<String>, Organisation);

impl Checked {
    /// Every problem of the file, relation targets checked against `existing_slugs`; nothing if
    /// the file can be imported.
    pub fn problems(&self, existing_slugs: &BTreeSet<String>) -> Problems {
        let mut problems = self.problems.clone();
        if problems
            .listed
            .first()
            .is_some_and(|p| p.position.is_none())
        {
            return problems;
        }
        problems.extend(missing_targets(&self.records, existing_slugs));
        problems.listed.sort_by_key(|p| p.position);
        problems
    }

    /// The records, once every relation target is in the file or in `existing_slugs`.
    pub fn resolve(self, existing_slugs: &BTreeSet<String>) -> Result<Vec<Organisation>, Problems> {
        let problems = self.problems(existing_slugs);
        if problems.is_empty() {
            Ok(self.records.into_iter().map(|(_, _, org)| org).collect())
        } else {
            Err(problems)
        }
    }
}

/// Reads and validates a registry file held in memory.
pub fn check(text: &str, current_year: i32) -> Checked {
    check_valid(serde_json::Deserializer::from_str(text), current_year)
        .unwrap_or_else(|| check_with(serde_json::Deserializer::from_str(text), current_year))
}

/// Reads and validates a registry file as it streams in: one record is held as JSON at a time, so
/// memory follows the valid records, not the size of the file.
pub fn check_reader(reader: impl std::io::Read, current_year: i32) -> Checked {
    check_with(serde_json::Deserializer::from_reader(reader), current_year)
}

/// How much of a file is read from the disk at a time.
const READ_BUFFER_BYTES: usize = 1 << 16;

/// Reads a registry file the quick way, which only a file without problems passes: each record
/// goes straight into an [`OrganisationInput`], not through a JSON value first (which takes
/// about as long as validating it). `None` at the first problem of any kind: the file must then
/// be read again with [`check_with`], whose words for each problem (a record's name, the path to
/// a field, a duplicate key) come from the JSON value.
fn check_valid<'de, R: serde_json::de::Read<'de>>(
    mut json: serde_json::Deserializer<R>,
    current_year: i32,
) -> Option<Checked> {
    let mut reader = FileReader::new(current_year, Reading::Direct);
    let read = reader.read(&mut json);
    let valid = read.is_ok() && reader.refusal.is_none() && reader.checked.problems.is_empty();
    valid.then(|| {
        reader.checked.records.shrink_to_fit();
        reader.checked
    })
}

fn check_with<'de, R: serde_json::de::Read<'de>>(
    mut json: serde_json::Deserializer<R>,
    current_year: i32,
) -> Checked {
    let mut reader = FileReader::new(current_year, Reading::Values);
    let read = reader.read(&mut json);
    if let Some(refusal) = reader.refusal.take() {
        reader.checked.problems = Problems::file(refusal);
    } else if let Err(err) = read {
        reader.checked.problems =
            Problems::file(format!("not a registry file ({err}); {EXPECTED_FILE}"));
    }
    reader.checked.records.shrink_to_fit();
    reader.checked
}

const EXPECTED_FILE: &str =
    "expected {\"format\": \"userled-registry/1\", \"organisations\": [...]}";

/// The state of reading one file: the envelope's keys, and each record as it comes.
struct FileReader {
    current_year: i32,
    reading: Reading,
    format: Option<String>,
    records_seen: bool,
    /// Why the file was refused as a whole, in words; the JSON reader only hears that it was.
    refusal: Option<String>,
    /// Slug -> position of the first record that uses it.
    positions: HashMap<String, usize>,
    checked: Checked,
    /// Where valid records go as they are read, when they are written as they come (see
    /// [`import_file`]) rather than kept in `checked`.
    sink: Option<Sink>,
}

/// Valid records on their way to the database, a batch at a time, while the file is read on.
struct Sink {
    batch: Vec<Organisation>,
    batches: mpsc::Sender<Vec<Organisation>>,
    /// The records with relations, whose targets are checked once every record is written.
    related: Vec<Related>,
}

/// A record with relations: its position in the file, its name as a problem quotes it, and its
/// relations.
type Related = (usize, Option<String>, Vec<Relation>);

impl Sink {
    /// Takes a valid record; `false` if the writer has stopped (it failed), so reading is moot.
    fn take(&mut self, position: usize, name: Option<String>, org: Organisation) -> bool {
        if !org.relations.is_empty() {
            self.related.push((position, name, org.relations.clone()));
        }
        self.batch.push(org);
        self.batch.len() < organisations::BATCH || self.send()
    }

    /// Sends the records taken since the last batch; `false` if the writer has stopped.
    fn send(&mut self) -> bool {
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(organisations::BATCH));
        batch.is_empty() || self.batches.blocking_send(batch).is_ok()
    }
}

/// How the records of a file are read.
#[derive(Clone, Copy)]
enum Reading {
    /// Each as a JSON value, then into an [`OrganisationInput`]: every problem is found and
    /// worded, with the record's name and the path to the field.
    Values,
    /// Each straight into an [`OrganisationInput`], the reading stopped at the first problem
    /// (see [`check_valid`]).
    Direct,
}

impl FileReader {
    fn new(current_year: i32, reading: Reading) -> Self {
        FileReader {
            current_year,
            reading,
            format: None,
            records_seen: false,
            refusal: None,
            positions: HashMap::new(),
            checked: Checked {
                records: Vec::new(),
                problems: Problems::default(),
            },
            sink: None,
        }
    }

    /// Reads a whole file: the envelope, each record as `reading` says, and nothing after it.
    fn read<'de, R: serde_json::de::Read<'de>>(
        &mut self,
        json: &mut serde_json::Deserializer<R>,
    ) -> serde_json::Result<()> {
        serde::de::DeserializeSeed::deserialize(&mut *self, &mut *json).and_then(|()| json.end())
    }

    fn refuse<E: serde::de::Error>(&mut self, message: String) -> E {
        self.refusal = Some(message);
        E::custom("refused")
    }

    fn record(&mut self, position: usize, value: serde_json::Value) {
        let name = value
            .get("name")
            .and_then(|n| n.as_str())
            .and_then(quoted_name);
        let report = |field: Option<String>, message: String| Problem {
            position: Some(position),
            name: name.clone(),
            field: field
                .as_deref()
                .map(|field| shortened(field, 2 * QUOTED_CHARS)),
            message: bounded(&message),
        };
        match read_record(value, self.current_year) {
            Err(errors) => {
                for (field, message) in errors {
                    self.checked.problems.push(report(field, message));
                }
            }
            Ok(org) => {
                let slug = org.slug.to_string();
                if let Err(first) = self.keep(position, name.clone(), org) {
                    self.checked.problems.push(report(
                        Some("slug".into()),
                        format!("\"{slug}\" is already used by record {first}"),
                    ));
                }
            }
        }
    }

    /// Keeps a valid record unless its slug is already used, in which case it gives the
    /// position of the record that uses it.
    fn keep(
        &mut self,
        position: usize,
        name: Option<String>,
        org: Organisation,
    ) -> Result<(), usize> {
        self.claim(position, &org)?;
        self.checked.records.push((position, name, org));
        Ok(())
    }

    /// Notes that the record at `position` uses its slug, unless one before it does: then that
    /// one's position.
    fn claim(&mut self, position: usize, org: &Organisation) -> Result<(), usize> {
        match self.positions.entry(org.slug.to_string()) {
            Entry::Occupied(first) => Err(*first.get()),
            Entry::Vacant(slot) => {
                slot.insert(position);
                Ok(())
            }
        }
    }

    /// Keeps (or sends on, see [`Sink`]) a record read straight into its input (see
    /// [`Reading::Direct`]) if it is valid and its slug is the first of its kind, with its name
    /// as [`FileReader::record`] takes it; `false` if it has a problem, or if the records'
    /// writer has stopped.
    fn record_input(&mut self, position: usize, input: OrganisationInput) -> bool {
        let name = quoted_name(&input.name);
        let Ok(org) = input.validate(self.current_year) else {
            return false;
        };
        if self.claim(position, &org).is_err() {
            return false;
        }
        match &mut self.sink {
            Some(sink) => sink.take(position, name, org),
            None => {
                self.checked.records.push((position, name, org));
                true
            }
        }
    }
}

/// A record's name as a problem quotes it: trimmed and shortened, none if blank.
fn quoted_name(name: &str) -> Option<String> {
    Some(name.trim())
        .filter(|name| !name.is_empty())
        .map(|name| shortened(name, QUOTED_CHARS))
}

impl<'de> serde::de::DeserializeSeed<'de> for &mut FileReader {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, json: D) -> Result<(), D::Error> {
        json.deserialize_any(self)
    }
}

/// Refuses a JSON value of the wrong kind, saying what it is instead.
trait Refuse: Sized {
    fn refuse_as<E: serde::de::Error>(self, what: &str) -> E;
}

impl Refuse for &mut FileReader {
    fn refuse_as<E: serde::de::Error>(self, what: &str) -> E {
        self.refuse(format!(
            "the file holds {what}, not a registry file; {EXPECTED_FILE}"
        ))
    }
}

impl Refuse for Records<'_> {
    fn refuse_as<E: serde::de::Error>(self, what: &str) -> E {
        self.0.refuse(format!(
            "\"organisations\" must be a list of records, [...], not {what}"
        ))
    }
}

/// The visitor methods of the JSON values that are not objects or lists.
macro_rules! refuse_scalars {
    () => {
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
            Err(Refuse::refuse_as(self, "true or false"))
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
            Err(Refuse::refuse_as(self, "a number"))
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
            Err(Refuse::refuse_as(self, "a number"))
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
            Err(Refuse::refuse_as(self, "a number"))
        }
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
            Err(Refuse::refuse_as(self, "a text"))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
            Err(Refuse::refuse_as(self, "null"))
        }
    };
}

impl<'de> serde::de::Visitor<'de> for &mut FileReader {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a registry file")
    }

    refuse_scalars!();

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(self.refuse(format!(
            "the file holds a JSON list, not a registry file: the list of organisations goes \
             inside one, as \"organisations\"; {EXPECTED_FILE}"
        )))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let format = map.next_value::<serde_json::Value>()?;
                    match format.as_str() {
                        Some(FORMAT) => self.format = Some(FORMAT.to_owned()),
                        Some(other) => {
                            return Err(self.refuse(format!(
                                "format {} is not supported; expected \"{FORMAT}\"",
                                quoted(other)
                            )));
                        }
                        None => {
                            return Err(
                                self.refuse(format!("\"format\" must be the text \"{FORMAT}\""))
                            );
                        }
                    }
                }
                "organisations" if !self.records_seen => {
                    self.records_seen = true;
                    map.next_value_seed(Records(&mut *self))?;
                }
                "organisations" => {
                    return Err(self.refuse("\"organisations\" appears twice".to_owned()));
                }
                other => {
                    return Err(self.refuse(format!(
                        "unknown key {}; a registry file has only \"format\" and \"organisations\"",
                        quoted(other)
                    )));
                }
            }
        }
        if self.format.is_none() {
            return Err(self.refuse(format!("the file has no \"format\"; {EXPECTED_FILE}")));
        }
        if !self.records_seen {
            return Err(self.refuse(format!(
                "the file has no \"organisations\"; {EXPECTED_FILE}"
            )));
        }
        Ok(())
    }
}

/// The `organisations` list, read one record at a time.
struct Records<'r>(&'r mut FileReader);

impl<'de> serde::de::DeserializeSeed<'de> for Records<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, json: D) -> Result<(), D::Error> {
        json.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Records<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of organisations")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut records: A) -> Result<(), A::Error> {
        let mut position = 0;
        match self.0.reading {
            Reading::Values => {
                while let Some(value) = records.next_element::<serde_json::Value>()? {
                    position += 1;
                    self.0.record(position, value);
                }
            }
            Reading::Direct => {
                while let Some(input) = records.next_element::<OrganisationInput>()? {
                    position += 1;
                    if !self.0.record_input(position, input) {
                        return Err(serde::de::Error::custom("a record has a problem"));
                    }
                }
            }
        }
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(Refuse::refuse_as(self, "a single object"))
    }

    refuse_scalars!();
}

/// One record read and validated, or its problems as (field, message).
fn read_record(
    value: serde_json::Value,
    current_year: i32,
) -> Result<Organisation, Vec<(Option<String>, String)>> {
    let input: OrganisationInput = serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        vec![((path != ".").then_some(path), err.into_inner().to_string())]
    })?;
    input.validate(current_year).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| (Some(e.field), e.message.to_string()))
            .collect()
    })
}

/// Relations whose target is neither in the file nor in the registry.
fn missing_targets(records: &[Record], existing_slugs: &BTreeSet<String>) -> Vec<Problem> {
    let in_file: HashSet<&str> = records
        .iter()
        .map(|(_, _, org)| org.slug.as_str())
        .collect();
    unknown_targets(
        records
            .iter()
            .map(|(position, name, org)| (*position, name, org.relations.as_slice())),
        |target| in_file.contains(target) || existing_slugs.contains(target),
    )
}

/// Relations, of records given by position and name, whose target is not `known`.
fn unknown_targets<'r>(
    records: impl IntoIterator<Item = (usize, &'r Option<String>, &'r [Relation])>,
    known: impl Fn(&str) -> bool,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (position, name, relations) in records {
        for (i, relation) in relations.iter().enumerate() {
            let target = relation.target.as_str();
            if !known(target) {
                problems.push(Problem {
                    position: Some(position),
                    name: name.clone(),
                    field: Some(format!("relations[{i}].target")),
                    message: format!("no organisation \"{target}\" in the file or the registry"),
                });
            }
        }
    }
    problems
}

/// `text` in quotes, shortened if long: `"first sixty characters…" (N characters)`.
fn quoted(text: &str) -> String {
    let length = text.chars().count();
    if length > QUOTED_CHARS {
        format!("{:?} ({length} characters)", shortened(text, QUOTED_CHARS))
    } else {
        format!("{text:?}")
    }
}

/// A message fit to print: each value quoted in it ("…" or `…`) shortened if long, and the whole
/// cut short if still long, so no file can make the report as large as itself.
fn bounded(message: &str) -> String {
    const MESSAGE_CHARS: usize = 600;
    let mut out = String::new();
    let mut rest = message;
    while out.len() <= MESSAGE_CHARS * 4 {
        let Some(open) = rest.find(['"', '`']) else {
            break;
        };
        let quote = if rest[open..].starts_with('`') {
            '`'
        } else {
            '"'
        };
        let inner = &rest[open + 1..];
        let Some(close) = closing_quote(inner, quote) else {
            break;
        };
        out.push_str(&rest[..=open]);
        let value = &inner[..close];
        let length = value.chars().count();
        if length > QUOTED_CHARS {
            out.push_str(&shortened(value, QUOTED_CHARS));
            out.push(quote);
            out.push_str(&format!(" ({length} characters)"));
        } else {
            out.push_str(value);
            out.push(quote);
        }
        rest = &inner[close + 1..];
    }
    out.push_str(&shortened(rest, MESSAGE_CHARS));
    shortened(&out, MESSAGE_CHARS)
}

/// Where a quoted value that starts `text` ends: the next `quote` not escaped by a backslash.
fn closing_quote(text: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quote == '"' => escaped = true,
            c if c == quote => return Some(i),
            _ => {}
        }
    }
    None
}

/// The first `chars` characters of `text`, and an ellipsis if there were more.
fn shortened(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Validates the whole file, then upserts every record by slug in one transaction, which holds the
/// write lock from its start: server writes meanwhile wait up to their busy timeout. Writes
/// nothing if any record is invalid.
pub async fn import(
    pool: &Pool,
    text: &str,
    now: OffsetDateTime,
) -> Result<ImportReport, ImportError> {
    import_as(pool, check(text, now.year()), now, "import").await
}

/// Upserts the records of a checked file (see [`check`]), recording `actor` ("import", "seed") in
/// each changed record's history; writes nothing if the file has any problem.
pub async fn import_as(
    pool: &Pool,
    file: Checked,
    now: OffsetDateTime,
    actor: &str,
) -> Result<ImportReport, ImportError> {
    let change = import_change(actor);
    // The file was checked before; the write phase takes the write lock at once (a read
    // transaction turned writer would fail if the server wrote in between).
    let mut tx = db::begin_write(pool).await?;
    let existing: BTreeSet<String> = organisations::slugs(&mut tx).await?.into_iter().collect();
    let records = file.resolve(&existing).map_err(ImportError::Invalid)?;
    let outcomes = organisations::upsert_all(&mut tx, records, now, &change).await?;
    tx.commit().await?;
    Ok(ImportReport::of(outcomes))
}

/// How many batches of records the reading of a file may be ahead of their writing.
const BATCHES_AHEAD: usize = 2;

/// Imports a registry file on disk as [`import`] would, reading and writing at once: one thread
/// reads and validates records the quick way (as [`check`] does first) while this one
/// writes them, a batch at a time, in one transaction that holds the write lock from the start.
/// Memory holds a few batches, not the file's records. At the first problem of any kind, or
/// when a relation's target is in neither the file nor the registry, the transaction is rolled
/// back, and the file is read again the thorough way to word every problem (or, should that
/// reading find none, imported from its records).
pub async fn import_file(
    pool: &Pool,
    file: std::fs::File,
    now: OffsetDateTime,
) -> Result<ImportReport, ImportError> {
    let year = now.year();
    if !file.metadata()?.is_file() {
        return Err(ImportError::Read(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file on disk, which can be read twice; use check_reader and import_as",
        )));
    }
    let change = import_change("import");
    let mut tx = db::begin_write(pool).await?;
    let mut upserts = organisations::Upserts::begin(&mut tx, now, &change).await?;
    let (batches, mut incoming) = mpsc::channel(BATCHES_AHEAD);
    let reading = tokio::task::spawn_blocking(move || {
        let read = stream_valid(&file, year, batches);
        (file, read)
    });
    while let Some(batch) = incoming.recv().await {
        upserts.write(batch).await?;
    }
    let (file, related) = reading.await.map_err(std::io::Error::other)?;
    let unknown = related.map(|related| {
        unknown_targets(
            related
                .iter()
                .map(|(position, name, relations)| (*position, name, relations.as_slice())),
            |target| upserts.knows(target),
        )
    });
    if unknown.as_ref().is_some_and(Vec::is_empty) {
        let outcomes = upserts.finish().await?;
        tx.commit().await?;
        return Ok(ImportReport::of(outcomes));
    }
    drop(upserts);
    tx.rollback().await?;
    if let Some(unknown) = unknown {
        let mut problems = Problems::default();
        problems.extend(unknown);
        return Err(ImportError::Invalid(problems));
    }
    // The quick reading stopped at a problem: the thorough one words every problem.
    let checked = tokio::task::spawn_blocking(move || {
        (&file).rewind()?;
        Ok::<_, std::io::Error>(check_reader(buffered(file), year))
    })
    .await
    .map_err(std::io::Error::other)??;
    import_as(pool, checked, now, "import").await
}

/// A file read from the disk [`READ_BUFFER_BYTES`] at a time.
fn buffered<F: std::io::Read>(file: F) -> std::io::BufReader<F> {
    std::io::BufReader::with_capacity(READ_BUFFER_BYTES, file)
}

/// Reads a file the quick way, sending its valid records to `batches` as they come; returns the
/// records with relations (position, name, relations), or `None` at the first problem, or if
/// the records' writer has stopped.
fn stream_valid(
    file: &std::fs::File,
    current_year: i32,
    batches: mpsc::Sender<Vec<Organisation>>,
) -> Option<Vec<Related>> {
    let mut json = serde_json::Deserializer::from_reader(buffered(file));
    let mut reader = FileReader::new(current_year, Reading::Direct);
    reader.sink = Some(Sink {
        batch: Vec::with_capacity(organisations::BATCH),
        batches,
        related: Vec::new(),
    });
    let read = reader.read(&mut json);
    let mut sink = reader.sink.take()?;
    let valid = read.is_ok() && reader.refusal.is_none() && sink.send();
    valid.then_some(sink.related)
}

/// What an import records in the history of each record it changes.
fn import_change(actor: &str) -> Change {
    Change::by_process(
        Action::Import,
        actor,
        if actor == "seed" {
            Summary::Seed
        } else {
            Summary::Import
        },
    )
}

/// The slugs already in the registry, which relations may name.
pub async fn registry_slugs(pool: &Pool) -> Result<BTreeSet<String>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    Ok(organisations::slugs(&mut conn).await?.into_iter().collect())
}

/// The whole registry, every visibility included, as a registry file.
pub async fn export(pool: &Pool, current_year: i32) -> anyhow::Result<String> {
    let mut file = Vec::new();
    export_to(pool, current_year, &mut file).await?;
    Ok(String::from_utf8(file)?)
}

/// How many records an export reads at a time.
const EXPORT_BATCH: u32 = 1_000;

/// Writes the whole registry to `out` as [`to_file`] writes it, reading `EXPORT_BATCH` records
/// at a time in one transaction: one state of the registry, and memory that does not grow with it.
pub async fn export_to(
    pool: &Pool,
    current_year: i32,
    mut out: impl std::io::Write,
) -> anyhow::Result<()> {
    let mut tx = pool.begin().await?;
    let mut after: Option<String> = None;
    let mut written = 0;
    write!(
        out,
        "{{\n  \"format\": \"{FORMAT}\",\n  \"organisations\": ["
    )?;
    loop {
        let batch =
            organisations::load_batch(&mut tx, after.as_deref(), EXPORT_BATCH, current_year)
                .await?;
        for record in &batch {
            let separator = if written == 0 { "\n" } else { ",\n" };
            // As `to_string_pretty` nests it: JSON strings escape their line breaks, so every
            // line break in a record is layout.
            let text = serde_json::to_string_pretty(record)?.replace('\n', "\n    ");
            write!(out, "{separator}    {text}")?;
            written += 1;
        }
        match batch.last() {
            Some(last) if batch.len() == EXPORT_BATCH as usize => {
                after = Some(last.slug.to_string());
            }
            _ => break,
        }
    }
    match written {
        0 => writeln!(out, "]\n}}")?,
        _ => writeln!(out, "\n  ]\n}}")?,
    }
    tx.commit().await?;
    Ok(out.flush()?)
}

/// Writes records as a registry file: two-space indentation, a final newline.
pub fn to_file(organisations: &[Organisation]) -> serde_json::Result<String> {
    let file = FileOut {
        format: FORMAT,
        organisations,
    };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}

/// Writes records as a registry file without indentation: the same records as [`to_file`], for
/// files too large to read comfortably.
pub fn write_compact(
    writer: impl std::io::Write,
    organisations: &[Organisation],
) -> serde_json::Result<()> {
    let file = FileOut {
        format: FORMAT,
        organisations,
    };
    serde_json::to_writer(writer, &file)
}

/// Loads the seed if the registry is empty; returns what it did, or `None` if there was data.
pub async fn seed_if_empty(
    pool: &Pool,
    now: OffsetDateTime,
) -> Result<Option<ImportReport>, ImportError> {
    let mut conn = pool.acquire().await?;
    if organisations::count(&mut conn).await? > 0 {
        return Ok(None);
    }
    drop(conn);
    import_as(pool, check(SEED, now.year()), now, "seed")
        .await
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick reading of `text`, and the thorough one.
    fn both_readings(text: &str) -> (Option<Checked>, Checked) {
        (
            check_valid(serde_json::Deserializer::from_str(text), 2026),
            check_with(serde_json::Deserializer::from_str(text), 2026),
        )
    }

    #[test]
    fn the_quick_reading_keeps_what_the_thorough_one_keeps_or_gives_way_to_it() {
        // The seed has every part of a record.
        let (quick, thorough) = both_readings(SEED);
        let quick = quick.expect("the seed has no problem");
        assert!(thorough.problems.is_empty());
        assert!(thorough.records.len() > 10);
        assert_eq!(quick.records, thorough.records);

        // A key given twice: a JSON value keeps the last, where reading straight into a record
        // would refuse it. The quick reading gives way, and the file reads as before.
        let first = thorough.records[0].2.name.clone();
        let twice = SEED.replacen(
            "\"name\":",
            "\"name\": \"Another name\",\n      \"name\":",
            1,
        );
        assert_ne!(twice, SEED);
        let (quick, thorough) = both_readings(&twice);
        assert!(quick.is_none());
        assert!(thorough.problems.is_empty());
        assert_eq!(thorough.records[0].1.as_deref(), Some(first.as_str()));
        assert_eq!(check(&twice, 2026).records, thorough.records);

        // A record with a problem: the quick reading stops, the thorough one words it.
        let unnamed = SEED.replacen("\"name\":", "\"nom\":", 1);
        let (quick, thorough) = both_readings(&unnamed);
        assert!(quick.is_none());
        assert!(!thorough.problems.is_empty());
        assert_eq!(check(&unnamed, 2026).problems, thorough.problems);
    }

    #[test]
    fn quoted_values_are_shortened_in_messages() {
        let long = "x".repeat(100);
        assert_eq!(
            bounded(&format!("unknown value \"{long}\"; expected one of: a, b")),
            format!(
                "unknown value \"{}…\" (100 characters); expected one of: a, b",
                "x".repeat(60)
            )
        );
        assert_eq!(
            bounded(&format!("unknown variant `{long}`")),
            format!("unknown variant `{}…` (100 characters)", "x".repeat(60))
        );
        // Escaped quotes stay inside their value; short values are left as they are.
        let escaped = format!("\"{}\\\"{}\" and \"short\"", "a".repeat(40), "b".repeat(40));
        assert_eq!(
            bounded(&escaped),
            format!(
                "\"{}\\\"{}…\" (82 characters) and \"short\"",
                "a".repeat(40),
                "b".repeat(18)
            )
        );
        // Whatever the message, it ends up short.
        let unclosed = format!("\"{}", "z".repeat(1_000_000));
        assert!(bounded(&unclosed).chars().count() <= 601);
        assert!(bounded(&"w ".repeat(1_000_000)).chars().count() <= 601);
        assert_eq!(quoted("ok"), "\"ok\"");
        assert_eq!(
            quoted(&"é".repeat(61)),
            format!("\"{}…\" (61 characters)", "é".repeat(60))
        );
    }

    #[test]
    fn problems_beyond_a_hundred_are_counted() {
        let records: Vec<String> = (0..150)
            .map(|i| format!("{{\"name\": \"Group {i}\"}}"))
            .collect();
        let text = format!(
            "{{\"organisations\": [{}], \"format\": \"{FORMAT}\"}}",
            records.join(",")
        );
        let problems = check(&text, 2026).problems(&BTreeSet::new());
        assert_eq!(problems.listed.len(), LISTED_PROBLEMS);
        assert!(problems.unlisted > 0);
        assert_eq!(problems.total(), problems.listed.len() + problems.unlisted);
        // In the order of the file, whichever key came first.
        assert_eq!(problems.listed[0].position, Some(1));
    }
}
