//! Reads a site folder (content, locales, templates) into the typed model, keeping where each value came from.

mod files;
pub mod fonts;
pub mod ftl;
pub mod guard;
pub mod kept;
pub mod library;
mod locales;
pub mod markdown_limits;
pub mod templates;
pub mod yaml;

pub use files::{BUILT_IN, EMBEDDED_LOCALES, EMBEDDED_TEMPLATES, FileSet, Origin, is_copied_asset};
pub use fonts::system_fonts;
pub use guard::{Guard, Sources};
pub use library::{ApprovalFile, Approvals, Library, Local};
pub use locales::{LocaleTranslations, TranslationFile, Translations};
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
    /// The text of `site.yaml`, for checks that read the text itself (`TODO`s).
    pub site_text: String,
    /// Every procedure, sorted by slug.
    pub procedures: Vec<LoadedProcedure>,
    /// The site folder: `content/`, `locales/` and `templates/` sit in it.
    pub root: PathBuf,
    /// Fluent files, parsed, and each locale's translation state: the embedded
    /// defaults with the site's own `locales/` on top.
    pub translations: Translations,
    /// Templates: the embedded defaults with the site's own `templates/` on top.
    pub templates: FileSet,
    /// The tera templates among them, compiled.
    pub compiled: templates::Compiled,
    /// The fonts PDF leaflets may use, path and bytes, in order of preference:
    /// the site's own `fonts/`, then DejaVu Sans from the system.
    pub fonts: Vec<(PathBuf, Vec<u8>)>,
    /// The families those fonts (and typst's embedded ones) give, in the
    /// order a PDF's font is chosen, with what each covers: empty without PDF support.
    pub families: Vec<fonts::Family>,
    /// The site's `static/` files (a logo, a favicon, a web server's `.htaccess`),
    /// copied into the output byte for byte: path relative to `static/`, and bytes.
    pub static_files: Vec<(String, Vec<u8>)>,
    /// The libraries whose procedures the site publishes, a library before its own.
    pub libraries: Vec<Library>,
    /// Who approved which version of each procedure (`approvals/`).
    pub approvals: Approvals,
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
    /// How many bytes of text the procedure holds.
    pub size: u64,
    /// The text of `procedure.yaml`, for checks that read the text itself
    /// (`TODO`s); the sections' text is in `procedure.sections`.
    pub text: String,
    /// The library the procedure comes from (`regional/national` for a
    /// library's library); `None` for the site's own.
    pub library: Option<String>,
    /// The local layers laid over a library's procedure, the site's last.
    pub locals: Vec<Local>,
}

impl LoadedProcedure {
    /// The Markdown file of a narrative section: a local layer's, where one replaces it.
    pub fn section_file(&self, id: &str) -> PathBuf {
        match self.locals.iter().rev().find(|l| l.sections.contains_key(id)) {
            Some(local) => local.dir.join(format!("{id}.md")),
            None => self.dir.join(format!("{id}.md")),
        }
    }

    /// The content version: what a clinician approves (the procedure's
    /// files in every layer), the same in every language.
    pub fn content_version(&self) -> String {
        crate::model::content_version(&self.content_hash)
    }
}

/// Loads the site whose content is in `content_dir`. Its `locales/` and
/// `templates/` folders, if any, sit beside `content_dir`.
pub fn load(content_dir: &Path) -> Result<Project, Vec<Diagnostic>> {
    load_with_sources(content_dir, None).0
}

/// [`load`], with the text of every file it read (and the built-in files),
/// for reports that show the source around a problem.
///
/// With `only`, only those procedures (by slug) and their translations are
/// read, as if the site had no others: `informed serve --procedure` previews
/// one procedure of a large library without reading the whole library on
/// every save.
pub fn load_with_sources(content_dir: &Path, only: Option<&[String]>) -> (Result<Project, Vec<Diagnostic>>, Sources) {
    let root = match content_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let guard = match Guard::new(root) {
        Ok(guard) => guard,
        Err(d) => return (Err(vec![d]), Sources::new()),
    };
    let result = load_through(&guard, content_dir, root, only);
    let mut sources = guard.into_sources();
    for files in [EMBEDDED_LOCALES, EMBEDDED_TEMPLATES] {
        for (name, text) in files {
            sources.insert(PathBuf::from(format!("{BUILT_IN}/{name}")), text.to_string());
        }
    }
    (result, sources)
}

/// A procedure read again, with its translation files in every locale.
pub type Reloaded = (LoadedProcedure, Translations);

/// One procedure of the site's own (`content/procedures/<slug>/`) and its
/// translation file in each locale of the site's `locales/`, read through
/// the guard exactly as a whole load reads them, for `informed serve` to lay
/// into the project it keeps ([`Translations::replace_procedure`]) instead of
/// reading the whole library again after a save. `Ok(None)` when the folder
/// holds no procedure of the site's own (a local layer, a hidden folder).
pub fn reload_procedure(content_dir: &Path, slug: &str) -> (Result<Option<Reloaded>, Vec<Diagnostic>>, Sources) {
    let root = match content_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let guard = match Guard::new(root) {
        Ok(guard) => guard,
        Err(d) => return (Err(vec![d]), Sources::new()),
    };
    let mut diagnostics = Vec::new();
    let content = guard.scoped(content_dir);
    let folder = content_dir.join(crate::paths::PROCEDURES);
    let procedure = match content.admit(&folder) {
        Ok(false) => load_procedure(&content, folder.join(slug), &mut diagnostics),
        Ok(true) => None,
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    let ours =
        |name: &str| name.split_once('/').and_then(|(_, file)| crate::paths::translated_procedure(file)) == Some(slug);
    let locales = root.join("locales");
    let files = FileSet::load(&guard.scoped(&locales), &locales, &[], &["ftl"], true, &ours, &mut diagnostics);
    let result = if diagnostics.iter().any(Diagnostic::is_error) {
        Err(diagnostics)
    } else {
        Ok(procedure.map(|p| (p, Translations::parse(root, files))))
    };
    (result, guard.into_sources())
}

fn load_through(
    guard: &Guard,
    content_dir: &Path,
    root: &Path,
    only: Option<&[String]>,
) -> Result<Project, Vec<Diagnostic>> {
    let wanted = |slug: &str| only.is_none_or(|only| only.iter().any(|s| s == slug));
    // A locale's file for a procedure left out (`<tag>/procedures/<slug>.ftl`) is left out with it.
    let keep_locale_file = |name: &str| {
        let slug = name.split_once('/').and_then(|(_, file)| crate::paths::translated_procedure(file));
        slug.is_none_or(wanted)
    };
    let mut diagnostics = Vec::new();
    // Each kind of file is read only from its own folder.
    let site_guard = guard;
    let guard = &site_guard.scoped(content_dir);
    let site_file = content_dir.join("site.yaml");
    let site = match guard.read_text(&site_file, guard::MAX_TEXT_FILE) {
        Ok(text) => match yaml::parse::<Site>(&site_file, &text) {
            Ok((site, spans)) => Some((site, spans, crate::hash::fingerprint(&text), text)),
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
    // A site built on libraries need not have procedures of its own.
    let on_libraries = site.as_ref().is_some_and(|(site, ..)| !site.libraries.is_empty());
    let procedures = if on_libraries && content_dir.join(crate::paths::PROCEDURES).symlink_metadata().is_err() {
        Vec::new()
    } else {
        load_procedures(guard, &content_dir.join(crate::paths::PROCEDURES), &wanted, &mut diagnostics)
    };
    // The libraries' procedures, with the site's local layers laid over them.
    let (procedures, brought) = match &site {
        Some((site, spans, ..)) => library::bring(
            site_guard,
            guard,
            root,
            content_dir,
            site,
            spans,
            procedures,
            &wanted,
            &keep_locale_file,
            &mut diagnostics,
        ),
        None => (procedures, library::Brought::default()),
    };
    let approvals = library::approvals(site_guard, root, &wanted, &mut diagnostics);
    let mut locales = FileSet::load(
        &site_guard.scoped(&root.join("locales")),
        &root.join("locales"),
        EMBEDDED_LOCALES,
        &["ftl", "yaml"],
        true,
        &keep_locale_file,
        &mut diagnostics,
    );
    let mut templates = FileSet::load(
        &site_guard.scoped(&root.join("templates")),
        &root.join("templates"),
        EMBEDDED_TEMPLATES,
        &[],
        false,
        &|_| true,
        &mut diagnostics,
    );
    locales.add_library(brought.locales, brought.locales_broken);
    templates.add_library(brought.templates, Vec::new());
    for (name, origin, path, text) in templates.iter_with_origin() {
        if origin != Origin::BuiltIn && text.trim().is_empty() && files::is_template_name(name) {
            diagnostics.push(
                Diagnostic::error(
                    "empty-template",
                    &Location::start_of(path),
                    format!("the template `{name}` is empty"),
                )
                .with_hint("an empty template makes empty pages: delete the file to use the built-in one"),
            );
        }
    }
    let compiled = match templates::compile(&templates) {
        Ok(compiled) => compiled,
        Err(mut found) => {
            diagnostics.append(&mut found);
            templates::Compiled::default()
        }
    };
    // Binary files, read whole: `static/` (hidden files too: a web server's
    // `.htaccess`) and the site's fonts.
    let mut binary = |dir: &str, hidden: bool, keep: &dyn Fn(&str) -> bool| -> Vec<(String, PathBuf, Vec<u8>)> {
        let folder = root.join(dir);
        let guard = if hidden { site_guard.scoped_published(&folder) } else { site_guard.scoped(&folder) };
        let guard = &guard;
        files::walk(guard, &folder, &[], hidden, &mut diagnostics)
            .into_iter()
            .filter(|(name, _)| keep(name))
            .filter_map(|(name, path)| match guard.read_bytes(&path, guard::MAX_FONT_FILE) {
                Ok(bytes) => Some((name, path, bytes)),
                Err(d) => {
                    diagnostics.push(d);
                    None
                }
            })
            .collect()
    };
    let static_files = binary("static", true, &|_| true).into_iter().map(|(name, _, bytes)| (name, bytes)).collect();
    let is_font = |name: &str| {
        let lower = name.to_ascii_lowercase();
        [".ttf", ".otf", ".ttc", ".otc"].iter().any(|ext| lower.ends_with(ext))
    };
    let mut fonts: Vec<(PathBuf, Vec<u8>)> =
        binary("fonts", false, &is_font).into_iter().map(|(_, path, bytes)| (path, bytes)).collect();
    fonts.extend(system_fonts());
    let total: u64 = procedures.iter().map(|p| p.size).sum::<u64>()
        + locales.iter().chain(templates.iter()).map(|(_, _, t)| t.len() as u64).sum::<u64>();
    if total > guard::MAX_TOTAL {
        diagnostics.push(
            Diagnostic::error(
                "site-too-large",
                &Location::start_of(content_dir),
                format!("the site holds more text than the limit of {} GB", guard::MAX_TOTAL >> 30),
            )
            .with_hint("split the library into several sites"),
        );
    }
    match site {
        Some((site, site_spans, site_hash, site_text)) if diagnostics.iter().all(|d| !d.is_error()) => Ok(Project {
            content_dir: content_dir.to_path_buf(),
            root: root.to_path_buf(),
            site,
            site_spans,
            site_hash,
            site_text,
            procedures,
            translations: Translations::parse(root, locales).with_library_states(brought.states),
            templates,
            compiled,
            families: fonts::families(&fonts),
            fonts,
            static_files,
            libraries: brought.libraries,
            approvals,
        }),
        _ => Err(diagnostics),
    }
}

fn load_procedures(
    guard: &Guard,
    dir: &Path,
    wanted: &(dyn Fn(&str) -> bool + Sync),
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<LoadedProcedure> {
    let missing = || {
        Diagnostic::error("no-procedures", &Location::start_of(dir), "there is no `procedures` folder")
            .with_hint("each procedure lives in content/procedures/<slug>/procedure.yaml")
    };
    match guard.admit(dir) {
        Ok(false) => {}
        Ok(true) => {
            diagnostics.push(missing());
            return Vec::new();
        }
        Err(d) => {
            diagnostics.push(if dir.symlink_metadata().is_ok() { d } else { missing() });
            return Vec::new();
        }
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(read) => read.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => {
            diagnostics.push(missing());
            return Vec::new();
        }
    };
    entries.sort();
    entries.retain(|dir| dir.file_name().is_some_and(|n| wanted(&n.to_string_lossy())));
    // Each procedure is read and parsed on its own, in parallel, kept in order.
    use rayon::prelude::*;
    let loaded: Vec<(Option<LoadedProcedure>, Vec<Diagnostic>)> = entries
        .into_par_iter()
        .map(|dir| {
            let mut found = Vec::new();
            let procedure = load_procedure(guard, dir, &mut found);
            (procedure, found)
        })
        .collect();
    let mut procedures = Vec::new();
    for (procedure, mut found) in loaded {
        diagnostics.append(&mut found);
        procedures.extend(procedure);
    }
    procedures
}

/// One procedure's folder, or `None` (with what is wrong in `diagnostics`).
fn load_procedure(guard: &Guard, dir: PathBuf, diagnostics: &mut Vec<Diagnostic>) -> Option<LoadedProcedure> {
    let slug = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if slug.starts_with('.') {
        return None;
    }
    match guard.admit(&dir) {
        Ok(false) => {}
        Ok(true) => return None,
        Err(d) => {
            diagnostics.push(d);
            return None;
        }
    }
    let file = dir.join("procedure.yaml");
    // A local layer over a library's procedure: `library` reads it.
    if file.symlink_metadata().is_err() && dir.join(crate::model::LOCAL_FILE).symlink_metadata().is_ok() {
        return None;
    }
    if !is_valid_slug(&slug) {
        // Read (through the guard) only so the report can show it.
        let _ = guard.read_text(&file, guard::MAX_TEXT_FILE);
        diagnostics.push(
            Diagnostic::error(
                "invalid-slug",
                &Location::start_of(&file),
                format!("`{slug}` cannot be a procedure's folder name: it becomes part of the web address"),
            )
            .with_hint("use lowercase letters a-z, digits and single hyphens, starting with a letter"),
        );
        return None;
    }
    let text = match guard.read_text(&file, guard::MAX_TEXT_FILE) {
        Ok(t) => t,
        Err(d) => {
            diagnostics.push(d);
            return None;
        }
    };
    let (mut procedure, spans) = match yaml::parse::<Procedure>(&file, &text) {
        Ok(pair) => pair,
        Err(d) => {
            diagnostics.push(d);
            return None;
        }
    };
    procedure.slug = slug;
    load_sections(guard, &dir, &mut procedure, diagnostics);
    let mut hasher = crate::hash::Hasher::new();
    hasher.add("procedure.yaml", &text);
    let mut size = text.len() as u64;
    for (id, section) in &procedure.sections {
        hasher.add(id, section);
        size += section.len() as u64;
    }
    let content_hash = hasher.finish();
    Some(LoadedProcedure { procedure, spans, dir, content_hash, size, text, library: None, locals: Vec::new() })
}

fn load_sections(guard: &Guard, dir: &Path, procedure: &mut Procedure, diagnostics: &mut Vec<Diagnostic>) {
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
            // Read (through the guard) only so the report can show it.
            let _ = guard.read_text(&path, guard::MAX_MARKDOWN_FILE);
            diagnostics.push(
                Diagnostic::error("unknown-section", &Location::start_of(&path), format!("`{stem}` is not a section"))
                    .with_hint(hint),
            );
        }
    }
    for id in SECTION_IDS {
        let file = dir.join(format!("{id}.md"));
        if file.symlink_metadata().is_err() {
            continue;
        }
        let text = guard.read_text(&file, guard::MAX_MARKDOWN_FILE).and_then(|text| {
            markdown_limits::check(&file, &text)?;
            Ok(text)
        });
        match text {
            Ok(text) => {
                procedure.sections.insert(id.to_string(), text);
            }
            Err(d) => diagnostics.push(d),
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
