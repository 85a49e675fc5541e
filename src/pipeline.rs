//! The driver: puts the steps in order and does nothing else.
//!
//! load (by the caller) → [`crate::check`] → [`crate::plan`] → localise
//! ([`crate::view`]) → render ([`crate::output`]) → write (by the caller,
//! [`crate::write`], as files arrive at its sink). `informed check` runs the
//! first half through [`check()`], `informed build` the whole through
//! [`build_into`].

use crate::check::{self, CheckOptions};
use crate::diagnostic::{self, Diagnostic, Location};
use crate::load::Project;
use crate::output::{self, Pdf};
use crate::plan::{self, Plan};
use crate::render::Renderer;
use crate::view::manifest::ManifestEntry;
use crate::view::pages::{self, Language};
use crate::write::{Destination, OutputFile, Sink};
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

/// What a build may use besides the project and its options.
#[derive(Debug, Default, Clone)]
pub struct Extras {
    /// Where compiled PDFs are kept between builds ([`crate::cache`]).
    pub cache: Option<std::sync::Arc<crate::cache::Cache>>,
    /// Build only this share of the procedures (to fill the cache on several machines).
    pub shard: Option<Shard>,
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
        found.extend(plan::plan(project, &report).left_out.iter().filter_map(|l| l.diagnostic()));
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
    let plan: Plan = plan::plan(project, &report);
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
    let mut renderers = Vec::new();
    for language in &languages {
        match Renderer::new(&project.templates, language.ui.clone()) {
            Ok(r) => renderers.push(r),
            Err(e) => {
                diagnostics.push(Diagnostic::error("template", &Location::start_of(Path::new("templates")), e));
                return Err(diagnostics);
            }
        }
    }

    #[cfg(feature = "pdf")]
    let engine = options.pdf.then(|| {
        // The logo is the one file of `static/` a PDF template shows.
        let logo: Vec<(String, Vec<u8>)> =
            project.static_files.iter().filter(|(name, _)| project.site.logo.as_ref() == Some(name)).cloned().collect();
        let engine = crate::render::pdf::PdfEngine::new(&project.fonts).with_images(&logo);
        match &extras.cache {
            Some(cache) => engine.with_cache(cache.clone()),
            None => engine,
        }
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
    let done = std::sync::atomic::AtomicUsize::new(0);
    let put = |to: Destination, file: OutputFile| -> Result<(), Diagnostic> {
        let at = Location::start_of(Path::new(&file.path));
        sink.put(to, file).map_err(|e| Diagnostic::error("write", &at, e))
    };
    // What each job keeps once its files are written: small, whatever the size of the pages.
    struct Kept {
        entry: crate::view::IndexEntry,
        manifest: Vec<ManifestEntry>,
        documents: Vec<crate::view::clinician::ClinicianDocument>,
    }
    // Page jobs run in a pool of their own, apart from rayon's global pool that
    // typst's PDF writer uses (see `render::pdf`), so its waiting never starts
    // another page on the same stack.
    let render_all = || -> Vec<Result<Kept, Diagnostic>> {
        jobs.par_iter()
            .map(|&(i, p)| {
                let result =
                    output::procedure(project, &languages, &languages[i], &renderers[i], p, pdf).and_then(|r| {
                        r.files.into_iter().try_for_each(|f| put(Destination::Public, f))?;
                        r.clinicians.files.into_iter().try_for_each(|f| put(Destination::Clinicians, f))?;
                        Ok(Kept { entry: r.entry, manifest: r.manifest, documents: r.clinicians.documents })
                    });
                progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, jobs.len());
                result
            })
            .collect()
    };
    let rendered = match rayon::ThreadPoolBuilder::new().thread_name(|i| format!("page-{i}")).build() {
        Ok(pool) => pool.install(render_all),
        Err(_) => render_all(),
    };

    let mut leaflets = Vec::new();
    let mut failures = Vec::new();
    let mut documents = Vec::new();
    let mut entries: Vec<Vec<_>> = languages.iter().map(|_| Vec::new()).collect();
    for (&(i, _), result) in jobs.iter().zip(rendered) {
        match result {
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
    Ok(Summary { warnings: diagnostics, pages, leaflets, fonts, clinicians, archive })
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
    let plan = plan::plan(project, &report);
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
    let renderer = Renderer::new(&project.templates, language.ui.clone())
        .map_err(|e| vec![Diagnostic::error("template", &Location::start_of(Path::new("templates")), e)])?;
    renderer.render("audit-report.html", &view).map_err(|e| vec![output::template_failure("audit-report.html", e)])
}
