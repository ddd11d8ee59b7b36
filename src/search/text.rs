//! Turning what a person typed into a safe FTS5 query.
//!
//! User text is words, never query syntax: it is split into runs of letters and digits, each run is
//! quoted as an FTS5 string (so `AND`, `NEAR`, `*`, `-`, `:` and parentheses mean nothing), and the
//! last word matches as a prefix, so results follow the user as they type.

use super::catalogue::fold_words;

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
    let (last, rest) = words.split_last()?;
    let mut fts: Vec<String> = rest.iter().map(|w| format!("\"{w}\"")).collect();
    fts.push(format!("\"{last}\"*"));
    Some(fts.join(" "))
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

    pub fn matches(&self, name_words: &[String]) -> bool {
        let Some((last, rest)) = self.words.split_last() else {
            return false;
        };
        rest.iter().all(|w| name_words.contains(w))
            && name_words.iter().any(|n| n.starts_with(last.as_str()))
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
        assert_eq!(fts_query("Osnabrück").as_deref(), Some("\"Osnabrück\"*"));
    }

    #[test]
    fn name_matches_fold_case_and_diacritics() {
        let name = fold_words("JES Osnabrück");
        assert!(NameMatcher::new("osnabruck").matches(&name));
        assert!(NameMatcher::new("jes osna").matches(&name));
        assert!(!NameMatcher::new("bonn").matches(&name));
        assert!(!NameMatcher::new("?").matches(&name));
    }
}
