//! Frequencies turned into what a reader sees: natural frequencies, scale words, icon arrays.
//!
//! Everything here is language-neutral: it decides *which* phrase and *which*
//! numbers; the words come from the locale when the page is localised.

mod icon_array;
mod scale;

pub use icon_array::{IconArray, IconCell, IconState};
pub use scale::{Band, band};

use crate::model::Measure;

/// The natural frequency to show for a measured figure, out of a chosen denominator.
/// In every variant, `denominator` is 100 or 1,000 and the other fields are
/// counts out of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs, reason = "the fields are counts out of `denominator`, as the enum says")]
pub enum Phrase {
    /// No trustworthy figure: "We do not know how often this happens."
    NotKnown,
    /// Scales without rounding: "5 in 100".
    Exact { events: u64, denominator: u64 },
    /// Rounded: "About 34 in 100".
    About { events: u64, denominator: u64 },
    /// A range: "Between 1 and 4 in 100".
    Range { low: u64, high: u64, denominator: u64 },
    /// Too small to show even as 1: "Fewer than 1 in 1,000".
    FewerThanOne { denominator: u64 },
    /// Nearly everyone, but not all: "More than 99 in 100".
    NearlyAll { events: u64, denominator: u64 },
}

/// The denominators a page may use: icon arrays show 100 or 1,000 figures.
pub const DENOMINATORS: [u64; 2] = [100, 1000];

/// The smallest denominator in [`DENOMINATORS`] at which every non-zero figure
/// shows as at least 1, so that all figures compared can share it. Falls back
/// to the largest when even that is not enough.
pub fn shared_denominator<'a>(measures: impl IntoIterator<Item = &'a Measure>) -> u64 {
    let smallest: Vec<(u64, u64)> = measures
        .into_iter()
        .filter_map(|m| {
            let low = m.range.map_or(m.events.unwrap_or(0), |r| r.0);
            (low > 0 && m.population > 0).then_some((low, m.population))
        })
        .collect();
    for d in DENOMINATORS {
        // round(low * d / population) >= 1  <=>  2 * low * d >= population
        if smallest.iter().all(|&(low, p)| 2 * u128::from(low) * u128::from(d) >= u128::from(p)) {
            return d;
        }
    }
    DENOMINATORS[DENOMINATORS.len() - 1]
}

/// The phrase for `frequency` out of `denominator`.
pub fn phrase(m: &Measure, denominator: u64) -> Phrase {
    if m.population == 0 {
        return Phrase::NotKnown;
    }
    if m.counted == crate::model::Counted::Occurrences {
        return rate(m.events.or(m.range.map(|r| (r.0 + r.1) / 2)).unwrap_or(0), m.population, denominator);
    }
    match (m.events, m.range) {
        (Some(events), _) => single(events, m.population, denominator),
        (None, Some((low, high))) => {
            let low = rounded(low, m.population, denominator);
            let high = rounded(high, m.population, denominator);
            if low == high { single_scaled(m, denominator) } else { Phrase::Range { low, high, denominator } }
        }
        (None, None) => Phrase::NotKnown,
    }
}

fn single_scaled(m: &Measure, denominator: u64) -> Phrase {
    let (low, high) = m.range.unwrap_or((0, 0));
    single((low + high) / 2, m.population, denominator)
}

fn single(events: u64, population: u64, denominator: u64) -> Phrase {
    let events = events.min(population);
    let scaled = u128::from(events) * u128::from(denominator);
    let population_wide = u128::from(population);
    if scaled % population_wide == 0 {
        return Phrase::Exact { events: (scaled / population_wide) as u64, denominator };
    }
    let r = rounded(events, population, denominator);
    if r == 0 {
        Phrase::FewerThanOne { denominator }
    } else if r >= denominator {
        Phrase::NearlyAll { events: denominator - 1, denominator }
    } else {
        Phrase::About { events: r, denominator }
    }
}

/// A rate of occurrences (which may exceed the population) out of `denominator`.
fn rate(events: u64, population: u64, denominator: u64) -> Phrase {
    let scaled = u128::from(events) * u128::from(denominator);
    let population_wide = u128::from(population);
    if scaled % population_wide == 0 {
        return Phrase::Exact { events: (scaled / population_wide) as u64, denominator };
    }
    let r = ((2 * scaled + population_wide) / (2 * population_wide)) as u64;
    if r == 0 { Phrase::FewerThanOne { denominator } } else { Phrase::About { events: r, denominator } }
}

/// `events / population` scaled to `denominator`, rounded half up.
fn rounded(events: u64, population: u64, denominator: u64) -> u64 {
    let num = 2 * u128::from(events.min(population)) * u128::from(denominator) + u128::from(population);
    (num / (2 * u128::from(population))) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Counted, Unit};

    fn measured(events: u64, population: u64) -> Measure {
        Measure {
            events: Some(events),
            range: None,
            population,
            unit: Unit::People,
            time_frame: None,
            counted: Counted::Individuals,
        }
    }

    fn ranged(low: u64, high: u64, population: u64) -> Measure {
        Measure { events: None, range: Some((low, high)), ..measured(0, population) }
    }

    #[test]
    fn occurrences_may_exceed_the_population() {
        let m = Measure { counted: Counted::Occurrences, ..measured(150, 100) };
        assert_eq!(phrase(&m, 100), Phrase::Exact { events: 150, denominator: 100 });
        let m = Measure { counted: Counted::Occurrences, ..measured(332, 983) };
        assert_eq!(phrase(&m, 100), Phrase::About { events: 34, denominator: 100 });
    }

    #[test]
    fn rounds_to_natural_frequencies() {
        assert_eq!(phrase(&measured(332, 983), 100), Phrase::About { events: 34, denominator: 100 });
        assert_eq!(phrase(&measured(5, 100), 100), Phrase::Exact { events: 5, denominator: 100 });
        assert_eq!(phrase(&measured(1, 24), 100), Phrase::About { events: 4, denominator: 100 });
        assert_eq!(phrase(&measured(48, 50), 100), Phrase::Exact { events: 96, denominator: 100 });
        assert_eq!(phrase(&measured(1, 8), 100), Phrase::About { events: 13, denominator: 100 });
    }

    #[test]
    fn all_and_none_are_exact() {
        assert_eq!(phrase(&measured(20, 20), 100), Phrase::Exact { events: 100, denominator: 100 });
        assert_eq!(phrase(&measured(0, 37), 100), Phrase::Exact { events: 0, denominator: 100 });
    }

    #[test]
    fn very_small_and_very_large_chances_are_not_rounded_away() {
        assert_eq!(phrase(&measured(1, 5000), 1000), Phrase::FewerThanOne { denominator: 1000 });
        assert_eq!(phrase(&measured(4999, 5000), 1000), Phrase::NearlyAll { events: 999, denominator: 1000 });
    }

    #[test]
    fn ranges_keep_both_ends() {
        assert_eq!(phrase(&ranged(1, 4, 100), 100), Phrase::Range { low: 1, high: 4, denominator: 100 });
        assert_eq!(phrase(&ranged(10, 40, 1000), 100), Phrase::Range { low: 1, high: 4, denominator: 100 });
        assert_eq!(phrase(&ranged(31, 33, 1000), 100), Phrase::About { events: 3, denominator: 100 });
    }

    #[test]
    fn no_figure_is_not_known() {
        assert_eq!(phrase(&measured(0, 0), 100), Phrase::NotKnown);
    }

    #[test]
    fn a_comparison_shares_the_denominator_that_shows_every_figure() {
        assert_eq!(shared_denominator(&[measured(332, 983), measured(1, 24)]), 100);
        assert_eq!(shared_denominator(&[measured(332, 983), measured(3, 1000)]), 1000);
        assert_eq!(shared_denominator(&[measured(1, 200)]), 100);
        assert_eq!(shared_denominator(&[measured(1, 201)]), 1000);
        assert_eq!(shared_denominator(&[measured(0, 10)]), 100);
    }
}
