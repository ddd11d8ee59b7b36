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

/// A search's text as FTS5 queries that must all match: one per word, or per city's names. Kept
/// apart because a query's matches are the intersection of its parts', and a part (a common word)
/// is worth reading once for every query that holds it (see `search::hits`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextQuery {
    parts: Vec<String>,
    /// How many phrases (quoted strings) each part holds: one for a word, several for a city.
    phrases: Vec<usize>,
}

impl TextQuery {
    /// The query for what a person typed, or `None` if it holds no words at all (only
    /// punctuation). Words are written in ASCII lower case, which the index does not tell apart
    /// from capitals, so that "Peer" and "peer" are one part.
    pub fn new(query: &str) -> Option<Self> {
        let words = words(query);
        if words.is_empty() {
            return None;
        }
        let term = |i: usize| {
            let word = words[i].to_ascii_lowercase();
            match i + 1 == words.len() {
                true => format!("\"{word}\"*"),
                false => format!("\"{word}\""),
            }
        };
        let mut parts = Vec::new();
        let mut phrases = Vec::new();
        let mut next = 0;
        for city in cities_in(&words) {
            parts.extend((next..city.start).map(term));
            phrases.resize(parts.len(), 1);
            let range = city.start..city.start + city.len;
            let typed: Vec<String> = range.clone().map(term).collect();
            let typed = match typed.len() {
                1 => typed.join(""),
                // FTS5 takes no implicit AND beside a parenthesis, so every AND is written out.
                _ => format!("({})", typed.join(" AND ")),
            };
            let as_typed = words[range].join(" ").to_lowercase();
            let besides = city.city.phrases_besides(&as_typed);
            phrases.push(city.len + besides.len());
            let mut group = vec![typed];
            group.extend(besides);
            parts.push(format!("({})", group.join(" OR ")));
            next = city.start + city.len;
        }
        parts.extend((next..words.len()).map(term));
        phrases.resize(parts.len(), 1);
        Some(Self { parts, phrases })
    }

    /// The parts, each an FTS5 query of its own.
    pub fn parts(&self) -> &[String] {
        &self.parts
    }

    /// How many phrases each part holds, in the parts' order: FTS5 numbers a query's phrases in
    /// the order the query writes them.
    pub fn phrases_per_part(&self) -> &[usize] {
        &self.phrases
    }

    /// The whole query, as one FTS5 query.
    pub fn whole(&self) -> String {
        self.parts.join(" AND ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts_query(query: &str) -> Option<String> {
        TextQuery::new(query).map(|query| query.whole())
    }

    #[test]
    fn syntax_is_quoted_away() {
        assert_eq!(fts_query("narco").as_deref(), Some("\"narco\"*"));
        assert_eq!(
            fts_query("AND OR NEAR(a:b -x").as_deref(),
            Some("\"and\" AND \"or\" AND \"near\" AND \"a\" AND \"b\" AND \"x\"*")
        );
        assert_eq!(fts_query("\"*((("), None);
        assert_eq!(fts_query("   "), None);
        // Only ASCII letters are lowered: the index folds the rest its own way.
        assert_eq!(fts_query("BRÜCK").as_deref(), Some("\"brÜck\"*"));
        let parts = TextQuery::new("Peer SUPPORT").unwrap();
        assert_eq!(parts.parts(), ["\"peer\"", "\"support\"*"]);
    }

    #[test]
    fn a_city_matches_any_of_its_names() {
        let query = fts_query("peer Den Haag support").unwrap();
        assert!(
            query.starts_with("\"peer\" AND ((\"den\" AND \"haag\") OR \"The Hague\" OR "),
            "{query}"
        );
        assert!(query.contains(" OR \"s Gravenhage\" OR "), "{query}");
        assert!(query.ends_with(") AND \"support\"*"), "{query}");
        let query = fts_query("Lisboa").unwrap();
        assert!(
            query.starts_with("(\"lisboa\"* OR \"Lisbon\" OR "),
            "{query}"
        );
        assert!(!query.contains("\"\""), "{query}");
        assert!(
            !query.contains("\"lisboa\" ") && !query.contains("\"Lisboa\" "),
            "the name typed once: {query}"
        );
    }
}
