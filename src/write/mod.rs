//! The write step: each output file into a fresh folder as the build makes it,
//! the folder swapped in whole for the old `public/`.
//!
//! Nothing is written to the output folder itself until every file is ready:
//! a failed build, or one killed at any moment, leaves the previous `public/`
//! exactly as it was. The writer also guards the sources:
//!
//! - [`check_output`] refuses an output folder that is, holds or sits inside
//!   a source folder (`content/`, `locales/`, `templates/`, `static/`,
//!   `fonts/`) or is the site folder, an output that is an existing file, and
//!   an existing folder informed did not make (no [`MARKER`]) unless forced;
//! - [`lock`] keeps two builds from writing the same output at once;
//! - [`Staging`] takes each file as it is made and [`Staging::commit`] swaps
//!   the new folder in with one atomic exchange where the
//!   platform has one (Linux), so there is never a moment without a whole
//!   site; an output that is a link stays a link (its target is replaced).

pub mod cache;
pub mod commit;
pub mod made;

pub use crate::output::{Destination, OutputFile, Sink};
use std::path::{Component, Path, PathBuf};

/// The file informed leaves in every output folder it makes, so that it
/// never replaces a folder someone else made.
pub use crate::paths::MARKER;

const MARKER_TEXT: &str = "This folder is made by `informed build` and is replaced whole by every build.\n";
const PREVIEW_MARKER_TEXT: &str = "This folder is a preview made by `informed serve`: it may hold drafts. \
Never publish it; `informed build` makes the site to publish.\n";

/// The folders of a site, beside `content/`, that a build reads and no
/// command but their own may write: translations, templates, published
/// files, fonts, the libraries the site is built on, and the approval records.
pub const SOURCE_FOLDERS: [&str; 6] = ["locales", "templates", "static", "fonts", "libraries", "approvals"];

/// What a staging folder becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    /// A site to publish (`informed build`).
    Build,
    /// A preview with drafts (`informed serve`), marked as one.
    Preview,
}

/// Whether `dir` is a preview `informed serve` made (which may hold drafts).
pub fn is_preview(dir: &Path) -> bool {
    let marker = dir.join(MARKER);
    std::fs::symlink_metadata(&marker).is_ok_and(|m| m.is_file() && m.len() < 4096)
        && std::fs::read(&marker).is_ok_and(|t| t == PREVIEW_MARKER_TEXT.as_bytes())
}

/// Whether `dir` is a site `informed build` made (not a preview).
pub fn is_build(dir: &Path) -> bool {
    made_by_informed(dir) && !is_preview(dir)
}

/// Whether `output` may be replaced by a build of the site in `root` whose
/// content folder is `content`. `force` allows replacing an existing folder
/// that informed did not make.
pub fn check_output(output: &Path, content: &Path, force: bool) -> Result<(), String> {
    let root = match content.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let out = resolve(output);
    let shown = output.display();
    if out.parent().is_none() || output.file_name().is_none() {
        return Err(format!("refusing to write the site to `{shown}`: give a folder name such as `public`"));
    }
    let site = resolve(root);
    let sources: Vec<(PathBuf, String)> = [content.to_path_buf()]
        .into_iter()
        .chain(SOURCE_FOLDERS.iter().map(|d| root.join(d)))
        .map(|p| (resolve(&p), p.display().to_string()))
        .collect();
    for (source, name) in &sources {
        if out.starts_with(source) || source.starts_with(&out) {
            return Err(format!(
                "refusing to write the site to `{shown}`: that would replace the source folder `{name}`; \
                 choose a folder outside it, such as `public`"
            ));
        }
    }
    if site.starts_with(&out) {
        return Err(format!(
            "refusing to write the site to `{shown}`: that would replace the site folder itself; \
             choose a folder inside it, such as `public`"
        ));
    }
    match std::fs::metadata(output) {
        Ok(meta) if !meta.is_dir() => {
            Err(format!("refusing to write the site to `{shown}`: it is a file, not a folder; choose a folder"))
        }
        Ok(_) if !force && !made_by_informed(output) && !is_empty_dir(output) => Err(format!(
            "refusing to replace `{shown}`: informed did not make this folder, and a build replaces it whole; \
             choose another folder, or add --force if everything in it may be deleted"
        )),
        _ => Ok(()),
    }
}

/// Files in the current `output` that the new build will not write (a web
/// team's `.htaccess`, say): they disappear when the new site is swapped in.
pub fn files_to_be_lost(output: &Path, written: &[String]) -> Vec<String> {
    let new: std::collections::BTreeSet<&str> = written.iter().map(String::as_str).collect();
    let mut lost = Vec::new();
    for entry in walkdir::WalkDir::new(output).min_depth(1).into_iter().filter_map(Result::ok) {
        if entry.file_type().is_dir() {
            continue;
        }
        let Ok(relative) = entry.path().strip_prefix(output) else { continue };
        let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if key != MARKER && !new.contains(key.as_str()) {
            lost.push(key);
        }
    }
    lost
}

/// A hold on an output folder for the length of one build.
#[derive(Debug)]
pub struct Lock {
    _file: std::fs::File,
}

/// Takes the output folder's lock, or says that another build holds it.
pub fn lock(output: &Path) -> Result<Lock, String> {
    let (parent, name) = parent_and_name(output)?;
    std::fs::create_dir_all(&parent).map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
    let path = parent.join(format!(".{name}.informed-lock"));
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| format!("cannot create the lock file `{}`: {e}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(Lock { _file: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(format!(
            "another informed build is writing to `{}`; wait for it to finish, then build again",
            output.display()
        )),
        Err(std::fs::TryLockError::Error(e)) => Err(format!("cannot lock `{}`: {e}", path.display())),
    }
}

/// A new output folder being filled beside the old one: files go in as the
/// build makes them, so memory holds only what is being rendered; nothing
/// touches the old folder until [`Staging::commit`] swaps the new one in
/// whole. Dropped without a commit (a failed build), it removes itself.
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    staging: PathBuf,
    written: std::sync::Mutex<Vec<String>>,
    committed: bool,
    /// The folder being replaced, when informed made it: a file that comes
    /// out the same as its old copy is linked to it instead of written again.
    previous: Option<PathBuf>,
    /// What the folder becomes: its marker says so.
    made: Made,
}

impl Staging {
    /// Starts a new folder for `output` (beside it, removing what a killed build left).
    pub fn begin(output: &Path, made: Made) -> Result<Staging, String> {
        // An output that is a link stays one: the folder it points at is replaced.
        let output = match std::fs::symlink_metadata(output) {
            Ok(m) if m.file_type().is_symlink() => {
                output.canonicalize().map_err(|e| format!("cannot follow the link `{}`: {e}", output.display()))?
            }
            _ => output.to_path_buf(),
        };
        let (parent, name) = parent_and_name(&output)?;
        std::fs::create_dir_all(&parent).map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
        let staging = parent.join(format!(".{name}.informed-new"));
        let retired = parent.join(format!(".{name}.informed-old"));
        // Left by a build that was killed: never a whole site, always safe to remove.
        for leftover in [&staging, &retired] {
            if std::fs::symlink_metadata(leftover).is_ok() {
                remove(leftover)?;
            }
        }
        std::fs::create_dir_all(&staging).map_err(|e| format!("cannot create `{}`: {e}", staging.display()))?;
        let previous = (output.is_dir() && made_by_informed(&output)).then(|| output.clone());
        Ok(Staging { output, staging, written: std::sync::Mutex::new(Vec::new()), committed: false, previous, made })
    }

    /// Writes one file into the new folder.
    pub fn put(&self, file: &OutputFile) -> Result<(), String> {
        let relative = safe_relative(&file.path)
            .ok_or_else(|| format!("refusing to write outside the output folder: `{}`", file.path))?;
        let target = self.staging.join(&relative);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        }
        if !self.link_unchanged(&relative, &target, &file.bytes) {
            std::fs::write(&target, &file.bytes).map_err(|e| format!("cannot write `{}`: {e}", target.display()))?;
        }
        self.written.lock().map_err(|_| "a writer thread failed".to_string())?.push(file.path.clone());
        Ok(())
    }

    /// Links `target` to the old site's copy of `relative` when that holds
    /// exactly `bytes`: a rebuild where little changed makes few new files
    /// (making a file costs the file system far more than comparing one).
    /// The old site is removed after the swap, so the file is then the new
    /// site's alone.
    fn link_unchanged(&self, relative: &Path, target: &Path, bytes: &[u8]) -> bool {
        let Some(previous) = &self.previous else { return false };
        let old = previous.join(relative);
        let same = std::fs::symlink_metadata(&old).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
            && std::fs::read(&old).is_ok_and(|old| old == bytes);
        same && std::fs::hard_link(&old, target).is_ok()
    }

    /// Every path written so far, sorted.
    pub fn written(&self) -> Vec<String> {
        let mut paths = self.written.lock().map(|w| w.clone()).unwrap_or_default();
        paths.sort();
        paths
    }

    /// Puts informed's marker in the new folder: it is finished.
    fn seal(&mut self) -> Result<(), String> {
        let text = match self.made {
            Made::Build => MARKER_TEXT,
            Made::Preview => PREVIEW_MARKER_TEXT,
        };
        let marker = OutputFile { path: MARKER.to_string(), bytes: text.as_bytes().to_vec() };
        self.put(&marker)
    }

    /// Swaps the new folder in for the old one, with informed's marker in it
    /// (a build with other folders uses [`commit::commit`] to swap them together).
    pub fn commit(self) -> Result<(), String> {
        commit::commit(self, None, None).map(|_| ())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

fn remove(path: &Path) -> Result<(), String> {
    std::fs::remove_dir_all(path).map_err(|e| format!("cannot remove `{}`: {e}", path.display()))
}

/// Swaps two folders in one step, where the platform can. `false` if it cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let (Ok(a), Ok(b)) = (CString::new(a.as_os_str().as_bytes()), CString::new(b.as_os_str().as_bytes())) else {
        return false;
    };
    // SAFETY: both arguments are valid NUL-terminated paths that outlive the call.
    let rc = unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) };
    rc == 0
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

fn parent_and_name(output: &Path) -> Result<(PathBuf, String), String> {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = output
        .file_name()
        .ok_or_else(|| format!("`{}` cannot be an output folder", output.display()))?
        .to_string_lossy()
        .into_owned();
    Ok((parent, name))
}

/// The folders one build writes, checked together before anything is read
/// or written ([`prepare`]).
#[derive(Debug, Clone, Default)]
pub struct Folders {
    /// The public site (none for a shard, which writes only the cache).
    pub output: Option<PathBuf>,
    /// The clinicians' documents.
    pub clinicians: Option<PathBuf>,
    /// The version archive.
    pub archive: Option<PathBuf>,
    /// The PDF cache.
    pub cache: Option<PathBuf>,
}

/// The hold one build has on its folders: their locks, for as long as it lives.
#[derive(Debug)]
pub struct Held {
    _locks: Vec<Lock>,
    /// What finishing an interrupted build's swap did, if there was one to finish.
    pub finished: Option<String>,
}

/// Checks every folder a build will write, each against the sources and
/// against the others, before anything is read or written; takes their
/// locks; and finishes the swap of an earlier build that was stopped
/// part-way ([`commit::finish_interrupted`]). `content` is the site's
/// content folder; `force` lets the build replace folders informed did not make.
pub fn prepare(folders: &Folders, content: &Path, force: bool) -> Result<Held, String> {
    let named: Vec<(&str, &Path)> = [
        ("the public site", folders.output.as_deref()),
        ("the clinicians' documents", folders.clinicians.as_deref()),
        ("the archive", folders.archive.as_deref()),
        ("the cache", folders.cache.as_deref()),
    ]
    .into_iter()
    .filter_map(|(what, dir)| Some((what, dir?)))
    .collect();
    for dir in [&folders.output, &folders.clinicians].into_iter().flatten() {
        check_output(dir, content, force)?;
    }
    for (i, (what, dir)) in named.iter().enumerate() {
        for (other, other_dir) in &named[i + 1..] {
            if overlaps(dir, other_dir) {
                return Err(format!(
                    "{other} cannot share a folder with {what} ({} and {}): a build replaces or prunes one of \
                     them; give each its own folder",
                    other_dir.display(),
                    dir.display()
                ));
            }
        }
    }
    if let Some(dir) = &folders.archive {
        check_archive(dir, content)?;
    }
    if let Some(dir) = &folders.cache {
        check_cache(dir, content)?;
    }
    let mut locks = Vec::new();
    for dir in [&folders.output, &folders.clinicians, &folders.archive].into_iter().flatten() {
        locks.push(lock(dir)?);
    }
    let finished = match &folders.output {
        Some(output) => commit::finish_interrupted(output)?,
        None => None,
    };
    Ok(Held { _locks: locks, finished })
}

/// Updates a preview in place (`informed serve`, after a save that changed
/// one procedure): writes each of `files` whose bytes differ from the copy
/// on disk, each through a temporary file renamed over the old one so a
/// reader never sees half a page, and removes `gone` (files the build no
/// longer makes). Only into a folder [`is_preview`] says informed made as a
/// preview, never one that is or holds a source ([`check_output`]), and only
/// by plain relative paths inside it. Returns how many files changed.
pub fn update_preview(output: &Path, content: &Path, files: &[OutputFile], gone: &[String]) -> Result<usize, String> {
    check_output(output, content, false)?;
    if !is_preview(output) {
        return Err(format!("refusing to update `{}` in place: it is not a preview informed made", output.display()));
    }
    let _lock = lock(output)?;
    let mut changed = 0;
    for file in files {
        let relative = safe_relative(&file.path)
            .ok_or_else(|| format!("refusing to write outside the output folder: `{}`", file.path))?;
        if relative == Path::new(MARKER) {
            return Err(format!("refusing to write over `{MARKER}`"));
        }
        let target = output.join(&relative);
        let same = std::fs::symlink_metadata(&target).is_ok_and(|m| m.is_file() && m.len() == file.bytes.len() as u64)
            && std::fs::read(&target).is_ok_and(|old| old == file.bytes);
        if same {
            continue;
        }
        let dir = target.parent().unwrap_or(output);
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temporary = dir.join(format!(".{name}.informed-tmp"));
        std::fs::write(&temporary, &file.bytes).map_err(|e| format!("cannot write `{}`: {e}", temporary.display()))?;
        if let Err(e) = std::fs::rename(&temporary, &target) {
            let _ = std::fs::remove_file(&temporary);
            return Err(format!("cannot write `{}`: {e}", target.display()));
        }
        changed += 1;
    }
    for path in gone {
        let relative =
            safe_relative(path).ok_or_else(|| format!("refusing to remove outside the output folder: `{path}`"))?;
        let target = output.join(&relative);
        match std::fs::remove_file(&target) {
            Ok(()) => changed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("cannot remove `{}`: {e}", target.display())),
        }
        // A folder left empty goes too, as a whole build would not make it.
        let mut dir = target.parent();
        while let Some(d) = dir.filter(|d| *d != output && d.starts_with(output)) {
            if std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    Ok(changed)
}

/// Whether the version archive may live in `dir`: never inside a folder a
/// build replaces (the archive must outlive every build), never among the
/// sources, and only in a folder that is new, empty or already informed's
/// archive.
pub fn check_archive(dir: &Path, content: &Path) -> Result<(), String> {
    check_kept(dir, content, "the archive")?;
    if dir.exists() && !is_archive(dir) && !is_empty_dir(dir) {
        return Err(format!(
            "refusing to keep the archive in `{}`: the folder holds files informed did not put there \
             (an archive has {} in it); choose a new folder",
            dir.display(),
            crate::paths::ARCHIVE_LIST
        ));
    }
    Ok(())
}

/// Whether the build cache may live in `dir`: as for the archive, and only
/// in a folder that is new, empty or already informed's cache (a build
/// prunes it).
pub fn check_cache(dir: &Path, content: &Path) -> Result<(), String> {
    check_kept(dir, content, "the cache")?;
    if !cache::may_use(dir) {
        return Err(format!(
            "refusing to use `{}` as the cache: it holds files informed did not put there, and a build \
             removes what it does not need; choose a new folder",
            dir.display()
        ));
    }
    Ok(())
}

fn check_kept(dir: &Path, content: &Path, what: &str) -> Result<(), String> {
    let shown = dir.display();
    let resolved = resolve(dir);
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        return Err(format!("refusing to keep {what} in `{shown}`: it is a file, not a folder"));
    }
    for folder in resolved.ancestors() {
        if made_by_informed(folder) {
            return Err(format!(
                "refusing to keep {what} in `{shown}`: `{}` is made by `informed build`, which replaces it whole; \
                 keep {what} beside it",
                folder.display()
            ));
        }
    }
    outside_sources(&resolved, content)
        .map_err(|source| format!("refusing to keep {what} in `{shown}`: it is inside the source folder `{source}`"))
}

/// Whether `dir` is informed's version archive: it carries the archive's
/// marker, or (made before the marker) the archive's list.
pub fn is_archive(dir: &Path) -> bool {
    dir.join(crate::paths::ARCHIVE_MARKER).is_file() || dir.join(crate::paths::ARCHIVE_LIST).is_file()
}

pub use cache::is_cache;

/// `Err(source folder)` when `resolved` is inside one of the site's sources.
fn outside_sources(resolved: &Path, content: &Path) -> Result<(), String> {
    let root = match content.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let sources = [content.to_path_buf()].into_iter().chain(SOURCE_FOLDERS.iter().map(|d| root.join(d)));
    for source in sources {
        if resolved.starts_with(resolve(&source)) {
            return Err(source.display().to_string());
        }
    }
    Ok(())
}

/// Whether one of the two folders is, holds or sits inside the other (links resolved).
pub fn overlaps(a: &Path, b: &Path) -> bool {
    let (a, b) = (resolve(a), resolve(b));
    a.starts_with(&b) || b.starts_with(&a)
}

/// `path` made absolute with every link resolved, as far as it exists; the
/// rest is added without `.` and with `..` applied, as the system would.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut resolved = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            other => {
                resolved.push(other);
                if let Ok(real) = resolved.canonicalize() {
                    resolved = real;
                }
            }
        }
    }
    resolved
}

/// Whether informed made `output`: it holds the marker, or (made before the
/// marker existed) informed's own leaflet manifest.
pub(crate) fn made_by_informed(output: &Path) -> bool {
    output.join(MARKER).is_file() || output.join(crate::paths::MANIFEST).is_file()
}

fn is_empty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_none())
}

/// `path` as a relative path with no `..`, root or prefix: it stays inside the output folder.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let ok = !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)));
    ok.then(|| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside() {
        assert!(safe_relative("cy/x/index.html").is_some());
        for bad in ["", "../x", "/etc/passwd", "a/../../b", "./a"] {
            assert!(safe_relative(bad).is_none(), "{bad}");
        }
    }

    /// A whole build's files through a staging folder, as `informed build` writes them.
    fn write(output: &Path, files: &[OutputFile]) -> Result<(), String> {
        let staging = Staging::begin(output, Made::Build)?;
        for file in files {
            staging.put(file)?;
        }
        staging.commit()
    }

    #[cfg(unix)]
    #[test]
    fn a_rebuild_links_what_did_not_change_and_writes_what_did() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let file = |path: &str, text: &str| OutputFile { path: path.to_string(), bytes: text.as_bytes().to_vec() };
        write(&out, &[file("a/index.html", "same"), file("b/index.html", "old")]).unwrap();
        let inode = |path: &str| std::fs::metadata(out.join(path)).unwrap().ino();
        let (a, b) = (inode("a/index.html"), inode("b/index.html"));
        write(&out, &[file("a/index.html", "same"), file("b/index.html", "new")]).unwrap();
        assert_eq!(inode("a/index.html"), a, "an unchanged file is the old one, linked");
        assert_ne!(inode("b/index.html"), b);
        assert_eq!(std::fs::read_to_string(out.join("b/index.html")).unwrap(), "new");
        assert_eq!(std::fs::metadata(out.join("a/index.html")).unwrap().nlink(), 1, "the old site is gone");
        // A folder informed did not make is never read from.
        let other = dir.path().join("other");
        std::fs::create_dir_all(&other).unwrap();
        std::fs::write(other.join("x.html"), "same").unwrap();
        let staging = Staging::begin(&other, Made::Build).unwrap();
        assert!(staging.previous.is_none());
    }

    #[test]
    fn sources_are_never_an_output() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let content = site.join("content");
        std::fs::create_dir_all(content.join("procedures")).unwrap();
        std::fs::write(content.join("site.yaml"), "x").unwrap();
        for bad in [
            content.clone(),
            content.join("procedures"),
            content.join("site.yaml"),
            site.join("locales"),
            site.join("templates/x"),
            site.join("static"),
            site.join("fonts"),
            site.clone(),
            dir.path().to_path_buf(),
            site.join("public/../content"),
        ] {
            assert!(check_output(&bad, &content, true).is_err(), "{}", bad.display());
        }
        assert!(check_output(&site.join("public"), &content, false).is_ok());
        assert!(check_output(&dir.path().join("elsewhere"), &content, false).is_ok());
        let theirs = site.join("theirs");
        std::fs::create_dir_all(&theirs).unwrap();
        std::fs::write(theirs.join("keep.txt"), "x").unwrap();
        assert!(check_output(&theirs, &content, false).is_err());
        assert!(check_output(&theirs, &content, true).is_ok());
    }
}
