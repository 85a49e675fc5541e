//! A library built in pieces: the PDF cache, shards and their merge give the
//! very bytes of one clean build, and a rebuild compiles only what changed.
//! The library is generated (`informed corpus`) from the translated fixture.

use crate::common::*;
use std::path::Path;

/// `informed build` of `site` into `to/public`, `to/clinicians` and `to/archive`, with `extra` arguments.
fn build_into(site: &Path, to: &Path, extra: &[&str]) -> Run {
    let out = |name: &str| to.join(name).display().to_string();
    let (public, clinicians, archive) = (out("public"), out("clinicians"), out("archive"));
    let mut args = vec!["build", "--today", TODAY, "-o", &public, "--clinicians", &clinicians, "--archive", &archive];
    args.extend_from_slice(extra);
    let run = informed(site, &args);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    run
}

/// Every file a build wrote into `to`, public site, clinicians' folder and archive.
fn written(to: &Path) -> Vec<(String, Vec<u8>)> {
    let files = every_file(to);
    assert!(files.iter().any(|(path, _)| path.ends_with(".pdf")), "the build made PDFs");
    files
}

/// `(reused, compiled)` from the build's summary line.
fn cache_counts(stderr: &str) -> (usize, usize) {
    let line = stderr.lines().find(|l| l.starts_with("reused ")).unwrap_or_else(|| panic!("no cache line:\n{stderr}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    (words[1].parse().unwrap(), words.last().unwrap().parse().unwrap())
}

#[test]
fn shards_merged_and_cached_rebuilds_give_the_bytes_of_a_clean_build() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("library");
    let (library, from) = (site.display().to_string(), crate::common::site("translated").display().to_string());
    let made = informed(tmp.path(), &["corpus", &library, "--from", &from, "--procedures", "2", "--languages", "1"]);
    assert_eq!(made.code, 0, "{}", made.stderr);

    // One clean build, with no cache at all.
    let clean = build_into(&site, &tmp.path().join("clean"), &["--no-cache"]);
    assert!(!clean.stderr.contains("from the cache"), "{}", clean.stderr);
    let clean = written(&tmp.path().join("clean"));
    let pdfs = clean.iter().filter(|(p, _)| p.ends_with(".pdf") && !p.starts_with("archive/")).count();

    // Four shards, each into a cache of its own (as four CI jobs would), write no site.
    let mut compiled = 0;
    for i in 1..=4 {
        let cache = tmp.path().join(format!("cache-{i}")).display().to_string();
        let run = informed(&site, &["build", "--today", TODAY, "--shard", &format!("{i}/4"), "--cache", &cache]);
        assert_eq!(run.code, 0, "shard {i}:\n{}", run.stderr);
        assert!(run.stderr.contains(&format!("shard {i} of 4: no site written")), "{}", run.stderr);
        compiled += cache_counts(&run.stderr).1;
    }
    assert!(!site.join("public").exists());
    assert_eq!(compiled, pdfs, "the shards share the PDFs between them, each compiled once");

    // Their caches in one folder, then the merge: every PDF reused, the same bytes.
    let merged_cache = tmp.path().join("cache");
    for i in 1..=4 {
        // Two procedures among four shards: two shards have no work, and no cache.
        let shard_cache = tmp.path().join(format!("cache-{i}"));
        assert_eq!(shard_cache.exists(), i <= 2, "shard {i}");
        if shard_cache.exists() {
            copy_dir(&shard_cache, &merged_cache);
        }
    }
    let cache = merged_cache.display().to_string();
    let merge = build_into(&site, &tmp.path().join("merged"), &["--cache", &cache]);
    assert_eq!(cache_counts(&merge.stderr), (pdfs, 0), "{}", merge.stderr);
    assert!(written(&tmp.path().join("merged")) == clean, "a merged build differs from a clean one");

    // One procedure edited: only its PDFs are compiled, and the result is a clean build's.
    let about = site.join("content/procedures/test-procedure-0002/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    std::fs::write(&about, format!("{text}\nAsk us anything you want to know.\n")).unwrap();
    let rebuilt = build_into(&site, &tmp.path().join("rebuilt"), &["--cache", &cache]);
    let (reused, compiled) = cache_counts(&rebuilt.stderr);
    assert!(compiled > 0 && compiled < pdfs && reused + compiled == pdfs, "{}", rebuilt.stderr);
    build_into(&site, &tmp.path().join("clean-again"), &["--no-cache"]);
    assert!(
        written(&tmp.path().join("rebuilt")) == written(&tmp.path().join("clean-again")),
        "a cached rebuild differs from a clean build"
    );
    // The cache now holds what the site needs and nothing older.
    let kept = walkdir::WalkDir::new(&merged_cache).into_iter().filter_map(Result::ok);
    let entries = kept.filter(|e| e.file_type().is_file() && e.file_name().to_string_lossy().ends_with(".pdf"));
    assert_eq!(entries.count(), pdfs);
    assert!(merged_cache.join("CACHEDIR.TAG").is_file(), "the cache is tagged as informed's");
}

#[test]
fn a_shard_and_a_misplaced_cache_name_their_mistakes() {
    let dir = copy_site("valid");
    for (shard, says) in [("0/4", "from 1 to N"), ("5/4", "from 1 to N"), ("two", "write it as 2/4")] {
        let run = informed(dir.path(), &["build", "--shard", shard]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains(says), "{shard}: {}", run.stderr);
    }
    let run = informed(dir.path(), &["build", "--shard", "1/2", "--no-pdf"]);
    assert!(run.code == 2 && run.stderr.contains("leave out --no-pdf"), "{}", run.stderr);
    let run = informed(dir.path(), &["build", "--shard", "1/2", "--cache", "content/cache"]);
    assert!(run.code == 2 && run.stderr.contains("inside the source folder"), "{}", run.stderr);
    // A cache inside a folder the build replaces would be deleted by it.
    for inside in ["public/cache", "clinicians/cache"] {
        let run = informed(dir.path(), &["build", "--no-pdf", "--cache", inside]);
        assert!(run.code == 2 && run.stderr.contains("cannot share a folder"), "{inside}: {}", run.stderr);
        assert!(!dir.path().join("public").exists(), "nothing was written");
    }
}
