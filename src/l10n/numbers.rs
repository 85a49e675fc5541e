//! Locale-aware number formatting for Fluent, through ICU4X.
//!
//! Fluent formats no numbers itself (no grouping, no decimal comma). The bundle's
//! formatter hook hands every number here, and ICU4X formats it for the locale:
//! "1,000" in English, "1 000" in Polish, Arabic-Indic digits where CLDR says so.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// ICU4X formatters for one locale: with and without grouping separators.
pub struct LocaleNumbers {
    grouped: DecimalFormatter,
    plain: DecimalFormatter,
}

impl Memoizable for LocaleNumbers {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = icu_locale_core::Locale::try_from_str(&lang.to_string()).map_err(|_| ())?;
        let prefs = DecimalFormatterPreferences::from(&locale);
        let make = |strategy| {
            let mut options = DecimalFormatterOptions::default();
            options.grouping_strategy = Some(strategy);
            DecimalFormatter::try_new(prefs, options).map_err(|_| ())
        };
        Ok(LocaleNumbers { grouped: make(GroupingStrategy::Auto)?, plain: make(GroupingStrategy::Never)? })
    }
}

impl LocaleNumbers {
    fn format(&self, number: &FluentNumber) -> Option<String> {
        // A plural stand-in carries the number to show (see plurals.rs).
        let real = number.options.currency.as_deref().and_then(|c| c.strip_prefix(super::plurals::REAL_VALUE));
        let value = match real {
            Some(text) => text.parse::<f64>().ok()?,
            None => number.value,
        };
        // Rust prints the shortest text that reads back as the same f64.
        let mut decimal = if value.fract() == 0.0 && value.abs() < 1e15 {
            Decimal::from(value as i64)
        } else {
            Decimal::try_from_str(&value.to_string()).ok()?
        };
        if let Some(min) = number.options.minimum_fraction_digits {
            decimal.pad_end(-(min.min(20) as i16));
        }
        let formatter = if number.options.use_grouping { &self.grouped } else { &self.plain };
        Some(formatter.format(&decimal).to_string())
    }
}

/// Every character `lang` writes numbers with (its digits, grouping and
/// decimal separators), as ICU4X formats them: what a leaflet's figures need
/// from its font beyond the words.
pub fn number_characters(lang: &LanguageIdentifier) -> String {
    let Ok(numbers) = LocaleNumbers::construct(lang.clone(), ()) else { return String::new() };
    let mut text = String::new();
    for value in [1_234_567_890.0, 0.25] {
        let mut number = FluentNumber::new(value, Default::default());
        number.options.use_grouping = true;
        number.options.minimum_fraction_digits = Some(2);
        text.push_str(&numbers.format(&number).unwrap_or_default());
    }
    text
}

/// The bundle's formatter hook: numbers through ICU4X, everything else as Fluent does it.
pub fn format_value(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    memoizer.with_try_get::<LocaleNumbers, _, _>((), |f| f.format(number)).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::types::FluentNumberOptions;

    fn format(locale: &str, value: f64, grouping: bool) -> String {
        let numbers = LocaleNumbers::construct(locale.parse().unwrap(), ()).unwrap();
        let options = FluentNumberOptions { use_grouping: grouping, ..Default::default() };
        numbers.format(&FluentNumber::new(value, options)).unwrap()
    }

    #[test]
    fn groups_thousands_the_local_way() {
        assert_eq!(format("en-GB", 1000.0, true), "1,000");
        assert_eq!(format("en-GB", 2026.0, false), "2026");
        assert_eq!(format("cy", 1000.0, true), "1,000");
        // Polish groups only from five digits, with a no-break space.
        assert_eq!(format("pl", 1000.0, true), "1000");
        assert_eq!(format("pl", 12345.0, true), "12\u{a0}345");
    }

    #[test]
    fn decimals_use_the_local_mark() {
        assert_eq!(format("en-GB", 1.5, true), "1.5");
        assert_eq!(format("pl", 1.5, true), "1,5");
    }

    #[test]
    fn arabic_follows_cldr_for_its_region() {
        // CLDR gives Arabic Western digits by default and Arabic-Indic digits in Egypt.
        assert_eq!(format("ar", 34.0, true), "34");
        assert_eq!(format("ar-EG", 34.0, true), "٣٤");
    }
}
