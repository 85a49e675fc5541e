//! The write step: every output file into a fresh folder, swapped in whole for the old `public/`.
//!
//! Nothing is written to the output folder itself until every file is ready:
//! a failed build leaves the previous `public/` exactly as it was.

use std::path::{Component, Path, PathBuf};

/// One file to write, at a `/`-separated path inside the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative path, checked to stay inside the output folder.
    pub path: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// Writes `files` into a temporary folder beside `output`, then swaps it in.
pub fn write(output: &Path, files: &[OutputFile]) -> Result<(), String> {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = output
        .file_name()
        .ok_or_else(|| format!("`{}` cannot be an output folder", output.display()))?
        .to_string_lossy();
    std::fs::create_dir_all(&parent).map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
    let staging = parent.join(format!(".{name}.informed-new"));
    let retired = parent.join(format!(".{name}.informed-old"));
    for leftover in [&staging, &retired] {
        if leftover.exists() {
            std::fs::remove_dir_all(leftover).map_err(|e| format!("cannot remove `{}`: {e}", leftover.display()))?;
        }
    }
    std::fs::create_dir_all(&staging).map_err(|e| format!("cannot create `{}`: {e}", staging.display()))?;
    let result = files.iter().try_for_each(|file| {
        let relative = safe_relative(&file.path)
            .ok_or_else(|| format!("refusing to write outside the output folder: `{}`", file.path))?;
        let target = staging.join(relative);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        }
        std::fs::write(&target, &file.bytes).map_err(|e| format!("cannot write `{}`: {e}", target.display()))
    });
    if let Err(err) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(err);
    }
    if output.exists() {
        std::fs::rename(output, &retired)
            .map_err(|e| format!("cannot move the old `{}` aside: {e}", output.display()))?;
    }
    std::fs::rename(&staging, output)
        .map_err(|e| format!("cannot move the new site into `{}`: {e}", output.display()))?;
    if retired.exists() {
        std::fs::remove_dir_all(&retired).map_err(|e| format!("cannot remove `{}`: {e}", retired.display()))?;
    }
    Ok(())
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
}
