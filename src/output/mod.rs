//! The render step's outputs: view models through templates into files.
//!
//! One file per kind of output. Each takes the views the localise step made
//! and a language's [`Renderer`], and returns the files it makes, with paths
//! from [`crate::paths`]:
//!
//! | output | file | made |
//! | --- | --- | --- |
//! | [`page`] | `<slug>/index.html` | per procedure and language |
//! | [`leaflet_html`] | `<slug>/leaflet-<format>.html` | per procedure, language and format |
//! | [`leaflet_pdf`] | `<slug>/leaflet-<format>.pdf` | per procedure, language and format, when PDFs are made |
//! | [`index`] | `index.html` | per language |
//! | [`not_found`] | `404.html` | per language |
//! | [`sitemap`] | `sitemap.xml` | once, when there is a base URL |
//! | [`robots`] | `robots.txt` | once, when there is a base URL |
//! | [`manifest`] | `leaflets.json` | once |
//! | [`assets`] | stylesheets and `static/` | once |
//!
//! A new output is a view model (in `view/`), a template and one file here,
//! listed in [`PROCEDURE_OUTPUTS`] or called from the pipeline for site-wide ones.
//!
//! A procedure's page is made last, after its leaflets: it links to each PDF
//! with its type and size ("PDF, 240 KB"), and the size is known only once the
//! PDF is compiled.

pub mod assets;
pub mod index;
pub mod leaflet_html;
pub mod leaflet_pdf;
pub mod manifest;
pub mod not_found;
pub mod page;
pub mod robots;
pub mod sitemap;

use crate::diagnostic::{Diagnostic, Location};
use crate::load::Project;
use crate::plan::ProcedurePlan;
use crate::render::Renderer;
use crate::view::leaflet::FORMATS;
use crate::view::manifest::ManifestEntry;
use crate::view::pages::{Language, ProcedureViews};
use crate::view::{self, IndexEntry};
use crate::write::OutputFile;

/// The PDF engine, when PDFs are built.
#[cfg(feature = "pdf")]
pub type Pdf<'a> = Option<&'a crate::render::pdf::PdfEngine>;
/// PDFs are not compiled into this build.
#[cfg(not(feature = "pdf"))]
pub type Pdf<'a> = Option<&'a ()>;

/// What one per-procedure output needs.
pub struct Job<'a> {
    /// The procedure's views in one language.
    pub views: &'a ProcedureViews,
    /// The language's tera templates.
    pub renderer: &'a Renderer,
    /// The templates as loaded (the typst ones among them).
    pub templates: &'a crate::load::FileSet,
    /// The PDF engine, when PDFs are made.
    pub pdf: Pdf<'a>,
    /// What is published.
    pub plan: &'a ProcedurePlan<'a>,
}

impl Job<'_> {
    /// The procedure's `procedure.yaml`, where render failures are placed.
    pub fn procedure_file(&self) -> std::path::PathBuf {
        self.plan.loaded.dir.join("procedure.yaml")
    }

    /// A render failure, placed at the procedure's file.
    pub fn fail(&self, message: String) -> Diagnostic {
        Diagnostic::error("render", &Location::start_of(&self.procedure_file()), message)
    }
}

/// A file an output made; a leaflet also says which, for the manifest.
pub struct Made {
    /// The file.
    pub file: OutputFile,
    /// For a leaflet: its format, and the PDF's font when it is a PDF.
    pub leaflet: Option<(&'static str, Option<String>)>,
}

/// One kind of output made for every procedure in every language.
pub type ProcedureOutput = fn(&Job) -> Result<Vec<Made>, Diagnostic>;

/// Every per-procedure output but the page, in the order they are made; the
/// page follows them (see the module's doc).
pub const PROCEDURE_OUTPUTS: [ProcedureOutput; 2] = [leaflet_html::make, leaflet_pdf::make];

/// Everything one procedure page in one language produces.
pub struct Rendered {
    /// The files.
    pub files: Vec<OutputFile>,
    /// Its entry on the language's index.
    pub entry: IndexEntry,
    /// Its leaflets, for `leaflets.json`.
    pub manifest: Vec<ManifestEntry>,
}

/// Localises one procedure in one language and makes every per-procedure output.
pub fn procedure(
    project: &Project,
    languages: &[Language],
    language: &Language,
    renderer: &Renderer,
    plan: &ProcedurePlan,
    pdf: Pdf<'_>,
) -> Result<Rendered, Diagnostic> {
    let at = || Location::start_of(&plan.loaded.dir.join("procedure.yaml"));
    let mut views = view::pages::procedure(project, languages, language, plan, pdf.is_some())
        .map_err(|e| Diagnostic::error("render", &at(), e))?;
    let mut files = Vec::new();
    let mut leaflets: Vec<(&str, Option<String>, Option<String>)> = FORMATS.iter().map(|f| (*f, None, None)).collect();
    let mut pdf_sizes = Vec::new();
    let job = Job { views: &views, renderer, templates: &project.templates, pdf, plan };
    for output in PROCEDURE_OUTPUTS {
        for made in output(&job)? {
            if let Some((format, Some(font))) = &made.leaflet
                && let Some(entry) = leaflets.iter_mut().find(|(f, ..)| f == format)
            {
                entry.1 = Some(made.file.path.clone());
                entry.2 = Some(font.clone());
                pdf_sizes.push((*format, made.file.bytes.len()));
            }
            files.push(made.file);
        }
    }
    view::pages::pdf_sizes(&mut views.page, language, &pdf_sizes).map_err(|e| Diagnostic::error("render", &at(), e))?;
    let job = Job { views: &views, renderer, templates: &project.templates, pdf, plan };
    files.extend(page::make(&job)?.into_iter().map(|made| made.file));
    let manifest = leaflets
        .into_iter()
        .map(|(format, pdf, font)| view::pages::manifest_entry(&views, plan, language, format, pdf, font))
        .collect();
    Ok(Rendered { files, entry: views.entry.clone(), manifest })
}

/// A template failure, placed at the template.
pub fn template_failure(template: &str, message: String) -> Diagnostic {
    Diagnostic::error("template", &Location::start_of(std::path::Path::new(&format!("templates/{template}"))), message)
}
