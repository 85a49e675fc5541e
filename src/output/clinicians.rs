//! The clinicians' documents, written to their own folder (for an intranet),
//! never into the public site: per procedure and language the consent insert;
//! per procedure, in the source language, the audit form, the audit data's
//! columns (CSV) and JSON Schema, and the governance pack; the folder's index
//! and `clinicians.json`.

use super::{Job, template_failure};
use crate::diagnostic::Diagnostic;
use crate::paths;
use crate::view::Words;
use crate::view::clinician::{self, ClinicianDocument, ClinicianIndexView};
use crate::write::OutputFile;

/// What one procedure in one language adds to the clinicians' folder.
#[derive(Default)]
pub struct Made {
    /// The files.
    pub files: Vec<OutputFile>,
    /// Their entries in `clinicians.json`.
    pub documents: Vec<ClinicianDocument>,
}

/// The consent insert in the job's language; in the source language also the
/// team's documents. `consent_inserts` lists the insert in every language.
pub fn make(
    job: &Job,
    words: &Words<'_>,
    is_source: bool,
    consent_inserts: Vec<(String, String)>,
) -> Result<Made, Diagnostic> {
    let p = &job.plan.loaded.procedure;
    let views = job.views;
    let locale = views.page.page.lang.clone();
    let version = views.version.clone();
    let mut made = Made::default();
    let add = |made: &mut Made, document: &'static str, path: String, bytes: Vec<u8>| {
        made.documents.push(ClinicianDocument {
            procedure: p.slug.clone(),
            document,
            locale: locale.clone(),
            version: version.clone(),
            path: path.clone(),
        });
        made.files.push(OutputFile { path, bytes });
    };
    if let Some(view) = clinician::consent(&views.page, p) {
        let html = job.renderer.render("consent.html", &view).map_err(|e| job.fail(e))?;
        add(&mut made, "consent-insert", paths::consent_insert(&p.slug, &locale), html.into_bytes());
    }
    if !is_source {
        return Ok(made);
    }
    let Some(view) = clinician::audit(&views.page, p, words, consent_inserts).map_err(|e| job.fail(e))? else {
        return Ok(made);
    };
    let form = job.renderer.render("audit-form.html", &view).map_err(|e| job.fail(e))?;
    add(&mut made, "audit-form", paths::clinician_document(&p.slug, "audit-form.html"), form.into_bytes());
    let csv = format!("{}\n", clinician::audit_columns(p).join(","));
    add(&mut made, "audit-data", paths::clinician_document(&p.slug, "audit.csv"), csv.into_bytes());
    let schema = serde_json::to_string_pretty(&clinician::audit_schema(p)).unwrap_or_default();
    add(
        &mut made,
        "audit-schema",
        paths::clinician_document(&p.slug, "audit.schema.json"),
        format!("{schema}\n").into_bytes(),
    );
    let governance = job.renderer.render("governance.html", &view).map_err(|e| job.fail(e))?;
    add(&mut made, "governance", paths::clinician_document(&p.slug, "governance.html"), governance.into_bytes());
    Ok(made)
}

/// The folder's index page.
pub fn index(view: &ClinicianIndexView, renderer: &crate::render::Renderer) -> Result<OutputFile, Diagnostic> {
    let text = renderer.render("clinicians.html", view).map_err(|e| template_failure("clinicians.html", e))?;
    Ok(OutputFile { path: paths::PAGE.to_string(), bytes: text.into_bytes() })
}

/// `clinicians.json`: every document, sorted.
pub fn manifest(documents: &mut [ClinicianDocument]) -> OutputFile {
    documents.sort();
    let json =
        serde_json::to_string_pretty(&serde_json::json!({ "version": 1, "documents": documents })).unwrap_or_default();
    OutputFile { path: paths::CLINICIANS_MANIFEST.to_string(), bytes: format!("{json}\n").into_bytes() }
}
