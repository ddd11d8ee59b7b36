//! Turning what a person typed into a safe FTS5 query.
//!
//! User text is words, never query syntax: it is split into runs of letters and digits, each run is
//! quoted as an FTS5 string (so `AND`, `NEAR`, `*`, `-`, `:` and parentheses mean nothing), and the
//! last word matches as a prefix, so results follow the user as they type.
//!
//! Words that name a city (`Köln`) match any of its names: they become
//! `("Köln"* OR "Cologne" OR "Koeln" OR …)`, which finds everything the words alone would and the
//! city's other spellings too, so a city name that is also a common word loses nothing. The
//! names come from the embedded GeoNames data (`search::understand`), as quoted phrases of their
//! letters and digits: never syntax either.

use super::catalogue::fold_words;
use super::understand::cities_in;

/// At most this many words are searched for; the rest are ignored.
const MAX_WORDS: usize = 16;

/// The words of a query, in order.
pub fn words(query: &str) -> Vec<&str> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect()
}

/// The FTS5 query for `query`, or `None` if it holds no words at all (only punctuation).
pub fn fts_query(query: &str) -> Option<String> {
    let words = words(query);
    if words.is_empty() {
        return None;
    }
    let term = |i: usize| match i + 1 == words.len() {
        true => format!("\"{}\"*", words[i]),
        false => format!("\"{}\"", words[i]),
    };
    let cities = cities_in(&words);
    if cities.is_empty() {
        return Some((0..words.len()).map(term).collect::<Vec<_>>().join(" "));
    }
    // FTS5 takes no implicit AND beside a parenthesis, so every AND is written out.
    let mut parts = Vec::new();
    let mut next = 0;
    for city in cities {
        parts.extend((next..city.start).map(term));
        let range = city.start..city.start + city.len;
        let typed: Vec<String> = range.clone().map(term).collect();
        let typed = match typed.len() {
            1 => typed.join(""),
            _ => format!("({})", typed.join(" AND ")),
        };
        let as_typed = words[range].join(" ").to_lowercase();
        let mut group = vec![typed];
        group.extend(city.city.phrases_besides(&as_typed));
        parts.push(format!("({})", group.join(" OR ")));
        next = city.start + city.len;
    }
    parts.extend((next..words.len()).map(term));
    Some(parts.join(" AND "))
}

/// Whether every word of `query` is one of `name_words` (the last as a prefix): such matches rank
/// first.
pub struct NameMatcher {
    words: Vec<String>,
}

impl NameMatcher {
    pub fn new(query: &str) -> Self {
        Self {
            words: fold_words(query),
        }
    }

    /// `name_words`: the folded words of the names, separated by single spaces.
    pub fn matches(&self, name_words: &str) -> bool {
        let Some((last, rest)) = self.words.split_last() else {
            return false;
        };
        rest.iter().all(|w| name_words.split(' ').any(|n| n == w))
            && name_words.split(' ').any(|n| n.starts_with(last.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_is_quoted_away() {
        assert_eq!(fts_query("narco").as_deref(), Some("\"narco\"*"));
        assert_eq!(
            fts_query("AND OR NEAR(a:b -x").as_deref(),
            Some("\"AND\" \"OR\" \"NEAR\" \"a\" \"b\" \"x\"*")
        );
        assert_eq!(fts_query("\"*((("), None);
        assert_eq!(fts_query("   "), None);
        assert_eq!(fts_query("Brück").as_deref(), Some("\"Brück\"*"));
    }

    #[test]
    fn a_city_matches_any_of_its_names() {
        let query = fts_query("peer Den Haag support").unwrap();
        assert!(
            query.starts_with("\"peer\" AND ((\"Den\" AND \"Haag\") OR \"The Hague\" OR "),
            "{query}"
        );
        assert!(query.contains(" OR \"s Gravenhage\" OR "), "{query}");
        assert!(query.ends_with(") AND \"support\"*"), "{query}");
        let query = fts_query("Lisboa").unwrap();
        assert!(
            query.starts_with("(\"Lisboa\"* OR \"Lisbon\" OR "),
            "{query}"
        );
        assert!(!query.contains("\"\""), "{query}");
        assert!(
            !query.contains("\"Lisboa\" "),
            "the name typed once: {query}"
        );
    }

    #[test]
    fn name_matches_fold_case_and_diacritics() {
        let name = fold_words("JES Osnabrück").join(" ");
        assert!(NameMatcher::new("osnabruck").matches(&name));
        assert!(NameMatcher::new("jes osna").matches(&name));
        assert!(!NameMatcher::new("bonn").matches(&name));
        assert!(!NameMatcher::new("?").matches(&name));
    }
}
