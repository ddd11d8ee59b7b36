//! The interface's languages. Every sentence a person reads comes from the Fluent files under
//! `locales/<code>/`, compiled into the binary; code names a message by its key and passes its
//! arguments. English is the fallback only in the sense that a missing key shows its English text;
//! a test (`tests/app/languages.rs`) fails when any locale lacks a key English has, or has one it
//! lacks.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // The output goes into HTML, where Unicode isolation marks around arguments only add
        // invisible characters that break copying and searching.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_number));
        },
    };
}

/// The languages of the interface, English first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Nl,
    Pl,
}

impl Lang {
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
        Lang::Pl,
    ];

    /// The BCP 47 language code: `en`, `de`, ...
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::It => "Italiano",
            Lang::Pt => "Português",
            Lang::Nl => "Nederlands",
            Lang::Pl => "Polski",
        }
    }

    /// The Open Graph locale (`og:locale`), the language with its main European country.
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::En => "en_GB",
            Lang::De => "de_DE",
            Lang::Fr => "fr_FR",
            Lang::Es => "es_ES",
            Lang::It => "it_IT",
            Lang::Pt => "pt_PT",
            Lang::Nl => "nl_NL",
            Lang::Pl => "pl_PL",
        }
    }

    /// The language named by a code such as `de`, `DE` or `de-AT`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The address prefix of the language's pages: empty for English, where the site always
    /// was, `/de` for German.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::De => "/de",
            Lang::Fr => "/fr",
            Lang::Es => "/es",
            Lang::It => "/it",
            Lang::Pt => "/pt",
            Lang::Nl => "/nl",
            Lang::Pl => "/pl",
        }
    }

    /// The language a path's prefix names, and the path without it: `/de/about` is German
    /// `/about`, `/de` German `/`.
    pub fn of_path(path: &str) -> (Lang, &str) {
        for lang in Lang::ALL.into_iter().skip(1) {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                if rest.is_empty() {
                    return (lang, "/");
                }
                if rest.starts_with('/') {
                    return (lang, rest);
                }
            }
        }
        (Lang::En, path)
    }

    /// `path` (starting with `/`, possibly with a query) in this language.
    pub fn path(self, path: &str) -> String {
        match (self, path) {
            (Lang::En, _) => path.to_owned(),
            (_, "/") => self.prefix().to_owned(),
            _ if path.starts_with("/?") => format!("{}{}", self.prefix(), &path[1..]),
            _ => format!("{}{path}", self.prefix()),
        }
    }

    /// The interface language a browser's `Accept-Language` header prefers most, if it names
    /// one of ours (RFC 9110 §12.5.4: the highest `q` wins, earlier entries on a tie).
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for range in accept_language.split(',') {
            let mut parts = range.split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let Some(lang) = Lang::from_code(tag) else {
                continue;
            };
            if quality > 0.0 && best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
        best.map(|(lang, _)| lang)
    }

    fn identifier(self) -> &'static LanguageIdentifier {
        static IDENTIFIERS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
            Lang::ALL
                .iter()
                .map(|lang| {
                    lang.code()
                        .parse()
                        .expect("every language code is a valid identifier")
                })
                .collect()
        });
        &IDENTIFIERS[self as usize]
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message `key` with a number `$count`, which also selects its plural form.
    pub fn tn(self, key: &str, count: usize) -> String {
        self.message(&Message::new_dynamic(key).with("count", count))
    }

    /// The message `key` with one named argument.
    pub fn ta(self, key: &str, name: &'static str, value: impl Into<Arg>) -> String {
        self.message(&Message::new_dynamic(key).with(name, value))
    }

    /// The message `key` with two named arguments.
    pub fn ta2(
        self,
        key: &str,
        (first, first_value): (&'static str, impl Into<Arg>),
        (second, second_value): (&'static str, impl Into<Arg>),
    ) -> String {
        self.message(
            &Message::new_dynamic(key)
                .with(first, first_value)
                .with(second, second_value),
        )
    }

    /// A message in this language.
    pub fn message(self, message: &Message) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = message
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(number) => FluentValue::from(*number),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        self.lookup(&message.key, Some(&args))
    }

    fn lookup(
        self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        LOCALES
            .lookup_single_language(self.identifier(), key, args)
            .or_else(|_| LOCALES.lookup_single_language(Lang::En.identifier(), key, args))
            .unwrap_or_else(|_| {
                tracing::warn!(key, lang = self.code(), "no such message");
                key.to_owned()
            })
    }

    /// Whether this language has the message `key` of its own (not through the fallback). A
    /// message that cannot be written without its arguments counts as missing here.
    pub fn has(self, key: &str) -> bool {
        LOCALES
            .lookup_single_language::<&str>(self.identifier(), key, None)
            .is_ok()
    }

    /// Digit grouping by CLDR's rules for the language: the separator, and the smallest number
    /// grouped (Spanish, Polish and Portuguese leave four-digit numbers whole).
    fn digit_grouping(self) -> (&'static str, i64) {
        match self {
            Lang::En => (",", 1_000),
            Lang::De | Lang::It | Lang::Nl => (".", 1_000),
            Lang::Es => (".", 10_000),
            Lang::Fr => ("\u{202f}", 1_000),
            Lang::Pt | Lang::Pl => ("\u{a0}", 10_000),
        }
    }

    /// A whole number written as the language writes it: 12,345 / 12.345 / 12 345.
    pub fn number(self, number: i64) -> String {
        let (separator, smallest) = self.digit_grouping();
        let digits = number.unsigned_abs().to_string();
        if number.abs() < smallest {
            return number.to_string();
        }
        let mut out = String::with_capacity(digits.len() + 8);
        if number < 0 {
            out.push('-');
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The number formatter Fluent calls for every number it writes: whole numbers get the bundle
/// language's digit grouping.
fn format_number(
    value: &FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.fract() != 0.0 || number.value.abs() > 1e15 {
        return None;
    }
    memoizer
        .with_try_get::<BundleLang, _, _>((), |lang| lang.0.number(number.value as i64))
        .ok()
}

/// The bundle's language, recovered through Fluent's memoizer, which is the one place a
/// formatter learns it.
struct BundleLang(Lang);

impl intl_memoizer::Memoizable for BundleLang {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(BundleLang(
            Lang::from_code(lang.language.as_str()).unwrap_or_default(),
        ))
    }
}

/// A message to be shown in whatever language the reader has: its key and its arguments.
/// Domain code reports problems as messages, and the edge chooses the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    key: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(value: &$t) -> Self {
                Arg::from(*value)
            }
        }
    )*};
}
number_args!(i32, i64, u16, u32, u64, usize);

impl Message {
    /// The message `key`, without arguments yet.
    pub const fn new(key: &'static str) -> Self {
        Self {
            key: Cow::Borrowed(key),
            args: Vec::new(),
        }
    }

    /// A message whose key is put together at run time, such as a vocabulary value's.
    pub fn new_dynamic(key: &str) -> Self {
        Self {
            key: Cow::Owned(key.to_owned()),
            args: Vec::new(),
        }
    }

    /// The message with the argument `$name`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// The same arguments under another key: a form words a problem its own way, with the
    /// values the domain reported.
    pub fn rekeyed(&self, key: &str) -> Self {
        Self {
            key: Cow::Owned(key.to_owned()),
            args: self.args.clone(),
        }
    }

    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        lang.message(self)
    }
}

/// English, for logs, the command line and tests.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_prefix_names_the_language() {
        assert_eq!(Lang::of_path("/de/about"), (Lang::De, "/about"));
        assert_eq!(Lang::of_path("/de"), (Lang::De, "/"));
        assert_eq!(Lang::of_path("/design"), (Lang::En, "/design"));
        assert_eq!(Lang::of_path("/about"), (Lang::En, "/about"));
        assert_eq!(Lang::De.path("/"), "/de");
        assert_eq!(Lang::De.path("/organisations?q=x"), "/de/organisations?q=x");
        assert_eq!(Lang::En.path("/organisations"), "/organisations");
    }

    #[test]
    fn accept_language_picks_the_most_preferred_language_we_have() {
        assert_eq!(Lang::negotiate("de-AT,de;q=0.9,en;q=0.8"), Some(Lang::De));
        assert_eq!(Lang::negotiate("ja, pl;q=0.5, fr;q=0.7"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("ja, zh"), None);
        assert_eq!(Lang::negotiate("pt-BR;q=0"), None);
        assert_eq!(Lang::negotiate(""), None);
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(Lang::En.number(12345), "12,345");
        assert_eq!(Lang::De.number(1234567), "1.234.567");
        assert_eq!(Lang::Fr.number(1234), "1\u{202f}234");
        assert_eq!(Lang::Pl.number(1234), "1234");
        assert_eq!(Lang::Pl.number(12345), "12\u{a0}345");
        assert_eq!(Lang::En.number(999), "999");
    }
}
