//! What filters and facets read of an entry, laid out to be scanned: [`Facts`] is small, of fixed
//! size and holds no pointer, and the catalogue keeps them contiguous in the order it walks them,
//! so one pass over the whole registry reads memory in sequence instead of chasing one heap
//! allocation per entry (the country list of a wide `Entry` was most of a first page's time).

use crate::domain::CountryCode;
use crate::domain::vocabulary::{
    Activity, Category, MeetingMode, Scope, Set, Status, UserLedDegree, UserProfile,
};

/// A set of countries as a bit mask, one bit per ISO 3166-1 code in the order of their codes.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CountrySet {
    words: [u64; Self::WORDS],
}

impl CountrySet {
    const WORDS: usize = CountryCode::COUNT.div_ceil(64);

    pub fn insert(&mut self, country: CountryCode) {
        let i = country.ordinal();
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, country: CountryCode) -> bool {
        let i = country.ordinal();
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn intersects(&self, other: &CountrySet) -> bool {
        self.words.iter().zip(&other.words).any(|(a, b)| a & b != 0)
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    /// The countries' ordinals, ascending: the order of their codes.
    pub fn ordinals(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let bit = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    w * 64 + bit
                })
            })
        })
    }
}

impl FromIterator<CountryCode> for CountrySet {
    fn from_iter<I: IntoIterator<Item = CountryCode>>(countries: I) -> Self {
        let mut set = Self::default();
        for country in countries {
            set.insert(country);
        }
        set
    }
}

impl std::fmt::Debug for CountrySet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.ordinals()).finish()
    }
}

/// The first year a decade facet counts; years before it share its first decade.
pub const FIRST_DECADE: i32 = 1900;
/// Decades counted from [`FIRST_DECADE`]: up to the 2190s, well past any founding year allowed.
pub const DECADES: usize = 30;

/// An entry's filterable and countable fields. A discreet entry's hold only its categories and
/// countries, as its `Entry` does.
#[derive(Debug, Clone, Copy, Default)]
pub struct Facts {
    pub countries: CountrySet,
    pub categories: Set<Category>,
    pub activities: Set<Activity>,
    pub profiles: Set<UserProfile>,
    pub founded_year: Option<i32>,
    pub degree: Option<UserLedDegree>,
    pub status: Option<Status>,
    pub scope: Option<Scope>,
    pub meets: Option<MeetingMode>,
    pub has_evaluation: bool,
}

impl Facts {
    /// The slot of a founding year's decade among [`DECADES`].
    pub fn decade_slot(year: i32) -> usize {
        let decade = (year - FIRST_DECADE).div_euclid(10);
        decade.clamp(0, DECADES as i32 - 1) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_set_holds_every_country_and_lists_them_in_code_order() {
        let all: CountrySet = CountryCode::all().collect();
        assert_eq!(all.ordinals().count(), CountryCode::COUNT);
        let codes = |set: &CountrySet| -> Vec<&str> {
            set.ordinals()
                .map(|i| CountryCode::all().nth(i).unwrap().code())
                .collect()
        };
        let some: CountrySet = ["PL", "AT", "ZW", "DE"]
            .iter()
            .map(|c| c.parse::<CountryCode>().unwrap())
            .collect();
        assert_eq!(codes(&some), ["AT", "DE", "PL", "ZW"]);
        let de: CountrySet = ["DE".parse::<CountryCode>().unwrap()].into_iter().collect();
        assert!(some.intersects(&de));
        assert!(!de.intersects(&["FR".parse::<CountryCode>().unwrap()].into_iter().collect()));
        assert!(CountrySet::default().is_empty());
        assert!(!some.is_empty());
    }

    #[test]
    fn decades_have_slots_from_1900() {
        assert_eq!(Facts::decade_slot(1900), 0);
        assert_eq!(Facts::decade_slot(1999), 9);
        assert_eq!(Facts::decade_slot(2026), 12);
    }
}
