//! The organisation form shared by the public submission and correction pages and the moderators'
//! review and edit pages: decoding what a browser sends into the same [`SubmissionInput`] the
//! JSON API reads, mapping each validation error back to the input the person typed in, and the
//! view that shows the form again with every error beside its field and everything typed kept.
//!
//! Field names follow the record's paths in the bracket form browsers and `serde_qs` share:
//! `name`, `categories` (repeated), `sources[1][url]`.

use std::collections::BTreeMap;

use crate::domain::submission::SubmissionInput;
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, EventKind, RelationKind, Scope, Status, UserLedDegree,
    UserProfile, Visibility, Vocabulary,
};
use crate::domain::{CountryCode, FieldError, Organisation, OrganisationInput};
use crate::i18n::Lang;

/// The hidden field that only bots fill in.
pub const HONEYPOT: &str = "leave_this_empty";

/// Fields of the pages around the record, which are not part of it.
const PAGE_FIELDS: [&str; 3] = [super::security::CSRF_FIELD, HONEYPOT, "confirm_new"];

/// More rows than any list may hold; rows numbered beyond are ignored.
const MAX_ROWS: usize = 100;

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

    /// The submission this form describes, decoded as the JSON API's is, and where its rows
    /// stood. Blank values count as not given, and blank list rows are left out.
    pub fn decode(&self) -> Result<(SubmissionInput, FormRows), FieldError> {
        let (pairs, rows) = self.without_blanks();
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        let config = serde_qs::Config::new().use_form_encoding(true).max_depth(2);
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

    /// Errors keyed by the input they belong to, in `lang`; the first error of an input wins.
    /// The one mapping from a record's paths to a form's inputs, for every form. Shown beside
    /// its input, a message names no field.
    pub fn errors_by_field(
        &self,
        errors: &[FieldError],
        lang: crate::i18n::Lang,
    ) -> BTreeMap<String, String> {
        let mut map = BTreeMap::new();
        for error in errors {
            map.entry(self.field(&error.field))
                .or_insert_with(|| lang.message(&error.message));
        }
        map
    }
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
    Number,
    Date,
    TextArea,
    Select(Vec<(String, String)>),
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
    pub required: bool,
}

impl Cell {
    pub fn input_type(&self) -> &'static str {
        match self.control {
            Control::Url => "url",
            Control::Email => "email",
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
}

/// A repeatable group of cells: the rows given, and one empty row to add another.
#[derive(Debug, Clone)]
pub struct ListView {
    pub key: String,
    pub legend: String,
    pub hint: String,
    pub rows: Vec<Vec<Cell>>,
    pub error: Option<String>,
}

/// An error for the summary at the top of the form, linking to its field.
#[derive(Debug, Clone)]
pub struct SummaryItem {
    pub href: String,
    pub text: String,
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
    pub categories: ChoiceGroup,
    pub activities: ChoiceGroup,
    pub profiles: ChoiceGroup,
    pub countries: Vec<Cell>,
    pub countries_error: Option<String>,
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
}

/// A select's options: a blank first (`—`, or the message `blank`), then the vocabulary's values
/// labelled in `lang`.
fn options<V: Vocabulary>(blank: Option<&str>, lang: Lang) -> Vec<(String, String)> {
    let blank = blank.map_or_else(|| "—".to_owned(), |key| lang.t(key));
    std::iter::once((String::new(), blank))
        .chain(
            V::ALL
                .iter()
                .map(|v| (v.slug().to_owned(), v.label_in(lang))),
        )
        .collect()
}

/// What the form's parts are built from: what was typed (or pre-filled), the errors by input,
/// and the language its labels are written in.
struct Parts<'a> {
    data: &'a FormData,
    errors: &'a BTreeMap<String, String>,
    lang: Lang,
}

/// A column of a repeatable list: the field and its control. Its label is the message
/// `form-<list>-<field>`.
type Column = (&'static str, Control);

impl Parts<'_> {
    /// A cell labelled by the message `key`.
    fn cell(&self, name: &str, key: &str, control: Control) -> Cell {
        Cell {
            name: name.to_owned(),
            id: field_id(name),
            label: self.lang.t(key),
            hint: None,
            value: self.data.get(name).to_owned(),
            error: self.errors.get(name).cloned(),
            control,
            required: false,
        }
    }

    fn required(&self, name: &str, key: &str, control: Control) -> Cell {
        Cell {
            required: true,
            ..self.hinted(name, key, control)
        }
    }

    /// A cell with the hint that is the label's attribute `key.hint`.
    fn hinted(&self, name: &str, key: &str, control: Control) -> Cell {
        Cell {
            hint: Some(self.lang.t(&format!("{key}.hint"))),
            ..self.cell(name, key, control)
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
                    hint: v.definition_in(self.lang),
                    checked: chosen.contains(&v.slug()),
                })
                .collect(),
            error,
            radio: false,
        }
    }

    fn radios<V: Vocabulary>(&self, name: &str, key: &str, hinted: bool) -> ChoiceGroup {
        ChoiceGroup {
            radio: true,
            ..self.group::<V>(name, key, hinted)
        }
    }

    /// The rows given, at least `minimum`, and one empty row to add another. Its legend is the
    /// message `form-<key>` with its `.hint`.
    fn list(&self, key: &str, minimum: usize, columns: &[Column]) -> ListView {
        let count = self.data.row_count(key).max(minimum.saturating_sub(1)) + 1;
        let row = |i: usize| {
            columns
                .iter()
                .map(|(field, control)| {
                    self.cell(
                        &format!("{key}[{i}][{field}]"),
                        &format!("form-{key}-{field}"),
                        control.clone(),
                    )
                })
                .collect()
        };
        ListView {
            key: key.to_owned(),
            legend: self.lang.t(&format!("form-{key}")),
            hint: self.lang.t(&format!("form-{key}.hint")),
            rows: (0..count).map(row).collect(),
            error: self.errors.get(key).cloned(),
        }
    }

    /// The countries chosen, and two more selects to add others; an error shows on the first.
    fn countries(&self) -> (Vec<Cell>, Option<String>) {
        let error = self
            .errors
            .iter()
            .find(|(field, _)| field.starts_with("countries"))
            .map(|(_, message)| message.clone());
        let options: Vec<(String, String)> = std::iter::once((String::new(), "—".to_owned()))
            .chain(countries_by_name(self.lang))
            .collect();
        let chosen = self
            .data
            .all("countries")
            .into_iter()
            .filter(|c| !c.is_empty());
        let cells = chosen
            .map(str::to_owned)
            .chain(std::iter::repeat_n(String::new(), 2))
            .enumerate()
            .map(|(i, value)| Cell {
                name: "countries".into(),
                id: field_id(&format!("countries-{i}")),
                label: self.lang.ta("form-country", "number", i + 1),
                hint: None,
                value,
                error: (i == 0).then(|| error.clone()).flatten(),
                control: Control::Select(options.clone()),
                required: false,
            })
            .collect();
        (cells, error)
    }

    /// Evaluations, figures, related organisations and history: optional for the public. One
    /// entry per list, with its columns, like [`RecordForm::new`].
    fn more(&self, audience: Audience) -> Vec<ListView> {
        let mut more = vec![
            self.list(
                "evaluations",
                0,
                &[
                    ("citation", Control::Text),
                    ("year", Control::Number),
                    ("design", Control::Text),
                    ("sample_size", Control::Number),
                    ("finding", Control::TextArea),
                ],
            ),
            self.list(
                "facts",
                0,
                &[
                    ("label", Control::Text),
                    ("value", Control::Number),
                    ("year", Control::Number),
                    ("note", Control::Text),
                ],
            ),
            self.list(
                "relations",
                0,
                &[
                    (
                        "kind",
                        Control::Select(options::<RelationKind>(None, self.lang)),
                    ),
                    ("target", Control::Text),
                ],
            ),
            self.list(
                "events",
                0,
                &[
                    ("year", Control::Number),
                    (
                        "kind",
                        Control::Select(options::<EventKind>(None, self.lang)),
                    ),
                    ("note", Control::Text),
                    ("source_url", Control::Url),
                ],
            ),
        ];
        if audience == Audience::Public {
            // The public form keeps these behind a disclosure; their lists start empty.
            let optional = self.lang.t("form-optional");
            more.iter_mut()
                .for_each(|l| l.hint = format!("{} {optional}", l.hint));
        }
        more
    }

    /// Every error, linked to its input (a group's first choice, the first country select).
    fn summary(&self) -> Vec<SummaryItem> {
        self.errors
            .iter()
            .map(|(field, message)| {
                let target = if field.starts_with("countries") {
                    "countries-0".to_owned()
                } else if let Some(base) = ["categories", "activities", "user_profiles"]
                    .iter()
                    .find(|b| field.starts_with(*b))
                {
                    format!("{base}-{}", first_slug(base))
                } else if field == "visibility" {
                    "visibility-listed".to_owned()
                } else if field == "user_led_degree" {
                    "user_led_degree-user_led".to_owned()
                } else {
                    field.clone()
                };
                SummaryItem {
                    href: format!("#{}", field_id(&target)),
                    text: self.lang.ta2(
                        "form-summary-item",
                        ("field", human_field(field, self.lang)),
                        ("message", message),
                    ),
                }
            })
            .collect()
    }
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
        let parts = Parts { data, errors, lang };
        let (countries, countries_error) = parts.countries();
        let not_known = Some("form-not-known");
        RecordForm {
            summary: parts.summary(),
            name: parts.required("name", "form-name", Control::Text),
            aliases: parts.list(
                "aliases",
                0,
                &[
                    ("name", Control::Text),
                    ("language", Control::Text),
                    ("kind", Control::Select(options::<AliasKind>(None, lang))),
                ],
            ),
            description: parts.required("description", "form-description", Control::TextArea),
            website: parts.hinted("website", "form-website", Control::Url),
            categories: parts.group::<Category>("categories", "form-categories", true),
            activities: parts.group::<Activity>("activities", "form-activities", false),
            profiles: parts.group::<UserProfile>("user_profiles", "form-user_profiles", false),
            countries,
            countries_error,
            city: parts.cell("city", "form-city", Control::Text),
            scope: parts.cell(
                "scope",
                "form-scope",
                Control::Select(options::<Scope>(not_known, lang)),
            ),
            founded_year: parts.cell("founded_year", "form-founded_year", Control::Number),
            status: parts.cell(
                "status",
                "form-status",
                Control::Select(options::<Status>(not_known, lang)),
            ),
            ended_year: parts.hinted("ended_year", "form-ended_year", Control::Number),
            degree: parts.radios::<UserLedDegree>("user_led_degree", "form-user_led_degree", false),
            degree_note: parts.required("degree_note", "form-degree_note", Control::Text),
            sources: parts.list(
                "sources",
                1,
                &[
                    ("url", Control::Url),
                    ("title", Control::Text),
                    ("note", Control::Text),
                ],
            ),
            more: parts.more(audience),
            last_verified: (audience == Audience::Moderator)
                .then(|| parts.hinted("last_verified", "form-last_verified", Control::Date)),
            visibility: parts.radios::<Visibility>("visibility", "form-visibility", true),
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.summary.is_empty()
    }
}

fn first_slug(group: &str) -> &'static str {
    match group {
        "categories" => Category::ALL[0].slug(),
        "activities" => Activity::ALL[0].slug(),
        _ => UserProfile::ALL[0].slug(),
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
/// error summary and the tables of changes; a field without a message keeps its own name.
pub fn field_label(field: &str, lang: Lang) -> String {
    let key = format!("form-field-{field}");
    if Lang::En.has(&key) {
        lang.t(&key)
    } else {
        field.replace('_', " ")
    }
}

/// A form field's name in words, for the error summary: `sources[0][url]` becomes
/// "Sources 1, Link".
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
    lang.ta2(
        "form-summary-row",
        ("list", format!("{} {}", field_label(list, lang), row + 1)),
        ("column", column),
    )
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
        assert!(by_field["founded_year"].contains("\"19x\" is not a whole number"));
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
        assert_eq!(form.countries[1].label, "Land 2");
        assert!(form.more[0].hint.ends_with("Freiwillig."));
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
        assert_eq!(human_field("sources[0][url]", Lang::En), "Sources 1, Link");
        assert_eq!(human_field("founded_year", Lang::En), "Year founded");
        assert_eq!(human_field("categories[1]", Lang::En), "Categories");
        assert_eq!(human_field("surprise", Lang::En), "surprise");
        assert_eq!(human_field("sources[0][url]", Lang::De), "Quellen 1, Link");
    }
}
