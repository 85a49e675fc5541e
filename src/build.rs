//! `informed build`: runs the whole pipeline and returns the files to write, or why not.

use crate::check::{self, CheckOptions};
use crate::diagnostic::{self, Diagnostic, Location, Severity};
use crate::l10n::inventory::source_files;
use crate::l10n::{Catalog, is_right_to_left};
use crate::load::{LoadedProcedure, Project};
use crate::publish::{self, LocalePlan, ProcedurePlan};
use crate::render::{Renderer, is_template};
use crate::site::OutputFile;
use crate::urls;
use crate::view::{self, Alternate, IndexEntry, IndexView, PageMeta, ProcedurePage, SiteView, Words};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a successful build made.
#[derive(Debug)]
pub struct Built {
    /// Every file, in a stable order.
    pub files: Vec<OutputFile>,
    /// Warnings found on the way (translation errors among them, since they only leave their locale out).
    pub warnings: Vec<Diagnostic>,
    /// Pages written per locale, for the summary.
    pub pages: Vec<(String, usize)>,
}

/// A locale ready to render: its plan, words and templates.
struct Locale {
    plan: LocalePlan,
    ui: Arc<Catalog>,
    renderer: Renderer,
    right_to_left: bool,
    name: String,
}

/// Checks `project` and renders every page. Writes nothing.
pub fn build(project: &Project, options: &CheckOptions) -> Result<Built, Vec<Diagnostic>> {
    let mut diagnostics = check::check(project, options);
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
            Err(mut d) if !source_ok || d.iter().all(|d| d.file.starts_with("(built in)")) => {
                diagnostics.append(&mut d)
            }
            Err(d) => diagnostics.extend(d.into_iter().map(as_warning)),
        }
    }
    // A translation's problems leave its own locale out; they never stop the source-language site.
    let (source_problems, translation_problems): (Vec<_>, Vec<_>) = l10n_diagnostics.into_iter().partition(|d| {
        !source_ok
            || d.code == "invalid-locale"
                && d.file.ends_with("site.yaml")
                && d.line == project.site_spans.at("source_locale").line
    });
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

    let mut files = Vec::new();
    let mut pages = Vec::new();
    let mut failures = Vec::new();
    for locale in &locales {
        let rendered: Vec<Result<(OutputFile, IndexEntry), Diagnostic>> = locale
            .plan
            .procedures
            .par_iter()
            .map(|p| procedure_page(project, &locales, locale, p))
            .collect();
        let mut entries = Vec::new();
        for result in rendered {
            match result {
                Ok((file, entry)) => {
                    files.push(file);
                    entries.push(entry);
                }
                Err(d) => failures.push(d),
            }
        }
        let dir = urls::locale_dir(&locale.plan.tag, &project.site.source_locale);
        let alternates = alternates(project, &locales, &dir, None);
        let index = IndexView {
            page: page_meta(project, locale, &dir, alternates, None),
            site: SiteView::new(&project.site),
            procedures: entries,
        };
        match locale.renderer.render("index.html", &index) {
            Ok(text) => files.push(OutputFile {
                path: format!("{dir}index.html"),
                bytes: text.into_bytes(),
            }),
            Err(e) => failures.push(Diagnostic::error(
                "template",
                &Location::start_of(Path::new("templates/index.html")),
                e,
            )),
        }
        pages.push((locale.plan.tag.clone(), locale.plan.procedures.len() + 1));
    }
    if let Some(sitemap) = sitemap(project, &locales) {
        match locales[0].renderer.render("sitemap.xml", &sitemap) {
            Ok(text) => files.push(OutputFile {
                path: "sitemap.xml".to_string(),
                bytes: text.into_bytes(),
            }),
            Err(e) => failures.push(Diagnostic::error(
                "template",
                &Location::start_of(Path::new("templates/sitemap.xml")),
                e,
            )),
        }
    }
    for (name, _, text) in project.templates.iter() {
        if !is_template(name) {
            files.push(OutputFile {
                path: name.to_string(),
                bytes: text.as_bytes().to_vec(),
            });
        }
    }
    if !failures.is_empty() {
        diagnostics.append(&mut failures);
        return Err(diagnostics);
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    diagnostic::sort(&mut diagnostics);
    Ok(Built {
        files,
        warnings: diagnostics,
        pages,
    })
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
    let renderer = Renderer::new(&project.templates, ui.clone()).map_err(|e| {
        vec![Diagnostic::error(
            "template",
            &Location::start_of(Path::new("templates")),
            e,
        )]
    })?;
    let name = ui.format("language-name", &[]).unwrap_or_else(|_| plan.tag.clone());
    let right_to_left = is_right_to_left(&plan.langid);
    Ok(Locale {
        plan,
        ui,
        renderer,
        right_to_left,
        name,
    })
}

/// The same page in every locale that publishes it, linked relatively from `dir`.
fn alternates(project: &Project, locales: &[Locale], dir: &str, slug: Option<&str>) -> Vec<Alternate> {
    let source = &project.site.source_locale;
    let root = urls::root_from(dir);
    locales
        .iter()
        .filter(|l| {
            slug.is_none_or(|s| {
                l.plan
                    .procedures
                    .iter()
                    .any(|p| project.procedures[p.index].procedure.slug == s)
            })
        })
        .map(|l| {
            let target = match slug {
                Some(s) => urls::procedure_dir(&l.plan.tag, source, s),
                None => urls::locale_dir(&l.plan.tag, source),
            };
            Alternate {
                lang: l.plan.tag.clone(),
                name: l.name.clone(),
                href: format!("{root}{target}index.html"),
                current: target == dir,
            }
        })
        .collect()
}

fn page_meta(
    project: &Project,
    locale: &Locale,
    dir: &str,
    alternates: Vec<Alternate>,
    plan: Option<&ProcedurePlan>,
) -> PageMeta {
    let _ = project;
    PageMeta {
        lang: locale.plan.tag.clone(),
        dir: if locale.right_to_left { "rtl" } else { "ltr" },
        root: urls::root_from(dir),
        alternates,
        draft: plan.is_some_and(|p| p.unreviewed),
        stale: plan.is_some_and(|p| p.stale),
        leaflets: Vec::new(),
    }
}

/// Renders one procedure page in one locale: a pure function of its inputs.
fn procedure_page(
    project: &Project,
    locales: &[Locale],
    locale: &Locale,
    plan: &ProcedurePlan,
) -> Result<(OutputFile, IndexEntry), Diagnostic> {
    let loaded = &project.procedures[plan.index];
    let source = &project.site.source_locale;
    let fail = |e: String| Diagnostic::error("render", &Location::start_of(&loaded.dir.join("procedure.yaml")), e);
    let texts = match &plan.translation {
        Some((path, text)) => {
            let (catalog, d) = Catalog::new(locale.plan.langid.clone(), &[(path.as_path(), text.as_str())]);
            if let Some(first) = d.into_iter().next() {
                return Err(first);
            }
            Some(catalog)
        }
        None => None,
    };
    let words = Words {
        ui: &locale.ui,
        texts: texts.as_ref(),
    };
    let version = version_id(project, loaded, &locale.plan.tag);
    let procedure = view::build_procedure(
        &loaded.procedure,
        &words,
        project.site.risk_scale,
        locale.right_to_left,
        &version,
    )
    .map_err(fail)?;
    let slug = &loaded.procedure.slug;
    let dir = urls::procedure_dir(&locale.plan.tag, source, slug);
    let entry = IndexEntry {
        title: procedure.title.clone(),
        summary: procedure.summary.clone(),
        href: format!("{slug}/index.html"),
    };
    let alternates = alternates(project, locales, &dir, Some(slug));
    let page = ProcedurePage {
        page: page_meta(project, locale, &dir, alternates, Some(plan)),
        site: SiteView::new(&project.site),
        procedure,
    };
    let text = locale.renderer.render("procedure.html", &page).map_err(fail)?;
    Ok((
        OutputFile {
            path: format!("{dir}index.html"),
            bytes: text.into_bytes(),
        },
        entry,
    ))
}

/// A short id for what a reader of this page in this locale sees: the
/// procedure's content and the locale's words. Same input, same id.
pub fn version_id(project: &Project, loaded: &LoadedProcedure, locale: &str) -> String {
    let mut hasher = crate::hash::Hasher::new();
    hasher.add("content", &loaded.content_hash);
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
    let base = if base.ends_with('/') {
        base.clone()
    } else {
        format!("{base}/")
    };
    let source = &project.site.source_locale;
    let mut urls = Vec::new();
    let mut slugs: Vec<Option<&str>> = vec![None];
    slugs.extend(project.procedures.iter().map(|p| Some(p.procedure.slug.as_str())));
    for slug in slugs {
        let published: Vec<(String, String)> = locales
            .iter()
            .filter(|l| {
                slug.is_none_or(|s| {
                    l.plan
                        .procedures
                        .iter()
                        .any(|p| project.procedures[p.index].procedure.slug == s)
                })
            })
            .map(|l| {
                let dir = match slug {
                    Some(s) => urls::procedure_dir(&l.plan.tag, source, s),
                    None => urls::locale_dir(&l.plan.tag, source),
                };
                (l.plan.tag.clone(), format!("{base}{dir}"))
            })
            .collect();
        for (_, loc) in &published {
            urls.push(SitemapUrl {
                loc: loc.clone(),
                alternates: published.clone(),
            });
        }
    }
    Some(SitemapView { urls })
}

/// Where `build` writes by default, relative to the current folder.
pub fn default_output() -> PathBuf {
    PathBuf::from("public")
}
