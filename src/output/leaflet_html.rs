//! The print-ready HTML leaflets, one per format.

use super::{Job, Made};
use crate::diagnostic::Diagnostic;
use crate::paths;
use crate::view::leaflet::{FORMATS, template_of};
use crate::write::OutputFile;

/// Renders the leaflet view in every format.
pub fn make(job: &Job) -> Result<Vec<Made>, Diagnostic> {
    let mut view = job.views.leaflet.clone();
    let mut made = Vec::new();
    for format in FORMATS {
        view.format = format;
        let html = job.renderer.render(template_of(format).0, &view).map_err(|e| job.fail(e))?;
        let path = format!("{}{}", job.views.dir, paths::leaflet_html(format));
        made.push(Made { file: OutputFile { path, bytes: html.into_bytes() }, leaflet: Some((format, None)) });
    }
    Ok(made)
}
