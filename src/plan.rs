//! Which pages are published in which language, and with which notices: the publishing policy applied.
//!
//! A pure function of the loaded project and what the checks found. A
//! translation is published when every unit is translated (complete) and none
//! was translated from source text that has changed since (current). With
//! `publish_translations: drafts`, complete but stale translations are
//! published too, with a notice. Incomplete translations are never published,
//! so a page never mixes languages. A broken translation leaves only its own
//! language, or its own page, out. Where the site requires approval
//! (`require_approval: true`), a procedure whose content version no clinician
//! has approved is left out in every language, or with `--drafts` published
//! marked as a draft.

use crate::check::Report;
use crate::check::locales::tags;
use crate::diagnostic::{Diagnostic, Location};
use crate::l10n::status::{FileStatus, SourceFile, file_status, procedure_file};
use crate::load::{LoadedProcedure, LocaleTranslations, Project, TranslationFile};
use crate::model::PublishPolicy;
use std::path::PathBuf;
use unic_langid::LanguageIdentifier;

/// What is published, and what is left out and why.
#[derive(Debug)]
pub struct Plan<'a> {
    /// The locales to publish, the source first.
    pub locales: Vec<LocalePlan<'a>>,
    /// Languages and pages left out.
    pub left_out: Vec<LeftOut>,
}

/// One locale to publish.
#[derive(Debug)]
pub struct LocalePlan<'a> {
    /// The tag, as written in `site.yaml`.
    pub tag: String,
    /// The parsed tag.
    pub langid: LanguageIdentifier,
    /// Whether this is the source locale.
    pub is_source: bool,
    /// The locale's parsed translation files (its interface strings among them).
    pub files: &'a LocaleTranslations,
    /// The procedures published in this locale, in slug order.
    pub procedures: Vec<ProcedurePlan<'a>>,
    /// No qualified translator has reviewed this locale's interface strings
    /// (its index page carries the draft notice).
    pub ui_unreviewed: bool,
}

impl LocalePlan<'_> {
    /// Whether `slug` is published in this locale.
    pub fn publishes(&self, slug: &str) -> bool {
        self.procedures.iter().any(|p| p.loaded.procedure.slug == slug)
    }
}

/// One procedure page to publish in a locale.
#[derive(Debug)]
pub struct ProcedurePlan<'a> {
    /// The procedure.
    pub loaded: &'a LoadedProcedure,
    /// The translation file, for translated locales.
    pub translation: Option<&'a TranslationFile>,
    /// No qualified translator has reviewed every unit against the current source.
    pub unreviewed: bool,
    /// Some units were translated from source text that has changed since.
    pub stale: bool,
    /// Blocks edited since they were translated: (new id, old id). The page
    /// shows each new block in its old translation, with the stale notice.
    pub edited: Vec<(String, String)>,
    /// The site requires approval and no clinician has approved this content
    /// version: published only by a `--drafts` build, marked as a draft.
    pub unapproved: bool,
}

/// A language, or one page in it, that is not published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The locale.
    pub locale: String,
    /// The procedure, when only its page is left out.
    pub procedure: Option<String>,
    /// Why.
    pub reason: Reason,
    /// The locale's folder, where the reader of the warning should look.
    pub folder: PathBuf,
}

/// Why something is not published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The tag is wrong, there are no interface strings, or the state file cannot be read.
    Unusable,
    /// The interface strings are incomplete, out of date or broken.
    Interface,
    /// Some messages are not translated.
    Incomplete {
        /// How many are missing.
        missing: usize,
        /// How many the source has.
        total: usize,
    },
    /// The translation file has errors.
    Broken,
    /// Some messages were translated from text that has changed since.
    Stale {
        /// How many.
        count: usize,
    },
    /// The site requires approval, and this content version has none (in every language).
    Unapproved {
        /// The content version.
        version: String,
        /// The last approval of an earlier version: its version, who, in what role, when.
        last: Option<(String, String, String, String)>,
    },
}

impl LeftOut {
    /// The warning a build and `informed check` print; none where the checks
    /// have already said why the language cannot be used.
    pub fn diagnostic(&self) -> Option<Diagnostic> {
        let tag = &self.locale;
        if let Reason::Unapproved { version, last } = &self.reason {
            let slug = self.procedure.as_deref().unwrap_or_default();
            let since = match last {
                Some((old, by, role, on)) => {
                    format!("it has changed since content version {old} was approved by {by} ({role}) on {on}")
                }
                None => "it has never been approved".to_string(),
            };
            return Some(
                Diagnostic::warning(
                    "unapproved",
                    &Location::start_of(&self.folder),
                    format!(
                        "`{slug}` is not published: the site requires approval, and its content version {version} \
                         has none ({since})"
                    ),
                )
                .with_hint(format!(
                    "a clinician reviews it (`informed library diff` shows what changed) and records their approval \
                     with `informed approve {slug} --by NAME --role ROLE`; `informed build --drafts` publishes it \
                     marked as a draft meanwhile"
                )),
            );
        }
        let why = match &self.reason {
            Reason::Unusable => return None,
            Reason::Interface => "its interface strings are incomplete, out of date or broken".to_string(),
            Reason::Incomplete { missing, total } => format!("{missing} of {total} messages are not translated"),
            Reason::Broken => "its translation file has errors".to_string(),
            Reason::Stale { count } => format!("{count} messages were translated from text that has changed since"),
            Reason::Unapproved { .. } => return None,
        };
        let what = match &self.procedure {
            Some(s) => format!("`{s}` is not published in {tag}: {why}"),
            None => format!("nothing is published in {tag}: {why}"),
        };
        Some(
            Diagnostic::warning("locale-left-out", &Location::start_of(&self.folder), what)
                .with_hint(format!("`informed l10n status` shows what is missing or stale in {tag}")),
        )
    }
}

/// Applies the site's publishing policy. The source locale must have passed
/// the checks (the pipeline stops before the plan otherwise); it comes first.
/// Unapproved content (where the site requires approval) is left out, or
/// with `drafts` (`--drafts`, `informed serve`) published marked as a draft.
pub fn plan<'a>(project: &'a Project, report: &Report, drafts: bool) -> Plan<'a> {
    let site = &project.site;
    let mut plan = Plan { locales: Vec::new(), left_out: Vec::new() };
    // Which procedures no clinician has approved, where the site requires it.
    let unapproved = |loaded: &LoadedProcedure| {
        site.require_approval
            && project.approvals.approving(&loaded.procedure.slug, &loaded.content_version()).is_none()
    };
    let approval_left_out = project.procedures.iter().filter(|p| unapproved(p) && !drafts).map(|p| {
        let slug = &p.procedure.slug;
        LeftOut {
            locale: site.source_locale.clone(),
            procedure: Some(slug.clone()),
            reason: Reason::Unapproved {
                version: p.content_version(),
                last: project
                    .approvals
                    .last(slug)
                    .map(|a| (a.version.clone(), a.by.clone(), a.role.clone(), a.on.to_string())),
            },
            folder: project.approvals.file(slug),
        }
    });
    plan.left_out.extend(approval_left_out);
    let published = |loaded: &LoadedProcedure| drafts || !unapproved(loaded);
    let left_out = |tag: &str, procedure: Option<String>, reason: Reason| LeftOut {
        folder: project.root.join("locales").join(tag),
        locale: tag.to_string(),
        procedure,
        reason,
    };
    let none = crate::check::LocaleFindings::default();
    for (tag, _) in tags(project) {
        let is_source = tag == site.source_locale;
        let (Ok(langid), Some(files)) = (tag.parse::<LanguageIdentifier>(), project.translations.locale(&tag)) else {
            if !is_source {
                plan.left_out.push(left_out(&tag, None, Reason::Unusable));
            }
            continue;
        };
        if is_source {
            let procedures = project
                .procedures
                .iter()
                .filter(|loaded| published(loaded))
                .map(|loaded| ProcedurePlan {
                    loaded,
                    translation: None,
                    unreviewed: false,
                    stale: false,
                    edited: Vec::new(),
                    unapproved: unapproved(loaded),
                })
                .collect();
            plan.locales.insert(0, LocalePlan { tag, langid, is_source, files, procedures, ui_unreviewed: false });
            continue;
        }
        let findings = report.translations.get(&tag).unwrap_or(&none);
        if findings.unusable {
            plan.left_out.push(left_out(&tag, None, Reason::Unusable));
            continue;
        }
        let statuses: Vec<(&SourceFile, FileStatus)> =
            report.sources.iter().map(|s| (s, file_status(s, files))).collect();
        let policy = site.publish_translations;
        let usable = |st: &FileStatus| {
            st.complete()
                && (st.current() || policy == PublishPolicy::Drafts)
                && !findings.broken_files.contains(&st.file)
        };
        let ui: Vec<&FileStatus> = statuses.iter().filter(|(s, _)| s.slug.is_none()).map(|(_, st)| st).collect();
        if !ui.iter().all(|st| usable(st)) {
            plan.left_out.push(left_out(&tag, None, Reason::Interface));
            continue;
        }
        let by_file: std::collections::HashMap<&str, &FileStatus> =
            statuses.iter().map(|(s, st)| (s.name.as_str(), st)).collect();
        let ui_reviewed = ui.iter().all(|st| st.fully_reviewed());
        let ui_stale = ui.iter().any(|st| !st.current());
        let mut procedures = Vec::new();
        for loaded in project.procedures.iter().filter(|loaded| published(loaded)) {
            let file = procedure_file(&loaded.procedure.slug);
            let Some(st) = by_file.get(file.as_str()) else {
                continue;
            };
            if !usable(st) {
                let reason = if !st.complete() {
                    Reason::Incomplete { missing: st.missing.len(), total: st.total }
                } else if findings.broken_files.contains(&file) {
                    Reason::Broken
                } else {
                    Reason::Stale { count: st.stale.len() }
                };
                plan.left_out.push(left_out(&tag, Some(loaded.procedure.slug.clone()), reason));
                continue;
            }
            procedures.push(ProcedurePlan {
                loaded,
                translation: files.files.get(&file),
                unreviewed: !(st.fully_reviewed() && ui_reviewed),
                stale: !st.current() || ui_stale,
                edited: st.edited.clone(),
                unapproved: unapproved(loaded),
            });
        }
        plan.locales.push(LocalePlan { tag, langid, is_source, files, procedures, ui_unreviewed: !ui_reviewed });
    }
    plan
}
