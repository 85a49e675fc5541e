//! Putting a finished build in place: the public site, the clinicians'
//! folder and the archive's additions together, or not at all.
//!
//! Two folders cannot be swapped in one step. So before the first swap the
//! writer records, in a journal beside the output
//! ([`crate::paths::commit_journal`]), everything still to do: each new
//! folder (by its identity on disk), where it goes, and what the archive
//! gains. It then swaps each folder in, adds to the archive, and removes the
//! journal. A build killed anywhere in between leaves the journal; the next
//! build of that output finishes the work before it starts its own
//! ([`finish_interrupted`]), so a new `public/` never stays beside an old
//! `clinicians/`, and the archive never misses a document a site published.
//! Before the journal is written nothing has changed: a build killed then
//! leaves only its staging folders, which the next build removes.

use super::{Staging, made, remove};
use crate::model::{ArchiveEntry, ArchiveList};
use crate::output::Destination;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The largest journal read back: a few lines per archived document.
const MAX_JOURNAL: u64 = 64 * 1024 * 1024;

/// What the archive is offered by a build: every PDF leaflet and consent
/// insert, by where the build wrote it.
#[derive(Debug, Clone)]
pub struct ArchiveOffer {
    /// The archive's folder.
    pub dir: PathBuf,
    /// Its list as it stands (read through load's guard before the build).
    pub list: ArchiveList,
    /// Each document: its entry, the folder the build wrote it to, its path there.
    pub items: Vec<(ArchiveEntry, Destination, String)>,
    /// The day, for new entries.
    pub today: String,
}

/// One folder to put in place.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Swap {
    /// The finished new folder.
    staging: PathBuf,
    /// Where it goes.
    output: PathBuf,
    /// The new folder's identity on disk (device and inode), to tell after a
    /// kill whether it is already in place.
    identity: (u64, u64),
}

/// What the archive gains.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Additions {
    dir: PathBuf,
    /// Each new document: its path in the archive, and the file to copy (in
    /// its folder once swapped in).
    copies: Vec<(String, PathBuf)>,
    /// The archive's new list.
    list: String,
}

/// The journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    swaps: Vec<Swap>,
    archive: Option<Additions>,
}

/// Puts `public` (and `clinicians`) in place and adds `archive`'s new
/// documents, as one piece of work (see the module). Returns how many
/// documents the archive gained.
pub fn commit(public: Staging, clinicians: Option<Staging>, archive: Option<&ArchiveOffer>) -> Result<usize, String> {
    let journal = crate::paths::commit_journal(&public.output);
    let mut stagings = vec![public];
    stagings.extend(clinicians);
    let mut swaps = Vec::new();
    for staging in &mut stagings {
        staging.seal()?;
        swaps.push(Swap {
            staging: staging.staging.clone(),
            output: staging.output.clone(),
            identity: identity(&staging.staging)
                .ok_or_else(|| format!("cannot read the new folder `{}`", staging.staging.display()))?,
        });
    }
    let public_output = stagings[0].output.clone();
    let clinicians_output = stagings.get(1).map(|s| s.output.clone());
    let additions = archive.map(|offer| {
        let mut added = Vec::new();
        let mut copies = Vec::new();
        for (entry, from, path) in &offer.items {
            let folder = match from {
                Destination::Public => &public_output,
                Destination::Clinicians => match &clinicians_output {
                    Some(folder) => folder,
                    None => continue,
                },
            };
            let target = offer.dir.join(&entry.path);
            if std::fs::symlink_metadata(&target).is_err() && !added.iter().any(|a: &ArchiveEntry| a.path == entry.path)
            {
                added.push(entry.clone());
                copies.push((entry.path.clone(), folder.join(path)));
            }
        }
        let list = if added.is_empty() && offer.dir.join(crate::paths::ARCHIVE_LIST).is_file() {
            String::new()
        } else {
            offer.list.with(&added, &offer.today).to_json()
        };
        Additions { dir: offer.dir.clone(), copies, list }
    });
    let gained = additions.as_ref().map_or(0, |a| a.copies.len());
    let record = Record { swaps, archive: additions };
    let text = serde_json::to_string(&record).map_err(|e| e.to_string())?;
    made::whole(&journal, text.as_bytes())?;
    // From here on the journal says what is left to do; the stagings no longer
    // remove themselves when dropped.
    for staging in &mut stagings {
        staging.committed = true;
    }
    finish(&record)?;
    std::fs::remove_file(&journal).map_err(|e| format!("cannot remove `{}`: {e}", journal.display()))?;
    Ok(gained)
}

/// Finishes the work of a build of `output` that was stopped while putting
/// its folders in place, if there is any: `Some(what was done)`.
pub fn finish_interrupted(output: &Path) -> Result<Option<String>, String> {
    let output = output.canonicalize().unwrap_or_else(|_| output.to_path_buf());
    let journal = crate::paths::commit_journal(&output);
    if std::fs::symlink_metadata(&journal).is_err() {
        return Ok(None);
    }
    let cannot = |why: String| {
        format!(
            "an earlier build of `{}` was stopped while putting its folders in place, and its record `{}` {why}; \
             move the record away and build again",
            output.display(),
            journal.display()
        )
    };
    use std::io::Read as _;
    let mut text = String::new();
    crate::load::guard::open_regular(&journal)
        .map_err(|_| cannot("is not an ordinary file".to_string()))?
        .take(MAX_JOURNAL)
        .read_to_string(&mut text)
        .map_err(|e| cannot(format!("cannot be read ({e})")))?;
    let record: Record = serde_json::from_str(&text).map_err(|e| cannot(format!("cannot be read ({e})")))?;
    finish(&record).map_err(cannot)?;
    std::fs::remove_file(&journal).map_err(|e| format!("cannot remove `{}`: {e}", journal.display()))?;
    let folders: Vec<String> = record.swaps.iter().map(|s| s.output.display().to_string()).collect();
    Ok(Some(format!(
        "finished putting in place an earlier build that was stopped part-way ({})",
        folders.join(" and ")
    )))
}

/// Does what `record` says is left to do; each step can be done again safely.
fn finish(record: &Record) -> Result<(), String> {
    for swap in &record.swaps {
        put_in_place(swap)?;
    }
    if let Some(additions) = &record.archive {
        add_to_archive(additions)?;
    }
    Ok(())
}

/// Puts one new folder in place, unless it already is.
fn put_in_place(swap: &Swap) -> Result<(), String> {
    let Swap { staging, output, identity: wanted } = swap;
    if cfg!(unix) && identity(output) == Some(*wanted) {
        // Already in place; what is left at the staging name is the old site.
        if std::fs::symlink_metadata(staging).is_ok() {
            remove(staging)?;
        }
        return Ok(());
    }
    if identity(staging).is_none() && !cfg!(unix) {
        return Ok(());
    }
    if identity(staging) != Some(*wanted) {
        return Err(format!("cannot find the new folder `{}`", staging.display()));
    }
    if output.exists() && super::exchange(staging, output) {
        // `staging` now holds the old site.
        return remove(staging);
    }
    let retired = staging.with_file_name(
        staging.file_name().map(|n| n.to_string_lossy().replace(".informed-new", ".informed-old")).unwrap_or_default(),
    );
    if output.exists() {
        std::fs::rename(output, &retired)
            .map_err(|e| format!("cannot move the old `{}` aside: {e}", output.display()))?;
    }
    std::fs::rename(staging, output)
        .map_err(|e| format!("cannot move the new folder into `{}`: {e}", output.display()))?;
    if retired.exists() {
        remove(&retired)?;
    }
    Ok(())
}

/// Adds new documents to the archive (never replacing one), then its list.
fn add_to_archive(additions: &Additions) -> Result<(), String> {
    let dir = &additions.dir;
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make `{}`: {e}", dir.display()))?;
    let marker = dir.join(crate::paths::ARCHIVE_MARKER);
    if !marker.is_file() {
        made::whole(
            &marker,
            b"This folder is informed's version archive: every leaflet and consent insert published, by version.\n\
              Builds only ever add to it.\n",
        )?;
    }
    for (path, from) in &additions.copies {
        let Some(relative) = super::safe_relative(path) else {
            return Err(format!("refusing to archive `{path}`: it would leave the archive folder"));
        };
        let target = dir.join(relative);
        if std::fs::symlink_metadata(&target).is_ok() {
            continue;
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot make `{}`: {e}", parent.display()))?;
        }
        let bytes = std::fs::read(from).map_err(|e| format!("cannot read `{}` to archive it: {e}", from.display()))?;
        made::whole(&target, &bytes)?;
    }
    if !additions.list.is_empty() {
        made::whole(&dir.join(crate::paths::ARCHIVE_LIST), additions.list.as_bytes())?;
    }
    Ok(())
}

/// A folder's identity on disk: its device and inode.
#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path).ok().filter(|m| m.is_dir()).map(|m| (m.dev(), m.ino()))
}

/// Without inodes, a folder's identity is only that it is there.
#[cfg(not(unix))]
fn identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::symlink_metadata(path).ok().filter(|m| m.is_dir()).map(|_| (0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::OutputFile;
    use crate::write::Made;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile { path: path.to_string(), bytes: text.as_bytes().to_vec() }
    }

    /// A build stopped after putting its public site in place, before its
    /// clinicians' folder: the next build finishes the work first.
    #[test]
    fn a_build_stopped_between_its_swaps_is_finished_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let (public, clinicians) = (dir.path().join("public"), dir.path().join("clinicians"));
        let old_public = Staging::begin(&public, Made::Build).unwrap();
        old_public.put(&file("index.html", "old")).unwrap();
        let old_clinicians = Staging::begin(&clinicians, Made::Build).unwrap();
        old_clinicians.put(&file("consent.html", "old")).unwrap();
        commit(old_public, Some(old_clinicians), None).unwrap();

        let mut new_public = Staging::begin(&public, Made::Build).unwrap();
        new_public.put(&file("index.html", "new")).unwrap();
        let mut new_clinicians = Staging::begin(&clinicians, Made::Build).unwrap();
        new_clinicians.put(&file("consent.html", "new")).unwrap();
        // What `commit` does up to the first swap, then a stop.
        let mut swaps = Vec::new();
        for staging in [&mut new_public, &mut new_clinicians] {
            staging.seal().unwrap();
            staging.committed = true;
            swaps.push(Swap {
                staging: staging.staging.clone(),
                output: staging.output.clone(),
                identity: identity(&staging.staging).unwrap(),
            });
        }
        let record = Record { swaps: swaps.clone(), archive: None };
        let journal = crate::paths::commit_journal(&public);
        made::whole(&journal, serde_json::to_string(&record).unwrap().as_bytes()).unwrap();
        put_in_place(&swaps[0]).unwrap();
        assert_eq!(std::fs::read_to_string(public.join("index.html")).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(clinicians.join("consent.html")).unwrap(), "old", "stopped here");

        let said = finish_interrupted(&public).unwrap();
        assert!(said.is_some_and(|s| s.contains("stopped part-way")));
        assert_eq!(std::fs::read_to_string(clinicians.join("consent.html")).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(public.join("index.html")).unwrap(), "new");
        assert!(!journal.exists());
        assert_eq!(finish_interrupted(&public).unwrap(), None, "nothing left to do");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("informed-new") || n.contains("informed-old"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn the_archive_gains_what_the_build_published_and_never_loses_anything() {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        let archive = dir.path().join("archive");
        let entry = |version: &str| ArchiveEntry {
            procedure: "p".into(),
            locale: "en-GB".into(),
            version: version.into(),
            document: "leaflet-a4.pdf".into(),
            path: format!("p/en-GB/{version}/leaflet-a4.pdf"),
            archived: String::new(),
            approved: None,
        };
        for (version, text) in [("v1", "one"), ("v1", "changed, same id"), ("v2", "two")] {
            let staging = Staging::begin(&public, Made::Build).unwrap();
            staging.put(&file("p/leaflet-a4.pdf", text)).unwrap();
            let list = crate::load::kept::archive_list(&archive).unwrap();
            let offer = ArchiveOffer {
                dir: archive.clone(),
                list,
                items: vec![(entry(version), Destination::Public, "p/leaflet-a4.pdf".into())],
                today: "2026-06-01".into(),
            };
            commit(staging, None, Some(&offer)).unwrap();
        }
        let read = |v: &str| std::fs::read_to_string(archive.join(format!("p/en-GB/{v}/leaflet-a4.pdf"))).unwrap();
        assert_eq!((read("v1").as_str(), read("v2").as_str()), ("one", "two"), "a version is never replaced");
        let list = crate::load::kept::archive_list(&archive).unwrap();
        assert_eq!(list.documents.len(), 2);
        assert!(archive.join(crate::paths::ARCHIVE_MARKER).is_file());
    }
}
