//! What there is to translate: every source unit per translation file, and each locale's status against it.
//!
//! Read at build time by the plan (what is complete and current) and by translators' commands.

use super::units::{procedure_units, section, section_blocks};
use crate::hash::fingerprint;
use crate::load::ftl::{FtlFile, message};
use crate::load::{LocaleTranslations, Project};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One source unit.
#[derive(Debug, Clone)]
pub struct SourceUnit {
    /// Message id.
    pub id: String,
    /// The source text, as shown to translators.
    pub text: String,
    /// The unit as a Fluent message (`id = text`, escaped where the text is plain).
    pub fluent: String,
    /// Fingerprint of the source: changes when, and only when, the source does.
    pub fingerprint: String,
    /// Variables the source uses.
    pub variables: BTreeSet<String>,
    /// Attributes the source has.
    pub attributes: BTreeSet<String>,
    /// Whether the unit is Markdown.
    pub markdown: bool,
    /// For translators: where it appears, where it comes from, what to keep
    /// (procedure units), or the comment above the source message (interface strings).
    pub context: Option<String>,
}

/// How a translated message differs in shape from its source unit: the one
/// rule `check` and `l10n import` both hold a translation to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeFault {
    /// An attribute (`.title =`) the source does not have.
    ExtraAttribute(String),
    /// An attribute of the source the translation lacks.
    MissingAttribute(String),
    /// Attributes only, where the source has text.
    NoValue,
    /// A variable (`{ $events }`) the source does not use.
    ExtraVariable(String),
    /// A variable of the source the translation drops.
    MissingVariable(String),
}

/// Every way the translated message `m` differs in shape from `unit`.
pub fn shape_faults(unit: &SourceUnit, m: &crate::load::ftl::FtlMessage) -> Vec<ShapeFault> {
    let mut faults: Vec<ShapeFault> =
        m.attributes.difference(&unit.attributes).cloned().map(ShapeFault::ExtraAttribute).collect();
    faults.extend(unit.attributes.difference(&m.attributes).cloned().map(ShapeFault::MissingAttribute));
    // A message with attributes only is right only when the source has attributes only.
    if unit.attributes.is_empty() && !m.has_value {
        faults.push(ShapeFault::NoValue);
    }
    faults.extend(m.variables.difference(&unit.variables).cloned().map(ShapeFault::ExtraVariable));
    faults.extend(unit.variables.difference(&m.variables).cloned().map(ShapeFault::MissingVariable));
    faults
}

/// A file translators translate, with its source units.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path inside a locale folder: `ui.ftl` or `procedures/<slug>.ftl`.
    pub name: String,
    /// The procedure it belongs to, for procedure files.
    pub slug: Option<String>,
    /// Units in source order.
    pub units: Vec<SourceUnit>,
    /// The narrative sections, each translated block by block (procedure files only).
    pub sections: Vec<SourceSection>,
}

/// A narrative section of a procedure: the id its whole text had as one
/// message (before sections were translated block by block), the fingerprint
/// of that text, and the units of its blocks. `informed l10n update` splits an
/// old whole-section translation into these blocks.
#[derive(Debug, Clone)]
pub struct SourceSection {
    /// `section-about`.
    pub id: String,
    /// The fingerprint of the whole section's text.
    pub fingerprint: String,
    /// Its blocks: unit id and kind, in order.
    pub blocks: Vec<(String, crate::markdown::SegmentKind)>,
}

/// Everything translatable in the project.
pub fn source_files(project: &Project) -> Vec<SourceFile> {
    let mut files = Vec::new();
    let source = project.translations.locale(&project.site.source_locale);
    for (file, parsed) in source.into_iter().flat_map(|l| l.ui_files()) {
        let ftl = &parsed.ftl;
        let units = ftl
            .order
            .iter()
            .map(|id| {
                let m = &ftl.messages[id];
                SourceUnit {
                    id: id.clone(),
                    text: m.source.trim_end().to_string(),
                    fluent: m.source.clone(),
                    fingerprint: fingerprint(&m.source),
                    variables: m.variables.clone(),
                    attributes: m.attributes.clone(),
                    markdown: false,
                    context: m.comment.clone(),
                }
            })
            .collect();
        files.push(SourceFile { name: file.to_string(), slug: None, units, sections: Vec::new() });
    }
    // Each procedure's units on their own, in parallel, in the procedures' order.
    use rayon::prelude::*;
    let procedures: Vec<SourceFile> =
        project.procedures.par_iter().map(|loaded| procedure_source(&loaded.procedure)).collect();
    files.extend(procedures);
    files
}

/// What there is to translate of one procedure: its translation file's units and sections.
pub fn procedure_source(p: &crate::model::Procedure) -> SourceFile {
    let units = procedure_units(p)
        .into_iter()
        .map(|u| SourceUnit {
            fluent: message(&u.id, &u.source),
            fingerprint: fingerprint(&u.source),
            text: u.source.into_owned(),
            id: u.id,
            variables: BTreeSet::new(),
            attributes: BTreeSet::new(),
            markdown: u.markdown,
            context: Some(u.context),
        })
        .collect();
    let sections = p
        .sections
        .iter()
        .map(|(id, text)| SourceSection {
            id: section(id),
            fingerprint: fingerprint(text),
            blocks: section_blocks(id, text).into_iter().map(|b| (b.id, b.kind)).collect(),
        })
        .collect();
    SourceFile { name: procedure_file(&p.slug), slug: Some(p.slug.clone()), units, sections }
}

/// The translation file of a procedure, inside a locale folder.
pub fn procedure_file(slug: &str) -> String {
    crate::paths::procedure_translation(slug)
}

/// The reference files for translation tools: the source locale's procedure
/// text as Fluent, generated from content (never edited by hand).
pub fn reference_files(root: &Path, source_locale: &str, sources: &[SourceFile]) -> Vec<(PathBuf, String)> {
    sources
        .iter()
        .filter(|s| s.slug.is_some())
        .map(|source| {
            let mut text = format!(
                "# Generated from content/procedures/{}/ by `informed l10n update`.\n\
                 # Do not edit: change the content instead. Translation tools read this file\n\
                 # as the reference for {}.\n\n",
                source.slug.as_deref().unwrap_or_default(),
                source.name
            );
            for unit in &source.units {
                // A comment right above a message: Pontoon and Weblate show it beside the text.
                if let Some(context) = &unit.context {
                    text.push_str(&crate::load::ftl::comment("", context));
                    text.push('\n');
                }
                text.push_str(&message(&unit.id, &unit.text));
                text.push('\n');
            }
            (root.join("locales").join(source_locale).join(&source.name), text)
        })
        .collect()
}

/// How far one file is translated in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct FileStatus {
    /// Locale.
    pub locale: String,
    /// File inside the locale folder.
    pub file: String,
    /// Procedure, for procedure files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    /// Units in the source.
    pub total: usize,
    /// Units translated and current.
    pub translated: usize,
    /// Units with no translation.
    pub missing: Vec<String>,
    /// Units translated from source text that has changed since (or never confirmed).
    pub stale: Vec<String>,
    /// Translations of units the source no longer has.
    pub obsolete: Vec<String>,
    /// Units a reviewer checked, with the source unchanged since.
    pub reviewed: usize,
    /// Who last reviewed, and when.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// Translated and current, as a whole percentage of the source units.
    pub percent_complete: u32,
    /// Blocks whose source text was edited since they were translated: (new
    /// id, old id). Each new id counts as stale, its translation the old
    /// id's, until `informed l10n update` moves it ([`super::edits`]).
    #[serde(skip)]
    pub edited: Vec<(String, String)>,
}

impl FileStatus {
    /// Every unit is translated.
    pub fn complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// No unit is stale.
    pub fn current(&self) -> bool {
        self.stale.is_empty()
    }

    /// Every unit is reviewed, against the current source.
    pub fn fully_reviewed(&self) -> bool {
        self.reviewed == self.total
    }
}

/// Where one unit's translation stands in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum UnitState {
    /// Not translated.
    Missing,
    /// Translated, but not confirmed against the current source (never
    /// confirmed, or the source has changed since).
    Stale,
    /// Translated and confirmed against the current source.
    Current,
    /// Current, and covered by a review of the current source.
    Reviewed,
}

/// The state of `unit` of the file `file` in `translations`.
pub fn unit_state(file: &str, unit: &SourceUnit, translations: &LocaleTranslations) -> UnitState {
    if !translations.files.get(file).is_some_and(|f| f.ftl.messages.contains_key(&unit.id)) {
        return UnitState::Missing;
    }
    let state = &translations.state;
    if state.translated.get(file).and_then(|r| r.get(&unit.id)) != Some(&unit.fingerprint) {
        return UnitState::Stale;
    }
    if state.reviews.get(file).and_then(|r| r.units.get(&unit.id)) == Some(&unit.fingerprint) {
        UnitState::Reviewed
    } else {
        UnitState::Current
    }
}

/// The status of `source` in `translations`.
pub fn file_status(source: &SourceFile, translations: &LocaleTranslations) -> FileStatus {
    let empty = FtlFile::default();
    let ftl = translations.files.get(&source.name).map_or(&empty, |f| &f.ftl);
    let recorded = translations.state.translated.get(&source.name);
    let review = translations.state.reviews.get(&source.name);
    let mut status = FileStatus {
        locale: translations.locale.clone(),
        file: source.name.clone(),
        procedure: source.slug.clone(),
        total: source.units.len(),
        translated: 0,
        missing: Vec::new(),
        stale: Vec::new(),
        obsolete: Vec::new(),
        reviewed: 0,
        reviewer: review.map(|r| format!("{} on {}", r.by, r.on)),
        percent_complete: 0,
        edited: Vec::new(),
    };
    let ids: BTreeSet<&str> = source.units.iter().map(|u| u.id.as_str()).collect();
    if source.units.iter().any(|u| !ftl.messages.contains_key(&u.id)) {
        status.edited = super::edits::edited_blocks(source, ftl, &BTreeSet::new(), &|_| false);
    }
    let moved: BTreeSet<&str> = status.edited.iter().map(|(_, old)| old.as_str()).collect();
    for unit in &source.units {
        if !ftl.messages.contains_key(&unit.id) {
            if status.edited.iter().any(|(new, _)| *new == unit.id) {
                status.stale.push(unit.id.clone());
            } else {
                status.missing.push(unit.id.clone());
            }
            continue;
        }
        if recorded.and_then(|r| r.get(&unit.id)) == Some(&unit.fingerprint) {
            status.translated += 1;
        } else {
            status.stale.push(unit.id.clone());
        }
        if review.and_then(|r| r.units.get(&unit.id)) == Some(&unit.fingerprint) {
            status.reviewed += 1;
        }
    }
    status.obsolete =
        ftl.order.iter().filter(|id| !ids.contains(id.as_str()) && !moved.contains(id.as_str())).cloned().collect();
    status.percent_complete = (status.translated * 100).checked_div(status.total).map_or(100, |p| p as u32);
    status
}
