//! Libraries, local layers and approval records, as load reads them.
//!
//! A site names its libraries in `site.yaml`; each is a folder in the site's
//! `libraries/` (a git submodule, or a release unpacked there) laid out as a
//! site is (`content/`, `locales/`, `templates/`), which may name libraries
//! of its own in its `site.yaml`. Every library is read through a guard of its
//! own ([`Guard::library`]) whose folder must really lie inside the site
//! folder: one door, the site's, so a `site.yaml` from a pull request can
//! never make a build read (and publish) a folder elsewhere on the machine.
//!
//! Layers, from the bottom: the built-in templates and interface strings,
//! then each library (the first listed wins where two bring the same file;
//! a library's own libraries lie under it), then the site. A library's
//! procedure reaches the site with the site's local layer laid over it
//! (`content/procedures/<slug>/local.yaml` and Markdown sections of the same
//! name), merged here into the one procedure every later step sees; where each
//! value came from stays in its [`Spans`] and [`LoadedProcedure::locals`], so
//! a check points at the layer that set it. Whether the layer may set it (a
//! figure with a source of the site's own, an option that exists) is
//! `check::library`'s to say: load lays what it can.

use super::guard::{self, Guard};
use super::{LoadedProcedure, Spans, yaml};
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::model::{
    APPROVALS_DIR, Approval, LIBRARIES_DIR, LOCAL_FILE, LocalLayer, MAX_LIBRARY_DEPTH, SECTION_IDS, STATE_FILE, Site,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One library a site reads, and where it was named.
#[derive(Debug, Clone)]
pub struct Library {
    /// Its name from the site: the folder's name, and for a library's own
    /// library the names on the way (`regional/national`).
    pub name: String,
    /// Its folder, as the site reaches it (`libraries/informed`).
    pub dir: PathBuf,
    /// A short fingerprint of every file read from it (its version, for pins).
    pub version: String,
    /// The version `site.yaml` pins it to, if any.
    pub pin: Option<String>,
    /// Where the site (or the library above) names it.
    pub named_at: Location,
    /// Where its pin is written.
    pub pin_at: Location,
    /// The procedures it brings to the site, by slug.
    pub procedures: Vec<String>,
}

/// A site's local layer over one of a library's procedures.
#[derive(Debug, Clone)]
pub struct Local {
    /// The library the procedure comes from.
    pub over: String,
    /// The site's folder of the procedure (`content/procedures/<slug>/`).
    pub dir: PathBuf,
    /// `local.yaml` in it.
    pub file: PathBuf,
    /// Its text (empty when the folder replaces only sections).
    pub text: String,
    /// Where each of its values sits.
    pub spans: Spans,
    /// What it lays over the library's procedure.
    pub layer: LocalLayer,
    /// The Markdown sections it brings in place of the library's, by id.
    pub sections: BTreeMap<String, String>,
}

/// The approval records of one procedure: `approvals/<slug>.yaml`.
#[derive(Debug, Clone)]
pub struct ApprovalFile {
    /// The file.
    pub path: PathBuf,
    /// Its text, as read: `informed approve` adds to it, never changing a byte of it.
    pub text: String,
    /// Where each record sits (`0.version`).
    pub spans: Spans,
    /// Every approval, oldest first.
    pub records: Vec<Approval>,
}

/// Every approval record of the site, and which approved versions it kept.
#[derive(Debug, Clone, Default)]
pub struct Approvals {
    /// The site's `approvals/` folder.
    pub dir: PathBuf,
    /// The records, by procedure slug (the file's name).
    pub files: BTreeMap<String, ApprovalFile>,
    /// What each approved version held: (slug, version) for each
    /// `approvals/<slug>/<version>.yaml` (read only by `informed library diff`).
    pub snapshots: BTreeSet<(String, String)>,
}

impl Approvals {
    /// Every approval of `slug`, oldest first.
    pub fn of(&self, slug: &str) -> &[Approval] {
        self.files.get(slug).map_or(&[], |f| f.records.as_slice())
    }

    /// The latest approval of `slug`'s content at `version`, which lets it be published.
    pub fn approving(&self, slug: &str, version: &str) -> Option<&Approval> {
        self.of(slug).iter().rev().find(|a| a.version == version && a.approves_content())
    }

    /// The latest approval of any version of `slug`'s content.
    pub fn last(&self, slug: &str) -> Option<&Approval> {
        self.of(slug).iter().rev().find(|a| a.approves_content())
    }

    /// The file that holds (or would hold) `slug`'s approvals.
    pub fn file(&self, slug: &str) -> PathBuf {
        self.dir.join(format!("{slug}.yaml"))
    }

    /// The file that keeps what `slug`'s content held at `version`.
    pub fn snapshot_file(&self, slug: &str, version: &str) -> PathBuf {
        self.dir.join(slug).join(format!("{version}.yaml"))
    }
}

/// What a site's libraries bring: their procedures (with the site's local
/// layers laid over), and their translations and templates, to be laid under
/// the site's own.
#[derive(Debug, Default)]
pub(super) struct Brought {
    /// The libraries, in the order they were named (a library before its own).
    pub libraries: Vec<Library>,
    /// Locale files (`<tag>/...`), first the first library's.
    pub locales: Vec<(String, PathBuf, String)>,
    /// Locale files that are not usable text, by key.
    pub locales_broken: Vec<(String, Diagnostic)>,
    /// Template files.
    pub templates: Vec<(String, PathBuf, String)>,
    /// Each library's translation state files: the library's folder, the tag, the file, its text.
    pub states: Vec<(PathBuf, String, PathBuf, String)>,
}

/// How far down the tree of libraries we are, and what we have read.
struct Walk<'a> {
    site_guard: &'a Guard,
    /// The real folders of the site and the libraries above the one being read.
    chain: Vec<PathBuf>,
    wanted: &'a (dyn Fn(&str) -> bool + Sync),
    keep_locale_file: &'a (dyn Fn(&str) -> bool + Sync),
    diagnostics: &'a mut Vec<Diagnostic>,
    out: Brought,
    /// The site's source language: every library must be written in it.
    source_locale: String,
}

/// Reads the libraries `site` (the site in `root`, its `content/` read
/// through `content`) names, lays the site's local layers over their
/// procedures, and adds them to `own`, the site's own procedures, in slug order.
#[allow(clippy::too_many_arguments, reason = "the load step's own state, passed down once")]
pub(super) fn bring(
    site_guard: &Guard,
    content: &Guard,
    root: &Path,
    content_dir: &Path,
    site: &Site,
    spans: &Spans,
    own: Vec<LoadedProcedure>,
    wanted: &(dyn Fn(&str) -> bool + Sync),
    keep_locale_file: &(dyn Fn(&str) -> bool + Sync),
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<LoadedProcedure>, Brought) {
    let mut walk = Walk {
        site_guard,
        chain: vec![site_guard.root().to_path_buf()],
        wanted,
        keep_locale_file,
        diagnostics,
        out: Brought::default(),
        source_locale: site.source_locale.clone(),
    };
    let procedures = walk.layer(root, content_dir, content, site, spans, own, "");
    (procedures, walk.out)
}

impl Walk<'_> {
    /// The procedures of the site or library in `folder`: its own, and its
    /// libraries' with its local layers laid over them.
    #[allow(clippy::too_many_arguments, reason = "one level of the tree of libraries")]
    fn layer(
        &mut self,
        folder: &Path,
        content_dir: &Path,
        content: &Guard,
        site: &Site,
        spans: &Spans,
        own: Vec<LoadedProcedure>,
        above: &str,
    ) -> Vec<LoadedProcedure> {
        let procedures_dir = content_dir.join("procedures");
        let locals = if site.libraries.is_empty() { Vec::new() } else { self.locals(content, &procedures_dir) };
        let mut brought: Vec<LoadedProcedure> = Vec::new();
        for (i, reference) in site.libraries.iter().enumerate() {
            let named_at = spans.at(&format!("libraries.{i}.name"));
            let name = format!("{above}{}", reference.name);
            if !super::is_valid_slug(&reference.name) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "library-missing",
                        &named_at,
                        format!(
                            "`{}` cannot be a library's name: it is the name of a folder in `libraries/`",
                            reference.name
                        ),
                    )
                    .with_hint("use lowercase letters a-z, digits and single hyphens, starting with a letter"),
                );
                continue;
            }
            let dir = under(folder, LIBRARIES_DIR).join(&reference.name);
            // A library comes before its own libraries in the list.
            let at = self.out.libraries.len();
            let Some((library, procedures)) = self.library(&dir, &name, &named_at) else { continue };
            let mut taken = Vec::new();
            let mut procedures = procedures;
            if let Some(list) = &reference.procedures {
                let slugs: Vec<String> = procedures.iter().map(|p| p.procedure.slug.clone()).collect();
                for (j, slug) in list.iter().enumerate() {
                    if !slugs.contains(slug) && (self.wanted)(slug) {
                        let hint = match did_you_mean(slug, slugs.iter().map(String::as_str)) {
                            Some(close) => format!("did you mean `{close}`?"),
                            None => format!("the library's procedures are: {}", slugs.join(", ")),
                        };
                        self.diagnostics.push(
                            Diagnostic::error(
                                "library-procedure",
                                &spans.at(&format!("libraries.{i}.procedures.{j}")),
                                format!("the library `{name}` has no procedure `{slug}`"),
                            )
                            .with_hint(hint),
                        );
                    }
                }
                procedures.retain(|p| list.contains(&p.procedure.slug));
            }
            for mut p in procedures {
                // Contacts are the site's: a library's procedure reaches it with none of its own.
                p.procedure.contact = None;
                if let Some(other) = brought.iter().find(|b| b.procedure.slug == p.procedure.slug) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "library-duplicate",
                            &named_at,
                            format!(
                                "the libraries `{}` and `{name}` both have a procedure `{}`",
                                other.library.as_deref().unwrap_or_default(),
                                p.procedure.slug
                            ),
                        )
                        .with_hint("list the procedures to take from one of them under its `procedures`"),
                    );
                    continue;
                }
                taken.push(p.procedure.slug.clone());
                brought.push(p);
            }
            self.out.libraries.insert(
                at,
                Library {
                    pin: reference.pin.clone(),
                    pin_at: spans.at(&format!("libraries.{i}.pin")),
                    procedures: taken,
                    ..library
                },
            );
        }
        // This folder's local layers over what its libraries brought.
        for local in locals {
            let slug = local.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            match brought.iter_mut().find(|p| p.procedure.slug == slug) {
                Some(procedure) => lay(procedure, local),
                None => {
                    let names: Vec<&str> = brought.iter().map(|p| p.procedure.slug.as_str()).collect();
                    let hint = match did_you_mean(&slug, names.iter().copied()) {
                        Some(close) => format!("did you mean `{close}`? A local layer's folder has the name of the library's procedure"),
                        None => "a local layer changes a procedure a library brings: check the folder's name, or give it its own procedure.yaml".to_string(),
                    };
                    self.diagnostics.push(
                        Diagnostic::error(
                            "library-override",
                            &Location::start_of(&local.file),
                            format!("there is no procedure `{slug}` in this site's libraries to lay this over"),
                        )
                        .with_hint(hint),
                    );
                }
            }
        }
        let mut all = own;
        for p in brought {
            if let Some(mine) = all.iter().find(|o| o.procedure.slug == p.procedure.slug) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "library-shadowed",
                        &Location::start_of(&mine.dir.join("procedure.yaml")),
                        format!(
                            "the library `{}` has a procedure `{}` too",
                            p.library.as_deref().unwrap_or_default(),
                            p.procedure.slug
                        ),
                    )
                    .with_hint(
                        "to change parts of the library's, replace this procedure.yaml with a local.yaml; to keep your \
                         own, list the library's other procedures under its `procedures` in site.yaml",
                    ),
                );
                continue;
            }
            all.push(p);
        }
        all.sort_by(|a, b| a.procedure.slug.cmp(&b.procedure.slug));
        all
    }

    /// One library: its folder checked, its files read, its own libraries
    /// laid under it. `None` (with what is wrong) if it cannot be used.
    fn library(&mut self, dir: &Path, name: &str, named_at: &Location) -> Option<(Library, Vec<LoadedProcedure>)> {
        let missing = |what: String| {
            Diagnostic::error("library-missing", named_at, what).with_hint(
                "a library is a folder in the site's `libraries/` with its own content/site.yaml: add it as a git \
                 submodule (`git submodule add <address> libraries/<name>`), or unpack a release there",
            )
        };
        if dir.symlink_metadata().is_err() {
            self.diagnostics.push(missing(format!("there is no library `{name}`: `{}` does not exist", dir.display())));
            return None;
        }
        let guard = match self.site_guard.library(dir) {
            Ok(guard) => guard,
            Err(d) => {
                self.diagnostics.push(Diagnostic {
                    file: named_at.file.clone(),
                    line: named_at.line,
                    column: named_at.column,
                    ..d
                });
                return None;
            }
        };
        let real = guard.root().to_path_buf();
        if self.chain.contains(&real) {
            self.diagnostics.push(
                Diagnostic::error(
                    "library-loop",
                    named_at,
                    format!(
                        "the library `{name}` (`{}`) is the site or a library that names it: libraries would include \
                         each other for ever",
                        dir.display()
                    ),
                )
                .with_hint("a library may not, through its own libraries, include itself or the site: remove this entry or the link"),
            );
            return None;
        }
        if self.chain.len() > MAX_LIBRARY_DEPTH {
            self.diagnostics.push(Diagnostic::error(
                "library-loop",
                named_at,
                format!("libraries are nested more than {MAX_LIBRARY_DEPTH} deep here"),
            ));
            return None;
        }
        let content_dir = dir.join("content");
        let content = guard.scoped(&content_dir);
        let site_file = content_dir.join("site.yaml");
        if site_file.symlink_metadata().is_err() {
            self.diagnostics
                .push(missing(format!("`{}` is not an informed library: it has no content/site.yaml", dir.display())));
            return None;
        }
        let text = match content.read_text(&site_file, guard::MAX_TEXT_FILE) {
            Ok(text) => text,
            Err(d) => {
                self.diagnostics.push(d);
                return None;
            }
        };
        let (site, spans) = match yaml::parse::<Site>(&site_file, &text) {
            Ok(pair) => pair,
            Err(d) => {
                self.diagnostics.push(d);
                return None;
            }
        };
        let mut version = crate::hash::Hasher::new();
        version.add("site.yaml", &text);
        let own = super::load_procedures(&content, &content_dir.join("procedures"), self.wanted, self.diagnostics);
        for p in &own {
            version.add(&p.procedure.slug, &p.content_hash);
        }
        // Its translations and templates, before its own libraries': a library's files win over those under it.
        let locales = super::FileSet::load(
            &guard.scoped(&dir.join("locales")),
            &dir.join("locales"),
            &[],
            &["ftl", "yaml"],
            true,
            self.keep_locale_file,
            self.diagnostics,
        );
        let templates = super::FileSet::load(
            &guard.scoped(&dir.join("templates")),
            &dir.join("templates"),
            &[],
            &[],
            false,
            &|_| true,
            self.diagnostics,
        );
        self.out.locales_broken.extend(locales.broken.iter().cloned());
        for (key, _, path, text) in locales.into_files() {
            version.add(&key, &text);
            match key.split_once('/') {
                Some((tag, STATE_FILE)) => self.out.states.push((dir.to_path_buf(), tag.to_string(), path, text)),
                _ => self.out.locales.push((key, path, text)),
            }
        }
        for (key, _, path, text) in templates.into_files() {
            version.add(&key, &text);
            self.out.templates.push((key, path, text));
        }
        self.chain.push(real);
        let at = self.out.libraries.len();
        let procedures = self.layer(dir, &content_dir, &content, &site, &spans, own, &format!("{name}/"));
        self.chain.pop();
        for nested in &self.out.libraries[at..] {
            version.add(&nested.name, &nested.version);
        }
        let procedures: Vec<LoadedProcedure> = procedures
            .into_iter()
            .map(|mut p| {
                p.library.get_or_insert_with(|| name.to_string());
                p
            })
            .collect();
        let library = Library {
            name: name.to_string(),
            dir: dir.to_path_buf(),
            version: version.finish()[..8].to_string(),
            pin: None,
            named_at: named_at.clone(),
            pin_at: named_at.clone(),
            procedures: Vec::new(),
        };
        if site.source_locale != self.source_locale {
            self.diagnostics.push(
                Diagnostic::error(
                    "library-locale",
                    named_at,
                    format!(
                        "the library `{name}` is written in `{}`, and this site in `{}`",
                        site.source_locale, self.source_locale
                    ),
                )
                .with_hint(
                    "a site publishes a library written in its own source language; its translations come with it",
                ),
            );
        }
        Some((library, procedures))
    }

    /// The local layers in `dir` (a `content/procedures/` folder): every
    /// folder with a `local.yaml` and no `procedure.yaml`.
    fn locals(&mut self, content: &Guard, dir: &Path) -> Vec<Local> {
        let Ok(true) = content.admit(dir).map(|is_file| !is_file) else { return Vec::new() };
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(dir).map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
        entries.sort();
        let mut found = Vec::new();
        for folder in entries {
            let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.starts_with('.') || !(self.wanted)(&name) || !matches!(content.admit(&folder), Ok(false)) {
                continue;
            }
            let file = folder.join(LOCAL_FILE);
            if file.symlink_metadata().is_err() {
                continue;
            }
            if folder.join("procedure.yaml").symlink_metadata().is_ok() {
                let _ = content.read_text(&file, guard::MAX_TEXT_FILE);
                self.diagnostics.push(
                    Diagnostic::error(
                        "library-override",
                        &Location::start_of(&file),
                        "a local.yaml lays changes over a library's procedure, but this folder has a procedure.yaml of its own",
                    )
                    .with_hint("keep one: procedure.yaml for a procedure of your own, local.yaml over the library's"),
                );
                continue;
            }
            let text = match content.read_text(&file, guard::MAX_TEXT_FILE) {
                Ok(text) => text,
                Err(d) => {
                    self.diagnostics.push(d);
                    continue;
                }
            };
            let blank = text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
            let parsed = yaml::parse::<LocalLayer>(&file, if blank { "{}" } else { &text });
            let (layer, spans) = match parsed {
                Ok(pair) => pair,
                Err(d) => {
                    self.diagnostics.push(d);
                    continue;
                }
            };
            let mut sections = BTreeMap::new();
            read_sections(content, &folder, &mut sections, self.diagnostics);
            found.push(Local { over: String::new(), dir: folder, file, text, spans, layer, sections });
        }
        found
    }
}

/// The Markdown sections in a local layer's folder (any other `.md` is an error).
fn read_sections(guard: &Guard, dir: &Path, into: &mut BTreeMap<String, String>, diagnostics: &mut Vec<Diagnostic>) {
    let mut others: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|read| read.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    others.sort();
    for path in others {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if path.extension().is_none_or(|e| e != "md") || stem.starts_with('.') {
            continue;
        }
        if !SECTION_IDS.contains(&stem.as_str()) {
            let _ = guard.read_text(&path, guard::MAX_MARKDOWN_FILE);
            let hint = match did_you_mean(&stem, SECTION_IDS) {
                Some(id) => format!("did you mean `{id}.md`?"),
                None => format!("the sections a procedure may have are: {}", SECTION_IDS.join(", ")),
            };
            diagnostics.push(
                Diagnostic::error("unknown-section", &Location::start_of(&path), format!("`{stem}` is not a section"))
                    .with_hint(hint),
            );
            continue;
        }
        let text = guard.read_text(&path, guard::MAX_MARKDOWN_FILE).and_then(|text| {
            super::markdown_limits::check(&path, &text)?;
            Ok(text)
        });
        match text {
            Ok(text) => {
                into.insert(stem, text);
            }
            Err(d) => diagnostics.push(d),
        }
    }
}

/// Lays a local layer over a library's procedure: lists of texts merged by
/// id, contact and audit replaced, figures of the site's own put in place,
/// its sources added, its sections in place of the library's. The library's
/// own contact never reaches the site: contacts are the site's.
fn lay(loaded: &mut LoadedProcedure, mut local: Local) {
    local.over = loaded.library.clone().unwrap_or_default();
    let p = &mut loaded.procedure;
    let spans = &mut loaded.spans;
    let l = &local.layer;
    let here = &local.spans;
    p.contact.clone_from(&l.contact);
    if l.contact.is_some() {
        spans.overlay("contact", here, "contact");
    }
    for (field, ours, theirs) in [
        ("team", &l.team, &mut p.team),
        ("questions", &l.questions, &mut p.questions),
        ("outcomes_recording", &l.outcomes_recording, &mut p.outcomes_recording),
    ] {
        for (id, text) in ours {
            theirs.insert(id.clone(), text.clone());
            spans.overlay(&format!("{field}.{id}"), here, &format!("{field}.{id}"));
        }
    }
    if let Some(arrangements) = &l.special_arrangements {
        for (id, text) in &arrangements.meaning {
            p.special_arrangements.meaning.insert(id.clone(), text.clone());
            let path = format!("special_arrangements.meaning.{id}");
            spans.overlay(&path, here, &path);
        }
    }
    if l.audit.is_some() {
        p.audit.clone_from(&l.audit);
        spans.overlay("audit", here, "audit");
    }
    for (k, source) in l.sources.iter().enumerate() {
        spans.overlay(&format!("sources.{}", p.sources.len()), here, &format!("sources.{k}"));
        p.sources.push(source.clone());
    }
    for (li, option) in l.options.iter().enumerate() {
        let Some(oi) = p.options.iter().position(|o| o.id == option.id) else { continue };
        for (list, figures) in [("benefits", &option.benefits), ("risks", &option.risks)] {
            for (lj, figure) in figures.iter().enumerate() {
                let outcomes = if list == "benefits" { &mut p.options[oi].benefits } else { &mut p.options[oi].risks };
                let Some(ki) = outcomes.iter().position(|o| o.id == figure.id) else { continue };
                let outcome = &mut outcomes[ki];
                outcome.frequency.clone_from(&figure.frequency);
                outcome.change.clone_from(&figure.change);
                outcome.source.clone_from(&figure.source);
                outcome.certainty = figure.certainty;
                for field in ["frequency", "change", "source", "certainty"] {
                    spans.overlay(
                        &format!("options.{oi}.{list}.{ki}.{field}"),
                        here,
                        &format!("options.{li}.{list}.{lj}.{field}"),
                    );
                }
            }
        }
    }
    if !local.sections.is_empty() {
        let mut sections = std::mem::take(&mut p.sections);
        for (id, text) in &local.sections {
            sections.insert(id.clone(), text.clone());
        }
        p.sections =
            SECTION_IDS.iter().filter_map(|id| sections.shift_remove(*id).map(|text| (id.to_string(), text))).collect();
    }
    // The content, as a clinician approves it: every layer.
    let mut hasher = crate::hash::Hasher::new();
    hasher.add("procedure.yaml", &loaded.text);
    for (id, section) in &p.sections {
        hasher.add(id, section);
    }
    for earlier in &loaded.locals {
        hasher.add("local.yaml", &earlier.text);
    }
    hasher.add("local.yaml", &local.text);
    loaded.content_hash = hasher.finish();
    loaded.size += local.text.len() as u64 + local.sections.values().map(|s| s.len() as u64).sum::<u64>();
    loaded.locals.push(local);
}

/// The site's approval records (`approvals/<slug>.yaml`) and the approved
/// versions kept beside them (`approvals/<slug>/<version>.yaml`).
pub(super) fn approvals(
    site_guard: &Guard,
    root: &Path,
    wanted: &(dyn Fn(&str) -> bool + Sync),
    diagnostics: &mut Vec<Diagnostic>,
) -> Approvals {
    let dir = under(root, APPROVALS_DIR);
    let mut approvals = Approvals { dir: dir.clone(), ..Approvals::default() };
    if dir.symlink_metadata().is_err() {
        return approvals;
    }
    let guard = site_guard.scoped(&dir);
    for (key, path) in super::files::walk(&guard, &dir, &["yaml"], false, diagnostics) {
        let (slug, version) = match key.split_once('/') {
            Some((slug, file)) => (slug.to_string(), file.strip_suffix(".yaml").map(str::to_string)),
            None => (key.strip_suffix(".yaml").unwrap_or(&key).to_string(), None),
        };
        if !wanted(&slug) {
            continue;
        }
        if let Some(version) = version {
            approvals.snapshots.insert((slug, version));
            continue;
        }
        let text = match guard.read_text(&path, guard::MAX_TEXT_FILE) {
            Ok(text) => text,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let blank = text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        match yaml::parse::<Vec<Approval>>(&path, if blank { "[]" } else { &text }) {
            Ok((records, spans)) => {
                approvals.files.insert(slug, ApprovalFile { path, text, spans, records });
            }
            Err(d) => diagnostics.push(d),
        }
    }
    approvals
}

/// `folder/name`, or `name` when `folder` is `.`: `libraries/x` rather than
/// `./libraries/x` in messages, as `content/` is named.
fn under(folder: &Path, name: &str) -> PathBuf {
    if folder == Path::new(".") { PathBuf::from(name) } else { folder.join(name) }
}

/// What one approved version held, read for `informed library diff`.
pub fn snapshot(root: &Path, slug: &str, version: &str) -> Result<crate::model::Snapshot, Diagnostic> {
    let guard = Guard::new(root)?;
    let dir = root.join(APPROVALS_DIR);
    let path = dir.join(slug).join(format!("{version}.yaml"));
    let text = guard.scoped(&dir).read_text(&path, SNAPSHOT_LIMIT)?;
    yaml::parse::<crate::model::Snapshot>(&path, &text).map(|(s, _)| s)
}

/// The largest kept version of a procedure: its YAML, sections and translations.
pub const SNAPSHOT_LIMIT: u64 = 32 * 1024 * 1024;
