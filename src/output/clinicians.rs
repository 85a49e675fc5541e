//! The clinicians' documents, written to their own folder (for an intranet),
//! never into the public site: per procedure and language the consent insert;
//! per procedure, in the source language, the audit form, the audit data's
//! columns (CSV) and JSON Schema, and the governance pack; the folder's index
//! and `clinicians.json`.

use super::{Job, template_failure};
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::paths;
use crate::view::clinician::{ClinicianDocument, ClinicianIndexView};

/// What one procedure in one language adds to the clinicians' folder.
#[derive(Default)]
pub struct Made {
    /// The files.
    pub files: Vec<OutputFile>,
    /// Their entries in `clinicians.json`.
    pub documents: Vec<ClinicianDocument>,
}

/// The consent insert in the job's language; in the source language also the
/// team's documents (the views hold them only there).
pub fn make(job: &Job) -> Result<Made, Diagnostic> {
    let p = &job.plan.loaded.procedure;
    let views = job.views;
    let locale = views.page.page.lang.clone();
    let version = views.version.clone();
    let mut made = Made::default();
    let draft = views.page.page.draft || views.page.page.stale;
    let add = |made: &mut Made, document: &'static str, path: String, bytes: Vec<u8>| {
        made.documents.push(ClinicianDocument {
            procedure: p.slug.clone(),
            document,
            locale: locale.clone(),
            version: version.clone(),
            path: path.clone(),
            draft: (draft || views.unapproved) && document.starts_with("consent-insert"),
            approval: views.approval.clone(),
            unapproved: views.unapproved,
        });
        made.files.push(OutputFile { path, bytes });
    };
    if let Some(view) = &views.consent {
        let html = job.renderer.render("consent.html", view).map_err(|e| job.fail(e))?;
        add(&mut made, "consent-insert", paths::consent_insert(&p.slug, &locale), html.into_bytes());
        #[cfg(feature = "pdf")]
        if let Some(engine) = job.pdf {
            let bytes = consent_pdf(job, engine, view.clone())?;
            add(&mut made, "consent-insert-pdf", paths::consent_insert_pdf(&p.slug, &locale), bytes);
        }
    }
    let Some((view, schema)) = &views.audit else {
        return Ok(made);
    };
    let form = job.renderer.render("audit-form.html", view).map_err(|e| job.fail(e))?;
    add(&mut made, "audit-form", paths::clinician_document(&p.slug, "audit-form.html"), form.into_bytes());
    #[cfg(feature = "pdf")]
    if let Some(engine) = job.pdf {
        let mut view = view.clone();
        let data = view.data().map_err(|e| job.fail(e))?;
        let family =
            super::leaflet_pdf::font_for(engine, &data, &view.page.lang).map_err(|e| e.place(&job.procedure_file()))?;
        view.font = family.family;
        let bytes = typst_pdf(job, engine, AUDIT_FORM_TYP, view.data(), "audit-form")?;
        add(&mut made, "audit-form-pdf", paths::clinician_document(&p.slug, "audit-form.pdf"), bytes);
    }
    let csv = format!("{}\n", crate::model::audit_columns(p.audit.as_ref()).join(","));
    add(&mut made, "audit-data", paths::clinician_document(&p.slug, "audit.csv"), csv.into_bytes());
    let schema = serde_json::to_string_pretty(schema).unwrap_or_default();
    add(
        &mut made,
        "audit-schema",
        paths::clinician_document(&p.slug, "audit.schema.json"),
        format!("{schema}\n").into_bytes(),
    );
    let governance = crate::view::library::GovernanceView { audit: view, sign_off: views.sign_off.clone() };
    let governance = job.renderer.render("governance.html", &governance).map_err(|e| job.fail(e))?;
    add(&mut made, "governance", paths::clinician_document(&p.slug, "governance.html"), governance.into_bytes());
    Ok(made)
}

/// The consent insert as a PDF: its data through the plain typst template `consent.typ`.
#[cfg(feature = "pdf")]
fn consent_pdf(
    job: &Job,
    engine: &crate::render::pdf::PdfEngine,
    mut view: crate::view::clinician::ConsentView,
) -> Result<Vec<u8>, Diagnostic> {
    let data = view.data().map_err(|e| job.fail(e))?;
    let family =
        super::leaflet_pdf::font_for(engine, &data, &view.page.lang).map_err(|e| e.place(&job.procedure_file()))?;
    view.font = family.family;
    view.upright_emphasis = family.upright_emphasis;
    view.regular_strong = family.regular_strong;
    typst_pdf(job, engine, CONSENT_TYP, view.data(), &format!("consent/{}", view.page.lang))
}

/// Compiles the plain typst template `name` with `data` as its JSON.
#[cfg(feature = "pdf")]
fn typst_pdf(
    job: &Job,
    engine: &crate::render::pdf::PdfEngine,
    name: &str,
    data: Result<serde_json::Value, String>,
    what: &str,
) -> Result<Vec<u8>, Diagnostic> {
    let data = serde_json::to_vec(&data.map_err(|e| job.fail(e))?).map_err(|e| job.fail(e.to_string()))?;
    let template = job.templates.get(name).ok_or_else(|| job.fail(format!("no template `{name}`")))?;
    let ident = format!("{}/{what}", job.plan.loaded.procedure.slug);
    engine.pdf(name, template, data, &ident).map_err(|e| job.fail(e))
}

/// The typst template of the consent insert.
#[cfg(feature = "pdf")]
pub const CONSENT_TYP: &str = "consent.typ";

/// The typst template of the audit form.
#[cfg(feature = "pdf")]
pub const AUDIT_FORM_TYP: &str = "audit-form.typ";

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

#[cfg(all(test, feature = "pdf"))]
mod tests {
    /// The sample a designer's typst reads (see the opening of
    /// `templates/consent.typ`) must be exactly what informed gives it for the
    /// shipped procedure in English.
    #[test]
    fn the_sample_consent_data_is_the_shipped_inserts() {
        super::super::with_sample(|views, _, _, engine| {
            let mut view = views.consent.clone().expect("the sample's procedure has an option to consent to");
            let family = super::super::leaflet_pdf::font_for(engine, &view.data().unwrap(), "en-GB").ok().unwrap();
            view.font = family.family;
            view.upright_emphasis = family.upright_emphasis;
            view.regular_strong = family.regular_strong;
            super::super::check_sample("consent.json", &view.data().unwrap());
            let mut form = views.audit.clone().expect("the sample's procedure is audited").0;
            form.font =
                super::super::leaflet_pdf::font_for(engine, &form.data().unwrap(), "en-GB").ok().unwrap().family;
            super::super::check_sample("audit-form.json", &form.data().unwrap());
        });
    }
}
