//! The version archive: every PDF leaflet and consent insert a build
//! publishes, keyed by version id, so the exact text a patient was given can
//! be produced years later. The writer only ever adds to it.

use crate::model::ArchiveEntry;
use crate::output::Destination;
use crate::view::clinician::ClinicianDocument;
use crate::view::manifest::ManifestEntry;

/// A document the build made that the archive is offered: its entry, and
/// where the build wrote it (the public site or the clinicians' folder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveItem {
    /// Its entry in `archive.json` (the day is the writer's).
    pub entry: ArchiveEntry,
    /// The folder the build wrote it to.
    pub from: Destination,
    /// Its path there.
    pub path: String,
}

/// What a build offers the archive: every PDF leaflet and consent insert,
/// each with who approved the content version it was made from, where someone
/// has. Documents made from unapproved content (where the site requires
/// approval, in a `--drafts` build) are never archived: they were not given to patients.
pub fn make(leaflets: &[ManifestEntry], documents: &[ClinicianDocument]) -> Vec<ArchiveItem> {
    let mut items = Vec::new();
    let mut add = |procedure: &str,
                   locale: &str,
                   version: &str,
                   document: String,
                   from: Destination,
                   path: &str,
                   approved: &Option<crate::model::ApprovalStamp>| {
        let entry = ArchiveEntry {
            procedure: procedure.to_string(),
            locale: locale.to_string(),
            version: version.to_string(),
            path: crate::paths::archived(procedure, locale, version, &document),
            document,
            archived: String::new(),
            approved: approved.clone(),
        };
        items.push(ArchiveItem { entry, from, path: path.to_string() });
    };
    for l in leaflets.iter().filter(|l| !l.unapproved) {
        if let Some(pdf) = &l.pdf {
            let name = pdf.rsplit('/').next().unwrap_or(pdf).to_string();
            add(&l.procedure, &l.locale, &l.version, name, Destination::Public, pdf, &l.approval);
        }
    }
    for d in documents.iter().filter(|d| !d.unapproved) {
        let name = match d.document {
            "consent-insert" => "consent.html",
            "consent-insert-pdf" => "consent.pdf",
            _ => continue,
        };
        add(&d.procedure, &d.locale, &d.version, name.to_string(), Destination::Clinicians, &d.path, &d.approval);
    }
    items
}
