//! "Did you mean naloxone?": when a search finds nothing, each word the full-text index does not
//! know is replaced by the nearest word it does, from the registry's own names, cities, activities
//! and sources (the index holds only what the public may find). A suggestion is only offered if it
//! finds something; it never stands in for a result.

use super::catalogue::fold_words;
use crate::db::{Pool, catalogue};

/// Words shorter than this are left as they are: too many words are one letter away.
const MIN_LEN: usize = 4;

/// The query with its unknown words replaced by the nearest known ones; `None` if every word is
/// known or none has a near neighbour.
pub async fn respelled(pool: &Pool, q: &str) -> Result<Option<String>, sqlx::Error> {
    let mut changed = false;
    let mut words = Vec::new();
    for word in fold_words(q) {
        match nearest(pool, &word).await? {
            Some(better) => {
                changed = true;
                words.push(better);
            }
            None => words.push(word),
        }
    }
    Ok(changed.then(|| words.join(" ")))
}

/// The known word nearest to `word`, if `word` is unknown and one is near enough: at most one
/// edit for words up to seven letters, two beyond. Among equals, the word more organisations use.
async fn nearest(pool: &Pool, word: &str) -> Result<Option<String>, sqlx::Error> {
    let length = word.chars().count();
    let Some(first) = word.chars().next().filter(|_| length >= MIN_LEN) else {
        return Ok(None);
    };
    let allowed = if length <= 7 { 1 } else { 2 };
    let terms = catalogue::terms_starting_with(pool, first).await?;
    if terms.iter().any(|(term, _)| term == word) {
        return Ok(None);
    }
    let best = terms
        .into_iter()
        .filter(|(term, _)| term.chars().count().abs_diff(length) <= allowed)
        .map(|(term, uses)| (strsim::damerau_levenshtein(word, &term), uses, term))
        .filter(|(distance, _, _)| *distance <= allowed)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    Ok(best.map(|(_, _, term)| term))
}
