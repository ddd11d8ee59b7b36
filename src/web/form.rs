//! The organisation form shared by the public submission and correction pages and the moderators'
//! review and edit pages: decoding what a browser sends into the same [`SubmissionInput`] the
//! JSON API reads, mapping each validation error back to the input the person typed in, and the
//! view that shows the form again with every error beside its field and everything typed kept.
//!
//! Field names follow the record's paths in the bracket form browsers and `serde_qs` share:
//! `name`, `categories` (repeated), `sources[1][url]`, `contact[address][street]`; the contact's
//! links and languages are `contact_links[0][url]` and `contact_languages` (repeated), so that
//! they work as the other lists and sets do.

use std::collections::BTreeMap;

use crate::domain::languages::LANGUAGES;
use crate::domain::organisation::limits;
use crate::domain::submission::SubmissionInput;
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, ContactLinkKind, EventKind, MeetingMode, RelationKind, Scope,
    Status, UserLedDegree, UserProfile, Visibility, Vocabulary,
};
use crate::domain::{CountryCode, FieldError, Organisation, OrganisationInput};
use crate::i18n::{Lang, Message};

/// The hidden field that only bots fill in.
pub const HONEYPOT: &str = "leave_this_empty";

/// The name of the "Add another" and "Remove" buttons; the value says which list and row
/// (`add:sources`, `remove:sources:1`).
pub const ROW_ACTION: &str = "row_action";

/// Fields of the pages around the record, which are not part of it.
const PAGE_FIELDS: [&str; 4] = [
    super::security::CSRF_FIELD,
    HONEYPOT,
    "confirm_new",
    ROW_ACTION,
];

/// More rows than any list may hold; rows numbered beyond are ignored.
const MAX_ROWS: usize = 100;

/// The most rows "Add another" gives a list: as many as a record's list may hold.
const MOST_ROWS: usize = limits::LIST;

/// The repeatable parts of the form: the list, the column a new row is started with, and how
/// many rows it shows at least (an empty source to fill in, an empty country to choose).
const LISTS: [(&str, &str, usize); 8] = [
    ("aliases", "name", 0),
    ("contact_links", "url", 0),
    ("countries", "", 1),
    ("sources", "url", 1),
    ("evaluations", "citation", 0),
    ("facts", "label", 0),
    ("relations", "kind", 0),
    ("events", "year", 0),
];

/// The form's names for the contact's list and set, which sit one level deeper in the record
/// (`contact[links][0][url]`): kept at the top of the form so that rows work as every list's do.
const CONTACT_LINKS: &str = "contact_links";
const CONTACT_LANGUAGES: &str = "contact_languages";

/// A urlencoded form body, in order: what the person typed, to decode and to show back.
#[derive(Debug, Clone, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

/// Where the rows of each list that were kept stood in the form: blank rows are left out before
/// validation, so the record's `sources[0]` may be the form's `sources[1]`.
#[derive(Debug, Clone, Default)]
pub struct FormRows {
    kept: BTreeMap<String, Vec<usize>>,
}

impl FormData {
    pub fn parse(body: &[u8]) -> Self {
        Self {
            pairs: url::form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        }
    }

    pub fn get(&self, key: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }

    pub fn all(&self, key: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The form filled in with a record, for a correction or a moderator's edit: the record's
    /// interchange shape, flattened into the form's names.
    pub fn from_record(record: &Organisation) -> Self {
        let mut form = Self::default();
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(record) {
            for (key, value) in &fields {
                form.push_value(key, value);
            }
        }
        for (key, _) in &mut form.pairs {
            if let Some(rest) = key.strip_prefix("contact[links]") {
                *key = format!("{CONTACT_LINKS}{rest}");
            } else if key == "contact[languages]" {
                *key = CONTACT_LANGUAGES.to_owned();
            }
        }
        form
    }

    fn push_value(&mut self, key: &str, value: &serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Null => {}
            Value::String(text) => self.pairs.push((key.to_owned(), text.clone())),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::Object(_) => self.push_value(&format!("{key}[{i}]"), item),
                        _ => self.push_value(key, item),
                    }
                }
            }
            Value::Object(fields) => {
                for (field, value) in fields {
                    self.push_value(&format!("{key}[{field}]"), value);
                }
            }
            other => self.pairs.push((key.to_owned(), other.to_string())),
        }
    }

    /// One more than the highest row index given for a list.
    fn row_count(&self, list: &str) -> usize {
        self.pairs
            .iter()
            .filter_map(|(key, _)| row_of(key).filter(|(l, row, _)| *l == list && *row < MAX_ROWS))
            .map(|(_, row, _)| row + 1)
            .max()
            .unwrap_or(0)
    }

    /// How many rows a list shows: every row sent (blank ones too, so a form shown again keeps
    /// its shape), and at least the list's minimum.
    fn rows_shown(&self, list: &str) -> usize {
        let minimum = rows_at_least(list);
        let sent = if list == "countries" {
            self.all("countries").len()
        } else {
            self.row_count(list)
        };
        sent.max(minimum)
    }

    /// The form after one of its "Add another" or "Remove" buttons was pressed, or `None` if
    /// the form was sent to be stored: one more empty row at the end of a list, or one row
    /// fewer with the rows after it moved up. A value no button sends changes nothing, so the
    /// form is shown again as it was, and nothing is stored either way.
    pub fn with_rows_changed(&self) -> Option<FormData> {
        let (_, action) = self.pairs.iter().find(|(key, _)| key == ROW_ACTION)?;
        let mut form = FormData {
            pairs: self
                .pairs
                .iter()
                .filter(|(key, _)| key != ROW_ACTION)
                .cloned()
                .collect(),
        };
        let mut parts = action.split(':');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("add"), Some(list), None, None) => form.add_row(list),
            (Some("remove"), Some(list), Some(row), None) => {
                if let Ok(row) = row.parse() {
                    form.remove_row(list, row);
                }
            }
            _ => {}
        }
        Some(form)
    }

    fn add_row(&mut self, list: &str) {
        let Some((_, first_column, _)) = LISTS.iter().find(|(name, ..)| *name == list) else {
            return;
        };
        let shown = self.rows_shown(list);
        if shown >= MOST_ROWS {
            return;
        }
        if list == "countries" {
            let sent = self.all("countries").len();
            for _ in sent..=shown {
                self.pairs.push(("countries".to_owned(), String::new()));
            }
        } else {
            self.pairs
                .push((format!("{list}[{shown}][{first_column}]"), String::new()));
        }
    }

    fn remove_row(&mut self, list: &str, row: usize) {
        if list == "countries" {
            let mut seen = 0;
            self.pairs.retain(|(key, _)| {
                if key != "countries" {
                    return true;
                }
                seen += 1;
                seen != row + 1
            });
            return;
        }
        for (key, _) in &mut self.pairs {
            let moved = match row_of(key) {
                Some((name, r, rest)) if name == list && r > row => {
                    Some(format!("{name}[{}]{rest}", r - 1))
                }
                Some((name, r, _)) if name == list && r == row => Some(String::new()),
                _ => None,
            };
            if let Some(moved) = moved {
                *key = moved;
            }
        }
        self.pairs.retain(|(key, _)| !key.is_empty());
    }

    /// The submission this form describes, decoded as the JSON API's is, and where its rows
    /// stood. Blank values count as not given, and blank list rows are left out. A web address
    /// typed without `https://` gets it (see `with_scheme`).
    pub fn decode(&self) -> Result<(SubmissionInput, FormRows), FieldError> {
        let (pairs, rows) = self.without_blanks();
        let mut languages = 0;
        let pairs = pairs.into_iter().map(|(key, value)| {
            let value = if is_web_address(&key) {
                with_scheme(value)
            } else {
                value.to_owned()
            };
            let key = if let Some(rest) = key.strip_prefix(CONTACT_LINKS) {
                format!("contact[links]{rest}")
            } else if key == CONTACT_LANGUAGES {
                languages += 1;
                format!("contact[languages][{}]", languages - 1)
            } else {
                key
            };
            (key, value)
        });
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        // `contact[links][0][url]` is the deepest name.
        let config = serde_qs::Config::new().use_form_encoding(true).max_depth(3);
        let mut record: OrganisationInput = config.deserialize_str(&body).map_err(|err| {
            FieldError::new(
                "form",
                crate::i18n::Message::new("field-form-unreadable").with("reason", err.to_string()),
            )
        })?;
        for field in PAGE_FIELDS {
            record.unknown_fields.remove(field);
        }
        let mut text = |key: &str| match record.unknown_fields.remove(key) {
            Some(serde_json::Value::String(text)) => Some(text),
            _ => None,
        };
        let input = SubmissionInput {
            contact_email: text("contact_email"),
            note: text("note"),
            record,
        };
        Ok((input, rows))
    }

    /// The pairs with blank values and blank rows left out, the rows kept numbered from 0.
    fn without_blanks(&self) -> (Vec<(String, &str)>, FormRows) {
        let mut filled: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (key, value) in &self.pairs {
            let filled_row = row_of(key).filter(|(_, row, _)| *row < MAX_ROWS);
            if let Some((list, row, _)) = filled_row.filter(|_| !value.trim().is_empty()) {
                let rows = filled.entry(list).or_default();
                if !rows.contains(&row) {
                    rows.push(row);
                }
            }
        }
        filled.values_mut().for_each(|rows| rows.sort_unstable());
        let mut pairs = Vec::new();
        for (key, value) in &self.pairs {
            if value.trim().is_empty() {
                continue;
            }
            match row_of(key) {
                None => pairs.push((key.clone(), value.as_str())),
                Some((_, row, _)) if row >= MAX_ROWS => {}
                Some((list, row, rest)) => {
                    let kept = filled
                        .get(list)
                        .and_then(|rows| rows.iter().position(|r| *r == row));
                    if let Some(position) = kept {
                        pairs.push((format!("{list}[{position}]{rest}"), value.as_str()));
                    }
                }
            }
        }
        let kept = filled
            .into_iter()
            .map(|(list, rows)| (list.to_owned(), rows))
            .collect();
        (pairs, FormRows { kept })
    }
}

/// Whether a form field holds a web address: the website, a source's, an event's source.
fn is_web_address(key: &str) -> bool {
    key == "website"
        || matches!(
            row_of(key),
            Some(
                ("sources", _, "[url]")
                    | ("events", _, "[source_url]")
                    | (CONTACT_LINKS, _, "[url]")
            )
        )
}

/// A web address as people copy it from a browser's address bar, which hides the scheme
/// (`www.example.org/report`), with `https://` put in front; anything else as it was typed, for
/// validation to judge. Only the form does this: the API and the registry file take addresses
/// exactly as given, since a program sending `www.example.org` has a bug to hear about, and a
/// guessed scheme would change a file's value on import.
fn with_scheme(value: &str) -> String {
    let address = value.trim();
    let host = address.split(['/', '?', '#']).next().unwrap_or_default();
    let bare_host = !host.contains(':')
        && host.contains('.')
        && !host.starts_with('.')
        && !address.contains(char::is_whitespace);
    if bare_host {
        format!("https://{address}")
    } else {
        value.to_owned()
    }
}

/// A list row's field name taken apart: `sources[1][url]` is `("sources", 1, "[url]")`.
fn row_of(key: &str) -> Option<(&str, usize, &str)> {
    let (list, rest) = key.split_once('[')?;
    let (row, rest) = rest.split_once(']')?;
    let row = row.parse().ok()?;
    rest.starts_with('[').then_some((list, row, rest))
}

impl FormRows {
    /// The name of the input a validation error's path refers to: `sources[0].url` becomes
    /// `sources[1][url]` when the form's first source row was blank.
    pub fn field(&self, path: &str) -> String {
        if path.starts_with("contact.languages") {
            return CONTACT_LANGUAGES.to_owned();
        }
        if let Some(rest) = path.strip_prefix("contact.links") {
            return self.field(&format!("{CONTACT_LINKS}{rest}"));
        }
        if let Some(rest) = path.strip_prefix("contact.") {
            // `contact.address.street` is the input `contact[address][street]`.
            let parts: Vec<&str> = rest.split('.').collect();
            return format!("contact[{}]", parts.join("]["));
        }
        let Some((list, rest)) = path.split_once('[') else {
            return path.to_owned();
        };
        let Some((index, tail)) = rest.split_once(']') else {
            return path.to_owned();
        };
        let (Some(rows), Ok(index)) = (self.kept.get(list), index.parse::<usize>()) else {
            return path.to_owned();
        };
        let row = rows.get(index).copied().unwrap_or(index);
        match tail.strip_prefix('.') {
            Some(field) => format!("{list}[{row}][{field}]"),
            None => format!("{list}[{row}]{tail}"),
        }
    }

    /// Errors keyed by the input they belong to, in `lang` and in a form's words (see
    /// [`form_message`]); the first error of an input wins. The one mapping from a record's
    /// paths to a form's inputs, for every form. Shown beside its input, a message names no
    /// field.
    pub fn errors_by_field(&self, errors: &[FieldError], lang: Lang) -> BTreeMap<String, String> {
        let mut map = BTreeMap::new();
        for error in errors {
            map.entry(self.field(&error.field))
                .or_insert_with(|| form_message(&error.field, &error.message, lang));
        }
        map
    }
}

/// A problem in the words of the form: what to do about it, said to a person ("Enter a web
/// address that starts with https://"), where the API's message says what is wrong with a value
/// to a programmer. The API keeps its own; a problem without a form wording of its own keeps the
/// API's, with a capital.
pub fn form_message(path: &str, message: &Message, lang: Lang) -> String {
    // `sources[0].title` is `sources.title`, `categories[1]` is `categories`.
    let mut field = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if !in_index => field.push(c),
            _ => {}
        }
    }
    match form_key(&field, message.key()) {
        Some(key) => lang.message(&message.rekeyed(key)),
        None => {
            let text = lang.message(message);
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        }
    }
}

/// The form's message for a problem (the domain's message key) with a field (its path without
/// rows, `sources.title`).
fn form_key(field: &str, problem: &str) -> Option<&'static str> {
    let year = field.ends_with("year");
    Some(match problem {
        "field-required" => match field {
            "name" => "form-error-name-required",
            "description" => "form-error-description-required",
            "degree_note" => "form-error-degree_note-required",
            "aliases.name" => "form-error-aliases-name-required",
            "sources.title" => "form-error-sources-title-required",
            "evaluations.citation" => "form-error-evaluations-citation-required",
            "evaluations.finding" => "form-error-evaluations-finding-required",
            "facts.label" => "form-error-facts-label-required",
            "facts.value" => "form-error-facts-value-required",
            "events.year" => "form-error-events-year-required",
            "events.note" => "form-error-events-note-required",
            "contact.address.street" => "form-error-address-street-required",
            "contact.address.locality" => "form-error-address-locality-required",
            "contact.address.country" => "form-error-address-country-required",
            _ => "form-error-required",
        },
        "field-url-invalid" | "field-url-not-web" => "form-error-url",
        "field-url-too-long" => "form-error-url-too-long",
        "field-not-whole-number" if year => "form-error-year-number",
        "field-not-whole-number" => "form-error-number",
        "field-year-range" => "form-error-year-range",
        "field-not-positive" => "form-error-not-positive",
        "field-unknown-value" | "field-country-malformed" | "field-country-unassigned" => {
            "form-error-choose"
        }
        "field-slug-invalid" => "form-error-relation-target",
        "field-language-code" => "form-error-language-code",
        "field-language-required" => "form-error-language-required",
        "field-date" => "form-error-date",
        "field-date-future" => "form-error-date-future",
        "field-email-invalid" => "form-error-email",
        "field-telephone-invalid" => "form-error-telephone",
        "field-working-language" => "form-error-choose",
        "field-control-characters" => "form-error-control-characters",
        "field-too-long" | "field-note-too-long" => "form-error-too-long",
        "field-too-many" => "form-error-too-many",
        "field-slug-underivable" => "form-error-name-letters",
        "field-categories-required" => "form-error-categories-required",
        "field-ended-before-founded" => "form-error-ended-before-founded",
        "field-ended-but-active" => "form-error-ended-but-active",
        "field-degree-required" => "form-error-degree-required",
        "field-sources-required" => "form-error-sources-required",
        "field-relation-to-itself" => "form-error-relation-to-itself",
        "field-relation-twice" => "form-error-relation-twice",
        "field-relation-missing" => "form-error-relation-missing",
        "field-event-year" => "form-error-event-year",
        "field-note-required" => "form-error-note-required",
        "field-correction-target" => "form-error-correction-target",
        "field-reason-required" => "form-error-reason-required",
        "field-honeypot" => "form-error-honeypot",
        "field-not-in-record" | "field-incomplete" | "field-form-unreadable" => {
            "form-error-unreadable"
        }
        _ => return None,
    })
}

/// An HTML id for a field name: `sources[0][url]` becomes `f-sources-0-url`.
pub fn field_id(field: &str) -> String {
    let mut id = String::from("f-");
    for c in field.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '_' => id.push(c),
            _ if !id.ends_with('-') => id.push('-'),
            _ => {}
        }
    }
    id.trim_end_matches('-').to_owned()
}

/// What kind of control a field is.
#[derive(Debug, Clone)]
pub enum Control {
    Text,
    Url,
    Email,
    Telephone,
    Number,
    Date,
    TextArea,
    Select(Vec<(String, String)>),
}

/// Whether a field must be answered. GOV.UK marks the optional ones, "(optional)"; a required
/// one carries `aria-required`; an unmarked one neither: a select that always holds a value, or a
/// country's select, whose list's legend says it is optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    Unmarked,
}

/// One labelled input with its value and error.
#[derive(Debug, Clone)]
pub struct Cell {
    pub name: String,
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
    pub value: String,
    pub error: Option<String>,
    pub control: Control,
    pub need: Need,
}

impl Cell {
    pub fn input_type(&self) -> &'static str {
        match self.control {
            Control::Url => "url",
            Control::Email => "email",
            Control::Telephone => "tel",
            Control::Number => "text",
            Control::Date => "date",
            _ => "text",
        }
    }

    pub fn is_textarea(&self) -> bool {
        matches!(self.control, Control::TextArea)
    }

    pub fn is_number(&self) -> bool {
        matches!(self.control, Control::Number)
    }

    pub fn required(&self) -> bool {
        self.need == Need::Required
    }

    pub fn optional(&self) -> bool {
        self.need == Need::Optional
    }

    pub fn options(&self) -> Option<&[(String, String)]> {
        match &self.control {
            Control::Select(options) => Some(options),
            _ => None,
        }
    }

    /// The ids the input is described by: its hint and its error.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        ids.join(" ")
    }
}

/// A checkbox or radio button.
#[derive(Debug, Clone)]
pub struct Choice {
    pub id: String,
    pub value: String,
    pub label: String,
    /// The label's language where it is not the page's (a language named in itself).
    pub label_lang: Option<String>,
    pub hint: String,
    pub checked: bool,
}

/// A group of checkboxes (or radio buttons) under one legend.
#[derive(Debug, Clone)]
pub struct ChoiceGroup {
    pub name: String,
    pub id: String,
    pub legend: String,
    pub hint: Option<String>,
    pub choices: Vec<Choice>,
    pub error: Option<String>,
    pub radio: bool,
    pub optional: bool,
}

impl ChoiceGroup {
    /// Choices without hints (languages named in themselves) sit in columns.
    pub fn compact(&self) -> bool {
        self.choices.iter().all(|c| c.hint.is_empty())
    }
}

/// One row of a repeatable list: its legend ("Source 2"), its cells, and the value of its
/// "Remove" button.
#[derive(Debug, Clone)]
pub struct Row {
    pub legend: String,
    pub cells: Vec<Cell>,
    pub remove: String,
}

/// A repeatable group of cells: the rows sent (or filled in from the record), grown by its "Add
/// another" button and shrunk by each row's "Remove", without JavaScript.
#[derive(Debug, Clone)]
pub struct ListView {
    pub key: String,
    pub legend: String,
    pub hint: String,
    pub rows: Vec<Row>,
    pub error: Option<String>,
    pub optional: bool,
    /// The least number of rows shown; a row is removable only above it.
    pub minimum: usize,
    /// The "Add another" button's words, and its value; no button once the list is full.
    pub add_label: String,
    pub add: Option<String>,
}

impl ListView {
    pub fn add_id(&self) -> String {
        format!("f-{}-add", self.key)
    }

    pub fn removable(&self) -> bool {
        self.rows.len() > self.minimum
    }

    /// Where the summary sends an error about the whole list: its first input, or its "Add
    /// another" button when it has no row.
    fn first_id(&self) -> String {
        self.rows
            .first()
            .and_then(|row| row.cells.first())
            .map_or_else(|| self.add_id(), |cell| cell.id.clone())
    }
}

/// An error for the summary at the top of the form, linking to its field.
#[derive(Debug, Clone)]
pub struct SummaryItem {
    pub href: String,
    pub text: String,
}

/// How to reach the organisation: its own fieldset, after the organisation's name and website.
#[derive(Debug, Clone)]
pub struct ContactForm {
    pub email: Cell,
    pub telephone: Cell,
    pub street: Cell,
    pub postal_code: Cell,
    pub locality: Cell,
    pub country: Cell,
    pub links: ListView,
    pub meets: Cell,
    pub languages: ChoiceGroup,
    pub how_to_get_in_touch: Cell,
}

impl ContactForm {
    /// The address's cells, in the order of the form.
    pub fn address(&self) -> [&Cell; 4] {
        [
            &self.street,
            &self.postal_code,
            &self.locality,
            &self.country,
        ]
    }
}

/// Who the form is for: the public sees fewer fields than a moderator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Public,
    Moderator,
}

/// The whole form, ready to render.
#[derive(Debug, Clone)]
pub struct RecordForm {
    pub summary: Vec<SummaryItem>,
    pub name: Cell,
    pub aliases: ListView,
    pub description: Cell,
    pub website: Cell,
    pub contact: ContactForm,
    pub categories: ChoiceGroup,
    pub activities: ChoiceGroup,
    pub profiles: ChoiceGroup,
    pub countries: ListView,
    pub city: Cell,
    pub scope: Cell,
    pub founded_year: Cell,
    pub status: Cell,
    pub ended_year: Cell,
    pub degree: ChoiceGroup,
    pub degree_note: Cell,
    pub sources: ListView,
    pub more: Vec<ListView>,
    pub last_verified: Option<Cell>,
    pub visibility: ChoiceGroup,
    /// The errors by input, for the summary.
    errors: BTreeMap<String, String>,
    /// The page's own fields after the record's (a note, an email), for the summary.
    page_fields: Vec<Target>,
    lang: Lang,
}

/// Where the summary links for an error on a field (or a row, or a list), and the field's label
/// as people see it.
#[derive(Debug, Clone)]
struct Target {
    field: String,
    id: String,
    label: String,
}

/// A select's options: a blank first (`—`, or the message `blank`), then the vocabulary's values
/// labelled in `lang`.
fn options<V: Vocabulary>(blank: Option<&str>, lang: Lang) -> Vec<(String, String)> {
    let blank = blank.map_or_else(|| "—".to_owned(), |key| lang.t(key));
    std::iter::once((String::new(), blank))
        .chain(values::<V>(lang))
        .collect()
}

/// A vocabulary's values labelled in `lang`, for a select that always holds one.
fn values<V: Vocabulary>(lang: Lang) -> Vec<(String, String)> {
    V::ALL
        .iter()
        .map(|v| (v.slug().to_owned(), v.label_in(lang)))
        .collect()
}

/// What the form's parts are built from: what was typed (or pre-filled), the errors by input,
/// and the language its labels are written in.
struct Parts<'a> {
    data: &'a FormData,
    errors: &'a BTreeMap<String, String>,
    lang: Lang,
}

/// A column of a repeatable list: the field, its control, whether a row needs it, and whether
/// its label (the message `form-<list>-<field>`) has a `.hint`.
struct Column {
    field: &'static str,
    control: Control,
    need: Need,
    hinted: bool,
}

fn column(field: &'static str, control: Control, need: Need) -> Column {
    Column {
        field,
        control,
        need,
        hinted: false,
    }
}

impl Parts<'_> {
    /// A cell labelled by the message `key`.
    fn cell(&self, name: &str, key: &str, control: Control, need: Need) -> Cell {
        Cell {
            name: name.to_owned(),
            id: field_id(name),
            label: self.lang.t(key),
            hint: None,
            value: self.data.get(name).to_owned(),
            error: self.errors.get(name).cloned(),
            control,
            need,
        }
    }

    /// A cell with the hint that is the label's attribute `key.hint`.
    fn hinted(&self, name: &str, key: &str, control: Control, need: Need) -> Cell {
        Cell {
            hint: Some(self.lang.t(&format!("{key}.hint"))),
            ..self.cell(name, key, control, need)
        }
    }

    /// Checkboxes for a vocabulary, under the legend `key` (and its `.hint` if `hinted`).
    fn group<V: Vocabulary>(&self, name: &str, key: &str, hinted: bool) -> ChoiceGroup {
        let chosen = self.data.all(name);
        // An error on one value (`categories[1]`) shows on the group.
        let error = self
            .errors
            .iter()
            .find(|(field, _)| *field == name || field.starts_with(&format!("{name}[")))
            .map(|(_, message)| message.clone());
        ChoiceGroup {
            name: name.to_owned(),
            id: field_id(name),
            legend: self.lang.t(key),
            hint: hinted.then(|| self.lang.t(&format!("{key}.hint"))),
            choices: V::ALL
                .iter()
                .map(|v| Choice {
                    id: field_id(&format!("{name}-{}", v.slug())),
                    value: v.slug().to_owned(),
                    label: v.label_in(self.lang),
                    label_lang: None,
                    hint: v.definition_in(self.lang),
                    checked: chosen.contains(&v.slug()),
                })
                .collect(),
            error,
            radio: false,
            optional: false,
        }
    }

    fn optional_group<V: Vocabulary>(&self, name: &str, key: &str) -> ChoiceGroup {
        ChoiceGroup {
            optional: true,
            ..self.group::<V>(name, key, false)
        }
    }

    fn radios<V: Vocabulary>(&self, name: &str, key: &str, hinted: bool) -> ChoiceGroup {
        ChoiceGroup {
            radio: true,
            ..self.group::<V>(name, key, hinted)
        }
    }

    /// The list's rows, under the legend `form-<key>` with its `.hint`, each row under the
    /// legend `form-row-<key>` and the button `form-add-<key>` to add one.
    fn list(&self, key: &str, optional: bool, columns: &[Column]) -> ListView {
        let count = self.data.rows_shown(key);
        let rows = (0..count)
            .map(|i| Row {
                legend: self.lang.ta(&format!("form-row-{key}"), "number", i + 1),
                cells: columns
                    .iter()
                    .map(|c| {
                        let name = format!("{key}[{i}][{}]", c.field);
                        let label = format!("form-{key}-{}", c.field);
                        let control = c.control.clone();
                        if c.hinted {
                            self.hinted(&name, &label, control, c.need)
                        } else {
                            self.cell(&name, &label, control, c.need)
                        }
                    })
                    .collect(),
                remove: format!("remove:{key}:{i}"),
            })
            .collect();
        self.list_view(key, optional, rows)
    }

    fn list_view(&self, key: &str, optional: bool, rows: Vec<Row>) -> ListView {
        let count = rows.len();
        ListView {
            key: key.to_owned(),
            legend: self.lang.t(&format!("form-{key}")),
            hint: self.lang.t(&format!("form-{key}.hint")),
            rows,
            error: self.errors.get(key).cloned(),
            optional,
            minimum: rows_at_least(key),
            add_label: self.lang.ta(&format!("form-add-{key}"), "count", count),
            add: (count < MOST_ROWS).then(|| format!("add:{key}")),
        }
    }

    /// The countries chosen, as many selects as were sent (at least one); an error on a country
    /// (`countries[1]`, counting only those chosen) shows on its select.
    fn countries(&self) -> ListView {
        let options: Vec<(String, String)> = std::iter::once((String::new(), "—".to_owned()))
            .chain(countries_by_name(self.lang))
            .collect();
        let sent = self.data.all("countries");
        let mut chosen = 0;
        let rows = (0..self.data.rows_shown("countries"))
            .map(|i| {
                let value = sent.get(i).copied().unwrap_or_default();
                let error = if value.trim().is_empty() {
                    None
                } else {
                    chosen += 1;
                    self.errors
                        .get(&format!("countries[{}]", chosen - 1))
                        .cloned()
                };
                let label = self.lang.ta("form-country", "number", i + 1);
                Row {
                    cells: vec![Cell {
                        name: "countries".into(),
                        id: field_id(&format!("countries-{i}")),
                        label: label.clone(),
                        hint: None,
                        value: value.to_owned(),
                        error,
                        control: Control::Select(options.clone()),
                        need: Need::Unmarked,
                    }],
                    legend: label,
                    remove: format!("remove:countries:{i}"),
                }
            })
            .collect();
        self.list_view("countries", true, rows)
    }

    /// The contact's fields; the address's country from every country, named in the page's
    /// language; the languages named in themselves, in the order of those names.
    fn contact(&self) -> ContactForm {
        use Need::Optional;
        let country_options: Vec<(String, String)> =
            std::iter::once((String::new(), "—".to_owned()))
                .chain(countries_by_name(self.lang))
                .collect();
        let chosen = self.data.all(CONTACT_LANGUAGES);
        let mut languages: Vec<(String, &str, &str)> = LANGUAGES
            .iter()
            .map(|(code, name)| (deunicode::deunicode(name).to_lowercase(), *code, *name))
            .collect();
        languages.sort();
        let languages = ChoiceGroup {
            name: CONTACT_LANGUAGES.to_owned(),
            id: field_id(CONTACT_LANGUAGES),
            legend: self.lang.t("form-contact-languages"),
            hint: Some(self.lang.t("form-contact-languages.hint")),
            choices: languages
                .into_iter()
                .map(|(_, code, name)| Choice {
                    id: field_id(&format!("{CONTACT_LANGUAGES}-{code}")),
                    value: code.to_owned(),
                    label: name.to_owned(),
                    label_lang: Some(code.to_owned()),
                    hint: String::new(),
                    checked: chosen.contains(&code),
                })
                .collect(),
            error: self.errors.get(CONTACT_LANGUAGES).cloned(),
            radio: false,
            optional: true,
        };
        ContactForm {
            email: self.hinted(
                "contact[email]",
                "form-contact-email",
                Control::Email,
                Optional,
            ),
            telephone: self.hinted(
                "contact[telephone]",
                "form-contact-telephone",
                Control::Telephone,
                Optional,
            ),
            street: self.cell(
                "contact[address][street]",
                "form-contact-street",
                Control::Text,
                Optional,
            ),
            postal_code: self.cell(
                "contact[address][postal_code]",
                "form-contact-postal_code",
                Control::Text,
                Optional,
            ),
            locality: self.cell(
                "contact[address][locality]",
                "form-contact-locality",
                Control::Text,
                Optional,
            ),
            country: self.cell(
                "contact[address][country]",
                "form-contact-country",
                Control::Select(country_options),
                Optional,
            ),
            links: self.list(
                CONTACT_LINKS,
                true,
                &[
                    column(
                        "kind",
                        Control::Select(options::<ContactLinkKind>(None, self.lang)),
                        Need::Required,
                    ),
                    Column {
                        hinted: true,
                        ..column("url", Control::Url, Need::Required)
                    },
                ],
            ),
            meets: self.cell(
                "contact[meets]",
                "form-contact-meets",
                Control::Select(options::<MeetingMode>(Some("form-not-known"), self.lang)),
                Optional,
            ),
            languages,
            how_to_get_in_touch: self.hinted(
                "contact[how_to_get_in_touch]",
                "form-contact-how_to_get_in_touch",
                Control::TextArea,
                Optional,
            ),
        }
    }

    /// Evaluations, figures, related organisations and history, like [`RecordForm::new`].
    fn more(&self) -> Vec<ListView> {
        use Need::{Optional, Required};
        vec![
            self.list(
                "evaluations",
                true,
                &[
                    column("citation", Control::Text, Required),
                    column("year", Control::Number, Optional),
                    column("design", Control::Text, Optional),
                    column("sample_size", Control::Number, Optional),
                    column("finding", Control::TextArea, Required),
                ],
            ),
            self.list(
                "facts",
                true,
                &[
                    column("label", Control::Text, Required),
                    column("value", Control::Number, Required),
                    column("year", Control::Number, Optional),
                    column("note", Control::Text, Optional),
                ],
            ),
            self.list(
                "relations",
                true,
                &[
                    column(
                        "kind",
                        Control::Select(options::<RelationKind>(None, self.lang)),
                        Required,
                    ),
                    column("target", Control::Text, Required),
                ],
            ),
            self.list(
                "events",
                true,
                &[
                    column("year", Control::Number, Required),
                    column(
                        "kind",
                        Control::Select(options::<EventKind>(None, self.lang)),
                        Required,
                    ),
                    column("note", Control::Text, Required),
                    column("source_url", Control::Url, Optional),
                ],
            ),
        ]
    }
}

/// The least number of rows a list shows.
fn rows_at_least(list: &str) -> usize {
    LISTS
        .iter()
        .find(|(name, ..)| *name == list)
        .map_or(0, |(.., minimum)| *minimum)
}

impl RecordForm {
    /// Builds the form from what was typed (or pre-filled) and the errors found, keyed by form
    /// field name (see [`FormRows::errors_by_field`]). Longer than most functions: one entry per
    /// field, in the form's order, which splitting would only scatter.
    pub fn new(
        data: &FormData,
        errors: &BTreeMap<String, String>,
        audience: Audience,
        lang: Lang,
    ) -> Self {
        use Need::{Optional, Required, Unmarked};
        let parts = Parts { data, errors, lang };
        let not_known = Some("form-not-known");
        // A status not given is unknown: one "unknown" among the choices, not a blank as well.
        let mut status = parts.cell(
            "status",
            "form-status",
            Control::Select(values::<Status>(lang)),
            Unmarked,
        );
        if status.value.trim().is_empty() {
            status.value = Status::Unknown.slug().to_owned();
        }
        let mut form = RecordForm {
            summary: Vec::new(),
            name: parts.hinted("name", "form-name", Control::Text, Required),
            aliases: parts.list(
                "aliases",
                true,
                &[
                    column("name", Control::Text, Required),
                    column("language", Control::Text, Optional),
                    column(
                        "kind",
                        Control::Select(options::<AliasKind>(None, lang)),
                        Optional,
                    ),
                ],
            ),
            description: parts.hinted(
                "description",
                "form-description",
                Control::TextArea,
                Required,
            ),
            website: parts.hinted("website", "form-website", Control::Url, Optional),
            contact: parts.contact(),
            categories: parts.group::<Category>("categories", "form-categories", true),
            activities: parts.optional_group::<Activity>("activities", "form-activities"),
            profiles: parts.optional_group::<UserProfile>("user_profiles", "form-user_profiles"),
            countries: parts.countries(),
            city: parts.cell("city", "form-city", Control::Text, Optional),
            scope: parts.cell(
                "scope",
                "form-scope",
                Control::Select(options::<Scope>(not_known, lang)),
                Optional,
            ),
            founded_year: parts.cell(
                "founded_year",
                "form-founded_year",
                Control::Number,
                Optional,
            ),
            status,
            ended_year: parts.hinted("ended_year", "form-ended_year", Control::Number, Optional),
            degree: parts.radios::<UserLedDegree>("user_led_degree", "form-user_led_degree", false),
            degree_note: parts.hinted("degree_note", "form-degree_note", Control::Text, Required),
            sources: parts.list(
                "sources",
                false,
                &[
                    Column {
                        hinted: true,
                        ..column("url", Control::Url, Required)
                    },
                    Column {
                        hinted: true,
                        ..column("title", Control::Text, Required)
                    },
                    Column {
                        hinted: true,
                        ..column("year", Control::Number, Optional)
                    },
                    column("note", Control::Text, Optional),
                ],
            ),
            more: parts.more(),
            last_verified: (audience == Audience::Moderator).then(|| {
                parts.hinted(
                    "last_verified",
                    "form-last_verified",
                    Control::Date,
                    Optional,
                )
            }),
            visibility: parts.radios::<Visibility>("visibility", "form-visibility", true),
            errors: errors.clone(),
            page_fields: Vec::new(),
            lang,
        };
        form.summary = form.summarise();
        form
    }

    /// The page's own fields that follow the record's (each its name and label as shown), so
    /// that their errors join the summary in the page's order.
    pub fn with_page_fields(mut self, fields: &[(&str, String)]) -> Self {
        self.page_fields = fields
            .iter()
            .map(|(field, label)| Target {
                field: (*field).to_owned(),
                id: field_id(field),
                label: label.clone(),
            })
            .collect();
        self.summary = self.summarise();
        self
    }

    pub fn has_errors(&self) -> bool {
        !self.summary.is_empty()
    }

    /// Whether the lists behind "More" hold a row, so that it opens to show them (a row just
    /// added with "Add another" among them).
    pub fn more_in_use(&self) -> bool {
        self.more.iter().any(|list| !list.rows.is_empty())
    }

    /// Every input the summary may link to, in the order of the form (as `record_form.html`
    /// lays it out), then the page's own fields.
    fn targets(&self) -> Vec<Target> {
        let mut targets = Vec::new();
        let cell = |targets: &mut Vec<Target>, c: &Cell| {
            targets.push(Target {
                field: c.name.clone(),
                id: c.id.clone(),
                label: c.label.clone(),
            });
        };
        let group = |targets: &mut Vec<Target>, g: &ChoiceGroup| {
            targets.push(Target {
                field: g.name.clone(),
                id: g
                    .choices
                    .first()
                    .map_or_else(|| g.id.clone(), |c| c.id.clone()),
                label: g.legend.clone(),
            });
        };
        let lang = self.lang;
        let list = |targets: &mut Vec<Target>, l: &ListView| {
            targets.push(Target {
                field: l.key.clone(),
                id: l.first_id(),
                label: l.legend.clone(),
            });
            for (i, row) in l.rows.iter().enumerate() {
                let Some(first) = row.cells.first() else {
                    continue;
                };
                targets.push(Target {
                    field: format!("{}[{i}]", l.key),
                    id: first.id.clone(),
                    label: row.legend.clone(),
                });
                for c in &row.cells {
                    targets.push(Target {
                        field: c.name.clone(),
                        id: c.id.clone(),
                        label: lang.ta2(
                            "form-summary-row",
                            ("row", row.legend.as_str()),
                            ("column", c.label.as_str()),
                        ),
                    });
                }
            }
        };
        cell(&mut targets, &self.name);
        cell(&mut targets, &self.description);
        cell(&mut targets, &self.website);
        list(&mut targets, &self.aliases);
        let contact = &self.contact;
        cell(&mut targets, &contact.email);
        cell(&mut targets, &contact.telephone);
        for c in contact.address() {
            cell(&mut targets, c);
        }
        list(&mut targets, &contact.links);
        cell(&mut targets, &contact.meets);
        group(&mut targets, &contact.languages);
        cell(&mut targets, &contact.how_to_get_in_touch);
        group(&mut targets, &self.categories);
        group(&mut targets, &self.activities);
        group(&mut targets, &self.profiles);
        // Countries: the list, then each chosen country by its place among those chosen.
        list(&mut targets, &self.countries);
        let mut chosen = 0;
        for row in &self.countries.rows {
            if let Some(c) = row.cells.first().filter(|c| !c.value.trim().is_empty()) {
                targets.push(Target {
                    field: format!("countries[{chosen}]"),
                    id: c.id.clone(),
                    label: c.label.clone(),
                });
                chosen += 1;
            }
        }
        for c in [
            &self.city,
            &self.scope,
            &self.founded_year,
            &self.status,
            &self.ended_year,
        ] {
            cell(&mut targets, c);
        }
        group(&mut targets, &self.degree);
        cell(&mut targets, &self.degree_note);
        list(&mut targets, &self.sources);
        for l in &self.more {
            list(&mut targets, l);
        }
        if let Some(c) = &self.last_verified {
            cell(&mut targets, c);
        }
        group(&mut targets, &self.visibility);
        targets.extend(self.page_fields.iter().cloned());
        targets
    }

    /// The error summary, in the order of the form: each error linked to its input and named
    /// by the label people see there. An error on a part of the form with no input of its own
    /// (`sources[0][pages]`) goes to the nearest that has one (the row, then the list); one on
    /// the slug to the name it comes from; one on the whole form to its first input, unnamed.
    fn summarise(&self) -> Vec<SummaryItem> {
        let targets = self.targets();
        let find = |field: &str| targets.iter().position(|t| t.field == field);
        let mut items: Vec<(usize, SummaryItem)> = self
            .errors
            .iter()
            .map(|(field, message)| {
                let mut path = field.as_str();
                let mut found = find(path);
                while found.is_none() && path.ends_with(']') {
                    path = path.rfind('[').map_or("", |at| &path[..at]);
                    found = find(path);
                }
                let found = found.or_else(|| (field == "slug").then(|| find("name")).flatten());
                let item = match found {
                    Some(at) => SummaryItem {
                        href: format!("#{}", targets[at].id),
                        text: self.lang.ta2(
                            "form-summary-item",
                            ("field", targets[at].label.as_str()),
                            ("message", message.as_str()),
                        ),
                    },
                    None => SummaryItem {
                        href: format!("#{}", self.name.id),
                        text: message.clone(),
                    },
                };
                (found.unwrap_or(0), item)
            })
            .collect();
        items.sort_by_key(|(at, _)| *at);
        items.into_iter().map(|(_, item)| item).collect()
    }
}

/// Every country, named in `lang` and in the order of those names, accents folded (Österreich
/// among the O, Łotwa among the L), for the country selects.
fn countries_by_name(lang: Lang) -> Vec<(String, String)> {
    let mut countries: Vec<(String, String, String)> = CountryCode::all()
        .map(|c| {
            let name = c.name_in(lang).to_string();
            let folded = deunicode::deunicode(&name).to_lowercase();
            (folded, c.code().to_owned(), name)
        })
        .collect();
    countries.sort();
    countries
        .into_iter()
        .map(|(_, code, name)| (code, name))
        .collect()
}

/// A record field's short name in `lang` (`user_led_degree` is "User-led degree"), for the
/// tables of changes; a field without a message keeps its own name.
pub fn field_label(field: &str, lang: Lang) -> String {
    // Message ids take no dots: `contact.email` is `form-field-contact-email`.
    let key = format!("form-field-{}", field.replace('.', "-"));
    if Lang::En.has(&key) {
        lang.t(&key)
    } else {
        field.replace('_', " ")
    }
}

/// A form field's name in words: `sources[0][url]` becomes "Source 1: Web address".
pub fn human_field(field: &str, lang: Lang) -> String {
    let Some((list, row, rest)) = row_of(field) else {
        return field_label(field.split('[').next().unwrap_or(field), lang);
    };
    let column = rest.trim_matches(['[', ']']);
    let column_key = format!("form-{list}-{column}");
    let column = if Lang::En.has(&column_key) {
        lang.t(&column_key)
    } else {
        column.replace('_', " ")
    };
    let row_key = format!("form-row-{list}");
    let row = if LISTS.iter().any(|(name, ..)| *name == list) {
        lang.ta(&row_key, "number", row + 1)
    } else {
        format!("{} {}", field_label(list, lang), row + 1)
    };
    lang.ta2("form-summary-row", ("row", row), ("column", column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_rows_are_skipped_and_errors_point_back_at_their_row() {
        let data = FormData::parse(
            b"name=X&sources%5B0%5D%5Burl%5D=&sources%5B1%5D%5Burl%5D=ftp%3A%2F%2Fx&sources%5B1%5D%5Btitle%5D=T&founded_year=19x&countries=DE&countries=&csrf_token=t",
        );
        let (input, rows) = data.decode().unwrap();
        assert_eq!(input.record.sources.len(), 1);
        assert_eq!(input.record.sources[0].title, "T");
        assert_eq!(input.record.countries, ["DE"]);
        assert!(input.record.unknown_fields.is_empty());
        assert_eq!(rows.field("sources[0].url"), "sources[1][url]");
        assert_eq!(rows.field("categories[1]"), "categories[1]");
        assert_eq!(rows.field("name"), "name");
        let errors = input.record.validate(2026).unwrap_err();
        let by_field = rows.errors_by_field(&errors, crate::i18n::Lang::En);
        assert_eq!(
            by_field["founded_year"],
            "Enter the year as a number, such as 1994"
        );
        assert!(by_field.contains_key("sources[1][url]"));
    }

    #[test]
    fn a_record_fills_the_form_it_would_be_decoded_from() {
        let data = FormData::parse(
            b"name=X&description=D&categories=advocacy&categories=research&user_led_degree=user_led&degree_note=N&founded_year=1994&sources%5B0%5D%5Burl%5D=https%3A%2F%2Fx.org%2F&sources%5B0%5D%5Btitle%5D=T",
        );
        let (input, _) = data.decode().unwrap();
        let record = input.record.validate(2026).unwrap();
        let form = FormData::from_record(&record);
        assert_eq!(form.get("sources[0][url]"), "https://x.org/");
        assert_eq!(form.all("categories"), ["advocacy", "research"]);
        assert_eq!(form.get("founded_year"), "1994");
        let (again, _) = form.decode().unwrap();
        assert_eq!(again.record.validate(2026).unwrap(), record);
    }

    #[test]
    fn the_form_speaks_the_page_language_and_orders_countries_by_their_names() {
        let data = FormData::parse(b"countries=DE");
        let form = RecordForm::new(&data, &BTreeMap::new(), Audience::Public, Lang::De);
        assert_eq!(form.categories.legend, "Kategorien");
        assert_eq!(form.countries.rows.len(), 1);
        assert_eq!(form.countries.rows[0].cells[0].label, "Land 1");
        assert!(form.more.iter().all(|list| list.optional));
        let codes: Vec<String> = countries_by_name(Lang::En)
            .into_iter()
            .map(|(code, _)| code)
            .collect();
        let at = |code: &str| codes.iter().position(|c| c == code).unwrap();
        assert!(
            at("AF") < at("AX") && at("AX") < at("AL"),
            "Åland among the A"
        );
        assert_eq!(codes.len(), CountryCode::COUNT);
    }

    #[test]
    fn ids_and_words_for_fields() {
        assert_eq!(field_id("sources[0][url]"), "f-sources-0-url");
        assert_eq!(
            human_field("sources[0][url]", Lang::En),
            "Source 1: Web address"
        );
        assert_eq!(human_field("founded_year", Lang::En), "Year founded");
        assert_eq!(human_field("categories[1]", Lang::En), "Categories");
        assert_eq!(human_field("surprise", Lang::En), "surprise");
        assert_eq!(
            human_field("sources[0][url]", Lang::De),
            "Quelle 1: Webadresse"
        );
    }

    #[test]
    fn buttons_add_and_remove_rows_and_bare_hosts_get_https() {
        let data = FormData::parse(
            b"sources%5B0%5D%5Burl%5D=a&sources%5B1%5D%5Burl%5D=b&sources%5B2%5D%5Burl%5D=c&row_action=remove%3Asources%3A1",
        );
        let removed = data.with_rows_changed().unwrap();
        assert_eq!(removed.get("sources[0][url]"), "a");
        assert_eq!(removed.get("sources[1][url]"), "c");
        assert_eq!(removed.rows_shown("sources"), 2);
        assert!(removed.get(ROW_ACTION).is_empty());
        let added = FormData::parse(b"row_action=add%3Asources")
            .with_rows_changed()
            .unwrap();
        assert_eq!(added.rows_shown("sources"), 2);
        let countries =
            FormData::parse(b"countries=DE&countries=FR&row_action=remove%3Acountries%3A0")
                .with_rows_changed()
                .unwrap();
        assert_eq!(countries.all("countries"), ["FR"]);
        assert!(FormData::parse(b"name=X").with_rows_changed().is_none());

        assert_eq!(with_scheme("www.example.org"), "https://www.example.org");
        assert_eq!(with_scheme(" example.org/a b"), " example.org/a b");
        assert_eq!(
            with_scheme("javascript:alert(1).x"),
            "javascript:alert(1).x"
        );
        assert_eq!(with_scheme("http://x.org"), "http://x.org");
        assert_eq!(with_scheme("localhost"), "localhost");
    }
}
