//! The search itself: one pass over the catalogue that filters, orders, and counts facets.
//!
//! Pure: text hits come in from the database, results go out; no I/O, so it is tested directly.

use serde::Serialize;

use super::catalogue::{Catalogue, Order};
use super::facts::{CountrySet, DECADES, FIRST_DECADE, Facts};
use super::params::{SearchParams, Sort};
use super::text::NameMatcher;
use crate::domain::CountryCode;
use crate::domain::vocabulary::{
    Activity, Category, MeetingMode, Scope, Status, UserLedDegree, UserProfile, Vocabulary,
};

/// A filter an entry can fail; every one but the evaluation filter has a facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
enum Check {
    Category = 1 << 0,
    Country = 1 << 1,
    Degree = 1 << 2,
    Status = 1 << 3,
    Activity = 1 << 4,
    Founded = 1 << 5,
    Profile = 1 << 6,
    Scope = 1 << 7,
    Evaluation = 1 << 8,
    Meets = 1 << 9,
}

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
    pub matches: Vec<u32>,
    pub facets: Facets,
}

struct Counts {
    category: [usize; 5],
    country: Vec<usize>,
    degree: [usize; 5],
    status: [usize; 3],
    activity: [usize; 32],
    decade: [usize; DECADES],
    scope: [usize; Scope::ALL.len()],
    profile: [usize; UserProfile::ALL.len()],
    meets: [usize; MeetingMode::ALL.len()],
}

impl Counts {
    fn new() -> Self {
        Self {
            category: [0; 5],
            country: vec![0; CountryCode::COUNT],
            degree: [0; 5],
            status: [0; 3],
            activity: [0; 32],
            decade: [0; DECADES],
            scope: [0; Scope::ALL.len()],
            profile: [0; UserProfile::ALL.len()],
            meets: [0; MeetingMode::ALL.len()],
        }
    }

    /// Counts an entry in every facet whose own filter is the only one it fails, or in all of
    /// them when it fails none.
    fn add(&mut self, entry: &Facts, failed: u16) {
        let counts_in = |check: Check| failed == 0 || failed == check as u16;
        if counts_in(Check::Category) {
            for c in entry.categories.iter() {
                self.category[c.ordinal()] += 1;
            }
        }
        if counts_in(Check::Country) {
            for ordinal in entry.countries.ordinals() {
                self.country[ordinal] += 1;
            }
        }
        if counts_in(Check::Degree)
            && let Some(d) = entry.degree
        {
            self.degree[d.ordinal()] += 1;
        }
        if counts_in(Check::Status)
            && let Some(s) = entry.status
        {
            self.status[s.ordinal()] += 1;
        }
        if counts_in(Check::Activity) {
            for a in entry.activities.iter() {
                self.activity[a.ordinal()] += 1;
            }
        }
        if counts_in(Check::Founded)
            && let Some(year) = entry.founded_year
        {
            self.decade[Facts::decade_slot(year)] += 1;
        }
        if counts_in(Check::Scope)
            && let Some(s) = entry.scope
        {
            self.scope[s.ordinal()] += 1;
        }
        if counts_in(Check::Profile) {
            for p in entry.profiles.iter() {
                self.profile[p.ordinal()] += 1;
            }
        }
        if counts_in(Check::Meets)
            && let Some(m) = entry.meets
        {
            for &wanted in MeetingMode::ALL {
                if m.answers(wanted) {
                    self.meets[wanted.ordinal()] += 1;
                }
            }
        }
    }
}

/// The bits of the checks `entry` fails; `countries` is the country filter as a set.
fn checks(entry: &Facts, params: &SearchParams, countries: &CountrySet) -> u16 {
    let f = &params.filters;
    let mut failed = 0;
    let mut fail = |check: Check| failed |= check as u16;
    if !f.categories.is_empty() && !f.categories.intersects(entry.categories) {
        fail(Check::Category);
    }
    if !countries.is_empty() && !entry.countries.intersects(countries) {
        fail(Check::Country);
    }
    if !f.degrees.is_empty() && !entry.degree.is_some_and(|d| f.degrees.contains(d)) {
        fail(Check::Degree);
    }
    if !f.statuses.is_empty() && !entry.status.is_some_and(|s| f.statuses.contains(s)) {
        fail(Check::Status);
    }
    if !f.activities.is_empty() && !f.activities.intersects(entry.activities) {
        fail(Check::Activity);
    }
    if f.founded_from.is_some() || f.founded_to.is_some() {
        let within = entry.founded_year.is_some_and(|year| {
            f.founded_from.is_none_or(|from| year >= from)
                && f.founded_to.is_none_or(|to| year <= to)
        });
        if !within {
            fail(Check::Founded);
        }
    }
    if !f.profiles.is_empty() && !f.profiles.intersects(entry.profiles) {
        fail(Check::Profile);
    }
    if !f.scopes.is_empty() && !entry.scope.is_some_and(|s| f.scopes.contains(s)) {
        fail(Check::Scope);
    }
    if !f.meets.is_empty()
        && !entry
            .meets
            .is_some_and(|m| f.meets.iter().any(|wanted| m.answers(wanted)))
    {
        fail(Check::Meets);
    }
    if let Some(wanted) = f.has_evaluation
        && entry.has_evaluation != wanted
    {
        fail(Check::Evaluation);
    }
    failed
}

/// Runs a search. `hits` are the full-text matches `(organisation id, bm25 rank)` when the search
/// has text; `None` means no text, so every entry is a candidate.
pub fn run(catalogue: &Catalogue, params: &SearchParams, hits: Option<&[(i64, f64)]>) -> Outcome {
    const NO_RANK: f64 = f64::INFINITY;
    // Rank by catalogue position; NO_RANK marks entries the text did not match.
    let ranks: Option<Vec<f64>> = hits.map(|hits| {
        let mut ranks = vec![NO_RANK; catalogue.len()];
        for &(id, rank) in hits {
            if let Some(position) = catalogue.position_of_id(id) {
                ranks[position as usize] = rank;
            }
        }
        ranks
    });

    let sort = params.sort();
    let order = match sort {
        Sort::Relevance | Sort::Name => Order::Name,
        Sort::Founded => Order::Founded,
        Sort::FoundedDesc => Order::FoundedDesc,
        Sort::Updated => Order::Updated,
    };

    let countries: CountrySet = params.filters.countries.iter().copied().collect();
    let mut counts = Counts::new();
    let mut matches = Vec::new();
    for position in catalogue.order(order) {
        if let Some(ranks) = &ranks
            && ranks[position as usize] == NO_RANK
        {
            continue;
        }
        let entry = catalogue.facts(position);
        let failed = checks(entry, params, &countries);
        if failed == 0 {
            matches.push(position);
        }
        if failed.count_ones() <= 1 {
            counts.add(entry, failed);
        }
    }

    if sort == Sort::Relevance
        && let Some(ranks) = &ranks
    {
        let names = NameMatcher::new(&params.q);
        // Whether the name matches, worked out once per match rather than in every comparison.
        let mut keyed: Vec<(bool, u32)> = matches
            .iter()
            .map(|&p| (names.matches(&catalogue.entry(p).name_words), p))
            .collect();
        // Stable: equal ranks stay in name order.
        keyed.sort_by(|&(name_a, a), &(name_b, b)| {
            name_b
                .cmp(&name_a)
                .then(ranks[a as usize].total_cmp(&ranks[b as usize]))
        });
        matches = keyed.into_iter().map(|(_, p)| p).collect();
    }

    Outcome {
        matches,
        facets: facets(counts, params),
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
            count: counts.country[c.ordinal()],
            selected: f.countries.contains(&c),
        })
        .collect();
    by_count(&mut country);

    let mut activity = all_values::<Activity>(&counts.activity, |a| f.activities.contains(a));
    by_count(&mut activity);

    let decade = (0..DECADES)
        .filter(|&slot| counts.decade[slot] > 0)
        .map(|slot| (FIRST_DECADE + 10 * slot as i32, counts.decade[slot]))
        .map(|(start, count)| FacetValue {
            value: start.to_string(),
            label: format!("{start}s"),
            count,
            selected: f.founded_from == Some(start) && f.founded_to == Some(start + 9),
        })
        .collect();

    Facets {
        category: all_values::<Category>(&counts.category, |c| f.categories.contains(c)),
        country,
        degree: all_values::<UserLedDegree>(&counts.degree, |d| f.degrees.contains(d)),
        status: all_values::<Status>(&counts.status, |s| f.statuses.contains(s)),
        activity,
        decade,
        scope: all_values::<Scope>(&counts.scope, |s| f.scopes.contains(s)),
        profile: all_values::<UserProfile>(&counts.profile, |p| f.profiles.contains(p)),
        meets: all_values::<MeetingMode>(&counts.meets, |m| f.meets.contains(m)),
    }
}
