//! Files copied as they are: the stylesheets of `templates/` and everything in `static/`.

use crate::load::{Project, is_copied_asset};
use crate::output::OutputFile;

/// The stylesheets (and any other non-template file) of `templates/`, and the
/// site's `static/` files byte for byte. The checks have refused a static file
/// that would take a built file's place.
pub fn make(project: &Project) -> Vec<OutputFile> {
    let mut files: Vec<OutputFile> = project
        .templates
        .iter()
        .filter(|(name, ..)| is_copied_asset(name))
        .map(|(name, _, text)| OutputFile { path: name.to_string(), bytes: text.as_bytes().to_vec() })
        .collect();
    files.extend(
        project.static_files.iter().map(|(name, bytes)| OutputFile { path: name.clone(), bytes: bytes.clone() }),
    );
    files
}
