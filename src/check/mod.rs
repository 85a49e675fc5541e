//! Checks a loaded project and reports every problem found, each tied to file, line and column.
//!
//! Content, the source language, and every translation: `informed check` and
//! `informed build` call the same [`check`]. Errors in content or the source
//! language stop the build; a translation's errors leave only that language
//! (or page) out. Checks never change the project: they only read it.

mod audit;
mod content;
mod fonts;
mod frequencies;
pub mod ipdas;
mod library;
pub mod locales;
mod prose;
pub mod readability;
mod sections;
mod templates;
pub mod todo;
pub mod translations;

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::l10n::status::{SourceFile, source_files};
use crate::load::Project;
use crate::model::Date;
use std::collections::BTreeMap;

pub use locales::LocaleFindings;

/// Everything the checks found.
#[derive(Debug, Clone)]
pub struct Report {
    /// Problems with content, templates and the source language: an error stops the build.
    pub site: Vec<Diagnostic>,
    /// Each translation's problems, by tag: an error leaves that language or page out.
    pub translations: BTreeMap<String, LocaleFindings>,
    /// What there is to translate, as the translation checks read it.
    pub sources: Vec<SourceFile>,
    /// The source language's tag and interface strings are sound: pages can be planned.
    pub source_usable: bool,
}

impl Report {
    /// Whether the build must stop.
    pub fn stops_build(&self) -> bool {
        self.site.iter().any(Diagnostic::is_error)
    }

    /// Every finding as `informed check` reports it, sorted by place.
    pub fn all(&self) -> Vec<Diagnostic> {
        let mut all = self.site.clone();
        all.extend(self.translations.values().flat_map(|f| f.diagnostics.iter().cloned()));
        diagnostic::sort(&mut all);
        all
    }

    /// Every finding as a build reports it: a translation's errors are warnings
    /// there, since they only leave that translation out.
    pub fn for_build(&self) -> Vec<Diagnostic> {
        let mut all = self.site.clone();
        for d in self.translations.values().flat_map(|f| f.diagnostics.iter()) {
            all.push(Diagnostic { severity: Severity::Warning, ..d.clone() });
        }
        diagnostic::sort(&mut all);
        all
    }
}

/// What the checks need to know beyond the project itself.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// Today's date, for review dates. Passed in so checks stay repeatable.
    pub today: Date,
}

/// Runs every check.
pub fn check(project: &Project, options: &CheckOptions) -> Report {
    let mut found = Vec::new();
    let sources = source_files(project);
    let before = found.len();
    let mut translations = locales::check(project, &sources, &mut found);
    let source_usable = !found[before..].iter().any(Diagnostic::is_error);
    content::check_site(project, &mut found);
    templates::check(project, &mut found);
    fonts::check(project, &mut found, &mut translations);
    todo::check(project, &mut found);
    library::check(project, options.today, &mut found);
    // Each procedure is checked on its own, in parallel.
    use rayon::prelude::*;
    let per_procedure: Vec<Vec<Diagnostic>> = project
        .procedures
        .par_iter()
        .map(|loaded| {
            let mut found = Vec::new();
            content::check_procedure(loaded, options, &mut found);
            frequencies::check(loaded, &mut found);
            audit::check(loaded, &mut found);
            sections::check(project, loaded, &mut found);
            prose::check(loaded, &mut found);
            ipdas::check(loaded, &mut found);
            readability::check(loaded, project.site.reading_age, &mut found);
            found
        })
        .collect();
    found.extend(per_procedure.into_iter().flatten());
    library::name_layers(project, &mut found);
    for findings in translations.values_mut() {
        library::name_layers(project, &mut findings.diagnostics);
    }
    diagnostic::sort(&mut found);
    Report { site: found, translations, sources, source_usable }
}
