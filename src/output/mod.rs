//! The render step's outputs: view models through templates into files.
//!
//! One file per kind of output, each listed in [`OUTPUTS`] with the files it
//! makes and where (its [`Scope`]). Each takes views the localise step has
//! already made (never calling a view builder itself) and a language's
//! [`crate::render::Renderer`], and returns the files it makes, with paths
//! from [`crate::paths`]. The pipeline puts them in order: per procedure and
//! language the [`LEAFLET_OUTPUTS`], then the page, then the clinicians'
//! documents; once every procedure is done, the language and site outputs.
//!
//! A new output is a view model (in `view/`), a template, one file here and
//! one row in [`OUTPUTS`]; a test fails when a file here has no row.

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
use crate::plan::ProcedurePlan;
use crate::render::Renderer;
use crate::view::pages::ProcedureViews;

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

/// The leaflets, made first for each procedure in each language: the page
/// links to each PDF with its size, so it follows them.
pub const LEAFLET_OUTPUTS: [ProcedureOutput; 2] = [leaflet_html::make, leaflet_pdf::make];

/// Where an output is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Once per procedure, in each language it is published in.
    Procedure,
    /// Once per published language.
    Language,
    /// Once for the whole site.
    Site,
    /// In the clinicians' folder (per procedure, and once for the folder).
    Clinicians,
}

/// One kind of output: the module that makes it, what it makes, and where.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// The module in `output/`.
    pub module: &'static str,
    /// The files, as paths inside their folder.
    pub files: &'static str,
    /// Where it is made.
    pub scope: Scope,
}

/// Every output, in the order a build makes them.
pub const OUTPUTS: [Output; 11] = [
    Output { module: "leaflet_html", files: "<slug>/leaflet-<format>.html", scope: Scope::Procedure },
    Output {
        module: "leaflet_pdf",
        files: "<slug>/leaflet-<format>.pdf (when PDFs are made)",
        scope: Scope::Procedure,
    },
    Output { module: "page", files: "<slug>/index.html", scope: Scope::Procedure },
    Output {
        module: "clinicians",
        files: "<slug>/consent-insert-<locale>.html and .pdf; in the source language audit-form.html and .pdf, \
                audit.csv, audit.schema.json, governance.html; index.html and clinicians.json once",
        scope: Scope::Clinicians,
    },
    Output { module: "index", files: "index.html", scope: Scope::Language },
    Output { module: "not_found", files: "404.html", scope: Scope::Language },
    Output { module: "manifest", files: "leaflets.html per language; leaflets.json once", scope: Scope::Language },
    Output { module: "sitemap", files: "sitemap.xml (when there is a base URL)", scope: Scope::Site },
    Output { module: "robots", files: "robots.txt (when there is a base URL)", scope: Scope::Site },
    Output { module: "assets", files: "stylesheets and static/", scope: Scope::Site },
    Output {
        module: "archive",
        files: "<slug>/<locale>/<version>/… in the archive, added to, never replaced",
        scope: Scope::Site,
    },
];

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
    f: impl FnOnce(&ProcedureViews, &crate::view::pages::Language, &ProcedurePlan, &crate::render::pdf::PdfEngine) -> T,
) -> T {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = crate::load::load(&root.join("content")).expect("the shipped content loads");
    let options = crate::check::CheckOptions { today: crate::model::Date::today() };
    let report = crate::check::check(&project, &options);
    let plan = crate::plan::plan(&project, &report, false);
    use crate::view::pages::Language;
    let languages: Vec<Language> = plan.locales.iter().map(|l| Language::new(&project, l)).collect();
    let source = &languages[0];
    assert!(source.plan.is_source);
    let procedure = source
        .plan
        .procedures
        .iter()
        .find(|p| p.loaded.procedure.slug == SAMPLE_OF)
        .expect("the sample's procedure is published");
    let views =
        crate::view::pages::procedure(&project, &languages, source, procedure, true).expect("the sample builds");
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

#[cfg(test)]
mod tests {
    /// Every file in `output/` is one output, with its row in the table.
    #[test]
    fn every_output_has_its_row() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/output");
        let mut modules: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".rs").map(str::to_string))
            .filter(|m| m != "mod")
            .collect();
        modules.sort();
        let mut listed: Vec<String> = super::OUTPUTS.iter().map(|o| o.module.to_string()).collect();
        listed.sort();
        assert_eq!(modules, listed, "each file in src/output/ has one row in OUTPUTS");
    }
}
