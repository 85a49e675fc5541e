//! The PDF cache's folder, as the writer keeps it: entries written whole,
//! bad ones thrown away, unused ones pruned, and nothing else ever touched.
//!
//! A cache folder carries a `CACHEDIR.TAG` (the Cache Directory Tagging
//! Specification, which backup tools honour) naming informed, so a build
//! knows the folder is its own: it never prunes, or writes into, a folder
//! that holds anything else.

use crate::load::kept;
use std::path::Path;

/// The tag file that marks a cache folder.
pub const TAG: &str = "CACHEDIR.TAG";

const TAG_TEXT: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by informed: compiled PDF leaflets\n\
# kept between builds. Each build removes what it no longer needs.\n";

/// Whether `dir` is a cache folder informed made.
pub fn is_cache(dir: &Path) -> bool {
    let tag = dir.join(TAG);
    std::fs::symlink_metadata(&tag).is_ok_and(|m| m.is_file())
        && std::fs::read(&tag).is_ok_and(|t| t.len() < 4096 && String::from_utf8_lossy(&t).contains("informed"))
}

/// Whether `dir` may be used as a cache: it does not exist yet, is empty, is
/// informed's, or holds only what an earlier informed kept (`pdf/xx/<key>.pdf`
/// before caches carried their tag).
pub fn may_use(dir: &Path) -> bool {
    let Ok(read) = std::fs::read_dir(dir) else { return !dir.exists() };
    if is_cache(dir) {
        return true;
    }
    let mut entries = read.filter_map(Result::ok);
    entries.all(|e| {
        e.file_name() == crate::paths::CACHED_PDFS
            && walkdir::WalkDir::new(e.path()).min_depth(1).into_iter().filter_map(Result::ok).all(|f| {
                let name = f.file_name().to_string_lossy();
                (f.depth() == 1 && f.file_type().is_dir() && name.len() == 2)
                    || (f.depth() == 2 && f.file_type().is_file() && kept::is_entry_name(&name))
            })
    })
}

/// Keeps `pdf` under `key` in the cache `dir` (tagging the folder first).
pub fn keep(dir: &Path, key: &str, pdf: &[u8]) -> Result<(), String> {
    if !is_cache(dir) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        super::made::whole(&dir.join(TAG), TAG_TEXT.as_bytes())?;
    }
    let path = dir.join(crate::paths::cached_pdf(key));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
    }
    super::made::whole(&path, &kept::cache_entry(key, pdf))
}

/// Removes the entry at `path` in the cache `dir` that could not be used
/// (a link is removed, never what it points at).
pub fn throw_away(dir: &Path, path: &Path) {
    if is_cache(dir) && path.starts_with(dir) {
        let _ = std::fs::remove_file(path);
    }
}

/// Removes every entry of the cache `dir` whose key is not in `used`, and
/// nothing that is not an entry. Returns how many went.
pub fn prune(dir: &Path, used: &std::collections::BTreeSet<String>) -> usize {
    if !is_cache(dir) {
        return 0;
    }
    let mut removed = 0;
    for entry in walkdir::WalkDir::new(dir.join(crate::paths::CACHED_PDFS)).min_depth(2).max_depth(2) {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy();
        let Some(key) = name.strip_suffix(".pdf") else { continue };
        if kept::is_entry_name(&name)
            && !entry.path_is_symlink()
            && entry.file_type().is_file()
            && !used.contains(key)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}
