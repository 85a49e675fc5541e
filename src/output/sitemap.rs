//! `sitemap.xml`, with every page's translations as hreflang alternates.

use super::template_failure;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::paths;
use crate::render::Renderer;
use crate::view::pages::SitemapView;

/// Renders `sitemap.xml` (in the source language's environment: it has no words).
pub fn make(view: &SitemapView, renderer: &Renderer) -> Result<OutputFile, Diagnostic> {
    let text = renderer.render(paths::SITEMAP, view).map_err(|e| template_failure(paths::SITEMAP, e))?;
    Ok(OutputFile { path: paths::SITEMAP.to_string(), bytes: text.into_bytes() })
}
