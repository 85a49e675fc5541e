//! The print-ready HTML leaflets, one per format.

use super::{Job, Made};
use crate::diagnostic::Diagnostic;
use crate::model::{FORMATS, laid_out_as};
use crate::output::OutputFile;
use crate::paths;
use crate::render::Renderer;
use crate::view::leaflet::{LEAFLET_BODY, template_of};

/// Renders the leaflet view in every format. The body of the A4, A5 and
/// large-print leaflets is the same: it is rendered once, from
/// [`LEAFLET_BODY`], and set in each format's page.
pub fn make(job: &Job) -> Result<Vec<Made>, Diagnostic> {
    let mut context = Renderer::context(&job.views.leaflet).map_err(|e| job.fail(e))?;
    let body = job.renderer.render_context(LEAFLET_BODY, &context).map_err(|e| job.fail(e))?;
    context.insert("body", &body);
    let mut made = Vec::new();
    // The booklet is the A5 leaflet's pages imposed: its HTML is the A5 one.
    for format in FORMATS.into_iter().filter(|f| laid_out_as(f) == *f) {
        context.insert("format", format);
        let html = job.renderer.render_context(template_of(format).0, &context).map_err(|e| job.fail(e))?;
        let path = format!("{}{}", job.views.dir, paths::leaflet_html(format));
        made.push(Made {
            file: OutputFile { path, bytes: html.into_bytes() },
            leaflet: Some((format, None)),
            pages: None,
        });
    }
    Ok(made)
}
