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
//! no more: one cache folder serves one site.
//!
//! Nothing read from the cache is used unchecked: entries come in through
//! load's guard and are verified against their key and the hash kept with
//! them ([`crate::load::kept`]); entries go out through the writer
//! ([`crate::write::cache`]), which never touches anything in the folder but
//! its own entries. A bad entry is thrown away and the PDF compiled again; a
//! cache that cannot be written only makes the build slower.
//!
//! This module joins the two doors for the render step, which sees only
//! [`crate::render::PdfStore`]; like the driver, it may use any step.

use crate::load::kept::{self, Unusable};
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
    thrown: AtomicUsize,
    trouble: Mutex<Option<String>>,
}

impl Cache {
    /// The cache in `dir` (made when first written to). The writer has
    /// checked the folder may be used ([`crate::write::check_cache`]).
    pub fn new(dir: &Path) -> Cache {
        Cache {
            dir: dir.to_path_buf(),
            used: Mutex::new(BTreeSet::new()),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
            thrown: AtomicUsize::new(0),
            trouble: Mutex::new(None),
        }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The verified PDF kept under `key`, or `None` (counted as a miss; a bad
    /// entry is also thrown away).
    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        if let Ok(mut used) = self.used.lock() {
            used.insert(key.to_string());
        }
        let path = self.dir.join(crate::paths::cached_pdf(key));
        match kept::cached_pdf(&self.dir, &path, key) {
            Ok(bytes) => {
                self.hits.fetch_add(1, Ordering::Relaxed);
                Some(bytes)
            }
            Err(why) => {
                if let Unusable::Bad(_) = why {
                    self.thrown.fetch_add(1, Ordering::Relaxed);
                    crate::write::cache::throw_away(&self.dir, &path);
                }
                self.misses.fetch_add(1, Ordering::Relaxed);
                None
            }
        }
    }

    /// Keeps `bytes` under `key`: whole or not at all.
    pub fn put(&self, key: &str, bytes: &[u8]) {
        if let Err(e) = crate::write::cache::keep(&self.dir, key, bytes)
            && let Ok(mut trouble) = self.trouble.lock()
        {
            trouble.get_or_insert_with(|| format!("cannot write to the cache `{}`: {e}", self.dir.display()));
        }
    }

    /// How many PDFs came from the cache, and how many were compiled.
    pub fn counts(&self) -> (usize, usize) {
        (self.hits.load(Ordering::Relaxed), self.misses.load(Ordering::Relaxed))
    }

    /// How many entries were found bad (not whole, not under their key, a
    /// link, not a file) and thrown away.
    pub fn thrown_away(&self) -> usize {
        self.thrown.load(Ordering::Relaxed)
    }

    /// The first thing that went wrong writing to the cache, if anything did.
    pub fn trouble(&self) -> Option<String> {
        self.trouble.lock().ok().and_then(|t| t.clone())
    }

    /// Removes every entry this build did not use. Returns how many went.
    pub fn prune(&self) -> usize {
        match self.used.lock() {
            Ok(used) => crate::write::cache::prune(&self.dir, &used),
            Err(_) => 0,
        }
    }
}

impl crate::render::PdfStore for Cache {
    fn get(&self, key: &str) -> Option<Vec<u8>> {
        Cache::get(self, key)
    }

    fn put(&self, key: &str, bytes: &[u8]) {
        Cache::put(self, key, bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_it_is_given_and_prunes_what_was_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = ("ab".repeat(32), "cd".repeat(32));
        let cache = Cache::new(dir.path());
        assert_eq!(cache.get(&a), None);
        cache.put(&a, b"%PDF- one");
        cache.put(&b, b"%PDF- two");
        assert_eq!(cache.get(&a).as_deref(), Some(&b"%PDF- one"[..]));
        assert_eq!(cache.counts(), (1, 1));
        // Something else in the folder is never pruned.
        std::fs::write(dir.path().join("pdf/ab/notes.pdf"), "mine").unwrap();
        assert_eq!(cache.prune(), 1, "cd… was put but never asked for");
        assert!(Cache::new(dir.path()).get(&a).is_some());
        assert!(Cache::new(dir.path()).get(&b).is_none());
        assert!(dir.path().join("pdf/ab/notes.pdf").exists());
        assert_eq!(cache.trouble(), None);
    }

    #[test]
    fn a_bad_entry_is_thrown_away_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = ("ab".repeat(32), "cd".repeat(32));
        let cache = Cache::new(dir.path());
        cache.put(&a, b"%PDF- one");
        cache.put(&b, b"%PDF- two");
        // b's entry copied over a's: a swapped file.
        std::fs::copy(dir.path().join(crate::paths::cached_pdf(&b)), dir.path().join(crate::paths::cached_pdf(&a)))
            .unwrap();
        let fresh = Cache::new(dir.path());
        assert_eq!(fresh.get(&a), None);
        assert_eq!(fresh.thrown_away(), 1);
        assert!(!dir.path().join(crate::paths::cached_pdf(&a)).exists(), "thrown away");
    }

    #[test]
    fn a_cache_that_cannot_be_written_only_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, "x").unwrap();
        let cache = Cache::new(&file);
        let key = "ab".repeat(32);
        cache.put(&key, b"%PDF-");
        assert!(cache.trouble().is_some_and(|t| t.contains("cannot write to the cache")));
        assert_eq!(cache.get(&key), None);
    }
}
