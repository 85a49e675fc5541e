//! `leaflets.json`: every leaflet written, so a trust can record which one a
//! patient was given; and each language's list of them for clinic staff
//! (`leaflets.html`), to find and print any leaflet.

use crate::output::OutputFile;
use crate::paths;
use crate::view::manifest::{Manifest, ManifestEntry};

/// Writes the manifest of `leaflets`, sorted by procedure, locale and format.
pub fn make(leaflets: &mut [ManifestEntry]) -> OutputFile {
    leaflets.sort_by(|a, b| (&a.procedure, &a.locale, &a.format).cmp(&(&b.procedure, &b.locale, &b.format)));
    let manifest = Manifest { version: 1, leaflets };
    let json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    OutputFile { path: paths::MANIFEST.to_string(), bytes: format!("{json}\n").into_bytes() }
}

/// The template of the list of print leaflets for clinic staff.
pub const PRINT_INDEX_TEMPLATE: &str = "print-index.html";

/// Renders a language's list of print leaflets into its folder `dir`.
pub fn print_index(
    view: &crate::view::manifest::PrintIndexView,
    dir: &str,
    renderer: &crate::render::Renderer,
) -> Result<OutputFile, crate::diagnostic::Diagnostic> {
    let text =
        renderer.render(PRINT_INDEX_TEMPLATE, view).map_err(|e| super::template_failure(PRINT_INDEX_TEMPLATE, e))?;
    Ok(OutputFile { path: format!("{dir}{}", paths::PRINT_INDEX), bytes: text.into_bytes() })
}
