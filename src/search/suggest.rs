//! "Did you mean naloxone?": when a search finds nothing, each word the full-text index does not
//! know is replaced by the nearest word it does, from the registry's own names, cities, activities
//! and sources (the index holds only what the public may find). A suggestion is only offered if it
//! finds something; it never stands in for a result.

use super::catalogue::fold_words;
use super::index_words::IndexWords;

/// Words shorter than this are left as they are: too many words are one letter away.
const MIN_LEN: usize = 4;

/// The query with its unknown words replaced by the nearest known ones; `None` if every word is
/// known or none has a near neighbour.
pub fn respelled(index: &IndexWords, q: &str) -> Option<String> {
    let mut changed = false;
    let mut words = Vec::new();
    for word in fold_words(q) {
        match nearest(index, &word) {
            Some(better) => {
                changed = true;
                words.push(better);
            }
            None => words.push(word),
        }
    }
    changed.then(|| words.join(" "))
}

/// The known word nearest to `word`, if `word` is unknown and one is near enough: at most one
/// edit for words up to seven letters, two beyond. Among equals, the word more organisations use.
fn nearest(index: &IndexWords, word: &str) -> Option<String> {
    let length = word.chars().count();
    let first = word.chars().next().filter(|_| length >= MIN_LEN)?;
    let allowed = if length <= 7 { 1 } else { 2 };
    if index.contains(word) {
        return None;
    }
    let best = index
        .starting_with(first)
        .filter(|(term, _)| term.chars().count().abs_diff(length) <= allowed)
        .map(|(term, uses)| (strsim::damerau_levenshtein(word, term), uses, term))
        .filter(|(distance, _, _)| *distance <= allowed)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    best.map(|(_, _, term)| term.to_owned())
}
