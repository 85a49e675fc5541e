//! The PDF leaflets, one per format, when PDFs are made.

use super::{Job, Made};
use crate::diagnostic::Diagnostic;

/// Compiles the leaflet view in every format; nothing without a PDF engine.
#[cfg(feature = "pdf")]
pub fn make(job: &Job) -> Result<Vec<Made>, Diagnostic> {
    use crate::diagnostic::Location;
    use crate::paths;
    use crate::view::leaflet::{FORMATS, template_of};
    use crate::write::OutputFile;
    let Some(engine) = job.pdf else {
        return Ok(Vec::new());
    };
    let views = job.views;
    let mut view = views.leaflet.clone();
    let mut made = Vec::new();
    for format in FORMATS {
        view.format = format;
        // The font is chosen from the words the leaflet holds.
        let html = job.renderer.render(template_of(format).0, &view).map_err(|e| job.fail(e))?;
        let family = engine.choose_family(&html).map_err(|c| {
            Diagnostic::error(
                "font-coverage",
                &Location::start_of(&job.procedure_file()),
                format!("no font covers `{c}` (U+{:04X}) in the {} leaflet", c as u32, view.page.lang),
            )
            .with_hint(
                "put a font that covers this script in the site's fonts/ folder, or install one such as DejaVu Sans",
            )
        })?;
        view.font = family.family.clone();
        view.upright_emphasis = family.upright_emphasis;
        view.regular_strong = family.regular_strong;
        let typst = job.renderer.render(template_of(format).1, &view).map_err(|e| job.fail(e))?;
        let ident = format!("{}/{}/{format}", view.procedure.slug, view.page.lang);
        let bytes = engine.pdf(typst, &ident).map_err(|e| job.fail(e))?;
        let path = format!("{}{}", views.dir, paths::leaflet_pdf(format));
        made.push(Made { file: OutputFile { path, bytes }, leaflet: Some((format, Some(family.family))) });
    }
    Ok(made)
}

/// This build has no PDF support.
#[cfg(not(feature = "pdf"))]
pub fn make(_job: &Job) -> Result<Vec<Made>, Diagnostic> {
    Ok(Vec::new())
}
