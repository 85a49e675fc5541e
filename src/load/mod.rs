//! Reads a site folder (content, locales, templates) into the typed model, keeping where each value came from.

mod files;
pub mod yaml;

pub use files::{BUILT_IN, EMBEDDED_LOCALES, EMBEDDED_TEMPLATES, FileSet};
pub use yaml::Spans;

use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::model::{Procedure, SECTION_IDS, Site};
use std::path::{Path, PathBuf};

/// Everything a build reads, loaded and parsed but not yet checked.
#[derive(Debug)]
pub struct Project {
    /// The `content/` folder.
    pub content_dir: PathBuf,
    /// `content/site.yaml`.
    pub site: Site,
    /// Where each value of `site.yaml` sits.
    pub site_spans: Spans,
    /// A hash of `site.yaml`: its contact details are printed on every page and leaflet.
    pub site_hash: String,
    /// Every procedure, sorted by slug.
    pub procedures: Vec<LoadedProcedure>,
    /// The site folder: `content/`, `locales/` and `templates/` sit in it.
    pub root: PathBuf,
    /// Fluent files and translation state: the embedded defaults with the site's
    /// own `locales/` on top, keyed by path relative to `locales/` (`en-GB/ui.ftl`).
    pub locales: FileSet,
    /// Templates: the embedded defaults with the site's own `templates/` on top.
    pub templates: FileSet,
}

/// A procedure with the places its values came from.
#[derive(Debug)]
pub struct LoadedProcedure {
    /// The procedure.
    pub procedure: Procedure,
    /// Where each value of `procedure.yaml` sits.
    pub spans: Spans,
    /// The procedure's folder.
    pub dir: PathBuf,
    /// A hash of `procedure.yaml` and its sections: changes when, and only when, they do.
    pub content_hash: String,
}

impl LoadedProcedure {
    /// The Markdown file of a narrative section.
    pub fn section_file(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.md"))
    }
}

/// Loads the site whose content is in `content_dir`. Its `locales/` and
/// `templates/` folders, if any, sit beside `content_dir`.
pub fn load(content_dir: &Path) -> Result<Project, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let root = content_dir.parent().unwrap_or(Path::new("."));
    let site_file = content_dir.join("site.yaml");
    let site = match read(&site_file) {
        Ok(text) => match yaml::parse::<Site>(&site_file, &text) {
            Ok((site, spans)) => Some((site, spans, crate::hash::fingerprint(&text))),
            Err(d) => {
                diagnostics.push(d);
                None
            }
        },
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    let procedures = load_procedures(&content_dir.join("procedures"), &mut diagnostics);
    let locales = FileSet::load(&root.join("locales"), EMBEDDED_LOCALES, &["ftl", "yaml"], &mut diagnostics);
    let templates = FileSet::load(&root.join("templates"), EMBEDDED_TEMPLATES, &[], &mut diagnostics);
    match site {
        Some((site, site_spans, site_hash)) if diagnostics.iter().all(|d| !d.is_error()) => Ok(Project {
            content_dir: content_dir.to_path_buf(),
            root: root.to_path_buf(),
            site,
            site_spans,
            site_hash,
            procedures,
            locales,
            templates,
        }),
        _ => Err(diagnostics),
    }
}

/// Reads a text file, or says why it cannot.
pub fn read(file: &Path) -> Result<String, Diagnostic> {
    std::fs::read_to_string(file).map_err(|err| {
        Diagnostic::error("unreadable-file", &Location::start_of(file), format!("cannot read this file: {err}"))
    })
}

fn load_procedures(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<LoadedProcedure> {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(read) => read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect(),
        Err(_) => {
            diagnostics.push(
                Diagnostic::error("no-procedures", &Location::start_of(dir), "there is no `procedures` folder")
                    .with_hint("each procedure lives in content/procedures/<slug>/procedure.yaml"),
            );
            return Vec::new();
        }
    };
    entries.sort();
    let mut procedures = Vec::new();
    for dir in entries {
        let slug = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let file = dir.join("procedure.yaml");
        if !is_valid_slug(&slug) {
            diagnostics.push(
                Diagnostic::error(
                    "invalid-slug",
                    &Location::start_of(&file),
                    format!("`{slug}` cannot be a procedure's folder name: it becomes part of the web address"),
                )
                .with_hint("use lowercase letters a-z, digits and single hyphens, starting with a letter"),
            );
            continue;
        }
        let text = match read(&file) {
            Ok(t) => t,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let (mut procedure, spans) = match yaml::parse::<Procedure>(&file, &text) {
            Ok(pair) => pair,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        procedure.slug = slug;
        load_sections(&dir, &mut procedure, diagnostics);
        let mut hasher = crate::hash::Hasher::new();
        hasher.add("procedure.yaml", &text);
        for (id, section) in &procedure.sections {
            hasher.add(id, section);
        }
        let content_hash = hasher.finish();
        procedures.push(LoadedProcedure { procedure, spans, dir, content_hash });
    }
    procedures
}

fn load_sections(dir: &Path, procedure: &mut Procedure, diagnostics: &mut Vec<Diagnostic>) {
    let mut others: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|read| read.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    others.sort();
    for path in others {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if path.extension().is_some_and(|e| e == "md") && !SECTION_IDS.contains(&stem.as_str()) {
            let hint = match did_you_mean(&stem, SECTION_IDS) {
                Some(id) => format!("did you mean `{id}.md`?"),
                None => format!("the sections a procedure may have are: {}", SECTION_IDS.join(", ")),
            };
            diagnostics.push(
                Diagnostic::error("unknown-section", &Location::start_of(&path), format!("`{stem}` is not a section"))
                    .with_hint(hint),
            );
        }
    }
    for id in SECTION_IDS {
        let file = dir.join(format!("{id}.md"));
        if file.exists() {
            match read(&file) {
                Ok(text) => {
                    procedure.sections.insert(id.to_string(), text);
                }
                Err(d) => diagnostics.push(d),
            }
        }
    }
}

/// Whether `slug` is safe as a folder name and a URL segment:
/// lowercase ASCII letters and digits in hyphen-separated words, starting with a letter.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 100
        && slug.starts_with(|c: char| c.is_ascii_lowercase())
        && slug.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::is_valid_slug;

    #[test]
    fn slugs() {
        assert!(is_valid_slug("intramedullary-distraction-lower-limb-lengthening"));
        assert!(is_valid_slug("ipg718"));
        for bad in ["", "..", "Caps", "a--b", "-a", "a-", "a b", "a/b", "1abc", "é"] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }
}
