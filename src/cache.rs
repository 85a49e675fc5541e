//! The build cache: compiled PDFs kept by a hash of everything that makes them.
//!
//! A PDF is a pure function of its typst template, its data (the leaflet's
//! words and numbers as JSON), its document id and the PDF engine (fonts,
//! images, informed's and typst's versions). The cache keeps each compiled PDF
//! under a SHA-256 of exactly those, so a rebuild compiles only the PDFs whose
//! inputs changed, and the result is byte-identical to a clean build: a
//! changed input is a different key, never a stale file.
//!
//! The cache is a folder of files named by their key (`pdf/ab/abcdef….pdf`):
//! folders from several machines merge by copying one into another, which is
//! how shards of a build share their work (see `docs/perf.md`). A whole build
//! with PDFs (not a shard, not a preview of some procedures) removes the
//! entries it did not use, so the cache holds what the current site needs and
//! no more: one cache folder serves one site. A cache that cannot be read or written
//! only makes the build slower: it never fails it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A cache folder, shared by every thread of one build.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    used: Mutex<BTreeSet<String>>,
    hits: AtomicUsize,
    misses: AtomicUsize,
    trouble: Mutex<Option<String>>,
}

impl Cache {
    /// The cache in `dir` (made when first written to).
    pub fn new(dir: &Path) -> Cache {
        Cache {
            dir: dir.to_path_buf(),
            used: Mutex::new(BTreeSet::new()),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
            trouble: Mutex::new(None),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(crate::paths::cached_pdf(key))
    }

    /// The bytes kept under `key`, or `None` (counted as a miss).
    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        if let Ok(mut used) = self.used.lock() {
            used.insert(key.to_string());
        }
        match std::fs::read(self.path(key)) {
            Ok(bytes) => {
                self.hits.fetch_add(1, Ordering::Relaxed);
                Some(bytes)
            }
            Err(_) => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                None
            }
        }
    }

    /// Keeps `bytes` under `key`: whole or not at all (a temporary file, then a rename).
    pub fn put(&self, key: &str, bytes: &[u8]) {
        let path = self.path(key);
        let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| {
            let temporary = path.with_extension(format!("{}.tmp", std::process::id()));
            std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, &path)).inspect_err(|_| {
                let _ = std::fs::remove_file(&temporary);
            })
        });
        if let Err(e) = written
            && let Ok(mut trouble) = self.trouble.lock()
        {
            trouble.get_or_insert_with(|| format!("cannot write to the cache `{}`: {e}", self.dir.display()));
        }
    }

    /// How many PDFs came from the cache, and how many were compiled.
    pub fn counts(&self) -> (usize, usize) {
        (self.hits.load(Ordering::Relaxed), self.misses.load(Ordering::Relaxed))
    }

    /// The first thing that went wrong writing to the cache, if anything did.
    pub fn trouble(&self) -> Option<String> {
        self.trouble.lock().ok().and_then(|t| t.clone())
    }

    /// Removes every entry this build did not use. Returns how many went.
    pub fn prune(&self) -> usize {
        let Ok(used) = self.used.lock() else { return 0 };
        let mut removed = 0;
        for entry in walkdir::WalkDir::new(self.dir.join(crate::paths::CACHED_PDFS)).min_depth(2).max_depth(2) {
            let Ok(entry) = entry else { continue };
            let name = entry.file_name().to_string_lossy();
            let Some(key) = name.strip_suffix(".pdf") else { continue };
            if entry.file_type().is_file() && !used.contains(key) && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_it_is_given_and_prunes_what_was_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        assert_eq!(cache.get("ab12"), None);
        cache.put("ab12", b"%PDF one");
        cache.put("cd34", b"%PDF two");
        assert_eq!(cache.get("ab12").as_deref(), Some(&b"%PDF one"[..]));
        assert_eq!(cache.counts(), (1, 1));
        assert_eq!(cache.prune(), 1, "cd34 was put but never asked for");
        assert!(Cache::new(dir.path()).get("ab12").is_some());
        assert!(Cache::new(dir.path()).get("cd34").is_none());
        assert_eq!(cache.trouble(), None);
    }

    #[test]
    fn a_cache_that_cannot_be_written_only_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, "x").unwrap();
        let cache = Cache::new(&file);
        cache.put("ab12", b"%PDF");
        assert!(cache.trouble().is_some_and(|t| t.contains("cannot write to the cache")));
        assert_eq!(cache.get("ab12"), None);
    }
}
