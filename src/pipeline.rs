//! The driver: puts the steps in order and does nothing else.
//!
//! [`run`] is one whole build, as `informed build` and each rebuild of
//! `informed serve` make it:
//!
//! 1. the writer checks every folder the build will write, takes their locks
//!    and finishes an interrupted build ([`crate::write::prepare`]);
//! 2. [`crate::load`] reads the site, and the archive's list, through the guard;
//! 3. [`build_into`]: [`crate::check`] → [`crate::plan`] → localise
//!    ([`crate::view`]) → render ([`crate::output`]), each file handed to the
//!    writer's staging folders as it is made;
//! 4. the writer puts the folders in place with the archive's additions,
//!    together ([`crate::write::commit`]), and prunes the cache.
//!
//! `informed check` runs load and the first half through [`check()`].

use crate::check::{self, CheckOptions};
use crate::diagnostic::{self, Diagnostic, Location};
use crate::load::Project;
use crate::output::{self, Pdf};
use crate::output::{Destination, OutputFile, Sink};
use crate::plan::{self, Plan};
use crate::render::Renderer;
use crate::view::manifest::ManifestEntry;
use crate::view::pages::{self, Language};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// How to build.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// The checks' options (today's date).
    pub check: CheckOptions,
    /// Whether to make PDF leaflets (needs the `pdf` feature).
    pub pdf: bool,
    /// Build even with `TODO`s left in content (`--drafts`, and `informed serve`):
    /// they stay warnings. Otherwise each is an error and nothing is written.
    pub drafts: bool,
}

/// A build's share of the work, when the work is split between machines:
/// share `index` (from 0) of `count`. Procedures are dealt out in order of
/// their slugs, one to each share in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which share, from 0.
    pub index: usize,
    /// How many shares.
    pub count: usize,
}

impl Shard {
    /// `I/N` as written on the command line (I from 1 to N).
    pub fn parse(text: &str) -> Result<Shard, String> {
        let (i, n) = text.split_once('/').ok_or_else(|| format!("`{text}` is not a shard: write it as 2/4"))?;
        let (i, n) = (i.trim().parse::<usize>(), n.trim().parse::<usize>());
        match (i, n) {
            (Ok(i), Ok(n)) if (1..=n).contains(&i) => Ok(Shard { index: i - 1, count: n }),
            _ => Err(format!("`{text}` is not a shard: give I/N with I from 1 to N, such as 2/4")),
        }
    }

    /// Whether the procedure at `position` (in order of slugs) is this share's.
    pub fn takes(&self, position: usize) -> bool {
        position % self.count == self.index
    }
}

/// One whole build: what to read, where to write, how.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The content folder (the site folder is its parent).
    pub content: &'a Path,
    /// Where the build writes: the public site, the clinicians' documents,
    /// the archive, the cache. A shard has no public site.
    pub folders: crate::write::Folders,
    /// Replace output folders informed did not make.
    pub force: bool,
    /// How to build.
    pub options: BuildOptions,
    /// Only this share of the procedures, into the cache only.
    pub shard: Option<Shard>,
    /// Only these procedures, read and built as if the site had no others (a preview).
    pub only: Option<&'a [String]>,
    /// A preview (`informed serve`): its folder is marked as one, so no
    /// build deploys it by mistake.
    pub preview: bool,
    /// Compile each PDF in a worker process within this budget.
    pub pdf_budget: Option<crate::render::PdfBudget>,
    /// Keep the loaded project, the checks' report and what each page job
    /// made ([`Outcome::project`], [`Summary::report`], [`Summary::jobs`]):
    /// `informed serve` rebuilds one procedure from them.
    pub keep: bool,
}

/// What a whole build did, for the command line to say.
#[derive(Debug)]
pub struct Outcome {
    /// What the build made.
    pub summary: Summary,
    /// Files in the old public folder the new one does not have (a web team's
    /// `.htaccess` kept outside `static/`): gone with the swap.
    pub lost: Vec<String>,
    /// How many documents the archive gained.
    pub archived: usize,
    /// The cache's counts, when PDFs were made with one.
    pub cache: Option<CacheCounts>,
    /// What finishing an earlier, interrupted build did, if there was one.
    pub finished: Option<String>,
    /// The loaded project, when the request asked to keep it.
    pub project: Option<Project>,
}

/// What the cache did for a build.
#[derive(Debug, Clone, Default)]
pub struct CacheCounts {
    /// The cache folder.
    pub dir: std::path::PathBuf,
    /// PDFs taken from the cache.
    pub reused: usize,
    /// PDFs compiled.
    pub compiled: usize,
    /// Entries found bad and thrown away.
    pub thrown_away: usize,
    /// The first trouble writing to it.
    pub trouble: Option<String>,
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum Failure {
    /// Problems in the sources (or the archive's list), with their places.
    Errors(Vec<Diagnostic>),
    /// The build could not run: a folder it may not write, a lock, a write that failed.
    CannotRun(String),
}

/// One whole build (see the module): from the writer's checks of its folders
/// to the swap. Nothing is written or deleted unless every step succeeds.
/// Returns, whatever happened, the text of every file load read, for reports.
pub fn run(
    request: &Request,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Result<Outcome, Failure>, crate::load::Sources) {
    let folders = &request.folders;
    let held = match crate::write::prepare(folders, request.content, request.force) {
        Ok(held) => held,
        Err(err) => return (Err(Failure::CannotRun(err)), crate::load::Sources::new()),
    };
    // The archive's list must be whole before anything is written.
    let archive_list = match folders.archive.as_deref().map(crate::load::kept::archive_list).transpose() {
        Ok(list) => list,
        Err(d) => return (Err(Failure::Errors(vec![d])), crate::load::Sources::new()),
    };
    let (project, sources) = crate::load::load_with_sources(request.content, request.only);
    let project = match project {
        Ok(p) => p,
        Err(d) => return (Err(Failure::Errors(d)), sources),
    };
    let pdf = request.options.pdf;
    let cache = folders.cache.as_deref().filter(|_| pdf).map(|dir| std::sync::Arc::new(crate::cache::Cache::new(dir)));
    let extras = Extras {
        cache: cache.clone().map(|c| c as std::sync::Arc<dyn crate::render::PdfStore>),
        shard: request.shard,
        pdf_budget: request.pdf_budget.clone(),
        keep: request.keep,
    };
    let Some(output) = folders.output.as_deref() else {
        // A shard: its PDFs go to the cache, and no site is written.
        struct Nowhere;
        impl Sink for Nowhere {
            fn put(&self, _: Destination, _: OutputFile) -> Result<(), String> {
                Ok(())
            }
        }
        let summary = match build_into(&project, &request.options, &extras, progress, &Nowhere) {
            Ok(summary) => summary,
            Err(d) => return (Err(Failure::Errors(d)), sources),
        };
        let cache = cache.as_deref().map(counts);
        let project = request.keep.then_some(project);
        let outcome = Outcome { summary, lost: Vec::new(), archived: 0, cache, finished: held.finished, project };
        return (Ok(outcome), sources);
    };
    let kind = if request.preview { crate::write::Made::Preview } else { crate::write::Made::Build };
    let begin = |dir: &Path| crate::write::Staging::begin(dir, kind);
    let public = match begin(output) {
        Ok(s) => s,
        Err(err) => return (Err(Failure::CannotRun(err)), sources),
    };
    let clinicians = match folders.clinicians.as_deref().map(begin).transpose() {
        Ok(s) => s,
        Err(err) => return (Err(Failure::CannotRun(err)), sources),
    };
    let sink = Folders { public: &public, clinicians: clinicians.as_ref() };
    let summary = match build_into(&project, &request.options, &extras, progress, &sink) {
        Ok(summary) => summary,
        Err(d) => return (Err(Failure::Errors(d)), sources),
    };
    // A preview keeps its project for the next save; a build frees it aside.
    let project = if request.keep {
        Some(project)
    } else {
        drop_aside(project);
        None
    };
    let lost = crate::write::files_to_be_lost(output, &public.written());
    let offer = folders.archive.as_ref().zip(archive_list).map(|(dir, list)| crate::write::commit::ArchiveOffer {
        dir: dir.clone(),
        list,
        items: summary.archive.iter().map(|i| (i.entry.clone(), i.from, i.path.clone())).collect(),
        today: request.options.check.today.to_string(),
    });
    let archived = match crate::write::commit::commit(public, clinicians, offer.as_ref()) {
        Ok(n) => n,
        Err(err) => return (Err(Failure::CannotRun(err)), sources),
    };
    // The cache keeps what the site now needs. A preview of some procedures
    // leaves it alone: the rest of the library's PDFs are still needed.
    if let Some(cache) = &cache
        && request.only.is_none()
    {
        cache.prune();
    }
    let cache = cache.as_deref().map(counts);
    (Ok(Outcome { summary, lost, archived, cache, finished: held.finished, project }), sources)
}

/// Frees `value` on a thread of its own: a loaded library is millions of
/// small allocations, and freeing them one by one is work the build need not
/// wait for (the swap goes on meanwhile; at exit the system takes it back whole).
pub fn drop_aside<T: Send + 'static>(value: T) {
    // If no thread can be started, the value comes back and is freed here.
    let _ = std::thread::Builder::new().name("free".into()).spawn(move || drop(value));
}

fn counts(cache: &crate::cache::Cache) -> CacheCounts {
    let (reused, compiled) = cache.counts();
    CacheCounts {
        dir: cache.dir().to_path_buf(),
        reused,
        compiled,
        thrown_away: cache.thrown_away(),
        trouble: cache.trouble(),
    }
}

/// The build's staging folders, as its sink: the clinicians' documents are
/// dropped when there is no folder for them (`informed serve`).
struct Folders<'a> {
    public: &'a crate::write::Staging,
    clinicians: Option<&'a crate::write::Staging>,
}

impl Sink for Folders<'_> {
    fn put(&self, to: Destination, file: OutputFile) -> Result<(), String> {
        match (to, self.clinicians) {
            (Destination::Public, _) => self.public.put(&file),
            (Destination::Clinicians, Some(folder)) => folder.put(&file),
            (Destination::Clinicians, None) => Ok(()),
        }
    }
}

/// What a build may use besides the project and its options.
#[derive(Debug, Default, Clone)]
pub struct Extras {
    /// Where compiled PDFs are kept between builds ([`crate::cache`]).
    pub cache: Option<std::sync::Arc<dyn crate::render::PdfStore>>,
    /// Build only this share of the procedures (to fill the cache on several machines).
    pub shard: Option<Shard>,
    /// Compile each PDF in a worker process within this budget (the
    /// `informed` program does; without one, PDFs compile in this process).
    pub pdf_budget: Option<crate::render::PdfBudget>,
    /// Keep the checks' report and what each page job made, in the summary.
    pub keep: bool,
}

/// What one page job (a procedure in a language) made, kept so that a
/// rebuild of other procedures can use it again without rendering it.
#[derive(Debug, Clone)]
pub struct JobKept {
    /// The language's tag.
    pub tag: String,
    /// The procedure's slug.
    pub slug: String,
    /// What the plan said of the procedure (the languages it is published
    /// in, and its notices here): a job is used again only while this holds.
    pub signature: String,
    /// Its entry on the language's index.
    pub entry: crate::view::IndexEntry,
    /// Its leaflets, for `leaflets.json` and the print index.
    pub manifest: Vec<ManifestEntry>,
    /// Its documents for clinicians.
    pub documents: Vec<crate::view::clinician::ClinicianDocument>,
    /// Every file it made, and where it went.
    pub files: Vec<(Destination, String)>,
}

/// What a rebuild may use again ([`build_checked`]): every page job of the
/// last build, by (tag, slug), and the procedures that changed since.
#[derive(Debug, Default)]
pub struct Reuse {
    /// The procedures to render again in every language.
    pub render: std::collections::BTreeSet<String>,
    /// What the last build's jobs made.
    pub jobs: BTreeMap<(String, String), JobKept>,
}

/// What a successful build made, its files handed to the sink as they were made.
#[derive(Debug)]
pub struct Summary {
    /// Warnings found on the way (translation errors among them, since they only leave their locale out).
    pub warnings: Vec<Diagnostic>,
    /// Pages written per locale, for the summary.
    pub pages: Vec<(String, usize)>,
    /// Every leaflet, as listed in `leaflets.json`.
    pub leaflets: Vec<ManifestEntry>,
    /// The font each locale's PDF leaflets use.
    pub fonts: BTreeMap<String, String>,
    /// How many documents went to the clinicians' folder.
    pub clinicians: usize,
    /// What the version archive is offered: every PDF leaflet and consent insert, and where the build put it.
    pub archive: Vec<output::archive::ArchiveItem>,
    /// What the checks found, when kept ([`Extras::keep`]).
    pub report: Option<check::Report>,
    /// What every page job made, in build order, when kept or when jobs were used again.
    pub jobs: Vec<JobKept>,
    /// How many page jobs were rendered (the rest were used again).
    pub rendered: usize,
}

/// What a successful build made, files and all, held in memory ([`build`]).
#[derive(Debug)]
pub struct Built {
    /// Every file, in a stable order.
    pub files: Vec<OutputFile>,
    /// Warnings found on the way (translation errors among them, since they only leave their locale out).
    pub warnings: Vec<Diagnostic>,
    /// Pages written per locale, for the summary.
    pub pages: Vec<(String, usize)>,
    /// Every leaflet, as listed in `leaflets.json`.
    pub leaflets: Vec<ManifestEntry>,
    /// The font each locale's PDF leaflets use.
    pub fonts: BTreeMap<String, String>,
    /// The clinicians' documents, for their own folder (never the public site), in a stable order.
    pub clinicians: Vec<OutputFile>,
    /// What the version archive is offered: every PDF leaflet and consent insert.
    pub archive: Vec<output::archive::ArchiveItem>,
}

/// A sink that keeps every file in memory.
#[derive(Default)]
struct InMemory {
    public: std::sync::Mutex<Vec<OutputFile>>,
    clinicians: std::sync::Mutex<Vec<OutputFile>>,
}

impl Sink for InMemory {
    fn put(&self, to: Destination, file: OutputFile) -> Result<(), String> {
        let list = match to {
            Destination::Public => &self.public,
            Destination::Clinicians => &self.clinicians,
        };
        list.lock().map_err(|_| "a build thread failed".to_string())?.push(file);
        Ok(())
    }
}

/// `informed check`: every problem, and what the publishing policy leaves out.
pub fn check(project: &Project, options: &CheckOptions) -> Vec<Diagnostic> {
    let report = check::check(project, options);
    let mut found = report.all();
    if report.source_usable {
        found.extend(plan::plan(project, &report, false).left_out.iter().filter_map(|l| l.diagnostic()));
    }
    diagnostic::sort(&mut found);
    found
}

/// Checks `project` and renders every page and leaflet into memory. Writes nothing.
pub fn build(project: &Project, options: &BuildOptions) -> Result<Built, Vec<Diagnostic>> {
    let memory = InMemory::default();
    let summary = build_into(project, options, &Extras::default(), &|_, _| {}, &memory)?;
    let sorted = |files: std::sync::Mutex<Vec<OutputFile>>| {
        let mut files = files.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    };
    Ok(Built {
        files: sorted(memory.public),
        warnings: summary.warnings,
        pages: summary.pages,
        leaflets: summary.leaflets,
        fonts: summary.fonts,
        clinicians: sorted(memory.clinicians),
        archive: summary.archive,
    })
}

/// Checks `project` and renders every page and leaflet, handing each file to
/// `sink` as soon as it is made (from whichever thread made it), so that no
/// more than the pages being rendered are held in memory. Calls
/// `progress(done, total)` as each (locale, procedure) page and its leaflets
/// are finished. On an error the sink may have been given some files: the
/// write step discards them.
pub fn build_into(
    project: &Project,
    options: &BuildOptions,
    extras: &Extras,
    progress: &(dyn Fn(usize, usize) + Sync),
    sink: &dyn Sink,
) -> Result<Summary, Vec<Diagnostic>> {
    // check
    let report = check::check(project, &options.check);
    let mut summary = build_checked(project, &report, options, extras, progress, sink, None)?;
    if extras.keep {
        summary.report = Some(report);
    }
    Ok(summary)
}

/// [`build_into`] after the checks, from their `report`. With `reuse`, only
/// the procedures it names (and any page whose plan changed, or that the last
/// build did not make) are rendered again; every other page job's files are
/// taken to be on disk already, and what it made is taken from `reuse`.
pub fn build_checked(
    project: &Project,
    report: &check::Report,
    options: &BuildOptions,
    extras: &Extras,
    progress: &(dyn Fn(usize, usize) + Sync),
    sink: &dyn Sink,
    reuse: Option<&Reuse>,
) -> Result<Summary, Vec<Diagnostic>> {
    let mut diagnostics = report.for_build();
    let mut todo_left = false;
    if !options.drafts {
        for d in diagnostics.iter_mut().filter(|d| d.code == check::todo::CODE) {
            d.severity = diagnostic::Severity::Error;
            d.message = "`TODO` left to fill in: a build publishes no TODO (`--drafts` builds anyway)".to_string();
            todo_left = true;
        }
    }
    if report.stops_build() || todo_left {
        return Err(diagnostics);
    }
    // plan
    let plan: Plan = plan::plan(project, report, options.drafts);
    if plan.locales.first().is_none_or(|l| !l.is_source) {
        diagnostics.push(Diagnostic::error(
            "missing-locale",
            &project.site_spans.at("source_locale"),
            "the source locale cannot be built",
        ));
        return Err(diagnostics);
    }
    diagnostics.extend(plan.left_out.iter().filter_map(|l| l.diagnostic()));
    // localise: each language's words; render: each language's templates
    let languages: Vec<Language> = plan.locales.iter().map(|l| Language::new(project, l)).collect();
    let renderers: Vec<Renderer> = languages
        .iter()
        .map(|language| Renderer::new(&project.templates, &project.compiled, language.ui.clone()))
        .collect();

    #[cfg(feature = "pdf")]
    let engine = options.pdf.then(|| {
        // The logo is the one file of `static/` a PDF template shows.
        let logo: Vec<(String, Vec<u8>)> =
            project.static_files.iter().filter(|(name, _)| project.site.logo.as_ref() == Some(name)).cloned().collect();
        let mut engine = crate::render::pdf::PdfEngine::new(&project.fonts).with_images(&logo);
        if let Some(cache) = &extras.cache {
            engine = engine.with_cache(cache.clone());
        }
        if let Some(budget) = &extras.pdf_budget {
            engine = engine.with_budget(budget.clone());
        }
        engine
    });
    #[cfg(feature = "pdf")]
    let pdf: Pdf = engine.as_ref();
    #[cfg(not(feature = "pdf"))]
    let pdf: Pdf = None;

    // Every (language, procedure) pair is independent: localise and render them
    // all in parallel, each file handed to the sink (written) as soon as it is made.
    let mut slugs: Vec<&str> = project.procedures.iter().map(|p| p.procedure.slug.as_str()).collect();
    slugs.sort_unstable();
    let ours = |slug: &str| extras.shard.is_none_or(|s| slugs.binary_search(&slug).is_ok_and(|at| s.takes(at)));
    let jobs: Vec<(usize, &plan::ProcedurePlan)> = languages
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.plan.procedures.iter().map(move |p| (i, p)))
        .filter(|(_, p)| ours(&p.loaded.procedure.slug))
        .collect();
    // What the plan says of each job: a job is used again only while it holds.
    let signature = |i: usize, p: &plan::ProcedurePlan| -> String {
        let slug = &p.loaded.procedure.slug;
        let published: Vec<&str> =
            languages.iter().filter(|l| l.plan.publishes(slug)).map(|l| l.plan.tag.as_str()).collect();
        format!(
            "{} {} {} {} {} {:?} {}",
            languages[i].plan.tag,
            published.join(","),
            p.unreviewed,
            p.stale,
            p.unapproved,
            p.edited,
            p.translation.is_some()
        )
    };
    let signatures: Vec<String> = jobs.iter().map(|&(i, p)| signature(i, p)).collect();
    // The kept job each job takes again, where it may.
    let reused: Vec<Option<&JobKept>> = jobs
        .iter()
        .zip(&signatures)
        .map(|(&(i, p), sig)| {
            let reuse = reuse?;
            let slug = &p.loaded.procedure.slug;
            if reuse.render.contains(slug) {
                return None;
            }
            reuse.jobs.get(&(languages[i].plan.tag.clone(), slug.clone())).filter(|kept| &kept.signature == sig)
        })
        .collect();
    let to_render: Vec<usize> = (0..jobs.len()).filter(|&j| reused[j].is_none()).collect();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let put = |to: Destination, file: OutputFile| -> Result<(), Diagnostic> {
        let at = Location::start_of(Path::new(&file.path));
        sink.put(to, file).map_err(|e| Diagnostic::error("write", &at, e))
    };
    // What each job keeps once its files are written: small, whatever the size of the pages.
    // Page jobs run in a pool of their own, apart from rayon's global pool that
    // typst's PDF writer uses (see `render::pdf`), so its waiting never starts
    // another page on the same stack.
    let render_all = || -> Vec<Result<JobKept, Diagnostic>> {
        to_render
            .par_iter()
            .map(|&j| {
                let (i, p) = jobs[j];
                let result = procedure(project, &languages, &languages[i], &renderers[i], p, pdf).and_then(|r| {
                    let mut files = Vec::new();
                    for f in r.files {
                        files.push((Destination::Public, f.path.clone()));
                        put(Destination::Public, f)?;
                    }
                    for f in r.clinicians.files {
                        files.push((Destination::Clinicians, f.path.clone()));
                        put(Destination::Clinicians, f)?;
                    }
                    Ok(JobKept {
                        tag: languages[i].plan.tag.clone(),
                        slug: p.loaded.procedure.slug.clone(),
                        signature: signatures[j].clone(),
                        entry: r.entry,
                        manifest: r.manifest,
                        documents: r.clinicians.documents,
                        files,
                    })
                });
                progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, to_render.len());
                result
            })
            .collect()
    };
    let rendered = match rayon::ThreadPoolBuilder::new().thread_name(|i| format!("page-{i}")).build() {
        Ok(pool) => pool.install(render_all),
        Err(_) => render_all(),
    };
    let rendered_count = to_render.len();

    let keep = extras.keep || reuse.is_some();
    let mut kept_jobs = Vec::new();
    let mut leaflets = Vec::new();
    let mut failures = Vec::new();
    let mut documents = Vec::new();
    let mut entries: Vec<Vec<_>> = languages.iter().map(|_| Vec::new()).collect();
    let mut rendered = rendered.into_iter();
    for (&(i, _), reused) in jobs.iter().zip(reused) {
        let result = match reused {
            Some(kept) => Ok(kept.clone()),
            None => rendered.next().unwrap_or_else(|| {
                Err(Diagnostic::error("render", &Location::start_of(Path::new("")), "a page job was lost"))
            }),
        };
        match result {
            Ok(r) if keep => {
                leaflets.extend(r.manifest.iter().cloned());
                documents.extend(r.documents.iter().cloned());
                entries[i].push(r.entry.clone());
                kept_jobs.push(r);
            }
            Ok(r) => {
                leaflets.extend(r.manifest);
                documents.extend(r.documents);
                entries[i].push(r.entry);
            }
            Err(d) => failures.push(d),
        }
    }
    // Site-wide files, made once every procedure is done.
    let mut files = Vec::new();
    let mut clinician_files = Vec::new();
    let mut pages = Vec::new();
    for ((language, renderer), entries) in languages.iter().zip(&renderers).zip(entries) {
        let made = pages::index(project, &languages, language, entries, &plan.left_out)
            .map_err(|e| output::template_failure("index.html", e))
            .and_then(|view| output::index::make(&view, &language.dir(), renderer));
        match made {
            Ok(file) => files.push(file),
            Err(d) => failures.push(d),
        }
        let made = pages::not_found(project, language)
            .map_err(|e| output::template_failure(crate::paths::NOT_FOUND, e))
            .and_then(|view| output::not_found::make(&view, &language.dir(), renderer));
        match made {
            Ok(file) => files.push(file),
            Err(d) => failures.push(d),
        }
        let made = crate::view::manifest::print_index(project, &languages, language, &leaflets)
            .map_err(|e| output::template_failure(output::manifest::PRINT_INDEX_TEMPLATE, e))
            .and_then(|view| output::manifest::print_index(&view, &language.dir(), renderer));
        match made {
            Ok(file) => files.push(file),
            Err(d) => failures.push(d),
        }
        pages.push((language.plan.tag.clone(), language.plan.procedures.len() + 1));
    }
    if let Some(view) = pages::sitemap(project, &languages) {
        match output::sitemap::make(&view, &renderers[0]) {
            Ok(file) => files.push(file),
            Err(d) => failures.push(d),
        }
    }
    if let Some(base) = &project.site.base_url {
        files.push(output::robots::make(base));
    }
    let assets = output::assets::make(project);
    let index = crate::view::clinician::index(project, &documents);
    match output::clinicians::index(&index, &renderers[0]) {
        Ok(file) => clinician_files.push(file),
        Err(d) => failures.push(d),
    }
    clinician_files.extend(assets.iter().filter(|f| f.path.ends_with(".css")).cloned());
    clinician_files.push(output::clinicians::manifest(&mut documents));
    let archive = output::archive::make(&leaflets, &documents);
    files.extend(assets);
    if !failures.is_empty() {
        diagnostics.append(&mut failures);
        return Err(diagnostics);
    }
    files.push(output::manifest::make(&mut leaflets));
    let clinicians = documents.len() + clinician_files.len();
    for file in files {
        put(Destination::Public, file).map_err(|d| vec![d])?;
    }
    for file in clinician_files {
        put(Destination::Clinicians, file).map_err(|d| vec![d])?;
    }
    let fonts = leaflets.iter().filter_map(|l| Some((l.locale.clone(), l.font.clone()?))).collect();
    diagnostic::sort(&mut diagnostics);
    Ok(Summary {
        warnings: diagnostics,
        pages,
        leaflets,
        fonts,
        clinicians,
        archive,
        report: None,
        jobs: kept_jobs,
        rendered: rendered_count,
    })
}

/// `informed audit report`: checks the project, reads the audit data of
/// `slug` (`text`, read by the caller from `data_file`) and renders the report,
/// each local result beside the leaflet's figure in the source language.
pub fn audit_report(
    project: &Project,
    options: &CheckOptions,
    slug: &str,
    data_file: &Path,
    text: &str,
) -> Result<String, Vec<Diagnostic>> {
    let report = check::check(project, options);
    if report.stops_build() {
        return Err(report.for_build().into_iter().filter(Diagnostic::is_error).collect());
    }
    let plan = plan::plan(project, &report, false);
    let Some(source) = plan.locales.first() else {
        return Err(vec![Diagnostic::error(
            "missing-locale",
            &project.site_spans.at("source_locale"),
            "the source locale cannot be built",
        )]);
    };
    let at = Location::start_of(data_file);
    let Some(procedure) = source.procedures.iter().find(|p| p.loaded.procedure.slug == slug) else {
        let slugs: Vec<&str> = project.procedures.iter().map(|p| p.procedure.slug.as_str()).collect();
        return Err(vec![
            Diagnostic::error("audit-procedure", &at, format!("there is no procedure `{slug}`"))
                .with_hint(format!("the procedures are: {}", slugs.join(", "))),
        ]);
    };
    let p = &procedure.loaded.procedure;
    if p.audit.is_none() {
        return Err(vec![
            Diagnostic::error("audit-procedure", &at, format!("`{slug}` has no `audit` in its procedure.yaml"))
                .with_hint("name the outcomes recorded for every patient under `audit`"),
        ]);
    }
    let (counts, patients) = crate::audit::read(data_file, text, p)?;
    let languages = vec![Language::new(project, source)];
    let language = &languages[0];
    let fail = |e: String| {
        vec![Diagnostic::error("render", &Location::start_of(&procedure.loaded.dir.join("procedure.yaml")), e)]
    };
    let views = crate::view::pages::procedure(project, &languages, language, procedure, false).map_err(fail)?;
    let words = crate::view::Words { ui: &language.ui, texts: None };
    let Some(audit) = crate::view::clinician::audit(&views.page, p, &words, Vec::new()).map_err(fail)? else {
        return Err(fail("the audited option is not on the leaflet".to_string()));
    };
    let view = crate::view::clinician::audit_report(audit, p, &counts, data_file.display().to_string(), patients);
    let renderer = Renderer::new(&project.templates, &project.compiled, language.ui.clone());
    renderer.render("audit-report.html", &view).map_err(|e| vec![output::template_failure("audit-report.html", e)])
}

/// Everything one procedure page in one language produces.
struct Rendered {
    /// The files.
    files: Vec<OutputFile>,
    /// Its entry on the language's index.
    entry: crate::view::IndexEntry,
    /// Its leaflets, for `leaflets.json`.
    manifest: Vec<ManifestEntry>,
    /// Its documents for clinicians, for their own folder.
    clinicians: output::clinicians::Made,
}

/// One procedure in one language: its views, then every per-procedure
/// output made from them. The page is made last, after its leaflets: it
/// links to each PDF with its size ("PDF, 240 KB"), known only once the PDF
/// is compiled, so the page's view takes the sizes before it is rendered.
fn procedure(
    project: &Project,
    languages: &[Language],
    language: &Language,
    renderer: &crate::render::Renderer,
    plan: &plan::ProcedurePlan,
    pdf: Pdf<'_>,
) -> Result<Rendered, Diagnostic> {
    let at = || Location::start_of(&plan.loaded.dir.join("procedure.yaml"));
    let mut views = pages::procedure(project, languages, language, plan, pdf.is_some())
        .map_err(|e| Diagnostic::error("render", &at(), e))?;
    let mut files = Vec::new();
    // Each format's PDF, once made: its path, font and pages.
    let mut pdfs: Vec<(&str, Option<crate::view::manifest::MadePdf>)> =
        crate::model::FORMATS.iter().map(|f| (*f, None)).collect();
    let mut pdf_sizes = Vec::new();
    let job = output::Job { views: &views, renderer, templates: &project.templates, pdf, plan };
    for make in output::LEAFLET_OUTPUTS {
        for made in make(&job)? {
            if let Some((format, Some(font))) = &made.leaflet
                && let Some(entry) = pdfs.iter_mut().find(|(f, _)| f == format)
            {
                entry.1 = Some(crate::view::manifest::MadePdf {
                    path: made.file.path.clone(),
                    font: font.clone(),
                    pages: made.pages,
                });
                pdf_sizes.push((*format, made.file.bytes.len()));
            }
            files.push(made.file);
        }
    }
    pages::pdf_sizes(&mut views.page, language, &pdf_sizes).map_err(|e| Diagnostic::error("render", &at(), e))?;
    let job = output::Job { views: &views, renderer, templates: &project.templates, pdf, plan };
    files.extend(output::page::make(&job)?.into_iter().map(|made| made.file));
    // A format made only as a PDF (the booklet) is listed only when it was made.
    let manifest = pdfs
        .into_iter()
        .filter(|(format, pdf)| pdf.is_some() || crate::model::laid_out_as(format) == *format)
        .map(|(format, pdf)| pages::manifest_entry(&views, plan, language, format, pdf))
        .collect();
    let clinicians = output::clinicians::make(&job)?;
    Ok(Rendered { files, entry: views.entry.clone(), manifest, clinicians })
}
