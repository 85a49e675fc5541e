//! Which pages are published in which language, and with which notices: the publishing policy applied.
//!
//! A translation is published when every unit is translated (complete) and none
//! was translated from source text that has changed since (current). With
//! `publish_translations: drafts`, complete but stale translations are published
//! too, with a notice. Incomplete translations are never published, so a page
//! never mixes languages. A broken translation leaves only its own locale out.

use crate::diagnostic::{Diagnostic, Location};
use crate::check::translations::check_locale;
use crate::translate::inventory::{FileStatus, SourceFile, file_status, locale_translations, procedure_file};
use crate::load::Project;
use crate::model::PublishPolicy;
use std::path::PathBuf;
use unic_langid::LanguageIdentifier;

/// One locale to publish.
#[derive(Debug, Clone)]
pub struct LocalePlan {
    /// The tag, as written in `site.yaml`.
    pub tag: String,
    /// The parsed tag.
    pub langid: LanguageIdentifier,
    /// Whether this is the source locale.
    pub is_source: bool,
    /// Interface string files (path and text).
    pub ui_files: Vec<(PathBuf, String)>,
    /// Whether the interface strings have a current, complete review.
    pub ui_reviewed: bool,
    /// Whether some interface strings are stale (drafts policy only).
    pub ui_stale: bool,
    /// The procedures published in this locale.
    pub procedures: Vec<ProcedurePlan>,
}

/// One procedure page to publish in a locale.
#[derive(Debug, Clone)]
pub struct ProcedurePlan {
    /// Index into `Project::procedures`.
    pub index: usize,
    /// The translation file (path and text), for translated locales.
    pub translation: Option<(PathBuf, String)>,
    /// No qualified translator has reviewed every unit against the current source.
    pub unreviewed: bool,
    /// Some units were translated from source text that has changed since.
    pub stale: bool,
}

/// The plan, plus every translation diagnostic found while making it (errors
/// among them mean that locale, or that page, was left out).
pub fn plan(project: &Project, sources: &[SourceFile]) -> (Vec<LocalePlan>, Vec<Diagnostic>) {
    let site = &project.site;
    let mut found = Vec::new();
    let mut plans = Vec::new();
    let mut tags = vec![(site.source_locale.clone(), "source_locale".to_string())];
    for (i, tag) in site.locales.iter().enumerate() {
        if tag != &site.source_locale {
            tags.push((tag.clone(), format!("locales.{i}")));
        }
    }
    for (tag, span) in tags {
        let at = project.site_spans.at(&span);
        let Ok(langid) = tag.parse::<LanguageIdentifier>() else {
            found.push(
                Diagnostic::error("invalid-locale", &at, format!("`{tag}` is not a language tag"))
                    .with_hint("write a BCP 47 tag such as en-GB, cy, ar or pl"),
            );
            continue;
        };
        if langid.to_string() != tag {
            found.push(
                Diagnostic::error("invalid-locale", &at, format!("write `{tag}` as `{langid}`")).with_hint(
                    "one spelling everywhere: folder names, web addresses and `lang` use the canonical form",
                ),
            );
            continue;
        }
        let is_source = tag == site.source_locale;
        let ui_files: Vec<(PathBuf, String)> = project
            .locales
            .iter()
            .filter(|(name, ..)| {
                name.strip_prefix(&format!("{tag}/"))
                    .is_some_and(|f| f.ends_with(".ftl") && !f.starts_with("procedures/"))
            })
            .map(|(_, path, text)| (path.to_path_buf(), text.to_string()))
            .collect();
        if ui_files.is_empty() {
            found.push(
                Diagnostic::error("missing-locale", &at, format!("there are no interface strings for `{tag}`"))
                    .with_hint(format!("run `informed l10n update {tag}` to create locales/{tag}/ui.ftl")),
            );
            continue;
        }
        if is_source {
            // The source language's own strings must be whole: without them nothing can be built.
            let parsed: Vec<(PathBuf, crate::l10n::ftl::FtlFile)> =
                ui_files.iter().map(|(p, t)| (p.clone(), crate::l10n::ftl::FtlFile::parse(t))).collect();
            let files: Vec<(&std::path::Path, &crate::l10n::ftl::FtlFile)> =
                parsed.iter().map(|(p, f)| (p.as_path(), f)).collect();
            let mut problems = crate::check::translations::resolution(&files);
            problems.extend(
                project
                    .locales
                    .broken
                    .iter()
                    .filter(|(name, _)| name.starts_with(&format!("{tag}/")))
                    .map(|(_, d)| d.clone()),
            );
            if !problems.is_empty() {
                found.extend(problems);
                continue;
            }
            let procedures = (0..project.procedures.len())
                .map(|index| ProcedurePlan { index, translation: None, unreviewed: false, stale: false })
                .collect();
            plans.push(LocalePlan { tag, langid, is_source, ui_files, ui_reviewed: true, ui_stale: false, procedures });
            continue;
        }
        let translations = match locale_translations(project, &tag) {
            Ok(t) => t,
            Err(d) => {
                found.push(d);
                continue;
            }
        };
        let diagnostics = check_locale(sources, &translations, &site.source_locale);
        let broken = |file: &str| {
            diagnostics.iter().any(|d| d.is_error() && translations.files.get(file).is_some_and(|(p, ..)| *p == d.file))
        };
        let statuses: Vec<(&SourceFile, FileStatus)> =
            sources.iter().map(|s| (s, file_status(s, &translations))).collect();
        let ui: Vec<&FileStatus> = statuses.iter().filter(|(s, _)| s.slug.is_none()).map(|(_, st)| st).collect();
        let policy = site.publish_translations;
        let usable =
            |st: &FileStatus| st.complete() && (st.current() || policy == PublishPolicy::Drafts) && !broken(&st.file);
        let ui_ok = ui.iter().all(|st| usable(st));
        let ui_reviewed = ui.iter().all(|st| st.fully_reviewed());
        let ui_stale = ui.iter().any(|st| !st.current());
        if !ui_ok {
            found.push(left_out(
                &translations.state_path,
                &tag,
                "its interface strings are incomplete, out of date or broken",
                None,
            ));
            found.extend(diagnostics);
            continue;
        }
        let mut procedures = Vec::new();
        for (index, loaded) in project.procedures.iter().enumerate() {
            let file = procedure_file(&loaded.procedure.slug);
            let Some((_, st)) = statuses.iter().find(|(s, _)| s.name == file) else {
                continue;
            };
            if !usable(st) {
                let why = if !st.complete() {
                    format!("{} of {} messages are not translated", st.missing.len(), st.total)
                } else if broken(&file) {
                    "its translation file has errors".to_string()
                } else {
                    format!("{} messages were translated from text that has changed since", st.stale.len())
                };
                found.push(left_out(&translations.state_path, &tag, &why, Some(&loaded.procedure.slug)));
                continue;
            }
            procedures.push(ProcedurePlan {
                index,
                translation: translations.files.get(&file).map(|(p, t, _)| (p.clone(), t.clone())),
                unreviewed: !(st.fully_reviewed() && ui_reviewed),
                stale: !st.current() || ui_stale,
            });
        }
        found.extend(diagnostics);
        plans.push(LocalePlan { tag, langid, is_source, ui_files, ui_reviewed, ui_stale, procedures });
    }
    (plans, found)
}

fn left_out(state_path: &std::path::Path, tag: &str, why: &str, slug: Option<&str>) -> Diagnostic {
    let what = match slug {
        Some(s) => format!("`{s}` is not published in {tag}: {why}"),
        None => format!("nothing is published in {tag}: {why}"),
    };
    let dir = state_path.parent().map(|p| p.to_path_buf()).unwrap_or_default();
    Diagnostic::warning("locale-left-out", &Location::start_of(&dir), what)
        .with_hint(format!("`informed l10n status` shows what is missing or stale in {tag}"))
}
