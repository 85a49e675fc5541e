//! A Fluent bundle per locale: parsing `.ftl` files, then formatting messages with variables.

use super::numbers;
use super::plurals::{PluralCheck, REAL_VALUE};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// A value passed to a Fluent message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, such as a phone number or a word chosen by the data.
    Text(String),
    /// A number, formatted for the locale with grouping ("1,000").
    Number(f64),
    /// A number without grouping, such as a year ("2026").
    Plain(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}

/// The messages of one locale, ready to format. Shared by the threads that
/// render pages (the concurrent bundle memoizes formatters behind a lock).
pub struct Catalog {
    /// The locale.
    pub locale: LanguageIdentifier,
    bundle: FluentBundle<Arc<FluentResource>>,
    plurals: Option<PluralCheck>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("locale", &self.locale).finish()
    }
}

impl Catalog {
    /// A catalog of resources parsed when the project was loaded. The checks
    /// have already reported their syntax errors and duplicates; the entries
    /// that parsed are kept, the first definition of an id wins.
    pub fn from_resources(
        locale: LanguageIdentifier,
        resources: impl IntoIterator<Item = Arc<FluentResource>>,
    ) -> Catalog {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(numbers::format_value));
        for resource in resources {
            let _ = bundle.add_resource(resource);
        }
        let plurals = PluralCheck::new(&locale);
        Catalog { locale, bundle, plurals }
    }

    /// A value as Fluent takes it. A number whose plural category fluent-bundle
    /// would get wrong travels as a stand-in carrying its real value (`plurals.rs`).
    fn to_fluent(&self, value: &Arg) -> FluentValue<'static> {
        let (n, use_grouping) = match value {
            Arg::Text(s) => return FluentValue::String(s.clone().into()),
            Arg::Number(n) => (*n, true),
            Arg::Plain(n) => (*n, false),
        };
        let mut options = FluentNumberOptions { use_grouping, ..Default::default() };
        let shown = match self.plurals.as_ref().and_then(|p| p.standin(n)) {
            Some(standin) => {
                options.currency = Some(format!("{REAL_VALUE}{n}"));
                standin
            }
            None => n,
        };
        FluentValue::Number(FluentNumber::new(shown, options))
    }

    /// Whether the message (or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (message, attribute) = split_id(id);
        match self.bundle.get_message(message) {
            Some(m) => match attribute {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            },
            None => false,
        }
    }

    /// Formats a message (or `message.attribute`) with arguments.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let (message, attribute) = split_id(id);
        let msg = self.bundle.get_message(message).ok_or_else(|| format!("no message `{id}` for {}", self.locale))?;
        let pattern = match attribute {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        }
        .ok_or_else(|| format!("no message `{id}` for {}", self.locale))?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, self.to_fluent(value));
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if let Some(error) = errors.first() {
            return Err(format!("message `{id}` for {}: {error}", self.locale));
        }
        Ok(super::strip_bidi_isolates(&text))
    }
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(locale: &str, ftl: &str) -> Catalog {
        let (file, resource) = crate::load::ftl::FtlFile::parse_with_resource(ftl);
        assert!(file.errors.is_empty(), "{:?}", file.errors);
        Catalog::from_resources(locale.parse().unwrap(), [Arc::new(resource)])
    }

    #[test]
    fn formats_numbers_as_variables_without_isolation_marks() {
        let c = catalog("en-GB", "n = About { $events } in { $d } people\n");
        let text = c.format("n", &[("events", 34u64.into()), ("d", 1000u64.into())]).unwrap();
        assert_eq!(text, "About 34 in 1,000 people");
    }

    #[test]
    fn the_first_definition_of_an_id_wins() {
        let c = catalog("en-GB", "a = 1\nb = 2\na = 3\n");
        assert_eq!(c.format("a", &[]).unwrap(), "1");
    }

    #[test]
    fn a_missing_variable_is_an_error_not_a_placeholder() {
        let c = catalog("en-GB", "n = { $events } in 100\n");
        assert!(c.format("n", &[]).is_err());
        assert!(c.format("nope", &[]).is_err());
    }

    #[test]
    fn attributes_are_addressable() {
        let c = catalog("en-GB", "m =\n    .label = Hello\n");
        assert!(c.has("m.label"));
        assert!(!c.has("m"));
        assert_eq!(c.format("m.label", &[]).unwrap(), "Hello");
    }

    const PLURALS: &str = "n = { $n } { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";

    fn plural(locale: &str, n: f64) -> String {
        catalog(locale, PLURALS).format("n", &[("n", Arg::Number(n))]).unwrap()
    }

    #[test]
    fn welsh_has_six_plural_forms() {
        for (n, form) in [
            (0.0, "0 zero"),
            (1.0, "1 one"),
            (2.0, "2 two"),
            (3.0, "3 few"),
            (6.0, "6 many"),
            (4.0, "4 other"),
            (100.0, "100 other"),
        ] {
            assert_eq!(plural("cy", n), form);
        }
    }

    #[test]
    fn arabic_has_six_plural_forms_by_the_last_two_digits() {
        for (n, form) in [
            (0.0, "0 zero"),
            (1.0, "1 one"),
            (2.0, "2 two"),
            (3.0, "3 few"),
            (10.0, "10 few"),
            (11.0, "11 many"),
            (99.0, "99 many"),
            (100.0, "100 other"),
            (103.0, "103 few"),
            (983.0, "983 many"),
            (1000.0, "1,000 other"),
        ] {
            assert_eq!(plural("ar", n), form);
        }
    }

    #[test]
    fn polish_has_four_plural_forms() {
        for (n, form) in [
            (1.0, "1 one"),
            (2.0, "2 few"),
            (4.0, "4 few"),
            (5.0, "5 many"),
            (12.0, "12 many"),
            (22.0, "22 few"),
            (112.0, "112 many"),
            (1.5, "1,5 other"),
        ] {
            assert_eq!(plural("pl", n), form);
        }
    }

    #[test]
    fn exact_number_keys_still_match() {
        let c = catalog("ar", "m = { $n ->\n    [0] none\n    [12] twelve\n   *[other] some\n}\n");
        assert_eq!(c.format("m", &[("n", Arg::Number(0.0))]).unwrap(), "none");
        assert_eq!(c.format("m", &[("n", Arg::Number(12.0))]).unwrap(), "twelve");
    }
}
