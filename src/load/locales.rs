//! Translations as loaded: every `.ftl` file parsed once, and each locale's state file read.
//!
//! Later steps never parse Fluent or YAML again: the checks read [`FtlFile`],
//! catalogs format from the same parsed [`FluentResource`].

use super::files::{BUILT_IN, EMBEDDED_LOCALES, FileSet, Origin};
use super::yaml;
use crate::diagnostic::Diagnostic;
use crate::load::ftl::FtlFile;
use crate::model::{STATE_FILE, State};
use fluent_bundle::FluentResource;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One `.ftl` file, parsed.
#[derive(Debug, Clone)]
pub struct TranslationFile {
    /// Built in, or the site's own.
    pub origin: Origin,
    /// Where it came from, for messages.
    pub path: PathBuf,
    /// The text as read.
    pub text: String,
    /// Messages, terms and syntax errors, as the checks read them.
    pub ftl: FtlFile,
    /// The same parse, as a Fluent catalog formats from it.
    pub resource: Arc<FluentResource>,
}

/// The translation files of one locale, parsed, with its state.
#[derive(Debug, Clone)]
pub struct LocaleTranslations {
    /// BCP 47 tag (the folder's name).
    pub locale: String,
    /// Translation files by name inside the locale folder (`ui.ftl`, `procedures/<slug>.ftl`).
    pub files: BTreeMap<String, TranslationFile>,
    /// The recorded state: the site's own, with the built-in state for built-in files.
    pub state: State,
    /// The site's own state file, as read: what `confirm` and `review` add to.
    pub site_state: State,
    /// Where the site's state file is (or would be).
    pub state_path: PathBuf,
    /// Files of this locale that could not be read or parsed (text or state), and why.
    pub unreadable: Vec<Diagnostic>,
}

impl LocaleTranslations {
    /// A locale with no files yet (`informed l10n update` makes them).
    pub fn empty(root: &Path, locale: &str) -> LocaleTranslations {
        LocaleTranslations {
            locale: locale.to_string(),
            files: BTreeMap::new(),
            state: State::default(),
            site_state: State::default(),
            state_path: root.join("locales").join(locale).join(STATE_FILE),
            unreadable: Vec::new(),
        }
    }

    /// The locale's terms (`terms.ftl`): shared by its interface strings and
    /// every procedure's translation, so a word is translated once.
    pub fn terms_file(&self) -> Option<&TranslationFile> {
        self.files.get(TERMS_FILE)
    }

    /// The interface string files (everything but `procedures/`).
    pub fn ui_files(&self) -> impl Iterator<Item = (&str, &TranslationFile)> {
        self.files
            .iter()
            .filter(|(name, _)| crate::paths::translated_procedure(name).is_none())
            .map(|(n, f)| (n.as_str(), f))
    }
}

/// The file of a locale that holds its terms (`-nail = nail`).
pub const TERMS_FILE: &str = "terms.ftl";

/// A file of a locale, parsed.
enum Parsed {
    State(Result<State, Diagnostic>),
    Fluent(Box<TranslationFile>),
}

/// Every locale's translations, by tag.
#[derive(Debug, Clone, Default)]
pub struct Translations {
    locales: BTreeMap<String, LocaleTranslations>,
}

impl Translations {
    /// Parses every file of `set` (the built-in locales with the site's own on
    /// top), taking their text; the Fluent files in parallel.
    pub fn parse(root: &Path, set: FileSet) -> Translations {
        use rayon::prelude::*;
        let mut locales: BTreeMap<String, LocaleTranslations> = BTreeMap::new();
        fn entry<'m>(
            locales: &'m mut BTreeMap<String, LocaleTranslations>,
            root: &Path,
            tag: &str,
        ) -> &'m mut LocaleTranslations {
            locales.entry(tag.to_string()).or_insert_with(|| LocaleTranslations::empty(root, tag))
        }
        let broken = set.broken.clone();
        let files: Vec<_> = set.into_files().collect();
        let parsed: Vec<_> = files
            .into_par_iter()
            .filter_map(|(name, origin, path, text)| {
                let (tag, file) = name.split_once('/')?;
                let (tag, file) = (tag.to_string(), file.to_string());
                if file == STATE_FILE {
                    if origin != Origin::Site {
                        return None;
                    }
                    return Some((tag, file, Parsed::State(yaml::parse::<State>(&path, &text).map(|(s, _)| s))));
                }
                if !file.ends_with(".ftl") {
                    return None;
                }
                let (ftl, resource) = FtlFile::parse_with_resource(&text);
                let parsed = TranslationFile { origin, path, text, ftl, resource: Arc::new(resource) };
                Some((tag, file, Parsed::Fluent(Box::new(parsed))))
            })
            .collect();
        for (tag, file, parsed) in parsed {
            let locale = entry(&mut locales, root, &tag);
            match parsed {
                Parsed::State(Ok(state)) => locale.state = state,
                Parsed::State(Err(d)) => locale.unreadable.push(d),
                Parsed::Fluent(parsed) => {
                    locale.files.insert(file, *parsed);
                }
            }
        }
        for (name, d) in &broken {
            if let Some((tag, _)) = name.split_once('/') {
                entry(&mut locales, root, tag).unreadable.push(d.clone());
            }
        }
        for locale in locales.values_mut() {
            locale.site_state = locale.state.clone();
            merge_builtin_state(locale);
        }
        Translations { locales }
    }

    /// Adds each library's translation state for the files the site takes
    /// from that library (`states`: the library's folder, the tag, the state
    /// file and its text), where the site's own state says nothing of them.
    pub fn with_library_states(mut self, states: Vec<(PathBuf, String, PathBuf, String)>) -> Translations {
        for (library, tag, path, text) in states {
            let Some(locale) = self.locales.get_mut(&tag) else { continue };
            let state = match yaml::parse::<State>(&path, &text) {
                Ok((state, _)) => state,
                Err(d) => {
                    locale.unreadable.push(d);
                    continue;
                }
            };
            let files = &locale.files;
            let theirs = |file: &str| {
                files.get(file).is_some_and(|f| f.origin == Origin::Library && f.path.starts_with(&library))
            };
            for (file, entries) in state.translated {
                if theirs(&file) {
                    locale.state.translated.entry(file).or_insert(entries);
                }
            }
            for (file, review) in state.reviews {
                if theirs(&file) {
                    locale.state.reviews.entry(file).or_insert(review);
                }
            }
        }
        self
    }

    /// Lays `slug`'s translation files as read again ([`super::reload_procedure`])
    /// in place of those this project holds, with what could not be read of
    /// them. `false` (and nothing changed) when they name a locale this
    /// project does not have.
    pub fn replace_procedure(&mut self, slug: &str, mut again: Translations) -> bool {
        let name = crate::paths::procedure_translation(slug);
        if again.locales.keys().any(|tag| !self.locales.contains_key(tag)) {
            return false;
        }
        for (tag, locale) in &mut self.locales {
            let folder = locale.state_path.parent().unwrap_or(Path::new(""));
            let path = folder.join(crate::paths::PROCEDURES).join(format!("{slug}.ftl"));
            locale.files.remove(&name);
            locale.unreadable.retain(|d| d.file != path);
            let Some(mut again) = again.locales.remove(tag) else { continue };
            if let Some(file) = again.files.remove(&name) {
                locale.files.insert(name.clone(), file);
            }
            locale.unreadable.extend(again.unreadable.into_iter().filter(|d| d.file == path));
        }
        true
    }

    /// One locale's translations, if it has a folder (built in or the site's).
    pub fn locale(&self, tag: &str) -> Option<&LocaleTranslations> {
        self.locales.get(tag)
    }

    /// Every locale with files.
    pub fn iter(&self) -> impl Iterator<Item = &LocaleTranslations> {
        self.locales.values()
    }
}

/// The built-in translations carry their own state; it counts for the files that
/// are still the built-in ones, where the site's own state says nothing.
fn merge_builtin_state(locale: &mut LocaleTranslations) {
    let builtin = format!("{}/{STATE_FILE}", locale.locale);
    let Some((_, text)) = EMBEDDED_LOCALES.iter().find(|(name, _)| *name == builtin) else {
        return;
    };
    let path = PathBuf::from(format!("{BUILT_IN}/{builtin}"));
    let shipped = match yaml::parse::<State>(&path, text) {
        Ok((state, _)) => state,
        Err(d) => {
            locale.unreadable.push(d);
            return;
        }
    };
    let files = &locale.files;
    let is_builtin = |file: &str| files.get(file).is_some_and(|f| f.origin == Origin::BuiltIn);
    let mut merged = locale.state.clone();
    for (file, entries) in shipped.translated {
        if is_builtin(&file) {
            merged.translated.entry(file).or_insert(entries);
        }
    }
    for (file, review) in shipped.reviews {
        if is_builtin(&file) {
            merged.reviews.entry(file).or_insert(review);
        }
    }
    locale.state = merged;
}
