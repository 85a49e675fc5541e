//! Words in every language: Fluent catalogs, locale-aware numbers, translation units, status and the translator's workflow.

mod bundle;
pub mod edits;
mod numbers;
mod plurals;
pub mod status;
pub mod units;

pub use bundle::{Arg, Catalog};
pub use numbers::number_characters;
pub use units::{TextUnit, procedure_units};

use unic_langid::LanguageIdentifier;

/// Whether text in this locale runs right to left, from the tag's script
/// (written or implied), not from a list of language codes.
pub fn is_right_to_left(locale: &LanguageIdentifier) -> bool {
    locale.character_direction() == unic_langid::CharacterDirection::RTL
}

/// Invisible bidi controls Fluent may insert (LRI, RLI, FSI, PDI): they must
/// never reach attributes, URLs, print or PDF output.
pub fn strip_bidi_isolates(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_comes_from_the_tag() {
        for rtl in ["ar", "ar-EG", "ur", "fa", "he", "az-Arab"] {
            assert!(is_right_to_left(&rtl.parse().unwrap()), "{rtl}");
        }
        for ltr in ["en-GB", "cy", "pl", "az-Latn"] {
            assert!(!is_right_to_left(&ltr.parse().unwrap()), "{ltr}");
        }
    }

    #[test]
    fn isolation_marks_are_removed() {
        assert_eq!(strip_bidi_isolates("\u{2068}34\u{2069} in 100"), "34 in 100");
    }
}
