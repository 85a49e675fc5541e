//! `informed build`: runs the whole pipeline and returns the files to write, or why not.

use crate::check::{self, CheckOptions};
use crate::diagnostic::{Diagnostic, Location};
use crate::l10n::{Catalog, is_right_to_left};
use crate::load::{LoadedProcedure, Project};
use crate::render::{Renderer, is_template};
use crate::site::OutputFile;
use crate::urls;
use crate::view::{self, IndexEntry, IndexView, PageMeta, ProcedurePage, SiteView, Words};
use rayon::prelude::*;
use std::path::Path;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// What a successful build made.
#[derive(Debug)]
pub struct Built {
    /// Every file, in a stable order.
    pub files: Vec<OutputFile>,
    /// Warnings found on the way.
    pub warnings: Vec<Diagnostic>,
    /// One line per page written, for the summary.
    pub pages: Vec<String>,
}

/// One locale being published, with its words and templates.
struct Locale {
    tag: String,
    catalog: Arc<Catalog>,
    renderer: Renderer,
    right_to_left: bool,
}

/// Checks `project` and renders every page. Writes nothing.
pub fn build(project: &Project, options: &CheckOptions) -> Result<Built, Vec<Diagnostic>> {
    let mut diagnostics = check::check(project, options);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    let source = &project.site.source_locale;
    let locale = match prepare_locale(project, source) {
        Ok(l) => l,
        Err(mut d) => {
            diagnostics.append(&mut d);
            return Err(diagnostics);
        }
    };
    let locales = vec![locale];
    let mut files = Vec::new();
    let mut pages = Vec::new();
    let mut failures = Vec::new();
    for locale in &locales {
        let rendered: Vec<Result<(OutputFile, String), Diagnostic>> = project
            .procedures
            .par_iter()
            .map(|loaded| procedure_page(project, locale, loaded))
            .collect();
        let mut entries = Vec::new();
        for (loaded, result) in project.procedures.iter().zip(rendered) {
            match result {
                Ok((file, title)) => {
                    entries.push(IndexEntry {
                        title,
                        summary: String::new(),
                        href: format!("{}/index.html", loaded.procedure.slug),
                    });
                    pages.push(file.path.clone());
                    files.push(file);
                }
                Err(d) => failures.push(d),
            }
        }
        for (entry, loaded) in entries.iter_mut().zip(&project.procedures) {
            let words = Words {
                catalog: &locale.catalog,
                is_source: locale.tag == *source,
            };
            entry.summary = words.text("summary", &loaded.procedure.summary).unwrap_or_default();
        }
        let dir = urls::locale_dir(&locale.tag, source);
        let index = IndexView {
            page: page_meta(locale, &dir),
            site: SiteView::new(&project.site),
            procedures: entries,
        };
        match locale.renderer.render("index.html", &index) {
            Ok(text) => {
                let path = format!("{dir}index.html");
                pages.push(path.clone());
                files.push(OutputFile {
                    path,
                    bytes: text.into_bytes(),
                });
            }
            Err(e) => failures.push(Diagnostic::error(
                "template",
                &Location::start_of(Path::new("templates/index.html")),
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
    Ok(Built {
        files,
        warnings: diagnostics,
        pages,
    })
}

fn prepare_locale(project: &Project, tag: &str) -> Result<Locale, Vec<Diagnostic>> {
    let locale: LanguageIdentifier = tag.parse().map_err(|_| {
        vec![Diagnostic::error(
            "invalid-locale",
            &project.site_spans.at("source_locale"),
            format!("`{tag}` is not a language tag"),
        )]
    })?;
    let prefix = format!("{tag}/");
    let files: Vec<(&Path, &str)> = project
        .locales
        .iter()
        .filter(|(name, ..)| name.starts_with(&prefix))
        .map(|(_, path, text)| (path, text))
        .collect();
    if files.is_empty() {
        return Err(vec![
            Diagnostic::error(
                "missing-locale",
                &project.site_spans.at("source_locale"),
                format!("there are no interface strings for `{tag}`"),
            )
            .with_hint(format!("add locales/{tag}/ui.ftl")),
        ]);
    }
    let (catalog, diagnostics) = Catalog::new(locale.clone(), &files);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    let catalog = Arc::new(catalog);
    let renderer = Renderer::new(&project.templates, catalog.clone()).map_err(|e| {
        vec![Diagnostic::error(
            "template",
            &Location::start_of(Path::new("templates")),
            e,
        )]
    })?;
    Ok(Locale {
        tag: tag.to_string(),
        catalog,
        renderer,
        right_to_left: is_right_to_left(&locale),
    })
}

fn page_meta(locale: &Locale, dir: &str) -> PageMeta {
    PageMeta {
        lang: locale.tag.clone(),
        dir: if locale.right_to_left { "rtl" } else { "ltr" },
        root: urls::root_from(dir),
        alternates: Vec::new(),
        draft: false,
    }
}

/// Renders one procedure page in one locale: a pure function of its inputs.
fn procedure_page(
    project: &Project,
    locale: &Locale,
    loaded: &LoadedProcedure,
) -> Result<(OutputFile, String), Diagnostic> {
    let source = &project.site.source_locale;
    let words = Words {
        catalog: &locale.catalog,
        is_source: locale.tag == *source,
    };
    let version = version_id(project, loaded, &locale.tag);
    let fail = |e: String| Diagnostic::error("render", &Location::start_of(&loaded.dir.join("procedure.yaml")), e);
    let procedure = view::build_procedure(
        &loaded.procedure,
        &words,
        project.site.risk_scale,
        locale.right_to_left,
        &version,
    )
    .map_err(fail)?;
    let title = procedure.title.clone();
    let dir = urls::procedure_dir(&locale.tag, source, &loaded.procedure.slug);
    let page = ProcedurePage {
        page: page_meta(locale, &dir),
        site: SiteView::new(&project.site),
        procedure,
    };
    let text = locale.renderer.render("procedure.html", &page).map_err(fail)?;
    Ok((
        OutputFile {
            path: format!("{dir}index.html"),
            bytes: text.into_bytes(),
        },
        title,
    ))
}

/// A short id for what a reader of this page in this locale sees: the
/// procedure's content and the locale's words. Same input, same id.
pub fn version_id(project: &Project, loaded: &LoadedProcedure, locale: &str) -> String {
    let mut hasher = crate::hash::Hasher::new();
    hasher.add("content", &loaded.content_hash);
    hasher.add("locale", locale);
    let prefix = format!("{locale}/");
    for (name, _, text) in project.locales.iter().filter(|(name, ..)| name.starts_with(&prefix)) {
        hasher.add(name, text);
    }
    hasher.finish()[..8].to_string()
}
