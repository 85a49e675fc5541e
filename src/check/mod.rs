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
    let per_procedure: Vec<Vec<Diagnostic>> =
        project.procedures.par_iter().map(|loaded| procedure_checks(project, loaded, options)).collect();
    found.extend(per_procedure.into_iter().flatten());
    library::name_layers(project, &mut found);
    for findings in translations.values_mut() {
        library::name_layers(project, &mut findings.diagnostics);
    }
    diagnostic::sort(&mut found);
    Report { site: found, translations, sources, source_usable }
}

/// The checks of one procedure on its own.
fn procedure_checks(
    project: &Project,
    loaded: &crate::load::LoadedProcedure,
    options: &CheckOptions,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    content::check_procedure(loaded, options, &mut found);
    frequencies::check(loaded, &mut found);
    audit::check(loaded, &mut found);
    sections::check(project, loaded, &mut found);
    prose::check(loaded, &mut found);
    ipdas::check(loaded, &mut found);
    readability::check(loaded, project.site.reading_age, &mut found);
    found
}

/// Everything [`check`] finds about one procedure: its own checks, its
/// `TODO`s and local layers, its fonts, its reference file and its file in
/// each translation. `informed serve` swaps these in its kept [`Report`]
/// when a procedure changes ([`Report::replace_procedure`]), instead of
/// checking the whole library again.
#[derive(Debug, Clone)]
pub struct ProcedureFindings {
    site: Vec<Diagnostic>,
    translations: BTreeMap<String, Vec<Diagnostic>>,
    source: SourceFile,
    keeps_references: bool,
}

/// What [`check`] finds about the procedure `slug` of `project`, whose
/// whole check gave `report`; `None` where that cannot be told apart from
/// the rest (no such procedure, a language that cannot be published, the
/// source language's strings broken): check everything then.
pub fn check_procedure(
    project: &Project,
    slug: &str,
    options: &CheckOptions,
    report: &Report,
) -> Option<ProcedureFindings> {
    if !report.source_usable || report.translations.values().any(|f| f.unusable) {
        return None;
    }
    let loaded = project.procedures.iter().find(|p| p.procedure.slug == slug)?;
    let source = crate::l10n::status::procedure_source(&loaded.procedure);
    let mut site = procedure_checks(project, loaded, options);
    todo::check_procedure(loaded, &mut site);
    for local in &loaded.locals {
        library::check_local(loaded, local, &mut site);
    }
    let mut translations: BTreeMap<String, LocaleFindings> =
        report.translations.keys().map(|tag| (tag.clone(), LocaleFindings::default())).collect();
    locales::check_procedure(project, &source, &mut site, &mut translations);
    fonts::check_procedures(project, Some(slug), &mut site, &mut translations);
    library::name_layers(project, &mut site);
    let mut translations: BTreeMap<String, Vec<Diagnostic>> =
        translations.into_iter().map(|(tag, findings)| (tag, findings.diagnostics)).collect();
    for found in translations.values_mut() {
        library::name_layers(project, found);
    }
    let keeps_references =
        project.translations.locale(&project.site.source_locale).is_some_and(locales::keeps_references);
    Some(ProcedureFindings { site, translations, source, keeps_references })
}

impl Report {
    /// The report of `project` with one procedure changed: `old`, what
    /// [`check_procedure`] found of it before, taken out, and `new`, what it
    /// finds in `project` now, put in. `false` when the change reaches past
    /// the procedure (the report may then be half changed: check everything).
    pub fn replace_procedure(&mut self, project: &Project, old: &ProcedureFindings, new: ProcedureFindings) -> bool {
        let Some(at) = self.sources.iter().position(|s| s.name == old.source.name) else { return false };
        if new.source.name != old.source.name
            || new.keeps_references != old.keeps_references
            || !new.translations.keys().eq(self.translations.keys())
        {
            return false;
        }
        take_out(&mut self.site, &old.site);
        self.site.extend(new.site);
        diagnostic::sort(&mut self.site);
        for (tag, found) in new.translations {
            let (Some(findings), Some(before), Some(files)) =
                (self.translations.get_mut(&tag), old.translations.get(&tag), project.translations.locale(&tag))
            else {
                return false;
            };
            // The files whose errors may have changed, the procedure's own
            // among them: a file is broken while it has an error.
            let touched: std::collections::BTreeSet<std::path::PathBuf> =
                before.iter().chain(&found).filter(|d| d.is_error()).map(|d| d.file.clone()).collect();
            take_out(&mut findings.diagnostics, before);
            findings.diagnostics.extend(found);
            findings.broken_files.remove(&new.source.name);
            for (name, file) in files.files.iter().filter(|(_, f)| touched.contains(&f.path)) {
                if findings.diagnostics.iter().any(|d| d.is_error() && d.file == file.path) {
                    findings.broken_files.insert(name.clone());
                } else {
                    findings.broken_files.remove(name);
                }
            }
        }
        self.sources[at] = new.source;
        true
    }
}

/// Takes one of each of `these` out of `from`.
fn take_out(from: &mut Vec<Diagnostic>, these: &[Diagnostic]) {
    for d in these {
        if let Some(at) = from.iter().position(|f| f == d) {
            from.remove(at);
        }
    }
}
