//! Each language's index page.

use super::template_failure;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::paths;
use crate::render::Renderer;
use crate::view::IndexView;

/// Renders `index.html` into the language's folder `dir`.
pub fn make(view: &IndexView, dir: &str, renderer: &Renderer) -> Result<OutputFile, Diagnostic> {
    let text = renderer.render("index.html", view).map_err(|e| template_failure("index.html", e))?;
    Ok(OutputFile { path: paths::page(dir), bytes: text.into_bytes() })
}
