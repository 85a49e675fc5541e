//! The version archive: every PDF leaflet and consent insert a build
//! publishes, keyed by version id, so the exact text a patient was given can
//! be produced years later. The writer only ever adds to it.

use crate::view::clinician::ClinicianDocument;
use crate::view::manifest::ManifestEntry;
use crate::write::Destination;
use serde::{Deserialize, Serialize};

/// One archived document, as `archive.json` lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArchiveEntry {
    /// The procedure's slug.
    pub procedure: String,
    /// The language.
    pub locale: String,
    /// The version id.
    pub version: String,
    /// `leaflet-a4.pdf`, `consent.html` and so on.
    pub document: String,
    /// Its path in the archive.
    pub path: String,
    /// The day it was first archived.
    pub archived: String,
}

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

/// What a build offers the archive: every PDF leaflet and consent insert.
pub fn make(leaflets: &[ManifestEntry], documents: &[ClinicianDocument]) -> Vec<ArchiveItem> {
    let mut items = Vec::new();
    let mut add = |procedure: &str, locale: &str, version: &str, document: String, from: Destination, path: &str| {
        let entry = ArchiveEntry {
            procedure: procedure.to_string(),
            locale: locale.to_string(),
            version: version.to_string(),
            path: crate::paths::archived(procedure, locale, version, &document),
            document,
            archived: String::new(),
        };
        items.push(ArchiveItem { entry, from, path: path.to_string() });
    };
    for l in leaflets {
        if let Some(pdf) = &l.pdf {
            let name = pdf.rsplit('/').next().unwrap_or(pdf).to_string();
            add(&l.procedure, &l.locale, &l.version, name, Destination::Public, pdf);
        }
    }
    for d in documents {
        let name = match d.document {
            "consent-insert" => "consent.html",
            "consent-insert-pdf" => "consent.pdf",
            _ => continue,
        };
        add(&d.procedure, &d.locale, &d.version, name.to_string(), Destination::Clinicians, &d.path);
    }
    items
}

/// The archive's list after adding `added` (each dated `today`) to what it
/// held (`existing`, the text of `archive.json`, empty for a new archive).
/// An entry already listed is never changed.
pub fn list(existing: &str, added: &[ArchiveEntry], today: &str) -> Result<String, String> {
    #[derive(Serialize, Deserialize)]
    struct List {
        version: u32,
        documents: Vec<ArchiveEntry>,
    }
    let mut list = if existing.trim().is_empty() {
        List { version: 1, documents: Vec::new() }
    } else {
        serde_json::from_str::<List>(existing).map_err(|e| format!("the archive's list cannot be read: {e}"))?
    };
    for entry in added {
        if !list.documents.iter().any(|d| d.path == entry.path) {
            list.documents.push(ArchiveEntry { archived: today.to_string(), ..entry.clone() });
        }
    }
    list.documents.sort();
    let json = serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?;
    Ok(format!("{json}\n"))
}
