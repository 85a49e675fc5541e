//! Files a command makes outside a build: an XLIFF export, a glossary, an
//! audit report, the JSON Schemas, and the translation files `l10n update`
//! and `l10n import` keep.
//!
//! The same door as the build's: such a file is never written over a source,
//! over a file the same command reads, into a folder a build replaces or into
//! the archive or the cache, through a link, or over an existing file that
//! informed did not make. Every file is written whole or not at all (a new
//! temporary file beside it, then a rename).

use super::{is_archive, is_cache, made_by_informed, outside_sources, resolve};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

/// The words every file informed makes outside a build carries near its
/// start (a comment in XML, HTML and JSON Schemas), so a later run knows it
/// may replace it.
pub const SIGNATURE: &str = "made by informed";

/// How much of an existing file is read to find [`SIGNATURE`].
const SIGNATURE_WITHIN: u64 = 4096;

/// Whether `start` (the first bytes of a file) is one informed made: it
/// carries [`SIGNATURE`], or it is a glossary in CSV, whose first row is
/// `id,<source>,<locale>,note` (CSV has no comments).
pub fn is_ours(start: &[u8]) -> bool {
    let text = String::from_utf8_lossy(start);
    if text.contains(SIGNATURE) {
        return true;
    }
    // Schemas `informed schema` wrote before files carried the signature.
    if ["\"title\": \"procedure.yaml: ", "\"title\": \"site.yaml: "].iter().any(|t| text.contains(t)) {
        return true;
    }
    let first = text.lines().next().unwrap_or_default();
    first.starts_with("id,") && first.ends_with(",note") && first.split(',').count() == 4
}

/// Whether `file` may take a file this command makes: see the module's rules.
/// `content` is the site's content folder; `inputs` are the files the command
/// reads.
pub fn check(file: &Path, content: &Path, inputs: &[&Path]) -> Result<(), String> {
    let shown = file.display();
    let refuse = |why: String| Err(format!("refusing to write `{shown}`: {why}"));
    if file.file_name().is_none() || file.is_dir() {
        return refuse("give a file name, not a folder".to_string());
    }
    let resolved = resolve(file);
    if inputs.iter().any(|input| resolve(input) == resolved) {
        return refuse("this command reads that file; write to another file".to_string());
    }
    if let Err(source) = outside_sources(&resolved, content) {
        return refuse(format!("it is inside the source folder `{source}`"));
    }
    for dir in resolved.ancestors().skip(1) {
        if made_by_informed(dir) {
            return refuse(format!(
                "`{}` is made by `informed build`, which replaces it whole; write it somewhere else",
                dir.display()
            ));
        }
        if is_archive(dir) {
            return refuse(format!("`{}` is the version archive, which only a build adds to", dir.display()));
        }
        if is_cache(dir) {
            return refuse(format!("`{}` is a build cache, which a build prunes", dir.display()));
        }
    }
    match std::fs::symlink_metadata(file) {
        Err(_) => Ok(()),
        Ok(meta) if meta.file_type().is_symlink() => {
            refuse("it is a link; give the path of the file itself".to_string())
        }
        Ok(meta) if !meta.is_file() => refuse("it is not an ordinary file".to_string()),
        Ok(_) => {
            let mut start = Vec::new();
            let read = crate::load::guard::open_regular(file)
                .ok()
                .and_then(|f| f.take(SIGNATURE_WITHIN).read_to_end(&mut start).ok());
            if read.is_some() && is_ours(&start) {
                Ok(())
            } else {
                refuse(
                    "it is there already and informed did not make it; choose a new file name, \
                     or move that file away first"
                        .to_string(),
                )
            }
        }
    }
}

/// Writes `bytes` to `file` after [`check`]ing it may take them.
pub fn write(file: &Path, content: &Path, inputs: &[&Path], bytes: &[u8]) -> Result<(), String> {
    check(file, content, inputs)?;
    whole(file, bytes)
}

/// Writes `bytes` to `file` whole or not at all: into a new temporary file
/// beside it (created afresh, so a link planted at its name is never
/// followed), then renamed over `file`, which replaces a link rather than
/// writing through it.
pub fn whole(file: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary: PathBuf = file.with_file_name(format!(".{name}.informed-new"));
    if std::fs::symlink_metadata(&temporary).is_ok() {
        std::fs::remove_file(&temporary).map_err(|e| format!("cannot remove `{}`: {e}", temporary.display()))?;
    }
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&temporary, file));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        format!("cannot write `{}`: {e}", file.display())
    })
}

/// Writes the files a translator's command keeps in the site (`l10n update`,
/// `confirm`, `review`, `import`): only inside `locales/` and `l10n.toml` of
/// the site in `root`, never through a link, each whole or not at all.
/// Everything is checked before the first file is written.
pub fn write_translation_files(root: &Path, files: &[(PathBuf, String)]) -> Result<Vec<PathBuf>, String> {
    let locales = resolve(&root.join("locales"));
    let toml = resolve(&root.join("l10n.toml"));
    for (path, _) in files {
        let resolved = resolve(path);
        let owned = resolved == toml || (resolved.starts_with(&locales) && resolved != locales);
        if !owned {
            return Err(format!(
                "refusing to write `{}`: translation tools write only in locales/ and l10n.toml",
                path.display()
            ));
        }
        if let Ok(meta) = std::fs::symlink_metadata(path) {
            if meta.file_type().is_symlink() {
                return Err(format!("refusing to write `{}`: it is a link", path.display()));
            }
            if !meta.is_file() {
                return Err(format!("refusing to write `{}`: it is not an ordinary file", path.display()));
            }
        }
    }
    let mut written = Vec::new();
    for (path, text) in files {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
            // Made now: the folder must still be inside `locales/` (no link on the way).
            if !resolve(dir).starts_with(&locales) && resolve(path) != toml {
                return Err(format!("refusing to write `{}`: its folder leads out of locales/", path.display()));
            }
        }
        whole(path, text.as_bytes())?;
        written.push(path.clone());
    }
    Ok(written)
}

/// An approval to record: the procedure's approvals file and what it held
/// when the command read it, the records to add at its end, and what the
/// approved version held (its file and text).
#[derive(Debug)]
pub struct ApprovalRecord<'a> {
    /// `approvals/<slug>.yaml`.
    pub file: &'a Path,
    /// Its text as load read it; `None` if there was no file.
    pub was: Option<&'a str>,
    /// The first lines of a new file (a comment carrying [`SIGNATURE`]).
    pub header: &'a str,
    /// The records to add, as YAML list items.
    pub addition: &'a str,
    /// `approvals/<slug>/<version>.yaml`, and what the version held.
    pub snapshot: (&'a Path, &'a str),
}

/// Records an approval in the site in `root`: only inside its `approvals/`
/// folder, never through a link, never over a file informed did not make,
/// and never losing an earlier approval: the records file becomes exactly
/// what it held with the new records after it (and only if it still holds
/// what the command read), and what an approved version held is written
/// once and never changed. Each file whole or not at all; everything is
/// checked before the first is written.
pub fn write_approval(root: &Path, record: &ApprovalRecord) -> Result<(), String> {
    let approvals = root.join(crate::model::APPROVALS_DIR);
    let refuse = |path: &Path, why: &str| Err(format!("refusing to write `{}`: {why}", path.display()));
    let site = resolve(root);
    if let Ok(meta) = std::fs::symlink_metadata(&approvals)
        && (meta.file_type().is_symlink() || !meta.is_dir())
    {
        return refuse(&approvals, "approvals/ must be a folder of the site, not a link or a file");
    }
    let inside = resolve(&approvals);
    for path in [record.file, record.snapshot.0] {
        let resolved = resolve(path);
        if !resolved.starts_with(&inside) || resolved == inside || !inside.starts_with(&site) {
            return refuse(path, "approval records are kept only in the site's approvals/ folder");
        }
        if let Ok(meta) = std::fs::symlink_metadata(path) {
            if meta.file_type().is_symlink() {
                return refuse(path, "it is a link");
            }
            if !meta.is_file() {
                return refuse(path, "it is not an ordinary file");
            }
        }
        if let Some(dir) = path.parent()
            && std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink())
        {
            return refuse(path, "its folder is a link");
        }
    }
    // The records: what was there, byte for byte, then the new ones.
    let now = read_whole(record.file)?;
    let text = match (record.was, now) {
        (None, None) => format!("{}{}", record.header, record.addition),
        (Some(was), Some(now)) if was.as_bytes() == now.as_slice() => {
            if !is_ours(&now[..now.len().min(SIGNATURE_WITHIN as usize)]) {
                return refuse(record.file, "it is there already and informed did not make it; move it away first");
            }
            let joint = if was.is_empty() || was.ends_with('\n') { "" } else { "\n" };
            format!("{was}{joint}{}", record.addition)
        }
        _ => {
            return refuse(record.file, "it changed while this command ran (another approval?); run the command again");
        }
    };
    // What the version held: written once; the same text again is no change.
    let (snapshot, held) = record.snapshot;
    let write_snapshot = match read_whole(snapshot)? {
        None => true,
        Some(existing) if existing == held.as_bytes() => false,
        Some(_) => {
            return refuse(snapshot, "it holds another text: what an approved version held is never changed");
        }
    };
    if write_snapshot {
        let dir = snapshot.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        if !resolve(dir).starts_with(&inside) {
            return refuse(snapshot, "its folder leads out of approvals/");
        }
        whole(snapshot, held.as_bytes())?;
    }
    whole(record.file, text.as_bytes())
}

/// The bytes of `file` if it is there (a regular file), `None` if it is not.
fn read_whole(file: &Path) -> Result<Option<Vec<u8>>, String> {
    if std::fs::symlink_metadata(file).is_err() {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    crate::load::guard::open_regular(file)
        .map_err(|_| format!("cannot read `{}`", file.display()))?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read `{}`: {e}", file.display()))?;
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_informed_made_are_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("site/content");
        std::fs::create_dir_all(&content).unwrap();
        std::fs::write(content.join("site.yaml"), "x").unwrap();
        let theirs = dir.path().join("notes.txt");
        std::fs::write(&theirs, "mine").unwrap();
        let ours = dir.path().join("cy.xliff");
        std::fs::write(&ours, format!("<?xml version=\"1.0\"?>\n<!-- {SIGNATURE} -->\n<xliff/>")).unwrap();
        let glossary = dir.path().join("terms.csv");
        std::fs::write(&glossary, "id,en-GB,cy,note\n-nail,nail,hoelen,\n").unwrap();
        let input = dir.path().join("audit.csv");
        std::fs::write(&input, "patient\n").unwrap();
        assert!(check(&theirs, &content, &[]).is_err());
        assert!(check(&content.join("site.yaml"), &content, &[]).is_err());
        assert!(check(&content.join("new.xliff"), &content, &[]).is_err(), "inside the sources");
        assert!(check(&input, &content, &[&input]).is_err(), "the command's own input");
        assert!(check(&ours, &content, &[]).is_ok());
        assert!(check(&glossary, &content, &[]).is_ok());
        assert!(check(&dir.path().join("new.xliff"), &content, &[]).is_ok());
        #[cfg(unix)]
        {
            let link = dir.path().join("link.xliff");
            std::os::unix::fs::symlink(&ours, &link).unwrap();
            assert!(check(&link, &content, &[]).is_err(), "a link");
        }
        write(&ours, &content, &[], b"new").unwrap();
        assert_eq!(std::fs::read(&ours).unwrap(), b"new");
        assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "mine");
    }

    #[test]
    fn approvals_are_added_to_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("approvals")).unwrap();
        let file = root.join("approvals/p.yaml");
        let snap = root.join("approvals/p/abcd1234.yaml");
        let header = format!("# {SIGNATURE}\n");
        let add = |was: Option<&str>, addition: &str, held: &str| {
            let record = ApprovalRecord { file: &file, was, header: &header, addition, snapshot: (&snap, held) };
            write_approval(root, &record)
        };
        add(None, "- a\n", "held").unwrap();
        let first = std::fs::read_to_string(&file).unwrap();
        assert_eq!(first, format!("{header}- a\n"));
        add(Some(&first), "- b\n", "held").unwrap();
        let second = std::fs::read_to_string(&file).unwrap();
        assert_eq!(second, format!("{header}- a\n- b\n"));
        // What the command read is no longer there: nothing is written.
        assert!(add(Some(&first), "- c\n", "held").is_err());
        // What an approved version held is never changed.
        assert!(add(Some(&second), "- d\n", "other").is_err());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), second);
        assert_eq!(std::fs::read_to_string(&snap).unwrap(), "held");
        // Over a file informed did not make, or outside approvals/: refused.
        let theirs = root.join("approvals/q.yaml");
        std::fs::write(&theirs, "mine\n").unwrap();
        let bad = ApprovalRecord {
            file: &theirs,
            was: Some("mine\n"),
            header: "",
            addition: "- x\n",
            snapshot: (&snap, "held"),
        };
        assert!(write_approval(root, &bad).is_err());
        let out = root.join("content.yaml");
        let bad = ApprovalRecord { file: &out, was: None, header: "", addition: "- x\n", snapshot: (&snap, "held") };
        assert!(write_approval(root, &bad).is_err());
        assert!(!out.exists());
    }

    #[test]
    fn translation_tools_write_only_in_locales() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("locales/cy")).unwrap();
        std::fs::create_dir_all(root.join("content")).unwrap();
        let ok = [(root.join("locales/cy/ui.ftl"), "a = b\n".to_string()), (root.join("l10n.toml"), String::new())];
        assert_eq!(write_translation_files(root, &ok).unwrap().len(), 2);
        let bad = [(root.join("content/site.yaml"), String::new())];
        assert!(write_translation_files(root, &bad).is_err());
        assert!(!root.join("content/site.yaml").exists());
    }
}
