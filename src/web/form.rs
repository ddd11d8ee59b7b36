//! The organisation form shared by the public submission and correction pages and the moderators'
//! review and edit pages: parsing what a browser sends into a [`SubmissionInput`], and the view that
//! shows it back with every error beside its field and everything the person typed kept.
//!
//! Field names are the record's field paths (`name`, `sources[0].url`, `categories`), so a
//! validation error's path names its input directly.

use std::collections::BTreeMap;

use crate::domain::organisation::{
    AliasInput, EvaluationInput, EventInput, FactInput, RelationInput, SourceInput,
};
use crate::domain::submission::SubmissionInput;
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, EventKind, RelationKind, Scope, Status, UserLedDegree,
    UserProfile, Visibility, Vocabulary,
};
use crate::domain::{CountryCode, FieldError, Organisation, OrganisationInput, WholeNumber};

/// The hidden field that only bots fill in.
pub const HONEYPOT: &str = "leave_this_empty";

/// A urlencoded form body, in order.
#[derive(Debug, Clone, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

/// The list fields of the record, with their sub-fields.
const LISTS: [(&str, &[&str]); 6] = [
    ("aliases", &["name", "language", "kind"]),
    ("sources", &["url", "title", "note"]),
    (
        "evaluations",
        &["citation", "year", "design", "sample_size", "finding"],
    ),
    ("facts", &["label", "value", "year", "note"]),
    ("relations", &["kind", "target"]),
    ("events", &["year", "kind", "note", "source_url"]),
];

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

    fn push(&mut self, key: impl Into<String>, value: impl Into<String>) {
        self.pairs.push((key.into(), value.into()));
    }

    /// The form filled in with a record, for a correction or a moderator's edit.
    pub fn from_record(record: &Organisation) -> Self {
        let input = OrganisationInput::from(record);
        let mut form = Self::default();
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let number =
            |v: &Option<WholeNumber>| v.as_ref().map(|n| n.to_string()).unwrap_or_default();
        form.push("name", input.name.clone());
        form.push("description", input.description.clone());
        form.push("city", text(&input.city));
        form.push("scope", text(&input.scope));
        form.push("founded_year", number(&input.founded_year));
        form.push("status", text(&input.status));
        form.push("ended_year", number(&input.ended_year));
        form.push("user_led_degree", text(&input.user_led_degree));
        form.push("degree_note", text(&input.degree_note));
        form.push("website", text(&input.website));
        form.push("visibility", text(&input.visibility));
        form.push("last_verified", text(&input.last_verified));
        for (key, values) in [
            ("categories", &input.categories),
            ("countries", &input.countries),
            ("user_profiles", &input.user_profiles),
            ("activities", &input.activities),
        ] {
            for value in values {
                form.push(key, value.clone());
            }
        }
        for (i, a) in input.aliases.iter().enumerate() {
            form.push(format!("aliases[{i}].name"), a.name.clone());
            form.push(format!("aliases[{i}].language"), text(&a.language));
            form.push(format!("aliases[{i}].kind"), text(&a.kind));
        }
        for (i, s) in input.sources.iter().enumerate() {
            form.push(format!("sources[{i}].url"), s.url.clone());
            form.push(format!("sources[{i}].title"), s.title.clone());
            form.push(format!("sources[{i}].note"), text(&s.note));
        }
        for (i, e) in input.evaluations.iter().enumerate() {
            form.push(format!("evaluations[{i}].citation"), e.citation.clone());
            form.push(format!("evaluations[{i}].year"), number(&e.year));
            form.push(format!("evaluations[{i}].design"), text(&e.design));
            form.push(
                format!("evaluations[{i}].sample_size"),
                number(&e.sample_size),
            );
            form.push(format!("evaluations[{i}].finding"), e.finding.clone());
        }
        for (i, f) in input.facts.iter().enumerate() {
            form.push(format!("facts[{i}].label"), f.label.clone());
            form.push(format!("facts[{i}].value"), number(&f.value));
            form.push(format!("facts[{i}].year"), number(&f.year));
            form.push(format!("facts[{i}].note"), text(&f.note));
        }
        for (i, r) in input.relations.iter().enumerate() {
            form.push(format!("relations[{i}].kind"), r.kind.clone());
            form.push(format!("relations[{i}].target"), r.target.clone());
        }
        for (i, e) in input.events.iter().enumerate() {
            form.push(format!("events[{i}].year"), number(&e.year));
            form.push(format!("events[{i}].kind"), e.kind.clone());
            form.push(format!("events[{i}].note"), e.note.clone());
            form.push(format!("events[{i}].source_url"), text(&e.source_url));
        }
        form
    }

    /// The raw positions of a list's rows that hold anything, in order.
    fn filled_rows(&self, list: &str, fields: &[&str]) -> Vec<usize> {
        (0..self.row_count(list))
            .filter(|&i| {
                fields
                    .iter()
                    .any(|f| !self.get(&format!("{list}[{i}].{f}")).trim().is_empty())
            })
            .collect()
    }

    /// One more than the highest row index given for a list.
    fn row_count(&self, list: &str) -> usize {
        let prefix = format!("{list}[");
        self.pairs
            .iter()
            .filter_map(|(k, _)| {
                k.strip_prefix(&prefix)?
                    .split(']')
                    .next()?
                    .parse::<usize>()
                    .ok()
            })
            .filter(|i| *i < 100)
            .map(|i| i + 1)
            .max()
            .unwrap_or(0)
    }

    /// The submission this form describes, and the errors found while reading it (numbers that
    /// are not numbers). Blank list rows are left out; errors of the rows kept are renamed back
    /// to the rows' positions in the form with [`FormData::form_field`].
    pub fn to_submission(&self) -> (SubmissionInput, Vec<FieldError>) {
        let mut errors = Vec::new();
        let text = |key: &str| self.get(key).to_owned();
        let optional = |key: &str| Some(self.get(key).trim().to_owned()).filter(|v| !v.is_empty());
        let mut number = |key: &str| -> Option<WholeNumber> {
            let value = self.get(key).trim();
            if value.is_empty() {
                return None;
            }
            match value.replace([' ', '\u{202f}', ','], "").parse::<i64>() {
                Ok(n) => Some(WholeNumber::from(n)),
                Err(_) => {
                    errors.push(FieldError {
                        field: key.to_owned(),
                        message: format!("\"{value}\" is not a whole number"),
                    });
                    None
                }
            }
        };
        let strings = |key: &str| -> Vec<String> {
            self.all(key)
                .into_iter()
                .filter(|v| !v.trim().is_empty())
                .map(str::to_owned)
                .collect()
        };
        let rows = |list: &str| {
            let fields = LISTS
                .iter()
                .find(|(l, _)| *l == list)
                .map(|(_, f)| *f)
                .unwrap_or(&[]);
            self.filled_rows(list, fields)
        };

        let mut record = OrganisationInput {
            slug: None,
            name: text("name"),
            description: text("description"),
            city: optional("city"),
            scope: optional("scope"),
            founded_year: number("founded_year"),
            status: optional("status"),
            ended_year: number("ended_year"),
            user_led_degree: optional("user_led_degree"),
            degree_note: optional("degree_note"),
            website: optional("website"),
            visibility: optional("visibility"),
            last_verified: optional("last_verified"),
            categories: strings("categories"),
            countries: strings("countries"),
            user_profiles: strings("user_profiles"),
            activities: strings("activities"),
            ..OrganisationInput::default()
        };
        record.aliases = rows("aliases")
            .into_iter()
            .map(|i| AliasInput {
                name: text(&format!("aliases[{i}].name")),
                language: optional(&format!("aliases[{i}].language")),
                kind: optional(&format!("aliases[{i}].kind")),
            })
            .collect();
        record.sources = rows("sources")
            .into_iter()
            .map(|i| SourceInput {
                url: text(&format!("sources[{i}].url")),
                title: text(&format!("sources[{i}].title")),
                note: optional(&format!("sources[{i}].note")),
            })
            .collect();
        record.evaluations = rows("evaluations")
            .into_iter()
            .map(|i| EvaluationInput {
                citation: text(&format!("evaluations[{i}].citation")),
                year: number(&format!("evaluations[{i}].year")),
                design: optional(&format!("evaluations[{i}].design")),
                sample_size: number(&format!("evaluations[{i}].sample_size")),
                finding: text(&format!("evaluations[{i}].finding")),
            })
            .collect();
        record.facts = rows("facts")
            .into_iter()
            .map(|i| FactInput {
                label: text(&format!("facts[{i}].label")),
                value: number(&format!("facts[{i}].value")),
                year: number(&format!("facts[{i}].year")),
                note: optional(&format!("facts[{i}].note")),
            })
            .collect();
        record.relations = rows("relations")
            .into_iter()
            .map(|i| RelationInput {
                kind: text(&format!("relations[{i}].kind")),
                target: text(&format!("relations[{i}].target")),
            })
            .collect();
        record.events = rows("events")
            .into_iter()
            .map(|i| EventInput {
                year: number(&format!("events[{i}].year")),
                kind: text(&format!("events[{i}].kind")),
                note: text(&format!("events[{i}].note")),
                source_url: optional(&format!("events[{i}].source_url")),
            })
            .collect();
        let input = SubmissionInput {
            contact_email: optional("contact_email"),
            note: optional("note"),
            record,
        };
        (input, errors)
    }

    /// The name of the input a validation error's field path refers to: list positions among
    /// the filled rows become positions in the form.
    pub fn form_field(&self, field: &str) -> String {
        for (list, fields) in LISTS {
            if let Some(rest) = field.strip_prefix(list).and_then(|r| r.strip_prefix('['))
                && let Some((index, tail)) = rest.split_once(']')
                && let Ok(index) = index.parse::<usize>()
                && let Some(row) = self.filled_rows(list, fields).get(index)
            {
                return format!("{list}[{row}]{tail}");
            }
        }
        field.to_owned()
    }
}

/// An HTML id for a field path: `sources[0].url` becomes `f-sources-0-url`.
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

fn options<V: Vocabulary>(blank: &str) -> Vec<(String, String)> {
    std::iter::once((String::new(), blank.to_owned()))
        .chain(
            V::ALL
                .iter()
                .map(|v| (v.slug().to_owned(), v.label().to_owned())),
        )
        .collect()
}

impl RecordForm {
    /// Builds the form from what was typed (or pre-filled) and the errors found, keyed by form
    /// field name (see [`FormData::form_field`]).
    pub fn new(data: &FormData, errors: &BTreeMap<String, String>, audience: Audience) -> Self {
        let cell =
            |name: &str, label: &str, control: Control, required: bool, hint: Option<&str>| Cell {
                name: name.to_owned(),
                id: field_id(name),
                label: label.to_owned(),
                hint: hint.map(str::to_owned),
                value: data.get(name).to_owned(),
                error: errors.get(name).cloned(),
                control,
                required,
            };
        fn group<V: Vocabulary>(
            data: &FormData,
            errors: &BTreeMap<String, String>,
            name: &str,
            legend: &str,
            hint: Option<&str>,
            radio: bool,
        ) -> ChoiceGroup {
            let chosen = data.all(name);
            // An error on one value (`categories[1]`) shows on the group.
            let error = errors
                .iter()
                .find(|(field, _)| *field == name || field.starts_with(&format!("{name}[")))
                .map(|(_, message)| message.clone());
            ChoiceGroup {
                name: name.to_owned(),
                id: field_id(name),
                legend: legend.to_owned(),
                hint: hint.map(str::to_owned),
                choices: V::ALL
                    .iter()
                    .map(|v| Choice {
                        id: field_id(&format!("{name}-{}", v.slug())),
                        value: v.slug().to_owned(),
                        label: v.label().to_owned(),
                        hint: v.definition().to_owned(),
                        checked: chosen.contains(&v.slug()),
                    })
                    .collect(),
                error,
                radio,
            }
        }
        let list = |key: &str,
                    legend: &str,
                    hint: &str,
                    minimum: usize,
                    columns: &[(&str, &str, Control)]| {
            let count = data.row_count(key).max(minimum.saturating_sub(1)) + 1;
            ListView {
                key: key.to_owned(),
                legend: legend.to_owned(),
                hint: hint.to_owned(),
                rows: (0..count)
                    .map(|i| {
                        columns
                            .iter()
                            .map(|(field, label, control)| {
                                cell(
                                    &format!("{key}[{i}].{field}"),
                                    label,
                                    control.clone(),
                                    false,
                                    None,
                                )
                            })
                            .collect()
                    })
                    .collect(),
                error: errors.get(key).cloned(),
            }
        };

        let mut countries: Vec<Cell> = data
            .all("countries")
            .into_iter()
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .chain(std::iter::repeat_n(String::new(), 2))
            .enumerate()
            .map(|(i, value)| Cell {
                name: "countries".into(),
                id: field_id(&format!("countries-{i}")),
                label: format!("Country {}", i + 1),
                hint: None,
                value,
                error: None,
                control: Control::Select(
                    std::iter::once((String::new(), "—".to_owned()))
                        .chain(
                            CountryCode::all().map(|c| (c.code().to_owned(), c.name().to_owned())),
                        )
                        .collect(),
                ),
                required: false,
            })
            .collect();
        let countries_error = errors
            .iter()
            .filter(|(field, _)| field.starts_with("countries"))
            .map(|(_, message)| message.clone())
            .collect::<Vec<_>>();
        if let Some(first) = countries.first_mut() {
            first.error = countries_error.first().cloned();
        }

        let mut more = vec![
            list(
                "evaluations",
                "Evaluations",
                "Studies of the organisation's work: who wrote them, when, how, and what they found.",
                0,
                &[
                    (
                        "citation",
                        "Citation, such as “Castrignano 2005”",
                        Control::Text,
                    ),
                    ("year", "Year", Control::Number),
                    ("design", "Design", Control::Text),
                    ("sample_size", "Sample size", Control::Number),
                    ("finding", "Finding", Control::TextArea),
                ],
            ),
            list(
                "facts",
                "Figures",
                "Numbers about the organisation, with the year they refer to if you know it.",
                0,
                &[
                    ("label", "What is counted", Control::Text),
                    ("value", "Number", Control::Number),
                    ("year", "Year", Control::Number),
                    ("note", "Note", Control::Text),
                ],
            ),
            list(
                "relations",
                "Related organisations",
                "Other organisations in the registry, by the last part of their address (such as jes-network).",
                0,
                &[
                    (
                        "kind",
                        "Relation",
                        Control::Select(options::<RelationKind>("—")),
                    ),
                    ("target", "Organisation (its slug)", Control::Text),
                ],
            ),
            list(
                "events",
                "History",
                "Dated events: when it was formalised, renamed, merged or ended.",
                0,
                &[
                    ("year", "Year", Control::Number),
                    (
                        "kind",
                        "What happened",
                        Control::Select(options::<EventKind>("—")),
                    ),
                    ("note", "Description", Control::Text),
                    ("source_url", "Source link", Control::Url),
                ],
            ),
        ];
        if audience == Audience::Public {
            // The public form keeps these behind a disclosure; their lists start empty.
            more.iter_mut()
                .for_each(|l| l.hint = format!("{} Optional.", l.hint));
        }

        let summary = errors
            .iter()
            .map(|(field, message)| {
                let target = if field.starts_with("countries") {
                    "countries-0".to_owned()
                } else if let Some(base) = ["categories", "activities", "user_profiles"]
                    .iter()
                    .find(|b| field.starts_with(*b))
                {
                    format!("{base}-{}", first_slug(base))
                } else if field == "user_led_degree" || field == "visibility" {
                    format!(
                        "{field}-{}",
                        if field == "visibility" {
                            "listed"
                        } else {
                            "user_led"
                        }
                    )
                } else {
                    field.clone()
                };
                SummaryItem {
                    href: format!("#{}", field_id(&target)),
                    text: format!("{}: {message}", human_field(field)),
                }
            })
            .collect();

        RecordForm {
            summary,
            name: cell(
                "name",
                "Name",
                Control::Text,
                true,
                Some("The name the organisation uses."),
            ),
            aliases: list(
                "aliases",
                "Other names",
                "Abbreviations, the name in its own language (with the language code, such as da), former names.",
                0,
                &[
                    ("name", "Name", Control::Text),
                    ("language", "Language code", Control::Text),
                    ("kind", "Kind", Control::Select(options::<AliasKind>("—"))),
                ],
            ),
            description: cell(
                "description",
                "Description",
                Control::TextArea,
                true,
                Some("A few sentences: who they are and what they do."),
            ),
            website: cell(
                "website",
                "Website",
                Control::Url,
                false,
                Some("Starting with https:// or http://"),
            ),
            categories: group::<Category>(
                data,
                errors,
                "categories",
                "Categories",
                Some("Choose at least one."),
                false,
            ),
            activities: group::<Activity>(data, errors, "activities", "Activities", None, false),
            profiles: group::<UserProfile>(
                data,
                errors,
                "user_profiles",
                "Who it serves",
                None,
                false,
            ),
            countries,
            countries_error: countries_error.first().cloned(),
            city: cell("city", "City or area", Control::Text, false, None),
            scope: cell(
                "scope",
                "Works",
                Control::Select(options::<Scope>("Not known")),
                false,
                None,
            ),
            founded_year: cell("founded_year", "Year founded", Control::Number, false, None),
            status: cell(
                "status",
                "Status",
                Control::Select(options::<Status>("Not known")),
                false,
                None,
            ),
            ended_year: cell(
                "ended_year",
                "Year it ended",
                Control::Number,
                false,
                Some("Only if it has stopped."),
            ),
            degree: group::<UserLedDegree>(
                data,
                errors,
                "user_led_degree",
                "How far is it led by people who use or used drugs?",
                None,
                true,
            ),
            degree_note: cell(
                "degree_note",
                "How do you know?",
                Control::Text,
                true,
                Some(
                    "One sentence of evidence, such as “its board is elected by members who use drugs”.",
                ),
            ),
            sources: list(
                "sources",
                "Sources",
                "At least one link that supports this entry: the organisation's own pages, a report, an article.",
                1,
                &[
                    ("url", "Link", Control::Url),
                    ("title", "Title", Control::Text),
                    ("note", "Note", Control::Text),
                ],
            ),
            more,
            last_verified: (audience == Audience::Moderator).then(|| {
                cell(
                    "last_verified",
                    "Last verified",
                    Control::Date,
                    false,
                    Some("When someone last checked this entry against the organisation itself."),
                )
            }),
            visibility: group::<Visibility>(
                data,
                errors,
                "visibility",
                "How visible should it be?",
                Some("Some organisations have good reasons not to be seen."),
                true,
            ),
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

/// A field path in words, for the error summary: `sources[0].url` becomes "Sources 1, link".
pub fn human_field(field: &str) -> String {
    let (head, tail) = field.split_once('.').unwrap_or((field, ""));
    let (list, index) = match head.split_once('[') {
        Some((list, rest)) => (list, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (head, None),
    };
    let mut words = list.replace('_', " ");
    if let Some(first) = words.get(..1) {
        words = first.to_uppercase() + &words[1..];
    }
    if let Some(i) = index {
        words = format!("{words} {}", i + 1);
    }
    if !tail.is_empty() {
        words = format!("{words}, {}", tail.replace('_', " "));
    }
    words
}

/// Errors keyed by the form field they belong to; the first error of a field wins.
pub fn errors_by_field(data: &FormData, errors: &[FieldError]) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for error in errors {
        map.entry(data.form_field(&error.field))
            .or_insert_with(|| error.message.clone());
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_rows_are_skipped_and_errors_point_back_at_their_row() {
        let data = FormData::parse(
            b"name=X&sources%5B0%5D.url=&sources%5B1%5D.url=ftp%3A%2F%2Fx&sources%5B1%5D.title=T&founded_year=19x",
        );
        let (input, errors) = data.to_submission();
        assert_eq!(input.record.sources.len(), 1);
        assert_eq!(errors[0].field, "founded_year");
        assert_eq!(data.form_field("sources[0].url"), "sources[1].url");
        assert_eq!(data.form_field("name"), "name");
    }

    #[test]
    fn ids_and_words_for_fields() {
        assert_eq!(field_id("sources[0].url"), "f-sources-0-url");
        assert_eq!(human_field("sources[0].url"), "Sources 1, url");
        assert_eq!(human_field("founded_year"), "Founded year");
    }
}
