//! `informed l10n update|confirm|review`: the files a translator works in, and the state they leave.
//!
//! Each function returns the files to write (path and text) and changes nothing
//! itself; the command line writes them. A translator's work is never deleted:
//! translations of units that no longer exist move to an "obsolete" section.

use super::carry::carry;
use crate::l10n::status::{SourceFile, file_status};
use crate::load::LocaleTranslations;
use crate::load::Origin;
use crate::load::ftl::comment;
use crate::model::Date;
use crate::model::{Review, State};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A locale's state file as written: YAML, with a header for anyone who opens it.
pub fn state_file(state: &State) -> String {
    let body = crate::load::yaml::to_string(state);
    format!(
        "# Written by `informed l10n confirm` and `informed l10n review`: do not edit by hand.\n\
         # It records which source text each translation was made from, so informed can\n\
         # tell when the source has changed since.\n{body}"
    )
}

/// A file to write into the site's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// Where.
    pub path: PathBuf,
    /// What.
    pub text: String,
}

/// What `informed l10n update` makes of a locale.
#[derive(Debug, Default)]
pub struct Updated {
    /// The translation files, and the state file when it changes.
    pub files: Vec<SiteFile>,
    /// Whole sections that could not be split into their blocks.
    pub warnings: Vec<crate::diagnostic::Diagnostic>,
    /// Translations carried to new ids, for the translator.
    pub notes: Vec<String>,
    /// The messages carried to new ids (by file and old id): they leave
    /// their file by design, their translation kept under the new id.
    pub moved: std::collections::BTreeSet<(PathBuf, String)>,
}

/// The translation files of `translations.locale`, laid out afresh: every
/// source unit in source order, each with the current source text as a comment;
/// missing ones as commented-out stubs; obsolete ones kept at the end.
/// Translations are carried to the ids of sections' blocks ([`carry`]): a whole
/// section translated as one message is split into its blocks, and an edited
/// block's translation follows it to its new id. With `own_built_in`, the
/// site takes its own copies of the built-in files, with their state.
pub fn update_locale(
    root: &Path,
    source_locale: &str,
    sources: &[SourceFile],
    translations: &LocaleTranslations,
    own_built_in: bool,
) -> Updated {
    let dir = root.join("locales").join(&translations.locale);
    let mut updated = Updated::default();
    let mut state = if own_built_in { adopt_built_in(translations) } else { translations.site_state.clone() };
    for source in sources {
        let existing = translations.files.get(&source.name);
        // A built-in file stays built in unless the site asks for its own copy to edit.
        if !own_built_in && existing.is_some_and(|f| f.origin == Origin::BuiltIn) {
            continue;
        }
        let carried = existing
            .filter(|f| f.origin == Origin::Site)
            .map(|f| carry(source, f, &translations.locale, source_locale, &mut state))
            .unwrap_or_default();
        let mut text = String::new();
        let _ = writeln!(
            text,
            "# {} in {}. Translate the text after each `=`; the comment above each\n\
             # message shows the current {source_locale} text. Numbers, dates and names\n\
             # arrive as variables such as {{ $events }}: keep them, never type a figure.\n",
            source.name, translations.locale
        );
        for unit in &source.units {
            let found = existing
                .and_then(|f| f.ftl.messages.get(&unit.id))
                .map(|m| (m.comment.as_deref(), m.source.as_str()))
                .or_else(|| carried.messages.get(&unit.id).map(|m| (m.note.as_deref(), m.fluent.as_str())));
            match found {
                Some((note, message)) => {
                    // The source text is a comment of its own (a blank line apart), rewritten on
                    // every update; a note a translator wrote directly above the message is kept.
                    let _ = writeln!(text, "{}\n", comment(&format!("{source_locale}: "), &unit.text));
                    push_message(&mut text, note, message, source_locale);
                }
                None => {
                    let _ = writeln!(
                        text,
                        "# MISSING: translate the {source_locale} text below, then remove the `# ` from the start of each line."
                    );
                    text.push_str(&comment("", unit.fluent.trim_end()));
                    text.push('\n');
                }
            }
            text.push('\n');
        }
        if let Some(ftl) = existing.map(|f| &f.ftl) {
            let status = file_status(source, translations);
            let obsolete: Vec<&String> = status.obsolete.iter().filter(|id| !carried.consumed.contains(*id)).collect();
            if !obsolete.is_empty() {
                text.push_str("## Obsolete: the source no longer has these messages. They are kept so no\n## work is lost; delete them when you no longer need them.\n\n");
                for id in obsolete {
                    let m = &ftl.messages[id];
                    push_message(&mut text, m.comment.as_deref(), &m.source, source_locale);
                    text.push('\n');
                }
            }
        }
        updated.moved.extend(carried.consumed.iter().map(|id| (dir.join(&source.name), id.clone())));
        updated.files.push(SiteFile { path: dir.join(&source.name), text });
        updated.warnings.extend(carried.warnings);
        updated.notes.extend(carried.notes);
    }
    if own_built_in || state != translations.site_state {
        updated.files.push(SiteFile { path: translations.state_path.clone(), text: state_file(&state) });
    }
    updated
}

/// The reference files for translation tools ([`crate::l10n::status::reference_files`]), to write.
pub fn reference_files(root: &Path, source_locale: &str, sources: &[SourceFile]) -> Vec<SiteFile> {
    crate::l10n::status::reference_files(root, source_locale, sources)
        .into_iter()
        .map(|(path, text)| SiteFile { path, text })
        .collect()
}

/// `l10n.toml` at the site root: where the reference and translations are, for
/// Pontoon and compare-locales. A file that is already there (`existing`, read
/// from `path`) keeps everything written into it by hand (comments, `[env]`,
/// `[[filters]]`, other `[[paths]]`, locales informed does not publish): informed
/// only adds locales missing from `locales` and its own `[[paths]]` entry if it
/// is gone. A file that is not TOML is an error at its line and column, and nothing is written.
pub fn l10n_toml(
    root: &Path,
    source_locale: &str,
    locales: &[String],
    existing: Option<&str>,
) -> Result<SiteFile, crate::diagnostic::Diagnostic> {
    let path = root.join("l10n.toml");
    let fresh = format!(
        "# Where translation tools find the reference ({source_locale}) and each locale's files.\n\
         # Written by `informed l10n update`; lines added by hand are kept.\n\n\
         basepath = \".\"\n\nlocales = []\n\n[[paths]]\nreference = \"locales/{source_locale}/**/*.ftl\"\nl10n = \"locales/{{locale}}/**/*.ftl\"\n"
    );
    let text = existing.unwrap_or(&fresh);
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let at = crate::diagnostic::Location::at_offset(&path, text, e.span().map_or(0, |s| s.start));
        crate::diagnostic::Diagnostic::error(
            "l10n-toml",
            &at,
            format!("l10n.toml is not valid TOML: {}", e.message().trim()),
        )
        .with_hint("mend it (or delete it, and `informed l10n update` writes it afresh)")
    })?;
    if !doc.contains_key("basepath") {
        doc.insert("basepath", toml_edit::value("."));
    }
    let list = doc.entry("locales").or_insert(toml_edit::value(toml_edit::Array::new()));
    let Some(array) = list.as_array_mut() else {
        return Err(crate::diagnostic::Diagnostic::error(
            "l10n-toml",
            &crate::diagnostic::Location::start_of(&path),
            "`locales` in l10n.toml is not a list of language tags",
        ));
    };
    for locale in locales {
        if !array.iter().any(|v| v.as_str() == Some(locale.as_str())) {
            array.push(locale.as_str());
        }
    }
    let reference = format!("locales/{source_locale}/**/*.ftl");
    let ours = doc.get("paths").and_then(|p| p.as_array_of_tables()).is_some_and(|paths| {
        paths.iter().any(|t| t.get("reference").and_then(|r| r.as_str()) == Some(reference.as_str()))
    });
    if !ours {
        let mut table = toml_edit::Table::new();
        table.insert("reference", toml_edit::value(reference));
        table.insert("l10n", toml_edit::value("locales/{locale}/**/*.ftl"));
        match doc.entry("paths").or_insert(toml_edit::Item::ArrayOfTables(toml_edit::ArrayOfTables::new())) {
            toml_edit::Item::ArrayOfTables(paths) => paths.push(table),
            _ => {
                return Err(crate::diagnostic::Diagnostic::error(
                    "l10n-toml",
                    &crate::diagnostic::Location::start_of(&path),
                    "`paths` in l10n.toml is not a list of `[[paths]]` tables",
                ));
            }
        }
    }
    Ok(SiteFile { path, text: doc.to_string() })
}

/// The site's state with the built-in files' confirmations and reviews adopted,
/// for when the site takes its own copies of those files.
pub fn adopt_built_in(translations: &LocaleTranslations) -> State {
    let mut state = translations.site_state.clone();
    let built_in = |file: &String| translations.files.get(file).is_some_and(|f| f.origin == Origin::BuiltIn);
    for (file, entries) in translations.state.translated.iter().filter(|(f, _)| built_in(f)) {
        state.translated.insert(file.clone(), entries.clone());
    }
    for (file, review) in translations.state.reviews.iter().filter(|(f, _)| built_in(f)) {
        state.reviews.insert(file.clone(), review.clone());
    }
    state
}

/// Records that the translations of `ids` (or of every translated unit, if
/// `ids` is empty and `all`) were made from the current source.
pub fn confirm(
    sources: &[SourceFile],
    translations: &LocaleTranslations,
    file: Option<&str>,
    ids: &[String],
    all: bool,
) -> (State, usize) {
    let mut state = translations.site_state.clone();
    let mut count = 0;
    for source in sources.iter().filter(|s| file.is_none_or(|f| f == s.name)) {
        // Built-in files ship with their own state; the site's file records only its own work.
        let Some(ftl) = translations.files.get(&source.name).filter(|f| f.origin == Origin::Site).map(|f| &f.ftl)
        else {
            continue;
        };
        for unit in &source.units {
            if ftl.messages.contains_key(&unit.id) && (all || ids.contains(&unit.id)) {
                state
                    .translated
                    .entry(source.name.clone())
                    .or_default()
                    .insert(unit.id.clone(), unit.fingerprint.clone());
                count += 1;
            }
        }
    }
    (state, count)
}

/// Records a review of every translated, current unit by `by` on `on`.
pub fn review(
    sources: &[SourceFile],
    translations: &LocaleTranslations,
    file: Option<&str>,
    by: &str,
    on: Date,
) -> (State, usize) {
    let mut state = translations.site_state.clone();
    let mut count = 0;
    for source in sources.iter().filter(|s| file.is_none_or(|f| f == s.name)) {
        if !translations.files.contains_key(&source.name) {
            continue;
        }
        let status = file_status(source, translations);
        let units = source
            .units
            .iter()
            .filter(|u| !status.missing.contains(&u.id) && !status.stale.contains(&u.id))
            .map(|u| (u.id.clone(), u.fingerprint.clone()))
            .collect::<std::collections::BTreeMap<_, _>>();
        count += units.len();
        state.reviews.insert(source.name.clone(), Review { by: by.to_string(), on, units });
    }
    (state, count)
}

/// A translated message (`message`, Fluent source) with the translator's own
/// note above it, if it has one. (Earlier versions wrote the source text
/// directly above the message; such a comment is recognised by its
/// `<source locale>: ` start and not kept twice.)
fn push_message(text: &mut String, note: Option<&str>, message: &str, source_locale: &str) {
    if let Some(note) = note.filter(|c| !c.starts_with(&format!("{source_locale}: "))) {
        let _ = writeln!(text, "{}", comment("", note));
    }
    text.push_str(message);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::status::SourceUnit;
    use crate::load::ftl::message;
    use std::collections::BTreeSet;

    /// Each reference message carries its context as a Fluent comment, which
    /// Fluent's own parser attaches to the message and its serializer keeps
    /// (what Pontoon and Weblate show translators).
    #[test]
    fn reference_messages_carry_their_context_through_fluents_serializer() {
        let unit = |id: &str, text: &str, context: &str| SourceUnit {
            id: id.to_string(),
            text: text.to_string(),
            fluent: message(id, text),
            fingerprint: String::new(),
            variables: BTreeSet::new(),
            attributes: BTreeSet::new(),
            markdown: false,
            context: Some(context.to_string()),
        };
        let source = SourceFile {
            name: "procedures/x.ftl".to_string(),
            slug: Some("x".to_string()),
            units: vec![
                unit("title", "A title", "The title of the page (title)."),
                unit("summary", "Short", "Under the title."),
            ],
            sections: Vec::new(),
        };
        let files = reference_files(Path::new("."), "en-GB", &[source]);
        let resource = fluent_syntax::parser::parse(files[0].text.as_str()).expect("the reference parses");
        let comments: Vec<String> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => m.comment.as_ref().map(|c| c.content.join("\n")),
                _ => None,
            })
            .collect();
        assert_eq!(comments, ["The title of the page (title).", "Under the title."]);
        let again = fluent_syntax::serializer::serialize(&resource);
        assert!(again.contains("# The title of the page (title).\ntitle = A title"), "{again}");
    }
}
