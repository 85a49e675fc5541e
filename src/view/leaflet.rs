//! The print leaflet's view model: the page's own procedure view, plus what paper needs.

use super::{PageMeta, ProcedureView, SiteView};
use crate::markdown::{Block, to_blocks};
use serde::Serialize;
use std::collections::BTreeMap;

/// The leaflet formats, in the order they are offered.
pub const FORMATS: [&str; 4] = ["a4", "a5", "large", "glance"];

/// The template a print format is made from, HTML and typst: the three
/// leaflets share one, the one-page "options at a glance" sheet has its own.
pub fn template_of(format: &str) -> (&'static str, &'static str) {
    if format == "glance" { ("glance.html", "glance.typ") } else { ("leaflet.html", "leaflet.typ") }
}

/// A print leaflet (HTML or typst). It carries the very [`ProcedureView`] the
/// web page was rendered from, so every number and word is the same.
#[derive(Debug, Clone, Serialize)]
pub struct LeafletView {
    /// Page facts (language, direction, notices).
    pub page: PageMeta,
    /// Site details and contacts.
    pub site: SiteView,
    /// The procedure, exactly as on the web page.
    pub procedure: ProcedureView,
    /// Narrative sections as blocks, for templates that are not HTML.
    pub blocks: BTreeMap<String, Vec<Block>>,
    /// `a4`, `a5` or `large`.
    pub format: &'static str,
    /// "Version 1a2b3c4d. Last reviewed 1 November 2026."
    pub version_line: String,
    /// The web page's absolute address, when `site.yaml` has a base URL.
    pub url: Option<String>,
    /// "Read this online: …", when there is a URL.
    pub online: Option<String>,
    /// A QR code of `url`.
    pub qr: Option<QrView>,
    /// The font family the PDF uses for this locale.
    pub font: String,
    /// The family has no italic face for this text's script: emphasis is set upright.
    pub upright_emphasis: bool,
    /// The family has no bold face for this text's script: strong text keeps the regular weight.
    pub regular_strong: bool,
    /// The ISO 639 language code, for typst's `lang`.
    pub language: String,
    /// The region, if the tag has one, for typst's `region`.
    pub region: Option<String>,
}

/// A QR code as data: the template draws each dark module.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct QrView {
    /// Modules per side.
    pub size: u32,
    /// Dark modules as (column, row).
    pub dark: Vec<(u32, u32)>,
}

impl QrView {
    /// The QR code of `url`, or `None` if it cannot be encoded.
    pub fn new(url: &str) -> Option<QrView> {
        let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).ok()?;
        let size = code.width() as u32;
        let dark = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == qrcode::Color::Dark)
            .map(|(i, _)| (i as u32 % size, i as u32 / size))
            .collect();
        Some(QrView { size, dark })
    }
}

/// Narrative Markdown (already in the page's language) as blocks.
pub fn blocks(sections: &BTreeMap<String, String>) -> BTreeMap<String, Vec<Block>> {
    sections.iter().map(|(id, md)| (id.clone(), to_blocks(md))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_codes_are_square_grids() {
        let qr = QrView::new("https://www.example.org/patient-information/x/").unwrap();
        assert!(qr.size >= 21);
        assert!(!qr.dark.is_empty() && qr.dark.iter().all(|&(x, y)| x < qr.size && y < qr.size));
        // The three finder patterns: the top-left module is always dark.
        assert!(qr.dark.contains(&(0, 0)));
    }
}
