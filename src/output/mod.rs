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
//! | [`clinicians`] | the clinicians' folder: consent inserts, audit forms, governance packs | per procedure (and language) |
//! | [`archive`] | `<slug>/<locale>/<version>/…` in the archive, added to, never replaced | per PDF leaflet and consent insert |
//!
//! A new output is a view model (in `view/`), a template and one file here,
//! listed in [`PROCEDURE_OUTPUTS`] or called from the pipeline for site-wide ones.
//!
//! A procedure's page is made last, after its leaflets: it links to each PDF
//! with its type and size ("PDF, 240 KB"), and the size is known only once the
//! PDF is compiled.

pub mod archive;
pub mod assets;
pub mod clinicians;
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
use crate::paths;
use crate::plan::ProcedurePlan;
use crate::render::Renderer;
use crate::view::leaflet::FORMATS;
use crate::view::manifest::ManifestEntry;
use crate::view::pages::{Language, ProcedureViews};
use crate::view::{self, IndexEntry};

/// One file to write, at a `/`-separated path inside the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative path, checked to stay inside the output folder.
    pub path: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// Where a build's file goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// The public site.
    Public,
    /// The clinicians' folder.
    Clinicians,
}

/// What takes a build's files as each is made: the staging folders of a real
/// build, or memory for tests and tools. Called from many threads at once.
pub trait Sink: Sync {
    /// Takes one finished file.
    fn put(&self, to: Destination, file: OutputFile) -> Result<(), String>;
}

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
    /// For a PDF leaflet: how many pages it has.
    pub pages: Option<u32>,
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
    /// Its documents for clinicians, for their own folder.
    pub clinicians: clinicians::Made,
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
    // Each format's PDF, once made: its path, font and pages.
    let mut pdfs: Vec<(&str, Option<view::manifest::MadePdf>)> = FORMATS.iter().map(|f| (*f, None)).collect();
    let mut pdf_sizes = Vec::new();
    let job = Job { views: &views, renderer, templates: &project.templates, pdf, plan };
    for output in PROCEDURE_OUTPUTS {
        for made in output(&job)? {
            if let Some((format, Some(font))) = &made.leaflet
                && let Some(entry) = pdfs.iter_mut().find(|(f, _)| f == format)
            {
                entry.1 = Some(view::manifest::MadePdf {
                    path: made.file.path.clone(),
                    font: font.clone(),
                    pages: made.pages,
                });
                pdf_sizes.push((*format, made.file.bytes.len()));
            }
            files.push(made.file);
        }
    }
    view::pages::pdf_sizes(&mut views.page, language, &pdf_sizes).map_err(|e| Diagnostic::error("render", &at(), e))?;
    let job = Job { views: &views, renderer, templates: &project.templates, pdf, plan };
    files.extend(page::make(&job)?.into_iter().map(|made| made.file));
    // A format made only as a PDF (the booklet) is listed only when it was made.
    let manifest = pdfs
        .into_iter()
        .filter(|(format, pdf)| pdf.is_some() || crate::view::leaflet::laid_out_as(format) == *format)
        .map(|(format, pdf)| view::pages::manifest_entry(&views, plan, language, format, pdf))
        .collect();
    let slug = &plan.loaded.procedure.slug;
    let consent_inserts = languages
        .iter()
        .filter(|l| l.plan.publishes(slug))
        .map(|l| (l.plan.tag.clone(), paths::consent_insert_file(&l.plan.tag)))
        .collect();
    let words = view::Words { ui: &language.ui, texts: None };
    let clinicians = clinicians::make(&job, &words, language.plan.is_source, consent_inserts)?;
    Ok(Rendered { files, entry: views.entry.clone(), manifest, clinicians })
}

/// A template failure, placed at the template.
pub fn template_failure(template: &str, message: String) -> Diagnostic {
    Diagnostic::error("template", &Location::start_of(std::path::Path::new(&format!("templates/{template}"))), message)
}

/// The shipped procedure the samples for designers are made from
/// (`docs/samples/`): icon arrays, a comparison, special arrangements, device
/// reporting and a QR code.
#[cfg(all(test, feature = "pdf"))]
pub(crate) const SAMPLE_OF: &str = "intramedullary-distraction-lower-limb-lengthening";

/// Calls `f` with the shipped content's views of [`SAMPLE_OF`] in the source
/// language (PDFs on), its plan, and a PDF engine with the shipped fonts.
#[cfg(all(test, feature = "pdf"))]
pub(crate) fn with_sample<T>(
    f: impl FnOnce(&view::pages::ProcedureViews, &Language, &ProcedurePlan, &crate::render::pdf::PdfEngine) -> T,
) -> T {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = crate::load::load(&root.join("content")).expect("the shipped content loads");
    let options = crate::check::CheckOptions { today: crate::model::Date::today() };
    let report = crate::check::check(&project, &options);
    let plan = crate::plan::plan(&project, &report, false);
    let languages: Vec<Language> = plan.locales.iter().map(|l| Language::new(&project, l)).collect();
    let source = &languages[0];
    assert!(source.plan.is_source);
    let procedure = source
        .plan
        .procedures
        .iter()
        .find(|p| p.loaded.procedure.slug == SAMPLE_OF)
        .expect("the sample's procedure is published");
    let views = view::pages::procedure(&project, &languages, source, procedure, true).expect("the sample builds");
    let engine = crate::render::pdf::PdfEngine::new(&project.fonts);
    f(&views, source, procedure, &engine)
}

/// Checks that the committed sample `name` (under `docs/samples/`) is `data`,
/// laid out to be read; with `UPDATE_SAMPLES` set, writes it first.
#[cfg(all(test, feature = "pdf"))]
pub(crate) fn check_sample(name: &str, data: &serde_json::Value) {
    let mut json = String::new();
    readable(data, 0, &mut json);
    json.push('\n');
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/samples").join(name);
    if std::env::var_os("UPDATE_SAMPLES").is_some() {
        std::fs::write(&path, &json).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == json,
        "docs/samples/{name} is not the data informed now gives the PDF templates for {SAMPLE_OF} (en-GB); \
         if the change is meant, regenerate it with `UPDATE_SAMPLES=1 cargo test --lib sample` and commit it"
    );
}

#[cfg(all(test, feature = "pdf"))]
/// JSON a person can read: what fits on a line of 100 stays on one line, and
/// long lists of short items (icon cells, QR modules) fill lines of 100.
fn readable(value: &serde_json::Value, indent: usize, out: &mut String) {
    use serde_json::Value;
    const WIDTH: usize = 100;
    let one_line = |v: &Value| match v {
        Value::Array(items) => {
            format!("[{}]", items.iter().map(|i| serde_json::to_string(i).unwrap()).collect::<Vec<_>>().join(", "))
        }
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("{}: {}", serde_json::to_string(k).unwrap(), serde_json::to_string(v).unwrap()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        v => serde_json::to_string(v).unwrap(),
    };
    let flat = |v: &Value| match v {
        Value::Array(items) => items.iter().all(|i| !i.is_array() && !i.is_object()),
        Value::Object(map) => map.values().all(|i| !i.is_array() && !i.is_object()),
        _ => true,
    };
    let pad = "  ".repeat(indent + 1);
    match value {
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        v if flat(v) && indent * 2 + one_line(v).len() <= WIDTH => out.push_str(&one_line(v)),
        Value::Array(items) if items.iter().all(|i| flat(i) && one_line(i).len() <= WIDTH / 2) => {
            out.push('[');
            let mut line = String::new();
            for (n, item) in items.iter().enumerate() {
                let text = one_line(item) + if n + 1 < items.len() { "," } else { "" };
                if !line.is_empty() && pad.len() + line.len() + 1 + text.len() > WIDTH {
                    out.push_str(&format!("\n{pad}{line}"));
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&text);
            }
            out.push_str(&format!("\n{pad}{line}\n{}]", "  ".repeat(indent)));
        }
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                out.push_str(&format!("\n{pad}"));
                readable(item, indent + 1, out);
                if n + 1 < items.len() {
                    out.push(',');
                }
            }
            out.push_str(&format!("\n{}]", "  ".repeat(indent)));
        }
        Value::Object(map) => {
            out.push('{');
            for (n, (key, item)) in map.iter().enumerate() {
                out.push_str(&format!("\n{pad}{}: ", serde_json::to_string(key).unwrap()));
                readable(item, indent + 1, out);
                if n + 1 < map.len() {
                    out.push(',');
                }
            }
            out.push_str(&format!("\n{}}}", "  ".repeat(indent)));
        }
        v => out.push_str(&one_line(v)),
    }
}
