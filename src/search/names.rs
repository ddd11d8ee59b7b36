//! The catalogue's names, word by word, for the first rank of a relevance sort: the entries whose
//! names hold every word of the query (the last as a prefix).
//!
//! Checking each match's names in turn costs a cache miss or two per match: with a common word
//! (40 000 matches at 100 000 organisations) that was 20 ms, more than the rest of the search.
//! Kept as a bitmap per word, the check is a union and an intersection or two.

use std::collections::HashMap;

use roaring::{MultiOps, RoaringBitmap};

use super::catalogue::{Entry, fold_words};

/// For each folded word of any entry's names (its name and other names), the positions of the
/// entries whose names hold it.
#[derive(Debug, Default)]
pub struct NameWords {
    /// In byte order, so that the words with a prefix are a range.
    words: Vec<Box<str>>,
    holders: Vec<RoaringBitmap>,
}

impl NameWords {
    /// The words of `entries`, each entry at its position.
    pub fn build(entries: &[Entry]) -> Self {
        let mut by_word: HashMap<&str, RoaringBitmap> = HashMap::new();
        for (position, entry) in (0u32..).zip(entries) {
            for word in entry.name_words().split(' ').filter(|w| !w.is_empty()) {
                by_word.entry(word).or_default().insert(position);
            }
        }
        let mut pairs: Vec<(&str, RoaringBitmap)> = by_word.into_iter().collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let (words, holders) = pairs
            .into_iter()
            .map(|(word, holders)| (Box::from(word), holders))
            .unzip();
        Self { words, holders }
    }

    /// The entries whose names hold every word of `query` (folded as names are), the last as the
    /// beginning of a word; none if the query has no words.
    pub fn matching(&self, query: &str) -> RoaringBitmap {
        let words = fold_words(query);
        let Some((last, rest)) = words.split_last() else {
            return RoaringBitmap::new();
        };
        let start = self.words.partition_point(|w| **w < **last);
        let with_prefix = self.words[start..]
            .iter()
            .take_while(|w| w.starts_with(last.as_str()))
            .count();
        let mut matching = self.holders[start..start + with_prefix].iter().union();
        for word in rest {
            match self.words.binary_search_by(|w| (**w).cmp(word.as_str())) {
                Ok(i) => matching &= &self.holders[i],
                Err(_) => return RoaringBitmap::new(),
            }
        }
        matching
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::catalogue::CatalogueRow;
    use crate::search::catalogue::tests::row;

    /// Whether every word of `query` is one of `name_words` (the last as a prefix): the plain
    /// reading the index must agree with.
    fn plainly_matches(query: &str, name_words: &str) -> bool {
        let words = fold_words(query);
        let Some((last, rest)) = words.split_last() else {
            return false;
        };
        rest.iter().all(|w| name_words.split(' ').any(|n| n == w))
            && name_words.split(' ').any(|n| n.starts_with(last.as_str()))
    }

    #[test]
    fn matches_what_a_plain_reading_of_each_name_finds() {
        let names = [
            "JES Osnabrück",
            "JES Bonn",
            "Café Über das Café",
            "Peer Support Network",
            "Peers of Osnabrück",
            "",
            "K2 peer-led",
        ];
        let entries: Vec<Entry> = (0..)
            .zip(names)
            .map(|(id, name)| {
                let row = CatalogueRow {
                    aliases: None,
                    ..row(id, name, "listed")
                };
                Entry::from_row(row).unwrap()
            })
            .collect();
        let name_words: Vec<&str> = entries.iter().map(Entry::name_words).collect();
        let index = NameWords::build(&entries);
        for query in [
            "osnabruck",
            "jes osna",
            "jes",
            "JES Bonn",
            "bonn jes",
            "peer",
            "peers",
            "pee",
            "support peer",
            "cafe uber",
            "Café",
            "k2",
            "led",
            "?",
            "",
            "zzz",
            "jes zzz",
            "o",
        ] {
            let expected: RoaringBitmap = (0u32..)
                .zip(&name_words)
                .filter(|(_, words)| plainly_matches(query, words))
                .map(|(p, _)| p)
                .collect();
            assert_eq!(index.matching(query), expected, "{query:?}");
        }
        assert_eq!(index.matching("jes osna").iter().collect::<Vec<_>>(), [0]);
    }
}
