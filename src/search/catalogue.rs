//! The in-memory catalogue: every organisation the public may see, with the fields that lists,
//! filters and facets need, held in name order with precomputed sort orders.
//!
//! Keeping this in memory is what makes facet counts over the whole registry cheap (sizes of
//! bitmap intersections instead of a GROUP BY per facet). It is rebuilt whenever the registry's change
//! counter moves, whichever process made the change.

use std::cmp::Reverse;
use std::sync::{Arc, RwLock};

use roaring::RoaringBitmap;

use super::bitmaps::Bitmaps;
use super::hits::{HitCache, TextHits};
use super::index_words::IndexWords;
use super::names::NameWords;
use super::text::TextQuery;
use crate::db::catalogue::{CatalogueData, CatalogueRow};
use crate::db::{self, Pool};
use crate::domain::vocabulary::{
    Activity, Category, MeetingMode, Scope, Set, Status, UserLedDegree, UserProfile, Visibility,
    Vocabulary,
};
use crate::domain::{CountryCode, Day, Slug};

/// One visible organisation. Visibility is applied here, once: a discreet organisation keeps only
/// its name, categories and countries, so no list, filter, facet or export can reveal more.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    /// The entry's texts (see [`Text`]) one after another in one allocation: at 100 000
    /// organisations, one allocation per text cost more memory than the texts.
    texts: Box<str>,
    /// Where each text ends in `texts`; each starts where the one before ends.
    ends: [u32; Text::COUNT],
    /// The optional texts that are given, a bit per [`Text`].
    given: u8,
    pub visibility: Visibility,
    pub categories: Set<Category>,
    pub countries: Vec<CountryCode>,
    pub scope: Option<Scope>,
    pub founded_year: Option<i32>,
    pub ended_year: Option<i32>,
    pub status: Option<Status>,
    pub degree: Option<UserLedDegree>,
    pub activities: Set<Activity>,
    pub profiles: Set<UserProfile>,
    pub meets: Option<MeetingMode>,
    /// When the entry was last checked against the organisation.
    pub last_verified: Option<Day>,
    /// The year of its newest dated source: how old what it says may be.
    pub newest_source_year: Option<i32>,
    pub has_evaluation: bool,
}

/// The texts of an entry, in the order they are kept.
#[derive(Debug, Clone, Copy)]
enum Text {
    Slug,
    Name,
    Summary,
    City,
    Website,
    CreatedAt,
    UpdatedAt,
    /// Last: the aliases' words are appended as they are read.
    NameWords,
}

impl Text {
    const COUNT: usize = 8;
}

impl Entry {
    pub fn url(&self) -> String {
        format!("/organisations/{}", self.slug())
    }

    pub fn is_discreet(&self) -> bool {
        self.visibility == Visibility::Discreet
    }

    fn text(&self, text: Text) -> &str {
        let i = text as usize;
        let start = i.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.texts[start as usize..self.ends[i] as usize]
    }

    fn optional(&self, text: Text) -> Option<&str> {
        (self.given & (1 << text as u8) != 0).then(|| self.text(text))
    }

    pub fn slug(&self) -> &str {
        self.text(Text::Slug)
    }

    /// The slug as the domain's type: it was checked when the entry was read.
    pub fn to_slug(&self) -> Slug {
        Slug::checked_before(self.slug())
    }

    pub fn name(&self) -> &str {
        self.text(Text::Name)
    }

    /// The description in one line, for result cards: see [`one_line_summary`].
    pub fn summary(&self) -> Option<&str> {
        self.optional(Text::Summary)
    }

    pub fn city(&self) -> Option<&str> {
        self.optional(Text::City)
    }

    pub fn website(&self) -> Option<&str> {
        self.optional(Text::Website)
    }

    /// When it was added (RFC 3339).
    pub fn created_at(&self) -> &str {
        self.text(Text::CreatedAt)
    }

    /// When it last changed (RFC 3339).
    pub fn updated_at(&self) -> &str {
        self.text(Text::UpdatedAt)
    }

    /// Name and aliases, folded to lowercase ASCII words separated by single spaces, for ranking
    /// name matches first.
    pub fn name_words(&self) -> &str {
        self.text(Text::NameWords)
    }
}

/// Lays out an entry's texts: `texts` in [`Text`] order, `None` for one not given.
fn lay_out(texts: [Option<&str>; Text::COUNT]) -> (Box<str>, [u32; Text::COUNT], u8) {
    let mut all = String::with_capacity(texts.iter().flatten().map(|t| t.len()).sum());
    let mut ends = [0; Text::COUNT];
    let mut given = 0;
    for (i, text) in texts.iter().enumerate() {
        if let Some(text) = text {
            all.push_str(text);
            given |= 1 << i;
        }
        // Texts are far shorter than 4 GB: a record is at most a few megabytes.
        ends[i] = u32::try_from(all.len()).unwrap_or(u32::MAX);
    }
    (all.into_boxed_str(), ends, given)
}

#[derive(Debug)]
pub struct Catalogue {
    pub version: i64,
    /// When the registry last changed (RFC 3339).
    pub changed_at: String,
    /// In name order.
    entries: Vec<Entry>,
    /// The positions of the entries with each value filters and facets read.
    bitmaps: Bitmaps,
    /// The words of the names, for the first rank of a relevance sort.
    names: NameWords,
    /// Entry positions by organisation id (ids are dense row ids); `NOWHERE` for an id that is
    /// not in the catalogue.
    by_id: Vec<u32>,
    /// Entry positions in slug order, for lookups by slug.
    by_slug: Vec<u32>,
    /// Entry positions by founding year ascending, descending (unknown years last in both), and
    /// by last update, newest first.
    by_founded: Vec<u32>,
    by_founded_desc: Vec<u32>,
    by_updated: Vec<u32>,
    /// By when they were added, newest first (the home page's recent additions).
    by_created: Vec<u32>,
    /// The text matches of recent queries, valid as long as this catalogue is.
    text_hits: HitCache,
    /// The index's words, read when first needed.
    index_words: tokio::sync::OnceCell<IndexWords>,
}

/// Lowercase ASCII words of a text, the way search compares names.
pub fn fold_words(text: &str) -> Vec<String> {
    deunicode::deunicode(text)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The longest summary a result card shows, in characters.
pub const SUMMARY_CHARS: usize = 160;

/// A description in one line: its first sentence when that fits in [`SUMMARY_CHARS`], else its
/// beginning cut at a word boundary with an ellipsis. Whitespace runs (line breaks too) become
/// single spaces. Kept in the catalogue so that no list has to read whole records.
pub fn one_line_summary(description: &str) -> String {
    summary_of(&leading_words(description, SUMMARY_CHARS))
}

/// The first words of `text`, separated by single spaces, up to the first that ends past its
/// first `chars` characters: a summary reads no further (a sentence that ends later is cut
/// anyway), and a catalogue makes one for every organisation, so the rest of a long description
/// is not copied.
fn leading_words(text: &str, chars: usize) -> String {
    let mut words = String::new();
    let mut count = 0;
    for word in text.split_whitespace() {
        if count > chars {
            break;
        }
        if !words.is_empty() {
            words.push(' ');
            count += 1;
        }
        words.push_str(word);
        count += word.chars().count();
    }
    words
}

/// [`one_line_summary`] of words separated by single spaces.
fn summary_of(text: &str) -> String {
    let sentence = first_sentence(text);
    if sentence.chars().count() <= SUMMARY_CHARS {
        return sentence.to_owned();
    }
    // Room for the ellipsis; cut after the last whole word that fits.
    let limit = text
        .char_indices()
        .nth(SUMMARY_CHARS - 1)
        .map_or(text.len(), |(i, _)| i);
    let cut = match text[limit..].starts_with(' ') {
        true => limit,
        false => text[..limit].rfind(' ').unwrap_or(limit),
    };
    let kept = text[..cut].trim_end_matches(|c: char| {
        c == ',' || c == ';' || c == ':' || c == ' ' || c == '-' || c == '–'
    });
    format!("{kept}…")
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "st", "dr", "mr", "mrs", "ms", "prof", "no", "nr", "e.g", "i.e", "cf", "vs",
];

/// The text (words separated by single spaces) up to the end of its first sentence: a word
/// ending in `.`, `!` or `?` (perhaps inside a closing quote or bracket) followed by one that
/// starts with a capital, a digit or an opening quote, unless the word is an initial ("R.") or
/// an abbreviation ("St. Anna"); the whole text if no sentence ends before it does.
fn first_sentence(text: &str) -> &str {
    let mut end = 0;
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.next() {
        end += word.len();
        let Some(next) = words.peek() else { break };
        let bare = word.trim_end_matches(['"', '\'', '’', '”', '»', ')']);
        let stem = bare.trim_end_matches(['.', '!', '?']);
        let ends = bare.len() > stem.len()
            && stem.chars().filter(|c| c.is_alphanumeric()).count() > 1
            && !ABBREVIATIONS.contains(&stem.to_lowercase().as_str())
            && next
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"'“‘«„(".contains(c));
        if ends {
            return &text[..end];
        }
        end += 1;
    }
    text
}

#[cfg(test)]
mod summary_tests {
    use super::*;

    #[test]
    fn a_summary_is_the_first_sentence() {
        assert_eq!(
            one_line_summary("ASUD was founded in 1993.\nIt campaigns. And more."),
            "ASUD was founded in 1993."
        );
        assert_eq!(
            one_line_summary("It meets at St. Anna in Vienna. Since 2001."),
            "It meets at St. Anna in Vienna."
        );
        assert_eq!(
            one_line_summary("Set up by R. Webster and peers! Then grew."),
            "Set up by R. Webster and peers!"
        );
        assert_eq!(one_line_summary("No full stop here"), "No full stop here");
        assert_eq!(one_line_summary(""), "");
    }

    #[test]
    fn a_summary_reads_only_the_words_it_needs() {
        let sentences = [
            "Short one.",
            "It meets at St. Anna in Vienna.",
            "A much longer sentence that goes on, and on, with commas; colons: and dashes – about peer work in several cities",
            "R. Webster founded it!",
            "\"Quoted,\" she said.",
        ];
        let mut checked = 0;
        for first in 0..sentences.len() {
            for repeat in 0..6 {
                for second in 0..sentences.len() {
                    let description = format!(
                        "{}  {}\n{}",
                        sentences[first].repeat(repeat + 1),
                        sentences[second],
                        "tail words ".repeat(repeat * 10)
                    );
                    let all = description.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert_eq!(
                        one_line_summary(&description),
                        summary_of(&all),
                        "{description}"
                    );
                    checked += usize::from(leading_words(&description, SUMMARY_CHARS) != all);
                }
            }
        }
        // Most descriptions were longer than what the summary read.
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn a_long_sentence_is_cut_at_a_word_with_an_ellipsis() {
        let long = "word, ".repeat(60);
        let summary = one_line_summary(&long);
        assert!(summary.ends_with("word…"), "{summary}");
        assert!(summary.chars().count() <= SUMMARY_CHARS, "{summary}");
        let unbroken = "x".repeat(400);
        let summary = one_line_summary(&unbroken);
        assert_eq!(summary.chars().count(), SUMMARY_CHARS);
        assert!(summary.ends_with('…'));
    }
}

fn sort_key(name: &str) -> String {
    deunicode::deunicode(name).to_lowercase()
}

impl Entry {
    /// The entry for a stored row, with what its visibility hides left out; `None` for a row
    /// whose visibility or slug no longer parses.
    pub(crate) fn from_row(row: CatalogueRow) -> Option<Self> {
        let visibility: Visibility = row.visibility.parse().ok()?;
        let listed = visibility == Visibility::Listed;
        let year = |year: Option<i64>| year.and_then(|y| i32::try_from(y).ok());
        let summary = listed.then(|| one_line_summary(&row.description));
        // Other names rank as the name does, for listed organisations.
        let aliases: Vec<String> = match (&row.aliases, listed) {
            (Some(aliases), true) => serde_json::from_str(aliases).unwrap_or_default(),
            _ => Vec::new(),
        };
        let name_words = std::iter::once(row.name.as_str())
            .chain(aliases.iter().map(String::as_str))
            .flat_map(fold_words)
            .collect::<Vec<_>>()
            .join(" ");
        Slug::parse(&row.slug).ok()?;
        let (texts, ends, given) = lay_out([
            Some(&row.slug),
            Some(&row.name),
            summary.as_deref(),
            row.city.as_deref().filter(|_| listed),
            row.website.as_deref().filter(|_| listed),
            Some(&row.created_at),
            Some(&row.updated_at),
            Some(&name_words),
        ]);
        Some(Entry {
            id: row.id,
            texts,
            ends,
            given,
            visibility,
            // Categories and countries stay visible for discreet organisations; the other sets
            // are kept for listed ones only.
            categories: set_of(row.categories.as_deref()),
            countries: values(row.countries.as_deref())
                .filter_map(|c| c.parse().ok())
                .collect(),
            scope: row.scope.and_then(|s| s.parse().ok()).filter(|_| listed),
            founded_year: year(row.founded_year).filter(|_| listed),
            ended_year: year(row.ended_year).filter(|_| listed),
            status: row.status.parse().ok().filter(|_| listed),
            degree: row.user_led_degree.parse().ok().filter(|_| listed),
            activities: set_of(row.activities.as_deref().filter(|_| listed)),
            profiles: set_of(row.profiles.as_deref().filter(|_| listed)),
            meets: row.meets.and_then(|m| m.parse().ok()).filter(|_| listed),
            last_verified: row
                .last_verified
                .and_then(|d| Day::parse(&d).ok())
                .filter(|_| listed),
            newest_source_year: year(row.newest_source_year).filter(|_| listed),
            has_evaluation: row.evaluated && listed,
        })
    }
}

/// The values of a set as stored: joined by commas.
fn values(joined: Option<&str>) -> impl Iterator<Item = &str> {
    joined
        .unwrap_or_default()
        .split(',')
        .filter(|value| !value.is_empty())
}

/// The set of the values that parse; a value this version does not know is left out.
fn set_of<V: Vocabulary + std::str::FromStr>(joined: Option<&str>) -> Set<V> {
    let mut set = Set::empty();
    for value in values(joined).filter_map(|v| v.parse().ok()) {
        set.insert(value);
    }
    set
}

/// Puts `entries` in `order` (a permutation of their positions) in place, by swaps.
fn permute(entries: &mut [Entry], order: &[u32]) {
    // Where each entry goes.
    let mut target = vec![0u32; order.len()];
    for (to, &from) in order.iter().enumerate() {
        target[from as usize] = to as u32;
    }
    for i in 0..entries.len() {
        while target[i] as usize != i {
            let j = target[i] as usize;
            entries.swap(i, j);
            target.swap(i, j);
        }
    }
}

/// No position: an id the catalogue does not hold.
const NOWHERE: u32 = u32::MAX;

/// Entry positions indexed by organisation id.
fn positions_by_id(entries: &[Entry]) -> Vec<u32> {
    let highest = entries
        .iter()
        .filter_map(|e| usize::try_from(e.id).ok())
        .max()
        .unwrap_or(0);
    let mut by_id = vec![NOWHERE; highest + 1];
    for (position, entry) in entries.iter().enumerate() {
        if let Ok(slot) = usize::try_from(entry.id) {
            by_id[slot] = position as u32;
        }
    }
    by_id
}

/// Entry positions ordered by `key`; ties keep name order.
fn positions_by<'a, K: Ord>(entries: &'a [Entry], key: impl Fn(&'a Entry) -> K) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..entries.len() as u32).collect();
    positions.sort_by_key(|&i| key(&entries[i as usize]));
    positions
}

impl Catalogue {
    /// The catalogue of stored rows (for tests and tools: the server reads them with
    /// [`db::catalogue::load`]).
    pub fn build(data: CatalogueData) -> Self {
        Self::from_entries(CatalogueData {
            version: data.version,
            changed_at: data.changed_at,
            rows: data.rows.into_iter().filter_map(Entry::from_row).collect(),
        })
    }

    /// The catalogue of entries already read from their rows.
    pub fn from_entries(data: CatalogueData<Entry>) -> Self {
        let mut entries = data.rows;
        for entry in &mut entries {
            entry.countries.sort();
            entry.countries.shrink_to_fit();
        }
        // Keys worked out once, without copying the slugs that break ties: the rebuild's largest
        // passing allocation otherwise.
        let keys: Vec<Box<str>> = entries.iter().map(|e| sort_key(e.name()).into()).collect();
        let mut order: Vec<u32> = (0..entries.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            keys[a]
                .cmp(&keys[b])
                .then_with(|| entries[a].slug().cmp(entries[b].slug()))
        });
        drop(keys);
        permute(&mut entries, &order);
        let bitmaps = Bitmaps::build(&entries);
        let names = NameWords::build(&entries);
        let by_id = positions_by_id(&entries);

        let by_founded = positions_by(&entries, |e| (e.founded_year.is_none(), e.founded_year));
        let by_founded_desc = positions_by(&entries, |e| {
            (e.founded_year.is_none(), Reverse(e.founded_year))
        });
        let by_updated = positions_by(&entries, |e| Reverse(e.updated_at()));
        let by_created = positions_by(&entries, |e| Reverse(e.created_at()));
        let by_slug = positions_by(&entries, Entry::slug);
        Self {
            version: data.version,
            changed_at: data.changed_at,
            entries,
            bitmaps,
            names,
            by_id,
            by_slug,
            by_founded,
            by_founded_desc,
            by_updated,
            by_created,
            text_hits: HitCache::default(),
            index_words: tokio::sync::OnceCell::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, position: u32) -> &Entry {
        &self.entries[position as usize]
    }

    pub fn bitmaps(&self) -> &Bitmaps {
        &self.bitmaps
    }

    pub(super) fn hit_cache(&self) -> &HitCache {
        &self.text_hits
    }

    pub fn names(&self) -> &NameWords {
        &self.names
    }

    pub fn position_of_id(&self, id: i64) -> Option<u32> {
        let slot = usize::try_from(id).ok()?;
        self.by_id.get(slot).copied().filter(|&p| p != NOWHERE)
    }

    pub fn by_slug(&self, slug: &str) -> Option<&Entry> {
        let found = self
            .by_slug
            .binary_search_by(|&p| self.entry(p).slug().cmp(slug));
        found.ok().map(|i| self.entry(self.by_slug[i]))
    }

    pub fn by_id(&self, id: i64) -> Option<&Entry> {
        self.position_of_id(id).map(|i| self.entry(i))
    }

    /// The positions of `matched` in `order`.
    pub(super) fn in_order(&self, order: Order, matched: &RoaringBitmap) -> Vec<u32> {
        let ordered = match order {
            Order::Founded => &self.by_founded,
            Order::FoundedDesc => &self.by_founded_desc,
            Order::Updated => &self.by_updated,
        };
        ordered
            .iter()
            .copied()
            .filter(|&p| matched.contains(p))
            .collect()
    }

    /// What the text `query` matches, and how the matches rank; read once per
    /// catalogue for the queries asked recently.
    pub async fn text_hits(
        &self,
        pool: &Pool,
        query: &TextQuery,
    ) -> Result<Arc<TextHits>, sqlx::Error> {
        self.text_hits.get(pool, self, query).await
    }

    /// The words of the full-text index, read once per catalogue.
    pub async fn index_words(&self, pool: &Pool) -> Result<&IndexWords, sqlx::Error> {
        self.index_words
            .get_or_try_init(|| IndexWords::read(pool))
            .await
    }

    /// The most recently added organisations, newest first.
    pub fn recent(&self, count: usize) -> Vec<&Entry> {
        // Additions of the same moment read alphabetically: `positions_by` keeps name order.
        self.by_created
            .iter()
            .take(count)
            .map(|&p| self.entry(p))
            .collect()
    }
}

/// The orders kept besides name order (the positions' own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    Founded,
    FoundedDesc,
    Updated,
}

/// Shares the current catalogue between requests and rebuilds it when the registry changes.
#[derive(Default)]
pub struct CatalogueCache {
    /// `None` until the first request builds it.
    current: RwLock<Option<Arc<Catalogue>>>,
    rebuilding: tokio::sync::Mutex<()>,
}

impl CatalogueCache {
    /// The catalogue for the registry as it is now: one small query to compare change counters,
    /// and a rebuild only when they differ.
    pub async fn get(&self, pool: &Pool) -> Result<Arc<Catalogue>, sqlx::Error> {
        let mut conn = pool.acquire().await?;
        let (version, _) = db::catalogue::state(&mut conn).await?;
        drop(conn);
        if let Some(current) = self.fresh(version) {
            return Ok(current);
        }
        // One rebuild at a time; requests that waited find it done.
        let _guard = self.rebuilding.lock().await;
        let mut conn = pool.acquire().await?;
        let (version, _) = db::catalogue::state(&mut conn).await?;
        drop(conn);
        if let Some(current) = self.fresh(version) {
            return Ok(current);
        }
        let data = db::catalogue::load(pool, Entry::from_row).await?;
        let catalogue = Arc::new(Catalogue::from_entries(data));
        tracing::info!(
            organisations = catalogue.len(),
            version = catalogue.version,
            "catalogue rebuilt"
        );
        *self
            .current
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(catalogue.clone());
        // In the background: a search for a word being warmed waits for that one reading.
        let (warming, pool) = (Arc::downgrade(&catalogue), pool.clone());
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match super::hits::warm(warming, &pool).await {
                Ok(words) => tracing::info!(
                    words,
                    elapsed_ms = started.elapsed().as_millis(),
                    "most frequent words read"
                ),
                Err(error) => tracing::warn!(%error, "reading the most frequent words failed"),
            }
        });
        Ok(catalogue)
    }

    /// The catalogue for the registry at `version`, which the caller read along with what it
    /// shows: no query of its own unless the registry has changed since the catalogue was built.
    pub async fn at_version(
        &self,
        pool: &Pool,
        version: i64,
    ) -> Result<Arc<Catalogue>, sqlx::Error> {
        match self.fresh(version) {
            Some(current) => Ok(current),
            None => self.get(pool).await,
        }
    }

    fn fresh(&self, version: i64) -> Option<Arc<Catalogue>> {
        self.current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
            .filter(|current| current.version == version)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A stored row for tests: listed, with two other names ("Das Café", "K2").
    pub(crate) fn row(id: i64, name: &str, visibility: &str) -> CatalogueRow {
        CatalogueRow {
            id,
            slug: format!("org-{id}"),
            name: name.into(),
            description: "Runs a café. Also more.".into(),
            visibility: visibility.into(),
            city: Some(String::new()),
            scope: None,
            founded_year: None,
            ended_year: None,
            status: "active".into(),
            user_led_degree: "unclear".into(),
            website: None,
            meets: None,
            last_verified: None,
            newest_source_year: None,
            created_at: "2026-01-01T00:00:00Z".into(),
            updated_at: "2026-02-01T00:00:00Z".into(),
            categories: Some("advocacy,research".into()),
            countries: Some("FR,DE".into()),
            activities: Some("naloxone_training,no_such_activity".into()),
            profiles: None,
            aliases: Some(r#"["Das Café", "K2"]"#.into()),
            evaluated: true,
        }
    }

    #[test]
    fn an_entry_keeps_each_text_apart_in_one_allocation() {
        let entry = Entry::from_row(row(1, "Café Über", "listed")).unwrap();
        assert_eq!(entry.slug(), "org-1");
        assert_eq!(entry.to_slug().as_str(), "org-1");
        assert_eq!(entry.name(), "Café Über");
        assert_eq!(entry.summary(), Some("Runs a café."));
        // Given but empty is not the same as not given.
        assert_eq!(entry.city(), Some(""));
        assert_eq!(entry.website(), None);
        assert_eq!(entry.created_at(), "2026-01-01T00:00:00Z");
        assert_eq!(entry.updated_at(), "2026-02-01T00:00:00Z");
        // The other names, in their order, rank as the name does.
        assert_eq!(entry.name_words(), "cafe uber das cafe k2");
    }

    #[test]
    fn an_entry_reads_its_sets_and_a_discreet_one_keeps_only_categories_and_countries() {
        let entry = Entry::from_row(row(1, "Open", "listed")).unwrap();
        let slugs = |set: Vec<&str>| set.join(" ");
        assert_eq!(
            slugs(entry.categories.iter().map(|c| c.slug()).collect()),
            "advocacy research"
        );
        // Unknown values are left out.
        assert_eq!(
            slugs(entry.activities.iter().map(|a| a.slug()).collect()),
            "naloxone_training"
        );
        assert!(entry.profiles.is_empty());
        assert!(entry.has_evaluation);

        let discreet = Entry::from_row(row(2, "Quiet", "discreet")).unwrap();
        assert_eq!(discreet.categories, entry.categories);
        assert_eq!(discreet.countries.len(), 2);
        assert!(discreet.activities.is_empty());
        assert!(!discreet.has_evaluation);
        assert_eq!((discreet.summary(), discreet.city()), (None, None));
        assert_eq!(discreet.name_words(), "quiet");
    }

    #[test]
    fn a_row_whose_slug_no_longer_parses_is_left_out() {
        let mut bad = row(1, "Bad", "listed");
        bad.slug = "Not A Slug".into();
        assert!(Entry::from_row(bad).is_none());
    }

    #[test]
    fn entries_are_in_name_order_whatever_order_they_come_in() {
        let names = ["Zeta", "alpha", "Émile", "beta", "Alpha"];
        let rows = (1..).zip(names).map(|(id, name)| row(id, name, "listed"));
        let catalogue = Catalogue::build(CatalogueData {
            version: 1,
            changed_at: String::new(),
            rows: rows.collect(),
        });
        let order: Vec<&str> = catalogue.entries().iter().map(Entry::name).collect();
        // Equal names in slug order: org-2 before org-5.
        assert_eq!(order, ["alpha", "Alpha", "beta", "Émile", "Zeta"]);
        let emile = catalogue.by_slug("org-3").unwrap();
        assert_eq!(emile.name(), "Émile");
        // In code order, whatever order they were stored in.
        assert_eq!(
            emile.countries.iter().map(|c| c.code()).collect::<Vec<_>>(),
            ["DE", "FR"]
        );
        assert_eq!(catalogue.by_id(5).unwrap().name(), "Alpha");
        assert!(catalogue.by_slug("org-9").is_none());
    }

    #[tokio::test]
    async fn reading_in_batches_reads_every_row_once() {
        let pool = db::connect_in_memory().await.unwrap();
        db::migrate(&pool).await.unwrap();
        crate::interchange::import(&pool, crate::interchange::SEED, crate::now())
            .await
            .unwrap();
        let ids = |data: CatalogueData<Entry>| -> Vec<i64> {
            let mut ids: Vec<i64> = data.rows.iter().map(|e| e.id).collect();
            ids.sort_unstable();
            ids
        };
        let whole = ids(db::catalogue::load(&pool, Entry::from_row).await.unwrap());
        assert!(whole.len() > 7);
        // Batches of 7 and of exactly the number of rows both end on their last row.
        for batch in [7, whole.len() as i64] {
            let batched = db::catalogue::load_in_batches(&pool, batch, Entry::from_row)
                .await
                .unwrap();
            assert_eq!(ids(batched), whole, "batches of {batch}");
        }
    }
}
