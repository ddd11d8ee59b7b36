//! The organisation record: the unvalidated input as it arrives (from a file, a form, the API or the
//! database) and the validated [`Organisation`] that the rest of the program works with.
//!
//! [`OrganisationInput::validate`] is the one gate between the two. It never stops at the first
//! problem: it returns every [`FieldError`], each naming its field, so a person can fix them all at
//! once.

mod validate;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::types::{Day, Email, LanguageCode, Slug, Telephone, WebUrl, WholeNumber, Year};
use super::vocabulary::{
    Activity, AliasKind, Category, ContactLinkKind, EventKind, MeetingMode, RelationKind, Scope,
    Status, UserLedDegree, UserProfile, Visibility, Vocabulary,
};
use crate::i18n::Message;

/// One problem with one field, named by its path (`categories[1]`, `sources[0].url`). The
/// message is rendered in the reader's language where it is shown; beside its input on a form it
/// needs no field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: Message,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: Message) -> Self {
        Self {
            field: field.into(),
            message,
        }
    }
}

/// "field: message" in English, for logs, the command line and tests.
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
    pub contact: Contact,
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

/// How to reach an organisation besides its website. Never shown for a discreet organisation:
/// the public record of one is only its name, categories and countries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Contact {
    pub email: Option<Email>,
    pub telephone: Option<Telephone>,
    pub address: Option<PostalAddress>,
    /// Social media and messaging, in the order given.
    pub links: Vec<ContactLink>,
    pub meets: Option<MeetingMode>,
    /// The languages it works in, by ISO 639 code, in code order.
    #[schema(value_type = Vec<String>)]
    pub languages: BTreeSet<LanguageCode>,
    /// In the organisation's words: when and where it meets, whom to ask for, what to expect.
    pub how_to_get_in_touch: Option<String>,
}

impl Contact {
    /// Whether there is anything to show beyond the website.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A postal address: street (or post box), postcode where the country uses one, town, country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PostalAddress {
    pub street: String,
    pub postal_code: Option<String>,
    pub locality: String,
    pub country: CountryCode,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ContactLink {
    pub kind: ContactLinkKind,
    pub url: WebUrl,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Source {
    pub url: WebUrl,
    pub title: String,
    /// The year the source was published or last updated, where it says.
    pub year: Option<Year>,
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

    /// Keeps the record of a moderator's change of status (active, inactive, unknown). Unless the
    /// change brings a new `status_changed` event of its own, one is added, dated this year, its
    /// note the moderator's `reason`, checked as every event's note is. The note holds only the
    /// moderator's own words and the kind is a slug translated where it is shown, so the registry
    /// stores no sentence of its own in one language. A change of status without a reason is an
    /// error on `status`; an unacceptable reason, on `note`.
    pub fn record_status_change(
        &mut self,
        previous: &Organisation,
        current_year: i32,
        reason: &str,
    ) -> Result<(), FieldError> {
        let brought = self
            .events
            .iter()
            .any(|e| e.kind == EventKind::StatusChanged && !previous.events.contains(e));
        if self.status == previous.status || brought {
            return Ok(());
        }
        let note = validate::single_line(reason, limits::NOTE)
            .map_err(|message| FieldError::new("note", message))?
            .ok_or_else(|| {
                FieldError::new("status", Message::new("currency-status-reason-required"))
            })?;
        self.events.push(Event {
            year: Year::current(current_year),
            kind: EventKind::StatusChanged,
            note,
            source_url: None,
        });
        self.events.sort_by_key(|event| event.year);
        Ok(())
    }
}

/// An organisation as it arrives, before validation. Everything a person can get wrong is kept as
/// plain text or [`WholeNumber`]s here so that validation can report it against its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrganisationInput {
    pub slug: Option<String>,
    pub name: String,
    #[serde(deserialize_with = "objects")]
    pub aliases: Vec<AliasInput>,
    pub description: String,
    pub categories: Vec<String>,
    pub countries: Vec<String>,
    pub city: Option<String>,
    pub scope: Option<String>,
    pub founded_year: Option<WholeNumber>,
    pub status: Option<String>,
    pub ended_year: Option<WholeNumber>,
    pub user_led_degree: Option<String>,
    pub degree_note: Option<String>,
    pub user_profiles: Vec<String>,
    pub activities: Vec<String>,
    pub website: Option<String>,
    #[serde(deserialize_with = "object_or_default")]
    pub contact: ContactInput,
    pub visibility: Option<String>,
    pub last_verified: Option<String>,
    #[serde(deserialize_with = "objects")]
    pub sources: Vec<SourceInput>,
    #[serde(deserialize_with = "objects")]
    pub evaluations: Vec<EvaluationInput>,
    #[serde(deserialize_with = "objects")]
    pub facts: Vec<FactInput>,
    #[serde(deserialize_with = "objects")]
    pub relations: Vec<RelationInput>,
    #[serde(deserialize_with = "objects")]
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

/// An object, or `null` for none. serde's derived structs also read a list of their fields'
/// values in order (`[null, null]`), which no client means and the schema forbids: refused.
struct ObjectOrNull<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for ObjectOrNull<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object or null")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Some)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

/// A list of objects; an item that is not an object (a list of the fields' values, say) is
/// refused, as for [`object_or_null`].
fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    /// One item, read only from an object.
    struct Object<T>(T);

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            use serde::de::Error;
            d.deserialize_map(ObjectOrNull(std::marker::PhantomData))?
                .map(Object)
                .ok_or_else(|| D::Error::custom("invalid type: null, expected an object"))
        }
    }

    let items: Vec<Object<T>> = Vec::deserialize(deserializer)?;
    Ok(items.into_iter().map(|Object(item)| item).collect())
}

/// An object or `null`, into `None` for `null`.
fn object_or_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_option(ObjectOrNull(std::marker::PhantomData))
}

/// An object, or `null` read as the default, as a missing key is.
fn object_or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(object_or_null(deserializer)?.unwrap_or_default())
}

/// Contact details as they arrive; absent in records written before the registry kept them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContactInput {
    pub email: Option<String>,
    pub telephone: Option<String>,
    #[serde(deserialize_with = "object_or_null")]
    pub address: Option<PostalAddressInput>,
    #[serde(deserialize_with = "objects")]
    pub links: Vec<ContactLinkInput>,
    pub meets: Option<String>,
    pub languages: Vec<String>,
    pub how_to_get_in_touch: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PostalAddressInput {
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContactLinkInput {
    pub kind: String,
    pub url: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SourceInput {
    pub url: String,
    pub title: String,
    pub year: Option<WholeNumber>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvaluationInput {
    pub citation: String,
    pub year: Option<WholeNumber>,
    pub design: Option<String>,
    pub sample_size: Option<WholeNumber>,
    pub finding: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FactInput {
    pub label: String,
    pub value: Option<WholeNumber>,
    pub year: Option<WholeNumber>,
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
    pub year: Option<WholeNumber>,
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
    pub const CONTACT_LINKS: usize = 10;
    pub const POSTAL_CODE: usize = 20;
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
        input.founded_year = Some(2999.into());
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
        assert!(errors[0].message.to_string().contains("\"foo\""));
        assert!(errors[2].message.to_string().contains("2999"));
    }

    #[test]
    fn dates_and_status_must_agree() {
        let mut input = valid();
        input.ended_year = Some(1990.into());
        input.status = Some("active".into());
        let errors = input.validate(YEAR).unwrap_err();
        assert_eq!(fields(&errors), ["ended_year", "status"]);

        let mut input = valid();
        input.events = vec![EventInput {
            year: Some(1995.into()),
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
    fn numbers_may_be_given_as_text() {
        let mut input = valid();
        input.founded_year = Some(WholeNumber::from_text("1 994"));
        input.ended_year = Some(WholeNumber::from_text(" "));
        input.facts = vec![FactInput {
            label: "Members".into(),
            value: Some(WholeNumber::from_text("67\u{202f}000")),
            year: Some(WholeNumber::from_text("")),
            note: None,
        }];
        let org = input.validate(YEAR).unwrap();
        assert_eq!(org.founded_year.map(Year::get), Some(1994));
        assert_eq!(org.ended_year, None);
        assert_eq!((org.facts[0].value, org.facts[0].year), (67_000, None));
    }

    #[test]
    fn text_that_is_no_number_is_reported_first_and_once() {
        let input: OrganisationInput = serde_json::from_value(serde_json::json!({
            "name": "X",
            "founded_year": " 19x ",
            "facts": [{"label": "Members", "value": "many", "year": 2020}],
            "events": [{"year": "", "kind": "other", "note": "Blank year."}]
        }))
        .unwrap();
        let errors = input.validate(YEAR).unwrap_err();
        assert_eq!(
            fields(&errors),
            [
                "founded_year",
                "facts[0].value",
                "description",
                "categories",
                "user_led_degree",
                "degree_note",
                "sources",
                "events[0].year"
            ]
        );
        assert_eq!(
            errors[0].message.to_string(),
            "\"19x\" is not a whole number"
        );
        assert_eq!(
            errors[1].message.to_string(),
            "\"many\" is not a whole number"
        );
        assert_eq!(errors[7].message.to_string(), "is required");
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
        let event = |year: i64| EventInput {
            year: Some(year.into()),
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
            year: Some(2002.into()),
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
    fn a_contact_is_an_object_or_null_never_a_list() {
        let read = |contact: serde_json::Value| {
            serde_json::from_value::<OrganisationInput>(serde_json::json!({"contact": contact}))
        };
        assert!(read(serde_json::json!(null)).is_ok());
        assert!(read(serde_json::json!({})).is_ok());
        assert!(read(serde_json::json!({"address": null})).is_ok());
        assert!(read(serde_json::json!([null, null])).is_err());
        assert!(read(serde_json::json!({"address": ["Street 1"]})).is_err());
        assert!(read(serde_json::json!({"links": [["social", "https://x.example/"]]})).is_err());
        let sources = |item: serde_json::Value| {
            serde_json::from_value::<OrganisationInput>(serde_json::json!({"sources": [item]}))
        };
        assert!(sources(serde_json::json!(["https://x.example/", "X"])).is_err());
        assert!(sources(serde_json::json!(null)).is_err());
        assert!(sources(serde_json::json!({"url": "https://x.example/", "title": "X"})).is_ok());
        let missing = serde_json::from_value::<OrganisationInput>(serde_json::json!({})).unwrap();
        assert!(missing.contact.address.is_none());
    }

    #[test]
    fn an_organisation_round_trips_through_its_input() {
        let org = valid().validate(YEAR).unwrap();
        // Revisions and submissions are stored as the record's JSON and read back as input.
        let input: OrganisationInput =
            serde_json::from_value(serde_json::to_value(&org).unwrap()).unwrap();
        assert_eq!(input.validate(YEAR).unwrap(), org);
    }
}
