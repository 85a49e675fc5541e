//! A procedure's web page.

use super::{Job, Made};
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::paths;

/// Renders `procedure.html`.
pub fn make(job: &Job) -> Result<Vec<Made>, Diagnostic> {
    let text = job.renderer.render("procedure.html", &job.views.page).map_err(|e| job.fail(e))?;
    Ok(vec![Made {
        file: OutputFile { path: paths::page(&job.views.dir), bytes: text.into_bytes() },
        leaflet: None,
        pages: None,
    }])
}
