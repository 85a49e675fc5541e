//! Translation checks: syntax, missing and obsolete messages, attributes, variables, Markdown Fluent would misread, stray numbers.

use crate::diagnostic::{Diagnostic, Location};
use crate::l10n::status::{ShapeFault, SourceFile, file_status, shape_faults};
use crate::load::LocaleTranslations;
use crate::load::ftl::{FtlFile, misread_markdown_lines};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every problem with `translations` against `sources`.
pub fn check_locale(sources: &[SourceFile], translations: &LocaleTranslations, source_locale: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    found.extend(translations.unreadable.iter().cloned());
    let ui: Vec<(&Path, &FtlFile)> = translations.ui_files().map(|(_, f)| (f.path.as_path(), &f.ftl)).collect();
    found.extend(resolution(&ui));
    // A procedure's translation is a catalog of its own, apart from the interface
    // strings, with the locale's terms (`terms.ftl`, checked above with them).
    for (name, file) in &translations.files {
        if crate::paths::translated_procedure(name).is_some() {
            found.extend(procedure_resolution(translations, file));
        }
    }
    for (name, file) in &translations.files {
        found.extend(file_findings(name, file, sources.iter().any(|s| &s.name == name)));
    }
    for source in sources {
        found.extend(source_findings(source, translations, source_locale));
    }
    found
}

/// [`check_locale`]'s findings about one procedure, whose source units are
/// `source`: its translation file's, and what could not be read of it.
pub fn check_locale_procedure(
    source: &SourceFile,
    translations: &LocaleTranslations,
    source_locale: &str,
) -> Vec<Diagnostic> {
    let folder = translations.state_path.parent().unwrap_or(Path::new(""));
    let path = folder.join(&source.name);
    let mut found: Vec<Diagnostic> = translations.unreadable.iter().filter(|d| d.file == path).cloned().collect();
    if let Some(file) = translations.files.get(&source.name) {
        found.extend(procedure_resolution(translations, file));
        found.extend(file_findings(&source.name, file, true));
    }
    found.extend(source_findings(source, translations, source_locale));
    found
}

/// A procedure's translation resolves, as a catalog of its own with the locale's terms.
fn procedure_resolution(translations: &LocaleTranslations, file: &crate::load::TranslationFile) -> Vec<Diagnostic> {
    let terms = translations.terms_file();
    let mut files: Vec<(&Path, &FtlFile)> = terms.iter().map(|t| (t.path.as_path(), &t.ftl)).collect();
    files.push((file.path.as_path(), &file.ftl));
    resolution(&files).into_iter().filter(|d| d.file == file.path).collect()
}

/// What is wrong in one translation file as written (`in_source`: the source has a file of its name).
fn file_findings(name: &str, file: &crate::load::TranslationFile, in_source: bool) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let (path, text, ftl) = (&file.path, &file.text, &file.ftl);
    if let Some((line, column, what)) = crate::load::guard::forbidden_in_translation(text) {
        found.push(
            Diagnostic::error("hidden-character", &Location::new(path, line, column), format!("there is {what} here"))
                .with_hint("delete it: it does not show, but it can change how the text around it reads"),
        );
    }
    found.extend(ftl.syntax_diagnostics(path, text));
    // Translated Markdown meets the same limits as the source's.
    for (id, message) in &ftl.messages {
        if let Err(d) = crate::load::markdown_limits::check_translation(path, &message.text, message.line) {
            found.push(d);
        }
        let markdown = if crate::l10n::units::is_section(id) { message.text.as_str() } else { "" };
        for (_, problem) in crate::markdown::problems(markdown) {
            let what = match problem {
                crate::markdown::Problem::RawHtml(html) => format!("raw HTML is not allowed: `{html}`"),
                crate::markdown::Problem::UnsafeLink(url) => format!("this link cannot be used: `{url}`"),
                crate::markdown::Problem::ThirdParty(url) => {
                    format!("`{url}` would make the reader's browser fetch from another web site")
                }
            };
            found.push(
                Diagnostic::error("ftl-markdown-unsafe", &Location::new(path, message.line, 1), what)
                    .with_hint("keep the Markdown of the source text: plain text, lists and https:// links"),
            );
        }
    }
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
    if !in_source {
        found.push(
            Diagnostic::warning(
                "l10n-obsolete-file",
                &Location::start_of(path),
                format!("nothing in the source is translated by `{name}`"),
            )
            .with_hint("the procedure may have been renamed or removed; move its translations or delete the file"),
        );
    }
    found
}

/// How one translation file stands against its source units.
fn source_findings(source: &SourceFile, translations: &LocaleTranslations, source_locale: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let locale = &translations.locale;
    let status = file_status(source, translations);
    let file = translations.files.get(&source.name);
    let path = file.map_or_else(|| Path::new("locales").join(locale).join(&source.name), |f| f.path.clone());
    if !status.missing.is_empty() {
        let few: Vec<&str> = status.missing.iter().take(5).map(String::as_str).collect();
        let more =
            if status.missing.len() > 5 { format!(" and {} more", status.missing.len() - 5) } else { String::new() };
        found.push(
            Diagnostic::warning(
                "l10n-missing",
                &Location::start_of(&path),
                format!(
                    "{} of {} messages are not translated into {locale}: {}{more}",
                    status.missing.len(),
                    status.total,
                    few.join(", ")
                ),
            )
            .with_hint(format!(
                "run `informed l10n update {locale}` to add them to the file, with the {source_locale} text beside each"
            )),
        );
    }
    let Some(ftl) = file.map(|f| &f.ftl) else { return found };
    for id in &status.stale {
        if let Some((_, old)) = status.edited.iter().find(|(new, _)| new == id) {
            let line = ftl.messages.get(old).map_or(1, |m| m.line);
            found.push(
                    Diagnostic::warning(
                        "l10n-stale",
                        &Location::new(&path, line, 1),
                        format!(
                            "the {source_locale} text of `{old}` was edited, so it is now `{id}`: its translation \
                             was made from the text before the edit"
                        ),
                    )
                    .with_hint(format!(
                        "pages show it with the notice that the {source_locale} has changed; run `informed l10n \
                         update {locale}` to move it to `{id}`, update it, then run `informed l10n confirm {locale} {id}`"
                    )),
                );
            continue;
        }
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
        let hint = if source.sections.iter().any(|s| &s.id == id) {
            format!(
                "it is a whole section, translated as one message: sections are translated block by block now, \
                     and `informed l10n update {locale}` splits it into its blocks (where none is translated yet)"
            )
        } else if crate::l10n::units::section_of_block(id).is_some() {
            format!(
                "a block of a section whose {source_locale} text was edited has a new id: `informed l10n update {locale}` \
                     moves this translation to it, to be checked and confirmed"
            )
        } else {
            format!("`informed l10n update {locale}` moves it to the obsolete section; delete it when no longer needed")
        };
        found.push(
            Diagnostic::warning(
                "l10n-obsolete",
                &Location::new(&path, ftl.messages[id].line, 1),
                format!("`{id}` is no longer in the source"),
            )
            .with_hint(hint),
        );
    }
    for unit in &source.units {
        let Some(m) = ftl.messages.get(&unit.id) else { continue };
        let at = Location::new(&path, m.line, 1);
        for fault in shape_faults(unit, m) {
            found.push(match fault {
                    ShapeFault::ExtraAttribute(extra) => Diagnostic::error(
                        "l10n-attribute",
                        &at,
                        format!("`{}` has an attribute `.{extra}` that the source does not have", unit.id),
                    ),
                    ShapeFault::MissingAttribute(missing) => Diagnostic::error(
                        "l10n-attribute",
                        &at,
                        format!("`{}` is missing the attribute `.{missing}`", unit.id),
                    ),
                    ShapeFault::NoValue => Diagnostic::error("l10n-no-value", &at, format!("`{}` has no text", unit.id)),
                    ShapeFault::ExtraVariable(extra) => Diagnostic::error(
                        "l10n-variables",
                        &at,
                        format!("`{}` uses `${extra}`, which the source does not have", unit.id),
                    )
                    .with_hint(format!("the source's variables are: {}", list(&unit.variables))),
                    ShapeFault::MissingVariable(missing) => {
                        Diagnostic::error("l10n-variables", &at, format!("`{}` does not use `${missing}`", unit.id))
                            .with_hint("every variable in the source must appear in the translation, or the reader loses that number or word")
                    }
                });
        }
        // A block of a section is shown inline in the source's structure: block marks in
        // its translation (a heading, a point of a list, a blank line) are not shown as such.
        if unit.markdown && !crate::markdown::is_inline_only(&m.text) && crate::markdown::is_inline_only(&unit.text) {
            found.push(
                    Diagnostic::warning(
                        "l10n-markdown-block",
                        &at,
                        format!("`{}` is one block of a section, but its translation has headings, lists or paragraphs of its own", unit.id),
                    )
                    .with_hint("the page takes headings, lists and paragraphs from the source text: write the block's words only, with no `#`, `-` or blank line"),
                );
        }
        let source_numbers = numbers(&unit.text);
        for n in numbers(&m.text).difference(&source_numbers) {
            found.push(
                Diagnostic::warning(
                    "l10n-number",
                    &at,
                    format!("`{}` contains the number {n}, which the source text does not", unit.id),
                )
                .with_hint(
                    "figures come from the content as variables; a number typed into a translation can go out of date",
                ),
            );
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

/// The most text one message may expand to once every reference in it is
/// resolved. The longest real message, a whole section, is a few thousand
/// characters; a "billion laughs" of nested references would be gigabytes.
pub const MAX_EXPANSION: usize = 256 * 1024;

/// What Fluent would meet when it formats from these files as one catalog:
/// a message or term defined twice, a reference to one that does not exist,
/// a function the catalog does not have, references that go round in a
/// circle, and messages that expand past [`MAX_EXPANSION`]. Each is an error
/// at the line of the message concerned.
pub fn resolution(files: &[(&Path, &FtlFile)]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut defined: BTreeMap<&str, (&Path, &crate::load::ftl::FtlEntry)> = BTreeMap::new();
    for (path, ftl) in files {
        for entry in &ftl.entries {
            if let Some((first, earlier)) = defined.get(entry.id.as_str()) {
                found.push(
                    Diagnostic::error(
                        "ftl-duplicate",
                        &Location::new(path, entry.line, 1),
                        format!("`{}` is defined twice (first at {}:{})", entry.id, first.display(), earlier.line),
                    )
                    .with_hint("keep one of them: Fluent would use only the last"),
                );
            } else {
                defined.insert(&entry.id, (path, entry));
            }
        }
    }
    for (path, entry) in defined.values() {
        let at = Location::new(path, entry.line, 1);
        for target in &entry.refers_to {
            if !defined.contains_key(target.as_str()) {
                let what = if target.starts_with('-') { "term" } else { "message" };
                found.push(
                    Diagnostic::error(
                        "ftl-undefined",
                        &at,
                        format!("`{}` refers to the {what} `{target}`, which does not exist", entry.id),
                    )
                    .with_hint("check the spelling, or define it in this language's files"),
                );
            }
        }
        for function in &entry.functions {
            found.push(
                Diagnostic::error(
                    "ftl-unknown-function",
                    &at,
                    format!("`{}` calls the function `{function}`, which informed does not provide", entry.id),
                )
                .with_hint("numbers reach a translation ready formatted: write the variable alone, like { $count }"),
            );
        }
    }
    // Circles, and how far each entry expands: depth first, without recursion.
    let mut expanded: BTreeMap<&str, usize> = BTreeMap::new();
    let mut reported_cycle = BTreeSet::new();
    for start in defined.keys() {
        if expanded.contains_key(start) {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        let mut on_path: BTreeSet<&str> = BTreeSet::from([*start]);
        while let Some(&(id, next)) = stack.last() {
            let entry = defined[id].1;
            match entry.refers_to.get(next) {
                Some(target) => {
                    if let Some(top) = stack.last_mut() {
                        top.1 += 1;
                    }
                    let target = target.as_str();
                    if !defined.contains_key(target) || expanded.contains_key(target) {
                        continue;
                    }
                    if on_path.contains(target) {
                        if reported_cycle.insert(target) {
                            let (path, e) = defined[target];
                            found.push(
                                Diagnostic::error(
                                    "ftl-cycle",
                                    &Location::new(path, e.line, 1),
                                    format!("`{target}` refers back to itself through `{id}`"),
                                )
                                .with_hint("a message cannot contain itself; write the words out instead"),
                            );
                        }
                        continue;
                    }
                    on_path.insert(target);
                    stack.push((target, 0));
                }
                None => {
                    let size = entry.refers_to.iter().fold(entry.length, |sum, t| {
                        sum.saturating_add(expanded.get(t.as_str()).copied().unwrap_or(0))
                    });
                    expanded.insert(id, size);
                    on_path.remove(id);
                    stack.pop();
                }
            }
        }
    }
    for (id, size) in &expanded {
        if *size > MAX_EXPANSION {
            let (path, entry) = defined[id];
            found.push(
                Diagnostic::error(
                    "ftl-expansion",
                    &Location::new(path, entry.line, 1),
                    format!(
                        "`{id}` grows to more than {} KB of text once its references are filled in",
                        MAX_EXPANSION / 1024
                    ),
                )
                .with_hint("a message that refers to others many times over is a mistake, or an attack"),
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_are_reported_at_their_line() {
        let text = "ok = fine\nbroken = { $x\n";
        let d = FtlFile::parse(text).syntax_diagnostics(Path::new("t.ftl"), text);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].code, d[0].line), ("ftl-syntax", 2));
    }

    #[test]
    fn duplicates_are_reported_where_they_are() {
        let file = FtlFile::parse("a = 1\nb = 2\na = 3\n");
        let d = resolution(&[(Path::new("t.ftl"), &file)]);
        assert_eq!((d[0].code, d[0].line), ("ftl-duplicate", 3));
    }

    #[test]
    fn numbers_in_any_digits() {
        let found: Vec<String> = numbers("IPG718 في ٣٤ من 100").into_iter().collect();
        assert_eq!(found, ["100", "34", "718"]);
    }
}
