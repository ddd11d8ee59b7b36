//! Small validated value types: each can only hold a valid value, so code past the edge never
//! re-checks them.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use time::Date;

use crate::i18n::Message;

/// The URL-safe identifier of an organisation: lowercase ASCII letters and digits in runs joined by
/// single hyphens, at most 80 characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 80;

    pub fn parse(value: &str) -> Result<Self, Message> {
        let well_formed = !value.is_empty()
            && value.len() <= Self::MAX_LEN
            && value.split('-').all(|run| {
                !run.is_empty()
                    && run
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if well_formed {
            Ok(Self(value.to_owned()))
        } else {
            Err(Message::new("field-slug-invalid")
                .with("value", value)
                .with("max", Self::MAX_LEN))
        }
    }

    /// A slug that was parsed before and kept as text since (the search catalogue keeps its
    /// entries' texts in one allocation); only the catalogue may call this.
    pub(crate) fn checked_before(value: &str) -> Self {
        debug_assert!(Self::parse(value).is_ok(), "{value}");
        Self(value.to_owned())
    }

    /// Derives a slug from a name: "L'Isola di Arran" becomes `lisola-di-arran`, "Osnabrück"
    /// becomes `osnabruck`. Returns `None` when the name has no letters or digits to keep.
    pub fn from_name(name: &str) -> Option<Self> {
        let folded = deunicode::deunicode(name).to_ascii_lowercase();
        let mut slug = String::with_capacity(folded.len());
        for c in folded.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if matches!(c, '\'' | '\u{2019}' | '.') {
                // Apostrophes and dots join what they separate: "L'Isola", "A.I.D.S.".
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let mut slug = slug.trim_end_matches('-').to_owned();
        if slug.len() > Self::MAX_LEN {
            slug.truncate(Self::MAX_LEN);
            slug = slug.trim_end_matches('-').to_owned();
        }
        (!slug.is_empty()).then_some(Self(slug))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar year the registry accepts: from 1900 to the current year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Year(i32);

impl Year {
    pub const EARLIEST: i32 = 1900;

    pub fn parse(value: i64, current_year: i32) -> Result<Self, Message> {
        match i32::try_from(value) {
            Ok(year) if (Self::EARLIEST..=current_year).contains(&year) => Ok(Self(year)),
            // Years are text, so that they are not grouped like amounts ("2,026").
            _ => Err(Message::new("field-year-range")
                .with("value", value.to_string())
                .with("earliest", Self::EARLIEST.to_string())
                .with("latest", current_year.to_string())),
        }
    }

    /// The current year, which is always within range.
    pub fn current(current_year: i32) -> Self {
        Self(current_year.max(Self::EARLIEST))
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An absolute http or https URL with a host.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct WebUrl(String);

impl WebUrl {
    pub const MAX_LEN: usize = 2000;

    pub fn parse(value: &str) -> Result<Self, Message> {
        let value = value.trim();
        if value.len() > Self::MAX_LEN {
            return Err(Message::new("field-url-too-long").with("max", Self::MAX_LEN));
        }
        match url::Url::parse(value) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
                // Keep the URL as written: a source must cite what the author cited.
                Ok(Self(value.to_owned()))
            }
            Ok(_) => Err(Message::new("field-url-not-web").with("value", value)),
            Err(err) => Err(Message::new("field-url-invalid")
                .with("value", value)
                .with("reason", err.to_string())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 639 language code (two or three lowercase letters), such as `da` or `sv`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(value: &str) -> Result<Self, Message> {
        if (2..=3).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(Self(value.to_owned()))
        } else {
            Err(Message::new("field-language-code").with("value", value))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An e-mail address in the form people and mail servers use: a local part of the characters
/// RFC 5322 allows unquoted (dots only between them), `@`, and a domain of at least two labels of
/// letters, digits and inner hyphens (letters beyond ASCII allowed, as internationalised domains
/// are). Quoted local parts and address literals are refused: nobody gives those as a contact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(value: &str) -> Result<Self, Message> {
        // The length as sent, which is what the API's schema states.
        let short_enough = value.chars().count() <= Self::MAX_LEN;
        let value = value.trim();
        let well_formed = short_enough
            && value
                .rsplit_once('@')
                .is_some_and(|(local, domain)| Self::local_part(local) && Self::domain(domain));
        if well_formed {
            Ok(Self(value.to_owned()))
        } else {
            Err(Message::new("field-email-invalid").with("value", value))
        }
    }

    fn local_part(local: &str) -> bool {
        const SPECIALS: &str = "!#$%&'*+/=?^_`{|}~-";
        local.len() <= 64
            && local.split('.').all(|atom| {
                !atom.is_empty()
                    && atom
                        .chars()
                        .all(|c| c.is_alphanumeric() || SPECIALS.contains(c))
            })
    }

    fn domain(domain: &str) -> bool {
        let labels: Vec<&str> = domain.split('.').collect();
        labels.len() >= 2
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.chars().count() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            // A top-level domain is never all digits.
            && labels
                .last()
                .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A telephone number in international form, E.164 as people write it: `+`, the country code and
/// the number, 8 to 15 digits in all, grouped by spaces, hyphens, dots or brackets. Kept as
/// written (its spaces folded) for reading; [`Telephone::href`] dials it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Telephone(String);

impl Telephone {
    pub const MAX_LEN: usize = 30;

    pub fn parse(value: &str) -> Result<Self, Message> {
        let folded = value.split_whitespace().collect::<Vec<_>>().join(" ");
        let digits = folded.chars().filter(char::is_ascii_digit).count();
        let well_formed = value.chars().count() <= Self::MAX_LEN
            && folded
                .strip_prefix('+')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() && c != '0'))
            && folded[1..]
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
            && (8..=15).contains(&digits);
        if well_formed {
            Ok(Self(folded))
        } else {
            Err(Message::new("field-telephone-invalid").with("value", value.trim()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The `tel:` address that dials it: `+` and the digits.
    pub fn href(&self) -> String {
        let digits: String = self.0.chars().filter(char::is_ascii_digit).collect();
        format!("tel:+{digits}")
    }
}

/// A calendar day, written `YYYY-MM-DD` everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

const DAY_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

impl Day {
    pub fn parse(value: &str) -> Result<Self, Message> {
        Date::parse(value, DAY_FORMAT)
            .map(Self)
            .map_err(|_| Message::new("field-date").with("value", value))
    }

    pub fn date(self) -> Date {
        self.0
    }
}

impl From<Date> for Day {
    fn from(date: Date) -> Self {
        Self(date)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A Date always formats with this description; the fallback is unreachable in practice.
        match self.0.format(DAY_FORMAT) {
            Ok(text) => f.write_str(&text),
            Err(_) => Err(fmt::Error),
        }
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A whole number as a person or a program gave it: a JSON integer, or text such as "1994",
/// "67 000" or "1,994", since a browser form sends every value as text. Text that is not a whole
/// number is kept as typed, so that validation reports it against its field, beside every other
/// problem, instead of the whole record failing to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WholeNumber(Reading);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Reading {
    Number(i64),
    /// A blank value, which counts as not given: an empty form field.
    Blank,
    /// Trimmed text that is not a whole number.
    Text(String),
}

impl WholeNumber {
    /// Reads text, ignoring the spaces, narrow and no-break spaces and commas people group digits
    /// with.
    pub fn from_text(text: &str) -> Self {
        let text = text.trim();
        if text.is_empty() {
            return Self(Reading::Blank);
        }
        let digits: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{202f}' | '\u{a0}' | ','))
            .collect();
        match digits.parse() {
            Ok(number) => Self(Reading::Number(number)),
            Err(_) => Self(Reading::Text(text.to_owned())),
        }
    }

    /// The number; `Ok(None)` for a blank value, which counts as not given; or the problem with
    /// text that is not a whole number.
    pub fn get(&self) -> Result<Option<i64>, Message> {
        match &self.0 {
            Reading::Number(number) => Ok(Some(*number)),
            Reading::Blank => Ok(None),
            Reading::Text(text) => Err(Message::new("field-not-whole-number").with("value", text)),
        }
    }

    /// A value that is out of range or not a whole number, kept as text for validation to report.
    fn not_whole(text: impl fmt::Display) -> Self {
        Self(Reading::Text(text.to_string()))
    }
}

impl From<i64> for WholeNumber {
    fn from(number: i64) -> Self {
        Self(Reading::Number(number))
    }
}

/// As it was given, so that a form shows back what the person typed.
impl fmt::Display for WholeNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Reading::Number(number) => write!(f, "{number}"),
            Reading::Blank => Ok(()),
            Reading::Text(text) => f.write_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for WholeNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WholeNumberVisitor)
    }
}

/// Accepts every scalar: whatever is not a whole number becomes a validation error, not a failure
/// to read the record. Lists and objects are still refused while reading.
struct WholeNumberVisitor;

impl<'de> Visitor<'de> for WholeNumberVisitor {
    type Value = WholeNumber;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<WholeNumber, E> {
        Ok(WholeNumber::from(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<WholeNumber, E> {
        Ok(i64::try_from(value).map_or_else(|_| WholeNumber::not_whole(value), WholeNumber::from))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<WholeNumber, E> {
        Ok(i64::try_from(value).map_or_else(|_| WholeNumber::not_whole(value), WholeNumber::from))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<WholeNumber, E> {
        Ok(i64::try_from(value).map_or_else(|_| WholeNumber::not_whole(value), WholeNumber::from))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<WholeNumber, E> {
        // Debug keeps the fraction of 1994.0, so the message shows why it is not whole.
        Ok(WholeNumber::not_whole(format!("{value:?}")))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<WholeNumber, E> {
        Ok(WholeNumber::not_whole(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<WholeNumber, E> {
        Ok(WholeNumber::from_text(value))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<WholeNumber, E> {
        self.visit_str(&value)
    }

    fn visit_none<E: de::Error>(self) -> Result<WholeNumber, E> {
        Ok(WholeNumber(Reading::Blank))
    }

    fn visit_unit<E: de::Error>(self) -> Result<WholeNumber, E> {
        Ok(WholeNumber(Reading::Blank))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<WholeNumber, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// OpenAPI schemas for the value types: strings with a pattern or format, years as integers.
macro_rules! schema {
    ($type:ty, $kind:ident, $description:literal $(, $method:ident($value:expr))*) => {
        impl utoipa::PartialSchema for $type {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::$kind)
                    .description(Some($description))
                    $(.$method($value))*
                    .into()
            }
        }

        impl utoipa::ToSchema for $type {}
    };
}

schema!(
    Slug,
    String,
    "Lowercase letters and digits joined by single hyphens.",
    pattern(Some("^[a-z0-9]+(-[a-z0-9]+)*$")),
    max_length(Some(Slug::MAX_LEN))
);
schema!(
    Year,
    Integer,
    "A calendar year, from 1900 to the current year.",
    minimum(Some(Year::EARLIEST))
);
schema!(
    WebUrl,
    String,
    "An http or https URL.",
    format(Some(utoipa::openapi::SchemaFormat::Custom("uri".into())))
);
schema!(
    LanguageCode,
    String,
    "An ISO 639 language code.",
    pattern(Some("^[a-z]{2,3}$"))
);
schema!(
    Email,
    String,
    "An e-mail address: local part, @, a domain of two labels or more.",
    pattern(Some(r"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$")),
    max_length(Some(Email::MAX_LEN))
);
schema!(
    Telephone,
    String,
    "A telephone number in international form: + and the country code, 8 to 15 digits.",
    pattern(Some(r"^\s*\+[1-9][0-9\s().-]*$")),
    max_length(Some(Telephone::MAX_LEN))
);
schema!(
    Day,
    String,
    "A date, YYYY-MM-DD.",
    format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
        utoipa::openapi::KnownFormat::Date
    )))
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_must_be_real_ones() {
        for good in [
            "someone@example.org",
            "first.last+tag@mail.example.co.uk",
            "kontakt@brugerforeningen.dk",
            "info@straße.de",
        ] {
            assert!(Email::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "someone",
            "someone@",
            "@example.org",
            "some one@example.org",
            "someone@example",
            "someone@@example.org",
            "some..one@example.org",
            ".someone@example.org",
            "someone@-example.org",
            "someone@example..org",
            "someone@example.org.",
            "someone@127.0.0.1",
            "javascript:alert(1)@example.org",
            "\"quoted\"@example.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn telephone_numbers_are_international() {
        let parsed = Telephone::parse(" +44 20  7946 0000 ").unwrap();
        assert_eq!(parsed.as_str(), "+44 20 7946 0000");
        assert_eq!(parsed.href(), "tel:+442079460000");
        assert!(Telephone::parse("+49 (0)30 123-456.78").is_ok());
        for bad in [
            "020 7946 0000",
            "+0 20 7946 0000",
            "+44 12",
            "+44 1234 5678 9012 3456",
            "+44 20 7946 0000 ext 3",
            "tel:+442079460000",
            "+",
        ] {
            assert!(Telephone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn slugs_derive_from_names() {
        let derive = |name| Slug::from_name(name).map(|s| s.0);
        assert_eq!(derive("San Patrignano").as_deref(), Some("san-patrignano"));
        assert_eq!(
            derive("L'Isola di Arran").as_deref(),
            Some("lisola-di-arran")
        );
        assert_eq!(derive("JES Osnabrück").as_deref(), Some("jes-osnabruck"));
        assert_eq!(derive("  Act Up–Paris ").as_deref(), Some("act-up-paris"));
        assert_eq!(
            derive("Svenska Brukarföreningen").as_deref(),
            Some("svenska-brukarforeningen")
        );
        assert_eq!(derive("!!!"), None);
        assert!(derive(&"a".repeat(200)).unwrap().len() <= Slug::MAX_LEN);
    }

    #[test]
    fn slugs_are_checked() {
        assert!(Slug::parse("jes-bonn").is_ok());
        for bad in ["", "JES", "jes--bonn", "-jes", "jes-", "jes bonn", "jés"] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn years_are_bounded() {
        assert_eq!(Year::parse(1978, 2026).unwrap().get(), 1978);
        assert!(Year::parse(1899, 2026).is_err());
        assert!(Year::parse(2027, 2026).is_err());
        assert_eq!(
            Year::parse(2999, 2026).unwrap_err().to_string(),
            "2999 is not a year from 1900 to 2026"
        );
        assert!(Year::parse(i64::MAX, 2026).is_err());
    }

    #[test]
    fn urls_must_be_web_addresses() {
        assert!(WebUrl::parse("http://www.na.org/").is_ok());
        assert!(WebUrl::parse("javascript:alert(1)").is_err());
        assert!(WebUrl::parse("www.na.org").is_err());
        assert!(WebUrl::parse("mailto:a@b.c").is_err());
    }

    #[test]
    fn days_round_trip() {
        let day = Day::parse("2026-02-28").unwrap();
        assert_eq!(day.to_string(), "2026-02-28");
        assert!(Day::parse("2026-02-30").is_err());
        assert!(Day::parse("28/02/2026").is_err());
    }

    fn read(json: serde_json::Value) -> Result<Option<i64>, String> {
        serde_json::from_value::<WholeNumber>(json)
            .unwrap()
            .get()
            .map_err(|message| message.to_string())
    }

    #[test]
    fn whole_numbers_read_json_numbers() {
        assert_eq!(read(serde_json::json!(1994)), Ok(Some(1994)));
        assert_eq!(read(serde_json::json!(-12)), Ok(Some(-12)));
        assert_eq!(
            read(serde_json::json!(u64::MAX)),
            Err("\"18446744073709551615\" is not a whole number".into())
        );
        assert_eq!(
            read(serde_json::json!(1994.0)),
            Err("\"1994.0\" is not a whole number".into())
        );
        assert_eq!(
            read(serde_json::json!(true)),
            Err("\"true\" is not a whole number".into())
        );
        assert!(serde_json::from_value::<WholeNumber>(serde_json::json!([1])).is_err());
    }

    #[test]
    fn whole_numbers_read_text_as_people_write_it() {
        assert_eq!(read(serde_json::json!("1994")), Ok(Some(1994)));
        assert_eq!(read(serde_json::json!(" 1994 ")), Ok(Some(1994)));
        assert_eq!(read(serde_json::json!("67 000")), Ok(Some(67_000)));
        assert_eq!(read(serde_json::json!("67\u{202f}000")), Ok(Some(67_000)));
        assert_eq!(read(serde_json::json!("67\u{a0}000")), Ok(Some(67_000)));
        assert_eq!(read(serde_json::json!("1,994")), Ok(Some(1994)));
        assert_eq!(read(serde_json::json!("-5")), Ok(Some(-5)));
        assert_eq!(read(serde_json::json!("")), Ok(None));
        assert_eq!(read(serde_json::json!("  ")), Ok(None));
        assert_eq!(
            read(serde_json::json!(" 19x ")),
            Err("\"19x\" is not a whole number".into())
        );
        assert_eq!(
            read(serde_json::json!("19.5")),
            Err("\"19.5\" is not a whole number".into())
        );
        assert_eq!(WholeNumber::from_text(" 19x ").to_string(), "19x");
        assert_eq!(WholeNumber::from(1994), WholeNumber::from_text("1 994"));
    }

    /// Beside a flattened field, serde reads values through its own buffer; nested in a flattened
    /// struct, strings arrive both borrowed and owned.
    #[test]
    fn whole_numbers_read_through_flattened_structs() {
        #[derive(serde::Deserialize)]
        struct Inner {
            year: Option<WholeNumber>,
            #[serde(default)]
            count: Option<WholeNumber>,
        }
        #[derive(serde::Deserialize)]
        struct Sibling {
            #[serde(default)]
            year: Option<WholeNumber>,
            #[serde(flatten)]
            rest: std::collections::BTreeMap<String, serde_json::Value>,
        }
        #[derive(serde::Deserialize)]
        struct Nested {
            #[serde(flatten)]
            inner: Inner,
            #[serde(flatten)]
            rest: std::collections::BTreeMap<String, serde_json::Value>,
        }
        let get = |n: Option<WholeNumber>| n.map(|n| n.get().map_err(|m| m.to_string()));

        let text = r#"{"year": "1,994", "other": 1}"#;
        let sibling: Sibling = serde_json::from_str(text).unwrap();
        assert_eq!(get(sibling.year), Some(Ok(Some(1994))));
        assert!(sibling.rest.contains_key("other"));
        let sibling: Sibling = serde_json::from_str(r#"{"year": 1994}"#).unwrap();
        assert_eq!(get(sibling.year), Some(Ok(Some(1994))));
        let sibling: Sibling = serde_json::from_str(r#"{"year": null}"#).unwrap();
        assert_eq!(get(sibling.year), None);
        let sibling: Sibling = serde_json::from_str("{}").unwrap();
        assert_eq!(get(sibling.year), None);

        for json in [
            r#"{"year": "67 000", "count": "19x", "other": true}"#,
            r#"{"year": 67000, "count": "19x"}"#,
        ] {
            let borrowed: Nested = serde_json::from_str(json).unwrap();
            let value: serde_json::Value = serde_json::from_str(json).unwrap();
            let owned: Nested = serde_json::from_value(value).unwrap();
            for nested in [borrowed, owned] {
                assert_eq!(get(nested.inner.year), Some(Ok(Some(67_000))));
                assert_eq!(
                    get(nested.inner.count),
                    Some(Err("\"19x\" is not a whole number".into()))
                );
                assert!(!nested.rest.contains_key("year"));
            }
        }
        let nested: Nested = serde_json::from_str(r#"{"year": "", "count": null}"#).unwrap();
        assert_eq!(get(nested.inner.year), Some(Ok(None)));
        assert_eq!(get(nested.inner.count), None);
    }
}
