//! What `informed serve` keeps between rebuilds, so that a save to one
//! procedure rebuilds only that procedure.
//!
//! After a whole build the session holds the loaded [`Project`], what each
//! page job (a procedure in a language) made ([`JobKept`]), and the text of
//! each locale's translation state file as load read it. When every path a
//! save changed belongs to procedures of the site's own
//! (`content/procedures/<slug>/…`, `locales/<tag>/procedures/<slug>.ftl`),
//! [`Session::rebuild`]:
//!
//! 1. reads each translation state file again and goes on only if its text
//!    is byte for byte what the session holds (the parsed state is used
//!    again; a file's time is never trusted);
//! 2. reads those procedures again through load's guard
//!    ([`crate::load::reload_procedure`]) and lays them, with their
//!    translation files, into the project in place of the old;
//! 3. runs every check over the whole project, plans the whole site again,
//!    and renders those procedures' pages in every language and the
//!    site-wide files ([`crate::pipeline::build_checked`]), taking every other
//!    page job's index entry and leaflets from the session;
//! 4. writes only the files whose bytes changed into the preview, and
//!    removes the files no job makes any more ([`crate::write::update_preview`]).
//!
//! Anything else (site.yaml, interface strings, a state file, templates,
//! static files, fonts, libraries, approvals, a new or deleted procedure, a
//! path it cannot place, PDFs) asks for a whole build ([`Change::Everything`]),
//! which then becomes the session. A rebuild that fails leaves the preview as
//! it was; the procedures it was given are read again by the next one.

use crate::check::Report;
use crate::diagnostic::Diagnostic;
use crate::load::{Project, Sources};
use crate::output::{Destination, OutputFile, Sink};
use crate::pipeline::{BuildOptions, Extras, Failure, JobKept, Reuse};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What a burst of changed paths asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Only these procedures of the site's own changed.
    Procedures(BTreeSet<String>),
    /// Something else changed (and what): a whole build.
    Everything(String),
    /// Nothing the build reads: a file that came and went again (an
    /// editor's or a tool's temporary file) that load never read.
    Nothing,
}

/// What an incremental rebuild did.
#[derive(Debug)]
pub struct Rebuilt {
    /// The procedures rebuilt.
    pub procedures: usize,
    /// The languages published.
    pub languages: usize,
    /// Files written or removed in the preview.
    pub changed: usize,
    /// The build's warnings.
    pub warnings: Vec<Diagnostic>,
    /// The text of every file read, for reports.
    pub sources: Sources,
    /// How long each step took: read, check, plan and render, write.
    pub steps: Vec<(&'static str, std::time::Duration)>,
}

/// Why an incremental rebuild did not finish.
#[derive(Debug)]
pub enum NotRebuilt {
    /// It cannot be done incrementally (why): build everything.
    Everything(String),
    /// The build failed, as a whole build fails; the preview is as it was.
    Failed(Failure, Sources),
}

/// A preview's last good build, kept in memory.
#[derive(Debug)]
pub struct Session {
    project: Project,
    /// What the checks found in the project as it now is.
    report: Report,
    jobs: BTreeMap<(String, String), JobKept>,
    /// Each locale's translation state file and its bytes (`None`: there was
    /// none; an error: it could not be read, so nothing is used again).
    states: Vec<(PathBuf, StateBytes)>,
    /// The site folder and the content folder, as the watcher names paths (made absolute).
    root: PathBuf,
    content: PathBuf,
    /// Procedures a failed rebuild was given: read again by the next one.
    pending: BTreeSet<String>,
}

impl Session {
    /// The session of a whole build: its project and what its jobs made.
    /// Each translation state file is read again here: the watcher started
    /// before the build's load read it, so a change since is a change it
    /// reports, which rebuilds everything.
    pub fn new(project: Project, report: Report, jobs: Vec<JobKept>) -> Session {
        let states = match crate::load::Guard::new(&project.root) {
            Ok(guard) => {
                let locales = guard.scoped(&project.root.join("locales"));
                project
                    .translations
                    .iter()
                    .map(|l| (l.state_path.clone(), state_bytes(&locales, &l.state_path)))
                    .collect()
            }
            Err(_) => Vec::new(),
        };
        let absolute = |p: &Path| p.canonicalize().unwrap_or_else(|_| std::path::absolute(p).unwrap_or_default());
        let root = absolute(&project.root);
        let content = absolute(&project.content_dir);
        let jobs = jobs.into_iter().map(|job| ((job.tag.clone(), job.slug.clone()), job)).collect();
        Session { project, report, jobs, states, root, content, pending: BTreeSet::new() }
    }

    /// What `paths` (as the watcher reports them) ask for.
    pub fn place(&self, paths: &[PathBuf]) -> Change {
        if paths.is_empty() {
            return Change::Everything("a change the watcher could not name".to_string());
        }
        if !self.project.libraries.is_empty() {
            return Change::Everything("a site built on libraries".to_string());
        }
        let mut slugs = BTreeSet::new();
        for path in paths {
            match self.procedure_of(path) {
                Some(slug) => {
                    slugs.insert(slug);
                }
                // Gone again, and of a kind load never reads there (a tool's
                // temporary file): it cannot change what a build makes.
                None if path.symlink_metadata().is_err() && self.never_read(path) => {}
                None => return Change::Everything(path.display().to_string()),
            }
        }
        if slugs.is_empty() && self.pending.is_empty() { Change::Nothing } else { Change::Procedures(slugs) }
    }

    /// Whether `path`, in `content/` or `locales/`, is of a kind load never
    /// reads there (content's YAML and Markdown, locales' Fluent and YAML).
    fn never_read(&self, path: &Path) -> bool {
        let inside = path.starts_with(&self.content) || path.starts_with(self.root.join("locales"));
        inside && !path.extension().is_some_and(|e| ["yaml", "md", "ftl"].iter().any(|x| e == *x))
    }

    /// The procedure of the site's own that `path` belongs to, if it is one.
    fn procedure_of(&self, path: &Path) -> Option<String> {
        let absolute = std::path::absolute(path).ok()?;
        let names = |p: &Path| -> Option<Vec<String>> {
            p.components()
                .map(|c| match c {
                    std::path::Component::Normal(n) => n.to_str().map(str::to_string),
                    _ => None,
                })
                .collect()
        };
        let slug = if let Ok(inside) = absolute.strip_prefix(&self.content) {
            let names = names(inside)?;
            match names.as_slice() {
                [procedures, slug, _, ..] if procedures == crate::paths::PROCEDURES => slug.clone(),
                _ => return None,
            }
        } else {
            let names = names(absolute.strip_prefix(&self.root).ok()?)?;
            match names.as_slice() {
                [locales, tag, procedures, file]
                    if locales == "locales"
                        && procedures == crate::paths::PROCEDURES
                        && self.project.translations.locale(tag).is_some() =>
                {
                    file.strip_suffix(".ftl")?.to_string()
                }
                _ => return None,
            }
        };
        let loaded = self.project.procedures.iter().find(|p| p.procedure.slug == slug)?;
        // A procedure whose folder is gone is a procedure deleted.
        let there = self.content.join(crate::paths::PROCEDURES).join(&slug).is_dir();
        (there && loaded.library.is_none() && loaded.locals.is_empty()).then_some(slug)
    }

    /// Rebuilds `slugs` (and any a failed rebuild left) into the preview
    /// `output` (see the module), or says why it cannot.
    pub fn rebuild(
        &mut self,
        slugs: &BTreeSet<String>,
        options: &BuildOptions,
        output: &Path,
    ) -> Result<Rebuilt, NotRebuilt> {
        if options.pdf {
            return Err(NotRebuilt::Everything("PDFs are made".to_string()));
        }
        let slugs: BTreeSet<String> = slugs.union(&self.pending).cloned().collect();
        let mut sources = Sources::new();
        let mut steps = Vec::new();
        let mut clock = std::time::Instant::now();
        let mut step = |name: &'static str| {
            steps.push((name, clock.elapsed()));
            clock = std::time::Instant::now();
        };
        // The translation state is used again only while its text is the same.
        let guard = crate::load::Guard::new(&self.project.root)
            .map_err(|d| NotRebuilt::Failed(Failure::Errors(vec![d]), Sources::new()))?;
        let locales = guard.scoped(&self.project.root.join("locales"));
        for (path, text) in &self.states {
            let now = state_bytes(&locales, path);
            if now.is_err() || now != *text {
                return Err(NotRebuilt::Everything(path.display().to_string()));
            }
        }
        sources.append(&mut guard.into_sources());
        // Read each procedure again, as load reads it.
        let mut errors = Vec::new();
        let mut again = Vec::new();
        for slug in &slugs {
            let (result, mut read) = crate::load::reload_procedure(&self.project.content_dir, slug);
            sources.append(&mut read);
            match result {
                Ok(Some(pair)) => again.push(pair),
                Ok(None) => return Err(NotRebuilt::Everything(format!("`{slug}` is no longer a procedure"))),
                Err(mut found) => errors.append(&mut found),
            }
        }
        if !errors.is_empty() {
            self.pending.extend(slugs.iter().cloned());
            crate::diagnostic::sort(&mut errors);
            return Err(NotRebuilt::Failed(Failure::Errors(errors), sources));
        }
        // What the checks found of them before, to be taken out of the report.
        let before: Option<Vec<_>> = slugs
            .iter()
            .map(|slug| crate::check::check_procedure(&self.project, slug, &options.check, &self.report))
            .collect();
        // Lay them into the project: from here on the project holds them, good or bad.
        self.pending.extend(slugs.iter().cloned());
        for (loaded, translations) in again {
            let slug = loaded.procedure.slug.clone();
            let Some(at) = self.project.procedures.iter().position(|p| p.procedure.slug == slug) else {
                return Err(NotRebuilt::Everything(format!("`{slug}` is a new procedure")));
            };
            self.project.procedures[at] = loaded;
            if !self.project.translations.replace_procedure(&slug, translations) {
                return Err(NotRebuilt::Everything(format!("`{slug}` has a translation in a new language")));
            }
        }
        step("read");
        // Every check of what changed, swapped into the report; every check
        // of the whole project where a change reaches past its procedure.
        let swapped = before.is_some_and(|before| {
            before.iter().zip(&slugs).all(|(old, slug)| {
                crate::check::check_procedure(&self.project, slug, &options.check, &self.report)
                    .is_some_and(|new| self.report.replace_procedure(&self.project, old, new))
            })
        });
        if !swapped {
            self.report = crate::check::check(&self.project, &options.check);
        }
        let report = &self.report;
        step("check");
        let reuse = Reuse { render: slugs.clone(), jobs: std::mem::take(&mut self.jobs) };
        let made = Collect::default();
        let built = crate::pipeline::build_checked(
            &self.project,
            report,
            options,
            &Extras::default(),
            &|_, _| {},
            &made,
            Some(&reuse),
        );
        let summary = match built {
            Ok(summary) => summary,
            Err(found) => {
                self.jobs = reuse.jobs;
                return Err(NotRebuilt::Failed(Failure::Errors(found), sources));
            }
        };
        step("plan and render");
        // Write what changed; remove what no job makes any more.
        let files = made.files.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
        let public = |jobs: &mut dyn Iterator<Item = &JobKept>| -> BTreeSet<String> {
            jobs.flat_map(|job| &job.files)
                .filter(|(to, _)| *to == Destination::Public)
                .map(|(_, p)| p.clone())
                .collect()
        };
        let mut now = public(&mut summary.jobs.iter());
        now.extend(files.iter().map(|f| f.path.clone()));
        let gone: Vec<String> = public(&mut reuse.jobs.values()).into_iter().filter(|p| !now.contains(p)).collect();
        let changed = match crate::write::update_preview(output, &self.project.content_dir, &files, &gone) {
            Ok(n) => n,
            Err(err) => {
                // The preview may be half updated: only a whole build can be trusted now.
                return Err(NotRebuilt::Everything(err));
            }
        };
        self.jobs = summary.jobs.into_iter().map(|job| ((job.tag.clone(), job.slug.clone()), job)).collect();
        self.pending.clear();
        step("write");
        Ok(Rebuilt {
            procedures: slugs.len(),
            languages: summary.pages.len(),
            changed,
            warnings: summary.warnings,
            sources,
            steps,
        })
    }
}

/// A translation state file's bytes (`None`: there is none; an error: it cannot be read).
type StateBytes = Result<Option<Vec<u8>>, ()>;

/// A translation state file's bytes, read through the guard as load reads
/// it (`None`: there is none).
fn state_bytes(guard: &crate::load::Guard, path: &Path) -> StateBytes {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => guard.read_bytes(path, crate::load::guard::MAX_STATE_FILE).map(Some).map_err(|_| ()),
    }
}

/// The public files of a rebuild, held until the whole rebuild has succeeded.
#[derive(Default)]
struct Collect {
    files: std::sync::Mutex<Vec<OutputFile>>,
}

impl Sink for Collect {
    fn put(&self, to: Destination, file: OutputFile) -> Result<(), String> {
        if to == Destination::Public {
            self.files.lock().map_err(|_| "a build thread failed".to_string())?.push(file);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{CheckOptions, Report, check, check_procedure};
    use std::path::Path;

    fn copy(from: &Path, to: &Path) {
        for entry in walkdir::WalkDir::new(from).into_iter().filter_map(Result::ok) {
            let target = to.join(entry.path().strip_prefix(from).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }

    fn edit(path: &Path, from: &str, to: &str) {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains(from), "{} has `{from}`", path.display());
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    /// What a report says, in a form two reports can be compared by.
    fn said(report: &Report) -> String {
        let mut site = report.site.clone();
        crate::diagnostic::sort(&mut site);
        let translations: Vec<String> = report
            .translations
            .iter()
            .map(|(tag, f)| {
                let mut found = f.diagnostics.clone();
                crate::diagnostic::sort(&mut found);
                format!("{tag} {:?} {:?} {found:?}", f.unusable, f.broken_files)
            })
            .collect();
        format!("{site:?}\n{translations:?}\n{:?}\n{}", report.sources, report.source_usable)
    }

    /// The findings of a changed procedure swapped into the report are what a
    /// check of the whole changed project finds, errors and warnings, in every language.
    #[test]
    fn a_procedure_swapped_into_the_report_is_a_whole_check() {
        let dir = tempfile::tempdir().unwrap();
        copy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites/translated"), dir.path());
        let content = dir.path().join("content");
        let options = CheckOptions { today: crate::model::Date::parse("2026-06-01").unwrap() };
        let project = crate::load::load(&content).unwrap();
        let mut report = check(&project, &options);
        let before = check_procedure(&project, "test-procedure", &options, &report).unwrap();
        let cy = dir.path().join("locales/cy/procedures/test-procedure.ftl");
        let steps: [(&Path, &str, &str); 4] = [
            // A section edited: its Welsh goes stale; a TODO; a number.
            (&content.join("procedures/test-procedure/about.md"), "\n", "\nTODO: say more. About 7 in 10.\n"),
            // A Welsh message broken, another with a number the source does not have.
            (&cy, "condition = ", "condition = { $missing\n"),
            (&cy, "decision = A ddylech", "decision = 12 A ddylech"),
            // And mended again.
            (&cy, "condition = { $missing\n", "condition = "),
        ];
        let mut before = before;
        let mut broken = Vec::new();
        for (file, from, to) in steps {
            edit(file, from, to);
            let project = crate::load::load(&content).unwrap();
            let after = check_procedure(&project, "test-procedure", &options, &report).unwrap();
            assert!(report.replace_procedure(&project, &before, after.clone()));
            let whole = check(&project, &options);
            assert_eq!(said(&report), said(&whole), "after {from:?} → {to:?}");
            before = after;
            broken.push(report.translations["cy"].broken_files.contains("procedures/test-procedure.ftl"));
        }
        assert_eq!(broken, [false, true, true, false], "the Welsh file broken, then mended");
        assert!(report.site.iter().any(|d| d.code == "todo"));
        assert!(report.translations["cy"].diagnostics.iter().any(|d| d.code == "l10n-number"));
    }
}
