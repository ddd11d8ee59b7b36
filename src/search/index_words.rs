//! The words of the full-text index and how many organisations use each: the candidates for a
//! respelled query ([`super::suggest`]) and the words worth reading before anyone asks
//! ([`super::hits::warm`]). Counting them takes fts5vocab a walk through the whole index, so a
//! catalogue reads them once, when first needed, and keeps them as long as it lives.

use crate::db::{self, Pool};

#[derive(Debug, Default)]
pub struct IndexWords {
    /// In the index's order (by bytes), with the number of organisations using each.
    words: Vec<(Box<str>, u32)>,
}

impl IndexWords {
    pub async fn read(pool: &Pool) -> Result<Self, sqlx::Error> {
        let words = db::catalogue::index_words(pool).await?;
        Ok(Self::new(words))
    }

    fn new(words: Vec<(String, i64)>) -> Self {
        let mut words: Vec<(Box<str>, u32)> = words
            .into_iter()
            .map(|(word, uses)| {
                (
                    word.into_boxed_str(),
                    u32::try_from(uses).unwrap_or(u32::MAX),
                )
            })
            .collect();
        words.sort_unstable();
        Self { words }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words
            .binary_search_by(|(known, _)| known.as_ref().cmp(word))
            .is_ok()
    }

    /// The words that start with `first`, with their uses.
    pub fn starting_with(&self, first: char) -> impl Iterator<Item = (&str, u32)> {
        let mut prefix = [0; 4];
        let prefix: &str = first.encode_utf8(&mut prefix);
        let start = self
            .words
            .partition_point(|(word, _)| word.as_ref() < prefix);
        self.words[start..]
            .iter()
            .take_while(move |(word, _)| word.starts_with(first))
            .map(|(word, uses)| (word.as_ref(), *uses))
    }

    /// The words of three letters or more used by at least `min_uses` organisations, the most
    /// used first (then in order), at most `count`. Shorter words are left out: as a prefix,
    /// "a" or "in" stands for thousands of words, costly to read and to keep, and rarely
    /// searched for.
    pub fn most_used(&self, min_uses: u32, count: usize) -> Vec<String> {
        let mut used: Vec<(&str, u32)> = self
            .words
            .iter()
            .filter(|(word, uses)| *uses >= min_uses && word.chars().count() >= 3)
            .map(|(word, uses)| (word.as_ref(), *uses))
            .collect();
        used.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        used.into_iter()
            .take(count)
            .map(|(word, _)| word.to_owned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_words() -> IndexWords {
        IndexWords::new(
            [
                ("peer", 9),
                ("in", 12),
                ("naloxone", 3),
                ("pe", 1),
                ("people", 9),
                ("outreach", 4),
                ("ödland", 5),
                ("pub", 2),
            ]
            .map(|(word, uses)| (word.to_owned(), uses))
            .to_vec(),
        )
    }

    #[test]
    fn words_are_found_by_their_first_letter() {
        let words = index_words();
        let p: Vec<_> = words.starting_with('p').collect();
        assert_eq!(p, [("pe", 1), ("peer", 9), ("people", 9), ("pub", 2)]);
        assert_eq!(
            words.starting_with('ö').collect::<Vec<_>>(),
            [("ödland", 5)]
        );
        assert_eq!(words.starting_with('z').count(), 0);
        assert!(words.contains("people"));
        assert!(!words.contains("peop"));
    }

    #[test]
    fn the_most_used_words_come_first_short_ones_left_out() {
        let words = index_words();
        assert_eq!(
            words.most_used(4, 10),
            ["peer", "people", "ödland", "outreach"]
        );
        assert_eq!(words.most_used(1, 2), ["peer", "people"]);
        assert!(words.most_used(10, 10).is_empty());
    }
}
