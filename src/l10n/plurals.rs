//! Plural categories checked against ICU4X, with a stand-in where fluent-bundle's rules are wrong.
//!
//! fluent-bundle 0.16 picks plural forms with intl_pluralrules 7.0.2 (CLDR 37
//! data), whose Arabic rule tests the whole number where CLDR tests its last two
//! digits: it files 103–110 under "other" instead of "few", and 111–199 (and
//! every n whose last two digits are 11–99) under "other" instead of "many".
//! Translators write Arabic plural forms correctly; this makes them appear.
//!
//! For each number passed to Fluent, ICU4X (current CLDR) gives the right
//! category. When intl_pluralrules disagrees, the number reaches Fluent as a
//! stand-in that intl_pluralrules files under the right category, carrying the
//! real value for display (see `numbers.rs`). Numbers where the two agree, which
//! include every number used as an exact variant key such as `[0]` or `[12]`
//! here, pass through untouched.

use icu_plurals::{PluralCategory, PluralRules, PluralRulesPreferences};
use intl_pluralrules::{PluralRuleType, PluralRules as IntlPluralRules};
use unic_langid::LanguageIdentifier;

/// Marks a stand-in number: the real value follows, in `FluentNumberOptions::currency`
/// (a field Fluent ignores for decimal numbers).
pub const REAL_VALUE: &str = "informed-real-value:";

/// One locale's plural rules, from both libraries.
pub struct PluralCheck {
    icu: PluralRules,
    fluent: IntlPluralRules,
    /// For each CLDR category, the smallest whole number fluent-bundle files under it.
    standins: Vec<(PluralCategory, f64)>,
}

impl PluralCheck {
    /// The rules for `locale`, if both libraries know it.
    pub fn new(locale: &LanguageIdentifier) -> Option<PluralCheck> {
        let icu_locale = icu_locale_core::Locale::try_from_str(&locale.to_string()).ok()?;
        let icu = PluralRules::try_new_cardinal(PluralRulesPreferences::from(&icu_locale)).ok()?;
        // The same choice of rules fluent-bundle makes: the best match, else English.
        let available = IntlPluralRules::get_locales(PluralRuleType::CARDINAL);
        let default: LanguageIdentifier = "en".parse().ok()?;
        let chosen = fluent_langneg::negotiate_languages(
            std::slice::from_ref(locale),
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        let fluent = IntlPluralRules::create((*chosen.first()?).clone(), PluralRuleType::CARDINAL).ok()?;
        let mut standins = Vec::new();
        for n in 0..=1000u32 {
            let category = fluent_category(&fluent, f64::from(n))?;
            if !standins.iter().any(|(c, _)| *c == category) {
                standins.push((category, f64::from(n)));
            }
        }
        Some(PluralCheck { icu, fluent, standins })
    }

    /// A stand-in for `value` when fluent-bundle would pick the wrong category, or `None`.
    pub fn standin(&self, value: f64) -> Option<f64> {
        if !value.is_finite() || value < 0.0 || value.fract() != 0.0 || value > 1e15 {
            return None;
        }
        let right = self.icu.category_for(value as u64);
        if fluent_category(&self.fluent, value)? == right {
            return None;
        }
        self.standins.iter().find(|(c, _)| *c == right).map(|(_, n)| *n)
    }
}

fn fluent_category(rules: &IntlPluralRules, value: f64) -> Option<PluralCategory> {
    use intl_pluralrules::PluralCategory as F;
    Some(match rules.select(value).ok()? {
        F::ZERO => PluralCategory::Zero,
        F::ONE => PluralCategory::One,
        F::TWO => PluralCategory::Two,
        F::FEW => PluralCategory::Few,
        F::MANY => PluralCategory::Many,
        F::OTHER => PluralCategory::Other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_hundreds_get_a_stand_in() {
        let ar = PluralCheck::new(&"ar".parse().unwrap()).unwrap();
        // 983 ends in 83: "many" in CLDR; intl_pluralrules says "other".
        assert_eq!(ar.standin(983.0), Some(11.0));
        // 105 ends in 05: "few".
        assert_eq!(ar.standin(105.0), Some(3.0));
        for agree in [0.0, 1.0, 2.0, 5.0, 50.0, 100.0, 1000.0] {
            assert_eq!(ar.standin(agree), None, "{agree}");
        }
    }

    #[test]
    fn welsh_and_polish_need_none() {
        for tag in ["cy", "pl", "en-GB"] {
            let check = PluralCheck::new(&tag.parse().unwrap()).unwrap();
            for n in 0..=2000 {
                assert_eq!(check.standin(f64::from(n)), None, "{tag} {n}");
            }
        }
    }
}
