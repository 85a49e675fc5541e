//! What builds keep between them, read through the same door as the site:
//! the version archive's list and the PDF cache's entries.
//!
//! Neither is trusted for being informed's own folder. `archive.json` must
//! parse, whole, before a build writes anything (a broken list stops the
//! build at its line and column, with nothing written). A cache entry is
//! used only if it is a regular file inside the cache, not through a link,
//! within its size limit, and its bytes match the key they are kept under and
//! the hash recorded with them; anything else is thrown away and the PDF
//! compiled again.

use super::guard::Guard;
use crate::diagnostic::{Diagnostic, Location};
use crate::model::ArchiveList;
use sha2::Digest as _;
use std::path::Path;

/// The largest `archive.json` read: a list of a million documents is far less.
pub const MAX_ARCHIVE_LIST: u64 = 256 * 1024 * 1024;

/// The largest cache entry read: far more than any leaflet with its fonts.
pub const MAX_CACHED_PDF: u64 = 256 * 1024 * 1024;

/// The first line of every cache entry: the format, the key it was kept
/// under and the SHA-256 of the PDF that follows.
const ENTRY_HEADER: &str = "informed-cache 1";

/// The archive's list in `dir`: empty for a new archive (no `archive.json`).
pub fn archive_list(dir: &Path) -> Result<ArchiveList, Diagnostic> {
    let file = dir.join(crate::paths::ARCHIVE_LIST);
    if std::fs::symlink_metadata(&file).is_err() {
        return Ok(ArchiveList { version: 1, documents: Vec::new() });
    }
    let guard = Guard::folder(dir)?;
    let text = guard.read_text(&file, MAX_ARCHIVE_LIST)?;
    serde_json::from_str::<ArchiveList>(&text).map_err(|e| {
        Diagnostic::error(
            "archive-list",
            &Location::new(&file, e.line().max(1), e.column().max(1)),
            format!("the archive's list cannot be read: {e}"),
        )
        .with_hint(
            "the archive records what every patient was given: restore archive.json from a backup \
             (every build adds to it; none may start from a broken one)",
        )
    })
}

/// Why a cache entry was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// There is no entry for the key.
    Missing,
    /// There is something under the key, but it is not a whole entry made for
    /// that key (a link, a pipe, a truncated or swapped file): thrown away.
    Bad(String),
}

/// The PDF kept under `key` in the cache folder `dir` (`path` is its place,
/// from `paths::cached_pdf`), verified against its key and its recorded hash.
pub fn cached_pdf(dir: &Path, path: &Path, key: &str) -> Result<Vec<u8>, Unusable> {
    if std::fs::symlink_metadata(path).is_err() {
        return Err(Unusable::Missing);
    }
    let guard = Guard::folder(dir).map_err(|d| Unusable::Bad(d.message))?;
    let bytes = guard.read_bytes(path, MAX_CACHED_PDF).map_err(|d| Unusable::Bad(d.message))?;
    let newline = bytes.iter().position(|&b| b == b'\n').ok_or(Unusable::Bad("no header".to_string()))?;
    let header = std::str::from_utf8(&bytes[..newline]).map_err(|_| Unusable::Bad("no header".to_string()))?;
    let body = &bytes[newline + 1..];
    let mut parts = header.rsplitn(3, ' ');
    let (digest, kept_key, format) = (parts.next(), parts.next(), parts.next());
    if format != Some(ENTRY_HEADER) || kept_key != Some(key) {
        return Err(Unusable::Bad("it was not kept under this key".to_string()));
    }
    if digest != Some(hex(&sha2::Sha256::digest(body)).as_str()) || !body.starts_with(b"%PDF-") {
        return Err(Unusable::Bad("its bytes do not match the hash kept with them".to_string()));
    }
    Ok(body.to_vec())
}

/// A cache entry for `key` holding `pdf`, as [`cached_pdf`] reads it.
pub fn cache_entry(key: &str, pdf: &[u8]) -> Vec<u8> {
    let mut entry = format!("{ENTRY_HEADER} {key} {}\n", hex(&sha2::Sha256::digest(pdf))).into_bytes();
    entry.extend_from_slice(pdf);
    entry
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `name` is the file name of a cache entry (`<64 hex digits>.pdf`):
/// what a prune may remove, and nothing else.
pub fn is_entry_name(name: &str) -> bool {
    name.strip_suffix(".pdf").is_some_and(|key| key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_entry_is_used_only_under_its_own_key_and_whole() {
        let dir = tempfile::tempdir().unwrap();
        let key = "ab".repeat(32);
        let other = "cd".repeat(32);
        let path = dir.path().join("entry.pdf");
        std::fs::write(&path, cache_entry(&key, b"%PDF-1.7 body")).unwrap();
        assert_eq!(cached_pdf(dir.path(), &path, &key).unwrap(), b"%PDF-1.7 body");
        assert!(matches!(cached_pdf(dir.path(), &path, &other), Err(Unusable::Bad(_))), "swapped");
        let mut truncated = cache_entry(&key, b"%PDF-1.7 body");
        truncated.truncate(truncated.len() - 2);
        std::fs::write(&path, truncated).unwrap();
        assert!(matches!(cached_pdf(dir.path(), &path, &key), Err(Unusable::Bad(_))), "truncated");
        std::fs::write(&path, b"").unwrap();
        assert!(matches!(cached_pdf(dir.path(), &path, &key), Err(Unusable::Bad(_))), "empty");
        assert_eq!(cached_pdf(dir.path(), &dir.path().join("none.pdf"), &key), Err(Unusable::Missing));
        #[cfg(unix)]
        {
            let outside = tempfile::NamedTempFile::new().unwrap();
            std::fs::write(outside.path(), cache_entry(&key, b"%PDF-1.7 secret")).unwrap();
            std::fs::remove_file(&path).unwrap();
            std::os::unix::fs::symlink(outside.path(), &path).unwrap();
            assert!(matches!(cached_pdf(dir.path(), &path, &key), Err(Unusable::Bad(_))), "a link out");
        }
        assert!(is_entry_name(&format!("{key}.pdf")));
        assert!(!is_entry_name("report.pdf"));
    }

    #[test]
    fn a_broken_archive_list_is_an_error_at_its_place() {
        let dir = tempfile::tempdir().unwrap();
        assert!(archive_list(dir.path()).unwrap().documents.is_empty());
        std::fs::write(dir.path().join("archive.json"), "{\n  \"version\": 1,\n  \"documents\": [ oops ]\n}\n")
            .unwrap();
        let err = archive_list(dir.path()).unwrap_err();
        assert_eq!((err.code, err.line), ("archive-list", 3));
    }
}
