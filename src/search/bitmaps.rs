//! For every value a search can filter by, the catalogue positions of the entries that have it,
//! as a compressed bitmap ([`roaring`]): a filter is a union of value bitmaps, the matches an
//! intersection of filters, and a facet count the size of an intersection. None of that walks the
//! entries, so the cost follows the number of values, not of organisations (an unfiltered first
//! page over the whole registry counts its facets from the bitmaps' sizes). A facet over few
//! entries is counted from the entries themselves ([`values_of`], which the bitmaps are built
//! from too), which is cheaper than an intersection for each of its values.

use std::collections::BTreeMap;
use std::ops::Bound;

use roaring::RoaringBitmap;

use super::catalogue::Entry;
use super::engine::FacetKind;
use crate::domain::CountryCode;
use crate::domain::vocabulary::{
    Activity, Category, MeetingMode, Scope, Set, Status, UserLedDegree, UserProfile, Vocabulary,
};

/// The first year a decade facet counts; years before it share its first decade.
pub const FIRST_DECADE: i32 = 1900;
/// Decades counted from [`FIRST_DECADE`]: up to the 2190s, well past any founding year allowed.
pub const DECADES: usize = 30;

/// The slot of a founding year's decade among [`DECADES`].
pub fn decade_slot(year: i32) -> usize {
    let decade = (year - FIRST_DECADE).div_euclid(10);
    decade.clamp(0, DECADES as i32 - 1) as usize
}

/// Positions by value. A discreet entry is in its categories' and countries' bitmaps only, as
/// its `Entry` holds nothing else.
#[derive(Debug, Default)]
pub struct Bitmaps {
    pub all: RoaringBitmap,
    /// For each facet (by [`FacetKind::index`]), a bitmap per value, by the value's ordinal
    /// (countries by [`CountryCode::ordinal`], decades by [`decade_slot`]); see [`values_of`].
    facets: [Vec<RoaringBitmap>; FacetKind::COUNT],
    /// By founding year, for ranges of years.
    pub years: BTreeMap<i32, RoaringBitmap>,
    pub evaluated: RoaringBitmap,
}

/// How many values the facet `kind` has, so how many bitmaps.
fn value_count(kind: FacetKind) -> usize {
    match kind {
        FacetKind::Category => Category::ALL.len(),
        FacetKind::Country => CountryCode::COUNT,
        FacetKind::Degree => UserLedDegree::ALL.len(),
        FacetKind::Status => Status::ALL.len(),
        FacetKind::Activity => Activity::ALL.len(),
        FacetKind::Decade => DECADES,
        FacetKind::Scope => Scope::ALL.len(),
        FacetKind::Profile => UserProfile::ALL.len(),
        FacetKind::Meets => MeetingMode::ALL.len(),
    }
}

/// Calls `add` with the ordinal of each value `entry` has under the facet `kind`: the bitmaps of
/// those values hold the entry, and a facet counted entry by entry counts it there. A discreet
/// entry has only its categories and countries (its `Entry` holds nothing else); one that meets
/// both ways is under each way asked for (see [`MeetingMode::answers`]).
pub fn values_of(entry: &Entry, kind: FacetKind, mut add: impl FnMut(usize)) {
    fn set<V: Vocabulary>(set: Set<V>, add: &mut impl FnMut(usize)) {
        set.iter().for_each(|value| add(value.ordinal()));
    }
    fn one<V: Vocabulary>(value: Option<V>, add: &mut impl FnMut(usize)) {
        if let Some(value) = value {
            add(value.ordinal());
        }
    }
    match kind {
        FacetKind::Category => set(entry.categories, &mut add),
        FacetKind::Country => entry.countries.iter().for_each(|c| add(c.ordinal())),
        FacetKind::Degree => one(entry.degree, &mut add),
        FacetKind::Status => one(entry.status, &mut add),
        FacetKind::Activity => set(entry.activities, &mut add),
        FacetKind::Profile => set(entry.profiles, &mut add),
        FacetKind::Scope => one(entry.scope, &mut add),
        FacetKind::Meets => {
            if let Some(mode) = entry.meets {
                for &wanted in MeetingMode::ALL {
                    if mode.answers(wanted) {
                        add(wanted.ordinal());
                    }
                }
            }
        }
        FacetKind::Decade => {
            if let Some(year) = entry.founded_year {
                add(decade_slot(year));
            }
        }
    }
}

impl Bitmaps {
    /// The bitmaps of `entries`, each at its position.
    pub fn build(entries: &[Entry]) -> Self {
        let mut b = Bitmaps::default();
        for kind in FacetKind::ALL {
            b.facets[kind.index()] = vec![RoaringBitmap::new(); value_count(kind)];
        }
        for (position, entry) in (0u32..).zip(entries) {
            b.all.insert(position);
            for kind in FacetKind::ALL {
                let bitmaps = &mut b.facets[kind.index()];
                values_of(entry, kind, |value| {
                    bitmaps[value].insert(position);
                });
            }
            if let Some(year) = entry.founded_year {
                b.years.entry(year).or_default().insert(position);
            }
            if entry.has_evaluation {
                b.evaluated.insert(position);
            }
        }
        for bitmap in b.bitmaps_mut() {
            bitmap.optimize();
        }
        b
    }

    /// A facet's bitmaps, by its values' ordinals.
    pub fn facet(&self, kind: FacetKind) -> &[RoaringBitmap] {
        &self.facets[kind.index()]
    }

    fn bitmaps_mut(&mut self) -> impl Iterator<Item = &mut RoaringBitmap> {
        [&mut self.all, &mut self.evaluated]
            .into_iter()
            .chain(self.facets.iter_mut().flatten())
            .chain(self.years.values_mut())
    }

    /// The entries founded from `from` to `to` (both included; `None` leaves that end open).
    pub fn founded_within(&self, from: Option<i32>, to: Option<i32>) -> RoaringBitmap {
        let bound = |year: Option<i32>| year.map_or(Bound::Unbounded, Bound::Included);
        if from.zip(to).is_some_and(|(from, to)| from > to) {
            return RoaringBitmap::new();
        }
        self.years
            .range((bound(from), bound(to)))
            .map(|(_, positions)| positions)
            .fold(RoaringBitmap::new(), |all, positions| all | positions)
    }
}

/// The union of the bitmaps of a set's values.
pub fn union_of<V: Vocabulary>(bitmaps: &[RoaringBitmap], set: Set<V>) -> RoaringBitmap {
    set.iter()
        .fold(RoaringBitmap::new(), |all, v| all | &bitmaps[v.ordinal()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decades_have_slots_from_1900() {
        assert_eq!(decade_slot(1900), 0);
        assert_eq!(decade_slot(1999), 9);
        assert_eq!(decade_slot(2026), 12);
        assert_eq!(decade_slot(1850), 0);
        assert_eq!(decade_slot(2500), DECADES - 1);
    }
}
