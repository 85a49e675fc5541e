//! `informed build`: runs the whole pipeline and returns the files to write, or why not.

mod manifest;
mod pages;

pub use manifest::ManifestEntry;

use crate::check::{self, CheckOptions};
use crate::diagnostic::{self, Diagnostic, Location, Severity};
use crate::l10n::inventory::source_files;
use crate::l10n::{Catalog, is_right_to_left};
use crate::load::{LoadedProcedure, Project};
use crate::publish::{self, LocalePlan, ProcedurePlan};
use crate::render::{Renderer, is_copied};
use crate::site::OutputFile;
use crate::urls;
use crate::view::{Alternate, IndexView, PageMeta, SiteView};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// How to build.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// The checks' options (today's date).
    pub check: CheckOptions,
    /// Whether to make PDF leaflets (needs the `pdf` feature).
    pub pdf: bool,
}

/// What a successful build made.
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
}

/// A locale ready to render: its plan, words and templates.
struct Locale {
    plan: LocalePlan,
    source_tag: String,
    ui: Arc<Catalog>,
    renderer: Renderer,
    right_to_left: bool,
    name: String,
}

/// Checks `project` and renders every page and leaflet. Writes nothing.
pub fn build(project: &Project, options: &BuildOptions) -> Result<Built, Vec<Diagnostic>> {
    build_with_progress(project, options, &|_, _| {})
}

/// [`build`], calling `progress(done, total)` as each (locale, procedure) page and
/// its leaflets are finished, from whichever thread finished them.
pub fn build_with_progress(
    project: &Project,
    options: &BuildOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Built, Vec<Diagnostic>> {
    let mut diagnostics = check::check(project, &options.check);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    let sources = source_files(project);
    let (plans, l10n_diagnostics) = publish::plan(project, &sources);
    let source_ok = plans.first().is_some_and(|p| p.is_source);
    let mut locales = Vec::new();
    for plan in plans {
        match prepare_locale(project, plan) {
            Ok(locale) => locales.push(locale),
            Err(mut d) if !source_ok || locales.is_empty() => diagnostics.append(&mut d),
            Err(d) => diagnostics.extend(d.into_iter().map(as_warning)),
        }
    }
    // A translation's problems leave its own locale out; they never stop the source-language site.
    let source_line = project.site_spans.at("source_locale").line;
    let (source_problems, translation_problems): (Vec<_>, Vec<_>) = l10n_diagnostics
        .into_iter()
        .partition(|d| !source_ok || (d.file.ends_with("site.yaml") && d.line == source_line));
    diagnostics.extend(source_problems);
    diagnostics.extend(translation_problems.into_iter().map(as_warning));
    if diagnostics.iter().any(Diagnostic::is_error) || locales.first().is_none_or(|l| !l.plan.is_source) {
        if !diagnostics.iter().any(Diagnostic::is_error) {
            diagnostics.push(Diagnostic::error(
                "missing-locale",
                &project.site_spans.at("source_locale"),
                "the source locale cannot be built",
            ));
        }
        return Err(diagnostics);
    }

    #[cfg(feature = "pdf")]
    let engine = options.pdf.then(|| crate::render::pdf::PdfEngine::new(&project.fonts));
    #[cfg(feature = "pdf")]
    let pdf = engine.as_ref();
    #[cfg(not(feature = "pdf"))]
    let pdf: pages::Pdf<'_> = None;

    let mut files = Vec::new();
    let mut pages = Vec::new();
    let mut leaflets = Vec::new();
    let mut failures = Vec::new();
    // Every (locale, procedure) pair is independent: render them all in parallel.
    let jobs: Vec<(&Locale, &ProcedurePlan)> =
        locales.iter().flat_map(|l| l.plan.procedures.iter().map(move |p| (l, p))).collect();
    let done = std::sync::atomic::AtomicUsize::new(0);
    // Page jobs run in a pool of their own, apart from rayon's global pool that
    // typst's PDF writer uses (see `render::pdf`), so its waiting never starts
    // another page on the same stack.
    let render_all = || -> Vec<Result<pages::Rendered, Diagnostic>> {
        jobs.par_iter()
            .map(|(l, p)| {
                let result = pages::render(project, &locales, l, p, pdf);
                progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, jobs.len());
                result
            })
            .collect()
    };
    let rendered = match rayon::ThreadPoolBuilder::new().thread_name(|i| format!("page-{i}")).build() {
        Ok(pool) => pool.install(render_all),
        Err(_) => render_all(),
    };
    let mut entries: BTreeMap<&str, Vec<_>> = BTreeMap::new();
    for ((locale, _), result) in jobs.iter().zip(rendered) {
        match result {
            Ok(r) => {
                files.extend(r.files);
                leaflets.extend(r.manifest);
                entries.entry(locale.plan.tag.as_str()).or_default().push(r.entry);
            }
            Err(d) => failures.push(d),
        }
    }
    for locale in &locales {
        let dir = urls::locale_dir(&locale.plan.tag, &project.site.source_locale);
        let index = IndexView {
            page: page_meta(locale, &dir, alternates(project, &locales, &dir, None), None),
            site: SiteView::new(&project.site),
            procedures: entries.remove(locale.plan.tag.as_str()).unwrap_or_default(),
        };
        match locale.renderer.render("index.html", &index) {
            Ok(text) => files.push(OutputFile { path: format!("{dir}index.html"), bytes: text.into_bytes() }),
            Err(e) => {
                failures.push(Diagnostic::error("template", &Location::start_of(Path::new("templates/index.html")), e))
            }
        }
        pages.push((locale.plan.tag.clone(), locale.plan.procedures.len() + 1));
    }
    if let Some(sitemap) = sitemap(project, &locales) {
        match locales[0].renderer.render("sitemap.xml", &sitemap) {
            Ok(text) => files.push(OutputFile { path: "sitemap.xml".to_string(), bytes: text.into_bytes() }),
            Err(e) => {
                failures.push(Diagnostic::error("template", &Location::start_of(Path::new("templates/sitemap.xml")), e))
            }
        }
    }
    for (name, _, text) in project.templates.iter() {
        if is_copied(name) {
            files.push(OutputFile { path: name.to_string(), bytes: text.as_bytes().to_vec() });
        }
    }
    for (name, bytes) in &project.static_files {
        if files.iter().any(|f| f.path == *name) || name == "leaflets.json" || name == crate::site::MARKER {
            failures.push(
                Diagnostic::error(
                    "static-conflict",
                    &Location::start_of(&project.root.join("static").join(name)),
                    format!("`static/{name}` has the same path as a page the build makes"),
                )
                .with_hint("rename or move the file in `static/`"),
            );
        } else {
            files.push(OutputFile { path: name.clone(), bytes: bytes.clone() });
        }
    }
    if !failures.is_empty() {
        diagnostics.append(&mut failures);
        return Err(diagnostics);
    }
    leaflets.sort_by(|a, b| (&a.procedure, &a.locale, &a.format).cmp(&(&b.procedure, &b.locale, &b.format)));
    let manifest = manifest::Manifest { version: 1, leaflets: &leaflets };
    let json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    files.push(OutputFile { path: "leaflets.json".to_string(), bytes: format!("{json}\n").into_bytes() });
    let fonts = leaflets.iter().filter_map(|l| Some((l.locale.clone(), l.font.clone()?))).collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    diagnostic::sort(&mut diagnostics);
    Ok(Built { files, warnings: diagnostics, pages, leaflets, fonts })
}

fn as_warning(mut d: Diagnostic) -> Diagnostic {
    d.severity = Severity::Warning;
    d
}

fn prepare_locale(project: &Project, plan: LocalePlan) -> Result<Locale, Vec<Diagnostic>> {
    let files: Vec<(&Path, &str)> = plan.ui_files.iter().map(|(p, t)| (p.as_path(), t.as_str())).collect();
    let (catalog, diagnostics) = Catalog::new(plan.langid.clone(), &files);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    let ui = Arc::new(catalog);
    let renderer = Renderer::new(&project.templates, ui.clone())
        .map_err(|e| vec![Diagnostic::error("template", &Location::start_of(Path::new("templates")), e)])?;
    let name = ui.format("language-name", &[]).unwrap_or_else(|_| plan.tag.clone());
    let right_to_left = is_right_to_left(&plan.langid);
    Ok(Locale { plan, source_tag: project.site.source_locale.clone(), ui, renderer, right_to_left, name })
}

/// Where the page of `slug` (or the index, for `None`) lives in every locale that publishes it.
fn published_dirs<'a>(project: &Project, locales: &'a [Locale], slug: Option<&str>) -> Vec<(&'a Locale, String)> {
    let source = &project.site.source_locale;
    locales
        .iter()
        .filter(|l| {
            slug.is_none_or(|s| l.plan.procedures.iter().any(|p| project.procedures[p.index].procedure.slug == s))
        })
        .map(|l| {
            let dir = match slug {
                Some(s) => urls::procedure_dir(&l.plan.tag, source, s),
                None => urls::locale_dir(&l.plan.tag, source),
            };
            (l, dir)
        })
        .collect()
}

/// The same page in every locale that publishes it, linked relatively from `dir`.
fn alternates(project: &Project, locales: &[Locale], dir: &str, slug: Option<&str>) -> Vec<Alternate> {
    let root = urls::root_from(dir);
    published_dirs(project, locales, slug)
        .into_iter()
        .map(|(l, target)| Alternate {
            lang: l.plan.tag.clone(),
            name: l.name.clone(),
            href: format!("{root}{target}index.html"),
            absolute: project.site.base_url.as_ref().map(|b| format!("{}/{target}", b.trim_end_matches('/'))),
            current: target == dir,
        })
        .collect()
}

fn page_meta(locale: &Locale, dir: &str, alternates: Vec<Alternate>, plan: Option<&ProcedurePlan>) -> PageMeta {
    PageMeta {
        lang: locale.plan.tag.clone(),
        source_lang: locale.source_tag.clone(),
        dir: if locale.right_to_left { "rtl" } else { "ltr" },
        root: urls::root_from(dir),
        alternates,
        draft: plan.is_some_and(|p| p.unreviewed),
        stale: plan.is_some_and(|p| p.stale),
        leaflets: Vec::new(),
    }
}

/// A short id for what a reader of this page in this locale sees: the
/// procedure's content, the site's contact details and the locale's words.
/// Same input, same id; layout (templates, styles, fonts) does not change it.
pub fn version_id(project: &Project, loaded: &LoadedProcedure, locale: &str) -> String {
    let mut hasher = crate::hash::Hasher::new();
    hasher.add("content", &loaded.content_hash);
    hasher.add("site", &project.site_hash);
    hasher.add("locale", locale);
    let prefix = format!("{locale}/");
    let own = format!("{locale}/procedures/{}.ftl", loaded.procedure.slug);
    for (name, _, text) in project.locales.iter().filter(|(name, ..)| name.starts_with(&prefix)) {
        let ui = !name[prefix.len()..].starts_with("procedures/") && name.ends_with(".ftl");
        if ui || *name == own {
            hasher.add(name, text);
        }
    }
    hasher.finish()[..8].to_string()
}

/// The sitemap's view: every page with its translations, as absolute addresses.
#[derive(Debug, Serialize)]
struct SitemapView {
    urls: Vec<SitemapUrl>,
}

#[derive(Debug, Serialize)]
struct SitemapUrl {
    loc: String,
    alternates: Vec<(String, String)>,
}

/// A sitemap with hreflang alternates, when `site.yaml` gives a base URL.
fn sitemap(project: &Project, locales: &[Locale]) -> Option<SitemapView> {
    let base = project.site.base_url.as_ref()?;
    let base = if base.ends_with('/') { base.clone() } else { format!("{base}/") };
    let mut urls = Vec::new();
    let mut slugs: Vec<Option<&str>> = vec![None];
    slugs.extend(project.procedures.iter().map(|p| Some(p.procedure.slug.as_str())));
    for slug in slugs {
        let published: Vec<(String, String)> = published_dirs(project, locales, slug)
            .into_iter()
            .map(|(l, dir)| (l.plan.tag.clone(), format!("{base}{dir}")))
            .collect();
        for (_, loc) in &published {
            urls.push(SitemapUrl { loc: loc.clone(), alternates: published.clone() });
        }
    }
    Some(SitemapView { urls })
}
