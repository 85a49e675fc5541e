//! `leaflets.json`: every leaflet written, so a trust can record which one a patient was given.

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
