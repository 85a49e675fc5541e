//! Each language's "page not found" page, for the web server to show.

use super::template_failure;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::paths;
use crate::render::Renderer;
use crate::view::NotFoundView;

/// Renders `404.html` into the language's folder `dir`.
pub fn make(view: &NotFoundView, dir: &str, renderer: &Renderer) -> Result<OutputFile, Diagnostic> {
    let text = renderer.render(paths::NOT_FOUND, view).map_err(|e| template_failure(paths::NOT_FOUND, e))?;
    Ok(OutputFile { path: paths::not_found(dir), bytes: text.into_bytes() })
}
