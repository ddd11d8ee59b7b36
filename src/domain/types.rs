//! Small validated value types: each can only hold a valid value, so code past the edge never
//! re-checks them.

use std::fmt;

use serde::{Serialize, Serializer};
use time::Date;

/// The URL-safe identifier of an organisation: lowercase ASCII letters and digits in runs joined by
/// single hyphens, at most 80 characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 80;

    pub fn parse(value: &str) -> Result<Self, String> {
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
            Err(format!(
                "\"{value}\" is not a slug: use lowercase letters and digits joined by single \
                 hyphens, at most {} characters",
                Self::MAX_LEN
            ))
        }
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

    pub fn parse(value: i64, current_year: i32) -> Result<Self, String> {
        match i32::try_from(value) {
            Ok(year) if (Self::EARLIEST..=current_year).contains(&year) => Ok(Self(year)),
            _ => Err(format!(
                "{value} is not a year from {} to {current_year}",
                Self::EARLIEST
            )),
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

    pub fn parse(value: &str) -> Result<Self, String> {
        let value = value.trim();
        if value.len() > Self::MAX_LEN {
            return Err(format!("a URL is at most {} characters", Self::MAX_LEN));
        }
        match url::Url::parse(value) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
                // Keep the URL as written: a source must cite what the author cited.
                Ok(Self(value.to_owned()))
            }
            Ok(_) => Err(format!(
                "\"{value}\" is not a web address: it must start with http:// or https://"
            )),
            Err(err) => Err(format!("\"{value}\" is not a valid URL ({err})")),
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(value: &str) -> Result<Self, String> {
        if (2..=3).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(Self(value.to_owned()))
        } else {
            Err(format!(
                "\"{value}\" is not an ISO 639 language code (two or three lowercase letters, such as da)"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A calendar day, written `YYYY-MM-DD` everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

const DAY_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

impl Day {
    pub fn parse(value: &str) -> Result<Self, String> {
        Date::parse(value, DAY_FORMAT)
            .map(Self)
            .map_err(|_| format!("\"{value}\" is not a date written YYYY-MM-DD"))
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
            Year::parse(2999, 2026).unwrap_err(),
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
}
