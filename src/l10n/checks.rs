//! Translation checks: syntax, missing and obsolete messages, attributes, variables, Markdown Fluent would misread, stray numbers.

use super::ftl::misread_markdown_lines;
use super::inventory::{LocaleTranslations, SourceFile, file_status};
use crate::diagnostic::{Diagnostic, Location};
use std::collections::BTreeSet;
use std::path::Path;

/// Every problem with `translations` against `sources`.
pub fn check_locale(sources: &[SourceFile], translations: &LocaleTranslations, source_locale: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let locale = &translations.locale;
    for (name, (path, text, ftl)) in &translations.files {
        found.extend(ftl.syntax_diagnostics(path, text));
        for line in misread_markdown_lines(text) {
            found.push(
                Diagnostic::error(
                    "ftl-markdown-line",
                    &Location::new(path, line, 1),
                    "Fluent will misread this line: it starts with `*`, `[` or `.`",
                )
                .with_hint("use `-` for bullets, or put the first character in quotes and braces, like {\"*\"}"),
            );
        }
        if !sources.iter().any(|s| &s.name == name) {
            found.push(
                Diagnostic::warning(
                    "l10n-obsolete-file",
                    &Location::start_of(path),
                    format!("nothing in the source is translated by `{name}`"),
                )
                .with_hint("the procedure may have been renamed or removed; move its translations or delete the file"),
            );
        }
    }
    for source in sources {
        let status = file_status(source, translations);
        let file = translations.files.get(&source.name);
        let path = file.map_or_else(|| Path::new("locales").join(locale).join(&source.name), |(p, ..)| p.clone());
        if !status.missing.is_empty() {
            let few: Vec<&str> = status.missing.iter().take(5).map(String::as_str).collect();
            let more = if status.missing.len() > 5 {
                format!(" and {} more", status.missing.len() - 5)
            } else {
                String::new()
            };
            found.push(
                Diagnostic::warning(
                    "l10n-missing",
                    &Location::start_of(&path),
                    format!("{} of {} messages are not translated into {locale}: {}{more}", status.missing.len(), status.total, few.join(", ")),
                )
                .with_hint(format!("run `informed l10n update {locale}` to add them to the file, with the {source_locale} text beside each")),
            );
        }
        let Some((_, _, ftl)) = file else { continue };
        for id in &status.stale {
            let at = Location::new(&path, ftl.messages[id].line, 1);
            let recorded = translations.state.translated.get(&source.name).is_some_and(|r| r.contains_key(id));
            let (message, hint) = if recorded {
                (
                    format!("`{id}` was translated from {source_locale} text that has changed since"),
                    format!("update the translation, then run `informed l10n confirm {locale} {id}`"),
                )
            } else {
                (
                    format!("`{id}` has not been confirmed as translated from the current {source_locale} text"),
                    format!("check it, then run `informed l10n confirm {locale} {id}`"),
                )
            };
            found.push(Diagnostic::warning("l10n-stale", &at, message).with_hint(hint));
        }
        for id in &status.obsolete {
            found.push(
                Diagnostic::warning(
                    "l10n-obsolete",
                    &Location::new(&path, ftl.messages[id].line, 1),
                    format!("`{id}` is no longer in the source"),
                )
                .with_hint(format!(
                    "`informed l10n update {locale}` moves it to the obsolete section; delete it when no longer needed"
                )),
            );
        }
        for unit in &source.units {
            let Some(m) = ftl.messages.get(&unit.id) else { continue };
            let at = Location::new(&path, m.line, 1);
            for extra in m.attributes.difference(&unit.attributes) {
                found.push(Diagnostic::error(
                    "l10n-attribute",
                    &at,
                    format!("`{}` has an attribute `.{extra}` that the source does not have", unit.id),
                ));
            }
            for missing in unit.attributes.difference(&m.attributes) {
                found.push(Diagnostic::error(
                    "l10n-attribute",
                    &at,
                    format!("`{}` is missing the attribute `.{missing}`", unit.id),
                ));
            }
            // A message with attributes only is right only when the source has attributes only.
            if unit.attributes.is_empty() && !m.has_value {
                found.push(Diagnostic::error("l10n-no-value", &at, format!("`{}` has no text", unit.id)));
            }
            for extra in m.variables.difference(&unit.variables) {
                found.push(
                    Diagnostic::error(
                        "l10n-variables",
                        &at,
                        format!("`{}` uses `${extra}`, which the source does not have", unit.id),
                    )
                    .with_hint(format!("the source's variables are: {}", list(&unit.variables))),
                );
            }
            for missing in unit.variables.difference(&m.variables) {
                found.push(
                    Diagnostic::error("l10n-variables", &at, format!("`{}` does not use `${missing}`", unit.id))
                        .with_hint("every variable in the source must appear in the translation, or the reader loses that number or word"),
                );
            }
            let source_numbers = numbers(&unit.text);
            for n in numbers(&m.text).difference(&source_numbers) {
                found.push(
                    Diagnostic::warning("l10n-number", &at, format!("`{}` contains the number {n}, which the source text does not", unit.id))
                        .with_hint("figures come from the content as variables; a number typed into a translation can go out of date"),
                );
            }
        }
    }
    found
}

fn list(set: &BTreeSet<String>) -> String {
    if set.is_empty() { "none".to_string() } else { set.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ") }
}

/// The digit sequences in `text`, with Arabic-Indic and Eastern Arabic-Indic digits read as ASCII.
fn numbers(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut current = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        let digit = match c {
            '0'..='9' => Some(c),
            '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
            '\u{6F0}'..='\u{6F9}' => char::from_digit(c as u32 - 0x6F0, 10),
            _ => None,
        };
        match digit {
            Some(d) => current.push(d),
            None if !current.is_empty() => {
                found.insert(std::mem::take(&mut current));
            }
            None => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn numbers_in_any_digits() {
        let found: Vec<String> = numbers("IPG718 في ٣٤ من 100").into_iter().collect();
        assert_eq!(found, ["100", "34", "718"]);
    }
}
