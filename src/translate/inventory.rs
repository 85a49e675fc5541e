//! What there is to translate: every source unit per translation file, and each locale's status against it.

use crate::l10n::ftl::FtlFile;
use super::state::{STATE_FILE, State};
use crate::l10n::units::procedure_units;
use crate::diagnostic::Diagnostic;
use crate::hash::fingerprint;
use crate::load::{BUILT_IN, EMBEDDED_LOCALES, Project, yaml};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// One source unit.
#[derive(Debug, Clone)]
pub struct SourceUnit {
    /// Message id.
    pub id: String,
    /// The source text, as shown to translators.
    pub text: String,
    /// Fingerprint of the source: changes when, and only when, the source does.
    pub fingerprint: String,
    /// Variables the source uses.
    pub variables: BTreeSet<String>,
    /// Attributes the source has.
    pub attributes: BTreeSet<String>,
    /// Whether the unit is Markdown.
    pub markdown: bool,
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
}

/// Everything translatable in the project.
pub fn source_files(project: &Project) -> Vec<SourceFile> {
    let source = &project.site.source_locale;
    let prefix = format!("{source}/");
    let mut files = Vec::new();
    for (name, _, text) in project.locales.iter() {
        let Some(file) = name.strip_prefix(&prefix) else {
            continue;
        };
        if !file.ends_with(".ftl") || file.starts_with("procedures/") {
            continue;
        }
        let ftl = FtlFile::parse(text);
        let units = ftl
            .order
            .iter()
            .map(|id| {
                let m = &ftl.messages[id];
                SourceUnit {
                    id: id.clone(),
                    text: m.source.trim_end().to_string(),
                    fingerprint: fingerprint(&m.source),
                    variables: m.variables.clone(),
                    attributes: m.attributes.clone(),
                    markdown: false,
                }
            })
            .collect();
        files.push(SourceFile { name: file.to_string(), slug: None, units });
    }
    for loaded in &project.procedures {
        let p = &loaded.procedure;
        let units = procedure_units(p)
            .into_iter()
            .map(|u| SourceUnit {
                id: u.id,
                text: u.source.to_string(),
                fingerprint: fingerprint(u.source),
                variables: BTreeSet::new(),
                attributes: BTreeSet::new(),
                markdown: u.markdown,
            })
            .collect();
        files.push(SourceFile { name: procedure_file(&p.slug), slug: Some(p.slug.clone()), units });
    }
    files
}

/// The translation file of a procedure, inside a locale folder.
pub fn procedure_file(slug: &str) -> String {
    format!("procedures/{slug}.ftl")
}

/// The translations of one locale, parsed, with its state.
#[derive(Debug, Clone)]
pub struct LocaleTranslations {
    /// BCP 47 tag.
    pub locale: String,
    /// Translation files by name, with where each came from and its text.
    pub files: BTreeMap<String, (PathBuf, String, FtlFile)>,
    /// The recorded state: the site's own, with the built-in state for built-in files.
    pub state: State,
    /// The site's own state file, as read: what `confirm` and `review` add to.
    pub site_state: State,
    /// Where the state file is (or would be).
    pub state_path: PathBuf,
    /// Files of this locale that could not be read as text, and why.
    pub unreadable: Vec<Diagnostic>,
}

/// Reads a locale's translation files and state from the project.
pub fn locale_translations(project: &Project, locale: &str) -> Result<LocaleTranslations, Diagnostic> {
    let prefix = format!("{locale}/");
    let mut files = BTreeMap::new();
    let mut state = State::default();
    // Confirmations and reviews are always written to the site's own folder,
    // even when the state read so far is the built-in one.
    let state_path = project.root.join("locales").join(locale).join(STATE_FILE);
    for (name, path, text) in project.locales.iter() {
        let Some(file) = name.strip_prefix(&prefix) else {
            continue;
        };
        if file == STATE_FILE {
            if !path.starts_with(BUILT_IN) {
                state = yaml::parse::<State>(path, text)?.0;
            }
        } else if file.ends_with(".ftl") {
            files.insert(file.to_string(), (path.to_path_buf(), text.to_string(), FtlFile::parse(text)));
        }
    }
    let unreadable =
        project.locales.broken.iter().filter(|(name, _)| name.starts_with(&prefix)).map(|(_, d)| d.clone()).collect();
    let site_state = state.clone();
    merge_builtin_state(locale, &files, &mut state)?;
    Ok(LocaleTranslations { locale: locale.to_string(), files, state, site_state, state_path, unreadable })
}

/// The built-in translations carry their own state; it counts for the files that
/// are still the built-in ones, where the site's own state says nothing.
fn merge_builtin_state(
    locale: &str,
    files: &BTreeMap<String, (PathBuf, String, FtlFile)>,
    state: &mut State,
) -> Result<(), Diagnostic> {
    let builtin = format!("{locale}/{STATE_FILE}");
    let Some((_, text)) = EMBEDDED_LOCALES.iter().find(|(name, _)| *name == builtin) else {
        return Ok(());
    };
    let path = PathBuf::from(format!("{BUILT_IN}/{builtin}"));
    let shipped = yaml::parse::<State>(&path, text)?.0;
    let is_builtin = |file: &str| files.get(file).is_some_and(|(p, ..)| p.starts_with(BUILT_IN));
    for (file, entries) in shipped.translated {
        if is_builtin(&file) {
            state.translated.entry(file).or_insert(entries);
        }
    }
    for (file, review) in shipped.reviews {
        if is_builtin(&file) {
            state.reviews.entry(file).or_insert(review);
        }
    }
    Ok(())
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

/// The status of `source` in `translations`.
pub fn file_status(source: &SourceFile, translations: &LocaleTranslations) -> FileStatus {
    let empty = FtlFile::default();
    let ftl = translations.files.get(&source.name).map_or(&empty, |(_, _, f)| f);
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
    };
    let ids: BTreeSet<&str> = source.units.iter().map(|u| u.id.as_str()).collect();
    for unit in &source.units {
        if !ftl.messages.contains_key(&unit.id) {
            status.missing.push(unit.id.clone());
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
    status.obsolete = ftl.order.iter().filter(|id| !ids.contains(id.as_str())).cloned().collect();
    status.percent_complete = (status.translated * 100).checked_div(status.total).map_or(100, |p| p as u32);
    status
}
