//! `leaflets.json`: every leaflet written, so a trust can record which one a patient was given.

use serde::Serialize;

/// One leaflet in the manifest.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ManifestEntry {
    /// The procedure's slug.
    pub procedure: String,
    /// BCP 47 tag.
    pub locale: String,
    /// `a4`, `a5` or `large`.
    pub format: String,
    /// The version id printed on every page of the leaflet.
    pub version: String,
    /// SHA-256 of the procedure's content (YAML and Markdown) the leaflet was made from.
    pub content_hash: String,
    /// When the content was last reviewed.
    pub reviewed: String,
    /// When it is next due for review.
    pub next_review: String,
    /// The print-ready HTML, relative to the output folder.
    pub html: String,
    /// The PDF, relative to the output folder, when PDFs are built.
    pub pdf: Option<String>,
    /// The font family the PDF uses.
    pub font: Option<String>,
    /// Whether the translation is a draft (shown with a notice on the leaflet).
    pub draft: bool,
    /// Who approved the content version the leaflet was made from, where someone has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::model::ApprovalStamp>,
    /// Made from content no clinician has approved, where the site requires it
    /// (a `--drafts` build, marked as a draft): never archived.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unapproved: bool,
}

/// The manifest document.
#[derive(Debug, Serialize)]
pub struct Manifest<'a> {
    /// Format version of this file.
    pub version: u32,
    /// Every leaflet, sorted by procedure, locale and format.
    pub leaflets: &'a [ManifestEntry],
}
