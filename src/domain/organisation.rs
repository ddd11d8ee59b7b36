//! The organisation record: the unvalidated input as it arrives (from a file, a form, the API or the
//! database) and the validated [`Organisation`] that the rest of the program works with.
//!
//! [`OrganisationInput::validate`] is the one gate between the two. It never stops at the first
//! problem: it returns every [`FieldError`], each naming its field, so a person can fix them all at
//! once.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::types::{Day, LanguageCode, Slug, WebUrl, Year};
use super::vocabulary::{
    Activity, AliasKind, Category, EventKind, RelationKind, Scope, Status, UserLedDegree,
    UserProfile, Visibility, Vocabulary,
};

/// One problem with one field, named by its path (`categories[1]`, `sources[0].url`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// A validated organisation. Serialised, it is the registry's interchange record: the shape of the
/// seed file, of `import` and `export`, and of the API's full record. Field order is the file's
/// key order; sets serialise in vocabulary order, so the output is canonical.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Organisation {
    pub slug: Slug,
    pub name: String,
    pub aliases: Vec<Alias>,
    pub description: String,
    pub categories: BTreeSet<Category>,
    pub countries: BTreeSet<CountryCode>,
    pub city: Option<String>,
    pub scope: Option<Scope>,
    pub founded_year: Option<Year>,
    pub status: Status,
    pub ended_year: Option<Year>,
    pub user_led_degree: UserLedDegree,
    pub degree_note: String,
    pub user_profiles: BTreeSet<UserProfile>,
    pub activities: BTreeSet<Activity>,
    pub website: Option<WebUrl>,
    pub visibility: Visibility,
    pub last_verified: Option<Day>,
    pub sources: Vec<Source>,
    pub evaluations: Vec<Evaluation>,
    pub facts: Vec<Fact>,
    pub relations: Vec<Relation>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Alias {
    pub name: String,
    pub language: Option<LanguageCode>,
    pub kind: AliasKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Source {
    pub url: WebUrl,
    pub title: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Evaluation {
    pub citation: String,
    pub year: Option<Year>,
    pub design: Option<String>,
    pub sample_size: Option<u32>,
    pub finding: String,
}

/// A figure about the organisation, with the year it refers to where that is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Fact {
    pub label: String,
    pub value: i64,
    pub year: Option<Year>,
    pub note: Option<String>,
}

impl Fact {
    /// The value with its thousands grouped by thin spaces, as the paper writes them: "67 000".
    pub fn value_text(&self) -> String {
        let digits = self.value.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push('\u{202f}');
            }
            grouped.push(digit);
        }
        if self.value < 0 {
            grouped.insert(0, '-');
        }
        grouped
    }
}

/// "This organisation `kind` `target`", the target named by its slug.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Relation {
    pub kind: RelationKind,
    pub target: Slug,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Event {
    pub year: Year,
    pub kind: EventKind,
    pub note: String,
    pub source_url: Option<WebUrl>,
}

impl Organisation {
    /// Keeps the past when this record replaces `previous`. With `keep_events`, events recorded
    /// before are kept even if this record omits them. Always, a change of user-led degree that
    /// brings no new `degree_changed` event gets one, so a new assessment never silently
    /// overwrites the old one.
    pub fn carry_history_from(
        &mut self,
        previous: &Organisation,
        current_year: i32,
        keep_events: bool,
    ) {
        let reassessed = self
            .events
            .iter()
            .any(|e| e.kind == EventKind::DegreeChanged && !previous.events.contains(e));
        let mut events = if keep_events {
            let mut events = previous.events.clone();
            for event in &self.events {
                if !events.contains(event) {
                    events.push(event.clone());
                }
            }
            events
        } else {
            self.events.clone()
        };
        if self.user_led_degree != previous.user_led_degree && !reassessed {
            events.push(Event {
                year: Year::current(current_year),
                kind: EventKind::DegreeChanged,
                note: format!(
                    "User-led degree reassessed from {} to {}.",
                    previous.user_led_degree.label(),
                    self.user_led_degree.label()
                ),
                source_url: None,
            });
        }
        events.sort_by_key(|event| event.year);
        self.events = events;
    }
}

/// An organisation as it arrives, before validation. Everything a person can get wrong is kept as
/// plain text or numbers here so that validation can report it against its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrganisationInput {
    pub slug: Option<String>,
    pub name: String,
    pub aliases: Vec<AliasInput>,
    pub description: String,
    pub categories: Vec<String>,
    pub countries: Vec<String>,
    pub city: Option<String>,
    pub scope: Option<String>,
    pub founded_year: Option<i64>,
    pub status: Option<String>,
    pub ended_year: Option<i64>,
    pub user_led_degree: Option<String>,
    pub degree_note: Option<String>,
    pub user_profiles: Vec<String>,
    pub activities: Vec<String>,
    pub website: Option<String>,
    pub visibility: Option<String>,
    pub last_verified: Option<String>,
    pub sources: Vec<SourceInput>,
    pub evaluations: Vec<EvaluationInput>,
    pub facts: Vec<FactInput>,
    pub relations: Vec<RelationInput>,
    pub events: Vec<EventInput>,
    /// Keys the record format does not know, reported rather than silently dropped.
    #[serde(flatten)]
    pub unknown_fields: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AliasInput {
    pub name: String,
    pub language: Option<String>,
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SourceInput {
    pub url: String,
    pub title: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvaluationInput {
    pub citation: String,
    pub year: Option<i64>,
    pub design: Option<String>,
    pub sample_size: Option<i64>,
    pub finding: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FactInput {
    pub label: String,
    pub value: Option<i64>,
    pub year: Option<i64>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RelationInput {
    pub kind: String,
    pub target: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EventInput {
    pub year: Option<i64>,
    pub kind: String,
    pub note: String,
    pub source_url: Option<String>,
}

/// Limits that keep records readable and the database small; generous for honest use.
pub mod limits {
    pub const NAME: usize = 200;
    pub const SHORT_TEXT: usize = 200;
    pub const NOTE: usize = 1_000;
    pub const DESCRIPTION: usize = 5_000;
    pub const LIST: usize = 50;
}

/// Collects field errors while a record is validated.
#[derive(Default)]
struct Problems(Vec<FieldError>);

impl Problems {
    fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Keeps the value if it is valid, records the problem and returns `None` otherwise.
    fn check<T>(&mut self, field: impl Into<String>, result: Result<T, String>) -> Option<T> {
        result.map_err(|message| self.add(field, message)).ok()
    }

    fn vocabulary<V: Vocabulary>(&mut self, field: impl Into<String>, value: &str) -> Option<V> {
        self.check(field, V::parse(value.trim()).map_err(|e| e.to_string()))
    }

    fn list_len<T>(&mut self, field: &str, list: &[T], max: usize) {
        if list.len() > max {
            self.add(field, format!("at most {max} entries"));
        }
    }
}

/// Trims a one-line text and folds runs of white space; rejects control characters and overlong
/// text. Returns `None` for an empty value.
fn single_line(value: &str, max: usize) -> Result<Option<String>, String> {
    let folded = value.split_whitespace().collect::<Vec<_>>().join(" ");
    check_text(folded, max)
}

/// Trims a multi-line text, keeping its line breaks.
fn multi_line(value: &str, max: usize) -> Result<Option<String>, String> {
    let trimmed = value.trim().replace("\r\n", "\n");
    check_text(trimmed, max)
}

fn check_text(text: String, max: usize) -> Result<Option<String>, String> {
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err("must not contain control characters".into());
    }
    let length = text.chars().count();
    if length > max {
        return Err(format!(
            "is {length} characters long; at most {max} are allowed"
        ));
    }
    Ok((!text.is_empty()).then_some(text))
}

/// For an optional field that was checked: not given is a valid absence (`Some(None)`), given and
/// valid is `Some(Some(value))`, given and invalid (already reported) is `None`.
fn settled<T>(checked: Option<Option<T>>) -> Option<Option<T>> {
    match checked {
        None => Some(None),
        Some(value) => value.map(Some),
    }
}

fn required(
    problems: &mut Problems,
    field: &str,
    result: Result<Option<String>, String>,
) -> Option<String> {
    match problems.check(field, result) {
        Some(Some(text)) => Some(text),
        Some(None) => {
            problems.add(field, "is required");
            None
        }
        None => None,
    }
}

fn optional(
    problems: &mut Problems,
    field: &str,
    result: Result<Option<String>, String>,
) -> Option<String> {
    problems.check(field, result).flatten()
}

impl OrganisationInput {
    /// Validates the input against the record's rules, with `current_year` as the latest year
    /// allowed. Returns every problem found, each naming its field.
    pub fn validate(&self, current_year: i32) -> Result<Organisation, Vec<FieldError>> {
        let mut p = Problems::default();
        let year = |p: &mut Problems, field: &str, value: Option<i64>| {
            value.and_then(|v| p.check(field, Year::parse(v, current_year)))
        };
        let text = |value: &Option<String>| value.as_deref().unwrap_or_default().to_owned();

        for key in self.unknown_fields.keys() {
            p.add(key.as_str(), "is not a field of the organisation record");
        }

        let name = required(&mut p, "name", single_line(&self.name, limits::NAME));
        let slug = match self.slug.as_deref().map(str::trim) {
            Some(slug) if !slug.is_empty() => p.check("slug", Slug::parse(slug)),
            _ => name.as_deref().and_then(|name| {
                let derived = Slug::from_name(name);
                if derived.is_none() {
                    p.add("slug", "cannot be derived from the name; give one");
                }
                derived
            }),
        };

        p.list_len("aliases", &self.aliases, limits::LIST);
        let aliases = self
            .aliases
            .iter()
            .enumerate()
            .filter_map(|(i, alias)| {
                let field = |name: &str| format!("aliases[{i}].{name}");
                let name = required(
                    &mut p,
                    &field("name"),
                    single_line(&alias.name, limits::NAME),
                );
                // Outer `None`: not given; `Some(None)`: given but invalid (already reported).
                let language = alias
                    .language
                    .as_deref()
                    .map(str::trim)
                    .filter(|code| !code.is_empty())
                    .map(|code| p.check(field("language"), LanguageCode::parse(code)));
                let kind = match alias.kind.as_deref() {
                    Some(kind) => p.vocabulary::<AliasKind>(field("kind"), kind),
                    None => Some(AliasKind::Other),
                };
                if kind == Some(AliasKind::OriginalName) && language.is_none() {
                    p.add(
                        field("language"),
                        "is required for a name in the original language",
                    );
                }
                Some(Alias {
                    name: name?,
                    language: settled(language)?,
                    kind: kind?,
                })
            })
            .collect();

        let description = required(
            &mut p,
            "description",
            multi_line(&self.description, limits::DESCRIPTION),
        );

        let categories: BTreeSet<Category> = self
            .categories
            .iter()
            .enumerate()
            .filter_map(|(i, c)| p.vocabulary(format!("categories[{i}]"), c))
            .collect();
        if self.categories.is_empty() {
            p.add("categories", "choose at least one category");
        }

        let countries: BTreeSet<CountryCode> = self
            .countries
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                p.check(
                    format!("countries[{i}]"),
                    c.trim().parse::<CountryCode>().map_err(|e| e.to_string()),
                )
            })
            .collect();
        p.list_len("countries", &self.countries, 250);

        let city = optional(
            &mut p,
            "city",
            single_line(&text(&self.city), limits::SHORT_TEXT),
        );
        let scope = self
            .scope
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| p.vocabulary::<Scope>("scope", s));
        let founded_year = year(&mut p, "founded_year", self.founded_year);
        let ended_year = year(&mut p, "ended_year", self.ended_year);
        let status = match self.status.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(status) => p.vocabulary::<Status>("status", status),
            None => Some(Status::Unknown),
        };
        if let (Some(founded), Some(ended)) = (founded_year, ended_year)
            && ended < founded
        {
            p.add(
                "ended_year",
                format!("{ended} is before the founding year {founded}"),
            );
        }
        if ended_year.is_some() && status == Some(Status::Active) {
            p.add(
                "status",
                "an organisation with an ended_year cannot be active",
            );
        }

        let user_led_degree = match self
            .user_led_degree
            .as_deref()
            .filter(|s| !s.trim().is_empty())
        {
            Some(degree) => p.vocabulary::<UserLedDegree>("user_led_degree", degree),
            None => {
                p.add(
                    "user_led_degree",
                    "is required (use \"unclear\" if the sources do not say)",
                );
                None
            }
        };
        let degree_note = required(
            &mut p,
            "degree_note",
            single_line(&text(&self.degree_note), limits::NOTE),
        );

        let user_profiles: BTreeSet<UserProfile> = self
            .user_profiles
            .iter()
            .enumerate()
            .filter_map(|(i, v)| p.vocabulary(format!("user_profiles[{i}]"), v))
            .collect();
        let activities: BTreeSet<Activity> = self
            .activities
            .iter()
            .enumerate()
            .filter_map(|(i, v)| p.vocabulary(format!("activities[{i}]"), v))
            .collect();

        let website = self
            .website
            .as_deref()
            .filter(|w| !w.trim().is_empty())
            .and_then(|w| p.check("website", WebUrl::parse(w)));
        let visibility = match self.visibility.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(v) => p.vocabulary::<Visibility>("visibility", v),
            None => Some(Visibility::Listed),
        };
        let last_verified = self
            .last_verified
            .as_deref()
            .filter(|d| !d.trim().is_empty())
            .and_then(|d| p.check("last_verified", Day::parse(d.trim())))
            .filter(|day| {
                let in_range = day.date().year() <= current_year;
                if !in_range {
                    p.add("last_verified", format!("{day} is in the future"));
                }
                in_range
            });

        if self.sources.is_empty() {
            p.add(
                "sources",
                "give at least one source: a link that supports this entry",
            );
        }
        p.list_len("sources", &self.sources, limits::LIST);
        let sources = self
            .sources
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let field = |name: &str| format!("sources[{i}].{name}");
                let url = p.check(field("url"), WebUrl::parse(&s.url));
                let title = required(
                    &mut p,
                    &field("title"),
                    single_line(&s.title, limits::SHORT_TEXT),
                );
                let note = optional(
                    &mut p,
                    &field("note"),
                    single_line(&text(&s.note), limits::NOTE),
                );
                Some(Source {
                    url: url?,
                    title: title?,
                    note,
                })
            })
            .collect();

        p.list_len("evaluations", &self.evaluations, limits::LIST);
        let evaluations = self
            .evaluations
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let field = |name: &str| format!("evaluations[{i}].{name}");
                let citation = required(
                    &mut p,
                    &field("citation"),
                    single_line(&e.citation, limits::SHORT_TEXT),
                );
                let year = year(&mut p, &field("year"), e.year);
                let design = optional(
                    &mut p,
                    &field("design"),
                    single_line(&text(&e.design), limits::NOTE),
                );
                let sample_size = e.sample_size.map(|n| {
                    p.check(
                        field("sample_size"),
                        u32::try_from(n)
                            .ok()
                            .filter(|n| *n > 0)
                            .ok_or_else(|| format!("{n} is not a positive whole number")),
                    )
                });
                let finding = required(
                    &mut p,
                    &field("finding"),
                    multi_line(&e.finding, limits::NOTE),
                );
                if e.year.is_some() && year.is_none() {
                    return None;
                }
                Some(Evaluation {
                    citation: citation?,
                    year,
                    design,
                    sample_size: settled(sample_size)?,
                    finding: finding?,
                })
            })
            .collect();

        p.list_len("facts", &self.facts, limits::LIST);
        let facts = self
            .facts
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let field = |name: &str| format!("facts[{i}].{name}");
                let label = required(
                    &mut p,
                    &field("label"),
                    single_line(&f.label, limits::SHORT_TEXT),
                );
                let value = f.value;
                if value.is_none() {
                    p.add(field("value"), "is required");
                }
                let year = year(&mut p, &field("year"), f.year);
                let note = optional(
                    &mut p,
                    &field("note"),
                    single_line(&text(&f.note), limits::NOTE),
                );
                if f.year.is_some() && year.is_none() {
                    return None;
                }
                Some(Fact {
                    label: label?,
                    value: value?,
                    year,
                    note,
                })
            })
            .collect();

        p.list_len("relations", &self.relations, limits::LIST);
        let mut seen_relations = BTreeSet::new();
        let relations = self
            .relations
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let field = |name: &str| format!("relations[{i}].{name}");
                let kind = p.vocabulary::<RelationKind>(field("kind"), &r.kind);
                let target = p.check(field("target"), Slug::parse(r.target.trim()));
                let relation = Relation {
                    kind: kind?,
                    target: target?,
                };
                if slug.as_ref() == Some(&relation.target) {
                    p.add(
                        field("target"),
                        "an organisation cannot be related to itself",
                    );
                    return None;
                }
                if !seen_relations.insert((relation.kind, relation.target.clone())) {
                    p.add(field("target"), "this relation is listed twice");
                    return None;
                }
                Some(relation)
            })
            .collect();

        p.list_len("events", &self.events, limits::LIST);
        let mut events: Vec<Event> = self
            .events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let field = |name: &str| format!("events[{i}].{name}");
                let event_year = match e.year {
                    Some(y) => p.check(field("year"), Year::parse(y, current_year)),
                    None => {
                        p.add(field("year"), "is required");
                        None
                    }
                };
                let kind = p.vocabulary::<EventKind>(field("kind"), &e.kind);
                let note = required(&mut p, &field("note"), single_line(&e.note, limits::NOTE));
                let source_url = e
                    .source_url
                    .as_deref()
                    .filter(|u| !u.trim().is_empty())
                    .map(|url| p.check(field("source_url"), WebUrl::parse(url)));
                let (year, kind) = (event_year?, kind?);
                let must_match = match kind {
                    EventKind::Founded => founded_year.map(|y| ("founded_year", y)),
                    EventKind::Ended => ended_year.map(|y| ("ended_year", y)),
                    _ => None,
                };
                if let Some((other, expected)) = must_match
                    && expected != year
                {
                    p.add(
                        field("year"),
                        format!("{year} disagrees with {other} {expected}"),
                    );
                }
                Some(Event {
                    year,
                    kind,
                    note: note?,
                    source_url: settled(source_url)?,
                })
            })
            .collect();

        if !p.0.is_empty() {
            return Err(p.0);
        }
        // History reads in time order; events of one year keep the order they were given in.
        events.sort_by_key(|event| event.year);
        // Every `None` below has recorded a problem above, so this only fails on a bug here.
        match (
            name,
            slug,
            description,
            status,
            user_led_degree,
            degree_note,
            visibility,
        ) {
            (
                Some(name),
                Some(slug),
                Some(description),
                Some(status),
                Some(user_led_degree),
                Some(degree_note),
                Some(visibility),
            ) => Ok(Organisation {
                slug,
                name,
                aliases,
                description,
                categories,
                countries,
                city,
                scope,
                founded_year,
                status,
                ended_year,
                user_led_degree,
                degree_note,
                user_profiles,
                activities,
                website,
                visibility,
                last_verified,
                sources,
                evaluations,
                facts,
                relations,
                events,
            }),
            _ => Err(vec![FieldError {
                field: "record".into(),
                message: "is incomplete".into(),
            }]),
        }
    }
}

impl From<&Organisation> for OrganisationInput {
    /// The input that validates back to the same organisation: used to edit a record and to
    /// re-check stored records.
    fn from(org: &Organisation) -> Self {
        let slugs = |set: &mut dyn Iterator<Item = &'static str>| set.map(String::from).collect();
        Self {
            slug: Some(org.slug.to_string()),
            name: org.name.clone(),
            aliases: org
                .aliases
                .iter()
                .map(|a| AliasInput {
                    name: a.name.clone(),
                    language: a.language.as_ref().map(|l| l.as_str().to_owned()),
                    kind: Some(a.kind.slug().to_owned()),
                })
                .collect(),
            description: org.description.clone(),
            categories: slugs(&mut org.categories.iter().map(|c| c.slug())),
            countries: slugs(&mut org.countries.iter().map(|c| c.code())),
            city: org.city.clone(),
            scope: org.scope.map(|s| s.slug().to_owned()),
            founded_year: org.founded_year.map(|y| y.get().into()),
            status: Some(org.status.slug().to_owned()),
            ended_year: org.ended_year.map(|y| y.get().into()),
            user_led_degree: Some(org.user_led_degree.slug().to_owned()),
            degree_note: Some(org.degree_note.clone()),
            user_profiles: slugs(&mut org.user_profiles.iter().map(|p| p.slug())),
            activities: slugs(&mut org.activities.iter().map(|a| a.slug())),
            website: org.website.as_ref().map(|w| w.to_string()),
            visibility: Some(org.visibility.slug().to_owned()),
            last_verified: org.last_verified.map(|d| d.to_string()),
            sources: org
                .sources
                .iter()
                .map(|s| SourceInput {
                    url: s.url.to_string(),
                    title: s.title.clone(),
                    note: s.note.clone(),
                })
                .collect(),
            evaluations: org
                .evaluations
                .iter()
                .map(|e| EvaluationInput {
                    citation: e.citation.clone(),
                    year: e.year.map(|y| y.get().into()),
                    design: e.design.clone(),
                    sample_size: e.sample_size.map(i64::from),
                    finding: e.finding.clone(),
                })
                .collect(),
            facts: org
                .facts
                .iter()
                .map(|f| FactInput {
                    label: f.label.clone(),
                    value: Some(f.value),
                    year: f.year.map(|y| y.get().into()),
                    note: f.note.clone(),
                })
                .collect(),
            relations: org
                .relations
                .iter()
                .map(|r| RelationInput {
                    kind: r.kind.slug().to_owned(),
                    target: r.target.to_string(),
                })
                .collect(),
            events: org
                .events
                .iter()
                .map(|e| EventInput {
                    year: Some(e.year.get().into()),
                    kind: e.kind.slug().to_owned(),
                    note: e.note.clone(),
                    source_url: e.source_url.as_ref().map(|u| u.to_string()),
                })
                .collect(),
            unknown_fields: BTreeMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: i32 = 2026;

    fn valid() -> OrganisationInput {
        serde_json::from_value(serde_json::json!({
            "name": "Brugerforeningen",
            "aliases": [{"name": "BF", "language": null, "kind": "abbreviation"}],
            "description": "The Danish drug users union.",
            "categories": ["advocacy"],
            "countries": ["DK"],
            "founded_year": 1994,
            "user_led_degree": "user_led",
            "degree_note": "Represents active drug users.",
            "sources": [{"url": "http://brugerforeningen.dk/", "title": "Brugerforeningen"}]
        }))
        .unwrap()
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_minimal_record_validates_with_defaults() {
        let org = valid().validate(YEAR).unwrap();
        assert_eq!(org.slug.as_str(), "brugerforeningen");
        assert_eq!(org.status, Status::Unknown);
        assert_eq!(org.visibility, Visibility::Listed);
        assert_eq!(org.founded_year.map(Year::get), Some(1994));
    }

    #[test]
    fn every_problem_is_reported_against_its_field() {
        let mut input = valid();
        input.categories = vec!["advocacy".into(), "foo".into()];
        input.countries = vec!["XX".into()];
        input.founded_year = Some(2999);
        input.sources.clear();
        input.website = Some("ftp://example.org".into());
        let errors = input.validate(YEAR).unwrap_err();
        assert_eq!(
            fields(&errors),
            [
                "categories[1]",
                "countries[0]",
                "founded_year",
                "website",
                "sources"
            ]
        );
        assert!(errors[0].message.contains("\"foo\""));
        assert!(errors[2].message.contains("2999"));
    }

    #[test]
    fn dates_and_status_must_agree() {
        let mut input = valid();
        input.ended_year = Some(1990);
        input.status = Some("active".into());
        let errors = input.validate(YEAR).unwrap_err();
        assert_eq!(fields(&errors), ["ended_year", "status"]);

        let mut input = valid();
        input.events = vec![EventInput {
            year: Some(1995),
            kind: "founded".into(),
            note: "Founded".into(),
            source_url: None,
        }];
        let errors = input.validate(YEAR).unwrap_err();
        assert_eq!(fields(&errors), ["events[0].year"]);
    }

    #[test]
    fn required_fields_and_unknown_keys_are_named() {
        let input: OrganisationInput =
            serde_json::from_value(serde_json::json!({"name": " ", "countrys": ["DK"]})).unwrap();
        let errors = input.validate(YEAR).unwrap_err();
        assert_eq!(
            fields(&errors),
            [
                "countrys",
                "name",
                "description",
                "categories",
                "user_led_degree",
                "degree_note",
                "sources"
            ]
        );
    }

    #[test]
    fn an_original_name_needs_its_language() {
        let mut input = valid();
        input.aliases = vec![AliasInput {
            name: "Brugerforeningen for aktive stofbrugere".into(),
            language: None,
            kind: Some("original_name".into()),
        }];
        assert_eq!(
            fields(&input.validate(YEAR).unwrap_err()),
            ["aliases[0].language"]
        );
    }

    #[test]
    fn relations_to_self_or_twice_are_rejected() {
        let mut input = valid();
        let relation = |target: &str| RelationInput {
            kind: "partner_of".into(),
            target: target.into(),
        };
        input.relations = vec![
            relation("brugerforeningen"),
            relation("sduu"),
            relation("sduu"),
        ];
        assert_eq!(
            fields(&input.validate(YEAR).unwrap_err()),
            ["relations[0].target", "relations[2].target"]
        );
    }

    #[test]
    fn text_is_trimmed_and_folded() {
        let mut input = valid();
        input.name = "  Bruger\n foreningen ".into();
        input.description = " Line one.\r\nLine two. ".into();
        let org = input.validate(YEAR).unwrap();
        assert_eq!(org.name, "Bruger foreningen");
        assert_eq!(org.description, "Line one.\nLine two.");
    }

    #[test]
    fn fact_values_group_thousands() {
        let fact = |value| Fact {
            label: "x".into(),
            value,
            year: None,
            note: None,
        };
        assert_eq!(fact(67_000).value_text(), "67\u{202f}000");
        assert_eq!(fact(150).value_text(), "150");
        assert_eq!(fact(-1_234_567).value_text(), "-1\u{202f}234\u{202f}567");
    }

    #[test]
    fn events_are_sorted_by_year() {
        let mut input = valid();
        let event = |year| EventInput {
            year: Some(year),
            kind: "other".into(),
            note: format!("In {year}"),
            source_url: None,
        };
        input.events = vec![event(2015), event(2011), event(2015)];
        let years: Vec<i32> = input
            .validate(YEAR)
            .unwrap()
            .events
            .iter()
            .map(|e| e.year.get())
            .collect();
        assert_eq!(years, [2011, 2015, 2015]);
    }

    #[test]
    fn a_new_degree_keeps_the_old_history_and_records_the_change() {
        let mut before = valid();
        before.events = vec![EventInput {
            year: Some(2002),
            kind: "other".into(),
            note: "Won a prize.".into(),
            source_url: None,
        }];
        let before = before.validate(YEAR).unwrap();
        let mut after = valid();
        after.user_led_degree = Some("formalised".into());
        let mut after = after.validate(YEAR).unwrap();
        after.carry_history_from(&before, YEAR, true);
        assert_eq!(after.events.len(), 2);
        assert_eq!(after.events[0], before.events[0]);
        assert_eq!(after.events[1].kind, EventKind::DegreeChanged);
        assert_eq!(after.events[1].year.get(), YEAR);
        assert_eq!(
            after.events[1].note,
            "User-led degree reassessed from User-led to Formalised."
        );

        // Carrying the same history again changes nothing.
        let again = after.clone();
        after.carry_history_from(&again, YEAR, true);
        assert_eq!(after, again);
    }

    #[test]
    fn an_organisation_round_trips_through_its_input() {
        let org = valid().validate(YEAR).unwrap();
        assert_eq!(OrganisationInput::from(&org).validate(YEAR).unwrap(), org);
    }
}
