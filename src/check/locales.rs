//! The site's languages: each tag in `site.yaml` is a language tag with
//! interface strings, the source language's strings are whole, and every
//! translation is checked against the source.
//!
//! A problem in the source language stops the build; a problem in a
//! translation leaves only that language (or that page) out, so each
//! translation's findings are kept apart with the files they break.

use super::translations::{check_locale, check_locale_procedure, resolution};
use crate::diagnostic::Diagnostic;
use crate::l10n::status::SourceFile;
use crate::load::{LocaleTranslations, Project};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// What the checks found in one translation.
#[derive(Debug, Clone, Default)]
pub struct LocaleFindings {
    /// Every problem, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// Nothing can be published in this language: its tag is wrong, it has no
    /// interface strings, or its state file cannot be read.
    pub unusable: bool,
    /// Translation files (`ui.ftl`, `procedures/<slug>.ftl`) with errors.
    pub broken_files: BTreeSet<String>,
}

/// The language tags of `site.yaml`, each with the place it is written:
/// the source first, then every other locale once.
pub fn tags(project: &Project) -> Vec<(String, String)> {
    let site = &project.site;
    let mut tags = vec![(site.source_locale.clone(), "source_locale".to_string())];
    for (i, tag) in site.locales.iter().enumerate() {
        if tag != &site.source_locale && !tags.iter().any(|(t, _)| t == tag) {
            tags.push((tag.clone(), format!("locales.{i}")));
        }
    }
    tags
}

/// Checks every language. Problems with the source language go to `found`;
/// each translation's findings are returned by tag.
pub fn check(
    project: &Project,
    sources: &[SourceFile],
    found: &mut Vec<Diagnostic>,
) -> BTreeMap<String, LocaleFindings> {
    // Each language is checked on its own, in parallel.
    use rayon::prelude::*;
    let checked: Vec<(String, bool, LocaleFindings)> = tags(project)
        .into_par_iter()
        .map(|(tag, span)| {
            let is_source = tag == project.site.source_locale;
            let mut findings = LocaleFindings::default();
            let at = project.site_spans.at(&span);
            match tag.parse::<LanguageIdentifier>() {
                Err(_) => {
                    findings.diagnostics.push(
                        Diagnostic::error("invalid-locale", &at, format!("`{tag}` is not a language tag"))
                            .with_hint("write a BCP 47 tag such as en-GB, cy, ar or pl"),
                    );
                    findings.unusable = true;
                }
                Ok(langid) if langid.to_string() != tag => {
                    findings.diagnostics.push(
                        Diagnostic::error("invalid-locale", &at, format!("write `{tag}` as `{langid}`")).with_hint(
                            "one spelling everywhere: folder names, web addresses and `lang` use the canonical form",
                        ),
                    );
                    findings.unusable = true;
                }
                Ok(_) => {
                    let files = project.translations.locale(&tag);
                    let unreadable = files.map(|l| l.unreadable.clone()).unwrap_or_default();
                    if files.is_none_or(|l| l.ui_files().next().is_none()) && !unreadable.is_empty() {
                        // Its interface strings are there but cannot be read: say
                        // why, at the byte, rather than that there are none.
                        findings.diagnostics.extend(unreadable);
                        findings.unusable = true;
                    } else if files.is_none_or(|l| l.ui_files().next().is_none()) {
                        findings.diagnostics.push(
                            Diagnostic::error(
                                "missing-locale",
                                &at,
                                format!("there are no interface strings for `{tag}`"),
                            )
                            .with_hint(format!("run `informed l10n update {tag}` to create locales/{tag}/ui.ftl")),
                        );
                        findings.unusable = true;
                    } else if let Some(files) = files {
                        if is_source {
                            source_language(files, &mut findings);
                            references(project, files, sources, &mut findings.diagnostics);
                        } else {
                            translation(files, sources, &project.site.source_locale, &mut findings);
                        }
                    }
                }
            }
            (tag, is_source, findings)
        })
        .collect();
    let mut translations = BTreeMap::new();
    for (tag, is_source, mut findings) in checked {
        if is_source {
            found.append(&mut findings.diagnostics);
        } else {
            translations.insert(tag, findings);
        }
    }
    translations
}

/// The source language's own strings must be whole: without them nothing can be built.
fn source_language(files: &LocaleTranslations, findings: &mut LocaleFindings) {
    let ui: Vec<(&Path, &crate::load::ftl::FtlFile)> =
        files.ui_files().map(|(_, f)| (f.path.as_path(), &f.ftl)).collect();
    for (_, file) in files.ui_files() {
        findings.diagnostics.extend(file.ftl.syntax_diagnostics(&file.path, &file.text));
    }
    findings.diagnostics.extend(resolution(&ui));
    findings.diagnostics.extend(files.unreadable.iter().cloned());
}

/// Whether the site keeps reference files (`locales/<source>/procedures/*.ftl`).
pub(super) fn keeps_references(files: &LocaleTranslations) -> bool {
    files.files.keys().any(|name| crate::paths::translated_procedure(name).is_some())
}

/// The findings of every language about one procedure, whose source units
/// are `source`: its reference file, and in each usable translation its
/// file against its source (see [`check_locale_procedure`]).
pub(super) fn check_procedure(
    project: &Project,
    source: &SourceFile,
    found: &mut Vec<Diagnostic>,
    translations: &mut BTreeMap<String, LocaleFindings>,
) {
    for (tag, _) in tags(project) {
        let Some(files) = project.translations.locale(&tag) else { continue };
        if tag == project.site.source_locale {
            references(project, files, std::slice::from_ref(source), found);
        } else if let Some(findings) = translations.get_mut(&tag) {
            findings.diagnostics.extend(check_locale_procedure(source, files, &project.site.source_locale));
        }
    }
}

/// The reference files translation tools read (`locales/<source>/procedures/*.ftl`)
/// must say what `content/` says: a translator working from an old reference
/// translates old text without knowing. Where the site keeps references, each
/// procedure must have one.
fn references(project: &Project, files: &LocaleTranslations, sources: &[SourceFile], found: &mut Vec<Diagnostic>) {
    let tag = &project.site.source_locale;
    // A site that keeps no reference files uses no translation tool that reads them.
    let keeps_references = keeps_references(files);
    for (path, text) in crate::l10n::status::reference_files(&project.root, tag, sources) {
        let name = path.strip_prefix(project.root.join("locales").join(tag)).ok();
        let name = name.map(|n| n.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
        let Some(name) = name else { continue };
        let (line, what) = match files.files.get(&name) {
            None if !keeps_references => continue,
            None => (1, "is missing".to_string()),
            Some(file) if file.text == text => continue,
            Some(file) => {
                let differs = file.text.lines().zip(text.lines()).position(|(a, b)| a != b);
                let line = differs.unwrap_or_else(|| file.text.lines().count().min(text.lines().count())) + 1;
                (line, "no longer matches the content".to_string())
            }
        };
        found.push(
            Diagnostic::warning(
                "l10n-reference-stale",
                &crate::diagnostic::Location::new(&path, line, 1),
                format!("the reference file translators work from {what}"),
            )
            .with_hint(format!("run `informed l10n update {tag}` to write it again from content/")),
        );
    }
}

fn translation(files: &LocaleTranslations, sources: &[SourceFile], source: &str, findings: &mut LocaleFindings) {
    let diagnostics = check_locale(sources, files, source);
    for d in diagnostics.iter().filter(|d| d.is_error()) {
        match files.files.iter().find(|(_, f)| f.path == d.file) {
            Some((name, _)) => {
                findings.broken_files.insert(name.clone());
            }
            // The state file cannot be read: nothing of the locale's record can be trusted.
            None if d.file == files.state_path => findings.unusable = true,
            // An unreadable `.ftl` is not among the files: it counts as missing.
            None => {}
        }
    }
    findings.diagnostics = diagnostics;
}
