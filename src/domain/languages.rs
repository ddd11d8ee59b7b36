//! The languages an organisation can say it works in: the languages of Europe and those most
//! spoken by people who came to it, each named in itself (its autonym). A language named in its
//! own words needs no translation, and a reader finds their own language whatever the page's.

use super::types::LanguageCode;
use crate::i18n::Message;

/// ISO 639 code and autonym, ordered by code (the order the record stores them in).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("be", "беларуская"),
    ("bg", "български"),
    ("bs", "bosanski"),
    ("ca", "català"),
    ("cs", "čeština"),
    ("cy", "Cymraeg"),
    ("da", "dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "español"),
    ("et", "eesti"),
    ("eu", "euskara"),
    ("fa", "فارسی"),
    ("fi", "suomi"),
    ("fr", "français"),
    ("ga", "Gaeilge"),
    ("gl", "galego"),
    ("he", "עברית"),
    ("hr", "hrvatski"),
    ("hu", "magyar"),
    ("hy", "Հայերեն"),
    ("is", "íslenska"),
    ("it", "italiano"),
    ("ka", "ქართული"),
    ("ku", "Kurdî"),
    ("lb", "Lëtzebuergesch"),
    ("lt", "lietuvių"),
    ("lv", "latviešu"),
    ("mk", "македонски"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("no", "norsk"),
    ("pl", "polski"),
    ("ps", "پښتو"),
    ("pt", "português"),
    ("ro", "română"),
    ("rom", "romani čhib"),
    ("ru", "русский"),
    ("sk", "slovenčina"),
    ("sl", "slovenščina"),
    ("so", "Soomaali"),
    ("sq", "shqip"),
    ("sr", "српски"),
    ("sv", "svenska"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
    ("uk", "українська"),
    ("ur", "اردو"),
    ("vi", "Tiếng Việt"),
    ("zh", "中文"),
];

/// The language's name in itself, for a code of [`LANGUAGES`].
pub fn autonym(code: &str) -> Option<&'static str> {
    LANGUAGES
        .binary_search_by(|(known, _)| known.cmp(&code))
        .ok()
        .map(|i| LANGUAGES[i].1)
}

/// A language an organisation works in: one of [`LANGUAGES`].
pub fn parse_working_language(value: &str) -> Result<LanguageCode, Message> {
    match autonym(value) {
        Some(_) => LanguageCode::parse(value),
        None => Err(Message::new("field-working-language").with("value", value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_ordered_by_code_and_every_code_is_well_formed() {
        assert!(LANGUAGES.windows(2).all(|pair| pair[0].0 < pair[1].0));
        for (code, _) in LANGUAGES {
            assert!(LanguageCode::parse(code).is_ok(), "{code}");
        }
        assert_eq!(autonym("de"), Some("Deutsch"));
        assert_eq!(autonym("xx"), None);
    }

    #[test]
    fn only_listed_languages_are_working_languages() {
        assert_eq!(parse_working_language("pl").unwrap().as_str(), "pl");
        assert!(parse_working_language(" pl").is_err());
        assert!(parse_working_language("PL").is_err());
        assert!(parse_working_language("xx").is_err());
    }
}
