//! The search's answers do not depend on how the catalogue is laid out: on a generated registry of
//! a few thousand entries, every total, order and facet count of a set of searches equals what a
//! plain reading of the entries gives, filter by filter, facet by facet.

use std::collections::BTreeMap;

use userled::db::catalogue::{CatalogueData, CatalogueRow};
use userled::domain::CountryCode;
use userled::domain::vocabulary::{
    Activity, Category, MeetingMode, Scope, Status, UserLedDegree, UserProfile, Vocabulary,
};
use userled::search::engine::{self, FacetKind};
use userled::search::{Catalogue, Entry, SearchParams};

/// A small deterministic generator (xorshift), so a failure is the same on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<V: Vocabulary>(&mut self) -> V {
        V::ALL[self.below(V::ALL.len())]
    }

    fn maybe<V: Vocabulary>(&mut self) -> Option<String> {
        (self.below(4) > 0).then(|| self.pick::<V>().slug().to_owned())
    }
}

const SIZE: i64 = 3_000;
/// Few countries, so that filters and facets meet often.
const COUNTRIES: [&str; 8] = ["DE", "PL", "FR", "GB", "PT", "NL", "IT", "ES"];

fn generated() -> Catalogue {
    let mut random = Random(0x5eed_1234_abcd);
    let mut rows = Vec::new();
    for id in 1..=SIZE {
        let visibility = match random.below(20) {
            0 => "discreet",
            _ => "listed",
        };
        let founded = (random.below(3) > 0).then(|| 1900 + random.below(127) as i64);
        let scope = random.maybe::<Scope>();
        let status = random.pick::<Status>().slug().into();
        let user_led_degree = random.pick::<UserLedDegree>().slug().into();
        let meets = random.maybe::<MeetingMode>();
        let updated_at = format!("2026-01-01T00:{:02}:00Z", random.below(60));
        let categories: Vec<&str> = (0..=random.below(2))
            .map(|_| random.pick::<Category>().slug())
            .collect();
        // As stored: each country once per organisation.
        let mut countries: Vec<&str> = (0..random.below(3))
            .map(|_| COUNTRIES[random.below(COUNTRIES.len())])
            .collect();
        countries.sort_unstable();
        countries.dedup();
        let activities: Vec<&str> = (0..random.below(4))
            .map(|_| random.pick::<Activity>().slug())
            .collect();
        let profiles: Vec<&str> = (0..random.below(2))
            .map(|_| random.pick::<UserProfile>().slug())
            .collect();
        // As read: the values of a set joined by commas, none for an empty set.
        let joined = |values: Vec<&str>| Some(values.join(",")).filter(|v| !v.is_empty());
        rows.push(CatalogueRow {
            id,
            slug: format!("organisation-{id}"),
            name: format!("Organisation {:05}", random.below(90_000)),
            description: "Peers.".into(),
            visibility: visibility.into(),
            city: None,
            scope,
            founded_year: founded,
            ended_year: None,
            status,
            user_led_degree,
            website: None,
            meets,
            last_verified: None,
            newest_source_year: None,
            created_at: "2026-01-01T00:00:00Z".into(),
            updated_at,
            categories: joined(categories),
            countries: joined(countries),
            activities: joined(activities),
            profiles: joined(profiles),
            aliases: None,
            evaluated: random.below(5) == 0,
        });
    }
    Catalogue::build(CatalogueData {
        version: 1,
        changed_at: "2026-01-01T00:00:00Z".into(),
        rows,
    })
}

/// Whether `entry` passes every filter of `params` but `except`'s.
fn passes(entry: &Entry, params: &SearchParams, except: Option<FacetKind>) -> bool {
    let f = &params.filters;
    let unless = |kind: FacetKind, ok: bool| except == Some(kind) || ok;
    unless(
        FacetKind::Category,
        f.categories.is_empty() || f.categories.iter().any(|c| entry.categories.contains(c)),
    ) && unless(
        FacetKind::Country,
        f.countries.is_empty() || entry.countries.iter().any(|c| f.countries.contains(c)),
    ) && unless(
        FacetKind::Degree,
        f.degrees.is_empty() || entry.degree.is_some_and(|d| f.degrees.contains(d)),
    ) && unless(
        FacetKind::Status,
        f.statuses.is_empty() || entry.status.is_some_and(|s| f.statuses.contains(s)),
    ) && unless(
        FacetKind::Activity,
        f.activities.is_empty() || f.activities.iter().any(|a| entry.activities.contains(a)),
    ) && unless(
        FacetKind::Profile,
        f.profiles.is_empty() || f.profiles.iter().any(|p| entry.profiles.contains(p)),
    ) && unless(
        FacetKind::Scope,
        f.scopes.is_empty() || entry.scope.is_some_and(|s| f.scopes.contains(s)),
    ) && unless(
        FacetKind::Meets,
        f.meets.is_empty()
            || entry
                .meets
                .is_some_and(|m| f.meets.iter().any(|wanted| m.answers(wanted))),
    ) && unless(
        FacetKind::Decade,
        (f.founded_from.is_none() && f.founded_to.is_none())
            || entry.founded_year.is_some_and(|y| {
                f.founded_from.is_none_or(|from| y >= from) && f.founded_to.is_none_or(|to| y <= to)
            }),
    ) && f
        .has_evaluation
        .is_none_or(|wanted| entry.has_evaluation == wanted)
}

/// The values an entry counts under in a facet.
fn values(entry: &Entry, kind: FacetKind) -> Vec<String> {
    fn slugs<V: Vocabulary>(values: impl Iterator<Item = V>) -> Vec<String> {
        values.map(|v| v.slug().to_owned()).collect()
    }
    match kind {
        FacetKind::Category => slugs(entry.categories.iter()),
        FacetKind::Country => entry
            .countries
            .iter()
            .map(|c| c.code().to_owned())
            .collect(),
        FacetKind::Degree => slugs(entry.degree.into_iter()),
        FacetKind::Status => slugs(entry.status.into_iter()),
        FacetKind::Activity => slugs(entry.activities.iter()),
        FacetKind::Scope => slugs(entry.scope.into_iter()),
        FacetKind::Profile => slugs(entry.profiles.iter()),
        FacetKind::Meets => slugs(
            MeetingMode::ALL
                .iter()
                .copied()
                .filter(|&wanted| entry.meets.is_some_and(|m| m.answers(wanted))),
        ),
        FacetKind::Decade => entry
            .founded_year
            .map(|y| (y - y.rem_euclid(10)).to_string())
            .into_iter()
            .collect(),
    }
}

fn params(query: &str) -> SearchParams {
    SearchParams::parse(query, 2026, userled::search::Strictness::Strict)
        .unwrap_or_else(|errors| panic!("{query}: {errors:?}"))
}

#[test]
fn every_total_order_and_facet_count_is_what_the_entries_say() {
    let catalogue = generated();
    let queries = [
        "",
        "category=harm_reduction",
        "category=advocacy&category=research&country=DE",
        "country=PL&country=PT&degree=user_led",
        "activity=naloxone_training&status=active",
        "profile=street_drugs&scope=national&scope=local",
        "meets=online",
        "meets=in_person&country=FR",
        "founded_from=1950&founded_to=1999",
        "founded_from=2000&founded_to=2009&category=mutual_aid",
        "has_evaluation=true",
        "has_evaluation=false&degree=formalised&degree=unclear",
        "sort=founded&country=GB",
        "sort=-founded&category=research",
        "sort=updated&meets=both",
    ];
    for query in queries {
        let params = params(query);
        let outcome = engine::run(&catalogue, &params, None);
        let expected: Vec<u32> = (0..catalogue.len() as u32)
            .filter(|&p| passes(catalogue.entry(p), &params, None))
            .collect();
        let mut found: Vec<u32> = outcome.matches.starting_at(0).collect();
        found.sort_unstable();
        assert_eq!(found, expected, "{query}: the matches");
        for kind in FacetKind::ALL {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for entry in catalogue.entries() {
                if passes(entry, &params, Some(kind)) {
                    for value in values(entry, kind) {
                        *counts.entry(value).or_default() += 1;
                    }
                }
            }
            let facet: BTreeMap<String, usize> = outcome
                .facets
                .get(kind)
                .iter()
                .filter(|v| v.count > 0)
                .map(|v| (v.value.clone(), v.count))
                .collect();
            assert_eq!(facet, counts, "{query}: the {} facet", kind.key());
        }
    }
    // Orders: by founding year (unknown last), ties in name order.
    let outcome = engine::run(&catalogue, &params("sort=founded"), None);
    let years: Vec<(bool, Option<i32>)> = outcome
        .matches
        .starting_at(0)
        .map(|p| {
            let year = catalogue.entry(p).founded_year;
            (year.is_none(), year)
        })
        .collect();
    assert!(years.is_sorted(), "founded order");
    assert_eq!(outcome.matches.len(), catalogue.len());
    // Country codes come back as the registry writes them.
    assert!(CountryCode::all().count() > COUNTRIES.len());
}
