//! Words of a search that name a filter become that filter: a country in the interface languages
//! or its own (`germany`, `Deutschland`, `Niemcy`), or a category, activity or user profile by its
//! name (`harm reduction`). `harm reduction germany` is then the harm-reduction organisations in
//! Germany, and any other words stay text. The longest name wins; a name two countries share
//! names neither.
//!
//! Country names come from Unicode CLDR, generated into `data/places/countries.tsv` by
//! `data/places/generate.py` and embedded here; nothing is fetched at run time.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::catalogue::fold_words;
use super::params::SearchParams;
use crate::domain::CountryCode;
use crate::domain::vocabulary::{Activity, Category, UserProfile, Vocabulary};

const COUNTRY_NAMES: &str = include_str!("../../data/places/countries.tsv");

/// Words of the query that became a filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Understood {
    /// The words as typed.
    pub words: String,
    /// The query parameter they became, such as `country`.
    pub parameter: &'static str,
    /// Its value, such as `DE`.
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    Country(CountryCode),
    Category(Category),
    Activity(Activity),
    Profile(UserProfile),
}

impl Term {
    fn parameter(self) -> &'static str {
        match self {
            Term::Country(_) => "country",
            Term::Category(_) => "category",
            Term::Activity(_) => "activity",
            Term::Profile(_) => "profile",
        }
    }

    fn value(self) -> String {
        match self {
            Term::Country(code) => code.code().to_owned(),
            Term::Category(v) => v.slug().to_owned(),
            Term::Activity(v) => v.slug().to_owned(),
            Term::Profile(v) => v.slug().to_owned(),
        }
    }

    fn apply(self, params: &mut SearchParams) {
        let filters = &mut params.filters;
        match self {
            Term::Country(code) => {
                filters.countries.insert(code);
            }
            Term::Category(v) => filters.categories.insert(v),
            Term::Activity(v) => filters.activities.insert(v),
            Term::Profile(v) => filters.profiles.insert(v),
        }
    }
}

/// Every name that becomes a filter, folded (lowercase ASCII words joined by spaces).
struct Lexicon {
    terms: HashMap<String, Term>,
    /// The most words in one name.
    longest: usize,
}

impl Lexicon {
    fn new() -> Self {
        let mut lexicon = Self {
            terms: HashMap::new(),
            longest: 1,
        };
        let mut ambiguous = Vec::new();
        for (code, name) in COUNTRY_NAMES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
        {
            let Ok(country) = code.parse::<CountryCode>() else {
                continue;
            };
            let key = fold_words(name).join(" ");
            match lexicon.terms.get(&key) {
                Some(Term::Country(other)) if *other != country => ambiguous.push(key),
                _ => lexicon.add(key, Term::Country(country)),
            }
        }
        for key in ambiguous {
            lexicon.terms.remove(&key);
        }
        lexicon.add_vocabulary::<Category>(Term::Category);
        lexicon.add_vocabulary::<Activity>(Term::Activity);
        lexicon.add_vocabulary::<UserProfile>(Term::Profile);
        lexicon
    }

    fn add(&mut self, key: String, term: Term) {
        if key.is_empty() {
            return;
        }
        self.longest = self.longest.max(key.split(' ').count());
        self.terms.insert(key, term);
    }

    /// A vocabulary by its labels; a country of the same name keeps it.
    fn add_vocabulary<V: Vocabulary>(&mut self, term: fn(V) -> Term) {
        for value in V::ALL {
            let key = fold_words(value.label()).join(" ");
            if !self.terms.contains_key(&key) {
                self.add(key, term(*value));
            }
        }
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::new)
}

/// Turns the words of `params.q` that name a filter into that filter, leaving the other words as
/// the text searched for; says which words became what.
pub fn understand(params: &mut SearchParams) -> Vec<Understood> {
    let q = std::mem::take(&mut params.q);
    let words: Vec<&str> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let folded: Vec<String> = words.iter().map(|w| fold_words(w).join(" ")).collect();
    let lexicon = lexicon();
    let mut understood = Vec::new();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let longest = lexicon.longest.min(words.len() - i);
        let found = (1..=longest).rev().find_map(|n| {
            let key = folded[i..i + n].join(" ");
            lexicon.terms.get(&key).map(|term| (n, *term))
        });
        match found {
            Some((n, term)) => {
                term.apply(params);
                understood.push(Understood {
                    words: words[i..i + n].join(" "),
                    parameter: term.parameter(),
                    value: term.value(),
                });
                i += n;
            }
            None => {
                rest.push(words[i]);
                i += 1;
            }
        }
    }
    params.q = match understood.is_empty() {
        true => q,
        false => rest.join(" "),
    };
    understood
}

#[cfg(test)]
mod tests {
    use super::*;

    fn understood(q: &str) -> (SearchParams, Vec<(String, &'static str, String)>) {
        let mut params = SearchParams {
            q: q.to_owned(),
            ..SearchParams::default()
        };
        let words = understand(&mut params)
            .into_iter()
            .map(|u| (u.words, u.parameter, u.value))
            .collect();
        (params, words)
    }

    #[test]
    fn countries_in_many_languages_and_categories_become_filters() {
        for q in [
            "germany",
            "Deutschland",
            "Allemagne",
            "Germania",
            "Niemcy",
            "Alemanha",
        ] {
            let (params, words) = understood(q);
            assert_eq!(words, [(q.to_owned(), "country", "DE".to_owned())], "{q}");
            assert_eq!(params.q, "");
        }
        let (params, words) = understood("harm reduction germany");
        assert_eq!(params.q, "");
        assert_eq!(
            words[0],
            ("harm reduction".into(), "category", "harm_reduction".into())
        );
        assert!(params.filters.categories.contains(Category::HarmReduction));
        assert_eq!(
            params
                .filters
                .countries
                .iter()
                .map(|c| c.code())
                .collect::<Vec<_>>(),
            ["DE"]
        );
    }

    #[test]
    fn other_words_stay_text_and_longer_names_win() {
        let (params, words) = understood("naloxone Vereinigtes Königreich peers");
        assert_eq!(params.q, "naloxone peers");
        assert_eq!(
            words,
            [("Vereinigtes Königreich".into(), "country", "GB".into())]
        );
        let (params, words) = understood("harm");
        assert_eq!(params.q, "harm");
        assert!(words.is_empty());
    }
}
