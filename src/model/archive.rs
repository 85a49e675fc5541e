//! The version archive's list (`archive.json`): every PDF leaflet and consent
//! insert a build has published, by version id, so the exact text a patient
//! was given can be produced years later.

use serde::{Deserialize, Serialize};

/// One archived document, as `archive.json` lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Who approved the content version it was made from, where someone had
    /// by the time it was first archived (`approvals/` keeps every approval).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<super::ApprovalStamp>,
}

/// The archive's list, as `archive.json` holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveList {
    /// The list's format (1).
    pub version: u32,
    /// Every document, sorted.
    pub documents: Vec<ArchiveEntry>,
}

impl ArchiveList {
    /// The list with `added` (each dated `today`) joined to it. An entry
    /// already listed is never changed.
    pub fn with(&self, added: &[ArchiveEntry], today: &str) -> ArchiveList {
        let mut list = ArchiveList { version: 1, documents: self.documents.clone() };
        for entry in added {
            if !list.documents.iter().any(|d| d.path == entry.path) {
                list.documents.push(ArchiveEntry { archived: today.to_string(), ..entry.clone() });
            }
        }
        list.documents.sort();
        list
    }

    /// The list as `archive.json` holds it.
    pub fn to_json(&self) -> String {
        let json = serde_json::to_string_pretty(self).unwrap_or_default();
        format!("{json}\n")
    }
}
