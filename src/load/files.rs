//! Built-in templates and locales, and a site's own files laid over them file by file.

use crate::diagnostic::{Diagnostic, Location};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

macro_rules! embed {
    ($dir:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $dir, "/", $name)))),*]
    };
}

/// The default templates, compiled into the binary so a folder with only `content/` builds.
pub const EMBEDDED_TEMPLATES: &[(&str, &str)] = embed!("templates":
    "base.html", "index.html", "procedure.html", "macros.html", "sitemap.xml", "style.css",
    "leaflet.html", "leaflet.typ", "leaflet.css",
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

/// A set of text files keyed by relative path (with `/` separators), each
/// remembering where it came from for error messages.
#[derive(Debug, Clone, Default)]
pub struct FileSet {
    files: BTreeMap<String, (PathBuf, String)>,
}

impl FileSet {
    /// The embedded `defaults`, then every file under `dir` (if it exists) on top.
    /// Only files ending in one of `extensions` are read, or every file if it is empty.
    pub fn load(
        dir: &Path,
        defaults: &[(&str, &str)],
        extensions: &[&str],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> FileSet {
        let mut files: BTreeMap<String, (PathBuf, String)> = defaults
            .iter()
            .map(|(name, text)| (name.to_string(), (PathBuf::from(format!("{BUILT_IN}/{name}")), text.to_string())))
            .collect();
        if dir.is_dir() {
            for entry in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().filter_map(Result::ok) {
                let path = entry.path();
                if !entry.file_type().is_file()
                    || (!extensions.is_empty() && !path.extension().is_some_and(|e| extensions.iter().any(|x| e == *x)))
                    || path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'))
                {
                    continue;
                }
                let Ok(relative) = path.strip_prefix(dir) else {
                    continue;
                };
                let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                match std::fs::read_to_string(path) {
                    Ok(text) => {
                        files.insert(key, (path.to_path_buf(), text));
                    }
                    Err(err) => diagnostics.push(Diagnostic::error(
                        "unreadable-file",
                        &Location::start_of(path),
                        format!("cannot read this file: {err}"),
                    )),
                }
            }
        }
        FileSet { files }
    }

    /// A file's text by relative path.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(|(_, text)| text.as_str())
    }

    /// Every file: relative path, where it came from, text.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Path, &str)> {
        self.files.iter().map(|(k, (p, t))| (k.as_str(), p.as_path(), t.as_str()))
    }
}
