//! Built-in templates and locales, and a site's own files laid over them file by file.

use super::guard::{Guard, MAX_STATE_FILE, MAX_TEXT_FILE};
use crate::diagnostic::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

macro_rules! embed {
    ($dir:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $dir, "/", $name)))),*]
    };
}

/// The default templates, compiled into the binary so a folder with only `content/` builds.
pub const EMBEDDED_TEMPLATES: &[(&str, &str)] = embed!("templates":
    "base.html", "index.html", "404.html", "procedure.html", "macros.html", "sitemap.xml", "style.css",
    "leaflet.html", "leaflet-body.html", "leaflet.typ", "leaflet.css", "glance.html", "glance.typ",
    "consent.html", "consent.typ", "audit-form.html", "audit-form.typ", "governance.html", "clinicians.html", "audit-report.html",
    "print-index.html",
);

/// The default interface strings for every shipped locale.
pub const EMBEDDED_LOCALES: &[(&str, &str)] = embed!("locales":
    "en-GB/ui.ftl",
    "cy/ui.ftl", "cy/l10n-state.yaml",
    "ar/ui.ftl", "ar/l10n-state.yaml",
    "pl/ui.ftl", "pl/l10n-state.yaml",
);

/// The prefix of the name of a built-in file, for messages.
pub const BUILT_IN: &str = "(built in)";

/// Where a file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into informed.
    BuiltIn,
    /// The site's own folder.
    Site,
    /// One of the site's libraries (`libraries/<name>/`), under the site's own.
    Library,
}

impl Origin {
    /// Whether the site takes this file from elsewhere (built in, or a
    /// library's) rather than keeping its own copy: translation tools leave
    /// such a file alone unless the site asks for its own copy.
    pub fn is_inherited(self) -> bool {
        matches!(self, Origin::BuiltIn | Origin::Library)
    }
}

/// A set of text files keyed by relative path (with `/` separators), each
/// remembering where it came from for error messages.
#[derive(Debug, Clone, Default)]
pub struct FileSet {
    files: BTreeMap<String, (Origin, PathBuf, String)>,
    /// Files that could not be taken as text (not UTF-8, too large, a line too
    /// long), where the set is lenient: a translation's fault stays in its language.
    pub broken: Vec<(String, Diagnostic)>,
}

impl FileSet {
    /// The embedded `defaults`, then every file under `dir` (if it exists) on top,
    /// each read through `guard`. Only files ending in one of `extensions` are
    /// read, or every file if it is empty, and of those only what `keep` keeps
    /// (by relative path). With `lenient`, a file that is not
    /// usable text is kept in [`FileSet::broken`] instead of stopping the load.
    pub fn load(
        guard: &Guard,
        dir: &Path,
        defaults: &[(&str, &str)],
        extensions: &[&str],
        lenient: bool,
        keep: &(dyn Fn(&str) -> bool + Sync),
        diagnostics: &mut Vec<Diagnostic>,
    ) -> FileSet {
        let mut broken = Vec::new();
        let mut files: BTreeMap<String, (Origin, PathBuf, String)> = defaults
            .iter()
            .map(|(name, text)| {
                (name.to_string(), (Origin::BuiltIn, PathBuf::from(format!("{BUILT_IN}/{name}")), text.to_string()))
            })
            .collect();
        // Read in parallel: a library's locales hold thousands of files.
        use rayon::prelude::*;
        let read: Vec<_> = walk(guard, dir, extensions, false, diagnostics)
            .into_par_iter()
            .filter(|(key, _)| keep(key))
            .map(|(key, path)| {
                let limit = if key.ends_with(crate::model::STATE_FILE) { MAX_STATE_FILE } else { MAX_TEXT_FILE };
                let text = guard.read_text(&path, limit);
                (key, path, text)
            })
            .collect();
        for (key, path, text) in read {
            match text {
                Ok(text) => {
                    files.insert(key, (Origin::Site, path, text));
                }
                Err(d) if lenient && matches!(d.code, "not-utf8" | "line-too-long" | "file-too-large") => {
                    files.remove(&key);
                    broken.push((key, d));
                }
                Err(d) => diagnostics.push(d),
            }
        }
        FileSet { files, broken }
    }

    /// Lays a library's files under the site's own: each file neither the site
    /// nor a library laid earlier brings comes from this library (`files`:
    /// relative path, where it was read, text). The first library listed wins.
    pub fn add_library(&mut self, files: Vec<(String, PathBuf, String)>, broken: Vec<(String, Diagnostic)>) {
        for (key, path, text) in files {
            if !matches!(self.files.get(&key), Some((Origin::Site | Origin::Library, ..))) {
                self.files.insert(key, (Origin::Library, path, text));
            }
        }
        for (key, d) in broken {
            if !matches!(self.files.get(&key), Some((Origin::Site | Origin::Library, ..))) {
                self.files.remove(&key);
                self.broken.push((key, d));
            }
        }
    }

    /// A file's text by relative path.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(|(_, _, text)| text.as_str())
    }

    /// Where a file came from.
    pub fn origin(&self, name: &str) -> Option<Origin> {
        self.files.get(name).map(|(origin, ..)| *origin)
    }

    /// Every file: relative path, where it came from, text.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Path, &str)> {
        self.files.iter().map(|(k, (_, p, t))| (k.as_str(), p.as_path(), t.as_str()))
    }

    /// Every file, taken: relative path, origin, where it came from, text.
    pub fn into_files(self) -> impl Iterator<Item = (String, Origin, PathBuf, String)> {
        self.files.into_iter().map(|(k, (o, p, t))| (k, o, p, t))
    }

    /// Every file: relative path, origin, where it came from, text.
    pub fn iter_with_origin(&self) -> impl Iterator<Item = (&str, Origin, &Path, &str)> {
        self.files.iter().map(|(k, (o, p, t))| (k.as_str(), *o, p.as_path(), t.as_str()))
    }
}

/// Every file under `dir` ending in one of `extensions` (any, if empty), by
/// `/`-separated path relative to `dir`, in name order. Hidden files are
/// skipped unless `hidden` (`.git` always is); links are admitted only as
/// [`Guard::admit`] allows.
pub fn walk(
    guard: &Guard,
    dir: &Path,
    extensions: &[&str],
    hidden: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(String, PathBuf)> {
    let mut found = Vec::new();
    match guard.admit(dir) {
        Ok(false) => {}
        Ok(true) => return found,
        Err(d) => {
            if dir.symlink_metadata().is_ok() {
                diagnostics.push(d);
            }
            return found;
        }
    }
    // Links are not followed by the walk itself: each is admitted, and a linked folder is refused.
    let walker = walkdir::WalkDir::new(dir).sort_by_file_name().min_depth(1).into_iter();
    // Hidden names are skipped, except in a published folder (`static/`),
    // where the few a web server reads are taken and any other is an error
    // (it would otherwise be published, or silently dropped).
    let mut refused = Vec::new();
    let mut skip = |e: &walkdir::DirEntry| {
        let name = e.file_name().to_string_lossy();
        if !name.starts_with('.') {
            return false;
        }
        if hidden && guard.reads_hidden(&name) {
            return false;
        }
        if !hidden || super::guard::HOUSEKEEPING.contains(&name.as_ref()) {
            return true;
        }
        refused.push(
            Diagnostic::error(
                "hidden-file",
                &crate::diagnostic::Location::start_of(e.path()),
                format!("`{name}` is hidden: hidden files in `static/` are not published"),
            )
            .with_hint(
                "hidden files can hold secrets (`.env`, `.git`, keys), so informed publishes only \
                 .htaccess, .nojekyll and the .well-known folder: move or delete this one",
            ),
        );
        true
    };
    let entries: Vec<walkdir::DirEntry> = walker.filter_entry(|e| !skip(e)).filter_map(Result::ok).collect();
    diagnostics.append(&mut refused);
    for entry in entries {
        let path = entry.path();
        match guard.admit(path) {
            Ok(true) => {}
            Ok(false) => continue,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        }
        if entry.path_is_symlink() && path.is_dir() {
            continue;
        }
        if !extensions.is_empty() && !path.extension().is_some_and(|e| extensions.iter().any(|x| e == *x)) {
            continue;
        }
        let Ok(relative) = path.strip_prefix(dir) else {
            continue;
        };
        let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        found.push((key, path.to_path_buf()));
    }
    found
}

/// Whether `name` is one of the templates pages and leaflets are made from
/// (tera's `.html` and `.xml`, typst's `.typ`), not a stylesheet or asset.
pub fn is_template_name(name: &str) -> bool {
    [".html", ".xml", ".typ"].iter().any(|ext| name.ends_with(ext))
}

/// Whether a file of `templates/` is copied into the output as it is (a
/// stylesheet, an image); typst templates are compiled, never copied.
pub fn is_copied_asset(name: &str) -> bool {
    !is_template_name(name)
}
