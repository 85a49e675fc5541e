//! Frequency words from a configured scale (EU SmPC terms or Calman's verbal scale).

use crate::model::RiskScale;

/// A band of a scale; its words live in the locale (`scale-band`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// EU: 1 in 10 or more.
    VeryCommon,
    /// EU: 1 in 100 to 1 in 10.
    Common,
    /// EU: 1 in 1,000 to 1 in 100.
    Uncommon,
    /// EU: 1 in 10,000 to 1 in 1,000.
    Rare,
    /// EU: less than 1 in 10,000.
    VeryRare,
    /// Calman: 1 in 100 or more.
    High,
    /// Calman: 1 in 1,000 to 1 in 100.
    Moderate,
    /// Calman: 1 in 10,000 to 1 in 1,000.
    Low,
    /// Calman: 1 in 100,000 to 1 in 10,000.
    VeryLow,
    /// Calman: 1 in 1,000,000 to 1 in 100,000.
    Minimal,
    /// Calman: less than 1 in 1,000,000.
    Negligible,
}

impl Band {
    /// The key passed to Fluent.
    pub fn key(self) -> &'static str {
        match self {
            Band::VeryCommon => "very-common",
            Band::Common => "common",
            Band::Uncommon => "uncommon",
            Band::Rare => "rare",
            Band::VeryRare => "very-rare",
            Band::High => "high",
            Band::Moderate => "moderate",
            Band::Low => "low",
            Band::VeryLow => "very-low",
            Band::Minimal => "minimal",
            Band::Negligible => "negligible",
        }
    }
}

/// The band of `events / population` on `scale`. Compares exactly, without floats.
pub fn band(scale: RiskScale, events: u64, population: u64) -> Band {
    // at_least(n) is true when events / population >= 1 / n.
    let at_least = |n: u128| u128::from(events) * n >= u128::from(population);
    match scale {
        RiskScale::Eu => {
            if at_least(10) {
                Band::VeryCommon
            } else if at_least(100) {
                Band::Common
            } else if at_least(1_000) {
                Band::Uncommon
            } else if at_least(10_000) {
                Band::Rare
            } else {
                Band::VeryRare
            }
        }
        RiskScale::Calman => {
            if at_least(100) {
                Band::High
            } else if at_least(1_000) {
                Band::Moderate
            } else if at_least(10_000) {
                Band::Low
            } else if at_least(100_000) {
                Band::VeryLow
            } else if at_least(1_000_000) {
                Band::Minimal
            } else {
                Band::Negligible
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eu_bands_follow_the_smpc_limits() {
        assert_eq!(band(RiskScale::Eu, 1, 10), Band::VeryCommon);
        assert_eq!(band(RiskScale::Eu, 332, 983), Band::VeryCommon);
        assert_eq!(band(RiskScale::Eu, 99, 1000), Band::Common);
        assert_eq!(band(RiskScale::Eu, 1, 100), Band::Common);
        assert_eq!(band(RiskScale::Eu, 9, 1000), Band::Uncommon);
        assert_eq!(band(RiskScale::Eu, 1, 5000), Band::Rare);
        assert_eq!(band(RiskScale::Eu, 1, 20000), Band::VeryRare);
    }

    #[test]
    fn calman_bands() {
        assert_eq!(band(RiskScale::Calman, 1, 50), Band::High);
        assert_eq!(band(RiskScale::Calman, 1, 500), Band::Moderate);
        assert_eq!(band(RiskScale::Calman, 1, 2_000_000), Band::Negligible);
    }
}
