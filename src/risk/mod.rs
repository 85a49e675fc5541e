//! Frequencies turned into what a reader sees: natural frequencies, scale words, icon arrays.
//!
//! Everything here is language-neutral: it decides *which* phrase and *which*
//! numbers; the words come from the locale when the page is localised.

mod icon_array;
mod scale;

pub use icon_array::{CELL, IconArray, IconRun, IconState};
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
    /// Rounded, or approximate in the source: "About 34 in 100".
    About { events: u64, denominator: u64 },
    /// A range: "Between 1 and 4 in 100".
    Range { low: u64, high: u64, denominator: u64 },
    /// Too small to show even as 1: "Fewer than 1 in 1,000".
    FewerThanOne { denominator: u64 },
    /// Nearly everyone, but not all: "More than 99 in 100".
    NearlyAll { events: u64, denominator: u64 },
    /// Nobody in a study of `population`: never "0 in 100", never "very rare".
    /// `upper` is the most it could plausibly be (the rule of three: 3 in
    /// `population`), as a count out of `denominator`, where the study is big
    /// enough to say anything.
    None { population: u64, upper: Option<(u64, u64)> },
}

/// The denominators a page may use: icon arrays show 100 or 1,000 figures.
pub const DENOMINATORS: [u64; 2] = [100, 1000];

/// A figure as whole numbers: `low` to `high` out of `of` (one figure has
/// `low == high`). Percentages keep their decimals: 78.3% is 783 out of 1,000.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    /// The lowest count.
    pub low: u64,
    /// The highest count.
    pub high: u64,
    /// Out of how many.
    pub of: u64,
}

/// `m` as a ratio, or `None` where it holds no figure.
pub fn ratio(m: &Measure) -> Option<Ratio> {
    let population = m.population.filter(|&p| p > 0);
    match (m.events, m.range, m.percent, m.percent_range) {
        (Some(e), None, None, None) => population.map(|of| Ratio { low: e, high: e, of }),
        (None, Some((l, h)), None, None) => population.map(|of| Ratio { low: l, high: h, of }),
        (None, None, Some(p), None) => percent_ratio(p, p),
        (None, None, None, Some((l, h))) => percent_ratio(l, h),
        _ => None,
    }
}

/// The ratio of an arm of a study.
pub fn arm_ratio(arm: &crate::model::Arm) -> Option<Ratio> {
    match (arm.events, arm.percent, arm.population.filter(|&p| p > 0)) {
        (Some(e), None, Some(of)) => Some(Ratio { low: e, high: e, of }),
        (None, Some(p), _) => percent_ratio(p, p),
        _ => None,
    }
}

/// Percentages as counts out of a power of ten, keeping up to four decimals.
fn percent_ratio(low: f64, high: f64) -> Option<Ratio> {
    if !(low.is_finite() && high.is_finite() && low >= 0.0 && high <= 100.0 && low <= high) {
        return None;
    }
    let decimals = |x: f64| {
        let text = format!("{x}");
        text.split_once('.').map_or(0, |(_, d)| d.len().min(4)) as u32
    };
    let places = decimals(low).max(decimals(high));
    let scale = 10u64.pow(places);
    let whole = |x: f64| (x * scale as f64).round() as u64;
    Some(Ratio { low: whole(low), high: whole(high), of: 100 * scale })
}

/// The smallest denominator in [`DENOMINATORS`] at which every non-zero figure
/// shows as at least 1, so that all figures compared can share it. Falls back
/// to the largest when even that is not enough.
pub fn shared_denominator(ratios: impl IntoIterator<Item = Ratio>) -> u64 {
    let smallest: Vec<(u64, u64)> =
        ratios.into_iter().filter(|r| r.low > 0 && r.of > 0).map(|r| (r.low, r.of)).collect();
    for d in DENOMINATORS {
        // round(low * d / of) >= 1  <=>  2 * low * d >= of
        if smallest.iter().all(|&(low, p)| 2 * u128::from(low) * u128::from(d) >= u128::from(p)) {
            return d;
        }
    }
    DENOMINATORS[DENOMINATORS.len() - 1]
}

/// The denominator for figures shown together: the shared one, or 1,000 where
/// a figure and its comparison arm would otherwise read the same although
/// they differ (1.4% and 0.6% are both "about 1 in 100").
pub fn denominator_for<'a>(measures: impl IntoIterator<Item = &'a Measure> + Clone) -> u64 {
    let shared = shared_denominator(measures.clone().into_iter().flat_map(ratios));
    let blurred = measures.into_iter().any(|m| {
        let Some(arm) = m.comparison.as_ref() else {
            return false;
        };
        let (Some(a), Some(b)) = (ratio(m), arm_ratio(arm)) else {
            return false;
        };
        let differ = u128::from(a.low) * u128::from(b.of) != u128::from(b.low) * u128::from(a.of);
        let same = phrase(m, shared) == phrase_arm(arm, m.approximate, shared);
        differ && same
    });
    if blurred { DENOMINATORS[DENOMINATORS.len() - 1] } else { shared }
}

/// Every figure of a measure, its comparison arm included.
pub fn ratios(m: &Measure) -> impl Iterator<Item = Ratio> + '_ {
    ratio(m).into_iter().chain(m.comparison.as_ref().and_then(arm_ratio))
}

/// The phrase for `m` out of `denominator`.
pub fn phrase(m: &Measure, denominator: u64) -> Phrase {
    let Some(r) = ratio(m) else {
        return Phrase::NotKnown;
    };
    if m.counted == crate::model::Counted::Occurrences {
        return rate(midpoint(r.low, r.high), r.of, denominator);
    }
    phrase_ratio(r, m.population.filter(|_| m.events == Some(0) || m.percent == Some(0.0)), m.approximate, denominator)
}

/// The phrase for an arm of a study, out of `denominator`.
pub fn phrase_arm(arm: &crate::model::Arm, approximate: bool, denominator: u64) -> Phrase {
    match arm_ratio(arm) {
        Some(r) => phrase_ratio(r, arm.population.filter(|_| r.high == 0), approximate, denominator),
        None => Phrase::NotKnown,
    }
}

/// The phrase for a ratio; `zero_in` is the study's size when nobody had the outcome.
fn phrase_ratio(r: Ratio, zero_in: Option<u64>, approximate: bool, denominator: u64) -> Phrase {
    if r.high == 0 {
        return match zero_in {
            Some(population) => Phrase::None { population, upper: rule_of_three(population) },
            None => Phrase::FewerThanOne { denominator },
        };
    }
    let shown = if r.low == r.high {
        single(r.low, r.of, denominator)
    } else {
        let low = rounded(r.low, r.of, denominator);
        let high = rounded(r.high, r.of, denominator);
        if low == high {
            single(midpoint(r.low, r.high), r.of, denominator)
        } else {
            Phrase::Range { low, high, denominator }
        }
    };
    match shown {
        Phrase::Exact { events, denominator } if approximate => Phrase::About { events, denominator },
        other => other,
    }
}

/// The middle of `low` and `high`, rounded down, without overflow.
fn midpoint(low: u64, high: u64) -> u64 {
    ((u128::from(low) + u128::from(high)) / 2) as u64
}

/// The most a chance could plausibly be when none of `population` people had
/// it: about 3 in `population` (the "rule of three" for a 95% upper limit), as
/// a count out of 100 or 1,000, rounded up. `None` when the study is too small
/// for that to say anything (fewer than 6 people: 3 in 6 is half).
pub fn rule_of_three(population: u64) -> Option<(u64, u64)> {
    if population < 6 {
        return None;
    }
    let denominator: u64 = if population >= 300 { 1000 } else { 100 };
    let upper = (3 * denominator).div_ceil(population);
    Some((upper, denominator))
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
            percent: None,
            percent_range: None,
            population: Some(population),
            unit: Unit::People,
            time_frame: None,
            counted: Counted::Individuals,
            approximate: false,
            interval: None,
            comparison: None,
        }
    }

    fn shared(measures: &[Measure]) -> u64 {
        shared_denominator(measures.iter().flat_map(ratios))
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
    fn all_is_exact_and_none_is_never_a_frequency() {
        assert_eq!(phrase(&measured(20, 20), 100), Phrase::Exact { events: 100, denominator: 100 });
        assert_eq!(phrase(&measured(0, 56), 100), Phrase::None { population: 56, upper: Some((6, 100)) });
        assert_eq!(phrase(&measured(0, 983), 100), Phrase::None { population: 983, upper: Some((4, 1000)) });
        assert_eq!(phrase(&measured(0, 5), 100), Phrase::None { population: 5, upper: None });
    }

    #[test]
    fn percentages_keep_their_decimals_and_approximate_figures_stay_approximate() {
        let m = Measure { events: None, percent: Some(78.3), population: Some(60), ..measured(0, 60) };
        assert_eq!(ratio(&m), Some(Ratio { low: 783, high: 783, of: 1000 }));
        assert_eq!(phrase(&m, 100), Phrase::About { events: 78, denominator: 100 });
        assert_eq!(phrase(&m, 1000), Phrase::Exact { events: 783, denominator: 1000 });
        let m = Measure { events: None, population: None, percent_range: Some((4.0, 11.0)), ..measured(0, 1) };
        assert_eq!(phrase(&m, 100), Phrase::Range { low: 4, high: 11, denominator: 100 });
        let m = Measure { approximate: true, ..measured(50, 100) };
        assert_eq!(phrase(&m, 100), Phrase::About { events: 50, denominator: 100 });
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
        assert_eq!(phrase(&measured(3, 0), 100), Phrase::NotKnown);
        assert_eq!(phrase(&Measure { population: None, ..measured(3, 1) }, 100), Phrase::NotKnown);
    }

    #[test]
    fn a_comparison_shares_the_denominator_that_shows_every_figure() {
        assert_eq!(shared(&[measured(332, 983), measured(1, 24)]), 100);
        assert_eq!(shared(&[measured(332, 983), measured(3, 1000)]), 1000);
        assert_eq!(shared(&[measured(1, 200)]), 100);
        assert_eq!(shared(&[measured(1, 201)]), 1000);
        assert_eq!(shared(&[measured(0, 10)]), 100);
    }
}
