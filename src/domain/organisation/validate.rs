//! [`OrganisationInput::validate`]: one function per part of the record, each reporting its
//! problems in field order into one [`Checker`], so the errors read in the order of the record
//! (after any number that could not be read, which is reported first).

use std::collections::BTreeSet;

use super::{
    Alias, AliasInput, Contact, ContactInput, ContactLink, ContactLinkInput, Evaluation,
    EvaluationInput, Event, EventInput, Fact, FactInput, FieldError, Organisation,
    OrganisationInput, PostalAddress, PostalAddressInput, Relation, RelationInput, Source,
    SourceInput, limits,
};
use crate::domain::country::CountryCode;
use crate::domain::languages::parse_working_language;
use crate::domain::types::{Day, Email, LanguageCode, Slug, Telephone, WebUrl, WholeNumber, Year};
use crate::domain::vocabulary::{
    Activity, AliasKind, Category, ContactLinkKind, EventKind, MeetingMode, RelationKind, Scope,
    Status, UserLedDegree, UserProfile, Visibility, Vocabulary,
};
use crate::i18n::Message;

/// Collects field errors while a record is validated, and knows the latest year allowed.
struct Checker {
    errors: Vec<FieldError>,
    current_year: i32,
}

impl Checker {
    fn add(&mut self, field: impl Into<String>, message: Message) {
        self.errors.push(FieldError::new(field, message));
    }

    /// Keeps the value if it is valid, records the problem and returns `None` otherwise.
    fn check<T>(&mut self, field: impl Into<String>, result: Result<T, Message>) -> Option<T> {
        result.map_err(|message| self.add(field, message)).ok()
    }

    fn vocabulary<V: Vocabulary>(&mut self, field: impl Into<String>, value: &str) -> Option<V> {
        self.check(field, V::parse(value.trim()).map_err(|e| e.message()))
    }

    fn list_len<T>(&mut self, field: &str, list: &[T], max: usize) {
        if list.len() > max {
            self.add(field, Message::new("field-too-many").with("max", max));
        }
    }

    /// Checks a list of at most [`limits::LIST`] entries, keeping the valid ones.
    fn list<I, T>(
        &mut self,
        field: &str,
        items: &[I],
        mut check: impl FnMut(&mut Self, usize, &I) -> Option<T>,
    ) -> Vec<T> {
        self.list_len(field, items, limits::LIST);
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| check(self, i, item))
            .collect()
    }

    fn required(&mut self, field: &str, result: Result<Option<String>, Message>) -> Option<String> {
        match self.check(field, result) {
            Some(Some(text)) => Some(text),
            Some(None) => {
                self.add(field, Message::new("field-required"));
                None
            }
            None => None,
        }
    }

    fn optional(&mut self, field: &str, result: Result<Option<String>, Message>) -> Option<String> {
        self.check(field, result).flatten()
    }

    /// An optional number, [`settled`]: `None` only if it was given and is not acceptable.
    fn number<T>(
        &mut self,
        field: &str,
        value: &Option<WholeNumber>,
        parse: impl FnOnce(i64) -> Result<T, Message>,
    ) -> Option<Option<T>> {
        let given = match value {
            // Text that is no number was reported first, by `report_unreadable_numbers`.
            Some(value) => value.get().ok()?,
            None => None,
        };
        settled(given.map(|n| self.check(field, parse(n))))
    }

    fn year(&mut self, field: &str, value: &Option<WholeNumber>) -> Option<Option<Year>> {
        let current_year = self.current_year;
        self.number(field, value, |n| Year::parse(n, current_year))
    }
}

/// Trims a one-line text and folds runs of white space; rejects control characters and overlong
/// text. Returns `None` for an empty value.
pub(super) fn single_line(value: &str, max: usize) -> Result<Option<String>, Message> {
    check_length(value, max)?;
    // Built in one allocation: an import folds several texts of every record.
    let mut folded = String::with_capacity(value.len());
    for word in value.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(word);
    }
    check_text(folded)
}

/// Trims a multi-line text, keeping its line breaks.
fn multi_line(value: &str, max: usize) -> Result<Option<String>, Message> {
    check_length(value, max)?;
    let trimmed = value.trim().replace("\r\n", "\n");
    check_text(trimmed)
}

/// The length is counted as sent, before trimming: the limit the API's schema states.
fn check_length(value: &str, max: usize) -> Result<(), Message> {
    let length = value.chars().count();
    if length > max {
        return Err(Message::new("field-too-long")
            .with("length", length)
            .with("max", max));
    }
    Ok(())
}

fn check_text(text: String) -> Result<Option<String>, Message> {
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Message::new("field-control-characters"));
    }
    Ok((!text.is_empty()).then_some(text))
}

/// An optional text that is absent or blank reads as empty.
fn text(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or_default()
}

/// An optional text that is absent or blank counts as not given.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.trim().is_empty())
}

/// For an optional field that was checked: not given is a valid absence (`Some(None)`), given and
/// valid is `Some(Some(value))`, given and invalid (already reported) is `None`.
fn settled<T>(checked: Option<Option<T>>) -> Option<Option<T>> {
    match checked {
        None => Some(None),
        Some(value) => value.map(Some),
    }
}

/// The record's own fields, each `None` where a problem was reported.
struct Core {
    name: Option<String>,
    slug: Option<Slug>,
    aliases: Vec<Alias>,
    description: Option<String>,
    categories: BTreeSet<Category>,
    countries: BTreeSet<CountryCode>,
    city: Option<String>,
    scope: Option<Scope>,
    founded_year: Option<Year>,
    status: Option<Status>,
    ended_year: Option<Year>,
    user_led_degree: Option<UserLedDegree>,
    degree_note: Option<String>,
    user_profiles: BTreeSet<UserProfile>,
    activities: BTreeSet<Activity>,
    website: Option<WebUrl>,
    contact: Option<Contact>,
    visibility: Option<Visibility>,
    last_verified: Option<Day>,
}

/// The record's lists after the aliases, each keeping its valid entries.
struct Lists {
    sources: Vec<Source>,
    evaluations: Vec<Evaluation>,
    facts: Vec<Fact>,
    relations: Vec<Relation>,
    events: Vec<Event>,
}

impl OrganisationInput {
    /// Validates the input against the record's rules, with `current_year` as the latest year
    /// allowed. Returns every problem found, each naming its field.
    pub fn validate(&self, current_year: i32) -> Result<Organisation, Vec<FieldError>> {
        let mut c = Checker {
            errors: Vec::new(),
            current_year,
        };
        self.report_unreadable_numbers(&mut c);
        for key in self.unknown_fields.keys() {
            c.add(key.as_str(), Message::new("field-not-in-record"));
        }
        let core = self.core(&mut c);
        let lists = self.lists(&mut c, &core);
        if !c.errors.is_empty() {
            return Err(c.errors);
        }
        // Every `None` in `core` has recorded a problem above, so this only fails on a bug here.
        core.complete(lists)
            .ok_or_else(|| vec![FieldError::new("record", Message::new("field-incomplete"))])
    }

    /// Reports every numeric field holding text that is not a whole number. These come first, as
    /// a value of the wrong type used to stop the record from being read at all.
    fn report_unreadable_numbers(&self, c: &mut Checker) {
        let mut numbers = vec![
            ("founded_year".to_owned(), &self.founded_year),
            ("ended_year".to_owned(), &self.ended_year),
        ];
        for (i, s) in self.sources.iter().enumerate() {
            numbers.push((format!("sources[{i}].year"), &s.year));
        }
        for (i, e) in self.evaluations.iter().enumerate() {
            numbers.push((format!("evaluations[{i}].year"), &e.year));
            numbers.push((format!("evaluations[{i}].sample_size"), &e.sample_size));
        }
        for (i, f) in self.facts.iter().enumerate() {
            numbers.push((format!("facts[{i}].value"), &f.value));
            numbers.push((format!("facts[{i}].year"), &f.year));
        }
        for (i, e) in self.events.iter().enumerate() {
            numbers.push((format!("events[{i}].year"), &e.year));
        }
        for (field, value) in numbers {
            if let Some(Err(message)) = value.as_ref().map(WholeNumber::get) {
                c.add(field, message);
            }
        }
    }

    fn core(&self, c: &mut Checker) -> Core {
        let (name, slug) = self.name_and_slug(c);
        let aliases = c.list("aliases", &self.aliases, |c, i, alias| alias.check(c, i));
        let description = c.required(
            "description",
            multi_line(&self.description, limits::DESCRIPTION),
        );
        let (categories, countries) = self.categories_and_countries(c);
        let city = c.optional("city", single_line(text(&self.city), limits::SHORT_TEXT));
        let scope = given(&self.scope).and_then(|s| c.vocabulary::<Scope>("scope", s));
        let (founded_year, ended_year, status) = self.dates_and_status(c);
        let (user_led_degree, degree_note) = self.degree(c);
        let (user_profiles, activities) = self.profiles_and_activities(c);
        let website = given(&self.website).and_then(|w| c.check("website", WebUrl::parse(w)));
        let contact = self.contact.check(c);
        let (visibility, last_verified) = self.publication(c);
        Core {
            name,
            slug,
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
            contact,
            visibility,
            last_verified,
        }
    }

    fn name_and_slug(&self, c: &mut Checker) -> (Option<String>, Option<Slug>) {
        let name = c.required("name", single_line(&self.name, limits::NAME));
        let slug = match self.slug.as_deref().map(str::trim) {
            Some(slug) if !slug.is_empty() => c.check("slug", Slug::parse(slug)),
            _ => name.as_deref().and_then(|name| {
                let derived = Slug::from_name(name);
                if derived.is_none() {
                    c.add("slug", Message::new("field-slug-underivable"));
                }
                derived
            }),
        };
        (name, slug)
    }

    fn categories_and_countries(
        &self,
        c: &mut Checker,
    ) -> (BTreeSet<Category>, BTreeSet<CountryCode>) {
        let categories = self
            .categories
            .iter()
            .enumerate()
            .filter_map(|(i, category)| c.vocabulary(format!("categories[{i}]"), category))
            .collect();
        if self.categories.is_empty() {
            c.add("categories", Message::new("field-categories-required"));
        }
        let countries = self
            .countries
            .iter()
            .enumerate()
            .filter_map(|(i, country)| {
                c.check(
                    format!("countries[{i}]"),
                    country
                        .trim()
                        .parse::<CountryCode>()
                        .map_err(|e| e.message()),
                )
            })
            .collect();
        // About as many as there are countries: more is not an honest entry.
        c.list_len("countries", &self.countries, 250);
        (categories, countries)
    }

    fn dates_and_status(&self, c: &mut Checker) -> (Option<Year>, Option<Year>, Option<Status>) {
        let founded_year = c.year("founded_year", &self.founded_year).flatten();
        let ended_year = c.year("ended_year", &self.ended_year).flatten();
        let status = match given(&self.status) {
            Some(status) => c.vocabulary::<Status>("status", status),
            None => Some(Status::Unknown),
        };
        if let (Some(founded), Some(ended)) = (founded_year, ended_year)
            && ended < founded
        {
            c.add(
                "ended_year",
                Message::new("field-ended-before-founded")
                    .with("ended", ended.to_string())
                    .with("founded", founded.to_string()),
            );
        }
        if ended_year.is_some() && status == Some(Status::Active) {
            c.add("status", Message::new("field-ended-but-active"));
        }
        (founded_year, ended_year, status)
    }

    fn degree(&self, c: &mut Checker) -> (Option<UserLedDegree>, Option<String>) {
        let user_led_degree = match given(&self.user_led_degree) {
            Some(degree) => c.vocabulary::<UserLedDegree>("user_led_degree", degree),
            None => {
                c.add("user_led_degree", Message::new("field-degree-required"));
                None
            }
        };
        let degree_note = c.required(
            "degree_note",
            single_line(text(&self.degree_note), limits::NOTE),
        );
        (user_led_degree, degree_note)
    }

    fn profiles_and_activities(
        &self,
        c: &mut Checker,
    ) -> (BTreeSet<UserProfile>, BTreeSet<Activity>) {
        let user_profiles = self
            .user_profiles
            .iter()
            .enumerate()
            .filter_map(|(i, v)| c.vocabulary(format!("user_profiles[{i}]"), v))
            .collect();
        let activities = self
            .activities
            .iter()
            .enumerate()
            .filter_map(|(i, v)| c.vocabulary(format!("activities[{i}]"), v))
            .collect();
        (user_profiles, activities)
    }

    /// How and when the registry shows it.
    fn publication(&self, c: &mut Checker) -> (Option<Visibility>, Option<Day>) {
        let visibility = match given(&self.visibility) {
            Some(v) => c.vocabulary::<Visibility>("visibility", v),
            None => Some(Visibility::Listed),
        };
        let last_verified = given(&self.last_verified)
            .and_then(|d| c.check("last_verified", Day::parse(d.trim())))
            .filter(|day| {
                let in_range = day.date().year() <= c.current_year;
                if !in_range {
                    c.add(
                        "last_verified",
                        Message::new("field-date-future").with("value", day.to_string()),
                    );
                }
                in_range
            });
        (visibility, last_verified)
    }

    fn lists(&self, c: &mut Checker, core: &Core) -> Lists {
        if self.sources.is_empty() {
            c.add("sources", Message::new("field-sources-required"));
        }
        let sources = c.list("sources", &self.sources, |c, i, s| s.check(c, i));
        let evaluations = c.list("evaluations", &self.evaluations, |c, i, e| e.check(c, i));
        let facts = c.list("facts", &self.facts, |c, i, f| f.check(c, i));
        let mut seen = BTreeSet::new();
        let relations = c.list("relations", &self.relations, |c, i, r| {
            r.check(c, i, core.slug.as_ref(), &mut seen)
        });
        let mut events: Vec<Event> = c.list("events", &self.events, |c, i, e| {
            e.check(c, i, core.founded_year, core.ended_year)
        });
        // History reads in time order; events of one year keep the order they were given in.
        events.sort_by_key(|event| event.year);
        Lists {
            sources,
            evaluations,
            facts,
            relations,
            events,
        }
    }
}

impl Core {
    fn complete(self, lists: Lists) -> Option<Organisation> {
        Some(Organisation {
            slug: self.slug?,
            name: self.name?,
            aliases: self.aliases,
            description: self.description?,
            categories: self.categories,
            countries: self.countries,
            city: self.city,
            scope: self.scope,
            founded_year: self.founded_year,
            status: self.status?,
            ended_year: self.ended_year,
            user_led_degree: self.user_led_degree?,
            degree_note: self.degree_note?,
            user_profiles: self.user_profiles,
            activities: self.activities,
            website: self.website,
            contact: self.contact?,
            visibility: self.visibility?,
            last_verified: self.last_verified,
            sources: lists.sources,
            evaluations: lists.evaluations,
            facts: lists.facts,
            relations: lists.relations,
            events: lists.events,
        })
    }
}

impl AliasInput {
    fn check(&self, c: &mut Checker, i: usize) -> Option<Alias> {
        let field = |name: &str| format!("aliases[{i}].{name}");
        let name = c.required(&field("name"), single_line(&self.name, limits::NAME));
        // Outer `None`: not given; `Some(None)`: given but invalid (already reported).
        let language = self
            .language
            .as_deref()
            .map(str::trim)
            .filter(|code| !code.is_empty())
            .map(|code| c.check(field("language"), LanguageCode::parse(code)));
        let kind = match self.kind.as_deref() {
            Some(kind) => c.vocabulary::<AliasKind>(field("kind"), kind),
            None => Some(AliasKind::Other),
        };
        if kind == Some(AliasKind::OriginalName) && language.is_none() {
            c.add(field("language"), Message::new("field-language-required"));
        }
        Some(Alias {
            name: name?,
            language: settled(language)?,
            kind: kind?,
        })
    }
}

impl ContactInput {
    /// Every part is optional; what is given is checked as strictly as a website. `None` when a
    /// problem was reported.
    fn check(&self, c: &mut Checker) -> Option<Contact> {
        let email = given(&self.email).map(|e| c.check("contact.email", Email::parse(e)));
        let telephone =
            given(&self.telephone).map(|t| c.check("contact.telephone", Telephone::parse(t)));
        let address = self.address.as_ref().and_then(|a| a.check(c));
        c.list_len("contact.links", &self.links, limits::CONTACT_LINKS);
        let links: Vec<Option<ContactLink>> = self
            .links
            .iter()
            .enumerate()
            .map(|(i, link)| link.check(c, i))
            .collect();
        let meets = given(&self.meets).map(|m| c.vocabulary::<MeetingMode>("contact.meets", m));
        let languages: Vec<Option<LanguageCode>> = self
            .languages
            .iter()
            .enumerate()
            .map(|(i, code)| {
                c.check(
                    format!("contact.languages[{i}]"),
                    parse_working_language(code),
                )
            })
            .collect();
        let how_to_get_in_touch = c.check(
            "contact.how_to_get_in_touch",
            multi_line(text(&self.how_to_get_in_touch), limits::NOTE),
        );
        Some(Contact {
            email: settled(email)?,
            telephone: settled(telephone)?,
            address: settled(address)?,
            links: links.into_iter().collect::<Option<_>>()?,
            meets: settled(meets)?,
            languages: languages.into_iter().collect::<Option<_>>()?,
            how_to_get_in_touch: how_to_get_in_touch?,
        })
    }
}

impl PostalAddressInput {
    /// Blank is no address. Given, it needs a street (or post box), a town and a country.
    fn check(&self, c: &mut Checker) -> Option<Option<PostalAddress>> {
        let parts = [
            &self.street,
            &self.postal_code,
            &self.locality,
            &self.country,
        ];
        if parts.iter().all(|part| given(part).is_none()) {
            return None;
        }
        let street = c.required(
            "contact.address.street",
            single_line(text(&self.street), limits::SHORT_TEXT),
        );
        let postal_code = c.check(
            "contact.address.postal_code",
            single_line(text(&self.postal_code), limits::POSTAL_CODE),
        );
        let locality = c.required(
            "contact.address.locality",
            single_line(text(&self.locality), limits::SHORT_TEXT),
        );
        let country = match given(&self.country) {
            Some(code) => c.check(
                "contact.address.country",
                code.trim().parse::<CountryCode>().map_err(|e| e.message()),
            ),
            None => {
                c.add("contact.address.country", Message::new("field-required"));
                None
            }
        };
        Some(Some(PostalAddress {
            street: street?,
            postal_code: postal_code?,
            locality: locality?,
            country: country?,
        }))
    }
}

impl ContactLinkInput {
    fn check(&self, c: &mut Checker, i: usize) -> Option<ContactLink> {
        let field = |name: &str| format!("contact.links[{i}].{name}");
        let kind = c.vocabulary::<ContactLinkKind>(field("kind"), &self.kind);
        let url = c.check(field("url"), WebUrl::parse(&self.url));
        Some(ContactLink {
            kind: kind?,
            url: url?,
        })
    }
}

impl SourceInput {
    fn check(&self, c: &mut Checker, i: usize) -> Option<Source> {
        let field = |name: &str| format!("sources[{i}].{name}");
        let url = c.check(field("url"), WebUrl::parse(&self.url));
        let title = c.required(
            &field("title"),
            single_line(&self.title, limits::SHORT_TEXT),
        );
        let year = c.year(&field("year"), &self.year);
        let note = c.optional(&field("note"), single_line(text(&self.note), limits::NOTE));
        Some(Source {
            url: url?,
            title: title?,
            year: year?,
            note,
        })
    }
}

impl EvaluationInput {
    fn check(&self, c: &mut Checker, i: usize) -> Option<Evaluation> {
        let field = |name: &str| format!("evaluations[{i}].{name}");
        let citation = c.required(
            &field("citation"),
            single_line(&self.citation, limits::SHORT_TEXT),
        );
        let year = c.year(&field("year"), &self.year);
        let design = c.optional(
            &field("design"),
            single_line(text(&self.design), limits::NOTE),
        );
        let sample_size = c.number(&field("sample_size"), &self.sample_size, |n| {
            u32::try_from(n)
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| Message::new("field-not-positive").with("value", n.to_string()))
        });
        let finding = c.required(&field("finding"), multi_line(&self.finding, limits::NOTE));
        Some(Evaluation {
            citation: citation?,
            year: year?,
            design,
            sample_size: sample_size?,
            finding: finding?,
        })
    }
}

impl FactInput {
    fn check(&self, c: &mut Checker, i: usize) -> Option<Fact> {
        let field = |name: &str| format!("facts[{i}].{name}");
        let label = c.required(
            &field("label"),
            single_line(&self.label, limits::SHORT_TEXT),
        );
        let value = c.number(&field("value"), &self.value, Ok);
        if value == Some(None) {
            c.add(field("value"), Message::new("field-required"));
        }
        let year = c.year(&field("year"), &self.year);
        let note = c.optional(&field("note"), single_line(text(&self.note), limits::NOTE));
        Some(Fact {
            label: label?,
            value: value.flatten()?,
            year: year?,
            note,
        })
    }
}

impl RelationInput {
    /// `seen` holds the relations already listed, so one listed twice is reported.
    fn check(
        &self,
        c: &mut Checker,
        i: usize,
        own_slug: Option<&Slug>,
        seen: &mut BTreeSet<(RelationKind, Slug)>,
    ) -> Option<Relation> {
        let field = |name: &str| format!("relations[{i}].{name}");
        let kind = c.vocabulary::<RelationKind>(field("kind"), &self.kind);
        let target = c.check(field("target"), Slug::parse(self.target.trim()));
        let relation = Relation {
            kind: kind?,
            target: target?,
        };
        if own_slug == Some(&relation.target) {
            c.add(field("target"), Message::new("field-relation-to-itself"));
            return None;
        }
        if !seen.insert((relation.kind, relation.target.clone())) {
            c.add(field("target"), Message::new("field-relation-twice"));
            return None;
        }
        Some(relation)
    }
}

impl EventInput {
    /// A founding or ending event must fall in the year the record gives for it.
    fn check(
        &self,
        c: &mut Checker,
        i: usize,
        founded_year: Option<Year>,
        ended_year: Option<Year>,
    ) -> Option<Event> {
        let field = |name: &str| format!("events[{i}].{name}");
        let year = c.year(&field("year"), &self.year);
        if year == Some(None) {
            c.add(field("year"), Message::new("field-required"));
        }
        let kind = c.vocabulary::<EventKind>(field("kind"), &self.kind);
        let note = c.required(&field("note"), single_line(&self.note, limits::NOTE));
        let source_url =
            given(&self.source_url).map(|url| c.check(field("source_url"), WebUrl::parse(url)));
        let (year, kind) = (year.flatten()?, kind?);
        let must_match = match kind {
            EventKind::Founded => founded_year.map(|y| ("founded_year", y)),
            EventKind::Ended => ended_year.map(|y| ("ended_year", y)),
            _ => None,
        };
        if let Some((other, expected)) = must_match
            && expected != year
        {
            c.add(
                field("year"),
                Message::new("field-event-year")
                    .with("year", year.to_string())
                    .with("other", other)
                    .with("expected", expected.to_string()),
            );
        }
        Some(Event {
            year,
            kind,
            note: note?,
            source_url: settled(source_url)?,
        })
    }
}
