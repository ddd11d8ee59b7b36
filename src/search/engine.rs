//! The search itself: filters, orders and counts facets over the catalogue's bitmaps (and, for few
//! entries, over the entries themselves; [`super::bitmaps`]).
//!
//! Pure: text hits come in from the database, results go out; no I/O, so it is tested directly.

use serde::Serialize;

use std::borrow::Cow;

use roaring::RoaringBitmap;

use super::bitmaps::{Bitmaps, DECADES, FIRST_DECADE, union_of, values_of};
use super::catalogue::{Catalogue, Order};
use super::hits::{Ranking, TextHits};
use super::params::{SearchParams, Sort};
use crate::domain::CountryCode;
use crate::domain::vocabulary::{
    Activity, Category, MeetingMode, Scope, Status, UserLedDegree, UserProfile, Vocabulary,
};

/// The dimensions results are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetKind {
    Category,
    Country,
    Degree,
    Status,
    Activity,
    Decade,
    Scope,
    Profile,
    Meets,
}

impl FacetKind {
    /// How many kinds there are.
    pub const COUNT: usize = FacetKind::ALL.len();

    /// Where this kind stands in arrays by kind (the order of its declaration).
    pub fn index(self) -> usize {
        self as usize
    }

    /// In the order the pages show them.
    pub const ALL: [FacetKind; 9] = [
        FacetKind::Category,
        FacetKind::Country,
        FacetKind::Scope,
        FacetKind::Meets,
        FacetKind::Degree,
        FacetKind::Profile,
        FacetKind::Status,
        FacetKind::Activity,
        FacetKind::Decade,
    ];

    /// The key in the API's `facets` object and, except for decades, the filter parameter.
    pub fn key(self) -> &'static str {
        match self {
            FacetKind::Category => "category",
            FacetKind::Country => "country",
            FacetKind::Degree => "degree",
            FacetKind::Status => "status",
            FacetKind::Activity => "activity",
            FacetKind::Decade => "decade",
            FacetKind::Scope => "scope",
            FacetKind::Profile => "profile",
            FacetKind::Meets => "meets",
        }
    }
}

/// One value of a facet with the number of results it would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FacetValue {
    /// The value to filter by (for decades, the decade's first year).
    pub value: String,
    pub label: String,
    pub count: usize,
    /// Whether the current search filters by this value.
    pub selected: bool,
}

/// Facet counts. Each facet's counts apply every filter except its own, so a person can widen a
/// choice as easily as narrow it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Facets {
    pub category: Vec<FacetValue>,
    pub country: Vec<FacetValue>,
    pub degree: Vec<FacetValue>,
    pub status: Vec<FacetValue>,
    pub activity: Vec<FacetValue>,
    pub decade: Vec<FacetValue>,
    /// Where organisations work: local, national, European, international.
    pub scope: Vec<FacetValue>,
    /// Who organisations serve: the user profiles.
    pub profile: Vec<FacetValue>,
    /// How organisations meet people; one that meets both ways counts under each.
    pub meets: Vec<FacetValue>,
}

impl Facets {
    pub fn get(&self, kind: FacetKind) -> &[FacetValue] {
        match kind {
            FacetKind::Category => &self.category,
            FacetKind::Country => &self.country,
            FacetKind::Degree => &self.degree,
            FacetKind::Status => &self.status,
            FacetKind::Activity => &self.activity,
            FacetKind::Decade => &self.decade,
            FacetKind::Scope => &self.scope,
            FacetKind::Profile => &self.profile,
            FacetKind::Meets => &self.meets,
        }
    }

    pub fn get_mut(&mut self, kind: FacetKind) -> &mut Vec<FacetValue> {
        match kind {
            FacetKind::Category => &mut self.category,
            FacetKind::Country => &mut self.country,
            FacetKind::Degree => &mut self.degree,
            FacetKind::Status => &mut self.status,
            FacetKind::Activity => &mut self.activity,
            FacetKind::Decade => &mut self.decade,
            FacetKind::Scope => &mut self.scope,
            FacetKind::Profile => &mut self.profile,
            FacetKind::Meets => &mut self.meets,
        }
    }
}

/// What a search found: every match in order (positions in the catalogue) and the facets.
#[derive(Debug)]
pub struct Outcome {
    pub matches: Matches,
    pub facets: Facets,
}

/// Every match of a search, in its order, as catalogue positions.
#[derive(Debug, Clone)]
pub enum Matches {
    /// In position order, which is name order: the matches' bitmap itself. A page then walks
    /// only as far as it shows, where listing every match first took most of an unfiltered
    /// first page's time (90 000 positions, for 20 shown).
    InNameOrder(RoaringBitmap),
    /// In another order: relevance, founding year, last change.
    Ordered(Vec<u32>),
}

impl Matches {
    pub fn len(&self) -> usize {
        match self {
            Matches::InNameOrder(matched) => matched.len() as usize,
            Matches::Ordered(positions) => positions.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The matches from the `start`th on (counted from 0), in order.
    pub fn starting_at(&self, start: usize) -> impl Iterator<Item = u32> + '_ {
        let (in_name_order, ordered) = match self {
            Matches::InNameOrder(matched) => (Some(matched.iter().skip(start)), None),
            Matches::Ordered(positions) => (None, Some(positions.iter().skip(start).copied())),
        };
        in_name_order
            .into_iter()
            .flatten()
            .chain(ordered.into_iter().flatten())
    }
}

/// The number of results of each facet value: by facet ([`FacetKind::index`]), then by the
/// value's ordinal.
struct Counts([Vec<usize>; FacetKind::COUNT]);

impl Counts {
    fn of(&self, kind: FacetKind) -> &[usize] {
        &self.0[kind.index()]
    }
}

/// A filter of the search: the entries it lets through, and the facet it narrows (none for the
/// evaluation filter).
struct Filter {
    facet: Option<FacetKind>,
    passing: RoaringBitmap,
}

/// The search's filters, each as the bitmap of the entries it lets through.
fn filters(bitmaps: &Bitmaps, params: &SearchParams) -> Vec<Filter> {
    let f = &params.filters;
    let mut filters = Vec::new();
    let mut add =
        |facet: Option<FacetKind>, passing: RoaringBitmap| filters.push(Filter { facet, passing });
    if !f.categories.is_empty() {
        add(
            Some(FacetKind::Category),
            union_of(bitmaps.facet(FacetKind::Category), f.categories),
        );
    }
    if !f.countries.is_empty() {
        let passing = f.countries.iter().fold(RoaringBitmap::new(), |all, c| {
            all | &bitmaps.facet(FacetKind::Country)[c.ordinal()]
        });
        add(Some(FacetKind::Country), passing);
    }
    if !f.degrees.is_empty() {
        add(
            Some(FacetKind::Degree),
            union_of(bitmaps.facet(FacetKind::Degree), f.degrees),
        );
    }
    if !f.statuses.is_empty() {
        add(
            Some(FacetKind::Status),
            union_of(bitmaps.facet(FacetKind::Status), f.statuses),
        );
    }
    if !f.activities.is_empty() {
        add(
            Some(FacetKind::Activity),
            union_of(bitmaps.facet(FacetKind::Activity), f.activities),
        );
    }
    if f.founded_from.is_some() || f.founded_to.is_some() {
        add(
            Some(FacetKind::Decade),
            bitmaps.founded_within(f.founded_from, f.founded_to),
        );
    }
    if !f.profiles.is_empty() {
        add(
            Some(FacetKind::Profile),
            union_of(bitmaps.facet(FacetKind::Profile), f.profiles),
        );
    }
    if !f.scopes.is_empty() {
        add(
            Some(FacetKind::Scope),
            union_of(bitmaps.facet(FacetKind::Scope), f.scopes),
        );
    }
    if !f.meets.is_empty() {
        add(
            Some(FacetKind::Meets),
            union_of(bitmaps.facet(FacetKind::Meets), f.meets),
        );
    }
    if let Some(wanted) = f.has_evaluation {
        let passing = match wanted {
            true => bitmaps.evaluated.clone(),
            false => &bitmaps.all - &bitmaps.evaluated,
        };
        add(None, passing);
    }
    filters
}

/// How many of `base` have each value of the facet `kind`, by the value's ordinal: entry by
/// entry when `base` is small for the facet (see [`ENTRIES_PER_VALUE`]), else from the sizes of
/// bitmap intersections. Both give the same counts (`values_of` is how the bitmaps are built).
fn count_in(catalogue: &Catalogue, base: &RoaringBitmap, kind: FacetKind) -> Vec<usize> {
    let values = catalogue.bitmaps().facet(kind);
    let held = values.iter().filter(|value| !value.is_empty()).count() as u64;
    // A bitmap holds positions in chunks of 65 536; in a chunk holding more than 4 096 of them,
    // an intersection is a pass over 1 024 words, cheaper than reading thousands of entries.
    let chunks = (catalogue.len() as u64).div_ceil(1 << 16);
    let sparse = 4_096 * chunks;
    if base.len() <= ENTRIES_PER_VALUE.saturating_mul(held).min(sparse) {
        count_entry_by_entry(catalogue, base, kind)
    } else {
        count_by_bitmaps(catalogue, base, kind)
    }
}

fn count_entry_by_entry(
    catalogue: &Catalogue,
    base: &RoaringBitmap,
    kind: FacetKind,
) -> Vec<usize> {
    let mut counts = vec![0; catalogue.bitmaps().facet(kind).len()];
    for position in base {
        values_of(catalogue.entry(position), kind, |value| counts[value] += 1);
    }
    counts
}

fn count_by_bitmaps(catalogue: &Catalogue, base: &RoaringBitmap, kind: FacetKind) -> Vec<usize> {
    let values = catalogue.bitmaps().facet(kind);
    values
        .iter()
        .map(|value| base.intersection_len(value) as usize)
        .collect()
}

/// Counting a facet entry by entry costs about the same for each entry; counting it from
/// bitmaps costs an intersection for each value any entry holds. Below this many entries per
/// such value, reading the entries is cheaper. Measured at 100 000 organisations, with two
/// filters (a raw-socket client, release servers, p50): a search matching a few hundred
/// ("Dortmund") went from 0.65-0.75 to 0.48-0.62 ms, one matching some 11 000 ("naloxone") from
/// 2.4-2.5 to 1.2-1.5 ms. Over tens of thousands, or for a facet of a few values, the bitmaps
/// stay cheaper: every facet counted entry by entry made the unfiltered first page 19 ms.
const ENTRIES_PER_VALUE: u64 = 512;

/// Runs a search. `hits` are the text's matches when the search has text; `None` means no text,
/// so every entry is a candidate.
pub fn run(catalogue: &Catalogue, params: &SearchParams, hits: Option<&TextHits>) -> Outcome {
    let bitmaps = catalogue.bitmaps();
    let candidates = hits.map_or(&bitmaps.all, |hits| &hits.matched);

    let filters = filters(bitmaps, params);
    let mut matched = candidates.clone();
    for filter in &filters {
        matched &= &filter.passing;
    }

    // Each facet counts the candidates that pass every filter but its own, so a person can widen
    // a choice as easily as narrow it.
    let base = |kind: FacetKind| -> Cow<'_, RoaringBitmap> {
        if !filters.iter().any(|f| f.facet == Some(kind)) {
            return Cow::Borrowed(&matched);
        }
        let mut base = candidates.clone();
        for filter in filters.iter().filter(|f| f.facet != Some(kind)) {
            base &= &filter.passing;
        }
        Cow::Owned(base)
    };
    let mut counts = Counts(Default::default());
    for kind in FacetKind::ALL {
        counts.0[kind.index()] = count_in(catalogue, &base(kind), kind);
    }

    let sort = params.sort();
    let matches = match (sort, hits) {
        (Sort::Relevance, Some(hits)) => {
            Matches::Ordered(by_relevance(catalogue, params, &hits.ranking, &matched))
        }
        (Sort::Relevance | Sort::Name, _) => Matches::InNameOrder(matched),
        (Sort::Founded, _) => Matches::Ordered(catalogue.in_order(Order::Founded, &matched)),
        (Sort::FoundedDesc, _) => {
            Matches::Ordered(catalogue.in_order(Order::FoundedDesc, &matched))
        }
        (Sort::Updated, _) => Matches::Ordered(catalogue.in_order(Order::Updated, &matched)),
    };

    Outcome {
        matches,
        facets: facets(counts, params),
    }
}

/// The matches, those whose names hold the words first, then by rank; equal ones in name order.
fn by_relevance(
    catalogue: &Catalogue,
    params: &SearchParams,
    ranking: &Ranking,
    matched: &RoaringBitmap,
) -> Vec<u32> {
    let named = catalogue.names().matching(&params.q) & matched;
    match ranking {
        Ranking::Bm25(ranks) => {
            let rank = |p: u32| {
                ranks
                    .binary_search_by_key(&p, |&(position, _)| position)
                    .map_or(f64::INFINITY, |i| ranks[i].1)
            };
            let mut keyed: Vec<(bool, f64, u32)> = matched
                .iter()
                .map(|p| (named.contains(p), rank(p), p))
                .collect();
            // Stable, over matches in position (name) order: equal ranks stay in name order.
            keyed.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.total_cmp(&b.1)));
            keyed.into_iter().map(|(_, _, p)| p).collect()
        }
        Ranking::Tiers { first } => {
            // Four ranks, each in name order: bitmaps, neither sorted nor checked one by one.
            let others = matched - &named;
            let tiers = [
                &named & first,
                &named - first,
                &others & first,
                &others - first,
            ];
            let mut ordered = Vec::with_capacity(matched.len() as usize);
            for tier in &tiers {
                ordered.extend(tier.iter());
            }
            ordered
        }
    }
}

fn facets(counts: Counts, params: &SearchParams) -> Facets {
    let f = &params.filters;
    fn all_values<V: Vocabulary>(
        counts: &[usize],
        selected: impl Fn(V) -> bool,
    ) -> Vec<FacetValue> {
        V::ALL
            .iter()
            .map(|&v| FacetValue {
                value: v.slug().to_owned(),
                label: v.label().to_owned(),
                count: counts[v.ordinal()],
                selected: selected(v),
            })
            .collect()
    }
    let by_count = |values: &mut Vec<FacetValue>| {
        values.retain(|v| v.count > 0 || v.selected);
        values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    };

    let mut country: Vec<FacetValue> = CountryCode::all()
        .map(|c| FacetValue {
            value: c.code().to_owned(),
            label: c.name().to_owned(),
            count: counts.of(FacetKind::Country)[c.ordinal()],
            selected: f.countries.contains(&c),
        })
        .collect();
    by_count(&mut country);

    let mut activity =
        all_values::<Activity>(counts.of(FacetKind::Activity), |a| f.activities.contains(a));
    by_count(&mut activity);

    let decade = (0..DECADES)
        .filter(|&slot| counts.of(FacetKind::Decade)[slot] > 0)
        .map(|slot| {
            (
                FIRST_DECADE + 10 * slot as i32,
                counts.of(FacetKind::Decade)[slot],
            )
        })
        .map(|(start, count)| FacetValue {
            value: start.to_string(),
            label: format!("{start}s"),
            count,
            selected: f.founded_from == Some(start) && f.founded_to == Some(start + 9),
        })
        .collect();

    Facets {
        category: all_values::<Category>(counts.of(FacetKind::Category), |c| {
            f.categories.contains(c)
        }),
        country,
        degree: all_values::<UserLedDegree>(counts.of(FacetKind::Degree), |d| {
            f.degrees.contains(d)
        }),
        status: all_values::<Status>(counts.of(FacetKind::Status), |s| f.statuses.contains(s)),
        activity,
        decade,
        scope: all_values::<Scope>(counts.of(FacetKind::Scope), |s| f.scopes.contains(s)),
        profile: all_values::<UserProfile>(counts.of(FacetKind::Profile), |p| {
            f.profiles.contains(p)
        }),
        meets: all_values::<MeetingMode>(counts.of(FacetKind::Meets), |m| f.meets.contains(m)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::catalogue::CatalogueData;
    use crate::search::catalogue::tests::row;

    #[test]
    fn matches_are_read_from_any_start_in_either_order() {
        // Across two of the bitmap's chunks (65 536 positions each).
        let positions = [1, 5, 9, 70_000, 200_000];
        let by_name = Matches::InNameOrder(positions.into_iter().collect());
        let ordered = Matches::Ordered(vec![9, 1, 200_000, 5, 70_000]);
        assert_eq!((by_name.len(), ordered.len()), (5, 5));
        assert_eq!(by_name.starting_at(0).collect::<Vec<_>>(), positions);
        assert_eq!(
            by_name.starting_at(3).collect::<Vec<_>>(),
            [70_000, 200_000]
        );
        assert_eq!(
            ordered.starting_at(2).take(2).collect::<Vec<_>>(),
            [200_000, 5]
        );
        assert_eq!(
            by_name.starting_at(5).count() + ordered.starting_at(9).count(),
            0
        );
        assert!(Matches::InNameOrder(RoaringBitmap::new()).is_empty());
    }

    #[test]
    fn counting_entry_by_entry_gives_what_the_bitmaps_give() {
        let pick = |i: i64, values: &[&str]| values[i as usize % values.len()].to_owned();
        let rows = (1..=600)
            .map(|i| {
                let visibility = if i % 11 == 0 { "discreet" } else { "listed" };
                let mut row = row(i, &format!("Organisation {i}"), visibility);
                row.categories = Some(pick(
                    i,
                    &["advocacy", "research,mutual_aid", "harm_reduction"],
                ));
                row.countries = Some(pick(i, &["DE", "FR,PL", "PT", "GB,IE,NL"]));
                row.activities =
                    (i % 5 > 0).then(|| pick(i, &["naloxone_training", "online_support,outreach"]));
                row.profiles =
                    (i % 3 > 0).then(|| pick(i, &["street_drugs", "party_drugs,cannabis"]));
                row.scope = (i % 4 > 0).then(|| pick(i, &["local", "national", "european"]));
                row.meets = (i % 2 > 0).then(|| pick(i, &["in_person", "online", "both"]));
                row.founded_year = (i % 7 > 0).then_some(1890 + i % 140);
                row.status = pick(i, &["active", "inactive", "unknown"]);
                row.user_led_degree = pick(i, &["user_led", "formalised", "unclear"]);
                row
            })
            .collect();
        let catalogue = Catalogue::build(CatalogueData {
            version: 1,
            changed_at: "2026-01-01T00:00:00Z".into(),
            rows,
        });
        assert_eq!(catalogue.len(), 600, "every row made an entry");
        let all = catalogue.bitmaps().all.clone();
        let every_third: RoaringBitmap = all.iter().filter(|p| p % 3 == 0).collect();
        let first: RoaringBitmap = all.iter().take(7).collect();
        for base in [&all, &every_third, &first, &RoaringBitmap::new()] {
            for kind in FacetKind::ALL {
                let by_entries = count_entry_by_entry(&catalogue, base, kind);
                assert_eq!(
                    by_entries,
                    count_by_bitmaps(&catalogue, base, kind),
                    "{}",
                    kind.key()
                );
                assert_eq!(
                    count_in(&catalogue, base, kind),
                    by_entries,
                    "{}",
                    kind.key()
                );
            }
        }
        // Every facet had values to count.
        for kind in FacetKind::ALL {
            let counts = count_entry_by_entry(&catalogue, &all, kind);
            assert!(
                counts.iter().filter(|&&c| c > 0).count() >= 2,
                "{}",
                kind.key()
            );
        }
    }
}
